$RNCP parse -q ../../samples/*.txt >/dev/null && $RNCP query --text '"; DROP TABLE fiches; -- NEAR OR *' ; $RNCP query --certifier "%' OR '1'='1" ; $RNCP query --count
