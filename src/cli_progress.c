/*
 * cli_progress.c - the progress line of long runs ("rncp parse" of many
 * files) on standard error: only on a terminal, redrawn a few times a
 * second with "\r", erased before anything else is written there.
 */
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"

/* A run that ends within SHOW_AFTER seconds never shows the line, so
 * parsing a handful of fiches does not flicker; then REDRAW_EVERY. */
#define SHOW_AFTER 0.5
#define REDRAW_EVERY 0.2

/* One progress line per process: it lives on standard error. */
static struct {
	const char *cmd; /* "parse" */
	int on;          /* stderr is a terminal and not -q */
	int stdout_tty;  /* records go to the same screen */
	size_t total;
	double start, last;
	size_t shown;    /* width of the line on screen, 0 when none */
} prog;

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Columns of the terminal on stderr, so that the line never wraps: "\r"
 * only goes back to the start of the last screen line. */
static size_t
term_width(void)
{
	struct winsize ws;

	if (ioctl(STDERR_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
		return ws.ws_col;
	return 80;
}

/* "0:42", "12:05", "1:02:05" */
static void
format_duration(double secs, char *buf, size_t size)
{
	unsigned long s = secs > 0 && secs < 360000 ? (unsigned long)(secs + 0.5) : 0;

	if (s >= 3600)
		snprintf(buf, size, "%lu:%02lu:%02lu", s / 3600, s / 60 % 60, s % 60);
	else
		snprintf(buf, size, "%lu:%02lu", s / 60, s % 60);
}

void
cli_progress_start(const char *cmd, size_t total, int quiet)
{
	memset(&prog, 0, sizeof(prog));
	prog.cmd = cmd;
	prog.on = !quiet && total > 1 && isatty(STDERR_FILENO);
	prog.stdout_tty = isatty(STDOUT_FILENO);
	prog.total = total;
	prog.start = now();
}

void
cli_progress_update(size_t done)
{
	char line[128], left[32];
	double t, elapsed, rate;
	int n;

	if (!prog.on)
		return;
	t = now();
	elapsed = t - prog.start;
	if (elapsed < SHOW_AFTER || t - prog.last < REDRAW_EVERY)
		return;
	prog.last = t;
	rate = done / elapsed;
	if (done > 0 && done < prog.total)
		format_duration((double)(prog.total - done) / rate, left, sizeof(left));
	else
		snprintf(left, sizeof(left), "-:--");
	n = snprintf(line, sizeof(line), "rncp: %s: %zu/%zu files, %.*f files/s, %s left",
	             prog.cmd, done, prog.total, rate < 10 ? 1 : 0, rate, left);
	if (n < 0)
		return;
	if ((size_t)n >= sizeof(line))
		n = sizeof(line) - 1;
	if ((size_t)n >= term_width()) /* ASCII only: bytes are columns */
		n = (int)term_width() - 1;
	line[n] = '\0';
	/* pad over the end of a longer previous line */
	fprintf(stderr, "\r%s%*s", line, prog.shown > (size_t)n ? (int)(prog.shown - (size_t)n) : 0,
	        "");
	fflush(stderr);
	if ((size_t)n > prog.shown)
		prog.shown = (size_t)n;
}

void
cli_progress_hide(FILE *stream)
{
	if (prog.shown == 0 || (stream == stdout && !prog.stdout_tty))
		return;
	fprintf(stderr, "\r%*s\r", (int)prog.shown, "");
	fflush(stderr);
	prog.shown = 0; /* drawn again at the next update due */
}

void
cli_progress_end(void)
{
	cli_progress_hide(stderr);
	prog.on = 0;
}
