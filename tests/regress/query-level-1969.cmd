$RNCP parse -q ../../samples/*.txt >/dev/null && $RNCP query --level III --fields code,level,level_old,title
