#!/usr/bin/env bash
# End-to-end test of `ctlite ctvit-forward`: the golden tiny CT-ViT, from each weight format,
# reproduces the tokens, pooled feature and codebook indices of the original CT-CLIP code
# (checked with numpy, reading safetensors by hand); bad inputs fail cleanly.
# Usage: bash ctvit_forward_test.sh <ctlite> <shared-dir> <build-dir>
source "$(dirname "$0")/lib/test_prologue.bash" "$@"

golden="$2/reference/golden"

compare() {  # compare OUTPUT.safetensors against the golden intermediates
  "$python" - "$golden/tiny_ctvit_io.safetensors" "$1" <<'PY'
import json, struct, sys
import numpy as np

def load(path):
    data = open(path, "rb").read()
    size = struct.unpack("<Q", data[:8])[0]
    header = json.loads(data[8:8 + size])
    header.pop("__metadata__", None)
    kinds = {"F32": "<f4", "I64": "<i8"}
    return {name: np.frombuffer(data[8 + size + e["data_offsets"][0]:8 + size + e["data_offsets"][1]],
                                kinds[e["dtype"]]).reshape(e["shape"]) for name, e in header.items()}

golden, out = load(sys.argv[1]), load(sys.argv[2])
for key in ("tokens", "pooled_flat"):
    assert out[key].shape == golden[key].shape, (key, out[key].shape)
    error = np.abs(out[key].astype(np.float64) - golden[key]).max() / np.abs(golden[key]).max()
    assert error <= 1e-5, (key, error)
assert (out["codebook_indices"] == golden["vq_indices"].astype(np.int64)).all(), "indices"
PY
}

for weights in tiny_ctvit.safetensors tiny_ctvit.pt tiny_ctvit_ctclip.pt; do
  "$ctlite" ctvit-forward --config "$golden/tiny_ctvit.json" --weights "$golden/$weights" \
    --input "$golden/tiny_ctvit_io.safetensors" --output "$work/out.safetensors" > "$work/log.txt" \
    || fail "$weights: $(cat "$work/log.txt")"
  grep -q "73 loaded" "$work/log.txt" || fail "$weights: no load report: $(cat "$work/log.txt")"
  compare "$work/out.safetensors" || fail "$weights: output differs from the golden set"
  rm "$work/out.safetensors"
  # The first run exercised the OMP_WAIT_POLICY re-exec; spare the others a second start-up.
  export CTLITE_NO_RELAUNCH=1
done

# Bad inputs: one clear line naming the file, a non-zero exit, and no output file left behind.
expect_error() {  # expect_error PATTERN ARGS...
  local pattern="$1"
  shift
  if "$ctlite" ctvit-forward "$@" > "$work/out.txt" 2> "$work/err.txt"; then
    fail "succeeded: $*"
  fi
  grep -q -- "$pattern" "$work/err.txt" || fail "expected '$pattern', got: $(cat "$work/err.txt")"
  [ ! -e "$work/bad.safetensors" ] || fail "output left behind after: $*"
  [ -z "$(ls "$work" | grep partial || true)" ] || fail "temporary file left behind"
}
common=(--config "$golden/tiny_ctvit.json" --output "$work/bad.safetensors")
expect_error "tiny_ctvit.safetensors: holds no tensor named \`video\`" "${common[@]}" \
  --weights "$golden/tiny_ctvit.pt" --input "$golden/tiny_ctvit.safetensors"
head -c 100000 "$golden/tiny_ctvit.pt" > "$work/truncated.pt"
expect_error "truncated.pt: " "${common[@]}" --weights "$work/truncated.pt" \
  --input "$golden/tiny_ctvit_io.safetensors"
echo '{"dim": 64, "heads": 3.5}' > "$work/bad_config.json"
expect_error "bad_config.json: .*heads" --config "$work/bad_config.json" --output "$work/bad.safetensors" \
  --weights "$golden/tiny_ctvit.pt" --input "$golden/tiny_ctvit_io.safetensors"
echo '{"ctvit_config": {"dim": 32, "codebook_size": 128, "image_size": 80, "heads": 4, "dim_head": 16, "spatial_depth": 2, "temporal_depth": 2}}' > "$work/other_dim.json"
expect_error "has shape" --config "$work/other_dim.json" --output "$work/bad.safetensors" \
  --weights "$golden/tiny_ctvit.pt" --input "$golden/tiny_ctvit_io.safetensors"
expect_error "unknown device" "${common[@]}" --weights "$golden/tiny_ctvit.pt" \
  --input "$golden/tiny_ctvit_io.safetensors" --device tpu
expect_error "required" --config "$golden/tiny_ctvit.json" --output "$work/bad.safetensors"
# The input must never be overwritten.
cp "$golden/tiny_ctvit_io.safetensors" "$work/io.safetensors"
if "$ctlite" ctvit-forward --config "$golden/tiny_ctvit.json" --weights "$golden/tiny_ctvit.pt" \
  --input "$work/io.safetensors" --output "$work/io.safetensors" 2> "$work/err.txt"; then
  fail "overwrote its input"
fi
cmp -s "$work/io.safetensors" "$golden/tiny_ctvit_io.safetensors" || fail "input modified"
echo "ctvit-forward: all checks passed"
