/*
 * cli_util.c - helpers every subcommand shares: "did you mean" for
 * mistyped commands and options, and getopt_long error messages.
 */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"

/* Edit distance between two short words, a swap of two neighbouring
 * letters counting as one edit ("prase", "--hlep"); 99 past 63 bytes. */
static size_t
edit_distance(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b), i, j, v, d[64][64];

	if (lb >= 64 || la >= 64)
		return 99;
	for (i = 0; i <= la; i++)
		d[i][0] = i;
	for (j = 0; j <= lb; j++)
		d[0][j] = j;
	for (i = 1; i <= la; i++) {
		for (j = 1; j <= lb; j++) {
			v = d[i - 1][j - 1] + (a[i - 1] != b[j - 1]);
			if (d[i - 1][j] + 1 < v)
				v = d[i - 1][j] + 1;
			if (d[i][j - 1] + 1 < v)
				v = d[i][j - 1] + 1;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
			    d[i - 2][j - 2] + 1 < v)
				v = d[i - 2][j - 2] + 1;
			d[i][j] = v;
		}
	}
	return d[la][lb];
}

/* Close enough to be a typo: two edits for a word of five letters or
 * more, one for a shorter one (so "--db" does not suggest "--by"). */
static size_t
typo_limit(const char *word)
{
	return strlen(word) >= 5 ? 2 : 1;
}

const char *
cli_suggest(const char *word, const char *const *choices, size_t n)
{
	size_t i, d, best = typo_limit(word) + 1;
	const char *r = NULL;

	for (i = 0; i < n; i++) {
		d = edit_distance(word, choices[i]);
		if (d < best) {
			best = d;
			r = choices[i];
		}
	}
	return r;
}

/* The long option of opts nearest to name (without its dashes), or NULL. */
static const char *
suggest_long(const char *name, const struct option *opts)
{
	size_t d, best = typo_limit(name) + 1;
	const char *r = NULL;

	for (; opts != NULL && opts->name != NULL; opts++) {
		d = edit_distance(name, opts->name);
		if (d < best) {
			best = d;
			r = opts->name;
		}
	}
	return r;
}

/* Print "rncp: CMD: " (or "rncp: ") and the message, with the help hint. */
static void
option_message(const char *cmd, const char *what, const char *arg, const char *s)
{
	fflush(stdout);
	fprintf(stderr, "rncp: %s%s%s '%s'", cmd ? cmd : "", cmd ? ": " : "", what, arg);
	if (s != NULL)
		fprintf(stderr, "; did you mean '--%s'?\n", s);
	else
		fprintf(stderr, " (see 'rncp%s%s --help')\n", cmd ? " " : "", cmd ? cmd : "");
}

int
cli_unknown_option(const char *cmd, const char *arg, const struct option *opts)
{
	char name[64];
	size_t len, nprefix = 0;
	const struct option *o;

	if (strncmp(arg, "--", 2) != 0) {
		option_message(cmd, "unknown option", arg, NULL);
		return EXIT_FAIL;
	}
	len = strcspn(arg + 2, "=");
	if (len >= sizeof(name))
		len = sizeof(name) - 1;
	memcpy(name, arg + 2, len);
	name[len] = '\0';
	/* getopt_long takes unique abbreviations; a shared one is ambiguous */
	for (o = opts; o != NULL && o->name != NULL; o++)
		if (len > 0 && strncmp(o->name, name, len) == 0)
			nprefix++;
	if (nprefix > 1) {
		fflush(stdout);
		fprintf(stderr, "rncp: %s%soption '--%s' is ambiguous; possibilities:", cmd ? cmd : "",
		        cmd ? ": " : "", name);
		for (o = opts; o->name != NULL; o++)
			if (strncmp(o->name, name, len) == 0)
				fprintf(stderr, " '--%s'", o->name);
		fputc('\n', stderr);
		return EXIT_FAIL;
	}
	option_message(cmd, "unknown option", arg, suggest_long(name, opts));
	return EXIT_FAIL;
}

int
cli_option_error(const char *cmd, int c, char **argv, const struct option *opts)
{
	char shortopt[3] = {'-', (char)optopt, '\0'}, name[64];
	const char *arg = optind > 0 ? argv[optind - 1] : "";
	int islong = strncmp(arg, "--", 2) == 0;

	if (c == ':') {
		if (islong) /* name the option in full, not as abbreviated */
			for (; opts != NULL && opts->name != NULL; opts++)
				if (opts->val == optopt && opts->has_arg == required_argument) {
					snprintf(name, sizeof(name), "--%s", opts->name);
					arg = name;
					break;
				}
		option_message(cmd, "missing value for option", islong ? arg : shortopt, NULL);
		return EXIT_FAIL;
	}
	/* optopt: 0 for an unknown long option; the option's value for a
	 * known one given a value it does not take ("--no-store=1"); else
	 * the unknown short option */
	if (optopt == 0 && islong)
		return cli_unknown_option(cmd, arg, opts);
	if (optopt != 0 && islong && strchr(arg, '=') != NULL) {
		size_t len = strcspn(arg, "=");
		snprintf(name, sizeof(name), "%.*s", (int)len, arg);
		option_message(cmd, "no value allowed for option", name, NULL);
		return EXIT_FAIL;
	}
	return cli_unknown_option(cmd, shortopt, opts);
}

int
cli_bad_value(const char *cmd, const char *option, const char *value,
              const char *const *choices, size_t n)
{
	const char *s = cli_suggest(value, choices, n);
	size_t i;

	fflush(stdout);
	fprintf(stderr, "rncp: %s%sunknown value '%s' for %s", cmd ? cmd : "",
	        cmd ? ": " : "", value, option);
	if (s != NULL)
		fprintf(stderr, "; did you mean '%s'?", s);
	fputs(" (", stderr);
	for (i = 0; i < n; i++)
		fprintf(stderr, "%s%s", i ? ", " : "", choices[i]);
	fputs(")\n", stderr);
	return EXIT_FAIL;
}
