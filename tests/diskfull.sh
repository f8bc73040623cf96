#!/bin/sh
# diskfull.sh - a full disk, for real: a 1 MiB tmpfs (root only; skipped
# otherwise).  Checks that
#  - a load of 1,000 fiches into a database there says which fiche could
#    not be stored and that the disk is full, and how many others were not
#    stored; exits 1; leaves a database whose every fiche is whole
#    (tests/dbcheck.py against a load elsewhere);
#  - output to a full disk is reported (exit 2), not lost in silence;
#  - once space is back, a new load completes the database.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
RNCP=${RNCP:-$top/rncp}
tmp=$(mktemp -d)
mnt=$tmp/disk
mkdir "$mnt"
if [ "$(id -u)" != 0 ] || ! mount -t tmpfs -o size=1m rncp-test "$mnt" 2>/dev/null; then
	echo "diskfull: skipped: mounting a small tmpfs needs root"
	rm -rf "$tmp"
	exit 0
fi
trap 'umount "$mnt" 2>/dev/null; rm -rf "$tmp"' EXIT
export RNCP_TODAY=2026-01-01
fail() { echo "diskfull: FAIL: $*"; exit 1; }

sh "$top/tests/gen-fiches.sh" "$tmp/fiches" 1000
"$RNCP" --db "$tmp/ref.db" parse -q -r --format tsv "$tmp/fiches" > /dev/null

s=0
"$RNCP" --db "$mnt/rncp.db" parse -q -r --format tsv "$tmp/fiches" > "$tmp/out" 2> "$tmp/err" || s=$?
sed "s|$tmp/||g" "$tmp/err"
[ $s = 1 ] || fail "exit status $s after a full disk, expected 1"
grep -q "not stored: .*database or disk is full" "$tmp/err" || fail "no 'disk is full' message"
grep -q "fiches parsed but not stored" "$tmp/err" || fail "the fiches not stored are not counted"
python3 "$top/tests/dbcheck.py" "$mnt/rncp.db" --ref "$tmp/ref.db" --min 1

s=0
"$RNCP" parse -q --no-store "$top/samples/reac-trte.txt" > "$mnt/out.json" 2> "$tmp/err" || s=$?
cat "$tmp/err"
[ $s = 2 ] || fail "exit status $s when writing output to a full disk, expected 2"
grep -q "error writing output: No space left on device" "$tmp/err" ||
	fail "no message for output to a full disk"

rm -f "$mnt/out.json"
mount -o remount,size=64m "$mnt"
"$RNCP" --db "$mnt/rncp.db" parse -q -r --format tsv "$tmp/fiches" > /dev/null
python3 "$top/tests/dbcheck.py" "$mnt/rncp.db" --ref "$tmp/ref.db" --count 1000
echo "diskfull: ok"
