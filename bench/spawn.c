/*
 * spawn.c - run a command and report what it cost: the bench's stopwatch.
 *
 *   spawn -o REPORT COMMAND [ARG ...]
 *
 * writes to REPORT one line: exit status (128 + signal when killed),
 * wall seconds, user and system CPU seconds, peak RSS in KiB.  The wall
 * time runs from just before the command is spawned to just after it is
 * reaped, so it holds the whole process (its start included) and nothing
 * of whoever started spawn.  GNU time (the bench's stopwatch before) gives
 * wall time to 10 ms only, and timing it from outside counted its own
 * start: 4.5-7 ms on the bench machine, half of a query's time.
 *
 * Peak RSS comes from wait4: spawn is small, so the child does not start
 * with a large parent's resident pages (as a child of python would).
 */
#include <errno.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>

extern char **environ;

static double
seconds(const struct timeval *tv)
{
	return (double)tv->tv_sec + (double)tv->tv_usec / 1e6;
}

int
main(int argc, char **argv)
{
	struct timespec t0, t1;
	struct rusage ru;
	pid_t pid;
	int status, rc, code;
	FILE *report;

	if (argc < 4 || strcmp(argv[1], "-o") != 0) {
		fputs("usage: spawn -o REPORT COMMAND [ARG ...]\n", stderr);
		return 2;
	}
	if ((report = fopen(argv[2], "w")) == NULL) {
		fprintf(stderr, "spawn: %s: %s\n", argv[2], strerror(errno));
		return 2;
	}
	clock_gettime(CLOCK_MONOTONIC, &t0);
	rc = posix_spawnp(&pid, argv[3], NULL, NULL, argv + 3, environ);
	if (rc != 0) {
		fprintf(stderr, "spawn: %s: %s\n", argv[3], strerror(rc));
		return 127;
	}
	while (wait4(pid, &status, 0, &ru) < 0)
		if (errno != EINTR) {
			fprintf(stderr, "spawn: wait4: %s\n", strerror(errno));
			return 2;
		}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
	fprintf(report, "%d %.6f %.6f %.6f %ld\n", code,
	        (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9,
	        seconds(&ru.ru_utime), seconds(&ru.ru_stime), ru.ru_maxrss);
	if (fclose(report) != 0) {
		fprintf(stderr, "spawn: %s: %s\n", argv[2], strerror(errno));
		return 2;
	}
	return 0;
}
