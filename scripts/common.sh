#!/usr/bin/env bash
# Shared by the scripts: build the runnable jars when missing or older than the sources, start and stop
# the processes, wait for ports. Source it; do not run it.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
GATEWAY_JAR="$ROOT/gateway/target/gateway.jar"
SIMULATOR_JAR="$ROOT/simulator/target/simulator.jar"

# JVM options of the two servers. A modest young generation with the parallel collector keeps young pauses
# short on a small machine; G1's default sizing paused 45-90 ms every few seconds here, which dominated the latency
# tail (measured with scripts/bench.sh; see README.md). 128 MB rather than 32 MB: with a 1 GB heap each young
# pause costs about 8 ms whatever it collects, and at 32 MB the gateway paused every 40-90 ms under load, GC a
# quarter of its time (process durability, 90,000 orders: 282 pauses, 2.8 s; at 128 MB 55 pauses, 1.1 s, each
# about 20 ms, and 20-25% less gateway CPU per order). A metaspace threshold above what the
# servers load (about 44 MB) spares the start-up two full collections that the default threshold (about 21 MB)
# triggers while the gateway is loading its live orders: 0.5-1 s of a restart (scripts/restart-bench.sh). A fixed
# heap of 1 GB: left to size itself, the heap stayed near 250 MB with about 140 MB live after 150,000 orders (the
# retained finished orders and the ClOrdID index), and the gateway ran a full collection of 0.3-0.6 s every 7-10 s
# under load, seven in each 75-second bench level; with 1 GB, none (p50 at 1,000/s 0.86-0.97 ms against
# 1.2-2.5 ms, alternated runs). Override per run if you like.
DEFAULT_SERVER_JAVA_OPTS="-XX:+UseParallelGC -Xms1g -Xmx1g -Xmn128m -XX:MetaspaceSize=96m"
GATEWAY_JAVA_OPTS=${GATEWAY_JAVA_OPTS:-$DEFAULT_SERVER_JAVA_OPTS}
SIMULATOR_JAVA_OPTS=${SIMULATOR_JAVA_OPTS:-$DEFAULT_SERVER_JAVA_OPTS}

# Builds the jars (without tests) if either is missing or any source or pom is newer.
build_if_needed() {
  local stale=0
  for jar in "$GATEWAY_JAR" "$SIMULATOR_JAR"; do
    [ -f "$jar" ] || stale=1
  done
  if [ "$stale" = 0 ]; then
    if [ -n "$(find "$ROOT/pom.xml" "$ROOT/gateway" "$ROOT/simulator" \( -name '*.java' -o -name 'pom.xml' \
         -o -path '*/src/main/resources/*' \) -newer "$GATEWAY_JAR" -print -quit 2>/dev/null)" ] \
       || [ -n "$(find "$ROOT/simulator" \( -name '*.java' -o -path '*/src/main/resources/*' \) \
         -newer "$SIMULATOR_JAR" -print -quit 2>/dev/null)" ]; then
      stale=1
    fi
  fi
  if [ "$stale" = 1 ]; then
    echo "building the gateway and simulator jars..." >&2
    (cd "$ROOT" && mvn -B -q -DskipTests -pl gateway,simulator -am package) >&2
  fi
}

# wait_for_port HOST PORT SECONDS: polls until something listens, or fails after the deadline.
wait_for_port() {
  local host=$1 port=$2 deadline=$((SECONDS + $3))
  while [ "$SECONDS" -lt "$deadline" ]; do
    if (exec 3<>"/dev/tcp/$host/$port") 2>/dev/null; then
      return 0
    fi
    sleep 0.2
  done
  echo "nothing listens on $host:$port after $3 s" >&2
  return 1
}

# require_free_ports PORT...: fails if something already listens on one of them: a server left over from another
# run would otherwise answer in place of the one about to start, and be measured or tested instead of it.
require_free_ports() {
  local port
  for port in "$@"; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "port $port is taken: stop what listens there first" >&2
      return 1
    fi
  done
}

