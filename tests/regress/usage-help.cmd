$RNCP --help
