/*
 * cli_parse.c - "rncp parse": read fiches (files, directories with -r,
 * standard input), print their records and store them.
 */
#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"

static const char parse_usage[] =
    "usage: rncp [--db PATH] parse [--no-store] [--format json|jsonl|tsv] [-r] FILE|DIR|- ...\n"
    "\n"
    "Reads RNCP fiches (UTF-8, UTF-16 or Latin-1/CP1252 text), prints one record\n"
    "per fiche and stores it in the database (replacing a record with the same code).\n"
    "\n"
    "  --no-store        print only; leave the database alone\n"
    "  --format FORMAT   json (default: an object, an array for several fiches),\n"
    "                    jsonl (one object per line) or tsv (code, level, title, layout, path)\n"
    "  -r, --recursive   read every file under the directories given\n"
    "  -q, --quiet       no warnings on standard error\n"
    "  -h, --help        this help\n";

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

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Every regular, non-hidden file under dir, in name order; a work list,
 * not recursion, so a deep tree cannot exhaust the stack. */
static int
walk(inputs *out, const char *dir)
{
	inputs todo = {0};
	size_t first = out->n;
	int rc = 0;

	if (add_input(&todo, dir) != 0)
		return -1;
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
			struct stat sb;
			if (e->d_name[0] == '.')
				continue;
			snprintf(path, sizeof(path), "%s/%s", d, e->d_name);
			if (stat(path, &sb) != 0)
				continue;
			if (S_ISDIR(sb.st_mode))
				add_input(&todo, path);
			else if (S_ISREG(sb.st_mode))
				add_input(out, path);
		}
		closedir(dp);
		free(d);
	}
	free(todo.v);
	qsort(out->v + first, out->n - first, sizeof(char *), cmp_str);
	return rc;
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
	    {"help", no_argument, NULL, 'h'},      {NULL, 0, NULL, 0}};
	int c, store = 1, recursive = 0, quiet = 0, status = EXIT_MATCH;
	enum fmt fmt = F_JSON;
	inputs in = {0};
	size_t i, k, ok = 0, bad = 0, printed = 0, named;
	rncp_db *db = NULL;
	char *dbpath = NULL;
	int db_failed = 0, single;

	optind = 1;
	while ((c = getopt_long(argc, argv, ":rqh", opts, NULL)) != -1) {
		switch (c) {
		case 'n': store = 0; break;
		case 'r': recursive = 1; break;
		case 'q': quiet = 1; break;
		case 'h': fputs(parse_usage, stdout); return EXIT_MATCH;
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
	if (optind >= argc) {
		cli_error(NULL, "parse: no input (name files, directories with -r, or - for standard input)");
		return EXIT_FAIL;
	}
	named = (size_t)(argc - optind);
	for (i = (size_t)optind; i < (size_t)argc; i++) {
		struct stat sb;
		if (recursive && stat(argv[i], &sb) == 0 && S_ISDIR(sb.st_mode)) {
			if (walk(&in, argv[i]) != 0)
				status = EXIT_PARTIAL, bad++;
			named = 2; /* a directory: always an array */
		} else if (add_input(&in, argv[i]) != 0) {
			cli_error(NULL, "out of memory");
			return EXIT_FAIL;
		}
	}
	single = named == 1 && in.n == 1;
	if (fmt == F_TSV)
		fputs("code\tlevel\ttitle\tlayout\tpath\n", stdout);
	for (i = 0; i < in.n; i++) {
		const char *path = in.v[i];
		char *data = NULL;
		size_t len = 0, w;
		rncp_record *rec = NULL;
		rncp_error err = {0};
		rncp_buf out = {0};
		rncp_status st;

		st = rncp_read_file(path, &data, &len, &err);
		if (st == RNCP_OK)
			st = rncp_parse(data, len, strcmp(path, "-") == 0 ? "-" : path, NULL, &rec, &err);
		free(data);
		if (st != RNCP_OK) {
			cli_error(strcmp(path, "-") == 0 ? "(standard input)" : path, "%s", err.msg);
			bad++;
			continue;
		}
		if (!quiet)
			for (w = 0; w < rec->nwarnings; w++)
				cli_error(path, "warning: %s", rec->warnings[w]);
		if (store && !db_failed) {
			if (db == NULL) {
				dbpath = cli_db_path(g);
				if (dbpath == NULL) {
					cli_error(NULL, "no database path: set RNCP_DB or HOME, or use --db");
					db_failed = 1;
				} else if (rncp_db_open(dbpath, 0, &db, &err) != RNCP_OK) {
					cli_error(dbpath, "%s", err.msg);
					db_failed = 1;
				}
			}
			if (db != NULL && rncp_db_put(db, rec, &err) != RNCP_OK) {
				cli_error(path, "not stored: %s (database %s)", err.msg, dbpath);
				rncp_record_free(rec);
				bad++;
				if (err.status == RNCP_EFULL || err.status == RNCP_EREADONLY)
					db_failed = 1;
				continue;
			}
		}
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
		rncp_record_free(rec);
		if (out.failed || cli_write(out.s, out.len) != 0) {
			rncp_buf_free(&out);
			break; /* output closed or full: main reports it */
		}
		rncp_buf_free(&out);
		printed++;
		ok++;
	}
	if (fmt == F_JSON && !single && printed)
		fputs("\n]\n", stdout);
	else if (fmt == F_JSON && !single && ok == 0 && bad == 0)
		fputs("[]\n", stdout);
	rncp_db_close(db);
	free(dbpath);
	for (i = 0; i < in.n; i++)
		free(in.v[i]);
	free(in.v);
	if (ok == 0 && (bad > 0 || db_failed))
		return EXIT_FAIL;
	if (bad > 0 || db_failed)
		return EXIT_PARTIAL;
	return status;
}
