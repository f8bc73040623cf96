$RNCP parse -q ../../samples/*.txt >/dev/null && $RNCP stats --by nsf --status active --format csv
