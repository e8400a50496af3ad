#!/bin/sh
# Runs the explorer's browser tests as one "test binary" for tests/run.sh,
# from the repository root (CSTO_BIN names the server binary).  Installs what
# is missing first: Debian's chromium, nodejs and npm (scripts/deps.sh), then
# playwright-core and axe-core into tests/browser/node_modules (npm, the exact
# versions of package.json/package-lock.json).  Never downloads a browser.
# Ends with cmocka-style "[  PASSED  ] N test(s)." / "[  FAILED  ] N test(s)".
dir=$(dirname "$0")
fail() {
    echo "browser tests: $*"
    echo "[  PASSED  ] 0 test(s)."
    echo "[  FAILED  ] 1 test(s)"
    exit 1
}
need=""
command -v node >/dev/null 2>&1 || need="$need nodejs"
command -v npm >/dev/null 2>&1 || need="$need npm"
[ -x /usr/bin/chromium ] || need="$need chromium"
if [ -n "$need" ]; then
    sh scripts/deps.sh $need >&2 || fail "could not install:$need"
fi
if [ ! -f "$dir/node_modules/playwright-core/package.json" ] || [ ! -f "$dir/node_modules/axe-core/axe.min.js" ]; then
    (cd "$dir" && npm install --no-audit --no-fund --silent >/dev/null) || fail "npm install failed in $dir"
fi
exec node "$dir/explorer.test.mjs"
