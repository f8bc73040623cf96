RNCP_LEXICON=lexicon-custom.words $RNCP parse --no-store --format tsv lexicon-custom.in
