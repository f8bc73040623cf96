/*
 * store.c - records in SQLite: opening (schema creation, version checks,
 * WAL, busy timeout) and upsert of one record in one transaction, or of
 * many in one batch (rncp_db_begin / rncp_db_commit).  Queries
 * live in query.c.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <sqlite3.h>

#include "internal.h"
#include "store.h"

/* 'RNCP' */
#define APPLICATION_ID 0x524E4350

static const char *const schema_v1[] = {
    "CREATE TABLE fiches ("
    " id INTEGER PRIMARY KEY,"
    " key TEXT NOT NULL UNIQUE,"   /* code, or sha256:HASH */
    " code TEXT, title TEXT, status TEXT, level_eu INTEGER, level_old TEXT,"
    " expires TEXT, path TEXT, layout TEXT, encoding TEXT, sha256 TEXT)",
    "CREATE TABLE nsf (fiche INTEGER NOT NULL REFERENCES fiches(id) ON DELETE CASCADE,"
    " pos INTEGER NOT NULL, code TEXT NOT NULL, label TEXT)",
    "CREATE INDEX nsf_code ON nsf(code, fiche)",
    "CREATE TABLE formacodes (fiche INTEGER NOT NULL REFERENCES fiches(id) ON DELETE CASCADE,"
    " pos INTEGER NOT NULL, code TEXT NOT NULL, label TEXT)",
    "CREATE INDEX formacodes_code ON formacodes(code, fiche)",
    "CREATE TABLE rome (fiche INTEGER NOT NULL REFERENCES fiches(id) ON DELETE CASCADE,"
    " pos INTEGER NOT NULL, code TEXT NOT NULL, label TEXT)",
    "CREATE INDEX rome_code ON rome(code, fiche)",
    "CREATE TABLE certifiers (fiche INTEGER NOT NULL REFERENCES fiches(id) ON DELETE CASCADE,"
    " pos INTEGER NOT NULL, name TEXT NOT NULL, siret TEXT)",
    "CREATE INDEX certifiers_fiche ON certifiers(fiche)",
    "CREATE INDEX certifiers_siret ON certifiers(siret)",
    "CREATE TABLE blocs (id INTEGER PRIMARY KEY,"
    " fiche INTEGER NOT NULL REFERENCES fiches(id) ON DELETE CASCADE,"
    " pos INTEGER NOT NULL, code TEXT, title TEXT)",
    "CREATE INDEX blocs_fiche ON blocs(fiche)",
    "CREATE INDEX blocs_code ON blocs(code)",
    "CREATE TABLE skills (bloc INTEGER NOT NULL REFERENCES blocs(id) ON DELETE CASCADE,"
    " pos INTEGER NOT NULL, text TEXT NOT NULL)",
    "CREATE INDEX skills_bloc ON skills(bloc)",
    "CREATE TABLE jobs (fiche INTEGER NOT NULL REFERENCES fiches(id) ON DELETE CASCADE,"
    " pos INTEGER NOT NULL, text TEXT NOT NULL)",
    "CREATE INDEX jobs_fiche ON jobs(fiche)",
    "CREATE TABLE warnings (fiche INTEGER NOT NULL REFERENCES fiches(id) ON DELETE CASCADE,"
    " pos INTEGER NOT NULL, text TEXT NOT NULL)",
    "CREATE INDEX warnings_fiche ON warnings(fiche)",
    "CREATE INDEX fiches_level ON fiches(level_eu)",
    "CREATE INDEX fiches_code ON fiches(code)",
    /* one row per fiche, rowid = fiches.id, so an upsert deletes one row */
    "CREATE VIRTUAL TABLE fts USING fts5(title, blocs, jobs,"
    " tokenize = 'unicode61 remove_diacritics 2')",
};

/* v2: the code indexes of v1 cannot find the rows of one fiche, so reading
 * a record back, and the cascade of an upsert, scanned whole tables. */
static const char *const schema_v2[] = {
    "CREATE INDEX nsf_fiche ON nsf(fiche, pos)",
    "CREATE INDEX formacodes_fiche ON formacodes(fiche, pos)",
    "CREATE INDEX rome_fiche ON rome(fiche, pos)",
};

/* v3: one FTS row per bloc (rowid = blocs.id), its title and skills, so
 * that the words of --bloc are looked for within one bloc; filled from the
 * tables for a database of an older version. */
static const char *const schema_v3[] = {
    "CREATE VIRTUAL TABLE fts_blocs USING fts5(text,"
    " tokenize = 'unicode61 remove_diacritics 2')",
    "INSERT INTO fts_blocs (rowid, text) SELECT b.id, coalesce(b.title, '') || char(10) ||"
    " coalesce((SELECT group_concat(text || char(10), '') FROM"
    " (SELECT text FROM skills WHERE bloc = b.id ORDER BY pos)), '') FROM blocs b",
};

