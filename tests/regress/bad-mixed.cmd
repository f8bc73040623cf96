# good and bad files together: the good ones are stored, the bad ones named, exit 1
$RNCP parse --format tsv example-web-rs.in no-such-fiche.txt bad-empty.in bad-binary.in bad-no-code.in rncp19542.in bad-not-a-fiche.in; s=$?; python3 -c 'import os, sqlite3; [print(*r, sep="\t") for r in sqlite3.connect(os.environ["RNCP_DB"]).execute("SELECT key, path FROM fiches ORDER BY key")]'; (exit $s)
