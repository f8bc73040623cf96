$RNCP prase rncp40864.in
