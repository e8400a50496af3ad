#!/bin/sh
# Runs every test binary given as an argument (from the repository root, with
# CSTO_BIN naming the csto binary the HTTP tests start), shows each one's
# output, and ends with exactly one line "N passed, N failed" (totals over
# cmocka's "[  PASSED  ] N test(s)." and "[  FAILED  ] N test(s)" lines).
# A binary that crashes, times out, exits non-zero without reporting a failed
# test, or prints no summary at all counts as one failed test.  Exits 1 when
# anything failed.
#
#   CSTO_BIN=build/csto sh tests/run.sh build/tests/test_*
#   TEST_TIMEOUT=120 (seconds per binary; the default)

: "${CSTO_BIN:=build/csto}"
export CSTO_BIN
timeout_s="${TEST_TIMEOUT:-120}"
passed=0
failed=0
out=$(mktemp "${TMPDIR:-/tmp}/csto-test.XXXXXX") || exit 1
trap 'rm -f "$out"' EXIT INT TERM

for bin in "$@"; do
    echo "== $bin"
    if command -v timeout >/dev/null 2>&1; then
        timeout -k 5 "$timeout_s" "$bin" >"$out" 2>&1
    else
        "$bin" >"$out" 2>&1
    fi
    rc=$?
    cat "$out"
    p=$(sed -n 's/^\[  PASSED  \] \([0-9][0-9]*\) test(s)\..*/\1/p' "$out" | tail -n 1)
    f=$(sed -n 's/^\[  FAILED  \] \([0-9][0-9]*\) test(s).*/\1/p' "$out" | tail -n 1)
    if [ -z "$p" ] && [ -z "$f" ]; then
        echo "!! $bin printed no cmocka summary (exit status $rc): counted as 1 failed"
        f=1
    fi
    p=${p:-0}
    f=${f:-0}
    if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
        if [ "$rc" -eq 124 ] || [ "$rc" -eq 137 ]; then
            echo "!! $bin timed out after ${timeout_s}s: counted as 1 failed"
        else
            echo "!! $bin exited with status $rc without a failed test: counted as 1 failed"
        fi
        f=1
    fi
    passed=$((passed + p))
    failed=$((failed + f))
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
