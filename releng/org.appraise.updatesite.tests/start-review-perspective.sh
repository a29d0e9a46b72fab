#!/usr/bin/env bash
# Starts the bare IDE into which the p2 director installed Appraise from the update site, on Appraise's Review
# perspective, under the build's X display (the README's test command runs under xvfb-run), and checks what an Eclipse
# user would see: Appraise's bundles and libraries installed (EMF from the update site, the rest from the IDE), the
# Review perspective open in the IDE's own workbench with Appraise's views painted, and no error in the IDE's log.
# The views report themselves when APPRAISE_HOSTED_CHECK names a file (HostedCheck), save a screenshot, then close
# the IDE.   start-review-perspective.sh <installed IDE> <folder for the screenshot>
set -euo pipefail
ide="$1"
shots="$(mkdir -p "$2" && cd "$2" && pwd)"
fail() { echo "update site: $*" >&2; exit 1; }
[ -n "${DISPLAY:-}" ] || fail "no X display: run the build under xvfb-run, as the README's test command does"
bundles="$ide/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
for bundle in org.appraise.ui org.appraise.core org.appraise.cli wrapped.org.apache.poi.poi org.eclipse.jgit org.eclipse.emf.ecore; do
  grep -q "^$bundle," "$bundles" || fail "the director did not install $bundle into the IDE ($bundles)"
done
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
launcher="$(ls "$ide"/plugins/org.eclipse.equinox.launcher_*.jar | head -1)"
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
rm -f "$shots/bare-ide-review-perspective.png"
status=0
APPRAISE_HOSTED_CHECK="$work/report.txt" APPRAISE_STARTUP_SCREENSHOT="$shots/bare-ide-review-perspective.png" \
  timeout 300 "$java_bin" -Xmx1g -Dorg.eclipse.swt.internal.gtk.disablePrinting -jar "$launcher" -nosplash -consoleLog \
  -data "$work/workspace" -perspective org.appraise.ui.perspective > "$work/console.txt" 2>&1 || status=$?
[ -s "$work/report.txt" ] || { cat "$work/console.txt" >&2; fail "the IDE (exit $status) never painted Appraise's views"; }
report="$(cat "$work/report.txt")"
echo "update site: $report" >&2
for expected in "application org.eclipse.ui.ide.workbench" "perspective org.appraise.ui.perspective" org.appraise.ui.studies org.appraise.ui.paper; do
  grep -q "$expected" <<< "$report" || fail "expected '$expected' in the report"
done
log="$work/workspace/.metadata/.log"
if [ -f "$log" ] && grep -q "^!ENTRY .* 4 " "$log"; then
  cat "$log" >&2
  fail "the IDE logged errors (above)"
fi
[ -s "$shots/bare-ide-review-perspective.png" ] || fail "no screenshot"
echo "update site: installed into a bare IDE with the p2 director, Review perspective painted, screenshot $shots/bare-ide-review-perspective.png" >&2
