#!/bin/sh
# scan.sh MODE PDF OUT ARGS: tesseract's reading (French, a form feed
# between pages) of the printed PDF's pages as a scan gives them:
#
#   scan.sh jpeg PDF OUT ANGLE NOISE BLUR DPI QUALITY
#       each page drawn at 300 dpi in grey, rotated by ANGLE degrees,
#       Gaussian noise of strength NOISE, blurred (sigma BLUR), resampled
#       to DPI and saved as a JPEG of QUALITY
#   scan.sh bw PDF OUT ANGLE
#       black and white: drawn at 300 dpi in grey, rotated, a light
#       speckle (impulse noise 0.05), blurred (sigma 0.6), resampled to
#       200 dpi and thresholded at 60%
#   scan.sh psm PDF OUT PSM
#       drawn at 200 dpi in grey, read in tesseract's page segmentation
#       mode PSM (4: a single column of text; 6: a single uniform block)
#
# pdftoppm, ImageMagick 6's convert, tesseract.  The noise is random: a
# second run gives a copy like the first, not the same one.
set -eu
mode=$1 pdf=$2 out=$3
shift 3
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
psm=3
case $mode in
jpeg) [ $# -eq 5 ] || { echo "usage: scan.sh jpeg PDF OUT ANGLE NOISE BLUR DPI QUALITY" >&2; exit 2; } ;;
bw) [ $# -eq 1 ] || { echo "usage: scan.sh bw PDF OUT ANGLE" >&2; exit 2; } ;;
psm) [ $# -eq 1 ] || { echo "usage: scan.sh psm PDF OUT PSM" >&2; exit 2; }; psm=$1 ;;
*) echo "scan.sh: MODE is jpeg, bw or psm" >&2; exit 2 ;;
esac
pdftoppm -r "$([ "$mode" = psm ] && echo 200 || echo 300)" -gray -png "$pdf" "$d/p"
: > "$out"
first=1
for p in "$d"/p-*.png; do
	case $mode in
	jpeg)
		img=${p%.png}.jpg
		convert "$p" -background white -rotate "$1" -attenuate "$2" +noise Gaussian \
			-blur "0x$3" -resample "$4" -quality "$5" "$img" ;;
	bw)
		img=${p%.png}.bw.png
		convert "$p" -background white -rotate "$1" -attenuate 0.05 +noise Impulse -blur 0x0.6 \
			-resample 200 -threshold 60% "$img" ;;
	psm)
		img=$p ;;
	esac
	[ $first = 1 ] || printf '\f' >> "$out"
	first=0
	tesseract "$img" - -l fra --psm "$psm" 2>/dev/null >> "$out"
done
