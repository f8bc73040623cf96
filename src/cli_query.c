/*
 * cli_query.c - "rncp query", "rncp show" and "rncp stats": options to an
 * rncp_query, the database or the files given, and the output as TSV, CSV
 * (RFC 4180), JSON or JSON Lines.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

static const char query_usage[] =
    "usage: rncp [--db PATH] query [FILTERS] [--format tsv|csv|json|jsonl] [--fields LIST]\n"
    "                              [--count] [FILE ...]\n"
    "\n"
    "Prints the stored fiches that match, in code order; with FILEs, parses them\n"
    "in memory and queries those instead.  Repeating an option ORs its values;\n"
    "different options AND.  Exit status: 0 matches, 1 none, 2 error.\n"
    "\n"
    "Filters:\n"
    "  --rome CODE        M1801 exactly; M18 the whole domain; M the whole letter\n"
    "  --nsf CODE         326 the group with every letter (326n, 326r ...); 326r exactly\n"
    "  --level N          European level 1-8; 1969 level I-V (V=3 ... I=7); a range 5-7\n"
    "  --bloc CODE|WORDS  a bloc code (RNCP37454BC02), or words found together in the\n"
    "                     title and skills of one bloc\n"
    "  --formacode CODE   a Formacode (five digits)\n"
    "  --certifier TEXT   part of a certifier's name, or its SIRET (14 digits)\n"
    "  --text WORDS       words of the title, bloc titles, skills and jobs\n"
    "  --status STATUS    active or inactive\n"
    "  Words match without regard to case or accents, each as the start of a word\n"
    "  (\"réseau\" finds \"réseaux\"); every word of one value must match.\n"
    "\n"
    "Output:\n"
    "  --format FORMAT    tsv (default, with a header line), csv (RFC 4180),\n"
    "                     json (an array of full records), jsonl (one per line)\n"
    "  --fields LIST      tsv/csv columns, comma-separated, among: code key title status\n"
    "                     level level_old expires nsf formacodes rome certifiers sirets\n"
    "                     blocs jobs path layout encoding sha256 warnings\n"
    "                     (default: code,level,title and the codes each filter matched)\n"
    "  --sep C            csv field separator (--sep ';' for a French Excel)\n"
    "  --bom              start tsv/csv with a UTF-8 byte order mark (Excel reads accents)\n"
    "  --no-header        tsv/csv without the header line\n"
    "  --count            print only the number of matching fiches\n"
    "  -h, --help         this help\n";

static const char show_usage[] =
    "usage: rncp [--db PATH] show CODE\n"
    "\n"
    "Prints the stored record of one fiche in full, as JSON (what 'rncp parse'\n"
    "printed).  CODE is RNCP37454 or RS5432 (any case); a fiche without a code\n"
    "is shown by its SHA-256 (sha256:HASH or HASH, see 'rncp query --fields key').\n"
    "Exit status: 0 shown, 1 no such fiche, 2 error.\n";

static const char stats_usage[] =
    "usage: rncp [--db PATH] stats --by rome|rome-domain|nsf|level|certifier [FILTERS]\n"
    "                              [--format tsv|csv|json|jsonl] [--sep C] [--bom]\n"
    "\n"
    "Counts the stored fiches (those matching the filters of 'rncp query', when\n"
    "given) by ROME code, ROME domain (M18), NSF code, European level or\n"
    "certifier.  A row with an empty key counts the fiches that have none.\n"
    "Example: rncp stats --by rome-domain --status active --format csv --sep ';' --bom\n"
    "Exit status: 0 some fiches counted, 1 none, 2 error.\n";

enum fmt { F_TSV, F_CSV, F_JSON, F_JSONL };
static const char *const fmt_names[] = {"tsv", "csv", "json", "jsonl"};

/* ---- columns of tsv/csv output ---- */

typedef struct field {
	const char *name;
	unsigned parts;         /* what the column needs loaded */
	void (*put)(rncp_buf *b, const rncp_record *r, const rncp_query *q, int matched);
} field;

static void
put_str(rncp_buf *b, const char *s)
{
	if (s != NULL)
		rncp_buf_append_str(b, s);
}

static void
put_list(rncp_buf *b, char *const *v, size_t n, const char *sep)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (i > 0)
			rncp_buf_append_str(b, sep);
		put_str(b, v[i]);
	}
}

/* The codes of a list, comma-separated; with matched, only those the
 * query's filter of that list matched. */
