/*
 * pack.c - a record as a compact run of bytes and back, so processes that
 * parse (rncp parse -j) can hand their records to the one that prints and
 * stores them.  Not a file format: both ends are the same program.
 *
 * Layout: counts and numbers as 4-byte native integers; a string as its
 * length then its bytes, length 0xFFFFFFFF for NULL.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

#define NIL 0xFFFFFFFFu

static void
put_u32(rncp_buf *b, uint32_t v)
{
	buf_append(b, (const char *)&v, sizeof(v));
}

static void
put_str(rncp_buf *b, const char *s)
{
	if (s == NULL) {
		put_u32(b, NIL);
		return;
	}
	put_u32(b, (uint32_t)strlen(s));
	buf_append(b, s, strlen(s));
}

static void
put_coded(rncp_buf *b, const rncp_coded *v, size_t n)
{
	size_t i;

	put_u32(b, (uint32_t)n);
	for (i = 0; i < n; i++) {
		put_str(b, v[i].code);
		put_str(b, v[i].label);
	}
}

static void
put_strings(rncp_buf *b, char *const *v, size_t n)
{
	size_t i;

	put_u32(b, (uint32_t)n);
	for (i = 0; i < n; i++)
		put_str(b, v[i]);
}

rncp_status
rncp_record_pack(const rncp_record *r, rncp_buf *b)
{
	size_t i;

	put_str(b, r->code);
	put_str(b, r->title);
	put_str(b, r->status);
	put_u32(b, (uint32_t)r->level_eu);
	put_str(b, r->level_old);
	put_coded(b, r->nsf, r->nnsf);
	put_coded(b, r->formacodes, r->nformacodes);
	put_coded(b, r->rome, r->nrome);
	put_u32(b, (uint32_t)r->ncertifiers);
	for (i = 0; i < r->ncertifiers; i++) {
		put_str(b, r->certifiers[i].name);
		put_str(b, r->certifiers[i].siret);
	}
	put_str(b, r->expires);
	put_u32(b, (uint32_t)r->nblocs);
	for (i = 0; i < r->nblocs; i++) {
		put_str(b, r->blocs[i].code);
		put_str(b, r->blocs[i].title);
		put_strings(b, r->blocs[i].skills, r->blocs[i].nskills);
	}
	put_strings(b, r->jobs, r->njobs);
	put_str(b, r->source_path);
	put_str(b, r->source_layout);
	put_str(b, r->source_encoding);
	put_str(b, r->source_sha256);
	put_strings(b, r->warnings, r->nwarnings);
	return b->failed ? RNCP_ENOMEM : RNCP_OK;
}

typedef struct reader {
	const char *p, *end;
	struct rncp_arena *arena;
	int bad;
} reader;

static uint32_t
get_u32(reader *rd)
{
	uint32_t v = 0;

	if ((size_t)(rd->end - rd->p) < sizeof(v)) {
		rd->bad = 1;
		return 0;
	}
	memcpy(&v, rd->p, sizeof(v));
	rd->p += sizeof(v);
	return v;
}

static char *
get_str(reader *rd)
{
	uint32_t n = get_u32(rd);
	char *s;

	if (n == NIL || rd->bad)
		return NULL;
	if ((size_t)(rd->end - rd->p) < n) {
		rd->bad = 1;
		return NULL;
	}
	s = arena_strndup(rd->arena, rd->p, n);
	if (s == NULL)
		rd->bad = 1;
	rd->p += n;
	return s;
}

/* A vector of n elements of size sz, with the capacity record.c's grow()
 * expects (the next power of two, at least 4), so it can still grow. */
static void *
get_vec(reader *rd, size_t *n, size_t sz)
{
	size_t cap = 4;
	void *v;

	*n = get_u32(rd);
	if (rd->bad || *n == 0 || *n > 4096) {
		rd->bad |= *n > 4096;
		*n = 0;
		return NULL;
	}
	while (cap <= *n)
		cap *= 2;
	v = calloc(cap, sz);
	if (v == NULL) {
		rd->bad = 1;
		*n = 0;
	}
	return v;
}

static rncp_coded *
get_coded(reader *rd, size_t *n)
{
	rncp_coded *v = get_vec(rd, n, sizeof(*v));
	size_t i;

	for (i = 0; i < *n; i++) {
		v[i].code = get_str(rd);
		v[i].label = get_str(rd);
	}
	return v;
}

static char **
get_strings(reader *rd, size_t *n)
{
	char **v = get_vec(rd, n, sizeof(*v));
	size_t i;

	for (i = 0; i < *n; i++)
		v[i] = get_str(rd);
	return v;
}

rncp_status
rncp_record_unpack(const char *data, size_t len, rncp_record **out, rncp_error *err)
{
	rncp_record *r = rncp_record_new();
	reader rd = {data, data + len, NULL, 0};
	size_t i;

	*out = NULL;
	if (r == NULL) {
		set_error(err, RNCP_ENOMEM, 0, "out of memory");
		return RNCP_ENOMEM;
	}
	rd.arena = r->arena;
	r->code = get_str(&rd);
	r->title = get_str(&rd);
	r->status = get_str(&rd);
	r->level_eu = (int)get_u32(&rd);
	r->level_old = get_str(&rd);
	r->nsf = get_coded(&rd, &r->nnsf);
	r->formacodes = get_coded(&rd, &r->nformacodes);
	r->rome = get_coded(&rd, &r->nrome);
	r->certifiers = get_vec(&rd, &r->ncertifiers, sizeof(*r->certifiers));
	for (i = 0; i < r->ncertifiers; i++) {
		r->certifiers[i].name = get_str(&rd);
		r->certifiers[i].siret = get_str(&rd);
	}
	r->expires = get_str(&rd);
	r->blocs = get_vec(&rd, &r->nblocs, sizeof(*r->blocs));
	for (i = 0; i < r->nblocs; i++) {
		r->blocs[i].code = get_str(&rd);
		r->blocs[i].title = get_str(&rd);
		r->blocs[i].skills = get_strings(&rd, &r->blocs[i].nskills);
	}
	r->jobs = get_strings(&rd, &r->njobs);
	r->source_path = get_str(&rd);
	r->source_layout = get_str(&rd);
	r->source_encoding = get_str(&rd);
	r->source_sha256 = get_str(&rd);
	r->warnings = get_strings(&rd, &r->nwarnings);
	if (rd.bad || rd.p != rd.end) {
		rncp_record_free(r);
		set_error(err, RNCP_EIO, 0, "malformed packed record");
		return RNCP_EIO;
	}
	*out = r;
	return RNCP_OK;
}
