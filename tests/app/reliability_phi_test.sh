#!/usr/bin/env bash
# PHI: a series whose Patient Name, Patient ID, Accession Number, Birth Date, Referring
# Physician and Institution carry marker strings (set with DCMTK's dcmodify on a copy) goes
# through info, preprocess, compress and their failure paths; no marker may appear on stderr
# (logs, notes, warnings, errors), on the progress/summary output of preprocess and compress,
# or in any file they write; the same inputs scored through `ctlite serve` leave none in its log
# or replies. A damaged JPEG 2000 image of the same patient makes OpenJPEG
# complain: its own console lines must not reach stderr either (only our one-line error).
# usage: bash reliability_phi_test.sh <ctlite> <shared-dir> <build-dir>
test_name=reliability_phi_test
source "$(dirname "$0")/reliability_common.bash"
command -v dcmodify > /dev/null || fail "dcmodify (DCMTK) is required"

markers=(ZZPHINAME ZZPHIID7731 ZZACCESSION5521 18991231 ZZREFERRER ZZHOSPITAL)
series="$work/input/series"
copy_inputs "$work/input"
chmod -R u+w "$work/input"
dcmodify -nb -i "(0010,0010)=${markers[0]}^TEST" -i "(0010,0020)=${markers[1]}" \
  -i "(0008,0050)=${markers[2]}" -i "(0010,0030)=${markers[3]}" \
  -i "(0008,0090)=${markers[4]}^DOCTOR" -i "(0008,0080)=${markers[5]}" "$series"/* > /dev/null
# A second series of the same patient, and a damaged slice, to reach the listing and warning paths.
mkdir -p "$work/input/two"
cp "$series"/* "$work/input/two/"
cp "$series/2062" "$work/input/two/other"
dcmodify -nb -m "(0020,000e)=1.2.826.0.1.3680043.8.498.99" "$work/input/two/other" > /dev/null
head -c 700 "$series/2392" > "$series/broken.dcm"
# JPEG 2000 with 20 bytes of the codestream overwritten after its main header: GDCM reads the
# header, OpenJPEG fails in the tile data and prints "A marker ID was expected ...".
j2k="$work/input/j2k.dcm"
/usr/bin/python3 - "$(dirname "$0")/../fuzz/corpus/dicom_file/MR_small_jp2klossless.dcm" "$j2k" <<'PY'
import sys
data = bytearray(open(sys.argv[1], "rb").read())
start = data.find(b"\xff\x4f\xff\x51")  # SOC + SIZ
assert start > 0
data[start + 120:start + 140] = b"\x5a" * 20
open(sys.argv[2], "wb").write(data)
PY
dcmodify -nb -i "(0010,0010)=${markers[0]}^TEST" -i "(0010,0020)=${markers[1]}" "$j2k" > /dev/null

out="$work/out" logs="$work/logs"
mkdir -p "$out" "$logs"
step=0
run() {  # run EXPECTED_STATUS ARGS...; keeps stdout and stderr of each command
  local expected=$1 status=0
  shift
  step=$((step + 1))
  "$ctlite" "$@" > "$logs/$step.stdout" 2> "$logs/$step.stderr" || status=$?
  if [ "$expected" = ok ] && [ $status -ne 0 ]; then fail "ctlite $*: $(cat "$logs/$step.stderr")"; fi
  if [ "$expected" = error ] && [ $status -eq 0 ]; then fail "ctlite $* should have failed"; fi
  echo "$*" > "$logs/$step.command"
}
run ok info "$series"
run ok info "$series" --json
run ok info "$work/input/two"                          # two series: info lists them
run ok preprocess "$series" --out "$out/a.safetensors"
run ok preprocess "$series" --compressed --out "$out/b.nii.gz"
run ok compress "$series" --out "$out/stack"
run error preprocess "$work/input/two" --out "$out/c.safetensors"   # which series? lists them
run error preprocess "$work/input/two" --series 9.9.9 --out "$out/c.safetensors"
run error preprocess "$series/broken.dcm" --out "$out/d.safetensors"
run error compress "$series" --out "$out/stack"         # exists already
run error preprocess "$j2k" --out "$out/e.safetensors"  # OpenJPEG fails to decode
j2k_step=$step
[ "$(wc -l < "$logs/$j2k_step.stderr")" -eq 1 ] && grep -q "^ctlite preprocess: .*j2k.dcm: " "$logs/$j2k_step.stderr" \
  || fail "library output on stderr beside our one error line: $(head -5 "$logs/$j2k_step.stderr")"

# The engine: the same inputs scored through `ctlite serve` (what the workstation runs). Its
# stderr (logs) and every reply line (results, progress events, error messages) must be free of
# identifiers too.
source "$(dirname "$0")/lib/engine_fixtures.sh"
make_tiny_bundle "$ctlite" "$work/model"
{
  n=0
  for path in "$series" "$work/input/two" "$series/broken.dcm" "$j2k"; do
    n=$((n + 1))
    printf '{"id": %d, "method": "score", "params": {"path": "%s", "model": "%s", "device": "cpu"}}\n' \
      "$n" "$path" "$work/model"
  done
  echo '{"id": 99, "method": "shutdown"}'
} > "$work/requests.jsonl"
step=$((step + 1))
echo "serve (score of the marked series, the two-series folder, a broken and a JPEG 2000 file)" > "$logs/$step.command"
timeout 300 "$ctlite" serve < "$work/requests.jsonl" > "$logs/$step.stdout" 2> "$logs/$step.stderr" \
  || fail "serve exited with $? ($(cat "$logs/$step.stderr"))"
[ "$(grep -c '"error"' "$logs/$step.stdout")" -eq 3 ] && grep -q '"findings"' "$logs/$step.stdout" \
  || fail "serve did not score the series and refuse the three bad inputs: $(cat "$logs/$step.stdout")"

found=0
for marker in "${markers[@]}"; do
  # info's stdout may show identification on purpose; everything else must not.
  hits=$(grep -lF "$marker" "$logs"/*.stderr $(ls "$logs"/*.stdout | grep -v '/[123]\.stdout$') \
           2> /dev/null || true)
  hits+=$(grep -rlF "$marker" "$out" 2> /dev/null || true)
  if [ -n "$hits" ]; then
    found=1
    for file in $hits; do
      echo "marker $marker in $file (command: $(cat "${file%.*}.command" 2> /dev/null || echo output)):" >&2
      grep -aF "$marker" "$file" | head -3 >&2
    done
  fi
done
[ $found -eq 0 ] || fail "patient identifiers leaked (see above)"
echo "reliability_phi_test: OK (${#markers[@]} identifiers, $step commands including serve, no leak)"