static void
put_codes(rncp_buf *b, const rncp_coded *v, size_t n, const rncp_query *q, rncp_qlist l,
          int matched)
{
	size_t i, k = 0;

	for (i = 0; i < n; i++) {
		if (matched && !rncp_query_code_match(q, l, v[i].code))
			continue;
		if (k++ > 0)
			rncp_buf_append_str(b, ",");
		put_str(b, v[i].code);
	}
}

#define UNUSED (void)q, (void)matched
static void f_code(rncp_buf *b, const rncp_record *r, const rncp_query *q, int matched) { UNUSED; put_str(b, r->code); }
static void f_title(rncp_buf *b, const rncp_record *r, const rncp_query *q, int matched) { UNUSED; put_str(b, r->title); }
static void f_status(rncp_buf *b, const rncp_record *r, const rncp_query *q, int matched) { UNUSED; put_str(b, r->status); }
static void f_level_old(rncp_buf *b, const rncp_record *r, const rncp_query *q, int matched) { UNUSED; put_str(b, r->level_old); }
static void f_expires(rncp_buf *b, const rncp_record *r, const rncp_query *q, int matched) { UNUSED; put_str(b, r->expires); }
static void f_path(rncp_buf *b, const rncp_record *r, const rncp_query *q, int matched) { UNUSED; put_str(b, r->source_path); }
static void f_layout(rncp_buf *b, const rncp_record *r, const rncp_query *q, int matched) { UNUSED; put_str(b, r->source_layout); }
static void f_encoding(rncp_buf *b, const rncp_record *r, const rncp_query *q, int matched) { UNUSED; put_str(b, r->source_encoding); }
static void f_sha256(rncp_buf *b, const rncp_record *r, const rncp_query *q, int matched) { UNUSED; put_str(b, r->source_sha256); }
static void f_jobs(rncp_buf *b, const rncp_record *r, const rncp_query *q, int matched) { UNUSED; put_list(b, r->jobs, r->njobs, "; "); }
static void f_warnings(rncp_buf *b, const rncp_record *r, const rncp_query *q, int matched) { UNUSED; put_list(b, r->warnings, r->nwarnings, "; "); }

static void
f_key(rncp_buf *b, const rncp_record *r, const rncp_query *q, int matched)
{
	UNUSED;
	if (r->code == NULL)
		rncp_buf_append_str(b, "sha256:");
	put_str(b, rncp_record_key(r));
}

static void
f_level(rncp_buf *b, const rncp_record *r, const rncp_query *q, int matched)
{
	UNUSED;
	if (r->level_eu > 0)
		rncp_buf_append(b, (char[]){(char)('0' + r->level_eu)}, 1);
}

static void
f_nsf(rncp_buf *b, const rncp_record *r, const rncp_query *q, int matched)
{
	put_codes(b, r->nsf, r->nnsf, q, RNCP_QL_NSF, matched);
}

static void
f_formacodes(rncp_buf *b, const rncp_record *r, const rncp_query *q, int matched)
{
	put_codes(b, r->formacodes, r->nformacodes, q, RNCP_QL_FORMACODE, matched);
}

static void
f_rome(rncp_buf *b, const rncp_record *r, const rncp_query *q, int matched)
{
	put_codes(b, r->rome, r->nrome, q, RNCP_QL_ROME, matched);
}

/* Certifier names, or their SIRETs (sirets), separated by "; ": names
 * hold commas. */
static void
certifiers(rncp_buf *b, const rncp_record *r, const rncp_query *q, int matched, int sirets)
{
	size_t i, k = 0;

	for (i = 0; i < r->ncertifiers; i++) {
		if (matched && !rncp_query_certifier_match(q, &r->certifiers[i]))
			continue;
		if (k++ > 0)
			rncp_buf_append_str(b, "; ");
		put_str(b, sirets ? r->certifiers[i].siret : r->certifiers[i].name);
	}
}

static void
f_certifiers(rncp_buf *b, const rncp_record *r, const rncp_query *q, int matched)
{
	certifiers(b, r, q, matched, 0);
}

static void
f_sirets(rncp_buf *b, const rncp_record *r, const rncp_query *q, int matched)
{
	certifiers(b, r, q, matched, 1);
}

static void
f_blocs(rncp_buf *b, const rncp_record *r, const rncp_query *q, int matched)
{
	size_t i, k = 0;

	for (i = 0; i < r->nblocs; i++) {
		if (r->blocs[i].code == NULL || (matched && !rncp_query_bloc_match(q, &r->blocs[i])))
			continue;
		if (k++ > 0)
			rncp_buf_append_str(b, ",");
		put_str(b, r->blocs[i].code);
	}
}
/* The blocs a database query loaded as its --bloc hits: all of them */
static void
f_bloc_hits(rncp_buf *b, const rncp_record *r, const rncp_query *q, int matched)
{
	f_blocs(b, r, q, 0);
	(void)matched;
}
#undef UNUSED

