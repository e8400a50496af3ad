#!/bin/bash
# bench/cold.sh — what a request costs when the response cache cannot help.
#
#   sh bench/cold.sh MODEL PATHS [SECONDS] [RUNS]
#
# Starts `csto serve --corpus MODEL --quiet --threads 1` with the cache off
# (CSTO_CACHE_BYTES=0) pinned to core 1, runs `wrk -t1 -c32 -d SECONDS -s
# bench/mix.lua` over PATHS (bench/cold_paths.py) pinned to core 0, RUNS
# times (default 3; each run starts at a random place in the list), and
# prints per run: req/s, server CPU per request (user+system from
# /proc/PID/stat over the run, divided by the requests), non-2xx answers.
# Then, for PATHS' .worst.txt (if any): each worst-case path asked 5 times
# one after the other, the median of curl's time_total.
set -u
cd "$(dirname "$0")/.."
MODEL=$1 PATHS=$2 DUR=${3:-10} RUNS=${4:-3}
CSTO=${CSTO:-build/csto}
PORT=${PORT:-18190}
HZ=$(getconf CLK_TCK)
CSTO_CACHE_BYTES=0 taskset -c 1 "$CSTO" serve --corpus "$MODEL" --listen 127.0.0.1:$PORT --quiet --threads 1 \
    2> build/cold-server.log &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null' EXIT
for _ in $(seq 600); do curl -s -o /dev/null "http://127.0.0.1:$PORT/healthz" && break; sleep 0.1; done
for r in $(seq "$RUNS"); do
    t0=$(awk '{print $14+$15}' /proc/$PID/stat)
    out=$(taskset -c 0 wrk -t1 -c32 -d"${DUR}s" --timeout 10s -s bench/mix.lua "http://127.0.0.1:$PORT" -- "$PATHS")
    t1=$(awk '{print $14+$15}' /proc/$PID/stat)
    n=$(echo "$out" | awk '/requests in/{print $1}')
    rps=$(echo "$out" | awk '/Requests\/sec/{print $2}')
    bad=$(echo "$out" | awk '/Non-2xx/{print $NF}')
    awk -v t=$((t1 - t0)) -v n="$n" -v hz="$HZ" -v rps="$rps" -v bad="${bad:-0}" \
        'BEGIN{printf "cold run: %s req/s  %.1f us CPU/req  %d requests  %d non-2xx\n", rps, t*1e6/hz/n, n, bad}'
done
W=${PATHS%.txt}.worst.txt
if [ -f "$W" ]; then
    while read -r p; do
        [ -n "$p" ] || continue
        ms=$(for i in 1 2 3 4 5; do
            curl -s -o /dev/null -w '%{time_total} %{http_code}\n' "http://127.0.0.1:$PORT$p"
        done | sort -n | awk 'NR==3{printf "%.1f ms (%s)", $1*1000, $2}')
        echo "worst: $ms  $p"
    done < "$W"
fi
