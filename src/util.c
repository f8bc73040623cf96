/*
 * util.c - memory (arena, capped buffers, vectors), error messages and UTF-8
 * helpers used by every stage.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* ---- arena: strings of one record, freed together ---- */

struct chunk {
	struct chunk *next;
	size_t used, cap;
	char data[];
};

struct rncp_arena {
	struct chunk *head;
};

struct rncp_arena *
arena_new(void)
{
	return calloc(1, sizeof(struct rncp_arena));
}

void
arena_free(struct rncp_arena *a)
{
	struct chunk *c, *next;

	if (a == NULL)
		return;
	for (c = a->head; c != NULL; c = next) {
		next = c->next;
		free(c);
	}
	free(a);
}

/* Empty a for reuse: keep its first chunk, free the others. */
void
arena_reset(struct rncp_arena *a)
{
	struct chunk *c = a->head, *next;

	if (c == NULL)
		return;
	for (; c->next != NULL; c = next) {
		next = c->next;
		free(c);
	}
	c->used = 0;
	a->head = c;
}

static void *
arena_alloc(struct rncp_arena *a, size_t n)
{
	struct chunk *c = a->head;
	size_t cap;

	if (c == NULL || c->cap - c->used < n) {
		cap = n > 8192 ? n : 8192;
		c = malloc(sizeof(*c) + cap);
		if (c == NULL)
			return NULL;
		c->used = 0;
		c->cap = cap;
		c->next = a->head;
		a->head = c;
	}
	c->used += n;
	return c->data + c->used - n;
}

