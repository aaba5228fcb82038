#!/usr/bin/env bash
# Builds Deal Journal's Linux installers into target/installer/:
#   Deal Journal/                        the app image (a folder that runs as it is: bin/Deal Journal)
#   deal-journal_VERSION_amd64.deb      the Debian package of that image, installed under /opt/deal-journal
# Steps: mvn package (when the jar is missing or older than the sources), jlink a runtime, jpackage the app
# image, an AOT training run of that image with its own runtime under a private Xvfb, then jpackage the .deb
# from the trained image. See packaging/README.md.
#
# Needs: JDK 25 (JAVA_HOME, or found under /usr/lib/jvm), Maven, Xvfb, fakeroot and dpkg-deb:
#   sudo apt-get install -y xvfb fakeroot dpkg-dev libgtk-3-0 libxtst6
# Environment: MVN_ARGS (extra Maven arguments, such as -o), SOURCE_DATE_EPOCH (the files' time stamp,
# default the last commit's time).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

APP_NAME="Deal Journal"
PACKAGE=deal-journal
VENDOR="Deal Journal"
DESCRIPTION="Log the pressure moments of sales conversations, review them monthly"
MAIN_CLASS=com.dealjournal.app.Main
# The JDK modules the application uses (jdeps --print-module-deps over the jar and target/lib, plus
# jdk.unsupported for JavaFX and jdk.localedata so that every locale formats money and dates as with a full JDK).
MODULES=java.base,java.desktop,java.logging,java.scripting,java.sql,java.xml,jdk.jfr,jdk.unsupported,jdk.localedata

OUT=$ROOT/target/installer
WORK=$OUT/work
IMAGE="$OUT/$APP_NAME"

say() { printf 'build-linux: %s\n' "$*"; }
fail() { printf 'build-linux: %s\n' "$*" >&2; exit 1; }

