/*
 * main.c - the rncp command: global options, then one subcommand
 * (cli_*.c).  Maps library errors to the exit statuses of SPEC.md.
 */
#include <errno.h>
#include <getopt.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "cli.h"

static const char usage_text[] =
    "usage: rncp [--db PATH] parse [--no-store] [--format json|jsonl|tsv] [-r] [-q] [-j N]\n"
    "                              [--files-from FILE|-] [-0] FILE|DIR|- ...\n"
    "       rncp [--db PATH] query [--rome CODE] [--nsf CODE] [--level N|ROMAN|N-M]\n"
    "                              [--bloc TEXT|CODE] [--formacode CODE] [--certifier TEXT|SIRET]\n"
    "                              [--text WORDS] [--status active|inactive]\n"
    "                              [--format tsv|csv|json|jsonl] [--fields LIST] [--count]\n"
    "                              [--sep C] [--bom] [--no-header] [FILE ...]\n"
    "       rncp [--db PATH] show CODE\n"
    "       rncp [--db PATH] stats --by rome|rome-domain|nsf|level|certifier [FILTERS]\n"
    "                              [--format tsv|csv|json|jsonl] [--sep C] [--bom] [--no-header]\n"
    "       rncp --help | --version\n";

static const char help_text[] =
    "\n"
    "Turns French RNCP certification fiches into JSON records, stores them in\n"
    "an SQLite database and answers questions about them.\n"
    "\n"
    "Commands:\n"
    "  parse    read fiches (files, folders with -r, a list with --files-from,\n"
    "           - for standard input), print their records and store them\n"
    "  query    select fiches by ROME, NSF, level, bloc, Formacode, certifier,\n"
    "           words or status, from the database or from the FILEs named\n"
    "  show     print one stored record in full\n"
    "  stats    count fiches by ROME code or domain, NSF, level or certifier;\n"
    "           FILTERS are the selection options of query\n"
    "\n"
    "Options:\n"
    "  --db PATH       the database; default $RNCP_DB, else\n"
    "                  $XDG_DATA_HOME/rncp/rncp.db (~/.local/share/rncp/rncp.db)\n"
    "  -h, --help      this help; 'rncp COMMAND --help' for a command's options\n"
    "  -V, --version   print the version\n"
    "\n"
    "Exit status: 0 success (query: something matched), 1 no match or some\n"
    "inputs rejected, 2 usage error or nothing could be done.\n"
    "See rncp(1) for details and examples.\n";

