#!/usr/bin/env bash
# End-to-end test of the model library: `ctlite evaluate --out` (with its embeddings and t-SNE
# blocks, and --embeddings as CSV), then `ctlite models register` of the evaluated bundle with
# its lineage; the registered copy must still load in the engine (its strict manifest schema
# and SHA-256 checks) for `ctlite evaluate` and `ctlite score`, carry the lineage, metrics and
# thresholds, and a failed registration must leave nothing in the library.
# Usage: bash model_library_test.sh <ctlite> <shared-dir> <build-dir>
set -euo pipefail

ctlite="$1"
build="$3"
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/lib/engine_fixtures.sh"
work="$(mktemp -d "${build}/model_library_test.XXXXXX")"
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
export CTLITE_NUM_THREADS=1 OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1

make_tiny_bundle "$ctlite" "$work/tiny" || fail "bundle-init failed"
"$ctlite" synth --count 10 --seed 4 --out "$work/phantoms" > /dev/null
evaluate=("$ctlite" evaluate --model "$work/tiny" --data "$work/phantoms" --split train --slices 20)

"${evaluate[@]}" --out "$work/report.json" --embeddings "$work/embeddings.csv" --tsne-iterations 300 --seed 5 \
  > "$work/evaluate.txt" || fail "evaluate failed"
/usr/bin/python3 - "$work/report.json" "$work/embeddings.csv" <<'PY' || fail "evaluation report blocks"
import csv, json, sys
r = json.load(open(sys.argv[1]))
cases, findings = r["cases"], len(r["findings"])
e, t = r["embeddings"], r["tsne"]
assert e["latent_size"] == 16 and len(e["cases"]) == cases and len(e["prompts"]) == 2 * findings, e.keys()
assert all(len(c["visual"]) == 16 and len(c["labels"]) == findings for c in e["cases"])
# Unit latents: the CLIP space the scores are cosine similarities in.
for row in [c["visual"] for c in e["cases"]] + [p["embedding"] for p in e["prompts"]]:
    assert abs(sum(v * v for v in row) - 1.0) < 1e-4
assert e["prompts"][0]["polarity"] == "present" and e["prompts"][1]["polarity"] == "absent"
assert e["prompts"][0]["text"].endswith("is present.") and e["prompts"][1]["text"].endswith("is not present.")
assert len(t["cases"]) == cases and len(t["prompts"]) == 2 * findings and t["iterations"] == 300
assert 0.0 <= t["trustworthiness"] <= 1.0 and t["neighbours"] == 5, t["trustworthiness"]
rows = list(csv.reader(open(sys.argv[2])))
assert rows[0][:7] == ["kind", "id", "finding", "polarity", "labels", "tsne_x", "tsne_y"] and len(rows[0]) == 7 + 16
assert len(rows) == 1 + cases + 2 * findings
assert [r[0] for r in rows[1:]].count("prompt") == 2 * findings
assert abs(float(rows[1][5]) - t["cases"][0]["x"]) < 1e-5
PY
# The map is deterministic by seed.
"${evaluate[@]}" --embeddings "$work/again.json" --tsne-iterations 300 --seed 5 > /dev/null
/usr/bin/python3 -c 'import json,sys; a=json.load(open(sys.argv[1]))["tsne"]; b=json.load(open(sys.argv[2]))["tsne"]; sys.exit(a != b)' \
  "$work/report.json" "$work/again.json" || fail "the same seed gave a different t-SNE map"

# Register the evaluated bundle with its lineage.
library="$work/library"
registered=$("$ctlite" models register "$work/tiny" --library "$library" --evaluation "$work/report.json" \
  --teacher "$work/teacher" --stages fast,sfp --data "$work/phantoms" --data-description "10 phantoms, seed 4") \
  || fail "register failed"
[[ "$registered" == "$library/tiny-ctlite-test-0.0.1" ]] || fail "registered at $registered"
"$ctlite" models list --library "$library" | grep -q "^tiny-ctlite-test-0.0.1	.*	registered	" \
  || fail "models list: $("$ctlite" models list --library "$library")"
/usr/bin/python3 - "$registered/manifest.json" "$work/report.json" <<'PY' || fail "registered manifest"
import json, sys
m, r = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
p = m["provenance"]
assert p["stages"] == ["fast", "sfp"] and p["teacher"].endswith("/teacher") and p["data"].endswith("/phantoms"), p
assert p["evaluation"]["report"].endswith("report.json") and p["evaluation"]["cases"] == r["cases"], p
assert m["training_data"]["description"] == "10 phantoms, seed 4"
for f in r["findings"]:
    assert m["metrics"][f["finding"]]["weighted_f1"] == f["weighted_f1"]
assert m["metrics"]["macro"]["accuracy"] == r["macro"]["accuracy"]
assert [t["threshold"] for t in m["thresholds"]["findings"]] == [f["threshold"] for f in r["findings"]]
PY
# The copy is a valid bundle for the engine: strict schema, SHA-256 of every file.
"$ctlite" evaluate --model "$registered" --data "$work/phantoms" --split train --slices 20 --limit 2 --json \
  > "$work/registered.json" || fail "the engine refused the registered bundle"
series=$(make_phantom_series "$ctlite" "$work/series" 9) || fail "synth series"
"$ctlite" score "$series" --model "$registered" --json > "$work/score.json" || fail "score with the registered bundle failed"
grep -q '"findings"' "$work/score.json" || fail "score printed no findings"

# A registration that fails (a listed file truncated) leaves nothing in the library.
cp -r "$work/tiny" "$work/broken"
truncate -s 10 "$work/broken/vocab.txt"
if "$ctlite" models register "$work/broken" --library "$library" 2> "$work/broken.err"; then
  fail "a truncated bundle was registered"
fi
grep -q "vocab.txt" "$work/broken.err" || fail "the error does not name the file: $(cat "$work/broken.err")"
[[ "$(ls -A "$library")" == "tiny-ctlite-test-0.0.1" ]] || fail "library holds: $(ls -A "$library")"
echo "model library: registered, listed and loaded by the engine"
