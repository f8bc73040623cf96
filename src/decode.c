/*
 * decode.c - first stage: bytes of unknown encoding to UTF-8.  Recognises a
 * BOM (UTF-8, UTF-16LE/BE), BOM-less UTF-16, valid UTF-8, and falls back to
 * CP1252 (a superset of Latin-1 for text) through iconv.  Rejects binary
 * data and empty input.
 */
#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* Convert with iconv; invalid input sequences of unit bytes become U+FFFD. */
static rncp_status
convert(const char *from, const char *in, size_t len, size_t unit, decoded *out,
        rncp_error *err)
{
	iconv_t cd = iconv_open("UTF-8", from);
	rncp_buf b = {0};
	char chunk[8192];
	char *ip = (char *)in;
	size_t il = len;

	if (cd == (iconv_t)-1) {
		set_error(err, RNCP_EIO, 0, "cannot convert from %s: iconv has no such encoding", from);
		return RNCP_EIO;
	}
	while (il > 0) {
		char *op = chunk;
		size_t ol = sizeof(chunk);
		size_t r = iconv(cd, &ip, &il, &op, &ol);

		if (buf_append(&b, chunk, sizeof(chunk) - ol) != 0)
			break;
		if (r == (size_t)-1) {
			if (errno == E2BIG)
				continue;
			/* EILSEQ or EINVAL (truncated tail): replace and skip */
			if (buf_append(&b, "\xEF\xBF\xBD", 3) != 0)
				break;
			out->replaced++;
			if (il < unit)
				il = 0;
			else {
				ip += unit;
				il -= unit;
			}
			iconv(cd, NULL, NULL, NULL, NULL);
		}
	}
	iconv_close(cd);
	if (b.failed) {
		rncp_buf_free(&b);
		set_error(err, RNCP_ENOMEM, 0, "out of memory while decoding");
		return RNCP_ENOMEM;
	}
	if (b.s == NULL && buf_append(&b, "", 0) != 0)
		return RNCP_ENOMEM;
	out->text = b.s;
	out->len = b.len;
	return RNCP_OK;
}

/*
 * Double-encoded UTF-8 ("mojibake"): UTF-8 read as CP1252 or Latin-1 and
 * written out again as UTF-8, so that "é" shows as "Ã©", "à" as "Ã " and
 * "'" as "â€™".  Each character of such a run stands for one byte of the
 * original; these are the bytes 0x80-0xBF a CP1252 or Latin-1 character
 * stands for, or -1.
 */
/* The characters CP1252 puts at 0x80-0x9F, where Latin-1 has C1 controls */
static const struct {
	unsigned short cp;
	unsigned char b;
} cp1252_high[] = {
    {0x0152, 0x8C}, {0x0153, 0x9C}, {0x0160, 0x8A}, {0x0161, 0x9A}, {0x0178, 0x9F},
    {0x017D, 0x8E}, {0x017E, 0x9E}, {0x0192, 0x83}, {0x02C6, 0x88}, {0x02DC, 0x98},
    {0x2013, 0x96}, {0x2014, 0x97}, {0x2018, 0x91}, {0x2019, 0x92}, {0x201A, 0x82},
    {0x201C, 0x93}, {0x201D, 0x94}, {0x201E, 0x84}, {0x2020, 0x86}, {0x2021, 0x87},
    {0x2022, 0x95}, {0x2026, 0x85}, {0x2030, 0x89}, {0x2039, 0x8B}, {0x203A, 0x9B},
    {0x20AC, 0x80}, {0x2122, 0x99},
};

static int
cp1252_byte(unsigned cp)
{
	size_t i;

	if (cp >= 0x80 && cp <= 0xBF)
		return (int)cp;
	for (i = 0; i < ARRAY_LEN(cp1252_high); i++)
		if (cp1252_high[i].cp == cp)
			return cp1252_high[i].b;
	return -1;
}

