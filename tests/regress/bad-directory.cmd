$RNCP parse --no-store ../regress
