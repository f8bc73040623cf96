cd "${RNCP_DB%/*}" && $RNCP --db rncp.db parse -q "$OLDPWD/../../samples/rncp40864.txt" >/dev/null && $RNCP --db rncp.db show RNCP1
