# bash completion for rncp(1): commands, options, and the values of
# --format, --by, --status and --level.  Files are completed by readline
# (complete -o default) wherever a path fits.
# Installed as $(PREFIX)/share/bash-completion/completions/rncp.

_rncp()
{
	local cur prev cmd i opts
	cur=${COMP_WORDS[COMP_CWORD]}
	prev=
	((COMP_CWORD > 0)) && prev=${COMP_WORDS[COMP_CWORD - 1]}
	# "--format=js" reaches us as "--format" "=" "js" (= is a word break)
	if [[ $cur == = ]]; then
		cur=
	elif [[ $prev == = ]] && ((COMP_CWORD > 1)); then
		prev=${COMP_WORDS[COMP_CWORD - 2]}
	fi

	# the command: the first word that is neither an option nor --db's value
	cmd=
	for ((i = 1; i < COMP_CWORD; i++)); do
		case ${COMP_WORDS[i]} in
		--db) ((i++)) ;;
		-*) ;;
		*)
			cmd=${COMP_WORDS[i]}
			break
			;;
		esac
	done

	# values of the option before the cursor
	opts=
	case $prev in
	--format)
		case $cmd in
		parse) opts='json jsonl tsv' ;;
		*) opts='tsv csv json jsonl' ;;
		esac
		;;
	--by) opts='rome rome-domain nsf level certifier' ;;
	--status) opts='active inactive' ;;
	--level) opts='1 2 3 4 5 6 7 8 I II III IV V' ;;
	--fields)
		# a comma-separated list: complete its last item
		local f done=
		[[ $cur == *,* ]] && done=${cur%,*},
		COMPREPLY=()
		for f in code key title status level level_old expires nsf formacodes rome \
			certifiers sirets blocs jobs path layout encoding sha256 warnings; do
			[[ $done$f == "$cur"* ]] && COMPREPLY+=("$done$f")
		done
		compopt -o nospace 2>/dev/null
		return
		;;
	--sep)
		# quoted, so that the shell does not take ; or | for itself
		COMPREPLY=()
		for i in "';'" , "'|'"; do
			[[ $i == "$cur"* ]] && COMPREPLY+=("$i")
		done
		return
		;;
	--db | --files-from | -j | --jobs | --rome | --nsf | --bloc | --formacode | --certifier | \
		--text)
		COMPREPLY=() # a file name from readline, or free text
		return
		;;
	esac
	if [[ -n $opts ]]; then
		COMPREPLY=($(compgen -W "$opts" -- "$cur"))
		return
	fi

	local select='--rome --nsf --level --bloc --formacode --certifier --text --status'
	case $cmd in
	'')
		if [[ $cur == -* ]]; then
			opts='--db --help --version'
		else
			opts='parse query show stats'
		fi
		;;
	parse)
		opts='--no-store --format --recursive --quiet --jobs --files-from --null --help -r -q -j -0'
		;;
	query)
		opts="$select --format --fields --count --sep --bom --no-header --help"
		;;
	show)
		opts='--help'
		;;
	stats)
		opts="--by $select --format --sep --bom --no-header --help"
		;;
	*)
		return
		;;
	esac
	if [[ -z $cmd || $cur == -* ]]; then
		COMPREPLY=($(compgen -W "$opts" -- "$cur"))
	else
		COMPREPLY=() # file names, from readline
	fi
}
complete -o default -F _rncp rncp
