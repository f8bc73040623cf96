$RNCP parse --nostore rncp40864.in
