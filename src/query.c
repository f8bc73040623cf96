/*
 * query.c - selecting records ("rncp query"): the values of a query checked
 * and normalised, matched against records held in memory, or turned into SQL
 * over the tables of store.c; stored records loaded back ("rncp show") and
 * counted ("rncp stats").  User values only ever reach SQLite as bound
 * parameters; words reach FTS5 as quoted strings, never as its syntax.
 */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <sqlite3.h>

#include "internal.h"
#include "store.h"

#define MAX_WORDS 32      /* words in one --text or --bloc value */
#define MAX_WORD 64       /* bytes of one word */
#define MAX_VALUES 256    /* values in one query, all options together */

/* ---- values: checked and normalised ---- */

static int
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static char
upper(char c)
{
	return c >= 'a' && c <= 'z' ? (char)(c - 'a' + 'A') : c;
}

static char
lower(char c)
{
	return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

/* "M1801" (exact), "M18" (domain) or "M" (the letter's jobs), upper-cased
 * into out.  Returns the length, 0 when malformed. */
static size_t
rome_value(const char *v, char out[6])
{
	size_t n = strlen(v), i;

	if (n != 1 && n != 3 && n != 5)
		return 0;
	out[0] = upper(v[0]);
	if (out[0] < 'A' || out[0] > 'N')
		return 0;
	for (i = 1; i < n; i++) {
		if (!is_digit(v[i]))
			return 0;
		out[i] = v[i];
	}
	out[n] = '\0';
	return n;
}

/* "326" (the group: every letter) or "326r" (exact), lower-cased into out.
 * Returns the length, 0 when malformed. */
static size_t
nsf_value(const char *v, char out[5])
{
	size_t n = strlen(v), i;

	if (n != 3 && n != 4)
		return 0;
	for (i = 0; i < 3; i++) {
		if (!is_digit(v[i]))
			return 0;
		out[i] = v[i];
	}
	if (n == 4) {
		out[3] = lower(v[3]);
		if (out[3] < 'a' || out[3] > 'z' || strchr(nsf_letters, out[3]) == NULL)
			return 0;
	}
	out[n] = '\0';
	return n;
}

/* Exactly `want` digits, spaces ignored ("310 81" is printed that way). */
static int
digits_value(const char *v, size_t want, char *out)
{
	size_t n = 0;

	for (; *v; v++) {
		if (*v == ' ')
			continue;
		if (!is_digit(*v) || n == want)
			return 0;
		out[n++] = *v;
	}
	out[n] = '\0';
	return n == want;
}

/* One level: European 1-8, or the 1969 level I-V (V=3 ... I=7). */
static int
level_one(const char *s, size_t n)
{
	static const char *const old[] = {"V", "IV", "III", "II", "I"};
	char buf[4];
	size_t i;

	if (n == 1 && s[0] >= '1' && s[0] <= '8')
		return s[0] - '0';
	if (n == 0 || n > 3)
		return 0;
	for (i = 0; i < n; i++)
		buf[i] = upper(s[i]);
	buf[n] = '\0';
	for (i = 0; i < ARRAY_LEN(old); i++)
		if (strcmp(buf, old[i]) == 0)
			return (int)(3 + i);
	return 0;
}

/* "5", "III", "5-7", "III-I": the range [*lo, *hi].  0 when malformed. */
static int
level_value(const char *v, int *lo, int *hi)
{
	const char *dash = strchr(v, '-');

	if (dash == NULL) {
		*lo = *hi = level_one(v, strlen(v));
		return *lo != 0;
	}
	*lo = level_one(v, (size_t)(dash - v));
	*hi = level_one(dash + 1, strlen(dash + 1));
	return *lo != 0 && *hi != 0 && *lo <= *hi;
}

/* A bloc code (RNCP37454BC02, RS5432BC01), upper-cased into out. */
static int
bloc_code_value(const char *v, char out[40])
{
	size_t n = strlen(v), i = 0, start;

	if (n >= 40)
		return 0;
	for (i = 0; i < n; i++)
		out[i] = upper(v[i]);
	out[n] = '\0';
	if (n > 4 && memcmp(out, "RNCP", 4) == 0)
		i = 4;
	else if (n > 2 && memcmp(out, "RS", 2) == 0)
		i = 2;
	else
		return 0;
	for (start = i; i < n && is_digit(out[i]); i++)
		;
	if (i == start || i + 2 > n || memcmp(out + i, "BC", 2) != 0)
		return 0;
	for (i += 2, start = i; i < n && is_digit(out[i]); i++)
		;
	return i > start && i == n;
}

static int
status_value(const char *v)
{
	return strcasecmp(v, "active") == 0 || strcasecmp(v, "inactive") == 0;
}

/* A value of a code list, normalised into out: *full says whether it is a
 * whole code or a prefix (ROME domain, NSF group).  0 when malformed. */
static size_t
code_value(rncp_qlist list, const char *v, char out[8], int *full)
{
	size_t n = 0;

	switch (list) {
	case RNCP_QL_ROME: n = rome_value(v, out); *full = n == 5; break;
	case RNCP_QL_NSF: n = nsf_value(v, out); *full = n == 4; break;
	case RNCP_QL_FORMACODE: n = digits_value(v, 5, out) ? 5 : 0; *full = 1; break;
	}
	return n;
}

/* ---- words ---- */

typedef struct words {
	size_t n;
	char folded[MAX_WORDS][MAX_WORD + 1]; /* lower case, no accents */
	const char *raw[MAX_WORDS];           /* as typed, for FTS5 */
	size_t rawlen[MAX_WORDS];
} words;

/* A character that belongs to a word, as FTS5's unicode61 tokenizer sees
 * it (letters and digits); punctuation and symbols separate words. */
static int
is_word_cp(unsigned cp)
{
	if (cp < 0x80)
		return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') ||
		       (cp >= 'A' && cp <= 'Z');
	if (cp < 0xC0)
		return cp == 0xAA || cp == 0xB5 || cp == 0xBA;
	if (cp == 0xD7 || cp == 0xF7 || cp == 0xFFFD)
		return 0;
	if ((cp >= 0x2000 && cp <= 0x2BFF) || (cp >= 0x3000 && cp <= 0x303F) ||
	    (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF0F))
		return 0;
	return 1;
}

/* The next word of s[*pos..n): its bytes [*start, *pos).  0 at the end. */
static int
next_word(const char *s, size_t n, size_t *pos, size_t *start)
{
	const unsigned char *p = (const unsigned char *)s;
	unsigned cp;
	size_t i = *pos, k;

	for (;;) {
		if (i >= n)
			return 0;
		k = utf8_decode(p + i, n - i, &cp);
		if (is_word_cp(cp))
			break;
		i += k;
	}
	*start = i;
	while (i < n) {
		k = utf8_decode(p + i, n - i, &cp);
		if (!is_word_cp(cp))
			break;
		i += k;
	}
	*pos = i;
	return 1;
}

/* Fold s[0..n) (lower case, no accents) into tmp, reset first. */
static const char *
fold(const char *s, size_t n, rncp_buf *tmp)
{
	tmp->len = 0;
	if (fold_ascii(s, n, tmp) != 0 || buf_grow(tmp, 1) != 0)
		return NULL;
	tmp->s[tmp->len] = '\0';
	return tmp->s;
}

/* Split a value into words.  -1: none, too many, or one too long. */
static int
split_words(const char *v, words *w)
{
	rncp_buf tmp = {0};
	size_t n = strlen(v), pos = 0, start;
	const char *f;
	int rc = -1;

	w->n = 0;
	while (next_word(v, n, &pos, &start)) {
		if (w->n == MAX_WORDS)
			goto out;
		f = fold(v + start, pos - start, &tmp);
		if (f == NULL || strlen(f) > MAX_WORD)
			goto out;
		strcpy(w->folded[w->n], f);
		w->raw[w->n] = v + start;
		w->rawlen[w->n] = pos - start;
		w->n++;
	}
	rc = w->n > 0 ? 0 : -1;
out:
	rncp_buf_free(&tmp);
	return rc;
}

/* Does some word of s start with the folded word fw?  s is folded whole,
 * once, and fw searched in it: folding maps letters to letters one by
 * one, so the words of the folded text are those of s.  (Folding word by
 * word was 70% of a --bloc query printing its matched blocs.) */
static int
has_word(const char *s, const char *fw, rncp_buf *tmp)
{
	const char *f, *p;

	if (s == NULL || *fw == '\0')
		return s != NULL;
	f = fold(s, strlen(s), tmp);
	if (f == NULL)
		return 0;
	for (p = f; (p = strstr(p, fw)) != NULL; p++) {
		const char *q = p;
		unsigned cp;
		if (p == f)
			return 1;
		/* the character before: a word goes on, or one starts here */
		do
			q--;
		while (q > f && ((unsigned char)*q & 0xC0) == 0x80);
		utf8_decode((const unsigned char *)q, (size_t)(p - q), &cp);
		if (!is_word_cp(cp))
			return 1;
	}
	return 0;
}

static int
has_word_in(char *const *v, size_t n, const char *fw, rncp_buf *tmp)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (has_word(v[i], fw, tmp))
			return 1;
	return 0;
}

