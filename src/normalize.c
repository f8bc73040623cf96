/*
 * normalize.c - second stage: clean decoded UTF-8 so later stages see one
 * spelling of everything.  Line ends, form feeds, non-breaking and odd
 * spaces, soft hyphens, ligatures, curly and doubled apostrophes, decomposed
 * accents (to NFC for French letters), runs of spaces and the edges of each
 * line; a tab between two cells of a table becomes a column bar, " | ".
 * One pass.
 */
#include <stdint.h>
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
__attribute__((always_inline)) static inline const char *
map_cp(unsigned cp)
{
	switch (cp) {
	case '\r': case '\v': case 0x2028: case 0x2029: case 0x85:
		return "\n";
	case '\f': /* a page break: a line of its own, for segment.c */
		return "\n\f\n";
	case '\t': case 0xA0: case 0x202F: case 0x2000: case 0x2001: case 0x2002:
	case 0x2003: case 0x2004: case 0x2005: case 0x2006: case 0x2007:
	case 0x2008: case 0x2009: case 0x200A: case 0x205F: case 0x3000:
		return " ";
	case 0xAD: case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF:
	/* other control characters: nothing a reader sees */
	case 0x01: case 0x02: case 0x03: case 0x04: case 0x05: case 0x06: case 0x07:
	case 0x08: case 0x0E: case 0x0F: case 0x10: case 0x11: case 0x12: case 0x13:
	case 0x14: case 0x15: case 0x16: case 0x17: case 0x18: case 0x19: case 0x1A:
	case 0x1B: case 0x1C: case 0x1D: case 0x1E: case 0x1F:
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
	/* the "ti" ligature of Calibri, which PDF text gives as a private
	 * use character, or that truncated to 16 bits ("cerƟficaƟon") */
	case 0x019F: case 0x10019F: return "ti";
	case 0x25CF: case 0x25AA: case 0x25A0: case 0x25E6: case 0xF0B7:
	case 0xF0A7: case 0x2023: case 0x2043:
		return "\xE2\x80\xA2"; /* • */
	}
	return NULL;
}

/* Printable ASCII that normalize_text keeps as it is (not the space, nor
 * the apostrophes it rewrites): one table look-up per byte of its fast
 * path.  Filled once. */
static unsigned char kept_tab[256];

static void
kept_tab_init(void)
{
	int c;

	if (kept_tab['a'])
		return;
	for (c = 0x21; c < 0x7F; c++)
		kept_tab[c] = c != '\'' && c != '`';
}

#define ascii_kept(c) (kept_tab[(unsigned char)(c)] != 0)

/* The bytes of q[0..8) that normalize_text's fast path may not copy, 0x80
 * in each (exact up to the first of them, the only one used): bytes out of
 * 0x20..0x7E, apostrophes, and spaces not followed by a kept byte (q[8]
 * for a space at the end). */
static inline uint64_t
unkept8(const unsigned char *q)
{
	uint64_t w, sp, bad;

	memcpy(&w, q, 8);
	/* bytes out of 0x20..0x7E: the lowest always shows in the
	 * subtraction, whatever borrows it causes above it */
	bad = ((w - 0x20 * ONES) | w | (w + ONES)) & HIGHS;
	bad |= bytes_eq(w, '\'') | bytes_eq(w, '`');
	sp = bytes_eq(w, ' ');
	/* bad | sp: the bytes that are not kept; a space is copied when the
	 * byte after it is kept */
	return bad | (sp & (((bad | sp) >> 8) | (ascii_kept(q[8]) ? 0 : HIGHS << 56)));
}

/* Where the run of text that normalize_text copies as it is ends, from
 * q[j] on (q[j - 1] is kept): kept ASCII, Latin-1 letters (C3 xx), single
 * apostrophes, and single spaces before any of those.  normalize_text's
 * other paths would write all of it as it is too: this path only spares
 * them, for most of a fiche. */
static size_t
kept_run_end(const unsigned char *q, size_t j, size_t len)
{
	for (;;) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
		/* eight bytes a step, to the first one the test below needs */
		while (j + 9 <= len) {
			uint64_t bad = unkept8(q + j);
			if (bad != 0) {
				j += (size_t)__builtin_ctzll(bad) >> 3;
				break;
			}
			j += 8;
		}
#endif
		if (j >= len)
			return j;
		if (ascii_kept(q[j]))
			j++;
		else if (q[j] == 0xC3 && j + 1 < len && (q[j + 1] & 0xC0) == 0x80 &&
		         /* not À-Å, nor "â€": what double-encoded UTF-8
		          * starts with (normalize's C3 branch looks) */
		         q[j + 1] > 0x85 && !(q[j + 1] == 0xA2 && j + 2 < len && q[j + 2] == 0xE2))
			j += 2;
		else if (q[j] == '\'' && q[j - 1] != '\'') /* '' is one */
			j++;
		else if (q[j] == ' ' && j + 1 < len &&
		         (ascii_kept(q[j + 1]) || q[j + 1] == '\'' ||
		          (q[j + 1] == 0xC3 && j + 2 < len && (q[j + 2] & 0xC0) == 0x80)))
			j++;
		else
			return j;
	}
}

/* Signs that start list items in PDF text, and only there are bullets
 * (an arrow in a sentence stays): arrows, ticks, squares, diamonds, and
 * their Wingdings and Symbol codes in the private use area, which is
 * what PDF extraction makes of those fonts. */
static int
bullet_glyph(unsigned cp)
{
	switch (cp) {
	case 0x2192: case 0x2794: case 0x279D: case 0x27A2: case 0x27A4: case 0x25BA:
	case 0x25B6: case 0x25B8: case 0x2713: case 0x2714: case 0x2611: case 0x25C6:
	case 0x25C7: case 0x25CB: case 0x25A1: case 0x2756: case 0x2666: case 0x2043:
	case 0x2219: /* a bullet operator opening a line: a symbol font's bullet */
		return 1;
	}
	/* not U+00B7, the middle dot, two bytes where • takes three (the
	 * text must not grow): item_marker() reads "· " as it is */
	return cp >= 0xF020 && cp <= 0xF0FF; /* Wingdings, Symbol */
}

/* Write " |" at (*o)[*n], the buffer grown when the rest of the input
 * (left bytes, nff page breaks at most) would not fit after it.  Frees
 * the buffer when it cannot grow. */
__attribute__((noinline)) static rncp_status
column_bar(char **o, size_t *n, size_t *cap, size_t left, size_t nff)
{
	if (*n + 3 + left + 2 * nff + 1 > *cap) {
		char *g = realloc(*o, *cap * 2 + 3);
		if (g == NULL) {
			free(*o);
			return RNCP_ENOMEM;
		}
		*o = g;
		*cap = *cap * 2 + 3;
	}
	(*o)[(*n)++] = ' ';
	(*o)[(*n)++] = '|';
	return RNCP_OK;
}

/* Whether more than blanks follow p[i] on its line.  *end and *ok keep
 * the last answer: the tabs of one run of blanks share it (without them a
 * run of n tabs took n * n / 2 steps). */
static int
cell_follows(const unsigned char *p, size_t i, size_t len, size_t *end, int *ok)
{
	if (i <= *end && *end != 0)
		return *ok;
	while (i < len && (p[i] == ' ' || p[i] == '\t' || p[i] == '\r'))
		i++;
	*end = i;
	*ok = i < len && p[i] != '\n' && p[i] != '\f';
	return *ok;
}

/* After a soft hyphen at p[i]: blanks, the line's end, blanks, then the
 * rest of the word, a letter or digit first, with the signs glued to it
 * ("oid,"), of bytes normalize keeps as they are (ASCII, U+00C0..U+00FF,
 * œ), up to a blank or the line's end.  Gives it, p[*ws..*we), and where
 * to go on, *after: past the blanks after it, and past that line's end
 * when nothing else is on it; returns 1.  -1: the line ends there, but
 * with no such word after it; 0: the line goes on after the hyphen. */
static int
soft_cut(const unsigned char *p, size_t i, size_t len, size_t *ws, size_t *we, size_t *after)
{
	size_t j = i;

	while (j < len && (p[j] == ' ' || p[j] == '\t'))
		j++;
	if (j == len)
		return -1; /* the text's end */
	if (p[j] != '\n' && p[j] != '\r')
		return 0; /* not at a line's end */
	if (p[j] == '\r' && (++j == len || p[j] != '\n'))
		return -1; /* an old Mac's line end: left a hyphen */
	for (j++; j < len && (p[j] == ' ' || p[j] == '\t'); j++)
		;
	*ws = j;
	while (j < len) {
		if (ascii_kept(p[j]) && p[j] != ' ')
			j++;
		else if (j + 1 < len && (p[j] == 0xC3 || (p[j] == 0xC5 && p[j + 1] == 0x93)) &&
		         (p[j + 1] & 0xC0) == 0x80)
			j += 2;
		else
			break;
	}
	*we = j;
	if (j == *ws || !((p[*ws] >= 'a' && p[*ws] <= 'z') || (p[*ws] >= 'A' && p[*ws] <= 'Z') ||
	                  (p[*ws] >= '0' && p[*ws] <= '9') || p[*ws] == 0xC3))
		return -1;
	if (j < len && p[j] != ' ' && p[j] != '\t' && p[j] != '\r' && p[j] != '\n')
		return -1;
	while (j < len && (p[j] == ' ' || p[j] == '\t'))
		j++;
	if (j < len && p[j] == '\r' && j + 1 < len && p[j + 1] == '\n')
		j++;
	if (j < len && p[j] == '\n')
		j++;
	*after = j;
	return 1;
}

/* Whether the line written so far, o[..n), is a list's sign alone ("•",
 * "-", "o", "1.", "b)"), blanks aside: a tab after it is the blank of its
 * item ("•\tCariste" from a word processor), not a column's edge.  Writes
 * a blank at o[n], where the tab's goes. */
static int
sign_alone(char *o, size_t n)
{
	size_t s = n;

	while (s > 0 && n - s < 16 && o[s - 1] != '\n')
		s--;
	if (s > 0 && o[s - 1] != '\n')
		return 0;
	while (s < n && o[s] == ' ')
		s++;
	o[n] = ' ';
	return s < n && item_marker(o + s, n + 1 - s) == n + 1 - s;
}

/* HTML character references of text saved from a page's source or a
 * scraper's export: the named ones French text uses, and the numeric
 * ones.  Each is longer than what it stands for. */
