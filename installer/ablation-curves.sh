#!/usr/bin/env bash
# The FAST ablations (the paper's Fig. 6, small) and the SFP rank sweep of docs/TRAINING.md
# "Ablations and rank sweep", with one command after installer/train-demo-model.sh and
# installer/comparison-table.sh, on the demo's phantoms, its learnt teacher and the held-out
# phantoms of the comparison:
#   `ctlite train fast` once per distillation variant (FAST, naive KD, feature KD, FAST without
#   each term) from the same student start, the same data order and the same teacher →
#   `ctlite-report plot-losses` of the raw final-token MSE (output_mse, logged by every
#   variant) → docs/figures/ablation-curves.png; then the demo's SFP recipe on each variant's
#   student and `ctlite evaluate` on the held-out phantoms → WORK/ablation/variants.md; then
#   (SWEEP=1) `ctlite train sfp --rank r` for r in RANKS on the demo's FAST student, evaluated
#   the same way → WORK/ablation/rank-sweep.md. Both tables are printed too.
#
# Usage: installer/ablation-curves.sh [BUILD_DIR] [WORK_DIR] [FIGURE]
#   BUILD_DIR  holds app/ctlite and app/ctlite-report (build)
#   WORK_DIR   the demo training folder (build/demo-training): its teacher/, fast/, phantoms/,
#              cache/; the runs go to WORK_DIR/ablation/ (reruns reuse finished runs)
#   FIGURE     the PNG to write (docs/figures/ablation-curves.png)
# Overrides: FAST_STEPS (150), SFP_STEPS (300, as the demo), SLICES (32), ACCUMULATION (4, the
# paper's batch), SWEEP (1), RANKS ("1 2 4 8").
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
build="${1:-$root/build}"
demo="${2:-$build/demo-training}"
figure="${3:-$root/docs/figures/ablation-curves.png}"
ctlite="$build/app/ctlite"
report="$build/app/ctlite-report"
work="$demo/ablation"
fast_steps="${FAST_STEPS:-150}" sfp_steps="${SFP_STEPS:-300}" slices="${SLICES:-32}"
accumulation="${ACCUMULATION:-4}"
seed=2026
data="$demo/phantoms" cache="$demo/cache"
source "$here/lib/training-runs.bash"

for binary in "$ctlite" "$report"; do
  [[ -x "$binary" ]] || { echo "no $binary (build the ctlite and ctlite-report targets)" >&2; exit 1; }
done
for need in "$demo/teacher/model/manifest.json" "$demo/fast/model" "$demo/phantoms"; do
  [[ -e "$need" ]] || { echo "missing $need: run installer/train-demo-model.sh first" >&2; exit 1; }
done
[[ -d "$demo/heldout" ]] ||
  { echo "missing $demo/heldout: run installer/comparison-table.sh first" >&2; exit 1; }
mkdir -p "$work"

# The demo's SFP recipe on a FAST student (rank --rank), then its held-out macro AUROC into
# WORK/NAME-heldout.json.
sfp_and_evaluate() {  # sfp_and_evaluate NAME STUDENT RANK
  run_stage sfp "$work/$1" --teacher "$demo/teacher" --student "$2" --rank "$3" \
    --steps "$sfp_steps" --batch-size 8 --lr 1e-3 --prompt-fraction 0.5 --checkpoint-every 1000 \
    > "$work/$1.log"
  [[ -f "$work/$1-heldout.json" ]] ||
    "$ctlite" evaluate --model "$work/$1/model" --data "$demo/heldout" --split train \
      --slices "$slices" --cache "$cache" --out "$work/$1-heldout.json" > /dev/null
}
macro_auroc() {  # macro_auroc REPORT.json -> "0.612 (1003 cases)"
  /usr/bin/python3 - "$1" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
value = report["macro"].get("auroc")
print(f"{'undefined' if value is None else f'{value:.3f}'} ({report['cases']} cases)")
PY
}
last_output_mse() {  # last_output_mse RUN_DIR -> mean output_mse of its last 10 steps
  /usr/bin/python3 - "$1/metrics.csv" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1])))[-10:]
print(f"{sum(float(row['output_mse']) for row in rows) / len(rows):.3f}")
PY
}

# name | label | flags. Same --seed: the same student start and data order in every run.
variants=(
  "fast|FAST|--distillation fast"
  "naive-kd|naive KD|--distillation naive-kd"
  "feature-kd|feature KD|--distillation feature-kd"
  "no-attention|FAST w/o attention|--no-attention-loss"
  "no-feature|FAST w/o feature|--no-feature-loss"
  "no-output|FAST w/o output|--no-output-loss"
)
curves=()
for variant in "${variants[@]}"; do
  IFS='|' read -r name label flags <<< "$variant"
  # shellcheck disable=SC2086  # flags are words
  run_stage fast "$work/fast-$name" --teacher "$demo/teacher" --steps "$fast_steps" \
    --accumulation "$accumulation" --lr 1e-3 --warmup 0 --checkpoint-every 1000 $flags \
    > "$work/fast-$name.log"
  curves+=("$work/fast-$name=$label")
done
mkdir -p "$(dirname "$figure")"
"$report" plot-losses --out "$figure" --column output_mse --log-y --y-label "final-token MSE to the teacher" \
  --title "FAST ablations: demo teacher and phantoms, $fast_steps steps x $accumulation volumes" \
  "${curves[@]}"
stamp "figure written to $figure"

variants_table="$work/variants.md"
{
  echo "| distillation | final-token MSE (mean of the last 10 steps) | held-out macro AUROC after SFP |"
  echo "|---|---|---|"
} > "$variants_table"
for variant in "${variants[@]}"; do
  IFS='|' read -r name label flags <<< "$variant"
  sfp_and_evaluate "sfp-$name" "$work/fast-$name" 4
  mse=$(last_output_mse "$work/fast-$name")
  echo "| $label | $mse | $(macro_auroc "$work/sfp-$name-heldout.json") |" >> "$variants_table"
done
cat "$variants_table"

[[ "${SWEEP:-1}" == 1 ]] || exit 0
table="$work/rank-sweep.md"
{
  echo "| rank r | head parameters | head FLOPs/volume | vs dense head | held-out macro AUROC |"
  echo "|---|---|---|---|---|"
} > "$table"
for rank in ${RANKS:-1 2 4 8}; do
  sfp_and_evaluate "sfp-r$rank" "$demo/fast" "$rank"
  cost=$(/usr/bin/python3 - "$work/sfp-r$rank/run.json" <<'PY'
import json, sys
run = json.load(open(sys.argv[1]))
cost, dense = run["head_cost"], run["dense_head_cost"]
print(f"{cost['parameters']:,} | {cost['flops_per_row']:,} | "
      f"{cost['parameters'] / dense['parameters']:.0%}")
PY
)
  echo "| $rank | $cost | $(macro_auroc "$work/sfp-r$rank-heldout.json") |" >> "$table"
done
cat "$table"
stamp "done"
