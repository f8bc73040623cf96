$RNCP parse -q ../../samples/*.txt >/dev/null && $RNCP stats --by certifier --rome M18