/*
 * C1 controls (U+0080..U+009F) in UTF-8 text: CP1252 text read as Latin-1
 * and written again as UTF-8, so that "'" shows as U+0092, "•" as U+0095
 * and "œ" as U+009C.  Each becomes its CP1252 character; the five CP1252
 * leaves undefined are dropped.  Returns how many were read so (the text
 * grows by one byte for each at most), or (size_t)-1 without memory.
 */
static size_t
c1_repair(decoded *out)
{
	const unsigned char *p = (const unsigned char *)out->text;
	char *t = malloc(out->len + out->len / 2 + 1);
	size_t i, j, o = 0, n = 0;

	if (t == NULL)
		return (size_t)-1;
	for (i = 0; i < out->len; i++) {
		if (p[i] != 0xC2 || i + 1 == out->len || p[i + 1] < 0x80 || p[i + 1] > 0x9F) {
			t[o++] = (char)p[i];
			continue;
		}
		for (j = 0; j < ARRAY_LEN(cp1252_high) && cp1252_high[j].b != p[i + 1]; j++)
			;
		if (j < ARRAY_LEN(cp1252_high))
			o += utf8_encode(cp1252_high[j].cp, t + o);
		n++;
		i++;
	}
	t[o] = '\0';
	free(out->text);
	out->text = t;
	out->len = o;
	return n;
}

/* What a repaired sequence may stand for: the letters, signs, marks and
 * punctuation of fiches, not a control character or a CJK ideogram that
 * an accented letter followed by a sign would also spell. */
static int
plausible_cp(unsigned cp)
{
	return (cp >= 0xA0 && cp <= 0x24F) || (cp >= 0x2C6 && cp <= 0x2DD) ||
	       (cp >= 0x80 && cp <= 0x9F) || /* a C1 control: c1_repair's, after */
	       (cp >= 0x300 && cp <= 0x36F) || (cp >= 0x2000 && cp <= 0x214F) ||
	       (cp >= 0x2190 && cp <= 0x22FF) || (cp >= 0x25A0 && cp <= 0x27BF) ||
	       (cp >= 0xF000 && cp <= 0xF0FF) || (cp >= 0xFB00 && cp <= 0xFB06) ||
	       (cp >= 0x1F300 && cp <= 0x1FAFF) || cp == 0x10019F; /* Calibri's "ti" */
}

size_t
mojibake_at(const unsigned char *p, size_t len, char out[4], size_t *outlen)
{
	unsigned lead, cp;
	unsigned char b[4];
	size_t i, k, need, n;

	k = utf8_decode(p, len, &lead);
	if (lead < 0xC2 || lead > 0xF4)
		return 0;
	need = lead < 0xE0 ? 1 : lead < 0xF0 ? 2 : 3;
	b[0] = (unsigned char)lead;
	for (i = 1; i <= need; i++) {
		int c;
		if (k >= len)
			return 0;
		n = utf8_decode(p + k, len - k, &cp);
		if ((c = cp1252_byte(cp)) < 0)
			return 0;
		b[i] = (unsigned char)c;
		k += n;
	}
	/* what UTF-8 forbids: overlong forms, surrogates, past U+10FFFF */
	if ((lead == 0xE0 && b[1] < 0xA0) || (lead == 0xED && b[1] >= 0xA0) ||
	    (lead == 0xF0 && b[1] < 0x90) || (lead == 0xF4 && b[1] >= 0x90))
		return 0;
	if (utf8_decode(b, need + 1, &cp) != need + 1 || !plausible_cp(cp))
		return 0;
	memcpy(out, b, need + 1);
	*outlen = need + 1;
	return k;
}

/* One pass over s, in place: each double-encoded sequence becomes the
 * character it stands for; then, if there was one, "Ã" before a space
 * becomes "à" (its second byte, a no-break space, often turned into a
 * space on the way).  The number of characters repaired. */
