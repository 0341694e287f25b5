#!/usr/bin/env bash
# The whole product on its default ports: simulator + gateway in the background, the OMS client sending
# fix-config/sample-orders.csv through the gateway, then both stopped cleanly. Exits 0 only if every sample
# order ended in the state the CSV expects. Logs go to a scratch folder, printed at the end.
set -euo pipefail
source "$(dirname "$0")/common.sh"
build_if_needed
cd "$ROOT"

SCRATCH="$(mktemp -d "${TMPDIR:-/tmp}/fixgw-demo.XXXXXX")"
start_servers "$SCRATCH"

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
