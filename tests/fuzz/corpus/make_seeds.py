#!/usr/bin/python3
"""Regenerates the crafted seed inputs of tests/fuzz/corpus/<target>/ (deterministic output).

usage: /usr/bin/python3 tests/fuzz/corpus/make_seeds.py <shared-dir>

Small real files are copied from <shared-dir>/testdata (pydicom and nibabel test data, MIT);
everything else is written here with pydicom, nibabel, numpy, DCMTK's dcmcjpeg/dcmcrle and
libjpeg-turbo (through ctypes), so every seed is a few KB and its origin is known.
"""
import ctypes
import io
import json
import os
import pickle
import shutil
import struct
import subprocess
import sys
import tempfile
import zipfile

import nibabel
import numpy as np
import pydicom
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.uid import ExplicitVRLittleEndian, ImplicitVRLittleEndian

HERE = os.path.dirname(os.path.abspath(__file__))
SEPARATOR = b"\n--ctlite-fuzz-next-file--\n"  # tests/fuzz/fuzz_support.h kFileSeparator


def out(target, name, data):
    folder = os.path.join(HERE, target)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)


def read(path):
    with open(path, "rb") as f:
        return f.read()


# ---------------------------------------------------------------- DICOM
def tiny_ct(position, series="1.2.826.0.1.3680043.8.498.1", instance=1, rows=4, columns=4,
            bits=16, signed=True, frames=None, syntax=ExplicitVRLittleEndian, orientation=None,
            extra=None):
    """A tiny CT image with deterministic UIDs (pixel values 0..rows*columns-1)."""
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = "1.2.840.10008.5.1.4.1.1.2"
    meta.MediaStorageSOPInstanceUID = f"{series}.{instance}"
    meta.TransferSyntaxUID = syntax
    ds = Dataset()
    ds.file_meta = meta
    ds.is_little_endian = True
    ds.is_implicit_VR = syntax == ImplicitVRLittleEndian
    ds.SOPClassUID = meta.MediaStorageSOPClassUID
    ds.SOPInstanceUID = meta.MediaStorageSOPInstanceUID
    ds.PatientName = "FUZZ^SEED"
    ds.PatientID = "FUZZ-0001"
    ds.StudyInstanceUID = "1.2.826.0.1.3680043.8.498.100"
    ds.SeriesInstanceUID = series
    ds.SeriesNumber = "2"
    ds.InstanceNumber = str(instance)
    ds.Modality = "CT"
    ds.ImagePositionPatient = [str(v) for v in position]
    ds.ImageOrientationPatient = orientation or ["1", "0", "0", "0", "1", "0"]
    ds.PixelSpacing = ["0.75", "0.75"]
    ds.SliceThickness = "1.5"
    ds.RescaleIntercept = "-1024"
    ds.RescaleSlope = "1"
    ds.Rows, ds.Columns = rows, columns
    ds.SamplesPerPixel = 1
    ds.PhotometricInterpretation = "MONOCHROME2"
    ds.BitsAllocated = bits
    ds.BitsStored = bits if bits != 16 else 12
    ds.HighBit = ds.BitsStored - 1
    ds.PixelRepresentation = 1 if signed else 0
    count = rows * columns * (frames or 1)
    dtype = {8: np.uint8, 16: np.int16 if signed else np.uint16, 32: np.int32}[bits]
    pixels = (np.arange(count) % 200).astype(dtype)
    if frames:
        ds.NumberOfFrames = str(frames)
    for key, value in (extra or {}).items():
        setattr(ds, key, value)
    ds.PixelData = pixels.tobytes()
    buffer = io.BytesIO()
    pydicom.dcmwrite(buffer, ds, write_like_original=False)
    return buffer.getvalue()


