#!/usr/bin/env python3
"""damage.py - deterministic damage generator for RNCP fiches.

Writes damaged copies of fiches (with their *.truth.json beside them) so the
extraction score on damaged text can be compared with the clean one:

    tests/damage.py [--kinds ocr,pdf,enc,double,tight,glyphs,ascii,markdown,cells,columns,printed,quoted,
                      grid,pandoc,lynx,calibri,marks,latin1,soft,labels,mac,html,tags,lost,dropped,letters,replaced,
                      mojibake,flat,all]
                      SRC_DIR OUT_DIR

Kinds of damage, each seeded from the file name (same input, same output):
  ocr  OCR misreadings: wrong or lost accents (é->è/e, è->é, à->a, ê->e),
       l'->I', Il->|l, ç->g, œ->ce, ê->&, m->rn inside a word, ROME codes
       I->1 and 0->O, SIRETs and Formacodes 0->O and 1->l
  pdf  PDF extraction: long lines wrapped mid-sentence (some words hyphenated
       at the break), page footers "Page N/M" and a repeated page header with
       form feeds, ligatures (fi, fl), non-breaking spaces before ':', curly
       and doubled apostrophes, stray leading spaces
  enc  encodings and Unicode forms: CP1252, UTF-16LE with BOM, UTF-8 with
       BOM, decomposed accents (NFD), CRLF line ends
  double  double-spaced: a blank line after every line, as "\r\r\n" line
       ends or some exports leave them (half of the fiches each way)
  tight  every blank line lost, as some copies and converters do
  glyphs  the list signs of PDF symbol fonts: "- " and "• " bullets become
       Wingdings codes (U+F0B7, U+F0D8), ▪, ➢, ✓, "o ", "* " or "· "
  ascii  every accent lost, as converters to plain ASCII leave text
  markdown  converted to Markdown: short lines ending in ':' (labels and
       headings) in bold, or as "## " headings; "a | b |" tables as
       "| a | b |" rows under a "|---|---|" rule
  tags  a page's source: each line in <p> (or <li>, <h2>, a <tr> of <td>
       cells for a table row), labels in <strong>, a <head> with a <style>,
       some <br> inside paragraphs, an HTML comment
  lost  converted to ASCII with '?' for what it lacks: each accented
       letter, apostrophe, bullet ("s?curit?", "l?entreprise"), or only
       the accents when they were decomposed first ("se?curite?")
  dropped  converted to ASCII dropping what it lacks (iconv -c, some
       sites' copies of PDF documents): every accented letter, curly
       apostrophe, guillemet and bullet gone ("Prsentation", "lvolution");
       not in the default run (tests/score.sh scores it on its own)
  letters  the accented letters only dropped, as a PDF's text whose font
       lacked their map ("Date d’chance"); not in the default run either
  replaced  a page of a fiche replaced by another: "Certification
       remplacée par" and the new fiche's code and title near the top
  printed  a web page printed to PDF by a browser and its text copied
       back: long lines wrapped, and on each page a header (date, time,
       the page's title) and a footer (its address, "3/12" or "Page 3 sur
       12"), with form feeds or without them (a PDF viewer's copy)
  grid  converted to plain text by pandoc or w3m: each table drawn as a
       grid ("+---+" rules, "| a | b |" lines), its cells wrapped in columns
  pandoc  each table as pandoc's multiline table: columns one blank apart
       under a rule of dashes, rows a blank line apart
  lynx  a web page dumped by lynx -dump: "[12]" before each link, text
       indented, list items as "* ", the numbered references at the end
  marks  list items as a word processor or a PDF tool marks them: en or
       em dashes, "1. ", "2) ", "a) ", "b. ", "iv. ", the sign glued to the
       item ("•Cariste", "-Installer") or a tab after it ("o\tCariste")
  calibri  PDF text set in Calibri: its "ti" ligature as U+10019F or U+019F
  quoted  pasted into a mail and quoted by the reply: "> " before every
       line, or ">> " / "> > " when quoted twice
  cells  PDF tables extracted without their layout: one cell a line, the
       "---|" rules gone
  columns  PDF text extracted with its layout (pdftotext -layout): a
       table's cells side by side, padded with spaces and each wrapped in
       its column; the boxes of "L'essentiel", the sectors and jobs lists
       and the columns of a CNCP fiche's blocs and authorities tables side
       by side; other long lines wrapped; a form
       feed every 60 lines
  html  HTML character references left in, as from a page's source: &#39;
       for apostrophes, &eacute; and the like for accented letters, &nbsp;
  soft  a word processor's PDF: lines wrapped, words cut at its
       hyphenation, the hyphen a soft one (U+00AD) or U+0002 (Acrobat's)
  labels  labels and values in boxes of their own: "Label :" then the
       value on the next line, or after a blank line; in code lists too
       ("M1801" / "Administration de systèmes d'information")
  mac  an old Mac's text file: Mac OS Roman, lines ended by CR alone
  latin1  CP1252 text read as Latin-1 and written again as UTF-8: "’",
       "–", "•", "œ" as the C1 controls U+0092, U+0096, U+0095, U+009C
  mojibake  UTF-8 read as CP1252 and written again as UTF-8 ("Ã©" for
       "é", "â€™" for "'"): the whole text or its second half, sometimes
       twice over, sometimes its no-break spaces turned into spaces
  flat  line ends lost: the text on one line, its line ends and form
       feeds made spaces, runs of spaces squeezed to one in half of them
       (a page's text scraped with its elements joined by spaces, a
       spreadsheet's cell, echo $(cat fiche))
  all  ocr + pdf, then one encoding
  a+b  kind a, then kind b (of those above but enc and all); the default
       run adds twenty-two such pairs (PAIRS), as real copies go through more
       than one tool
"""
import json
import os
import random
import re
import shutil
import textwrap
import sys
import unicodedata