/* v4: the level index holds the key too, so the fiches of one level come
 * in key order, the order of the output, without sorting them. */
static const char *const schema_v4[] = {
    "DROP INDEX fiches_level",
    "CREATE INDEX fiches_level ON fiches(level_eu, key)",
};

/* v5: the level index also holds what a listing prints (code, title,
 * status, 1969 level), so listing the fiches of a level reads the index
 * alone, not one table row per fiche at random (--level 5 on 50,000
 * fiches: 8,432 rows). */
static const char *const schema_v5[] = {
    "DROP INDEX fiches_level",
    "CREATE INDEX fiches_level ON fiches(level_eu, key, code, title, status, level_old)",
};

/*
 * v6: what a --bloc query reads, the blocs it matches and their fiches,
 * without reading the blocs table (3,180 of its 3,464 pages for --bloc
 * "sécurité réseau" on 50,000 fiches, each of the 21,371 matches a
 * look-up):
 *  - the FTS row of a bloc has rowid BLOC_ROWID(fiche, pos), not the
 *    bloc's id;
 *  - the codes of a fiche's blocs, in order, one a line (an empty line
 *    for a bloc without one), on the fiche's row;
 *  - the terms of fts_blocs, each once, so that a --bloc word, a prefix,
 *    becomes the terms it begins (query.c): FTS5 merges the lists of a
 *    prefix's terms at every query (109 million of the 365 million
 *    instructions of that query).  Terms are added as blocs are stored,
 *    never taken out: one no bloc holds any more matches nothing.
 */
static const char *const schema_v6[] = {
    "DROP TABLE fts_blocs",
    "CREATE VIRTUAL TABLE fts_blocs USING fts5(text,"
    " tokenize = 'unicode61 remove_diacritics 2')",
    "INSERT INTO fts_blocs (rowid, text) SELECT (b.fiche << " BLOC_SHIFT ") | b.pos,"
    " coalesce(b.title, '') || char(10) || coalesce((SELECT group_concat(text || char(10), '')"
    " FROM (SELECT text FROM skills WHERE bloc = b.id ORDER BY pos)), '') FROM blocs b",
    "ALTER TABLE fiches ADD COLUMN bloc_codes TEXT",
    "UPDATE fiches SET bloc_codes = (SELECT group_concat(coalesce(code, ''), char(10)) FROM"
    " (SELECT code FROM blocs WHERE fiche = fiches.id ORDER BY pos))",
    "CREATE TABLE bloc_terms (term TEXT PRIMARY KEY) WITHOUT ROWID",
    "CREATE VIRTUAL TABLE temp.rncp_vocab USING fts5vocab(main, fts_blocs, row)",
    "INSERT INTO bloc_terms SELECT term FROM temp.rncp_vocab",
    "DROP TABLE temp.rncp_vocab",
};

/* Migrations: migrations[v] brings a database from version v to v + 1. */
static const char *const *const migrations[] = {schema_v1, schema_v2, schema_v3,
                                                schema_v4, schema_v5, schema_v6};
static const size_t migration_len[] = {ARRAY_LEN(schema_v1), ARRAY_LEN(schema_v2),
                                       ARRAY_LEN(schema_v3), ARRAY_LEN(schema_v4),
                                       ARRAY_LEN(schema_v5), ARRAY_LEN(schema_v6)};

rncp_status
db_error(rncp_db *db, rncp_error *err, const char *what)
{
	int rc = sqlite3_extended_errcode(db->sql);
	rncp_status st = RNCP_EDB;

	switch (rc & 0xFF) {
	case SQLITE_FULL: st = RNCP_EFULL; break;
	case SQLITE_READONLY: case SQLITE_CANTOPEN: case SQLITE_PERM: st = RNCP_EREADONLY; break;
	case SQLITE_NOTADB: case SQLITE_CORRUPT: st = RNCP_ENOTDB; break;
	case SQLITE_NOMEM: st = RNCP_ENOMEM; break;
	}
	set_error(err, st, 0, "%s: %s", what, sqlite3_errmsg(db->sql));
	return st;
}

char *
rncp_db_default_path(void)
{
	const char *p = getenv("RNCP_DB"), *x, *home;
	char buf[4096];

	if (p != NULL && *p)
		return strdup(p);
	x = getenv("XDG_DATA_HOME");
	if (x != NULL && x[0] == '/') {
		snprintf(buf, sizeof(buf), "%s/rncp/rncp.db", x);
		return strdup(buf);
	}
	home = getenv("HOME");
	if (home == NULL || *home == '\0')
		return NULL;
	snprintf(buf, sizeof(buf), "%s/.local/share/rncp/rncp.db", home);
	return strdup(buf);
}