static int
bloc_has_word(const rncp_bloc *b, const char *fw, rncp_buf *tmp)
{
	return has_word(b->title, fw, tmp) || has_word_in(b->skills, b->nskills, fw, tmp);
}

/* Every word of w somewhere in the record's title, blocs or jobs: the
 * columns of the FTS table. */
static int
record_has_words(const rncp_record *r, const words *w, rncp_buf *tmp)
{
	size_t i, j;
	int found;

	for (i = 0; i < w->n; i++) {
		const char *fw = w->folded[i];
		found = has_word(r->title, fw, tmp) || has_word_in(r->jobs, r->njobs, fw, tmp);
		for (j = 0; !found && j < r->nblocs; j++)
			found = bloc_has_word(&r->blocs[j], fw, tmp);
		if (!found)
			return 0;
	}
	return 1;
}

/* ---- validation ---- */

static rncp_status
bad_value(rncp_error *err, const char *opt, const char *v, const char *why)
{
	set_error(err, RNCP_EUSAGE, 0, "--%s '%s': %s", opt, v, why);
	return RNCP_EUSAGE;
}

rncp_status
rncp_query_validate(const rncp_query *q, rncp_error *err)
{
	char buf[40];
	size_t i;
	int lo, hi;
	words w;

	if (q->nrome + q->nnsf + q->nlevel + q->nbloc + q->nformacode + q->ncertifier +
	        q->ntext + q->nstatus > MAX_VALUES) {
		set_error(err, RNCP_EUSAGE, 0, "too many values (at most %d in one query)",
		          MAX_VALUES);
		return RNCP_EUSAGE;
	}
	for (i = 0; i < q->nrome; i++)
		if (rome_value(q->rome[i], buf) == 0)
			return bad_value(err, "rome", q->rome[i],
			                 "not a ROME code: a letter A-N and four digits (M1801), "
			                 "or a domain (M18)");
	for (i = 0; i < q->nnsf; i++)
		if (nsf_value(q->nsf[i], buf) == 0)
			return bad_value(err, "nsf", q->nsf[i],
			                 "not an NSF code: three digits (326, the whole group) "
			                 "and an optional letter (326r)");
	for (i = 0; i < q->nlevel; i++)
		if (!level_value(q->level[i], &lo, &hi))
			return bad_value(err, "level", q->level[i],
			                 "not a level: 1 to 8, a 1969 level I to V, or a range (5-7)");
	for (i = 0; i < q->nformacode; i++)
		if (!digits_value(q->formacode[i], 5, buf))
			return bad_value(err, "formacode", q->formacode[i],
			                 "not a Formacode: five digits (31081)");
	for (i = 0; i < q->nstatus; i++)
		if (!status_value(q->status[i]))
			return bad_value(err, "status", q->status[i], "active or inactive");
	for (i = 0; i < q->ncertifier; i++) {
		rncp_buf tmp = {0};
		const char *f = fold(q->certifier[i], strlen(q->certifier[i]), &tmp);
		int empty = f == NULL || strspn(f, " \t") == strlen(f);
		rncp_buf_free(&tmp);
		if (empty)
			return bad_value(err, "certifier", q->certifier[i],
			                 "give part of a certifier's name, or its SIRET (14 digits)");
	}
	for (i = 0; i < q->nbloc; i++)
		if (!bloc_code_value(q->bloc[i], buf) && split_words(q->bloc[i], &w) != 0)
			return bad_value(err, "bloc", q->bloc[i],
			                 "give a bloc code (RNCP37454BC02) or 1 to 32 words");
	for (i = 0; i < q->ntext; i++)
		if (split_words(q->text[i], &w) != 0)
			return bad_value(err, "text", q->text[i], "give 1 to 32 words");
	return RNCP_OK;
}

/* ---- matching records in memory ---- */

int
rncp_query_code_match(const rncp_query *q, rncp_qlist list, const char *code)
{
	const char *const *vals = list == RNCP_QL_ROME  ? q->rome
	                          : list == RNCP_QL_NSF ? q->nsf
	                                                : q->formacode;
	size_t nvals = list == RNCP_QL_ROME ? q->nrome : list == RNCP_QL_NSF ? q->nnsf : q->nformacode;
	char v[8];
	size_t i, n;
	int full;

	if (code == NULL)
		return 0;
	for (i = 0; i < nvals; i++)
		if ((n = code_value(list, vals[i], v, &full)) != 0 && strncmp(code, v, n) == 0 &&
		    (!full || code[n] == '\0'))
			return 1;
	return 0;
}

int
rncp_query_certifier_match(const rncp_query *q, const rncp_certifier *c)
{
	rncp_buf name = {0}, tmp = {0};
	char siret[15];
	size_t i;
	int hit = 0;

	for (i = 0; i < q->ncertifier && !hit; i++) {
		const char *v = q->certifier[i], *f;
		if (digits_value(v, 14, siret)) {
			hit = c->siret != NULL && strcmp(c->siret, siret) == 0;
			continue;
		}
		if (name.s == NULL && (fold_ascii(c->name, strlen(c->name), &name) != 0 ||
		                       buf_grow(&name, 1) != 0))
			break;
		f = fold(v, strlen(v), &tmp);
		hit = f != NULL && name.s != NULL && strstr(name.s, f) != NULL;
	}
	rncp_buf_free(&name);
	rncp_buf_free(&tmp);
	return hit;
}

static int
any_code(const rncp_query *q, rncp_qlist list, const rncp_coded *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (rncp_query_code_match(q, list, v[i].code))
			return 1;
	return 0;
}

/* A bloc matches a --bloc value when it has that code, or when every word
 * of the value is in its title or skills. */
int
rncp_query_bloc_match(const rncp_query *q, const rncp_bloc *b)
{
	rncp_buf tmp = {0};
	char code[40];
	size_t i, j;
	int hit = 0;
	words w;

	for (i = 0; i < q->nbloc && !hit; i++) {
		if (bloc_code_value(q->bloc[i], code))
			hit = b->code != NULL && strcmp(b->code, code) == 0;
		else if (split_words(q->bloc[i], &w) == 0)
			for (hit = 1, j = 0; j < w.n && hit; j++)
				hit = bloc_has_word(b, w.folded[j], &tmp);
	}
	rncp_buf_free(&tmp);
	return hit;
}

static int
blocs_match(const rncp_query *q, const rncp_record *r)
{
	size_t j;

	for (j = 0; j < r->nblocs; j++)
		if (rncp_query_bloc_match(q, &r->blocs[j]))
			return 1;
	return 0;
}

static int
text_match(const rncp_query *q, const rncp_record *r)
{
	rncp_buf tmp = {0};
	size_t i;
	int hit = 0;
	words w;

	for (i = 0; i < q->ntext && !hit; i++)
		hit = split_words(q->text[i], &w) == 0 && record_has_words(r, &w, &tmp);
	rncp_buf_free(&tmp);
	return hit;
}

int
rncp_query_match(const rncp_query *q, const rncp_record *r)
{
	size_t i;
	int lo, hi, hit;

	if (q->nrome && !any_code(q, RNCP_QL_ROME, r->rome, r->nrome))
		return 0;
	if (q->nnsf && !any_code(q, RNCP_QL_NSF, r->nsf, r->nnsf))
		return 0;
	if (q->nformacode && !any_code(q, RNCP_QL_FORMACODE, r->formacodes, r->nformacodes))
		return 0;
	if (q->nlevel) {
		for (hit = 0, i = 0; i < q->nlevel && !hit; i++)
			hit = level_value(q->level[i], &lo, &hi) && r->level_eu >= lo &&
			      r->level_eu <= hi;
		if (!hit)
			return 0;
	}
	if (q->nstatus) {
		for (hit = 0, i = 0; i < q->nstatus && !hit; i++)
			hit = r->status != NULL && strcasecmp(r->status, q->status[i]) == 0;
		if (!hit)
			return 0;
	}
	if (q->ncertifier) {
		for (hit = 0, i = 0; i < r->ncertifiers && !hit; i++)
			hit = rncp_query_certifier_match(q, &r->certifiers[i]);
		if (!hit)
			return 0;
	}
	if (q->nbloc && !blocs_match(q, r))
		return 0;
	if (q->ntext && !text_match(q, r))
		return 0;
	return 1;
}

