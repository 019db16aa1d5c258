"""Writes hostile and broken torch.save-style checkpoints for torch_checkpoint_test.cpp.

Uses only the standard library (no torch): a ZIP archive holding <name>/data.pkl plus the
records of the golden tiny_ctvit.pt. Usage: make_hostile_checkpoints.py GOLDEN_PT OUT_DIR MARKER
"""
import os
import pickle
import sys
import zipfile

golden, out, marker = sys.argv[1], sys.argv[2], sys.argv[3]
source = zipfile.ZipFile(golden)
records = {info.filename.split("/", 1)[1]: source.read(info) for info in source.infolist()}


class RunsShell:
    def __reduce__(self):
        return (os.system, ("touch " + marker,))


def checkpoint(name, pickle_bytes, compression=zipfile.ZIP_STORED, extra=None):
    with zipfile.ZipFile(os.path.join(out, name + ".pt"), "w", compression) as archive:
        archive.writestr(name + "/data.pkl", pickle_bytes)
        for record, data in records.items():
            if record != "data.pkl":
                archive.writestr(name + "/" + record, data)
        for record, data in (extra or {}).items():
            archive.writestr(name + "/" + record, data)


data_pkl = records["data.pkl"]
# The golden state dict, with its OrderedDict global swapped for os.system.
checkpoint("swapped_global", data_pkl.replace(b"ccollections\nOrderedDict\n", b"cposix\nsystem\n", 1))
checkpoint("os_system_protocol2", pickle.dumps(RunsShell(), protocol=2))
checkpoint("os_system_protocol4", pickle.dumps(RunsShell(), protocol=4))
checkpoint("builtins_eval", pickle.dumps({"x": eval}, protocol=2))
checkpoint("compressed", data_pkl, compression=zipfile.ZIP_DEFLATED)
# Only allowed globals, but the stream is cut short.
checkpoint("truncated_pickle", data_pkl[: len(data_pkl) // 2])
# A well-formed pickle that names a tensor record that does not exist.
checkpoint("missing_record", data_pkl.replace(b"X\x01\x00\x00\x000", b"X\x01\x00\x00\x00Z", 1))
checkpoint("non_tensor_entry", pickle.dumps({"a": 1}, protocol=2))
# The golden state dict nested as {"state_dict": ..., "epoch": 3}: must load.
body = data_pkl[2:-1]  # without PROTO 2 and STOP
checkpoint("nested", b"\x80\x02}X\x0a\x00\x00\x00state_dict" + body + b"sX\x05\x00\x00\x00epochK\x03s.")

raw = open(golden, "rb").read()
for name, size in (("truncated_half", len(raw) // 2), ("truncated_tail", len(raw) - 30)):
    open(os.path.join(out, name + ".pt"), "wb").write(raw[:size])
open(os.path.join(out, "not_a_zip.pt"), "wb").write(b"PK\x03\x04" + os.urandom(4000))
# A ZIP directory whose entry points its data far beyond the end of the file.
corrupt = bytearray(raw)
directory = corrupt.rfind(b"PK\x01\x02")
corrupt[directory + 20 : directory + 24] = (0x7FFFFFF0).to_bytes(4, "little")
corrupt[directory + 24 : directory + 28] = (0x7FFFFFF0).to_bytes(4, "little")
open(os.path.join(out, "corrupt_directory.pt"), "wb").write(bytes(corrupt))
