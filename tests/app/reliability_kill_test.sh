#!/usr/bin/env bash
# Fault injection: every command that writes (preprocess, compress, synth, ctvit-forward) killed
# with SIGKILL at increasing moments. Whatever the moment, the final output path holds either
# nothing or the complete output (byte-identical to an uninterrupted run); a temporary beside it
# is the only trace.
# usage: bash reliability_kill_test.sh <ctlite> <shared-dir> <build-dir>
test_name=reliability_kill_test
source "$(dirname "$0")/reliability_common.bash"

copy_inputs "$work/input"
mkdir -p "$work/reference" "$work/killed"

# check_killed_runs REFERENCE KIND COMMAND...: runs COMMAND <run>.KIND, killing it after
# increasing delays, until a run finishes before its kill; that one must equal REFERENCE.
killed_runs=0 finished_runs=0
running() {  # a child that exited but was not reaped yet is a zombie (Z), not running
  local state
  state=$(awk '{print $3}' "/proc/$1/stat" 2> /dev/null || true)
  [ -n "$state" ] && [ "$state" != Z ]
}
check_killed_runs() {
  local reference=$1 kind=$2
  shift 2
  local run=0 delay
  for delay in 0.05 0.2 0.5 1 2 4 8 16 32; do
    run=$((run + 1))
    local target="$work/killed/$run.$kind"
    "$ctlite" "$@" "$target" > /dev/null 2>&1 &
    local pid=$!
    sleep "$delay"
    if running "$pid" && kill -9 "$pid" 2> /dev/null; then
      wait "$pid" 2> /dev/null || true
      killed_runs=$((killed_runs + 1))
      if [ -e "$target" ]; then
        # Killed after the rename: it must then be the whole output.
        diff -r "$reference" "$target" > /dev/null ||
          fail "$kind killed after ${delay}s left an incomplete $target"
      fi
    else
      wait "$pid" || fail "ctlite $* $target failed without being killed"
      finished_runs=$((finished_runs + 1))
      diff -r "$reference" "$target" > /dev/null || fail "$kind run $run differs from the reference"
      return
    fi
  done
}

"$ctlite" preprocess "$work/input/series" --out "$work/reference/series.safetensors" > /dev/null
check_killed_runs "$work/reference/series.safetensors" series.safetensors \
  preprocess "$work/input/series" --out
"$ctlite" compress "$work/input/anatomical.nii" --out "$work/reference/stack" > /dev/null
check_killed_runs "$work/reference/stack" stack compress "$work/input/anatomical.nii" --out
synth=(synth --count 2 --size small --formats nifti,jpeg --out)
"$ctlite" "${synth[@]}" "$work/reference/dataset" > /dev/null
check_killed_runs "$work/reference/dataset" dataset "${synth[@]}"
ctvit=(ctvit-forward --config "$work/input/ctvit/tiny_ctvit.json"
       --weights "$work/input/ctvit/tiny_ctvit.safetensors"
       --input "$work/input/ctvit/tiny_ctvit_io.safetensors" --output)
"$ctlite" "${ctvit[@]}" "$work/reference/tokens.safetensors" > /dev/null
check_killed_runs "$work/reference/tokens.safetensors" tokens.safetensors "${ctvit[@]}"

[ "$killed_runs" -ge 2 ] || fail "only $killed_runs runs were killed mid-way: the test proved nothing"
# SIGKILL leaves no chance to clean up: the temporaries stay, named so that nobody takes them
# for an output (*.partial*), never at the final path.
leftovers=$(find "$work/killed" -mindepth 1 -maxdepth 1 -name '*partial*' | wc -l)
stray=$(find "$work/killed" -mindepth 1 -maxdepth 1 ! -name '*partial*' \
          ! -name '*.series.safetensors' ! -name '*.stack' ! -name '*.dataset' \
          ! -name '*.tokens.safetensors' | wc -l)
[ "$stray" -eq 0 ] || fail "unexpected files after the kills: $(ls -a "$work/killed")"
echo "reliability_kill_test: OK ($killed_runs runs killed, $finished_runs finished, $leftovers temporaries left by SIGKILL)"
