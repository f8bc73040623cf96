$RNCP parse --no-store --format tsv - < example-web-rs.in; printf "" | $RNCP parse --no-store -
