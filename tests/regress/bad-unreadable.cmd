# a file without read permission; root reads anything, so drop to nobody
t=$(mktemp -d) && chmod 755 "$t" && cp example-web-rs.in "$t/unreadable.txt" && chmod 000 "$t/unreadable.txt" && (cd "$t" && if [ "$(id -u)" = 0 ]; then setpriv --reuid=65534 --regid=65534 --clear-groups $RNCP parse --no-store unreadable.txt; else $RNCP parse --no-store unreadable.txt; fi); s=$?; rm -rf "$t"; (exit $s)
