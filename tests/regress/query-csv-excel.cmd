$RNCP parse -q ../../samples/*.txt >/dev/null && $RNCP query --status active --format csv --sep ';' --bom --fields code,title,certifiers,expires