/* mkdir -p of the folder holding path. */
static int
make_parent(const char *path)
{
	char buf[4096], *p;
	size_t n = strlen(path);

	if (n >= sizeof(buf))
		return -1;
	memcpy(buf, path, n + 1);
	p = strrchr(buf, '/');
	if (p == NULL || p == buf)
		return 0;
	*p = '\0';
	for (p = buf + 1; *p; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(buf, 0777) != 0 && errno != EEXIST)
			return -1;
		*p = '/';
	}
	if (mkdir(buf, 0777) != 0 && errno != EEXIST)
		return -1;
	return 0;
}

static int
exec1(rncp_db *db, const char *sql)
{
	return sqlite3_exec(db->sql, sql, NULL, NULL, NULL);
}

/* The marks of an rncp database, read in one statement so that they come
 * from one snapshot: read one by one, a schema another process commits in
 * between looks like a foreign database (tables, but no version yet). */
static int
read_marks(rncp_db *db, int *version, int *appid, int *tables)
{
	sqlite3_stmt *s = NULL;
	int rc = sqlite3_prepare_v2(db->sql,
	                            "SELECT (SELECT user_version FROM pragma_user_version),"
	                            " (SELECT application_id FROM pragma_application_id),"
	                            " (SELECT count(*) FROM sqlite_master)",
	                            -1, &s, NULL);

	if (rc == SQLITE_OK) {
		rc = sqlite3_step(s);
		if (rc == SQLITE_ROW) {
			*version = sqlite3_column_int(s, 0);
			*appid = sqlite3_column_int(s, 1);
			*tables = sqlite3_column_int(s, 2);
			rc = SQLITE_OK;
		}
	}
	sqlite3_finalize(s);
	return rc;
}

/* Create or migrate the schema, inside one transaction. */
static rncp_status
migrate(rncp_db *db, int version, rncp_error *err)
{
	size_t v, i;
	char sql[64];
	int appid = 0, tables = 0;

	if (exec1(db, "BEGIN IMMEDIATE") != SQLITE_OK)
		return db_error(db, err, "cannot start the schema update");
	/* re-read under the lock: another process may have done it */
	if (read_marks(db, &version, &appid, &tables) != SQLITE_OK)
		goto fail;
	if (version == 0 && tables > 0) {
		exec1(db, "ROLLBACK");
		set_error(err, RNCP_ENOTDB, 0, "an SQLite database of another program: left untouched");
		return RNCP_ENOTDB;
	}
	for (v = (size_t)version; v < ARRAY_LEN(migrations); v++)
		for (i = 0; i < migration_len[v]; i++)
			if (exec1(db, migrations[v][i]) != SQLITE_OK)
				goto fail;
	snprintf(sql, sizeof(sql), "PRAGMA user_version = %d", RNCP_SCHEMA_VERSION);
	if (exec1(db, sql) != SQLITE_OK)
		goto fail;
	snprintf(sql, sizeof(sql), "PRAGMA application_id = %d", APPLICATION_ID);
	if (exec1(db, sql) != SQLITE_OK || exec1(db, "COMMIT") != SQLITE_OK)
		goto fail;
	return RNCP_OK;
fail:
	{
		rncp_status st = db_error(db, err, "cannot create the database schema");
		exec1(db, "ROLLBACK");
		return st;
	}
}

/*
 * A reader may not be able to create the -shm file a WAL database needs
 * (a database shared read-only, in a folder the user cannot write).
 * SQLite can then read it only as immutable: correct as long as nobody
 * writes it meanwhile, which is the usual case for such a file.
 */
static int
reopen_immutable(rncp_db *db, const char *path)
{
	rncp_buf uri = {0};
	const char *p;
	int rc;

	buf_puts(&uri, "file:");
	for (p = path; *p; p++) {
		if (*p == '%' || *p == '?' || *p == '#')
			buf_printf(&uri, "%%%02X", (unsigned char)*p);
		else
			buf_putc(&uri, *p);
	}
	buf_puts(&uri, "?immutable=1");
	if (uri.failed) {
		rncp_buf_free(&uri);
		return SQLITE_NOMEM;
	}
	sqlite3_close(db->sql);
	db->sql = NULL;
	rc = sqlite3_open_v2(uri.s, &db->sql, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX,
	                     NULL);
	rncp_buf_free(&uri);
	if (rc == SQLITE_OK)
		sqlite3_extended_result_codes(db->sql, 1);
	return rc;
}

