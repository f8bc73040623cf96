#!/usr/bin/env python3
"""dbcheck.py - is an rncp database whole?  For the storage fault tests
(crash.sh, diskfull.sh, concurrency.sh).

usage: tests/dbcheck.py DB [--ref REF_DB] [--count N] [--min N]

Checks that DB passes PRAGMA integrity_check, foreign_key_check and the
FTS5 integrity checks, that every fiche has its full-text row and no row
lacks its fiche; from schema v6, that every bloc has its row of fts_blocs
and no row lacks its bloc, that each fiche's bloc_codes are its blocs'
codes, and that bloc_terms holds every term of fts_blocs.  With --ref,
every fiche in DB must be exactly the one in REF (every row of every
table, the full-text row included): each fiche is either fully present
or absent.  --count N: exactly N fiches; --min N: at
least N.  Prints one line; exit 1 on the first failure.
"""
import sqlite3
import sys

CHILDREN = [
    ("nsf", "pos, code, label"),
    ("formacodes", "pos, code, label"),
    ("rome", "pos, code, label"),
    ("certifiers", "pos, name, siret"),
    ("jobs", "pos, text"),
    ("warnings", "pos, text"),
]


def fail(msg):
    print("dbcheck: %s" % msg)
    sys.exit(1)


def fiche(db, key):
    """Everything stored about the fiche under key, without row ids."""
    row = db.execute("SELECT id, code, title, status, level_eu, level_old, expires, path,"
                     " layout, encoding, sha256 FROM fiches WHERE key = ?", (key,)).fetchone()
    fid, rest = row[0], row[1:]
    out = {"fiche": rest}
    for table, cols in CHILDREN:
        out[table] = db.execute("SELECT %s FROM %s WHERE fiche = ? ORDER BY pos" % (cols, table),
                                (fid,)).fetchall()
    blocs = []
    for bid, pos, code, title in db.execute(
            "SELECT id, pos, code, title FROM blocs WHERE fiche = ? ORDER BY pos", (fid,)):
        skills = db.execute("SELECT pos, text FROM skills WHERE bloc = ? ORDER BY pos",
                            (bid,)).fetchall()
        blocs.append((pos, code, title, skills))
    out["blocs"] = blocs
    out["fts"] = db.execute("SELECT title, blocs, jobs FROM fts WHERE rowid = ?",
                            (fid,)).fetchall()
    return out


def blocs_v6(db, path):
    """The rows schema v6 adds for --bloc agree with the blocs."""
    rows = set(r for (r,) in db.execute("SELECT rowid FROM fts_blocs"))
    want = set(r for (r,) in db.execute("SELECT (fiche << 24) | pos FROM blocs"))
    if rows != want:
        fail("%s: %d blocs without their row of fts_blocs, %d rows without their bloc"
             % (path, len(want - rows), len(rows - want)))
    bad = db.execute("SELECT count(*) FROM fiches f WHERE coalesce(bloc_codes, '') !="
                     " coalesce((SELECT group_concat(coalesce(code, ''), char(10)) FROM"
                     " (SELECT code FROM blocs WHERE fiche = f.id ORDER BY pos)), '')"
                     ).fetchone()[0]
    if bad:
        fail("%s: %d fiches whose bloc_codes are not their blocs' codes" % (path, bad))
    db.execute("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, fts_blocs, row)")
    missing = db.execute("SELECT count(*) FROM temp.vocab WHERE term NOT IN"
                         " (SELECT term FROM bloc_terms)").fetchone()[0]
    db.execute("DROP TABLE temp.vocab")
    if missing:
        fail("%s: %d terms of fts_blocs not in bloc_terms" % (path, missing))


def main(argv):
    if not argv or argv[0].startswith("-"):
        sys.exit(__doc__)
    path, opts = argv[0], dict(zip(argv[1::2], argv[2::2]))
    db = sqlite3.connect(path, timeout=60)
    res = db.execute("PRAGMA integrity_check").fetchall()
    if res != [("ok",)]:
        fail("%s: integrity_check: %s" % (path, res[:5]))
    if db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0:
        # killed before the schema transaction committed: nothing written
        if opts.get("--count", "0") != "0" or opts.get("--min", "0") != "0":
            fail("%s: no schema, expected fiches" % path)
        print("dbcheck: %s: ok, empty (no schema yet)" % path)
        return 0
    res = db.execute("PRAGMA foreign_key_check").fetchall()
    if res:
        fail("%s: foreign_key_check: %d rows without their parent" % (path, len(res)))
    try:
        db.execute("INSERT INTO fts(fts) VALUES ('integrity-check')")
        db.execute("INSERT INTO fts_blocs(fts_blocs) VALUES ('integrity-check')")
        db.commit()
    except sqlite3.DatabaseError as e:
        fail("%s: FTS5 integrity-check: %s" % (path, e))
    if db.execute("PRAGMA user_version").fetchone()[0] >= 6:
        blocs_v6(db, path)
    n = db.execute("SELECT count(*) FROM fiches").fetchone()[0]
    nfts = db.execute("SELECT count(*) FROM fts").fetchone()[0]
    orphans = db.execute("SELECT count(*) FROM fts WHERE rowid NOT IN (SELECT id FROM fiches)"
                         ).fetchone()[0]
    if nfts != n or orphans:
        fail("%s: %d fiches but %d full-text rows (%d orphans)" % (path, n, nfts, orphans))
    if "--count" in opts and n != int(opts["--count"]):
        fail("%s: %d fiches, expected %s" % (path, n, opts["--count"]))
    if "--min" in opts and n < int(opts["--min"]):
        fail("%s: %d fiches, expected at least %s" % (path, n, opts["--min"]))
    if "--ref" in opts:
        ref = sqlite3.connect(opts["--ref"])
        for (key,) in db.execute("SELECT key FROM fiches"):
            if ref.execute("SELECT 1 FROM fiches WHERE key = ?", (key,)).fetchone() is None:
                fail("%s: fiche %s is not in the reference" % (path, key))
            if fiche(db, key) != fiche(ref, key):
                fail("%s: fiche %s differs from the reference (half-written?)" % (path, key))
    print("dbcheck: %s: ok, %d fiches%s" % (path, n, ", each whole" if "--ref" in opts else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
