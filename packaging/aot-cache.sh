#!/usr/bin/env bash
# Makes the AOT cache (JDK 25, JEP 483/514) that a packaged Deal Journal starts with, from one training
# run of the built jar: the window opens a demo journal, shows the list and the review, and quits.
#   packaging/aot-cache.sh [OUTPUT]     default OUTPUT: target/deal-journal.aot
# Start the application with it:
#   java -XX:AOTCache=target/deal-journal.aot -jar target/deal-journal.jar
# The cache is only valid for the same JDK and the same jar and lib/ files (same paths); the JVM ignores
# a stale one with a warning and starts as without it. Needs a display (or Xvfb) for the training run.
# The installers (jpackage) are not set up yet; when they are, this runs at build time and the cache
# is shipped beside the jar, with -XX:AOTCache in the launcher's java options.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-target/deal-journal.aot}"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
training="$(mktemp -d)"
trap 'rm -rf "$training"' EXIT

[[ -f target/deal-journal.jar ]] || mvn -B -q package -DskipTests
"$java" -jar target/deal-journal.jar demo --db "$training/training.db" --prospects 2000 >/dev/null
rm -f "$out"
"$java" -XX:AOTCacheOutput="$out" -Ddealjournal.startupProbe=review \
    -jar target/deal-journal.jar --db "$training/training.db" >/dev/null
ls -l "$out"
