#!/usr/bin/env bash
# Runs the broker simulator in the foreground. Usage: scripts/simulator.sh [path/to/simulator.json]
set -euo pipefail
source "$(dirname "$0")/common.sh"
build_if_needed
cd "$ROOT"
exec java $SIMULATOR_JAVA_OPTS -jar "$SIMULATOR_JAR" "${1:-fix-config/simulator.json}"
