#!/usr/bin/env bash
# Full disk: every command that writes must, when its output no longer fits, exit non-zero with
# one line naming the output and leave nothing at the output path (no partial file, no
# temporary). Two ways to run out of room:
#  - a 16 KiB tmpfs (ENOSPC after the first slices or header bytes; the smallest output, the
#    ctvit-forward tokens, takes 36 KiB), where mounting is permitted (root);
#  - everywhere: a zero file-size limit (ulimit -f 0, SIGXFSZ ignored so that the first write fails
#    with EFBIG like a full quota instead of killing the process).
# usage: bash reliability_disk_full_test.sh <ctlite> <shared-dir> <build-dir>
test_name=reliability_disk_full_test
source "$(dirname "$0")/reliability_common.bash"

copy_inputs "$work/input"
limit_kib=unlimited failures=0

# Runs ctlite under the file-size limit, its stderr saved through a pipe (the limit would stop
# a write to the stderr file itself); returns ctlite's status.
ctlite_limited() {
  (
    ulimit -f "$limit_kib"
    trap '' XFSZ
    exec "$ctlite" "$@"
  ) 2>&1 > /dev/null | cat > "$work/stderr"
  return "${PIPESTATUS[0]}"
}

expect_clean_failure() {
  local output=$1
  shift
  if ctlite_limited "$@"; then
    fail "ctlite $* succeeded without room for its output"
  fi
  single_line_error "$work/stderr" "$output"
  local left
  left=$(cd "$(dirname "$output")" && find . -mindepth 1 | sort)
  [ -z "$left" ] || fail "ctlite $* left behind: $left"
  failures=$((failures + 1))
}

tiny="$work/tiny"
if mount_tmpfs "$tiny" 16k; then
  for_each_writing_command expect_clean_failure "$work/input" "$tiny"
else
  echo "note: mounting a tmpfs is not permitted here; only the file-size limit is tested"
fi

limit_kib=0
mkdir -p "$work/limited"
for_each_writing_command expect_clean_failure "$work/input" "$work/limited"
echo "reliability_disk_full_test: OK ($failures full-disk failures, all clean)"
