#!/usr/bin/env bash
# End-to-end: `ctlite compress` writes a lung-window JPEG stack whose student input equals the
# one `ctlite preprocess --compressed` computes from the original volume.
# usage: bash preprocess_compress_test.sh <ctlite> <shared-dir> <build-dir>
source "$(dirname "$0")/lib/test_prologue.bash" "$@"
golden="$shared/reference/golden"

printf 'VolumeName,RescaleSlope,RescaleIntercept,XYSpacing,ZSpacing\n' > "$work/metadata.csv"
printf 'preproc_pre2.nii.gz,1.5,-1500.0,"[0.6, 0.6]",2.0\n' >> "$work/metadata.csv"
input="$golden/preproc_pre2.nii.gz"

"$ctlite" compress "$input" --metadata "$work/metadata.csv" --out "$work/stack" | tee "$work/out.txt"
grep -q "size ratio to the source on disk" "$work/out.txt"
grep -q "size ratio to raw 16-bit voxels" "$work/out.txt"
[ "$(ls "$work/stack"/*.jpg | wc -l)" -eq 200 ] || { echo "FAIL: expected 200 slices"; exit 1; }
[ -f "$work/stack/stack.json" ] && [ -f "$work/stack/manifest.json" ]

# An existing folder is never written into.
if "$ctlite" compress "$input" --metadata "$work/metadata.csv" --out "$work/stack" 2> /dev/null; then
  echo "FAIL: compress wrote into an existing folder"; exit 1
fi

"$ctlite" preprocess "$work/stack" --compressed --out "$work/from_stack.safetensors"
"$ctlite" preprocess "$input" --metadata "$work/metadata.csv" --compressed \
    --out "$work/from_volume.safetensors"
cmp -s "$work/from_stack.safetensors" "$work/from_volume.safetensors" ||
  { echo "FAIL: the stack's student input differs from the volume's"; exit 1; }
echo "preprocess_compress_test: OK"