static size_t
mojibake_pass(char *s, size_t *len)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, o = 0, fixed = 0, k, n;
	char ch[4];

	while (i < *len) {
		if (p[i] == 0xC3 && (k = mojibake_at(p + i, *len - i, ch, &n)) > 0) {
			memcpy(s + o, ch, n);
			o += n;
			i += k;
			fixed++;
		} else {
			s[o++] = s[i++];
		}
	}
	*len = o;
	if (fixed > 0) {
		for (i = o = 0; i < *len; i++) {
			if (p[i] == 0xC3 && i + 2 < *len && p[i + 1] == 0x83 && p[i + 2] == ' ') {
				s[o++] = '\xC3';
				s[o++] = '\xA0';
				i++;
				fixed++;
			} else if (p[i] == 0xC3 && i + 2 < *len && p[i + 1] == 0x82 && p[i + 2] == ' ') {
				/* "Â ", a no-break space encoded twice over whose
				 * second half became a space ("ÃƒÂ " for à) */
				s[o++] = '\xC2';
				s[o++] = '\xA0';
				i++; /* the space stays: the text may have lost the other */
				fixed++;
			} else {
				s[o++] = s[i];
			}
		}
		*len = o;
	}
	s[*len] = '\0';
	return fixed;
}

size_t
mojibake_repair(char *s, size_t *len)
{
	const unsigned char *p = (const unsigned char *)s, *c;
	size_t total = 0, n, i = 0;
	int pass;

	/* most texts have none: their C3 bytes (accented letters) skimmed */
	while ((c = memchr(p + i, 0xC3, *len - i)) != NULL) {
		i = (size_t)(c - p);
		if (mojibake_suspect(c, *len - i))
			break;
		i++;
	}
	if (c == NULL)
		return 0;
	/* text encoded twice over takes two passes */
	for (pass = 0; pass < 3 && (n = mojibake_pass(s, len)) > 0; pass++)
		total += n;
	return total;
}

/* UTF-16 without BOM: most ASCII text has a zero byte in every other place. */
static const char *
sniff_utf16(const unsigned char *p, size_t len)
{
	size_t i, n = len < 4096 ? len : 4096, even = 0, odd = 0;

	if (n < 8)
		return NULL;
	for (i = 0; i + 1 < n; i += 2) {
		even += p[i] == 0;
		odd += p[i + 1] == 0;
	}
	if (odd * 10 > n / 2 * 7 && even * 20 < n / 2)
		return "UTF-16LE";
	if (even * 10 > n / 2 * 7 && odd * 20 < n / 2)
		return "UTF-16BE";
	return NULL;
}

/* Copy valid UTF-8, dropping NULs and replacing invalid bytes; clean:
 * there are none of either, so the text is copied as it is. */
static rncp_status
copy_utf8(const unsigned char *p, size_t len, int clean, decoded *out, rncp_error *err)
{
	char *t = malloc(clean ? len + 1 : len * 3 + 1);
	size_t i = 0, o = 0, k;
	unsigned cp;

	if (t == NULL) {
		set_error(err, RNCP_ENOMEM, 0, "out of memory while decoding");
		return RNCP_ENOMEM;
	}
	if (clean) {
		memcpy(t, p, len);
		i = o = len;
	}
	while (i < len) {
		if (p[i] == 0) {
			out->nuls++;
			i++;
			continue;
		}
		if (p[i] < 0x80) {
			t[o++] = (char)p[i++];
			continue;
		}
		k = utf8_decode(p + i, len - i, &cp);
		if (cp == 0xFFFD && k == 1) {
			memcpy(t + o, "\xEF\xBF\xBD", 3);
			o += 3;
			out->replaced++;
		} else {
			memcpy(t + o, p + i, k);
			o += k;
		}
		i += k;
	}
	t[o] = '\0';
	out->text = t;
	out->len = o;
	return RNCP_OK;
}

/* A document that is not text, by its first bytes (and a zip file's
 * names): what it is and what to do, or NULL. */
