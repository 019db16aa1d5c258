# The common start of every tests/app/*.sh end-to-end test (ctest runs them as
# `bash NAME.sh <ctlite> <shared-dir> <build-dir>`). Source it first, passing the arguments:
#   source "$(dirname "$0")/lib/test_prologue.bash" "$@"
# Provides: $ctlite $shared $build, $here (tests/app), $source_dir (the checkout), $python,
# $test_name, a fresh scratch folder $work under the build folder (removed at exit, even when a
# test left it read-only), cleanup_steps (commands run at exit, e.g. stopping a server; append
# with `cleanup_steps+=("kill $pid")`) and fail MESSAGE.
set -euo pipefail
ctlite=$1 shared=$2 build=$3
test_name=${test_name:-$(basename "$0" .sh)}
here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "$here/../.." && pwd)
python=/usr/bin/python3
work=$(mktemp -d "$build/$test_name.XXXXXX")
cleanup_steps=()
on_exit() {
  local step
  for step in "${cleanup_steps[@]}"; do eval "$step" || true; done
  chmod -R u+w "$work" 2> /dev/null || true
  rm -rf "$work"
}
trap on_exit EXIT
fail() { echo "FAIL ($test_name): $*" >&2; exit 1; }
