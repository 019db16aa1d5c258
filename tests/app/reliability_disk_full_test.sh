#!/usr/bin/env bash
# Full disk: every command that writes must, when its output no longer fits, exit non-zero with
# one line naming the output and leave nothing at the output path (no partial file, no
# temporary). Two ways to run out of room:
#  - a 1 MiB tmpfs, empty and then with all but 16 KiB taken by a filler file (ENOSPC after the
#    first slices or header bytes), where mounting is permitted (root);
#  - everywhere: a 16 KiB file-size limit (ulimit -f, SIGXFSZ ignored so that write() fails
#    with EFBIG like a full quota instead of killing the process).
# usage: bash reliability_disk_full_test.sh <ctlite> <shared-dir> <build-dir>
test_name=reliability_disk_full_test
source "$(dirname "$0")/reliability_common.bash"

copy_inputs "$work/input"
limit_kib=unlimited failures=0

ctlite_limited() {
  (
    ulimit -f "$limit_kib"
    trap '' XFSZ
    exec "$ctlite" "$@"
  )
}

expect_clean_failure() {
  local output=$1
  shift
  if ctlite_limited "$@" > "$work/stdout" 2> "$work/stderr"; then
    fail "ctlite $* succeeded without room for its output"
  fi
  single_line_error "$work/stderr" "$output"
  local left
  left=$(cd "$(dirname "$output")" && find . -mindepth 1 ! -name filler | sort)
  [ -z "$left" ] || fail "ctlite $* left behind: $left"
  failures=$((failures + 1))
}

tiny="$work/tiny"
if mount_tmpfs "$tiny" 1m; then
  for fill in none leave-16k; do
    rm -f "$tiny/filler"
    if [ "$fill" = leave-16k ]; then
      dd if=/dev/zero of="$tiny/filler" bs=4k count=252 status=none 2> /dev/null || true
    fi
    for_each_writing_command expect_clean_failure "$work/input" "$tiny"
  done
else
  echo "note: mounting a tmpfs is not permitted here; only the file-size limit is tested"
fi

limit_kib=16
mkdir -p "$work/limited"
for_each_writing_command expect_clean_failure "$work/input" "$work/limited"
echo "reliability_disk_full_test: OK ($failures full-disk failures, all clean)"
