#!/usr/bin/env bash
# A cold gateway start on a data directory holding RESTART_ORDERS live orders (default 100,000): the time until
# the gateway answers a FIX Logon, PASS if within RESTART_LIMIT_MS (default 5000) of the JVM's start and every order was
# recovered. Two JVMs: one writes the orders through the state store (in engine-sized batches of 64, routed then
# acknowledged) and closes it; a fresh one, warmed by nothing, starts the gateway on it (RestartBenchmark).
#
# Usage: scripts/restart-bench.sh   (env: RESTART_ORDERS=100000 RESTART_LIMIT_MS=5000, GATEWAY_JAVA_OPTS)
set -euo pipefail
source "$(dirname "$0")/common.sh"

ORDERS=${RESTART_ORDERS:-100000}
LIMIT_MS=${RESTART_LIMIT_MS:-5000}
CLASSPATH_TEST="$(test_classpath)"
SCRATCH="$(mktemp -d "${TMPDIR:-/tmp}/fixgw-restart.XXXXXX")"

echo "writing $ORDERS live orders into $SCRATCH/data"
java $GATEWAY_JAVA_OPTS -cp "$CLASSPATH_TEST" fixgw.e2e.RestartBenchmark write "$SCRATCH/data" "$ORDERS" 64 \
  >"$SCRATCH/write.log" 2>&1
grep -E '^(restart|  file)' "$SCRATCH/write.log" | sed 's/^/  /'

echo "starting a cold gateway on them"
status=0
(cd "$ROOT/src-test" && exec java $GATEWAY_JAVA_OPTS -Xlog:gc:file="$SCRATCH/restart-gc.log" \
  -cp "$CLASSPATH_TEST" fixgw.e2e.RestartBenchmark start "$SCRATCH/data" "$ORDERS" "$LIMIT_MS") \
  >"$SCRATCH/start.log" 2>&1 || status=$?
grep -E '^(restart|  file)|storage: ' "$SCRATCH/start.log" | sed -e 's/^.*\(storage: \)/\1/' -e 's/^/  /'
echo "logs: $SCRATCH"
exit "$status"
