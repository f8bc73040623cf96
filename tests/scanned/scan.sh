#!/bin/sh
# scan.sh PDF OUT ANGLE NOISE BLUR DPI QUALITY: the OCR of a scan of the
# printed PDF: each page drawn at 300 dpi in grey (pdftoppm), rotated by
# ANGLE degrees, Gaussian noise of strength NOISE, blurred (radius 0,
# sigma BLUR), resampled to DPI and saved as a JPEG of QUALITY
# (ImageMagick 6), then read by tesseract (French), a form feed between
# pages.
set -eu
pdf=$1 out=$2 angle=$3 noise=$4 blur=$5 dpi=$6 quality=$7
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
pdftoppm -r 300 -gray -png "$pdf" "$d/p"
: > "$out"
first=1
for p in "$d"/p-*.png; do
	convert "$p" -background white -rotate "$angle" -attenuate "$noise" +noise Gaussian \
		-blur "0x$blur" -resample "$dpi" -quality "$quality" "${p%.png}.jpg"
	[ $first = 1 ] || printf '\f' >> "$out"
	first=0
	tesseract "${p%.png}.jpg" - -l fra 2>/dev/null >> "$out"
done
