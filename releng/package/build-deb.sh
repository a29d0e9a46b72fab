#!/usr/bin/env bash
# Builds the installable package of Appraise: a Java runtime made by jlink (no JDK needed where it is installed), an
# application image by jpackage with two native launchers (appraise: the command line; appraise-workbench: the
# workbench), and a .deb that installs them under /opt/appraise with appraise and appraise-workbench on the PATH, a
# desktop entry and an icon. Called by the Maven profile -Prelease of releng/org.appraise.product, after the product
# is materialized:  ./mvnw -B verify -Prelease -DskipTests   (needs jlink, jpackage, dpkg-deb and fakeroot)
#   build-deb.sh <materialized product folder> <version> <output folder>
set -euo pipefail
product="$1"
version="$2"
out="$3"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
work="$out/package-work"
rm -rf "$work" && mkdir -p "$work" "$out"
jdk="$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")"

# the runtime carries a class-data-sharing archive of its own classes (--generate-cds-archive), which every start maps
echo "appraise package: a Java runtime (jlink)" >&2
"$jdk/bin/jlink" --add-modules java.se,jdk.unsupported,jdk.xml.dom,jdk.zipfs,jdk.crypto.ec,jdk.charsets,jdk.localedata,jdk.management,jdk.net,jdk.security.auth,jdk.accessibility \
  --strip-debug --no-header-files --no-man-pages --compress=2 --generate-cds-archive --output "$work/runtime"

cp -r "$product" "$work/input"
rm -rf "$work/input/p2" "$work/input/artifacts.xml"
launcher="$(cd "$work/input" && ls plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)"
# Equinox reads the application from eclipse.application; the install is read-only: each user's OSGi configuration
# area goes under ~/.cache/appraise (per build: an area made by another build is never reused), the installed one is
# its shared parent
common="-Xmx2g -Dosgi.install.area=\$APPDIR -Dosgi.sharedConfiguration.area=\$APPDIR/configuration"
build="$(ls "$work/input/features" | sed -n 's/^org\.appraise\.feature_//p' | head -n 1)" # 0.1.0.v20261203-1047: one area per build
common="$common -Dosgi.configuration.area=@user.home/.cache/appraise/config-$build"
common="$common -Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory"
# the command line also maps an archive of the classes a start loads (Equinox's and the bundles'), made by postinst
# where the installed paths are final (an archive records them); until it exists a start runs without it and says nothing
cli="-XX:+UseParallelGC -Xms1g -Djava.awt.headless=true -Declipse.application=org.appraise.cli.app -Dosgi.instance.area=@none"
cli_classes="-XX:SharedArchiveFile=\$APPDIR/../classes-cli.jsa -Xlog:cds=off -Xlog:cds+dynamic=off"
workbench="-Declipse.application=org.appraise.ui.app -Dosgi.instance.area=@user.home/.appraise/workspace"
cat > "$work/workbench.properties" <<PROPS
java-options=$common $workbench -XX:SharedArchiveFile=\$APPDIR/../classes-workbench.jsa -Xlog:cds=off -Xlog:cds+dynamic=off
icon=$here/appraise.png
PROPS

echo "appraise package: the application image (jpackage)" >&2
"$jdk/bin/jpackage" --type app-image --name appraise --app-version "$version" --vendor Appraise --icon "$here/appraise.png" \
  --input "$work/input" --main-jar "$launcher" --main-class org.eclipse.equinox.launcher.Main --runtime-image "$work/runtime" \
  --java-options "$common $cli $cli_classes" \
  --add-launcher appraise-workbench="$work/workbench.properties" --dest "$work/image"
