#!/bin/bash
# bench/heavy.sh — the server CPU of each of the heaviest single requests.
#
#   bash bench/heavy.sh MODEL
#
# Starts `csto serve --corpus MODEL --quiet` (cache off) and asks, one at a
# time, the requests that cost most at any corpus size: whole-set CSV and
# NDJSON streams of every kind, embedding includes, the deepest page, the
# broadest sort, search and facets, the stats.  Prints per request the
# server's CPU (user+system from /proc/PID/stat around it), the status, the
# bytes and the wall time.  Issue 16 asks that none take over 1 s of CPU at
# 100k articles (bench/gen_corpus.py 100000 DIR; csto parse DIR -o MODEL).
set -u
cd "$(dirname "$0")/.."
MODEL=$1
CSTO=${CSTO:-build/csto}
PORT=${PORT:-18191}
HZ=$(getconf CLK_TCK)
CSTO_CACHE_BYTES=0 "$CSTO" serve --corpus "$MODEL" --listen 127.0.0.1:$PORT --quiet 2> build/heavy-server.log &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null' EXIT
for _ in $(seq 600); do curl -s -o /dev/null "http://127.0.0.1:$PORT/healthz" && break; sleep 0.1; done
B=/api/v1
printf '%8s  %6s  %11s  %7s  %s\n' "CPU ms" status bytes "wall s" request
for u in "$B/meetings?format=csv" "$B/officials?format=csv" "$B/documents?format=csv" "$B/articles?format=csv" \
         "$B/meetings?format=ndjson" "$B/documents?format=ndjson" "$B/articles?format=ndjson" \
         "$B/articles?format=csv&fields=id,text" \
         "$B/meetings?format=ndjson&include=participants,documents,articles" \
         "$B/meetings?format=ndjson&include=participants,documents,articles&limit=1000" \
         "$B/members?include=officials,meetings,articles" "$B/members/russia?include=officials,meetings,articles" \
         "$B/articles?offset=99000&limit=1000" "$B/meetings?sort=-date,city&limit=1000" \
         "$B/officials?sort=-name&limit=1000&offset=40000" "$B/articles?q=council&limit=1000" \
         "$B/search?q=the" "$B/search?q=minister%20OR%20council%20OR%20the%20OR%20summit" "$B/search?q=m*" \
         "$B/meetings?facet=body&facet=year&facet=city&facet=country&facet=status&facet=format&limit=0" \
         "$B/officials?facet=country&facet=title&facet=org&limit=0" \
         "$B/stats/meetings" "$B/stats/documents" "$B/stats/members"; do
    a=$(awk '{print $14+$15}' /proc/$PID/stat)
    r=$(curl -s -o /dev/null -w "%{http_code} %{size_download} %{time_total}" "http://127.0.0.1:$PORT$u")
    b=$(awk '{print $14+$15}' /proc/$PID/stat)
    set -- $r
    printf '%8d  %6s  %11s  %7.3f  %s\n' $(( (b - a) * 1000 / HZ )) "$1" "$2" "$3" "$u"
done
