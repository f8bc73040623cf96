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

/* "rncp: PATH: message" on stderr. */
void cli_error(const char *path, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* Write s to stdout; returns -1 on a write error (EPIPE included). */
int cli_write(const char *s, size_t n);
/* The --db path or the default one; caller frees. */
char *cli_db_path(const cli_global *g);

#endif
