#!/usr/bin/env bash
# End-to-end test of `ctlite export` / `ctlite export-sr`: DICOM SR (dciodvfy, dsrdump, pydicom),
# PDF (pdftotext, pdftoppm), encapsulated PDF, de-identification and bad input.
# Usage: bash export_test.sh <ctlite> <shared-dir> <build-dir>
source "$(dirname "$0")/lib/test_prologue.bash" "$@"

source_series="$shared/testdata/dicom/series/CT5N_contiguous"  # 16 x 16 x 5, Doe^Peter

"$python" "$(dirname "$0")/write_findings_json.py" "$work/findings.json"

# 1. export-sr: a valid TID 1500 SR in the source's study.
"$ctlite" export-sr --findings "$work/findings.json" --source "$source_series" --out "$work/sr.dcm" \
  > "$work/sr.log" 2>&1 || fail "export-sr: $(cat "$work/sr.log")"
if [ -x /usr/bin/dciodvfy ]; then
  /usr/bin/dciodvfy -new "$work/sr.dcm" > "$work/sr.vfy" 2>&1 || true
  grep -q "^Error" "$work/sr.vfy" && fail "dciodvfy reports errors: $(cat "$work/sr.vfy")"
else
  echo "SKIP dciodvfy checks: dicom3tools not installed"
fi
dsrdump +Pl "$work/sr.dcm" > "$work/sr.txt" || fail "dsrdump cannot read the SR"
grep -q '"Imaging Measurement Report"' "$work/sr.txt" || fail "no TID 1500 title"
grep -q 'Lung nodule' "$work/sr.txt" || fail "no Lung nodule group"
"$python" - "$work/sr.dcm" "$source_series" <<'PY' || fail "SR does not join the source study"
import glob, sys, pydicom
sr = pydicom.dcmread(sys.argv[1])
sources = [pydicom.dcmread(f) for f in sorted(glob.glob(sys.argv[2] + "/*"))]
assert sr.SOPClassUID == "1.2.840.10008.5.1.4.1.1.88.34", sr.SOPClassUID
assert sr.StudyInstanceUID == sources[0].StudyInstanceUID
assert str(sr.PatientName) == "Doe^Peter" and sr.PatientID == "98890234"
refs = sr.CurrentRequestedProcedureEvidenceSequence[0].ReferencedSeriesSequence[0]
assert refs.SeriesInstanceUID == sources[0].SeriesInstanceUID
assert {r.ReferencedSOPInstanceUID for r in refs.ReferencedSOPSequence} == {s.SOPInstanceUID for s in sources}
groups = [c for c in sr.ContentSequence if c.ConceptNameCodeSequence[0].CodeMeaning == "Imaging Measurements"]
assert len(groups[0].ContentSequence) == 18, len(groups[0].ContentSequence)
PY

# 2. export: SR + PDF + encapsulated PDF of the same PDF bytes.
"$ctlite" export "$source_series" --findings "$work/findings.json" --sr "$work/sr2.dcm" \
  --pdf "$work/report.pdf" --pdf-dicom "$work/report.dcm" > "$work/export.log" 2>&1 \
  || fail "export: $(cat "$work/export.log")"
# Qt 6.4 writes ligatures (app/report/findings_pdf_writer.cpp): fold them back for the search.
ligatures() { sed 's/\xef\xac\x80/ff/g; s/\xef\xac\x81/fi/g; s/\xef\xac\x82/fl/g'; }
pdftotext -layout "$work/report.pdf" - | ligatures > "$work/report.txt"
for text in "CT-Lite AI findings report" "SYNTHETIC-TRAINED DEMO MODEL" "Doe^Peter" "98890234" \
            "Interlobular septal thickening" "PRESENT" "ababababab" "NOT FOR DIAGNOSTIC USE" \
            "Reviewed by" "centre -600 HU, width 1500 HU"; do
  grep -q -- "$text" "$work/report.txt" || fail "PDF text lacks '$text'"
done
pdftoppm -r 40 -png "$work/report.pdf" "$work/page" || fail "pdftoppm cannot render the PDF"
[ -s "$work/page-1.png" ] || fail "no rendered page"
"$python" - "$work/report.dcm" "$work/report.pdf" "$work/sr2.dcm" <<'PY' || fail "encapsulated PDF"
import sys, pydicom
doc = pydicom.dcmread(sys.argv[1])
pdf = open(sys.argv[2], "rb").read()
assert doc.SOPClassUID == "1.2.840.10008.5.1.4.1.1.104.1"
assert doc.EncapsulatedDocument[:doc.EncapsulatedDocumentLength] == pdf
assert doc.StudyInstanceUID == pydicom.dcmread(sys.argv[3]).StudyInstanceUID
PY
if [ -x /usr/bin/dciodvfy ]; then
  /usr/bin/dciodvfy -new "$work/report.dcm" > "$work/pdf.vfy" 2>&1 || true
  grep -q "^Error" "$work/pdf.vfy" && fail "dciodvfy reports errors: $(cat "$work/pdf.vfy")"
