#!/usr/bin/env bash
# Screenshot smoke test of `ctlite-viewer` under Xvfb: open a small `ctlite synth` phantom (DICOM),
# render all views, and check what a radiologist would see: the axial view in the lung window
# (lung parenchyma mid-gray, soft tissue near white), then a "Run CT-Lite" against the scripted
# fake engine (tests/widgets/support/fake_ctlite_engine.py) with its findings bars drawn.
# Usage: bash viewer_screenshot_test.sh <ctlite> <shared-dir> <build-dir>
source "$(dirname "$0")/lib/test_prologue.bash" "$@"

viewer="$build/app/ctlite-viewer"
[ -x "$viewer" ] || fail "$viewer is not built"
command -v xvfb-run > /dev/null || fail "xvfb-run is missing (apt-get install xvfb)"

# Private settings: the test must neither read nor change the user's layout, model or language.
export XDG_CONFIG_HOME="$work/config"

"$ctlite" synth --count 1 --seed 11 --size small --formats dicom --out "$work/synth" > "$work/synth.log" 2>&1 \
  || fail "synth failed: $(cat "$work/synth.log")"
series=$(find "$work/synth/dicom" -name '*.dcm' -printf '%h\n' | sort -u | head -n 1)
[ -n "$series" ] || fail "synth wrote no DICOM series"

run_viewer() {
  timeout 120 xvfb-run -a -s "-screen 0 1600x1000x24" "$viewer" "$series" --size 1600x1000 "$@"
}

# 1. Plain render in the default (lung) window.
run_viewer --screenshot "$work/plain.ppm" > "$work/plain.log" 2>&1 || fail "viewer failed: $(cat "$work/plain.log")"

# 2. A run against the fake engine, with a models folder holding one model.
mkdir -p "$work/models/fake"
echo '{"name": "Fake engine model"}' > "$work/models/fake/manifest.json"
printf '#!/bin/sh\nexec %s %s\n' "$python" "$source_dir/tests/widgets/support/fake_ctlite_engine.py" > "$work/engine.sh"
chmod +x "$work/engine.sh"
run_viewer --engine "$work/engine.sh" --model "$work/models/fake" --run-ctlite --screenshot "$work/run.ppm" \
  > "$work/run.log" 2>&1 || fail "viewer with the fake engine failed: $(cat "$work/run.log")"

# 3. A missing file is an error naming the file, with a non-zero exit (no dialog waits headless).
if timeout 60 xvfb-run -a "$viewer" "$work/no-such-file.nii.gz" --screenshot "$work/missing.png" > "$work/missing.log" 2>&1; then
  fail "opening a missing file succeeded"
fi
grep -q "no-such-file.nii.gz" "$work/missing.log" || fail "the error does not name the file: $(cat "$work/missing.log")"

"$python" - "$work/plain.ppm" "$work/run.ppm" <<'PY' || fail "the screenshots do not show the expected content"
import sys
import numpy as np

def read_ppm(path):
    data = open(path, "rb").read()
    fields = data.split(maxsplit=4)
    assert fields[0] == b"P6" and fields[3] == b"255", path
    width, height = int(fields[1]), int(fields[2])
    return np.frombuffer(fields[4][:width * height * 3], np.uint8).reshape(height, width, 3).astype(np.int32)

plain = read_ppm(sys.argv[1])
assert plain.shape[:2] == (1000, 1600), plain.shape
# The axial view is the top-left quadrant of the 2x2 grid, right of the Studies dock.
axial = plain[150:450, 330:620]
gray = axial[(axial[:, :, 0] == axial[:, :, 1]) & (axial[:, :, 1] == axial[:, :, 2])][:, 0]
lung = np.mean((gray > 40) & (gray < 130))     # lung parenchyma at -600/1500: ~60-110
tissue = np.mean(gray > 200)                   # soft tissue and bone: near white
print("axial view: %.1f%% lung gray, %.1f%% near-white" % (100 * lung, 100 * tissue))
assert lung > 0.05 and tissue > 0.05, "not a lung window"

run = read_ppm(sys.argv[2])
# Present findings are drawn as red bars in the findings panel (right side of the window).
panel = run[:, 1160:]
red = np.mean((panel[:, :, 0] > 180) & (panel[:, :, 1] < 130) & (panel[:, :, 2] < 130))
print("findings panel: %.2f%% red (present) bar pixels" % (100 * red))
assert red > 0.002, "no present-finding bars after the run"
PY
echo "viewer_screenshot_test: OK"
