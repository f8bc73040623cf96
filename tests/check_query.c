/*
 * check_query.c - unit tests of query.c: every option alone and together,
 * the same answers from the database and from records in memory, values
 * that look like SQL or FTS5 syntax taken as plain data, and the counts of
 * "rncp stats".
 */
#include <sqlite3.h>

#include "check_util.h"
#include "store.h"

/* the samples in key order (codes, then the REAC keyed by its hash) */
static const char *const names[] = {"rncp14392.txt", "rncp19542.txt", "rncp37454.txt",
                                    "rncp40864.txt", "example-web-rncp.txt",
                                    "example-web-rs.txt", "reac-trte.txt"};
static rncp_record *recs[ARRAY_LEN(names)];
static rncp_db *db;
static char dir[64];

static void
setup(void)
{
	char path[128];
	rncp_error e = {0};
	size_t i;

	strcpy(dir, "/tmp/rncp-query-XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/rncp.db", dir);
	ck_assert_int_eq(rncp_db_open(path, 0, &db, &e), RNCP_OK);
	for (i = 0; i < ARRAY_LEN(names); i++) {
		recs[i] = parse_sample(names[i]);
		ck_assert_int_eq(rncp_db_put(db, recs[i], &e), RNCP_OK);
	}
}

static void
teardown(void)
{
	char cmd[128];
	size_t i;

	rncp_db_close(db);
	db = NULL;
	for (i = 0; i < ARRAY_LEN(names); i++)
		rncp_record_free(recs[i]);
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	ck_assert_int_eq(system(cmd), 0);
}

static int
collect(const rncp_record *r, void *ctx)
{
	rncp_buf *b = ctx;

	if (b->len > 0)
		buf_putc(b, ',');
	buf_puts(b, r->code ? r->code : "REAC");
	return 0;
}

/* One list of codes into b, those q matches when q is given. */
static void
collect_codes(rncp_buf *b, const rncp_coded *v, size_t n, const rncp_query *q, rncp_qlist l)
{
	size_t i, k = 0;

	buf_putc(b, '|');
	for (i = 0; i < n; i++)
		if (q == NULL || rncp_query_code_match(q, l, v[i].code)) {
			buf_puts(b, k++ ? "," : "");
			buf_puts(b, v[i].code);
		}
}

/* "CODE:BC,BC|ROME|NSF|FORMA" for a record and the codes of its blocs
 * and lists (all those loaded, or with q those q matches); a list q does
 * not filter on is left out. */
static void
collect_lists(rncp_buf *b, const rncp_record *r, const rncp_query *q, const rncp_query *f)
{
	size_t i, k = 0;

	buf_puts(b, b->len > 0 ? ";" : "");
	buf_puts(b, r->code ? r->code : "REAC");
	buf_putc(b, ':');
	for (i = 0; i < r->nblocs && f->nbloc; i++)
		if (r->blocs[i].code != NULL && (q == NULL || rncp_query_bloc_match(q, &r->blocs[i]))) {
			buf_puts(b, k++ ? "," : "");
			buf_puts(b, r->blocs[i].code);
		}
	if (f->nrome)
		collect_codes(b, r->rome, r->nrome, q, RNCP_QL_ROME);
	if (f->nnsf)
		collect_codes(b, r->nsf, r->nnsf, q, RNCP_QL_NSF);
	if (f->nformacode)
		collect_codes(b, r->formacodes, r->nformacodes, q, RNCP_QL_FORMACODE);
}

typedef struct hits_ctx {
	rncp_buf b;
	const rncp_query *q;
} hits_ctx;

static int
collect_hits(const rncp_record *r, void *ctx)
{
	hits_ctx *h = ctx;

	collect_lists(&h->b, r, NULL, h->q);
	return 0;
}

/* The blocs and codes of the lists q filters on that the database gives
 * with the fiches (RNCP_LOAD_HITS) are those matched in memory. */