def enhanced_ct(frames=3):
    """An Enhanced CT image: position, orientation, spacing and rescale in functional groups."""
    data = tiny_ct([0, 0, 0], series="1.2.826.0.1.3680043.8.498.3", frames=frames)
    ds = pydicom.dcmread(io.BytesIO(data))
    for key in ("ImagePositionPatient", "ImageOrientationPatient", "PixelSpacing",
                "RescaleIntercept", "RescaleSlope"):
        delattr(ds, key)
    ds.SOPClassUID = ds.file_meta.MediaStorageSOPClassUID = "1.2.840.10008.5.1.4.1.1.2.1"
    shared = Dataset()
    orientation = Dataset()
    orientation.ImageOrientationPatient = ["1", "0", "0", "0", "1", "0"]
    shared.PlaneOrientationSequence = [orientation]
    measures = Dataset()
    measures.PixelSpacing = ["0.5", "0.5"]
    measures.SliceThickness = "2"
    shared.PixelMeasuresSequence = [measures]
    ds.SharedFunctionalGroupsSequence = [shared]
    per_frame = []
    for k in range(frames):
        item = Dataset()
        position = Dataset()
        position.ImagePositionPatient = ["0", "0", str(2 * k)]
        item.PlanePositionSequence = [position]
        transform = Dataset()
        transform.RescaleIntercept = "-1024"
        transform.RescaleSlope = "1"
        item.PixelValueTransformationSequence = [transform]
        per_frame.append(item)
    ds.PerFrameFunctionalGroupsSequence = per_frame
    buffer = io.BytesIO()
    pydicom.dcmwrite(buffer, ds, write_like_original=False)
    return buffer.getvalue()


def dcmtk_convert(tool, data, *options):
    with tempfile.TemporaryDirectory() as work:
        source, target = os.path.join(work, "in.dcm"), os.path.join(work, "out.dcm")
        with open(source, "wb") as f:
            f.write(data)
        subprocess.run([tool, *options, source, target], check=True)
        return read(target)


def dicom_seeds(shared):
    dicom = os.path.join(shared, "testdata", "dicom")
    for name in ("MR_small.dcm", "MR_small_bigendian.dcm", "MR_small_implicit.dcm",
                 "MR_small_RLE.dcm", "MR_small_jpeg_ls_lossless.dcm",
                 "MR_small_jp2klossless.dcm"):
        out("dicom_file", name, read(os.path.join(dicom, "encodings", name)))
    for name in ("JPEG2000-embedded-sequence-delimiter.dcm", "UN_sequence.dcm",
                 "meta_missing_tsyntax.dcm", "empty_charset_LEI.dcm", "badVR.dcm"):
        out("dicom_file", "malformed_" + name, read(os.path.join(dicom, "malformed", name)))
    out("dicom_file", "CT5N_2062.dcm", read(os.path.join(dicom, "series", "CT5N_contiguous", "2062")))
    out("dicom_file", "test-SR.dcm", read(os.path.join(dicom, "sr", "test-SR.dcm")))

    ct = tiny_ct([0, 0, 0])
    out("dicom_file", "tiny_ct.dcm", ct)
    out("dicom_file", "tiny_ct_implicit.dcm", tiny_ct([0, 0, 0], syntax=ImplicitVRLittleEndian))
    out("dicom_file", "tiny_ct_8bit.dcm", tiny_ct([0, 0, 0], bits=8, signed=False))
    out("dicom_file", "tiny_ct_32bit.dcm", tiny_ct([0, 0, 0], bits=32))
    out("dicom_file", "tiny_ct_jpeg_lossless.dcm",
        dcmtk_convert("dcmcjpeg", tiny_ct([0, 0, 0], rows=8, columns=8), "+e1"))
    out("dicom_file", "tiny_ct_rle.dcm", dcmtk_convert("dcmcrle", ct))
    out("dicom_file", "tiny_ct_jpeg_extended.dcm",
        dcmtk_convert("dcmcjpeg", tiny_ct([0, 0, 0], rows=8, columns=8, signed=False), "+ee", "+un"))
    out("dicom_file", "legacy_multiframe_spacing.dcm",
        tiny_ct([0, 0, 0], frames=3, extra={"SpacingBetweenSlices": "2.5"}))
    grid = tiny_ct([0, 0, 0], frames=3, extra={"GridFrameOffsetVector": ["0", "3", "6"],
                                               "FrameIncrementPointer": 0x3004000C})
    out("dicom_file", "legacy_multiframe_grid_offsets.dcm", grid)
    out("dicom_file", "enhanced_ct.dcm", enhanced_ct())
    # Headers claiming what the file cannot hold (tests/core/io/dicom_hostile_input_test.cpp).
    out("dicom_file", "claims_2e9_frames.dcm",
        tiny_ct([0, 0, 0], rows=1, columns=1, bits=8, signed=False,
                extra={"NumberOfFrames": "2000000000"}))
    out("dicom_file", "claims_65535x32767_pixels.dcm",
        tiny_ct([0, 0, 0], rows=1, columns=1, bits=8, signed=False,
                extra={"Rows": 65535, "Columns": 32767}))

    def series(*files):
        return SEPARATOR.join(files)

    contiguous = os.path.join(dicom, "series", "CT5N_contiguous")
    out("dicom_series", "CT5N_contiguous",
        series(*(read(os.path.join(contiguous, n)) for n in sorted(os.listdir(contiguous)))))
    gap = os.path.join(dicom, "series", "CT2_gap")
    out("dicom_series", "CT2_gap", series(*(read(os.path.join(gap, n)) for n in sorted(os.listdir(gap)))))
    mixed = os.path.join(dicom, "series", "CT2N_mixed_orientation")
    out("dicom_series", "CT2N_mixed_orientation",
        series(*(read(os.path.join(mixed, n)) for n in sorted(os.listdir(mixed)))))
    out("dicom_series", "tiny_even",
        series(*(tiny_ct([0, 0, 1.5 * k], instance=k + 1) for k in range(4))))
    out("dicom_series", "tiny_uneven",
        series(*(tiny_ct([0, 0, z], instance=k + 1) for k, z in enumerate((0, 1.5, 3, 6)))))
    out("dicom_series", "tiny_duplicate_copy",
        series(tiny_ct([0, 0, 0], instance=1), tiny_ct([0, 0, 0], instance=1),
               tiny_ct([0, 0, 1], instance=2)))
    out("dicom_series", "tiny_two_series",
        series(tiny_ct([0, 0, 0], instance=1), tiny_ct([0, 0, 1], instance=2),
               tiny_ct([0, 0, 0], series="1.2.826.0.1.3680043.8.498.2", instance=1),
               tiny_ct([0, 0, 2], series="1.2.826.0.1.3680043.8.498.2", instance=2)))
    out("dicom_series", "tiny_tilted",
        series(*(tiny_ct([0, 0.5 * k, 1.5 * k], instance=k + 1) for k in range(3))))
    out("dicom_series", "tiny_multiframe_and_single",
        series(tiny_ct([0, 0, 0], frames=2, extra={"SpacingBetweenSlices": "1"}),
               tiny_ct([0, 0, 2], instance=2)))


