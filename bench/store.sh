#!/usr/bin/env bash
# The shared store: receivers on PostgreSQL against the SQLite receiver in the same run, then the latency from
# POST to a second desk.
#   bench/store.sh [BUILD_DIR]      (needs wrk and a PostgreSQL server; builds the targets it needs)
# 1. wrk -c32 -d10s POSTing valid, unique CloudEvents at `roamdesk-cli receive` on a SQLite file, at one receiver
#    on PostgreSQL, then at two receivers on the same PostgreSQL store at once (two wrk, -c16 each, summed).
#    The server is a scratch one in a temporary folder, durable as packaged (fsync on, synchronous_commit on).
# 2. bench_storelatency: events POSTed at ROAMDESK_BENCH_RATE/s (1000) to the two receivers, and a second desk
#    (a StoreFollower on its own connection: the doorbell, then "seq > last seen") timing each arrival.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${1:-$ROOT/build}"
DURATION="${ROAMDESK_BENCH_DURATION:-10s}"
RATE="${ROAMDESK_BENCH_RATE:-1000}"
(source "$ROOT/scripts/common.sh" && install_missing wrk postgresql libqt6sql6-psql)
cmake --build "$BUILD" --target roamdesk-cli bench_storelatency >/dev/null

PGBIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
WORK="$(mktemp -d)"
chmod 0755 "$WORK"
mkdir "$WORK/pg"
AS=()
if [ "$(id -u)" -eq 0 ]; then # initdb refuses root: the server runs as postgres
    chown postgres: "$WORK/pg"
    AS=(runuser -u postgres --)
fi
PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
    "${AS[@]}" "$PGBIN/pg_ctl" -D "$WORK/pg/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$WORK"
}
trap cleanup EXIT
PORT=$((20000 + RANDOM % 20000))
"${AS[@]}" "$PGBIN/initdb" -D "$WORK/pg/data" -U roamdesk --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
"${AS[@]}" "$PGBIN/pg_ctl" -D "$WORK/pg/data" -l "$WORK/pg/server.log" -w \
    -o "-k $WORK/pg -p $PORT -c listen_addresses=''" start >/dev/null
psql() { command psql -h "$WORK/pg" -p "$PORT" -U roamdesk -d "$1" -qAtc "$2"; }
psql postgres "CREATE DATABASE one"
psql postgres "CREATE DATABASE two"
url() { echo "postgresql://roamdesk@/$1?host=$WORK/pg&port=$PORT"; }
export ROAMDESK_BENCH_TOKEN="bench-token-$RANDOM"

start_receiver() { # name store: its sink URL goes to $WORK/name.url (not run in $(…): PIDS must grow here)
    "$BUILD/app/roamdesk-cli" receive --port 0 --quiet --store "$2" --token "$ROAMDESK_BENCH_TOKEN" \
        >"$WORK/$1.url" 2>"$WORK/$1.log" &
    PIDS+=($!)
    for _ in $(seq 100); do [ -s "$WORK/$1.url" ] && break; sleep 0.1; done
}
sink() { head -1 "$WORK/$1.url"; }
wrk_rate() { # connections prefix url -> requests/s
    ROAMDESK_BENCH_PREFIX="$2" wrk -t1 -c"$1" -d"$DURATION" -s "$ROOT/bench/receiver/post.lua" "$3" |
        awk '/Requests\/sec/ {print $2}'
}

start_receiver sqlite "$WORK/bench.sqlite"
start_receiver pg1 "$(url one)"
start_receiver pg2a "$(url two)"
start_receiver pg2b "$(url two)"
SQLITE_SINK="$(sink sqlite)"
PG1_SINK="$(sink pg1)"
PG2A_SINK="$(sink pg2a)"
PG2B_SINK="$(sink pg2b)"

SQLITE_RATE="$(wrk_rate 32 s "$SQLITE_SINK")"
PG1_RATE="$(wrk_rate 32 p "$PG1_SINK")"
wrk_rate 16 a "$PG2A_SINK" >"$WORK/a.rate" &
A=$!
wrk_rate 16 b "$PG2B_SINK" >"$WORK/b.rate" &
B=$!
wait $A $B
PG2_RATE="$(awk '{ s += $1 } END { print s }' "$WORK/a.rate" "$WORK/b.rate")"
echo "== receiver throughput (wrk -c32 -d$DURATION, valid CloudEvent, bearer token, durable commits)"
echo "SQLite receiver:                  ${SQLITE_RATE}/s"
echo "one receiver on PostgreSQL:       ${PG1_RATE}/s"
echo "two receivers on one PostgreSQL:  ${PG2_RATE}/s ($(cat "$WORK/a.rate") + $(cat "$WORK/b.rate"))"
echo "stored: SQLite $(sqlite3 "$WORK/bench.sqlite" 'SELECT COUNT(*) FROM notifications' 2>/dev/null || echo '?')," \
    "PostgreSQL one $(psql one 'SELECT COUNT(*) FROM notifications'), two $(psql two 'SELECT COUNT(*) FROM notifications')"
echo
echo "== POST -> second desk at ${RATE}/s over the two receivers"
"$BUILD/bench/bench_storelatency" --store "$(url two)" --sink "$PG2A_SINK" --sink "$PG2B_SINK" --rate "$RATE" \
    --seconds 10 --token "$ROAMDESK_BENCH_TOKEN"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