rncp_status
rncp_db_open(const char *path, int flags, rncp_db **out, rncp_error *err)
{
	rncp_db *db = NULL;
	rncp_status st = RNCP_OK;
	int version = 0, appid = 0, tables = 0, rc;
	FILE *f;
	char head[16];
	struct stat sb;

	*out = NULL;
	/* Never let SQLite touch a file that is not a database. */
	if (stat(path, &sb) == 0) {
		if (S_ISDIR(sb.st_mode)) {
			set_error(err, RNCP_ENOTDB, 0, "is a directory, not a database");
			return RNCP_ENOTDB;
		}
		if (sb.st_size > 0) {
			f = fopen(path, "rb");
			if (f == NULL) {
				set_error(err, RNCP_EREADONLY, 0, "cannot read the database: %s",
				          strerror(errno));
				return RNCP_EREADONLY;
			}
			if (fread(head, 1, 16, f) != 16 || memcmp(head, "SQLite format 3", 16) != 0) {
				fclose(f);
				set_error(err, RNCP_ENOTDB, 0, "not an SQLite database: left untouched");
				return RNCP_ENOTDB;
			}
			fclose(f);
		}
	} else if (flags & RNCP_DB_READONLY) {
		set_error(err, RNCP_ENOTFOUND, 0,
		          "no database yet (parse some fiches first: rncp parse FILE)");
		return RNCP_ENOTFOUND;
	} else if (make_parent(path) != 0) {
		set_error(err, RNCP_EREADONLY, 0, "cannot create the folder of the database: %s",
		          strerror(errno));
		return RNCP_EREADONLY;
	}
	db = calloc(1, sizeof(*db));
	if (db == NULL) {
		set_error(err, RNCP_ENOMEM, 0, "out of memory");
		return RNCP_ENOMEM;
	}
	db->readonly = (flags & RNCP_DB_READONLY) != 0;
	/* a connection is only ever used by one thread: no mutex (they were
	 * 15% of the instructions of a query printing 8,000 fiches) */
	rc = sqlite3_open_v2(path, &db->sql,
	                     SQLITE_OPEN_NOMUTEX |
	                         (db->readonly ? SQLITE_OPEN_READONLY
	                                       : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE),
	                     NULL);
	if (rc != SQLITE_OK) {
		st = db_error(db, err, "cannot open the database");
		goto out;
	}
	sqlite3_busy_timeout(db->sql, 30000);
	sqlite3_extended_result_codes(db->sql, 1);
	/* SQLite opens a file it may not write read-only without a word */
	if (!db->readonly && sqlite3_db_readonly(db->sql, "main") == 1) {
		set_error(err, RNCP_EREADONLY, 0,
		          "the database is read-only (no write permission on the file or its "
		          "folder): nothing stored");
		st = RNCP_EREADONLY;
		goto out;
	}
	rc = read_marks(db, &version, &appid, &tables);
	if (rc != SQLITE_OK && db->readonly && reopen_immutable(db, path) == SQLITE_OK)
		rc = read_marks(db, &version, &appid, &tables);
	if (rc != SQLITE_OK) {
		st = db_error(db, err, "cannot read the database");
		goto out;
	}
	if (version > RNCP_SCHEMA_VERSION) {
		set_error(err, RNCP_EDBVERSION, 0,
		          "database schema version %d is newer than this rncp knows (%d): "
		          "upgrade rncp; the file was left untouched",
		          version, RNCP_SCHEMA_VERSION);
		st = RNCP_EDBVERSION;
		goto out;
	}
	/* another program's database (tables but none of our marks) must be
	 * refused before anything is written: even journal_mode = WAL changes
	 * its header */
	if ((version > 0 && appid != APPLICATION_ID) || (version == 0 && tables > 0)) {
		set_error(err, RNCP_ENOTDB, 0, "an SQLite database of another program: left untouched");
		st = RNCP_ENOTDB;
		goto out;
	}
	if (!db->readonly) {
		exec1(db, "PRAGMA journal_mode = WAL");
		exec1(db, "PRAGMA synchronous = NORMAL");
	}
	exec1(db, "PRAGMA foreign_keys = ON");
	/* temporary tables (SQLite's sorts and IN lists, v6's vocabulary)
	 * and statement journals in memory, not in files of their own */
	exec1(db, "PRAGMA temp_store = MEMORY");
	/* A query reads each page it needs about once: a large page cache
	 * only costs a fresh (page-faulted) allocation per page read, which
	 * took 8 of the 17 ms of a --rome query on 50,000 fiches. */
	if (db->readonly)
		exec1(db, "PRAGMA cache_size = 64");
	if (version == 0 && db->readonly) {
		set_error(err, RNCP_ENOTDB, 0, "database has no rncp schema yet");
		st = RNCP_ENOTDB;
		goto out;
	} else if (version < RNCP_SCHEMA_VERSION && db->readonly) {
		/* an older schema: a reader brings it up to date when the file can
		 * be written; if not, it reads it as it is: migrations add
		 * (indexes, tables, a column), but v6 numbers fts_blocs's rows
		 * differently, which query.c reads as db->version says */
		rncp_db *w = NULL;
		rncp_error ignored;
		if (rncp_db_open(path, 0, &w, &ignored) == RNCP_OK) {
			rncp_db_close(w);
			version = RNCP_SCHEMA_VERSION;
		}
	} else if (version < RNCP_SCHEMA_VERSION) {
		st = migrate(db, version, err);
		if (st != RNCP_OK)
			goto out;
		/* a migration may rewrite megabytes (an index of every fiche):
		 * into the file now, or each reader looks its pages up in the
		 * WAL until the next checkpoint (--rome 8 -> 13 ms) */
		exec1(db, "PRAGMA wal_checkpoint(TRUNCATE)");
	}
	db->version = version < RNCP_SCHEMA_VERSION && db->readonly ? version : RNCP_SCHEMA_VERSION;
	*out = db;
	db = NULL;
out:
	rncp_db_close(db);
	return st;
}

