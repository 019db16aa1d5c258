#!/usr/bin/env bash
# Long libFuzzer runs of every fuzz target (or the named ones), one after the other, with the
# project's resource limits; prints one Markdown table row per target for docs/RELIABILITY.md.
#
# usage: tests/fuzz/run_fuzzers.sh BUILD_FUZZ_DIR [SECONDS_PER_TARGET=180] [TARGET...]
#   cmake --preset fuzz && cmake --build --preset fuzz && tests/fuzz/run_fuzzers.sh build-fuzz 300
#
# New corpus entries go to BUILD_FUZZ_DIR/tests/fuzz/found/<target>/ and crashes, timeouts and
# out-of-memory inputs to BUILD_FUZZ_DIR/tests/fuzz/artifacts/<target>/ (the checked-in seeds
# are only read). Exit status 1 when any target found something.
set -uo pipefail
build=$(cd "$1" && pwd) seconds=${2:-180}
shift $(( $# >= 2 ? 2 : 1 ))
source_dir=$(cd "$(dirname "$0")" && pwd)
fuzz_bin="$build/tests/fuzz"
if [ $# -gt 0 ]; then
  targets=("$@")
else
  targets=()
  for binary in "$fuzz_bin"/*_fuzzer; do targets+=("$(basename "$binary" _fuzzer)"); done
fi

# Leaks are checked, except the third-party ones listed (and explained) in the suppressions.
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$source_dir/lsan_suppressions.txt}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

status=0
echo "| target | wall s | CPU s | executions | exec/CPU s | corpus (seeds + found) | peak RSS MB | result |"
echo "|---|---|---|---|---|---|---|---|"
for target in "${targets[@]}"; do
  found="$fuzz_bin/found/$target" artifacts="$fuzz_bin/artifacts/$target"
  log="$fuzz_bin/logs/$target.log"
  mkdir -p "$found" "$artifacts" "$(dirname "$log")"
  dictionary=()
  [ -f "$source_dir/dictionaries/$target.dict" ] && dictionary=(-dict="$source_dir/dictionaries/$target.dict")
  # CPU seconds as well as wall time: on a shared machine the wall-clock exec/s that libFuzzer
  # prints understates the target's speed.
  /usr/bin/time -o "$log.cpu" -f "%U %S" "$fuzz_bin/${target}_fuzzer" -max_total_time="$seconds" \
      -rss_limit_mb=2048 -malloc_limit_mb=2048 -timeout=20 -print_final_stats=1 \
      -artifact_prefix="$artifacts/" "${dictionary[@]}" "$found" "$source_dir/corpus/$target" \
      > "$log" 2>&1
  rc=$?
  cpu=$(tail -1 "$log.cpu" | awk '{printf "%.0f", $1 + $2}')
  stat() { grep -m1 "^stat::$1:" "$log" | awk '{print $2}'; }
  seeds=$(find "$source_dir/corpus/$target" -type f | wc -l)
  new=$(find "$found" -type f | wc -l)
  result="clean"
  if [ $rc -ne 0 ]; then
    status=1
    result="FOUND: $(grep -m1 -oE 'ERROR: [A-Za-z]+: [a-z-]+|ERROR: libFuzzer: [a-z-]+|runtime error: .*|fuzz invariant violated: .*' "$log" | head -c 120) ($(ls "$artifacts" | head -1))"
  fi
  executions=$(stat number_of_executed_units)
  rate=$(awk -v n="${executions:-0}" -v c="$cpu" 'BEGIN {printf "%.0f", (c > 0 ? n / c : 0)}')
  echo "| $target | $seconds | $cpu | $executions | $rate | $seeds + $new | $(stat peak_rss_mb) | $result |"
done
exit $status