# ---------------------------------------------------------------- NIfTI
def nifti_bytes(image, gzip=False):
    with tempfile.TemporaryDirectory() as work:
        path = os.path.join(work, "v.nii.gz" if gzip else "v.nii")
        nibabel.save(image, path)
        return read(path)


def nifti_seeds(shared):
    out("nifti", "standard.nii.gz", read(os.path.join(shared, "testdata", "nifti", "standard.nii.gz")))
    data = (np.arange(24).reshape(4, 3, 2) * 10 - 100).astype(np.int16)
    affine = np.diag([0.75, 0.75, 1.5, 1.0])
    affine[:3, 3] = [-10, 20, 30]
    out("nifti", "int16_sform.nii", nifti_bytes(nibabel.Nifti1Image(data, affine)))
    out("nifti", "int16_sform.nii.gz", nifti_bytes(nibabel.Nifti1Image(data, affine), gzip=True))
    big = nibabel.Nifti1Image(data.astype(">i2"), affine)
    big.set_qform(affine, code=1)
    big.set_sform(None, code=0)
    out("nifti", "int16_bigendian_qform.nii", nifti_bytes(big))
    scaled = nibabel.Nifti1Image(data.astype(np.uint8), affine)
    scaled.header.set_slope_inter(2.0, -1024.0)
    scaled.header.set_xyzt_units("meter")
    out("nifti", "uint8_scaled_metres.nii", nifti_bytes(scaled))
    out("nifti", "float32_nifti2.nii",
        nifti_bytes(nibabel.Nifti2Image(data.astype(np.float32), affine)))
    out("nifti", "float64_4d.nii",
        nifti_bytes(nibabel.Nifti1Image(np.stack([data, data], axis=3).astype(np.float64), affine)))
    bare = nibabel.Nifti1Image(data.astype(np.int32), None)
    bare.set_qform(None, code=0)
    bare.set_sform(None, code=0)
    out("nifti", "int32_no_orientation.nii", nifti_bytes(bare))