/* The columns of the codes each filter matched, from a database: the
 * query loads only those (RNCP_LOAD_HITS). */
static const field hit_fields[] = {
    {"rome", RNCP_LOAD_HITS, f_rome},
    {"nsf", RNCP_LOAD_HITS, f_nsf},
    {"formacodes", RNCP_LOAD_HITS, f_formacodes},
    {"blocs", RNCP_LOAD_HITS, f_bloc_hits},
};

/* in field.parts: the column needs the scalars RNCP_LOAD_BRIEF leaves out */
#define FULL_ROW 0x10000u

static const field fields[] = {
    {"code", 0, f_code},
    {"key", FULL_ROW, f_key},
    {"title", 0, f_title},
    {"status", 0, f_status},
    {"level", 0, f_level},
    {"level_old", 0, f_level_old},
    {"expires", FULL_ROW, f_expires},
    {"nsf", RNCP_LOAD_NSF, f_nsf},
    {"formacodes", RNCP_LOAD_FORMACODES, f_formacodes},
    {"rome", RNCP_LOAD_ROME, f_rome},
    {"certifiers", RNCP_LOAD_CERTIFIERS, f_certifiers},
    {"sirets", RNCP_LOAD_CERTIFIERS, f_sirets},
    {"blocs", RNCP_LOAD_BLOCS, f_blocs},
    {"jobs", RNCP_LOAD_JOBS, f_jobs},
    {"path", FULL_ROW, f_path},
    {"layout", FULL_ROW, f_layout},
    {"encoding", FULL_ROW, f_encoding},
    {"sha256", FULL_ROW, f_sha256},
    {"warnings", RNCP_LOAD_WARNINGS, f_warnings},
};

#define MAX_FIELDS 32

static const field *
field_named(const char *name, size_t n)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(fields); i++)
		if (strlen(fields[i].name) == n && strncmp(fields[i].name, name, n) == 0)
			return &fields[i];
	return NULL;
}

/* The column of the codes a filter matched: from a database, the one the
 * query loads them for (hit_fields). */
static const field *
matched_column(const char *name, int in_db)
{
	size_t i;

	for (i = 0; in_db && i < ARRAY_SIZE(hit_fields); i++)
		if (strcmp(hit_fields[i].name, name) == 0)
			return &hit_fields[i];
	return field_named(name, strlen(name));
}

/* ---- output: one writer for query rows and stats rows ---- */

typedef struct out {
	enum fmt fmt;
	char sep;                 /* csv separator */
	int bom, header;
	const field *col[MAX_FIELDS];
	size_t ncol;
	int matched;              /* default columns: only the matched codes */
	const rncp_query *q;
	size_t rows;
	int failed;               /* write error: stop */
	rncp_buf line, cell;
} out;

/* The TSV escape of each byte, NULL for a byte that stands for itself:
 * one look-up a byte. */
static const char *const tsv_escape[256] = {
    ['\t'] = "\\t", ['\n'] = "\\n", ['\r'] = "\\r", ['\\'] = "\\\\"};

/* One cell: TSV escapes tab, newline, CR and backslash (so one row is one
 * line); CSV quotes a cell holding the separator, a quote or a line end,
 * doubling its quotes.  Unchanged runs are copied whole. */
static void
cell(out *o, size_t i, const char *s, size_t n)
{
	const char *esc;
	size_t k, start = 0;

	if (i > 0)
		rncp_buf_append(&o->line, o->fmt == F_CSV ? &o->sep : "\t", 1);
	if (o->fmt == F_TSV) {
		for (k = 0; k < n; k++) {
			if ((esc = tsv_escape[(unsigned char)s[k]]) == NULL)
				continue;
			rncp_buf_append(&o->line, s + start, k - start);
			rncp_buf_append_str(&o->line, esc);
			start = k + 1;
		}
		rncp_buf_append(&o->line, s + start, n - start);
		return;
	}
	for (k = 0; k < n; k++)
		if (s[k] == o->sep || s[k] == '"' || s[k] == '\n' || s[k] == '\r')
			break;
	if (k == n) {
		rncp_buf_append(&o->line, s, n);
		return;
	}
	rncp_buf_append_str(&o->line, "\"");
	for (k = 0; k < n; k++) {
		if (s[k] != '"')
			continue;
		rncp_buf_append(&o->line, s + start, k + 1 - start);
		start = k; /* the quote again, doubled */
	}
	rncp_buf_append(&o->line, s + start, n - start);
	rncp_buf_append_str(&o->line, "\"");
}

