$RNCP parse -q ../../samples/*.txt >/dev/null && $RNCP stats --by rome-domain
