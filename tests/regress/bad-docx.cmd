$RNCP parse --no-store --format tsv bad-docx.in