/* Write and empty the pending line. */
static void
flush_line(out *o)
{
	if (o->failed)
		return;
	if (o->line.failed || cli_write(o->line.s ? o->line.s : "", o->line.len) != 0)
		o->failed = 1;
	o->line.len = 0;
}

static void
end_row(out *o)
{
	rncp_buf_append_str(&o->line, o->fmt == F_CSV ? "\r\n" : "\n");
	flush_line(o);
}

/* The BOM and the header line of tsv/csv, before the first row. */
static void
begin(out *o, const char *const *names, size_t n)
{
	size_t i;

	if (o->fmt == F_TSV || o->fmt == F_CSV) {
		if (o->bom)
			rncp_buf_append_str(&o->line, "\xEF\xBB\xBF");
		if (o->header) {
			for (i = 0; i < n; i++)
				cell(o, i, names[i], strlen(names[i]));
			end_row(o);
		}
		flush_line(o);
	} else if (o->fmt == F_JSON) {
		rncp_buf_append_str(&o->line, "[");
	}
}

static void
finish_json(out *o)
{
	if (o->fmt == F_JSON) {
		rncp_buf_append_str(&o->line, o->rows ? "\n]\n" : "]\n");
		flush_line(o);
	}
}

static int
record_row(const rncp_record *r, void *ctx)
{
	out *o = ctx;
	size_t i;

	switch (o->fmt) {
	case F_JSON:
		rncp_buf_append_str(&o->line, o->rows ? ",\n" : "\n");
		if (rncp_record_json(r, 1, 1, &o->line) != RNCP_OK)
			o->line.failed = 1;
		flush_line(o);
		break;
	case F_JSONL:
		if (rncp_record_json(r, 0, 0, &o->line) != RNCP_OK)
			o->line.failed = 1;
		end_row(o);
		break;
	default:
		for (i = 0; i < o->ncol; i++) {
			o->cell.len = 0;
			o->col[i]->put(&o->cell, r, o->q, o->matched);
			cell(o, i, o->cell.s ? o->cell.s : "", o->cell.len);
		}
		end_row(o);
	}
	o->rows++;
	return o->failed;
}

/* ---- options shared by query and stats ---- */

typedef struct vals {
	const char **v;
	size_t n;
} vals;

typedef struct opts {
	vals rome, nsf, level, bloc, formacode, certifier, text, status;
	enum fmt fmt;
	const char *fields, *sep, *by;
	int bom, header, count;
} opts;

enum {
	O_ROME = 256, O_NSF, O_LEVEL, O_BLOC, O_FORMACODE, O_CERTIFIER, O_TEXT, O_STATUS,
	O_FORMAT, O_FIELDS, O_SEP, O_BOM, O_NO_HEADER, O_COUNT, O_BY
};

static int
add_val(vals *v, const char *s)
{
	const char **p = realloc(v->v, (v->n + 1) * sizeof(*p));

	if (p == NULL)
		return -1;
	p[v->n++] = s;
	v->v = p;
	return 0;
}

static void
free_opts(opts *o)
{
	free(o->rome.v);
	free(o->nsf.v);
	free(o->level.v);
	free(o->bloc.v);
	free(o->formacode.v);
	free(o->certifier.v);
	free(o->text.v);
	free(o->status.v);
}

static void
to_query(const opts *o, rncp_query *q)
{
	memset(q, 0, sizeof(*q));
	q->rome = o->rome.v, q->nrome = o->rome.n;
	q->nsf = o->nsf.v, q->nnsf = o->nsf.n;
	q->level = o->level.v, q->nlevel = o->level.n;
	q->bloc = o->bloc.v, q->nbloc = o->bloc.n;
	q->formacode = o->formacode.v, q->nformacode = o->formacode.n;
	q->certifier = o->certifier.v, q->ncertifier = o->certifier.n;
	q->text = o->text.v, q->ntext = o->text.n;
	q->status = o->status.v, q->nstatus = o->status.n;
}

/* Parse argv of command cmd ("query" or "stats").  Returns -1 when done
 * and fine, else the exit status (help, usage error). */
