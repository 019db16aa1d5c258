#!/usr/bin/env bash
# Trains the bundled demo model models/ctlite-demo/ from scratch with one command:
#   synthetic phantoms (`ctlite synth`) → text (the text tower learns the reports' labels and the
#   prompt pairs: our stand-in for CXR-BERT) → teacher (SigLIP with that text tower locked,
#   uncompressed) → fast (FAST
#   distillation onto the lung-window JPEG-Q90 input) → sfp (SFP head, rank 4) → bundle with
#   Youden thresholds and validation metrics.
# It is a DEMO: a tiny configuration (installer/demo-model/*.json) trained on synthetic phantoms,
# not for clinical use, and its manifest says so.
#
# Usage: installer/train-demo-model.sh [CTLITE] [WORK_DIR] [DEST]
#   CTLITE    the ctlite binary (build/app/ctlite)
#   WORK_DIR  phantoms, caches and stage outputs (build/demo-training); reruns resume there
#   DEST      the bundle folder to create (models/ctlite-demo; must not exist)
# Sizes can be overridden for quicker or longer runs: COUNT (phantoms), TEXT_STEPS,
# TEACHER_STEPS, FAST_STEPS, SFP_STEPS, SLICES. installer/comparison-table.sh then compares the
# result with its teacher and the naive JPEG baseline on held-out phantoms.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
ctlite="${1:-$root/build/app/ctlite}"
work="${2:-$root/build/demo-training}"
dest="${3:-$root/models/ctlite-demo}"
count="${COUNT:-1000}"
text_steps="${TEXT_STEPS:-600}"
teacher_steps="${TEACHER_STEPS:-600}"
fast_steps="${FAST_STEPS:-300}"
sfp_steps="${SFP_STEPS:-300}"
slices="${SLICES:-32}"
seed=2026
data="$work/phantoms" cache="$work/cache"
source "$here/lib/training-runs.bash"

[[ -x "$ctlite" ]] || { echo "no ctlite binary at $ctlite (build the ctlite target first)" >&2; exit 1; }
[[ ! -e "$dest" ]] || { echo "$dest already exists; remove it to retrain" >&2; exit 1; }
mkdir -p "$work"

if [[ ! -d "$data" ]]; then
  stamp "synthesising $count phantoms"
  "$ctlite" synth --count "$count" --seed "$seed" --out "$data.tmp" > /dev/null
  mv "$data.tmp" "$data"
fi

description="ctlite synth --count $count --seed $seed (small phantoms, CT-RATE layout, 18 labels)"
bundle=(--data-description "$description" --bundle-version "0.1.0")

# With no CXR-BERT weights the text tower first learns to tell the findings apart; a SigLIP
# teacher with two cold towers stays at chance (docs/TRAINING.md). The teacher then trains its
# image side against that text tower, locked (LiT-style), without μP (that is the SFP stage's
# eq. 19; CT-CLIP pre-trains plainly).
run_stage text "$work/text" --text-config "$here/demo-model/bert.json" --text-max-length 96 --latent 64 \
  --steps "$text_steps" --batch-size 16 --lr 2e-3 --no-mup --checkpoint-every 200
run_stage teacher "$work/teacher" --config "$here/demo-model/ctvit.json" --text-init "$work/text" --freeze-text \
  --steps "$teacher_steps" --batch-size 8 --lr 2e-3 --no-mup --prompt-fraction 0.5 \
  --checkpoint-every 200 --bundle-id ctlite-demo-teacher \
  --bundle-name "CT-Lite demo teacher (uncompressed input)" "${bundle[@]}"
run_stage fast "$work/fast" --teacher "$work/teacher" --steps "$fast_steps" --accumulation 4 --lr 1e-3 \
  --checkpoint-every 50
run_stage sfp "$work/sfp" --teacher "$work/teacher" --student "$work/fast" --rank 4 --steps "$sfp_steps" \
  --batch-size 8 --lr 1e-3 --prompt-fraction 0.5 --checkpoint-every 50 --bundle-id ctlite-demo \
  --bundle-name "CT-Lite demo (synthetic phantoms)" "${bundle[@]}"

# Copy under a temporary name, then rename: DEST appears complete or not at all.
mkdir -p "$(dirname "$dest")"
rm -rf "$dest.tmp"
cp -r "$work/sfp/model" "$dest.tmp"
mv "$dest.tmp" "$dest"
stamp "demo model written to $dest"
echo "wall time: $(( $(date +%s) - start )) s"
