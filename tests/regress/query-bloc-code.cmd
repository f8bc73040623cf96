$RNCP parse -q ../../samples/*.txt >/dev/null && $RNCP query --bloc rncp37454bc02 --bloc RNCP99001BC03
