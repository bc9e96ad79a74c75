#!/usr/bin/env bash
# Receiver throughput against its ceiling, in the same run, then the million-row log.
#   bench/receiver.sh [BUILD_DIR]      (needs wrk; builds the targets it needs)
# 1. wrk -t2 -c32 -d10s POSTing valid, unique CloudEvents with a bearer token at
#    - a bare QHttpServer route answering 204 (the ceiling), and
#    - `roamdesk-cli receive` (validation, auth, durable group-committed SQLite storage),
#    alternating ceiling/receiver twice; prints requests/s, the CPU each request cost the server process
#    (utime+stime from /proc over the run, per thread for the receiver: HTTP, checks, store writer) and both
#    ratios. CPU per request holds up on a loaded machine far better than requests/s does.
# 2. bench_receiver_storefloor: the store alone (SqliteNotificationStore::insert on one thread, commits of 17 and 32
#    rows, the search index kept up as the receiver's writer keeps it), CPU per row, and what the bare route plus
#    the store alone would cost: a bound no receiver storing with this schema beats with Qt's socket classes.
# 3. bench_notificationlog: open/filter/scroll timings and RSS with 1,000,000 stored notifications
#    (skipped with ROAMDESK_BENCH_SKIP_LOG=1). ROAMDESK_BENCH_ROUNDS sets the ceiling/receiver pairs (2);
#    ROAMDESK_BENCH_CLI=/path/to/roamdesk-cli measures another build of the receiver (before/after).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${1:-$ROOT/build}"
DURATION="${ROAMDESK_BENCH_DURATION:-10s}"
ROUNDS="${ROAMDESK_BENCH_ROUNDS:-2}"
ROWS="${ROAMDESK_BENCH_ROWS:-1000000}"
# Bench-only tools, installed like the build's packages (only what is missing).
(source "$ROOT/scripts/common.sh" && install_missing wrk sqlite3)
cmake --build "$BUILD" --target roamdesk-cli bench_receiver_ceiling bench_receiver_storefloor bench_notificationlog >/dev/null

WORK="$(mktemp -d)"
PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$WORK"; }
trap cleanup EXIT
export ROAMDESK_BENCH_TOKEN="bench-token-$RANDOM"

"$BUILD/bench/bench_receiver_ceiling" 0 >"$WORK/ceiling.url" &
PIDS+=($!)
"${ROAMDESK_BENCH_CLI:-$BUILD/app/roamdesk-cli}" receive --port 0 --quiet --db "$WORK/bench.sqlite" --token "$ROAMDESK_BENCH_TOKEN" \
    >"$WORK/receiver.url" 2>"$WORK/receiver.log" &
RECEIVER=$!
PIDS+=($RECEIVER)
for f in ceiling receiver; do
    for _ in $(seq 100); do [ -s "$WORK/$f.url" ] && break; sleep 0.1; done
done
CEILING_URL="$(head -1 "$WORK/ceiling.url")"
RECEIVER_URL="$(head -1 "$WORK/receiver.url")"

HZ="$(getconf CLK_TCK)"
# "tid:name ticks" for each thread of a process (utime+stime in clock ticks)
threadTicks() { for t in /proc/"$1"/task/*; do echo "${t##*/}:$(tr ' ' _ <"$t/comm") $(awk '{print $14 + $15}' "$t/stat")"; done | sort; }
run() { # name url pid -> prints "requests/s µs-CPU-per-request [per-thread µs]"
    local out before after n
    before="$(threadTicks "$3")"
    out="$(wrk -t2 -c32 -d"$DURATION" -s "$ROOT/bench/receiver/post.lua" "$2")"
    sleep 0.5 # what the server still does for the last requests (commits, answers)
    after="$(threadTicks "$3")"
    echo "$out" | sed "s/^/  [$1] /" >&2
    n="$(echo "$out" | awk '/requests in/ {print $1}')"
    join <(echo "$before") <(echo "$after") | awk -v n="$n" -v hz="$HZ" \
        -v rps="$(echo "$out" | awk '/Requests\/sec/ {print $2}')" '
        { us = ($3 - $2) / hz * 1e6 / n; total += us; sub(/^[0-9]+:/, "", $1)
          if (us >= 0.05) threads = threads sprintf(" %s %.1f", $1, us) }
        END { printf "%s %.2f [%s ]\n", rps, total, threads }'
}
declare -a C R CU RU
for _ in $(seq "$ROUNDS"); do
    read -r rps us rest < <(run ceiling "$CEILING_URL" "${PIDS[0]}")
    C+=("$rps"); CU+=("$us")
    read -r rps us rest < <(run receiver "$RECEIVER_URL" "$RECEIVER")
    R+=("$rps"); RU+=("$us")
    echo "  receiver CPU µs per request by thread:$rest" >&2
