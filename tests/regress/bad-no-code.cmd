$RNCP parse --no-store bad-no-code.in
