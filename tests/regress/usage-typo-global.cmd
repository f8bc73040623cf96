$RNCP --verison
