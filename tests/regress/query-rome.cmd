$RNCP parse -q ../../samples/*.txt >/dev/null && $RNCP query --rome M1801