/* ---- SQL from fixed fragments and bound values ---- */

/*
 * rncp_ids(p): the table-valued function over a set of fiche ids held in
 * memory, p an id_set bound with sqlite3_bind_pointer (type "rncp_ids").
 * How the fiches of the blocs --bloc matched reach the query's condition:
 * inserting them into a temporary table took 3,600 instructions an id.
 */
typedef struct id_set {
	sqlite3_int64 *v;
	size_t n;
} id_set;

typedef struct ids_cursor {
	sqlite3_vtab_cursor base;
	const id_set *set;
	size_t i;
} ids_cursor;

static int
ids_connect(sqlite3 *db, void *aux, int argc, const char *const *argv, sqlite3_vtab **out,
            char **errmsg)
{
	sqlite3_vtab *t;
	int rc;

	(void)aux, (void)argc, (void)argv, (void)errmsg;
	if ((rc = sqlite3_declare_vtab(db, "CREATE TABLE x(value INTEGER, p HIDDEN)")) != SQLITE_OK)
		return rc;
	if ((t = sqlite3_malloc(sizeof(*t))) == NULL)
		return SQLITE_NOMEM;
	memset(t, 0, sizeof(*t));
	*out = t;
	return SQLITE_OK;
}

static int
ids_disconnect(sqlite3_vtab *t)
{
	sqlite3_free(t);
	return SQLITE_OK;
}

/* Only with its argument: rncp_ids(p).  Its rows come in the set's order,
 * their rowids ascending: ORDER BY its rowid costs nothing. */
static int
ids_best_index(sqlite3_vtab *t, sqlite3_index_info *info)
{
	int i;

	(void)t;
	for (i = 0; i < info->nConstraint; i++) {
		const struct sqlite3_index_constraint *c = &info->aConstraint[i];
		if (c->iColumn == 1 && c->op == SQLITE_INDEX_CONSTRAINT_EQ && c->usable) {
			info->aConstraintUsage[i].argvIndex = 1;
			info->aConstraintUsage[i].omit = 1;
			info->estimatedCost = 1000;
			info->estimatedRows = 1000;
			info->orderByConsumed = info->nOrderBy == 1 && info->aOrderBy[0].iColumn == -1 &&
			                        !info->aOrderBy[0].desc;
			return SQLITE_OK;
		}
	}
	return SQLITE_CONSTRAINT;
}

static int
ids_open(sqlite3_vtab *t, sqlite3_vtab_cursor **out)
{
	ids_cursor *c = sqlite3_malloc(sizeof(*c));

	(void)t;
	if (c == NULL)
		return SQLITE_NOMEM;
	memset(c, 0, sizeof(*c));
	*out = &c->base;
	return SQLITE_OK;
}

static int
ids_close(sqlite3_vtab_cursor *c)
{
	sqlite3_free(c);
	return SQLITE_OK;
}

static int
ids_filter(sqlite3_vtab_cursor *base, int idx, const char *idxstr, int argc, sqlite3_value **argv)
{
	ids_cursor *c = (ids_cursor *)base;

	(void)idx, (void)idxstr;
	c->set = argc == 1 ? sqlite3_value_pointer(argv[0], "rncp_ids") : NULL;
	c->i = 0;
	return SQLITE_OK;
}

static int
ids_next(sqlite3_vtab_cursor *base)
{
	((ids_cursor *)base)->i++;
	return SQLITE_OK;
}

static int
ids_eof(sqlite3_vtab_cursor *base)
{
	ids_cursor *c = (ids_cursor *)base;

	return c->set == NULL || c->i >= c->set->n;
}

static int
ids_column(sqlite3_vtab_cursor *base, sqlite3_context *ctx, int col)
{
	ids_cursor *c = (ids_cursor *)base;

	if (col == 0)
		sqlite3_result_int64(ctx, c->set->v[c->i]);
	return SQLITE_OK;
}

static int
ids_rowid(sqlite3_vtab_cursor *base, sqlite3_int64 *rowid)
{
	*rowid = (sqlite3_int64)((ids_cursor *)base)->i;
	return SQLITE_OK;
}

static const sqlite3_module ids_module = {
    .xConnect = ids_connect,
    .xBestIndex = ids_best_index,
    .xDisconnect = ids_disconnect,
    .xOpen = ids_open,
    .xClose = ids_close,
    .xFilter = ids_filter,
    .xNext = ids_next,
    .xEof = ids_eof,
    .xColumn = ids_column,
    .xRowid = ids_rowid,
};


#define MAX_BINDS (MAX_VALUES * 2 + 8)

typedef struct sqlq {
	rncp_buf sql;
	struct rncp_arena *arena;       /* the bound strings */
	const char *text[MAX_BINDS];    /* NULL: bind ival */
	int ival[MAX_BINDS];
	int n;
	int ids_param; /* the parameter bound to ids, 0 for none */
	id_set ids;
	int ids_by_key; /* ids are in the order of the fiches' keys */
	int failed;
} sqlq;

static void
sql_add(sqlq *qq, const char *fragment)
{
	if (buf_puts(&qq->sql, fragment) != 0)
		qq->failed = 1;
}

/* Append a fragment with one "?" and bind s (copied) to it. */
static void
sql_bind(sqlq *qq, const char *fragment, const char *s, size_t n)
{
	char *c;

	sql_add(qq, fragment);
	if (qq->n == MAX_BINDS || (c = arena_strndup(qq->arena, s, n)) == NULL) {
		qq->failed = 1;
		return;
	}
	qq->text[qq->n++] = c;
}

static void
sql_bind_int(sqlq *qq, const char *fragment, int v)
{
	sql_add(qq, fragment);
	if (qq->n == MAX_BINDS) {
		qq->failed = 1;
		return;
	}
	qq->text[qq->n] = NULL;
	qq->ival[qq->n++] = v;
}

/* code = ? for a full code, a range for a prefix: 'M18' <= code < 'M18:'
 * (':' follows the digits), '326' <= code < '326{' ('{' follows 'z'), so
 * the index on the code serves both. */
static void
sql_code(sqlq *qq, const char *v, size_t n, int full, char after)
{
	char hi[8];

	if (full) {
		sql_bind(qq, "code = ?", v, n);
		return;
	}
	memcpy(hi, v, n);
	hi[n] = after;
	sql_bind(qq, "(code >= ?", v, n);
	sql_bind(qq, " AND code < ?)", hi, n + 1);
}

/* The values of one code list, ORed, in the subquery opened by head. */
static void
sql_codes(sqlq *qq, const char *head, const char *const *vals, size_t nvals, rncp_qlist list)
{
	char v[8];
	size_t i, n;
	int full = 1;

	if (nvals == 0)
		return;
	sql_add(qq, head);
	for (i = 0; i < nvals; i++) {
		n = code_value(list, vals[i], v, &full);
		sql_add(qq, i ? " OR " : "");
		sql_code(qq, v, n, full, list == RNCP_QL_NSF ? '{' : ':');
	}
	sql_add(qq, ")");
}

#define MAX_TERMS 32 /* terms a --bloc word is searched as, else a prefix */

typedef struct one_token {
	char t[4 * MAX_WORD];
	int n, count;
} one_token;

static int
keep_token(void *p, const char *t, int n)
{
	one_token *k = p;

	if (k->count++ == 0 && n < (int)sizeof(k->t)) {
		memcpy(k->t, t, (size_t)n);
		k->n = n;
	}
	return k->count > 1; /* a second: stop */
}

/*
 * A --bloc word w[0..n) as the terms of bloc_terms it begins, an FTS5 OR
 * of strings into b: what the prefix query "w"* matches, without FTS5
 * merging the lists of those terms at each query (two thirds of the time
 * of its search).  -1, b untouched, when w stays a prefix query: not one
 * term, beginning none or more than MAX_TERMS terms, or a database of
 * before bloc_terms (a reader that could not bring it up to date).
 */
