printf "%s\0" rncp19542.in example-web-rs.in | $RNCP parse --no-store --format jsonl -0 --files-from - | cut -c1-40
