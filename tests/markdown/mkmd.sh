#!/bin/sh
# mkmd.sh NAME - the Markdown copies of ../fiches/NAME.txt (README.md):
# its page plain and --cells through pandoc (gfm, commonmark, markdown)
# and html2text.py (wrapped at 78 columns and not), in this directory.
set -eu
cd "$(dirname "$0")"
n=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 ../printed/mkhtml.py "../fiches/$n.txt" "$tmp/plain.html"
python3 ../printed/mkhtml.py --cells "../fiches/$n.txt" "$tmp/cells.html"
for v in plain cells; do
	p=$n.
	[ "$v" = cells ] && p=$n.cells-
	pandoc -f html -t gfm "$tmp/$v.html" -o "${p}gfm.txt"
	pandoc -f html -t commonmark "$tmp/$v.html" -o "${p}commonmark.txt"
	pandoc -f html -t markdown "$tmp/$v.html" -o "${p}pandoc-md.txt"
	python3 -m html2text "$tmp/$v.html" > "${p}h2t-md.txt"
	python3 -m html2text --body-width=0 "$tmp/$v.html" > "${p}h2t-md-nowrap.txt"
done
for f in "$n".*.txt; do
	cp "../fiches/$n.truth.json" "${f%.txt}.truth.json"
done
