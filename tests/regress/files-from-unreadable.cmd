$RNCP parse --no-store --files-from none.list