static void
expect_hits(const rncp_query *q)
{
	hits_ctx a = {{0}, q};
	rncp_buf m = {0};
	rncp_error e = {0};
	size_t i;

	ck_assert_int_eq(rncp_db_select(db, q, RNCP_LOAD_HITS, collect_hits, &a, NULL, &e),
	                 RNCP_OK);
	for (i = 0; i < ARRAY_LEN(names); i++)
		if (rncp_query_match(q, recs[i]))
			collect_lists(&m, recs[i], q, q);
	ck_assert_str_eq(a.b.s ? a.b.s : "", m.s ? m.s : "");
	rncp_buf_free(&a.b);
	rncp_buf_free(&m);
}

/* collect, for records loaded with RNCP_LOAD_BRIEF: the scalars it
 * leaves out are NULL */
static int
collect_brief(const rncp_record *r, void *ctx)
{
	ck_assert_ptr_null(r->expires);
	ck_assert_ptr_null(r->source_path);
	ck_assert_ptr_null(r->source_sha256);
	ck_assert_ptr_nonnull(r->title);
	return collect(r, ctx);
}

/* The fiches matching q, from the database and in memory, must both be
 * want (codes in key order, REAC for the fiche without one). */
static void
expect(const rncp_query *q, const char *want)
{
	rncp_buf a = {0}, m = {0};
	rncp_error e = {0};
	size_t i, n = 0, count = 0;

	ck_assert_msg(rncp_db_query(db, q, collect, &a, &n, &e) == RNCP_OK, "%s", e.msg);
	for (i = 0; i < ARRAY_LEN(names); i++)
		if (rncp_query_match(q, recs[i]))
			collect(recs[i], &m);
	ck_assert_str_eq(a.s ? a.s : "", want);
	ck_assert_str_eq(m.s ? m.s : "", want);
	ck_assert_int_eq(rncp_db_select(db, q, 0, NULL, NULL, &count, &e), RNCP_OK);
	ck_assert_uint_eq(count, n);
	rncp_buf_free(&a);
	ck_assert_int_eq(rncp_db_select(db, q, RNCP_LOAD_BRIEF, collect_brief, &a, NULL, &e),
	                 RNCP_OK);
	ck_assert_str_eq(a.s ? a.s : "", want);
	if (q->nbloc || q->nrome || q->nnsf || q->nformacode)
		expect_hits(q);
	rncp_buf_free(&a);
	rncp_buf_free(&m);
}

/* A query written as "opt=value|value;opt=value": a repeated option's
 * values separated by '|' (they OR), options by ';' (they AND).  The
 * strings live in store (a copy of spec). */
typedef struct spec_query {
	rncp_query q;
	char store[256];
	const char *v[8][8];
} spec_query;

static const char *const opt_names[] = {"rome", "nsf", "level", "bloc", "formacode",
                                        "certifier", "text", "status"};

static void
spec_parse(spec_query *sq, const char *spec)
{
	char *opt, *val, *save = NULL, *save2 = NULL;
	size_t k, n;

	memset(sq, 0, sizeof(*sq));
	ck_assert_uint_lt(strlen(spec), sizeof(sq->store));
	strcpy(sq->store, spec);
	for (opt = strtok_r(sq->store, ";", &save); opt; opt = strtok_r(NULL, ";", &save)) {
		val = strchr(opt, '=');
		ck_assert_ptr_nonnull(val);
		*val++ = '\0';
		for (k = 0; k < ARRAY_LEN(opt_names) && strcmp(opt, opt_names[k]) != 0; k++)
			;
		ck_assert_msg(k < ARRAY_LEN(opt_names), "bad test spec %s", spec);
		n = 0;
		for (val = strtok_r(val, "|", &save2); val; val = strtok_r(NULL, "|", &save2))
			sq->v[k][n++] = val;
		switch (k) {
		case 0: sq->q.rome = sq->v[k], sq->q.nrome = n; break;
		case 1: sq->q.nsf = sq->v[k], sq->q.nnsf = n; break;
		case 2: sq->q.level = sq->v[k], sq->q.nlevel = n; break;
		case 3: sq->q.bloc = sq->v[k], sq->q.nbloc = n; break;
		case 4: sq->q.formacode = sq->v[k], sq->q.nformacode = n; break;
		case 5: sq->q.certifier = sq->v[k], sq->q.ncertifier = n; break;
		case 6: sq->q.text = sq->v[k], sq->q.ntext = n; break;
		default: sq->q.status = sq->v[k], sq->q.nstatus = n; break;
		}
	}
}

