#!/bin/sh
# regress.sh - golden tests, in the manner of mandoc's and lowdown's
# regress/.  Each case NAME in tests/regress has:
#   NAME.in      the input fiche (optional when NAME.cmd needs none)
#   NAME.cmd     the command, run in tests/regress with $RNCP set
#                (default: $RNCP parse --no-store NAME.in)
#   NAME.out     expected standard output (optional: then it must be empty)
#   NAME.err     expected standard error (optional: then it must be empty)
#   NAME.status  expected exit status (optional: then 0)
# Writes nothing in the tree; prints "N passed, N failed".
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
dir=$top/tests/regress
RNCP=${RNCP:-$top/rncp}
export RNCP
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0
for f in "$dir"/*.cmd "$dir"/*.in; do
	[ -e "$f" ] || continue
	name=$(basename "$f"); name=${name%.*}
	case "$f" in *.in) [ -e "$dir/$name.cmd" ] && continue ;; esac
	if [ -e "$dir/$name.cmd" ]; then
		cmd=$(cat "$dir/$name.cmd")
	else
		cmd="\$RNCP parse --no-store $name.in"
	fi
	# exported, not "VAR=x eval": assignments before a special built-in
	# need not reach the commands it runs, which would then use (and
	# fill) the user's own database
	(cd "$dir" && export RNCP_TODAY=2026-01-01 RNCP_DB="$tmp/$name.db" NO_COLOR=1 &&
		eval "$cmd" >"$tmp/out" 2>"$tmp/err" </dev/null; echo $? >"$tmp/status")
	want_status=0
	[ -e "$dir/$name.status" ] && want_status=$(cat "$dir/$name.status")
	ok=1
	if [ "$(cat "$tmp/status")" != "$want_status" ]; then
		echo "FAIL $name: exit status $(cat "$tmp/status"), expected $want_status"
		ok=0
	fi
	for s in out err; do
		if [ -e "$dir/$name.$s" ]; then
			if ! diff -u "$dir/$name.$s" "$tmp/$s" >"$tmp/diff"; then
				echo "FAIL $name: standard $s differs:"; head -40 "$tmp/diff"; ok=0
			fi
		elif [ -s "$tmp/$s" ]; then
			echo "FAIL $name: unexpected standard $s:"; head -10 "$tmp/$s"; ok=0
		fi
	done
	if [ $ok = 1 ]; then pass=$((pass + 1)); else fail=$((fail + 1)); fi
done
echo "regress: $pass passed, $fail failed"
[ $fail = 0 ]
