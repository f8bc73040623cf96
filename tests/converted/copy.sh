#!/bin/sh
# copy.sh PAGE.html OUT.txt - the text a browser gives of a page: Chromium's
# innerText of its body (what its select-all copy gives as plain text: a
# list's items without their marks, a table's cells a tab apart, a blank
# line between paragraphs), written by the page itself into a <pre> that
# --dump-dom then prints.
set -eu
page=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
sed 's#</body>#<script>document.addEventListener("DOMContentLoaded",function(){var t=document.body.innerText;document.body.innerHTML="";var p=document.createElement("pre");p.id="rncpout";p.textContent=t;document.body.appendChild(p);});</script></body>#' \
	"$page" > "$tmp/page.html"
chromium --headless --no-sandbox --dump-dom "file://$tmp/page.html" 2>/dev/null > "$tmp/dom"
python3 - "$tmp/dom" "$2" <<'PY'
import html, re, sys
dom = open(sys.argv[1], encoding="utf-8").read()
m = re.search(r'<pre id="rncpout">(.*)</pre>', dom, re.S)
if m is None:
    sys.exit("copy.sh: no text in the page")
open(sys.argv[2], "w", encoding="utf-8").write(html.unescape(m.group(1)) + "\n")
PY
