#!/usr/bin/env bash
# End-to-end: `ctlite serve` speaks docs/ENGINE_PROTOCOL.md — hello, score with progress events,
# cancel of a running and of a queued request, errors with their kinds, a malformed line answered
# with id null while the engine keeps going, shutdown with exit code 0.
# usage: bash serve_test.sh <ctlite> <shared-dir> <build-dir>
source "$(dirname "$0")/lib/test_prologue.bash" "$@"
source "$here/lib/engine_fixtures.sh"

series=$(make_phantom_series "$ctlite" "$work/synth" 6) || fail "synth failed"
make_tiny_bundle "$ctlite" "$work/model"
mkdir "$work/out"

score() {  # score ID PATH MODEL [PCA]
  printf '{"id": %s, "method": "score", "params": {"path": "%s", "model": "%s", "device": "cpu", "pca_out": "%s"}}\n' \
    "$1" "$2" "$3" "${4:-}"
}
# All lines arrive at once: request 2 is running (or about to) when 3 cancels it, 6 is still
# queued behind 4 and 5 when 7 cancels it; everything accepted before shutdown is answered.
{
  echo '{"id": 1, "method": "hello"}'
  score 2 "$series" "$work/model"
  echo '{"id": 3, "method": "cancel", "params": {"target": 2}}'
  score 4 "$series" "$work/model" "$work/out/pca.nii.gz"
  score 5 "$work/missing" "$work/model"
  score 6 "$series" "$work/model"
  echo '{"id": 7, "method": "cancel", "params": {"target": 6}}'
  echo 'this is not json'
  echo '{"id": 8, "method": "frobnicate"}'
  score '"nine"' "$series" "$work/no-such-model"
  echo '{"id": 10, "method": "shutdown"}'
  echo '{"id": 11, "method": "hello"}'
} > "$work/requests.jsonl"

timeout 300 "$ctlite" serve < "$work/requests.jsonl" > "$work/replies.jsonl" 2> "$work/log.txt" \
  || fail "serve exited with $? ($(cat "$work/log.txt"))"

"$python" - "$work/replies.jsonl" "$work/out/pca.nii.gz" <<'PY' || fail "replies do not follow the protocol: $(cat "$work/replies.jsonl")"
import json, os, sys
lines = [json.loads(l) for l in open(sys.argv[1])]  # every line is one JSON object
final = {}
progress = {}
for m in lines:
    if m.get("event") == "progress":
        progress.setdefault(m["id"], []).append(m)
        assert 0.0 <= m["fraction"] <= 1.0 and isinstance(m["stage"], str), m
    else:
        assert m["id"] not in final or m["id"] is None, ("answered twice", m)
        final[m["id"]] = m
hello = final[1]["result"]
assert hello["devices"][0] == "cpu" and isinstance(hello["cuda_available"], bool) and hello["threads"] >= 1, hello
assert final[2]["error"]["kind"] == "cancelled", final[2]
assert final[3]["result"] == {"target": 2, "cancelled": True}, final[3]
score = final[4]["result"]
assert len(score["findings"]) == 18 and score["model"]["id"] == "tiny-ctlite-test", score
assert score["pca"] == sys.argv[2] and os.path.exists(sys.argv[2]), score["pca"]
assert {p["stage"] for p in progress[4]} >= {"load", "preprocess", "encode", "score"}, progress[4]
assert final[5]["error"]["kind"] == "input" and "missing" in final[5]["error"]["message"], final[5]
assert final[6]["error"]["kind"] == "cancelled", final[6]
assert final[7]["result"] == {"target": 6, "cancelled": True}, final[7]
assert final[None]["error"]["kind"] == "input" and "line 8" in final[None]["error"]["message"], final[None]
assert final[8]["error"]["kind"] == "input" and "frobnicate" in final[8]["error"]["message"], final[8]
assert final["nine"]["error"]["kind"] == "model" and "no-such-model" in final["nine"]["error"]["message"], final["nine"]
assert final[10]["result"] == {"shutdown": True}, final[10]
assert 11 not in final, "a request after shutdown was answered"
PY
echo "serve_test: OK"