void
rncp_db_close(rncp_db *db)
{
	size_t i;

	if (db == NULL)
		return;
	if (db->batch)
		rncp_db_commit(db, NULL);
	for (i = 0; i < ARRAY_LEN(db->stmt); i++)
		sqlite3_finalize(db->stmt[i]);
	if (db->tok != NULL)
		db->tokenizer.xDelete(db->tok);
	free(db->terms.slot);
	arena_free(db->terms.arena);
	sqlite3_close(db->sql);
	free(db);
}

/* A statement of the cache, prepared on first use. */
sqlite3_stmt *
db_stmt(rncp_db *db, int which, const char *sql)
{
	sqlite3_stmt *s = db->stmt[which];

	if (s == NULL) {
		if (sqlite3_prepare_v3(db->sql, sql, -1, SQLITE_PREPARE_PERSISTENT, &s, NULL) !=
		    SQLITE_OK)
			return NULL;
		db->stmt[which] = s;
	} else {
		sqlite3_reset(s);
		sqlite3_clear_bindings(s);
	}
	return s;
}

static void
bind_text(sqlite3_stmt *s, int i, const char *t)
{
	if (t == NULL)
		sqlite3_bind_null(s, i);
	else
		sqlite3_bind_text(s, i, t, -1, SQLITE_STATIC);
}

static int
step_done(sqlite3_stmt *s)
{
	int rc = sqlite3_step(s);

	sqlite3_reset(s);
	return rc == SQLITE_DONE ? 0 : -1;
}

/* ---- the terms of fts_blocs ---- */

typedef struct token_ctx {
	int (*cb)(void *, const char *, int);
	void *ctx;
} token_ctx;

static int
on_token(void *p, int flags, const char *t, int n, int start, int end)
{
	const token_ctx *c = p;

	(void)flags, (void)start, (void)end;
	return c->cb(c->ctx, t, n);
}

int
db_bloc_tokens(rncp_db *db, const char *text, int n, int (*cb)(void *, const char *, int),
               void *ctx)
{
	/* as fts_blocs was made: tokenize = 'unicode61 remove_diacritics 2' */
	static const char *const args[] = {"remove_diacritics", "2"};
	token_ctx c = {cb, ctx};

	if (db->tok == NULL) {
		fts5_api *api = NULL;
		sqlite3_stmt *s = NULL;
		void *ud = NULL;

		if (sqlite3_prepare_v2(db->sql, "SELECT fts5(?1)", -1, &s, NULL) == SQLITE_OK) {
			sqlite3_bind_pointer(s, 1, (void *)&api, "fts5_api_ptr", NULL);
			sqlite3_step(s);
		}
		sqlite3_finalize(s);
		if (api == NULL || api->xFindTokenizer(api, "unicode61", &ud, &db->tokenizer) != SQLITE_OK ||
		    db->tokenizer.xCreate(ud, (const char **)args, 2, &db->tok) != SQLITE_OK) {
			db->tok = NULL;
			return -1;
		}
	}
	return db->tokenizer.xTokenize(db->tok, &c, FTS5_TOKENIZE_DOCUMENT, text, n, on_token);
}

/* After a rollback, the terms the transaction added are gone: forget them
 * all (they are looked up again). */
static void
terms_forget(rncp_db *db)
{
	free(db->terms.slot);
	arena_free(db->terms.arena);
	memset(&db->terms, 0, sizeof(db->terms));
}

