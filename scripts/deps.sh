#!/bin/sh
# Installs the Debian packages named on the command line that are not installed yet.
# Used by the Makefile so that `make run` and `make test` work on a fresh Debian 12
# machine as root; prints nothing when everything is already there.
missing=""
for p in "$@"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "installing:$missing" >&2
if [ "$(id -u)" != 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO=sudo; else
    echo "deps: missing packages:$missing (run as root or install them)" >&2; exit 1; fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >&2 || exit 1
$SUDO apt-get install -y -qq --no-install-recommends $missing >&2
