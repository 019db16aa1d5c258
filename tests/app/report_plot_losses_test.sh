#!/usr/bin/env bash
# `ctlite-report plot-losses`: two runs' metrics.csv (a falling and a flat curve) → a PNG of the
# asked size whose pixels show each curve where its values put it; a PDF too; a malformed or
# incomplete table → a one-line error naming the file, and no figure left behind.
# Usage: bash report_plot_losses_test.sh <ctlite> <shared-dir> <build-dir>
source "$(dirname "$0")/lib/test_prologue.bash" "$@"
report="$build/app/ctlite-report"
[[ -x "$report" ]] || { echo "SKIP $test_name: ctlite-report is not built"; exit 77; }

# Run "falling": output_mse 1.0 → 0.0 over steps 1..21; run "flat": 0.5 throughout, its step 3
# missing (nan, a gap). Columns as `ctlite train fast` writes them.
mkdir -p "$work/falling" "$work/flat"
header="step,epoch,samples,loss,attention,output,output_mse,lr,step_seconds,samples_per_second"
{ echo "$header"; for s in $(seq 1 21); do
    echo "$s,0,$s,1,0.5,4,$(awk -v s="$s" 'BEGIN { printf "%.3f", (21 - s) / 20 }'),0.001,0.1,10"; done; } > "$work/falling/metrics.csv"
{ echo "$header"; for s in $(seq 1 21); do
    v=0.5; [[ $s -eq 3 ]] && v=nan
    echo "$s,0,$s,1,nan,4,$v,0.001,0.1,10"; done; } > "$work/flat/metrics.csv"

"$report" plot-losses --out "$work/fig.png" --column output_mse --width 640 --height 400 \
  "$work/falling=FAST" "$work/flat/metrics.csv=naive KD" > "$work/stdout.txt" \
  || fail "plot-losses failed: $(cat "$work/stdout.txt")"
grep -q "^FAST: 21 rows, output_mse 1 -> 0 " "$work/stdout.txt" || fail "summary: $(cat "$work/stdout.txt")"
grep -q "^naive KD: 21 rows, output_mse 0.5 -> 0.5 " "$work/stdout.txt" || fail "summary: $(cat "$work/stdout.txt")"

"$python" - "$work/fig.png" "$here/lib" <<'PY' || fail "figure pixels"
import sys
sys.path.insert(0, sys.argv[2])
from png_pixels import read_png
width, height, rows = read_png(sys.argv[1])
assert (width, height) == (640, 400), (width, height)
blue, orange = (31, 119, 180), (255, 127, 14)  # curve colours 1 and 2 (loss_curves_plot.h)
near = lambda p, c: sum(abs(a - b) for a, b in zip(p, c)) < 60
def where(colour):
    return [(x, y) for y, row in enumerate(rows) for x, p in enumerate(row) if near(p, colour)]
falling, flat = where(blue), where(orange)
assert falling and flat, "a curve colour is missing"
# The falling curve runs from the upper left to the lower right of the plot.
assert any(x < width / 3 and y < height / 3 for x, y in falling), "falling: nothing upper left"
assert any(x > 2 * width / 3 and y > 2 * height / 3 for x, y in falling), "falling: nothing lower right"
# The flat curve is a horizontal line across most of the width, half-way up the value range,
# i.e. near the middle of the picture (not the short legend sample).
by_row = {}
for x, y in flat:
    by_row.setdefault(y, set()).add(x)
y, xs = max(by_row.items(), key=lambda item: len(item[1]))
assert max(xs) - min(xs) > width / 2, f"flat: widest row spans only {max(xs) - min(xs)} px"
assert height / 4 < y < 3 * height / 4, f"flat: line at y={y}"
# Mostly white background.
white = sum(1 for row in rows for p in row if p == (255, 255, 255))
assert white > 0.5 * width * height, white
print(f"png {width}x{height}: {len(falling)} falling, {len(flat)} flat pixels; flat at y={y}")
PY

"$report" plot-losses --out "$work/fig.pdf" --column output_mse --log-y "$work/falling" "$work/flat" > /dev/null \
  || fail "PDF plot failed"
head -c 5 "$work/fig.pdf" | grep -q "%PDF-" || fail "not a PDF"

# Bad input: one clear line naming the file, exit 1, no figure written.
expect_error() {  # expected-text, then the arguments
  local expected=$1; shift
  if "$report" plot-losses --out "$work/bad.png" "$@" > /dev/null 2> "$work/err.txt"; then
    fail "accepted bad input: $*"
  fi
  grep -qF -- "$expected" "$work/err.txt" || fail "error for $*: $(cat "$work/err.txt")"
  [[ ! -e "$work/bad.png" ]] || fail "a figure was written for bad input: $*"
}
mkdir -p "$work/broken" "$work/empty" "$work/ragged"
{ echo "$header"; echo "1,0,1,1,0.5,4,abc,0.001,0.1,10"; } > "$work/broken/metrics.csv"
: > "$work/empty/metrics.csv"
{ echo "$header"; echo "1,0,1,1"; } > "$work/ragged/metrics.csv"
expect_error "$work/broken/metrics.csv: line 2, column 'output_mse': 'abc' is not a number" \
  --column output_mse "$work/falling" "$work/broken"
expect_error "$work/empty/metrics.csv: empty" --column output_mse "$work/empty"
expect_error "$work/ragged/metrics.csv: line 2 has 4 fields" --column output_mse "$work/ragged"
expect_error "$work/falling/metrics.csv: no column 'hidden'" --column hidden "$work/falling"
expect_error "$work/missing: cannot read" --column output_mse "$work/missing"
expect_error "$work/flat/metrics.csv: column 'attention' has no finite value" --column attention "$work/flat"
echo "report plot-losses: all checks passed"