#define ALL "RNCP14392,RNCP19542,RNCP37454,RNCP40864,RNCP99001,RS99002,REAC"
#define M18 "RNCP14392,RNCP19542,RNCP37454,RNCP40864"

static const struct {
	const char *spec, *want;
} cases[] = {
    {"rome=M1801", M18},
    {"rome=m1804", "RNCP19542"}, /* any case */
    {"rome=M18", M18},           /* the domain */
    {"rome=I14", "RNCP19542,RNCP37454,RNCP40864,REAC"},
    {"rome=N", "RNCP99001"},
    {"rome=M1804|N1302", "RNCP19542,RNCP99001"}, /* repeated: OR */
    {"nsf=326", M18 ",REAC"},                    /* the group with every letter */
    {"nsf=326r", "RNCP19542,RNCP40864,REAC"},
    {"nsf=311", "RNCP99001,RS99002"},
    {"nsf=311U|310m", "RNCP99001,RS99002"},
    {"nsf=999", ""},
    {"level=5", M18},
    {"level=III", M18}, /* 1969 level III is European 5 */
    {"level=iv", "REAC"},
    {"level=5-7", M18 ",RNCP99001"},
    {"level=IV-III", M18 ",REAC"},
    {"level=4|6", "RNCP99001,REAC"},
    {"level=8", ""},
    {"bloc=RNCP37454BC02", "RNCP37454"},
    {"bloc=rncp14392bc06", "RNCP14392"},
    {"bloc=RNCP37454BC09", ""},
    /* words, without regard to case or accents, as prefixes */
    {"bloc=sécurité réseau", "RNCP14392,RNCP40864"},
    {"bloc=SECURITE RESEAU", "RNCP14392,RNCP40864"},
    {"bloc=telecommunications", "REAC"},
    /* a word searched as the terms it begins (sécu: 5 of them) or, when it
     * begins more than 32 (d: 51), as a prefix */
    {"bloc=sécu", "RNCP14392,RNCP19542,RNCP37454,RNCP40864"},
    {"bloc=d", "RNCP14392,RNCP19542,RNCP37454,RNCP40864,RNCP99001,REAC"},
    {"bloc=d sécu", "RNCP14392,RNCP19542,RNCP37454,RNCP40864"},
    {"bloc=zzz", ""},
    {"bloc=RNCP19542BC01|logistique", "RNCP19542,RNCP99001"}, /* a code or words */
    {"bloc=Gestionnaire", ""}, /* bloc words are not looked for in titles */
    /* the words of a value in one bloc: RNCP14392 has "linux" in one bloc
     * and "windows" in another */
    {"bloc=linux windows", "RNCP37454,RNCP40864"},
    {"text=linux windows", "RNCP14392,RNCP37454,RNCP40864"},
    {"bloc=gérer déployer", ""},
    {"bloc=gérer déployer|sauvegarde", "RNCP14392,RNCP19542,RNCP40864"},
    {"formacode=31812", "RNCP99001"},
    {"formacode=24220|242 31", "RNCP37454,RNCP40864"},
    {"certifier=cesi", "RNCP14392,RNCP40864"},
    {"certifier=École Supérieure", "RNCP99001"}, /* accents and case ignored */
    {"certifier=77572257201109", "RNCP40864"},   /* SIRET, exactly */
    {"certifier=7757225720110", ""},
    {"certifier=& caux", "RNCP19542"},
    {"text=télécom", "RNCP14392,RNCP19542,REAC"},
    {"text=chariots", "RS99002"},
    {"text=Administrateur linux", "RNCP14392,RNCP37454"}, /* a job and a bloc title */
    {"text=informatique logistique", ""},
    {"status=inactive", "RNCP14392,RNCP19542"},
    {"status=ACTIVE", "RNCP37454,RNCP40864,RNCP99001,RS99002"},
    /* different options AND */
    {"rome=M18;nsf=326r", "RNCP19542,RNCP40864"},
    {"rome=M18;nsf=326r;level=5;status=active", "RNCP40864"},
    {"rome=M18;nsf=326r;level=5;status=active;bloc=parc;certifier=cesi;formacode=31081;"
     "text=support",
     "RNCP40864"},
    {"rome=M18;certifier=CCI;status=active", ""},
    {"level=5;text=réseaux|logistique", M18},
};

