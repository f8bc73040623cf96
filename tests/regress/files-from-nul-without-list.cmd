$RNCP parse --no-store -0 rncp19542.in
