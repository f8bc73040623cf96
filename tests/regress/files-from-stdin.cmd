printf "%s\n" rncp19542.in "" example-web-rs.in | $RNCP parse --no-store --format tsv --files-from -
