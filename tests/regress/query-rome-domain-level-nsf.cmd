$RNCP parse -q ../../samples/*.txt >/dev/null && $RNCP query --rome M18 --level 5-6 --nsf 326r --nsf 311
