#!/usr/bin/env python3
"""pathological.py - inputs built to make a parser slow or greedy, in the
manner of cmark's pathological_tests.py.

Each case is generated at 1x and 10x its size and parsed with
`rncp parse --no-store`; the script records wall time and peak RSS of each
run and fails when 10x costs more than LIMIT_TIME times the time of 1x
(linear is 10x; the rest is noise), or when memory grows faster than the
input.  A crash or a hang (over TIMEOUT seconds) fails too.

usage: tests/pathological.py [--quick] [--rncp PATH] [CASE ...]
  --quick   smaller inputs (1x is a tenth), for make test
"""
import os
import signal
import subprocess
import sys
import tempfile
import time

LIMIT_TIME = 15.0   # 10x may take at most this many times 1x ...
TIME_FLOOR = 0.05   # ... where 1x counts as at least this long (timer noise)
LIMIT_MEM = 15.0    # memory above the baseline: 10x at most this times 1x
TIMEOUT = 120

HEAD_FC = "L'essentiel\nCode(s) NSF\n326r : Assistance informatique\n"


def long_line(n):
    """One line of n bytes of prose: no newline at all."""
    word = "compétence informatique réseau "
    return (word * (n // len(word) + 1))[:n]


def long_line_tokens(n):
    """One line of n bytes made of what the regexes look for."""
    chunk = ("Code RNCP : 12345 Niveau 5 (Nomenclature Europe) III (Nomenclature "
             "de 1969) jusqu'au 1er janvier 2030 titre « x » NIV4 M1801 - "
             "RNCP12345BC01 - | 775 722 572 01109 ")
    return HEAD_FC + (chunk * (n // len(chunk) + 1))[:n] + "\n"


def empty_lines(n):
    """A fiche with n empty lines between its headings and its facts."""
    return HEAD_FC + "\n" * n + "Code(s) ROME\nM1801 : Administration\n" + "\n" * n


def crlf_lines(n):
    """n lines of a single CR or form feed (old Mac and page breaks)."""
    return HEAD_FC + "\r\f" * n


HEADINGS = [
    "L'essentiel", "Code(s) NSF", "Compétences attestées",
    "Liste de compétences | Modalités d'évaluation |",
    "RNCP12345BC01 - Un bloc", "Type d'emplois accessibles",
    "Nom légal | Siret | Nom commercial | Site internet |",
    "Nom légal SIRET Nom commercial Site internet",
    "FICHE ACTIVITÉ TYPE N° 1", "Niveau de qualification",
    "Codes des fiches ROME les plus proches", "Code(s) ROME :",
    "Formacode(s) :", "Date d'échéance de l'enregistrement",
    "Bloc de compétence n°2 de la fiche n° 14392 - Un bloc",
    "N° de fiche", "Résumé descriptif de la certification Code RNCP : 19542",
    "Intitulé", "Activités types",
]


def headings(n):
    """n headings of every layout, one after the other."""
    return "\n".join(HEADINGS[i % len(HEADINGS)] for i in range(n)) + "\n"


def bloc_headings(n):
    """n bloc headings, each of another fiche (the code is read from blocs)."""
    return "L'essentiel\n" + "".join(
        "RNCP%05dBC01 - Bloc numéro %d\nListe de compétences | Modalités |\n"
        "Compétence %d |\n" % (10000 + i % 90000, i, i) for i in range(n))


def rome_codes(n):
    """n ROME-like codes in the ROME list, valid, unknown and OCR-damaged."""
    forms = ["- M%04d - Métier", "M18O%d : Métier", "%05d Métier", "N%04d", "l%04d x"]
    lines = [forms[i % len(forms)] % (i % 10000) for i in range(n)]
    return HEAD_FC + "Code(s) ROME :\n" + "\n".join(lines) + "\n"


def label_lines(n):
    """An NSF entry whose label runs on over n wrapped lines of prose
    (each line joined once copied the whole label again)."""
    return HEAD_FC + "\n".join(
        "suite du libellé numéro %d, en minuscules" % i for i in range(n)) + "\n"


def rome_inline(n):
    """n ROME codes on one line after the heading."""
    return HEAD_FC + "Code(s) ROME : " + " ".join(
        "M%04d" % (i % 10000) for i in range(n)) + "\n"


def nested_brackets(n):
    """n nested brackets of each kind, unclosed then closed, in a title."""
    return (HEAD_FC + "Le titre « " + "(" * n + "[" * n + "«" * n + "x" +
            "»" * n + "]" * n + ")" * n + " »\n")


def at_signs(n):
    """A damaged text (OCR marks) of n words, then n brackets, before one '@'
    each: the OCR repair looks for e-mail addresses at every word start."""
    return (HEAD_FC + "I'ordre et |l faut I'avis\n" + "mot " * n + "x@y\n" +
            "(" * n + "a@b\n")


def certifiers(n):
    """A certifier table of n rows, all different."""
    return (HEAD_FC + "Nom légal | Siret | Nom commercial | Site internet |\n" +
            "".join("Organisme %d | %014d | x | y |\n" % (i, i) for i in range(n)))


def certifiers_web(n):
    """The web page's certifier rows, n of them."""
    return ("N° de fiche RNCP36315\nNom légal SIRET Nom commercial Site internet\n" +
            "".join("Organisme %d %014d - -\n" % (i, i) for i in range(n)))


def skills(n):
    """A global skills list of n lines and a bloc table cell of n words."""
    return (HEAD_FC + "Compétences attestées :\n" +
            "".join("Savoir faire %d\n" % i for i in range(n)) +
            "\nRNCP12345BC01 - Bloc\nListe de compétences | Modalités |\n" +
            " ".join("Savoir faire %d" % i for i in range(n)) + " |\n" +
            "RNCP12345BC02 - Bloc\nListe de compétences | Modalités |\n" +
            "Savoir faire 1 |\n")


def jobs(n):
    """n jobs after the heading, in one line and in many."""
    return (HEAD_FC + "Type d'emplois accessibles :\n" +
            " - ".join("Métier %d" % i for i in range(n)) + "\n" +
            "".join("Métier bis %d\n" % i for i in range(n)))


def dates(n):
    """n legal dates ("jusqu'au") across the text."""
    return HEAD_FC + "".join(
        "Enregistré jusqu'au %d janvier %d et jusqu'au %02d/01/%d\n" %
        (1 + i % 28, 1950 + i % 150, 1 + i % 28, 1950 + i % 150) for i in range(n))


def levels(n):
    """n level statements, each of another form."""
    forms = ["Niveau de qualification : %d", "%d (Nomenclature Europe)",
             "Niveau : %d", "NIV%d", "Nomenclature du niveau de qualification"]
    return HEAD_FC + "\n".join(forms[i % 5] % (1 + i % 8) if "%" in forms[i % 5]
                               else forms[i % 5] for i in range(n)) + "\n"


def reac(n):
    """A REAC with n activity types."""
    return ("Fiche emploi type\nFiche(s) ROME de rattachement\nM1801 x\n" +
            "".join("FICHE ACTIVITÉ TYPE N° %d\nActivité %d\n" % (i % 99, i)
                    for i in range(n)))


def cncp(n):
    """A CNCP fiche with n numbered blocs."""
    return ("Résumé descriptif de la certification Code RNCP : 19542\n" +
            "".join("Bloc de compétence n°%d de la fiche n° 19542 - Bloc %d\n"
                    "Compétence %d\n" % (1 + i % 999, i, i) for i in range(n)))


def nul_bytes(n):
    """A fiche with n scattered NUL bytes (over 4,096 of them: rejected as
    binary, after a scan of the whole input)."""
    return HEAD_FC + ("Texte ordinaire de la fiche\0" * n)


def invalid_utf8(n):
    """n invalid UTF-8 sequences in a mostly valid text."""
    return HEAD_FC.encode() + b"\xc3\xa9t\xc3\xa9 \xff\xfe\xc3 " * n


def utf16(n):
    """A UTF-16 fiche of n lines, its last code unit cut in half."""
    text = HEAD_FC + "Ligne de texte\n" * n
    return ("\ufeff" + text).encode("utf-16-le")[:-1]


def decomposed(n):
    """n decomposed accents (NFD), some on letters French lacks."""
    return HEAD_FC + ("e\u0301te\u0301 q\u0301\u0301\u0301 " * n) + "\n"


def tab_run(n):
    """One run of n tabs between two words, then n cells of one tab each."""
    return HEAD_FC + "a" + "\t" * n + "b\n" + "x\t" * n + "y\n"


def entities(n):
    """n HTML references and n bare ampersands, mixed."""
    return HEAD_FC + ("R&D &eacute;t&eacute; &#39; &#x2019; &bogus; & " * n) + "\n"


def markdown(n):
    """n lines in Markdown bold, with marks inside, and n "#" headings."""
    return HEAD_FC + ("**Code(s) ROME :** M1801 **a** __b__\n## Code(s) NSF :\n" * n)


def double_spaced(n):
    """n text lines, each followed by a blank line."""
    return HEAD_FC + "Code(s) ROME :\n\nM1801 : Administration\n\n" * n


def column_cells(n):
    """The certifiers' table one cell a line, n rows."""
    return HEAD_FC + "Nom légal\nSiret\nNom commercial\nSite internet\n" + \
        "ECOLE\n77572257201109\n-\n-\n" * n


def lost_signs(n):
    """n words each with three '?' between letters, none a French word: the
    lost-letter repair looks up thousands of readings a word (a budget)."""
    return HEAD_FC + " ".join("zo?xu?ky?w%d" % (i % 10) for i in range(n)) + "\n"


def dropped_letters(n):
    """An ASCII text whose accented letters were dropped (the repair's
    gate reads it so), then n long words none of whose readings with one
    or two letters put back is a French word: each looks up hundreds of
    readings (a budget)."""
    head = "Code RNCP : 12345\nNiveau 5\n" + "Les comptences attestes et les activits dcrites. " * 20
    return head + " ".join("zoxukyvwqzt%s" % chr(97 + i % 26) for i in range(n)) + "\n"


def register_tables(n):
    """n Markdown tables of register data, each a header, a rule and a row."""
    return HEAD_FC + ("| Code RNCP | Date Fin Enregistrement | Actif / Inactif |\n"
                      "|---|---|---|\n| RNCP12345 | 31/03/2031 | Actif |\n" * n)


def html_tags(n):
    """n paragraphs and cells as HTML, then n comments never closed and n
    tags never ended: each "<!--" must not search the rest of the text."""
    return HEAD_FC + ("<p>Code(s) ROME :</p><tr><td>M1801</td><td>x</td></tr>\n" * n) + \
        ("<!-- a " * n) + ("<p class=x " * n) + "\n"


def mojibake(n):
    """n letters encoded three times over ("ÃƒÂ©" and worse), then n lead
    characters with no sequence after them: each pass of the repair is
    linear, and there are three at most."""
    def once(t):
        return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b)
                       for b in t.encode("utf-8"))
    return HEAD_FC + once(once(once("é à ’ "))) * n + "Ã Â€ Ã" * n + "\n"


def cells_wrapped(n):
    """A fiche-wide list of 400 skills, then a bloc whose table was read
    one cell a line, its cell over n lines that each hold one more skill
    of the list: the lines a wrap made of a cell are tried a bounded
    number of times, each try reading them all (unbounded: quadratic)."""
    skills = ["Installer le poste %d" % k for k in range(400)]
    return (HEAD_FC + "Compétences attestées :\n" + "\n".join(skills) +
            "\nModalités d'évaluation :\nx\nRNCP12345BC01 - Bloc\nListe de compétences\n"
            "Modalités d'évaluation\n" + "\n".join(skills[k % 400] for k in range(n)) +
            "\nÉtude de cas\n")


def list_wrapped(n):
    """A web bloc's list whose one skill goes on over n lines in lower
    case: joined once, not once a line (that was quadratic, in time and
    in memory)."""
    return ("Répertoire national des certifications professionnelles\nTitre\nActive\n"
            "N° de fiche\nRNCP12345\nRNCP12345BC01 - Bloc\nListe de compétences\n"
            "Installer un poste\n" + "la suite du texte\n" * n + "\n")


def layout_columns(n):
    """n lines of tables laid out in columns (pdftotext -layout): skills,
    certifiers, boxes, CNCP blocs and authorities, blank lines, a header
    every 300 lines and then every line, a
    line of more cells than a table has, empty cells: each line is read a
    bounded number of times, and what is written grows with the input."""
    heads = ["Liste de compétences      Modalités d'évaluation",
             "Nom légal      Siret            Nom commercial     Site internet",
             "Nomenclature      Code(s) NSF      Formacode(s)      Date d'échéance",
             "Liste de comp  Modalit  a  b  c  d  e  f",
             "INTITULÉ        DESCRIPTIF ET MODALITÉS D'ÉVALUATION",
             "AUTORITÉ RESPONSABLE     QUALITÉ DU(ES) SIGNATAIRE(S)"]
    rows = ["Installer un poste        Étude de cas",
            "CESI           77572257201109   CESI Ecole         https://www.cesi.fr/",
            "Niveau 5          326 : Informatique   31081 : Gestion   22-01-2028",
            "x", "a  b  c  d  e  f  g  h  i  j  k  l  m  n  o  p  q  r",
            "Bloc de compétence n°1   Compétences attestées :", "",
            "CCI                      Directeur"]
    out = [HEAD_FC]
    for k in range(n):
        if k % 300 == 0 or k > n // 2:
            out.append(heads[k % 6])
        out.append(rows[k % 8])
    return "\n".join(out) + "\n"


def printed_pages(n):
    """n pages of a web page printed by a browser, copied without form
    feeds: a header of two lines, a footer ending with a page counter, a
    list item and a sentence the pages repeat, and lines ending with
    counters of their own (each text once): the counter lines are grouped
    by a hash, not compared two by two."""
    out = [HEAD_FC]
    for k in range(n):
        out += ["06/12/2026 14:32", "RNCP12345 - France Compétences", "- Installer un poste",
                "Texte de la page %d." % k, "Étape %d %d/%d" % (k, k % 7, n),
                "Suite commune", "https://www.francecompetences.fr/recherche/rncp/12345/ %d/%d" % (k + 1, n)]
    return "\n".join(out) + "\n"


def cut_words(n):
    """A damaged text (OCR marks) of n words cut by a hyphen at a line end,
    some misread, some longer than a word can be, some cut twice."""
    return HEAD_FC + "I'entreprise |l a " + "la sécu-\nritè des systé-\nmes, " * n + \
        "x" * 200 + "-\n" + "y" * 200 + " " + "a-\nb-\nc-\n" * n + "\n"


def grid_tables(n):
    """Grid tables: one of n rows (each a cell of two lines), one cell of n
    lines (read 2,000 lines a table at most), rules with no rows, rows of
    too many cells, and n lynx link marks and quoted lines."""
    rule = "+----------------------+--------------+"
    out = [HEAD_FC, rule, "| Liste de compétences | Modalités    |", rule.replace("-", "=")]
    for k in range(n):
        out += ["| Installer le poste %d | Étude de cas |" % k, "| et le configurer     |              |", rule]
    out += [rule] + ["| ligne %d | x |" % k for k in range(n)] + [rule]
    out += [rule] * (n // 10) + ["|" + " a |" * 20] * (n // 10)
    out += ["[%d]M1801 [x]y [1234567]z" % k for k in range(n)]
    out += ["> > ligne citée %d" % k for k in range(n)]
    return "\n".join(out) + "\n"


def soft_hyphens(n):
    """n words cut at a line end by a soft hyphen or Acrobat's U+0002 (the
    word's end comes up to its line), n more with nothing after them, C1
    controls, terminal colours, and list signs glued or tabbed before n
    code lines."""
    out = [HEAD_FC]
    for k in range(n):
        out += ["la sécu\u00ad", "rité, %d la sécu\x02" % k, "rité", "ab\u00ad", "",
                "l\u0092entreprise \x1b[1;31mrouge\x1b[0m \u0095x"]
    out.append("Code(s) ROME :")
    out += [("•M1801 - A", "•\tM1802 - B", "iv. M1803 - C", "+ _M1804 - D", "M1805", "Libellé")[k % 6]
            for k in range(n)]
    return "\n".join(out) + "\n"


def printed_ocr(n):
    """n pages of a printed page read by OCR: the header split over two
    lines on every other page, its pieces beside thousands of form feeds."""
    out = [HEAD_FC]
    for k in range(n):
        if k % 2:
            out += ["12/6/26, 9:00 PM", "", "rncp14392.txt"]
        else:
            out += ["12/6/26, 9:00 PM rncp14392.txt"]
        out += ["Texte de la page %d," % k, "suite.", "file:///x/fiche.html %d/%d" % (k + 1, n), "\f"]
    return "\n".join(out) + "\n"


def title_copies(n):
    """A title with a word OCR may have capitalised (title_case_vote), and
    n lines of near copies of its first words, each read up to the word
    that differs."""
    out = ["Le titre professionnel « Aaa aaa aaa aaa aaa aaa aaa aaa Sbb » est structuré.",
           HEAD_FC]
    out += ["aaa aaa aaa aaa aaa aaa aaa aaa aaa aaa aaa aaa aaa aaa aaa aaa"] * n
    return "\n".join(out) + "\n"


# name: (generator, n at 1x; 10x uses 10 n)
def flat_labels(n):
    """A fiche's labels and its lists' items on one line, n of each: what
    reline.c looks for at every word, and its rows and skills."""
    chunk = ("Code(s) NSF : 326t : Informatique • 311p : Transport Formacode(s) : 31008 : Système "
             "Code(s) ROME : - M1801 - Administration 11401 Maintenance Nom légal SIRET Nom commercial "
             "Site internet ECOLE 12345678900017 - - https: //x.example Compétences attestées : Analyser "
             "les besoins Mettre en service Bloc 1 : Gérer le parc En formation RNCP1BC01 - Titre "
             "Liste de compétences | Modalités d'évaluation | ---|---| ----- ===== Fiche activité type N° ")
    return chunk * n + "\n"


def flat_brackets(n):
    """A flat text's jobs, n dashes inside one bracket: a dash there is no
    list's mark, which reline.c reads back a bounded way (back to the
    line's start at each dash, it took minutes on 3 MB)."""
    return ("Code(s) NSF : 326t : Informatique Types d'emplois accessibles : Technicien (ESN " +
            "\u2013 entreprise " * n + ") Code(s) ROME : M1801\n")


def job_dashes(n):
    """A jobs' line of n titles a dash apart, some dashes typed in haste:
    each split reads up to the next dash, not the line's end."""
    return (HEAD_FC + "Type d'emplois accessibles :\n" +
            "Technicien support - Assistant paie- Gestionnaire -Technicien " * n + "\n")


def lost_dashes(n):
    """A flat text whose letters were lost to '?', n signs alone before a
    capital on its one line: each looks for a spaced hyphen within a
    bounded reach, not over the whole line (that took minutes on 2 MB)."""
    return ("Code RNCP : RNCP12345\nNiveau 5\nLes d?veloppeurs et la s?curit? ? " +
            "Responsable ? Chef de projet ? " * n + "la fin.\n")


def code_mentions(n):
    """A text of no known layout naming one fiche code n times on one
    line: the line is read for "remplacée par" once, not once a code."""
    return "Titre\nNiveau 5\n" + "RNCP12345 " * n + "\n"


CASES = {
    "long-line": (long_line, 5_000_000),          # 10x: a 50 MB single line
    "long-line-tokens": (long_line_tokens, 2_000_000),
    "empty-lines": (empty_lines, 100_000),         # 10x: a million empty lines
    "cr-ff-lines": (crlf_lines, 100_000),
    "headings": (headings, 10_000),                # 10x: 100,000 headings
    "bloc-headings": (bloc_headings, 10_000),
    "rome-codes": (rome_codes, 10_000),            # 10x: 100,000 ROME-like codes
    "rome-inline": (rome_inline, 10_000),
    "label-lines": (label_lines, 10_000),         # 10x: a label 100,000 lines on
    "nested-brackets": (nested_brackets, 20_000),  # 10x: 200,000 of each kind
    "at-signs": (at_signs, 20_000),
    "certifiers": (certifiers, 10_000),
    "certifiers-web": (certifiers_web, 10_000),
    "skills": (skills, 2_000),
    "jobs": (jobs, 10_000),
    "dates": (dates, 10_000),
    "levels": (levels, 10_000),
    "reac": (reac, 10_000),
    "cncp": (cncp, 10_000),
    "nul-bytes": (nul_bytes, 20_000),
    "invalid-utf8": (invalid_utf8, 100_000),
    "utf16": (utf16, 100_000),
    "decomposed": (decomposed, 100_000),
    "tab-run": (tab_run, 200_000),                 # 10x: 2,000,000 tabs in a row
    "entities": (entities, 50_000),
    "markdown": (markdown, 20_000),
    "double-spaced": (double_spaced, 50_000),
    "column-cells": (column_cells, 20_000),
    "lost-signs": (lost_signs, 20_000),
    "dropped-letters": (dropped_letters, 20_000),
    "register-tables": (register_tables, 20_000),
    "html-tags": (html_tags, 20_000),
    "mojibake": (mojibake, 20_000),
    "cells-wrapped": (cells_wrapped, 1_000),
    "list-wrapped": (list_wrapped, 2_000),
    "layout-columns": (layout_columns, 20_000),
    "printed-pages": (printed_pages, 5_000),
    "cut-words": (cut_words, 20_000),
    "grid-tables": (grid_tables, 5_000),
    "soft-hyphens": (soft_hyphens, 10_000),
    "printed-ocr": (printed_ocr, 5_000),
    "title-copies": (title_copies, 20_000),        # 10x: 12.8 MB of near copies
    "flat-labels": (flat_labels, 5_000),           # 10x: 22 MB on one line
    "flat-brackets": (flat_brackets, 50_000),
    "job-dashes": (job_dashes, 20_000),
    "code-mentions": (code_mentions, 100_000),
    "lost-dashes": (lost_dashes, 20_000),
}


def measure(rncp, path, tmp):
    """Parse path; returns (seconds, peak RSS in KiB, exit status)."""
    env = dict(os.environ, RNCP_TODAY="2026-01-01")
    rss_file = os.path.join(tmp, "rss")
    # GNU time reports the peak RSS of rncp alone: the rusage of a child
    # forked from this script would start at the script's own peak (Linux
    # carries maxrss across exec), and the script holds the big inputs.
    cmd = ["/usr/bin/time", "-f", "%M", "-o", rss_file,
           rncp, "parse", "--no-store", "--format", "jsonl", "-q", path]
    t0 = time.monotonic()
    # (a group of its own: a timeout kills rncp too, not GNU time alone,
    # which left rncp running on)
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
                         start_new_session=True)
    try:
        status = p.wait(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        os.killpg(p.pid, signal.SIGKILL)
        p.wait()
        return TIMEOUT, 0, "timeout"
    secs = time.monotonic() - t0
    with open(rss_file) as f:
        lines = f.read().split()
    rss = int(lines[-1]) if lines and lines[-1].isdigit() else 0
    if status != 0 and lines and "signal" in " ".join(lines):
        return secs, rss, "signal"
    return secs, rss, str(status)


def main(argv):
    quick = "--quick" in argv
    argv = [a for a in argv if a != "--quick"]
    top = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    rncp = os.path.join(top, "rncp")
    if "--rncp" in argv:
        i = argv.index("--rncp")
        rncp = os.path.abspath(argv[i + 1])
        del argv[i:i + 2]
    names = argv or list(CASES)
    for name in names:
        if name not in CASES:
            sys.exit("pathological: no case %r (cases: %s)" % (name, " ".join(CASES)))
    failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        base_path = os.path.join(tmp, "base.txt")
        with open(base_path, "w") as f:
            f.write(HEAD_FC)
        _, base_rss, _ = measure(rncp, base_path, tmp)
        print("%-18s %10s %8s %8s %6s %8s %8s %6s  %s" %
              ("case", "10x bytes", "1x s", "10x s", "ratio", "1x MiB", "10x MiB",
               "ratio", "verdict"))
        for name in names:
            gen, n = CASES[name]
            if quick:
                n = max(n // 10, 1)
            runs = []
            for scale in (1, 10):
                data = gen(n * scale)
                if isinstance(data, str):
                    data = data.encode()
                path = os.path.join(tmp, "%s-%dx.txt" % (name, scale))
                with open(path, "wb") as f:
                    f.write(data)
                # best of two at 1x: short runs are the noisy ones
                tries = [measure(rncp, path, tmp) for _ in range(2 if scale == 1 else 1)]
                secs = min(t[0] for t in tries)
                rss = max(t[1] for t in tries)
                status = tries[-1][2]
                runs.append((len(data), secs, rss, status))
                os.unlink(path)
            (_, t1, m1, s1), (size10, t10, m10, s10) = runs
            tratio = t10 / max(t1, TIME_FLOOR)
            grow1 = max(m1 - base_rss, 1024)
            mratio = max(m10 - base_rss, 0) / grow1
            why = []
            for s in (s1, s10):
                if s not in ("0", "1", "2"):
                    why.append("exit %s" % s)
            if tratio > LIMIT_TIME:
                why.append("time grows %.0fx" % tratio)
            if mratio > LIMIT_MEM:
                why.append("memory grows %.0fx" % mratio)
            verdict = "ok" if not why else "FAIL: " + ", ".join(why)
            failed += bool(why)
            print("%-18s %10d %8.3f %8.3f %6.1f %8.1f %8.1f %6.1f  %s" %
                  (name, size10, t1, t10, tratio, m1 / 1024, m10 / 1024, mratio, verdict),
                  flush=True)
    print("pathological: %d cases, %d failed (limits: time %gx, memory %gx for 10x input)"
          % (len(names), failed, LIMIT_TIME, LIMIT_MEM))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
