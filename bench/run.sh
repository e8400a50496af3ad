#!/bin/bash
# bench/run.sh — `make bench`: csto beside its peers, and what start-up costs
# as the corpus grows.  Everything listens on 127.0.0.1; the server under
# test is pinned to core $SRV_CORE and wrk to core $WRK_CORE (taskset); every
# load run is bounded (wrk -d); every server started here is stopped on exit,
# failure or interrupt (trap).  Results go to build/bench/results.tsv and
# BENCHMARKS.md (bench/report.py).
#
#   BENCH_SIZES="1000 10000 100000"  corpus sizes (articles)
#   BENCH_DURATION=10                seconds per wrk run
#   BENCH_PEER_SIZE=10000            the size the peers are compared at
#   BENCH_QUICK=1                    sizes 1000 10000, 3 s runs, no option sweep
#   BENCH_MHD=1                      sweep libmicrohttpd options (default: on unless quick)
#   BENCH_CONNS=64                   wrk connections
set -u
cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=$ROOT/build/bench
mkdir -p "$OUT"

if [ "${BENCH_QUICK:-0}" = 1 ]; then
    SIZES=${BENCH_SIZES:-"1000 10000"}
    DUR=${BENCH_DURATION:-3}
    MHD=${BENCH_MHD:-0}
else
    SIZES=${BENCH_SIZES:-"1000 10000 100000"}
    DUR=${BENCH_DURATION:-10}
    MHD=${BENCH_MHD:-1}
fi
PEER_SIZE=${BENCH_PEER_SIZE:-10000}
case " $SIZES " in *" $PEER_SIZE "*) ;; *) PEER_SIZE=$(echo $SIZES | awk '{print $NF}') ;; esac
CONNS=${BENCH_CONNS:-64}
SRV_CORE=${SRV_CORE:-1}
WRK_CORE=${WRK_CORE:-0}
CSTO=$ROOT/build/csto
BARE=$ROOT/build/bench/bare_mhd
PY=/usr/bin/python3 # Debian's, where python3-fastapi lives
P_CSTO=18100 P_BARE=18101 P_FASTAPI=18102 P_JSONSRV=18103 P_NGINX=18104 P_LOAD=18105

RES=$OUT/results.tsv
: > "$RES"
PIDS=""

cleanup() {
    for p in $PIDS; do kill "$p" 2>/dev/null; done
    for p in $PIDS; do wait "$p" 2>/dev/null; done
    PIDS=""
}
trap cleanup EXIT
trap 'echo "bench: interrupted" >&2; exit 130' INT TERM

log() { echo "bench: $*" >&2; }

# start NAME CMD... : runs CMD pinned to the server core in the background
# (output in build/bench/NAME.log); sets PID.
start() {
    local name=$1
    shift
    taskset -c "$SRV_CORE" "$@" > "$OUT/$name.log" 2>&1 &
    PID=$!
    PIDS="$PIDS $PID"
}

stop() {
    kill "$1" 2>/dev/null
    wait "$1" 2>/dev/null
    PIDS=$(echo "$PIDS" | tr ' ' '\n' | grep -vx "$1" | tr '\n' ' ')
}

# wait_up URL SECONDS : until URL answers (any status), or fail.
wait_up() {
    local end=$(( $(date +%s) + $2 ))
    until curl -s -o /dev/null "$1"; do
        [ "$(date +%s)" -ge "$end" ] && { log "no answer from $1 after $2 s"; return 1; }
        sleep 0.1
    done
}

# CPU ticks (user+system) of a process and its children (nginx workers).
ticks() {
    local t=0 p
    for p in $1 $(pgrep -P "$1" 2>/dev/null); do
        [ -r /proc/$p/stat ] && t=$(( t + $(awk '{print $14+$15}' /proc/$p/stat) ))
    done
    echo $t
}

