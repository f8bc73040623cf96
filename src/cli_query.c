/*
 * cli_query.c - "rncp query", "rncp show", "rncp stats" (work in progress:
 * issue 3).
 */
#include "cli.h"

int
cli_query(cli_global *g, int argc, char **argv)
{
	(void)g; (void)argc; (void)argv;
	cli_error(NULL, "query: not implemented yet");
	return EXIT_FAIL;
}

int
cli_show(cli_global *g, int argc, char **argv)
{
	(void)g; (void)argc; (void)argv;
	cli_error(NULL, "show: not implemented yet");
	return EXIT_FAIL;
}

int
cli_stats(cli_global *g, int argc, char **argv)
{
	(void)g; (void)argc; (void)argv;
	cli_error(NULL, "stats: not implemented yet");
	return EXIT_FAIL;
}
