import sys, bs4
html = open(sys.argv[1], encoding="utf-8").read()
s = bs4.BeautifulSoup(html, "html.parser")
for t in s(["script", "style", "title"]): t.decompose()
mode = sys.argv[3]
txt = s.get_text(" ", strip=True) if mode == "space" else s.get_text("\n", strip=True) if mode == "nl" else s.get_text()
open(sys.argv[2], "w", encoding="utf-8").write(txt + "\n")
