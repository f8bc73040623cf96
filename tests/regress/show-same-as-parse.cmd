$RNCP parse -q ../../samples/rncp40864.txt > "$RNCP_DB.json" && $RNCP show rncp40864 | cmp - "$RNCP_DB.json" && echo same