# ---------------------------------------------------------------- npz
def npz_bytes(compressed=False, **arrays):
    buffer = io.BytesIO()
    (np.savez_compressed if compressed else np.savez)(buffer, **arrays)
    return buffer.getvalue()


def npz_seeds():
    ct = (np.arange(24).reshape(2, 3, 4) * 7 - 1000).astype(np.int16)
    out("npz_reader", "ct_int16.npz", npz_bytes(ct=ct))
    out("npz_reader", "ct_int16_compressed.npz", npz_bytes(compressed=True, ct=ct))
    out("npz_reader", "ct_fortran.npz", npz_bytes(ct=np.asfortranarray(ct)))
    out("npz_reader", "ct_float32_bigendian.npz", npz_bytes(ct=ct.astype(">f4")))
    out("npz_reader", "only_array_uint8.npz", npz_bytes(volume=ct.astype(np.uint8)))
    out("npz_reader", "two_arrays.npz", npz_bytes(a=ct, b=ct.astype(np.float64)))
    out("npz_reader", "ct_2d.npz", npz_bytes(ct=ct[0]))
    # A deflate entry that declares far more than it holds: the zip-bomb guard's path.
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        header = b"{'descr': '|u1', 'fortran_order': False, 'shape': (64, 64, 64), }"
        header += b" " * (117 - len(header)) + b"\n"
        entry = zipfile.ZipInfo("ct.npy", date_time=(1980, 1, 1, 0, 0, 0))
        entry.compress_type = zipfile.ZIP_DEFLATED
        archive.writestr(entry, b"\x93NUMPY\x01\x00" + struct.pack("<H", len(header)) +
                         header + bytes(64 * 64 * 64))
    out("npz_reader", "ct_zeros_deflated.npz", buffer.getvalue())


# ---------------------------------------------------------------- JPEG
TJPF_RGB, TJPF_GRAY = 0, 6
TJSAMP_420, TJSAMP_GRAY = 2, 3
TJFLAG_PROGRESSIVE = 16384


def jpeg(width, height, quality=90, channels=1, flags=0, subsampling=None):
    turbo = ctypes.CDLL("libturbojpeg.so.0")
    turbo.tjInitCompress.restype = ctypes.c_void_p
    handle = ctypes.c_void_p(turbo.tjInitCompress())
    pixels = bytes((x * 13 + y * 7 + c * 50) % 256 for y in range(height) for x in range(width)
                   for c in range(channels))
    out_buffer = ctypes.POINTER(ctypes.c_ubyte)()
    out_size = ctypes.c_ulong(0)
    status = turbo.tjCompress2(handle, pixels, width, 0, height,
                               TJPF_GRAY if channels == 1 else TJPF_RGB, ctypes.byref(out_buffer),
                               ctypes.byref(out_size),
                               TJSAMP_GRAY if subsampling is None else subsampling, quality, flags)
    assert status == 0
    data = ctypes.string_at(out_buffer, out_size.value)
    turbo.tjFree(out_buffer)
    turbo.tjDestroy(handle)
    return data


def jpeg_seeds():
    out("jpeg_codec", "gray_16x16_q90.jpg", jpeg(16, 16))
    out("jpeg_codec", "gray_33x17_q50.jpg", jpeg(33, 17, quality=50))
    out("jpeg_codec", "gray_24x24_progressive.jpg", jpeg(24, 24, flags=TJFLAG_PROGRESSIVE))
    out("jpeg_codec", "rgb_16x16_420.jpg", jpeg(16, 16, channels=3, subsampling=TJSAMP_420))
    out("jpeg_codec", "gray_8x8_q1.jpg", jpeg(8, 8, quality=1))

    sidecar = json.dumps({"format": "ctlite-jpeg-stack", "version": 1,
                          "spacing": [0.75, 0.75, 1.5], "origin": [-10, 20, 30],
                          "direction": [1, 0, 0, 0, 1, 0, 0, 0, 1],
                          "window": {"center": -600, "width": 1500}, "source": "seed",
                          "quality": 90}).encode()
    slices = [jpeg(12, 10, quality=90 - 10 * k) for k in range(3)]
    out("jpeg_stack", "sidecar_and_3_slices", SEPARATOR.join([sidecar] + slices))
    out("jpeg_stack", "no_sidecar_2_slices", SEPARATOR.join([b""] + slices[:2]))
    out("jpeg_stack", "mismatched_sizes", SEPARATOR.join([b""] + [slices[0], jpeg(10, 12)]))
    out("jpeg_stack", "progressive_slice",
        SEPARATOR.join([b'{"spacing": [1, 1, 2]}', jpeg(12, 10, flags=TJFLAG_PROGRESSIVE)]))
    out("jpeg_stack", "sidecar_only_rotated",
        json.dumps({"direction": [0, 1, 0, 1, 0, 0, 0, 0, -1], "window": {"center": 40, "width": 400}}).encode())


