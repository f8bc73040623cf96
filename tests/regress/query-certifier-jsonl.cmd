$RNCP parse -q ../../samples/*.txt >/dev/null && $RNCP query --certifier 'cci & caux' --format jsonl
