$RNCP parse rncp40864.in --form
