#!/bin/sh
# damage.sh - the extraction score on damaged copies of the sample fiches
# (tests/damage.py: OCR, PDF extraction, encodings) must stay within 3
# points of the score on the clean ones.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
score=$top/../shared/tools/score
if [ ! -x "$score" ]; then
	echo "damage: ../shared/tools/score not found; skipped"
	exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$top"
python3 tests/damage.py tests/fiches "$tmp"
export RNCP_TODAY=2026-01-01
clean=$("$score" tests/fiches | tail -1)
damaged=$("$score" "$tmp" | tail -1)
echo "clean:   $clean"
echo "damaged: $damaged"
f1() { echo "$1" | sed -n "s/.*$2 F1 \([0-9.]*\)%.*/\1/p"; }
for kind in loose strict; do
	c=$(f1 "$clean" $kind)
	d=$(f1 "$damaged" $kind)
	awk -v c="$c" -v d="$d" 'BEGIN { exit !(c - d <= 3) }' ||
		{ echo "damage: $kind F1 $d% on damaged copies, more than 3 points under $c%"; exit 1; }
done
