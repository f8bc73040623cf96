$RNCP --version
