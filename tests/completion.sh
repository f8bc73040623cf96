#!/bin/sh
# completion.sh - the bash and zsh completions (completions/) offer the
# commands, the options and the values of --format, --by, --status and
# --level; and they, the man page and --help name the same options.
. "$(dirname "$0")/common.sh"
pass=0
fail=0
result() { # name, got, expected
	if [ "$2" = "$3" ]; then pass=$((pass + 1)); else
		fail=$((fail + 1)); printf 'FAIL %s:\n  got:      %s\n  expected: %s\n' "$1" "$2" "$3"; fi
}

# ---- bash: call _rncp as readline would, the line split into words ----
bash_complete() { # the words of the line, the last one being completed
	bash -c '. "$1/completions/rncp.bash"; shift
		COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _rncp
		printf "%s\n" "${COMPREPLY[@]}" | sort | tr "\n" " "' sh "$top" "$@"
}
b() { want=$1; shift; result "bash: $*" "$(bash_complete "$@")" "$want"; }
b 'parse query show stats ' rncp ''
b 'parse ' rncp pa
b '--db --help --version ' rncp --
b 'query ' rncp --db x.db q
b '--files-from --format ' rncp parse --f
b 'json jsonl tsv ' rncp parse --format ''
b 'json jsonl ' rncp parse --format = js
b 'csv json jsonl tsv ' rncp query --format ''
b 'csv json jsonl tsv ' rncp stats --format ''
b 'level level_old ' rncp query --fields lev
b 'code,title ' rncp query --fields code,t
b 'certifier level nsf rome rome-domain ' rncp stats --by ''
b 'active ' rncp query --status a
b 'I II III IV ' rncp query --level I
b "';' '|' , " rncp query --sep ''
b '--rome ' rncp query --ro
b ' ' rncp parse fiche

# ---- zsh: through its completion system, on a pseudo-terminal ----
if command -v zsh >/dev/null 2>&1 && zsh -fc 'zmodload zsh/zpty' 2>/dev/null; then
	z() {
		want=$1
		zsh -f "$top/tests/zsh-complete.zsh" "$top/completions" "$tmp/z" "$2"
		result "zsh: $2" "$(sort -u "$tmp/z" | tr '\n' ' ')" "$want"
	}
	z 'parse query show stats ' 'rncp '
	z 'parse ' 'rncp pa'
	z '--db --help --version ' 'rncp --'
	z '--files-from --format ' 'rncp parse --f'
	z 'json jsonl tsv ' 'rncp parse --format '
	z 'json jsonl tsv ' 'rncp parse --format='
	z 'csv json jsonl tsv ' 'rncp query --format '
	z 'certifier level nsf rome rome-domain ' 'rncp stats --by '
	z 'active inactive ' 'rncp query --status '
	z '--rome ' 'rncp query --ro'
	z 'level level_old ' 'rncp query --fields lev'
	z 'title ' 'rncp query --fields code,ti'
else
	echo "completion: zsh cases skipped: zsh (with zsh/zpty) is not installed"
fi

# ---- every long option of the man page's synopsis is completed, and
# every option --help shows is in the man page ----
if command -v mandoc >/dev/null 2>&1; then
	mandoc -T utf8 "$top/man/rncp.1" | col -b >"$tmp/man"
	sed -n '/^SYNOPSIS/,/^DESCRIPTION/p' "$tmp/man" | grep -o -- '--[a-z][a-z-]*' |
		sort -u >"$tmp/man-opts"
	grep -o -- '--[a-z][a-z-]*' "$tmp/man" | sort -u >"$tmp/man-all-opts"
else
	echo "completion: option cross-check skipped: mandoc is not installed"
	echo "completion: $pass passed, $fail failed"
	[ $fail = 0 ]
	exit
fi
{ "$RNCP" --help; "$RNCP" parse --help; } | grep -o -- '--[a-z][a-z-]*' | sort -u >"$tmp/help-opts"
for f in completions/rncp.bash completions/_rncp; do
	missing=$(while read -r o; do
		grep -q -- "$o\\b" "$top/$f" || printf '%s ' "$o"
	done <"$tmp/man-opts")
	result "options of man/rncp.1 missing from $f" "$missing" ""
done
missing=$(comm -23 "$tmp/help-opts" "$tmp/man-all-opts" | tr '\n' ' ')
result "options of --help missing from man/rncp.1" "$missing" ""
echo "completion: $pass passed, $fail failed"
[ $fail = 0 ]
