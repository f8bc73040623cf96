#!/bin/sh
# pipelines.sh - the two reporting pipelines shown in README.md and in the
# EXAMPLES of man/rncp.1, run for real on samples/:
#   1. a jq summary of the blocs of each fiche, from JSON Lines;
#   2. the active fiches per ROME domain, as CSV for a spreadsheet.
# Each result is checked against the same facts computed with jq from
# "rncp parse" output.  The query/stats halves are skipped, saying so,
# while "rncp query" is not implemented.
. "$(dirname "$0")/common.sh"
export RNCP_TODAY=2026-01-01 RNCP_DB="$tmp/rncp.db" NO_COLOR=1
pass=0
fail=0
skip=0
same() { # name, file got, file expected
	if cmp -s "$2" "$3"; then pass=$((pass + 1)); else
		fail=$((fail + 1)); echo "FAIL $1:"; diff -u "$3" "$2" | head -20; fi
}
if ! command -v jq >/dev/null 2>&1; then
	echo "pipelines: skipped: jq is not installed (make deps installs it)"
	exit 0
fi
cd "$top/samples" || exit 2

# ---- 1. blocs summary from JSON Lines: code, blocs, skills ----
summary='[.code, (.blocs|length), ([.blocs[].skills|length]|add // 0)] | @tsv'
"$RNCP" parse --no-store --format jsonl *.txt 2>/dev/null | jq -r "$summary" >"$tmp/got"
printf '%s\t%s\t%s\n' RNCP99001 3 5 RS99002 0 0 '' 3 14 RNCP14392 6 19 \
	RNCP19542 3 0 RNCP37454 4 20 RNCP40864 4 43 >"$tmp/want"
same "parse | jq: blocs and skills of each fiche" "$tmp/got" "$tmp/want"

if "$RNCP" query --count 2>&1 | grep -q 'not implemented'; then
	echo "pipelines: skipped: query not available (rncp query, rncp stats)"
	skip=3
else
	"$RNCP" parse -q *.txt >/dev/null
	"$RNCP" parse --no-store --format jsonl *.txt 2>/dev/null >"$tmp/all.jsonl"

	# 1, from the database: the fiches of level 5
	"$RNCP" query --format jsonl --level 5 | jq -r "$summary" | sort >"$tmp/got"
	jq -r "select(.level.eu == 5) | $summary" "$tmp/all.jsonl" | sort >"$tmp/want"
	same "query --level 5 | jq: blocs and skills" "$tmp/got" "$tmp/want"

	# ---- 2. active fiches per ROME domain, for a French spreadsheet ----
	"$RNCP" stats --by rome-domain --status active --format csv --sep ';' --bom \
		>"$tmp/par-domaine.csv"
	head -c 3 "$tmp/par-domaine.csv" | od -An -tx1 | tr -d ' \n' >"$tmp/got"
	printf efbbbf >"$tmp/want"
	same "stats csv starts with a UTF-8 byte-order mark" "$tmp/got" "$tmp/want"
	# domain;count of each data row, whatever columns lie between
	tail -n +2 "$tmp/par-domaine.csv" | tr -d '\r' | awk -F';' '{ print $1 ";" $NF }' |
		sort >"$tmp/got"
	jq -r 'select(.status == "active")
		| [.rome[].code[0:3]] | unique | if length == 0 then [""] else . end | .[]' \
		"$tmp/all.jsonl" | sort | uniq -c | awk '{ print $2 ";" $1 }' | sort >"$tmp/want"
	same "stats --by rome-domain --status active: the counts" "$tmp/got" "$tmp/want"
fi
echo "pipelines: $pass passed, $fail failed, $skip skipped"
[ $fail = 0 ]
