/*
 * cli_parse.c - "rncp parse": read fiches (files, directories with -r,
 * standard input), print their records and store them.
 */
#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <search.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"

static const char parse_usage[] =
    "usage: rncp [--db PATH] parse [--no-store] [--format json|jsonl|tsv] [-r] [-q] [-j N]\n"
    "                              [--files-from FILE|-] [-0] FILE|DIR|- ...\n"
    "\n"
    "Reads RNCP fiches (UTF-8, UTF-16 or Latin-1/CP1252 text), prints one record\n"
    "per fiche and stores it in the database (replacing a record with the same code).\n"
    "\n"
    "  --no-store          print only; leave the database alone\n"
    "  --format FORMAT     json (default: an object, an array for several fiches),\n"
    "                      jsonl (one object per line) or tsv (code, level, title, layout, path)\n"
    "  -r, --recursive     read every file under the directories given\n"
    "  --files-from FILE   also read the fiches named in FILE, one path a line\n"
    "                      (- for standard input: find ... | rncp parse --files-from -)\n"
    "  -0, --null          the paths in that list end with NUL (find -print0)\n"
    "  -q, --quiet         no warnings and no progress line on standard error\n"
    "  -j, --jobs N        parse in N processes (output and database writes unchanged)\n"
    "  -h, --help          this help\n"
    "\n"
    "On a terminal, a run of more than half a second shows its progress on\n"
    "standard error.\n"
    "\n"
    "A file that cannot be read, is empty, binary, over 64 MiB or not a fiche is\n"
    "named on standard error and skipped; the others are still processed, and the\n"
    "exit status is then 1 (2 when no file could be used).  Two files with the\n"
    "same code: the later one's record replaces the earlier one, with a warning.\n";

/* the help above and README.md state the limit */
_Static_assert(RNCP_MAX_INPUT == (size_t)64 * 1024 * 1024, "update parse --help and README.md");

enum fmt { F_JSON, F_JSONL, F_TSV };
static const char *const fmt_names[] = {"json", "jsonl", "tsv"};

typedef struct inputs {
	char **v;
	size_t n, cap;
} inputs;

static int
add_input(inputs *in, const char *p)
{
	if (in->n == in->cap) {
		size_t cap = in->cap ? in->cap * 2 : 16;
		char **v = realloc(in->v, cap * sizeof(char *));
		if (v == NULL)
			return -1;
		in->v = v;
		in->cap = cap;
	}
	in->v[in->n] = strdup(p);
	if (in->v[in->n] == NULL)
		return -1;
	in->n++;
	return 0;
}

