$RNCP parse --no-store --format tsv bad-binary.in
