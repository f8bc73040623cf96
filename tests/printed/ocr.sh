#!/bin/bash
# OCR each sample's printed PDF (with the browser's header and footer): pdftoppm at 200 dpi, tesseract fra
b=$1
rm -rf pg-$b; mkdir pg-$b
pdftoppm -r ${2:-200} -gray -png $b.pdf pg-$b/p
out=$b.chrome-ocr.txt; : > $out
first=1
for p in pg-$b/p-*.png; do
  [ $first = 1 ] || printf '\f' >> $out
  first=0
  tesseract $p - -l fra 2>/dev/null >> $out
done

