#!/usr/bin/env bash
# Full disk: `ctlite preprocess` and `ctlite compress` writing onto a full 1 MiB tmpfs must exit
# non-zero with one line naming the output, and leave nothing there (no partial file, no
# temporary). Skipped (exit 0, "SKIP") where mounting a tmpfs is not permitted.
# usage: bash reliability_disk_full_test.sh <ctlite> <shared-dir> <build-dir>
test_name=reliability_disk_full_test
source "$(dirname "$0")/reliability_common.bash"

copy_inputs "$work/input"
tiny="$work/tiny"
mkdir -p "$tiny"
if ! mount -t tmpfs -o size=1m tmpfs "$tiny" 2> /dev/null; then
  echo "SKIP: reliability_disk_full_test needs permission to mount a tmpfs"
  exit 0
fi
cleanup_steps+=("umount '$tiny'")

# Each command runs twice: on the empty 1 MiB file system (the output does not fit) and with
# all but 16 KiB taken by a filler file (the first slices or header bytes fit, then it fills).
expect_clean_failure() {
  local what=$1
  shift
  if "$ctlite" "$@" > "$work/stdout" 2> "$work/stderr"; then
    fail "ctlite $* succeeded on a full file system"
  fi
  single_line_error "$work/stderr" "$what"
  local left
  left=$(cd "$tiny" && find . -mindepth 1 ! -name filler | sort)
  [ -z "$left" ] || fail "ctlite $* left on the full file system: $left"
}

for fill in none leave-16k; do
  rm -f "$tiny/filler"
  if [ "$fill" = leave-16k ]; then
    dd if=/dev/zero of="$tiny/filler" bs=4k count=252 status=none 2> /dev/null || true
  fi
  expect_clean_failure "$tiny/series.safetensors" \
    preprocess "$work/input/series" --out "$tiny/series.safetensors"
  expect_clean_failure "$tiny/anatomical.nii.gz" \
    preprocess "$work/input/anatomical.nii" --out "$tiny/anatomical.nii.gz"
  expect_clean_failure "$tiny/stack" compress "$work/input/anatomical.nii" --out "$tiny/stack"
done
echo "reliability_disk_full_test: OK"