static int
parse_opts(const char *cmd, const char *usage, int argc, char **argv, opts *o)
{
	static const struct option query_opts[] = {
	    {"rome", required_argument, NULL, O_ROME},
	    {"nsf", required_argument, NULL, O_NSF},
	    {"level", required_argument, NULL, O_LEVEL},
	    {"bloc", required_argument, NULL, O_BLOC},
	    {"formacode", required_argument, NULL, O_FORMACODE},
	    {"certifier", required_argument, NULL, O_CERTIFIER},
	    {"text", required_argument, NULL, O_TEXT},
	    {"status", required_argument, NULL, O_STATUS},
	    {"format", required_argument, NULL, O_FORMAT},
	    {"fields", required_argument, NULL, O_FIELDS},
	    {"sep", required_argument, NULL, O_SEP},
	    {"bom", no_argument, NULL, O_BOM},
	    {"no-header", no_argument, NULL, O_NO_HEADER},
	    {"count", no_argument, NULL, O_COUNT},
	    {"by", required_argument, NULL, O_BY},
	    {"help", no_argument, NULL, 'h'},
	    {NULL, 0, NULL, 0}};
	int c, k, is_stats = strcmp(cmd, "stats") == 0;
	vals *v;

	memset(o, 0, sizeof(*o));
	o->header = 1;
	optind = 1;
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":h", query_opts, NULL)) != -1) {
		v = NULL;
		switch (c) {
		case O_ROME: v = &o->rome; break;
		case O_NSF: v = &o->nsf; break;
		case O_LEVEL: v = &o->level; break;
		case O_BLOC: v = &o->bloc; break;
		case O_FORMACODE: v = &o->formacode; break;
		case O_CERTIFIER: v = &o->certifier; break;
		case O_TEXT: v = &o->text; break;
		case O_STATUS: v = &o->status; break;
		case O_FORMAT:
			for (k = 0; k < 4 && strcmp(optarg, fmt_names[k]) != 0; k++)
				continue;
			if (k == 4)
				return cli_bad_value(cmd, "--format", optarg, fmt_names, 4);
			o->fmt = (enum fmt)k;
			break;
		case O_FIELDS: o->fields = optarg; break;
		case O_SEP: o->sep = optarg; break;
		case O_BOM: o->bom = 1; break;
		case O_NO_HEADER: o->header = 0; break;
		case O_COUNT: o->count = 1; break;
		case O_BY: o->by = optarg; break;
		case 'h': fputs(usage, stdout); return EXIT_MATCH;
		default:
			return cli_option_error(cmd, c, argv, query_opts);
		}
		if (v != NULL && add_val(v, optarg) != 0) {
			cli_error(NULL, "out of memory");
			return EXIT_FAIL;
		}
	}
	/* options that mean nothing to this command are errors, not ignored */
	if (is_stats && (o->fields || o->count || optind < argc)) {
		cli_error(NULL, "stats: %s (try 'rncp stats --help')",
		          optind < argc ? "takes no FILE; it counts the stored fiches"
		                        : "--fields and --count are options of 'rncp query'");
		return EXIT_FAIL;
	}
	if (!is_stats && o->by) {
		cli_error(NULL, "query: --by is an option of 'rncp stats'");
		return EXIT_FAIL;
	}
	if (o->sep != NULL && (o->fmt != F_CSV || strlen(o->sep) != 1 || o->sep[0] == '"' ||
	                       o->sep[0] == '\n' || o->sep[0] == '\r')) {
		cli_error(NULL, "%s: --sep '%s': give one character, with --format csv", cmd, o->sep);
		return EXIT_FAIL;
	}
	if ((o->bom || !o->header || o->fields) && (o->fmt == F_JSON || o->fmt == F_JSONL)) {
		cli_error(NULL, "%s: --bom, --no-header and --fields apply to tsv and csv output",
		          cmd);
		return EXIT_FAIL;
	}
	return -1;
}

/* Check the query before touching any file or database. */
static int
check_query(const char *cmd, const rncp_query *q)
{
	rncp_error err = {0};

	if (rncp_query_validate(q, &err) != RNCP_OK) {
		cli_error(NULL, "%s: %s", cmd, err.msg);
		return EXIT_FAIL;
	}
	return -1;
}

/* The columns: --fields, else code, level, title and the codes that each
 * filter matched; *parts, what the records must hold for them.  From a
 * database (in_db), the codes and blocs a filter matched come with the
 * query instead of being matched again here. */