java_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }
if [ -z "${JAVA_HOME:-}" ] || [ ! -x "$JAVA_HOME/bin/jpackage" ] || [ "$(java_major "$JAVA_HOME")" -lt 25 ] 2>/dev/null; then
  JAVA_HOME=""
  for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*25* /usr/lib/jvm/*; do
    if [ -x "$candidate/bin/jpackage" ] && [ "$(java_major "$candidate")" -ge 25 ] 2>/dev/null; then
      JAVA_HOME=$candidate
      break
    fi
  done
fi
[ -n "$JAVA_HOME" ] || fail "no JDK 25 with jpackage found: set JAVA_HOME to a JDK 25"
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"
for tool in Xvfb fakeroot dpkg-deb; do
  command -v "$tool" >/dev/null || fail "$tool is missing: sudo apt-get install -y xvfb fakeroot dpkg-dev libgtk-3-0 libxtst6"
done

# 1. The jar and its libraries.
if [ ! -f target/deal-journal.jar ] || [ -n "$(find pom.xml src -newer target/deal-journal.jar -print -quit)" ]; then
  say "mvn package"
  mvn -B -q ${MVN_ARGS:-} package -DskipTests
fi
VERSION=$(unzip -p target/deal-journal.jar META-INF/MANIFEST.MF | sed -n 's/^Implementation-Version: //p' | tr -d '\r')
[ -n "$VERSION" ] || fail "no Implementation-Version in target/deal-journal.jar"
# Every file of the image gets this time stamp, and dpkg-deb clamps the .deb's to it (SOURCE_DATE_EPOCH):
# the AOT cache records its jars' times and is refused by the JVM if they differ once installed.
STAMP=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}
say "Deal Journal $VERSION, files stamped $(date -u -d "@$STAMP" +%FT%TZ)"

rm -rf "$OUT"
mkdir -p "$WORK/input" "$WORK/resources"
cp target/deal-journal.jar "$WORK/input/"
cp -r target/lib "$WORK/input/lib"
# The native libraries, unpacked beside the jars, where JavaFX looks first, and in lib/app/native, where SQLite
# is told to look: else every start hashes JavaFX's against its copies in ~/.openjfx and writes SQLite's to /tmp.
for jar in "$WORK"/input/lib/javafx-*-linux*.jar; do
  unzip -q -o -j "$jar" '*.so' -d "$WORK/input/lib" 2>/dev/null || [ $? -eq 11 ]   # 11: this jar has none
done
case "$(uname -m)" in
  x86_64|amd64) SQLITE_ARCH=x86_64 ;;
  aarch64|arm64) SQLITE_ARCH=aarch64 ;;
  *) fail "no SQLite native library known for $(uname -m)" ;;
esac
mkdir -p "$WORK/input/native"
unzip -q -o -j "$WORK"/input/lib/sqlite-jdbc-*.jar "org/sqlite/native/Linux/$SQLITE_ARCH/libsqlitejdbc.so" \
  -d "$WORK/input/native"

# 2. The runtime: only the modules above, no debug symbols, man pages or headers; with the JDK's default CDS
# archive, which the JVM falls back to should the AOT cache ever be refused.
say "jlink"
jlink --add-modules "$MODULES" --strip-debug --no-man-pages --no-header-files --generate-cds-archive \
  --output "$WORK/runtime" >/dev/null

# 3. The app image. $APPDIR is the image's lib/app folder, expanded by the launcher.
say "jpackage app image"
jpackage --type app-image --dest "$OUT" \
  --name "$APP_NAME" --app-version "$VERSION" --vendor "$VENDOR" --description "$DESCRIPTION" \
  --icon assets/icon/deal-journal-256.png \
  --input "$WORK/input" --main-jar deal-journal.jar --main-class "$MAIN_CLASS" \
  --runtime-image "$WORK/runtime" \
  --java-options '--enable-native-access=ALL-UNNAMED' --java-options '-XX:+UseSerialGC' \
  --java-options '-Dorg.sqlite.lib.path=$APPDIR/native' --java-options '-Dorg.sqlite.lib.name=libsqlitejdbc.so' \
  --java-options '-XX:AOTCache=$APPDIR/app.aot'

# 4. The AOT training run: the image's own launcher and runtime on a demo journal in a private data folder,
# under a private Xvfb; the application shows the list and the review, then quits (TrainingRun.java).
say "AOT training run"
CFG="$IMAGE/lib/app/$APP_NAME.cfg"
cp -p "$CFG" "$WORK/launcher.cfg"
# the launcher's -XX:AOTCache cannot be given with -XX:AOTCacheOutput: leave it out for the training run only
grep -v -e '-XX:AOTCache=' "$WORK/launcher.cfg" > "$CFG"
find "$IMAGE" -exec touch -h -d "@$STAMP" {} +

XVFB_PID=""
stop_xvfb() { if [ -n "$XVFB_PID" ]; then kill "$XVFB_PID" 2>/dev/null || true; wait "$XVFB_PID" 2>/dev/null || true; fi; }
trap stop_xvfb EXIT
exec 3> "$WORK/xvfb.display"
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp > "$WORK/xvfb.log" 2>&1 &
XVFB_PID=$!
exec 3>&-
for _ in $(seq 50); do [ -s "$WORK/xvfb.display" ] && break; sleep 0.1; done
[ -s "$WORK/xvfb.display" ] || fail "Xvfb did not start: $(cat "$WORK/xvfb.log")"
DISPLAY=":$(head -1 "$WORK/xvfb.display")"

training() {  # the launcher as the menu entry starts it, in the training data folder, with preferences of its own
  env -u DEAL_JOURNAL_DB DISPLAY="$DISPLAY" XDG_DATA_HOME="$WORK/training" LANG=C.UTF-8 \
    JAVA_TOOL_OPTIONS="-Djava.util.prefs.userRoot=$WORK/prefs $1" timeout 600 "$IMAGE/bin/$APP_NAME" "${@:2}"
}
training "" demo --db "$WORK/training/deal-journal/journal.db" > "$WORK/demo.log" 2>&1 \
  || fail "the demo journal for the training run failed: $(cat "$WORK/demo.log")"
if ! training "-XX:AOTCacheOutput=\"$WORK/app.aot\" -Ddealjournal.trainingRun=true" > "$WORK/training.log" 2>&1 \
    || ! grep -q '^training-run review-shown' "$WORK/training.log" || [ ! -s "$WORK/app.aot" ]; then
  tail -20 "$WORK/training.log" >&2
  fail "the training run failed; its output is in $WORK/training.log"
fi
cp -p "$WORK/launcher.cfg" "$CFG"
mv "$WORK/app.aot" "$IMAGE/lib/app/app.aot"
find "$IMAGE" -exec touch -h -d "@$STAMP" {} +

# The trained image must start on its cache: with -XX:AOTMode=on the JVM exits with an error if it cannot.
training "-XX:AOTMode=on -Ddealjournal.trainingRun=true" > "$WORK/check.log" 2>&1 \
  || fail "the image does not start on its AOT cache: $(tail -5 "$WORK/check.log")"
stop_xvfb
XVFB_PID=""
say "AOT cache: $(du -h "$IMAGE/lib/app/app.aot" | cut -f1), used by the image"

# 5. The .deb from the trained image. jpackage takes the desktop entry's template and its icon from the
# resource folder, by the launcher's name, and the maintainer scripts that install the entry by their own;
# SOURCE_DATE_EPOCH makes dpkg-deb clamp the files' times to STAMP.
cp packaging/linux/deal-journal.desktop "$WORK/resources/$APP_NAME.desktop"
cp assets/icon/deal-journal-256.png "$WORK/resources/$APP_NAME.png"
cp packaging/linux/postinst packaging/linux/prerm "$WORK/resources/"
say "jpackage .deb (compressing takes a few minutes)"
SOURCE_DATE_EPOCH=$STAMP jpackage --type deb --dest "$OUT" --app-image "$IMAGE" \
  --name "$APP_NAME" --app-version "$VERSION" --vendor "$VENDOR" --description "$DESCRIPTION" \
  --linux-package-name "$PACKAGE" --linux-app-category office --linux-menu-group Office --linux-shortcut \
  --linux-package-deps 'libgtk-3-0, libxtst6' \
  --resource-dir "$WORK/resources"

DEB=$(ls "$OUT/${PACKAGE}_${VERSION}"_*.deb)
# postinst and prerm name the desktop entry by the path jpackage gives it
dpkg-deb -c "$DEB" > "$WORK/contents.txt"
grep -q "\./opt/$PACKAGE/lib/$PACKAGE-${APP_NAME// /_}\.desktop\$" "$WORK/contents.txt" \
  || fail "the .deb has no /opt/$PACKAGE/lib/$PACKAGE-${APP_NAME// /_}.desktop, which packaging/linux/postinst installs"
# the cache's jars and the cache itself must keep the time they had at training once installed
times=$(dpkg-deb --fsys-tarfile "$DEB" | tar -tv --full-time --utc | grep -E '/lib/app/.*\.(jar|aot)$' \
  | awk '{ print $4 " " $5 }' | sort -u)
[ "$times" = "$(date -u -d "@$STAMP" '+%F %T')" ] \
  || fail "the .deb's jars do not all carry the training run's time $(date -u -d "@$STAMP" '+%F %T'): $times"

rm -rf "$WORK"
say "done:"
ls -1 "$OUT" | sed 's/^/  target\/installer\//'
