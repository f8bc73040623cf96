$RNCP query --nsf 326r --fields code,nsf,path ../../samples/*.txt && test ! -e "$RNCP_DB"
