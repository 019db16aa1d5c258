#!/usr/bin/env bash
# Training and evaluation under faults, with the demo model's tiny configuration
# (installer/demo-model) and a few steps on 4 phantoms:
# - read-only output folder (root: a read-only tmpfs; otherwise chmod): `train` and `evaluate`
#   fail with one line naming the output and create nothing;
# - full disk: no room at all (`ulimit -f 0`, EFBIG) for train and evaluate, and (root) a 1 MiB
#   tmpfs that the first checkpoint cannot fit (ENOSPC): one error line, no `.partial` leftover,
#   no incomplete step-* checkpoint, no evaluation report;
# - kill -9 during training once a checkpoint exists (at several delays): every step-*
#   checkpoint left is complete (each safetensors file's header and size agree, state.json
#   parses), and `--resume` continues from the newest one to the last step; kill -9 during
#   evaluate leaves no report or a complete one.
# usage: bash reliability_training_test.sh <ctlite> <shared-dir> <build-dir>
test_name=reliability_training_test
source "$(dirname "$0")/reliability_common.bash"
demo="$(cd "$(dirname "$0")/../../installer/demo-model" && pwd)"
python=/usr/bin/python3

"$ctlite" synth --count 4 --size small --seed 3 --out "$work/phantoms" > /dev/null
common=(--data "$work/phantoms" --cache "$work/cache" --slices 8 --loader-threads 1 --seed 1)
teacher=(train teacher "${common[@]}" --config "$demo/ctvit.json" --text-config "$demo/bert.json"
         --text-max-length 32 --latent 16 --batch-size 2 --lr 1e-3 --warmup 0)
"$ctlite" "${teacher[@]}" --steps 2 --out "$work/teacher" > /dev/null 2> "$work/stderr" \
  || fail "reference training: $(cat "$work/stderr")"
# The demo CT-ViT has no quantiser (codebook_size 0): the codebook EMA option is refused by name.
"$ctlite" "${teacher[@]}" --steps 1 --out "$work/ema" --codebook-ema > /dev/null 2> "$work/stderr" \
  && fail "--codebook-ema accepted for a CT-ViT without a codebook"
grep -q -- "--codebook-ema needs a CT-ViT with a codebook" "$work/stderr" \
  || fail "unclear --codebook-ema error: $(cat "$work/stderr")"
[ ! -e "$work/ema" ] || fail "a refused run left $work/ema"
evaluate=(evaluate --model "$work/teacher/model" --data "$work/phantoms" --split train --slices 8
          --cache "$work/cache")
faults=0

# Every step-* checkpoint under $1 is complete; no .partial leftovers unless $2 = allow-partial.
checkpoints_complete() {
  "$python" - "$1" "${2:-}" <<'PY' || fail "incomplete checkpoint under $1"
import glob, json, os, struct, sys
root, allow_partial = sys.argv[1], sys.argv[2] == "allow-partial"
partial = [p for p in glob.glob(root + "/**/.*partial*", recursive=True)]
assert allow_partial or not partial, partial
for step in glob.glob(root + "/**/step-*", recursive=True):
    for name in ("model.safetensors", "optimizer.safetensors"):
        path = os.path.join(step, name)
        data = open(path, "rb").read()
        (length,) = struct.unpack("<Q", data[:8])
        header = json.loads(data[8:8 + length])
        end = max([v["data_offsets"][1] for k, v in header.items() if k != "__metadata__"] or [0])
        assert 8 + length + end == len(data), (path, 8 + length + end, len(data))
    json.load(open(os.path.join(step, "state.json")))
PY
}

# 1. Read-only output folder.
locked="$work/locked"
mkdir -p "$locked"
if [ "$(id -u)" -ne 0 ]; then
  chmod a-w "$locked"
elif ! mount_tmpfs "$locked" 1m ro; then
  locked=""
  echo "note: no read-only folder as root without mounting; read-only part skipped"
fi
if [ -n "$locked" ]; then
  "$ctlite" "${teacher[@]}" --steps 2 --out "$locked/teacher" > /dev/null 2> "$work/stderr" \
    && fail "train wrote into a read-only folder"
  single_line_error "$work/stderr" "$locked"
  "$ctlite" "${evaluate[@]}" --out "$locked/eval.json" > /dev/null 2> "$work/stderr" \
    && fail "evaluate wrote into a read-only folder"
  single_line_error "$work/stderr" "$locked/eval.json"
  [ -z "$(ls -A "$locked")" ] || fail "files left in the read-only folder: $(ls -A "$locked")"
  faults=$((faults + 2))
