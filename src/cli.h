/*
 * cli.h - shared by main.c and the cli_*.c subcommands (the command line
 * only; the library never includes this).
 */
#ifndef RNCP_CLI_H
#define RNCP_CLI_H

#include <stdio.h>

#include "rncp.h"

/* Exit statuses of SPEC.md */
enum { EXIT_MATCH = 0, EXIT_PARTIAL = 1, EXIT_FAIL = 2 };

typedef struct cli_global {
	const char *db_path;  /* --db, or NULL for the default */
	const char *prog;     /* "rncp" */
} cli_global;

int cli_parse(cli_global *g, int argc, char **argv);
int cli_query(cli_global *g, int argc, char **argv);
int cli_show(cli_global *g, int argc, char **argv);
int cli_stats(cli_global *g, int argc, char **argv);

/* cli_pool.c: the worker processes of "rncp parse -j N".  Start n workers
 * that read and parse paths[0..npaths); NULL when they cannot be started
 * (then parse in this process).  cli_pool_next gives the result for the
 * next path, in input order: a record (caller frees) or an error in err. */
typedef struct cli_pool cli_pool;
cli_pool *cli_pool_start(int n, char **paths, size_t npaths, const rncp_parse_opts *opts);
rncp_status cli_pool_next(cli_pool *p, rncp_record **rec /* OUT */, rncp_error *err);
void cli_pool_stop(cli_pool *p);

/* "rncp: PATH: message" on stderr. */
void cli_error(const char *path, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* Write s to stdout; returns -1 on a write error (EPIPE included). */
int cli_write(const char *s, size_t n);
/* The --db path or the default one; caller frees. */
char *cli_db_path(const cli_global *g);

/* cli_util.c */
struct option;

/* The choice nearest to word, if close enough to be a typo; else NULL. */
const char *cli_suggest(const char *word, const char *const *choices, size_t n);
/* Report an unknown option arg ("--romme", "--romme=x", "-x") of command
 * cmd (NULL for the global options), suggesting the nearest long option of
 * opts: "rncp: query: unknown option '--romme'; did you mean '--rome'?".
 * Returns EXIT_FAIL. */
int cli_unknown_option(const char *cmd, const char *arg, const struct option *opts);
/* Report the option getopt_long just rejected: call it when getopt_long
 * returns '?' or ':' (optstring starting with ':', so that getopt prints
 * nothing itself and a missing value is told from an unknown option).
 * Returns EXIT_FAIL. */
int cli_option_error(const char *cmd, int c, char **argv, const struct option *opts);
/* Report a value of option that is none of the n choices:
 * "rncp: parse: unknown value 'jsn' for --format; did you mean 'json'?
 * (json, jsonl, tsv)".  Returns EXIT_FAIL. */
int cli_bad_value(const char *cmd, const char *option, const char *value,
                  const char *const *choices, size_t n);

/* cli_progress.c: the progress line of a long run on standard error,
 * shown only when it is a terminal and quiet is 0, after half a second,
 * redrawn at most five times a second: "rncp: parse: 120/4500 files,
 * 85 files/s, 0:51 left".  cli_error() erases it before writing;
 * call cli_progress_hide(stdout) before writing to standard output. */
void cli_progress_start(const char *cmd, size_t total, int quiet);
void cli_progress_update(size_t done);
void cli_progress_hide(FILE *stream);
void cli_progress_end(void);

#endif
