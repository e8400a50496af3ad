#!/bin/bash
# bench/log.sh — what the access log costs on hot (cached) requests.
#
#   sh bench/log.sh MODEL PATHS [SECONDS] [RUNS] [CSTO]
#
# RUNS times (default 5) in turn: csto serve --corpus MODEL --threads 1
# pinned to core 1 with the access log (common format, stderr to a file),
# with --log-format json, and with --quiet; each after a 1 s warm-up, under
# `wrk -t1 -c32 -d SECONDS -s bench/mix.lua` over PATHS (the 40 hot paths of
# bench/peer_data.py: every request a cache hit) pinned to core 0.  Prints
# per run: req/s, server CPU per request (/proc/PID/stat), log lines
# written.  Compare the medians of CPU/req: the log's cost is on/quiet.
set -u
cd "$(dirname "$0")/.."
MODEL=$1 PATHS=$2 DUR=${3:-4} RUNS=${4:-5} CSTO=${5:-build/csto}
PORT=${PORT:-18195}
HZ=$(getconf CLK_TCK)
one() {
    local name=$1
    shift
    taskset -c 1 "$CSTO" serve --corpus "$MODEL" --listen 127.0.0.1:$PORT --threads 1 "$@" 2> build/log-bench.err &
    local pid=$!
    for _ in $(seq 600); do curl -s -o /dev/null "http://127.0.0.1:$PORT/healthz" && break; sleep 0.1; done
    taskset -c 0 wrk -t1 -c32 -d1s -s bench/mix.lua "http://127.0.0.1:$PORT" -- "$PATHS" > /dev/null
    local t0 t1 out n rps
    t0=$(awk '{print $14+$15}' /proc/$pid/stat)
    out=$(taskset -c 0 wrk -t1 -c32 -d"${DUR}s" -s bench/mix.lua "http://127.0.0.1:$PORT" -- "$PATHS")
    t1=$(awk '{print $14+$15}' /proc/$pid/stat)
    kill $pid
    wait $pid 2> /dev/null
    n=$(echo "$out" | awk '/requests in/{print $1}')
    rps=$(echo "$out" | awk '/Requests\/sec/{print $2}')
    awk -v name="$name" -v t=$((t1 - t0)) -v n="$n" -v hz="$HZ" -v rps="$rps" -v lines="$(wc -l < build/log-bench.err)" \
        'BEGIN{printf "%-6s %10s req/s  %5.1f us CPU/req  %d log lines\n", name, rps, t*1e6/hz/n, lines}'
}
for _ in $(seq "$RUNS"); do
    one log
    one json --log-format json
    one quiet --quiet
done