static int
bloc_word_terms(rncp_db *db, const char *w, size_t n, rncp_buf *b)
{
	one_token k = {{0}, 0, 0};
	sqlite3_stmt *s;
	size_t start = b->len, nterms = 0;
	int rc;

	if (db_bloc_tokens(db, w, (int)n, keep_token, &k) < 0 || k.count != 1 || k.n == 0)
		return -1;
	s = db_stmt(db, ST_Q_TERMS, "SELECT term FROM bloc_terms WHERE term >= ?1 ORDER BY term");
	if (s == NULL)
		return -1;
	sqlite3_bind_text(s, 1, k.t, k.n, SQLITE_STATIC);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		const char *t = (const char *)sqlite3_column_text(s, 0);
		if (t == NULL || strncmp(t, k.t, (size_t)k.n) != 0)
			break;
		if (nterms++ == MAX_TERMS)
			break;
		buf_puts(b, nterms > 1 ? " OR \"" : "(\"");
		for (; *t; t++) { /* letters and digits, unless the file was made otherwise */
			if (*t == '"')
				buf_putc(b, '"');
			buf_putc(b, *t);
		}
		buf_putc(b, '"');
	}
	sqlite3_reset(s);
	if ((rc != SQLITE_ROW && rc != SQLITE_DONE) || nterms == 0 || nterms > MAX_TERMS) {
		b->len = start; /* the prefix query instead */
		if (b->s != NULL)
			b->s[start] = '\0';
		return -1;
	}
	buf_putc(b, ')');
	return 0;
}

/* An FTS5 expression for word values: each word a quoted string (any '"'
 * doubled) and a prefix query, or with db, when it can, the terms of
 * fts_blocs it begins; words of a value AND, values OR.  With skip_codes,
 * bloc codes are not words. */
static int
fts_expr(rncp_db *db, rncp_buf *b, const char *const *vals, size_t n, int skip_codes)
{
	char code[40];
	size_t i, j, k, used = 0;
	words w;

	for (i = 0; i < n; i++) {
		if (skip_codes && bloc_code_value(vals[i], code))
			continue;
		if (split_words(vals[i], &w) != 0)
			continue;
		buf_puts(b, used++ ? " OR (" : "(");
		for (j = 0; j < w.n; j++) {
			buf_puts(b, j > 0 ? " AND " : "");
			if (db != NULL && bloc_word_terms(db, w.raw[j], w.rawlen[j], b) == 0)
				continue;
			buf_putc(b, '"');
			for (k = 0; k < w.rawlen[j]; k++) {
				if (w.raw[j][k] == '"')
					buf_putc(b, '"');
				buf_putc(b, w.raw[j][k]);
			}
			buf_puts(b, "\"*");
		}
		buf_putc(b, ')');
	}
	return b->failed ? -1 : (int)used;
}

static void
sql_fts(rncp_db *db, sqlq *qq, const char *fragment, const char *const *vals, size_t n,
        int skip_codes)
{
	rncp_buf e = {0};
	int used = fts_expr(db, &e, vals, n, skip_codes);

	if (used < 0)
		qq->failed = 1;
	else if (used > 0)
		sql_bind(qq, fragment, e.s, e.len);
	rncp_buf_free(&e);
}

/* A certifier name containing v, without regard to case or accents. */
static void
sql_name_part(sqlq *qq, const char *v)
{
	rncp_buf tmp = {0};
	const char *f = fold(v, strlen(v), &tmp);

	if (f == NULL)
		qq->failed = 1;
	else
		sql_bind(qq, "rncp_contains_folded(name, ?)", f, strlen(f));
	rncp_buf_free(&tmp);
}

/* The blocs the --bloc values of q match, as rows of fts_blocs
 * (BLOC_ROWID): by code, or holding all the words of a value; a UNION, as
 * an OR of the two would scan every bloc. */
static void
sql_bloc_ids(rncp_db *db, sqlq *qq, const rncp_query *q)
{
	char v[40];
	size_t i, ncodes = 0;

	for (i = 0; i < q->nbloc; i++)
		if (bloc_code_value(q->bloc[i], v))
			sql_bind(qq,
			         ncodes++ ? " OR code = ?"
			                  : "SELECT (fiche << " BLOC_SHIFT ") | pos AS id FROM blocs"
			                    " WHERE code = ?",
			         v, strlen(v));
#define FTS_BLOCS "SELECT rowid AS id FROM fts_blocs WHERE fts_blocs MATCH ?"
/* a database of before v6 read as it is: fts_blocs's rowids are bloc ids */
#define FTS_BLOCS_V5 \
	"SELECT (b.fiche << " BLOC_SHIFT ") | b.pos AS id FROM fts_blocs h CROSS JOIN blocs b" \
	" ON b.id = h.rowid WHERE fts_blocs MATCH ?"
	static const char *const fts[2][2] = {{FTS_BLOCS, " UNION " FTS_BLOCS},
	                                      {FTS_BLOCS_V5, " UNION " FTS_BLOCS_V5}};
	int old = db->version < 6;

	sql_fts(old ? NULL : db, qq, fts[old][ncodes > 0], q->bloc, q->nbloc, 1);
}

/* The conditions of q, each " AND (...)" over the fiches row f. */
static void
sql_where(sqlq *qq, const rncp_query *q)
{
	char v[40];
	size_t i;
	int lo, hi;

	sql_codes(qq, " AND f.id IN (SELECT fiche FROM rome WHERE ", q->rome, q->nrome,
	          RNCP_QL_ROME);
	sql_codes(qq, " AND f.id IN (SELECT fiche FROM nsf WHERE ", q->nsf, q->nnsf, RNCP_QL_NSF);
	sql_codes(qq, " AND f.id IN (SELECT fiche FROM formacodes WHERE ", q->formacode,
	          q->nformacode, RNCP_QL_FORMACODE);
	if (q->ncertifier) {
		sql_add(qq, " AND f.id IN (SELECT fiche FROM certifiers WHERE ");
		for (i = 0; i < q->ncertifier; i++) {
			sql_add(qq, i ? " OR " : "");
			if (digits_value(q->certifier[i], 14, v)) {
				sql_bind(qq, "siret = ?", v, 14);
			} else {
				sql_name_part(qq, q->certifier[i]);
			}
		}
		sql_add(qq, ")");
	}
	if (q->nlevel) {
		sql_add(qq, " AND (");
		for (i = 0; i < q->nlevel; i++) {
			level_value(q->level[i], &lo, &hi);
			sql_add(qq, i ? " OR " : "");
			if (lo == hi) { /* the index then gives them in key order */
				sql_bind_int(qq, "f.level_eu = ?", lo);
				continue;
			}
			sql_bind_int(qq, "f.level_eu BETWEEN ?", lo);
			sql_bind_int(qq, " AND ?", hi);
		}
		sql_add(qq, ")");
	}
	if (q->nstatus) {
		sql_add(qq, " AND (");
		for (i = 0; i < q->nstatus; i++) {
			const char *s = strcasecmp(q->status[i], "active") == 0 ? "active" : "inactive";
			sql_bind(qq, i ? " OR f.status = ?" : "f.status = ?", s, strlen(s));
		}
		sql_add(qq, ")");
	}
	if (q->ntext)
		sql_fts(NULL, qq, " AND f.id IN (SELECT rowid FROM fts WHERE fts MATCH ?)", q->text,
		        q->ntext, 0);
}

/*
 * rncp_contains_folded(text, folded): whether text, folded (no case, no
 * accents), contains folded.  It runs once per certifier row of a
 * --certifier query, so plain ASCII text, most names, is searched in place;
 * only other text is folded into a buffer first.
 */
static void
contains_folded_fn(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	const char *s = (const char *)sqlite3_value_text(argv[0]);
	const char *needle = (const char *)sqlite3_value_text(argv[1]);
	rncp_buf b = {0};
	size_t i, n;

	(void)argc;
	if (s == NULL || needle == NULL) {
		sqlite3_result_int(ctx, 0);
		return;
	}
	n = (size_t)sqlite3_value_bytes(argv[0]);
	for (i = 0; i < n && (unsigned char)s[i] < 0x80; i++)
		;
	if (i == n) {
		sqlite3_result_int(ctx, strcasestr(s, needle) != NULL);
		return;
	}
	if (fold(s, n, &b) == NULL) {
		rncp_buf_free(&b);
		sqlite3_result_error_nomem(ctx);
		return;
	}
	sqlite3_result_int(ctx, strstr(b.s, needle) != NULL);
	rncp_buf_free(&b);
}

