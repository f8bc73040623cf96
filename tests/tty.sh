#!/bin/sh
# tty.sh - the progress line of "rncp parse" under a pseudo-terminal
# (script(1) from util-linux): shown on a terminal, erased at the end,
# silenced by -q.  tests/regress/progress-not-a-terminal checks that it
# never shows when standard error is not a terminal.
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
RNCP=${RNCP:-$top/rncp}
if ! script -qec true /dev/null </dev/null >/dev/null 2>&1; then
	echo "tty: skipped: script(1) from util-linux cannot open a pseudo-terminal"
	exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0
# A fiche on a slow standard input makes the run last over the half
# second after which the line shows; records go to /dev/null so that
# only standard error reaches the terminal.
run() {
	script -qec "sh -c '(sleep 1; cat rncp19542.txt) |
		\"$RNCP\" parse --no-store $1 example-web-rs.txt - rncp14392.txt >/dev/null'" \
		/dev/null </dev/null >"$tmp/tty" 2>&1
	tr '\r' '\n' <"$tmp/tty" >"$tmp/lines"
}
check() {
	if [ "$2" = ok ]; then pass=$((pass + 1)); else
		fail=$((fail + 1)); echo "FAIL $1"; od -c "$tmp/tty" | head -10; fi
}

cd "$top/samples" || exit 2
run ""
grep -q '^rncp: parse: 2/3 files, [0-9.]* files/s, 0:0[0-9] left' "$tmp/lines" &&
	r=ok || r=no
check "progress line shown on a terminal" $r
# the last thing written is the line blanked out and the cursor back at 0
[ "$(tail -c 1 "$tmp/tty" | od -An -c | tr -d ' ')" = '\r' ] &&
	tail -n 1 "$tmp/lines" | grep -q '^ *$' && r=ok || r=no
check "progress line erased at the end" $r
run -q
grep -q 'files/s' "$tmp/lines" && r=no || r=ok
check "-q silences the progress line" $r
echo "tty: $pass passed, $fail failed"
[ $fail = 0 ]
