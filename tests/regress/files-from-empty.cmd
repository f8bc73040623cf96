: | $RNCP parse --no-store --files-from -