done
kill -TERM "$RECEIVER"; wait "$RECEIVER" || true
STORED="$(sqlite3 "$WORK/bench.sqlite" 'SELECT COUNT(*) FROM notifications' 2>/dev/null || echo '?')"
echo
echo "== receiver throughput (wrk -t2 -c32 -d$DURATION, valid CloudEvent, bearer token, durable store)"
for ((i = 0; i < ROUNDS; i++)); do
    awk -v c="${C[$i]}" -v r="${R[$i]}" -v cu="${CU[$i]}" -v ru="${RU[$i]}" -v n=$((i + 1)) \
        'BEGIN { printf "round %d: ceiling %.0f/s %.1f µs CPU/request, receiver %.0f/s %.1f µs CPU/notification;" \
                 " throughput ratio %.2f, CPU ratio %.2f\n", n, c, cu, r, ru, r / c, ru / cu }'
done
printf '%s\n' "${R[@]}" | paste -d' ' - <(printf '%s\n' "${C[@]}") | awk '{ print $1 / $2, $1, $2 }' | sort -g |
    awk '{ r[NR] = $0 } END { split(r[int((NR + 1) / 2)], m, " ");
        printf "median throughput ratio %.2f (receiver %.0f/s, ceiling %.0f/s)\n", m[1], m[2], m[3] }'
printf '%s\n' "${RU[@]}" | paste -d' ' - <(printf '%s\n' "${CU[@]}") | awk '{ print $1 / $2, $1, $2 }' | sort -g |
    awk '{ r[NR] = $0 } END { split(r[int((NR + 1) / 2)], m, " ");
        printf "median CPU ratio %.2f (receiver %.1f µs, ceiling %.1f µs CPU per request)\n", m[1], m[2], m[3] }'
grep -h "stopped;" "$WORK/receiver.log" || true
# The search index is kept up after the acknowledgements (the writer's upkeep): its CPU per notification,
# over the whole run, and the median without it.
printf '%s\n' "${RU[@]}" | paste -d' ' - <(printf '%s\n' "${CU[@]}") | awk '{ print $1 / $2, $1, $2 }' | sort -g |
    awk -v line="$(grep -h "stopped;" "$WORK/receiver.log" | head -1)" '
    { r[NR] = $0 }
    END {
        split(r[int((NR + 1) / 2)], m, " ")
        if (!match(line, /stopped; [0-9]+ stored/)) exit
        stored = substr(line, RSTART + 9, RLENGTH - 16) + 0
        if (!match(line, /[0-9]+ ms CPU keeping the search index/) || stored == 0) exit
        upkeep = substr(line, RSTART, RLENGTH) * 1000 / stored
        printf "search index upkeep %.1f µs per notification, after the acknowledgement; without it %.1f µs: " \
               "CPU ratio on the acknowledgement path %.2f\n", upkeep, m[2] - upkeep, (m[2] - upkeep) / m[3] }'
echo "notifications stored by the receiver: $STORED"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "== the store alone, beside the ceiling"
FLOOR="$("$BUILD/bench/bench_receiver_storefloor" --rows 100000 --folder "$WORK")"
echo "$FLOOR"
CEILING_US="$(printf '%s\n' "${CU[@]}" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')"
echo "$FLOOR" | awk -v c="$CEILING_US" '/commits of 17:/ { split($0, a, ": "); split(a[2], b, " ");
    printf "bare route (%.1f µs) + store alone at 17 rows a commit (%.1f µs) = %.1f µs, %.2f× the bare route\n",
        c, b[1], c + b[1], (c + b[1]) / c }'
[ "${ROAMDESK_BENCH_SKIP_LOG:-0}" = 1 ] && exit 0
echo
echo "== notification log with $ROWS stored notifications"
/usr/bin/time -f "bench_notificationlog: %e s wall, max RSS %M KiB" \
    "$BUILD/bench/bench_notificationlog" --rows "$ROWS" --db "${ROAMDESK_BENCH_LOG_DB:-/tmp/roamdesk-bench-log.sqlite}"
