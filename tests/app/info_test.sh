#!/usr/bin/env bash
# End-to-end test of `ctlite info`: DICOM, NIfTI (cross-checked against nibabel) and bad input.
# Usage: bash info_test.sh <ctlite> <shared-dir> <build-dir>
source "$(dirname "$0")/lib/test_prologue.bash" "$@"

# 1. A real CT slice: Hounsfield mean -119.074 (the value pydicom gives for CT_small.dcm).
"$ctlite" info "$shared/testdata/dicom/CT_small.dcm" --json > "$work/ct.json"
"$python" - "$work/ct.json" <<'PY' || fail "CT_small.dcm JSON"
import json, sys
r = json.load(open(sys.argv[1]))
assert r["format"] == "dicom", r["format"]
assert r["dims"] == [128, 128, 1], r["dims"]
assert r["unit"] == "hounsfield", r["unit"]
assert r["modality"] == "CT", r["modality"]
assert abs(r["hu"]["mean"] - (-119.074)) < 0.0005, r["hu"]
assert r["hu"]["min"] <= r["hu"]["mean"] <= r["hu"]["max"]
assert len(r["series"]) == 1 and r["series"][0]["images"] == 1, r["series"]
assert len(r["direction"]) == 9 and len(r["origin"]) == 3 and len(r["spacing"]) == 3
PY
"$ctlite" info "$shared/testdata/dicom/CT_small.dcm" > "$work/ct.txt"
grep -q "^HU: .*mean -119.074" "$work/ct.txt" || fail "text output lacks the HU line: $(cat "$work/ct.txt")"

# 2. A big-endian NIfTI: grid, affine and value statistics equal nibabel's.
nifti="$shared/testdata/nifti/anatomical.nii"
"$ctlite" info "$nifti" --json > "$work/nifti.json"
"$python" - "$work/nifti.json" "$nifti" <<'PY' || fail "anatomical.nii JSON differs from nibabel"
import json, sys
import numpy as np, nibabel as nib
r = json.load(open(sys.argv[1]))
img = nib.load(sys.argv[2])
data = img.get_fdata()
assert r["format"] == "nifti", r["format"]
assert r["dims"] == list(img.shape), (r["dims"], img.shape)
assert r["unit"] == "unknown" and r["hu"] is None, r["unit"]
direction = np.array(r["direction"]).reshape(3, 3)
affine = np.eye(4)
affine[:3, :3] = np.diag([-1, -1, 1]) @ direction @ np.diag(r["spacing"])
affine[:3, 3] = np.diag([-1, -1, 1]) @ np.array(r["origin"])
assert np.allclose(affine, img.affine, atol=1e-4), (affine, img.affine)
v = r["values"]
assert abs(v["mean"] - data.mean()) < 1e-3 and v["min"] == data.min() and v["max"] == data.max(), v
PY

# 3. Bad input: non-zero exit and one line naming the file.
missing="$work/no_such_scan.nii.gz"
if "$ctlite" info "$missing" > "$work/out.txt" 2> "$work/err.txt"; then fail "missing file accepted"; fi
grep -q "no_such_scan.nii.gz" "$work/err.txt" || fail "error does not name the file: $(cat "$work/err.txt")"
[ "$(wc -l < "$work/err.txt")" -eq 1 ] || fail "error is not one line: $(cat "$work/err.txt")"

printf 'not a volume\n' > "$work/notes.txt"
set +e
"$ctlite" info "$work/notes.txt" > /dev/null 2> "$work/err2.txt"
status=$?
set -e
[ "$status" -ne 0 ] || fail "text file accepted"
grep -q "notes.txt: unrecognised format" "$work/err2.txt" || fail "unclear error: $(cat "$work/err2.txt")"

head -c 20000 "$nifti" > "$work/cut.nii"
if "$ctlite" info "$work/cut.nii" 2> "$work/err3.txt" > /dev/null; then fail "truncated NIfTI accepted"; fi
grep -q "cut.nii: .*truncated" "$work/err3.txt" || fail "unclear error: $(cat "$work/err3.txt")"

echo "info_test: all checks passed"