# require_running PID NAME LOG: fails, with the end of LOG, if the process has exited.
require_running() {
  if ! kill -0 "$1" 2>/dev/null; then
    echo "the $2 exited during start-up; the end of $3:" >&2
    tail -5 "$3" >&2
    return 1
  fi
}

# wait_for_http URL PATTERN SECONDS: polls until the body at URL contains PATTERN.
wait_for_http() {
  local url=$1 pattern=$2 deadline=$((SECONDS + $3))
  while [ "$SECONDS" -lt "$deadline" ]; do
    if curl -fsS "$url" 2>/dev/null | grep -q "$pattern"; then
      return 0
    fi
    sleep 0.2
  done
  echo "$url did not show $pattern after $3 s" >&2
  return 1
}

# stop_process PID NAME: SIGTERM (graceful shutdown), then SIGKILL after 15 s.
stop_process() {
  local pid=$1 name=$2 deadline=$((SECONDS + 15))
  kill -TERM "$pid" 2>/dev/null || return 0
  while kill -0 "$pid" 2>/dev/null; do
    if [ "$SECONDS" -ge "$deadline" ]; then
      echo "$name did not stop within 15 s; killing it" >&2
      kill -KILL "$pid" 2>/dev/null
      break
    fi
    sleep 0.2
  done
  wait "$pid" 2>/dev/null || true
}

# start_servers DIR: the simulator and the gateway in the background on their default ports, with their logs
# and GC logs in DIR; both are stopped (gracefully) when the calling script exits. The gateway runs in DIR, so
# its data directory (relative in the shipped configuration) starts empty there. GATEWAY_CONFIG picks another
# configuration file.
start_servers() {
  SERVERS_DIR=$1
  SIM_PID=""
  GW_PID=""
  trap stop_servers EXIT
  start_simulator "$SERVERS_DIR"
  start_gateway "$SERVERS_DIR" "${GATEWAY_CONFIG:-$ROOT/fix-config/gateway.json}"
}

# start_simulator DIR [CONFIG PORT]: the simulator in the background, logs in DIR; CONFIG (default the shipped
# simulator.json) must have it listen on PORT (default 9877; see write_simulator_config). It keeps its sessions'
# sequence numbers in memory, so a gateway on a fresh data directory needs a fresh simulator too.
start_simulator() {
  local dir=$1 config=${2:-$ROOT/fix-config/simulator.json} port=${3:-9877}
  require_free_ports "$port"
  mkdir -p "$dir"
  (cd "$ROOT" && exec java $SIMULATOR_JAVA_OPTS -Xlog:gc:file="$dir/simulator-gc.log" \
    -jar "$SIMULATOR_JAR" "$config") >"$dir/simulator.log" 2>&1 &
  SIM_PID=$!
  wait_for_port 127.0.0.1 "$port" 30
  require_running "$SIM_PID" simulator "$dir/simulator.log"
}

# stop_simulator: stops the simulator start_simulator started.
stop_simulator() {
  [ -n "$SIM_PID" ] && stop_process "$SIM_PID" simulator
  SIM_PID=""
}

# start_gateway DIR CONFIG [CLIENT_PORT ADMIN_PORT]: (another) gateway in the background, running in DIR (its
# relative data directory is DIR/data) with its log and GC log there; returns once it routes to the simulator. CONFIG
# must have it listen on CLIENT_PORT and ADMIN_PORT (default 9876 and 9880; see write_gateway_config). Its pid is
# GW_PID.
start_gateway() {
  local dir=$1 config=$2 client_port=${3:-9876} admin_port=${4:-9880}
  require_free_ports "$client_port" "$admin_port"
  mkdir -p "$dir"
  (cd "$dir" && exec java $GATEWAY_JAVA_OPTS -Xlog:gc:file="$dir/gateway-gc.log" \
    -jar "$GATEWAY_JAR" "$config") >"$dir/gateway.log" 2>&1 &
  GW_PID=$!
  wait_for_http "http://127.0.0.1:$admin_port/health" '"SIM":true' 30
  require_running "$GW_PID" gateway "$dir/gateway.log"
}

