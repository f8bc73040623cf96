# a file one byte over RNCP_MAX_INPUT (64 MiB; sparse), then the same on standard input
t=$(mktemp -d) && truncate -s 67108865 "$t/big.txt" && $RNCP parse --no-store "$t/big.txt" 2>&1 | sed "s|$t/||" >&2; head -c 67108865 /dev/zero | tr '\0' a | $RNCP parse --no-store -; s=$?; rm -rf "$t"; (exit $s)
