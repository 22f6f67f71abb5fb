#!/usr/bin/env bash
# Browser check of the classroom web app (`treatysim serve`): installs Debian's chromium and chromium-driver, runs
# BrowserTest, which starts the server on a free loopback port and drives the pages with Selenium through
# /usr/bin/chromedriver (gallery; builder with an intervention, a shock switched off and errors marked at their lines;
# a compare read back from the page and checked against summary.json; chart hover and zoom; what blocks a treaty; the
# decisions; a story side by side; a replay and one of its stories; no console error). Screenshots are left in
# target/browser/ for inspection. Exit status is non-zero on any failure.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
shots=target/browser

need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -x /usr/bin/chromedriver ] || need+=(chromium-driver)
if [ ${#need[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq -o DPkg::Lock::Timeout=300
  apt-get install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=300 "${need[@]}" >/dev/null
fi
echo "browser.sh: $(/usr/bin/chromium --version 2>/dev/null | head -1); $(/usr/bin/chromedriver --version | head -1)"

rm -rf "$shots"
mvn -B -q test -Dtest=BrowserTest -Dsurefire.failIfNoSpecifiedTests=false -Dtreatysim.browser=true \
    -Dwebdriver.chrome.driver=/usr/bin/chromedriver -Dtreatysim.chromium=/usr/bin/chromium

# The test must have run (not been skipped) and saved every screenshot.
report=target/surefire-reports/TEST-org.treatysim.web.BrowserTest.xml
grep -q 'tests="1"' "$report" && grep -q 'skipped="0"' "$report" || { echo "browser.sh: BrowserTest did not run (skipped)" >&2; exit 1; }
for f in gallery builder builder-error compare compare-zoomed blocking decisions story compare-downloads replay replay-story; do
  p="$shots/$f.png"
  [ -f "$p" ] || { echo "browser.sh: missing $p" >&2; exit 1; }
  [ "$(stat -c %s "$p")" -ge 20000 ] || { echo "browser.sh: $p looks blank" >&2; exit 1; }
done
echo "browser.sh: ok, screenshots in $shots/"
