#!/usr/bin/env bash
# The Table II comparison of docs/TRAINING.md, with one command after installer/train-demo-model.sh:
#   held-out phantoms (`ctlite synth`, another seed: patients never seen in training) →
#   the naive baseline (`ctlite train naive`: the demo teacher fine-tuned as a whole on the
#   lung-window JPEG-Q90 input, as many updates as the FAST stage) → `ctlite evaluate` of the
#   teacher (uncompressed input: the ceiling), the naive baseline and the CT-Lite bundle (JPEG
#   input) → a Markdown table on stdout and in WORK/comparison.md, with each report in WORK/eval/.
#
# Usage: installer/comparison-table.sh [CTLITE] [WORK_DIR] [MODEL]
#   CTLITE    the ctlite binary (build/app/ctlite)
#   WORK_DIR  the demo training folder (build/demo-training): its teacher/, phantoms/, cache/
#   MODEL     the CT-Lite bundle to compare (models/ctlite-demo)
# Overrides: HELDOUT_COUNT (1250: 1000 cases in its train split; on 200 the same models scored
# up to 0.025 macro AUROC away from their 1000-case figures), HELDOUT_SEED (7), NAIVE_STEPS
# (FAST_STEPS of the demo, 300), SLICES (32).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
ctlite="${1:-$root/build/app/ctlite}"
work="${2:-$root/build/demo-training}"
model="${3:-$root/models/ctlite-demo}"
heldout_count="${HELDOUT_COUNT:-1250}" heldout_seed="${HELDOUT_SEED:-7}"
naive_steps="${NAIVE_STEPS:-300}" slices="${SLICES:-32}"
seed=2026
data="$work/phantoms" cache="$work/cache"
source "$here/lib/training-runs.bash"

[[ -x "$ctlite" ]] || { echo "no ctlite binary at $ctlite (build the ctlite target first)" >&2; exit 1; }
for need in "$work/teacher/model/manifest.json" "$model/manifest.json"; do
  [[ -f "$need" ]] || { echo "missing $need: run installer/train-demo-model.sh first" >&2; exit 1; }
done

heldout="$work/heldout"
if [[ ! -d "$heldout" ]]; then
  stamp "synthesising $heldout_count held-out phantoms (seed $heldout_seed)"
  "$ctlite" synth --count "$heldout_count" --seed "$heldout_seed" --out "$heldout.tmp" > /dev/null
  mv "$heldout.tmp" "$heldout"
fi

# The naive baseline: the recipe of the demo's sfp stage (batch, LR, prompts), but every
# weight of the teacher trains on the JPEG input.
run_stage naive "$work/naive" --teacher "$work/teacher" --steps "$naive_steps" --batch-size 8 \
  --lr 1e-3 --no-mup --prompt-fraction 0.5 --checkpoint-every 50 --bundle-id ctlite-demo-naive \
  --bundle-name "CT-Lite demo naive JPEG fine-tune" > "$work/naive.log"

mkdir -p "$work/eval"
# The held-out set's train split (its larger part; none of its patients was seen in training).
evaluate() {  # evaluate NAME BUNDLE
  [[ -f "$work/eval/$1.json" ]] && return
  stamp "evaluating $1 on the held-out phantoms"
  "$ctlite" evaluate --model "$2" --data "$heldout" --split train --slices "$slices" \
    --cache "$cache" --out "$work/eval/$1.json" > /dev/null
}
evaluate teacher "$work/teacher/model"
evaluate naive "$work/naive/model"
evaluate ctlite "$model"

/usr/bin/python3 - "$work/eval" "$heldout_count" "$heldout_seed" <<'PY' | tee "$work/comparison.md"
import json, sys

folder, count, seed = sys.argv[1:4]
rows = [("teacher", "teacher: CT-ViT + dense head", "uncompressed HU"),
        ("naive", "naive: teacher fine-tuned as a whole on JPEG", "lung window, JPEG Q90"),
        ("ctlite", "CT-Lite: FAST student + SFP head (ours)", "lung window, JPEG Q90")]
print(f"Held-out: `ctlite synth --count {count} --seed {seed}`, split train; zero-shot scoring,\n"
      "thresholds calibrated on the training phantoms' valid split.\n")
print("| model | input | macro AUROC | macro weighted F1 | macro accuracy | cases |")
print("|---|---|---|---|---|---|")
macro = {}
for name, label, source in rows:
    report = json.load(open(f"{folder}/{name}.json"))
    m = report["macro"]
    macro[name] = m["auroc"]
    print(f"| {label} | {source} | {m['auroc']:.3f} | {m['weighted_f1']:.3f} | {m['accuracy']:.3f} | {report['cases']} |")
print(f"\nCT-Lite − teacher: {macro['ctlite'] - macro['teacher']:+.3f} (goal ≥ −0.03); "
      f"CT-Lite − naive: {macro['ctlite'] - macro['naive']:+.3f} (goal ≥ +0.05)")
PY
stamp "table written to $work/comparison.md"
