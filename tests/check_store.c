/*
 * check_store.c - unit tests of store.c and the loading side of query.c:
 * schema and its version, upsert, records read back, and the files the
 * store must refuse and leave untouched.
 */
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check_util.h"
#include "store.h"

static char dir[64];

static void
make_dir(void)
{
	strcpy(dir, "/tmp/rncp-store-XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(dir));
}

static void
remove_dir(void)
{
	char cmd[128];

	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	ck_assert_int_eq(system(cmd), 0);
}

static const char *
in_dir(const char *name)
{
	static char path[256];

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	return path;
}

/* One integer from SQL run on the file at path, by SQLite directly. */
static int
sql_int(const char *path, const char *sql)
{
	sqlite3 *h = NULL;
	sqlite3_stmt *s = NULL;
	int v = -1;

	ck_assert_int_eq(sqlite3_open_v2(path, &h, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
	ck_assert_int_eq(sqlite3_prepare_v2(h, sql, -1, &s, NULL), SQLITE_OK);
	if (sqlite3_step(s) == SQLITE_ROW)
		v = sqlite3_column_int(s, 0);
	sqlite3_finalize(s);
	sqlite3_close(h);
	return v;
}

static void
sql_exec(const char *path, const char *sql)
{
	sqlite3 *h = NULL;

	ck_assert_int_eq(sqlite3_open(path, &h), SQLITE_OK);
	ck_assert_int_eq(sqlite3_exec(h, sql, NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(h);
}

/* SHA-256 of a whole file, to prove it was left untouched. */
static void
file_hash(const char *path, char out[65])
{
	char *data = NULL;
	size_t len = 0;
	rncp_error e = {0};

	ck_assert_int_eq(rncp_read_file(path, &data, &len, &e), RNCP_OK);
	sha256_hex(data, len, out);
	free(data);
}

/* Opening path, for reading or writing, fails with want and leaves the
 * file byte for byte as it was. */
static void
refused_untouched(const char *path, rncp_status want)
{
	rncp_db *db = NULL;
	rncp_error e = {0};
	char before[65], after[65];
	int flags;

	file_hash(path, before);
	for (flags = 0; flags <= RNCP_DB_READONLY; flags++) {
		ck_assert_msg(rncp_db_open(path, flags, &db, &e) == want, "%s: %s", path, e.msg);
		ck_assert_ptr_null(db);
	}
	file_hash(path, after);
	ck_assert_str_eq(before, after);
}

static rncp_db *
open_ok(const char *path, int flags)
{
	rncp_db *db = NULL;
	rncp_error e = {0};

	ck_assert_msg(rncp_db_open(path, flags, &db, &e) == RNCP_OK, "%s: %s", path, e.msg);
	return db;
}

static void
put_ok(rncp_db *db, const rncp_record *r)
{
	rncp_error e = {0};

	ck_assert_msg(rncp_db_put(db, r, &e) == RNCP_OK, "%s", e.msg);
}

/* A database made at path holding r, stored `times` times over. */
static rncp_db *
db_holding(const char *path, const rncp_record *r, int times)
{
	rncp_db *db = open_ok(path, 0);

	while (times-- > 0)
		put_ok(db, r);
	return db;
}

/* bloc_terms holds every term of fts_blocs, and no other. */
static void
terms_complete(const char *path)
{
	sql_exec(path, "CREATE VIRTUAL TABLE IF NOT EXISTS temp_vocab USING fts5vocab(fts_blocs, row)");
	ck_assert_int_gt(sql_int(path, "SELECT count(*) FROM bloc_terms"), 50);
	ck_assert_int_eq(sql_int(path, "SELECT count(*) FROM temp_vocab"),
	                 sql_int(path, "SELECT count(*) FROM bloc_terms"));
	ck_assert_int_eq(sql_int(path, "SELECT count(*) FROM temp_vocab WHERE term NOT IN"
	                               " (SELECT term FROM bloc_terms)"),
	                 0);
	sql_exec(path, "DROP TABLE temp_vocab");
}

START_TEST(t_schema)
{
	const char *path;
	rncp_db *db;

	make_dir();
	path = in_dir("a/b/rncp.db"); /* the folders are created */
	db = open_ok(path, 0);
	rncp_db_close(db);
	ck_assert_int_eq(sql_int(path, "PRAGMA user_version"), RNCP_SCHEMA_VERSION);
	ck_assert_int_eq(sql_int(path, "PRAGMA application_id"), 0x524E4350);
	ck_assert_int_eq(sql_int(path, "SELECT count(*) FROM sqlite_master WHERE name IN "
	                               "('fiches','nsf','formacodes','rome','certifiers','blocs',"
	                               "'skills','jobs','warnings','fts','fts_blocs')"),
	                 11);
	/* an index for each kind of query */
	ck_assert_int_eq(sql_int(path, "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND "
	                               "name IN ('rome_code','nsf_code','formacodes_code',"
	                               "'certifiers_siret','blocs_code','fiches_level',"
	                               "'rome_fiche','nsf_fiche','formacodes_fiche')"),
	                 9);
	ck_assert_int_eq(sql_int(path, "SELECT journal_mode = 'wal' FROM pragma_journal_mode"), 1);
	/* opening again is a no-op, not a second schema */
	db = open_ok(path, 0);
	rncp_db_close(db);
	db = open_ok(path, RNCP_DB_READONLY);
	rncp_db_close(db);
	ck_assert_int_eq(sql_int(path, "PRAGMA user_version"), RNCP_SCHEMA_VERSION);
	remove_dir();
}
END_TEST

/* A version 1 database (as rncp 0.1 wrote it) is brought to the current
 * schema, by a writer or a reader, and keeps its records. */
START_TEST(t_migrate_v1)
{
	static const char *const to_v1 =
	    "DROP INDEX nsf_fiche; DROP INDEX formacodes_fiche; DROP INDEX rome_fiche;"
	    " DROP TABLE fts_blocs; DROP INDEX fiches_level; CREATE INDEX fiches_level ON"
	    " fiches(level_eu); DROP TABLE bloc_terms; ALTER TABLE fiches DROP COLUMN bloc_codes;"
	    " PRAGMA user_version = 1";
	static const char *const count_v2 =
	    "SELECT count(*) FROM sqlite_master WHERE name IN"
	    " ('nsf_fiche', 'formacodes_fiche', 'rome_fiche')";
	rncp_record *r = parse_sample("rncp40864.txt"), *got = NULL;
	rncp_error e = {0};
	const char *path;
	rncp_db *db;
	int flags;

	make_dir();
	path = in_dir("rncp.db");
	for (flags = 0; flags <= RNCP_DB_READONLY; flags++) {
		rncp_db_close(db_holding(path, r, 1));
		sql_exec(path, to_v1);
		ck_assert_int_eq(sql_int(path, count_v2), 0);
		db = open_ok(path, flags);
		ck_assert_int_eq(rncp_db_get(db, "RNCP40864", &got, &e), RNCP_OK);
		ck_assert_uint_eq(got->nrome, 3);
		rncp_record_free(got);
		rncp_db_close(db);
		ck_assert_int_eq(sql_int(path, "PRAGMA user_version"), RNCP_SCHEMA_VERSION);
		ck_assert_int_eq(sql_int(path, count_v2), 3);
		/* v4, v5: the level index holds the key and what a listing prints */
		ck_assert_int_eq(sql_int(path, "SELECT count(*) FROM pragma_index_info('fiches_level')"),
		                 6);
		/* v3 fills the FTS table of blocs from the blocs already stored,
		 * v6 again with rows numbered by fiche and position */
		ck_assert_int_eq(sql_int(path, "SELECT count(*) FROM fts_blocs"), 4);
		ck_assert_int_eq(sql_int(path, "SELECT count(*) FROM fts_blocs WHERE fts_blocs MATCH"
		                               " '\"deployer un parc informatique\"'"),
		                 1);
		ck_assert_int_eq(sql_int(path, "SELECT count(*) FROM fts_blocs f JOIN blocs b"
		                               " ON f.rowid = (b.fiche << 24) | b.pos"),
		                 4);
		/* v6: the codes of the blocs on the fiche's row, the terms */
		ck_assert_int_eq(sql_int(path, "SELECT count(*) FROM fiches WHERE bloc_codes ="
		                               " 'RNCP40864BC01' || char(10) || 'RNCP40864BC02' ||"
		                               " char(10) || 'RNCP40864BC03' || char(10) ||"
		                               " 'RNCP40864BC04'"),
		                 1);
		terms_complete(path);
	}
	rncp_record_free(r);
	remove_dir();
}
END_TEST

/* A record with more blocs than fts_blocs's rowids number is refused
 * before anything is written (the blocs are not read: there are 4). */
START_TEST(t_too_many_blocs)
{
	const char *path;
	rncp_db *db;
	rncp_record *r = parse_sample("rncp37454.txt");
	rncp_error e = {0};
	size_t n = r->nblocs;

	make_dir();
	path = in_dir("rncp.db");
	db = db_holding(path, r, 1);
	r->code = arena_strdup(r->arena, "RNCP99999");
	r->nblocs = (size_t)1 << 24;
	ck_assert_int_eq(rncp_db_put(db, r, &e), RNCP_ETOOBIG);
	ck_assert_msg(strstr(e.msg, "16777216 blocs") != NULL, "%s", e.msg);
	ck_assert_int_eq(rncp_db_begin(db, &e), RNCP_OK);
	ck_assert_int_eq(rncp_db_put(db, r, &e), RNCP_ETOOBIG);
	r->nblocs = n; /* the batch goes on */
	r->code = arena_strdup(r->arena, "RNCP99998");
	put_ok(db, r);
	ck_assert_int_eq(rncp_db_commit(db, &e), RNCP_OK);
	rncp_db_close(db);
	ck_assert_int_eq(sql_int(path, "SELECT count(*) FROM fiches"), 2);
	ck_assert_int_eq(sql_int(path, "SELECT count(*) FROM fiches WHERE code = 'RNCP99999'"), 0);
	rncp_record_free(r);
	remove_dir();
}
END_TEST

START_TEST(t_upsert_replaces)
{
	const char *path;
	rncp_db *db;
	rncp_record *r = parse_sample("rncp37454.txt"), *got = NULL;
	rncp_error e = {0};

	make_dir();
	path = in_dir("rncp.db");
	db = db_holding(path, r, 2);
	/* a changed fiche replaces the old record and all its rows */
	r->title = arena_strdup(r->arena, "Titre changé");
	r->nrome = 1;
	put_ok(db, r);
	ck_assert_int_eq(rncp_db_get(db, "rncp37454", &got, &e), RNCP_OK);
	ck_assert_str_eq(got->title, "Titre changé");
	ck_assert_uint_eq(got->nrome, 1);
	ck_assert_uint_eq(got->nblocs, 4);
	rncp_record_free(got);
	rncp_db_close(db);
	ck_assert_int_eq(sql_int(path, "SELECT count(*) FROM fiches"), 1);
	ck_assert_int_eq(sql_int(path, "SELECT count(*) FROM rome"), 1);
	ck_assert_int_eq(sql_int(path, "SELECT count(*) FROM blocs"), 4);
	ck_assert_int_eq(sql_int(path, "SELECT count(*) FROM skills"), 20);
	ck_assert_int_eq(sql_int(path, "SELECT count(*) FROM fts"), 1);
	ck_assert_int_eq(sql_int(path, "SELECT count(*) FROM fts WHERE fts MATCH 'change'"), 1);
	ck_assert_int_eq(sql_int(path, "SELECT count(*) FROM fts_blocs"), 4);
	rncp_record_free(r);
	remove_dir();
}
END_TEST

/* A fiche without a code is keyed by its SHA-256: parsing it again replaces it. */
START_TEST(t_sha256_key)
{
	const char *path;
	rncp_db *db;
	rncp_record *r = parse_sample("reac-trte.txt"), *got = NULL;
	rncp_error e = {0};
	char key[80];

	ck_assert_ptr_null(r->code);
	make_dir();
	path = in_dir("rncp.db");
	db = db_holding(path, r, 2);
	ck_assert_int_eq(rncp_db_get(db, r->source_sha256, &got, &e), RNCP_OK);
	ck_assert_str_eq(got->title, r->title);
	rncp_record_free(got);
	snprintf(key, sizeof(key), "sha256:%s", r->source_sha256);
	ck_assert_int_eq(rncp_db_get(db, key, &got, &e), RNCP_OK);
	rncp_record_free(got);
	rncp_db_close(db);
	ck_assert_int_eq(sql_int(path, "SELECT count(*) FROM fiches WHERE key LIKE 'sha256:%'"), 1);
	rncp_record_free(r);
	remove_dir();
}
END_TEST

/* What rncp_db_get rebuilds prints the same JSON as the parsed record. */
START_TEST(t_get_roundtrip)
{
	static const char *const names[] = {"example-web-rncp.txt", "example-web-rs.txt",
	                                     "reac-trte.txt", "rncp14392.txt", "rncp19542.txt",
	                                     "rncp37454.txt", "rncp40864.txt"};
	rncp_db *db;
	size_t i;

	make_dir();
	db = open_ok(in_dir("rncp.db"), 0);
	for (i = 0; i < ARRAY_LEN(names); i++) {
		rncp_record *r = parse_sample(names[i]), *got = NULL;
		rncp_buf a = {0}, b = {0};
		rncp_error e = {0};
		put_ok(db, r);
		ck_assert_msg(rncp_db_get(db, r->code ? r->code : r->source_sha256, &got, &e) ==
		                  RNCP_OK, "%s: %s", names[i], e.msg);
		rncp_record_json(r, 1, 0, &a);
		rncp_record_json(got, 1, 0, &b);
		ck_assert_str_eq(b.s, a.s);
		rncp_buf_free(&a);
		rncp_buf_free(&b);
		rncp_record_free(r);
		rncp_record_free(got);
	}
	rncp_db_close(db);
	remove_dir();
}
END_TEST

START_TEST(t_get_not_found)
{
	rncp_db *db;
	rncp_record *got = NULL;
	rncp_error e = {0};

	make_dir();
	db = open_ok(in_dir("rncp.db"), 0);
	ck_assert_int_eq(rncp_db_get(db, "RNCP1", &got, &e), RNCP_ENOTFOUND);
	ck_assert_ptr_null(got);
	ck_assert_ptr_nonnull(strstr(e.msg, "RNCP1"));
	ck_assert_int_eq(rncp_db_get(db, "'; DROP TABLE fiches; --", &got, &e), RNCP_ENOTFOUND);
	rncp_db_close(db);
	remove_dir();
}
END_TEST

/* A file that is not SQLite, or SQLite of another program, is refused and
 * left byte for byte as it was. */
START_TEST(t_not_ours_untouched)
{
	const char *path;
	FILE *f;

	make_dir();
	path = in_dir("notes.db");
	f = fopen(path, "w");
	ck_assert_ptr_nonnull(f);
	fputs("not a database, but precious\n", f);
	fclose(f);
	refused_untouched(path, RNCP_ENOTDB);
	path = in_dir("other.db");
	sql_exec(path, "PRAGMA journal_mode = DELETE; CREATE TABLE t (x); INSERT INTO t VALUES (1)");
	refused_untouched(path, RNCP_ENOTDB);
	ck_assert_int_eq(access(in_dir("other.db-wal"), F_OK), -1);
	remove_dir();
}
END_TEST

START_TEST(t_newer_schema_untouched)
{
	const char *path;
	rncp_db *db;
	rncp_error e = {0};
	rncp_record *r = parse_sample("rncp19542.txt");

	make_dir();
	path = in_dir("rncp.db");
	rncp_db_close(db_holding(path, r, 1));
	sql_exec(path, "PRAGMA journal_mode = DELETE; PRAGMA user_version = 99");
	refused_untouched(path, RNCP_EDBVERSION);
	ck_assert_int_eq(rncp_db_open(path, 0, &db, &e), RNCP_EDBVERSION);
	ck_assert_ptr_nonnull(strstr(e.msg, "99")); /* says which version */
	rncp_record_free(r);
	remove_dir();
}
END_TEST

/* Writing through a read-only handle (or to a file we may not write) is an
 * error that loses nothing; a missing database is not created by readers. */
START_TEST(t_readonly)
{
	const char *path;
	rncp_db *db = NULL;
	rncp_error e = {0};
	rncp_record *a = parse_sample("rncp19542.txt"), *b = parse_sample("rncp14392.txt");

	make_dir();
	path = in_dir("missing.db");
	ck_assert_int_eq(rncp_db_open(path, RNCP_DB_READONLY, &db, &e), RNCP_ENOTFOUND);
	ck_assert_int_eq(access(path, F_OK), -1);

	path = in_dir("rncp.db");
	rncp_db_close(db_holding(path, a, 1));
	db = open_ok(path, RNCP_DB_READONLY);
	ck_assert_int_eq(rncp_db_put(db, b, &e), RNCP_EREADONLY);
	rncp_db_close(db);
	if (geteuid() != 0) { /* root writes through file modes */
		ck_assert_int_eq(chmod(path, 0444), 0);
		if (rncp_db_open(path, 0, &db, &e) == RNCP_OK) {
			ck_assert_int_ne(rncp_db_put(db, b, &e), RNCP_OK);
			rncp_db_close(db);
		}
		ck_assert_int_eq(chmod(path, 0644), 0);
	}
	ck_assert_int_eq(sql_int(path, "SELECT count(*) FROM fiches"), 1);
	ck_assert_int_eq(sql_int(path, "SELECT count(*) FROM fiches WHERE code = 'RNCP19542'"), 1);
	rncp_record_free(a);
	rncp_record_free(b);
	remove_dir();
}
END_TEST

/* A put that fails inside a batch (here a trigger refuses one code) undoes
 * the whole batch and ends it; the records stored before the batch stay,
 * and each record of the batch can then be stored on its own. */
START_TEST(t_batch_failure)
{
	rncp_record *a = parse_sample("rncp37454.txt"), *b = parse_sample("rncp19542.txt"),
	            *c = parse_sample("rncp40864.txt");
	const char *path;
	rncp_db *db;
	rncp_error e = {0};

	make_dir();
	path = in_dir("t.db");
	rncp_db_close(db_holding(path, a, 1));
	sql_exec(path, "CREATE TRIGGER refuse BEFORE INSERT ON fiches WHEN new.code = 'RNCP40864'"
	               " BEGIN SELECT RAISE(ABORT, 'refused'); END");
	db = open_ok(path, 0);
	ck_assert_int_eq(rncp_db_begin(db, &e), RNCP_OK);
	ck_assert_int_eq(rncp_db_in_batch(db), 1);
	put_ok(db, b);
	ck_assert_int_ne(rncp_db_put(db, c, &e), RNCP_OK);
	ck_assert_msg(strstr(e.msg, "refused") != NULL, "%s", e.msg);
	ck_assert_int_eq(rncp_db_in_batch(db), 0);
	ck_assert_int_eq(rncp_db_commit(db, &e), RNCP_OK); /* nothing left to commit */
	ck_assert_int_eq(sql_int(path, "SELECT count(*) FROM fiches"), 1);
	ck_assert_int_eq(sql_int(path, "SELECT count(*) FROM fts_blocs"),
	                 sql_int(path, "SELECT count(*) FROM blocs"));
	/* stored again one by one, only the refused one is missing; the terms
	 * of the record the rollback took are stored again too */
	put_ok(db, b);
	ck_assert_int_ne(rncp_db_put(db, c, &e), RNCP_OK);
	rncp_db_close(db);
	terms_complete(path);
	ck_assert_int_eq(sql_int(path, "SELECT count(*) FROM fiches"), 2);
	ck_assert_int_eq(sql_int(path, "SELECT count(*) FROM fiches WHERE code = 'RNCP19542'"), 1);
	rncp_record_free(a);
	rncp_record_free(b);
	rncp_record_free(c);
	remove_dir();
}
END_TEST

Suite *
suite_store(void)
{
	Suite *s = suite_create("store");
	TCase *tc = tcase_create("core");

	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, t_schema);
	tcase_add_test(tc, t_migrate_v1);
	tcase_add_test(tc, t_too_many_blocs);
	tcase_add_test(tc, t_upsert_replaces);
	tcase_add_test(tc, t_sha256_key);
	tcase_add_test(tc, t_get_roundtrip);
	tcase_add_test(tc, t_get_not_found);
	tcase_add_test(tc, t_not_ours_untouched);
	tcase_add_test(tc, t_newer_schema_untouched);
	tcase_add_test(tc, t_readonly);
	tcase_add_test(tc, t_batch_failure);
	suite_add_tcase(s, tc);
	return s;
}
