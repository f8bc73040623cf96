$RNCP query --romee M1801; $RNCP query --rome 1801; $RNCP query --level 9; $RNCP query --nsf 32; $RNCP query --rome; $RNCP query --format xml; $RNCP stats --by romes; $RNCP show
