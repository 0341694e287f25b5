#!/usr/bin/env bash
# Latency and throughput of the gateway against baselines measured in the same invocation on the same machine
# (figures from a shared, noisy box only mean something as ratios). Parts, chosen with BENCH_PARTS (default
# "direct durability restart", about 15 minutes on 2 cores):
#
# direct: the gateway against the same load sent straight to the simulator.
#   1. fixed rate: BENCH_COUNT orders at BENCH_RATE/s, time from sending NewOrderSingle to the ExecutionReport
#      New (ack) and to the Fill, HdrHistogram percentiles in us; BENCH_PAIRS runs alternating direct and
#      gateway, and the median of the pairs' ratios is the figure (a single pair is at the mercy of the box);
#   2. as fast as possible with BENCH_WINDOW orders in flight: the sustained rate.
# durability: the gateway at each storage durability level (memory, process, disk). Each level has a gateway (and a
#   simulator) of its own, on ports from BENCH_PORT_BASE on, kept running for the whole part: each is first warmed
#   up with BENCH_GATEWAY_WARMUP orders as fast as possible, unrecorded; then BENCH_ROUNDS rounds run every level in
#   turn (the order rotates from round to round): the fixed-rate run (BENCH_DURABILITY_COUNT orders at BENCH_RATE/s,
#   ack percentiles) and the as-fast-as-possible run (BENCH_MAX_COUNT orders), each after its own BENCH_WARMUP
#   orders for the client's JVM, and one disk sync measured BENCH_SYNCS times, BENCH_RATE a second
#   (DiskSyncBenchmark). Levels measured minutes apart, or one restarted gateway per level and round, differed by
#   more than the targets' margins from run to run on this shared machine; warm gateways measured side by side afford
#   many short rounds. Prints each
#   run, the median of the rounds' ratios against memory in the same round, and PASS/FAIL against the targets:
#   process throughput >= 0.8x memory, process ack p50 <= 1.2x memory, disk ack p50 - memory ack p50 <= one disk
#   sync of the same round.
# restart: scripts/restart-bench.sh (a cold gateway start on 100,000 live orders, ready for logons within 5 s).
# The memory soak (1,000,000 orders, heap and file sizes) takes longer and is scripts/soak.sh.
#
# Each load run first sends BENCH_WARMUP orders as fast as it can, unrecorded, so that every JVM on the path is
# compiled before anything is measured: cold, they are orders of magnitude slower (the gateway, with two FIX
# hops of code, takes longest: its sustained rate rose from 4,400/s to 10,300/s over its first 150,000 orders
# here, its C2 compiler thread busy throughout, which is why each durability level first gets
# BENCH_GATEWAY_WARMUP; with durable storage there is more code to compile, and after 150,000 orders `process`
# still ran at 0.71x memory's rate where after 400,000 it ran at 0.95x, alternated runs). Each client's logon
# also costs the gateway a burst of recompilation (the session reset takes paths its compiled code never saw):
# a second or so of C2 time, which BENCH_WARMUP has to cover. The durability summary shows how much of the
# gateway's CPU its C2 compiler took during each unpaced run (jit_pct): much above a few percent, the run still
# measured the compiler. It also shows the gateway's CPU per order in each unpaced run (cpu_us, all its threads,
# from /proc), and its median ratio to memory's: what durable storage costs in CPU, which the rates alone hide
# behind the client and simulator sharing the cores. The client JVM runs with C1 only (CLIENT_JAVA_OPTS): it shares the two cores with the
# servers, and its own C2 compilations would otherwise steal CPU from them for most of a run.
#
# Usage: scripts/bench.sh   (env: BENCH_PARTS="direct durability restart" BENCH_COUNT=20000 BENCH_RATE=1000
#                                 BENCH_WARMUP=20000 BENCH_WINDOW=1000 BENCH_MAX_COUNT=50000 BENCH_PAIRS=3
#                                 BENCH_ROUNDS=3 BENCH_DURABILITY_COUNT=10000 BENCH_GATEWAY_WARMUP=400000
#                                 BENCH_SYNCS=1000 BENCH_PORT_BASE=9900,
#                                 and GATEWAY_JAVA_OPTS, SIMULATOR_JAVA_OPTS, CLIENT_JAVA_OPTS for the JVM
#                                 options of each)
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
ROUNDS=${BENCH_ROUNDS:-3}
DURABILITY_COUNT=${BENCH_DURABILITY_COUNT:-10000}
GATEWAY_WARMUP=${BENCH_GATEWAY_WARMUP:-400000}
SYNCS=${BENCH_SYNCS:-1000}
PORT_BASE=${BENCH_PORT_BASE:-9900}
PARTS=${BENCH_PARTS:-direct durability restart}

