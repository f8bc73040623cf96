$RNCP parse --no-store --format tsv bad-pdf.in
