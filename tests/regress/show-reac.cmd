$RNCP parse -q ../../samples/*.txt >/dev/null && $RNCP show b44aa9a9fd8260bd8c0a7ef05c494367fb331d4b2fca2a1aa849c22a24e22983 | head -3
