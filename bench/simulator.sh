#!/usr/bin/env bash
# Simulator benchmarks: retrieve throughput under wrk (32 connections), subscription fan-out, the synthetic fleet.
# Usage: bench/simulator.sh [build-dir]   (needs `wrk`, Debian package wrk)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${1:-$ROOT/build}"
CLI="$BUILD/app/roamdesk-cli"
DURATION="${WRK_DURATION:-10s}"

# Bench-only tools, installed like the build's packages (only what is missing).
(source "$ROOT/scripts/common.sh" && install_missing wrk)
[ -x "$CLI" ] || { echo "build roamdesk-cli first: cmake --build $BUILD --target roamdesk-cli" >&2; exit 1; }

OUT="$(mktemp)"
"$CLI" simulator --port 0 >"$OUT" 2>/dev/null &
PID=$!
trap 'kill -TERM $PID 2>/dev/null || true; rm -f "$OUT"' EXIT
for _ in $(seq 100); do [ -s "$OUT" ] && break; sleep 0.05; done
API_ROOT="$(head -n1 "$OUT")"
echo "== retrieve: wrk -t2 -c32 -d$DURATION on $API_ROOT"
wrk -t2 -c32 -d"$DURATION" -s "$ROOT/bench/simulator/retrieve.lua" "$API_ROOT/device-roaming-status/v1/retrieve"
kill -TERM $PID
wait $PID 2>/dev/null || true
trap 'rm -f "$OUT"' EXIT

if [ -x "$BUILD/bench/bench_sim_fanout" ]; then
    echo
    echo "== fan-out: live subscriptions vs. moves (one move per second)"
    "$BUILD/bench/bench_sim_fanout" "${FANOUT_COUNTS:-250 500 1000 2000 4000}"
fi

if [ -x "$BUILD/bench/bench_sim_fleet" ]; then
    echo
    echo "== synthetic fleet: adding it, moves/s, the device table at 10000x"
    "$BUILD/bench/bench_sim_fleet" "${FLEET_SIZE:-100000}" "${FLEET_SECONDS:-5}"
fi
