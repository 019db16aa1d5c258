#!/usr/bin/env bash
# End-to-end test of `ctlite synth`: CT-RATE layout and CSV schema, NIfTI/DICOM/JPEG of the same
# volumes cross-checked with nibabel and pydicom, determinism, preview sheets and bad input.
# Usage: bash synth_test.sh <ctlite> <shared-dir> <build-dir>
source "$(dirname "$0")/lib/test_prologue.bash" "$@"

# 1. A small dataset in all three formats.
"$ctlite" synth --count 5 --seed 4 --out "$work/a" --formats nifti,dicom,jpeg > "$work/a.log" 2>&1 \
  || fail "synth failed: $(cat "$work/a.log")"
grep -q "wrote 4 train volumes" "$work/a.log" || fail "unexpected summary: $(cat "$work/a.log")"

"$python" - "$work/a" <<'PY' || fail "dataset does not match the CT-RATE schema or its own files"
import csv, glob, os, sys
import numpy as np, nibabel as nib, pydicom

root = sys.argv[1]
ds = os.path.join(root, "dataset")
names = ["Medical material", "Arterial wall calcification", "Cardiomegaly", "Pericardial effusion",
         "Coronary artery wall calcification", "Hiatal hernia", "Lymphadenopathy", "Emphysema",
         "Atelectasis", "Lung nodule", "Lung opacity", "Pulmonary fibrotic sequela", "Pleural effusion",
         "Mosaic attenuation pattern", "Peribronchial thickening", "Consolidation", "Bronchiectasis",
         "Interlobular septal thickening"]

def rows(path):
    with open(path, newline="") as f:
        return list(csv.DictReader(f))

volumes = {}
for split, table in (("train", "train"), ("valid", "validation")):
    labels = rows(f"{ds}/multi_abnormality_labels/{split}_predicted_labels.csv")
    with open(f"{ds}/multi_abnormality_labels/{split}_predicted_labels.csv") as f:
        assert f.readline().strip().split(",") == ["VolumeName"] + names
    reports = {r["VolumeName"]: r for r in rows(f"{ds}/radiology_text_reports/{table}_reports.csv")}
    meta = {r["VolumeName"]: r for r in rows(f"{ds}/metadata/{table}_metadata.csv")}
    for r in labels:
        name = r["VolumeName"]
        assert name.startswith(split + "_") and name.endswith(".nii.gz"), name
        assert all(r[n] in ("0", "1") for n in names), r
        rep = reports[name]
        for column in ("ClinicalInformation_EN", "Technique_EN", "Findings_EN", "Impressions_EN"):
            assert rep[column].strip(), (name, column)
        volumes[name] = (split, meta[name])
assert len(volumes) == 5, volumes.keys()
patients = {split: {n.split("_")[1] for n, (s, _) in volumes.items() if s == split} for split in ("train", "valid")}
assert patients["valid"], "no validation patient"

for name, (split, m) in volumes.items():
    _, patient, scan, recon = name[:-7].split("_")
    path = f"{ds}/{split}/{split}_{patient}/{split}_{patient}_{scan}/{name}"
    img = nib.load(path)
    raw = np.asarray(img.dataobj).astype(np.float64)
    # CT-CLIP's way: HU from the CSV, XYSpacing string with the first and last two characters dropped.
    hu = float(m["RescaleSlope"]) * raw + float(m["RescaleIntercept"])
    xy = float(m["XYSpacing"][1:][:-2].split(",")[0])
    assert raw.shape == (int(m["Columns"]), int(m["Rows"]), int(m["NumberofSlices"])), (raw.shape, m)
    assert abs(xy - img.header.get_zooms()[0]) < 1e-3 and abs(float(m["ZSpacing"]) - img.header.get_zooms()[2]) < 1e-3
    assert hu.min() >= -1024 and hu.max() <= 3071, (hu.min(), hu.max())
    assert hu[0, 0, 0] == -1024, "padding outside the reconstruction circle"
    lung = hu[(hu > -950) & (hu < -700)]
    assert lung.size > 0.02 * hu.size, "no aerated lung"

    stem = name[:-7]
    folder = f"{root}/dicom/{split}/{split}_{patient}/{split}_{patient}_{scan}/{stem}"
    files = sorted(glob.glob(folder + "/*.dcm"))
    assert len(files) == raw.shape[2], (len(files), raw.shape)
    slices = sorted((pydicom.dcmread(f) for f in files), key=lambda d: float(d.ImagePositionPatient[2]))
    k = len(slices) // 2
    d = slices[k]
    dicom_hu = d.pixel_array.astype(np.float64) * float(d.RescaleSlope) + float(d.RescaleIntercept)
    assert np.array_equal(dicom_hu, hu[:, :, k].T), f"DICOM slice {k} differs from the NIfTI"
    jpegs = glob.glob(f"{root}/jpeg/{split}/{split}_{patient}/{split}_{patient}_{scan}/{stem}/*.jpg")
    assert len(jpegs) == raw.shape[2], len(jpegs)
print("schema and cross-checks ok")
PY

# 2. Same seed and count: the same NIfTI and CSV bytes.
"$ctlite" synth --count 5 --seed 4 --out "$work/b" --threads 1 > /dev/null 2>&1 || fail "second run failed"
(cd "$work/a/dataset" && find . -type f | sort) > "$work/a.files"
(cd "$work/b/dataset" && find . -type f | sort) > "$work/b.files"
cmp -s "$work/a.files" "$work/b.files" || fail "different file lists"
while read -r f; do
  cmp -s "$work/a/dataset/$f" "$work/b/dataset/$f" || fail "$f differs between runs"
done < "$work/a.files"

# 3. Preview sheets are PNG files.
"$ctlite" synth --preview 1 --out "$work/preview" > /dev/null 2>&1 || fail "preview failed"
test -s "$work/preview/README.md" || fail "no preview README"
for png in "$work"/preview/*.png; do
  head -c 8 "$png" | od -An -tx1 | grep -q "89 50 4e 47 0d 0a 1a 0a" || fail "$png is not a PNG"
done

# 4. Bad input: one clear line, non-zero exit, nothing left behind.
if "$ctlite" synth --count 2 --out "$work/a" 2> "$work/err.txt"; then fail "overwrote an existing folder"; fi
grep -q "$work/a" "$work/err.txt" || fail "error does not name the folder: $(cat "$work/err.txt")"
set +e
"$ctlite" synth --count 2 --out "$work/c" --formats nifti,png 2> "$work/err.txt"; status=$?
set -e
[ "$status" -eq 2 ] || fail "unknown format should be a usage error (exit $status)"
grep -q "png" "$work/err.txt" || fail "error does not name the format: $(cat "$work/err.txt")"
if "$ctlite" synth --count 0 --out "$work/c" 2> /dev/null; then fail "accepted --count 0"; fi
[ -z "$(ls -d "$work"/c* 2> /dev/null)" ] || fail "a failed run left files: $(ls -d "$work"/c*)"
echo "synth_test ok"
