#!/bin/sh
# gen-fiches.sh DIR COUNT [FIRST] - write COUNT distinct fiches into DIR,
# copies of the coded samples/*.txt whose code number is rewritten (sed) to
# FIRST, FIRST+1, ... (default 200000): fiche-NNNNNN.txt.  For the storage
# tests (crash.sh, concurrency.sh, diskfull.sh).
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
dir=$1
count=$2
first=${3:-200000}
mkdir -p "$dir"
# sample and the number its code is printed with
set -- example-web-rncp.txt 99001 example-web-rs.txt 99002 rncp14392.txt 14392 \
       rncp19542.txt 19542 rncp37454.txt 37454 rncp40864.txt 40864
nsamples=$(($# / 2))
i=0
while [ $i -lt "$count" ]; do
	k=$((i % nsamples * 2 + 1))
	eval "sample=\${$k} number=\${$((k + 1))}"
	n=$((first + i))
	sed "s/$number/$n/g" "$top/samples/$sample" > "$dir/fiche-$n.txt"
	i=$((i + 1))
done
