#!/usr/bin/env bash
# README command (2): install what is needed, build everything and run every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash installer/install-deps.sh
build_dir=${CTLITE_BUILD_DIR:-build}
jobs=${CTLITE_JOBS:-$(nproc)}
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release
cmake --build "$build_dir" --parallel "$jobs"
cd "$build_dir"
# Tests that need a display run under Xvfb; the rest ignore it.
xvfb-run -a -s "-screen 0 1600x1000x24" ctest --output-on-failure --parallel "$jobs" --timeout 900