static const char *
document_kind(const char *data, size_t len)
{
	static const struct {
		const char *magic;
		size_t n;
		const char *what;
	} kinds[] = {
	    {"%PDF-", 5, "a PDF document, not text: extract its text first (pdftotext, or copy it "
	                 "from a PDF viewer)"},
	    {"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8,
	     "a Word 97-2003 or other Office document, not text: save it as plain text first"},
	    {"{\\rtf", 5, "an RTF document, not text: save it as plain text first"},
	    {"\x1F\x8B", 2, "a gzip-compressed file, not text: decompress it first (gunzip)"},
	    {"PK\x03\x04", 4, "a zip archive, not text: unpack it first"},
	};
	size_t i;

	for (i = 0; i < ARRAY_LEN(kinds); i++) {
		if (len < kinds[i].n || memcmp(data, kinds[i].magic, kinds[i].n) != 0)
			continue;
		if (kinds[i].magic[0] != 'P')
			return kinds[i].what;
		/* the parts of an Office document are named in the zip */
		if (memmem(data, len, "word/", 5) != NULL)
			return "a Word document (.docx), not text: save it as plain text first";
		if (memmem(data, len, "opendocument", 12) != NULL)
			return "an OpenDocument file (.odt), not text: save it as plain text first";
		return kinds[i].what;
	}
	return NULL;
}

const char *
decode_as_is(const char *data, size_t len, size_t *tlen)
{
	const unsigned char *p = (const unsigned char *)data;
	size_t i;

	if (len > RNCP_MAX_INPUT || document_kind(data, len) != NULL ||
	    (len >= 2 && ((p[0] == 0xFF && p[1] == 0xFE) || (p[0] == 0xFE && p[1] == 0xFF))))
		return NULL;
	/* without NULs, sniff_utf16 finds no UTF-16 */
	if (len >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF) {
		p += 3;
		len -= 3;
	}
	/* blank: decode_input says it is empty */
	for (i = 0; i < len && strchr(" \n\r\t\f\v", p[i]) != NULL && p[i] != '\0'; i++)
		;
	if (i == len)
		return NULL;
	*tlen = len;
	return (const char *)p;
}

