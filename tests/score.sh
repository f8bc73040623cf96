#!/bin/sh
# score.sh - extraction score on the sample fiches with their hand-made truth
# (tests/fiches, copied from shared/fiches), with the project's floor.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
score=$top/../shared/tools/score
if [ ! -x "$score" ]; then
	echo "score: ../shared/tools/score not found; skipped"
	exit 0
fi
cd "$top"
out=$(RNCP_TODAY=2026-01-01 "$score" --min 98 tests/fiches) || { echo "$out"; echo "score: below 98% loose F1"; exit 1; }
echo "$out" | tail -1
strict=$(echo "$out" | sed -n 's/.*strict F1 \([0-9.]*\)%.*/\1/p')
awk -v s="$strict" 'BEGIN { exit !(s >= 95) }' || { echo "score: strict F1 $strict% below 95%"; exit 1; }
