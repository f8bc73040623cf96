#!/bin/sh
# injection.sh - query values are data: quotes, %, _, ;, SQL and FTS5 syntax
# (", *, NEAR, OR, -, column filters) must neither change the query nor
# fail it.  Each case runs against a database and against the same files
# parsed in memory (query FILE ...), and checks
#   - the exit status (0 match, 1 none; 2 only where a code is malformed),
#   - that nothing on standard error speaks of SQL or FTS5,
#   - which fiches matched, where that is certain,
# and at the end that the database holds exactly what it held before.
# Skipped, with a message, while "rncp query" is not implemented.
. "$(dirname "$0")/common.sh"
export RNCP_TODAY=2026-01-01
db=$tmp/rncp.db

if "$RNCP" --db "$db" query --rome M1801 2>&1 >/dev/null | grep -q "not implemented"; then
	echo "injection: skipped: 'rncp query' is not implemented yet"
	exit 0
fi
rm -f "$db"

# a fiche whose certifier's name is full of SQL and LIKE syntax
sed -e 's/RS99002/RS99003/g' \
    -e "s/CENTRE DE PREVENTION DES RISQUES EN ENTREPOT/O'BRIEN \"100%\" FORMATION ; SARL/" \
    "$top/samples/example-web-rs.txt" > "$tmp/special.txt"
set -- "$top"/samples/*.txt "$tmp/special.txt"
"$RNCP" --db "$db" parse -q "$@" > /dev/null || { echo "injection: FAIL: cannot load the fixture"; exit 1; }
files="$*"

dump() {
	python3 -c 'import hashlib, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
print(hashlib.sha256("\n".join(db.iterdump()).encode()).hexdigest())' "$db"
}
before=$(dump)

pass=0
fail=0
# check WANT MATCHES ARG...: WANT lists the exit statuses allowed: 0 match,
# 1 none, 2 usage error (a malformed code, a value without words);
# MATCHES lists codes that must (+CODE) or must not (-CODE) be printed.
check() {
	want=$1 matches=$2
	shift 2
	for mode in db files; do
		if [ $mode = db ]; then
			"$RNCP" --db "$db" query "$@" > "$tmp/out" 2> "$tmp/err"
		else
			# shellcheck disable=SC2086 # the file list splits on purpose
			"$RNCP" --db "$tmp/none.db" query "$@" $files > "$tmp/out" 2> "$tmp/err"
		fi
		s=$?
		why=
		case $want in *$s*) ;; *) why="exit status $s, wanted $want" ;; esac
		if grep -Eiq 'sql|fts|syntax|unrecogni[sz]ed token|malformed|no such (column|table)|locked' "$tmp/err"; then
			why="$why; error speaks of the query language: $(head -1 "$tmp/err")"
		fi
		for m in $matches; do
			code=${m#?}
			case $m in
			+*) grep -q "$code" "$tmp/out" || why="$why; $code not matched" ;;
			-*) grep -q "$code" "$tmp/out" && why="$why; $code matched" ;;
			esac
		done
		if [ -n "$why" ]; then
			echo "injection: FAIL ($mode) query $*: ${why#; }"
			fail=$((fail + 1))
		else
			pass=$((pass + 1))
		fi
	done
}

# baselines: the fixture answers as it should
check 0 "+RS99002 +RS99003" --text chariot
check 0 "+RS99003 -RS99002" --certifier "O'BRIEN"

# quotes, LIKE wildcards and statement separators in a certifier
check 0 "+RS99003 -RS99002" --certifier '"100%"'
check 0 "+RS99003 -RS99002" --certifier "100%"
check 0 "+RS99003 -RS99002" --certifier "%"
check 0 "+RS99003 -RS99002" --certifier ";"
check 1 "" --certifier "1%0"
check 1 "" --certifier "_BRIEN"
check 1 "" --certifier "' OR '1'='1"
check 1 "" --certifier "x' OR 1=1 --"
check 1 "" --certifier "zzzq; DROP TABLE fiches; --"
check 1 "" --certifier 'zzzq"); DELETE FROM fiches; --'

# FTS5 syntax in words: each word must match, operators included (the
# fixture has "chariots" and no word that starts with zzzq)
check 1 "" --text "zzzq OR chariot"
check 1 "" --text "zzzq OR"
check 1 "" --text "NEAR(zzzq chariot)"
check 1 "" --text "zzzq NEAR chariot"
check 1 "" --text "zzzq* OR chariot"
check 1 "" --text "-zzzq chariot"
check 1 "" --text '"zzzq" OR "chariot"'
check 1 "" --text "title:zzzq OR chariot"
check 1 "" --text "{title blocs}: zzzq OR chariot"
check 1 "" --text "zzzq AND chariot"
check 1 "" --text "chariot NOT zzzq NOT"
check 1 "" --bloc 'zzzq" OR "1"="1'
check 1 "" --bloc "zzzq' OR 1=1 --"
check 1 "" --bloc "zzzq) OR (chariot"
check 1 "" --text "zzzq; DROP TABLE fts; --"
# syntax alone: a match, none, or a usage error when no word is left (exit
# 2 with a message about the value), never an error of SQL or FTS5
for v in '"' '""' "'" '*' '-' '^' ':' '(' ')' '{' 'NEAR' 'OR' 'AND' 'NOT' 'NEAR(' \
         '%' '_' ';' '\' 'chariot*' 'chariot -entrepôt' '"chariot' 'chariot"' \
         '"chariot entrepôt"' 'NEAR(chariot entrepôt, 2)' '+chariot' 'chariot^'; do
	check 012 "" --text "$v"
	check 012 "" --bloc "$v"
	check 012 "" --certifier "$v"
done

# malformed codes: no match or a usage error, never SQL
check 12 "" --rome "M1801' OR '1'='1"
check 12 "" --rome "M18%"
check 12 "" --rome "%"
check 12 "" --nsf "326' OR 1=1 --"
check 12 "" --nsf "3_6"
check 12 "" --formacode "31811; DROP TABLE fiches"
check 12 "" --level "5 OR 1=1"
check 12 "" --bloc "RNCP37454BC02' --"

after=$(dump)
if [ "$before" != "$after" ]; then
	echo "injection: FAIL: the database changed"
	fail=$((fail + 1))
fi
echo "injection: $pass passed, $fail failed"
[ $fail = 0 ]