char *
arena_strndup(struct rncp_arena *a, const char *s, size_t n)
{
	char *p = arena_alloc(a, n + 1);

	if (p == NULL)
		return NULL;
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *
arena_strdup(struct rncp_arena *a, const char *s)
{
	return arena_strndup(a, s, strlen(s));
}

char *
arena_printf(struct rncp_arena *a, const char *fmt, ...)
{
	char tmp[256], *p;
	va_list ap, again;
	int n;

	/* the whole text, however long: cut at a byte count, it could end
	 * inside a UTF-8 sequence (tests/fuzz/corpus/crash-label-cut-utf8) */
	va_start(ap, fmt);
	va_copy(again, ap);
	n = vsnprintf(tmp, sizeof(tmp), fmt, ap);
	va_end(ap);
	if (n < 0 || (size_t)n < sizeof(tmp)) {
		va_end(again);
		return n < 0 ? NULL : arena_strndup(a, tmp, (size_t)n);
	}
	p = arena_alloc(a, (size_t)n + 1);
	if (p != NULL)
		vsnprintf(p, (size_t)n + 1, fmt, again);
	va_end(again);
	return p;
}

/* ---- growable buffers with a hard cap ---- */

rncp_status
buf_hand_over(rncp_buf *b, char **out, size_t *outlen)
{
	if (b->failed) {
		rncp_buf_free(b);
		return RNCP_ENOMEM;
	}
	*out = b->s;
	*outlen = b->len;
	return RNCP_OK;
}

int
buf_grow(rncp_buf *b, size_t extra)
{
	size_t max = b->max ? b->max : RNCP_MAX_INPUT * 4;
	size_t need, cap;
	char *p;

	if (b->failed)
		return -1;
	if (extra > max || b->len > max - extra - 1) {
		b->failed = 1;
		return -1;
	}
	need = b->len + extra + 1;
	if (need <= b->cap)
		return 0;
	cap = b->cap ? b->cap : 256;
	while (cap < need)
		cap = cap > max / 2 ? max + 1 : cap * 2;
	p = realloc(b->s, cap);
	if (p == NULL) {
		b->failed = 1;
		return -1;
	}
	b->s = p;
	b->cap = cap;
	return 0;
}

int
buf_append(rncp_buf *b, const char *s, size_t n)
{
	if (buf_grow(b, n) != 0)
		return -1;
	if (n > 0)
		memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = '\0';
	return 0;
}

int
buf_puts(rncp_buf *b, const char *s)
{
	return buf_append(b, s, strlen(s));
}

int
buf_putc(rncp_buf *b, char c)
{
	size_t max = b->max ? b->max : RNCP_MAX_INPUT * 4;

	/* room already there, the common case: no buf_grow and memcpy calls
	 * (ocr_pass copies most of a text a byte at a time) */
	if (!b->failed && b->len + 2 <= b->cap && b->len + 2 <= max) {
		b->s[b->len++] = c;
		b->s[b->len] = '\0';
		return 0;
	}
	return buf_append(b, &c, 1);
}

int
buf_printf(rncp_buf *b, const char *fmt, ...)
{
	char tmp[512];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(tmp, sizeof(tmp), fmt, ap);
	va_end(ap);
	if (n < 0)
		return -1;
	if ((size_t)n >= sizeof(tmp))
		n = sizeof(tmp) - 1;
	return buf_append(b, tmp, (size_t)n);
}

int
rncp_buf_append(rncp_buf *b, const char *s, size_t n)
{
	return buf_append(b, s, n);
}

int
rncp_buf_append_str(rncp_buf *b, const char *s)
{
	return buf_append(b, s, strlen(s));
}

void
rncp_buf_free(rncp_buf *b)
{
	if (b == NULL)
		return;
	free(b->s);
	b->s = NULL;
	b->len = b->cap = 0;
	b->failed = 0;
}

int
vec_reserve(void **v, size_t *cap, size_t n, size_t sz)
{
	size_t ncap;
	void *p;

	if (n < *cap)
		return 0;
	ncap = *cap ? *cap * 2 : 8;
	while (ncap <= n)
		ncap *= 2;
	if (ncap > ((size_t)-1) / sz)
		return -1;
	p = realloc(*v, ncap * sz);
	if (p == NULL)
		return -1;
	*v = p;
	*cap = ncap;
	return 0;
}

void
set_error(rncp_error *err, rncp_status st, long lineno, const char *fmt, ...)
{
	va_list ap;

	if (err == NULL)
		return;
	err->status = st;
	err->line = lineno;
	va_start(ap, fmt);
	if (vsnprintf(err->msg, sizeof(err->msg), fmt, ap) >= (int)sizeof(err->msg))
		mark_cut(err->msg, sizeof(err->msg));
	va_end(ap);
}

const char *
rncp_status_str(rncp_status st)
{
	switch (st) {
	case RNCP_OK: return "success";
	case RNCP_ENOMEM: return "out of memory";
	case RNCP_EIO: return "input/output error";
	case RNCP_ETOOBIG: return "file too large";
	case RNCP_EEMPTY: return "empty input";
	case RNCP_EBINARY: return "binary data, not text";
	case RNCP_ENOTFICHE: return "not an RNCP fiche";
	case RNCP_EDB: return "database error";
	case RNCP_ENOTDB: return "not an rncp database";
	case RNCP_EDBVERSION: return "database from a newer rncp";
	case RNCP_EREADONLY: return "database is read-only";
	case RNCP_EFULL: return "disk full";
	case RNCP_EUSAGE: return "usage error";
	case RNCP_ENOTFOUND: return "not found";
	}
	return "unknown error";
}

/* ---- UTF-8 ---- */

size_t
utf8_decode(const unsigned char *s, size_t n, unsigned *cp)
{
	unsigned c = s[0], v;
	size_t len, i;

	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	if (c >= 0xC2 && c <= 0xDF) {
		len = 2;
		v = c & 0x1F;
	} else if (c >= 0xE0 && c <= 0xEF) {
		len = 3;
		v = c & 0x0F;
	} else if (c >= 0xF0 && c <= 0xF4) {
		len = 4;
		v = c & 0x07;
	} else {
		*cp = 0xFFFD;
		return 1;
	}
	if (n < len) {
		*cp = 0xFFFD;
		return 1;
	}
	for (i = 1; i < len; i++) {
		if ((s[i] & 0xC0) != 0x80) {
			*cp = 0xFFFD;
			return 1;
		}
		v = (v << 6) | (s[i] & 0x3F);
	}
	/* overlong forms, surrogates and values past U+10FFFF are invalid */
	if ((len == 3 && v < 0x800) || (len == 4 && (v < 0x10000 || v > 0x10FFFF)) ||
	    (v >= 0xD800 && v <= 0xDFFF)) {
		*cp = 0xFFFD;
		return 1;
	}
	*cp = v;
	return len;
}

int
utf8_valid(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, k;
	unsigned cp;

	while (i < n) {
		if (p[i] < 0x80) {
			uint64_t w = 0;
			/* eight bytes of ASCII at once, then to the first
			 * other byte of the eight */
			while (i + 8 <= n && (memcpy(&w, p + i, 8), (w &= HIGHS) == 0))
				i += 8;
			if (i + 8 <= n)
				i += (size_t)__builtin_ctzll(w) / 8;
			else if (i < n && p[i] < 0x80)
				i++;
			continue;
		}
		if (p[i] == 0xC3 && i + 1 < n && (p[i + 1] & 0xC0) == 0x80) {
			i += 2; /* U+00C0..U+00FF, most non-ASCII of a fiche */
			continue;
		}
		k = utf8_decode(p + i, n - i, &cp);
		if (cp == 0xFFFD && k == 1)
			return 0;
		i += k;
	}
	return 1;
}

size_t
utf8_boundary(const char *s, size_t n)
{
	while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
		n--;
	return n;
}

void
mark_cut(char *buf, size_t size)
{
	size_t k;

	if (size < 4)
		return;
	k = utf8_boundary(buf, size - 4);
	memcpy(buf + k, "\xE2\x80\xA6", 4); /* U+2026 and the NUL */
}

size_t
utf8_encode(unsigned cp, char out[4])
{
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (char)(0xC0 | (cp >> 6));
		out[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		out[0] = (char)(0xE0 | (cp >> 12));
		out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		out[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	out[0] = (char)(0xF0 | (cp >> 18));
	out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
	out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
	out[3] = (char)(0x80 | (cp & 0x3F));
	return 4;
}

/* Base letter of a Latin-1 / Latin Extended-A accented letter, or 0. */
static const char *
fold_latin(unsigned cp)
{
	static const char *latin1 =
	    /* C0..FF */
	    "AAAAAAACEEEEIIIIDNOOOOO*OUUUUYTs"
	    "aaaaaaaceeeeiiiidnooooo/ouuuuyty";
	static char one[2];

	if (cp >= 0xC0 && cp <= 0xFF) {
		if (cp == 0xC6 || cp == 0xE6)
			return "ae";
		if (cp == 0xDF)
			return "ss";
		one[0] = latin1[cp - 0xC0];
		one[1] = '\0';
		return one;
	}
	switch (cp) {
	case 0x152: case 0x153: return "oe";
	case 0x178: return "y";
	case 0x2019: case 0x2018: return "'";
	}
	return NULL;
}

size_t
fold_into(const char *s, size_t n, char *out, size_t cap)
{
	/* U+00C0..U+00FF, folded; '*' and '/' stand for the signs x and / */
	static const char latin[] = "aaaaaaaceeeeiiiidnooooo*ouuuuyts"
	                            "aaaaaaaceeeeiiiidnooooo/ouuuuyty";
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, o = 0, m;

	while (i < n && o + 2 < cap) {
		unsigned char c = p[i];
		if (c < 0x80) {
			/* a run of ASCII, most of a line: eight bytes at a time,
			 * then in a tight loop */
			m = n - i < cap - 2 - o ? n - i : cap - 2 - o;
			while (m >= 8) {
				uint64_t w, up, high;
				memcpy(&w, p + i, 8);
				/* bit 7 of each capital's byte */
				up = bytes_upper(w);
				memcpy(out + o, &(uint64_t){w | up >> 2}, 8);
				high = w & HIGHS;
				if (high != 0) {
					/* the ASCII bytes before it are written
					 * (o <= i: the eight fit); an accent, every
					 * few words in French, no longer sends the
					 * rest of the word through the byte loop */
					m = (size_t)__builtin_ctzll(high) / 8;
					i += m;
					o += m;
					m = 0;
					break;
				}
				i += 8, o += 8, m -= 8;
			}
			for (; m > 0 && (c = p[i]) < 0x80; m--) {
				out[o++] = (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
				i++;
			}
		} else if (c == 0xC3 && i + 1 < n && p[i + 1] >= 0x80 && p[i + 1] <= 0xBF) {
			out[o++] = latin[p[i + 1] - 0x80];
			i += 2;
		} else if (c == 0xC5 && i + 1 < n && (p[i + 1] == 0x92 || p[i + 1] == 0x93)) {
			out[o++] = 'o';
			out[o++] = 'e';
			i += 2;
		} else {
			out[o++] = (char)c;
			i++;
		}
	}
	out[o] = '\0';
	return o;
}

size_t
fold_offset(const char *s, size_t *at, size_t *fat, size_t to)
{
	const unsigned char *p = (const unsigned char *)s;

	while (*fat < to) {
		if (p[*at] == 0xC3 && (p[*at + 1] & 0xC0) == 0x80) {
			*at += 2;
			*fat += 1;
		} else if (p[*at] == 0xC5 && (p[*at + 1] == 0x92 || p[*at + 1] == 0x93)) {
			*at += 2;
			*fat += 2;
		} else {
			*at += 1;
			*fat += 1;
		}
	}
	return *at;
}

int
fold_ascii(const char *s, size_t n, rncp_buf *out)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, k, o;
	unsigned cp;
	const char *f;
	char *d;

	/* a folded character is never longer than the original: room once */
	if (buf_grow(out, n) != 0)
		return -1;
	d = out->s;
	o = out->len;
	while (i < n) {
		if (p[i] < 0x80) {
			unsigned char c = p[i++];
			d[o++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
			continue;
		}
		k = utf8_decode(p + i, n - i, &cp);
		if (cp >= 0x300 && cp <= 0x36F) {
			/* combining mark: dropped */
		} else if ((f = fold_latin(cp)) != NULL) {
			size_t j;
			for (j = 0; j < 2 && j < k && f[j]; j++)
				d[o++] = (char)((f[j] >= 'A' && f[j] <= 'Z') ? f[j] - 'A' + 'a' : f[j]);
		} else {
			memcpy(d + o, s + i, k);
			o += k;
		}
		i += k;
	}
	out->len = o;
	d[o] = '\0';
	return 0;
}

size_t
count_bars(const char *s, size_t n)
{
	size_t k = 0;
	const char *p = s, *e = s + n;

	while ((p = memchr(p, '|', (size_t)(e - p))) != NULL)
		p++, k++;
	return k;
}
