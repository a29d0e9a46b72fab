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
cat > "$work/workbench.properties" <<PROPS
java-options=$common -Declipse.application=org.appraise.ui.app -Dosgi.instance.area=@user.home/.appraise/workspace
icon=$here/appraise.png
PROPS

echo "appraise package: the application image (jpackage)" >&2
"$jdk/bin/jpackage" --type app-image --name appraise --app-version "$version" --vendor Appraise --icon "$here/appraise.png" \
  --input "$work/input" --main-jar "$launcher" --main-class org.eclipse.equinox.launcher.Main --runtime-image "$work/runtime" \
  --java-options "$common $cli $cli_classes" \
  --add-launcher appraise-workbench="$work/workbench.properties" --dest "$work/image"
cp "$here/appraise.desktop" "$here/appraise.png" "$here/appraise-review.xml" "$work/image/appraise/lib/"
installed=/opt/appraise/lib/app
options="$(echo "$common $cli" | sed "s|\\\$APPDIR|$installed|g")"
cat > "$work/image/appraise/lib/share-classes.sh" <<SCRIPT
#!/bin/sh
# Run as root by the package's postinst: makes /opt/appraise/lib/classes-cli.jsa, the class-data-sharing archive the
# command line maps at every start, from two commands run in a folder of their own (written by build-deb.sh).
set -e
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

echo "appraise package: the .deb (jpackage)" >&2
"$jdk/bin/jpackage" --type deb --app-image "$work/image/appraise" --name appraise --app-version "$version" --vendor Appraise \
  --description "Appraise, the systematic review workbench" --linux-package-name appraise --linux-app-category science \
  --linux-package-deps "libgtk-3-0" --resource-dir "$here/resources" --install-dir /opt --dest "$out"
rm -rf "$work"
ls "$out"/appraise_"$version"*.deb