SCRATCH="$(mktemp -d "${TMPDIR:-/tmp}/fixgw-bench.XXXXXX")"
SERVERS_DIR=$SCRATCH # stop_servers prints it
SIM_PID=""
GW_PID=""

# load NAME PORT SENDER TARGET COUNT RATE WARMUP: one client run; its result lines go to $SCRATCH/NAME.out
load() {
  local name=$1 port=$2 sender=$3 target=$4 count=$5 rate=$6 warmup=$7
  java ${CLIENT_JAVA_OPTS:--XX:TieredStopAtLevel=1} -cp "$SIMULATOR_JAR" fixgw.simulator.client.OmsClient --load --port "$port" --sender "$sender" \
    --target "$target" --count "$count" --rate "$rate" --warmup "$warmup" --window "$WINDOW" \
    --timeout-seconds 300 >"$SCRATCH/$name.out" 2>"$SCRATCH/$name.err"
  sed "s/^/  $name: /" "$SCRATCH/$name.out"
}

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

direct_part() {
  start_simulator "$SCRATCH"
  start_gateway "$SCRATCH" "${GATEWAY_CONFIG:-$ROOT/fix-config/gateway.json}"
  echo "fixed rate: $COUNT orders at $RATE/s after $WARMUP warm-up orders, $PAIRS pairs of runs"
  for i in $(seq 1 "$PAIRS"); do
    load "direct_rate_$i" 9877 DIRECT SIM "$COUNT" "$RATE" "$WARMUP"
    load "gateway_rate_$i" 9876 LOADTEST GATEWAY "$COUNT" "$RATE" "$WARMUP"
  done

  echo "as fast as possible: $MAX_COUNT orders, $WINDOW in flight, after $WARMUP warm-up orders, each path"
  load direct_max 9877 DIRECT SIM "$MAX_COUNT" 0 "$WARMUP"
  load gateway_max 9876 LOADTEST GATEWAY "$MAX_COUNT" 0 "$WARMUP"

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
      local ratios=""
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
  stop_gateway
  stop_simulator
}

# minus A B: A - B
minus() {
  awk -v a="$1" -v b="$2" 'BEGIN { if (a != "" && b != "") print a - b; else print "n/a" }'
}

# verdict OK TEXT: prints PASS or FAIL and the text; OK is 1 or 0
verdict() {
  if [ "$1" = 1 ]; then echo "PASS $2"; else echo "FAIL $2"; FAILED=1; fi
}

# durability servers: one simulator and one gateway per level, each on ports of its own, kept for all rounds
declare -A DURABILITY_GW DURABILITY_SIM DURABILITY_PORT
stop_durability_servers() {
  local level
  for level in "${!DURABILITY_GW[@]}"; do stop_process "${DURABILITY_GW[$level]}" "$level gateway"; done
  for level in "${!DURABILITY_SIM[@]}"; do stop_process "${DURABILITY_SIM[$level]}" "$level simulator"; done
  DURABILITY_GW=()
  DURABILITY_SIM=()
}

# start_durability_level LEVEL BASE-PORT: a simulator and a gateway at LEVEL on ports BASE-PORT (the gateway's
# clients), +1 (the simulator) and +4 (the gateway's admin), in $SCRATCH/LEVEL, warmed up with GATEWAY_WARMUP orders
start_durability_level() {
  local level=$1 base=$2
  write_simulator_config "$SCRATCH/simulator-$level.json" $((base + 1))
  write_gateway_config "$SCRATCH/gateway-$level.json" "$level" "" "$base" $((base + 1)) $((base + 4))
  start_simulator "$SCRATCH/$level" "$SCRATCH/simulator-$level.json" $((base + 1))
  DURABILITY_SIM[$level]=$SIM_PID
  start_gateway "$SCRATCH/$level" "$SCRATCH/gateway-$level.json" "$base" $((base + 4))
  DURABILITY_GW[$level]=$GW_PID
  SIM_PID=""
  GW_PID=""
  DURABILITY_PORT[$level]=$base
  # until the gateway's JIT has settled, its rate says more about the compiler than about the level
  load "${level}_warm" "$base" LOADTEST GATEWAY "$GATEWAY_WARMUP" 0 0
}

