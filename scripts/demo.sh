#!/usr/bin/env bash
# The whole product on its default ports: simulator + gateway in the background, the OMS client sending
# fix-config/sample-orders.csv through the gateway, then both stopped cleanly. Exits 0 only if every sample
# order ended in the state the CSV expects. Logs go to a scratch folder, printed at the end.
set -euo pipefail
source "$(dirname "$0")/common.sh"
build_if_needed
cd "$ROOT"

SCRATCH="$(mktemp -d "${TMPDIR:-/tmp}/fixgw-demo.XXXXXX")"
SIM_PID=""
GW_PID=""
cleanup() {
  [ -n "$GW_PID" ] && stop_process "$GW_PID" gateway
  [ -n "$SIM_PID" ] && stop_process "$SIM_PID" simulator
  echo "logs: $SCRATCH"
}
trap cleanup EXIT

java $SIMULATOR_JAVA_OPTS -jar "$SIMULATOR_JAR" fix-config/simulator.json >"$SCRATCH/simulator.log" 2>&1 &
SIM_PID=$!
wait_for_port 127.0.0.1 9877 30

java $GATEWAY_JAVA_OPTS -jar "$GATEWAY_JAR" fix-config/gateway.json >"$SCRATCH/gateway.log" 2>&1 &
GW_PID=$!
wait_for_http http://127.0.0.1:9880/health '"SIM":true' 30

set +e
java -cp "$SIMULATOR_JAR" fixgw.simulator.client.OmsClient --orders fix-config/sample-orders.csv \
  --sender CLIENT1 --target GATEWAY --port 9876 --timeout-seconds 20 2>"$SCRATCH/client.log"
status=$?
set -e
if [ "$status" -eq 0 ]; then
  echo "demo: every sample order ended as expected"
else
  echo "demo: FAILED (client exit $status); see the logs" >&2
fi
exit "$status"
