#!/usr/bin/env bash
# GUI check on a virtual display: installs Xvfb and ImageMagick, starts Xvfb on a free display, runs the GUI smoke
# test (MASON Console + map + ticker + the three MASON charts + "what blocks a treaty", played past month 300), takes
# a whole-screen screenshot with `import -window root`, checks the screenshots exist and are not trivial, and stops
# Xvfb.
# Screenshots are left in target/screenshots/ for inspection. Exit status is non-zero on any failure.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
shots=target/screenshots

need=()
command -v Xvfb >/dev/null || need+=(xvfb)
command -v import >/dev/null || need+=(imagemagick)
if [ ${#need[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq -o DPkg::Lock::Timeout=300
  apt-get install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=300 "${need[@]}" >/dev/null
fi

tmp=$(mktemp -d)
xvfb_pid=
cleanup() {
  if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid" 2>/dev/null || true; wait "$xvfb_pid" 2>/dev/null || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT

# -displayfd makes Xvfb choose a free display number and report it, so parallel jobs do not collide.
Xvfb -displayfd 3 -screen 0 1920x1080x24 -nolisten tcp 3>"$tmp/display" 2>"$tmp/xvfb.log" &
xvfb_pid=$!
for _ in $(seq 1 100); do [ -s "$tmp/display" ] && break; sleep 0.1; done
[ -s "$tmp/display" ] || { echo "gui.sh: Xvfb did not start" >&2; cat "$tmp/xvfb.log" >&2; exit 1; }
export DISPLAY=":$(head -n1 "$tmp/display")"
echo "gui.sh: Xvfb on $DISPLAY"

rm -rf "$shots"
mvn -B -q test -Dtest=GuiSmokeTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Dtreatysim.gui=true -Dtreatysim.gui.import="$PWD/$shots/desktop.png"

# The test must have run (not been skipped) and written every screenshot.
report=target/surefire-reports/TEST-org.treatysim.gui.GuiSmokeTest.xml
grep -q 'tests="1"' "$report" && grep -q 'skipped="0"' "$report" || { echo "gui.sh: GuiSmokeTest did not run (skipped)" >&2; exit 1; }
for f in desktop screen console map ticker chart-1 chart-2 chart-3 blocking; do
  p="$shots/$f.png"
  [ -f "$p" ] || { echo "gui.sh: missing $p" >&2; exit 1; }
  size=$(stat -c %s "$p")
  colours=$(identify -format '%k' "$p")
  if [ "$size" -lt 5000 ] || [ "$colours" -lt 16 ]; then
    echo "gui.sh: $p looks blank ($size bytes, $colours colours)" >&2; exit 1
  fi
done
geometry=$(identify -format '%wx%h' "$shots/desktop.png")
[ "$geometry" = 1920x1080 ] || { echo "gui.sh: desktop.png is $geometry, expected 1920x1080" >&2; exit 1; }
echo "gui.sh: ok, screenshots in $shots/"
