#!/usr/bin/env bash
# The benchmark of issue 7 in one command (see docs/PERFORMANCE.md):
#   bench/run.sh [--quick] [--sizes 1000,10000] [--start-only]
# Builds the jar, makes the demo journals once (kept in bench/work/, not committed), and prints one
# table; it also lands in target/bench/results.md. Without a DISPLAY it starts Xvfb for the start-up
# figures and stops it again by its process id. Needs JDK 25 (JAVA_HOME), Maven, sqlite3 and Xvfb.
set -euo pipefail
cd "$(dirname "$0")/.."

xvfb_pid=""
if [[ -z "${DISPLAY:-}" ]]; then
    if ! command -v Xvfb >/dev/null; then
        echo "bench/run.sh: no DISPLAY and no Xvfb (apt-get install -y xvfb); the start-up figures need one" >&2
        exit 2
    fi
    Xvfb :97 -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb_pid=$!
    export DISPLAY=:97
    trap 'kill "$xvfb_pid" 2>/dev/null || true' EXIT
    sleep 1
fi
if ! command -v sqlite3 >/dev/null; then
    echo "bench/run.sh: sqlite3 is missing (apt-get install -y sqlite3); its floors will read n/a" >&2
fi

mvn -B -Pbench verify -Dbench.args="$*"
