#!/usr/bin/env bash
# Bounded memory and bounded files under a long flow: SOAK_ORDERS orders (default 1,000,000) through the gateway
# at process durability, unpaced with SOAK_WINDOW (default 1000) in flight, with retention.storedOrders set to
# SOAK_STORED_ORDERS (default 100,000) so that the store must evict most of them. Every SOAK_SAMPLE_SECONDS the
# data files' sizes are sampled with the orders received so far: they must stop growing once the store is full.
# At the end a full GC is forced in the gateway (jcmd GC.run) and the heap still used after it is printed, PASS
# if under SOAK_HEAP_LIMIT_MB (default 256). The files (MapDB file, journal segments, MapDB's write-ahead log) are
# PASS if, once the checkpoints have caught up after the flow, the MapDB file is within 10% of its size when the
# store first filled up (the retention bound reached and held), and if they never took more than twice that.
#
# Usage: scripts/soak.sh   (env: SOAK_ORDERS SOAK_WINDOW SOAK_STORED_ORDERS SOAK_SAMPLE_SECONDS=10
#                                SOAK_HEAP_LIMIT_MB, GATEWAY_JAVA_OPTS, SIMULATOR_JAVA_OPTS, CLIENT_JAVA_OPTS)
set -euo pipefail
source "$(dirname "$0")/common.sh"
build_if_needed
cd "$ROOT"

ORDERS=${SOAK_ORDERS:-1000000}
WINDOW=${SOAK_WINDOW:-1000}
STORED=${SOAK_STORED_ORDERS:-100000}
SAMPLE_SECONDS=${SOAK_SAMPLE_SECONDS:-10}
HEAP_LIMIT_MB=${SOAK_HEAP_LIMIT_MB:-256}

SCRATCH="$(mktemp -d "${TMPDIR:-/tmp}/fixgw-soak.XXXXXX")"
write_gateway_config "$SCRATCH/gateway-soak.json" process "$STORED"
GATEWAY_CONFIG="$SCRATCH/gateway-soak.json" start_servers "$SCRATCH"
DATA="$SCRATCH/data"

# bytes GLOB: total size of the data files matching GLOB
bytes() {
  find "$DATA" -maxdepth 1 -name "$1" -printf '%s\n' 2>/dev/null | awk '{ s += $1 } END { print s + 0 }'
}

received() {
  curl -fsS http://127.0.0.1:9880/metrics | awk '/^fixgw_orders_received_total/ { printf "%d", $2 }'
}

# one sample: orders received, bytes of the MapDB file, of the gateway's journal segments, of MapDB's own
# write-ahead log files (a checkpoint in progress), and the number of journal segments
sample_line() {
  echo "$(received) $(bytes '*.db') $(bytes '*.journal') $(bytes '*.db.wal.*') \
    $(find "$DATA" -maxdepth 1 -name '*.journal' | wc -l)"
}

sample_files() {
  while true; do
    sample_line
    sleep "$SAMPLE_SECONDS"
  done
}

echo "soak: $ORDERS orders, $WINDOW in flight, process durability, retention.storedOrders=$STORED"
sample_files >"$SCRATCH/files.samples" &
SAMPLER_PID=$!
start=$SECONDS
java ${CLIENT_JAVA_OPTS:--XX:TieredStopAtLevel=1} -cp "$SIMULATOR_JAR" fixgw.simulator.client.OmsClient --load \
  --port 9876 --sender LOADTEST --target GATEWAY --count "$ORDERS" --rate 0 --warmup 0 --window "$WINDOW" \
  --timeout-seconds 3600 >"$SCRATCH/soak.out" 2>"$SCRATCH/soak.err"
kill "$SAMPLER_PID"
wait "$SAMPLER_PID" 2>/dev/null || true
sample_line >>"$SCRATCH/files.samples"
# the background checkpoints may be behind when the flow stops: the files at rest are what the bound is about
settle_deadline=$((SECONDS + 600))
while [ "$(bytes '*.journal')" -gt 1048576 ] && [ "$SECONDS" -lt "$settle_deadline" ]; do
  sleep 2
