#!/usr/bin/env bash
# Read-only output folder: every command that writes must fail before doing any work it cannot
# keep, with one line naming the output and a non-zero exit, and create nothing. Root ignores
# permission bits, so as root the folder is a read-only tmpfs (EROFS); otherwise chmod a-w
# (EACCES) is used. Skipped (exit 0, "SKIP") as root where mounting is not permitted.
# usage: bash reliability_readonly_output_test.sh <ctlite> <shared-dir> <build-dir>
test_name=reliability_readonly_output_test
source "$(dirname "$0")/reliability_common.bash"

copy_inputs "$work/input"
locked="$work/locked"
mkdir -p "$locked"
if [ "$(id -u)" -ne 0 ]; then
  chmod a-w "$locked"
elif ! mount_tmpfs "$locked" 1m ro; then
  echo "SKIP: reliability_readonly_output_test needs a read-only folder (root: a tmpfs mount)"
  exit 0
fi

refused=0 names_parent=0
expect_refusal() {
  local output=$1
  shift
  if "$ctlite" "$@" > "$work/stdout" 2> "$work/stderr"; then
    fail "ctlite $* wrote into a read-only folder"
  fi
  # Where the output's folder is missing, the folder that cannot be created is the one named.
  single_line_error "$work/stderr" "$([ $names_parent -eq 1 ] && dirname "$output" || echo "$output")"
  [ -z "$(ls -A "$locked")" ] || fail "ctlite $* left files in the read-only folder"
  refused=$((refused + 1))
}
for_each_writing_command expect_refusal "$work/input" "$locked"
# A missing subfolder cannot be created there either.
names_parent=1
for_each_writing_command expect_refusal "$work/input" "$locked/new/sub"
echo "reliability_readonly_output_test: OK ($refused writes refused cleanly)"
