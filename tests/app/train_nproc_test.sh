#!/usr/bin/env bash
# `ctlite train teacher --nproc 2` with the options that add cross-rank state: --codebook-ema
# (the CT-ViT codebook is a running buffer the Trainer averages over ranks after every update)
# and --prompt-pair-weight (an extra loss term, averaged for the log like the others). Both
# ranks must finish (no rendezvous hang: every rank hands the same buffers to the average), the
# table must count both ranks' samples and log the prompt-pair term, and the EMA must move the
# codebook, which a run without it leaves at its start.
# Usage: bash train_nproc_test.sh <ctlite> <shared-dir> <build-dir>
source "$(dirname "$0")/lib/test_prologue.bash" "$@"

source "$here/lib/tiny_training_configs.sh"
write_tiny_training_configs "$work"
"$ctlite" synth --count 8 --seed 3 --out "$work/phantoms" > /dev/null
export CTLITE_NUM_THREADS=1 OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1
teacher=(train teacher --data "$work/phantoms" --cache "$work/cache" --slices 8 --loader-threads 1
  --seed 1 --config "$work/ctvit.json" --text-config "$work/bert.json" --text-max-length 32
  --latent 16 --steps 4 --batch-size 2 --lr 3e-3 --warmup 0 --nproc 2 --calibration-split none
  --prompt-fraction 0.5 --prompt-pair-weight 0.5)

timeout 120 "$ctlite" "${teacher[@]}" --out "$work/ema" --codebook-ema > /dev/null 2> "$work/ema.err" \
  || fail "teacher --nproc 2 --codebook-ema failed: $(tail -3 "$work/ema.err"; tail -3 "$work/ema/logs/rank-1.log")"
timeout 120 "$ctlite" "${teacher[@]}" --out "$work/plain" > /dev/null 2> "$work/plain.err" \
  || fail "teacher --nproc 2 failed: $(tail -3 "$work/plain.err")"
[[ -f "$work/ema/logs/rank-1.log" ]] || fail "no rank 1 was launched"

"$python" - "$work/ema" "$work/plain" <<'PY' || fail "data-parallel teacher outputs"
import csv, json, math, struct, sys
import numpy as np

def rows(run):
    return list(csv.DictReader(open(f"{run}/metrics.csv")))

def codebook(run):
    with open(f"{run}/model/weights.safetensors", "rb") as f:
        size = struct.unpack("<Q", f.read(8))[0]
        header = json.loads(f.read(size))
        entry = header["visual.vq._codebook.embed"]
        start, end = entry["data_offsets"]
        f.seek(8 + size + start)
        assert entry["dtype"] == "F32", entry["dtype"]
        return np.frombuffer(f.read(end - start), dtype=np.float32)

ema, plain = sys.argv[1], sys.argv[2]
table = rows(ema)
assert len(table) == 4, f"{len(table)} steps logged"
# 2 ranks x batch 2 per update.
assert [int(r["samples"]) for r in table] == [4, 8, 12, 16], [r["samples"] for r in table]
assert all(math.isfinite(float(r["prompt_pair"])) and float(r["prompt_pair"]) > 0 for r in table)
moved = np.abs(codebook(ema) - codebook(plain)).max()
assert moved > 1e-4, f"the codebook EMA left the codebook where the plain run has it ({moved})"
print(f"nproc 2: 4 steps, prompt_pair {table[0]['prompt_pair']} -> {table[-1]['prompt_pair']}, "
      f"EMA moved the codebook by up to {moved:.3g}")
PY
echo "train nproc: all checks passed"
