#!/bin/sh
# concurrent.sh - two "rncp parse" processes writing to one database at the
# same time must both land every record (WAL and the busy timeout at work),
# and fiches both of them parse must be stored once.
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
RNCP=${RNCP:-$top/rncp}
n=${N:-40}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/a" "$tmp/b" "$tmp/shared"
# distinct fiches: the sample with other codes
i=0
while [ $i -lt "$n" ]; do
	sed "s/40864/5$(printf %04d $i)/g" "$top/samples/rncp40864.txt" >"$tmp/a/a$i.txt"
	sed "s/40864/6$(printf %04d $i)/g" "$top/samples/rncp40864.txt" >"$tmp/b/b$i.txt"
	i=$((i + 1))
done
cp "$top"/samples/*.txt "$tmp/shared/"
export RNCP_DB="$tmp/db/rncp.db" RNCP_TODAY=2026-01-01
"$RNCP" parse -q --format tsv "$tmp"/a/*.txt "$tmp"/shared/*.txt >"$tmp/a.out" 2>"$tmp/a.err" &
pa=$!
"$RNCP" parse -q --format tsv "$tmp"/b/*.txt "$tmp"/shared/*.txt >"$tmp/b.out" 2>"$tmp/b.err" &
pb=$!
fail=0
wait $pa || { echo "concurrent: first parse failed:"; cat "$tmp/a.err"; fail=1; }
wait $pb || { echo "concurrent: second parse failed:"; cat "$tmp/b.err"; fail=1; }
want=$((2 * n + $(ls "$tmp/shared" | wc -l)))
got=$("$RNCP" query --count)
if [ "$got" != "$want" ]; then
	echo "concurrent: $got records stored, expected $want"
	fail=1
fi
dups=$("$RNCP" query --fields key | sort | uniq -d | wc -l)
if [ "$dups" != 0 ]; then
	echo "concurrent: $dups records stored twice"
	fail=1
fi
[ $fail = 0 ] && echo "concurrent: 2 writers, $got records, none lost or doubled"
exit $fail
