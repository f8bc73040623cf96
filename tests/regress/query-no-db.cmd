cd "${RNCP_DB%/*}" && $RNCP --db none.db query --rome M1801; test ! -e none.db