ACCENT_SWAPS = {"é": ["è", "e", "é"], "è": ["é", "e"], "à": ["a"], "ê": ["e", "é"],
                "ô": ["o", "é"], "â": ["a"], "û": ["u"], "î": ["i"]}
ROME = re.compile(r"\b([A-N])(\d{4})\b")


def ocr(text, rnd, rate=0.25):
    out = []
    for ch in text:
        if ch in ACCENT_SWAPS and rnd.random() < rate:
            out.append(rnd.choice(ACCENT_SWAPS[ch]))
        elif ch == "ç" and rnd.random() < 0.5:
            out.append("g")
        elif ch == "œ" and rnd.random() < 0.7:
            out.append("ce")
        else:
            out.append(ch)
    text = "".join(out)
    text = re.sub(r"\bl['’](?=[a-zéèêà])", lambda m: "I'" if rnd.random() < 0.4 else m.group(0), text)
    text = re.sub(r"\bIl\b", lambda m: "|l" if rnd.random() < 0.3 else m.group(0), text)
    text = re.sub(r"\bêtre\b", lambda m: "&tre" if rnd.random() < 0.5 else m.group(0), text)
    text = re.sub(r"(?<=[a-zéèê])m(?=[a-zéèê])", lambda m: "rn" if rnd.random() < 0.05 else "m", text)

    def code(m):
        letter, digits = m.group(1), m.group(2)
        if letter == "I" and rnd.random() < 0.6:
            letter = "1"
        if "0" in digits and rnd.random() < 0.4:
            digits = digits.replace("0", "O", 1)
        return letter + digits
    text = ROME.sub(code, text)
    # SIRETs and Formacodes: O for 0, l for 1 (a Formacode that a 1 opens
    # may be a ROME code misread: codes.c's, left as printed)
    def number(m):
        return "".join({"0": "O", "1": "l"}.get(c, c) if rnd.random() < 0.15 else c for c in m.group(0))
    text = re.sub(r"\b\d{14}\b|\b[2-9]\d{4}\b(?= ?:)", number, text)
    # dates and 1969 levels: O for 0, l for I
    text = re.sub(r"\b(\d\d)-0(\d)-(\d{4})\b",
                  lambda m: f"{m.group(1)}-O{m.group(2)}-{m.group(3)}" if rnd.random() < 0.5 else m.group(0), text)
    return re.sub(r"\b(I{1,3})(?= ?\(Nomenclature de 1969)",
                  lambda m: m.group(1).replace("I", "l") if rnd.random() < 0.5 else m.group(0), text)


def wrap(line, rnd, width, hyphen="-", rate=0.3):
    """Break a long line at spaces, hyphenating a word now and then."""
    out = []
    while len(line) > width:
        cut = line.rfind(" ", 0, width)
        if cut <= width // 2:
            break
        nxt = line.find(" ", cut + 1)
        word = line[cut + 1:nxt if nxt > 0 else len(line)]
        if len(word) >= 8 and word.isalpha() and rnd.random() < rate:
            k = len(word) // 2
            out.append(line[:cut + 1] + word[:k] + hyphen)
            line = word[k:] + line[cut + 1 + len(word):]
        else:
            out.append(line[:cut])
            line = line[cut + 1:]
    out.append(line)
    return out


