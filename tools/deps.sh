#!/bin/sh
# deps.sh - install the Debian packages rncp needs to build and test, when
# run as root; otherwise print the command that would.  Idempotent.
set -eu
pkgs="gcc make pkg-config libc6-dev libpcre2-dev libsqlite3-dev check wfrench python3 jq mandoc zsh time"
missing=""
for p in $pkgs; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
		missing="$missing $p"
done
if [ -z "$missing" ]; then
	echo "deps: all build and test packages are installed"
	exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
	echo "deps: installing$missing"
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq
	apt-get install -y -qq --no-install-recommends $missing
else
	echo "deps: missing packages:$missing" >&2
	echo "deps: run as root: apt-get update && apt-get install -y$missing" >&2
	exit 1
fi