static rncp_status
db_functions(rncp_db *db, rncp_error *err)
{
	if (db->functions)
		return RNCP_OK;
	if (sqlite3_create_function_v2(db->sql, "rncp_contains_folded", 2,
	                               SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
	                               NULL, contains_folded_fn, NULL, NULL, NULL) != SQLITE_OK ||
	    sqlite3_create_module(db->sql, "rncp_ids", &ids_module, NULL) != SQLITE_OK)
		return db_error(db, err, "cannot prepare the query");
	db->functions = 1;
	return RNCP_OK;
}

/* Prepare the SQL of qq and bind its values.  *out NULL on error. */
static rncp_status
sql_prepare(rncp_db *db, sqlq *qq, sqlite3_stmt **out, rncp_error *err)
{
	int i, rc = SQLITE_OK;

	*out = NULL;
	if (qq->failed || qq->sql.failed) {
		set_error(err, RNCP_ENOMEM, 0, "out of memory building the query");
		return RNCP_ENOMEM;
	}
	if (sqlite3_prepare_v2(db->sql, qq->sql.s, (int)qq->sql.len, out, NULL) != SQLITE_OK)
		return db_error(db, err, "cannot prepare the query");
	for (i = 0; i < qq->n && rc == SQLITE_OK; i++)
		rc = qq->text[i] != NULL ? sqlite3_bind_text(*out, i + 1, qq->text[i], -1, SQLITE_STATIC)
		   : i + 1 == qq->ids_param ? sqlite3_bind_pointer(*out, i + 1, &qq->ids, "rncp_ids", NULL)
		                            : sqlite3_bind_int(*out, i + 1, qq->ival[i]);
	if (rc != SQLITE_OK) {
		sqlite3_finalize(*out);
		*out = NULL;
		return db_error(db, err, "cannot bind the query");
	}
	return RNCP_OK;
}

static sqlq *
sqlq_new(void)
{
	sqlq *qq = calloc(1, sizeof(*qq));

	if (qq != NULL && (qq->arena = arena_new()) == NULL) {
		free(qq);
		return NULL;
	}
	return qq;
}

static void
sqlq_free(sqlq *qq)
{
	if (qq == NULL)
		return;
	rncp_buf_free(&qq->sql);
	arena_free(qq->arena);
	free(qq->ids.v);
	free(qq);
}

/* ---- records loaded back from the tables ---- */

/* What every head of sql_start() reads the fiches from. */
#define FROM_FICHES "FROM fiches f"
/* the first columns alone, those the level index holds (RNCP_LOAD_BRIEF) */
#define BRIEF_COLS "f.id, f.code, f.title, f.status, f.level_eu, f.level_old"
#define FULL_COLS BRIEF_COLS ", f.expires, f.path, f.layout, f.encoding, f.sha256"
#define FICHE_COLS "SELECT " FULL_COLS " " FROM_FICHES
#define FICHE_COLS_BRIEF "SELECT " BRIEF_COLS " " FROM_FICHES

static char *
col_str(rncp_record *r, sqlite3_stmt *s, int i, int *failed)
{
	const char *t = (const char *)sqlite3_column_text(s, i);
	char *c;

	if (t == NULL)
		return NULL;
	c = arena_strdup(r->arena, t);
	if (c == NULL)
		*failed = 1;
	return c;
}

/* Step s (bound to one parent id): for each row, grow the vector *v of
 * elements of size sz by one and fill it from the row.  -1 on error. */
typedef int (*fill_fn)(rncp_db *db, rncp_record *r, sqlite3_stmt *s, void *elem);

static int
load_rows(rncp_db *db, rncp_record *r, sqlite3_stmt *s, void **v, size_t *n, size_t sz,
          fill_fn fill)
{
	size_t cap = 0;
	int rc;

	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		if (vec_reserve(v, &cap, *n, sz) != 0)
			break;
		memset((char *)*v + *n * sz, 0, sz);
		if (fill(db, r, s, (char *)*v + (*n)++ * sz) != 0)
			break;
	}
	sqlite3_reset(s);
	return rc == SQLITE_DONE ? 0 : -1;
}

static int
fill_coded(rncp_db *db, rncp_record *r, sqlite3_stmt *s, void *elem)
{
	rncp_coded *c = elem;
	int failed = 0;

	(void)db;
	c->code = col_str(r, s, 0, &failed);
	c->label = col_str(r, s, 1, &failed);
	return failed ? -1 : 0;
}

/* a certifier row is a pair of strings too: (name, siret) */
static int
fill_certifier(rncp_db *db, rncp_record *r, sqlite3_stmt *s, void *elem)
{
	rncp_certifier *c = elem;
	rncp_coded pair = {NULL, NULL};
	int rc = fill_coded(db, r, s, &pair);

	c->name = pair.code;
	c->siret = pair.label;
	return rc;
}

static int
fill_string(rncp_db *db, rncp_record *r, sqlite3_stmt *s, void *elem)
{
	int failed = 0;

	(void)db;
	*(char **)elem = col_str(r, s, 0, &failed);
	return failed ? -1 : 0;
}

/* A cached statement with parameter 1 bound to id; NULL on error. */
static sqlite3_stmt *
child_stmt(rncp_db *db, int which, const char *sql, sqlite3_int64 id)
{
	sqlite3_stmt *s = db_stmt(db, which, sql);

	if (s != NULL)
		sqlite3_bind_int64(s, 1, id);
	return s;
}

static int
fill_bloc(rncp_db *db, rncp_record *r, sqlite3_stmt *s, void *elem)
{
	rncp_bloc *b = elem;
	sqlite3_stmt *sk;
	int failed = 0;

	b->code = col_str(r, s, 1, &failed);
	b->title = col_str(r, s, 2, &failed);
	sk = child_stmt(db, ST_L_SKILL, "SELECT text FROM skills WHERE bloc = ?1 ORDER BY pos",
	                sqlite3_column_int64(s, 0));
	if (failed || sk == NULL)
		return -1;
	return load_rows(db, r, sk, (void **)&b->skills, &b->nskills, sizeof(char *),
	                 fill_string);
}

/* Load the rows of one child table into a vector of r; 0 or -1. */
static int
load_part(rncp_db *db, rncp_record *r, int which, const char *sql, sqlite3_int64 id, void **v,
          size_t *n, size_t sz, fill_fn fill)
{
	sqlite3_stmt *s = child_stmt(db, which, sql, id);

	return s == NULL ? -1 : load_rows(db, r, s, v, n, sz, fill);
}

/* The lists of a record: where each goes and how its rows are read. */
typedef struct record_part {
	unsigned flag;
	int which;                 /* statement cache slot */
	const char *sql;
	size_t vec, count, size;   /* offsets in rncp_record, element size */
	fill_fn fill;
} record_part;

#define PART(flag, which, sql, vec, count, type, fill) \
	{flag, which, sql, offsetof(rncp_record, vec), offsetof(rncp_record, count), sizeof(type), fill}

static const record_part record_parts[] = {
    PART(RNCP_LOAD_NSF, ST_L_NSF, "SELECT code, label FROM nsf WHERE fiche = ?1 ORDER BY pos",
         nsf, nnsf, rncp_coded, fill_coded),
    PART(RNCP_LOAD_FORMACODES, ST_L_FORMA,
         "SELECT code, label FROM formacodes WHERE fiche = ?1 ORDER BY pos", formacodes,
         nformacodes, rncp_coded, fill_coded),
    PART(RNCP_LOAD_ROME, ST_L_ROME, "SELECT code, label FROM rome WHERE fiche = ?1 ORDER BY pos",
         rome, nrome, rncp_coded, fill_coded),
    PART(RNCP_LOAD_CERTIFIERS, ST_L_CERT,
         "SELECT name, siret FROM certifiers WHERE fiche = ?1 ORDER BY pos", certifiers,
         ncertifiers, rncp_certifier, fill_certifier),
    PART(RNCP_LOAD_BLOCS, ST_L_BLOC, "SELECT id, code, title FROM blocs WHERE fiche = ?1 ORDER BY pos",
         blocs, nblocs, rncp_bloc, fill_bloc),
    PART(RNCP_LOAD_JOBS, ST_L_JOB, "SELECT text FROM jobs WHERE fiche = ?1 ORDER BY pos", jobs,
         njobs, char *, fill_string),
    PART(RNCP_LOAD_WARNINGS, ST_L_WARN, "SELECT text FROM warnings WHERE fiche = ?1 ORDER BY pos",
         warnings, nwarnings, char *, fill_string),
};
#undef PART

