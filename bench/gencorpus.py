#!/usr/bin/env python3
"""gencorpus.py - a deterministic corpus of RNCP fiches for `make bench`.

    python3 bench/gencorpus.py [--seed S] [--per-dir K] N OUTDIR

Writes N fiches under OUTDIR/DDDD/ (K per folder, default 100), copies of the fiches
in samples/ with a fresh fiche number (in "Code RNCP : N", "N° de fiche",
"la fiche n° N" and the bloc codes RNCPnBCxx), fresh ROME codes and labels
from data/rome-v3.tsv, fresh NSF groups from data/nsf-groups.tsv and a fresh
level.  A share of them is damaged the way OCR and PDF extraction damage
fiches (accents dropped or decomposed, l' read I', ROME I read 1, O read 0,
lines cut mid-sentence and mid-word, CRLF, CP1252).

Fiche i depends only on (seed, i), never on N: the first M fiches of a corpus
of N are the corpus of M, so one corpus serves every size of the benchmark.
Standard library only.
"""
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(HERE)
OCR_SHARE = 0.15       # fiches with OCR / extraction damage
CP1252_SHARE = 0.05    # fiches saved as Windows-1252
CRLF_SHARE = 0.10      # fiches with Windows line ends

ROMAN = {3: "V", 4: "IV", 5: "III", 6: "II", 7: "I"}


def read_tsv(path):
    with open(path, encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f]
    return [r for r in rows[1:] if len(r) >= 2]


# A template is a list of parts: str (literal) or a tuple naming a slot:
# ("num",), ("level_eu",), ("level_old",), ("rome", k, form), ("rome_label",
# k, doubled), ("nsf", k), ("nsf_label", k).
SLOT_RE = re.compile(r"\x00(\w+)(?::(\d+))?(?::(\w+))?\x00")

LINE_RULES = [
    # ROME entries: "M1801 : label", "- M1810 - label", "• N1301 - label",
    # "11401 label" (REAC, OCR'd I)
    (re.compile(r"^(\s*(?:[-•]\s*)?)([A-N]|1)(\d{4})(\s*[:-]?\s+)(.+?)\s*$"), "rome"),
    # NSF entries: "326r : label", "• 311p : label", "326 label"
    (re.compile(r"^(\s*(?:•\s*)?)(\d{3})([a-z]?)(?!\d)(\s*[:-]?\s+)(.+?)\s*$"), "nsf"),
]


def make_template(text, own_num, rome_codes, nsf_codes):
    """Mark the slots of one sample fiche."""
    romes, nsfs = [], []
    out = []
    for line in text.split("\n"):
        m = LINE_RULES[0][0].match(line)
        if m and (m.group(2) + m.group(3) in rome_codes or
                  (m.group(2) == "1" and "I" + m.group(3) in rome_codes)):
            k = len(romes)
            romes.append(m.group(2) + m.group(3))
            form = "ocr" if m.group(2) == "1" else "plain"
            doubled = "s"
            line = "%s\x00rome:%d:%s\x00%s\x00rome_label:%d:%s\x00" % (
                m.group(1), k, form, m.group(4), k, doubled)
        else:
            m = LINE_RULES[1][0].match(line)
            if m and m.group(2) in nsf_codes:
                k = len(nsfs)
                nsfs.append(m.group(2))
                line = "%s\x00nsf:%d\x00%s%s\x00nsf_label:%d\x00" % (
                    m.group(1), k, m.group(3), m.group(4), k)
        # levels, as each layout states them
        line = re.sub(r"^(Niveau )([1-8])$", "\\1\x00level_eu\x00", line)
        line = re.sub(r"(Nomenclature du niveau de qualification : Niveau )([1-8])$",
                      "\\1\x00level_eu\x00", line)
        line = re.sub(r"^([1-8])( \(Nomenclature Europe\))", "\x00level_eu\x00\\2", line)
        line = re.sub(r"^(Niveau )?(III|II|IV|I|V)( \(Nomenclature de 1969\))",
                      "\\1\x00level_old\x00\\3", line)
        # URLs of the ROME fiches of the CNCP layout
        line = re.sub(r"codeRome=([A-N]\d{4})",
                      lambda m: "codeRome=\x00rome:%d:plain\x00" % romes.index(m.group(1))
                      if m.group(1) in romes else m.group(0), line)
        if own_num:
            line = re.sub(r"(?<!\d)%s(?!\d)" % own_num, "\x00num\x00", line)
        out.append(line)
    parts = []
    text = "\n".join(out)
    if "''" in text:  # the PDF layout doubles every apostrophe of a ROME label
        text = text.replace(":s\x00", ":d\x00")
    pos = 0
    for m in SLOT_RE.finditer(text):
        parts.append(text[pos:m.start()])
        parts.append((m.group(1),) + tuple(
            int(g) if g and g.isdigit() else g for g in m.groups()[1:] if g))
        pos = m.end()
    parts.append(text[pos:])
    return {"parts": parts, "nrome": len(romes), "nsf": len(nsfs),
            "has_num": bool(own_num)}


