#!/bin/sh
# concurrency.sh - four writers of 500 fiches each, at the same time, into
# one new database, then again over the full one (every record replaced).
# Every writer must succeed (no "database is locked"), and the database
# must end with 2,000 whole fiches (tests/dbcheck.py).
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
RNCP=${RNCP:-$top/rncp}
writers=4
each=500
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export RNCP_TODAY=2026-01-01
total=$((writers * each))

w=0
while [ $w -lt $writers ]; do
	sh "$top/tests/gen-fiches.sh" "$tmp/fiches/$w" $each $((200000 + w * each))
	w=$((w + 1))
done
"$RNCP" --db "$tmp/ref.db" parse -q -r --format tsv "$tmp/fiches" > /dev/null

for round in 1 2; do
	pids=
	w=0
	while [ $w -lt $writers ]; do
		"$RNCP" --db "$tmp/rncp.db" parse -q -r --format tsv "$tmp/fiches/$w" \
			> "$tmp/out.$w" 2> "$tmp/err.$w" &
		pids="$pids $!"
		w=$((w + 1))
	done
	w=0
	for pid in $pids; do
		s=0
		wait "$pid" || s=$?
		if [ $s != 0 ] || [ -s "$tmp/err.$w" ]; then
			echo "concurrency: FAIL: round $round, writer $w: exit status $s"
			cat "$tmp/err.$w"
			exit 1
		fi
		w=$((w + 1))
	done
	printf 'concurrency: round %d, %d writers of %d fiches: ' $round $writers $each
	python3 "$top/tests/dbcheck.py" "$tmp/rncp.db" --ref "$tmp/ref.db" --count $total
done
echo "concurrency: ok"