# ---------------------------------------------------------------- CT-RATE CSVs
FINDINGS = ["Medical material", "Arterial wall calcification", "Cardiomegaly",
            "Pericardial effusion", "Coronary artery wall calcification", "Hiatal hernia",
            "Lymphadenopathy", "Emphysema", "Atelectasis", "Lung nodule", "Lung opacity",
            "Pulmonary fibrotic sequela", "Pleural effusion", "Mosaic attenuation pattern",
            "Peribronchial thickening", "Consolidation", "Bronchiectasis",
            "Interlobular septal thickening"]


def csv_seeds():
    metadata = ("VolumeName,Manufacturer,XYSpacing,ZSpacing,RescaleSlope,RescaleIntercept\n"
                'train_1_a_1.nii.gz,SIEMENS,"[0.75, 0.75]",1.5,1.0,-1024.0\n'
                'valid_12_b_2.nii.gz,"PHILIPS, ""Ingenuity""",[0.6],2.0,1,-1024\n'
                "train_3_a_1.nii.gz,GE,\"[0.7,0.8]\",1.25,0.5,-1000\n")
    out("ct_rate_csv", "metadata.csv", metadata.encode())
    out("ct_rate_csv", "metadata_bom_crlf.csv",
        ("\ufeff" + metadata.replace("\n", "\r\n")).encode())
    labels = "VolumeName," + ",".join(FINDINGS) + "\n"
    labels += "train_1_a_1.nii.gz," + ",".join("1" if i % 3 == 0 else "0" for i in range(18)) + "\n"
    labels += "train_1_a_2.nii.gz," + ",".join("0.0" if i % 2 else "1.0" for i in range(18)) + "\n"
    out("ct_rate_csv", "labels.csv", labels.encode())
    reports = ("VolumeName,ClinicalInformation_EN,Technique_EN,Findings_EN,Impressions_EN\n"
               'train_1_a_1.nii.gz,"Cough, fever.","Non-contrast chest CT.","Trachea patent.\n'
               'No ""nodule"" seen.",Normal.\n'
               "valid_2_a_1.nii.gz,,,,\n")
    out("ct_rate_csv", "reports.csv", reports.encode())


# ---------------------------------------------------------------- safetensors
def safetensors(entries, metadata=None):
    header, data = {}, b""
    if metadata is not None:
        header["__metadata__"] = metadata
    for name, dtype, shape, payload in entries:
        header[name] = {"dtype": dtype, "shape": shape,
                        "data_offsets": [len(data), len(data) + len(payload)]}
        data += payload
    text = json.dumps(header, separators=(",", ":")).encode()
    text += b" " * ((8 - len(text) % 8) % 8)
    return struct.pack("<Q", len(text)) + text + data


def safetensors_seeds():
    floats = struct.pack("<6f", 0.5, -1.0, 2.0, 3.5, -0.25, 1e-3)
    out("safetensors", "f32_2x3.safetensors",
        safetensors([("weight", "F32", [2, 3], floats)], {"format": "pt"}))
    out("safetensors", "mixed_dtypes.safetensors",
        safetensors([("bias", "F64", [2], struct.pack("<2d", 1.0, -2.0)),
                     ("steps", "I64", [1], struct.pack("<q", 7)),
                     ("mask", "BOOL", [4], bytes([0, 1, 1, 0])),
                     ("half", "F16", [2], bytes(4)), ("brain", "BF16", [2], bytes(4)),
                     ("ids", "I32", [2], struct.pack("<2i", -1, 5)),
                     ("pixels", "U8", [3], bytes([0, 128, 255])),
                     ("small", "I8", [1], bytes([0xFF])), ("short", "I16", [1], bytes(2))]))
    out("safetensors", "empty_tensors.safetensors",
        safetensors([("nothing", "F32", [0, 4], b""), ("scalar", "F32", [], struct.pack("<f", 1)),
                     ("also_nothing", "I64", [3, 0], b"")]))
    out("safetensors", "metadata_only.safetensors", safetensors([], {"a": "b", "note": "\u00e9"}))


