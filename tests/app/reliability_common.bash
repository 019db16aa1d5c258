# Shared by tests/app/reliability_*.sh, which source it after setting test_name (ctest runs only
# *.sh, so this file is not a test of its own). Provides what tests/app/lib/test_prologue.bash
# does ($ctlite $shared $build $work, cleanup_steps, fail) and copy_inputs,
# for_each_writing_command, mount_tmpfs, tree_fingerprint, single_line_error.
source "$(dirname "${BASH_SOURCE[0]}")/lib/test_prologue.bash" "$@"

# The inputs every reliability test works on: a 5-slice CT series (DICOM), a NIfTI volume (not
# calibrated: read by info only, preprocess and compress refuse it) and the tiny golden CT-ViT (config, weights, input video). Copies, so that a test may change them.
copy_inputs() {
  local target=$1 golden="$shared/reference/golden"
  mkdir -p "$target/ctvit"
  cp -r "$shared/testdata/dicom/series/CT5N_contiguous" "$target/series"
  cp "$shared/testdata/nifti/anatomical.nii" "$target/anatomical.nii"
  cp "$golden/tiny_ctvit.json" "$golden/tiny_ctvit.safetensors" "$golden/tiny_ctvit_io.safetensors" \
    "$target/ctvit/"
  chmod -R u+w "$target"
}

# for_each_writing_command CHECK INPUT_DIR OUTPUT_DIR: calls `CHECK OUTPUT ARGS...` for every
# kind of output a ctlite command writes (ARGS write OUTPUT, a file or folder in OUTPUT_DIR,
# from the copy_inputs files in INPUT_DIR). A new writing command belongs here.
for_each_writing_command() {
  local check=$1 in=$2 out=$3
  "$check" "$out/series.safetensors" preprocess "$in/series" --out "$out/series.safetensors"
  "$check" "$out/series.nii.gz" preprocess "$in/series" --compressed --out "$out/series.nii.gz"
  "$check" "$out/stack" compress "$in/series" --out "$out/stack"
  "$check" "$out/dataset" synth --count 2 --size small --formats nifti,jpeg --out "$out/dataset"
  "$check" "$out/tokens.safetensors" ctvit-forward --config "$in/ctvit/tiny_ctvit.json" \
    --weights "$in/ctvit/tiny_ctvit.safetensors" --input "$in/ctvit/tiny_ctvit_io.safetensors" \
    --output "$out/tokens.safetensors"
}

# mount_tmpfs DIR SIZE [OPTIONS]: a private tmpfs at DIR, unmounted on exit. Returns 1 where
# mounting is not permitted (not root, a container without CAP_SYS_ADMIN).
mount_tmpfs() {
  local dir=$1 size=$2 options=${3:-}
  mkdir -p "$dir"
  mount -t tmpfs -o "size=$size${options:+,$options}" tmpfs "$dir" 2> /dev/null || return 1
  cleanup_steps+=("umount '$dir'")
}

# Every path under DIR with its type, size, mode and content hash: equal fingerprints mean
# nothing was added, removed, modified or re-permissioned (root ignores permission bits, so a
# read-only folder alone proves nothing when CI runs as root).
tree_fingerprint() {
  (cd "$1" && find . -printf '%p %y %s %m\n' | LC_ALL=C sort &&
     find . -type f -print0 | LC_ALL=C sort -z | xargs -0 -r sha256sum)
}

# A failed command's stderr must hold exactly one line naming `what` (the file it could not
# write), besides notes and progress lines ("  [40%] ...").
single_line_error() {
  local stderr_file=$1 what=$2
  local errors
  errors=$(grep -Ev '^note: |^ *\[[0-9]+%\]' "$stderr_file" || true)
  [ "$(printf '%s' "$errors" | grep -c '')" -eq 1 ] ||
    fail "expected one error line, got: $(cat "$stderr_file")"
  printf '%s' "$errors" | grep -qF "$what" || fail "the error does not name $what: $errors"
}
