#!/usr/bin/env bash
# Makes an AOT cache (JDK 25, JEP 483/514) for the plain jar, from one training
# run of the built jar: the window opens a demo journal, shows the list and the review, and quits.
#   packaging/aot-cache.sh [OUTPUT]     default OUTPUT: target/deal-journal.aot
# Start the application with it:
#   java -XX:AOTCache=target/deal-journal.aot -jar target/deal-journal.jar
# The cache is only valid for the same JDK and the same jar and lib/ files (same paths); the JVM ignores
# a stale one with a warning and starts as without it. Needs a display (or Xvfb) for the training run.
# The installers record a cache of their own in their image (packaging/build-linux.sh and its twins);
# this one is for the plain jar, as the benchmark starts it.
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
