$RNCP parse --no-store --format tsv bad-invalid-utf8.in
