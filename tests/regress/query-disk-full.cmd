$RNCP parse -q ../../samples/*.txt >/dev/null && $RNCP query --level 5 >/dev/full
