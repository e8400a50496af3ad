#!/bin/sh
# Runs the Redocly lint and the Prism conformance check (conformance.js) as
# one test binary for tests/run.sh, from the repository root (CSTO_BIN names
# the server; the Makefile installs node_modules first).
dir=$(dirname "$0")
exec node "$dir/conformance.js"
