#!/usr/bin/env bash
# Latency and throughput of the gateway against its baseline, the same load sent straight to the simulator,
# measured in one invocation on the same machine (figures from a shared, noisy box only mean something as
# ratios).
#
#   1. fixed rate: BENCH_COUNT orders at BENCH_RATE/s, time from sending NewOrderSingle to the ExecutionReport
#      New (ack) and to the Fill, HdrHistogram percentiles in us; BENCH_PAIRS runs alternating direct and
#      gateway, and the median of the pairs' ratios is the figure (a single pair is at the mercy of the box);
#   2. as fast as possible with BENCH_WINDOW orders in flight: the sustained rate.
# Each run first sends BENCH_WARMUP orders as fast as it can, unrecorded, so that every JVM on the path is
# compiled before anything is measured: cold, they are orders of magnitude slower (the gateway, with two FIX
# hops of code, takes longest; its sustained rate is still rising after 100,000 orders). The client JVM runs with C1 only (CLIENT_JAVA_OPTS): it shares the two cores with the servers, and its
# own C2 compilations would otherwise steal CPU from them for most of a run.
#
# Usage: scripts/bench.sh   (env: BENCH_COUNT=20000 BENCH_RATE=1000 BENCH_WARMUP=20000 BENCH_WINDOW=1000
#                                 BENCH_MAX_COUNT=50000 BENCH_PAIRS=3, and GATEWAY_JAVA_OPTS, SIMULATOR_JAVA_OPTS,
#                                 CLIENT_JAVA_OPTS for the JVM options of each)
set -euo pipefail
source "$(dirname "$0")/common.sh"
build_if_needed
cd "$ROOT"

COUNT=${BENCH_COUNT:-20000}
RATE=${BENCH_RATE:-1000}
WARMUP=${BENCH_WARMUP:-20000}
WINDOW=${BENCH_WINDOW:-1000}
MAX_COUNT=${BENCH_MAX_COUNT:-50000}
PAIRS=${BENCH_PAIRS:-3}

SCRATCH="$(mktemp -d "${TMPDIR:-/tmp}/fixgw-bench.XXXXXX")"
start_servers "$SCRATCH"

# load NAME PORT SENDER TARGET COUNT RATE WARMUP: one client run; its result lines go to $SCRATCH/NAME.out
load() {
  local name=$1 port=$2 sender=$3 target=$4 count=$5 rate=$6 warmup=$7
  java ${CLIENT_JAVA_OPTS:--XX:TieredStopAtLevel=1} -cp "$SIMULATOR_JAR" fixgw.simulator.client.OmsClient --load --port "$port" --sender "$sender" \
    --target "$target" --count "$count" --rate "$rate" --warmup "$warmup" --window "$WINDOW" \
    --timeout-seconds 300 >"$SCRATCH/$name.out" 2>"$SCRATCH/$name.err"
  sed "s/^/  $name: /" "$SCRATCH/$name.out"
}

echo "fixed rate: $COUNT orders at $RATE/s after $WARMUP warm-up orders, $PAIRS pairs of runs"
for i in $(seq 1 "$PAIRS"); do
  load "direct_rate_$i" 9877 DIRECT SIM "$COUNT" "$RATE" "$WARMUP"
  load "gateway_rate_$i" 9876 LOADTEST GATEWAY "$COUNT" "$RATE" "$WARMUP"
done

echo "as fast as possible: $MAX_COUNT orders, $WINDOW in flight, after $WARMUP warm-up orders, each path"
load direct_max 9877 DIRECT SIM "$MAX_COUNT" 0 "$WARMUP"
load gateway_max 9876 LOADTEST GATEWAY "$MAX_COUNT" 0 "$WARMUP"

# field NAME LINE-PREFIX KEY: a value from a result line, e.g. field gateway_rate_1 "latency ack_us" p50
field() {
  grep "^$2" "$SCRATCH/$1.out" | tr ' ' '\n' | grep "^$3=" | cut -d= -f2
}

ratio() {
  awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'
}

median() {
  tr ' ' '\n' | grep -v '^$' | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

echo
echo "summary at $RATE/s (latency in us; ratio = gateway / direct, per pair, then the median)"
for kind in ack_us fill_us; do
  printf '%-9s %-8s %10s %10s %10s %10s\n' "$kind" "" p50 p99 p999 max
  for i in $(seq 1 "$PAIRS"); do
    for path in direct gateway; do
      printf '%-9s %-8s' "pair $i" "$path"
      for p in p50 p99 p999 max; do printf ' %10s' "$(field "${path}_rate_$i" "latency $kind" $p)"; done
      echo
    done
    printf '%-9s %-8s' "pair $i" ratio
    for p in p50 p99 p999 max; do
      printf ' %10s' "$(ratio "$(field "gateway_rate_$i" "latency $kind" $p)" "$(field "direct_rate_$i" "latency $kind" $p)")"
    done
    echo
  done
  printf '%-9s %-8s' median ratio
  for p in p50 p99 p999 max; do
    ratios=""
    for i in $(seq 1 "$PAIRS"); do
      ratios="$ratios $(ratio "$(field "gateway_rate_$i" "latency $kind" $p)" "$(field "direct_rate_$i" "latency $kind" $p)")"
    done
    printf ' %10s' "$(echo "$ratios" | median)"
  done
  echo
done
direct_tp=$(field direct_max load throughput)
gateway_tp=$(field gateway_max load throughput)
echo "sustained orders/s: direct=$direct_tp gateway=$gateway_tp ratio=$(ratio "$gateway_tp" "$direct_tp")"
echo "inside the gateway (fixgw_order_latency_seconds, all runs): http://127.0.0.1:9880/metrics"
curl -fsS http://127.0.0.1:9880/metrics | grep -E '^fixgw_order_latency_seconds_(sum|count)' | sed 's/^/  /'
for server in gateway simulator; do
  echo "$server GC pauses over 20 ms (of $(grep -c Pause "$SCRATCH/$server-gc.log") pauses):"
  grep Pause "$SCRATCH/$server-gc.log" | awk '{ ms = $NF; sub(/ms/, "", ms); if (ms + 0 > 20) print "  " $0 }' | tail -5
done