void
cli_error(const char *path, const char *fmt, ...)
{
	va_list ap;

	fflush(stdout);
	cli_progress_hide(stderr);
	fputs("rncp: ", stderr);
	if (path != NULL)
		fprintf(stderr, "%s: ", path);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

/* Set when a write met a closed pipe: whichever stdio call of whichever
 * subcommand did it, with whatever errno left behind. */
static volatile sig_atomic_t reader_gone;

static void
on_sigpipe(int sig)
{
	(void)sig;
	reader_gone = 1;
}

/* errno of the first failed write to standard output: by the time
 * finish() runs, closing the database has overwritten errno */
static int write_errno;

int
cli_write(const char *s, size_t n)
{
	if (fwrite(s, 1, n, stdout) != n) {
		if (write_errno == 0)
			write_errno = errno;
		return -1;
	}
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

static const struct option global_opts[] = {
    {"db", required_argument, NULL, 'd'}, {"help", no_argument, NULL, 'h'},
    {"version", no_argument, NULL, 'V'}, {NULL, 0, NULL, 0}};

/* An option before the command that is no global one: most often one of
 * the command's, put too early ("rncp --no-store parse"), else a typo. */
static int
unknown_global_option(int argc, char **argv, int i)
{
	const char *name = argv[i] + strspn(argv[i], "-");
	size_t k, n = sizeof(commands) / sizeof(commands[0]);
	int j;

	for (k = 0; global_opts[k].name != NULL; k++)
		if (cli_suggest(name, &global_opts[k].name, 1) != NULL)
			return cli_unknown_option(NULL, argv[i], global_opts);
	for (j = i + 1; j < argc; j++)
		for (k = 0; k < n; k++)
			if (strcmp(argv[j], commands[k]) == 0) {
				cli_error(NULL, "unknown option '%s'; the options of %s go after it: "
				          "rncp %s %s ...", argv[i], commands[k], commands[k], argv[i]);
				return EXIT_FAIL;
			}
	return cli_unknown_option(NULL, argv[i], global_opts);
}

/* Flush stdout and report a failed write (full disk); a closed pipe is
 * normal for "rncp query | head". */
static int
finish(int status)
{
	int e = 0;

	if (fflush(stdout) != 0)
		e = errno;
	else if (ferror(stdout))
		e = EIO; /* a failed fputs: its errno is long gone */
	if (fclose(stdout) != 0 && e == 0)
		e = errno;
	if (write_errno != 0)
		e = write_errno;
	if (e != 0 && e != EPIPE && !reader_gone) {
		cli_error(NULL, "error writing output: %s", strerror(e));
		return EXIT_FAIL;
	}
	return status;
}

/*
 * Keep freed memory for the next allocation instead of giving it back to
 * the kernel, whose fresh pages cost a page fault each (12-15 us on the
 * bench machine).  glibc gives back freed memory at the top of the heap
 * past 128 KiB, and serves blocks over a moving threshold with mmap.
 *  - parse: each fiche allocates and frees the same few buffers (its
 *    bytes, decoded, normalised and repaired text, lines), a few hundred
 *    KiB for the largest; the next fiche faulted the same pages in again
 *    (20,000 page faults for 2,000 fiches, an eighth of the CPU time);
 *  - query: SQLite's sorter and FTS5's prefix merge allocate and free
 *    large blocks in turn (--bloc "sécurité réseau" on 50,000 fiches:
 *    1,228 -> 924 page faults, median 61.6 -> 57.0 ms).
 * Up to 16 MiB is kept; the peak memory is the same.
 */
static void
keep_freed_memory(void)
{
#ifdef __GLIBC__
	mallopt(M_TRIM_THRESHOLD, 16 << 20);
	mallopt(M_MMAP_THRESHOLD, 16 << 20);
#endif
}

int
main(int argc, char **argv)
{
	cli_global g = {NULL, "rncp"};
	int i = 1;
	const char *cmd, *s;

	/* a reader that went away (head) ends us quietly: writes then fail
	 * with EPIPE instead of killing us, and finish() knows why */
	{
		struct sigaction sa;
		memset(&sa, 0, sizeof(sa));
		sa.sa_handler = on_sigpipe;
		sigemptyset(&sa.sa_mask);
		sigaction(SIGPIPE, &sa, NULL);
	}
	for (; i < argc && argv[i][0] == '-'; i++) {
		if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
			fputs(usage_text, stdout);
			fputs(help_text, stdout);
			return finish(0);
		}
		if (strcmp(argv[i], "--version") == 0 || strcmp(argv[i], "-V") == 0) {
			printf("rncp %s\n", RNCP_VERSION);
			return finish(0);
		}
		if (strcmp(argv[i], "--") == 0) {
			i++;
			break;
		}
		if (strcmp(argv[i], "--db") == 0) {
			if (i + 1 >= argc) {
				cli_error(NULL, "missing value for option '--db' (see 'rncp --help')");
				return EXIT_FAIL;
			}
			g.db_path = argv[++i];
		} else if (strncmp(argv[i], "--db=", 5) == 0) {
			g.db_path = argv[i] + 5;
		} else {
			return unknown_global_option(argc, argv, i);
		}
	}
	if (i >= argc) {
		fputs(usage_text, stderr);
		return EXIT_FAIL;
	}
	if (g.db_path != NULL && g.db_path[0] == '\0') {
		cli_error(NULL, "--db needs a path (see 'rncp --help')");
		return EXIT_FAIL;
	}
	keep_freed_memory();
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
		cli_error(NULL, "unknown command '%s' (see 'rncp --help')", cmd);
	return EXIT_FAIL;
}
