/*
 * record.c - the record of SPEC.md: allocation, the helpers the extractors
 * fill it with (each value cleaned and copied into the record's arena), and
 * the last step of parsing that derives level, status and warnings.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "internal.h"

rncp_record *
rncp_record_new(void)
{
	rncp_record *r = calloc(1, sizeof(*r));

	if (r == NULL)
		return NULL;
	r->arena = arena_new();
	if (r->arena == NULL) {
		free(r);
		return NULL;
	}
	return r;
}

/* Free what r holds but its arena. */
static void
record_free_lists(rncp_record *r)
{
	size_t i;

	free(r->nsf);
	free(r->formacodes);
	free(r->rome);
	free(r->certifiers);
	for (i = 0; i < r->nblocs; i++)
		free(r->blocs[i].skills);
	free(r->blocs);
	free(r->jobs);
	free(r->warnings);
}

void
record_clear(rncp_record *r)
{
	struct rncp_arena *a = r->arena;

	record_free_lists(r);
	memset(r, 0, sizeof(*r));
	arena_reset(a);
	r->arena = a;
}

void
rncp_record_free(rncp_record *r)
{
	if (r == NULL)
		return;
	record_free_lists(r);
	arena_free(r->arena);
	free(r);
}

const char *
rncp_record_key(const rncp_record *r)
{
	if (r->code != NULL)
		return r->code;
	return r->source_sha256 != NULL ? r->source_sha256 : "";
}

/* Vectors of a record grow by one; capacity is not kept, so grow to the
 * next power of two whenever the count reaches one. */
static int
grow(void **v, size_t n, size_t sz)
{
	size_t cap = n;
	void *p;

	if (n != 0 && (n & (n - 1)) != 0)
		return 0;
	cap = n ? n * 2 : 4;
	if (n > 4096)
		return -1; /* no fiche lists that many of anything */
	p = realloc(*v, cap * sz);
	if (p == NULL)
		return -1;
	*v = p;
	return 0;
}

/*
 * Each list of a record stops at RECORD_LIST_MAX entries: no fiche comes
 * near, and past it every new entry still cost a scan of the whole list
 * for duplicates, 15 s for a table of 100,000 certifiers
 * (tests/pathological.py, case certifiers).  A full list now refuses an
 * entry before any work, and says so once in the warnings.
 */
#define RECORD_LIST_MAX 4096

static int
list_full(doc *d, size_t n, const char *what)
{
	if (n < RECORD_LIST_MAX)
		return 0;
	rec_warn(d, "more than %d %s: the others were left out", RECORD_LIST_MAX, what);
	return 1;
}

int
rec_set(doc *d, char **field, const char *s, size_t n)
{
	char *c = clean_text(d, s, n);

	if (c == NULL || c[0] == '\0')
		return -1;
	*field = c;
	return 0;
}

int
rec_add_coded(doc *d, rncp_coded **v, size_t *n, const char *code,
              const char *label, size_t labellen)
{
	size_t i;
	char *l = NULL;

	if (list_full(d, *n, *v == d->rec->nsf ? "NSF codes" : *v == d->rec->rome ? "ROME codes"
	                                                                            : "Formacodes"))
		return -1;
	for (i = 0; i < *n; i++)
		if (strcmp((*v)[i].code, code) == 0)
			return 0; /* listed twice: keep the first */
	if (grow((void **)v, *n, sizeof(**v)) != 0)
		return -1;
	/* a label in brackets, as notes write it ("326n (Informatique)"):
	 * without them */
	while (labellen > 0 && label[labellen - 1] == ' ')
		labellen--;
	if (labellen > 2 && label[0] == '(' && label[labellen - 1] == ')' &&
	    memchr(label + 1, ')', labellen - 2) == NULL && memchr(label + 1, '(', labellen - 2) == NULL)
		label++, labellen -= 2;
	if (label != NULL && labellen > 0) {
		l = clean_text(d, label, labellen);
		/* "Code NSF : 227s." leaves a full stop, no label */
		if (l != NULL && strspn(l, ".,;:-") == strlen(l))
			l = NULL;
	}
	(*v)[*n].code = arena_strdup(d->arena, code);
	(*v)[*n].label = l;
	(*n)++;
	return 0;
}

