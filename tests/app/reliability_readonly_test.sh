#!/usr/bin/env bash
# Data safety: every command that reads a DICOM series, a NIfTI or model files leaves its input folder exactly
# as it was (same files, bytes and modes, nothing added) and refuses to write into it.
# usage: bash reliability_readonly_test.sh <ctlite> <shared-dir> <build-dir>
test_name=reliability_readonly_test
source "$(dirname "$0")/reliability_common.bash"

input="$work/input" out="$work/out"
copy_inputs "$input"
mkdir -p "$out"
chmod -R a-w "$input"
before=$(tree_fingerprint "$input")

run() { "$ctlite" "$@" > "$work/stdout" 2> "$work/stderr" || fail "ctlite $*: $(cat "$work/stderr")"; }
run_writing() {
  local output=$1
  shift
  run "$@"
  [ -e "$output" ] || fail "ctlite $* did not write $output"
}
run info "$input/series"
run info "$input/series" --json
run info "$input/series/2062"
run info "$input/anatomical.nii"
for_each_writing_command run_writing "$input" "$out"
run compress "$input/series" --out "$out/series_stack"
run preprocess "$out/series_stack" --compressed --out "$out/from_stack.safetensors"

# Outputs aimed into the input must be refused (as root the permission bits would not stop
# them), and must not leave anything behind there either.
refuse() {
  if "$ctlite" "$@" > /dev/null 2> "$work/stderr"; then fail "ctlite $* wrote into its input"; fi
}
refuse preprocess "$input/series" --out "$input/series/out.safetensors"
refuse preprocess "$input/series" --out "$input/series/2062"
refuse preprocess "$input/anatomical.nii" --out "$input/anatomical.nii"
refuse compress "$input/series" --out "$input/series/stack"
refuse ctvit-forward --config "$input/ctvit/tiny_ctvit.json" \
  --weights "$input/ctvit/tiny_ctvit.safetensors" --input "$input/ctvit/tiny_ctvit_io.safetensors" \
  --output "$input/ctvit/tiny_ctvit_io.safetensors"

after=$(tree_fingerprint "$input")
[ "$before" = "$after" ] || fail "the input changed: $(diff <(echo "$before") <(echo "$after"))"
echo "reliability_readonly_test: OK ($(echo "$before" | grep -c ' f ') input files unchanged)"