rncp_status
decode_input(const char *data, size_t len, decoded *out, rncp_error *err)
{
	const unsigned char *p = (const unsigned char *)data;
	size_t i, nul = 0, ctrl = 0, bad = 0, multi = 0, moji = 0, c1 = 0, mac_e = 0, win_e = 0, k, n;
	const char *enc16;
	unsigned cp;
	rncp_status st;

	memset(out, 0, sizeof(*out));
	if (len > RNCP_MAX_INPUT) {
		set_error(err, RNCP_ETOOBIG, 0, "file is larger than %zu MiB",
		          RNCP_MAX_INPUT >> 20);
		return RNCP_ETOOBIG;
	}
	if ((enc16 = document_kind(data, len)) != NULL) {
		set_error(err, RNCP_EBINARY, 0, "%s", enc16);
		return RNCP_EBINARY;
	}
	if (len >= 2 && ((p[0] == 0xFF && p[1] == 0xFE) || (p[0] == 0xFE && p[1] == 0xFF))) {
		enc16 = p[0] == 0xFF ? "UTF-16LE" : "UTF-16BE";
		out->encoding = enc16;
		if ((len - 2) % 2)
			out->replaced++; /* truncated: the lone last byte is lost */
		st = convert(enc16, data + 2, (len - 2) & ~(size_t)1, 2, out, err);
		goto check;
	}
	if ((enc16 = sniff_utf16(p, len)) != NULL) {
		out->encoding = enc16;
		if (len % 2)
			out->replaced++;
		st = convert(enc16, data, len & ~(size_t)1, 2, out, err);
		goto check;
	}
	if (len >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF) {
		p += 3;
		len -= 3;
	}
	for (i = 0; i < len; i += k) {
		/* printable ASCII, most of a fiche, eight bytes at once: up to
		 * the first byte under 0x20 or over 0x7F (the lowest such byte
		 * always shows in the mask, whatever borrows it causes above) */
		if (i + 8 <= len) {
			uint64_t w, m;
			memcpy(&w, p + i, 8);
			m = (w | (w - 0x20 * ONES)) & HIGHS;
			if (m == 0) {
				k = 8;
				continue;
			}
			if ((k = (size_t)__builtin_ctzll(m) / 8) > 0)
				continue;
		}
		k = 1;
		if (p[i] == 0)
			nul++;
		else if (p[i] < 0x20 && p[i] != '\n' && p[i] != '\r' && p[i] != '\t' &&
		         p[i] != '\f' && p[i] != '\v' && p[i] != 0x1B)
			ctrl++;
		else if (p[i] == 0xC3 && i + 1 < len && (p[i + 1] & 0xC0) == 0x80) {
			k = 2; /* U+00C0..U+00FF, French's accented letters: valid */
			multi++;
			moji += mojibake_suspect(p + i, len - i);
		} else if (p[i] >= 0x80) {
			k = utf8_decode(p + i, len - i, &cp);
			if (cp == 0xFFFD && k == 1) {
				bad++;
				/* French is full of é: 0xE9 in CP1252, 0x8E in an
				 * old Mac's Mac OS Roman (Ž in CP1252, which
				 * French has not) */
				mac_e += p[i] == 0x8E;
				win_e += p[i] == 0xE9;
			} else {
				multi++;
			}
			c1 += cp >= 0x80 && cp <= 0x9F;
		}
	}
	/* Binary: many NULs or control bytes.  A few stray NULs are dropped. */
	if (len > 0 && ((nul + ctrl) * 20 > len || nul > 4096)) {
		set_error(err, RNCP_EBINARY, 0,
		          "binary data (%zu NUL and %zu control bytes in %zu): not a text fiche; "
		          "give the fiche's text, copied or saved as plain text",
		          nul, ctrl, len);
		return RNCP_EBINARY;
	}
	if (bad == 0 || bad * 2 <= multi) {
		out->encoding = "UTF-8";
		st = copy_utf8(p, len, nul == 0 && bad == 0, out, err);
	} else if (mac_e >= 3 && mac_e > 2 * win_e) {
		out->encoding = "MACINTOSH";
		st = convert("MACINTOSH", (const char *)p, len, 1, out, err);
	} else {
		out->encoding = "CP1252";
		st = convert("CP1252", (const char *)p, len, 1, out, err);
	}
check:
	if (st != RNCP_OK)
		return st;
	/* NULs that came through a conversion (UTF-16 "\0\0") are dropped too */
	if (memchr(out->text, '\0', out->len) != NULL) {
		for (i = n = 0; i < out->len; i++)
			if (out->text[i] != '\0')
				out->text[n++] = out->text[i];
		out->nuls += out->len - n;
		out->len = n;
		out->text[n] = '\0';
	}
	/* double-encoded UTF-8: looked for in what came through a
	 * conversion too ("Ã©" in CP1252 is valid UTF-8 only alone) */
	if (moji > 0 || strcmp(out->encoding, "UTF-8") != 0)
		out->moji = mojibake_repair(out->text, &out->len);
	/* after it: "Ã¢Â\u0080Â\u0099" is UTF-8 read as Latin-1, and
	 * "Â\u0092" (U+0092 read as CP1252) a C1 control it gives back */
	if ((c1 > 0 || out->moji > 0) && strcmp(out->encoding, "UTF-8") == 0 &&
	    (out->c1 = c1_repair(out)) == (size_t)-1) {
		free(out->text);
		out->text = NULL;
		set_error(err, RNCP_ENOMEM, 0, "out of memory while decoding");
		return RNCP_ENOMEM;
	}
	for (i = 0; i < out->len; i++)
		if (out->text[i] != ' ' && out->text[i] != '\n' && out->text[i] != '\r' &&
		    out->text[i] != '\t' && out->text[i] != '\f' && out->text[i] != '\v')
			break;
	if (i == out->len) {
		free(out->text);
		out->text = NULL;
		set_error(err, RNCP_EEMPTY, 0, "file is empty (no text)");
		return RNCP_EEMPTY;
	}
	return RNCP_OK;
}