cp "$here/appraise.desktop" "$here/appraise.png" "$here/appraise-review.xml" "$work/image/appraise/lib/"
installed=/opt/appraise/lib/app
# An archive records the time of the jar it was started from, and jpackage's .deb gives every file the time it was
# packed: the launcher jar has one fixed time, here before the workbench's archive is made and again at install
# (share-classes.sh, which postinst runs)
stamp=200001010000
touch -t "$stamp" "$work/image/appraise/lib/app/$launcher"
options="$(echo "$common $cli" | sed "s|\\\$APPDIR|$installed|g")"
cat > "$work/image/appraise/lib/share-classes.sh" <<SCRIPT
#!/bin/sh
# Run as root by the package's postinst: makes /opt/appraise/lib/classes-cli.jsa, the class-data-sharing archive the
# command line maps at every start, from two commands run in a folder of their own (written by build-deb.sh).
set -e
touch -t $stamp $installed/$launcher
work="\$(mktemp -d)"
trap 'rm -rf "\$work"' EXIT
run() { /opt/appraise/lib/runtime/bin/java "\$@"; }
options="$options -Dosgi.configuration.area=\$work/config -Dappraise.cache=\$work -cp $installed/$launcher"
run \$options org.eclipse.equinox.launcher.Main new "\$work/review" --title "Classes" --reviewer "ab:Archive" >/dev/null 2>&1
run -XX:ArchiveClassesAtExit=/opt/appraise/lib/classes-cli.jsa.part -Xlog:cds=off -Xlog:cds+dynamic=off \$options \\
  org.eclipse.equinox.launcher.Main validate "\$work/review" >/dev/null 2>&1
mv -f /opt/appraise/lib/classes-cli.jsa.part /opt/appraise/lib/classes-cli.jsa
SCRIPT
chmod +x "$work/image/appraise/lib/share-classes.sh"

# The workbench's archive needs a display, so it is made here, by one start of the image under Xvfb on the sample
# review, with the image mounted at /opt/appraise in a mount namespace of its own (an archive records the paths it was
# made at). Without unshare, mount rights or xvfb-run the package is built without it: the workbench then starts
# without it, as before, and says nothing.
echo "appraise package: the workbench's class-data-sharing archive (one start under Xvfb)" >&2
sample="$(cd "$here/../../samples/hcc-pd1-combination" && pwd)"
workbench_options="$(echo "$common $workbench" | sed "s|\\\$APPDIR|$installed|g")"
cat > "$work/workbench-archive.sh" <<SCRIPT
set -e
mount -t tmpfs appraise-build /opt && mkdir /opt/appraise && mount --bind "$work/image/appraise" /opt/appraise
scratch="\$(mktemp -d)"
cp -r "$sample" "\$scratch/review"
APPRAISE_STARTUP_REPORT=exit timeout 180 xvfb-run -a -s "-screen 0 1280x1024x24" /opt/appraise/lib/runtime/bin/java \\
  -XX:ArchiveClassesAtExit=/opt/appraise/lib/classes-workbench.jsa -Xlog:cds=off -Xlog:cds+dynamic=off \\
  $workbench_options -Dosgi.configuration.area=\$scratch/config \\
  -Dosgi.instance.area=\$scratch/workspace -Dappraise.cache=\$scratch -cp $installed/$launcher org.eclipse.equinox.launcher.Main "\$scratch/review" 2>&1 \\
  | grep "workbench painted" >&2
rm -rf "\$scratch"
SCRIPT
namespace=(unshare -m --propagation private)
[ "$(id -u)" = 0 ] || namespace=(unshare -r -m --propagation private)
if command -v xvfb-run >/dev/null 2>&1 && "${namespace[@]}" bash "$work/workbench-archive.sh" && [ -s "$work/image/appraise/lib/classes-workbench.jsa" ]; then
  echo "appraise package: workbench archive $(du -h "$work/image/appraise/lib/classes-workbench.jsa" | cut -f1)" >&2
else
  rm -f "$work/image/appraise/lib/classes-workbench.jsa"
  echo "appraise package: no archive for the workbench (needs unshare with mount rights and xvfb-run); it starts without one" >&2
fi

echo "appraise package: the .deb (jpackage)" >&2
"$jdk/bin/jpackage" --type deb --app-image "$work/image/appraise" --name appraise --app-version "$version" --vendor Appraise \
  --description "Appraise, the systematic review workbench" --linux-package-name appraise --linux-app-category science \
  --linux-package-deps "libgtk-3-0" --resource-dir "$here/resources" --install-dir /opt --dest "$out"
rm -rf "$work"
ls "$out"/appraise_"$version"*.deb