# ---------------------------------------------------------------- model bundle manifests
def bundle_manifest(head_type="sfp", rank=2, **changes):
    manifest = {
        "format": "ctlite-model-bundle", "format_version": 1, "id": "tiny-sfp-r2",
        "name": "Tiny SFP", "version": "0.1.0", "created": "2026-11-28T06:00:00Z",
        "model": {
            "ctvit": {"dim": 64, "codebook_size": 128, "image_size": 80, "patch_size": 20,
                      "temporal_patch_size": 10, "spatial_depth": 2, "temporal_depth": 2,
                      "dim_head": 16, "heads": 4},
            "head": {"type": head_type, "input_size": 1024, "output_size": 32, "rank": rank,
                     "block_size": 64, "normalize_cores": False, "bias": False},
            "text": {"bert": {"vocab_size": 7, "hidden_size": 16, "num_hidden_layers": 1,
                              "num_attention_heads": 2, "intermediate_size": 20,
                              "max_position_embeddings": 24},
                     "max_length": 24, "lower_case": True},
            "latent_size": 32},
        "input_path": "compressed",
        "thresholds": {"score": "present_probability",
                       "findings": [{"finding": "Cardiomegaly", "threshold": 0.42},
                                    {"finding": "Emphysema", "threshold": 0.3}]},
        "training_data": {"description": "synthetic phantoms", "cases": 12},
        "metrics": {"Cardiomegaly": {"auroc": 0.8}, "Emphysema": {"auroc": None}},
        "synthetic_training": True,
        "notice": "Trained on synthetic phantoms only; not for clinical use.",
        "files": {"weights.safetensors": {"sha256": "0" * 64, "bytes": 1024},
                  "vocab.txt": {"sha256": "ab" * 32, "bytes": 37}},
    }
    manifest.update(changes)
    return json.dumps(manifest, indent=1).encode()


def bundle_manifest_seeds():
    out("bundle_manifest", "tiny_sfp.json", bundle_manifest())
    out("bundle_manifest", "tiny_btt.json", bundle_manifest("btt", rank=4))
    out("bundle_manifest", "uncalibrated.json",
        bundle_manifest("dense", rank=0, thresholds={"score": "similarity_difference",
                                                     "findings": []}, metrics={}))
    out("bundle_manifest", "unknown_key.json", bundle_manifest(extra="typo"))


# ---------------------------------------------------------------- torch.save checkpoints
def fake_torch_modules():
    """Just enough of `torch` for the standard pickler to write what torch.save writes."""
    import collections
    import types
    torch = types.ModuleType("torch")
    utils = types.ModuleType("torch._utils")
    for storage in ("FloatStorage", "LongStorage", "HalfStorage", "BoolStorage"):
        cls = type(storage, (), {"__module__": "torch", "__qualname__": storage})
        setattr(torch, storage, cls)

    def _rebuild_tensor_v2(*args):
        raise RuntimeError("never called")
    _rebuild_tensor_v2.__module__ = "torch._utils"
    _rebuild_tensor_v2.__qualname__ = "_rebuild_tensor_v2"
    utils._rebuild_tensor_v2 = _rebuild_tensor_v2
    sys.modules["torch"], sys.modules["torch._utils"] = torch, utils
    return torch, utils, collections.OrderedDict


class FakeStorage:
    def __init__(self, storage_type, key, elements):
        self.storage_type, self.key, self.elements = storage_type, key, elements


class FakeTensor:
    def __init__(self, rebuild, storage, offset, size, stride):
        self.args = (rebuild, storage, offset, size, stride)

    def __reduce__(self):
        rebuild, storage, offset, size, stride = self.args
        import collections
        return rebuild, (storage, offset, size, stride, False, collections.OrderedDict())


