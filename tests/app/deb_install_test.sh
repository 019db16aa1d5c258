#!/usr/bin/env bash
# The .deb as a user gets it: CPack builds the package from this build, `dpkg-deb -x` unpacks it
# into a scratch root (no root rights, nothing installed on the machine), and the installed
# files run: `ctlite --version`, `ctlite-report` found beside it, and `ctlite-viewer` renders a
# screenshot under Xvfb with the installed demo model found in share/ctlite/models. Also checks
# the desktop entry, MIME types, AppStream metadata and icon are in the package.
# Exit 77 (ctest: skipped, label "deb") without dpkg-deb, cpack or xvfb-run.
# Usage: bash deb_install_test.sh <ctlite> <shared-dir> <build-dir>
source "$(dirname "$0")/lib/test_prologue.bash" "$@"
build="$(cd "$build" && pwd)"
work="$(cd "$work" && pwd)"
for tool in dpkg-deb cpack xvfb-run; do
  command -v "$tool" > /dev/null || { echo "SKIP deb_install_test: $tool is missing"; exit 77; }
done
[ -x "$build/app/ctlite-viewer" ] && [ -x "$build/app/ctlite-report" ] \
  || { echo "SKIP deb_install_test: ctlite-viewer and ctlite-report are not built"; exit 77; }

export XDG_CONFIG_HOME="$work/config"  # the viewer's settings stay private

# 1. Package (into the scratch folder, not beside the build's own packages) and unpack.
(cd "$build" && cpack -G DEB -B "$work/package") > "$work/cpack.log" 2>&1 || fail "cpack: $(tail -5 "$work/cpack.log")"
deb="$(ls "$work"/package/*.deb | head -1)"
[ -f "$deb" ] || fail "cpack wrote no .deb"
dpkg-deb -x "$deb" "$work/root"
dpkg-deb --field "$deb" Package Version Depends > "$work/fields"
grep -q "^Package: ctlite" "$work/fields" || fail "package name: $(cat "$work/fields")"
grep -q "^Depends: .*libqt6" "$work/fields" || fail "no Qt 6 runtime dependency: $(cat "$work/fields")"
root="$work/root"
for path in usr/bin/ctlite usr/bin/ctlite-report usr/bin/ctlite-viewer; do
  [ -x "$root/$path" ] || fail "$path is not in the package"
done
for pattern in 'usr/share/applications/*.desktop' 'usr/share/mime/packages/*.xml' \
               'usr/share/metainfo/*.xml' 'usr/share/icons/hicolor/*/apps/*' \
               'usr/share/ctlite/models/*/manifest.json'; do
  compgen -G "$root/$pattern" > /dev/null || fail "nothing matches $pattern in the package"
done

# 2. The installed programs run from the scratch root (libraries: the system's, as dpkg would
#    have them; LD_LIBRARY_PATH only in case the package ships private ones).
export LD_LIBRARY_PATH="$root/usr/lib:$root/usr/lib/x86_64-linux-gnu${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
version="$("$root/usr/bin/ctlite" --version)" || fail "installed ctlite --version failed"
expected="$("$ctlite" --version)"
[ "$version" = "$expected" ] || fail "installed version '$version' differs from the build's '$expected'"
"$root/usr/bin/ctlite-report" --help > /dev/null 2>&1 || fail "installed ctlite-report does not start"

# 3. A viewer screenshot from the installed files, on a small phantom.
"$ctlite" synth --count 1 --seed 5 --size small --formats dicom --out "$work/synth" > /dev/null
series=$(find "$work/synth/dicom" -name '*.dcm' -printf '%h\n' | sort -u | head -n 1)
timeout 120 xvfb-run -a -s "-screen 0 1280x800x24" "$root/usr/bin/ctlite-viewer" "$series" \
  --size 1280x800 --screenshot "$work/installed.ppm" > "$work/viewer.log" 2>&1 \
  || fail "installed viewer: $(tail -5 "$work/viewer.log")"
"$python" - "$work/installed.ppm" <<'PY' || fail "the installed viewer's screenshot is blank"
import sys
import numpy as np
data = open(sys.argv[1], "rb").read()
fields = data.split(maxsplit=4)
assert fields[0] == b"P6" and fields[3] == b"255"
width, height = int(fields[1]), int(fields[2])
assert width >= 1000 and height >= 700, (width, height)  # the window may grow to its minimum size
pixels = np.frombuffer(fields[4][:width * height * 3], np.uint8)
assert int(pixels.max()) - int(pixels.min()) > 100 and pixels.std() > 10, (pixels.min(), pixels.max(), pixels.std())
PY
[ -z "${CTLITE_KEEP_SCREENSHOT:-}" ] || cp "$work/installed.ppm" "$CTLITE_KEEP_SCREENSHOT"
echo "deb_install_test: OK ($(basename "$deb"), $(du -k "$deb" | cut -f1) KiB, $version)"