/* The commercial name notes write after the legal one, in brackets at
 * the end of name ("AIROBJECT (nom commercial LiveCampus)"): cut off. */
static void
drop_commercial_name(char *name)
{
	char *b = strstr(name, " (nom commercial"), *e;

	if (b != NULL && b > name && (e = strchr(b, ')')) != NULL && e[1] == '\0')
		*b = '\0';
}

int
rec_add_certifier(doc *d, const char *name, size_t n, const char *siret)
{
	rncp_record *r = d->rec;
	char *c;
	size_t i;

	if (list_full(d, r->ncertifiers, "certifiers"))
		return -1;
	c = clean_text(d, name, n);
	if (c == NULL || c[0] == '\0')
		return -1;
	/* an I OCR read as '!' at the end of a name in capitals ("CES!
	 * Directeur Général"): no certifier's name ends a word so */
	for (i = 2; c[i - 1] != '\0' && c[i] != '\0'; i++)
		if (c[i] == '!' && c[i - 1] >= 'A' && c[i - 1] <= 'Z' && c[i - 2] >= 'A' && c[i - 2] <= 'Z' &&
		    (c[i + 1] == '\0' || c[i + 1] == ' '))
			c[i] = 'I';
	drop_commercial_name(c);
	for (i = 0; i < r->ncertifiers; i++)
		if (strcmp(r->certifiers[i].name, c) == 0)
			return 0;
	if (grow((void **)&r->certifiers, r->ncertifiers, sizeof(rncp_certifier)) != 0)
		return -1;
	r->certifiers[r->ncertifiers].name = c;
	r->certifiers[r->ncertifiers].siret = siret ? arena_strdup(d->arena, siret) : NULL;
	r->ncertifiers++;
	if (siret != NULL && !siret_valid(siret))
		rec_warn(d, "SIRET %s of certifier \"%s\" fails the Luhn check: kept as printed",
		         siret, c);
	return 0;
}

void
rec_drop_blocs(doc *d, size_t keep)
{
	rncp_record *r = d->rec;

	while (r->nblocs > keep)
		free(r->blocs[--r->nblocs].skills);
}

/* The bracket that ends title t after a blank, or NULL. */
static char *
last_bracket(char *t)
{
	char *b = strrchr(t, '(');

	return b != NULL && b > t && b[-1] == ' ' && b[strlen(b) - 1] == ')' ? b : NULL;
}

/* The count of its skills notes write after a bloc's title: "Animer la
 * formation (3 CP)", "(4 compétences)".  Cut off. */
static void
drop_skill_count(char *t)
{
	char *b = last_bracket(t);
	size_t k = 1;

	if (b == NULL || b[1] < '1' || b[1] > '9')
		return;
	while (b[k] >= '0' && b[k] <= '9')
		k++;
	if (k > 3 || b[k] != ' ')
		return;
	if (strcmp(b + k + 1, "CP)") == 0 || strcmp(b + k + 1, "compétences)") == 0 ||
	    strcmp(b + k + 1, "compétences professionnelles)") == 0)
		b[-1] = '\0';
}

/* A bloc's code in brackets after its title, as notes write it:
 * "Administrer et sécuriser les infrastructures (RNCP37680BC01)".  Cut
 * off. */
static void
drop_bloc_code(char *t)
{
	char *b = last_bracket(t);
	size_t k = 5;

	if (b == NULL || strncmp(b + 1, "RNCP", 4) != 0)
		return;
	while (b[k] >= '0' && b[k] <= '9')
		k++;
	if (k < 8 || b[k] != 'B' || b[k + 1] != 'C')
		return;
	for (k += 2; b[k] >= '0' && b[k] <= '9'; k++)
		;
	if (b[k] == ')' && b[k + 1] == '\0')
		b[-1] = '\0';
}

