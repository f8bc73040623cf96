/*
 * cli_pool.c - "rncp parse -j N": N worker processes read and parse the
 * inputs, and hand each record (packed, rncp_record_pack) back through a
 * pipe to the rncp process, which alone prints and stores them.
 *
 * Worker k takes inputs k, k + N, k + 2N ... in order, so reading one frame
 * from worker i % N for input i gives the records in input order with no
 * reordering buffer: a worker that runs ahead waits on its full pipe.
 * Processes rather than threads: the regex module keeps static match data.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cli.h"

enum { FRAME_RECORD = 0, FRAME_ERROR = 1 };

static void
out_of_memory(rncp_error *err)
{
	err->status = RNCP_ENOMEM;
	err->line = 0;
	snprintf(err->msg, sizeof(err->msg), "out of memory");
}

struct cli_pool {
	int n;
	pid_t *pid;
	int *fd;          /* read end of worker k's pipe, -1 once closed */
	size_t next;      /* index of the next input to hand out */
	char *frame;      /* the last frame read */
	size_t cap;
};

static int
write_all(int fd, const char *p, size_t n)
{
	while (n > 0) {
		ssize_t w = write(fd, p, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return -1;
		p += w;
		n -= (size_t)w;
	}
	return 0;
}

/* 1: read n bytes; 0: end of file before any; -1: error or short read. */
static int
read_all(int fd, char *p, size_t n)
{
	size_t got = 0;

	while (got < n) {
		ssize_t r = read(fd, p + got, n - got);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0)
			return -1;
		if (r == 0)
			return got == 0 ? 0 : -1;
		got += (size_t)r;
	}
	return 1;
}

/* One frame: 4-byte length of what follows, a kind byte, the payload. */
static int
send_frame(int fd, int kind, const char *p, size_t n)
{
	uint32_t len = (uint32_t)n + 1;
	char k = (char)kind;

	return write_all(fd, (const char *)&len, sizeof(len)) || write_all(fd, &k, 1) ||
	       write_all(fd, p, n);
}

/* The life of worker k: parse its share of the inputs, then exit. */
static void
worker(int fd, int k, int n, char **paths, size_t npaths, const rncp_parse_opts *opts)
{
	size_t i;
	rncp_buf b = {0};

	for (i = (size_t)k; i < npaths; i += (size_t)n) {
		char *data = NULL;
		size_t len = 0;
		rncp_record *rec = NULL;
		rncp_error err = {0};
		rncp_status st = rncp_read_file(paths[i], &data, &len, &err);
		int rc;

		if (st == RNCP_OK)
			st = rncp_parse(data, len, paths[i], opts, &rec, &err);
		free(data);
		b.len = 0;
		b.failed = 0;
		if (st == RNCP_OK && rncp_record_pack(rec, &b) == RNCP_OK) {
			rc = send_frame(fd, FRAME_RECORD, b.s, b.len);
		} else {
			if (st == RNCP_OK)
				out_of_memory(&err);
			rc = send_frame(fd, FRAME_ERROR, (const char *)&err, sizeof(err));
		}
		rncp_record_free(rec);
		if (rc != 0)
			break; /* rncp went away: stop quietly */
	}
	rncp_buf_free(&b);
	_exit(0); /* never flush stdio buffers inherited from rncp */
}

cli_pool *
cli_pool_start(int n, char **paths, size_t npaths, const rncp_parse_opts *opts)
{
	cli_pool *p = calloc(1, sizeof(*p));
	int k;

	if (p == NULL)
		return NULL;
	p->pid = calloc((size_t)n, sizeof(pid_t));
	p->fd = calloc((size_t)n, sizeof(int));
	if (p->pid == NULL || p->fd == NULL) {
		free(p->pid);
		free(p->fd);
		free(p);
		return NULL;
	}
	fflush(NULL); /* what rncp printed so far must not be printed again */
	for (k = 0; k < n; k++) {
		int pfd[2];
		if (pipe(pfd) != 0)
			break;
#ifdef F_SETPIPE_SZ
		/* room for dozens of records, not one or two: a worker then
		 * parses ahead while the other is on a long fiche or rncp is
		 * storing, instead of waiting on its full pipe (Linux) */
		(void)fcntl(pfd[1], F_SETPIPE_SZ, 1 << 20);
#endif
		p->pid[k] = fork();
		if (p->pid[k] < 0) {
			close(pfd[0]);
			close(pfd[1]);
			break;
		}
		if (p->pid[k] == 0) {
			int j;
			close(pfd[0]);
			for (j = 0; j < k; j++)
				close(p->fd[j]);
			worker(pfd[1], k, n, paths, npaths, opts);
		}
		close(pfd[1]);
		p->fd[k] = pfd[0];
	}
	p->n = k;
	if (k < n) { /* no more processes: this one parses on its own */
		cli_pool_stop(p);
		return NULL;
	}
	return p;
}

rncp_status
cli_pool_next(cli_pool *p, rncp_record **rec, rncp_error *err)
{
	int k = (int)(p->next++ % (size_t)p->n);
	uint32_t len = 0;
	int rc;

	*rec = NULL;
	if (p->fd[k] >= 0 && (rc = read_all(p->fd[k], (char *)&len, sizeof(len))) == 1 &&
	    len >= 1 && len <= RNCP_MAX_INPUT * 4) {
		if (len > p->cap) {
			char *f = realloc(p->frame, len);
			if (f == NULL) {
				out_of_memory(err);
				return RNCP_ENOMEM;
			}
			p->frame = f;
			p->cap = len;
		}
		if (read_all(p->fd[k], p->frame, len) == 1) {
			if (p->frame[0] == FRAME_RECORD)
				return rncp_record_unpack(p->frame + 1, len - 1, rec, err);
			if (p->frame[0] == FRAME_ERROR && len - 1 == sizeof(*err)) {
				memcpy(err, p->frame + 1, sizeof(*err));
				return err->status != RNCP_OK ? err->status : RNCP_EIO;
			}
		}
	}
	if (p->fd[k] >= 0)
		close(p->fd[k]);
	p->fd[k] = -1;
	err->status = RNCP_EIO;
	err->line = 0;
	snprintf(err->msg, sizeof(err->msg), "not parsed: parser process %d stopped", k + 1);
	return RNCP_EIO;
}

void
cli_pool_stop(cli_pool *p)
{
	int k;

	if (p == NULL)
		return;
	for (k = 0; k < p->n; k++) {
		if (p->fd[k] >= 0)
			close(p->fd[k]); /* a worker still writing gets EPIPE and ends */
		while (waitpid(p->pid[k], NULL, 0) < 0 && errno == EINTR)
			;
	}
	free(p->frame);
	free(p->pid);
	free(p->fd);
	free(p);
}
