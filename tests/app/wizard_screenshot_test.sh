#!/usr/bin/env bash
# End-to-end test of the fine-tuning wizard under Xvfb: `ctlite-viewer --fine-tune DATA` drives
# the wizard as a user would (data folder validated, bundled demo teacher, FAST then SFP, a few
# steps), the real `ctlite train` and `ctlite evaluate` run as detached engine processes, and the
# run page's curves must show the steps. Then a broken data folder must stop at the data page
# with an error naming the missing file.
# Usage: bash wizard_screenshot_test.sh <ctlite> <shared-dir> <build-dir>
source "$(dirname "$0")/lib/test_prologue.bash" "$@"

# The engine runs in the job folder: every path it gets must be absolute.
ctlite="$(realpath "$ctlite")"
work="$(realpath "$work")"
viewer="$build/app/ctlite-viewer"
[ -x "$viewer" ] || fail "$viewer is not built"
[ -f "$source_dir/models/ctlite-demo/manifest.json" ] || fail "the bundled demo model is missing"
command -v xvfb-run > /dev/null || fail "xvfb-run is missing (apt-get install xvfb)"

# Private settings and job folders; one thread per engine process (tiny towers, shared cores).
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache"
export CTLITE_NUM_THREADS=1 OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1

"$ctlite" synth --count 8 --seed 3 --out "$work/phantoms" > "$work/synth.log" 2>&1 \
  || fail "synth failed: $(cat "$work/synth.log")"

run_viewer() {
  timeout 600 xvfb-run -a -s "-screen 0 1600x1000x24" "$viewer" --engine "$ctlite" \
    --models "$source_dir/models" "$@"
}

# 1. A tiny job, FAST then SFP (3 steps each), the evaluation of the bundle and of the current model.
start=$(date +%s)
run_viewer --fine-tune "$work/phantoms" --wizard-steps 3 --screenshot "$work/wizard.ppm" > "$work/run.log" 2>&1 \
  || fail "the wizard run failed: $(cat "$work/run.log")"
echo "wizard job: $(( $(date +%s) - start )) s"
grep -q "finished, 3 curve points shown" "$work/run.log" || fail "no finished job with 3 points: $(cat "$work/run.log")"
grep -q "now the active model" "$work/run.log" || fail "the bundle was not registered: $(cat "$work/run.log")"
library="$XDG_DATA_HOME/CT-Lite/ctlite-viewer/models"
job=$(ls -d "$XDG_DATA_HOME"/CT-Lite/ctlite-viewer/jobs/*/ | head -n 1)
[ -d "$job/fast/model" ] && [ -f "$job/sfp/model/manifest.json" ] || fail "the stages wrote no models in $job"

"$python" - "$job" "$work/wizard.ppm" "$library" <<'PY' || fail "the job or the screenshot is not what the run page should show"
import json, sys
import numpy as np

job = json.load(open(sys.argv[1] + "/job.json"))
assert job["state"] == "finished", job["state"]
# The viewer's current model (the demo, first in --models) is evaluated too, for the comparison.
assert [s["name"] for s in job["steps"]] == ["fast", "sfp", "evaluate", "baseline"], job["steps"]
sfp = job["steps"][1]["arguments"]
assert sfp[sfp.index("--student") + 1] == job["steps"][0]["arguments"][job["steps"][0]["arguments"].index("--out") + 1]
report = json.load(open(sys.argv[1] + "/eval.json"))
assert len(report["findings"]) == 18 and "macro" in report, report.keys()
baseline = json.load(open(sys.argv[1] + "/baseline.json"))
assert baseline["model_id"] == "ctlite-demo", baseline["model_id"]
print("evaluation: macro AUROC", report["macro"]["auroc"], "on", report["split"], "; current model", baseline["macro"]["auroc"])
import glob
registered = glob.glob(sys.argv[3] + "/*/manifest.json")
assert len(registered) == 1, registered
manifest = json.load(open(registered[0]))
print("registered:", registered[0], "provenance", manifest.get("provenance"))
assert manifest.get("provenance", {}).get("stages") == ["fast", "sfp"], manifest.get("provenance")

data = open(sys.argv[2], "rb").read()
fields = data.split(maxsplit=4)
width, height = int(fields[1]), int(fields[2])
image = np.frombuffer(fields[4][:width * height * 3], np.uint8).reshape(height, width, 3).astype(int)
def near(colour):
    return np.mean(np.all(np.abs(image - np.array(colour)) < 30, axis=2))
orange, blue = near((0xf0, 0x9a, 0x3e)), near((0x4e, 0xa8, 0xde))  # the first two loss-term curves
print("curve pixels: %.3f%% orange, %.3f%% blue" % (100 * orange, 100 * blue))
# A legend swatch is ~50 pixels (0.005 %); a curve across the plot is several hundred.
assert orange > 0.0002 and blue > 0.0002, "the curves are not drawn"
PY

# 2. A volume file missing: the data page names it and the run stops there.
rm "$work/phantoms/dataset/train/train_3/train_3_a/train_3_a_1.nii.gz"
if run_viewer --fine-tune "$work/phantoms" --wizard-steps 3 > "$work/broken.log" 2>&1; then
  fail "a dataset with a missing volume was accepted"
fi
grep -q "train_3_a_1.nii.gz" "$work/broken.log" || fail "the error does not name the missing file: $(cat "$work/broken.log")"
echo "wizard_screenshot_test: OK"
