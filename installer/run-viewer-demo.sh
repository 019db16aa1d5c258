#!/usr/bin/env bash
# README command (1): install what is needed, build, and open the bundled sample CT in the
# viewer with the bundled model. The sample is a synthetic chest-CT phantom made by our own
# generator (deterministic for its seed), written to the user's cache folder, never the repo.
set -euo pipefail
cd "$(dirname "$0")/.."
bash installer/install-deps.sh
build_dir=${CTLITE_BUILD_DIR:-build}
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release
cmake --build "$build_dir" --parallel "${CTLITE_JOBS:-$(nproc)}"

# DICOM beside the NIfTI: the viewer reads Hounsfield units from the DICOM rescale tags, while
# CT-RATE's NIfTI holds stored values whose rescale lives in a separate metadata CSV.
sample_root=${XDG_CACHE_HOME:-$HOME/.cache}/ctlite/sample-phantom-seed7-dicom
if [ ! -d "$sample_root/dicom" ]; then
  mkdir -p "$(dirname "$sample_root")"
  rm -rf "$sample_root"
  "$build_dir/app/ctlite" synth --count 1 --seed 7 --size full --formats nifti,dicom --out "$sample_root"
fi
sample=$(find "$sample_root/dataset/train" -name '*.nii.gz' | sort | head -n 1)
sample_dicom=$(find "$sample_root/dicom/train" -name '*.dcm' -printf '%h\n' | sort -u | head -n 1)
# CT-RATE style: the NIfTI holds stored values; spacing and HU rescale come from the metadata CSV.
metadata="$sample_root/dataset/metadata/train_metadata.csv"
"$build_dir/app/ctlite" info "$sample" --metadata "$metadata"

if [ ! -x "$build_dir/app/ctlite-viewer" ]; then
  # The viewer executable is still being assembled (issue 5); until then the main job is the
  # engine's preprocessing of the sample on the paper's compressed path.
  out_dir=$(mktemp -d)
  "$build_dir/app/ctlite" compress "$sample" --metadata "$metadata" --out "$out_dir/jpeg-stack"
  "$build_dir/app/ctlite" preprocess "$out_dir/jpeg-stack" --compressed --out "$out_dir/student-input.safetensors"
  echo "run-viewer-demo: no ctlite-viewer in this build; compressed student input at $out_dir"
  exit 0
fi
viewer_args=("$sample_dicom")
model_dir="$PWD/models/ctlite-demo"
if [ -f "$model_dir/manifest.json" ]; then
  viewer_args+=(--model "$model_dir" --engine "$PWD/$build_dir/app/ctlite")
  # Score straight away when this build's engine serves the viewer's protocol.
  if "$build_dir/app/ctlite" serve --help > /dev/null 2>&1; then
    viewer_args+=(--run-ctlite --select-finding "Lung nodule")
  else
    echo "run-viewer-demo: this build's ctlite has no 'serve' command yet; Run CT-Lite will say so." >&2
  fi
else
  echo "run-viewer-demo: no bundled model at $model_dir (models/ctlite-demo/manifest.json);" \
       "the viewer opens the sample without findings. Choose a model folder in AI > Models folder." >&2
fi
# Without a display (a server, CI) run under Xvfb and keep a screenshot instead of a window.
if [ -z "${DISPLAY:-}" ]; then
  out=${CTLITE_SCREENSHOT:-$PWD/$build_dir/viewer-demo.png}
  xvfb-run -a -s "-screen 0 1600x1000x24" "$build_dir/app/ctlite-viewer" "${viewer_args[@]}" \
    --screenshot "$out"
  echo "run-viewer-demo: no display; screenshot written to $out"
else
  exec "$build_dir/app/ctlite-viewer" "${viewer_args[@]}"
fi
