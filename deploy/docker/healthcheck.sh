#!/bin/sh
# The container's HEALTHCHECK: GET /healthz on the address csto listens on,
# read from CSTO_LISTEN (default 127.0.0.1:8080) so the check follows the
# configured port.  A wildcard address (0.0.0.0, empty, [::]) is checked on
# loopback (127.0.0.1, [::1]).  Exit 0 when /healthz answers 2xx, 1 otherwise.
listen="${CSTO_LISTEN:-127.0.0.1:8080}"
port="${listen##*:}"
host="${listen%:*}"
[ "$host" = "$listen" ] && host=""
case "$host" in
    "" | "0.0.0.0" | "*") host=127.0.0.1 ;;
    "[::]") host="[::1]" ;;
esac
case "$port" in
    "" | *[!0-9]*) echo "healthcheck: no port in CSTO_LISTEN=$listen" >&2; exit 1 ;;
esac
curl -fsS --max-time 2 "http://$host:$port/healthz" >/dev/null || exit 1
