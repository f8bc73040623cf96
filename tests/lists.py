#!/usr/bin/env python3
"""lists.py - how well the lists the truth files leave out (a bloc's
skills, the jobs) survive damage: each damaged copy (tests/damage.py) is
parsed and its lists compared with the clean fiche's, item by item, folded
(case, accents and punctuation aside).  Prints F1 by damage kind and in
all; exits 1 when the F1 of all is under the minimum.

    tests/lists.py [--min F1[,JOBS_F1]] RNCP CLEAN_DIR DAMAGED_DIR
"""
import collections
import glob
import json
import os
import re
import subprocess
import sys
import unicodedata


def fold(s):
    s = "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", " ", s.lower()).strip()


def parse(rncp, path):
    p = subprocess.run([rncp, "parse", "--no-store", "-q", "--format", "json", path],
                       capture_output=True, text=True)
    return json.loads(p.stdout) if p.stdout.strip() else None


def items(rec, what):
    c = collections.Counter()
    if rec is None:
        return c
    if what == "skills":
        for i, b in enumerate(rec["blocs"]):
            c.update((i, fold(s)) for s in b["skills"])
    else:
        c.update(fold(s) for s in rec["jobs"])
    return c


def f1(c, what):
    p = c[what, "tp"] / max(1, c[what, "got"])
    r = c[what, "tp"] / max(1, c[what, "want"])
    return 2 * p * r / (p + r) if p + r else 0.0


def main(argv):
    least = least_jobs = 0.0
    if argv[:1] == ["--min"]:
        # one minimum for both, or "SKILLS,JOBS"
        mins = [float(x) for x in argv[1].split(",")]
        least, least_jobs = mins[0], mins[-1]
        argv = argv[2:]
    if len(argv) != 3:
        sys.exit(__doc__)
    rncp, clean, damaged = argv
    ref = {os.path.basename(f)[:-4]: parse(rncp, f) for f in glob.glob(os.path.join(clean, "*.txt"))}
    total, kinds = collections.Counter(), collections.defaultdict(collections.Counter)
    for f in sorted(glob.glob(os.path.join(damaged, "*.txt"))):
        base, kind = os.path.basename(f)[:-4].rsplit(".", 1)
        got = parse(rncp, f)
        for what in ("skills", "jobs"):
            a, b = items(ref[base], what), items(got, what)
            for c in (total, kinds[kind]):
                c[what, "tp"] += sum((a & b).values())
                c[what, "want"] += sum(a.values())
                c[what, "got"] += sum(b.values())
    for k in sorted(kinds):
        print("lists: %-9s skills F1 %5.1f%%  jobs F1 %5.1f%%" %
              (k, 100 * f1(kinds[k], "skills"), 100 * f1(kinds[k], "jobs")))
    s, j = f1(total, "skills"), f1(total, "jobs")
    print("lists: all copies skills F1 %.1f%%  jobs F1 %.1f%% (minimum %.1f%%, %.1f%%)" %
          (100 * s, 100 * j, 100 * least, 100 * least_jobs))
    if s < least or j < least_jobs:
        print("lists: under the minimum")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