fi

# 2. Full disk.
limited() {  # limited KIB ARGS...: ctlite with a file-size limit; stderr to $work/stderr
  local kib=$1
  shift
  # Through a pipe: a stderr file would be under the same limit and swallow the error line.
  ( ulimit -f "$kib"; trap '' XFSZ; exec "$ctlite" "$@" ) 2>&1 > /dev/null | cat > "$work/stderr"
  return "${PIPESTATUS[0]}"
}
mkdir -p "$work/limited"
limited 0 "${teacher[@]}" --steps 2 --checkpoint-every 1 --out "$work/limited/teacher" \
  && fail "train succeeded without room for any file"
single_line_error "$work/stderr" "$work/limited/teacher"
checkpoints_complete "$work/limited"
[ -z "$(find "$work/limited" -type f)" ] || fail "train left files on a full disk: $(find "$work/limited" -type f)"
limited 0 "${evaluate[@]}" --out "$work/limited/eval.json" && fail "evaluate succeeded without room"
single_line_error "$work/stderr" "$work/limited/eval.json"
[ ! -e "$work/limited/eval.json" ] || fail "evaluate left a report on a full disk"
[ -z "$(find "$work/limited" -name '.*partial*')" ] || fail "temporaries left: $(find "$work/limited" -name '.*')"
faults=$((faults + 2))
tiny="$work/tiny"
if mount_tmpfs "$tiny" 1m; then
  "$ctlite" "${teacher[@]}" --steps 2 --checkpoint-every 1 --out "$tiny/teacher" > /dev/null 2> "$work/progress" \
    && fail "train fit its checkpoints into 1 MiB"
  # train reports its progress on stderr; the rest must be one line naming the checkpoint.
  grep -v -e '^starting training' -e '^step [0-9]' "$work/progress" > "$work/stderr" || true
  single_line_error "$work/stderr" "$tiny/teacher/checkpoints/step-00000001"
  checkpoints_complete "$tiny"
  [ -z "$(find "$tiny" -path '*step-*')" ] || fail "a checkpoint was kept on a full disk"
  faults=$((faults + 1))
fi

# 3. kill -9 during training, then resume.
running() { local state; state=$(awk '{print $3}' "/proc/$1/stat" 2> /dev/null || true); [ -n "$state" ] && [ "$state" != Z ]; }
steps=6 kills=0
for extra in 0 0.3 0.7 1.5; do
  out="$work/killed-$extra"
  "$ctlite" "${teacher[@]}" --steps $steps --checkpoint-every 1 --keep 2 --out "$out" > /dev/null 2>&1 &
  pid=$!
  # Kill once the first checkpoint is complete, plus a delay: mid-step or mid-checkpoint.
  for _ in $(seq 1 600); do
    [ -n "$(find "$out" -maxdepth 3 -name 'step-*' 2> /dev/null)" ] && break
    running $pid || break
    sleep 0.1
  done
  sleep "$extra"
  if running $pid; then
    kill -9 $pid
    kills=$((kills + 1))
  fi
  wait $pid 2> /dev/null || true
  checkpoints_complete "$out" allow-partial
  "$ctlite" "${teacher[@]}" --steps $steps --checkpoint-every 1 --keep 2 --out "$out" --resume > /dev/null \
    2> "$work/stderr" || fail "resume after kill -9 (+$extra s): $(cat "$work/stderr")"
  checkpoints_complete "$out"
  last=$("$python" -c 'import json,sys; print(json.loads(open(sys.argv[1]).readlines()[-1])["step"])' "$out/metrics.jsonl")
  [ "$last" -eq $steps ] || fail "resumed run ended at step $last, not $steps"
  [ -f "$out/model/manifest.json" ] || fail "resumed run wrote no bundle"
done
faults=$((faults + kills))

# 4. kill -9 during evaluate: no report, or a complete one.
for delay in 0.5 1 2; do
  "$ctlite" "${evaluate[@]}" --out "$work/eval-$delay.json" > /dev/null 2>&1 &
  pid=$!
  sleep "$delay"
  running $pid && kill -9 $pid && faults=$((faults + 1))
  wait $pid 2> /dev/null || true
  [ ! -e "$work/eval-$delay.json" ] || "$python" -c 'import json,sys; json.load(open(sys.argv[1]))' "$work/eval-$delay.json" \
    || fail "a killed evaluate left an incomplete report"
done
echo "reliability_training_test: OK ($faults faults injected, $kills training runs killed and resumed)"
