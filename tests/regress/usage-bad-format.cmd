$RNCP parse --no-store --format jsn rncp40864.in
