$RNCP --no-store parse rncp19542.in