done
echo "  checkpoints caught up $((SECONDS - start)) s after the start"
sample_line >>"$SCRATCH/files.samples"
sed 's/^/  /' "$SCRATCH/soak.out"
echo "  $((SECONDS - start)) s"

echo "data files while the orders passed (orders received; MapDB file, journal, MapDB write-ahead log in MB):"
awk '{ printf "  %9d orders  db=%6.1f  journal=%6.1f (%d segments)  db.wal=%6.1f  total=%6.1f\n", $1, $2 / 1048576,
  $3 / 1048576, $5, $4 / 1048576, ($2 + $3 + $4) / 1048576 }' "$SCRATCH/files.samples"
echo "files at the end:"
find "$DATA" -maxdepth 1 -type f -printf '  %f %s bytes\n' | sort

echo "forcing a full GC in the gateway (pid $GW_PID)"
jcmd "$GW_PID" GC.run >/dev/null
jcmd "$GW_PID" GC.heap_info | sed 's/^/  /'
echo "largest classes on the heap after it:"
jcmd "$GW_PID" GC.class_histogram | sed -n 3,12p | sed 's/^/  /'
used_kb=$(jstat -gc "$GW_PID" | awk 'NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i }
  NR == 2 { printf "%d", $col["S0U"] + $col["S1U"] + $col["EU"] + $col["OU"] }')
grep 'Pause Full' "$SCRATCH/gateway-gc.log" | tail -1 | sed 's/^/  gc log: /'

FAILED=0
used_mb=$((used_kb / 1024))
if [ "$used_mb" -lt "$HEAP_LIMIT_MB" ]; then
  echo "PASS heap used after a full GC = $used_mb MB (limit $HEAP_LIMIT_MB MB)"
else
  echo "FAIL heap used after a full GC = $used_mb MB (limit $HEAP_LIMIT_MB MB)"; FAILED=1
fi
# the .db size when the store first held STORED orders (each order is received once), against the end
full_db=$(awk -v n="$STORED" '$1 >= n { print $2; exit }' "$SCRATCH/files.samples")
end_db=$(tail -1 "$SCRATCH/files.samples" | awk '{ print $2 }')
end_total=$(tail -1 "$SCRATCH/files.samples" | awk '{ print $2 + $3 + $4 }')
if [ -z "$full_db" ]; then
  echo "FAIL fewer than $STORED orders passed: the retention bound was never reached"; FAILED=1
else
  echo "  bytes per stored order (db at the bound / $STORED): $((full_db / STORED))"
  peak_total=$(awk '{ t = $2 + $3 + $4; if (t > m) m = t } END { print m }' "$SCRATCH/files.samples")
  if awk -v a="$peak_total" -v b="$full_db" 'BEGIN { exit !(a <= 2 * b) }'; then
    echo "PASS files peaked at $((peak_total / 1048576)) MB during the flow (at most twice the MapDB file at the bound)"
  else
    echo "FAIL files peaked at $((peak_total / 1048576)) MB during the flow, over twice the $((full_db / 1048576)) MB MapDB file at the bound: checkpoints fell behind"; FAILED=1
  fi
  if awk -v a="$end_db" -v b="$full_db" 'BEGIN { exit !(a <= 1.1 * b) }'; then
    echo "PASS MapDB file $((end_db / 1048576)) MB at the end vs $((full_db / 1048576)) MB when $STORED orders were first stored (files in all: $((end_total / 1048576)) MB)"
  else
    echo "FAIL MapDB file grew past the bound: $((end_db / 1048576)) MB at the end vs $((full_db / 1048576)) MB when $STORED orders were first stored"; FAILED=1
  fi
fi
exit "$FAILED"