/* Fill the empty record r with the current row of s (FICHE_COLS) and the
 * parts asked for. */
static rncp_status
row_record(rncp_db *db, sqlite3_stmt *s, unsigned parts, rncp_record *r, rncp_error *err)
{
	sqlite3_int64 id = sqlite3_column_int64(s, 0);
	size_t i;
	int failed = 0;

	r->code = col_str(r, s, 1, &failed);
	r->title = col_str(r, s, 2, &failed);
	r->status = col_str(r, s, 3, &failed);
	r->level_eu = sqlite3_column_int(s, 4);
	r->level_old = col_str(r, s, 5, &failed);
	if (!(parts & RNCP_LOAD_BRIEF)) {
		r->expires = col_str(r, s, 6, &failed);
		r->source_path = col_str(r, s, 7, &failed);
		r->source_layout = col_str(r, s, 8, &failed);
		r->source_encoding = col_str(r, s, 9, &failed);
		r->source_sha256 = col_str(r, s, 10, &failed);
	}
	for (i = 0; i < ARRAY_LEN(record_parts) && !failed; i++) {
		const record_part *p = &record_parts[i];
		if (parts & p->flag)
			failed = load_part(db, r, p->which, p->sql, id, (void **)((char *)r + p->vec),
			                   (size_t *)((char *)r + p->count), p->size, p->fill);
	}
	if (failed) {
		if (sqlite3_errcode(db->sql) != SQLITE_OK && sqlite3_errcode(db->sql) != SQLITE_ROW &&
		    sqlite3_errcode(db->sql) != SQLITE_DONE)
			return db_error(db, err, "cannot read a stored record");
		set_error(err, RNCP_ENOMEM, 0, "out of memory reading a stored record");
		return RNCP_ENOMEM;
	}
	return RNCP_OK;
}

rncp_status
rncp_db_get(rncp_db *db, const char *key, rncp_record **out, rncp_error *err)
{
	char k[80];
	size_t n = strlen(key), i, hex;
	sqlite3_stmt *s;
	rncp_status st;
	int rc;

	*out = NULL;
	for (hex = 0; hex < n && strchr("0123456789abcdefABCDEF", key[hex]) != NULL; hex++)
		;
	if (n == 64 && hex == 64) {
		memcpy(k, "sha256:", 7);
		for (i = 0; i < n; i++)
			k[7 + i] = lower(key[i]);
		k[7 + n] = '\0';
	} else if (strncmp(key, "sha256:", 7) == 0 && n < sizeof(k)) {
		for (i = 0; i <= n; i++)
			k[i] = lower(key[i]);
	} else if (n < sizeof(k)) {
		for (i = 0; i <= n; i++)
			k[i] = upper(key[i]);
	} else {
		set_error(err, RNCP_ENOTFOUND, 0, "no fiche %.40s... in the database", key);
		return RNCP_ENOTFOUND;
	}
	s = db_stmt(db, ST_GET, FICHE_COLS " WHERE f.key = ?1");
	if (s == NULL)
		return db_error(db, err, "cannot read the database");
	sqlite3_bind_text(s, 1, k, -1, SQLITE_STATIC);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		if ((*out = rncp_record_new()) == NULL) {
			set_error(err, RNCP_ENOMEM, 0, "out of memory");
			st = RNCP_ENOMEM;
		} else if ((st = row_record(db, s, RNCP_LOAD_ALL, *out, err)) != RNCP_OK) {
			rncp_record_free(*out);
			*out = NULL;
		}
	} else if (rc == SQLITE_DONE) {
		set_error(err, RNCP_ENOTFOUND, 0, "no fiche %s in the database", key);
		st = RNCP_ENOTFOUND;
	} else {
		st = db_error(db, err, "cannot read the database");
	}
	sqlite3_reset(s);
	return st;
}

/* ---- queries over the store ---- */

static const rncp_query no_query;

/*
 * The entries of a list a filter of the query is on (ROME, NSF,
 * Formacodes) that it matched, of every fiche at once, in fiche then list
 * order: one statement instead of loading the list of each matching fiche
 * to match it again.  Codes only.  (For blocs: bloc_hits.)
 */
typedef struct hits {
	sqlite3_int64 *fiche;
	char **code;
	size_t n, cap;
	struct rncp_arena *arena;
} hits;

enum { HIT_ROME, HIT_NSF, HIT_FORMA, HIT_LISTS };

static void
hits_free(hits *h)
{
	free(h->fiche);
	free(h->code);
	arena_free(h->arena);
}

/* Run the statement of qq (fiche, code) into h. */
static rncp_status
hits_load(rncp_db *db, sqlq *qq, hits *h, rncp_error *err)
{
	sqlite3_stmt *s = NULL;
	rncp_status st = RNCP_ENOMEM;
	size_t cap2 = 0;
	int rc = SQLITE_NOMEM;

	memset(h, 0, sizeof(*h));
	if (qq == NULL || (h->arena = arena_new()) == NULL)
		goto out;
	if ((st = sql_prepare(db, qq, &s, err)) != RNCP_OK)
		goto out;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		char *c = arena_strdup(h->arena, (const char *)sqlite3_column_text(s, 1));
		if (c == NULL || vec_reserve((void **)&h->fiche, &h->cap, h->n, sizeof(*h->fiche)) != 0 ||
		    vec_reserve((void **)&h->code, &cap2, h->n, sizeof(*h->code)) != 0) {
			rc = SQLITE_NOMEM;
			break;
		}
		h->fiche[h->n] = sqlite3_column_int64(s, 0);
		h->code[h->n++] = c;
	}
	st = rc == SQLITE_DONE ? RNCP_OK
	   : rc == SQLITE_NOMEM ? RNCP_ENOMEM : db_error(db, err, "cannot run the query");
out:
	if (st == RNCP_ENOMEM)
		set_error(err, RNCP_ENOMEM, 0, "out of memory");
	sqlite3_finalize(s);
	sqlq_free(qq);
	return st;
}

/* The blocs the --bloc values of a query matched: their rows of
 * fts_blocs, BLOC_ROWID(fiche, position), ascending (fiche, then bloc
 * order). */
typedef struct bloc_hits {
	sqlite3_int64 *v;
	size_t n;
} bloc_hits;

/* The first of v[0..n) (ascending) not below x; n when none. */
static size_t
lower_bound(const sqlite3_int64 *v, size_t n, sqlite3_int64 x)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (v[mid] < x)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static int
int64_cmp(const void *a, const void *b)
{
	sqlite3_int64 x = *(const sqlite3_int64 *)a, y = *(const sqlite3_int64 *)b;

	return x < y ? -1 : x > y;
}

/*
 * The blocs the --bloc values of q match, searched once: their fiches into
 * ids, each once in ascending order, the query's condition on its fiches;
 * when h is not NULL, the blocs themselves into h, whose codes a query
 * prints.  Kept here, not by SQL in a table of their own (which took a
 * third of a --bloc query's time); no bloc row is read (store.c, v6).
 */
static rncp_status
bloc_hits_fill(rncp_db *db, const rncp_query *q, id_set *ids, bloc_hits *h, rncp_error *err)
{
	sqlq *qq = sqlq_new();
	sqlite3_stmt *s = NULL;
	sqlite3_int64 *v = NULL;
	size_t n = 0, cap = 0, i, k;
	rncp_status st = RNCP_ENOMEM;
	int rc = SQLITE_NOMEM, sorted = 1;

	if (qq == NULL)
		goto out;
	sql_bloc_ids(db, qq, q);
	if ((st = sql_prepare(db, qq, &s, err)) != RNCP_OK)
		goto out;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		if (vec_reserve((void **)&v, &cap, n, sizeof(*v)) != 0) {
			rc = SQLITE_NOMEM;
			break;
		}
		v[n] = sqlite3_column_int64(s, 0);
		sorted &= n == 0 || v[n - 1] < v[n];
		n++;
	}
	st = rc == SQLITE_DONE ? RNCP_OK
	   : rc == SQLITE_NOMEM ? RNCP_ENOMEM : db_error(db, err, "cannot run the query");
	if (st != RNCP_OK)
		goto out;
	if (!sorted) { /* FTS5 gives its rowids in order, a UNION too: seldom */
		qsort(v, n, sizeof(*v), int64_cmp);
		for (i = k = 0; i < n; i++)
			if (k == 0 || v[k - 1] != v[i])
				v[k++] = v[i];
		n = k;
	}
	if (n > 0 && (ids->v = malloc(n * sizeof(*ids->v))) == NULL) {
		st = RNCP_ENOMEM;
		goto out;
	}
	for (i = 0; i < n; i++)
		if (ids->n == 0 || ids->v[ids->n - 1] != v[i] >> BLOC_POS_BITS)
			ids->v[ids->n++] = v[i] >> BLOC_POS_BITS;
	if (h != NULL) {
		h->v = v, h->n = n;
		v = NULL;
	}
