#!/usr/bin/env bash
# Times the packaged application's start with and without its AOT cache, on Linux:
#   packaging/measure-startup.sh [APP_DIR] [RUNS]
# APP_DIR is an installed package (default /opt/deal-journal) or an app image (target/installer/Deal Journal).
# Each run is a new process started by the application's own launcher on a 40-prospect demo journal in a
# temporary folder (DEAL_JOURNAL_DB; the user's journal is never opened), and is timed from just before the
# launcher starts to the first rendered frame showing the filled prospect list, as the training run prints it
# (-Ddealjournal.trainingRun=true, TrainingRun.java); the run then opens the review and quits.
# Three variants take turns, after one unrecorded run of each that fills the file system cache:
#   aot       the application as installed, on its AOT cache (lib/app/app.aot)
#   no-aot    a copy of it without the cache, on the runtime's default CDS archive: the baseline
#   no-cds    the same copy with -XX:AOTMode=off, no class data sharing at all
# Needs Xvfb when DISPLAY is not set, and GNU time (/usr/bin/time, Debian's package time).
set -euo pipefail

APP_DIR=${1:-/opt/deal-journal}
RUNS=${2:-7}
LAUNCHER=$(find "$APP_DIR/bin" -maxdepth 1 -type f -perm -u+x | head -1)
[ -x "$LAUNCHER" ] || { echo "measure-startup: no launcher in $APP_DIR/bin" >&2; exit 1; }
[ -f "$APP_DIR/lib/app/app.aot" ] || { echo "measure-startup: $APP_DIR has no lib/app/app.aot" >&2; exit 1; }

TMP=$(mktemp -d)
XVFB_PID=""
cleanup() {
  if [ -n "$XVFB_PID" ]; then kill "$XVFB_PID" 2>/dev/null || true; wait "$XVFB_PID" 2>/dev/null || true; fi
  rm -rf "$TMP"
}
trap cleanup EXIT
if [ -z "${DISPLAY:-}" ]; then
  exec 3> "$TMP/display"
  Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp > "$TMP/xvfb.log" 2>&1 &
  XVFB_PID=$!
  exec 3>&-
  for _ in $(seq 50); do [ -s "$TMP/display" ] && break; sleep 0.1; done
  export DISPLAY=":$(head -1 "$TMP/display")"
fi

# the baseline: the same files, without the cache and without the launcher option that names it
cp -a "$APP_DIR" "$TMP/no-aot"
rm "$TMP/no-aot/lib/app/app.aot"
for cfg in "$TMP"/no-aot/lib/app/*.cfg; do
  grep -v -e '-XX:AOTCache=' "$cfg" > "$cfg.new" && mv "$cfg.new" "$cfg"
done
NO_AOT_LAUNCHER="$TMP/no-aot/bin/$(basename "$LAUNCHER")"

export DEAL_JOURNAL_DB="$TMP/journal.db"
"$LAUNCHER" demo --db "$DEAL_JOURNAL_DB" > /dev/null 2>&1

# one run: prints the milliseconds to the filled list and the process's CPU seconds (user + system), or fails
run() {
  local variant=$1 launcher=$2 options="-Ddealjournal.trainingRun=true" start shown
  [ "$variant" = no-cds ] && options="-XX:AOTMode=off $options"
  start=$(date +%s%3N)
  JAVA_TOOL_OPTIONS=$options /usr/bin/time -f '%U %S' -o "$TMP/cpu" timeout 120 "$launcher" > "$TMP/run.log" 2>&1 \
    || { echo "measure-startup: a $variant run failed:" >&2; cat "$TMP/run.log" >&2; exit 1; }
  shown=$(sed -n 's/^training-run list-shown //p' "$TMP/run.log")
  echo "$((shown - start)) $(awk '{ printf "%.2f", $1 + $2 }' "$TMP/cpu")"
}
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

variants=(aot no-aot no-cds)
launchers=("$LAUNCHER" "$NO_AOT_LAUNCHER" "$NO_AOT_LAUNCHER")
for i in 0 1 2; do run "${variants[$i]}" "${launchers[$i]}" > /dev/null; done
declare -A times cpus
ratios=""
for r in $(seq "$RUNS"); do
  for i in 0 1 2; do
    read -r ms cpu < <(run "${variants[$i]}" "${launchers[$i]}") || true
    [ -n "${cpu:-}" ] || exit 1
    times[${variants[$i]}]+="$ms "
    cpus[${variants[$i]}]+="$cpu "
    echo "run $r ${variants[$i]}: $ms ms, $cpu s CPU"
    case ${variants[$i]} in aot) aot_ms=$ms ;; no-aot) ratios+="$(awk -v a="$aot_ms" -v b="$ms" 'BEGIN { printf "%.3f", a / b }') " ;; esac
  done
done

echo "medians of $RUNS runs; CPU is the whole run's (load average: $(cut -d' ' -f1-3 /proc/loadavg)):"
for v in "${variants[@]}"; do
  m=$(tr ' ' '\n' <<< "${times[$v]}" | grep . | median)
  c=$(tr ' ' '\n' <<< "${cpus[$v]}" | grep . | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
  eval "median_${v//-/_}=$m"
  echo "  $v: $m ms to the filled list, $c s CPU  (ms: ${times[$v]% })"
done
awk -v a="$median_aot" -v b="$median_no_aot" -v c="$median_no_cds" \
  'BEGIN { printf "medians: aot / no-aot = %.2f   aot / no-cds = %.2f\n", a / b, a / c }'
echo "aot / no-aot run by run, the median: $(tr ' ' '\n' <<< "$ratios" | grep . | sort -n \
  | awk '{ v[NR] = $1 } END { printf "%.2f (from %.2f to %.2f)", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2, v[1], v[NR] }')"
