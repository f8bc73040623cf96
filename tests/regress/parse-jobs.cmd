$RNCP parse --no-store -j 3 --format tsv rncp19542.in rncp37454.in missing.in reac-trte.in example-web-rs.in