static void
rollback(rncp_db *db)
{
	exec1(db, "ROLLBACK");
	terms_forget(db);
}

/* The slot of t in set, empty when t is not in it. */
static char **
term_slot(const term_set *set, const char *t, size_t n)
{
	size_t i = (size_t)hash_bytes(t, n) & (set->cap - 1);

	while (set->slot[i] != NULL && (strncmp(set->slot[i], t, n) != 0 || set->slot[i][n] != '\0'))
		i = (i + 1) & (set->cap - 1);
	return &set->slot[i];
}

static int
term_set_grow(term_set *set)
{
	term_set bigger = {NULL, set->cap ? set->cap * 2 : 1024, set->n, set->arena};
	size_t i;

	if ((bigger.slot = calloc(bigger.cap, sizeof(*bigger.slot))) == NULL)
		return -1;
	for (i = 0; i < set->cap; i++)
		if (set->slot[i] != NULL)
			*term_slot(&bigger, set->slot[i], strlen(set->slot[i])) = set->slot[i];
	free(set->slot);
	*set = bigger;
	return 0;
}

/* A term of a bloc being stored: into bloc_terms unless known there. */
static int
put_term(void *p, const char *t, int n)
{
	rncp_db *db = p;
	term_set *set = &db->terms;
	sqlite3_stmt *s;
	char **slot;

	if (set->arena == NULL && (set->arena = arena_new()) == NULL)
		return SQLITE_NOMEM;
	if ((set->n + 1) * 2 > set->cap && term_set_grow(set) != 0)
		return SQLITE_NOMEM;
	slot = term_slot(set, t, (size_t)n);
	if (*slot != NULL)
		return SQLITE_OK;
	s = db_stmt(db, ST_TERM, "INSERT OR IGNORE INTO bloc_terms (term) VALUES (?1)");
	if (s == NULL)
		return SQLITE_ERROR;
	sqlite3_bind_text(s, 1, t, n, SQLITE_STATIC);
	if (step_done(s) != 0)
		return SQLITE_ERROR;
	if ((*slot = arena_strndup(set->arena, t, (size_t)n)) == NULL)
		return SQLITE_NOMEM;
	set->n++;
	return SQLITE_OK;
}

static int
put_coded(rncp_db *db, int which, const char *sql, sqlite3_int64 id, const rncp_coded *v,
          size_t n)
{
	size_t i;
	sqlite3_stmt *s = db_stmt(db, which, sql);

	if (s == NULL)
		return -1;
	for (i = 0; i < n; i++) {
		sqlite3_bind_int64(s, 1, id);
		sqlite3_bind_int(s, 2, (int)i);
		bind_text(s, 3, v[i].code);
		bind_text(s, 4, v[i].label);
		if (step_done(s) != 0)
			return -1;
	}
	return 0;
}

static int
put_strings(rncp_db *db, int which, const char *sql, sqlite3_int64 id, char **v, size_t n)
{
	size_t i;
	sqlite3_stmt *s = db_stmt(db, which, sql);

	if (s == NULL)
		return -1;
	for (i = 0; i < n; i++) {
		sqlite3_bind_int64(s, 1, id);
		sqlite3_bind_int(s, 2, (int)i);
		bind_text(s, 3, v[i]);
		if (step_done(s) != 0)
			return -1;
	}
	return 0;
}

