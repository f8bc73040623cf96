/*
 * json.c - last stage: the record as JSON (SPEC.md), pretty or one line.
 * Keys are always present; unknown values are null or [].
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "internal.h"

/* Does s[0..n) need no escape (no byte under 0x20, no '"' or '\\')?
 * Eight bytes a step: the first such byte always shows in the masks. */
static int
plain(const unsigned char *s, size_t n)
{
	size_t i = 0;
	uint64_t w;

	for (; i + 8 <= n; i += 8) {
		memcpy(&w, s + i, 8);
		if ((((w - 0x20 * ONES) & ~w) | bytes_eq(w, '"') | bytes_eq(w, '\\')) & HIGHS)
			return 0;
	}
	for (; i < n; i++)
		if (s[i] < 0x20 || s[i] == '"' || s[i] == '\\')
			return 0;
	return 1;
}

static void
str(rncp_buf *b, const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t n;

	if (s == NULL) {
		buf_puts(b, "null");
		return;
	}
	/* most strings need no escape: quoted in one step, not scanned
	 * byte by byte and appended in three */
	n = strlen(s);
	if (plain(p, n) && buf_grow(b, n + 2) == 0) {
		b->s[b->len] = '"';
		memcpy(b->s + b->len + 1, s, n);
		b->s[b->len + 1 + n] = '"';
		b->len += n + 2;
		b->s[b->len] = '\0';
		return;
	}
	buf_putc(b, '"');
	while (*p) {
		/* copy the run of characters that need no escape whole */
		const unsigned char *q = p;
		while (*q >= 0x20 && *q != '"' && *q != '\\')
			q++;
		if (q > p) {
			buf_append(b, (const char *)p, (size_t)(q - p));
			p = q;
			continue;
		}
		switch (*p) {
		case '"': buf_puts(b, "\\\""); break;
		case '\\': buf_puts(b, "\\\\"); break;
		case '\n': buf_puts(b, "\\n"); break;
		case '\t': buf_puts(b, "\\t"); break;
		case '\r': buf_puts(b, "\\r"); break;
		default: buf_printf(b, "\\u%04x", *p);
		}
		p++;
	}
	buf_putc(b, '"');
}

typedef struct out {
	rncp_buf *b;
	int pretty, depth;
} out;

static void
nl(out *o)
{
	int i;

	if (!o->pretty)
		return;
	buf_putc(o->b, '\n');
	for (i = 0; i < o->depth; i++)
		buf_puts(o->b, "  ");
}

static void
key(out *o, const char *k, int first)
{
	char t[32];
	size_t n = strlen(k);

	/* one line: the comma, the quoted key (a name of ours: nothing to
	 * escape) and the colon in one append */
	if (!o->pretty && n + 4 <= sizeof(t)) {
		t[0] = ',';
		t[1] = '"';
		memcpy(t + 2, k, n);
		t[n + 2] = '"';
		t[n + 3] = ':';
		buf_append(o->b, t + first, n + 4 - (size_t)first);
		return;
	}
	if (!first)
		buf_putc(o->b, ',');
	nl(o);
	str(o->b, k);
	buf_puts(o->b, o->pretty ? ": " : ":");
}

static void
strings(out *o, char **v, size_t n)
{
	size_t i;

	buf_putc(o->b, '[');
	o->depth++;
	for (i = 0; i < n; i++) {
		if (i)
			buf_putc(o->b, ',');
		nl(o);
		str(o->b, v[i]);
	}
	o->depth--;
	if (n)
		nl(o);
	buf_putc(o->b, ']');
}

static void
coded(out *o, const rncp_coded *v, size_t n)
{
	size_t i;

	buf_putc(o->b, '[');
	o->depth++;
	for (i = 0; i < n; i++) {
		if (i)
			buf_putc(o->b, ',');
		nl(o);
		buf_puts(o->b, o->pretty ? "{\"code\": " : "{\"code\":");
		str(o->b, v[i].code);
		buf_puts(o->b, o->pretty ? ", \"label\": " : ",\"label\":");
		str(o->b, v[i].label);
		buf_putc(o->b, '}');
	}
	o->depth--;
	if (n)
		nl(o);
	buf_putc(o->b, ']');
}

rncp_status
rncp_record_json(const rncp_record *r, int pretty, int indent, rncp_buf *b)
{
	out o = {b, pretty, indent};
	size_t i;

	buf_putc(b, '{');
	o.depth++;
	key(&o, "code", 1);
	str(b, r->code);
	key(&o, "title", 0);
	str(b, r->title);
	key(&o, "status", 0);
	str(b, r->status);
	key(&o, "level", 0);
	if (r->level_eu)
		buf_printf(b, pretty ? "{\"eu\": %d, \"old\": " : "{\"eu\":%d,\"old\":", r->level_eu);
	else
		buf_puts(b, pretty ? "{\"eu\": null, \"old\": " : "{\"eu\":null,\"old\":");
	str(b, r->level_old);
	buf_putc(b, '}');
	key(&o, "nsf", 0);
	coded(&o, r->nsf, r->nnsf);
	key(&o, "formacodes", 0);
	coded(&o, r->formacodes, r->nformacodes);
	key(&o, "rome", 0);
	coded(&o, r->rome, r->nrome);
	key(&o, "certifiers", 0);
	buf_putc(b, '[');
	o.depth++;
	for (i = 0; i < r->ncertifiers; i++) {
		if (i)
			buf_putc(b, ',');
		nl(&o);
		buf_puts(b, pretty ? "{\"name\": " : "{\"name\":");
		str(b, r->certifiers[i].name);
		buf_puts(b, pretty ? ", \"siret\": " : ",\"siret\":");
		str(b, r->certifiers[i].siret);
		buf_putc(b, '}');
	}
	o.depth--;
	if (r->ncertifiers)
		nl(&o);
	buf_putc(b, ']');
	key(&o, "expires", 0);
	str(b, r->expires);
	key(&o, "blocs", 0);
	buf_putc(b, '[');
	o.depth++;
	for (i = 0; i < r->nblocs; i++) {
		const rncp_bloc *bl = &r->blocs[i];
		if (i)
			buf_putc(b, ',');
		nl(&o);
		buf_putc(b, '{');
		o.depth++;
		key(&o, "code", 1);
		str(b, bl->code);
		key(&o, "title", 0);
		str(b, bl->title);
		key(&o, "skills", 0);
		strings(&o, bl->skills, bl->nskills);
		o.depth--;
		nl(&o);
		buf_putc(b, '}');
	}
	o.depth--;
	if (r->nblocs)
		nl(&o);
	buf_putc(b, ']');
	key(&o, "jobs", 0);
	strings(&o, r->jobs, r->njobs);
	key(&o, "source", 0);
	buf_putc(b, '{');
	o.depth++;
	key(&o, "path", 1);
	str(b, r->source_path);
	key(&o, "layout", 0);
	str(b, r->source_layout);
	key(&o, "encoding", 0);
	str(b, r->source_encoding);
	key(&o, "sha256", 0);
	str(b, r->source_sha256);
	o.depth--;
	nl(&o);
	buf_putc(b, '}');
	key(&o, "warnings", 0);
	strings(&o, r->warnings, r->nwarnings);
	o.depth--;
	nl(&o);
	buf_putc(b, '}');
	return b->failed ? RNCP_ENOMEM : RNCP_OK;
}

void
rncp_json_string(rncp_buf *b, const char *s)
{
	str(b, s);
}
