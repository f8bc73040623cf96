import sys, re, html, os, json
def render(text, title, cells=False, skills=None):
    out = ["<!DOCTYPE html><html lang=fr><head><meta charset=utf-8><title>%s</title>" % html.escape(title),
           "<style>body{font-family:Arial,sans-serif;font-size:11pt;margin:2cm} table{border-collapse:collapse;width:100%}"
           " td,th{border:1px solid #999;padding:4px;vertical-align:top;text-align:left} h3{font-size:12pt;margin:10px 0 4px}"
           " ul{margin:2px 0}</style></head><body>"]
    lines = text.split("\n")
    i = 0
    bloc = None  # the code of the last bloc's heading
    while i < len(lines):
        s = lines[i].strip()
        if not s:
            i += 1; continue
        m = re.match(r"(RNCP\d+BC\d+) - ", s)
        if m:
            bloc = m.group(1)
        if "|" in s and s.endswith("|") and cells:
            # --cells: a row's cells run over lines, each ending at its
            # " |" (the samples' bloc tables: the skills' cell, then the
            # assessment's over several lines); each line of such a cell
            # a paragraph
            rows = [[c.strip() for c in s.strip("|").split("|")]]
            cur, buf = [], []
            i += 1
            while i < len(lines):
                r = lines[i].strip()
                if r and re.fullmatch(r"[-|: ]+", r):
                    i += 1; continue
                if not r or (not cur and not buf and not r.endswith("|")):
                    break
                # a line over a rule heads a table of its own
                if i + 1 < len(lines) and re.fullmatch(r"[-|: ]+", lines[i + 1].strip() or "x"):
                    break
                if r.endswith("|"):
                    parts = [c.strip() for c in r.strip("|").split("|")]
                    cur.append(buf + [parts[0]])
                    cur += [[c] for c in parts[1:]]
                    buf = []
                    if len(cur) >= len(rows[0]):
                        rows.append(cur); cur = []
                else:
                    buf.append(r)
                i += 1
            if cur or buf:
                rows.append(cur + ([buf] if buf else []))
            # --skills: the skills' cell one paragraph a skill, as the
            # register's page writes it (the samples ran them together
            # or kept the first), the bloc's skills as the record has them
            if skills is not None and bloc in skills and rows[0][0].startswith("Liste de comp"):
                for row in rows[1:2]:
                    row[0] = skills[bloc]
            out.append("<table>")
            for k, row in enumerate(rows):
                if k == 0:
                    out.append("<tr>" + "".join("<th>%s</th>" % html.escape(c) for c in row) + "</tr>")
                else:
                    out.append("<tr>" + "".join("<td>%s</td>" % (html.escape(c[0]) if len(c) == 1 else
                                                                 "".join("<p>%s</p>" % html.escape(x) for x in c))
                                                for c in row) + "</tr>")
            out.append("</table>")
            continue
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
# mkhtml.py [--cells [--skills REC.json]] FICHE.txt PAGE.html
args = sys.argv[1:]
cells = args[:1] == ["--cells"]
args = args[cells:]
skills = None
if args[:1] == ["--skills"]:
    rec = json.load(open(args[1], encoding="utf-8"))
    skills = {b["code"]: b.get("skills", []) for b in rec.get("blocs", []) if b.get("skills")}
    args = args[2:]
src, dst = args[0], args[1]
t = open(src, encoding="utf-8").read()
open(dst, "w", encoding="utf-8").write(render(t, os.path.basename(src), cells, skills))
