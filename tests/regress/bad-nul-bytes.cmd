$RNCP parse --no-store --format tsv bad-nul-bytes.in