START_TEST(t_cases)
{
	spec_query sq;

	spec_parse(&sq, cases[_i].spec);
	expect(&sq.q, cases[_i].want);
}
END_TEST

START_TEST(t_no_filter)
{
	rncp_query q = {0};
	rncp_buf b = {0};

	expect(&q, ALL);
	ck_assert_int_eq(rncp_db_query(db, NULL, collect, &b, NULL, NULL), RNCP_OK); /* NULL: all */
	ck_assert_str_eq(b.s, ALL);
	rncp_buf_free(&b);
}
END_TEST

START_TEST(t_bloc_match_one)
{
	spec_query sq;
	const rncp_record *r = recs[3]; /* RNCP40864 */

	spec_parse(&sq, "bloc=RNCP40864BC03");
	ck_assert(!rncp_query_bloc_match(&sq.q, &r->blocs[0]));
	ck_assert(rncp_query_bloc_match(&sq.q, &r->blocs[2]));
	spec_parse(&sq, "bloc=déployer parc");
	ck_assert(rncp_query_bloc_match(&sq.q, &r->blocs[0]));
	ck_assert(!rncp_query_bloc_match(&sq.q, &r->blocs[3]));
}
END_TEST

/* Values that are SQL, LIKE or FTS5 syntax are plain data: no error, no
 * effect on the store, and they match only what they say as words. */
START_TEST(t_injection)
{
	static const char *const texts[] = {
	    "'; DROP TABLE fiches; --", "\" OR 1=1 --", "\"", "NEAR(a b)", "a OR b", "réseau*",
	    "-réseau", "réseau NOT linux", "title:réseau", "{title}: x", "^réseau", "%", "_",
	    "100%", "\\", "a\"b", "(", ")"};
	static const char *const certs[] = {"%", "_", "'", "\"", "' OR '1'='1", "\\%"};
	rncp_query q = {0};
	spec_query sq;
	rncp_error e = {0};
	size_t i, n;

	for (i = 0; i < ARRAY_LEN(texts); i++) {
		memset(&q, 0, sizeof(q));
		q.text = (const char **)&texts[i];
		q.ntext = 1;
		if (rncp_query_validate(&q, &e) != RNCP_OK) {
			ck_assert_int_eq(e.status, RNCP_EUSAGE); /* no words at all */
			continue;
		}
		ck_assert_msg(rncp_db_select(db, &q, 0, NULL, NULL, &n, &e) == RNCP_OK, "%s: %s",
		              texts[i], e.msg);
		q.bloc = q.text;
		q.nbloc = 1;
		q.ntext = 0;
		ck_assert_msg(rncp_db_select(db, &q, 0, NULL, NULL, &n, &e) == RNCP_OK, "%s: %s",
		              texts[i], e.msg);
	}
	for (i = 0; i < ARRAY_LEN(certs); i++) {
		memset(&q, 0, sizeof(q));
		q.certifier = (const char **)&certs[i];
		q.ncertifier = 1;
		expect(&q, "");
	}
	/* operators are words: "réseau NOT linux" needs the word "not" */
	spec_parse(&sq, "text=réseau NOT linux");
	expect(&sq.q, "");
	spec_parse(&sq, "text=-réseau*"); /* punctuation separates words */
	expect(&sq.q, M18 ",REAC");
	spec_parse(&sq, "text=informatique OR logistique"); /* as an operator: 6 fiches */
	expect(&sq.q, "");
	spec_parse(&sq, "text=NEAR");
	expect(&sq.q, "");
	/* terms a --bloc word becomes are FTS5 strings too, whatever the file
	 * holds (rncp writes letters and digits only) */
	ck_assert_int_eq(sqlite3_exec(db->sql,
	                              "INSERT INTO bloc_terms VALUES ('securite\" OR \"linux'),"
	                              " ('securite) NEAR('), ('securitee\"')",
	                              NULL, NULL, NULL),
	                 SQLITE_OK);
	spec_parse(&sq, "bloc=sécurité réseau");
	expect(&sq.q, "RNCP14392,RNCP40864");
	expect(&(rncp_query){0}, ALL); /* nothing dropped */
}
END_TEST