# measure SIZE TARGET SCENARIO PID URL [PATHS] : one wrk run, a row in results.tsv.
measure() {
    local size=$1 target=$2 scen=$3 pid=$4 url=$5 paths=${6:-}
    local args=(-t1 -c"$CONNS" -d"${DUR}s" --latency --timeout 5s)
    [ -n "$paths" ] && args+=(-s "$ROOT/bench/mix.lua" "$url" -- "$paths") || args+=("$url")
    # warm up (fills csto's cache, JIT-warms node) without counting
    taskset -c "$WRK_CORE" wrk -t1 -c"$CONNS" -d1s ${paths:+-s "$ROOT/bench/mix.lua"} "$url" ${paths:+-- "$paths"} > /dev/null 2>&1
    local t0 t1 out
    t0=$(ticks "$pid")
    out=$(taskset -c "$WRK_CORE" wrk "${args[@]}" 2>&1)
    t1=$(ticks "$pid")
    local n rps p50 p99 errs
    n=$(echo "$out" | awk '/requests in/{print $1}')
    rps=$(echo "$out" | awk '/Requests\/sec/{print $2}')
    p50=$(echo "$out" | awk '$1=="50%"{print $2}')
    p99=$(echo "$out" | awk '$1=="99%"{print $2}')
    errs=$(echo "$out" | awk '/Non-2xx/{print $NF} /Socket errors/{print $0}' | tr '\n' ' ')
    local cpu=NA
    [ -n "$n" ] && [ "$n" -gt 0 ] && cpu=$(awk -v t=$((t1 - t0)) -v n="$n" -v hz="$(getconf CLK_TCK)" \
        'BEGIN{printf "%.1f", t * 1e6 / hz / n}')
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$size" "$target" "$scen" "${rps:-0}" "${p50:-NA}" \
        "${p99:-NA}" "$cpu" "${errs:-}" >> "$RES"
    printf 'bench: %-8s %-28s %-5s %10s req/s  p50 %-8s p99 %-8s %s us CPU/req %s\n' "$size" "$target" \
        "$scen" "${rps:-0}" "${p50:-NA}" "${p99:-NA}" "$cpu" "${errs:-}" >&2
}

# serve_load SIZE KIND CORPUS : start-up time and peak RSS of csto serve.
serve_load() {
    local size=$1 kind=$2 corpus=$3
    local t0 t1 rss
    t0=$(date +%s.%N)
    start "load-$kind-$size" "$CSTO" serve --corpus "$corpus" --listen 127.0.0.1:$P_LOAD --quiet --threads 1
    local pid=$PID
    wait_up "http://127.0.0.1:$P_LOAD/healthz" 600 || { stop $pid; return 1; }
    t1=$(date +%s.%N)
    rss=$(awk '/VmHWM/{print $2}' /proc/$pid/status)
    stop $pid
    printf '%s\tload\tserve-%s\t%s\t%s\n' "$size" "$kind" "$(echo "$t1 - $t0" | bc -l | cut -c1-6)" "$rss" >> "$OUT/load.tsv"
    log "$size serve --corpus $kind: ready in $(echo "$t1 - $t0" | bc -l | cut -c1-6) s, peak RSS $((rss / 1024)) MB"
}

# ---- set-up ----------------------------------------------------------------
log "installing what is missing (wrk, nginx, FastAPI, uvicorn, GNU time; json-server from npm)"
sh scripts/deps.sh wrk nginx python3-fastapi python3-uvicorn time bc procps curl || exit 1
command -v npm > /dev/null 2>&1 || sh scripts/deps.sh nodejs npm || exit 1
if [ ! -x bench/node_modules/.bin/json-server ]; then
    (cd bench && npm install --no-audit --no-fund --silent > /dev/null) || exit 1
fi
make -s build/csto build/bench/bare_mhd build/bench/extract_speed || exit 1
: > "$OUT/load.tsv"
: > "$OUT/mhd.tsv"

