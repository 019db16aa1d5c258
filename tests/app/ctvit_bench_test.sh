#!/usr/bin/env bash
# Smoke test of `ctlite bench --quick`: one run prints every figure (sgemm, CT-ViT GFLOP/s and
# its ratio to sgemm, latency, peak RSS, projection head), with plausible values.
# Usage: bash ctvit_bench_test.sh <ctlite> <shared-dir> <build-dir>
source "$(dirname "$0")/lib/test_prologue.bash" "$@"

out="$("$ctlite" bench --quick)" || { echo "FAIL: bench exited non-zero" >&2; exit 1; }
echo "$out"
for pattern in "OMP_WAIT_POLICY=passive, OPENBLAS_THREAD_TIMEOUT=4" "sgemm .*GFLOP/s" "work: .*GFLOP" "latency: .* (s|ms) " \
  "throughput: .*GFLOP/s = [0-9]*% of sgemm" "peak RSS: .*MiB" "dense: .*params"; do
  echo "$out" | grep -Eq -- "$pattern" || { echo "FAIL: no line matching '$pattern'" >&2; exit 1; }
done
# The forward must have done real work: a positive, finite throughput.
echo "$out" | grep -Eq "throughput: +[0-9]+\.[0-9] GFLOP/s" || { echo "FAIL: throughput" >&2; exit 1; }
echo "bench: all checks passed"
