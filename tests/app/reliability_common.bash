# Shared by tests/app/reliability_*.sh, which source it after setting test_name (ctest runs only
# *.sh, so this file is not a test of its own). Provides: $ctlite $shared $build $work, fail,
# copy_inputs, tree_fingerprint, single_line_error.
set -euo pipefail
ctlite=$1 shared=$2 build=$3
work=$(mktemp -d "$build/$test_name.XXXXXX")
cleanup_steps=()
on_exit() {
  local step
  for step in "${cleanup_steps[@]}"; do eval "$step" || true; done
  chmod -R u+w "$work" 2> /dev/null || true
  rm -rf "$work"
}
trap on_exit EXIT

fail() { echo "FAIL ($test_name): $*" >&2; exit 1; }

# The inputs every reliability test works on: a 5-slice CT series (DICOM) and a NIfTI volume.
copy_inputs() {
  local target=$1
  mkdir -p "$target"
  cp -r "$shared/testdata/dicom/series/CT5N_contiguous" "$target/series"
  cp "$shared/testdata/nifti/anatomical.nii" "$target/anatomical.nii"
}

# Every path under DIR with its type, size, mode and content hash: equal fingerprints mean
# nothing was added, removed, modified or re-permissioned (root ignores permission bits, so a
# read-only folder alone proves nothing when CI runs as root).
tree_fingerprint() {
  (cd "$1" && find . -printf '%p %y %s %m\n' | LC_ALL=C sort &&
     find . -type f -print0 | LC_ALL=C sort -z | xargs -0 -r sha256sum)
}

# A failed command's stderr must be exactly one line naming `what` (the file it could not write).
single_line_error() {
  local stderr_file=$1 what=$2
  local lines
  lines=$(grep -cv '^note: ' "$stderr_file" || true)
  [ "$lines" -eq 1 ] || fail "expected one error line, got $lines: $(cat "$stderr_file")"
  grep -v '^note: ' "$stderr_file" | grep -qF "$what" ||
    fail "the error does not name $what: $(cat "$stderr_file")"
}
