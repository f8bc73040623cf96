d=$(mktemp -d) && $RNCP parse --no-store -r "$d"; s=$?; rmdir "$d"; (exit $s)