# full_gcs LEVEL: how many full collections the level's gateway has had so far
full_gcs() {
  grep -c 'Pause Full' "$SCRATCH/$1/gateway-gc.log" || true
}

durability_part() {
  local levels=(memory process disk) level round i pid port k=0
  local classpath
  classpath=$(test_classpath) # compiled now if need be, not between measured runs
  echo "durability levels: a gateway (and simulator) per level, each warmed up with $GATEWAY_WARMUP orders, then"
  echo "  $ROUNDS rounds of memory, process and disk (rotating order), each level in turn: $DURABILITY_COUNT orders at"
  echo "  $RATE/s and $MAX_COUNT orders as fast as possible, each after $WARMUP warm-up orders of its own client, and"
  echo "  one disk sync measured $SYNCS times, $RATE a second"
  for level in "${levels[@]}"; do
    start_durability_level "$level" $((PORT_BASE + 10 * k))
    k=$((k + 1))
  done
  for round in $(seq 1 "$ROUNDS"); do
    for i in 0 1 2; do
      level=${levels[$(((i + round - 1) % 3))]}
      pid=${DURABILITY_GW[$level]}
      port=${DURABILITY_PORT[$level]}
      # collect the old generation the earlier runs filled now rather than in a measured run
      jcmd "$pid" GC.run >/dev/null
      local full_before jit_before all_before
      full_before=$(full_gcs "$level")
      load "${level}_rate_$round" "$port" LOADTEST GATEWAY "$DURABILITY_COUNT" "$RATE" "$WARMUP"
      jit_before=$(cpu_ticks "$pid" "C2 Compiler")
      all_before=$(cpu_ticks "$pid")
      load "${level}_max_$round" "$port" LOADTEST GATEWAY "$MAX_COUNT" 0 "$WARMUP"
      local all_ticks=$(($(cpu_ticks "$pid") - all_before))
      awk -v j="$(($(cpu_ticks "$pid" "C2 Compiler") - jit_before))" -v a="$all_ticks" \
        'BEGIN { printf "%.0f\n", (a > 0 ? 100 * j / a : 0) }' >"$SCRATCH/${level}_max_$round.jit"
      awk -v a="$all_ticks" -v hz="$(getconf CLK_TCK)" -v n="$((MAX_COUNT + WARMUP))" \
        'BEGIN { printf "%.1f\n", a * 1e6 / hz / n }' >"$SCRATCH/${level}_max_$round.cpu"
      echo $(($(full_gcs "$level") - full_before)) >"$SCRATCH/${level}_$round.fullgcs"
    done
    # the yardstick, measured in each round: the disk's speed varies with whatever else the machine is doing, and
    # paced as the fixed-rate run paces its syncs (this virtual disk takes half as long again for a sync after an
    # idle millisecond as for one right after another; DiskSyncBenchmark's javadoc has the figures)
    java -cp "$classpath" fixgw.gateway.store.DiskSyncBenchmark "$SCRATCH" "$SYNCS" 300 "$RATE" >"$SCRATCH/sync_$round.out"
    sed "s/^/  sync_$round: /" "$SCRATCH/sync_$round.out"
  done
  stop_durability_servers

  echo
  echo "summary by durability level (ack latency in us at $RATE/s; throughput in orders/s, unpaced)"
  printf '%-8s %-8s %10s %10s %10s %10s %12s %9s %9s %8s %8s\n' round level ack_p50 ack_p99 ack_p999 ack_max \
    throughput full_gcs lag_p99 jit_pct cpu_us
  for round in $(seq 1 "$ROUNDS"); do
    for level in "${levels[@]}"; do
      printf '%-8s %-8s' "$round" "$level"
      for p in p50 p99 p999 max; do printf ' %10s' "$(field "${level}_rate_$round" "latency ack_us" $p)"; done
      printf ' %12s' "$(field "${level}_max_$round" load throughput)"
      # a full collection stops the gateway for 0.3-0.6 s here: one inside a measured run is most of its tail
      printf ' %9s' "$(cat "$SCRATCH/${level}_$round.fullgcs")"
      # how late the client sent (us): a few ms is this machine, far more and the client itself was starved
      printf ' %9s' "$(field "${level}_rate_$round" "latency send_lag_us" p99)"
      # share of the gateway's CPU its C2 compiler took during the unpaced run, client warm-up included
      printf ' %8s' "$(cat "$SCRATCH/${level}_max_$round.jit")"
      # the gateway's CPU (all its threads) per order of the unpaced run, client warm-up included
      printf ' %8s\n' "$(cat "$SCRATCH/${level}_max_$round.cpu")"
    done
  done
  echo "median of the rounds' ratios against memory in the same round:"
  printf '%-8s %10s %10s %10s %10s %12s %8s\n' level ack_p50 ack_p99 ack_p999 ack_max throughput cpu_us
  local process_p50 process_tp
  for level in process disk; do
    printf '%-8s' "$level"
    for p in p50 p99 p999 max; do
      local ratios=""
      for round in $(seq 1 "$ROUNDS"); do
        ratios="$ratios $(ratio "$(field "${level}_rate_$round" "latency ack_us" $p)" "$(field "memory_rate_$round" "latency ack_us" $p)")"
      done
      printf ' %10s' "$(echo "$ratios" | median)"
      if [ "$level/$p" = process/p50 ]; then process_p50=$(echo "$ratios" | median); fi
    done
    local ratios=""
    for round in $(seq 1 "$ROUNDS"); do
      ratios="$ratios $(ratio "$(field "${level}_max_$round" load throughput)" "$(field "memory_max_$round" load throughput)")"
    done
    printf ' %12s' "$(echo "$ratios" | median)"
    if [ "$level" = process ]; then process_tp=$(echo "$ratios" | median); fi
    ratios=""
    for round in $(seq 1 "$ROUNDS"); do
      ratios="$ratios $(ratio "$(cat "$SCRATCH/${level}_max_$round.cpu")" "$(cat "$SCRATCH/memory_max_$round.cpu")")"
    done
    printf ' %8s\n' "$(echo "$ratios" | median)"

  done
  # disk: what its ack p50 costs over memory's, in syncs of the same round
  local diffs="" syncs="" syncs_median diff sync_us
  for round in $(seq 1 "$ROUNDS"); do
    diff=$(minus "$(field "disk_rate_$round" "latency ack_us" p50)" "$(field "memory_rate_$round" "latency ack_us" p50)")
    sync_us=$(grep -o 'p50_us=[0-9]*' "$SCRATCH/sync_$round.out" | cut -d= -f2)
    diffs="$diffs $diff/$sync_us"
    syncs="$syncs $(ratio "$diff" "$sync_us")"
  done
  syncs_median=$(echo "$syncs" | median | awk '{ printf "%.2f", $1 }')
  echo "disk ack p50 - memory ack p50 / one disk sync's p50 (us), per round:$diffs"
  verdict "$(awk -v r="$process_tp" 'BEGIN { print (r >= 0.8) ? 1 : 0 }')" \
    "process-durable throughput = ${process_tp}x memory (target >= 0.80x)"
  verdict "$(awk -v r="$process_p50" 'BEGIN { print (r <= 1.2) ? 1 : 0 }')" \
    "process-durable ack p50 = ${process_p50}x memory (target <= 1.20x)"
  # the New waits for one sync, that of the commit which accepted the order (README.md, Durability); what is
  # above it is the process level's own cost (encoding, the write) and any sync already under way
  verdict "$(awk -v r="$syncs_median" 'BEGIN { print (r <= 1) ? 1 : 0 }')" \
    "disk-durable ack p50 - memory ack p50 = ${syncs_median} disk syncs (median of the rounds; target <= 1)"
}

FAILED=0
trap 'stop_durability_servers; stop_servers' EXIT
for part in $PARTS; do
  case $part in
    direct) direct_part ;;
    durability) durability_part ;;
    restart) echo; echo "restart:"; "$ROOT/scripts/restart-bench.sh" || FAILED=1 ;;
    *) echo "unknown part '$part' in BENCH_PARTS (direct, durability, restart)" >&2; exit 2 ;;
  esac
done
exit "$FAILED"
