#!/usr/bin/env bash
# End-to-end test of `ctlite pacs` against a real Orthanc (Debian package `orthanc`) started on a
# free loopback port with its own configuration: C-ECHO, C-STORE of a CT series and of the
# exported SR, C-FIND of studies and series, C-GET of the study, and the SR arriving intact.
# Usage: bash pacs_test.sh <ctlite> <shared-dir> <build-dir>
set -euo pipefail

ctlite="$1"
shared="$2"
build="$3"
python=/usr/bin/python3
orthanc="$(command -v Orthanc || true)"
if [ -z "$orthanc" ]; then
  echo "SKIP pacs_test: Orthanc is not installed (apt-get install orthanc)"
  exit 0
fi
# Absolute: Orthanc resolves relative paths against its configuration file's folder.
work="$(realpath "$(mktemp -d "${build}/pacs_test.XXXXXX")")"
server_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; [ -f "$work/orthanc.log" ] && tail -20 "$work/orthanc.log" >&2; exit 1; }
source_series="$shared/testdata/dicom/series/CT5N_contiguous"  # 5 CT images, PatientID 98890234

port="$("$python" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
mkdir -p "$work/orthanc-db"
cat > "$work/orthanc.json" <<JSON
{
  "Name": "ctlite-pacs-test",
  "StorageDirectory": "$work/orthanc-db",
  "IndexDirectory": "$work/orthanc-db",
  "HttpServerEnabled": false,
  "DicomServerEnabled": true,
  "DicomAet": "ORTHANC",
  "DicomPort": $port,
  "DicomCheckCalledAet": true,
  "DicomModalities": { "ctlite": ["CTLITE", "127.0.0.1", 1] },
  "DicomAlwaysAllowEcho": true,
  "DicomAlwaysAllowStore": true,
  "RemoteAccessAllowed": false,
  "Plugins": []
}
JSON
"$orthanc" "$work/orthanc.json" > "$work/orthanc.log" 2>&1 &
server_pid=$!
node="ORTHANC@127.0.0.1:$port"

# 1. C-ECHO (retrying while Orthanc starts).
for _ in $(seq 1 50); do
  "$ctlite" pacs echo --node "$node" --timeout 2 > "$work/echo.log" 2> "$work/echo.err" && break
  sleep 0.2
done
grep -q "C-ECHO succeeded" "$work/echo.log" || fail "C-ECHO: $(cat "$work/echo.log")"

# 2. C-STORE the CT series, then export the SR and the encapsulated PDF and store them too.
"$ctlite" pacs store --node "$node" "$source_series" > "$work/store.log" 2> "$work/store.err" \
  || fail "C-STORE: $(cat "$work/store.log")"
grep -q "stored 5 of 5" "$work/store.log" || fail "store summary: $(cat "$work/store.log")"
"$python" "$(dirname "$0")/write_findings_json.py" "$work/findings.json"
"$ctlite" export-sr --findings "$work/findings.json" --source "$source_series" --out "$work/sr.dcm" \
  > /dev/null || fail "export-sr"
"$ctlite" pacs store --node "$node" "$work/sr.dcm" > "$work/store_sr.log" 2> "$work/store_sr.err" \
  || fail "C-STORE of the SR: $(cat "$work/store_sr.log")"

# 3. C-FIND: the study by patient, then its series (CT and SR).
"$ctlite" pacs find --node "$node" --patient-id 98890234 --json > "$work/studies.json" \
  || fail "C-FIND studies"
study="$("$python" - "$work/studies.json" "$source_series" <<'PY'
import glob, json, sys, pydicom
studies = json.load(open(sys.argv[1]))
source = pydicom.dcmread(sorted(glob.glob(sys.argv[2] + "/*"))[0])
assert len(studies) == 1, studies
assert studies[0]["StudyInstanceUID"] == source.StudyInstanceUID, studies
assert studies[0]["PatientID"] == "98890234"
print(studies[0]["StudyInstanceUID"])
PY
)" || fail "C-FIND study result"
"$ctlite" pacs find --node "$node" --study "$study" --json > "$work/series.json" || fail "C-FIND series"
"$python" - "$work/series.json" <<'PY' || fail "C-FIND series result: $(cat "$work/series.json")"
import json, sys
series = json.load(open(sys.argv[1]))
assert sorted(s["Modality"] for s in series) == ["CT", "SR"], series
PY
"$ctlite" pacs find --node "$node" --patient-id NOBODY > "$work/none.log" || fail "empty C-FIND"
grep -q "^0 match(es)" "$work/none.log" || fail "C-FIND of nobody: $(cat "$work/none.log")"

# 4. C-GET the whole study; the SR comes back intact.
"$ctlite" pacs get --node "$node" --study "$study" --out "$work/retrieved" > "$work/get.log" 2> "$work/get.err" \
  || fail "C-GET: $(cat "$work/get.log")"
grep -q "retrieved 6 instance(s)" "$work/get.log" || fail "C-GET summary: $(cat "$work/get.log")"
"$python" - "$work/retrieved" "$work/sr.dcm" "$source_series" <<'PY' || fail "retrieved objects differ"
import glob, sys, pydicom
got = {pydicom.dcmread(f).SOPInstanceUID: pydicom.dcmread(f) for f in glob.glob(sys.argv[1] + "/*.dcm")}
sent = [pydicom.dcmread(sys.argv[2])] + [pydicom.dcmread(f) for f in glob.glob(sys.argv[3] + "/*")]
assert set(got) == {s.SOPInstanceUID for s in sent}, (set(got), [s.SOPInstanceUID for s in sent])
for original in sent:
    back = got[original.SOPInstanceUID]
    for element in original:
        assert back[element.tag].value == element.value, (original.SOPInstanceUID, element.tag)
PY

# 5. Failures: one clear line naming the node or folder, nothing left behind.
"$ctlite" pacs get --node "$node" --study "$study" --out "$work/retrieved" 2> "$work/again.err" \
  && fail "C-GET into an existing folder succeeded"
"$ctlite" pacs get --node "$node" --study 1.2.3.4.5 --out "$work/missing" 2> "$work/missing.err" \
  && fail "C-GET of an unknown study succeeded"
[ ! -e "$work/missing" ] || fail "a failed C-GET left a folder"
grep -q "ORTHANC@127.0.0.1:$port" "$work/missing.err" || fail "unclear C-GET error: $(cat "$work/missing.err")"
"$ctlite" pacs echo --node "WRONG@127.0.0.1:$port" --timeout 2 2> "$work/wrong.err" \
  && fail "Orthanc accepted a wrong called AE title"
grep -q "WRONG@127.0.0.1:$port" "$work/wrong.err" || fail "unclear error: $(cat "$work/wrong.err")"
echo "pacs_test: all checks passed against $("$orthanc" --version | head -1)"