START_TEST(t_validate)
{
	static const char *const bad[] = {
	    "rome=1801",      "rome=Z1801",  "rome=M18011",   "rome=M180",     "nsf=32",
	    "nsf=326q",       "nsf=3261",    "level=9",       "level=0",       "level=7-5",
	    "level=VI",       "level=5-",    "formacode=1234", "formacode=3181", "status=actif",
	    "bloc=...",       "text=*",      "certifier= ",
	};
	size_t i;

	for (i = 0; i < ARRAY_LEN(bad); i++) {
		spec_query sq;
		rncp_error e = {0};
		char want[64];
		const char *eq = strchr(bad[i], '=');
		spec_parse(&sq, bad[i]);
		ck_assert_msg(rncp_query_validate(&sq.q, &e) == RNCP_EUSAGE, "%s accepted", bad[i]);
		/* the message names the option and the value */
		snprintf(want, sizeof(want), "--%.*s '%s'", (int)(eq - bad[i]), bad[i], eq + 1);
		ck_assert_msg(strstr(e.msg, want) != NULL, "%s", e.msg);
		/* and no query runs */
		ck_assert_int_eq(rncp_db_query(db, &sq.q, collect, NULL, NULL, &e), RNCP_EUSAGE);
	}
}
END_TEST

static int
stat_line(const char *key, const char *label, long count, void *ctx)
{
	rncp_buf *b = ctx;

	buf_printf(b, "%s|%s|%ld\n", key ? key : "-", label ? label : "-", count);
	return 0;
}

static const char *
stats(const rncp_query *q, rncp_stat_by by, rncp_buf *b)
{
	rncp_error e = {0};

	b->len = 0;
	ck_assert_msg(rncp_db_stats(db, q, by, stat_line, b, &e) == RNCP_OK, "%s", e.msg);
	return b->s ? b->s : "";
}

