#!/bin/sh
# install.sh - "make install" puts the binary, the man page and the shell
# completions under DESTDIR/PREFIX, and "make uninstall" takes them away,
# leaving nothing behind but the empty folders.
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
MAKE=${MAKE:-make}
dest=$(mktemp -d)
trap 'rm -rf "$dest"' EXIT
prefix=/opt/rncp
pass=0
fail=0
check() { # what, command...
	what=$1; shift
	if "$@" >/dev/null 2>&1; then pass=$((pass + 1)); else
		fail=$((fail + 1)); echo "FAIL $what"; fi
}

$MAKE -s -C "$top" install DESTDIR="$dest" PREFIX="$prefix" >"$dest.log" 2>&1 ||
	{ echo "FAIL make install:"; cat "$dest.log"; }
rm -f "$dest.log"
root=$dest$prefix
check "binary installed, executable" test -x "$root/bin/rncp"
check "installed binary runs" "$root/bin/rncp" --version
check "man page installed" test -f "$root/share/man/man1/rncp.1"
if command -v mandoc >/dev/null 2>&1; then
	check "installed man page renders" mandoc -T lint -W warning "$root/share/man/man1/rncp.1"
fi
check "bash completion installed" test -f "$root/share/bash-completion/completions/rncp"
check "bash completion loads" bash -c ". '$root/share/bash-completion/completions/rncp' && complete -p rncp"
check "zsh completion installed" test -f "$root/share/zsh/site-functions/_rncp"
check "nothing installed outside DESTDIR/PREFIX" \
	test -z "$(find "$dest" -type f ! -path "$root/*")"

$MAKE -s -C "$top" uninstall DESTDIR="$dest" PREFIX="$prefix" >/dev/null 2>&1
check "make uninstall succeeds" test $? = 0
check "make uninstall removes every file" test -z "$(find "$dest" -type f)"
echo "install: $pass passed, $fail failed"
[ $fail = 0 ]
