#!/usr/bin/env bash
# `ctlite train text` and the teacher's start from it: the text tower learns the reports' labels
# and the prompt pairs (its loss falls), `train teacher --text-init OUT --freeze-text` starts from
# exactly those weights and keeps them locked, and the misuses fail with the option or file named.
# Usage: bash train_text_stage_test.sh <ctlite> <shared-dir> <build-dir>
source "$(dirname "$0")/lib/test_prologue.bash" "$@"

source "$here/lib/tiny_training_configs.sh"
write_tiny_training_configs "$work"

"$ctlite" synth --count 8 --seed 5 --out "$work/phantoms" > /dev/null
common=(--data "$work/phantoms" --cache "$work/cache" --slices 8 --loader-threads 1 --seed 1)

"$ctlite" train text "${common[@]}" --out "$work/text" --text-config "$work/bert.json" \
  --text-max-length 32 --latent 16 --steps 30 --batch-size 4 --lr 3e-3 --warmup 0 > /dev/null
"$python" - "$work/text/metrics.jsonl" <<'PY' || fail "text stage loss"
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
first = sum(r["loss"] for r in rows[:3]) / 3
last = sum(r["loss"] for r in rows[-3:]) / 3
assert last < 0.7 * first, (first, last)
assert all({"report_bce", "prompt_bce"} <= set(r["terms"]) for r in rows)
print("text: loss %.3f -> %.3f" % (first, last))
PY
[[ ! -e "$work/phantoms/cache" ]] || fail "the text stage wrote into the input folder"

"$ctlite" train teacher "${common[@]}" --out "$work/teacher" --config "$work/ctvit.json" \
  --text-init "$work/text" --freeze-text --steps 4 --batch-size 4 --lr 3e-3 --warmup 0 > /dev/null
"$python" - "$work/text/model/weights.safetensors" "$work/teacher/model/weights.safetensors" \
  "$work/teacher/model/manifest.json" "$work/text/model/model.json" <<'PY' || fail "teacher start"
import json, struct, sys
import numpy as np

def load(path):
    data = open(path, "rb").read()
    size = struct.unpack("<Q", data[:8])[0]
    header = json.loads(data[8:8 + size])
    header.pop("__metadata__", None)
    return {name: np.frombuffer(data[8 + size + e["data_offsets"][0]:8 + size + e["data_offsets"][1]],
                                "<f4").reshape(e["shape"]) for name, e in header.items() if e["dtype"] == "F32"}

text, teacher = load(sys.argv[1]), load(sys.argv[2])
locked = [k for k in text if k.startswith("text.") or k == "text_projection.weight"]
assert len(locked) > 10, locked
for k in locked:  # frozen: bit-identical after the teacher's updates
    assert np.array_equal(text[k], teacher[k]), k
assert not any(k.startswith("label_head.") for k in teacher), "the classifier leaked into the bundle"
manifest, stage = json.load(open(sys.argv[3])), json.load(open(sys.argv[4]))
assert manifest["model"]["latent_size"] == stage["latent_size"] == 16
assert manifest["model"]["text"]["bert"]["vocab_size"] == len(stage["vocabulary"])
PY

# Misuse: each fails with what is wrong named.
expect_error() {  # expect_error PATTERN COMMAND...
  local pattern=$1; shift
  if "$@" > "$work/out.txt" 2>&1; then fail "succeeded: $*"; fi
  grep -q -- "$pattern" "$work/out.txt" || { cat "$work/out.txt" >&2; fail "no '$pattern' in the error of: $*"; }
}
teacher=("$ctlite" train teacher "${common[@]}" --config "$work/ctvit.json" --steps 1 --batch-size 4)
expect_error "--freeze-text needs --text-init" "${teacher[@]}" --out "$work/t1" --freeze-text
expect_error "--latent comes from --text-init" "${teacher[@]}" --out "$work/t2" --text-init "$work/text" --latent 8
expect_error "$work/teacher" "${teacher[@]}" --out "$work/t3" --text-init "$work/teacher"
expect_error "$work/nowhere" "${teacher[@]}" --out "$work/t4" --text-init "$work/nowhere"
echo "train text stage: all checks passed"
