#!/usr/bin/env bash
# Client benchmark: 1,000 roaming-status lookups with keep-alive against the simulator, by RoamingClient
# (sequential and windowed) and by curl (one process, one keep-alive connection), against the same
# endpoint of a `roamdesk-cli simulator` process. Usage: bench/client.sh [count] (build dir: $ROAMDESK_BUILD_DIR or ./build)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${ROAMDESK_BUILD_DIR:-$ROOT/build}"
COUNT="${1:-1000}"
cmake --build "$BUILD" -j2 --target roamdesk-cli roamdesk-bench-client >/dev/null

WORK="$(mktemp -d)"
SIM_PID=""
cleanup() { [ -n "$SIM_PID" ] && kill "$SIM_PID" 2>/dev/null; wait 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

"$BUILD/app/roamdesk-cli" simulator >"$WORK/sim.out" 2>"$WORK/sim.err" &
SIM_PID=$!
for _ in $(seq 100); do [ -s "$WORK/sim.out" ] && break; sleep 0.05; done
API_ROOT="$(head -n1 "$WORK/sim.out")"
URL="$API_ROOT/device-roaming-status/v1/retrieve"
BODY='{"device":{"phoneNumber":"+99999991000"}}'
echo "simulator: $API_ROOT (pid $SIM_PID), $COUNT lookups per run, $(nproc) cores"

echo "== in-process (client and simulator on one thread)"
"$BUILD/bench/roamdesk-bench-client" --count "$COUNT"
echo "== RoamingClient -> simulator process"
"$BUILD/bench/roamdesk-bench-client" --count "$COUNT" --api-root "$API_ROOT"
echo "== RoamingClient -> simulator process, every exchange recorded in the traffic log"
"$BUILD/bench/roamdesk-bench-client" --count "$COUNT" --api-root "$API_ROOT" --traffic-log --sequential-only

# curl: one process, COUNT URLs on one keep-alive connection, same headers and body as the client.
{
    echo 'silent'
    echo 'show-error'
    echo 'header = "Content-Type: application/json"'
    echo 'header = "Accept: application/json"'
    echo 'header = "x-correlator: b4333c46-49c0-4f62-80d7-f0ef930f1c46"'
    echo "data-raw = \"$(printf '%s' "$BODY" | sed 's/"/\\"/g')\""
    echo 'write-out = "%{http_code}\n"'
    for _ in $(seq "$COUNT"); do
        echo "url = \"$URL\""
        echo 'output = "/dev/null"'
    done
} >"$WORK/curl.cfg"
curl --config "$WORK/curl.cfg" >/dev/null # warm-up
START=$(date +%s%N)
CODES="$(curl --config "$WORK/curl.cfg")"
END=$(date +%s%N)
OK=$(grep -c '^200$' <<<"$CODES" || true)
CURL_NS=$((END - START))
awk -v n="$COUNT" -v ok="$OK" -v ns="$CURL_NS" 'BEGIN {
    printf "== curl (one process, keep-alive)\nsequential: %d lookups, ok %d, total %.1f ms, %.0f lookups/s, mean %.1f us\n",
        n, ok, ns / 1e6, n / (ns / 1e9), ns / n / 1e3 }'

# One curl process per lookup, for scale (100 runs).
START=$(date +%s%N)
for _ in $(seq 100); do
    curl -s -o /dev/null -H 'Content-Type: application/json' --data-raw "$BODY" "$URL"
done
END=$(date +%s%N)
awk -v ns="$((END - START))" 'BEGIN { printf "== curl (one process per lookup): mean %.0f us per lookup (100 runs)\n", ns / 100 / 1e3 }'