static int
set_columns(out *o, const opts *op, unsigned *parts, int in_db)
{
	const char *p = op->fields, *end;
	const field *f;

	*parts = 0;
	if (p == NULL) {
		static const char *const def[] = {"code", "level", "title"};
		size_t i;
		const struct {
			size_t n;
			const char *name;
		} matched[] = {{op->rome.n, "rome"},
		               {op->nsf.n, "nsf"},
		               {op->formacode.n, "formacodes"},
		               {op->certifier.n, "certifiers"},
		               {op->bloc.n, "blocs"}};
		for (i = 0; i < 3; i++)
			o->col[o->ncol++] = field_named(def[i], strlen(def[i]));
		for (i = 0; i < ARRAY_SIZE(matched); i++)
			if (matched[i].n)
				o->col[o->ncol++] = matched_column(matched[i].name, in_db);
		o->matched = 1;
	} else {
		for (; *p; p = *end ? end + 1 : end) {
			end = strchr(p, ',');
			if (end == NULL)
				end = p + strlen(p);
			f = field_named(p, (size_t)(end - p));
			if (f == NULL || o->ncol == MAX_FIELDS) {
				cli_error(NULL, "query: --fields: unknown field '%.*s' (try 'rncp query --help')",
				          (int)(end - p), p);
				return EXIT_FAIL;
			}
			o->col[o->ncol++] = f;
		}
		if (o->ncol == 0) {
			cli_error(NULL, "query: --fields: name at least one field");
			return EXIT_FAIL;
		}
	}
	for (size_t i = 0; i < o->ncol; i++)
		*parts |= o->col[i]->parts;
	*parts = *parts & FULL_ROW ? *parts & ~FULL_ROW : *parts | RNCP_LOAD_BRIEF;
	return -1;
}

static void
init_out(out *o, const opts *op, const rncp_query *q)
{
	memset(o, 0, sizeof(*o));
	o->fmt = op->fmt;
	o->sep = op->sep ? op->sep[0] : ',';
	o->bom = op->bom;
	o->header = op->header;
	o->q = q;
}

static void
free_out(out *o)
{
	rncp_buf_free(&o->line);
	rncp_buf_free(&o->cell);
}

/* Open the database for reading; NULL after reporting why. */
static rncp_db *
open_db(const cli_global *g, char **path)
{
	rncp_db *db = NULL;
	rncp_error err = {0};

	*path = cli_db_path(g);
	if (*path == NULL) {
		cli_error(NULL, "no database path: set RNCP_DB or HOME, or use --db");
		return NULL;
	}
	if (rncp_db_open(*path, RNCP_DB_READONLY, &db, &err) != RNCP_OK) {
		cli_error(*path, "%s", err.msg);
		return NULL;
	}
	return db;
}

/* What query and stats hold while they run. */
typedef struct run {
	opts op;
	rncp_query q;
	out o;
	rncp_db *db;
	char *path;
} run;

/* Options, checked query and output set up; -1 when fine, else the exit
 * status (help, usage error). */
static int
run_start(run *r, const char *cmd, const char *usage, int argc, char **argv)
{
	int rc;

	memset(r, 0, sizeof(*r));
	if ((rc = parse_opts(cmd, usage, argc, argv, &r->op)) >= 0)
		return rc;
	to_query(&r->op, &r->q);
	init_out(&r->o, &r->op, &r->q);
	return check_query(cmd, &r->q);
}

static int
run_end(run *r, int rc)
{
	rncp_db_close(r->db);
	free(r->path);
	free_out(&r->o);
	free_opts(&r->op);
	return rc;
}

/* ---- rncp query ---- */

typedef struct found {
	rncp_record **v;
	size_t n;
} found;

static int
cmp_key(const void *a, const void *b)
{
	const rncp_record *x = *(rncp_record *const *)a, *y = *(rncp_record *const *)b;

	/* the database's order: codes (upper case) before "sha256:" keys */
	if ((x->code == NULL) != (y->code == NULL))
		return x->code == NULL ? 1 : -1;
	return strcmp(rncp_record_key(x), rncp_record_key(y));
}

/* Parse the FILEs in memory and keep those matching q, in key order.
 * *bad counts the files rejected. */