def torch_pickle(state, protocol=2):
    class Pickler(pickle.Pickler):
        def persistent_id(self, obj):
            if isinstance(obj, FakeStorage):
                return ("storage", obj.storage_type, obj.key, "cpu", obj.elements)
            return None

    buffer = io.BytesIO()
    Pickler(buffer, protocol=protocol).dump(state)
    return buffer.getvalue()


def torch_checkpoint(archive, pickle_bytes, records):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as zip_file:
        for name, data in [("data.pkl", pickle_bytes)] + list(records.items()) + [("version", b"3\n")]:
            entry = zipfile.ZipInfo(archive + "/" + name, date_time=(1980, 1, 1, 0, 0, 0))
            zip_file.writestr(entry, data)
    return buffer.getvalue()


def torch_seeds(shared):
    torch, utils, ordered_dict = fake_torch_modules()
    weights = FakeStorage(torch.FloatStorage, "0", 6)
    steps = FakeStorage(torch.LongStorage, "1", 1)
    state = ordered_dict()
    state["encoder.weight"] = FakeTensor(utils._rebuild_tensor_v2, weights, 0, (2, 3), (3, 1))
    state["encoder.weight_t"] = FakeTensor(utils._rebuild_tensor_v2, weights, 0, (3, 2), (1, 3))
    state["encoder.bias"] = FakeTensor(utils._rebuild_tensor_v2, weights, 4, (2,), (1,))
    state["steps"] = FakeTensor(utils._rebuild_tensor_v2, steps, 0, (), ())
    state["empty"] = FakeTensor(utils._rebuild_tensor_v2, weights, 0, (0, 4), (4, 1))
    records = {"data/0": struct.pack("<6f", 1, 2, 3, 4, 5, 6), "data/1": struct.pack("<q", 9)}
    state_pickle = torch_pickle(state)
    out("torch_pickle", "state_dict_protocol2.pkl", state_pickle)
    out("torch_pickle", "state_dict_protocol4.pkl", torch_pickle(state, protocol=4))
    out("torch_pickle", "nested_state_dict.pkl",
        torch_pickle({"state_dict": state, "epoch": 3, "lr": 0.5, "name": "ct"}))
    out("torch_pickle", "os_system_protocol0.pkl", b"cos\nsystem\n(S'ls'\ntR.")
    golden = zipfile.ZipFile(os.path.join(shared, "reference", "golden", "tiny_ctvit.pt"))
    out("torch_pickle", "tiny_ctvit_data.pkl", golden.read("tiny_ctvit/data.pkl"))

    out("torch_checkpoint", "state_dict.pt", torch_checkpoint("archive", state_pickle, records))
    out("torch_checkpoint", "nested.pt",
        torch_checkpoint("model", torch_pickle({"model": state}), records))
    half = ordered_dict()
    half["h"] = FakeTensor(utils._rebuild_tensor_v2, FakeStorage(torch.HalfStorage, "0", 4), 1, (3,), (1,))
    half["mask"] = FakeTensor(utils._rebuild_tensor_v2, FakeStorage(torch.BoolStorage, "1", 2), 0, (2,), (1,))
    out("torch_checkpoint", "half_and_bool.pt",
        torch_checkpoint("archive", torch_pickle(half), {"data/0": bytes(8), "data/1": bytes([0, 1])}))


# ---------------------------------------------------------------- engine protocol
def jsonl(*lines):
    return b"".join((l if isinstance(l, bytes) else json.dumps(l).encode()) + b"\n" for l in lines)


