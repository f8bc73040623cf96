import sys, re, html, os
def render(text, title):
    out = ["<!DOCTYPE html><html lang=fr><head><meta charset=utf-8><title>%s</title>" % html.escape(title),
           "<style>body{font-family:Arial,sans-serif;font-size:11pt;margin:2cm} table{border-collapse:collapse;width:100%}"
           " td,th{border:1px solid #999;padding:4px;vertical-align:top;text-align:left} h3{font-size:12pt;margin:10px 0 4px}"
           " ul{margin:2px 0}</style></head><body>"]
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        s = lines[i].strip()
        if not s:
            i += 1; continue
        if "|" in s and s.endswith("|"):
            rows = []
            while i < len(lines) and lines[i].strip().endswith("|"):
                r = lines[i].strip()
                if not re.fullmatch(r"[-|: ]+", r):
                    rows.append([c.strip() for c in r.strip("|").split("|")])
                i += 1
            out.append("<table>")
            for k, row in enumerate(rows):
                tag = "th" if k == 0 else "td"
                out.append("<tr>" + "".join("<%s>%s</%s>" % (tag, html.escape(c), tag) for c in row) + "</tr>")
            out.append("</table>")
            continue
        if re.match(r"^(•|-) ", s):
            out.append("<ul>")
            while i < len(lines) and re.match(r"^\s*(•|-) ", lines[i]):
                out.append("<li>%s</li>" % html.escape(re.sub(r"^\s*(•|-) ", "", lines[i])))
                i += 1
            out.append("</ul>")
            continue
        if s.endswith(":") and len(s) < 80:
            out.append("<h3>%s</h3>" % html.escape(s))
        else:
            out.append("<p>%s</p>" % html.escape(s))
        i += 1
    out.append("</body></html>")
    return "\n".join(out)
src, dst = sys.argv[1], sys.argv[2]
t = open(src, encoding="utf-8").read()
open(dst, "w", encoding="utf-8").write(render(t, os.path.basename(src)))