rncp_bloc *
rec_add_bloc(doc *d, const char *code, const char *title, size_t n)
{
	rncp_record *r = d->rec;
	rncp_bloc *b;
	size_t i;

	if (list_full(d, r->nblocs, "blocs"))
		return NULL;
	if (code != NULL)
		for (i = 0; i < r->nblocs; i++)
			if (r->blocs[i].code && strcmp(r->blocs[i].code, code) == 0)
				return NULL;
	if (grow((void **)&r->blocs, r->nblocs, sizeof(rncp_bloc)) != 0)
		return NULL;
	b = &r->blocs[r->nblocs];
	memset(b, 0, sizeof(*b));
	b->code = code ? arena_strdup(d->arena, code) : NULL;
	b->title = clean_text(d, title, n);
	if (b->title == NULL)
		return NULL;
	drop_skill_count(b->title);
	drop_bloc_code(b->title);
	r->nblocs++;
	return b;
}

static int
add_string(doc *d, char ***v, size_t *n, const char *s, size_t len, const char *what)
{
	char *c;
	size_t i;

	if (list_full(d, *n, what))
		return -1;
	c = clean_text(d, s, len);
	if (c == NULL || c[0] == '\0')
		return -1;
	for (i = 0; i < *n; i++)
		if (strcmp((*v)[i], c) == 0)
			return 0;
	if (grow((void **)v, *n, sizeof(char *)) != 0)
		return -1;
	(*v)[(*n)++] = c;
	return 0;
}

/* The bytes of a list's dash glued to its item ("-Agent d'escale
 * ferroviaire"), or 0. */
static size_t
item_dash(const char *s, size_t n)
{
	return n > 2 && s[0] == '-' && upper_start(s + 1, n - 1) ? 1 : 0;
}

int
rec_add_skill(doc *d, rncp_bloc *b, const char *s, size_t n)
{
	/* a skill ends without its full stop, as in the bloc tables, and
	 * opens without its list's sign ("- Lire, décoder ...", "-Lire") */
	size_t k = item_marker(s, n);

	if (k == 0)
		k = item_dash(s, n);
	s += k;
	n -= k;
	while (n > 0 && (s[n - 1] == '.' || s[n - 1] == ';' || s[n - 1] == ' ' ||
	                 s[n - 1] == ','))
		n--;
	/* a sentence that leads the skills in ("En mobilisant une analyse
	 * du contexte ... :") */
	if (n > 0 && s[n - 1] == ':' && opens_article(s, n))
		return 0;
	return add_string(d, &b->skills, &b->nskills, s, n, "skills in one bloc");
}

/* Does s[0..n) read as program source, not text: brackets and braces,
 * a comment, a key and its quoted value, quoted strings a comma apart
 * (a page's script or data: "debouchesList: ['Technico-commercial', ...",
 * "{ icon: 'fas fa-id-card', title: 'CPF' }")? */
int
code_like(const char *s, size_t n)
{
	/* the signs that may start one: a table, filled once */
	static unsigned char sign[256];
	size_t i;

	if (!sign['{'])
		for (i = 0; i < sizeof("{}[]/:'=") - 1; i++)
			sign[(unsigned char)"{}[]/:'="[i]] = 1;
	/* one pass, byte by byte: a memmem a sign cost 20 times more (a
	 * call for each job of every fiche) */
	for (i = 0; i < n; i++) {
		char nx;
		if (!sign[(unsigned char)s[i]])
			continue;
		nx = i + 1 < n ? s[i + 1] : '\0';
		switch (s[i]) {
		case '{': case '}': return 1;
		case '[': if (nx == '\'' || n <= 2) return 1; break;
		case ']': if ((i > 0 && s[i - 1] == '\'') || n <= 2) return 1; break;
		case '/': if (nx == '/') return 1; break;
		case ':': if (nx == ' ' && i + 2 < n && (s[i + 2] == '\'' || s[i + 2] == '[' || s[i + 2] == '"')) return 1; break;
		case '\'': if (nx == ',') return 1; break;
		case '=': if (nx == '>') return 1; break;
		default: break;
		}
	}
	return 0;
}

int
rec_add_job(doc *d, const char *s, size_t n)
{
	size_t k = item_dash(s, n);

	if (code_like(s, n))
		return 0; /* a page's source, no title */

	s += k;
	n -= k;
	while (n > 0 && (s[n - 1] == '.' || s[n - 1] == ';' || s[n - 1] == ' ' ||
	                 s[n - 1] == ','))
		n--;
	return add_string(d, &d->rec->jobs, &d->rec->njobs, s, n, "jobs");
}

