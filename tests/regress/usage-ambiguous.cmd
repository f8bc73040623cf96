$RNCP parse --f json rncp19542.in