# ---- extraction on real articles (../shared's dev sets, when present) -------
# 150 copies of each set in one directory, named pass by pass (p001_d101.txt,
# p001_d102.txt, ..., p002_d101.txt ...), so that the articles follow one
# another as in a real corpus rather than each repeated in a row (which runs
# about 1.5 times faster: the caches stay warm).  The copies live in
# build/bench only; the articles are never part of the repository.
for set in dev dev-ru; do
    SRC=$ROOT/../shared/$set/articles
    [ -d "$SRC" ] || continue
    R=$OUT/real-$set
    if [ ! -f "$R/.done" ]; then
        rm -rf "$R" && mkdir -p "$R"
        for r in $(seq -w 1 150); do
            for f in "$SRC"/*.txt; do cp "$f" "$R/p${r}_$(basename "$f")"; done
        done
        touch "$R/.done"
    fi
    log "extraction, real articles ($set x150): $(taskset -c 0 build/bench/extract_speed data "$R" | tee "$OUT/extract-$set.txt")"
done

# ---- per corpus size: extraction, start-up, csto under load ------------------
for N in $SIZES; do
    C=$OUT/corpus-$N
    if [ ! -f "$C/.done" ]; then
        log "$N: generating the corpus (bench/gen_corpus.py $N $C --seed 1)"
        rm -rf "$C" && python3 bench/gen_corpus.py "$N" "$C" --seed 1 && touch "$C/.done" || exit 1
    fi
    TEXT=$(find "$C" -name '*.txt' -printf '%s\n' | awk '{s+=$1} END{print s}')
    log "$N: csto parse ($(( TEXT / 1048576 )) MB of text)"
    /usr/bin/time -v -o "$OUT/parse-$N.time" "$CSTO" parse "$C" -o "$OUT/model-$N.json" 2> "$OUT/parse-$N.err"
    W=$(awk -F': ' '/Elapsed/{n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$OUT/parse-$N.time")
    R=$(awk -F': ' '/Maximum resident/{print $2}' "$OUT/parse-$N.time")
    U=$(awk -F': ' '/User time/{u=$2} /System time/{s=$2} END{print u+s}' "$OUT/parse-$N.time")
    printf '%s\tload\tparse\t%s\t%s\t%s\t%s\n' "$N" "$W" "$R" "$TEXT" "$U" >> "$OUT/load.tsv"
    log "$N: parse ${W} s, $(awk -v b="$TEXT" -v w="$W" 'BEGIN{printf "%.1f", b/1048576/w}') MB/s, peak RSS $((R / 1024)) MB"
    # per-article extraction alone (read, article, extract; no resolution or JSON), one core
    log "$N: extraction: $(taskset -c 0 build/bench/extract_speed data "$C" | tee "$OUT/extract-$N.txt")"
    serve_load "$N" dir "$C"
    serve_load "$N" model "$OUT/model-$N.json"

    python3 bench/peer_data.py "$OUT/model-$N.json" "$OUT/peer-$N" || exit 1
    HOT=/api/v1/meetings?limit=7
    for cfg in default pool32k; do
        envs=()
        [ $cfg = pool32k ] && envs=(env CSTO_CONNECTION_MEMORY=32768)
        start "csto-$cfg-$N" "${envs[@]}" "$CSTO" serve --corpus "$OUT/model-$N.json" --listen 127.0.0.1:$P_CSTO --quiet --threads 1
        CP=$PID
        wait_up "http://127.0.0.1:$P_CSTO/healthz" 300 || exit 1
        measure "$N" "csto ($cfg)" hot $CP "http://127.0.0.1:$P_CSTO$HOT"
        measure "$N" "csto ($cfg)" mix $CP "http://127.0.0.1:$P_CSTO" "$OUT/peer-$N/paths_csto.txt"
        if [ $cfg = default ]; then
            # csto without its cache: what every request costs in SQLite and rendering
            stop $CP
            start "csto-nocache-$N" env CSTO_CACHE_BYTES=0 "$CSTO" serve --corpus "$OUT/model-$N.json" --listen 127.0.0.1:$P_CSTO --quiet --threads 1
            CP=$PID
            wait_up "http://127.0.0.1:$P_CSTO/healthz" 300 || exit 1
            measure "$N" "csto (no cache)" hot $CP "http://127.0.0.1:$P_CSTO$HOT"
            measure "$N" "csto (no cache)" mix $CP "http://127.0.0.1:$P_CSTO" "$OUT/peer-$N/paths_csto.txt"
        fi
        if [ "$N" = "$PEER_SIZE" ] && [ $cfg = default ]; then
            # the same response bytes for nginx and the bare server
            W=$OUT/peer-$N/www
            rm -rf "$W" && mkdir -p "$W/m"
            curl -s -o "$W/hot.json" "http://127.0.0.1:$P_CSTO$HOT"
            i=0
            : > "$OUT/peer-$N/paths_nginx.txt"
            while read -r p; do
                f=$(printf 'm/%02d.json' $i)
                curl -s -o "$W/$f" "http://127.0.0.1:$P_CSTO$p"
                echo "/$f" >> "$OUT/peer-$N/paths_nginx.txt"
                i=$((i + 1))
            done < "$OUT/peer-$N/paths_csto.txt"
        fi
        stop $CP
    done

    if [ "$N" = "$PEER_SIZE" ]; then
        W=$OUT/peer-$N/www
        log "$N: peers, on the same bytes ($(wc -c < "$W/hot.json") B hot body) and the same data"
        start bare "$BARE" "$W/hot.json" $P_BARE 1 epoll
        wait_up "http://127.0.0.1:$P_BARE/" 10 || exit 1
        measure "$N" "bare libmicrohttpd" hot $PID "http://127.0.0.1:$P_BARE/"
        stop $PID

        NG=$OUT/nginx
        rm -rf "$NG" && mkdir -p "$NG/tmp"
        sed -e "s|PREFIX|$NG|g" -e "s|ROOT|$W|g" -e "s|PORT|$P_NGINX|g" bench/nginx.conf > "$NG/nginx.conf"
        start nginx nginx -p "$NG" -c "$NG/nginx.conf"
        NP=$PID
        wait_up "http://127.0.0.1:$P_NGINX/hot.json" 10 || exit 1
        measure "$N" "nginx (static files)" hot $NP "http://127.0.0.1:$P_NGINX/hot.json"
        measure "$N" "nginx (static files)" mix $NP "http://127.0.0.1:$P_NGINX" "$OUT/peer-$N/paths_nginx.txt"
        stop $NP

        start fastapi env DB="$OUT/peer-$N/peer.sqlite" $PY -m uvicorn --app-dir bench fastapi_peer:app \
            --host 127.0.0.1 --port $P_FASTAPI --log-level warning --no-access-log
        FP=$PID
        wait_up "http://127.0.0.1:$P_FASTAPI/api/v1/stats/members" 60 || exit 1
        measure "$N" "FastAPI + uvicorn" hot $FP "http://127.0.0.1:$P_FASTAPI$HOT"
        measure "$N" "FastAPI + uvicorn" mix $FP "http://127.0.0.1:$P_FASTAPI" "$OUT/peer-$N/paths_csto.txt"
        stop $FP

        start json-server node bench/node_modules/json-server/lib/cli/bin.js --host 127.0.0.1 \
            --port $P_JSONSRV --quiet --no-gzip "$OUT/peer-$N/db.json"
        JP=$PID
        wait_up "http://127.0.0.1:$P_JSONSRV/members" 300 || exit 1
        measure "$N" "json-server 0.17.4" hot $JP "http://127.0.0.1:$P_JSONSRV/meetings?_page=1&_limit=7"
        measure "$N" "json-server 0.17.4" mix $JP "http://127.0.0.1:$P_JSONSRV" "$OUT/peer-$N/paths_jsonserver.txt"
        stop $JP
    fi
done

# ---- libmicrohttpd options (hot request; shorter runs) ------------------------
if [ "$MHD" = 1 ]; then
    W=$OUT/peer-$PEER_SIZE/www
    SAVE=$DUR
    DUR=5
    for cfg in "1 epoll" "1 poll" "1 select" "1 epoll turbo" "1 epoll nodate" "2 epoll" "1 epoll mem=32768" "1 epoll mem=65536" "1 epoll mem=262144"; do
        start bare-opt "$BARE" "$W/hot.json" $P_BARE $cfg
        wait_up "http://127.0.0.1:$P_BARE/" 10 || exit 1
        measure mhd "bare: $cfg" hot $PID "http://127.0.0.1:$P_BARE/"
        stop $PID
    done
    for mem in 32768 65536 131072 262144; do
        for th in 1 2; do
            start csto-opt env CSTO_CONNECTION_MEMORY=$mem "$CSTO" serve --corpus "$OUT/model-$PEER_SIZE.json" \
                --listen 127.0.0.1:$P_CSTO --quiet --threads $th
            CP=$PID
            wait_up "http://127.0.0.1:$P_CSTO/healthz" 300 || exit 1
            measure mhd "csto: threads=$th mem=$mem" hot $CP "http://127.0.0.1:$P_CSTO/api/v1/meetings?limit=7"
            stop $CP
        done
    done
    DUR=$SAVE
fi

cleanup
python3 bench/report.py "$OUT" "$SIZES" "$PEER_SIZE" "$DUR" "$CONNS" > "$OUT/report.md" || exit 1
cp "$OUT/report.md" BENCHMARKS.md
log "results: build/bench/results.tsv, build/bench/load.tsv; report written to BENCHMARKS.md"
cat "$OUT/report.md" | sed -n '/^## Results/,/^## How/p' >&2
