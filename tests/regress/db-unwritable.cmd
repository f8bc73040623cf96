$RNCP --db /proc/no-such-dir/rncp.db parse --format tsv example-web-rs.in rncp19542.in
