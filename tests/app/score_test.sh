#!/usr/bin/env bash
# End-to-end: `ctlite score` on a synthetic phantom with a tiny untrained bundle — JSON schema of
# docs/ENGINE_PROTOCOL.md, the human table, the PCA NIfTI placed over the input, and one-line
# errors for a missing model folder, corrupt weights and a PCA path inside the input folder.
# usage: bash score_test.sh <ctlite> <shared-dir> <build-dir>
source "$(dirname "$0")/lib/test_prologue.bash" "$@"
source "$here/lib/engine_fixtures.sh"

series=$(make_phantom_series "$ctlite" "$work/synth" 5) || fail "synth failed"
[ -d "$series" ] || fail "no DICOM series from synth"
before=$(ls -l "$series" | md5sum)
make_tiny_bundle "$ctlite" "$work/model"

# 1. JSON result.
"$ctlite" score "$series" --model "$work/model" --json --pca "$work/out/pca.nii.gz" > "$work/result.json" 2> "$work/err.txt" \
  && fail "an output folder that does not exist should be an error"
mkdir -p "$work/out"
"$ctlite" score "$series" --model "$work/model" --json --pca "$work/out/pca.nii.gz" > "$work/result.json" \
  || fail "score --json failed"
"$python" - "$work/result.json" "$series" "$work/out/pca.nii.gz" <<'PY' || fail "score JSON or PCA map is wrong"
import glob, json, sys
import numpy as np, nibabel as nib, pydicom
result = json.load(open(sys.argv[1]))
names = ["Medical material", "Arterial wall calcification", "Cardiomegaly", "Pericardial effusion",
         "Coronary artery wall calcification", "Hiatal hernia", "Lymphadenopathy", "Emphysema",
         "Atelectasis", "Lung nodule", "Lung opacity", "Pulmonary fibrotic sequela", "Pleural effusion",
         "Mosaic attenuation pattern", "Peribronchial thickening", "Consolidation", "Bronchiectasis",
         "Interlobular septal thickening"]
assert set(result) == {"model", "device", "findings", "timings_ms", "pca"}, result.keys()
model = result["model"]
assert model["id"] == "tiny-ctlite-test" and model["input"] == "compressed", model
assert model["notice"] == "Untrained test model. Not for clinical use.", model
assert len(model["weights_sha256"]) == 64, model
assert result["device"] == "cpu"
assert set(result["timings_ms"]) >= {"load", "preprocess", "encode", "score"}, result["timings_ms"]
assert [f["name"] for f in result["findings"]] == names
slices = sorted((pydicom.dcmread(p) for p in glob.glob(sys.argv[2] + "/*.dcm")),
                key=lambda d: float(d.ImagePositionPatient[2]))
dims = (int(slices[0].Columns), int(slices[0].Rows), len(slices))
for f in result["findings"]:
    assert 0.0 <= f["score"] <= 1.0 and f["threshold"] == 0.5, f
    assert f["present"] == (f["score"] >= f["threshold"]), f
    assert all(0 <= v < d for v, d in zip(f["evidence_voxel"], dims)), (f, dims)
assert result["pca"] == sys.argv[3], result["pca"]

# The PCA map: RGB24 on the 2 x 2 x 2 token grid, centred on the series (crop/pad are centred).
pca = nib.load(sys.argv[3])
assert pca.shape == (2, 2, 2), pca.shape
assert pca.get_data_dtype().names == ("R", "G", "B"), pca.get_data_dtype()
first, last = slices[0], slices[-1]
iop = np.array(first.ImageOrientationPatient, float)
spacing = np.array(first.PixelSpacing, float)  # row spacing (y), column spacing (x)
centre_lps = (np.array(first.ImagePositionPatient, float) + np.array(last.ImagePositionPatient, float)) / 2
centre_lps += iop[:3] * spacing[1] * (dims[0] - 1) / 2 + iop[3:] * spacing[0] * (dims[1] - 1) / 2
centre_ras = centre_lps * np.array([-1, -1, 1])
pca_centre = pca.affine @ np.array([0.5, 0.5, 0.5, 1.0])
assert np.allclose(pca_centre[:3], centre_ras, atol=3.0), (pca_centre, centre_ras)
PY
[ "$(ls -l "$series" | md5sum)" = "$before" ] || fail "the input folder changed"

# 2. The human table.
"$ctlite" score "$series" --model "$work/model" > "$work/table.txt" || fail "score (table) failed"
grep -q "^Lung nodule .* \(yes\|no\)$" "$work/table.txt" || fail "table lacks a finding row: $(cat "$work/table.txt")"
grep -q "notice  Untrained test model" "$work/table.txt" || fail "table lacks the notice"
grep -q "tiny-ctlite-test" "$work/table.txt" || fail "table lacks the model id"

# 3. Errors: one line naming the problem, non-zero exit, nothing written.
expect_error() {  # expect_error PATTERN ARGS...
  local pattern=$1; shift
  if "$ctlite" score "$@" > "$work/out.txt" 2> "$work/err.txt"; then fail "score $* should fail"; fi
  [ "$(wc -l < "$work/err.txt")" -eq 1 ] || fail "expected one error line for '$*', got: $(cat "$work/err.txt")"
  grep -q -- "$pattern" "$work/err.txt" || fail "error for '$*' lacks '$pattern': $(cat "$work/err.txt")"
}
expect_error "$work/no-such-model" "$series" --model "$work/no-such-model"
cp -r "$work/model" "$work/corrupt"
printf '\x01' | dd of="$work/corrupt/weights.safetensors" bs=1 seek=200 conv=notrunc 2> /dev/null
expect_error "SHA-256" "$series" --model "$work/corrupt"
expect_error "input" "$series" --model "$work/model" --pca "$series/pca.nii.gz"
[ ! -e "$series/pca.nii.gz" ] || fail "wrote into the input folder"
expect_error "no-such-volume" "$work/no-such-volume" --model "$work/model"
expect_error ".nii or .nii.gz" "$series" --model "$work/model" --pca "$work/out/pca.png"
expect_error "cuda" "$series" --model "$work/model" --device cuda:7
[ "$(ls -l "$series" | md5sum)" = "$before" ] || fail "the input folder changed"
echo "score_test: OK"