# stop_gateway: stops the gateway start_gateway started, gracefully, and waits until its ports are free.
stop_gateway() {
  [ -n "$GW_PID" ] && stop_process "$GW_PID" gateway
  GW_PID=""
}

# write_gateway_config OUT DURABILITY [STORED_ORDERS [CLIENT_PORT BROKER_PORT ADMIN_PORT]]: the shipped
# gateway.json with another storage durability (and retention.storedOrders, and ports: the clients', the broker's
# it connects to, the admin server's), written to OUT with its session settings files still found in fix-config.
write_gateway_config() {
  local out=$1 durability=$2 stored=${3:-} client_port=${4:-9876} broker_port=${5:-9877} admin_port=${6:-9880}
  # the shipped file's three ports differ, so each is found by its value
  sed -e "s|\"settingsFile\": *\"|\"settingsFile\": \"$ROOT/fix-config/|" \
      -e "s|\"durability\": *\"[a-z]*\"|\"durability\": \"$durability\"|" \
      -e "s|\"port\": *9876\b|\"port\": $client_port|" \
      -e "s|\"port\": *9877\b|\"port\": $broker_port|" \
      -e "s|\"port\": *9880\b|\"port\": $admin_port|" \
      ${stored:+-e "s|\"storedOrders\": *[0-9]*|\"storedOrders\": $stored|"} \
      "$ROOT/fix-config/gateway.json" >"$out"
  grep -q "\"durability\": \"$durability\"" "$out" || { echo "cannot set durability in $out" >&2; return 1; }
  for port in "$client_port" "$broker_port" "$admin_port"; do
    grep -q "\"port\": $port\b" "$out" || { echo "cannot set port $port in $out" >&2; return 1; }
  done
}

# write_simulator_config OUT PORT: the shipped simulator.json listening on PORT, written to OUT with its session
# settings file still found in fix-config.
write_simulator_config() {
  local out=$1 port=$2
  sed -e "s|\"settingsFile\": *\"|\"settingsFile\": \"$ROOT/fix-config/|" \
      -e "s|\"port\": *9877\b|\"port\": $port|" \
      "$ROOT/fix-config/simulator.json" >"$out"
  grep -q "\"port\": $port\b" "$out" || { echo "cannot set port $port in $out" >&2; return 1; }
}

# test_classpath: compiles the test programs (the benchmarks in test scope) if needed and prints the classpath
# that runs them: every module's classes and test classes and their dependencies.
test_classpath() {
  local file="$ROOT/src-test/target/bench-classpath.txt"
  if [ ! -f "$file" ] || [ -n "$(find "$ROOT/pom.xml" "$ROOT/gateway" "$ROOT/simulator" "$ROOT/src-test" \
       \( -name '*.java' -o -name 'pom.xml' \) -newer "$file" -print -quit 2>/dev/null)" ]; then
    echo "compiling the test programs..." >&2
    (cd "$ROOT" && mvn -B -q -pl src-test -am test-compile dependency:build-classpath \
      -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test) >&2
  fi
  echo "$ROOT/src-test/target/test-classes:$ROOT/gateway/target/test-classes:$ROOT/gateway/target/classes:$ROOT/simulator/target/classes:$(cat "$file")"
}

# cpu_ticks PID [PREFIX]: CPU time (user + system, in clock ticks) the process's threads have used so far, or only
# its threads whose name starts with PREFIX (e.g. "C2 Compiler")
cpu_ticks() {
  local task name ticks total=0
  for task in /proc/"$1"/task/*; do
    name=$(cat "$task/comm" 2>/dev/null) || continue
    [[ -z "${2:-}" || "$name" == "$2"* ]] || continue
    ticks=$(sed 's/.*) //' "$task/stat" 2>/dev/null | awk '{ print $12 + $13 }')
    total=$((total + ${ticks:-0}))
  done
  echo "$total"
}

stop_servers() {
  stop_gateway
  stop_simulator
  echo "logs: $SERVERS_DIR"
}
