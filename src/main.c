/*
 * main.c - the rncp command: global options, then one subcommand
 * (cli_*.c).  Maps library errors to the exit statuses of SPEC.md.
 */
#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

static const char usage_text[] =
    "usage: rncp [--db PATH] parse [--no-store] [--format json|jsonl|tsv] [-r] FILE|DIR|- ...\n"
    "       rncp [--db PATH] query [--rome CODE] [--nsf CODE] [--level N] [--bloc TEXT|CODE]\n"
    "                              [--formacode CODE] [--certifier TEXT] [--text WORDS]\n"
    "                              [--format tsv|csv|json|jsonl] [FILE ...]\n"
    "       rncp [--db PATH] show CODE\n"
    "       rncp [--db PATH] stats --by rome|rome-domain|nsf|level|certifier\n"
    "       rncp --help | --version\n";

void
cli_error(const char *path, const char *fmt, ...)
{
	va_list ap;

	fflush(stdout);
	fputs("rncp: ", stderr);
	if (path != NULL)
		fprintf(stderr, "%s: ", path);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

int
cli_write(const char *s, size_t n)
{
	if (fwrite(s, 1, n, stdout) != n)
		return -1;
	return 0;
}

char *
cli_db_path(const cli_global *g)
{
	if (g->db_path != NULL)
		return strdup(g->db_path);
	return rncp_db_default_path();
}

static const char *const commands[] = {"parse", "query", "show", "stats"};

/* Edit distance, for "did you mean". */
static size_t
distance(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b), i, j, prev, tmp, row[64];

	if (lb >= 64 || la >= 64)
		return 99;
	for (j = 0; j <= lb; j++)
		row[j] = j;
	for (i = 1; i <= la; i++) {
		prev = row[0];
		row[0] = i;
		for (j = 1; j <= lb; j++) {
			tmp = row[j];
			row[j] = a[i - 1] == b[j - 1] ? prev
			         : 1 + (prev < row[j] ? (prev < row[j - 1] ? prev : row[j - 1])
			                               : (row[j] < row[j - 1] ? row[j] : row[j - 1]));
			prev = tmp;
		}
	}
	return row[lb];
}

static const char *
cli_suggest(const char *word, const char *const *choices, size_t n)
{
	size_t i, best = 3;
	const char *r = NULL;

	for (i = 0; i < n; i++) {
		size_t dd = distance(word, choices[i]);
		if (dd < best) {
			best = dd;
			r = choices[i];
		}
	}
	return r;
}

/* Flush stdout and report a failed write (full disk); a closed pipe is
 * normal for "rncp query | head". */
static int
finish(int status)
{
	if (fflush(stdout) != 0 || ferror(stdout)) {
		if (errno != EPIPE) {
			cli_error(NULL, "error writing output: %s", strerror(errno));
			return EXIT_FAIL;
		}
	}
	if (fclose(stdout) != 0 && errno != EPIPE) {
		cli_error(NULL, "error writing output: %s", strerror(errno));
		return EXIT_FAIL;
	}
	return status;
}

int
main(int argc, char **argv)
{
	cli_global g = {NULL, "rncp"};
	int i = 1;
	const char *cmd, *s;

	/* a reader that went away (head) ends us quietly: EPIPE is checked */
	signal(SIGPIPE, SIG_IGN);
	for (; i < argc && argv[i][0] == '-'; i++) {
		if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
			fputs(usage_text, stdout);
			return finish(0);
		}
		if (strcmp(argv[i], "--version") == 0 || strcmp(argv[i], "-V") == 0) {
			printf("rncp %s\n", RNCP_VERSION);
			return finish(0);
		}
		if (strcmp(argv[i], "--db") == 0 && i + 1 < argc) {
			g.db_path = argv[++i];
		} else if (strncmp(argv[i], "--db=", 5) == 0) {
			g.db_path = argv[i] + 5;
		} else {
			cli_error(NULL, "unknown option '%s' (try 'rncp --help')", argv[i]);
			return EXIT_FAIL;
		}
	}
	if (i >= argc) {
		fputs(usage_text, stderr);
		return EXIT_FAIL;
	}
	cmd = argv[i];
	argc -= i;
	argv += i;
	if (strcmp(cmd, "parse") == 0)
		return finish(cli_parse(&g, argc, argv));
	if (strcmp(cmd, "query") == 0)
		return finish(cli_query(&g, argc, argv));
	if (strcmp(cmd, "show") == 0)
		return finish(cli_show(&g, argc, argv));
	if (strcmp(cmd, "stats") == 0)
		return finish(cli_stats(&g, argc, argv));
	s = cli_suggest(cmd, commands, sizeof(commands) / sizeof(commands[0]));
	if (s != NULL)
		cli_error(NULL, "unknown command '%s'; did you mean '%s'?", cmd, s);
	else
		cli_error(NULL, "unknown command '%s' (try 'rncp --help')", cmd);
	return EXIT_FAIL;
}