START_TEST(t_stats)
{
	rncp_buf b = {0};
	spec_query sq;

	ck_assert_str_eq(stats(NULL, RNCP_BY_LEVEL, &b), "4|IV|1\n5|III|4\n6|II|1\n-|-|1\n");
	ck_assert_str_eq(stats(NULL, RNCP_BY_ROME_DOMAIN, &b),
	                 "I13|-|1\nI14|-|4\nM18|-|4\nN13|-|1\n-|-|1\n");
	spec_parse(&sq, "status=active");
	ck_assert_str_eq(stats(&sq.q, RNCP_BY_ROME_DOMAIN, &b), "I14|-|2\nM18|-|2\nN13|-|1\n-|-|1\n");
	spec_parse(&sq, "status=active;level=5");
	ck_assert_str_eq(stats(&sq.q, RNCP_BY_ROME, &b),
	                 "I1401|Maintenance informatique et bureautique|2\n"
	                 "M1801|Administration de systèmes d'information|2\n"
	                 "M1810|Production et exploitation de systèmes d'information|2\n");
	spec_parse(&sq, "nsf=326");
	ck_assert_str_eq(stats(&sq.q, RNCP_BY_NSF, &b),
	                 "326|Informatique, traitement de l'information, réseaux de transmission|2\n"
	                 "326r|Assistance informatique, maintenance de logiciels et réseaux|3\n");
	ck_assert_str_eq(stats(&sq.q, RNCP_BY_CERTIFIER, &b),
	                 "CCI & CAUX|-|1\nCESI|-|1\nCESI|77572257201109|1\n"
	                 "HAUT COMMISSARIAT DE LA REPUBLIQUE EN POLYNESIE FRANCAISE|17987301300017|1\n"
	                 "-|-|1\n");
	rncp_buf_free(&b);
}
END_TEST

/*
 * A query reads one state of the database.  Its statements run one after
 * the other (the bloc matches, then the fiches); another connection
 * replaces RNCP40864 (deleted, stored again under a new id) just as the
 * last one starts.  The answer must still hold it, with its matched bloc,
 * as it was when the query began.
 */
static struct {
	rncp_db *writer;
	const char *marker; /* in the SQL of the statement to replace before */
	int done;
} replace_once;

static int
replace_before(unsigned type, void *ctx, void *stmt, void *x)
{
	const char *sql = sqlite3_sql(stmt);
	rncp_error e = {0};

	(void)type, (void)ctx, (void)x;
	if (!replace_once.done && sql != NULL && strstr(sql, replace_once.marker) != NULL) {
		replace_once.done = 1;
		ck_assert_int_eq(rncp_db_put(replace_once.writer, recs[3], &e), RNCP_OK);
	}
	return 0;
}

START_TEST(t_one_snapshot)
{
	char path[128];
	rncp_db *reader = NULL;
	rncp_error e = {0};
	rncp_buf want = {0}, b = {0};
	spec_query sq;
	hits_ctx got = {{0}, &sq.q};
	size_t i;

	snprintf(path, sizeof(path), "%s/rncp.db", dir);
	ck_assert_int_eq(rncp_db_open(path, RNCP_DB_READONLY, &reader, &e), RNCP_OK);
	ck_assert_int_eq(rncp_db_open(path, 0, &replace_once.writer, &e), RNCP_OK);
	sqlite3_trace_v2(reader->sql, SQLITE_TRACE_STMT, replace_before, NULL);
	spec_parse(&sq, "bloc=sécurité réseau");
	for (i = 0; i < ARRAY_LEN(names); i++)
		if (rncp_query_match(&sq.q, recs[i]))
			collect_lists(&want, recs[i], &sq.q, &sq.q);
	ck_assert_ptr_nonnull(strstr(want.s, "RNCP40864:"));

	replace_once.marker = "ORDER BY f.key"; /* the fiches, after the matches */
	replace_once.done = 0;
	ck_assert_int_eq(rncp_db_select(reader, &sq.q, RNCP_LOAD_BRIEF | RNCP_LOAD_HITS,
	                                collect_hits, &got, NULL, &e), RNCP_OK);
	ck_assert(replace_once.done);
	ck_assert_str_eq(got.b.s, want.s);

	/* the counts of rncp stats likewise */
	replace_once.marker = "GROUP BY";
	replace_once.done = 0;
	ck_assert_int_eq(rncp_db_stats(reader, &sq.q, RNCP_BY_LEVEL, stat_line, &b, &e), RNCP_OK);
	ck_assert(replace_once.done);
	ck_assert_str_eq(b.s, "5|III|2\n");

	/* after the query, the record as replaced */
	got.b.len = 0;
	ck_assert_int_eq(rncp_db_select(reader, &sq.q, RNCP_LOAD_BRIEF | RNCP_LOAD_HITS,
	                                collect_hits, &got, NULL, &e), RNCP_OK);
	ck_assert_str_eq(got.b.s, want.s);
	rncp_db_close(replace_once.writer);
	rncp_db_close(reader);
	rncp_buf_free(&want);
	rncp_buf_free(&got.b);
	rncp_buf_free(&b);
}
END_TEST