static const struct entity {
	const char *name;
	unsigned cp;
} entities[] = {
    {"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''},
    {"nbsp", 0xA0}, {"shy", 0xAD}, {"laquo", 0xAB}, {"raquo", 0xBB}, {"deg", 0xB0},
    {"middot", 0xB7}, {"copy", 0xA9}, {"reg", 0xAE}, {"agrave", 0xE0}, {"acirc", 0xE2},
    {"auml", 0xE4}, {"ccedil", 0xE7}, {"egrave", 0xE8}, {"eacute", 0xE9}, {"ecirc", 0xEA},
    {"euml", 0xEB}, {"icirc", 0xEE}, {"iuml", 0xEF}, {"ocirc", 0xF4}, {"ouml", 0xF6},
    {"ugrave", 0xF9}, {"ucirc", 0xFB}, {"uuml", 0xFC}, {"yuml", 0xFF}, {"Agrave", 0xC0},
    {"Acirc", 0xC2}, {"Ccedil", 0xC7}, {"Egrave", 0xC8}, {"Eacute", 0xC9}, {"Ecirc", 0xCA},
    {"Icirc", 0xCE}, {"Ocirc", 0xD4}, {"Ugrave", 0xD9}, {"Ucirc", 0xDB}, {"oelig", 0x153},
    {"OElig", 0x152}, {"aelig", 0xE6}, {"lsquo", 0x2018}, {"rsquo", 0x2019},
    {"ldquo", 0x201C}, {"rdquo", 0x201D}, {"ndash", 0x2013}, {"mdash", 0x2014},
    {"hellip", 0x2026}, {"bull", 0x2022}, {"euro", 0x20AC},
};

/* The code point of the reference at s[0..n) ('&' first), and its length
 * in *len; 0 when there is none. */
static unsigned
entity_at(const char *s, size_t n, size_t *len)
{
	size_t i = 1, k;
	unsigned cp = 0;

	if (n > 1 && s[1] == '#') {
		int hex = n > 2 && (s[2] == 'x' || s[2] == 'X');
		for (i = hex ? 3 : 2; i < n && i < 10; i++) {
			unsigned c = (unsigned char)s[i], v;
			if (c >= '0' && c <= '9')
				v = c - '0';
			else if (hex && (c | 0x20) >= 'a' && (c | 0x20) <= 'f')
				v = (c | 0x20) - 'a' + 10;
			else
				break;
			cp = cp * (hex ? 16 : 10) + v;
		}
		if (i >= n || s[i] != ';' || i == (hex ? 3u : 2u) || cp == 0 || cp > 0x10FFFF ||
		    (cp >= 0xD800 && cp <= 0xDFFF))
			return 0;
		*len = i + 1;
		return cp;
	}
	while (i < n && i < 9 && ((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z'))
		i++;
	if (i >= n || s[i] != ';')
		return 0;
	for (k = 0; k < ARRAY_LEN(entities); k++)
		if (strlen(entities[k].name) == i - 1 && memcmp(s + 1, entities[k].name, i - 1) == 0) {
			*len = i + 1;
			return entities[k].cp;
		}
	return 0;
}

/* Replace the references in s[0..n) by what they stand for, normalised as
 * normalize_text would (a non-breaking space is a space, a curly
 * apostrophe straight ...), in place.  Returns the new length. */
static size_t
decode_entities(char *s, size_t n)
{
	size_t i = 0, o = 0, len;
	const char *amp;

	while ((amp = memchr(s + i, '&', n - i)) != NULL) {
		size_t a = (size_t)(amp - s);
		unsigned cp = entity_at(amp, n - a, &len);
		const char *m;
		char enc[4];
		size_t k;
		if (cp == 0 && o == i) { /* nothing decoded yet: nothing to move */
			o = i = a + 1;
			continue;
		}
		memmove(s + o, s + i, a - i);
		o += a - i;
		i = a;
		if (cp == 0) {
			s[o++] = s[i++];
			continue;
		}
		i += len;
		m = cp < 0x20 ? " " : map_cp(cp);
		if (m == NULL) {
			k = utf8_encode(cp, enc);
			m = enc;
		} else {
			k = strlen(m);
		}
		if (k == 1 && m[0] == ' ' &&
		    (o == 0 || s[o - 1] == ' ' || s[o - 1] == '\n' || i == n || s[i] == '\n'))
			continue; /* a blank beside a blank, or ending a line */
		if (k == 1 && m[0] == '\n')
			m = " "; /* a line end written as a reference is text's */
		/* doubled apostrophes, one of them a reference ("d&#39;'"),
		 * are one, as normalize makes "''" */
		if (k == 1 && m[0] == '\'' &&
		    ((o > 0 && s[o - 1] == '\'') || (i < n && s[i] == '\'')))
			continue;
		memcpy(s + o, m, k);
		o += k;
	}
	memmove(s + o, s + i, n - i);
	o += n - i;
	s[o] = '\0';
	return o;
}

/* ---- HTML tags of a page's source ---- */

/* TAG_ITEM: <li>, a line that opens with a list item's "- " */
enum { TAG_NONE, TAG_BLOCK, TAG_INLINE, TAG_CELL_END, TAG_DROP, TAG_SKIP, TAG_ITEM };

/* Where comments, scripts and styles end, remembered over one text: an
 * element's end is the first "-->" ("</script", "</style") after it, so
 * each is searched for once (a text of a thousand "<!--" and none closed
 * must not cost a million searches). */
typedef struct end_cache {
	const char *close; /* the last end found */
	const char *none;  /* no end from here on */
} end_cache;

typedef struct comment_ends {
	end_cache comment, script, style;
} comment_ends;

/* The first needle at or after s (of the text ending at end), through c. */
static const char *
cached_end(end_cache *c, const char *s, const char *end, const char *needle)
{
	const char *e;

	if (c->none != NULL && s >= c->none)
		return NULL;
	if (c->close != NULL && c->close >= s)
		return c->close;
	if ((e = memmem(s, (size_t)(end - s), needle, strlen(needle))) == NULL) {
		c->none = s;
		return NULL;
	}
	return c->close = e;
}

/* The tag at s[0] ('<'): its kind, its length in *len.  TAG_SKIP: a
 * script or style element, whose content goes too. */
static int
html_tag(const char *s, size_t n, size_t *len, comment_ends *ce)
{
	static const struct {
		const char *name;
		int kind;
	} tags[] = {
	    {"br", TAG_BLOCK}, {"p", TAG_BLOCK}, {"div", TAG_BLOCK}, {"li", TAG_ITEM},
	    {"ul", TAG_BLOCK}, {"ol", TAG_BLOCK}, {"tr", TAG_BLOCK}, {"table", TAG_BLOCK},
	    {"h1", TAG_BLOCK}, {"h2", TAG_BLOCK}, {"h3", TAG_BLOCK}, {"h4", TAG_BLOCK},
	    {"h5", TAG_BLOCK}, {"h6", TAG_BLOCK}, {"section", TAG_BLOCK}, {"article", TAG_BLOCK},
	    {"header", TAG_BLOCK}, {"footer", TAG_BLOCK}, {"dt", TAG_BLOCK}, {"dd", TAG_BLOCK},
	    {"dl", TAG_BLOCK}, {"hr", TAG_BLOCK}, {"tbody", TAG_BLOCK}, {"thead", TAG_BLOCK},
	    {"blockquote", TAG_BLOCK}, {"main", TAG_BLOCK}, {"nav", TAG_BLOCK},
	    {"td", TAG_CELL_END}, {"th", TAG_CELL_END},
	    {"span", TAG_INLINE}, {"a", TAG_INLINE}, {"strong", TAG_INLINE}, {"b", TAG_INLINE},
	    {"i", TAG_INLINE}, {"em", TAG_INLINE}, {"u", TAG_INLINE}, {"font", TAG_INLINE},
	    {"small", TAG_INLINE}, {"sup", TAG_INLINE}, {"sub", TAG_INLINE}, {"img", TAG_INLINE},
	    {"abbr", TAG_INLINE}, {"label", TAG_INLINE},
	    {"html", TAG_DROP}, {"head", TAG_DROP}, {"body", TAG_DROP}, {"title", TAG_BLOCK},
	    {"meta", TAG_DROP}, {"link", TAG_DROP},
	    /* a table's columns' widths (pandoc's HTML tables in its
	     * Markdown), and the other elements of saved pages */
	    {"colgroup", TAG_DROP}, {"col", TAG_DROP}, {"caption", TAG_BLOCK}, {"tfoot", TAG_BLOCK},
	    {"figure", TAG_BLOCK}, {"figcaption", TAG_BLOCK}, {"aside", TAG_BLOCK}, {"pre", TAG_BLOCK},
	    {"form", TAG_BLOCK}, {"code", TAG_INLINE}, {"time", TAG_INLINE}, {"wbr", TAG_INLINE},
	    {"button", TAG_INLINE}, {"picture", TAG_INLINE}, {"input", TAG_DROP}, {"source", TAG_DROP},
	    /* a form's groups, whose legend heads them (a training centre's
	     * "Blocs de compétences"), and other blocks of hand-made pages */
	    {"fieldset", TAG_BLOCK}, {"legend", TAG_BLOCK}, {"details", TAG_BLOCK}, {"summary", TAG_BLOCK},
	    {"address", TAG_BLOCK}, {"center", TAG_BLOCK}, {"mark", TAG_INLINE}, {"cite", TAG_INLINE},
	    {"q", TAG_INLINE}, {"s", TAG_INLINE}, {"del", TAG_INLINE}, {"ins", TAG_INLINE},
	    {"big", TAG_INLINE}, {"svg", TAG_DROP}, {"path", TAG_DROP}, {"iframe", TAG_DROP},
	    {"noscript", TAG_DROP},
	    {"script", TAG_SKIP}, {"style", TAG_SKIP},
	};
	size_t i = 1, a, k, end;
	int closing;

	if (n >= 4 && memcmp(s, "<!--", 4) == 0) {
		const char *e = cached_end(&ce->comment, s + 4, s + n, "-->");
		if (e == NULL)
			return TAG_NONE;
		*len = (size_t)(e + 3 - s);
		return TAG_DROP;
	}
	closing = i < n && s[i] == '/';
	i += (size_t)closing;
	for (a = i; i < n && i - a < 12 &&
	            (((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z') || (s[i] >= '1' && s[i] <= '6'));
	     i++)
		;
	if (i == a || i >= n || !(s[i] == '>' || s[i] == ' ' || s[i] == '/' || s[i] == '\n'))
		return TAG_NONE;
	for (k = 0; k < ARRAY_LEN(tags); k++)
		if (strlen(tags[k].name) == i - a && strncasecmp(s + a, tags[k].name, i - a) == 0)
			break;
	if (k == ARRAY_LEN(tags))
		return TAG_NONE;
	for (end = i; end < n && end < i + 2000 && s[end] != '>' && s[end] != '<'; end++)
		;
	if (end >= n || s[end] != '>')
		return TAG_NONE;
	*len = end + 1;
	if (tags[k].kind == TAG_CELL_END && !closing)
		return TAG_INLINE; /* <td>: its end is the bar */
	if (tags[k].kind == TAG_ITEM && closing)
		return TAG_BLOCK;
	if (tags[k].kind == TAG_SKIP && !closing) {
		/* the content up to "</script" or "</style" goes too */
		int script = (s[a] | 0x20) == 's' && (s[a + 1] | 0x20) == 'c';
		const char *e = cached_end(script ? &ce->script : &ce->style, s + *len, s + n,
		                           script ? "</script" : "</style");
		*len = e != NULL ? (size_t)(e - s) : n;
		return TAG_DROP;
	}
	return tags[k].kind == TAG_SKIP ? TAG_DROP : tags[k].kind;
}

/*
 * A page's source copied whole: its tags go, those that end a block
 * ("<br>", "</p>", "<li>") as a line end, a cell's end ("</td>") as the
 * bar of the PDF tables, the others as nothing; scripts and styles with
 * their content.  Only when the text has three such tags at least: a
 * lone "<" is text.  In place (each tag is longer than what replaces
 * it); returns the new length.
 */
static size_t
strip_tags(char *s, size_t n)
{
	size_t i, o = 0, len, seen = 0;
	const char *lt;
	int kind;
	comment_ends ce;

	memset(&ce, 0, sizeof(ce));
	for (lt = s; seen < 3 && (lt = memchr(lt, '<', n - (size_t)(lt - s))) != NULL; lt++)
		seen += html_tag(lt, n - (size_t)(lt - s), &len, &ce) != TAG_NONE;
	if (seen < 3)
		return n;
	/* the count's look-ups left the ends of later elements in ce: the
	 * walk finds each element's own end */
	memset(&ce, 0, sizeof(ce));
	for (i = 0; i < n;) {
		if (s[i] != '<' || (kind = html_tag(s + i, n - i, &len, &ce)) == TAG_NONE) {
			/* the source's blank lines and indents mean nothing:
			 * its tags say where lines end */
			if ((s[i] == '\n' || s[i] == ' ') && (o == 0 || s[o - 1] == '\n'))
				i++;
			else
				s[o++] = s[i++];
			continue;
		}
		i += len;
		if (kind == TAG_BLOCK || kind == TAG_CELL_END || kind == TAG_ITEM) {
			while (o > 0 && s[o - 1] == ' ')
				o--;
			if (kind == TAG_CELL_END) {
				memcpy(s + o, " | ", 3);
				o += 3;
				/* the source's line end between two cells of a
				 * row ("</td>\n<td>") is a blank */
				while (i < n && (s[i] == ' ' || s[i] == '\n'))
					i++;
				continue;
			}
			if (o > 0 && s[o - 1] != '\n')
				s[o++] = '\n';
			/* the source's own line end after the tag adds none */
			while (i < n && (s[i] == ' ' || (s[i] == '\n' && o > 0 && s[o - 1] == '\n')))
				i++;
			/* "<li>" is four bytes, "- " two */
			if (kind == TAG_ITEM) {
				s[o++] = '-';
				s[o++] = ' ';
			}
		}
	}
	/* blanks left at lines' ends by the cells' bars */
	for (i = 0, len = 0; i < o; i++) {
		if (s[i] == '\n')
			while (len > 0 && s[len - 1] == ' ')
				len--;
		s[len++] = s[i];
	}
	s[len] = '\0';
	return len;
}

/*
 * The marks lynx -dump puts before each link ("[12]M1801 - ...",
 * "[3]https://..."), numbered for its list of references at the end:
 * "[" digits "]" at a line's start or after a blank, glued to what
 * follows.  Removed in place (a footnote's "texte[1]" and "[1] texte"
 * stay); the new length.
 */
static size_t
strip_link_marks(char *s, size_t n)
{
	size_t i = 0, o = 0;
	const char *br;

	while ((br = memchr(s + i, '[', n - i)) != NULL) {
		size_t a = (size_t)(br - s), k = a + 1;
		while (k < n && k - a <= 5 && s[k] >= '0' && s[k] <= '9')
			k++;
		if (k > a + 1 && k - a <= 5 && k + 1 < n && s[k] == ']' && s[k + 1] != ' ' &&
		    s[k + 1] != '\n' && (a == 0 || s[a - 1] == ' ' || s[a - 1] == '\n')) {
			memmove(s + o, s + i, a - i);
			o += a - i;
			i = k + 1;
			continue;
		}
		if (o != i) /* nothing removed yet: nothing to move */
			memmove(s + o, s + i, a + 1 - i);
		o += a + 1 - i;
		i = a + 1;
	}
	memmove(s + o, s + i, n - i);
	o += n - i;
	s[o] = '\0';
	return o;
}

/* ASCII punctuation, which a Markdown backslash escapes */
static const char md_punct[] = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

static int
md_escapable(char c)
{
	return c != '\0' && strchr(md_punct, c) != NULL;
}

/* Past the "(address)" of a link at s[i] ('('), none of it blank; 0 when
 * there is none. */
static size_t
md_link_target(const char *s, size_t i, size_t n)
{
	size_t k;

	for (k = i + 1; k < n && k - i <= 2048; k++) {
		if (s[k] == ')')
			return k > i + 1 ? k + 1 : 0;
		if (s[k] == ' ' || s[k] == '\n' || s[k] == '(' || s[k] == '[')
			return 0;
	}
	return 0;
}

/* Where the "]" of a link's text opened at s[i] ('[') is, when "(address)"
 * follows it: the text on one line or wrapped over a few, no bracket
 * inside; 0 when it is no link. */
static size_t
md_link_close(const char *s, size_t i, size_t n)
{
	size_t k, lines = 0;

	for (k = i + 1; k < n && k - i <= 1024; k++) {
		if (s[k] == ']')
			return k + 1 < n && s[k + 1] == '(' && md_link_target(s, k + 1, n) > 0 ? k : 0;
		if (s[k] == '[' || (s[k] == '\n' && (++lines > 3 || (k + 1 < n && s[k + 1] == '\n'))))
			return 0;
		if (s[k] == '\\' && k + 1 < n && md_escapable(s[k + 1]))
			k++;
	}
	return 0;
}

/* Past an autolink at s[i] ('<'): "<https://x.fr>", "<mailto:a@x.fr>";
 * 0 when it is none. */
static size_t
md_autolink(const char *s, size_t i, size_t n)
{
	static const char *const schemes[] = {"http://", "https://", "mailto:", "www."};
	size_t k, m;

	for (m = 0; m < ARRAY_LEN(schemes); m++) {
		size_t l = strlen(schemes[m]);
		if (n - i > l + 1 && strncasecmp(s + i + 1, schemes[m], l) == 0)
			break;
	}
	if (m == ARRAY_LEN(schemes))
		return 0;
	for (k = i + 1; k < n && k - i <= 2048 && s[k] != ' ' && s[k] != '\n' && s[k] != '<'; k++)
		if (s[k] == '>')
			return k + 1;
	return 0;
}

/* Past a comment "<!-- ... -->" at s[i] that ends on its line (within
 * 1 KiB); 0 when it is none. */
static size_t
md_comment(const char *s, size_t i, size_t n)
{
	size_t k;

	if (n - i < 7 || memcmp(s + i, "<!--", 4) != 0)
		return 0;
	for (k = i + 4; k + 2 < n && k - i <= 1024 && s[k] != '\n'; k++)
		if (s[k] == '-' && s[k + 1] == '-' && s[k + 2] == '>')
			return k + 3;
	return 0;
}

/* Whether "**" at s[i] opens or closes strong emphasis: a pair on the
 * line (within 1 KiB), the opening one before a non-blank, the closing
 * one after one. */
static int
md_strong(const char *s, size_t i, size_t n, int open)
{
	size_t k;

	if (i + 1 >= n || s[i] != '*' || s[i + 1] != '*' || (i + 2 < n && s[i + 2] == '*') ||
	    (i > 0 && s[i - 1] == '*'))
		return 0;
	if (open) {
		if (i + 2 >= n || s[i + 2] == ' ' || s[i + 2] == '\n')
			return 0;
		for (k = i + 3; k + 1 < n && k - i <= 1024 && s[k] != '\n'; k++)
			if (s[k] == '*' && s[k + 1] == '*' && s[k - 1] != ' ')
				return 1;
		return 0;
	}
	return i > 0 && s[i - 1] != ' ' && s[i - 1] != '\n';
}

/*
 * The inline marks of a page converted to Markdown (pandoc's markdown,
 * gfm and commonmark writers, html2text.py, a browser's "copy as
 * Markdown"), which French text never has, go in place: a backslash
 * before ASCII punctuation ("d\'évaluation", "L\'ENSEIGNEMENT", "1\."),
 * a link's or an image's brackets and address ("[M1801 -
 * Administration](https://...)" reads "M1801 - Administration"), an
 * autolink's angle brackets ("<https://www.afpa.fr>"), strong emphasis
 * ("N° de fiche **RNCP38421**") and a comment ("<!-- -->", which pandoc
 * puts between two lists; normalize() drops the code fence its markdown
 * writer puts around it, "```{=html}").  A backslash before anything else, brackets
 * with no address after them and a lone "**" stay.  The new length.
 */
static size_t
strip_markdown_inline(char *s, size_t n)
{
	size_t i = 0, o = 0, k, close = 0;
	int strong = 0;

	while (i < n) {
		char c = s[i];
		if (c == '\\' && i + 1 < n && md_escapable(s[i + 1])) {
			s[o++] = s[i + 1];
			i += 2;
			continue;
		}
		if ((c == '[' || (c == '!' && i + 1 < n && s[i + 1] == '[')) &&
		    (k = md_link_close(s, i + (c == '!'), n)) > 0) {
			/* the text stays (read on), its "](address)" goes */
			close = k;
			i += 1 + (c == '!');
			continue;
		}
		if (c == ']' && close == i && i > 0) {
			i = md_link_target(s, i + 1, n);
			close = 0;
			continue;
		}
		if (c == '<' && (k = md_autolink(s, i, n)) > 0) {
			memmove(s + o, s + i + 1, k - i - 2);
			o += k - i - 2;
			i = k;
			continue;
		}
		if (c == '<' && (k = md_comment(s, i, n)) > 0) {
			i = k;
			continue;
		}
		if (c == '*' && md_strong(s, i, n, !strong)) {
			strong = !strong;
			i += 2;
			continue;
		}
		if (c == '\n')
			strong = 0;
		s[o++] = s[i++];
	}
	s[o] = '\0';
	return o;
}

/* Whether c, at s[k], is followed by one of the bytes of next (s[k + 1]),
 * for some k: a memchr a c found. */
static int
pair_in(const char *s, size_t n, char c, const char *next)
{
	const char *p = s, *end = s + n;

	while ((p = memchr(p, c, (size_t)(end - p))) != NULL && ++p < end)
		if (*p != '\0' && strchr(next, *p) != NULL)
			return 1;
	return 0;
}

/* docx2txt's guillemets, "<< Manager de ... >>": each pair on a line
 * made « and », in place (as many bytes). */
static void
ascii_guillemets(char *s, size_t n)
{
	char *p = s, *e = s + n, *q, *nl;

	while ((p = memmem(p, (size_t)(e - p), "<<", 2)) != NULL) {
		nl = memchr(p, '\n', (size_t)(e - p));
		q = memmem(p + 2, (size_t)((nl != NULL ? nl : e) - p - 2), ">>", 2);
		if (q == NULL) {
			p += 2;
			continue;
		}
		memcpy(p, "\xC2\xAB", 2);
		memcpy(q, "\xC2\xBB", 2);
		p = q + 2;
	}
}

/* Whether s[0..n) holds a mark strip_markdown_inline() may take away:
 * most texts have none of its signs, and a few of their brackets. */
static int
markdown_marks(const char *s, size_t n)
{
	return pair_in(s, n, '\\', md_punct) || pair_in(s, n, ']', "(") ||
	       pair_in(s, n, '<', "!hHwWmM") || pair_in(s, n, '*', "*");
}

/* Whether p[0..n) starts the title of a table's column that columns.c
 * unfolds ("Modalités d'évaluation", "Siret", "Code(s) NSF"...).  By its
 * first two bytes, then the rest: most gaps (OCR'd text has one every few
 * words) are before none of them. */
#define HEAD_IS(lit) \
	(n >= sizeof(lit) - 1 && p[1] == (unsigned char)(lit)[1] && memcmp(p, lit, sizeof(lit) - 1) == 0)
static int
column_head(const unsigned char *p, size_t n)
{
	switch (p[0]) {
	case 'M': return HEAD_IS("Modalit") || HEAD_IS("MODALIT");
	case 'S': return HEAD_IS("Siret") || HEAD_IS("SIRET") || HEAD_IS("Site internet");
	case 'N': return HEAD_IS("Nom commercial");
	case 'C': return HEAD_IS("Code(s)");
	case 'F': return HEAD_IS("Formacode");
	case 'D': return HEAD_IS("Date d") || HEAD_IS("DESCRIPTIF") || HEAD_IS("Descriptif");
	case 'Q': return HEAD_IS("QUALIT") || HEAD_IS("Qualit");
	case 'T': return HEAD_IS("Type d");
	case '|': return 1; /* a grid table's cell padded to its width */
	default: return 0;
	}
}
#undef HEAD_IS

/*
 * A text quoted by a mail: "> " before nine text lines in ten at least
 * (">> " or "> > " when quoted again), after their indent if any.  One
 * memchr says no for nearly every text: no '>' in its first 4 KiB.
 */
int
quoted_text(const char *s, size_t n)
{
	const char *p = s, *end = s + n;
	size_t quoted = 0, text = 0;

	if (memchr(s, '>', n < 4096 ? n : 4096) == NULL)
		return 0;
	for (; p < end; p++) {
		while (p < end && (*p == ' ' || *p == '\t' || *p == '\r'))
			p++; /* a line's indent */
		if (p == end)
			break;
		quoted += *p == '>';
		text += *p != '\n';
		if ((p = memchr(p, '\n', (size_t)(end - p))) == NULL)
			break;
	}
	return quoted >= 2 && quoted * 10 >= text * 9;
}

/* A copy of s[0..n) without the marks of a mail's quote at the start of
 * its lines (an indent before them, a blank after each); its length in
 * *len, NULL out of memory. */
char *
unquote(const char *s, size_t n, size_t *len)
{
	char *u = malloc(n + 1);
	size_t i = 0, o = 0;

	if (u == NULL)
		return NULL;
	while (i < n) {
		size_t k = i;
		/* an indent, then each ">" and the blank after it; the
		 * blanks after the last are the text's own (a table laid out
		 * in columns) */
		while (k < n && (s[k] == ' ' || s[k] == '\t'))
			k++;
		if (k < n && s[k] == '>')
			for (i = k; i < n && s[i] == '>';)
				i += 1 + (i + 1 < n && s[i + 1] == ' ');
		for (; i < n && s[i] != '\n'; i++)
			u[o++] = s[i];
		if (i < n)
			u[o++] = s[i++];
	}
	u[o] = '\0';
	*len = o;
	return u;
}

/* Where the line of a Markdown code fence ends ("```", "```{=html}"; not
 * "~~~", which may be a text's rule), its first backtick just before
 * p[i]; 0 when it is none: two more backticks, then no other on the
 * line. */
static size_t
code_fence(const unsigned char *p, size_t i, size_t len)
{
	size_t k;

	if (len - i < 2 || p[i] != '`' || p[i + 1] != '`')
		return 0;
	for (k = i + 2; k < len && p[k] != '\n' && p[k] != '\r'; k++)
		if (p[k] == '`')
			return 0;
	return k;
}

/* normalize_text, and normalize_utf8 when raw: then *out is NULL at the
 * first byte that decode_input would change or count.  *heads counts
 * the runs of blanks before a column's title. */
static rncp_status
normalize(const char *in, size_t len, int raw, char **out, size_t *outlen, size_t *heads)
{
	const unsigned char *p = (const unsigned char *)in;
	char *o;
	size_t i = 0, n = 0, k, last_start = 0, last_len = 0, nff, cap, blanks_end = 0;
	int cell = 0;
	int space = 0, line_start = 1, crlf = 0;
	unsigned cp, last_cp = 0;
	const char *m0;

	*out = NULL;
	/* a text quoted by a mail: normalised without its marks */
	if (quoted_text(in, len)) {
		size_t ulen;
		char *u = unquote(in, len, &ulen);
		rncp_status st = u == NULL ? RNCP_ENOMEM : normalize(u, ulen, raw, out, outlen, heads);
		free(u);
		return st;
	}
	kept_tab_init();
	/* output is never longer than the input, but for page breaks (three
	 * bytes for one, counted here) and column bars (three for one, made
	 * room for when met) */
	for (i = 0, k = 0; i < len && (m0 = memchr(in + i, '\f', len - i)) != NULL; k++)
		i = (size_t)(m0 - in) + 1;
	i = 0;
	nff = k;
	cap = len + 2 * k + 1;
	o = malloc(cap);
	if (o == NULL)
		return RNCP_ENOMEM;
	while (i < len) {
		const char *m;
		char enc[4];

		/* a run of printable ASCII that stays as it is, with single
		 * spaces inside it, most of a fiche: copied without map_cp and
		 * utf8_encode, which cost ten times more */
		if (ascii_kept(p[i])) {
			size_t j = kept_run_end(p, i + 1, len);
			if (space) {
				o[n++] = ' ';
				space = 0;
			}
			memcpy(o + n, p + i, j - i);
			n += j - i;
			i = j;
			line_start = 0;
			/* the last letter, for a combining mark or an apostrophe
			 * that follows */
			if ((p[i - 1] & 0xC0) == 0x80) {
				last_start = n - 2;
				last_cp = 0xC0 + (p[i - 1] - 0x80u);
				last_len = 2;
			} else {
				last_start = n - 1;
				last_cp = p[i - 1];
				last_len = 1;
			}
			continue;
		}
		if (p[i] == '\n') { /* as the general path below would */
			o[n++] = '\n';
			i++;
			space = 0;
			line_start = 1;
			last_len = 0;
			continue;
		}
		/* U+00C0..U+00FF (C3 xx: the accented letters of French), which
		 * map_cp leaves alone: copied as the general path below would */
		if (p[i] == 0xC3 && i + 1 < len && (p[i + 1] & 0xC0) == 0x80) {
			/* double-encoded UTF-8: decode_input repairs it */
			if (raw && p[i + 1] <= 0xA2 && mojibake_suspect(p + i, len - i)) {
				free(o);
				return RNCP_OK;
			}
			if (space) {
				o[n++] = ' ';
				space = 0;
			}
			line_start = 0;
			last_start = n;
			last_cp = 0xC0 + (p[i + 1] - 0x80u);
			last_len = 2;
			o[n++] = (char)p[i++];
			o[n++] = (char)p[i++];
			continue;
		}
		if (p[i] < 0x80) {
			cp = p[i];
			k = 1;
		} else {
			k = utf8_decode(p + i, len - i, &cp);
		}
		/* the fast paths above take only valid UTF-8 and printable
		 * bytes: what decode_input would change (invalid sequences,
		 * NULs, C1 controls) or count as binary (control bytes) comes
		 * here */
		if (raw && ((cp == 0xFFFD && k == 1) || (cp >= 0x80 && cp <= 0x9F) ||
		            (cp < 0x20 && cp != '\r' && cp != '\t' && cp != '\f' && cp != '\v' &&
		             cp != 0x1B))) {
			free(o);
			return RNCP_OK;
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
		if (cp == '\t' && !line_start && cell_follows(p, i, len, &blanks_end, &cell) &&
		    !sign_alone(o, n)) {
			/* a tab between two cells of a table copied from a web
			 * page or a spreadsheet: the column bar of the tables of
			 * PDF fiches, " | ", two bytes longer than the tab */
			if (column_bar(&o, &n, &cap, len - i, nff) != RNCP_OK)
				return RNCP_ENOMEM;
			space = 1;
			last_start = n - 1;
			last_cp = '|';
			last_len = 1;
			continue;
		}
		m = map_cp(cp);
		if (__builtin_expect(cp == 0xAD || cp == 0x02, 0) && !space && last_len > 0) {
			/* a soft hyphen where a line breaks (Acrobat copies it as
			 * U+0002) cuts a word, never a compound: the word's end
			 * comes up to this line ("sécu\u00AD" / "rité ..." reads
			 * "sécurité" / "...") */
			size_t ws, we, after;
			int cut = soft_cut(p, i, len, &ws, &we, &after);
			if (cut > 0) {
				memcpy(o + n, p + ws, we - ws);
				n += we - ws;
				o[n++] = '\n';
				i = after;
				line_start = 1;
				last_len = 0;
				continue;
			}
			/* a hyphen at a line's end, as PDF text has; none inside one */
			m = cut < 0 ? "-" : "";
		} else if (cp == '`' && line_start && (k = code_fence(p, i, len)) > 0) {
			/* a Markdown code fence's line ("```{=html}"), before
			 * its backticks become apostrophes */
			i = k;
			continue;
		} else if (__builtin_expect(cp == 0x1B, 0) && i < len && p[i] == '[') {
			/* a terminal's colours ("\e[1;31m"): the sequence goes */
			for (i++; i < len && ((p[i] >= '0' && p[i] <= '9') || p[i] == ';' || p[i] == '?');
			     i++)
				;
			if (i < len && p[i] >= 0x40 && p[i] <= 0x7E)
				i++;
			continue;
		}
		if (m == NULL && line_start && bullet_glyph(cp))
			m = "\xE2\x80\xA2"; /* • */
		/* a pictograph opening a line (a Markdown page's heading,
		 * "🔵 Bloc 1 : ..."), and its presentation selector: no
		 * fact, gone */
		if (m == NULL && line_start && ((cp >= 0x1F300 && cp <= 0x1FAFF) || cp == 0xFE0F))
			m = "";
		if (m == NULL) {
			k = utf8_encode(cp, enc);
			m = enc;
		} else {
			k = strlen(m);
		}
		if (k == 0)
			continue;
		if (m[0] == '\n') {
			if (k == 3) { /* \n\f\n */
				o[n++] = '\n';
				o[n++] = '\f';
			}
			o[n++] = '\n';
			space = 0;
			line_start = 1;
			last_len = 0;
			continue;
		}
		if (m[0] == ' ' && k == 1) {
			if (!line_start) {
				/* the last of two or more blanks, before what
				 * may head a table's column (columns.c) */
				if (space && i < len && p[i] != ' ' && column_head(p + i, len - i))
					(*heads)++;
				space = 1;
			}
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
	/* Markdown's marks first: its comments are no page's tags */
	if (markdown_marks(o, n))
		n = strip_markdown_inline(o, n);
	if (pair_in(o, n, '<', "<"))
		ascii_guillemets(o, n);
	if (memchr(o, '<', n) != NULL)
		n = strip_tags(o, n);
	if (memchr(o, '&', n) != NULL)
		n = decode_entities(o, n);
	if (memchr(o, '[', n) != NULL)
		n = strip_link_marks(o, n);
	*out = o;
	*outlen = n;
	return RNCP_OK;
}

rncp_status
normalize_text(const char *in, size_t len, char **out, size_t *outlen, norm_stats *st)
{
	return normalize(in, len, 0, out, outlen, &st->column_heads);
}

rncp_status
normalize_utf8(const char *in, size_t len, char **out, size_t *outlen, norm_stats *st)
{
	return normalize(in, len, 1, out, outlen, &st->column_heads);
}

/* ---- OCR word repair, driven by the lexicon ---- */

/* Characters OCR engines confuse, and what each may stand for. */
static const struct subst {
	const char *from;
	const char *to[5];
} substs[] = {
    {"e", {"é", "è", "ê", "ë", NULL}}, {"é", {"è", "e", "ê", "ô", NULL}},
    {"è", {"é", "e", "ê", NULL}},      {"ê", {"é", "è", "e", NULL}},
    {"ë", {"é", "e", NULL}},           {"a", {"à", "â", NULL}},
    {"à", {"a", "â", NULL}},           {"â", {"a", "à", NULL}},
    {"o", {"ô", NULL}},                {"ô", {"o", NULL}},
    {"u", {"ù", NULL}},                {"û", {"u", NULL}},
    {"ù", {"u", NULL}},                {"i", {"ï", NULL}},
    {"î", {"i", NULL}},                {"ï", {"i", NULL}},
    {"c", {"ç", NULL}},                {"ç", {"c", NULL}},
    {"g", {"ç", NULL}},                {"&", {"ê", "è", "é", NULL}},
    {"(", {"û", NULL}},                {"ce", {"œ", NULL}},
    {"oe", {"œ", NULL}},               {"rn", {"m", NULL}},
};

#define WORD_MAX 64

typedef struct variants {
	char found[WORD_MAX * 2];
	int nfound;
} variants;

static void
try_variant(variants *v, const char *w, size_t n, int keyform)
{
	if (n >= sizeof(v->found) || !(keyform ? lexicon_has_key(w, n) : lexicon_has(w, n)))
		return;
	if (v->nfound == 0 || strlen(v->found) != n || memcmp(v->found, w, n) != 0) {
		if (v->nfound == 0) {
			memcpy(v->found, w, n);
			v->found[n] = '\0';
		}
		v->nfound++;
	}
}

/* Substitutions that only put an accent on a plain letter: "lost accent"
 * repairs, allowed on plain ASCII words only in texts that lost theirs. */
static int
adds_accent(const struct subst *sb)
{
	return sb->from[1] == '\0' && strchr("eaoiuc", sb->from[0]) != NULL;
}

/* The substitutions (bits: indexes in substs) whose "from" starts with
 * each byte, and those that add an accent: the variant search tests a
 * mask, not the 23 entries, at each position of a word (it is the
 * hottest loop of the parser: bench/README).  Filled once. */
static uint32_t subst_first[256], subst_accent;

static void
subst_masks_init(void)
{
	size_t s;

	if (subst_first[(unsigned char)'e'] != 0)
		return;
	for (s = 0; s < ARRAY_LEN(substs); s++) {
		subst_first[(unsigned char)substs[s].from[0]] |= (uint32_t)1 << s;
		if (adds_accent(&substs[s]))
			subst_accent |= (uint32_t)1 << s;
	}
}

/* Variants of w with `depth` substitutions at positions >= from.  Stops
 * once two are found: the word is then ambiguous and left alone anyway.
 * keyform: w is in the lexicon's key form; a variant is too unless it has
 * an œ (the only "to" that is not), and is then looked up without the
 * lexicon checking it again. */
static void
substitute(variants *v, const char *w, size_t n, size_t from, int depth, int accents,
           int keyform)
{
	char tmp[WORD_MAX * 2];
	size_t p, s, k, fl, tl;
	uint32_t m;
	int kf;

	for (p = from; p < n && v->nfound < 2; p++) {
		m = subst_first[(unsigned char)w[p]] & (accents ? ~(uint32_t)0 : ~subst_accent);
		/* in ascending order of s, as the variants are searched */
		for (; m != 0; m &= m - 1) {
			s = (size_t)__builtin_ctz(m);
			fl = substs[s].from[1] ? 2 : 1; /* every "from" is 1 or 2 bytes */
			if (p + fl > n || (fl == 2 && w[p + 1] != substs[s].from[1]))
				continue;
			for (k = 0; substs[s].to[k] != NULL; k++) {
				tl = strlen(substs[s].to[k]);
				if (n - fl + tl >= sizeof(tmp))
					continue;
				memcpy(tmp, w, p);
				memcpy(tmp + p, substs[s].to[k], tl);
				memcpy(tmp + p + tl, w + p + fl, n - p - fl);
				kf = keyform && (unsigned char)substs[s].to[k][0] != 0xC5;
				if (depth == 1)
					try_variant(v, tmp, n - fl + tl, kf);
				else
					substitute(v, tmp, n - fl + tl, p + tl, depth - 1, accents, kf);
			}
		}
	}
}

/*
 * The skeleton of a word: one image for every spelling the variant search
 * can reach from it.  Byte by byte: the letters that substs exchange are
 * one class each (e, é, è, ê, ë, o, ô, &, c, ç, g are one: é->ô, c->ç,
 * g->ç, ce->œ tie them), case does not count, and œ stands for "oe" as in
 * the lexicon's keys.  So a variant of a word, as written or in the key
 * form the lexicon compares, has the word's skeleton, and a word whose
 * skeleton is the image of no word of the list (lexicon_image_maybe) has
 * no variant in it: one look-up instead of the search, which tries up to
 * hundreds of variants (two substitutions).  skel_init checks both
 * properties against substs and the lexicon's key form, and leaves the
 * filter unused (the full search) if either fails.
 */
/* Per byte: the (up to) two bytes it becomes, then their number in bits
 * 16..23. */
static uint32_t skel[256];
static int skel_ok = -1; /* 1 usable, 0 not, -1 not yet built */

#define SKEL(n, a, b) ((uint32_t)(n) << 16 | (uint32_t)(unsigned char)(b) << 8 | (unsigned char)(a))

static size_t
skeleton(const char *s, size_t n, char *out)
{
	size_t i, k = 0;

	for (i = 0; i < n; i++) {
		uint32_t v = skel[(unsigned char)s[i]];
		/* little- or big-endian alike: out[k] = a, out[k + 1] = b */
		out[k] = (char)v;
		out[k + 1] = (char)(v >> 8);
		k += v >> 16;
	}
	return k;
}

static int
skel_same(const char *a, const char *b)
{
	char sa[LEXICON_IMAGE_MAX], sb[LEXICON_IMAGE_MAX];
	size_t na = skeleton(a, strlen(a), sa), nb = skeleton(b, strlen(b), sb);

	return na == nb && memcmp(sa, sb, na) == 0;
}

static int
skel_init(void)
{
	/* the classes, as UTF-8 letters, each to one byte below ' ' */
	static const char *const classes[] = {"eéèêëoô&cçg", "aàâ", "uùû(", "iïî"};
	size_t i, k;
	int c;

	if (skel_ok >= 0)
		return skel_ok;
	skel_ok = 0;
	for (c = 0; c < 256; c++)
		skel[c] = SKEL(1, c, 0);
	/* lead bytes of Latin-1 letters and œ count for nothing: the second
	 * byte tells the letter */
	skel[0xC3] = skel[0xC5] = SKEL(0, 0, 0);
	for (i = 0; i < ARRAY_LEN(classes); i++)
		for (k = 0; classes[i][k]; k++)
			if ((unsigned char)classes[i][k] != 0xC3)
				skel[(unsigned char)classes[i][k]] = SKEL(1, i + 1, 0);
	/* œ (C5 93, Œ C5 92) is "oe"; the C3 letters with those second bytes
	 * (ò, ó) go with them, since key form lower-cases C3 92 to C3 B2 */
	for (c = 0x92; c <= 0x93; c++)
		skel[c] = skel[c + 0x20] = SKEL(2, skel['o'], skel['e']);
	/* m is "rn", which OCR reads for it ("systèrnes") */
	skel['m'] = SKEL(2, skel['r'], skel['n']);
	/* upper case as lower case: ASCII, and Latin-1 (C3 80..9E but 97) */
	for (c = 'A'; c <= 'Z'; c++)
		skel[c] = skel[c + 32];
	for (c = 0x80; c <= 0x9E; c++)
		if (c != 0x97)
			skel[c] = skel[c + 0x20];
	/* the checks: every substitution keeps the skeleton, and so does key
	 * form (lexicon_has compares the word and its key form) */
	for (i = 0; i < ARRAY_LEN(substs); i++)
		for (k = 0; substs[i].to[k] != NULL; k++)
			if (!skel_same(substs[i].from, substs[i].to[k]))
				return 0;
	if (!skel_same("Œœ", "oeoe") || !skel_same("ABCDEFGHIJKLMNOPQRSTUVWXYZ",
	                                             "abcdefghijklmnopqrstuvwxyz"))
		return 0;
	for (c = 0x80; c <= 0x9E; c++)
		if (c != 0x97 && skel[c] != skel[c + 0x20])
			return 0;
	skel_ok = lexicon_image_filter(skeleton);
	return skel_ok;
}

/* Searches a process makes before it builds the skeleton filter: the
 * build reads the whole list (about as many instructions as 15,000
 * searches), which a parse of a few fiches would not earn back. */
#ifndef SKEL_AFTER
#define SKEL_AFTER 4096
#endif

/* Can a variant of w[0..n) be in the lexicon?  0 only when none can. */
static int
may_have_variant(const char *w, size_t n)
{
	static unsigned searches;
	char sk[LEXICON_IMAGE_MAX];

	if (skel_ok < 0 && searches++ < SKEL_AFTER)
		return 1;
	if (skel_init() != 1)
		return 1;
	return lexicon_image_maybe(sk, skeleton(w, n, sk));
}

static int
is_upper_at(const char *s, size_t n)
{
	unsigned char c = (unsigned char)s[0];

	if (c >= 'A' && c <= 'Z')
		return 1;
	return n > 1 && c == 0xC3 && (unsigned char)s[1] >= 0x80 && (unsigned char)s[1] <= 0x9E;
}

/* Spellings of the 1990 reform that wfrench lacks: valid, never "repaired". */
static const char *const reform_prefixes[] = {"règlement", "évènement", "allègement",
                                              "sècheresse", "crèmerie", "Règlement",
                                              "Évènement"};

/* Repair word w[0..n) into out (NUL-terminated); returns 1 when it is
 * changed, 0 (out untouched) when it is left as printed.  ascii_ok: also repair words of plain ASCII
 * letters (accents lost), which is right only in a text that lost its
 * accents: in a clean one such words are English or proper nouns. */
/*
 * A word with an è or ê where neither belongs reads two ways more often
 * than not ("connectès": connectés and connectes are both French).  OCR
 * turns an accent the wrong way, it seldom adds one: when exactly one
 * reading puts é in the place of an è or ê, that one.
 */
static void
grave_for_acute(variants *v, const char *w, size_t n)
{
	char tmp[WORD_MAX * 2];
	size_t p;
	int found = 0;

	for (p = 0; p + 1 < n; p++) {
		if ((unsigned char)w[p] != 0xC3 ||
		    ((unsigned char)w[p + 1] != 0xA8 && (unsigned char)w[p + 1] != 0xAA))
			continue;
		memcpy(tmp, w, n);
		tmp[p + 1] = (char)0xA9;
		if (lexicon_has(tmp, n) && found++ == 0) {
			memcpy(v->found, tmp, n);
			v->found[n] = '\0';
		}
	}
	if (found == 1)
		v->nfound = 1;
}

/* An elision whose apostrophe OCR lost, w[0..n) in lower case: "dun",
 * "lintervention", "quil", "cest".  The rest is a word of four letters or
 * more opening with a vowel or h after d, l, n, s, j or qu (not "tion" or
 * "sion", the end of a word a line's end cut; m' and t' fiches do not
 * use); a shorter one is a few known pairs ("dhep" is dhcp misread, not
 * d'hep; "sun" no s'un).  Writes the word with its apostrophe to out. */
static int
lost_elision(const char *w, size_t n, char out[WORD_MAX * 2])
{
	static const char *const pairs[] = {"dun", "dici", "den", "deux", "lun", "lon", "quun", "quune",
	                                    "quil", "quils", "quon", "quen", "quest", "sil", "sils", "sen",
	                                    "sest", "nen", "nest", "jai", "jen", "cest"};
	size_t k = w[0] == 'q' && w[1] == 'u' ? 2 : 1;
	unsigned char c, c2;

	if (n < k + 2 || n + 2 > WORD_MAX * 2)
		return 0;
	c = (unsigned char)w[k];
	c2 = (unsigned char)w[k + 1];
	if (n - k <= 3 || (w[0] == 'c' && n == 4)) {
		if (!word_in(w, n, pairs, ARRAY_LEN(pairs)))
			return 0;
	} else if ((k == 1 && (c == '\0' || strchr("dlnsj", w[0]) == NULL)) ||
	           (n - k == 4 && memcmp(w + k, "ion", 3) == 0) ||
	           /* a vowel, h, or é è ê à â î ô û */
	           !((c != '\0' && strchr("aeiouh", c) != NULL) ||
	             (c == 0xC3 && (c2 == 0xA9 || c2 == 0xA8 || c2 == 0xAA || c2 == 0xA0 || c2 == 0xA2 ||
	                            c2 == 0xAE || c2 == 0xB4 || c2 == 0xBB))) ||
	           !lexicon_has(w + k, n - k)) {
		return 0;
	}
	memcpy(out, w, k);
	out[k] = '\'';
	memcpy(out + k + 1, w + k, n - k);
	out[n + 1] = '\0';
	return 1;
}

/* Whether r is lost_elision()'s repair of the word w[0..n). */
static int
elided(const char *r, const char *w, size_t n)
{
	size_t k = r[0] != '\0' && r[1] == '\'' ? 1 : 2;

	return strlen(r) == n + 1 && r[k] == '\'' && memcmp(r, w, k) == 0 && memcmp(r + k + 1, w + k, n - k) == 0;
}

/* Whether the line before in[s] (blanks aside) ends in a hyphen. */
static int
cut_before(const char *in, size_t s)
{
	int nl = 0;

	while (s > 0 && strchr(" \t\r\n\f", in[s - 1]) != NULL && in[s - 1] != '\0')
		nl |= in[--s] == '\n';
	return nl && s > 0 && in[s - 1] == '-';
}

/* Whether the word in[s, e) stands alone, an elision's repair to be: a
 * blank, an opening bracket or quote before it, and no letter, digit or
 * sign of a word going on after it ("Rédaction" walked from its d, when
 * its é is spelled otherwise; "chargee-dexploitation" in an address). */
static int
alone_word(const char *in, size_t len, size_t s, size_t e)
{
	unsigned char b = s > 0 ? (unsigned char)in[s - 1] : ' ', a = e < len ? (unsigned char)in[e] : ' ';

	if (!(strchr(" \t\n\r\f(\"[", b) != NULL ||
	      /* « and a no-break space */
	      (s >= 2 && (unsigned char)in[s - 2] == 0xC2 && (b == 0xAB || b == 0xA0))) ||
	    /* the end of a word a hyphen cut at the line's end ("néces-" /
	     * "saires") */
	    cut_before(in, s))
		return 0;
	return a < 0x80 && !((a >= 'a' && a <= 'z') || (a >= 'A' && a <= 'Z') || (a >= '0' && a <= '9')) &&
	       strchr("-/&'?_@=%", a) == NULL;
}

static int
repair_word(const char *w, size_t n, int ascii_ok, char out[WORD_MAX * 2], int *indep)
{
	char low[WORD_MAX];
	size_t i, letters = 0, upper = 0;
	int cap, accents, keyform;
	variants v;

	/* until the variant search, ascii_ok plays no part */
	*indep = 1;
	if (n < 3 || n >= WORD_MAX / 2)
		return 0;
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)w[i];
		if (c >= '0' && c <= '9')
			return 0; /* a code, not a word */
		if ((c & 0xC0) != 0x80)
			letters++;
		if (is_upper_at(w + i, n - i))
			upper++;
	}
	if (letters < 3 || upper > 1 || lexicon_has(w, n))
		return 0; /* short, an acronym, or a word */
	accents = ascii_ok || letters != n;
	for (i = 0; i < ARRAY_LEN(reform_prefixes); i++)
		if (strncmp(w, reform_prefixes[i], strlen(reform_prefixes[i])) == 0)
			return 0;
	cap = is_upper_at(w, n);
	memcpy(low, w, n);
	low[n] = '\0';
	if (cap && low[0] >= 'A' && low[0] <= 'Z')
		low[0] = (char)(low[0] + 32);
	else if (cap)
		low[1] = (char)(low[1] + 0x20);
	/* no variant in the list: the same answer with or without accents
	 * (but an elision that lost its apostrophe) */
	if (!may_have_variant(low, n))
		return upper == 0 && lost_elision(w, n, out);
	*indep = letters != n;
	subst_masks_init();
	memset(&v, 0, sizeof(v));
	keyform = lexicon_key_form(low, n);
	substitute(&v, low, n, 0, 1, accents, keyform);
	if (v.nfound == 0)
		substitute(&v, low, n, 0, 2, accents, keyform);
	if (v.nfound > 1)
		grave_for_acute(&v, low, n); /* "connectès": connectés, not connectes */
	if (v.nfound == 0 && upper == 0) {
		/* an elision, when no reading with accents is either:
		 * "sante" is no s'ante, ascii_ok or not */
		char el[WORD_MAX * 2];
		if (!lost_elision(w, n, el))
			return 0;
		if (!accents) {
			substitute(&v, low, n, 0, 1, 1, keyform);
			if (v.nfound == 0)
				substitute(&v, low, n, 0, 2, 1, keyform);
			if (v.nfound > 0)
				return 0;
		}
		memcpy(out, el, n + 2);
		return 1;
	}
	if (v.nfound != 1)
		return 0; /* none, or ambiguous: leave it as printed */
	/* "Etude" for "Étude": French print often leaves capitals bare */
	if (cap && strcmp(v.found + ((unsigned char)v.found[0] >= 0x80 ? 2 : 1),
	                  low + ((unsigned char)low[0] >= 0x80 ? 2 : 1)) == 0)
		return 0;
	if (cap) {
		if (v.found[0] >= 'a' && v.found[0] <= 'z')
			v.found[0] = (char)(v.found[0] - 32);
		else if ((unsigned char)v.found[0] == 0xC3)
			v.found[1] = (char)(v.found[1] - 0x20);
		else if ((unsigned char)v.found[0] == 0xC5 && (unsigned char)v.found[1] == 0x93)
			v.found[1] = (char)0x92;
	}
	memcpy(out, v.found, sizeof(v.found));
	return 1;
}

/* repair_word, remembered: a fiche repeats its unknown words (names,
 * English terms), the count pass and the repair pass of ocr_pass look at
 * the same words, and fiches share most of their words; the variant search
 * was half of all parsing (bench/README).  repair_word depends on nothing
 * but the word, ascii_ok and the lexicon, so the slots live as long as the
 * process: kept for one text only, the 500 bench fiches called repair_word
 * 197,000 times, kept for the process 27,000 times (-85 M instructions
 * of 1,530 M, SHA-256 aside).  Static, like regex.c's match data: one
 * parse at a time per process.
 * Slots of 32 bytes, two to a cache line, 16,384 of them (512 KiB): a
 * word looked up again misses its slot about one time in three with
 * 4,096 (the vocabulary of the bench's 500 fiches is about 15,000 words),
 * and memory grows with the slots.  The variants found stand apart from
 * the slots, which are read for every word. */
#define MEMO_SLOTS 16384

/* A remembered word (this memo's and the OCR gate's): 32 bytes, two to a
 * cache line; longer words (31 bytes, few) are not remembered. */
#define SLOT_WORD 30
typedef struct word_slot {
	unsigned char n;     /* 0: an empty slot */
	unsigned char flags; /* what is remembered of the word */
	char word[SLOT_WORD];
} word_slot;

enum { MEMO_RESULT = 1, MEMO_ASCII_OK = 2, MEMO_INDEP = 4 };

/* MEMO_INDEP: the same result for both ascii_ok */
static word_slot memo[MEMO_SLOTS];
/* A variant has at most two substitutions, each at most one byte longer
 * than what it replaces (substs): SLOT_WORD + 2 bytes and the NUL. */
static char memo_found[MEMO_SLOTS][SLOT_WORD + 3];

/* Forget every word, for the tests that compare the search with and
 * without the skeleton filter. */
static void
memo_forget(void)
{
	memset(memo, 0, sizeof(memo));
}

/* a[0..n) == b[0..n), for 3 <= n: the memo compares a word at each
 * look-up, nearly always equal, and memcmp's call cost more than the
 * compare (650,000 calls for the 500 bench fiches). */
static inline int
same_word(const char *a, const char *b, size_t n)
{
	uint64_t x, y;
	uint32_t p, q;
	size_t k;

	if (n >= 8) {
		/* eight bytes a step, the last step overlapping the one before */
		for (k = 0;; k += 8) {
			if (k + 8 > n)
				k = n - 8;
			memcpy(&x, a + k, 8);
			memcpy(&y, b + k, 8);
			if (x != y)
				return 0;
			if (k + 8 == n)
				return 1;
		}
	}
	if (n >= 4) {
		memcpy(&p, a, 4);
		memcpy(&q, b, 4);
		if (p != q)
			return 0;
		memcpy(&p, a + n - 4, 4);
		memcpy(&q, b + n - 4, 4);
		return p == q;
	}
	return a[0] == b[0] && a[1] == b[1] && a[2] == b[2];
}

/* Does slot s hold w[0..n) (3 <= n)? */
static inline int
slot_holds(const word_slot *s, const char *w, size_t n)
{
	return s->n == n && same_word(s->word, w, n);
}

/* Slot s now holds w[0..n) (3 <= n <= SLOT_WORD) and flags. */
static void
slot_set(word_slot *s, const char *w, size_t n, unsigned flags)
{
	memcpy(s->word, w, n);
	s->n = (unsigned char)n;
	s->flags = (unsigned char)flags;
}

/* repair_word_memo's miss: the answer computed into slot m.  Not inline,
 * so that the look-up is. */
__attribute__((noinline)) static const char *
memo_fill(word_slot *m, const char *w, size_t n, int ascii_ok, int *same)
{
	static char found[WORD_MAX * 2];
	size_t k;
	int indep, result;

	result = repair_word(w, n, ascii_ok, found, &indep);
	*same = indep;
	k = result ? strlen(found) : 0;
	/* a word longer than a slot holds (or a variant: cannot be, above)
	 * is not remembered */
	if (n > SLOT_WORD || k >= sizeof(memo_found[0]))
		return result ? found : NULL;
	if (result)
		memcpy(memo_found[m - memo], found, k + 1);
	slot_set(m, w, n,
	         (result ? MEMO_RESULT : 0) | (ascii_ok ? MEMO_ASCII_OK : 0) | (indep ? MEMO_INDEP : 0));
	return result ? memo_found[m - memo] : NULL;
}

/* The variant of w to print, NULL to leave it as printed; *same: the
 * answer is the same for the other value of ascii_ok.  The variant stays
 * valid until the next call.  Inline: the OCR walks call it for every
 * word (670,000 calls for the 500 bench fiches, nearly all remembered),
 * and the call cost a fifth of a remembered answer. */
__attribute__((always_inline)) static inline const char *
repair_word_memo(const char *w, size_t n, int ascii_ok, int *same)
{
	word_slot *m;

	*same = 1;
	if (n < 3 || n >= WORD_MAX / 2)
		return NULL; /* never repaired (repair_word) */
	/* one slot for both values of ascii_ok: most words give the same
	 * result with either (known words, accented ones), and the count
	 * walk asks with 1 what the repair then asks with 0 */
	m = &memo[hash_bytes(w, n) % MEMO_SLOTS];
	if (n > SLOT_WORD ||
	    (!(m->flags & MEMO_INDEP) && !(m->flags & MEMO_ASCII_OK) != !ascii_ok) ||
	    !slot_holds(m, w, n))
		return memo_fill(m, w, n, ascii_ok, same);
	*same = (m->flags & MEMO_INDEP) != 0;
	return (m->flags & MEMO_RESULT) ? memo_found[m - memo] : NULL;
}

int
ocr_variant_filter(void)
{
	/* remembered words would hide the filter's answers */
	memo_forget();
	return lexicon_available() && skel_init() == 1;
}

/* Inline: the OCR walks call it for nearly every byte of a text. */
static inline int
is_letter(const char *s, size_t i, size_t n)
{
	unsigned char c = (unsigned char)s[i];

	if ((unsigned)((c | 0x20) - 'a') < 26)
		return 1;
	if (c < 0x80)
		return 0;
	/* Latin-1 letters and œ; other non-ASCII signs end a word */
	if ((c == 0xC3 || c == 0xC5) && i + 1 < n)
		return 1;
	return (c & 0xC0) == 0x80 && i > 0 &&
	       ((unsigned char)s[i - 1] == 0xC3 || (unsigned char)s[i - 1] == 0xC5);
}

/* The bytes of the letter at s[i] (is_letter): two for a Latin-1 letter
 * or œ, whose second byte is_letter would take next, else one.  The word
 * walks step over an accented letter at once, not over each of its bytes
 * with a search for ASCII letters after each. */
static inline size_t
letter_bytes(const char *s, size_t i, size_t n)
{
	unsigned char c = (unsigned char)s[i];

	return (c == 0xC3 || c == 0xC5) && i + 1 < n && ((unsigned char)s[i + 1] & 0xC0) == 0x80 ? 2 : 1;
}

/* 0x80 in each byte of w in lo..hi (both below 0x80), 0 in the others:
 * exact, no carry crosses bytes. */
static inline uint64_t
bytes_in(uint64_t w, unsigned lo, unsigned hi)
{
	uint64_t x = w & ~HIGHS;

	return (x + (0x80 - lo) * ONES) & ~(x + (0x7F - hi) * ONES) & ~w & HIGHS;
}

/* How many bytes from s[0] on (at most n) are ASCII letters or digits
 * (lower case only: lower_only), eight at a time where the byte order
 * lets the first other one be found with ctz: the OCR walks spend most
 * of their time inside words. */
static inline size_t
ascii_word_span(const char *s, size_t n, int lower_only)
{
	size_t k = 0;

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	for (; k + 8 <= n; k += 8) {
		uint64_t w, ok;
		memcpy(&w, s + k, 8);
		ok = lower_only ? bytes_in(w, 'a', 'z')
		                : bytes_in(w | 0x20 * ONES, 'a', 'z') | bytes_in(w, '0', '9');
		if (ok != HIGHS)
			return k + ((size_t)__builtin_ctzll(~ok & HIGHS) >> 3);
	}
#endif
	for (; k < n; k++) {
		unsigned char c = (unsigned char)s[k];
		if (!((unsigned)((lower_only ? c : c | 0x20) - 'a') < 26 ||
		      (!lower_only && c >= '0' && c <= '9')))
			break;
	}
	return k;
}

/* '&' and '(' are part of a word when OCR put them in place of a letter:
 * "&tre", "co(ts", but not "CCI & CAUX" or "Chargé(e)". */
static int
ocr_letter_at(const char *s, size_t i, size_t n)
{
	size_t j;

	if (s[i] == '&')
		return i + 1 < n && s[i + 1] >= 'a' && s[i + 1] <= 'z';
	if (s[i] == '(') {
		if (i == 0 || i + 1 >= n || !is_letter(s, i - 1, n) || !(s[i + 1] >= 'a' && s[i + 1] <= 'z'))
			return 0;
		for (j = i + 1; j < n && j < i + 16 && s[j] != ' ' && s[j] != '\n'; j++)
			if (s[j] == ')')
				return 0;
		return 1;
	}
	return 0;
}

/* The same, inline for the other bytes: the scan asks at the end of each
 * word (950,000 calls for the 500 bench fiches, nearly all for a space or
 * a punctuation mark). */
static inline int
is_ocr_letter(const char *s, size_t i, size_t n)
{
	return (s[i] == '&' || s[i] == '(') && ocr_letter_at(s, i, n);
}

/* Words after which "a" is the verb avoir, not the preposition à. */
static const char *const subjects[] = {"il", "elle", "on", "qui", "y", "n'", "ne", "lui", "Il", "Elle", "On", "Qui"};
/* Words before which a lone "a" or "&" is the preposition à. */
static const char *const after_a[] = {"la", "le", "les", "l'", "I'", "distance", "partir", "jour",
                                      "travers", "cette", "chaque", "tout", "toute"};

/* Possessives after which a lone "a" is à only when an infinitive comes
 * before it ("contribuer a sa" / "le dossier a sa place"), and the words
 * that make the word after them a noun, not an infinitive. */
static const char *const possessives[] = {"sa", "son", "ses", "leur", "leurs"};
static const char *const determiners[] = {
    "le", "la", "les", "l'", "un", "une", "des", "du", "ce", "cet", "cette", "ces", "son", "sa",
    "ses", "leur", "leurs", "chaque", "tout", "notre", "votre", "Le", "La", "Les", "Un", "Une",
    "Ce", "Cet", "Cette", "Chaque", "Tout"};

/* Where the word that ends at s[pe] starts (its letters and
 * apostrophes). */
static size_t
word_start(const char *s, size_t pe, size_t n)
{
	size_t ps;

	for (ps = pe; ps > 0 && (is_letter(s, ps - 1, n) || s[ps - 1] == '\''); ps--)
		;
	return ps;
}

/* Does s[ps..pe) look like an infinitive ("contribuer", "agir",
 * "prendre") that no determiner makes a noun ("le dossier")? */
static int
infinitive_before(const char *s, size_t ps, size_t pe, size_t n)
{
	size_t qe, qs;
	int ending;

	if (pe - ps < 4)
		return 0;
	ending = ((s[pe - 2] == 'e' || s[pe - 2] == 'i') && s[pe - 1] == 'r') ||
	         (s[pe - 2] == 'r' && s[pe - 1] == 'e');
	if (!ending)
		return 0;
	if (ps < 2 || s[ps - 1] != ' ') /* first word of its line: "Contribuer a sa", */
		return ps == 0 || s[ps - 1] == '\n'; /* or of a wrapped one: "contr-" / "ibuer a sa" */
	qe = ps - 1;
	qs = word_start(s, qe, n);
	if (qs < qe && s[qe - 1] == '\'') /* "l'atelier" */
		return 0;
	return !word_in(s + qs, qe - qs, determiners, ARRAY_LEN(determiners));
}

/* Is the lone "a" / "&" at s[i] the preposition à? */
static int
is_preposition_a(const char *s, size_t i, size_t n)
{
	size_t j, k, pe, ps;
	int poss;

	/* a blank after it, or a line end (a wrapped line: "contribuer a" /
	 * "sa sécurisation") */
	if (i + 2 >= n || (s[i + 1] != ' ' && s[i + 1] != '\n'))
		return 0;
	for (j = i + 2; j < n && (is_letter(s, j, n) || s[j] == '\''); j++)
		if (s[j] == '\'') {
			j++;
			break;
		}
	poss = word_in(s + i + 2, j - i - 2, possessives, ARRAY_LEN(possessives));
	if (!poss && !word_in(s + i + 2, j - i - 2, after_a, ARRAY_LEN(after_a)))
		return 0;
	/* the word before: not a subject of avoir */
	if (i < 2 || s[i - 1] != ' ')
		return i == 0 ? 0 : 0;
	pe = i - 1;
	ps = word_start(s, pe, n);
	for (k = ps; k < pe && s[k] != '\''; k++)
		;
	if (k < pe) /* "n'a", "qu'a": apostrophe form */
		return 0;
	if (poss)
		return infinitive_before(s, ps, pe, n);
	return ps < pe && !word_in(s + ps, pe - ps, subjects, ARRAY_LEN(subjects));
}

/* Where the next '@' of the text stands (at >= i), and from where on a
 * word start is in the same run of non-blank bytes (run), found once per
 * '@' and not once per word: most texts have no '@' after a point, and
 * then no word is scanned for one. */
typedef struct at_cache {
	int valid;
	size_t at, run;
} at_cache;

/* Does the run of non-blank bytes from s[i] hold an '@'?  Called with i
 * increasing: each byte is looked at a bounded number of times in all,
 * so "((((..." stays linear (tests/pathological.py, nested-brackets). */
static int
run_has_at(const char *s, size_t i, size_t n, at_cache *c)
{
	if (!c->valid || c->at < i) {
		const char *a = memchr(s + i, '@', n - i);
		size_t j;

		c->valid = 1;
		c->at = a != NULL ? (size_t)(a - s) : n;
		/* back from the '@' to the blank before it, or to i: a word
		 * start past that blank and up to the '@' shares its run */
		for (j = c->at; j > i && s[j - 1] != ' ' && s[j - 1] != '\n'; j--)
			;
		c->run = j;
	}
	return c->at < n && i >= c->run;
}

/* A URL or e-mail address at s[i]: its length, to copy it as it is. */
static size_t
url_len(const char *s, size_t i, size_t n, at_cache *c)
{
	size_t j;

	if (i > 0 && s[i - 1] != ' ' && s[i - 1] != '\n' && s[i - 1] != '(')
		return 0;
	if (!(n - i > 4 && url_start(s + i, n - i)) &&
	    !run_has_at(s, i, n, c))
		return 0;
	for (j = i; j < n && s[j] != ' ' && s[j] != '\n'; j++)
		;
	return j - i;
}

/* A span of the text that the repair may change: a word for repair_word
 * (repl NULL), or an OCR mark and the fixed text it stands for.  The text
 * between spans is copied as it is. */
typedef struct ocr_span {
	size_t start, len;
	const char *repl;
} ocr_span;

typedef struct ocr_spans {
	ocr_span *v;
	size_t n, cap;
	int failed;
} ocr_spans;

static void
add_span(ocr_spans *sp, size_t start, size_t len, const char *repl)
{
	if (sp->failed || vec_reserve((void **)&sp->v, &sp->cap, sp->n, sizeof(*sp->v)) != 0) {
		sp->failed = 1;
		return;
	}
	sp->v[sp->n].start = start;
	sp->v[sp->n].len = len;
	sp->v[sp->n].repl = repl;
	sp->n++;
}

/* The span of a number or a code to be read as digits (ocr_digits). */
static const char digits_mark[] = "";

char
digit_misread(char c)
{
	switch (c) {
	case 'O': case 'o': return '0';
	case 'l': case 'I': return '1';
	case 'S': return '5';
	case 'B': return '8';
	default: return 0;
	}
}

/*
 * Whether the token w[0..n), which a digit opens, is a number or a code
 * with letters OCR misread for digits: a SIRET or a Formacode
 * ("7757225720l1O9", "3l812": five characters or more, half of them
 * digits at least) or an NSF code ("3l0m": three and its letter).  Its
 * digits into out (n + 1 bytes) when not NULL.
 */
static int
ocr_digits(const char *w, size_t n, char *out)
{
	size_t e = n, i, digits = 0, fixed = 0;

	if (n == 4 && w[3] >= 'a' && w[3] <= 'z')
		e = 3; /* an NSF code's letter */
	else if (n < 5)
		return 0;
	/* five may be a ROME code misread ("l1401", "114O1" for I1401):
	 * codes.c's to read, when a letter or a 1 opens them */
	if (n == 5 && (w[0] < '2' || w[0] > '9'))
		return 0;
	for (i = 0; i < e; i++) {
		if (w[i] >= '0' && w[i] <= '9')
			digits++;
		else if (digit_misread(w[i]) != 0 &&
		         !(i > 0 && w[i] >= 'A' && w[i] <= 'Z' && w[i - 1] >= 'A' && w[i - 1] <= 'Z'))
			fixed++;
		else
			return 0; /* a letter, or two capitals: "ISO14001" */
	}
	if (fixed == 0 || digits < 2 || digits < fixed)
		return 0;
	if (out != NULL) {
		memcpy(out, w, n);
		for (i = 0; i < e; i++)
			if (w[i] < '0' || w[i] > '9')
				out[i] = digit_misread(w[i]);
		out[n] = '\0';
	}
	return 1;
}

/* The end of the word at in[i]: ASCII letters and digits, and (*plain
 * then 0) other letters and OCR's & and (.  Inline: ocr_scan's walk. */
__attribute__((always_inline)) static inline size_t
word_end(const char *in, size_t i, size_t len, int *plain)
{
	for (;;) {
		i += ascii_word_span(in + i, len - i, 0);
		if (i < len && (is_letter(in, i, len) || is_ocr_letter(in, i, len)))
			i += letter_bytes(in, i, len), *plain = 0;
		else
			return i;
	}
}

/* Where a number OCR misread ("7757225720l1O9", "3l812") that opens at
 * the digit in[i] ends, or i when none does. */
__attribute__((noinline)) static size_t
misread_number(const char *in, size_t i, size_t len)
{
	size_t e = i + 1;
	int plain;

	if (i + 3 >= len ||
	    (i > 0 && in[i - 1] != ' ' && in[i - 1] != '\n' && in[i - 1] != '|' && in[i - 1] != '('))
		return i; /* not where a token starts */
	/* the digits, then a letter OCR may misread one as */
	while (e < len && (unsigned char)(in[e] - '0') <= 9)
		e++;
	if (e >= len || digit_misread(in[e]) == 0 || (e = word_end(in, e, len, &plain)) - i >= WORD_MAX / 2 ||
	    !ocr_digits(in + i, e - i, NULL))
		return i;
	return e;
}

/* Walk the text once: the spans the repair may change into *sp, the
 * number of words of four letters or more into *words, and into *cands
 * those of plain ASCII letters that have exactly one accented variant. */
static void
ocr_scan(const char *in, size_t len, ocr_spans *sp, size_t *words, size_t *cands)
{
	size_t i = 0, start, k;
	at_cache at = {0};
	int plain;

	while (i < len) {
		/* spaces and line ends, a sixth of a text, start nothing below */
		if (in[i] == ' ' || in[i] == '\n') {
			i++;
			continue;
		}
		if ((k = url_len(in, i, len, &at)) > 0) {
			i += k;
			continue;
		}
		/* I'utilisateur, ['utilisateur -> l'utilisateur */
		if ((in[i] == 'I' || in[i] == '[') && i + 2 < len && in[i + 1] == '\'' &&
		    (i == 0 || !is_letter(in, i - 1, len)) &&
		    ((in[i + 2] >= 'a' && in[i + 2] <= 'z') || (unsigned char)in[i + 2] == 0xC3)) {
			add_span(sp, i, 2, "l'");
			i += 2;
			continue;
		}
		/* |l, || -> Il */
		if (in[i] == '|' && i + 1 < len && (in[i + 1] == 'l' || in[i + 1] == '|') &&
		    (i == 0 || in[i - 1] == ' ' || in[i - 1] == '\n') &&
		    (i + 2 >= len || !is_letter(in, i + 2, len) || in[i + 2] == 's')) {
			add_span(sp, i, 2, "Il");
			i += 2;
			continue;
		}
		/* a lone a or & standing for à */
		if ((in[i] == 'a' || in[i] == '&') && (i == 0 || !is_letter(in, i - 1, len)) &&
		    (i + 1 >= len || !is_letter(in, i + 1, len)) && is_preposition_a(in, i, len)) {
			add_span(sp, i, 1, "à");
			i++;
			continue;
		}
		if (!is_letter(in, i, len) && !is_ocr_letter(in, i, len)) {
			/* a number OCR misread ("7757225720l1O9", "3l812"):
			 * digits again */
			size_t e;

			if (__builtin_expect((unsigned char)(in[i] - '0') <= 9, 0) &&
			    (i == 0 || (unsigned char)(in[i - 1] - '0') > 9) && (e = misread_number(in, i, len)) > i) {
				add_span(sp, i, e - i, digits_mark);
				i = e;
				continue;
			}
			i++;
			continue;
		}
		/* the word: ASCII letters and digits, and (not plain) other
		 * letters and OCR's & and ( */
		start = i;
		plain = 1;
		i = word_end(in, i, len, &plain);
		if (i - start >= 4)
			(*words)++;
		if (i - start < 3 || i - start >= WORD_MAX / 2)
			continue; /* never repaired (repair_word) */
		/* "Charge(e)": before the inclusive "(e)" stands a past
		 * participle, whose é the lexicon cannot tell from the noun's e
		 * on the word alone */
		if (i + 2 < len && in[i] == '(' && in[i + 1] == 'e' && in[i + 2] == ')') {
			/* its last letter an e, or OCR's è or ê for é */
			size_t e = plain && in[i - 1] == 'e' ? 1
			           : i - start >= 4 && (unsigned char)in[i - 2] == 0xC3 &&
			                     ((unsigned char)in[i - 1] == 0xA8 || (unsigned char)in[i - 1] == 0xAA)
			               ? 2
			               : 0;
			char w[WORD_MAX];
			if (e > 0) {
				memcpy(w, in + start, i - start - e);
				memcpy(w + (i - start - e), "\xC3\xA9", 2);
				if (lexicon_has(w, i - start - e + 2)) {
					add_span(sp, i - e, e, "\xC3\xA9");
					continue;
				}
			}
		}
		/* every word asked once here: one kept as printed whatever
		 * ascii_ok (most words, accented ones included) needs no span */
		{
			int same;
			const char *r = repair_word_memo(in + start, i - start, 1, &same);
			if (r != NULL) {
				/* (a lost apostrophe tells nothing of the accents) */
				*cands += (size_t)(plain && strchr(r, '\'') == NULL);
			} else if (same) {
				continue;
			}
		}
		add_span(sp, start, i - start, NULL);
	}
}

/*
 * Is the text damaged enough to be worth the OCR repair?  Most fiches are
 * clean, and the repair (a lexicon look-up for every word, twice) is most
 * of the cost of parsing them.  Cheap signs, on a bounded sample:
 *  - OCR marks: I' before a lower-case letter, |l, & inside a word;
 *  - accented words missing from the lexicon (wrong accents): lower-case
 *    words, since capitalised ones are often proper nouns;
 *  - plain ASCII words missing from it (lost accents), lower-case, five
 *    letters or more: about 5% in a clean fiche (English, jargon).
 */
#define SAMPLE_WORDS 400
/* Misses that make the answer "damaged" whatever the rest of the sample
 * holds: the thresholds below for a full sample.  The gate stops there:
 * an OCR'd REAC fiche (65 KB) is told after a few hundred words, not
 * after its 800 samples. */
/* "damaged" at ACC_MIN accented misses making ACC_PCT% of the accented
 * words sampled, or ASC_MIN plain ones making ASC_PCT% of those */
#define ACC_MIN 3
#define ACC_PCT 2
#define ASC_MIN 10
#define ASC_PCT 12
#define MISS_SURE(min, pct) (SAMPLE_WORDS * (pct) / 100 > (min) ? SAMPLE_WORDS * (pct) / 100 : (min))
#define ACC_MISS_SURE MISS_SURE(ACC_MIN, ACC_PCT)
#define ASC_MISS_SURE MISS_SURE(ASC_MIN, ASC_PCT)
/* Words looked up together: each look-up's memory is fetched
 * (lexicon_prefetch) while the text is read on to the next batch. */
#define GATE_BATCH 32

typedef struct gate_word {
	size_t start, len;
	uint64_t hash; /* hash_bytes of the word */
	int accented;
} gate_word;

/*
 * The words the gate looked up, and the answer, for the life of the
 * process: the gate samples the same common words in fiche after fiche
 * (compétences, entreprise ...), and the lexicon's answer costs a hash
 * probe, a slot and the word in the list, three cache misses, where a
 * remembered answer costs one look in 128 KiB.  Direct-mapped, 4,096
 * slots of 32 bytes; longer words are not remembered.
 */
#define GATE_SEEN 4096

/* flags: 1 when the word is in the list */
static word_slot gate_seen[GATE_SEEN];

/* The slot of a word of hash h that can hold it, or NULL. */
static word_slot *
gate_seen_slot(size_t n, uint64_t h)
{
	return n >= 3 && n <= SLOT_WORD ? &gate_seen[h % GATE_SEEN] : NULL;
}

static void
gate_count(const gate_word *w, int known, size_t *accmiss, size_t *ascmiss)
{
	if (w->accented)
		*accmiss += !known;
	else
		*ascmiss += !known;
}

static int
gate_sure(size_t accmiss, size_t ascmiss)
{
	return accmiss >= ACC_MISS_SURE || ascmiss >= ASC_MISS_SURE;
}

/* Look the batch up; 1 when the text is surely damaged. */
static int
gate_look_up(const char *in, const gate_word *b, size_t nb, size_t *accmiss, size_t *ascmiss)
{
	size_t k;

	for (k = 0; k < nb; k++) {
		int known = lexicon_has_hashed(in + b[k].start, b[k].len, b[k].hash);
		word_slot *g = gate_seen_slot(b[k].len, b[k].hash);
		if (g != NULL)
			slot_set(g, in + b[k].start, b[k].len, (unsigned)known);
		gate_count(&b[k], known, accmiss, ascmiss);
	}
	return gate_sure(*accmiss, *ascmiss);
}

/*
 * From s[i] on, where the gate can next find something once its sample of
 * plain ASCII words is full (n when nowhere): a byte past ASCII (a word
 * with an accent, to sample, starts before it), '&' and '|' (OCR marks),
 * and an apostrophe after I (I' for l').  In between, the gate's walk
 * would only step over plain ASCII words it no longer samples.  Eight
 * bytes at a time.
 */
static size_t
gate_next(const char *s, size_t i, size_t n)
{
	for (;;) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
		for (; i + 8 <= n; i += 8) {
			uint64_t w, m;
			memcpy(&w, s + i, 8);
			m = (w & HIGHS) | bytes_eq(w, '&') | bytes_eq(w, '|') |
			    bytes_eq(w, '\'');
			if (m != 0) {
				i += (size_t)__builtin_ctzll(m) >> 3;
				break;
			}
		}
#endif
		for (; i < n; i++) {
			unsigned char c = (unsigned char)s[i];
			if (c >= 0x80 || c == '&' || c == '|' || c == '\'')
				break;
		}
		if (i >= n || s[i] != '\'' || (i > 0 && s[i - 1] == 'I'))
			return i;
		i++; /* an apostrophe after another letter: no mark */
	}
}

int
text_looks_damaged(const char *in, size_t len)
{
	size_t i = 0, marks = 0, acc = 0, accmiss = 0, asc = 0, ascmiss = 0, nb = 0;
	/* which words are sampled does not depend on the look-ups */
	gate_word batch[GATE_BATCH];
	word_slot *g;

	/* to the end of the text or until both samples are full (tested
	 * where they grow, below) */
	while (i < len) {
		size_t start;
		int nonascii = 0, lower = 1;
		unsigned char c;
		if (asc >= SAMPLE_WORDS) {
			/* on to the word before the next byte that can count
			 * (its letters: the walk takes a word from its start) */
			size_t next = gate_next(in, i, len);
			while (next > i && is_letter(in, next - 1, len))
				next--;
			if ((i = next) >= len)
				break;
		}
		c = (unsigned char)in[i];
		if (c == ' ') { /* most of the bytes between words */
			i++;
			continue;
		}
		if (!is_letter(in, i, len)) {
			if ((c == '&' && i + 1 < len && in[i + 1] >= 'a' && in[i + 1] <= 'z') ||
			    (c == '|' && i + 1 < len && in[i + 1] == 'l'))
				if (++marks >= 2)
					return 1;
			i++;
			continue;
		}
		if (c == 'I' && i + 2 < len && in[i + 1] == '\'' && in[i + 2] >= 'a' && in[i + 2] <= 'z' &&
		    (i == 0 || !is_letter(in, i - 1, len)))
			if (++marks >= 2)
				return 1;
		start = i;
		for (;;) {
			/* lower-case ASCII, most of a word, in a tight loop */
			i += ascii_word_span(in + i, len - i, 1);
			if (i >= len || !is_letter(in, i, len))
				break;
			if ((unsigned char)in[i] >= 0x80)
				nonascii = 1;
			else
				lower = 0; /* the other ASCII letters: upper case */
			i += letter_bytes(in, i, len);
		}
		if (!lower || (i < len && in[i] >= '0' && in[i] <= '9'))
			continue;
		/* "sécuritè": no French word ends in è, OCR's é often does (a
		 * word the text's end cuts does not count: "clientè") */
		if (nonascii && i - start >= 4 && i < len && (unsigned char)in[i - 2] == 0xC3 &&
		    (unsigned char)in[i - 1] == 0xA8 && ++marks >= 2)
			return 1;
		if (nonascii && acc < SAMPLE_WORDS)
			acc++;
		else if (!nonascii && i - start >= 5 && asc < SAMPLE_WORDS)
			asc++;
		else
			continue;
		batch[nb].start = start;
		batch[nb].len = i - start;
		batch[nb].accented = nonascii;
		batch[nb].hash = hash_bytes(in + start, i - start);
		g = gate_seen_slot(i - start, batch[nb].hash);
		if (g != NULL && slot_holds(g, in + start, i - start)) {
			gate_count(&batch[nb], g->flags, &accmiss, &ascmiss);
			if (gate_sure(accmiss, ascmiss))
				return 1;
		} else {
			lexicon_prefetch(batch[nb].hash);
			if (++nb == GATE_BATCH) {
				if (gate_look_up(in, batch, nb, &accmiss, &ascmiss))
					return 1;
				nb = 0;
			}
		}
		if (acc >= SAMPLE_WORDS && asc >= SAMPLE_WORDS)
			break;
	}
	if (nb > 0)
		gate_look_up(in, batch, nb, &accmiss, &ascmiss);
	/* one OCR mark, which clean French text never shows, and one word
	 * with wrong accents: the two together are damage */
	return (marks >= 1 && accmiss >= 1) ||
	       (accmiss >= ACC_MIN && accmiss * 100 >= acc * ACC_PCT) ||
	       (ascmiss >= ASC_MIN && ascmiss * 100 >= asc * ASC_PCT);
}

/*
 * The repair of w[0..n), a word cut by "-\n", read whole; in *at, where
 * to cut it again: after as many letters as before the cut, which the
 * repair keeps (it changes letters, one for one).  NULL when it needs
 * none, or changed the count of letters.
 */
static const char *
cut_repair(const char *w, size_t n, size_t *at, int ascii_ok)
{
	char joined[WORD_MAX];
	const char *r;
	size_t i, k, cut = (size_t)((const char *)memchr(w, '\n', n) - w) - 1, first = 0, letters = 0;
	int same;

	memcpy(joined, w, cut);
	memcpy(joined + cut, w + cut + 2, n - cut - 2);
	if ((r = repair_word_memo(joined, n - 2, ascii_ok, &same)) == NULL)
		return NULL;
	for (i = 0; i < n - 2; i++) {
		int letter = ((unsigned char)joined[i] & 0xC0) != 0x80;
		first += letter && i < cut;
		letters += letter;
	}
	*at = 0;
	for (i = k = 0; r[i] != '\0'; i++)
		if (((unsigned char)r[i] & 0xC0) != 0x80 && k++ == first)
			*at = i;
	return k == letters && *at > 0 ? r : NULL;
}

/*
 * The words a line break cut with a hyphen ("sécu-" / "rité"), whole,
 * into cuts, in order: halves that read as words ("systé-" / "mes") can
 * hide a misreading of the whole, and halves that do not are no
 * misreadings.
 */
static void
find_cut_words(const char *in, size_t len, ocr_spans *cuts)
{
	const char *p = in;
	int plain;

	while ((p = memchr(p, '-', len - (size_t)(p - in))) != NULL) {
		size_t k = (size_t)(p - in), a = k, b = k + 2;
		p++;
		if (b >= len || in[k + 1] != '\n' || !is_letter(in, b, len))
			continue;
		/* back over the first half's letters (any byte of a UTF-8
		 * one), on over the second's as ocr_scan reads them */
		while (a > 0 && ((unsigned char)in[a - 1] >= 0x80 || is_letter(in, a - 1, len)))
			a--;
		b = word_end(in, b, len, &plain);
		if (a < k && b - a - 2 < WORD_MAX / 2)
			add_span(cuts, a, b - a, NULL);
	}
}

/* Appends to b the text from *pos to in[start..end) repaired as r, cut
 * again after r[at] when at > 0; the end in *pos. */
static void
put_repair(rncp_buf *b, const char *in, size_t *pos, size_t start, size_t end, const char *r, size_t at)
{
	buf_append(b, in + *pos, start - *pos);
	if (at > 0) {
		buf_append(b, r, at);
		buf_puts(b, "-\n");
		r += at;
	}
	buf_puts(b, r);
	*pos = end;
}

static int
is_ascii_alpha(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Is w[0..n) an English function word ("the" or "The", never an acronym:
 * "RNIS (TO, ...")?  "of", "is", "to", "by", "the", "and", "for", "with",
 * "this", "from", "into", "which", "these", "those", "their". */
static inline int
english_mark(const char *w, size_t n)
{
	unsigned c = (unsigned char)w[0] | 0x20;

	switch (n) {
	case 2:
		return (c == 'o' && w[1] == 'f') || (c == 'i' && w[1] == 's') || (c == 't' && w[1] == 'o') ||
		       (c == 'b' && w[1] == 'y');
	case 3:
		return (c == 't' && memcmp(w + 1, "he", 2) == 0) || (c == 'a' && memcmp(w + 1, "nd", 2) == 0) ||
		       (c == 'f' && memcmp(w + 1, "or", 2) == 0);
	case 4:
		return (c == 'w' && memcmp(w + 1, "ith", 3) == 0) || (c == 't' && memcmp(w + 1, "his", 3) == 0) ||
		       (c == 'f' && memcmp(w + 1, "rom", 3) == 0) || (c == 'i' && memcmp(w + 1, "nto", 3) == 0);
	case 5:
		return (c == 'w' && memcmp(w + 1, "hich", 4) == 0) ||
		       (c == 't' && (memcmp(w + 1, "hese", 4) == 0 || memcmp(w + 1, "hose", 4) == 0 ||
		                     memcmp(w + 1, "heir", 4) == 0));
	default:
		return 0;
	}
}

/*
 * Is the line around in[at] English?  A fiche's English version, or a
 * passage of a French one, has English words the French word list reads
 * as French ones whose accents were lost ("the" as thé, "procedures" as
 * procédures): its words are left as they are.  English: a line two or
 * more of whose words, and one in eight, are English function words,
 * which French never writes (a French line naming "Endpoint detection and
 * response" is French); or a line of four words or fewer, one of them.
 * The last line asked is remembered: spans come in the text's order.
 */
typedef struct english_cache {
	size_t start, end; /* the line in[start..end) */
	int english;
} english_cache;

static int
english_line(const char *in, size_t len, size_t at, english_cache *c)
{
	size_t s = at, e, words = 0, english = 0;
	const char *p, *end, *nl;

	if (c->end > c->start && at >= c->start && at < c->end)
		return c->english;
	while (s > 0 && in[s - 1] != '\n')
		s--;
	nl = memchr(in + at, '\n', len - at);
	e = nl != NULL ? (size_t)(nl - in) : len;
	/* the words between spaces, less the signs around them */
	for (p = in + s, end = in + e; p < end;) {
		const char *q = memchr(p, ' ', (size_t)(end - p)), *we = q != NULL ? q : end;
		while (p < we && !is_ascii_alpha(*p) && (unsigned char)*p < 0x80)
			p++;
		if (p < we) {
			const char *t = we;
			words++;
			while (t > p && !is_ascii_alpha(t[-1]) && (unsigned char)t[-1] < 0x80)
				t--;
			english += (size_t)english_mark(p, (size_t)(t - p));
		}
		p = we + 1;
	}
	c->start = s;
	c->end = e;
	c->english = (english >= 2 && english * 8 >= words) || (english == 1 && words <= 4);
	return c->english;
}

/* Has the text an English line at all?  Every English text says "of":
 * looked for once (*known -1 until then), at its f's, a rare letter in
 * French, so that the lines are read only when it does. */
static int
english_text(const char *in, size_t len, int *known)
{
	const char *p = in, *end = in + len;

	if (*known >= 0)
		return *known;
	*known = 0;
	while ((p = memchr(p, 'f', (size_t)(end - p))) != NULL) {
		if (p - in >= 1 && (p[-1] == 'o' || p[-1] == 'O') && (p - in == 1 || !is_ascii_alpha(p[-2])) &&
		    (p - in < 2 || (unsigned char)p[-2] < 0x80) &&
		    (p + 1 == end || (!is_ascii_alpha(p[1]) && (unsigned char)p[1] < 0x80))) {
			*known = 1;
			break;
		}
		p++;
	}
	return *known;
}

rncp_status
ocr_repair(const char *in, size_t len, char **out, size_t *outlen, norm_stats *st)
{
	rncp_buf b = {0};
	ocr_spans sp = {0}, cuts = {0};
	english_cache en = {0};
	size_t words = 0, cands = 0, i, j, pos = 0;
	int ascii_ok, english = -1; /* english_text(), asked once when needed */

	*out = NULL;
	*outlen = 0;
	if (!lexicon_available()) {
		st->no_lexicon = 1;
		return RNCP_OK;
	}
	/* One walk finds the words and counts; the repair then only visits
	 * the spans.  Accents are put back on plain ASCII words only where the
	 * text lost its accents: at least 1% of its words then have an
	 * accented form. */
	ocr_scan(in, len, &sp, &words, &cands);
	find_cut_words(in, len, &cuts);
	if (sp.failed || cuts.failed) {
		free(sp.v);
		free(cuts.v);
		return RNCP_ENOMEM;
	}
	ascii_ok = cands >= 3 && cands * 100 >= words;
	b.max = len * 2 + 64;
	if (buf_grow(&b, len) != 0)
		goto out;
	/* the text up to each change is copied in one piece; the spans and
	 * the cut words in the order of the text, a cut word in place of the
	 * spans of its halves */
	for (i = j = 0; i < sp.n || j < cuts.n;) {
		const char *r;
		size_t at;
		int same;
		if (j < cuts.n && (i == sp.n || cuts.v[j].start <= sp.v[i].start)) {
			const ocr_span *c = &cuts.v[j++];
			while (i < sp.n && sp.v[i].start < c->start + c->len)
				i++;
			if (c->start >= pos && (r = cut_repair(in + c->start, c->len, &at, ascii_ok)) != NULL &&
			    !(english_text(in, len, &english) && all_ascii(in + c->start, c->len) &&
			      english_line(in, len, c->start, &en))) {
				put_repair(&b, in, &pos, c->start, c->start + c->len, r, at);
				st->ocr_words++;
			}
			continue;
		}
		const ocr_span *s = &sp.v[i++];
		char digits[WORD_MAX / 2 + 1];
		if (s->repl == digits_mark) {
			ocr_digits(in + s->start, s->len, digits);
			r = digits;
		} else if ((r = s->repl) == NULL &&
		           ((r = repair_word_memo(in + s->start, s->len, ascii_ok, &same)) == NULL ||
		            (elided(r, in + s->start, s->len) && !alone_word(in, len, s->start, s->start + s->len)))) {
			continue;
		}
		/* (an English line's "a" and "I'm" as they are too) */
		if (r != digits && english_text(in, len, &english) && all_ascii(in + s->start, s->len) &&
		    english_line(in, len, s->start, &en))
			continue;
		put_repair(&b, in, &pos, s->start, s->start + s->len, r, 0);
		st->ocr_words++;
	}
	buf_append(&b, in + pos, len - pos);
out:
	free(sp.v);
	free(cuts.v);
	return buf_hand_over(&b, out, outlen);
}

rncp_status
normalize_ocr(const char *in, size_t len, char **out, size_t *outlen, norm_stats *st)
{
	*out = NULL;
	*outlen = 0;
	if (!lexicon_available()) {
		st->no_lexicon = 1;
		return RNCP_OK;
	}
	if (!text_looks_damaged(in, len))
		return RNCP_OK; /* *out NULL: the text is kept as it is */
	return ocr_repair(in, len, out, outlen, st);
}

/* ---- letters and accents lost to '?' or U+FFFD ---- */

/*
 * Text that went through a conversion to a character set that lacked its
 * letters has '?' (or U+FFFD) where each was: "s?curit?" for sécurité, or
 * after its base letter when the accents were decomposed first
 * ("se?curite?"), "l?entreprise" for l'entreprise.  Inside a word such a
 * sign is never punctuation.  Each word that holds one to three is put
 * back when exactly one reading is in the word list.
 */
#define LOST_SIGNS 3

/* The length of the sign at s[i] that stands for something lost, or 0. */
static size_t
lost_sign(const char *s, size_t i, size_t n)
{
	if (s[i] == '?')
		return 1;
	return i + 2 < n && (unsigned char)s[i] == 0xEF && (unsigned char)s[i + 1] == 0xBF &&
	               (unsigned char)s[i + 2] == 0xBD
	           ? 3
	           : 0;
}

/* Whether the text has such signs between two letters: at least two. */
/* A web address's query at s[i] ("page?id=3"): an '=' before the next
 * blank. */
static int
query_string(const char *s, size_t i, size_t n)
{
	size_t j;

	for (j = i + 1; j < n && j < i + 40 && s[j] != ' ' && s[j] != '\n'; j++)
		if (s[j] == '=')
			return 1;
	return 0;
}

static int
lost_signs_seen(const char *s, size_t n)
{
	const char *p, *end = s + n;
	size_t seen = 0, i;

	/* most texts have no '?' and no U+FFFD: two memchr runs */
	for (p = s; seen < 2 && (p = memchr(p, '?', (size_t)(end - p))) != NULL; p++) {
		i = (size_t)(p - s);
		seen += i > 0 && i + 1 < n && is_letter(s, i - 1, n) && is_letter(s, i + 1, n) &&
		        !query_string(s, i, n);
	}
	for (p = s; seen < 2 && (p = memchr(p, 0xEF, (size_t)(end - p))) != NULL; p++) {
		i = (size_t)(p - s);
		seen += i > 0 && lost_sign(s, i, n) == 3 && i + 3 < n && is_letter(s, i - 1, n) &&
		        is_letter(s, i + 3, n);
	}
	return seen >= 2;
}

typedef struct lost_reading {
	char s[WORD_MAX * 2], s2[WORD_MAX * 2]; /* the first two */
	int n; /* how many different readings were found */
} lost_reading;

/* Of two readings, the word that French writes far more often: "?tre" is
 * être, not âtre; "m?me" même, not mème; "a?n" (its ligature lost) afin,
 * not affin.  NULL: neither or both. */
static const char *
frequent_reading(const lost_reading *r)
{
	/* not short words: "d?" before an apostrophe is no dû */
	static const char *const words[] = {"être", "même", "mêmes", "tâche", "tâches", "côté", "déjà",
	                                    "près", "très", "afin", "dès", "coût", "coûts", "rôle", "rôles"};
	int a, b;

	if (r->n != 2)
		return NULL;
	a = word_in(r->s, strlen(r->s), words, ARRAY_LEN(words));
	b = word_in(r->s2, strlen(r->s2), words, ARRAY_LEN(words));
	return a == b ? NULL : a ? r->s : r->s2;
}

/* Of two readings that differ only in é for è, both spellings of the list
 * ("événements", "évènements"; "réglementaire", "règlementaire"): the
 * one with é.  NULL for any other two. */
static const char *
accent_twin(const lost_reading *r)
{
	size_t i, n = strlen(r->s), diff = 0;
	const char *pick = NULL;

	/* (not a short word: "d?s" is dès, or dés) */
	if (r->n != 2 || strlen(r->s2) != n || n < 8)
		return NULL;
	for (i = 0; i < n; i++) {
		unsigned char a = (unsigned char)r->s[i], b = (unsigned char)r->s2[i];
		if (a == b)
			continue;
		if (i == 0 || (unsigned char)r->s[i - 1] != 0xC3 || (a | 1) != 0xA9 || (b | 1) != 0xA9)
			return NULL;
		if (pick == NULL)
			pick = a == 0xA9 ? r->s : r->s2;
		else if (pick != (a == 0xA9 ? r->s : r->s2))
			return NULL;
		diff++;
	}
	return diff > 0 ? pick : NULL;
}

/* Readings looked up in one text at most: a text made to have thousands
 * of words with three signs each (5,800 readings a word) stops being
 * repaired after some tens of milliseconds (tests/pathological.py). */
#define LOST_BUDGET 500000

typedef struct lost_search {
	const char *w;
	size_t n;
	size_t *budget;
	char buf[WORD_MAX * 2];
	lost_reading plain, elided;
	/* the second search, for a word none of whose readings is a word:
	 * the readings the OCR repair makes words of (misread too:
	 * "syst?rnes" is systèmes, "s?curite" sécurité) */
	int ocr;
	lost_reading misread;
	/* dropped_repair()'s search: a sign is one of the first `letters`
	 * letters below (0: all) or an elision's apostrophe, never a
	 * ligature or an accent of the letter before it */
	int dropped;
	size_t letters;
} lost_search;

/* A reading in the word list?  One with an apostrophe is looked up after
 * it ("l'entreprise": "entreprise"). */
static int
lost_known(const char *s, size_t n)
{
	char low[WORD_MAX * 2 + 2];
	const char *ap = memchr(s, '\'', n);

	if (ap != NULL) {
		size_t k;
		n -= (size_t)(ap + 1 - s);
		s = ap + 1;
		if (n < 2)
			return 0;
		/* an acronym after the elision: "l?ANSSI" */
		for (k = 0; k < n && s[k] >= 'A' && s[k] <= 'Z'; k++)
			;
		if (k == n)
			return 1;
	}
	if (lexicon_has(s, n)) /* which reads capitals as small letters */
		return 1;
	/* a bare capital E: "Electricité" is électricité */
	if (s[0] != 'E' || n + 1 >= sizeof(low))
		return 0;
	low[0] = (char)0xC3, low[1] = (char)0xA9;
	memcpy(low + 2, s + 1, n - 1);
	return lexicon_has(low, n + 1);
}

/* Elided words before an apostrophe, whatever their case ("L?entreprise",
 * "QU?IL"). */
static int
elision(const char *s, size_t n)
{
	static const char *const el[] = {"l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu",
	                                 "puisqu", "quoiqu", "presqu"};
	char w[8];
	size_t i;

	if (n >= sizeof(w))
		return 0;
	for (i = 0; i < n; i++)
		w[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]);
	return word_in(w, n, el, ARRAY_LEN(el));
}

static void
lost_try(lost_search *ls, size_t i, size_t bl)
{
	static const char *const letters[] = {"é", "è", "ê", "à", "â", "ç", "ô", "î", "ù", "û", "ë", "ï", "œ"};
	static const char *const ligatures[] = {"fi", "fl", "ff", "ffi", "ffl"};
	static const struct {
		char base;
		const char *acc[4];
	} marks[] = {
	    {'e', {"é", "è", "ê", "ë"}}, {'a', {"à", "â"}}, {'i', {"î", "ï"}}, {'o', {"ô"}},
	    {'u', {"ù", "û"}}, {'c', {"ç"}}, {'E', {"É", "È", "Ê"}}, {'A', {"À", "Â"}},
	};
	size_t k, j, m, sl;

	for (; i < ls->n; i++) {
		if ((sl = lost_sign(ls->w, i, ls->n)) != 0)
			break;
		ls->buf[bl++] = ls->w[i];
	}
	if (ls->plain.n >= 2 || bl + 3 >= sizeof(ls->buf))
		return;
	if (*ls->budget == 0)
		return;
	if (i >= ls->n) {
		--*ls->budget;
		/* a reading with an apostrophe counts only when no other is
		 * found: "l?gal" is légal, not l'gal */
		int ap = memchr(ls->buf, '\'', bl) != NULL, same;
		lost_reading *r = ap ? &ls->elided : &ls->plain;
		if (ls->ocr) {
			const char *v;
			size_t vl;
			if (ap || (v = repair_word_memo(ls->buf, bl, 1, &same)) == NULL || (vl = strlen(v)) >= sizeof(r->s) ||
			    (ls->misread.n > 0 && strcmp(ls->misread.s, v) == 0))
				return;
			if (ls->misread.n++ == 0)
				memcpy(ls->misread.s, v, vl + 1);
			return;
		}
		if (lost_known(ls->buf, bl) &&
		    (r->n == 0 || strlen(r->s) != bl || memcmp(r->s, ls->buf, bl) != 0) &&
		    (r->n < 2 || strlen(r->s2) != bl || memcmp(r->s2, ls->buf, bl) != 0)) {
			char *to = r->n == 0 ? r->s : r->s2;
			if (r->n < 2) {
				memcpy(to, ls->buf, bl);
				to[bl] = '\0';
			}
			r->n++;
		}
		return;
	}
	/* the sign is the letter (a word opens with è only in ère and ès:
	 * "?che" is fiche, its ligature lost, not the rare èche) */
	for (k = 0; k < (ls->letters > 0 ? ls->letters : ARRAY_LEN(letters)); k++) {
		if (bl == 0 && k == 1 && !(ls->n - i - sl >= 2 && memcmp(ls->w + i + sl, "re", 2) == 0) &&
		    !(ls->n - i - sl == 1 && ls->w[i + sl] == 's'))
			continue;
		memcpy(ls->buf + bl, letters[k], 2);
		lost_try(ls, i + sl, bl + 2);
	}
	/* or a PDF's ligature ("certi?cation") */
	for (k = 0; !ls->dropped && k < ARRAY_LEN(ligatures) && bl + 4 < sizeof(ls->buf); k++) {
		memcpy(ls->buf + bl, ligatures[k], strlen(ligatures[k]));
		lost_try(ls, i + sl, bl + strlen(ligatures[k]));
	}
	/* or the accent of the letter before it */
	for (m = 0; !ls->dropped && bl > 0 && m < ARRAY_LEN(marks); m++) {
		if (ls->buf[bl - 1] != marks[m].base)
			continue;
		for (j = 0; j < 4 && marks[m].acc[j] != NULL; j++) {
			memcpy(ls->buf + bl - 1, marks[m].acc[j], 2);
			lost_try(ls, i + sl, bl + 1);
		}
		ls->buf[bl - 1] = marks[m].base;
	}
	/* or an apostrophe after an elided word */
	if (i + sl < ls->n && memchr(ls->buf, '\'', bl) == NULL && elision(ls->buf, bl)) {
		ls->buf[bl] = '\'';
		lost_try(ls, i + sl, bl + 1);
	}
}

/* "N? de fiche", "n?1", "n? 19542": the sign after a lone N is "°". */
static int
lost_degree(const char *s, size_t i, size_t k, size_t n)
{
	size_t j = i + k;

	if (i == 0 || (s[i - 1] != 'N' && s[i - 1] != 'n') || (i >= 2 && is_letter(s, i - 2, n)) || j >= n)
		return 0;
	if (s[j] == ' ')
		j++;
	return j < n && ((s[j] >= '0' && s[j] <= '9') || (j + 2 < n && s[j] == 'd' && s[j + 1] == 'e'));
}

/* A sign alone at a line's start, before a blank, or glued to a word's
 * capital ("?Ge?rer un stock"; no word opens with a lost letter before a
 * capital, but a word in capitals: "?COLE"): a list's bullet. */
static int
lost_bullet(const char *s, size_t i, size_t k, size_t n)
{
	size_t j = i, c = i + k;

	while (j > 0 && s[j - 1] == ' ')
		j--;
	return (j == 0 || s[j - 1] == '\n') && c < n &&
	       (s[c] == ' ' || (s[c] >= 'A' && s[c] <= 'Z' && c + 1 < n &&
	                        ((s[c + 1] >= 'a' && s[c + 1] <= 'z') || s[c + 1] == '?')));
}

/* Does the text before p end with a word that cannot end a line of a
 * list, but only one that a wrap cut ("... afin de" / "?laborer")? */
static int
ends_with_function_word(const char *in, size_t p)
{
	static const char *const words[] = {
	    "a", "afin", "au", "aux", "avec", "d'", "dans", "de", "des", "du", "en", "et", "l'",
	    "la", "le", "les", "leur", "leurs", "ou", "par", "pour", "que", "qui", "sa", "sans",
	    "ses", "son", "sur", "un", "une", "\xC3\xA0",
	};
	size_t a = p, i;

	while (a > 0 && in[a - 1] != ' ' && in[a - 1] != '\n')
		a--;
	for (i = 0; i < ARRAY_LEN(words); i++)
		if (strlen(words[i]) == p - a && strncasecmp(in + a, words[i], p - a) == 0)
			return 1;
	return 0;
}

/* Whether a word at s starts a line, a label's value or a sentence; found:
 * the word put back, which may tell (an infinitive opens a skill). */
static int
lost_sentence_start(const char *in, size_t s, const char *found)
{
	size_t w = s, n = strlen(found);

	while (s > 0 && in[s - 1] == ' ')
		s--;
	/* a line's start when the line before ended a sentence or a label,
	 * or was blank (not "... des" / "?quipements", a wrapped line), or
	 * when an infinitive opens it after a line that a wrap did not cut
	 * ("... de l'entreprise" / "?laborer les proc?dures": a list of
	 * skills, whose lines end without a full stop) */
	if (s > 0 && in[s - 1] == '\n') {
		size_t p = s - 1;
		int blank = 0;
		/* back over blank lines: a paragraph's start, unless the text
		 * is double-spaced and the line before ends as a wrap cuts
		 * ("des" / "" / "?quipements") */
		for (;;) {
			while (p > 0 && (in[p - 1] == ' ' || in[p - 1] == '\r'))
				p--;
			if (p == 0 || in[p - 1] != '\n')
				break;
			blank = 1;
			p--;
		}
		/* (nor after a comma: "Laver, d?contaminer," / "?plucher,
		 * tailler") */
		return p == 0 || strchr(":.!?", in[p - 1]) != NULL ||
		       ((blank || (n > 4 && in[p - 1] != ',' &&
		                   (memcmp(found + n - 2, "er", 2) == 0 || memcmp(found + n - 2, "ir", 2) == 0))) &&
		        !ends_with_function_word(in, p));
	}
	/* a dash with a blank after it, not "socio-?ducatif" */
	return s == 0 || strchr(":.|", in[s - 1]) != NULL || (in[s - 1] == '-' && s < w) ||
	       (s >= 3 && memcmp(in + s - 3, "•", 3) == 0);
}

/* Whether à may stand at the sign alone at in[s] (s > 1), by what is
 * before it: a blank after a letter, one past ASCII, or one lost too
 * ("capacit? ? travailler"); or a bracket. */
static int
a_may_follow(const char *in, size_t s, size_t len)
{
	if (in[s - 1] == '(')
		return 1;
	return in[s - 1] == ' ' && (is_letter(in, s - 2, len) || ((unsigned char)in[s - 2] & 0xC0) == 0x80 ||
	                            (in[s - 2] == '?' && s > 2 && is_letter(in, s - 3, len)));
}

/* Whether the word at in[w] may follow à: in small letters, one whose
 * first letter was lost ("? ?valuer"), OCR's I' for l' ("? I'?coute"). */
static int
a_may_precede(const char *in, size_t w, size_t len)
{
	return (in[w] >= 'a' && in[w] <= 'z') || (unsigned char)in[w] == 0xC3 ||
	       (in[w] == '?' && w + 1 < len && in[w + 1] >= 'a' && in[w + 1] <= 'z') ||
	       (in[w] == 'I' && w + 1 < len && in[w + 1] == '\'');
}

/* Whether the word at in[at] is one that à never comes before: a
 * conjunction or an adverb that opens an aside ("adapté ? notamment
 * pour ..."), the article du (au); not le, les, des ("à des
 * environnements", "à le faire"). */
static int
no_a_before(const char *in, size_t at, size_t len)
{
	static const char *const words[] = {"du", "afin", "et", "ou", "mais", "donc", "car", "puis", "voire", "notamment"};
	size_t e = at, k;

	while (e < len && in[e] >= 'a' && in[e] <= 'z')
		e++;
	if (e < len && is_letter(in, e, len))
		return 0;
	for (k = 0; k < ARRAY_LEN(words); k++)
		if (e - at == strlen(words[k]) && memcmp(in + at, words[k], e - at) == 0)
			return 1;
	return 0;
}

/* Whether the line of in[at] holds a hyphen between blanks (" - "),
 * within 300 bytes of at (a flat text is one line: linear). */
static int
line_has_spaced_hyphen(const char *in, size_t at, size_t len)
{
	size_t a = at, e;

	while (a > 0 && at - a < 300 && in[a - 1] != '\n')
		a--;
	for (e = at; e < len && e - at < 300 && in[e] != '\n'; e++)
		;
	return e - a >= 3 && memmem(in + a, e - a, " - ", 3) != NULL;
}

/* Is s[i] an upper-case letter (ASCII or Latin-1)? */
static int
upper_at(const char *s, size_t i, size_t n)
{
	unsigned char c = (unsigned char)s[i];

	return (c >= 'A' && c <= 'Z') ||
	       (c == 0xC3 && i + 1 < n && (unsigned char)s[i + 1] >= 0x80 && (unsigned char)s[i + 1] < 0x9F);
}

/* After a sign that may open guillemets, at i: just past the sign alone
 * that closes them (" ? " or " ?" before punctuation or a line's end), on
 * this line or the next, that a wrap made; 0 when none does. */
static size_t
closing_sign(const char *s, size_t i, size_t n)
{
	size_t j;

	for (j = i + 1; j < n && j < i + 300; j++) {
		if (s[j] == '\n' && j + 1 < n && s[j + 1] == '\n')
			return 0;
		/* not "? Lyon": "à Paris et ? Lyon" has no guillemets */
		if (s[j] == '?' && (s[j - 1] == ' ' || s[j - 1] == '\n') &&
		    (j + 1 == n || s[j + 1] == ',' || s[j + 1] == '.' || s[j + 1] == '\n' ||
		     (s[j + 1] == ' ' && !(j + 2 < n && upper_at(s, j + 2, n)))))
			return j + 1;
	}
	return 0;
}

/* After a sign alone before a word in small letters, at i: just past the
 * sign alone on the same line that closes guillemets around words
 * ("outils ? re?seaux sociaux ? avec"), before punctuation or a word
 * that never comes after à; 0 when none does (a second à: "apte ?
 * r?pondre ? des demandes"). */
static size_t
closing_sign_small(const char *s, size_t i, size_t n)
{
	static const char *const after[] = {"avec", "et", "ou", "qui", "que", "dont", "est", "sont",
	                                    "pour", "dans", "sur", "par", "mais", "comme"};
	size_t j, w;

	for (j = i + 1; j < n && j < i + 120 && s[j] != '\n'; j++) {
		if (s[j] != '?' || s[j - 1] != ' ')
			continue;
		/* (not a line's end: "proposer ?" / "ses clients"; nor
		 * after a comma: "diff?r?, ?)", an ellipsis) */
		if (j + 1 < n && strchr(",.;)", s[j + 1]) != NULL && strchr(",;:(.", s[j - 2]) == NULL)
			return j + 1;
		if (s[j + 1] != ' ')
			return 0; /* a sign inside a word: no guillemet */
		for (w = j + 2; w < n && s[w] >= 'a' && s[w] <= 'z'; w++)
			;
		return word_in(s + j + 2, w - j - 2, after, ARRAY_LEN(after)) && (w == n || !is_letter(s, w, n)) ? j + 1
		                                                                                                 : 0;
	}
	return 0;
}

/* Is the sign at i (k bytes) a no-break space before a colon that a
 * conversion lost ("Code RNCP?: 19542")? */
static int
nbsp_lost(const char *in, size_t i, size_t k, size_t len)
{
	return i > 0 && i + k < len && (in[i + k] == ':' || in[i + k] == ';') && in[i - 1] != ' ' &&
	       in[i - 1] != '\n';
}

/* Whether the sign at s + 1 of the word at s stands for an elision's
 * apostrophe ("d?hygie?nes"): one letter before it that elides. */
static int
elision_sign(const char *in, size_t s, size_t e)
{
	return e > s + 2 && strchr("dljnsmctDLJNSMCT", in[s]) != NULL && in[s + 1] == '?';
}

/* Does every sign of the word s[s..e) follow a vowel or a c, where the
 * accent of a decomposed letter stands ("se?curite?"), but an elision's
 * ("d?hygie?nes")? */
static int
signs_after_vowels(const char *in, size_t s, size_t e, size_t len)
{
	size_t j, k, n = 0;

	for (j = s; j < e; j += k != 0 ? k : 1) {
		if ((k = lost_sign(in, j, len)) == 0 || (j == s + 1 && elision_sign(in, s, e)))
			continue;
		if (j == s || strchr("aeiouycAEIOUYC", in[j - 1]) == NULL)
			return 0;
		n++;
	}
	return n > 0;
}

/* The one reading of ls's word: the only word of the list its signs
 * make, or the frequent one of two, or é of two that differ in é for è;
 * then as after an elision; then the OCR repair's.  NULL when none. */
static const char *
lost_reading_of(lost_search *ls)
{
	const char *found;

	if (lost_try(ls, 0, 0), ls->plain.n == 1)
		return ls->plain.s;
	if ((found = frequent_reading(&ls->plain)) != NULL || (found = accent_twin(&ls->plain)) != NULL)
		return found;
	if (ls->plain.n == 0 && ls->elided.n == 1)
		return ls->elided.s;
	if (ls->plain.n == 0 && (found = accent_twin(&ls->elided)) != NULL)
		return found;
	if (ls->plain.n == 0 && ls->elided.n == 0 && (ls->ocr = 1, lost_try(ls, 0, 0), ls->misread.n == 1))
		return ls->misread.s;
	return NULL;
}

rncp_status
lost_repair(const char *in, size_t len, char **out, size_t *outlen, norm_stats *st)
{
	rncp_buf b = {0};
	size_t i = 0, pos = 0, s, e, signs, k, budget = LOST_BUDGET;
	size_t quote_end = 0; /* after an opening «, just past its closing sign */
	size_t cut_end;       /* a word cut by a wrap: where its second part ends */
	char joined[WORD_MAX];
	lost_search ls;
	int plural; /* the reading is a singular's: an s after it */

	*out = NULL;
	*outlen = 0;
	if (!lexicon_available() || !lost_signs_seen(in, len))
		return RNCP_OK;
	b.max = len * 2 + 64;
	if (buf_grow(&b, len) != 0)
		return RNCP_ENOMEM;
	while (i < len) {
		if ((k = lost_sign(in, i, len)) == 0) {
			i++;
			continue;
		}
		if (quote_end != i + k && (lost_degree(in, i, k, len) || lost_bullet(in, i, k, len))) {
			buf_append(&b, in + pos, i - pos);
			buf_puts(&b, lost_bullet(in, i, k, len) ? "•" : "°");
			pos = i += k;
			continue;
		}
		/* "d?'un": a curly apostrophe doubled by a straight one */
		if (i > 0 && i + k < len && in[i + k] == '\'' && is_letter(in, i - 1, len)) {
			buf_append(&b, in + pos, i - pos);
			pos = i += k;
			continue;
		}
		/* "Code RNCP?: 19542": the no-break space before a colon */
		if (nbsp_lost(in, i, k, len)) {
			buf_append(&b, in + pos, i - pos);
			buf_putc(&b, ' ');
			pos = i += k;
			continue;
		}
		/* the word around the sign: letters and signs */
		/* (not the list's bullet glued before it: "?Ge?rer") */
		for (s = i; s > 0 &&
		            (is_letter(in, s - 1, len) || (lost_sign(in, s - 1, len) == 1 && !lost_bullet(in, s - 1, 1, len)) ||
		             (s >= 3 && lost_sign(in, s - 3, len) == 3 && !lost_bullet(in, s - 3, 3, len)));)
			s -= lost_sign(in, s - 1, len) == 1 || is_letter(in, s - 1, len) ? 1 : 3;
		while (s < i && ((unsigned char)in[s] & 0xC0) == 0x80)
			s++;
		for (e = i, signs = 0; e < len && (is_letter(in, e, len) || (k = lost_sign(in, e, len)) != 0);)
			if (lost_sign(in, e, len) != 0) {
				if (e > i && nbsp_lost(in, e, k, len))
					break; /* "attest?es?:" */
				e += k, signs++;
			} else {
				e++;
			}
		if (s == i && e == i + lost_sign(in, i, len)) {
			/* a sign alone: punctuation, or à between two words in
			 * small letters ("contribuer ? sa"), or guillemets
			 * around words ("le titre ? Technicien sup?rieur ?
			 * est"), the closing one on the same line */
			if (quote_end == e && s > 0 && (in[s - 1] == ' ' || in[s - 1] == '\n')) {
				buf_append(&b, in + pos, s - pos);
				buf_puts(&b, "»");
				pos = e;
				quote_end = 0;
			} else if (s > 1 && in[s - 1] == ' ' && e + 1 < len && in[e] == ' ' && in[e + 1] >= 'a' &&
			           in[e + 1] <= 'z' && (quote_end = closing_sign_small(in, e + 1, len)) != 0) {
				buf_append(&b, in + pos, s - pos);
				buf_puts(&b, "«");
				pos = e;
			} else if (s > 1 && e + 1 < len && a_may_follow(in, s, len) &&
			           (in[e] == ' ' || in[e] == '\n') && /* or a wrap after it */
			           a_may_precede(in, e + 1, len)) {
				/* (not before a word à never comes before: a
				 * dash, "une documentation ? afin de") */
				buf_append(&b, in + pos, s - pos);
				buf_puts(&b, no_a_before(in, e + 1, len) ? "–" : "à");
				st->lost_words++;
				pos = e;
			} else if (s > 0 && in[s - 1] == ' ' && e + 1 < len && in[e] == ' ' && upper_at(in, e + 1, len) &&
			           line_has_spaced_hyphen(in, s, len)) {
				/* a dash between titles that spaced hyphens part
				 * too ("Chef(fe) d'agence ? Responsable de centre
				 * de profit ? ... - Directeur / ...") */
				buf_append(&b, in + pos, s - pos);
				buf_puts(&b, "–");
				st->lost_words++;
				pos = e;
			} else if ((s == 0 || in[s - 1] == ' ') && e + 1 < len && in[e] == ' ' &&
			           upper_at(in, e + 1, len) && (quote_end = closing_sign(in, e + 1, len)) != 0) {
				buf_append(&b, in + pos, s - pos);
				buf_puts(&b, "«");
				pos = e;
			}
			i = e;
			continue;
		}
		/* a sign that ends the word after a consonant, before a blank
		 * ("t?l?phoniques?"): punctuation, an ellipsis lost, left */
		if (e - s > 3 && lost_sign(in, e - 1, len) == 1 && signs > 1 &&
		    (e == len || in[e] == ' ' || in[e] == '\n') &&
		    strchr("aeiouyAEIOUY?", in[e - 2]) == NULL) { /* not "se?curite?" */
			e--;
			signs--;
		}
		/* a word a wrap cut ("pr?p-" / "arer"): read whole, its
		 * lines joined */
		cut_end = 0;
		if (e + 2 < len && in[e] == '-' && in[e + 1] == '\n' && e > s + 1 && in[e + 2] >= 'a' &&
		    in[e + 2] <= 'z') {
			size_t c = e + 2;
			while (c < len && (is_letter(in, c, len) || (k = lost_sign(in, c, len)) != 0))
				c += lost_sign(in, c, len) != 0 ? k : 1;
			if ((e - s) + (c - e - 2) < sizeof(joined)) {
				memcpy(joined, in + s, e - s);
				memcpy(joined + (e - s), in + e + 2, c - e - 2);
				cut_end = c;
			}
		}
		if (signs <= LOST_SIGNS && e - s < WORD_MAX && s >= pos) {
			memset(&ls, 0, sizeof(ls));
			ls.w = in + s;
			ls.n = e - s;
			if (cut_end != 0) {
				ls.w = joined;
				ls.n = (e - s) + (cut_end - e - 2);
			}
			ls.budget = &budget;
			const char *found = NULL;
			if (e - s == 2 && in[s + 1] == '?' && (in[s] == 'a' || in[s] == 'A'))
				found = in[s] == 'a' ? "à" : "À"; /* no other word */
			else if (e - s >= 4 && e - s + 2 < sizeof(joined) && memcmp(in + e - 4, "qu??", 4) == 0 &&
			         cut_end == 0) {
				/* "jusqu??": jusqu'à */
				memcpy(joined, in + s, e - s - 2);
				memcpy(joined + (e - s - 2), "'\xC3\xA0", 4); /* and the NUL */
				found = joined;
			} else {
				found = lost_reading_of(&ls);
			}
			/* no reading, a sign after its last letter before a
			 * blank or a sign: an ellipsis lost ("d??nergie?",
			 * "tra?c?)"), the word read without it */
			if (found == NULL && cut_end == 0 && signs >= 2 && lost_sign(in, e - 1, len) == 1 &&
			    e - s >= 3 && is_letter(in, e - 2, len) && (e == len || strchr(" \n),.;", in[e]) != NULL)) {
				memset(&ls, 0, sizeof(ls));
				ls.w = in + s;
				ls.n = e - s - 1;
				ls.budget = &budget;
				if ((found = lost_reading_of(&ls)) != NULL)
					e--, signs--;
			}
			/* no reading, a plural that the word list lacks: its
			 * singular's, the s after it ("d?hygi?nes") */
			plural = 0;
			if (found == NULL && cut_end == 0 && e - s >= 6 && in[e - 1] == 's' && lost_sign(in, e - 2, len) == 0) {
				memset(&ls, 0, sizeof(ls));
				ls.w = in + s;
				ls.n = e - s - 1;
				ls.budget = &budget;
				plural = (found = lost_reading_of(&ls)) != NULL;
			}
			if (found != NULL) {
				buf_append(&b, in + pos, s - pos);
				if (s == i && lost_sentence_start(in, s, found) &&
				    (unsigned char)found[0] == 0xC3 && (unsigned char)found[1] >= 0xA0) {
					/* "?lectrotechnique" opening a label: É */
					buf_putc(&b, (char)0xC3);
					buf_putc(&b, (char)(found[1] - 0x20));
					found += 2;
				}
				buf_puts(&b, found);
				if (plural)
					buf_putc(&b, 's');
				st->lost_words++;
				pos = e;
				if (cut_end != 0)
					pos = e = cut_end;
			} else if (signs_after_vowels(in, s, e, len)) {
				/* "Te?lecommunications": accents decomposed, then
				 * lost, in a word misread too; the letters stay,
				 * for the OCR repair to read */
				size_t j;
				buf_append(&b, in + pos, s - pos);
				for (j = s; j < e;) {
					if ((k = lost_sign(in, j, len)) != 0) {
						if (j == s + 1 && elision_sign(in, s, e))
							buf_putc(&b, '\'');
						j += k;
						continue;
					}
					buf_putc(&b, in[j++]);
				}
				st->lost_words++;
				pos = e;
			}
		}
		i = e;
	}
	buf_append(&b, in + pos, len - pos);
	return buf_hand_over(&b, out, outlen);
}

/* ---- accented letters dropped without a trace ---- */

/*
 * A conversion to ASCII that drops what it cannot write (iconv -c, some
 * sites' copies of PDF documents) leaves "Prsentation", "activits" and
 * "lvolution" for Présentation, activités and l'évolution: every letter
 * and sign past ASCII gone (or the accented letters only: a PDF's text,
 * its font's map lacking them), where lost_repair() has a '?' to go by.
 * In a text without an accented letter whose sample has words that one
 * letter put back makes words of the list, each word missing from it
 * gets one sign, then two, at each place, read as lost_try() reads '?':
 * the word is put back when exactly one reading is a word.
 */
/* sampled: small-letter words of four letters or more; damage: at
 * least DROP_MIN of them read so, and DROP_PCT% */
#define DROP_SAMPLE 400
#define DROP_MIN 4
#define DROP_PCT 3
/* readings looked up in one text at most (LOST_BUDGET's reason), more
 * than lost_repair(): two signs in a word of ten letters are some
 * hundreds of readings */
#define DROP_BUDGET 2000000

/* A word of ASCII letters the pass may read: not in capitals ("SIRET"),
 * not in an address, a code or a number ("www.site", "RNCP1234"). */
static int
drop_candidate(const char *in, size_t len, size_t s, size_t e)
{
	size_t k, caps = 0;

	if (e - s < 3 || e - s + 4 >= WORD_MAX)
		return 0;
	for (k = s; k < e; k++)
		caps += in[k] >= 'A' && in[k] <= 'Z';
	if (caps > 1 || (caps == 1 && !(in[s] >= 'A' && in[s] <= 'Z')))
		return 0;
	if (s > 0 && strchr("0123456789/@._=#&%\\", in[s - 1]) != NULL)
		return 0;
	return e == len || strchr("0123456789/@_=#&%\\", in[e]) == NULL;
}

/* Of two readings, the one that put back an é where the other put back
 * none ("écrit", not "criât"): the letter French writes most; NULL when
 * that does not tell them apart. */
static const char *
drop_acute(const lost_reading *r)
{
	int a = strstr(r->s, "\xC3\xA9") != NULL, b = strstr(r->s2, "\xC3\xA9") != NULL;

	return a == b ? NULL : a ? r->s : r->s2;
}

/* The readings of w[0..n) with `signs` signs put in (1 or 2) into ls;
 * the word read, or NULL: exactly one word, or of two the far more
 * frequent or the one with an é, or an elision's. */
static const char *
drop_reading(lost_search *ls, const char *w, size_t n, int signs, size_t *budget)
{
	char v[WORD_MAX];
	size_t a, b;
	const char *r;

	memset(ls, 0, sizeof(*ls));
	ls->budget = budget;
	ls->w = v;
	ls->n = n + (size_t)signs;
	ls->dropped = 1;
	ls->letters = signs == 2 ? 6 : 0; /* two: é è ê à â ç */
	for (a = 0; a <= n && ls->plain.n < 3; a++)
		for (b = signs == 2 ? a : n; b <= n && ls->plain.n < 3; b++) {
			/* w[0..a) ? w[a..b) ? w[b..n), or w[0..a) ? w[a..n) */
			memcpy(v, w, a);
			v[a] = '?';
			if (signs == 2) {
				memcpy(v + a + 1, w + a, b - a);
				v[b + 1] = '?';
				memcpy(v + b + 2, w + b, n - b);
			} else {
				memcpy(v + a + 1, w + a, n - a);
			}
			lost_try(ls, 0, 0);
		}
	if (ls->plain.n == 1)
		return ls->plain.s;
	if (ls->plain.n == 2)
		return (r = frequent_reading(&ls->plain)) != NULL ? r : drop_acute(&ls->plain);
	return ls->plain.n == 0 && ls->elided.n == 1 ? ls->elided.s : NULL;
}

/* The word w[0..n) put back, or NULL: one sign, or two in a word of four
 * letters or more when one gives no reading at all ("dcals" is décalés, an
 * elision of a word of four letters or more the second choice: not
 * "d'cals"; "dun" stays d'un).  In ls or keep, which the first reading is
 * kept in while the second search runs. */
static const char *
drop_word(lost_search *ls, const char *w, size_t n, size_t *budget, char keep[WORD_MAX * 2])
{
	const char *one = drop_reading(ls, w, n, 1, budget), *two;
	const char *ap = one != NULL ? strchr(one, '\'') : NULL;

	if (one != NULL && (ap == NULL || strlen(ap + 1) < 4))
		return one;
	if ((one == NULL && (ls->plain.n > 0 || ls->elided.n > 0)) || n < 4)
		return one;
	if (one != NULL) {
		memcpy(keep, one, strlen(one) + 1);
		one = keep;
	}
	two = drop_reading(ls, w, n, 2, budget);
	return one == NULL || (two != NULL && ls->plain.n > 0) ? two : one;
}

/* Whether a sample of the text's words reads as one with its accented
 * letters dropped: words missing from the list that a letter put back
 * makes words of, and far more of them than a letter changed does (a
 * text whose accents were lost to plain letters, "Sante", "regles", is
 * the OCR repair's: a letter put back there makes other words, séante,
 * regèles). */
static int
drop_damaged(const char *in, size_t len, size_t *budget)
{
	size_t i = 0, s, sampled = 0, read = 0, changed = 0;
	lost_search ls;
	const char *r;
	int same;

	while (i < len && sampled < DROP_SAMPLE) {
		while (i < len && !is_ascii_alpha(in[i]))
			i++;
		for (s = i; i < len && is_ascii_alpha(in[i]); i++)
			;
		if (i - s < 4 || !drop_candidate(in, len, s, i) || (in[s] >= 'A' && in[s] <= 'Z'))
			continue;
		sampled++;
		if (lexicon_has(in + s, i - s))
			continue;
		/* (an apostrophe put back, "lentreprise", tells neither) */
		if ((r = repair_word_memo(in + s, i - s, 1, &same)) != NULL && strchr(r, '\'') == NULL)
			changed++;
		else if (drop_reading(&ls, in + s, i - s, 1, budget) != NULL)
			read++;
	}
	return read >= DROP_MIN && read * 100 >= sampled * DROP_PCT && read > 2 * changed;
}

rncp_status
dropped_repair(const char *in, size_t len, char **out, size_t *outlen, norm_stats *st)
{
	rncp_buf b = {0};
	size_t i = 0, s, pos = 0, budget = DROP_BUDGET;
	lost_search ls;
	char keep[WORD_MAX * 2];
	english_cache en = {0};
	int english = -1;

	*out = NULL;
	*outlen = 0;
	/* a text with one accented letter kept them (most texts: told at
	 * their first accent); its apostrophes, guillemets and bullets may
	 * be there (a PDF's fonts, one of which lacked its accents' map) */
	if (memchr(in, 0xC3, len) != NULL || !lexicon_available() || lost_signs_seen(in, len) ||
	    !drop_damaged(in, len, &budget))
		return RNCP_OK;
	b.max = len * 2 + 64;
	if (buf_grow(&b, len) != 0)
		return RNCP_ENOMEM;
	while (i < len) {
		const char *found;
		while (i < len && !is_ascii_alpha(in[i]))
			i++;
		for (s = i; i < len && is_ascii_alpha(in[i]); i++)
			;
		if (s == i || !drop_candidate(in, len, s, i) || lexicon_has(in + s, i - s) ||
		    (found = drop_word(&ls, in + s, i - s, &budget, keep)) == NULL ||
		    (english_text(in, len, &english) && english_line(in, len, s, &en)))
			continue; /* (an English line's words are none of the list's) */
		buf_append(&b, in + pos, s - pos);
		if (lost_sentence_start(in, s, found) && (unsigned char)found[0] == 0xC3 &&
		    (unsigned char)found[1] >= 0xA0) {
			/* "lectrotechnique" opening a line: Électrotechnique */
			buf_putc(&b, (char)0xC3);
			buf_putc(&b, (char)(found[1] - 0x20));
			found += 2;
		}
		buf_puts(&b, found);
		st->dropped_words++;
		pos = i;
	}
	buf_append(&b, in + pos, len - pos);
	return buf_hand_over(&b, out, outlen);
}
