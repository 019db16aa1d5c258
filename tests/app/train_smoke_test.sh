#!/usr/bin/env bash
# Smoke test of the training pipeline on tiny phantoms with tiny towers: teacher (SigLIP),
# fast (FAST distillation) and sfp (SFP head) each run a few steps, their losses must fall, the
# last stage must leave a valid bundle that `ctlite evaluate` reads, and an interrupted run must
# resume from its checkpoint. The full reproduction is installer/train-demo-model.sh.
# Usage: bash train_smoke_test.sh <ctlite> <shared-dir> <build-dir>
source "$(dirname "$0")/lib/test_prologue.bash" "$@"

source "$here/lib/tiny_training_configs.sh"
write_tiny_training_configs "$work"

"$ctlite" synth --count 8 --seed 3 --out "$work/phantoms" > /dev/null
common=(--data "$work/phantoms" --cache "$work/cache" --slices 8 --loader-threads 1 --seed 1)

# First and last logged loss of a run.
losses() { python3 -c '
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
print(rows[0]["loss"], rows[-1]["loss"])' "$1/metrics.jsonl"; }
check_falls() {
  read -r first last < <(losses "$1")
  python3 -c "import sys; f, l = float('$first'), float('$last'); sys.exit(0 if l < f else 1)" \
    || fail "$2 loss did not fall ($first -> $last)"
  echo "$2: loss $first -> $last"
}

"$ctlite" train teacher "${common[@]}" --out "$work/teacher" --config "$work/ctvit.json" \
  --text-config "$work/bert.json" --text-max-length 32 --latent 16 --steps 8 --batch-size 4 \
  --lr 3e-3 --warmup 0 --checkpoint-every 4 --events > "$work/teacher-events.jsonl"
check_falls "$work/teacher" teacher
grep -q '"event":"step"' "$work/teacher-events.jsonl" || fail "no JSON step events on stdout"
[[ -f "$work/teacher/model/manifest.json" ]] || fail "teacher wrote no bundle"

# fast, interrupted after 3 updates and resumed: the run must continue, not restart.
fast=("${common[@]}" --out "$work/fast" --teacher "$work/teacher" --steps 6 --accumulation 2 \
  --lr 3e-3 --warmup 0 --checkpoint-every 3)
"$ctlite" train fast "${fast[@]}" --stop-after 3 > /dev/null
[[ ! -e "$work/fast/model" ]] || fail "a stopped run exported a model"
"$ctlite" train fast "${fast[@]}" --resume > /dev/null
[[ "$(wc -l < "$work/fast/metrics.jsonl")" -eq 6 ]] || fail "resume did not continue at step 4"
check_falls "$work/fast" fast

sfp=("${common[@]}" --teacher "$work/teacher" --student "$work/fast" --rank 2 --steps 6
  --batch-size 4 --lr 3e-3 --warmup 0 --prompt-fraction 0.5)
"$ctlite" train sfp "${sfp[@]}" --out "$work/sfp" > /dev/null
check_falls "$work/sfp" sfp
# The same command gives the same run: weights and drawn prompts come from --seed alone.
"$ctlite" train sfp "${sfp[@]}" --out "$work/sfp-again" --calibration-split none > /dev/null
python3 - "$work/sfp/metrics.jsonl" "$work/sfp-again/metrics.jsonl" <<'PY' || fail "two runs of one sfp command differ"
import json, sys
first, again = ([json.loads(line)["loss"] for line in open(path)] for path in sys.argv[1:])
assert first == again, (first, again)
PY
python3 - "$work/sfp/model/manifest.json" <<'PY' || fail "sfp bundle manifest"
import json, sys
m = json.load(open(sys.argv[1]))
assert m["synthetic_training"] is True, "synthetic_training"
assert "Not for clinical use" in m["notice"], "notice"
assert m["model"]["head"]["type"] == "sfp", "head type"
assert len(m["thresholds"]["findings"]) == 18, "thresholds"
assert "macro" in m["metrics"], "metrics"
PY

"$ctlite" evaluate --model "$work/sfp/model" --data "$work/phantoms" --split train --slices 8 \
  --cache "$work/cache" --out "$work/eval.json" --json > "$work/eval-stdout.json"
python3 - "$work/eval.json" <<'PY' || fail "evaluation report"
import json, sys
r = json.load(open(sys.argv[1]))
assert len(r["findings"]) == 18 and r["cases"] > 0
assert all("confusion" in f and "weighted_f1" in f for f in r["findings"])
assert any("roc" in f for f in r["findings"]), "ROC points"
PY
echo "train smoke: all checks passed"
