printf "rncp19542.in\r\n\r\nnone.in\r\n" > $RNCP_DB.list; $RNCP parse --no-store --format tsv --files-from $RNCP_DB.list example-web-rs.in
