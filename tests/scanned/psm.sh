#!/bin/sh
# psm.sh PDF OUT PSM: tesseract's reading of the printed PDF's pages drawn
# at 200 dpi in grey, in page segmentation mode PSM (4: a single column of
# text of variable sizes; 6: a single uniform block), a form feed between
# pages: how some OCR tools call it.
set -eu
pdf=$1 out=$2 psm=$3
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
pdftoppm -r 200 -gray -png "$pdf" "$d/p"
: > "$out"
first=1
for p in "$d"/p-*.png; do
	[ $first = 1 ] || printf '\f' >> "$out"
	first=0
	tesseract "$p" - -l fra --psm "$psm" 2>/dev/null >> "$out"
done
