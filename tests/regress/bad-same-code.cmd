# two versions of one fiche in one run: the later replaces the earlier in the database
$RNCP parse --format tsv example-web-rs.in bad-nul-bytes.in; s=$?; python3 -c 'import os, sqlite3; [print(*r, sep="\t") for r in sqlite3.connect(os.environ["RNCP_DB"]).execute("SELECT key, path FROM fiches ORDER BY key")]'; (exit $s)
