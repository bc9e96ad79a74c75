#!/usr/bin/env bash
# Where the receiver's CPU goes under the receiver bench's load: perf samples (cpu-clock, works without hardware
# counters) of `roamdesk-cli receive` while wrk -t2 -c32 POSTs, reported by thread and by library/function.
#   bench/receiver-profile.sh [ROAMDESK_CLI] [SECONDS]   (needs wrk and perf; data in /tmp/roamdesk-receiver.perf)
# For repeatable before/after figures of the user-space part, count instructions instead:
#   valgrind --tool=callgrind --separate-threads=yes roamdesk-cli receive ... under a fixed wrk run.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CLI="${1:-$ROOT/build/app/roamdesk-cli}"
SECONDS_SAMPLED="${2:-8}"
DATA=/tmp/roamdesk-receiver.perf
WORK="$(mktemp -d)"
export ROAMDESK_BENCH_TOKEN="bench-token-$RANDOM"
"$CLI" receive --port 0 --quiet --db "$WORK/bench.sqlite" --token "$ROAMDESK_BENCH_TOKEN" >"$WORK/url" 2>"$WORK/log" &
RECEIVER=$!
trap 'kill "$RECEIVER" 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 100); do [ -s "$WORK/url" ] && break; sleep 0.1; done
wrk -t2 -c32 -d"$((SECONDS_SAMPLED + 6))s" -s "$ROOT/bench/receiver/post.lua" "$(head -1 "$WORK/url")" >"$WORK/wrk" &
WRK=$!
sleep 3 # past the start
perf record -e cpu-clock -F 1999 -g -p "$RECEIVER" -o "$DATA" -- sleep "$SECONDS_SAMPLED" >/dev/null 2>&1
wait "$WRK"
grep -E "Requests/sec" "$WORK/wrk"
echo "== by thread"
perf report -i "$DATA" --no-children -g none --sort comm 2>/dev/null | grep -v '^#' | grep -v '^$' | head -8
echo "== by library"
perf report -i "$DATA" --no-children -g none --sort comm,dso 2>/dev/null | grep -v '^#' | grep -v '^$' | head -20
echo "== hottest functions"
perf report -i "$DATA" --no-children -g none --sort comm,dso,symbol 2>/dev/null | grep -v '^#' | grep -v '^$' | head -40 |
    cut -c1-140