def pdf(text, rnd):
    lines = []
    width = rnd.choice([72, 80, 95])
    for line in text.split("\n"):
        lines.extend(wrap(line, rnd, width) if len(line) > width else [line])
    # page furniture every 45-60 lines
    out, page, total = [], 1, max(1, len(lines) // 50 + 1)
    header = "Répertoire national des certifications professionnelles - fiche"
    n = 0
    for line in lines:
        out.append((" " if rnd.random() < 0.05 else "") + line)
        n += 1
        if n >= 50:
            out += ["", f"Page {page}/{total}", "\f" + header, ""]
            page += 1
            n = 0
    text = "\n".join(out)
    text = text.replace("fi", "\ufb01") if rnd.random() < 0.5 else text.replace("fl", "\ufb02")
    text = re.sub(r" :", lambda m: "\u00a0:" if rnd.random() < 0.5 else m.group(0), text)
    text = text.replace("'", "’") if rnd.random() < 0.5 else text
    return text


def soft(text, rnd):
    """A word processor's PDF, its hyphenation copied as soft hyphens
    (U+00AD) or, as Acrobat copies them, U+0002."""
    hyphen = rnd.choice(["\u00ad", "\x02"])
    width = rnd.choice([60, 72, 80])
    lines = []
    for line in text.split("\n"):
        lines.extend(wrap(line, rnd, width, hyphen, 0.6) if len(line) > width else [line])
    return "\n".join(lines)


def printed(text, rnd):
    """A web page printed to PDF by a browser, its text copied back: long
    lines wrapped, and on each page the browser's header (the date and
    time, the page's title) and footer (its address and a page counter);
    form feeds only when pdftotext made the copy, not a PDF viewer."""
    codes = [a + b for a, b in re.findall(r"\b(RNCP|RS) ?(\d{3,5})(?!\d)", text)]
    code = max(sorted(set(codes)), key=codes.count) if codes else "RNCP"
    stamp = f"{rnd.randint(1, 28):02d}/{rnd.randint(1, 12):02d}/2026 {rnd.randint(8, 19):02d}:{rnd.randint(0, 59):02d}"
    title = f"{code} - France Compétences"
    url = "https://www.francecompetences.fr/recherche/" + (f"{code[:-5].lower()}/{code[-5:]}/" if codes else "")
    chrome = rnd.random() < 0.5
    feeds = rnd.random() < 0.5
    joined = rnd.random() < 0.5  # the header's two parts on one line
    lines = []
    width = rnd.choice([90, 100, 110])
    for line in text.split("\n"):
        lines.extend(wrap(line, rnd, width) if len(line) > width else [line])
    per = rnd.randint(44, 56)
    total = (len(lines) + per - 1) // per
    out = []
    for page in range(total):
        if chrome:  # date and title; address and "3/12"
            out += [f"{stamp} {title}"] if joined else [stamp, title]
        else:  # title and address; "Page 3 sur 12" and date
            out += [title + "  " + url]
        out += lines[page * per:(page + 1) * per]
        if chrome:
            out += [f"{url} {page + 1}/{total}"]
        else:
            out += [f"Page {page + 1} sur {total}", stamp]
        if feeds and page + 1 < total:
            out.append("\f")
    return "\n".join(out)


def grid(text, rnd, style="grid"):
    """Converted to plain text by pandoc (or dumped by w3m): each "a | b |"
    table drawn as a grid table, its cells wrapped in columns at most 30
    to 40 wide, a "+===+" rule under the header; or (style "pandoc") as
    pandoc's multiline table: lines of dashes above and below, a rule of
    dashes under the header, its columns one blank apart, its rows a blank
    line apart."""
    lines, out, i = text.split("\n"), [], 0
    limit = rnd.choice([30, 36, 40])
    while i < len(lines):
        if not (lines[i].endswith("|") and " | " in lines[i]):
            out.append(lines[i])
            i += 1
            continue
        ncols, rows, first = lines[i].count("|"), [], i
        while i < len(lines) and "|" in lines[i]:
            if re.fullmatch(r"[-|: ]+", lines[i]):
                i += 1
                continue
            row = lines[i]
            i += 1
            # a row's cells may run over lines, up to its last bar
            while (row.count("|") < ncols or not row.rstrip().endswith("|")) and i < len(lines):
                row += "\n" + lines[i]
                i += 1
            rows.append([" ".join(c.split()) for c in row.rstrip().rstrip("|").split("|")])
        if not rows:  # rules alone ("| - | - |")
            out += lines[first:i]
            continue
        n = max(len(r) for r in rows)
        rows = [r + [""] * (n - len(r)) for r in rows]
        width = [min(max(len(r[k]) for r in rows) or 1, limit) for k in range(n)]
        # a header's word longer than its column widens it
        width = [max([w] + [len(x) for x in rows[0][k].split()]) for k, w in enumerate(width)]
        rule = "+" + "+".join("-" * (w + 2) for w in width) + "+"
        full = "  " + "-" * (sum(width) + n - 1)
        out.append(rule if style == "grid" else full)
        for ri, r in enumerate(rows):
            cells = [textwrap.wrap(c, width[k]) or [""] for k, c in enumerate(r)]
            for j in range(max(len(c) for c in cells)):
                parts = [(cells[k][j] if j < len(cells[k]) else "").ljust(width[k]) for k in range(n)]
                out.append("| " + " | ".join(parts) + " |" if style == "grid" else "  " + " ".join(parts))
            if style == "grid":
                out.append(rule.replace("-", "=") if ri == 0 else rule)
            else:
                out.append("  " + " ".join("-" * w for w in width) if ri == 0
                           else full if ri + 1 == len(rows) else "")
    return "\n".join(out)


def lynx(text, rnd):
    """A web page dumped by lynx -dump: "[12]" before each link (ROME codes,
    addresses), text indented three blanks, list items "* " indented
    six, and the numbered references at the end."""
    refs = []

    def mark(m):
        refs.append(m.group(0) if m.group(0).startswith("http") else "https://www.francetravail.fr/" + m.group(0))
        return "[%d]%s" % (len(refs), m.group(0))
    out = []
    for line in text.split("\n"):
        line = re.sub(r"\b[A-N]\d{4}\b|https?://\S+", mark, line)
        item = re.match(r"\s*(?:•|-)\s+(.*)", line)
        out.append("      * " + item.group(1) if item else ("   " + line if line.strip() else ""))
    out += ["", "References", ""] + ["  %d. %s" % (k + 1, u) for k, u in enumerate(refs)]
    return "\n".join(out)


def calibri(text, rnd):
    """PDF text of a document set in Calibri (Word's default font): its
    "ti" ligature given as the private use character U+10019F, or that
    truncated to 16 bits, U+019F ("cerƟficaƟon")."""
    return text.replace("ti", "\U0010019f" if rnd.random() < 0.5 else "\u019f")


def quoted(text, rnd):
    """A fiche pasted into a mail and quoted by the reply: "> " before each
    line (">" alone on a blank one), or quoted twice (">> ", "> > ")."""
    mark = rnd.choice(["> ", "> ", ">> ", "> > "])
    return "\n".join(mark + line if line.strip() else mark.rstrip() for line in text.split("\n"))


def encode(text, rnd, kind=None):
    kind = kind or rnd.choice(["cp1252", "utf16", "utf8bom", "nfd"])
    if rnd.random() < 0.5:
        text = text.replace("\n", "\r\n")
    if kind == "cp1252":
        # what a converter does with signs CP1252 lacks: ligatures spelled
        # out, the rest replaced
        text = unicodedata.normalize("NFKC", text) if "\ufb01" in text or "\ufb02" in text else text
        return text.encode("cp1252", errors="replace"), kind
    if kind == "utf16":
        return b"\xff\xfe" + text.encode("utf-16-le"), kind
    if kind == "utf8bom":
        return b"\xef\xbb\xbf" + text.encode("utf-8"), kind
    return unicodedata.normalize("NFD", text).encode("utf-8"), kind


def spacing(text, rnd, kind):
    if kind == "tight":
        return "\n".join(line for line in text.split("\n") if line.strip())
    if rnd.random() < 0.5:
        return text.replace("\n", "\r\r\n")
    return text.replace("\n", "\n\n")


def glyphs(text, rnd):
    signs = ["\uf0b7 ", "\uf0d8 ", "▪ ", "➢ ", "✓ ", "o ", "* ", "· "]
    return re.sub(r"(?m)^(\s*)(?:•|-)\s", lambda m: m.group(1) + rnd.choice(signs), text)


ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"]


def marks(text, rnd):
    """Each list's items marked as a word processor or a PDF tool leaves
    them: en or em dashes, numbers, letters, roman numbers, the sign glued
    to the item, or a tab after it."""
    styles = [lambda i: rnd.choice(["\u2013 ", "\u2014 "]), lambda i: "%d. " % (i + 1),
              lambda i: "%d) " % (i + 1), lambda i: "%s) " % "abcdefghijklmnopqrstuvwxyz"[i % 26],
              lambda i: "%s. " % "abcdefghijklmnopqrstuvwxyz"[i % 26],
              lambda i: "%s. " % ROMAN[i % 10], lambda i: rnd.choice(["\u2022", "\u00b7", "\uf0b7", "-"]),
              lambda i: rnd.choice(["\u2022", "\u00b7", "o", "-", "\u25aa"]) + "\t"]
    out, style, i = [], None, 0
    for line in text.split("\n"):
        m = re.match(r"(\s*)(?:•|-) (\S)", line)
        if not m:
            style = None
            out.append(line)
            continue
        if style is None:
            style, i = rnd.choice(styles), 0
        sign = style(i)
        if sign == "-" and not m.group(2).isupper():
            sign = "- "
        out.append(m.group(1) + sign + line[m.end(1) + 2:])
        i += 1
    return "\n".join(out)


def latin1(text, rnd):
    """CP1252 text read as Latin-1 and written again as UTF-8: ’ – • œ …
    become the C1 controls U+0092, U+0096, U+0095, U+009C, U+0085."""
    def c1(ch):
        try:
            return ch.encode("cp1252").decode("latin-1")
        except UnicodeEncodeError:
            return ch
    return "".join(c1(ch) for ch in text)


LABEL = re.compile(r"^([A-ZÉ][^:|]{2,60}?)\s*:\s+(\S.*)$")


def labels(text, rnd):
    """A page whose labels and values stand in boxes of their own: "Label :
    value" as "Label" / "value" or "Label :" / "" / "value", codes and
    their labels in lists too ("M1801" / "Administration ...")."""
    out = []
    for line in text.split("\n"):
        m = LABEL.match(line)
        if m and rnd.random() < 0.8:
            out += [m.group(1), m.group(2)] if rnd.random() < 0.6 else [m.group(1) + " :", "", m.group(2)]
        else:
            out.append(line)
    return "\n".join(out)


def ascii_only(text):
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def markdown(text, rnd):
    def mark(line):
        if re.fullmatch(r"-{3}[-|: ]*\|", line):
            return "|" + line
        if line.endswith(" |") and " | " in line and not line.startswith("| "):
            return "| " + line
        if not (line.rstrip().endswith(":") and len(line) < 60):
            return line
        return ("## " + line.strip()) if rnd.random() < 0.3 else "**" + line.strip() + "**"
    return "\n".join(mark(line) for line in text.split("\n"))


def tags(text, rnd):
    out = ["<!DOCTYPE html>", "<html><head><title>Fiche</title>",
           "<style>p { margin: 0 } td > p { color: #333 }</style></head><body>",
           "<!-- contenu de la fiche -->"]
    for line in text.split("\n"):
        s = line.strip()
        if not s:
            continue
        if re.fullmatch(r"[-|: ]+", s):
            continue
        if "|" in s:
            cells = [c.strip() for c in s.strip("|").split("|")]
            out.append("<tr>" + "".join("<td>%s</td>" % c for c in cells) + "</tr>")
        elif s.startswith(("• ", "- ")):
            out.append("<li>%s</li>" % s[2:])
        elif s.endswith(":") and len(s) < 60:
            out.append("<h2><strong>%s</strong></h2>" % s)
        else:
            out.append("<p>%s</p>" % s)
    return "\n".join(out) + "\n</body></html>\n"


def lost(text, rnd):
    if rnd.random() < 0.5:
        text = unicodedata.normalize("NFD", text)
    return text.encode("ascii", errors="replace").decode("ascii")


def dropped(text, rnd):
    return text.encode("ascii", errors="ignore").decode("ascii")


def letters(text, rnd):
    return "".join(c for c in text if not ("\u00c0" <= c <= "\u00ff" and c not in "\u00d7\u00f7")
                   and c not in "\u0152\u0153")


def replaced(text, rnd):
    lines = text.split("\n")
    k = 1 + rnd.randrange(3)
    note = ["", "Certification", "remplacée par", "",
            f"RNCP{rnd.randrange(41000, 42000)} - Technicien des installations de levage", ""]
    return "\n".join(lines[:k] + note + lines[k:])


def mojibake(text, rnd):
    """UTF-8 read as CP1252 (Latin-1 for the five bytes CP1252 leaves out)
    and written again as UTF-8: "é" as "Ã©", "'" as "â€™"; now and then its
    no-break spaces turned into spaces, half the text only, or twice."""
    def once(t):
        return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b)
                       for b in t.encode("utf-8"))
    lines = text.split("\n")
    cut = len(lines) // 2 if rnd.random() < 0.3 else 0
    out = once("\n".join(lines[cut:]))
    if rnd.random() < 0.2:
        out = once(out)
    if rnd.random() < 0.5:
        out = out.replace("\u00a0", " ")
    return "\n".join(lines[:cut] + [out]) if cut else out


