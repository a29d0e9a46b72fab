#!/usr/bin/env bash
# Installs the .deb as a reviewer would and uses it with no JDK anywhere on the PATH: the command line on a copy of
# the sample review (info, export), the workbench under Xvfb (painted, a screenshot saved), then removes it again.
# Needs root (apt-get) and xvfb-run.  check-installed.sh <appraise_*.deb> <folder for the screenshot>
set -euo pipefail
deb="$(readlink -f "$1")"
shots="$(mkdir -p "$2" && cd "$2" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" >/dev/null 2>&1 \
  || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" >/dev/null; } # a dependency not yet known
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cp -r "$here/samples/hcc-pd1-combination" "$work/review"
run() { env -i HOME="$HOME" PATH=/nonexistent "$@"; } # no java, no JDK, nothing on the PATH
test -s /opt/appraise/lib/classes-cli.jsa || { echo "installed package: postinst made no class-data-sharing archive for the command line" >&2; exit 1; }
run /usr/bin/appraise info "$work/review" > "$work/info.txt"
grep -q "studies: 3" "$work/info.txt" && head -n 1 "$work/info.txt" | grep -q "^Review hcc-pd1-combination" \
  || { echo "installed package: info printed something else first (a Java warning on stdout?): $(head -n 2 "$work/info.txt")" >&2; exit 1; }
run JAVA_TOOL_OPTIONS="-Xlog:class+load=info:file=$work/cli-classes.txt" /usr/bin/appraise export "$work/review" --out "$work/review.xlsx" 2>/dev/null
test -s "$work/review.xlsx"
cli_shared="$(grep -c "shared objects file (top)" "$work/cli-classes.txt" || true)"
[ "$cli_shared" -gt 1000 ] || { echo "installed package: the command line did not use its archive of classes ($cli_shared classes from it)" >&2; exit 1; }
rm -f "$shots/installed-workbench.png"
painted="$(xvfb-run -a -s "-screen 0 1280x1024x24" sh -c 'exec env -i HOME="$HOME" DISPLAY="$DISPLAY" XAUTHORITY="$XAUTHORITY" PATH=/nonexistent APPRAISE_STARTUP_REPORT=exit JAVA_TOOL_OPTIONS="-Xlog:class+load=info:file=$3" \
  APPRAISE_STARTUP_SCREENSHOT="$1" /usr/bin/appraise-workbench "$2"' sh "$shots/installed-workbench.png" "$work/review/review.json" "$work/classes.txt" 2>&1 \
  | grep "workbench painted" || true)"
if [ -z "$painted" ] || [ ! -s "$shots/installed-workbench.png" ] || ! grep -q "Anti-PD-1 combination" <<< "$painted"; then
  echo "installed package: the workbench did not paint the sample review opened through its review.json (or no screenshot): $painted" >&2
  exit 1
fi
if [ ! -L /usr/share/applications/appraise.desktop ] || [ ! -L /usr/share/mime/packages/appraise.xml ]; then
  echo "installed package: no desktop entry or no review.json file type" >&2
  exit 1
fi
archive="without an archive of its classes (the build could not make one)"
if [ -s /opt/appraise/lib/classes-workbench.jsa ]; then
  shared="$(grep -c "shared objects file (top)" "$work/classes.txt" || true)"
  [ "$shared" -gt 1000 ] || { echo "installed package: the workbench did not use its archive of classes ($shared classes from it)" >&2; exit 1; }
  archive="$shared classes from its archive"
fi
echo "installed package: info and export ran ($cli_shared classes from the command line's archive), $painted, $archive, screenshot $shots/installed-workbench.png" >&2
DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq appraise >/dev/null
test ! -e /usr/bin/appraise && test ! -e /opt/appraise/lib/classes-cli.jsa && test ! -e /opt/appraise/lib/classes-workbench.jsa
echo "installed package: removed cleanly" >&2