def load_templates():
    rome = read_tsv(os.path.join(TOP, "data", "rome-v3.tsv"))
    nsf = read_tsv(os.path.join(TOP, "data", "nsf-groups.tsv"))
    rome_codes = {c for c, _ in rome}
    nsf_codes = {c for c, _ in nsf}
    sdir = os.path.join(TOP, "samples")
    templates = []
    for name in sorted(os.listdir(sdir)):
        if not name.endswith(".txt"):
            continue
        with open(os.path.join(sdir, name), encoding="utf-8") as f:
            text = f.read()
        m = (re.search(r"Code RNCP : (\d+)", text) or
             re.search(r"^(?:RNCP|RS)(\d+)$", text, re.M) or
             re.search(r"^RNCP(\d+)BC\d+", text, re.M))
        t = make_template(text, m.group(1) if m else None, rome_codes, nsf_codes)
        t["name"] = name
        templates.append(t)
    return templates, rome, nsf


def damage(text, rng):
    """OCR and PDF-extraction damage, line by line."""
    out = []
    for line in text.split("\n"):
        r = rng.random()
        if r < 0.10:
            line = line.replace("é", "e", 1)
        elif r < 0.18:
            line = line.replace("é", "e\u0301")      # decomposed (NFD)
        elif r < 0.24:
            line = line.replace("è", "é", 1)
        if rng.random() < 0.3:
            line = line.replace("l'", "I'").replace("l\u2019", "I\u2019")
        line = re.sub(r"(?<![A-Za-z0-9])I(\d{4})(?!\d)", r"1\1", line)  # ROME I1401 -> 11401
        if rng.random() < 0.05:
            line = re.sub(r"(?<![A-Za-z0-9])([A-N]\d{2})0(\d)(?!\d)", r"\1O\2", line)  # M1801 -> M18O1
        if len(line) > 90 and rng.random() < 0.5:
            # cut a long line at a space, or inside a word with a hyphen
            cut = rng.randrange(40, len(line) - 20)
            sp = line.find(" ", cut)
            if sp > 0 and rng.random() < 0.7:
                line = line[:sp] + "\n" + line[sp + 1:]
            elif line[cut].isalpha() and line[cut - 1].isalpha():
                line = line[:cut] + "-\n" + line[cut:]
        out.append(line)
        if rng.random() < 0.01:
            out.append("\f")                          # page break residue
    return "\n".join(out)


def make_fiche(i, seed, templates, rome, nsf):
    rng = random.Random(seed * 1000003 + i)
    t = templates[rng.randrange(len(templates))]
    num = str(10000 + i)
    eu = rng.randint(3, 7)
    romes = rng.sample(rome, max(t["nrome"], 1))
    nsfs = rng.sample(nsf, max(t["nsf"], 1))
    buf = []
    for p in t["parts"]:
        if isinstance(p, str):
            buf.append(p)
            continue
        kind = p[0]
        if kind == "num":
            buf.append(num)
        elif kind == "level_eu":
            buf.append(str(eu))
        elif kind == "level_old":
            buf.append(ROMAN[eu])
        elif kind == "rome":
            code = romes[p[1]][0]
            buf.append("1" + code[1:] if p[2] == "ocr" and code[0] == "I" else code)
        elif kind == "rome_label":
            label = romes[p[1]][1]
            buf.append(label.replace("'", "''") if p[2] == "d" else label)
        elif kind == "nsf":
            buf.append(nsfs[p[1]][0])
        elif kind == "nsf_label":
            buf.append(nsfs[p[1]][1])
    text = "".join(buf)
    if not t["has_num"]:
        # a REAC states no code: its key is its hash, so make each copy differ
        text += "\nDocument de référence n° BENCH-%06d\n" % i
    damaged = rng.random() < OCR_SHARE
    if damaged:
        text = damage(text, rng)
    encoding = "utf-8"
    if rng.random() < CP1252_SHARE and not damaged:  # NFD marks have no CP1252 form
        encoding = "cp1252"
    if rng.random() < CRLF_SHARE:
        text = text.replace("\n", "\r\n")
    data = text.encode(encoding, errors="replace")
    prefix = "rs" if t["name"].endswith("-rs.txt") else "rncp"
    name = "%s%s.txt" % (prefix, num) if t["has_num"] else "reac-%06d.txt" % i
    return name, data


def main(argv):
    seed, per_dir = 42, 100
    args = argv[1:]
    while len(args) >= 2 and args[0] in ("--seed", "--per-dir"):
        if args[0] == "--seed":
            seed = int(args[1])
        else:
            per_dir = int(args[1])
        args = args[2:]
    if len(args) != 2 or per_dir < 1:
        sys.stderr.write("usage: gencorpus.py [--seed S] [--per-dir K] N OUTDIR\n")
        return 2
    n, outdir = int(args[0]), args[1]
    templates, rome, nsf = load_templates()
    total = 0
    for i in range(n):
        d = os.path.join(outdir, "%04d" % (i // per_dir))
        if i % per_dir == 0:
            os.makedirs(d, exist_ok=True)
        name, data = make_fiche(i, seed, templates, rome, nsf)
        with open(os.path.join(d, name), "wb") as f:
            f.write(data)
        total += len(data)
    sys.stderr.write("gencorpus: %d fiches, %d bytes in %s\n" % (n, total, outdir))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
