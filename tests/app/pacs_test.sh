#!/usr/bin/env bash
# End-to-end test of `ctlite pacs` against a real Orthanc (Debian package `orthanc`) started on a
# free loopback port with its own configuration: C-ECHO, C-STORE of a CT series and of the
# exported SR, C-FIND of studies and series, C-GET and C-MOVE of the study, the SR arriving
# intact, saved nodes (`ctlite pacs nodes`, `--node NAME`) and no DCMTK chatter on stderr.
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

free_port() {
  "$python" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
port="$(free_port)"
move_port="$(free_port)"  # where our C-MOVE receiver listens; Orthanc knows it as CTLITE
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
  "DicomModalities": { "ctlite": ["CTLITE", "127.0.0.1", $move_port] },
  "DicomAlwaysAllowEcho": true,
  "DicomAlwaysAllowStore": true,
  "RemoteAccessAllowed": false,
  "Plugins": []
}
JSON
"$orthanc" "$work/orthanc.json" > "$work/orthanc.log" 2>&1 &
server_pid=$!
node="ORTHANC@127.0.0.1:$port"
export CTLITE_PACS_NODES="$work/nodes/pacs-nodes.json"  # never the user's own list

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
# DCMTK's network logger is set to warnings: a successful C-STORE prints nothing on stderr.
[ ! -s "$work/store.err" ] || fail "stderr chatter during C-STORE: $(head -3 "$work/store.err")"
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

# 5. C-MOVE of the study to ourselves, through a saved node (with its calling AE title).
"$ctlite" pacs nodes add "Test PACS" "$node" --calling-ae CTLITE > "$work/nodes_add.log" || fail "nodes add"
"$ctlite" pacs nodes add "Spare" "SPARE@127.0.0.1:1" > /dev/null || fail "nodes add"
"$ctlite" pacs nodes remove "Spare" > /dev/null || fail "nodes remove"
"$ctlite" pacs nodes list > "$work/nodes.log" || fail "nodes list"
grep -q "^Test PACS	$node	calling AE CTLITE" "$work/nodes.log" || fail "nodes list: $(cat "$work/nodes.log")"
grep -q "^1 node(s)" "$work/nodes.log" || fail "nodes list count: $(cat "$work/nodes.log")"
"$ctlite" pacs echo --node "Test PACS" > /dev/null 2> "$work/named.err" || fail "C-ECHO by name: $(cat "$work/named.err")"
"$ctlite" pacs nodes add "bad" "TOO_LONG_AE_TITLE_X@h:1" 2> "$work/bad_node.err" && fail "an invalid node was saved"
"$ctlite" pacs echo --node "Nobody" 2> "$work/nobody.err" && fail "an unknown node name was accepted"
grep -q "pacs-nodes.json: no PACS node named 'Nobody'" "$work/nobody.err" || fail "unclear: $(cat "$work/nobody.err")"
"$ctlite" pacs move --node "Test PACS" --study "$study" --port "$move_port" --out "$work/moved" \
  > "$work/move.log" 2> "$work/move.err" || fail "C-MOVE: $(cat "$work/move.log" "$work/move.err")"
grep -q "retrieved 6 instance(s) by C-MOVE" "$work/move.log" || fail "C-MOVE summary: $(cat "$work/move.log")"
[ ! -s "$work/move.err" ] || fail "stderr chatter during C-MOVE: $(head -3 "$work/move.err")"
"$python" - "$work/moved" "$work/retrieved" <<'PY' || fail "C-MOVE and C-GET disagree"
import glob, os, sys, pydicom
moved = {os.path.basename(f): pydicom.dcmread(f) for f in glob.glob(sys.argv[1] + "/*.dcm")}
got = {os.path.basename(f): pydicom.dcmread(f) for f in glob.glob(sys.argv[2] + "/*.dcm")}
assert set(moved) == set(got), (set(moved), set(got))
for name, dataset in got.items():
    assert moved[name] == dataset, name
PY
"$ctlite" pacs move --node "$node" --study 1.2.3.4.5 --port "$move_port" --out "$work/moved_missing" \
  2> "$work/move_missing.err" && fail "C-MOVE of an unknown study succeeded"
[ ! -e "$work/moved_missing" ] || fail "a failed C-MOVE left a folder"

# 6. Failures: one clear line naming the node or folder, nothing left behind.
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