def cells(text):
    out = []
    for line in text.split("\n"):
        if "|" in line and re.fullmatch(r"[-|: ]+", line):
            continue
        out += [c.strip() for c in line.split("|") if c.strip()] if "|" in line else [line]
    return "\n".join(out)


def html(text, rnd):
    names = {"é": "&eacute;", "è": "&egrave;", "ê": "&ecirc;", "à": "&agrave;", "ç": "&ccedil;",
             "É": "&Eacute;", "ô": "&ocirc;", "'": "&#39;", "’": "&rsquo;", "&": "&amp;"}
    text = "".join(names.get(c, c) if rnd.random() < 0.8 else c for c in text)
    return text.replace(" :", "&nbsp;:")


ESSENTIEL = ("Nomenclature", "Code(s) NSF", "Formacode(s)", "Date d")


def essentiel_grid(lines, rnd):
    """The boxes of "L'essentiel" (level, NSF, Formacode, expiry) side by
    side, as -layout prints a row of boxes; the lines after them as they
    were."""
    groups, i = [], 0
    while i < len(lines) and not lines[i].endswith("|"):
        if lines[i].startswith(ESSENTIEL) or not groups:
            groups.append([])
        groups[-1].append(lines[i])
        i += 1
    width = rnd.choice([22, 26, 30])
    cols = [sum((textwrap.wrap(x, width) or [""] for x in g), []) for g in groups]
    widths = [max(map(len, c)) for c in cols]
    out = []
    for n in range(max(map(len, cols))):
        out.append("\0" + "   ".join((c[n] if n < len(c) else "").ljust(w)
                                      for c, w in zip(cols, widths)).rstrip())
    return out + lines[i:]