static void
free_inputs(inputs *in)
{
	size_t i;

	for (i = 0; i < in->n; i++)
		free(in->v[i]);
	free(in->v);
	in->v = NULL;
	in->n = in->cap = 0;
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The kind of the entry e of a directory, path: DT_DIR, DT_REG or
 * DT_UNKNOWN (anything else).  readdir's d_type saves a stat per file; a
 * symbolic link counts as the file it names, but never as a directory, so
 * that links to a directory above (or to itself) cannot make the walk
 * endless, as with grep -r and find. */
static int
entry_kind(const struct dirent *e, const char *path)
{
	struct stat sb;
	int kind = e->d_type;

	if (kind == DT_UNKNOWN && lstat(path, &sb) == 0)
		kind = S_ISLNK(sb.st_mode) ? DT_LNK : S_ISDIR(sb.st_mode) ? DT_DIR
		     : S_ISREG(sb.st_mode) ? DT_REG : DT_UNKNOWN;
	if (kind == DT_LNK)
		kind = stat(path, &sb) == 0 && S_ISREG(sb.st_mode) ? DT_REG : DT_UNKNOWN;
	return kind == DT_DIR || kind == DT_REG ? kind : DT_UNKNOWN;
}

/* Every regular, non-hidden file under dir, in name order; a work list,
 * not recursion, so a deep tree cannot exhaust the stack. */
static int
walk(inputs *out, const char *dir)
{
	inputs todo = {0};
	size_t first = out->n;
	int rc = 0;

	if (add_input(&todo, dir) != 0) {
		cli_error(dir, "out of memory");
		return 1;
	}
	while (todo.n > 0) {
		char *d = todo.v[--todo.n];
		DIR *dp = opendir(d);
		struct dirent *e;
		if (dp == NULL) {
			cli_error(d, "cannot read directory: %s", strerror(errno));
			rc = 1;
			free(d);
			continue;
		}
		while ((e = readdir(dp)) != NULL) {
			char path[4096];
			int kind;
			if (e->d_name[0] == '.')
				continue;
			if ((size_t)snprintf(path, sizeof(path), "%s/%s", d, e->d_name) >= sizeof(path)) {
				cli_error(d, "cannot read '%s' in it: path over %zu bytes", e->d_name,
				          sizeof(path) - 1);
				rc = 1;
				continue;
			}
			kind = entry_kind(e, path);
			if (kind != DT_UNKNOWN && add_input(kind == DT_DIR ? &todo : out, path) != 0) {
				cli_error(path, "out of memory");
				rc = 1;
			}
		}
		closedir(dp);
		free(d);
	}
	free(todo.v);
	if (out->n - first > 1) /* out->v is NULL after an empty directory */
		qsort(out->v + first, out->n - first, sizeof(char *), cmp_str);
	return rc;
}

/* -j N: 1 to 64 processes. Returns 0 (after the message) when malformed. */
static int
parse_jobs(const char *s)
{
	char *end;
	long n = strtol(s, &end, 10);

	if (*s == '\0' || *end != '\0' || n < 1 || n > 64) {
		cli_error(NULL, "parse: -j wants a number of processes from 1 to 64, not '%s'", s);
		return 0;
	}
	return (int)n;
}

/* Records are stored in batches of STORE_BATCH, one transaction each:
 * one commit per record made storing cost as much again as parsing. */
#define STORE_BATCH 100

/* The records of the open transaction, kept until it commits: should the
 * commit fail (a full disk), each is stored again on its own, so only the
 * ones that do not fit are lost, as without batches. */
typedef struct batch {
	rncp_record *rec[STORE_BATCH];
	const char *name[STORE_BATCH];
	size_t n;
} batch;

static void
batch_clear(batch *b)
{
	size_t i;

	for (i = 0; i < b->n; i++)
		rncp_record_free(b->rec[i]);
	b->n = 0;
}

/*
 * Store the records of a batch that was undone again, each in its own
 * transaction, naming each that fails; then start the next batch when
 * again.  *failed is set when the database is unusable.  Returns the
 * number of records that were not stored.
 */
static size_t
store_again(rncp_db *db, const char *dbpath, batch *b, int again, int *failed,
            size_t *named /* OUT: of the lost, those named (the rest come after a failure) */)
{
	rncp_error err = {0};
	size_t i, lost = 0;

	*named = 0;
	for (i = 0; i < b->n; i++) {
		if (*failed || rncp_db_put(db, b->rec[i], &err) != RNCP_OK) {
			if (!*failed) {
				cli_error(b->name[i], "not stored: %s (database %s)", err.msg, dbpath);
				(*named)++;
			}
			if (err.status == RNCP_EFULL || err.status == RNCP_EREADONLY)
				*failed = 1;
			lost++;
		}
	}
	batch_clear(b);
	if (!*failed && again && rncp_db_begin(db, &err) != RNCP_OK) {
		cli_error(dbpath, "%s", err.msg);
		*failed = 1;
	}
	return lost;
}

/* Commit the batch; then start the next one when again.  On a failed
 * commit, store its records one by one (store_again). */
static size_t
store_commit(rncp_db *db, const char *dbpath, batch *b, int again, int *failed,
             size_t *named /* OUT */)
{
	rncp_error err = {0};

	*named = 0;
	if (rncp_db_commit(db, &err) != RNCP_OK)
		return store_again(db, dbpath, b, again, failed, named);
	batch_clear(b);
	if (again && rncp_db_begin(db, &err) != RNCP_OK) {
		cli_error(dbpath, "%s", err.msg);
		*failed = 1;
	}
	return 0;
}

/* A path named on the command line or in a list: a directory with -r
 * adds the files under it. */
static int
add_path(inputs *in, const char *path, int recursive, int *saw_dir)
{
	struct stat sb;

	if (recursive && stat(path, &sb) == 0 && S_ISDIR(sb.st_mode)) {
		*saw_dir = 1;
		return walk(in, path) != 0 ? 1 : 0;
	}
	if (add_input(in, path) != 0) {
		cli_error(NULL, "out of memory");
		return -1;
	}
	return 0;
}

/* The longest path a list may hold, and the most paths it may name. */
#define LIST_MAX_PATH 4096
#define LIST_MAX_PATHS 10000000

/* Add the paths listed in file (standard input for "-"), one a line or,
 * with nul, one per NUL-terminated record.  Empty entries are skipped and
 * a CR before the newline (a list saved on Windows) is dropped.  Returns
 * -1 when the list cannot be read (reported), 1 when some entries were
 * rejected (reported), else 0. */
static int
read_file_list(inputs *in, const char *file, int nul, int recursive, int *saw_dir)
{
	FILE *fp = strcmp(file, "-") == 0 ? stdin : fopen(file, "r");
	const char *name = fp == stdin ? "(standard input)" : file;
	char *line = NULL;
	size_t cap = 0, lineno = 0;
	ssize_t n;
	int rc = 0, r;

	if (fp == NULL) {
		cli_error(file, "cannot read the list of files: %s", strerror(errno));
		return -1;
	}
	while ((n = getdelim(&line, &cap, nul ? '\0' : '\n', fp)) != -1) {
		lineno++;
		if (n > 0 && line[n - 1] == (nul ? '\0' : '\n'))
			line[--n] = '\0';
		if (!nul && n > 0 && line[n - 1] == '\r')
			line[--n] = '\0';
		if (n == 0)
			continue;
		if ((size_t)n > LIST_MAX_PATH || strlen(line) != (size_t)n) {
			cli_error(name, "%s %zu: not a path (%s); skipped", nul ? "entry" : "line",
			          lineno, strlen(line) != (size_t)n ? "it holds a NUL byte: use -0"
			                                            : "longer than 4096 bytes");
			rc = 1;
			continue;
		}
		if (in->n >= LIST_MAX_PATHS) {
			cli_error(name, "more than %d paths; the rest is ignored", LIST_MAX_PATHS);
			rc = 1;
			break;
		}
		r = add_path(in, line, recursive, saw_dir);
		if (r < 0) {
			rc = -1;
			break;
		}
		if (r > 0)
			rc = 1;
	}
	if (rc >= 0 && ferror(fp)) {
		cli_error(name, "cannot read the list of files: %s", strerror(errno));
		rc = -1;
	}
	free(line);
	if (fp != stdin)
		fclose(fp);
	return rc;
}

/*
 * The fiches read so far in this run, by record key (code, or hash of a
 * fiche without one).  Two files with the same code are most often two
 * versions of one fiche: the later one's record replaces the earlier one
 * in the database, as it would in two runs, but a user who names both in
 * one command should hear of it.
 */
typedef struct seen_fiche {
	char *key;
	char *path;
} seen_fiche;

static int
seen_cmp(const void *a, const void *b)
{
	return strcmp(((const seen_fiche *)a)->key, ((const seen_fiche *)b)->key);
}

static void
seen_free(void *p)
{
	seen_fiche *f = p;

	free(f->key);
	free(f->path);
	free(f);
}

/* The display name of the earlier file with rec's key, or NULL when rec's
 * key is new (then remembered under name).  NULL also when out of memory:
 * the warning is then lost, nothing else. */
static const char *
seen_before(void **root, const rncp_record *rec, const char *name)
{
	seen_fiche *f = calloc(1, sizeof(*f)), **node;

	if (f == NULL || (f->key = strdup(rncp_record_key(rec))) == NULL ||
	    (f->path = strdup(name)) == NULL) {
		if (f != NULL)
			seen_free(f);
		return NULL;
	}
	node = tsearch(f, root, seen_cmp);
	if (node == NULL || *node == f)
		return NULL;
	seen_free(f);
	return (*node)->path;
}

static void
tsv_field(rncp_buf *b, const char *s)
{
	for (; s && *s; s++) {
		if (*s == '\t')
			rncp_buf_append_str(b, "\\t");
		else if (*s == '\n')
			rncp_buf_append_str(b, "\\n");
		else if (*s == '\\')
			rncp_buf_append_str(b, "\\\\");
		else
			rncp_buf_append(b, s, 1);
	}
}

int
cli_parse(cli_global *g, int argc, char **argv)
{
	static const struct option opts[] = {
	    {"no-store", no_argument, NULL, 'n'}, {"format", required_argument, NULL, 'f'},
	    {"recursive", no_argument, NULL, 'r'}, {"quiet", no_argument, NULL, 'q'},
	    {"files-from", required_argument, NULL, 'F'}, {"null", no_argument, NULL, '0'},
	    {"help", no_argument, NULL, 'h'},      {"jobs", required_argument, NULL, 'j'},
	    {NULL, 0, NULL, 0}};
	int c, store = 1, recursive = 0, quiet = 0, status = EXIT_MATCH;
	enum fmt fmt = F_JSON;
	inputs in = {0};
	size_t i, k, ok = 0, bad = 0, printed = 0, named, stored = 0, unstored = 0;
	rncp_db *db = NULL;
	char *dbpath = NULL;
	void *seen = NULL;
	int db_failed = 0, single, saw_dir = 0, nul = 0, r;
	const char *files_from = NULL;
	int jobs = 1;
	batch *pending = NULL;
	cli_pool *pool = NULL;

	optind = 1;
	while ((c = getopt_long(argc, argv, ":rqh0j:", opts, NULL)) != -1) {
		switch (c) {
		case 'n': store = 0; break;
		case 'r': recursive = 1; break;
		case 'q': quiet = 1; break;
		case 'F': files_from = optarg; break;
		case '0': nul = 1; break;
		case 'h': fputs(parse_usage, stdout); return EXIT_MATCH;
		case 'j':
			if ((jobs = parse_jobs(optarg)) == 0)
				return EXIT_FAIL;
			break;
		case 'f':
			for (k = 0; k < 3 && strcmp(optarg, fmt_names[k]) != 0; k++)
				continue;
			if (k == 3)
				return cli_bad_value("parse", "--format", optarg, fmt_names, 3);
			fmt = (enum fmt)k;
			break;
		default:
			return cli_option_error("parse", c, argv, opts);
		}
	}
	if (optind >= argc && files_from == NULL) {
		cli_error(NULL, "parse: no input (name files, directories with -r, - for standard "
		                "input, or --files-from LIST)");
		return EXIT_FAIL;
	}
	named = (size_t)(argc - optind);
	if (files_from != NULL && strcmp(files_from, "-") == 0)
		for (i = (size_t)optind; i < (size_t)argc; i++)
			if (strcmp(argv[i], "-") == 0) {
				cli_error(NULL, "parse: standard input cannot be both the list of "
				                "files (--files-from -) and a fiche (-)");
				return EXIT_FAIL;
			}
	if (nul && files_from == NULL) {
		cli_error(NULL, "parse: -0 tells how --files-from separates paths; give a list too");
		return EXIT_FAIL;
	}
	for (i = (size_t)optind; i < (size_t)argc; i++) {
		r = add_path(&in, argv[i], recursive, &saw_dir);
		if (r < 0) {
			free_inputs(&in);
			return EXIT_FAIL;
		}
		if (r > 0)
			status = EXIT_PARTIAL, bad++;
	}
	if (files_from != NULL) {
		r = read_file_list(&in, files_from, nul, recursive, &saw_dir);
		if (r < 0) {
			free_inputs(&in);
			return EXIT_FAIL;
		}
		if (r > 0)
			status = EXIT_PARTIAL, bad++;
	}
	/* one object only for one fiche named as such; a folder or a list
	 * gives an array whatever it holds */
	if (saw_dir || files_from != NULL)
		named = 2;
	single = named == 1 && in.n == 1;
	if ((pending = calloc(1, sizeof(batch))) == NULL) {
		cli_error(NULL, "out of memory");
		free_inputs(&in);
		return EXIT_FAIL;
	}
	if (fmt == F_TSV)
		fputs("code\tlevel\ttitle\tlayout\tpath\n", stdout);
	if (jobs > 1 && in.n > 1)
		pool = cli_pool_start(jobs, in.v, in.n, NULL);
	cli_progress_start("parse", in.n, quiet);
	for (i = 0; i < in.n; i++) {
		const char *path = in.v[i];
		/* grep's name for standard input, in messages */
		const char *name = strcmp(path, "-") == 0 ? "(standard input)" : path;
		const char *prev;
		char *data = NULL;
		size_t len = 0, w;
		rncp_record *rec = NULL;
		int kept = 0, undone = 0;
		rncp_error err = {0};
		rncp_buf out = {0};
		rncp_status st;

		cli_progress_update(i);
		if (pool != NULL) {
			st = cli_pool_next(pool, &rec, &err);
		} else {
			st = rncp_read_file(path, &data, &len, &err);
			if (st == RNCP_OK)
				st = rncp_parse(data, len, path, NULL, &rec, &err);
			free(data);
		}
		if (st != RNCP_OK) {
			cli_error(name, "%s", err.msg);
			bad++;
			continue;
		}
		if (!quiet)
			for (w = 0; w < rec->nwarnings; w++)
				cli_error(name, "warning: %s", rec->warnings[w]);
		if (store && !db_failed && db == NULL) {
			dbpath = cli_db_path(g);
			if (dbpath == NULL) {
				cli_error(NULL, "no database path: set RNCP_DB or HOME, or use --db");
				db_failed = 1;
			} else if (rncp_db_open(dbpath, 0, &db, &err) != RNCP_OK ||
			           rncp_db_begin(db, &err) != RNCP_OK) {
				cli_error(dbpath, "%s", err.msg);
				db_failed = 1;
			}
		}
		if (store && !db_failed) {
			int put_ok = rncp_db_put(db, rec, &err) == RNCP_OK;
			stored++;
			pending->rec[pending->n] = rec; /* kept until the commit */
			pending->name[pending->n++] = name;
			kept = 1;
			undone = !put_ok;
		} else if (store) {
			unstored++; /* the database failed before: said once, below */
		}
		prev = seen_before(&seen, rec, name);
		if (prev != NULL && !quiet)
			cli_error(name, "warning: same %s %s as %s%s", rec->code ? "code" : "text",
			          rec->code ? rec->code : "(no code)", prev,
			          store && !db_failed ? ": its record replaces that one in the database" : "");
		switch (fmt) {
		case F_JSON:
			if (!single)
				rncp_buf_append_str(&out, printed ? ",\n" : "[\n");
			rncp_record_json(rec, 1, single ? 0 : 1, &out);
			if (single)
				rncp_buf_append_str(&out, "\n");
			break;
		case F_JSONL:
			rncp_record_json(rec, 0, 0, &out);
			rncp_buf_append_str(&out, "\n");
			break;
		case F_TSV:
			tsv_field(&out, rec->code ? rec->code : "");
			rncp_buf_append_str(&out, "\t");
			if (rec->level_eu)
				rncp_buf_append(&out, (char[]){(char)('0' + rec->level_eu)}, 1);
			rncp_buf_append_str(&out, "\t");
			tsv_field(&out, rec->title);
			rncp_buf_append_str(&out, "\t");
			tsv_field(&out, rec->source_layout);
			rncp_buf_append_str(&out, "\t");
			tsv_field(&out, path);
			rncp_buf_append_str(&out, "\n");
			break;
		}
		if (!kept)
			rncp_record_free(rec);
		if (undone || pending->n == STORE_BATCH) {
			/* a failed put undid the batch: each of its records, this
			 * one too, is stored again on its own */
			size_t named_lost, lost = undone ? store_again(db, dbpath, pending, 1, &db_failed,
			                                               &named_lost)
			                                 : store_commit(db, dbpath, pending, 1, &db_failed,
			                                                &named_lost);
			stored -= lost;
			bad += named_lost;
			unstored += lost - named_lost;
		}
		cli_progress_hide(stdout);
		if (out.failed || cli_write(out.s, out.len) != 0) {
			rncp_buf_free(&out);
			break; /* output closed or full: main reports it */
		}
		rncp_buf_free(&out);
		printed++;
		ok++;
	}
	cli_progress_end();
	if (fmt == F_JSON && !single && printed)
		fputs("\n]\n", stdout);
	else if (fmt == F_JSON && !single && ok == 0 && bad == 0)
		fputs("[]\n", stdout);
	cli_pool_stop(pool);
	/* the batch so far, even after a failed record: what was stored stays */
	if (db != NULL) {
		size_t named_lost, lost = store_commit(db, dbpath, pending, 0, &db_failed, &named_lost);
		stored -= lost;
		bad += named_lost;
		unstored += lost - named_lost;
	}
	batch_clear(pending);
	free(pending);
	/* after a full disk, the fiches parsed and printed but not stored */
	if (unstored > 0)
		cli_error(dbpath, "%zu fiche%s parsed but not stored: parse %s again once the "
		          "database is usable", unstored, unstored > 1 ? "s" : "",
		          unstored > 1 ? "them" : "it");
	rncp_db_close(db);
	free(dbpath);
	tdestroy(seen, seen_free);
	free_inputs(&in);
	/* nothing done: no file usable, or none stored when asked to */
	if ((ok == 0 && (bad > 0 || db_failed)) || (store && db_failed && stored == 0))
		return EXIT_FAIL;
	if (bad > 0 || db_failed)
		return EXIT_PARTIAL;
	return status;
}
