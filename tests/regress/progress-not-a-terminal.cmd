(sleep 1; cat rncp19542.in) | $RNCP parse --no-store --format tsv example-web-rs.in - rncp14392.in
