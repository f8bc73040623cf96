# zsh-complete.zsh - the matches zsh offers for a command line, through a
# real interactive zsh on a pseudo-terminal (zsh/zpty) with the
# completion system on.  Used by tests/completion.sh:
#   zsh -f tests/zsh-complete.zsh COMPLETIONS_DIR OUTFILE 'rncp parse --f'
# writes the matches (quoted as they would be inserted) to OUTFILE.
zmodload zsh/zpty || exit 2
dir=$1 outf=$2 line=$3
: >$outf
zpty z zsh -f -i
zpty -w z "fpath=($dir \$fpath); autoload -Uz compinit; compinit -u -D"
# record each match instead of offering it
zpty -w z "compadd () {
  if [[ \${@[1,(i)(-|--)]} == *-(O|A|D)\\ * ]]; then builtin compadd \"\$@\"; return; fi
  typeset -a __hits; builtin compadd -A __hits \"\$@\"
  local h; for h in \$__hits; do print -r -- \"\$h\" >>$outf; done
}"
zpty -w z "print -r -- READY >$outf.ready"
integer i
for (( i = 0; i < 100; i++ )); do [[ -s $outf.ready ]] && break; sleep 0.1; done
zpty -w -n z "$line"$'\t'
for (( i = 0; i < 50; i++ )); do [[ -s $outf ]] && break; sleep 0.1; done
sleep 0.2
zpty -d z
rm -f $outf.ready
