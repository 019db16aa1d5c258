#!/usr/bin/env bash
# End-to-end: `ctlite preprocess` on the CT-CLIP golden NIfTI reproduces the reference tensor.
# usage: bash preprocess_test.sh <ctlite> <shared-dir> <build-dir>
source "$(dirname "$0")/lib/test_prologue.bash" "$@"
golden="$shared/reference/golden"

# CT-RATE style metadata: the NIfTI header carries no calibration, the CSV gives it (preproc.json).
printf 'VolumeName,RescaleSlope,RescaleIntercept,XYSpacing,ZSpacing\n' > "$work/metadata.csv"
printf 'preproc_pre1.nii.gz,1.0,-1024.0,"[0.8, 0.8]",2.5\n' >> "$work/metadata.csv"

for variant in inference training; do
  "$ctlite" preprocess "$golden/preproc_pre1.nii.gz" --metadata "$work/metadata.csv" \
      --variant "$variant" --out "$work/pre1_$variant.safetensors"
done
"$ctlite" preprocess "$golden/preproc_pre1.nii.gz" --metadata "$work/metadata.csv" \
    --out "$work/pre1.nii.gz"
"$ctlite" preprocess "$golden/preproc_pre1.nii.gz" --metadata "$work/metadata.csv" \
    --compressed --out "$work/pre1_compressed.safetensors"

# Debian's interpreter has numpy (a pyenv python3 first on PATH may not).
[ -x "$python" ] || python=python3
"$python" - "$golden" "$work" <<'PY'
import gzip, json, struct, sys
import numpy as np

golden, work = sys.argv[1], sys.argv[2]

def read_safetensors(path):
    with open(path, "rb") as f:
        data = f.read()
    (n,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8:8 + n])
    out = {}
    for name, entry in header.items():
        if name == "__metadata__":
            continue
        assert entry["dtype"] == "F32", (name, entry["dtype"])
        a, b = entry["data_offsets"]
        out[name] = np.frombuffer(data[8 + n + a:8 + n + b], dtype="<f4").reshape(entry["shape"])
    return out

spec = json.load(open(f"{golden}/preproc.json"))["pre1"]
ref = read_safetensors(f"{golden}/preproc_pre1.safetensors")
zpb, xpb, ypb = spec["pad_before_zxy"]
zk, xk, yk = spec["core_shape_zxy"]
for variant, key, stats in [("inference", "out_infer_core", "full_output_stats_infer"),
                            ("training", "out_train_core", "full_output_stats_train")]:
    vol = read_safetensors(f"{work}/pre1_{variant}.safetensors")["volume"]
    assert vol.shape == (1, 240, 480, 480), vol.shape
    core = vol[0, zpb:zpb + zk, xpb:xpb + xk, ypb:ypb + yk]
    err = float(np.abs(core.astype(np.float64) - ref[key]).max())
    assert err <= 1e-5, (variant, err)
    outside = vol.copy()
    outside[0, zpb:zpb + zk, xpb:xpb + xk, ypb:ypb + yk] = -1
    assert (outside == -1).all(), f"{variant}: padding is not -1"
    s = spec[stats]
    assert int((vol == -1).sum()) == s["count_eq_minus1"], variant
    assert abs(float(vol.astype(np.float64).sum()) - s["sum"]) < 1e-2, variant
    print(f"{variant}: max abs error {err:.2e} against the CT-CLIP golden")

# NIfTI output: float32, 480 x 480 x 240, 0.75/0.75/1.5 mm, same values as the tensor.
raw = gzip.open(f"{work}/pre1.nii.gz").read()
dims = struct.unpack("<8h", raw[40:56])
datatype, = struct.unpack("<h", raw[70:72])
pixdim = struct.unpack("<8f", raw[76:108])
offset = int(struct.unpack("<f", raw[108:112])[0])
assert dims[:4] == (3, 480, 480, 240), dims
assert datatype == 16, datatype  # float32
assert [round(p, 6) for p in pixdim[1:4]] == [0.75, 0.75, 1.5], pixdim
nifti = np.frombuffer(raw[offset:offset + 480 * 480 * 240 * 4], dtype="<f4").reshape(240, 480, 480)
tensor = read_safetensors(f"{work}/pre1_inference.safetensors")["volume"][0]
assert np.array_equal(nifti.transpose(0, 2, 1), tensor), "NIfTI and tensor differ"

comp = read_safetensors(f"{work}/pre1_compressed.safetensors")["volume"]
assert comp.shape == (1, 240, 480, 480) and comp.min() >= -1 and comp.max() <= 1
core = comp[0, zpb:zpb + zk, xpb:xpb + xk, ypb:ypb + yk]
assert (comp[0, :zpb] == -1).all() and (core > -1).any()
print("nifti and compressed outputs OK")
PY

# Bad input: non-zero exit, one line on stderr naming the file, no output left behind.
printf 'not a nifti file' > "$work/broken.nii.gz"
if "$ctlite" preprocess "$work/broken.nii.gz" --out "$work/broken.safetensors" 2> "$work/err.txt"; then
  echo "FAIL: a corrupt input was accepted"; exit 1
fi
[ "$(wc -l < "$work/err.txt")" -eq 1 ] || { echo "FAIL: expected one error line:"; cat "$work/err.txt"; exit 1; }
grep -q "broken.nii.gz" "$work/err.txt" || { echo "FAIL: error does not name the file"; cat "$work/err.txt"; exit 1; }
[ ! -e "$work/broken.safetensors" ] || { echo "FAIL: output written for a bad input"; exit 1; }

# The input is never overwritten.
cp "$golden/preproc_pre1.nii.gz" "$work/input.nii.gz"
if "$ctlite" preprocess "$work/input.nii.gz" --out "$work/input.nii.gz" 2> "$work/err.txt"; then
  echo "FAIL: --out equal to the input was accepted"; exit 1
fi
cmp -s "$golden/preproc_pre1.nii.gz" "$work/input.nii.gz" || { echo "FAIL: input modified"; exit 1; }

# Wrong usage is a usage error (exit 2), not a crash.
set +e
"$ctlite" preprocess "$work/input.nii.gz" --out "$work/x.png" 2> /dev/null; rc=$?
set -e
[ "$rc" -eq 2 ] || { echo "FAIL: bad --out suffix gave exit $rc"; exit 1; }
echo "preprocess_test: OK"
