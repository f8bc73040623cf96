#!/bin/sh
# walk.sh - parse -r over a tree with hidden names, symbolic links (to a
# file, to the folder above, to itself, to nothing) and a path too long
# for the system: every regular file once, in name order; links followed
# to files only, so a link loop cannot make the walk endless; a path that
# cannot be read is named, and the rest still parsed.
. "$(dirname "$0")/common.sh"
export RNCP_TODAY=2026-01-01
fail=0
in=$tmp/in
mkdir -p "$in/sub" "$in/.hidden"
cp "$top/samples/rncp40864.txt" "$in/a.txt"
cp "$top/samples/rncp37454.txt" "$in/sub/b.txt"
cp "$top/samples/rncp19542.txt" "$in/.hidden/c.txt"
cp "$top/samples/rncp14392.txt" "$in/.d.txt"
ln -s sub/b.txt "$in/link.txt"
ln -s .. "$in/sub/up"
ln -s . "$in/sub/self"
ln -s ../sub "$in/sub/again"
ln -s nowhere "$in/dangling"

# the paths, in the order parse gives its records (path: last column)
paths() {
	timeout 60 "$RNCP" parse --no-store -q --format tsv -r "$@" >"$tmp/out" 2>"$tmp/err"
	echo $? >"$tmp/rc"
	tail -n +2 "$tmp/out" | awk -F '\t' '{ print $NF }'
}

got=$(paths "$in")
want=$(printf '%s\n' "$in/a.txt" "$in/link.txt" "$in/sub/b.txt")
rc=$(cat "$tmp/rc")
[ "$rc" = 0 ] || { echo "walk: exit $rc, expected 0:"; cat "$tmp/err"; fail=1; }
[ "$got" = "$want" ] || { printf 'walk: read\n%s\nexpected\n%s\n' "$got" "$want"; fail=1; }
[ -s "$tmp/err" ] && { echo "walk: messages:"; cat "$tmp/err"; fail=1; }

# a folder whose path is over PATH_MAX (4096 bytes), made step by step
deep=$(python3 -c 'import os, sys
os.chdir(sys.argv[1])
os.mkdir("deep"); os.chdir("deep")
for i in range(20):
    os.mkdir("d" * 250); os.chdir("d" * 250)
open("x.txt", "w").write("too deep\n")
' "$in" && echo ok)
if [ "$deep" = ok ]; then
	got=$(paths "$in")
	rc=$(cat "$tmp/rc")
	[ "$rc" = 1 ] || { echo "walk: deep tree: exit $rc, expected 1"; fail=1; }
	grep -q "path over 4095 bytes" "$tmp/err" ||
		{ echo "walk: deep tree: no message naming the path:"; cat "$tmp/err"; fail=1; }
	[ "$got" = "$want" ] || { printf 'walk: deep tree: read\n%s\n' "$got"; fail=1; }
fi
[ $fail = 0 ] && echo "walk: 3 files of 4 links, 1 hidden folder and 1 path too long, in order"
exit $fail