static int
query_files(char **files, int n, const rncp_query *q, found *fd, size_t *bad)
{
	int i;

	for (i = 0; i < n; i++) {
		char *data = NULL;
		size_t len = 0;
		rncp_record *rec = NULL, **v;
		rncp_error err = {0};
		rncp_status st = rncp_read_file(files[i], &data, &len, &err);

		if (st == RNCP_OK)
			st = rncp_parse(data, len, files[i], NULL, &rec, &err);
		free(data);
		if (st != RNCP_OK) {
			cli_error(strcmp(files[i], "-") == 0 ? "(standard input)" : files[i], "%s",
			          err.msg);
			(*bad)++;
			continue;
		}
		if (!rncp_query_match(q, rec)) {
			rncp_record_free(rec);
			continue;
		}
		v = realloc(fd->v, (fd->n + 1) * sizeof(*v));
		if (v == NULL) {
			rncp_record_free(rec);
			cli_error(NULL, "out of memory");
			return -1;
		}
		fd->v = v;
		fd->v[fd->n++] = rec;
	}
	if (fd->n > 1) /* qsort(NULL, 0, ...) is undefined: no file matched */
		qsort(fd->v, fd->n, sizeof(*fd->v), cmp_key);
	return 0;
}

int
cli_query(cli_global *g, int argc, char **argv)
{
	run r;
	found fd = {NULL, 0};
	rncp_error err = {0};
	char num[32];
	size_t n = 0, bad = 0, i;
	unsigned parts = RNCP_LOAD_ALL;
	int rc, nfiles;
	const char *names[MAX_FIELDS] = {NULL};

	if ((rc = run_start(&r, "query", query_usage, argc, argv)) >= 0 ||
	    (!r.op.count && r.op.fmt != F_JSON && r.op.fmt != F_JSONL &&
	     (rc = set_columns(&r.o, &r.op, &parts, argc == optind)) >= 0))
		goto out;
	nfiles = argc - optind;
	if (nfiles > 0) {
		if (query_files(argv + optind, nfiles, &r.q, &fd, &bad) != 0 ||
		    bad == (size_t)nfiles) {
			rc = EXIT_FAIL;
			goto out;
		}
		n = fd.n;
	} else if ((r.db = open_db(g, &r.path)) == NULL) {
		rc = EXIT_FAIL;
		goto out;
	}
	if (r.op.count) {
		if (r.db != NULL && rncp_db_select(r.db, &r.q, 0, NULL, NULL, &n, &err) != RNCP_OK) {
			cli_error(r.path, "%s", err.msg);
			rc = EXIT_FAIL;
			goto out;
		}
		snprintf(num, sizeof(num), "%zu\n", n);
		cli_write(num, strlen(num));
	} else {
		for (i = 0; i < r.o.ncol; i++)
			names[i] = r.o.col[i]->name;
		begin(&r.o, names, r.o.ncol);
		if (r.db != NULL) {
			if (rncp_db_select(r.db, &r.q, parts, record_row, &r.o, &n, &err) != RNCP_OK) {
				cli_error(r.path, "%s", err.msg);
				rc = EXIT_FAIL;
				goto out;
			}
		} else {
			for (i = 0; i < fd.n && !r.o.failed; i++)
				record_row(fd.v[i], &r.o);
		}
		finish_json(&r.o);
	}
	rc = n == 0 || bad > 0 ? EXIT_PARTIAL : EXIT_MATCH;
out:
	for (i = 0; i < fd.n; i++)
		rncp_record_free(fd.v[i]);
	free(fd.v);
	return run_end(&r, rc);
}

/* ---- rncp show ---- */

int
cli_show(cli_global *g, int argc, char **argv)
{
	rncp_db *db = NULL;
	rncp_record *rec = NULL;
	rncp_error err = {0};
	rncp_buf b = {0};
	char *path = NULL;
	int rc = EXIT_FAIL;

	if (argc == 2 && (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)) {
		fputs(show_usage, stdout);
		return EXIT_MATCH;
	}
	if (argc != 2 || argv[1][0] == '-') {
		cli_error(NULL, "show: %s (try 'rncp show --help')",
		          argc < 2 ? "name the fiche: rncp show RNCP37454"
		          : argc > 2 ? "one CODE at a time (rncp query --format json for several)"
		                     : "unknown option");
		return EXIT_FAIL;
	}
	if ((db = open_db(g, &path)) == NULL)
		goto out;
	if (rncp_db_get(db, argv[1], &rec, &err) != RNCP_OK) {
		cli_error(path, "%s", err.msg);
		rc = err.status == RNCP_ENOTFOUND ? EXIT_PARTIAL : EXIT_FAIL;
		goto out;
	}
	/* exactly what "rncp parse" prints for one fiche */
	if (rncp_record_json(rec, 1, 0, &b) != RNCP_OK || rncp_buf_append_str(&b, "\n") != 0) {
		cli_error(NULL, "out of memory");
		goto out;
	}
	cli_write(b.s, b.len);
	rc = EXIT_MATCH;
out:
	rncp_buf_free(&b);
	rncp_record_free(rec);
	rncp_db_close(db);
	free(path);
	return rc;
}

