#!/bin/sh
# readonly.sh - a database the user may read but not write (file and folder
# read-only, as a shared copy would be): query and show still answer, parse
# says it cannot store and changes nothing.  Run as an unprivileged user:
# root writes through file modes, so as root the test runs as nobody.
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
RNCP=${RNCP:-$top/rncp}
as=""
if [ "$(id -u)" = 0 ]; then
	if ! command -v setpriv >/dev/null 2>&1; then
		echo "readonly: root without setpriv; skipped"
		exit 0
	fi
	as="setpriv --reuid=65534 --regid=65534 --clear-groups"
fi
tmp=$(mktemp -d)
trap 'chmod -R u+w "$tmp"; rm -rf "$tmp"' EXIT
export RNCP_DB="$tmp/ro/rncp.db" RNCP_TODAY=2026-01-01
"$RNCP" parse -q "$top/samples/rncp40864.txt" "$top/samples/rncp37454.txt" >/dev/null || exit 1
want=$("$RNCP" query --rome M1801)
# as a copy handed out would be: without the -wal and -shm files (empty
# here, every connection being closed), which a reader cannot create
rm -f "$RNCP_DB-wal" "$RNCP_DB-shm"
sum=$(cksum <"$RNCP_DB")
files=$(ls "$tmp/ro")
chmod 755 "$tmp"
chmod 444 "$RNCP_DB"
chmod 555 "$tmp/ro"
fail=0
got=$($as "$RNCP" query --rome M1801 2>"$tmp/err")
if [ $? != 0 ] || [ "$got" != "$want" ]; then
	echo "readonly: query on a read-only database failed:"; cat "$tmp/err"; fail=1
fi
$as "$RNCP" show RNCP40864 >/dev/null 2>"$tmp/err" ||
	{ echo "readonly: show failed:"; cat "$tmp/err"; fail=1; }
$as "$RNCP" parse -q "$top/samples/rncp19542.txt" >/dev/null 2>"$tmp/err"
st=$?
if [ $st = 0 ] || ! grep -q "read-only" "$tmp/err"; then
	echo "readonly: parse into a read-only database: exit $st, said:"; cat "$tmp/err"; fail=1
fi
if [ "$(cksum <"$RNCP_DB")" != "$sum" ] || [ "$(ls "$tmp/ro")" != "$files" ]; then
	echo "readonly: the database folder changed"; ls -l "$tmp/ro"; fail=1
fi

# A database an older rncp wrote (schema v5: fts_blocs numbered by bloc
# id, no bloc_codes, no bloc_terms), which a reader cannot bring up to date:
# --bloc reads it as it is.
chmod 755 "$tmp/ro"
chmod 644 "$RNCP_DB"
q1='sécurité réseau' q2=RNCP37454BC02
want=$("$RNCP" query --bloc "$q1" --bloc "$q2"; "$RNCP" query --bloc "parc" --fields code,blocs;
	"$RNCP" stats --by rome --bloc "$q1")
if python3 - "$RNCP_DB" <<'EOF'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.executescript("""
DROP TABLE bloc_terms;
ALTER TABLE fiches DROP COLUMN bloc_codes;
DROP TABLE fts_blocs;
CREATE VIRTUAL TABLE fts_blocs USING fts5(text, tokenize = 'unicode61 remove_diacritics 2');
INSERT INTO fts_blocs (rowid, text) SELECT b.id, coalesce(b.title, '') || char(10) ||
 coalesce((SELECT group_concat(text || char(10), '') FROM
 (SELECT text FROM skills WHERE bloc = b.id ORDER BY pos)), '') FROM blocs b;
PRAGMA user_version = 5;
""")
db.close()
EOF
then
	rm -f "$RNCP_DB-wal" "$RNCP_DB-shm"
	sum=$(cksum <"$RNCP_DB")
	chmod 444 "$RNCP_DB"
	chmod 555 "$tmp/ro"
	got=$($as "$RNCP" query --bloc "$q1" --bloc "$q2" 2>"$tmp/err" &&
		$as "$RNCP" query --bloc "parc" --fields code,blocs 2>>"$tmp/err" &&
		$as "$RNCP" stats --by rome --bloc "$q1" 2>>"$tmp/err")
	if [ $? != 0 ] || [ "$got" != "$want" ]; then
		echo "readonly: --bloc on a read-only database of schema v5 (want, got):"
		cat "$tmp/err"; printf '%s\n---\n%s\n' "$want" "$got"
		fail=1
	fi
	if [ "$(cksum <"$RNCP_DB")" != "$sum" ]; then
		echo "readonly: the database of schema v5 changed"; fail=1
	fi
else
	echo "readonly: python3 cannot make a database of schema v5; that part skipped"
fi
[ $fail = 0 ] && echo "readonly: read-only database read, not written"
exit $fail
