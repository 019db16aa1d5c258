#!/usr/bin/env bash
# Checks that ai/ builds and passes its tests alone (-DCTLITE_AI_ONLY=ON: LibTorch + nlohmann
# JSON, no ITK/DCMTK/Qt/VTK), as on a bare GPU box. Not a ctest test: a cold configure + build of
# ai/ takes far longer than CI's per-test budget; run it before merging changes to ai/ or its
# CMake files (ccache makes a repeat run take a few minutes).
# usage: bash tests/ai_only_build.sh [BUILD_DIR]   (default: build-ai-only beside this checkout)
set -euo pipefail
source_dir=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${1:-$source_dir/build-ai-only}

# ai/ may include only header-only parts of core/ (no core .cpp is compiled in this build).
bad=0
while IFS= read -r header; do
  if [ -e "$source_dir/${header%.h}.cpp" ] || [ ! -e "$source_dir/$header" ]; then
    echo "ai/ includes $header, which is not a header-only part of core/" >&2
    bad=1
  fi
done < <(grep -rhoE '#include "core/[^"]+"' "$source_dir/ai" | sed -E 's/#include "(.*)"/\1/' | sort -u)
[ "$bad" -eq 0 ] || exit 1

cmake -S "$source_dir" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCTLITE_AI_ONLY=ON \
  -DCTLITE_BUILD_BENCHMARKS=OFF > "$build_dir.configure.log" 2>&1 \
  || { cat "$build_dir.configure.log" >&2; exit 1; }
cmake --build "$build_dir" --target test_ai --parallel "${CTLITE_JOBS:-2}"
ctest --test-dir "$build_dir" -L ai --output-on-failure -j "${CTLITE_JOBS:-2}"
echo "ai-only build: OK"