/* ---- rncp stats ---- */

typedef struct stat_kind {
	const char *name;    /* --by value */
	const char *column;  /* the key column */
	rncp_stat_by by;
	const char *label;   /* the label column, or NULL: none */
} stat_kind;

static const stat_kind stat_kinds[] = {
    {"rome", "rome", RNCP_BY_ROME, "label"},
    {"rome-domain", "rome_domain", RNCP_BY_ROME_DOMAIN, NULL},
    {"nsf", "nsf", RNCP_BY_NSF, "label"},
    {"level", "level", RNCP_BY_LEVEL, "level_1969"},
    {"certifier", "certifier", RNCP_BY_CERTIFIER, "siret"},
};

typedef struct stat_out {
	out *o;
	const stat_kind *k;
} stat_out;

static int
stat_row(const char *key, const char *label, long count, void *ctx)
{
	stat_out *so = ctx;
	out *o = so->o;
	char num[32];
	size_t i = 0;

	snprintf(num, sizeof(num), "%ld", count);
	if (o->fmt == F_JSON || o->fmt == F_JSONL) {
		if (o->fmt == F_JSON)
			rncp_buf_append_str(&o->line, o->rows ? ",\n  {" : "\n  {");
		else
			rncp_buf_append_str(&o->line, "{");
		rncp_json_string(&o->line, so->k->column);
		rncp_buf_append_str(&o->line, ": ");
		if (so->k->by == RNCP_BY_LEVEL && key != NULL)
			rncp_buf_append_str(&o->line, key); /* a number */
		else
			rncp_json_string(&o->line, key);
		if (so->k->label != NULL) {
			rncp_buf_append_str(&o->line, ", ");
			rncp_json_string(&o->line, so->k->label);
			rncp_buf_append_str(&o->line, ": ");
			rncp_json_string(&o->line, label);
		}
		rncp_buf_append_str(&o->line, ", \"fiches\": ");
		rncp_buf_append_str(&o->line, num);
		rncp_buf_append_str(&o->line, "}");
		if (o->fmt == F_JSONL)
			end_row(o);
		else
			flush_line(o);
	} else {
		cell(o, i++, key ? key : "", key ? strlen(key) : 0);
		if (so->k->label != NULL)
			cell(o, i++, label ? label : "", label ? strlen(label) : 0);
		cell(o, i, num, strlen(num));
		end_row(o);
	}
	o->rows++;
	return o->failed;
}

int
cli_stats(cli_global *g, int argc, char **argv)
{
	run r;
	stat_out so = {NULL, NULL};
	rncp_error err = {0};
	const char *names[3];
	size_t i, n = 0;
	int rc;

	if ((rc = run_start(&r, "stats", stats_usage, argc, argv)) >= 0)
		goto out;
	so.o = &r.o;
	for (i = 0; r.op.by != NULL && i < ARRAY_SIZE(stat_kinds); i++)
		if (strcmp(r.op.by, stat_kinds[i].name) == 0)
			so.k = &stat_kinds[i];
	if (so.k == NULL) {
		const char *names_by[ARRAY_SIZE(stat_kinds)];
		for (i = 0; i < ARRAY_SIZE(stat_kinds); i++)
			names_by[i] = stat_kinds[i].name;
		if (r.op.by == NULL)
			cli_error(NULL, "stats: say what to count by: --by rome, rome-domain, nsf, level "
			                "or certifier");
		else
			cli_bad_value("stats", "--by", r.op.by, names_by, ARRAY_SIZE(stat_kinds));
		rc = EXIT_FAIL;
		goto out;
	}
	if ((r.db = open_db(g, &r.path)) == NULL) {
		rc = EXIT_FAIL;
		goto out;
	}
	names[n++] = so.k->column;
	if (so.k->label != NULL)
		names[n++] = so.k->label;
	names[n++] = "fiches";
	begin(&r.o, names, n);
	if (rncp_db_stats(r.db, &r.q, so.k->by, stat_row, &so, &err) != RNCP_OK) {
		cli_error(r.path, "%s", err.msg);
		rc = EXIT_FAIL;
		goto out;
	}
	finish_json(&r.o);
	rc = r.o.rows > 0 ? EXIT_MATCH : EXIT_PARTIAL;
out:
	return run_end(&r, rc);
}