def engine_protocol_seeds():
    """Request sessions for `ctlite serve` (docs/ENGINE_PROTOCOL.md, tests/app/serve_test.sh)."""
    score = {"path": "/data/ct/series1", "series_uid": "", "model": "/opt/ctlite/models/ctlite-demo",
             "device": "cpu", "pca_out": "/tmp/ctlite-1234/pca.nii.gz"}
    # The four requests of docs/ENGINE_PROTOCOL.md.
    out("engine_protocol", "protocol_doc.jsonl", jsonl(
        {"id": 7, "method": "hello"},
        {"id": 8, "method": "score", "params": score},
        {"id": 9, "method": "cancel", "params": {"target": 8}},
        {"id": 10, "method": "shutdown"}))
    # tests/app/serve_test.sh: running and queued cancels, errors, a line after shutdown.
    out("engine_protocol", "serve_test_session.jsonl", jsonl(
        {"id": 1, "method": "hello"},
        {"id": 2, "method": "score", "params": {"path": "/w/synth/series", "model": "/w/model", "device": "cpu", "pca_out": ""}},
        {"id": 3, "method": "cancel", "params": {"target": 2}},
        {"id": 4, "method": "score", "params": {"path": "/w/synth/series", "model": "/w/model", "device": "cpu",
                                                "pca_out": "/w/out/pca.nii.gz"}},
        {"id": 5, "method": "score", "params": {"path": "/w/missing", "model": "/w/model", "device": "cpu"}},
        {"id": 6, "method": "score", "params": {"path": "/w/synth/series", "model": "/w/model"}},
        {"id": 7, "method": "cancel", "params": {"target": 6}},
        b"this is not json",
        {"id": 8, "method": "frobnicate"},
        {"id": "nine", "method": "score", "params": {"path": "/w/synth/series", "model": "/w/no-such-model"}},
        {"id": 10, "method": "shutdown"},
        {"id": 11, "method": "hello"}))
    # Every score parameter, string ids, nulls, CRLF and blank lines, no final newline.
    out("engine_protocol", "all_parameters_crlf.jsonl",
        b'{"id": "a", "method": "score", "params": {"path": "/data/ct/volume.nii.gz", '
        b'"metadata_csv": "/data/ct/metadata.csv", "series_uid": "1.2.3", "model": null, '
        b'"device": "cuda:0", "pca_out": "/tmp/p.nii"}}\r\n\r\n   \n'
        b'{"id": "b", "method": "cancel", "params": {"target": "a"}}\r\n'
        b'{"method": "hello", "params": {}, "id": null}')
    # Requests the schema refuses, one per line.
    out("engine_protocol", "rejected_requests.jsonl", jsonl(
        b"[1, 2, 3]", b'"hello"', b"{", b'{"id": 1.5, "method": "hello"}', b'{"id": [1], "method": "hello"}',
        {"id": 1}, {"id": 2, "method": 7}, {"id": 3, "method": "hello", "params": [1]},
        {"id": 4, "method": "score", "params": {}}, {"id": 5, "method": "score", "params": {"path": 5}},
        {"id": 6, "method": "score", "params": {"path": "/a\u0000/b"}},
        {"id": 7, "method": "score", "params": {"path": "/a", "pca-out": "/b.nii"}},
        {"id": 8, "method": "cancel", "params": {}}, {"id": 9, "method": "cancel", "params": {"target": [8]}},
        {"id": 10, "method": "hello", "extra": True}, {"id": 11, "method": "shutdown", "params": {"now": True}},
        {"id": 12, "method": "score", "params": {"path": "/" + "x" * 4100}},
        b'{"id": 13, "method": "hello", "params": {"a": [[[[[[[[[]]]]]]]]]}}',
        b'{"id": 14, "method": "\xff\xfe"}'))
    # A queue: cancels of queued, running, finished and unknown requests.
    out("engine_protocol", "queue_and_cancels.jsonl", jsonl(
        *[{"id": i, "method": "score", "params": {"path": f"/data/{i}"}} for i in range(1, 5)],
        {"id": 5, "method": "cancel", "params": {"target": 3}},
        {"id": 6, "method": "cancel", "params": {"target": 1}},
        {"id": 7, "method": "cancel", "params": {"target": "nobody"}},
        {"id": 8, "method": "shutdown"}))


def main():
    shared = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "..", "..", "..", "shared")
    for target in ("dicom_file", "dicom_series", "nifti", "npz_reader", "jpeg_codec",
                   "jpeg_stack", "ct_rate_csv", "safetensors", "torch_pickle", "torch_checkpoint",
                   "bundle_manifest", "engine_protocol"):
        folder = os.path.join(HERE, target)
        # Keep the regression-* inputs (crashes found by fuzzing); regenerate the rest.
        if os.path.isdir(folder):
            for name in os.listdir(folder):
                if not name.startswith("regression-"):
                    os.remove(os.path.join(folder, name))
    dicom_seeds(shared)
    nifti_seeds(shared)
    npz_seeds()
    jpeg_seeds()
    csv_seeds()
    safetensors_seeds()
    torch_seeds(shared)
    bundle_manifest_seeds()
    engine_protocol_seeds()


if __name__ == "__main__":
    main()