CNCP_HEAD = "INTITULÉ DESCRIPTIF ET MODALITÉS D'ÉVALUATION"
CNCP_END = ("INTITULÉ", "Validité des composantes", "Bloc de compétence n")


def cncp_blocs_grid(lines, rnd):
    """A CNCP fiche's blocs table ("INTITULÉ" / "DESCRIPTIF ET MODALITÉS
    D'ÉVALUATION"), flattened in the samples (a bloc's title, a blank
    line, its description), with its two columns side by side again."""
    out, i = [], 0
    while i < len(lines):
        if lines[i].strip() != CNCP_HEAD:
            out.append(lines[i])
            i += 1
            continue
        rows, i = [], i + 1
        while True:
            while i < len(lines) and not lines[i].strip():
                i += 1
            if i >= len(lines) or not lines[i].startswith("Bloc de compétence n"):
                break
            left = []
            while i < len(lines) and lines[i].strip():
                left.append(lines[i].strip())
                i += 1
            right = []
            while i < len(lines) and not lines[i].startswith(CNCP_END):
                right.append(lines[i].strip())
                i += 1
            while right and not right[-1]:
                right.pop()
            while right and not right[0]:
                right.pop(0)
            rows.append((left, right))
        lw = max([len(x) for r in rows for x in r[0]] + [10])
        gap = " " * rnd.choice([3, 6])
        out.append("\0" + "INTITULÉ".ljust(lw) + gap + "DESCRIPTIF ET MODALITÉS D'ÉVALUATION")
        for left, right in rows:
            out += side_by_side(left, sum((textwrap.wrap(x, 60) or [""] for x in right), []),
                                lw + len(gap))
            out.append("")
    return out


