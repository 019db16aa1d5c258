#!/usr/bin/env bash
# Screenshot test of the evaluation view: `ctlite evaluate` of the bundled demo model and of an
# untrained tiny model (the baseline) on a few phantoms, then `ctlite-viewer --show-evaluation
# NEW --baseline OLD --screenshot` under Xvfb. The picture must show the table, both models'
# colours in the charts (ROC, radar, confusion) and the t-SNE scatter; a malformed report must
# fail with an error naming the file.
# Usage: bash evaluation_screenshot_test.sh <ctlite> <shared-dir> <build-dir> [KEEP.png]
set -euo pipefail

ctlite="$1"
build="$3"
keep="${4:-}"
here="$(cd "$(dirname "$0")" && pwd)"
source_dir="$(cd "$here/../.." && pwd)"
source "$here/lib/engine_fixtures.sh"
viewer="$build/app/ctlite-viewer"
fail() { echo "FAIL: $*" >&2; exit 1; }
[ -x "$viewer" ] || fail "$viewer is not built"
command -v xvfb-run > /dev/null || fail "xvfb-run is missing (apt-get install xvfb)"
work="$(mktemp -d "${build}/evaluation_screenshot_test.XXXXXX")"
trap 'rm -rf "$work"' EXIT
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
export CTLITE_NUM_THREADS=1 OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1

"$ctlite" synth --count 16 --seed 21 --out "$work/phantoms" > /dev/null
"$ctlite" evaluate --model "$source_dir/models/ctlite-demo" --data "$work/phantoms" --split train --slices 32 \
  --out "$work/demo.json" > "$work/demo.txt" || fail "evaluate (demo) failed"
make_tiny_bundle "$ctlite" "$work/tiny" || fail "bundle-init failed"
"$ctlite" evaluate --model "$work/tiny" --data "$work/phantoms" --split train --slices 20 \
  --out "$work/tiny.json" > /dev/null || fail "evaluate (tiny) failed"

shot="$work/evaluation.ppm"
timeout 120 xvfb-run -a -s "-screen 0 1600x1000x24" "$viewer" --show-evaluation "$work/demo.json" \
  --baseline "$work/tiny.json" --focus-finding "Lung opacity" --size 1600x1000 --screenshot "$shot" \
  > "$work/viewer.log" 2>&1 || fail "viewer failed: $(cat "$work/viewer.log")"

/usr/bin/python3 - "$shot" <<'PY' || fail "the screenshot does not show the evaluation"
import sys
import numpy as np
data = open(sys.argv[1], "rb").read()
fields = data.split(maxsplit=4)
assert fields[0] == b"P6" and fields[3] == b"255"
w, h = int(fields[1]), int(fields[2])
img = np.frombuffer(fields[4][:w * h * 3], np.uint8).reshape(h, w, 3).astype(int)
assert (w, h) == (1600, 1000), (w, h)

def near(colour, tolerance=40):
    return (np.abs(img - np.array(colour)).sum(axis=2) < tolerance)

# Dark theme: most of the picture is dark, and there is text (light pixels).
luma = img.mean(axis=2)
assert (luma < 60).mean() > 0.5, (luma < 60).mean()
assert (luma > 170).mean() > 0.005, (luma > 170).mean()
right = slice(w * 2 // 7, w)
new_model = near((240, 150, 60))[:, right]      # the evaluated model's colour
baseline = near((90, 160, 230))[:, right]       # the current model's colour
positive = near((222, 96, 80))[:, right]        # cases with the finding / errors
assert new_model.sum() > 400, new_model.sum()
assert baseline.sum() > 200, baseline.sum()
assert positive.sum() > 50, positive.sum()
# Both model colours appear in the top half (ROC, radar) and in the bottom half (matrices).
top, bottom = slice(0, h // 2), slice(h // 2, h)
assert new_model[top].sum() > 100 and new_model[bottom].sum() > 100
assert baseline[top].sum() > 50 and baseline[bottom].sum() > 50
# Many distinct colours: plots, antialiasing, table; not a blank or a single-colour error.
assert len(np.unique(img.reshape(-1, 3), axis=0)) > 500
print("evaluation screenshot: %d new-model, %d baseline pixels" % (new_model.sum(), baseline.sum()))
PY
if [ -n "$keep" ]; then
  timeout 120 xvfb-run -a -s "-screen 0 1600x1000x24" "$viewer" --show-evaluation "$work/demo.json" \
    --baseline "$work/tiny.json" --focus-finding "Lung opacity" --size 1600x1000 --screenshot "$keep" > /dev/null 2>&1
fi

# A malformed report: non-zero exit, the error names the file.
head -c 200 "$work/demo.json" > "$work/broken.json"
if timeout 60 xvfb-run -a "$viewer" --show-evaluation "$work/broken.json" --screenshot "$work/x.png" > "$work/broken.log" 2>&1; then
  fail "a malformed report was shown"
fi
grep -q "broken.json" "$work/broken.log" || fail "the error does not name the file: $(cat "$work/broken.log")"
[ ! -e "$work/x.png" ] || fail "a screenshot was written for a malformed report"
echo "evaluation view screenshot OK"