static int
put_body(rncp_db *db, const rncp_record *r)
{
	sqlite3_stmt *s;
	sqlite3_int64 id;
	size_t i, j, start;
	rncp_buf blocs = {0}, jobs = {0};
	int rc = -1;
	char key[80];

	if (r->code != NULL)
		snprintf(key, sizeof(key), "%s", r->code);
	else
		snprintf(key, sizeof(key), "sha256:%s", r->source_sha256 ? r->source_sha256 : "");
	/* replace: the old row and (by cascade) its children go */
	s = db_stmt(db, ST_FIND, "SELECT id FROM fiches WHERE key = ?1");
	if (s == NULL)
		return -1;
	bind_text(s, 1, key);
	if (sqlite3_step(s) == SQLITE_ROW) {
		id = sqlite3_column_int64(s, 0);
		sqlite3_reset(s);
		s = db_stmt(db, ST_DEL_FTS, "DELETE FROM fts WHERE rowid = ?1");
		if (s == NULL)
			return -1;
		sqlite3_bind_int64(s, 1, id);
		if (step_done(s) != 0)
			return -1;
		s = db_stmt(db, ST_DEL_FTS_BLOCS,
		            "DELETE FROM fts_blocs WHERE rowid BETWEEN ?1 << " BLOC_SHIFT
		            " AND ((?1 + 1) << " BLOC_SHIFT ") - 1");
		if (s == NULL)
			return -1;
		sqlite3_bind_int64(s, 1, id);
		if (step_done(s) != 0)
			return -1;
		s = db_stmt(db, ST_DEL, "DELETE FROM fiches WHERE id = ?1");
		if (s == NULL)
			return -1;
		sqlite3_bind_int64(s, 1, id);
		if (step_done(s) != 0)
			return -1;
	} else {
		sqlite3_reset(s);
	}
	for (i = 0; i < r->nblocs; i++) {
		buf_puts(&blocs, r->blocs[i].code ? r->blocs[i].code : "");
		buf_puts(&blocs, i + 1 < r->nblocs ? "\n" : "");
	}
	s = db_stmt(db, ST_INS,
	            "INSERT INTO fiches (key, code, title, status, level_eu, level_old, expires,"
	            " path, layout, encoding, sha256, bloc_codes)"
	            " VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12)");
	if (s == NULL || blocs.failed)
		goto out;
	bind_text(s, 1, key);
	bind_text(s, 2, r->code);
	bind_text(s, 3, r->title);
	bind_text(s, 4, r->status);
	if (r->level_eu)
		sqlite3_bind_int(s, 5, r->level_eu);
	else
		sqlite3_bind_null(s, 5);
	bind_text(s, 6, r->level_old);
	bind_text(s, 7, r->expires);
	bind_text(s, 8, r->source_path);
	bind_text(s, 9, r->source_layout);
	bind_text(s, 10, r->source_encoding);
	bind_text(s, 11, r->source_sha256);
	if (r->nblocs > 0)
		sqlite3_bind_text(s, 12, blocs.s, (int)blocs.len, SQLITE_STATIC);
	if (step_done(s) != 0)
		goto out;
	blocs.len = 0;
	id = sqlite3_last_insert_rowid(db->sql);
	if (put_coded(db, ST_NSF, "INSERT INTO nsf VALUES (?1,?2,?3,?4)", id, r->nsf, r->nnsf) ||
	    put_coded(db, ST_FORMA, "INSERT INTO formacodes VALUES (?1,?2,?3,?4)", id,
	              r->formacodes, r->nformacodes) ||
	    put_coded(db, ST_ROME, "INSERT INTO rome VALUES (?1,?2,?3,?4)", id, r->rome, r->nrome) ||
	    put_strings(db, ST_JOB, "INSERT INTO jobs VALUES (?1,?2,?3)", id, r->jobs, r->njobs) ||
	    put_strings(db, ST_WARN, "INSERT INTO warnings VALUES (?1,?2,?3)", id, r->warnings,
	                r->nwarnings))
		goto out;
	s = db_stmt(db, ST_CERT, "INSERT INTO certifiers VALUES (?1,?2,?3,?4)");
	if (s == NULL)
		goto out;
	for (i = 0; i < r->ncertifiers; i++) {
		sqlite3_bind_int64(s, 1, id);
		sqlite3_bind_int(s, 2, (int)i);
		bind_text(s, 3, r->certifiers[i].name);
		bind_text(s, 4, r->certifiers[i].siret);
		if (step_done(s) != 0)
			goto out;
	}
	for (i = 0; i < r->nblocs; i++) {
		const rncp_bloc *b = &r->blocs[i];
		sqlite3_int64 bid;
		s = db_stmt(db, ST_BLOC, "INSERT INTO blocs (fiche, pos, code, title) VALUES (?1,?2,?3,?4)");
		if (s == NULL)
			goto out;
		sqlite3_bind_int64(s, 1, id);
		sqlite3_bind_int(s, 2, (int)i);
		bind_text(s, 3, b->code);
		bind_text(s, 4, b->title);
		if (step_done(s) != 0)
			goto out;
		bid = sqlite3_last_insert_rowid(db->sql);
		if (put_strings(db, ST_SKILL, "INSERT INTO skills VALUES (?1,?2,?3)", bid, b->skills,
		                b->nskills))
			goto out;
		start = blocs.len;
		buf_puts(&blocs, b->title ? b->title : "");
		buf_putc(&blocs, '\n');
		for (j = 0; j < b->nskills; j++) {
			buf_puts(&blocs, b->skills[j]);
			buf_putc(&blocs, '\n');
		}
		/* the bloc alone too: --bloc words must all be in one bloc */
		s = db_stmt(db, ST_FTS_BLOCS, "INSERT INTO fts_blocs (rowid, text) VALUES (?1, ?2)");
		if (s == NULL || blocs.failed)
			goto out;
		sqlite3_bind_int64(s, 1, BLOC_ROWID(id, i));
		sqlite3_bind_text(s, 2, blocs.s + start, (int)(blocs.len - start), SQLITE_STATIC);
		if (step_done(s) != 0 ||
		    db_bloc_tokens(db, blocs.s + start, (int)(blocs.len - start), put_term, db) != 0)
			goto out;
	}
	for (i = 0; i < r->njobs; i++) {
		buf_puts(&jobs, r->jobs[i]);
		buf_putc(&jobs, '\n');
	}
	if (blocs.failed || jobs.failed)
		goto out;
	s = db_stmt(db, ST_FTS, "INSERT INTO fts (rowid, title, blocs, jobs) VALUES (?1,?2,?3,?4)");
	if (s == NULL)
		goto out;
	sqlite3_bind_int64(s, 1, id);
	bind_text(s, 2, r->title ? r->title : "");
	bind_text(s, 3, blocs.s ? blocs.s : "");
	bind_text(s, 4, jobs.s ? jobs.s : "");
	if (step_done(s) != 0)
		goto out;
	rc = 0;
out:
	rncp_buf_free(&blocs);
	rncp_buf_free(&jobs);
	return rc;
}

