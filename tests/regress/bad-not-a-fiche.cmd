$RNCP parse --no-store --format tsv bad-not-a-fiche.in