def side_by_side(left, right, at):
    """Two columns' lines side by side, the right one starting at column
    at; marked as laid out already."""
    return ["\0" + ((left[n] if n < len(left) else "").ljust(at) +
                     (right[n] if n < len(right) else "")).rstrip()
            for n in range(max(len(left), len(right)))]


AUTH_HEAD = "AUTORITÉ RESPONSABLE DE LA CERTIFICATION QUALITÉ DU(ES) SIGNATAIRE(S) DE LA CERTIFICATION"
ROLE = re.compile(r" (?=(?:Le |La |L')?(?:[Dd]irect|[Pp]r[ée]sident|[Rr]ecteur|[Mm]inistre))")


def cncp_authority_grid(lines, rnd):
    """A CNCP fiche's authorities and their signatories' roles (flattened
    on one line in the samples: "CCI & CAUX Directeur") side by side in
    narrow columns."""
    out, i = [], 0
    while i < len(lines):
        if lines[i].strip() != AUTH_HEAD:
            out.append(lines[i])
            i += 1
            continue
        w = rnd.choice([6, 10, 14])
        out.append("\0AUTORITÉ RESPONSABLE DE LA CERTIFICATION" + " " * 4 +
                   "QUALITÉ DU(ES) SIGNATAIRE(S) DE LA CERTIFICATION")
        i += 1
        while i < len(lines) and lines[i].strip():
            parts = ROLE.split(lines[i].strip(), 1)
            name, role = parts[0], parts[1] if len(parts) > 1 else ""
            out += side_by_side(textwrap.wrap(name, w) or [""], textwrap.wrap(role, 20) or [""], 44)
            i += 1
    return out


