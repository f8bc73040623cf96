$RNCP parse --help
