#!/bin/sh
# batchfail.sh - a record the database refuses in the middle of a batch
# (a trigger stands for a full disk or a broken row) undoes that batch;
# rncp parse must then store every other record of it on its own, name
# the refused fiche and exit 1.
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
RNCP=${RNCP:-$top/rncp}
n=150
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/in"
i=0
while [ $i -lt $n ]; do
	sed "s/40864/7$(printf %04d $i)/g" "$top/samples/rncp40864.txt" >"$tmp/in/f$(printf %04d $i).txt"
	i=$((i + 1))
done
export RNCP_DB="$tmp/rncp.db" RNCP_TODAY=2026-01-01
"$RNCP" parse -q --format tsv "$top/samples/rncp37454.txt" >/dev/null || exit 1
python3 -c 'import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
c.execute("CREATE TRIGGER refuse BEFORE INSERT ON fiches WHEN new.code = '"'"'RNCP70120'"'"'"
          " BEGIN SELECT RAISE(ABORT, '"'"'refused by the test'"'"'); END")
c.commit()' "$tmp/rncp.db" || exit 1
fail=0
"$RNCP" parse -q --format tsv -r "$tmp/in" >"$tmp/out" 2>"$tmp/err"
rc=$?
[ $rc = 1 ] || { echo "batchfail: exit $rc, expected 1"; fail=1; }
grep -q "f0120.txt: not stored: .*refused by the test" "$tmp/err" ||
	{ echo "batchfail: the refused fiche is not named:"; cat "$tmp/err"; fail=1; }
[ "$(wc -l <"$tmp/err")" = 1 ] || { echo "batchfail: other messages:"; cat "$tmp/err"; fail=1; }
got=$("$RNCP" query --count)
[ "$got" = $n ] || { echo "batchfail: $got records stored, expected $n"; fail=1; }
"$RNCP" query --fields code | grep -q '^RNCP70120$' && { echo "batchfail: refused record stored"; fail=1; }
"$RNCP" query --fields code | grep -q '^RNCP70119$' || { echo "batchfail: RNCP70119 lost"; fail=1; }
[ $fail = 0 ] && echo "batchfail: one record refused mid-batch, the $n others stored"
exit $fail