out:
	if (st == RNCP_ENOMEM)
		set_error(err, RNCP_ENOMEM, 0, "out of memory");
	sqlite3_finalize(s);
	sqlq_free(qq);
	free(v);
	return st;
}

/*
 * Put the ids of set (ascending) in the order of their fiches' keys, when
 * they are many: one pass over the key index, the ids of set kept, costs
 * less than sorting their rows (--bloc "sécurité réseau", 14,239 fiches
 * of 50,000: 4.4 of 19.5 ms).  Returns 1 when it did, 0 when set stays as
 * it is (under a tenth of the fiches: sorting their rows costs less), -1
 * on error.
 */
static int
ids_by_key(rncp_db *db, id_set *set)
{
	sqlite3_stmt *s = NULL;
	sqlite3_int64 *v = NULL, top = 0;
	size_t n = 0;
	int rc;

	if (set->n < 64)
		return 0;
	if (sqlite3_prepare_v2(db->sql, "SELECT max(id) FROM fiches", -1, &s, NULL) != SQLITE_OK)
		return -1;
	if (sqlite3_step(s) == SQLITE_ROW)
		top = sqlite3_column_int64(s, 0); /* at least the number of fiches */
	sqlite3_finalize(s);
	if ((sqlite3_int64)set->n * 10 < top)
		return 0;
	if ((v = malloc(set->n * sizeof(*v))) == NULL ||
	    sqlite3_prepare_v2(db->sql, "SELECT id FROM fiches ORDER BY key", -1, &s, NULL) !=
	        SQLITE_OK) {
		free(v);
		return -1;
	}
	while ((rc = sqlite3_step(s)) == SQLITE_ROW && n < set->n) {
		sqlite3_int64 id = sqlite3_column_int64(s, 0);
		if (bsearch(&id, set->v, set->n, sizeof(*set->v), int64_cmp) != NULL)
			v[n++] = id;
	}
	sqlite3_finalize(s);
	if ((rc != SQLITE_ROW && rc != SQLITE_DONE) || n != set->n) {
		free(v); /* n != set->n: a fiche of the set went meanwhile?  not in a read */
		return rc != SQLITE_ROW && rc != SQLITE_DONE ? -1 : 0;
	}
	free(set->v);
	set->v = v;
	return 1;
}

/* Check q (NULL: every fiche) and start its SQL: head, then its
 * conditions; with blocs not NULL, the codes of the blocs it matches into
 * blocs; with by_key, the fiches it matches are to come in key order,
 * which (*out)->ids_by_key says they will without an ORDER BY on the key
 * (" ORDER BY i.rowid" instead).  Caller frees *out with sqlq_free(). */
static rncp_status
sql_start(rncp_db *db, const rncp_query *q, const char *head, bloc_hits *blocs, int by_key,
          sqlq **out, rncp_error *err)
{
	rncp_status st;

	*out = NULL;
	if ((st = rncp_query_validate(q ? q : &no_query, err)) != RNCP_OK ||
	    (st = db_functions(db, err)) != RNCP_OK)
		return st;
	if ((*out = sqlq_new()) == NULL) {
		set_error(err, RNCP_ENOMEM, 0, "out of memory");
		return RNCP_ENOMEM;
	}
	if (q != NULL && q->nbloc) {
		/* the fiches of the matched blocs drive: each finds its row */
		const char *from = strstr(head, FROM_FICHES);
		if ((st = bloc_hits_fill(db, q, &(*out)->ids, blocs, err)) != RNCP_OK)
			return st;
		if (by_key && ((*out)->ids_by_key = ids_by_key(db, &(*out)->ids)) < 0)
			return db_error(db, err, "cannot run the query");
		buf_append(&(*out)->sql, head, (size_t)(from - head));
		sql_bind_int(*out, "FROM rncp_ids(?) i CROSS JOIN fiches f ON f.id = i.value", 0);
		(*out)->ids_param = (*out)->n;
		head = from + strlen(FROM_FICHES);
	}
	sql_add(*out, head);
	sql_where(*out, q ? q : &no_query);
	return RNCP_OK;
}

/* The hits of list which, for the lists of q that parts does not load
 * whole; an empty h otherwise. */
static rncp_status
hits_of(rncp_db *db, const rncp_query *q, unsigned parts, int which, hits *h, rncp_error *err)
{
	static const struct {
		unsigned whole;
		const char *head;
		rncp_qlist list;
	} lists[] = {
	    [HIT_ROME] = {RNCP_LOAD_ROME, "SELECT fiche, code FROM rome WHERE (", RNCP_QL_ROME},
	    [HIT_NSF] = {RNCP_LOAD_NSF, "SELECT fiche, code FROM nsf WHERE (", RNCP_QL_NSF},
	    [HIT_FORMA] = {RNCP_LOAD_FORMACODES, "SELECT fiche, code FROM formacodes WHERE (",
	                   RNCP_QL_FORMACODE},
	};
	const char *const *vals[] = {q->rome, q->nsf, q->formacode};
	size_t nvals[] = {q->nrome, q->nnsf, q->nformacode};
	sqlq *qq;

	memset(h, 0, sizeof(*h));
	if (!(parts & RNCP_LOAD_HITS) || nvals[which] == 0 || (parts & lists[which].whole))
		return RNCP_OK;
	qq = sqlq_new();
	if (qq != NULL) {
		/* the code index holds fiche and rowid: no table row read;
		 * rows of one fiche are inserted in list order */
		sql_codes(qq, lists[which].head, vals[which], nvals[which], lists[which].list);
		sql_add(qq, " ORDER BY fiche, rowid");
	}
	return hits_load(db, qq, h, err);
}

/* Give r the hits of list which that belong to fiche id. */
static int
hits_attach(const hits *h, int which, sqlite3_int64 id, rncp_record *r)
{
	size_t lo = lower_bound(h->fiche, h->n, id), i, k;
	rncp_coded *c;

	for (k = lo; k < h->n && h->fiche[k] == id; k++)
		;
	if (k == lo)
		return 0;
	if ((c = calloc(k - lo, sizeof(*c))) == NULL)
		return -1;
	for (i = lo; i < k; i++)
		c[i - lo].code = h->code[i];
	switch (which) {
	case HIT_ROME: r->rome = c, r->nrome = k - lo; break;
	case HIT_NSF: r->nsf = c, r->nnsf = k - lo; break;
	default: r->formacodes = c, r->nformacodes = k - lo; break;
	}
	return 0;
}

/* The head of the statement of rncp_db_select: count, or the columns
 * parts loads, and with codes the codes of every bloc last, one a line
 * (fiches.bloc_codes since v6). */
static const char *
select_head(const rncp_db *db, int rows, unsigned parts, int codes)
{
#define CODES_V5 \
	", (SELECT group_concat(coalesce(code, ''), char(10)) FROM" \
	" (SELECT code FROM blocs WHERE fiche = f.id ORDER BY pos)) "
	static const char *const heads[2][3] = {
	    /* [brief][codes: none, v6, older] */
	    {FICHE_COLS " WHERE 1", "SELECT " FULL_COLS ", f.bloc_codes " FROM_FICHES " WHERE 1",
	     "SELECT " FULL_COLS CODES_V5 FROM_FICHES " WHERE 1"},
	    {FICHE_COLS_BRIEF " WHERE 1",
	     "SELECT " BRIEF_COLS ", f.bloc_codes " FROM_FICHES " WHERE 1",
	     "SELECT " BRIEF_COLS CODES_V5 FROM_FICHES " WHERE 1"},
	};
#undef CODES_V5

	if (!rows)
		return "SELECT count(*) " FROM_FICHES " WHERE 1";
	return heads[(parts & RNCP_LOAD_BRIEF) != 0][!codes ? 0 : db->version >= 6 ? 1 : 2];
}