/* collect, and each record has the codes of its matched blocs */
static int
collect_with_blocs(const rncp_record *r, void *ctx)
{
	ck_assert_uint_gt(r->nblocs, 0);
	ck_assert_ptr_nonnull(r->blocs[0].code);
	return collect(r, ctx);
}

/* --bloc matching many of the fiches (their ids put in key order before
 * the rows are read: ids_by_key) gives them in key order, as for a few:
 * 100 copies of a fiche stored in an order that is not their codes'. */
START_TEST(t_bloc_key_order)
{
	char path[128];
	rncp_db *many = NULL;
	rncp_error e = {0};
	rncp_buf got = {0}, want = {0};
	rncp_record *r = parse_sample("rncp40864.txt");
	spec_query sq;
	int i;

	snprintf(path, sizeof(path), "%s/many.db", dir);
	ck_assert_int_eq(rncp_db_open(path, 0, &many, &e), RNCP_OK);
	for (i = 0; i < 100; i++) {
		char code[16];
		snprintf(code, sizeof(code), "RNCP%d", 10000 + (i * 37) % 100);
		r->code = arena_strdup(r->arena, code);
		ck_assert_int_eq(rncp_db_put(many, r, &e), RNCP_OK);
	}
	for (i = 0; i < 100; i++) {
		char code[16];
		snprintf(code, sizeof(code), "RNCP%d", 10000 + i);
		collect(&(rncp_record){.code = code}, &want);
	}
	spec_parse(&sq, "bloc=sécurité réseau");
	ck_assert_int_eq(rncp_db_select(many, &sq.q, RNCP_LOAD_BRIEF | RNCP_LOAD_HITS,
	                                collect_with_blocs, &got, NULL, &e), RNCP_OK);
	ck_assert_str_eq(got.s, want.s);
	got.len = 0;
	spec_parse(&sq, "bloc=linux;level=5");
	ck_assert_int_eq(rncp_db_query(many, &sq.q, collect, &got, NULL, &e), RNCP_OK);
	ck_assert_str_eq(got.s, want.s);
	rncp_db_close(many);
	rncp_record_free(r);
	rncp_buf_free(&got);
	rncp_buf_free(&want);
}
END_TEST

/* A reader that opened a file of an older schema it could not bring up
 * to date (db->version 5) reads the version again with each query:
 * another process may have done it meanwhile. */
START_TEST(t_version_refresh)
{
	spec_query sq;

	db->version = 5;
	spec_parse(&sq, "bloc=sécurité réseau");
	expect(&sq.q, "RNCP14392,RNCP40864");
	ck_assert_int_eq(db->version, RNCP_SCHEMA_VERSION);
}
END_TEST

Suite *
suite_query(void)
{
	Suite *s = suite_create("query");
	TCase *tc = tcase_create("core");

	tcase_set_timeout(tc, 60);
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, t_no_filter);
	tcase_add_loop_test(tc, t_cases, 0, ARRAY_LEN(cases));
	tcase_add_test(tc, t_bloc_match_one);
	tcase_add_test(tc, t_injection);
	tcase_add_test(tc, t_validate);
	tcase_add_test(tc, t_stats);
	tcase_add_test(tc, t_one_snapshot);
	tcase_add_test(tc, t_bloc_key_order);
	tcase_add_test(tc, t_version_refresh);
	suite_add_tcase(s, tc);
	return s;
}
