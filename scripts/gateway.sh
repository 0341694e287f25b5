#!/usr/bin/env bash
# Runs the gateway in the foreground. Usage: scripts/gateway.sh [path/to/gateway.json]
set -euo pipefail
source "$(dirname "$0")/common.sh"
build_if_needed
cd "$ROOT"
exec java $GATEWAY_JAVA_OPTS -jar "$GATEWAY_JAR" "${1:-fix-config/gateway.json}"
