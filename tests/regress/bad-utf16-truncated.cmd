$RNCP parse --no-store --format tsv bad-utf16-truncated.in