def sectors_jobs_grid(lines, rnd):
    """"Secteurs d'activités" beside "Type d'emplois accessibles", as the
    page may print its two lists, each wrapped in its column."""
    heads = [i for i, x in enumerate(lines) if x.startswith(("Secteurs d’activités", "Type d'emplois"))]
    if len(heads) != 2 or heads[0] + 1 >= heads[1] or not lines[heads[0]].startswith("Secteurs"):
        return lines
    end = heads[1] + 1
    while end < len(lines) and lines[end].strip() and not lines[end].startswith("Code(s) ROME"):
        end += 1
    w = rnd.choice([36, 44])
    left = sum((textwrap.wrap(x, w) or [""] for x in lines[heads[0]:heads[1]]), [])
    right = sum((textwrap.wrap(x, w) or [""] for x in lines[heads[1]:end]), [])
    return lines[:heads[0]] + side_by_side(left, right, w + 4) + lines[end:]


def columns(text, rnd):
    """pdftotext -layout: a table's cells side by side, each wrapped in
    its column and padded with spaces; other long lines wrapped.  A row
    whose last cell goes on over lines of one cell each (a bloc's
    "skills | assessment" rows) has them in that cell."""
    width = rnd.choice([80, 95, 110])
    gap = " " * rnd.choice([2, 3, 5])
    out, rows = [], []

    def flush():
        if not rows:
            return
        ncol = max(len(r) for r in rows)
        cap = max(14, (width - len(gap) * (ncol - 1)) // ncol)
        widths = [max(1, min(cap, max(max(map(len, r[k].split("\n"))) if k < len(r) else 0 for r in rows)))
                  for k in range(ncol)]
        for r in rows:
            parts = []
            for k in range(ncol):
                lines = []
                for para in (r[k] if k < len(r) else "").split("\n"):
                    lines += textwrap.wrap(para, widths[k], break_long_words=False) or [""]
                parts.append(lines)
            for n in range(max(len(p) for p in parts)):
                cells = [(p[n] if n < len(p) else "").ljust(widths[k]) for k, p in enumerate(parts)]
                out.append(gap.join(cells).rstrip())
        rows.clear()

    lines = text.split("\n")
    if lines[0] == "L'essentiel":
        lines = [lines[0]] + essentiel_grid(lines[1:], rnd)
    lines = sectors_jobs_grid(cncp_authority_grid(cncp_blocs_grid(lines, rnd), rnd), rnd)
    ncol, held = 0, []
    for line in lines:
        if "|" in line and re.fullmatch(r"[-|: ]+", line):
            continue
        if rows and line.strip() and not line.rstrip().endswith("|") and \
                not re.match(r"RNCP\d+BC", line) and not line.startswith("\0"):
            held.append(line.strip())  # a row over lines, up to its "|"
            if len(held) <= 6:
                continue
            line = held.pop()  # no "|" near: the table ended
        if line.rstrip().endswith("|"):
            cells = [c.strip() for c in " ".join(held + [line.rstrip()[:-1]]).split("|")]
            held = []
            if not rows:
                ncol = len(cells)
            elif len(cells) == 1 and len(rows[-1]) == 1 and ncol == 2:
                rows[-1].append(cells[0])
                continue
            elif len(cells) == 1 and len(rows[-1]) == 2 and ncol == 2 and len(rows) > 1:
                rows[-1][1] += "\n" + cells[0]
                continue
            rows.append(cells)
            continue
        flush()
        for h in held + [line]:
            if h.startswith("\0"):  # laid out already
                out.append(h[1:])
            else:
                out.extend(wrap(h, rnd, width) if len(h) > width else [h])
        held = []
    flush()
    out += held
    # pages of 60 lines: pdftotext starts each with a form feed
    for k in range(60, len(out), 60):
        out[k] = "\f" + out[k]
    return "\n".join(out)

def flat(text, rnd):
    text = re.sub(r"[\r\n\f]", " ", text)
    return re.sub(r" +", " ", text).strip() + "\n" if rnd.random() < 0.5 else text


TEXT_KINDS = {
    "tags": tags, "lost": lost, "dropped": dropped, "letters": letters, "replaced": replaced, "html": html,
    "cells": lambda text, rnd: cells(text), "columns": columns, "mojibake": mojibake, "markdown": markdown,
    "ascii": lambda text, rnd: ascii_only(text), "glyphs": glyphs,
    "double": lambda text, rnd: spacing(text, rnd, "double"),
    "tight": lambda text, rnd: spacing(text, rnd, "tight"), "ocr": ocr, "pdf": pdf,
    "printed": printed, "quoted": quoted, "calibri": calibri, "grid": grid, "lynx": lynx,
    "pandoc": lambda text, rnd: grid(text, rnd, "pandoc"), "marks": marks, "latin1": latin1, "soft": soft, "labels": labels,
    "flat": flat,
}

# Two kinds at once, as real copies go through more than one tool: a PDF
# extract converted to ASCII or misread as CP1252, a Markdown export
# double-spaced, an OCR'd text whose accents a converter lost...
PAIRS = ["pdf+lost", "pdf+mojibake", "markdown+double", "markdown+pdf", "cells+pdf",
         "ocr+lost", "ascii+pdf", "double+lost", "tight+lost", "replaced+mojibake",
         "columns+double", "columns+lost", "double+pdf", "printed+cells", "printed+ocr",
         "pdf+quoted", "columns+quoted", "calibri+pdf", "calibri+mojibake", "marks+pdf",
         "pdf+flat", "ocr+flat"]


def damage(text, kind, rnd):
    if kind == "enc":
        return encode(text, rnd)[0]
    if kind == "mac":
        # an old Mac's text file: Mac OS Roman, lines ended by CR
        return text.replace("\n", "\r").encode("mac_roman", errors="replace")
    if kind == "all":
        return encode(pdf(ocr(text, rnd), rnd), rnd)[0]
    for k in kind.split("+"):
        text = TEXT_KINDS[k](text, rnd)
    return text.encode("utf-8")


def main():
    args = sys.argv[1:]
    kinds = ["ocr", "pdf", "enc", "double", "tight", "glyphs", "ascii", "markdown", "cells", "html",
             "tags", "lost", "replaced", "mojibake", "columns", "printed", "quoted", "grid", "pandoc", "lynx", "calibri", "marks", "latin1", "soft", "labels", "mac", "flat", "all"] + PAIRS
    if args[:1] == ["--kinds"]:
        kinds = args[1].split(",")
        args = args[2:]
    if len(args) != 2:
        sys.exit(__doc__)
    src, dst = args
    os.makedirs(dst, exist_ok=True)
    for name in sorted(os.listdir(src)):
        if not name.endswith(".txt"):
            continue
        base = name[:-4]
        with open(os.path.join(src, name), encoding="utf-8") as f:
            text = f.read()
        for kind in kinds:
            rnd = random.Random(f"{base}/{kind}")
            out = os.path.join(dst, f"{base}.{kind}.txt")
            with open(out, "wb") as f:
                f.write(damage(text, kind, rnd))
            truth = os.path.join(src, base + ".truth.json")
            if os.path.exists(truth):
                shutil.copy(truth, os.path.join(dst, f"{base}.{kind}.truth.json"))


if __name__ == "__main__":
    main()