int
rec_warn(doc *d, const char *fmt, ...)
{
	rncp_record *r = d->rec;
	char tmp[512];
	va_list ap;
	size_t i;

	va_start(ap, fmt);
	/* a warning that quotes a long name is cut, at a character */
	if (vsnprintf(tmp, sizeof(tmp), fmt, ap) >= (int)sizeof(tmp))
		mark_cut(tmp, sizeof(tmp));
	va_end(ap);
	for (i = 0; i < r->nwarnings; i++)
		if (strcmp(r->warnings[i], tmp) == 0)
			return 0;
	if (r->nwarnings >= 64)
		return -1; /* enough to tell the user the fiche is in a bad state */
	if (grow((void **)&r->warnings, r->nwarnings, sizeof(char *)) != 0)
		return -1;
	r->warnings[r->nwarnings] = arena_strdup(d->arena, tmp);
	if (r->warnings[r->nwarnings] == NULL)
		return -1;
	r->nwarnings++;
	return 0;
}

static int
level_from_old(const char *old)
{
	static const char *names[] = {"V", "IV", "III", "II", "I"};
	size_t i;

	for (i = 0; i < ARRAY_LEN(names); i++)
		if (strcmp(old, names[i]) == 0)
			return (int)(3 + i);
	return 0;
}

static void
today_iso(const rncp_parse_opts *opts, char out[11])
{
	const char *t = opts && opts->today ? opts->today : getenv("RNCP_TODAY");
	time_t now;
	struct tm tm;

	if (t != NULL && strlen(t) == 10) {
		memcpy(out, t, 11);
		return;
	}
	now = time(NULL);
	gmtime_r(&now, &tm);
	strftime(out, 11, "%Y-%m-%d", &tm);
}

/* The labels of v[0..n) without the comma or semicolon of a list
 * written on one line ("312 Commerce, vente, 310 ..."), its entries put
 * one a line; at the end, once a label a line's end cut ("(réalisation,"
 * / "installation, maintenance)") has its end. */
static void
labels_unlisted(rncp_coded *v, size_t n)
{
	size_t i, k;

	for (i = 0; i < n; i++) {
		char *l = v[i].label;
		if (l == NULL)
			continue;
		k = strlen(l);
		while (k > 0 && (l[k - 1] == ',' || l[k - 1] == ';' || l[k - 1] == ' '))
			l[--k] = '\0';
	}
}

void
record_finish(doc *d, const rncp_parse_opts *opts)
{
	rncp_record *r = d->rec;
	char today[11];

	labels_unlisted(r->nsf, r->nnsf);
	labels_unlisted(r->formacodes, r->nformacodes);
	labels_unlisted(r->rome, r->nrome);

	/* a fixed correspondence (décret 2019-14), not a guess: no warning */
	if (r->level_eu == 0 && r->level_old != NULL)
		r->level_eu = level_from_old(r->level_old);
	if (r->status == NULL && r->expires != NULL) {
		today_iso(opts, today);
		r->status = arena_strdup(d->arena,
		                         strcmp(r->expires, today) >= 0 ? "active" : "inactive");
	}
	if (r->code == NULL)
		rec_warn(d, d->layout == LAYOUT_REAC
		                ? "no RNCP or RS code: a REAC states none; stored under its SHA-256"
		                : "no RNCP or RS code found; stored under its SHA-256");
	if (r->title == NULL)
		rec_warn(d, "no title found");
	if (r->level_eu == 0 && r->code != NULL && strncmp(r->code, "RNCP", 4) == 0)
		rec_warn(d, "no level found");
	if (r->nnsf == 0)
		rec_warn(d, "no NSF code found");
	if (r->nrome == 0 && (r->code == NULL || strncmp(r->code, "RNCP", 4) == 0))
		rec_warn(d, "no ROME code found");
	if (r->ncertifiers == 0 && d->layout != LAYOUT_REAC)
		rec_warn(d, "no certifier found");
	if (r->expires == NULL && d->layout != LAYOUT_REAC)
		rec_warn(d, "no expiry date found");
	if (r->nblocs == 0 && (r->code == NULL || strncmp(r->code, "RNCP", 4) == 0))
		rec_warn(d, "no blocs de compétences found");
}
