$RNCP parse -q ../../samples/*.txt >/dev/null && $RNCP query --text réseau --count
