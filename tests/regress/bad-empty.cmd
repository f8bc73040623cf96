$RNCP parse --no-store --format tsv bad-empty.in