/*
 * Store one record inside the batch transaction.  No savepoint per record:
 * FTS5 writes its pending terms to disk at every savepoint, which was half
 * the cost of storing (and a new index segment per record to merge later).
 * A record that fails ends the batch instead: the transaction is rolled
 * back, and the caller, which keeps the records of its batch, stores them
 * again one by one (rncp_db_in_batch() says the batch is gone).
 */
static rncp_status
put_in_batch(rncp_db *db, const rncp_record *r, rncp_error *err)
{
	rncp_status st;

	if (put_body(db, r) == 0)
		return RNCP_OK;
	st = db_error(db, err, "cannot store the record");
	rollback(db);
	db->batch = 0;
	return st;
}

int
rncp_db_in_batch(const rncp_db *db)
{
	return db != NULL && db->batch;
}

rncp_status
rncp_db_put(rncp_db *db, const rncp_record *r, rncp_error *err)
{
	rncp_status st;

	if (db->readonly) {
		set_error(err, RNCP_EREADONLY, 0, "database opened read-only");
		return RNCP_EREADONLY;
	}
	if (r->nblocs >= (size_t)1 << BLOC_POS_BITS) {
		set_error(err, RNCP_ETOOBIG, 0, "%zu blocs: more than a record can hold (%d)", r->nblocs,
		          (1 << BLOC_POS_BITS) - 1);
		return RNCP_ETOOBIG;
	}
	if (db->batch)
		return put_in_batch(db, r, err);
	if (exec1(db, "BEGIN IMMEDIATE") != SQLITE_OK)
		return db_error(db, err, "cannot start a transaction");
	if (put_body(db, r) != 0) {
		st = db_error(db, err, "cannot store the record");
		rollback(db);
		return st;
	}
	if (exec1(db, "COMMIT") != SQLITE_OK) {
		st = db_error(db, err, "cannot commit the record");
		rollback(db);
		return st;
	}
	return RNCP_OK;
}

int
db_read_begin(rncp_db *db)
{
	return sqlite3_get_autocommit(db->sql) && exec1(db, "BEGIN") == SQLITE_OK;
}

void
db_version_refresh(rncp_db *db)
{
	sqlite3_stmt *s = NULL;

	if (db->version >= RNCP_SCHEMA_VERSION)
		return; /* a version never goes down */
	if (sqlite3_prepare_v2(db->sql, "PRAGMA user_version", -1, &s, NULL) == SQLITE_OK &&
	    sqlite3_step(s) == SQLITE_ROW)
		db->version = sqlite3_column_int(s, 0);
	sqlite3_finalize(s);
}

void
db_read_end(rncp_db *db, int began)
{
	/* nothing was written: COMMIT only ends the read */
	if (began && exec1(db, "COMMIT") != SQLITE_OK)
		exec1(db, "ROLLBACK");
}

rncp_status
rncp_db_begin(rncp_db *db, rncp_error *err)
{
	if (db->readonly) {
		set_error(err, RNCP_EREADONLY, 0, "database opened read-only");
		return RNCP_EREADONLY;
	}
	if (db->batch)
		return RNCP_OK;
	if (exec1(db, "BEGIN IMMEDIATE") != SQLITE_OK)
		return db_error(db, err, "cannot start a transaction");
	db->batch = 1;
	return RNCP_OK;
}

rncp_status
rncp_db_commit(rncp_db *db, rncp_error *err)
{
	rncp_status st;

	if (!db->batch)
		return RNCP_OK;
	db->batch = 0;
	if (exec1(db, "COMMIT") != SQLITE_OK) {
		st = db_error(db, err, "cannot commit the records");
		rollback(db);
		return st;
	}
	return RNCP_OK;
}
