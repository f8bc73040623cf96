$RNCP parse -q ../../samples/*.txt >/dev/null && $RNCP query --rome A1101 --level 5
