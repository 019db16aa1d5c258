#!/usr/bin/env bash
# The FAST ablation curves (the paper's Fig. 6, small) and the SFP rank sweep of
# docs/TRAINING.md "Ablations and rank sweep", with one command:
#   phantoms (`ctlite synth`) → a short teacher → `ctlite train fast` once per distillation
#   variant (FAST, naive KD, feature KD, FAST without each term) from the same student start,
#   the same data order and the same teacher → `ctlite-report plot-losses` of the raw
#   final-token MSE (output_mse, logged by every variant) → docs/figures/ablation-curves.png;
#   then (SWEEP=1) `ctlite train sfp --rank r` for r in RANKS on the FAST student and
#   `ctlite evaluate` of each → a Markdown table on stdout and in WORK/rank-sweep.md.
# Tiny on purpose (the demo configuration, 1 thread, minutes on 2 cores): the teacher is short
# and near chance, so AUROC differences in the sweep are noise.
#
# Usage: installer/ablation-curves.sh [BUILD_DIR] [WORK_DIR] [FIGURE]
#   BUILD_DIR  holds app/ctlite and app/ctlite-report (build)
#   WORK_DIR   phantoms, cache, runs (BUILD_DIR/ablation); reruns reuse finished runs
#   FIGURE     the PNG to write (docs/figures/ablation-curves.png)
# Overrides: COUNT (24), TEACHER_STEPS (30), FAST_STEPS (60), SFP_STEPS (30), SLICES (32),
# ACCUMULATION (4, the paper's batch), SWEEP (1), RANKS ("1 2 4 8").
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
build="${1:-$root/build}"
work="${2:-$build/ablation}"
figure="${3:-$root/docs/figures/ablation-curves.png}"
ctlite="$build/app/ctlite"
report="$build/app/ctlite-report"
count="${COUNT:-24}" teacher_steps="${TEACHER_STEPS:-30}" fast_steps="${FAST_STEPS:-60}"
sfp_steps="${SFP_STEPS:-30}" slices="${SLICES:-32}" accumulation="${ACCUMULATION:-4}"
seed=2026
export CTLITE_NUM_THREADS="${CTLITE_NUM_THREADS:-1}" OMP_NUM_THREADS="${OMP_NUM_THREADS:-1}"
export OPENBLAS_NUM_THREADS="${OPENBLAS_NUM_THREADS:-1}"

for binary in "$ctlite" "$report"; do
  [[ -x "$binary" ]] || { echo "no $binary (build the ctlite and ctlite-report targets)" >&2; exit 1; }
done
mkdir -p "$work"
start=$(date +%s)
stamp() { echo "[$(( $(date +%s) - start )) s] $*"; }

# A run is skipped when its model folder exists, resumed when it has checkpoints.
train() {
  local stage="$1" out="$work/$2"; shift 2
  if [[ -e "$out/model" ]]; then stamp "$(basename "$out"): done earlier"; return; fi
  local resume=()
  [[ -d "$out/checkpoints" ]] && resume=(--resume)
  stamp "$(basename "$out"): ctlite train $stage $*"
  "$ctlite" train "$stage" --data "$work/phantoms" --out "$out" --cache "$work/cache" \
    --slices "$slices" --seed "$seed" --loader-threads 1 "${resume[@]}" "$@" > "$out.log"
}

if [[ ! -d "$work/phantoms" ]]; then
  stamp "synthesising $count phantoms"
  "$ctlite" synth --count "$count" --seed "$seed" --out "$work/phantoms.tmp" > /dev/null
  mv "$work/phantoms.tmp" "$work/phantoms"
fi

train teacher teacher --config "$here/demo-model/ctvit.json" --text-config "$here/demo-model/bert.json" \
  --text-max-length 96 --latent 64 --steps "$teacher_steps" --batch-size 8 --lr 2e-3 --no-mup \
  --prompt-fraction 0.5 --calibration-split none

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
  train fast "fast-$name" --teacher "$work/teacher" --steps "$fast_steps" \
    --accumulation "$accumulation" --lr 1e-3 --warmup 0 --checkpoint-every 1000 $flags
  curves+=("$work/fast-$name=$label")
done
mkdir -p "$(dirname "$figure")"
"$report" plot-losses --out "$figure" --column output_mse --log-y --y-label "final-token MSE to the teacher" \
  --title "FAST ablations: $count phantoms, demo config, $fast_steps steps x $accumulation volumes" \
  "${curves[@]}"
stamp "figure written to $figure"

[[ "${SWEEP:-1}" == 1 ]] || exit 0
table="$work/rank-sweep.md"
{
  echo "| rank r | head parameters | head FLOPs/volume | vs dense head | macro AUROC valid | macro AUROC train (seen) |"
  echo "|---|---|---|---|---|---|"
} > "$table"
for rank in ${RANKS:-1 2 4 8}; do
  train sfp "sfp-r$rank" --teacher "$work/teacher" --student "$work/fast-fast" --rank "$rank" \
    --steps "$sfp_steps" --batch-size 8 --lr 1e-3 --warmup 0 --prompt-fraction 0.5 --checkpoint-every 1000
  for split in valid train; do
    "$ctlite" evaluate --model "$work/sfp-r$rank/model" --data "$work/phantoms" --split "$split" \
      --slices "$slices" --cache "$work/cache" --json > "$work/sfp-r$rank-$split.json"
  done
  /usr/bin/python3 - "$rank" "$work/sfp-r$rank/run.json" "$work/sfp-r$rank-valid.json" \
    "$work/sfp-r$rank-train.json" >> "$table" <<'PY'
import json, sys
rank, run = sys.argv[1], json.load(open(sys.argv[2]))
cost, dense = run["head_cost"], run["dense_head_cost"]
def auroc(path):
    evaluation = json.load(open(path))
    value = evaluation["macro"].get("auroc")
    return f"{'undefined' if value is None else f'{value:.3f}'} ({evaluation['cases']} cases)"
print(f"| {rank} | {cost['parameters']:,} | {cost['flops_per_row']:,} | "
      f"{cost['parameters'] / dense['parameters']:.0%} | {auroc(sys.argv[3])} | {auroc(sys.argv[4])} |")
PY
done
cat "$table"
stamp "done"
