#!/bin/sh
# Runs the OpenAPI check as one test binary for tests/run.sh (the Makefile
# installs node_modules first).  Run from the repository root.
dir=$(dirname "$0")
exec node "$dir/validate.js" "$(pwd)/data/openapi.json"
