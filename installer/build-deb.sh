#!/usr/bin/env bash
# Builds the CT-Lite .deb with CPack and lists it: bash installer/build-deb.sh [BUILD_DIR]
# (the build folder must be configured; this builds the installed programs first).
set -euo pipefail
build="${1:-build}"
targets=(ctlite ctlite-report)
if grep -q "^ctlite-viewer:" <(cmake --build "$build" --target help 2>/dev/null | sed 's/ .*//'); then
  targets+=(ctlite-viewer)
fi
cmake --build "$build" --target "${targets[@]}" --parallel 2
(cd "$build" && cpack -G DEB)
deb="$(ls -t "$build"/*.deb | head -1)"
dpkg-deb --info "$deb"
dpkg-deb -c "$deb"
