$RNCP parse --no-store example-web-rs.in > /dev/full
