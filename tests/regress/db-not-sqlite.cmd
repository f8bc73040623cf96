cd "${RNCP_DB%/*}" && echo precious > notes.db && $RNCP --db notes.db query; $RNCP --db notes.db parse -q "$OLDPWD/../../samples/rncp40864.txt" >/dev/null; cat notes.db
