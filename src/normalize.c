/*
 * normalize.c - second stage: clean decoded UTF-8 so later stages see one
 * spelling of everything.  Line ends, form feeds, non-breaking and odd
 * spaces, soft hyphens, ligatures, curly and doubled apostrophes, decomposed
 * accents (to NFC for French letters), runs of spaces and the edges of each
 * line.  One pass, output never longer than the input.
 */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* Precomposed form of base + combining mark, for the letters French uses;
 * 0 when none. */
static unsigned
compose(unsigned base, unsigned mark)
{
	static const struct {
		unsigned mark;
		const char *bases;     /* upper-case bases */
		const unsigned char *cps; /* their composed upper-case forms - 0xC0 */
	} t[] = {
	    {0x300, "AEIOU", (const unsigned char *)"\x00\x08\x0C\x12\x19"},
	    {0x301, "AEIOUY", (const unsigned char *)"\x01\x09\x0D\x13\x1A\x1D"},
	    {0x302, "AEIOU", (const unsigned char *)"\x02\x0A\x0E\x14\x1B"},
	    {0x303, "ANO", (const unsigned char *)"\x03\x11\x15"},
	    {0x308, "AEIOU", (const unsigned char *)"\x04\x0B\x0F\x16\x1C"},
	    {0x327, "C", (const unsigned char *)"\x07"},
	};
	size_t i;
	int lower = base >= 'a' && base <= 'z';
	unsigned up = lower ? base - 32 : base;
	const char *p;

	if (mark == 0x308 && (base == 'y' || base == 'Y'))
		return base == 'y' ? 0xFF : 0x178;
	for (i = 0; i < ARRAY_LEN(t); i++) {
		if (t[i].mark != mark)
			continue;
		p = strchr(t[i].bases, (int)up);
		if (p == NULL || up == 0)
			return 0;
		return 0xC0 + t[i].cps[p - t[i].bases] + (lower ? 0x20 : 0);
	}
	return 0;
}

/* What a code point becomes: a replacement string, "" to drop it, or NULL
 * to keep it. */
static const char *
map_cp(unsigned cp)
{
	switch (cp) {
	case '\r': case '\f': case '\v': case 0x2028: case 0x2029: case 0x85:
		return "\n";
	case '\t': case 0xA0: case 0x202F: case 0x2000: case 0x2001: case 0x2002:
	case 0x2003: case 0x2004: case 0x2005: case 0x2006: case 0x2007:
	case 0x2008: case 0x2009: case 0x200A: case 0x205F: case 0x3000:
		return " ";
	case 0xAD: case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF:
		return "";
	case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032:
	case 0x02BC: case 0x02B9: case 0xB4: case '`':
		return "'";
	case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033:
		return "\"";
	case 0x2010: case 0x2011: case 0x2212:
		return "-";
	case 0xFB00: return "ff";
	case 0xFB01: return "fi";
	case 0xFB02: return "fl";
	case 0xFB03: return "ffi";
	case 0xFB04: return "ffl";
	case 0xFB05: case 0xFB06: return "st";
	case 0x25CF: case 0x25AA: case 0x25A0: case 0x25E6: case 0xF0B7:
	case 0xF0A7: case 0x2023: case 0x2043:
		return "\xE2\x80\xA2"; /* • */
	}
	return NULL;
}

rncp_status
normalize_text(const char *in, size_t len, char **out, size_t *outlen,
               norm_stats *st)
{
	const unsigned char *p = (const unsigned char *)in;
	char *o = malloc(len + 1);
	size_t i = 0, n = 0, k, last_start = 0, last_len = 0;
	int space = 0, line_start = 1, crlf = 0;
	unsigned cp, last_cp = 0;

	(void)st;
	if (o == NULL)
		return RNCP_ENOMEM;
	while (i < len) {
		const char *m;
		char enc[4];

		if (p[i] < 0x80) {
			cp = p[i];
			k = 1;
		} else {
			k = utf8_decode(p + i, len - i, &cp);
		}
		i += k;
		if (cp == '\r' && i < len && p[i] == '\n') {
			crlf = 1;
			continue; /* the \n that follows ends the line */
		}
		(void)crlf;
		if (cp == 0)
			continue;
		if (cp >= 0x300 && cp <= 0x36F) {
			unsigned c = last_len == 1 ? compose(last_cp, cp) : 0;
			if (c != 0) {
				n = last_start;
				k = utf8_encode(c, enc);
				memcpy(o + n, enc, k);
				n += k;
				last_cp = c;
				last_len = k;
			}
			/* marks on other letters are dropped: they only appear
			 * as PDF-extraction debris in fiches */
			continue;
		}
		m = map_cp(cp);
		if (m == NULL) {
			k = utf8_encode(cp, enc);
			m = enc;
		} else {
			k = strlen(m);
		}
		if (k == 0)
			continue;
		if (m[0] == '\n') {
			o[n++] = '\n';
			space = 0;
			line_start = 1;
			last_len = 0;
			continue;
		}
		if (m[0] == ' ' && k == 1) {
			if (!line_start)
				space = 1;
			continue;
		}
		/* doubled apostrophe ('' from PDF or SQL exports) */
		if (m[0] == '\'' && k == 1 && last_len == 1 && last_cp == '\'' && !space)
			continue;
		if (space) {
			o[n++] = ' ';
			space = 0;
		}
		line_start = 0;
		last_start = n;
		memcpy(o + n, m, k);
		n += k;
		last_len = k;
		if (m == enc)
			last_cp = cp;
		else
			utf8_decode((const unsigned char *)m, k, &last_cp);
	}
	o[n] = '\0';
	*out = o;
	*outlen = n;
	return RNCP_OK;
}
