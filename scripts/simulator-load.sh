#!/usr/bin/env bash
# How much load the simulator alone takes: starts it (static quotes of fix-config/simulator.json unless a config
# is given), sends SIM_LOAD_WARMUP market orders unrecorded, then SIM_LOAD_COUNT as fast as a window of
# SIM_LOAD_WINDOW in-flight orders allows from the OMS client's load mode (session DIRECT), and prints the
# client's result and the simulator's CPU time over the measured run: orders per simulator CPU-second is the
# figure to read on a shared machine, where the client competes for the same cores. Linux only (/proc).
#
# Usage: scripts/simulator-load.sh [path/to/simulator.json]   (env: SIM_LOAD_COUNT=200000 SIM_LOAD_WARMUP=50000
#        SIM_LOAD_WINDOW=1000 SIM_LOAD_PORT=9877 (the config's FIX port), SIMULATOR_JAVA_OPTS, CLIENT_JAVA_OPTS,
#        SIM_LOAD_JAR=another/simulator.jar to measure another build, e.g. a baseline, in the same sitting)
set -euo pipefail
source "$(dirname "$0")/common.sh"
if [ -n "${SIM_LOAD_JAR:-}" ]; then
  SIMULATOR_JAR=$(cd "$(dirname "$SIM_LOAD_JAR")" && pwd)/$(basename "$SIM_LOAD_JAR")
else
  build_if_needed
fi
cd "$ROOT"

CONFIG=${1:-fix-config/simulator.json}
COUNT=${SIM_LOAD_COUNT:-200000}
WARMUP=${SIM_LOAD_WARMUP:-50000}
WINDOW=${SIM_LOAD_WINDOW:-1000}
PORT=${SIM_LOAD_PORT:-9877}
require_free_ports "$PORT" || { echo "or pass a config on another port (and SIM_LOAD_PORT)" >&2; exit 1; }
SCRATCH="$(mktemp -d "${TMPDIR:-/tmp}/fixgw-simload.XXXXXX")"

java $SIMULATOR_JAVA_OPTS -jar "$SIMULATOR_JAR" "$CONFIG" >"$SCRATCH/simulator.log" 2>&1 &
SIM_PID=$!
trap 'stop_process "$SIM_PID" simulator; echo "logs: $SCRATCH"' EXIT
wait_for_port 127.0.0.1 "$PORT" 30
require_running "$SIM_PID" simulator "$SCRATCH/simulator.log"

# cpu_ticks PID: user and system CPU time of the process so far, in clock ticks
cpu_ticks() {
  awk '{ print $14, $15 }' "/proc/$1/stat"
}

load() {
  java ${CLIENT_JAVA_OPTS:--XX:TieredStopAtLevel=1} -cp "$SIMULATOR_JAR" fixgw.simulator.client.OmsClient \
    --load --port "$PORT" --sender DIRECT --target SIM --count "$1" --rate 0 --warmup 0 --window "$WINDOW" \
    --timeout-seconds 300
}

load "$WARMUP" >"$SCRATCH/warmup.out" 2>"$SCRATCH/warmup.err"
read -r USER_BEFORE SYSTEM_BEFORE < <(cpu_ticks "$SIM_PID")
load "$COUNT" 2>"$SCRATCH/load.err" | tee "$SCRATCH/load.out"
read -r USER_AFTER SYSTEM_AFTER < <(cpu_ticks "$SIM_PID")
TICKS_PER_SECOND=$(getconf CLK_TCK)
awk -v count="$COUNT" -v user=$((USER_AFTER - USER_BEFORE)) -v sys=$((SYSTEM_AFTER - SYSTEM_BEFORE)) \
    -v hz="$TICKS_PER_SECOND" 'BEGIN {
  seconds = (user + sys) / hz
  printf "simulator CPU %.2f s (user %.2f, system %.2f) for %d orders: %.0f orders per simulator CPU-second\n",
         seconds, user / hz, sys / hz, count, (seconds > 0 ? count / seconds : 0)
}'
