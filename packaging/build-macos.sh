#!/usr/bin/env bash
# Builds Deal Journal's macOS installer into target/installer/, on a Mac (Apple silicon or Intel; the build is
# for the Mac it runs on, because target/lib holds that platform's JavaFX):
#   Deal Journal.app              the app image, with its jlinked runtime and AOT cache
#   Deal Journal-VERSION.dmg      a disk image holding it and a link to /Applications, to drag it across
# The same steps as packaging/build-linux.sh: mvn package, jlink, jpackage the app image, an AOT training run
# of that image with its own runtime (a window opens and closes by itself; do not click it), then the .dmg.
#
# Needs: JDK 25 (JAVA_HOME, or /usr/libexec/java_home -v 25), Maven, and the Xcode command line tools
# (codesign, hdiutil): xcode-select --install
# Environment: MVN_ARGS (extra Maven arguments), SOURCE_DATE_EPOCH (the files' time stamp, default the last
# commit's time), MAC_SIGN_IDENTITY (a "Developer ID Application: ..." identity; default: ad-hoc signing).
#
# Not run by this project's CI or on its Linux machines: written to mirror the Linux script, step for step.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

APP_NAME="Deal Journal"
VENDOR="Deal Journal"
DESCRIPTION="Log the pressure moments of sales conversations, review them monthly"
MAIN_CLASS=com.dealjournal.app.Main
BUNDLE_ID=com.dealjournal.app
MODULES=java.base,java.desktop,java.logging,java.scripting,java.sql,java.xml,jdk.jfr,jdk.unsupported,jdk.localedata

OUT=$ROOT/target/installer
WORK=$OUT/work
APP="$OUT/$APP_NAME.app"

say() { printf 'build-macos: %s\n' "$*"; }
fail() { printf 'build-macos: %s\n' "$*" >&2; exit 1; }

if [ -z "${JAVA_HOME:-}" ] || [ ! -x "$JAVA_HOME/bin/jpackage" ]; then
  JAVA_HOME=$(/usr/libexec/java_home -v 25 2>/dev/null) || fail "no JDK 25 found: set JAVA_HOME to a JDK 25"
fi
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"
"$JAVA_HOME/bin/java" -version 2>&1 | grep -q 'version "25' || fail "JAVA_HOME ($JAVA_HOME) is not a JDK 25"

# 1. The jar and its libraries.
if [ ! -f target/deal-journal.jar ] || [ -n "$(find pom.xml src -newer target/deal-journal.jar -print -quit)" ]; then
  say "mvn package"
  mvn -B -q ${MVN_ARGS:-} package -DskipTests
fi
VERSION=$(unzip -p target/deal-journal.jar META-INF/MANIFEST.MF | sed -n 's/^Implementation-Version: //p' | tr -d '\r')
[ -n "$VERSION" ] || fail "no Implementation-Version in target/deal-journal.jar"
# The AOT cache records its jars' times: every file gets this one, and the .dmg keeps it (see step 5).
STAMP=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}
TOUCH_TIME=$(date -u -r "$STAMP" +%Y%m%d%H%M.%S)
say "Deal Journal $VERSION, files stamped $(date -u -r "$STAMP" +%FT%TZ)"

rm -rf "$OUT"
mkdir -p "$WORK/input" "$WORK/dmg"
cp target/deal-journal.jar "$WORK/input/"
cp -R target/lib "$WORK/input/lib"

# 2. The runtime.
say "jlink"
jlink --add-modules "$MODULES" --strip-debug --no-man-pages --no-header-files --generate-cds-archive \
  --output "$WORK/runtime" >/dev/null

# 3. The app image. $APPDIR is Contents/app, expanded by the launcher.
say "jpackage app image"
jpackage --type app-image --dest "$OUT" \
  --name "$APP_NAME" --app-version "$VERSION" --vendor "$VENDOR" --description "$DESCRIPTION" \
  --icon assets/icon/deal-journal.icns \
  --mac-package-identifier "$BUNDLE_ID" --mac-package-name "$APP_NAME" --mac-app-category business \
  --input "$WORK/input" --main-jar deal-journal.jar --main-class "$MAIN_CLASS" \
  --runtime-image "$WORK/runtime" \
  --java-options '--enable-native-access=ALL-UNNAMED' --java-options '-XX:+UseSerialGC' \
  --java-options '-XX:AOTCache=$APPDIR/app.aot'

# 4. The AOT training run, on a demo journal in the work folder (DEAL_JOURNAL_DB), never the user's own.
say "AOT training run (a window opens and closes by itself)"
CFG="$APP/Contents/app/$APP_NAME.cfg"
LAUNCHER="$APP/Contents/MacOS/$APP_NAME"
cp -p "$CFG" "$WORK/launcher.cfg"
grep -v -e '-XX:AOTCache=' "$WORK/launcher.cfg" > "$CFG"
find "$APP" -exec env TZ=UTC touch -h -t "$TOUCH_TIME" {} +
training() {
  env DEAL_JOURNAL_DB="$WORK/training/journal.db" LANG=en_US.UTF-8 JAVA_TOOL_OPTIONS="$1" "$LAUNCHER" "${@:2}"
}
mkdir -p "$WORK/training"
training "" demo --db "$WORK/training/journal.db" > "$WORK/demo.log" 2>&1 \
  || fail "the demo journal for the training run failed: $(cat "$WORK/demo.log")"
if ! training "-XX:AOTCacheOutput=\"$WORK/app.aot\" -Ddealjournal.trainingRun=true" > "$WORK/training.log" 2>&1 \
    || ! grep -q '^training-run review-shown' "$WORK/training.log" || [ ! -s "$WORK/app.aot" ]; then
  tail -20 "$WORK/training.log" >&2
  fail "the training run failed; its output is in $WORK/training.log"
fi
cp -p "$WORK/launcher.cfg" "$CFG"
mv "$WORK/app.aot" "$APP/Contents/app/app.aot"
find "$APP" -exec env TZ=UTC touch -h -t "$TOUCH_TIME" {} +
training "-XX:AOTMode=on -Ddealjournal.trainingRun=true" > "$WORK/check.log" 2>&1 \
  || fail "the app does not start on its AOT cache: $(tail -5 "$WORK/check.log")"
say "AOT cache: $(du -h "$APP/Contents/app/app.aot" | cut -f1), used by the app"

# The cache was added after jpackage signed the bundle: sign it again, so that its seal covers app.aot.
if [ -n "${MAC_SIGN_IDENTITY:-}" ]; then
  codesign --force --deep --timestamp --options runtime --entitlements packaging/macos/entitlements.plist \
    --sign "$MAC_SIGN_IDENTITY" "$APP"
else
  codesign --force --deep --sign - "$APP"
fi
codesign --verify --deep --strict "$APP"

# 5. The .dmg, made by hdiutil from a copy that keeps the files' times (ditto): jpackage --type dmg would copy
# the app again with new times, and the JVM would then refuse the cache. Finder keeps them when the user drags
# the app to /Applications.
say "hdiutil .dmg"
ditto "$APP" "$WORK/dmg/$APP_NAME.app"
ln -s /Applications "$WORK/dmg/Applications"
hdiutil create -volname "$APP_NAME" -srcfolder "$WORK/dmg" -fs HFS+ -format UDZO -ov \
  "$OUT/$APP_NAME-$VERSION.dmg" >/dev/null

rm -rf "$WORK"
say "done:"
ls -1 "$OUT" | sed 's/^/  target\/installer\//'
