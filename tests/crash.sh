#!/bin/sh
# crash.sh [RUNS] - kill a load of 1,000 fiches with SIGKILL at random
# moments (default 20 times) and check after each kill that the database
# passes its integrity checks and holds every fiche whole or not at all
# (tests/dbcheck.py against an uninterrupted load).  The database is kept
# from one run to the next, so most kills land in the middle of replacing
# a record; every fifth run starts from an empty one.  A last run completes
# the load: the result must equal the reference.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
RNCP=${RNCP:-$top/rncp}
runs=${1:-20}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export RNCP_TODAY=2026-01-01

sh "$top/tests/gen-fiches.sh" "$tmp/fiches" 1000
start=$(date +%s%N)
"$RNCP" --db "$tmp/ref.db" parse -q -r --format tsv "$tmp/fiches" > /dev/null
ms=$((($(date +%s%N) - start) / 1000000))
echo "crash: reference load of 1000 fiches took $ms ms; $runs kills follow"

run=1
kills=0
while [ $kills -lt "$runs" ]; do
	[ $run -gt $((runs * 3)) ] && { echo "crash: FAIL: only $kills kills in $run runs"; exit 1; }
	[ $((run % 5)) = 1 ] && rm -f "$tmp/crash.db" "$tmp/crash.db-wal" "$tmp/crash.db-shm"
	# a moment in the whole load, from the opening of the database on
	delay=$(od -An -N4 -tu4 /dev/urandom | awk -v ms="$ms" '{ printf "%.3f", ($1 % (ms + 1)) / 1000 }')
	"$RNCP" --db "$tmp/crash.db" parse -q -r --format tsv "$tmp/fiches" > /dev/null 2>"$tmp/err" &
	pid=$!
	sleep "$delay"
	kill -KILL $pid 2>/dev/null || true
	s=0
	wait $pid 2>/dev/null || s=$? # dash says "Killed" otherwise
	if [ $s = 137 ]; then
		kills=$((kills + 1))
		printf 'crash: kill %d at %ss: ' $kills "$delay"
	else
		# the load ended first (the machine was faster than the first
		# load): still check, and aim earlier next time
		printf 'crash: run %d ended (status %d) before the kill at %ss: ' $run $s "$delay"
		ms=$((ms * 3 / 4))
	fi
	python3 "$top/tests/dbcheck.py" "$tmp/crash.db" --ref "$tmp/ref.db"
	if [ -s "$tmp/err" ]; then
		echo "crash: run $run: unexpected messages:"; cat "$tmp/err"; exit 1
	fi
	run=$((run + 1))
done
"$RNCP" --db "$tmp/crash.db" parse -q -r --format tsv "$tmp/fiches" > /dev/null
printf 'crash: after a complete load: '
python3 "$top/tests/dbcheck.py" "$tmp/crash.db" --ref "$tmp/ref.db" --count 1000
echo "crash: $kills kills in $((run - 1)) runs, the database whole after each"