fi

# 2b. The engine's PCA map (`ctlite score --pca`: RGB24 NIfTI on the token grid) as the key
#     images' overlay: one green 10 m cell around the scanner origin tints every CT voxel.
"$python" - "$work/pca.nii.gz" <<'PY'
import sys, numpy as np, nibabel as nib
rgb = np.zeros((1, 1, 1), dtype=[("R", "u1"), ("G", "u1"), ("B", "u1")])
rgb[0, 0, 0] = (0, 255, 0)
image = nib.Nifti1Image(rgb, np.diag([10000.0, 10000.0, 10000.0, 1.0]))
assert image.header.get_data_dtype().fields, "not an RGB datatype"
nib.save(image, sys.argv[1])
PY
"$ctlite" export "$source_series" --findings "$work/findings.json" --pdf "$work/pca.pdf" \
  --overlay "$work/pca.nii.gz" > "$work/pca.log" 2>&1 || fail "export with the PCA map: $(cat "$work/pca.log")"
pdftotext "$work/pca.pdf" - | ligatures | grep -q "PCA feature map" || fail "the PDF does not name the PCA overlay"
pdftoppm -r 40 "$work/report.pdf" "$work/plain-ppm" && pdftoppm -r 40 "$work/pca.pdf" "$work/pca-ppm" \
  || fail "pdftoppm cannot render the PDFs"
"$python" - "$work/plain-ppm" "$work/pca-ppm" <<'PY' || fail "the PCA overlay is not drawn in the key images"
import glob, sys
import numpy as np
def green_pixels(prefix):  # over all pages
    total = 0
    for path in glob.glob(prefix + "-*.ppm"):
        fields = open(path, "rb").read().split(maxsplit=4)
        width, height = int(fields[1]), int(fields[2])
        image = np.frombuffer(fields[4][:width * height * 3], np.uint8).reshape(height, width, 3).astype(int)
        total += int(((image[..., 1] - image[..., 0] > 40) & (image[..., 1] - image[..., 2] > 40)).sum())
    return total
plain, pca = green_pixels(sys.argv[1]), green_pixels(sys.argv[2])
assert plain == 0 and pca > 50, (plain, pca)
PY

# 3. --anonymize: no identifying text anywhere, one shared (new) study.
"$ctlite" export "$source_series" --findings "$work/findings.json" --sr "$work/anon_sr.dcm" \
  --pdf "$work/anon.pdf" --pdf-dicom "$work/anon_pdf.dcm" --anonymize --pseudonym CASE-7 \
  > "$work/anon.log" 2>&1 || fail "anonymised export: $(cat "$work/anon.log")"
pdftotext "$work/anon.pdf" - | grep -q -e "Doe" -e "98890234" && fail "the anonymised PDF names the patient"
pdftotext "$work/anon.pdf" - | grep -q "CASE-7" || fail "the anonymised PDF lacks the pseudonym"
"$python" - "$work/anon_sr.dcm" "$work/anon_pdf.dcm" "$source_series" <<'PY' || fail "anonymised objects"
import glob, sys, pydicom
sr, pdf = pydicom.dcmread(sys.argv[1]), pydicom.dcmread(sys.argv[2])
source = pydicom.dcmread(sorted(glob.glob(sys.argv[3] + "/*"))[0])
for ds in (sr, pdf):
    assert str(ds.PatientName) == "CASE-7" and ds.PatientID == "CASE-7"
    assert ds.PatientIdentityRemoved == "YES"
    assert ds.StudyInstanceUID != source.StudyInstanceUID
    assert b"Doe" not in open(ds.filename, "rb").read()
assert sr.StudyInstanceUID == pdf.StudyInstanceUID
PY

# 4. Bad input: one clear line naming the file, nothing written.
"$python" -c "
import json,sys; d=json.load(open('$work/findings.json')); d['findings'][3]['score']=7
json.dump(d, open('$work/bad.json','w'))"
if "$ctlite" export-sr --findings "$work/bad.json" --source "$source_series" --out "$work/bad.dcm" \
     2> "$work/bad.err"; then fail "a score of 7 was accepted"; fi
grep -q "bad.json: findings field 'findings\[3\].score' must lie in \[0, 1\]" "$work/bad.err" \
  || fail "unclear error: $(cat "$work/bad.err")"
[ ! -e "$work/bad.dcm" ] || fail "a failed export left a file"
if "$ctlite" export-sr --findings "$work/findings.json" --source "$source_series" \
     --out "$source_series/2062" 2> "$work/over.err"; then fail "export-sr overwrote an input"; fi
"$ctlite" export "$source_series" --findings "$work/findings.json" 2> "$work/none.err" \
  && fail "export without outputs succeeded"
grep -q "name at least one output" "$work/none.err" || fail "unclear usage error: $(cat "$work/none.err")"
echo "export_test: all checks passed"
