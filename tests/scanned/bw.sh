#!/bin/sh
# bw.sh PDF OUT ANGLE: the OCR of a black-and-white scan of the printed
# PDF: each page drawn at 300 dpi in grey (pdftoppm), rotated by ANGLE
# degrees, a light speckle (impulse noise 0.05), blurred (sigma 0.6),
# resampled to 200 dpi and thresholded at 60% (ImageMagick 6), then read
# by tesseract (French), a form feed between pages.
set -eu
pdf=$1 out=$2 angle=$3
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
pdftoppm -r 300 -gray -png "$pdf" "$d/p"
: > "$out"
first=1
for p in "$d"/p-*.png; do
	convert "$p" -background white -rotate "$angle" -attenuate 0.05 +noise Impulse -blur 0x0.6 \
		-resample 200 -threshold 60% "${p%.png}.bw.png"
	[ $first = 1 ] || printf '\f' >> "$out"
	first=0
	tesseract "${p%.png}.bw.png" - -l fra 2>/dev/null >> "$out"
done