/* Give r the codes of its blocs in h, fiche id's, from codes, the codes
 * of all its blocs one a line (fiches.bloc_codes); a bloc without one is
 * left out. */
static int
bloc_hits_attach(const bloc_hits *h, sqlite3_int64 id, const char *codes, rncp_record *r)
{
	size_t lo = lower_bound(h->v, h->n, BLOC_ROWID(id, 0)), k, pos = 0, len;
	const char *ln = codes, *end;

	for (k = lo; k < h->n && h->v[k] >> BLOC_POS_BITS == id; k++)
		;
	if (k == lo || codes == NULL)
		return 0;
	if ((r->blocs = calloc(k - lo, sizeof(*r->blocs))) == NULL)
		return -1;
	for (; lo < k && ln != NULL; lo++) {
		size_t want = (size_t)(h->v[lo] & (((sqlite3_int64)1 << BLOC_POS_BITS) - 1));
		for (; pos < want && ln != NULL; pos++) {
			ln = strchr(ln, '\n');
			ln = ln ? ln + 1 : NULL;
		}
		if (ln == NULL)
			break;
		end = strchr(ln, '\n');
		len = end ? (size_t)(end - ln) : strlen(ln);
		if (len > 0 && (r->blocs[r->nblocs++].code = arena_strndup(r->arena, ln, len)) == NULL)
			return -1;
	}
	return 0;
}

rncp_status
rncp_db_select(rncp_db *db, const rncp_query *q, unsigned parts, rncp_record_cb cb,
               void *ctx, size_t *nmatch, rncp_error *err)
{
	sqlq *qq = NULL;
	sqlite3_stmt *s = NULL;
	rncp_record *rec = NULL;
	hits hit[HIT_LISTS] = {{0}};
	bloc_hits blocs = {NULL, 0};
	/* the codes of the matched blocs, when the records do not load
	 * theirs whole: the last column */
	int codes = q != NULL && q->nbloc && cb != NULL && (parts & RNCP_LOAD_HITS) &&
	            !(parts & RNCP_LOAD_BLOCS);
	int w, began = db_read_begin(db);
	size_t n = 0;
	rncp_status st;
	int rc;

	if (nmatch != NULL)
		*nmatch = 0;
	db_version_refresh(db);
	st = sql_start(db, q, select_head(db, cb != NULL, parts, codes), codes ? &blocs : NULL,
	               cb != NULL, &qq, err);
	if (st != RNCP_OK)
		goto out;
	if (cb != NULL)
		sql_add(qq, qq->ids_by_key ? " ORDER BY i.rowid" : " ORDER BY f.key");
	for (w = 0; w < HIT_LISTS && q != NULL && cb != NULL; w++)
		if ((st = hits_of(db, q, parts, w, &hit[w], err)) != RNCP_OK)
			goto out;
	if ((st = sql_prepare(db, qq, &s, err)) != RNCP_OK)
		goto out;
	if (cb != NULL && (rec = rncp_record_new()) == NULL) {
		set_error(err, RNCP_ENOMEM, 0, "out of memory");
		st = RNCP_ENOMEM;
		goto out;
	}
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		if (cb == NULL) {
			n = (size_t)sqlite3_column_int64(s, 0);
			continue;
		}
		record_clear(rec); /* one record for every row */
		if ((st = row_record(db, s, parts, rec, err)) != RNCP_OK)
			goto out;
		for (w = 0; w < HIT_LISTS; w++)
			if (hit[w].n > 0 &&
			    hits_attach(&hit[w], w, sqlite3_column_int64(s, 0), rec) != 0) {
				set_error(err, RNCP_ENOMEM, 0, "out of memory");
				st = RNCP_ENOMEM;
				goto out;
			}
		if (blocs.n > 0 &&
		    bloc_hits_attach(&blocs, sqlite3_column_int64(s, 0),
		                     (const char *)sqlite3_column_text(s, sqlite3_column_count(s) - 1),
		                     rec) != 0) {
			set_error(err, RNCP_ENOMEM, 0, "out of memory");
			st = RNCP_ENOMEM;
			goto out;
		}
		n++;
		if ((rc = cb(rec, ctx)) != 0) {
			rc = SQLITE_DONE;
			break;
		}
	}
	if (rc != SQLITE_DONE)
		st = db_error(db, err, "cannot run the query");
out:
	if (nmatch != NULL)
		*nmatch = n;
	rncp_record_free(rec);
	sqlite3_finalize(s);
	db_read_end(db, began);
	sqlq_free(qq);
	for (w = 0; w < HIT_LISTS; w++)
		hits_free(&hit[w]);
	free(blocs.v);
	return st;
}

rncp_status
rncp_db_query(rncp_db *db, const rncp_query *q, rncp_record_cb cb, void *ctx,
              size_t *nmatch, rncp_error *err)
{
	return rncp_db_select(db, q, RNCP_LOAD_ALL, cb, ctx, nmatch, err);
}

/* ---- counts ---- */

/* The 1969 level of a European level, as a label. */
static const char *
old_level_name(int eu)
{
	static const char *const names[] = {"V", "IV", "III", "II", "I"};

	return eu >= 3 && eu <= 7 ? names[eu - 3] : NULL;
}

rncp_status
rncp_db_stats(rncp_db *db, const rncp_query *q, rncp_stat_by by, rncp_stat_cb cb,
              void *ctx, rncp_error *err)
{
	/* LEFT JOIN: the fiches with none of a kind form the row with key NULL,
	 * so the counts add up to the number of matching fiches. */
	static const char *const head[] = {
	    [RNCP_BY_ROME] = "SELECT c.code AS k, min(c.label) AS l, count(DISTINCT f.id)"
	                     " FROM fiches f LEFT JOIN rome c ON c.fiche = f.id WHERE 1",
	    [RNCP_BY_ROME_DOMAIN] = "SELECT substr(c.code, 1, 3) AS k, NULL AS l,"
	                            " count(DISTINCT f.id) FROM fiches f"
	                            " LEFT JOIN rome c ON c.fiche = f.id WHERE 1",
	    [RNCP_BY_NSF] = "SELECT c.code AS k, min(c.label) AS l, count(DISTINCT f.id)"
	                    " FROM fiches f LEFT JOIN nsf c ON c.fiche = f.id WHERE 1",
	    [RNCP_BY_LEVEL] = "SELECT f.level_eu AS k, NULL AS l, count(*) FROM fiches f WHERE 1",
	    [RNCP_BY_CERTIFIER] = "SELECT c.name AS k, c.siret AS l, count(DISTINCT f.id)"
	                          " FROM fiches f LEFT JOIN certifiers c ON c.fiche = f.id WHERE 1",
	};
	sqlq *qq = NULL;
	sqlite3_stmt *s = NULL;
	rncp_status st;
	int rc, began;

	if ((unsigned)by >= ARRAY_LEN(head)) {
		set_error(err, RNCP_EUSAGE, 0, "unknown kind of count");
		return RNCP_EUSAGE;
	}
	began = db_read_begin(db);
	db_version_refresh(db);
	if ((st = sql_start(db, q, head[by], NULL, 0, &qq, err)) != RNCP_OK)
		goto out;
	/* the fiches with none last */
	sql_add(qq, by == RNCP_BY_CERTIFIER ? " GROUP BY k, l ORDER BY k IS NULL, k, l"
	                                    : " GROUP BY k ORDER BY k IS NULL, k");
	if ((st = sql_prepare(db, qq, &s, err)) != RNCP_OK)
		goto out;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		const char *key = (const char *)sqlite3_column_text(s, 0);
		const char *label = (const char *)sqlite3_column_text(s, 1);
		const ref_entry *ref;

		if (by == RNCP_BY_ROME && key != NULL && (ref = rome_lookup(key)) != NULL)
			label = ref->label; /* the nomenclature's words, not an OCR'd copy */
		else if (by == RNCP_BY_NSF && key != NULL && label == NULL &&
		         (ref = nsf_group_lookup(key)) != NULL)
			label = ref->label;
		else if (by == RNCP_BY_LEVEL)
			label = old_level_name(sqlite3_column_int(s, 0));
		if (cb(key, label, (long)sqlite3_column_int64(s, 2), ctx) != 0) {
			rc = SQLITE_DONE;
			break;
		}
	}
	if (rc != SQLITE_DONE)
		st = db_error(db, err, "cannot count the fiches");
out:
	sqlite3_finalize(s);
	db_read_end(db, began);
	sqlq_free(qq);
	return st;
}
