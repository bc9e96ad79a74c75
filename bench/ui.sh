#!/bin/sh
# GUI benchmarks: startup, event-loop stall under 5,000 notifications/s, memory with 1,000,000 stored.
# Usage: bench/ui.sh [BUILD_DIR]   (needs xvfb-run for the startup figure on a real X server)
set -eu
BUILD="${1:-build}"
B="$BUILD/bench/bench_ui"
[ -x "$B" ] || B="$BUILD/bench_ui"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
echo "== startup (in-process phases, offscreen)"
for i in 1 2 3; do "$B" startup; done
if command -v xvfb-run >/dev/null; then
    echo "== startup (in-process phases, xcb on Xvfb)"
    for i in 1 2 3; do xvfb-run -a -s "-screen 0 1400x900x24" env -u QT_QPA_PLATFORM "$B" startup; done
    echo "== startup: whole process, roamdesk --measure-startup under Xvfb (wall time incl. exec and exit)"
    for i in 1 2 3; do
        /usr/bin/time -f "%e s wall, %M KiB max RSS" xvfb-run -a -s "-screen 0 1400x900x24" \
            env -u QT_QPA_PLATFORM "$BUILD/app/roamdesk" --receiver-port 0 --db /tmp/roamdesk-bench-startup.sqlite --measure-startup 2>&1 | tail -1
    done
fi
echo "== stall while 5,000 notifications/s arrive for 10 s (log tab shown), then 10,000/s"
for i in 1 2 3; do "$B" stall 5000 10; done
"$B" stall 10000 10
echo "== memory with 1,000,000 notifications stored, log open"
"$B" memory 1000000 "${ROAMDESK_BENCH_DB:-/tmp/roamdesk-bench-1m.sqlite}"
