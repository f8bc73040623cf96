/*
 * internal.h - private interfaces shared by the stages of librncp.
 * Included only by the library sources in src/ (never by main.c, the cli files or
 * tests other than the unit tests of a stage).
 */
#ifndef RNCP_INTERNAL_H
#define RNCP_INTERNAL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "rncp.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#define ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

/* ---- util.c: arena, buffers, strings ---- */

struct rncp_arena;
struct rncp_arena *arena_new(void);
void arena_free(struct rncp_arena *a);
/* Empty the arena for reuse; what it held is gone. */
void arena_reset(struct rncp_arena *a);
/* NUL-terminated copy of s[0..n) in the arena; NULL when out of memory. */
char *arena_strndup(struct rncp_arena *a, const char *s, size_t n);
char *arena_strdup(struct rncp_arena *a, const char *s);
/* The formatted text, whole, in the arena; NULL when out of memory. */
char *arena_printf(struct rncp_arena *a, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

int buf_grow(rncp_buf *b, size_t extra);
int buf_append(rncp_buf *b, const char *s, size_t n);
int buf_puts(rncp_buf *b, const char *s);
int buf_putc(rncp_buf *b, char c);
int buf_printf(rncp_buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* A pass's text in b handed over to *out, *outlen; RNCP_ENOMEM (b freed,
 * *out left alone) when an append failed. */
rncp_status buf_hand_over(rncp_buf *b, char **out, size_t *outlen);

/* Grow a malloc'd vector of elements of size sz so that index n fits.
 * Returns 0 on success. */
int vec_reserve(void **v, size_t *cap, size_t n, size_t sz);

void set_error(rncp_error *err, rncp_status st, long lineno, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

/* Decode one UTF-8 sequence at s (n bytes left); returns its length (>=1)
 * and the code point in *cp, or U+FFFD with length 1 when invalid. */
size_t utf8_decode(const unsigned char *s, size_t n, unsigned *cp);
size_t utf8_encode(unsigned cp, char out[4]);
/* Where a text cut at s[n] must be cut instead, not to split a UTF-8
 * sequence: the largest k <= n where s[k] starts a character (s[n] is
 * read). */
size_t utf8_boundary(const char *s, size_t n);
/* buf[0..size) holds a text vsnprintf cut short: end it with "…" after its
 * last whole character. */
void mark_cut(char *buf, size_t size);
/* 1 when s[0..n) is well-formed UTF-8 (no overlong form, surrogate or value
 * past U+10FFFF), as PCRE2 requires of its subjects. */
int utf8_valid(const char *s, size_t n);
/* Fold to lower case ASCII without accents, for comparisons: "Élève" ->
 * "eleve".  Appends to out. */
int fold_ascii(const char *s, size_t n, rncp_buf *out);
/* Fast fold of s[0..n) into out (at most cap-1 bytes, NUL-terminated):
 * ASCII lower case, Latin-1 letters without accents, others as bytes. */
size_t fold_into(const char *s, size_t n, char *out, size_t cap);
/* Where the byte at folded offset to is in the text s that fold_into
 * folded, from a cursor (*at in s, *fat folded, both 0 at first) that
 * only moves on. */
size_t fold_offset(const char *s, size_t *at, size_t *fat, size_t to);

/* Whether s[0..n) is all ASCII. */
static inline int
all_ascii(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if ((unsigned char)s[i] >= 0x80)
			return 0;
	return 1;
}

/* s[0..n) is the lower-case ASCII word w, in any case ("Page", "PAGE"). */
static inline int
ascii_word_eq(const char *s, size_t n, const char *w)
{
	size_t i;

	for (i = 0; i < n; i++)
		if ((s[i] | 0x20) != w[i])
			return 0;
	return 1;
}

/* Whether s[0..n) is one of the words list[0..nlist). */
static inline int
word_in(const char *s, size_t n, const char *const *list, size_t nlist)
{
	size_t i;

	for (i = 0; i < nlist; i++)
		if (strlen(list[i]) == n && memcmp(s, list[i], n) == 0)
			return 1;
	return 0;
}

/* A hash of s[0..n) for in-memory tables (lexicon, OCR memo), never
 * stored: eight bytes a step instead of FNV's one, with a final mix so
 * that low and high bits are both usable. */
static inline uint64_t
hash_bytes(const char *s, size_t n)
{
	const uint64_t k = 0x9E3779B97F4A7C15u;
	uint64_t h = k ^ n, w = 0;
	uint32_t lo, hi;

	for (; n > 8; s += 8, n -= 8) {
		memcpy(&w, s, 8);
		h = (h ^ w) * k;
		h ^= h >> 32;
	}
	/* the last 1 to 8 bytes, in two reads that may overlap */
	if (n >= 4) {
		memcpy(&lo, s, 4);
		memcpy(&hi, s + n - 4, 4);
		w = (uint64_t)hi << 32 | lo;
	} else if (n > 0) {
		w = (uint64_t)(unsigned char)s[0] << 16 | (uint64_t)(unsigned char)s[n / 2] << 8 |
		    (unsigned char)s[n - 1];
	}
	h = (h ^ w) * k;
	h ^= h >> 29;
	h *= 0xBF58476D1CE4E5B9u;
	return h ^ (h >> 32);
}

/* For scans eight bytes at a time: 0x01 and 0x80 in each byte. */
#define ONES 0x0101010101010101u
#define HIGHS 0x8080808080808080u

/* 0x80 in each byte of w that is c, 0 in the others (exact: no carry
 * crosses bytes). */
static inline uint64_t
bytes_eq(uint64_t w, unsigned char c)
{
	const uint64_t lows = ~HIGHS;
	uint64_t v = w ^ (ONES * c);

	return ~(((v & lows) + lows) | v | lows);
}

/* 0x80 in each byte of w that is an ASCII capital, A-Z (the bit of 0x3F
 * + c without that of 0x25 + c): exact below the first byte over 0x7F,
 * whose carries only go up. */
static inline uint64_t
bytes_upper(uint64_t w)
{
	return (w + 0x3F * ONES) & ~(w + 0x25 * ONES) & HIGHS;
}

/* The bars ('|') in s[0..n): a table's cells' count. */
size_t count_bars(const char *s, size_t n);

/* Lower-case hex SHA-256 of data[0..len), with the fastest code this CPU
 * runs. */
void sha256_hex(const void *data, size_t len, char out[65]);
/* The same with one given implementation, for the unit tests; -1 (out
 * untouched) when this CPU or build lacks it. */
enum { SHA256_PORTABLE, SHA256_SHANI };
int sha256_hex_using(int impl, const void *data, size_t len, char out[65]);

/* ---- decode.c ---- */

typedef struct decoded {
	char *text;         /* UTF-8, NUL-terminated, malloc'd */
	size_t len;
	const char *encoding; /* static: "UTF-8", "UTF-16LE", "CP1252" ... */
	size_t replaced;    /* invalid sequences replaced by U+FFFD */
	size_t nuls;        /* NUL bytes dropped */
	size_t moji;        /* double-encoded characters repaired */
	size_t c1;          /* C1 controls read as CP1252 */
} decoded;

/* Double-encoded UTF-8 (UTF-8 read as CP1252 and encoded again: "Ã©" for
 * "é").  mojibake_at: the bytes of the sequence at p (0: none), the
 * character it stands for into out.  mojibake_repair: every sequence of
 * s, in place, twice encoded included; how many. */
size_t mojibake_at(const unsigned char *p, size_t len, char out[4], size_t *outlen);
size_t mojibake_repair(char *s, size_t *len);

/* Is the C3 xx at p the start of a double-encoded sequence?  Tested on
 * the two-byte letters the scans meet anyway: "Ã", "Â", "Å" (the first of
 * é, of a no-break space, of œ twice encoded) and "â€" (of ' and -). */
static inline int
mojibake_suspect(const unsigned char *p, size_t len)
{
	char ch[4];
	size_t n;

	if (len < 4 || !(p[1] == 0x83 || p[1] == 0x82 || p[1] == 0x85 ||
	                 (p[1] == 0xA2 && len >= 5 && p[2] == 0xE2 && p[3] == 0x82 && p[4] == 0xAC)))
		return 0;
	return mojibake_at(p, len, ch, &n) > 0;
}

rncp_status decode_input(const char *data, size_t len, decoded *out,
                         rncp_error *err);
/* The text of data as decode_input would take it as UTF-8 and copy it,
 * if it is UTF-8 at all: data less a UTF-8 BOM, when it has no UTF-16 BOM,
 * is not blank and is under the size cap; else NULL.  *tlen: its length.
 * Whether it is valid UTF-8 without NULs or control bytes is left to the
 * caller (normalize_utf8 checks as it goes). */
const char *decode_as_is(const char *data, size_t len, size_t *tlen);

/* ---- columns.c ---- */

/* Tables of text that PDF extraction laid out in columns (pdftotext
 * -layout), their cells side by side, padded with spaces, wrapped in their
 * columns: a bloc's skills and assessment, the certifiers, the boxes of
 * "L'essentiel", the sectors and jobs lists, a CNCP fiche's blocs and
 * authorities.  Rewritten, before normalisation squeezes the spaces, as
 * other extractions give them ("cell | cell |" rows, or one cell after the
 * other).  *out is malloc'd (caller frees), or NULL when the text has no
 * such table.  Columns count characters, or bytes where a table shows
 * it, as html2text pads them (columns.c, byte_columns()); *bytes (unless
 * NULL), on input: 1 for bytes also where no line of a table tells; on
 * output: 1 when a table showed that its columns count bytes. */
rncp_status unfold_columns(const char *in, size_t len, char **out, size_t *outlen, int *bytes);

/* A text quoted by a mail ("> " before nine text lines in ten), and a copy
 * of it without the marks (its length in *len; NULL out of memory). */
int quoted_text(const char *s, size_t n);
char *unquote(const char *s, size_t n, size_t *len);

/* The digit OCR may misread as the letter c ("l" for 1, "O" for 0, "S"
 * for 5, "B" for 8), or 0 when none. */
char digit_misread(char c);

/* ---- normalize.c ---- */

typedef struct norm_stats {
	size_t ocr_words;   /* words repaired through the lexicon */
	size_t lost_words;  /* words whose '?' for a lost letter was put back */
	size_t dropped_words; /* words whose dropped letters were put back */
	int no_lexicon;     /* the French word list could not be read */
	/* runs of blanks inside lines before what may head a table's
	 * column: the text may be laid out in columns (columns.c) */
	size_t column_heads;
} norm_stats;

/* ---- reline.c: a text whose line ends were lost ---- */

/* 1 when s[0..n) is a text with (nearly) all its line ends lost: its
 * non-empty lines 400 bytes long or more on average. */
int text_is_flat(const char *s, size_t n);
/* s[0..n) with line ends put back before the layouts' labels and the
 * items of their lists, malloc'd into *out. */
rncp_status reline_flat(const char *in, size_t len, char **out, size_t *outlen);

/* Unicode and layout clean-up of decoded text: NFC, ligatures, spaces,
 * apostrophes, line ends.  Returns malloc'd text in *out. */
rncp_status normalize_text(const char *in, size_t len, char **out,
                           size_t *outlen, norm_stats *st);
/* The same straight from input bytes that decode_as_is gave, checking
 * them as it goes: *out is NULL (and RNCP_OK returned) at the first byte
 * that decode_input would change or count (invalid UTF-8, NUL, control
 * byte); decode_input and normalize_text then do it. */
rncp_status normalize_utf8(const char *in, size_t len, char **out, size_t *outlen,
                           norm_stats *st);

/* OCR repair of normalised text: I' -> l', |l -> Il, a lone a/& before
 * "la", "distance"... -> à, and each word missing from the lexicon that has
 * exactly one variant in it (é/è/ê/e, a/à, c/ç, g/ç, ce/œ, &/ê ...) becomes
 * that variant.  *out is NULL (nothing done) when there is no lexicon. */
rncp_status normalize_ocr(const char *in, size_t len, char **out, size_t *outlen,
                          norm_stats *st);
/* The same repair, whether or not the text looks damaged. */
rncp_status ocr_repair(const char *in, size_t len, char **out, size_t *outlen,
                       norm_stats *st);
/* Letters, accents and apostrophes that a conversion turned into '?' or
 * U+FFFD inside words ("s?curit?", "se?curite?", "l?entreprise"), put
 * back through the word list; "N? de" is "N° de".  *out is NULL when
 * the text has no such signs between letters, or there is no lexicon. */
rncp_status lost_repair(const char *in, size_t len, char **out, size_t *outlen, norm_stats *st);
/* Accented letters and signs a conversion to ASCII dropped ("Prsentation",
 * "lvolution"), put back through the word list in a text without an
 * accented letter whose sample reads so.  *out is NULL when it does not,
 * or there is no lexicon. */
rncp_status dropped_repair(const char *in, size_t len, char **out, size_t *outlen, norm_stats *st);
/* Does a sample of the text show OCR marks, wrong or lost accents? */
int text_looks_damaged(const char *in, size_t len);
/* Build now the filter that spares the repair's variant search on most
 * words with no variant in the lexicon (a process builds it itself after
 * some thousands of searches): 1 when it is in use.  For the tests. */
int ocr_variant_filter(void);

/* ---- lexicon.c: the French word list ---- */

int lexicon_available(void);
/* Is s[0..n) a French word (as written, or in lower case)? */
int lexicon_has(const char *s, size_t n);
/* Is s[0..n) in key form (lower case, œ as "oe"), so that lexicon_has is
 * lexicon_has_key, which skips the check? */
int lexicon_key_form(const char *s, size_t n);
int lexicon_has_key(const char *s, size_t n);
/* lexicon_has(s, n) for h = hash_bytes(s, n), when the caller has it. */
int lexicon_has_hashed(const char *s, size_t n, uint64_t h);
/* Start fetching into the CPU's cache what lexicon_has_hashed(s, n, h)
 * will read: for callers with many independent look-ups to make. */
void lexicon_prefetch(uint64_t h);
/* A map of words to images, e.g. spellings with the letters a repair may
 * exchange made one: writes the image of s[0..n) (n < 64) to out, at most
 * LEXICON_IMAGE_MAX bytes, and returns its length. */
#define LEXICON_IMAGE_MAX 128
typedef size_t (*lexicon_map_fn)(const char *s, size_t n, char *out);
/* Build, once per process, a Bloom filter of the images of the list's
 * words under map: 1 when it is there (built now or before with the same
 * map), 0 without a list or memory, or when built with another map. */
int lexicon_image_filter(lexicon_map_fn map);
/* Can img[0..n) be the image of a word of the list?  0 only when it is
 * certainly not (no false "no"); 1 before lexicon_image_filter. */
int lexicon_image_maybe(const char *img, size_t n);

/* ---- segment.c: lines and layout ---- */

typedef struct line {
	const char *s;   /* not NUL-terminated in general; see line_str */
	size_t len;      /* trimmed, never includes '\n' */
	int no;          /* 1-based line number in the normalised text */
	unsigned char md; /* a Markdown heading's level (its #s, taken off), or 0 */
	/* the line folded once by fold_into (NUL-terminated), so the many
	 * heading tests per line compare bytes instead of folding again;
	 * NULL for a line not made by segment_lines */
	const char *f;
	size_t flen;
} line;

typedef enum layout_kind {
	LAYOUT_GENERIC = 0,
	LAYOUT_FC_PDF,
	LAYOUT_FC_WEB,
	LAYOUT_CNCP,
	LAYOUT_REAC
} layout_kind;

typedef struct doc {
	char *text;          /* normalised text; lines point into it */
	size_t len;
	line *lines;
	size_t nlines;
	layout_kind layout;
	size_t wrap;         /* width the text was hard-wrapped at, or 0 */
	int tabs;            /* the input has tabs: bars may be a table's columns */
	int columns;         /* tables laid out in columns were unfolded (columns.c) */
	rncp_record *rec;
	struct rncp_arena *arena; /* = rec->arena */
} doc;

/* Cut d->text into d->lines.  One allocation holds the lines and their
 * folded copies: free(d->lines) releases both.  Writes d->text: Markdown
 * marks of a line become blanks (segment.c, strip_markdown). */
rncp_status segment_lines(doc *d);
layout_kind detect_layout(const doc *d);
/* Whether s[0..n) is a page's number alone: "Page 3", "3/12", "3 sur 12",
 * "- 3 -" (segment.c drops them, columns.c skips them in a table). */
int page_number(const char *s, size_t n);
/* The length of a browser's date and time opening s[0..n), as it heads
 * each page it prints ("12/6/26, 11:09 PM", "06/12/2026 23:09"), or 0. */
size_t browser_stamp(const char *s, size_t n);
const char *layout_name(layout_kind k);


/* ---- regex.c: compiled-once PCRE2 patterns with match limits ---- */

typedef struct rx {
	const char *pattern;
	unsigned flags;      /* extra PCRE2 compile flags */
	pcre2_code *code;
} rx;

/* Match re against s[0..n) from offset 0. Returns the number of captured
 * groups + 1 (>0) on match, 0 when none. ov receives offsets (2 per group).
 * s must be valid UTF-8, and start a character boundary: PCRE2 does not
 * check them again (the normalised text always is valid). */
int rx_match(rx *re, const char *s, size_t n, size_t *ov, size_t ovn);
/* Same, starting at byte offset start. */
int rx_match_at(rx *re, const char *s, size_t n, size_t start, size_t *ov,
                size_t ovn);

/* ---- extract.c: field extractors shared by the layouts ---- */

/* A line is a heading when it starts with one of the given folded words.
 * Most tests fail on the first byte of the fold segment_lines made: said
 * here, inline, before a call that cost more than the test (600,000 calls
 * for 500 fiches). */
int line_starts_folded_call(const line *l, const char *prefix);
static inline int
line_starts_folded(const line *l, const char *prefix)
{
	/* the fold ends in a NUL: a one-byte fold fails the second test */
	if (l->len == 0 || (l->f != NULL && (l->f[0] != prefix[0] ||
	                                     (prefix[1] != '\0' && l->f[1] != prefix[1]))))
		return 0;
	return line_starts_folded_call(l, prefix);
}
int line_contains_folded(const line *l, const char *needle);
/* The same, for a line test that runs on every line: rare, a byte of
 * needle that French text seldom holds ('y' of "types"), is looked for
 * first with memchr, a quarter of the cost of strstr on a line, and most
 * lines lack it ('\0': no such byte, strstr alone). */
int line_contains_folded_by(const line *l, const char *needle, char rare);
/* Index of the first line in [from, to) whose folded form starts with
 * prefix, or -1. */
long find_line_starting(const doc *d, size_t from, size_t to, const char *prefix);
long find_line_containing(const doc *d, size_t from, size_t to, const char *needle);
/* Whether line i names another fiche: "Certification remplacée par" on it
 * or on one of the two text lines before it. */
int line_cites_other_fiche(const doc *d, size_t i);
/* A code cut after its prefix: "RNCP" alone on line i, "37676 - Title" on
 * the next.  Sets the code, or with title the title; returns whether it
 * did. */
int code_split(doc *d, size_t i, char **title);

/* Whether a line starts with a capital, or a small, Latin letter (French
 * accented ones included: C3 80..9F are capitals, C3 A0..BF small). */
static inline int
upper_start(const char *s, size_t n)
{
	unsigned char c = n ? (unsigned char)s[0] : 0;

	return (c >= 'A' && c <= 'Z') ||
	       (c == 0xC3 && n > 1 && (unsigned char)s[1] >= 0x80 && (unsigned char)s[1] < 0xA0);
}
static inline int
line_starts_upper(const line *l)
{
	return upper_start(l->s, l->len);
}
static inline int
lower_start(const char *s, size_t n)
{
	unsigned char c = n ? (unsigned char)s[0] : 0;

	return (c >= 'a' && c <= 'z') || (c == 0xC3 && n > 1 && (unsigned char)s[1] >= 0xA0) ||
	       (c == 0xC5 && n > 1 && (unsigned char)s[1] == 0x93); /* œ */
}

static inline int
line_starts_lower(const line *l)
{
	return lower_start(l->s, l->len);
}

/* What a scan's OCR reads a table's rules as, about a cell's text: bars,
 * brackets, blanks ("| REPUBLIQUE EN POLYNESIE | |"). */
#define OCR_RULES "|[]() "

/* The column bar " |" in a line (a PDF table's, or a tab between two
 * cells, see normalize.c), or NULL. */
static inline const char *
line_bar(const line *l)
{
	return memmem(l->s, l->len, " |", 2);
}

/* Whether s[0..n) starts a web address ("http...", "www."). */
static inline int
url_start(const char *s, size_t n)
{
	return n >= 4 && (memcmp(s, "http", 4) == 0 || memcmp(s, "www.", 4) == 0);
}

/* Record helpers; all strings are copied into the record's arena. */
int rec_set(doc *d, char **field, const char *s, size_t n);
int rec_add_coded(doc *d, rncp_coded **v, size_t *n, const char *code,
                  const char *label, size_t labellen);
int rec_add_certifier(doc *d, const char *name, size_t n, const char *siret);
rncp_bloc *rec_add_bloc(doc *d, const char *code, const char *title, size_t n);
/* The blocs after the first keep dropped, their skills freed. */
void rec_drop_blocs(doc *d, size_t keep);
int rec_add_skill(doc *d, rncp_bloc *b, const char *s, size_t n);
int rec_add_job(doc *d, const char *s, size_t n);
int rec_warn(doc *d, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Collapse whitespace, drop bullets and trailing separators. Writes into a
 * fresh arena string. */
char *clean_text(doc *d, const char *s, size_t n);

/* The length of the list item's marker s opens with ("- ", "• ", "1. ",
 * "a) "...), 0 when none. */
size_t item_marker(const char *s, size_t n);
/* The length of a list's sign and the blanks after it that open s[0..n)
 * ("- ", "• ", "– "; not a number), or 0. */
size_t list_sign(const char *s, size_t n);
/* A bullet as OCR reads it before a code or an item: signs and blanks
 * ("+ 31811", ". 311u", "*< M1801", "._Installer", "° N1302") before a
 * digit or a capital; their length, or 0. */
size_t ocr_bullet(const char *s, size_t n);
/* Does line l go on with the item or sentence before it, which a wrap
 * cut: in lower case, no list item, not a label ("code(s) rome :")? */
int line_goes_on(const line *l);
/* Whether line j is blank and the next goes on in lower case: a blank line
 * pdftotext -layout or OCR put inside a paragraph or a cell. */
int blank_goes_on(const doc *d, size_t j);
/* Whether line l opens with a capitalised infinitive, as a skill does
 * ("Identifier ...", "Mettre en œuvre ..."). */
int starts_infinitive(const line *l);
/* The same of the text s[0..n). */
int text_starts_infinitive(const char *s, size_t n);
/* Whether s[0..n) opens with an article or a preposition ("la ", "dans
 * ", "en "), as sectors, places and the sentences that lead a list in do,
 * and job titles and skills do not. */
int opens_article(const char *s, size_t n);
int code_like(const char *s, size_t n);
/* The bytes of the dash at s[0..n): a hyphen (1), an en or em dash (3);
 * 0 when none. */
size_t dash_at(const char *s, size_t n);
/* Where s[k..n) goes on past the signs between a number and its text:
 * blanks, ":", ".", a hyphen, an en or em dash. */
size_t past_separators(const char *s, size_t k, size_t n);
void job_titles(doc *d, const char *s, size_t n);
int places_lead_in(const char *s, size_t n);
/* No title stated, in a text of no known layout (a page that tells of a
 * certification in its own words): the line right above the first that
 * names its code ("Accompagnant Éducatif et Social" / "RNCP 36004"), when
 * it reads as a title, with a warning. */
void title_above_code(doc *d);
/* Whether w[0..n) is a word that cannot end a title or an item ("de",
 * "et", "pour"...). */
int weak_word(const char *w, size_t n);
/* Whether the text p[0..n) (a line, or lines) ends with such a word
 * ("Intervenir dans un environnement de" / "Cloud Computing"): a wrap
 * cut it, and the next line goes on with it, even in capitals. */
int ends_weak(const char *p, size_t n);
int table_rule(const line *l);
/* Whether line l may be an item of a list that lost its marks (a browser's
 * copy of the page): a short line, a capital first, no label. */
int bare_item(const line *l);

/* Join lines [from, to) with spaces (undoing end-of-line hyphenation). */
char *join_lines(doc *d, size_t from, size_t to);

/* Read code lists under a heading: lines like "326r : label", "- M1810 -
 * label", "• 31812 : label", "11401 label".  kind: 'n' NSF, 'f' Formacode,
 * 'r' ROME.  Starts at line from, stops at the first line that is not an
 * entry (blank lines skipped while inside the list).  Returns lines used. */
size_t extract_code_list(doc *d, size_t from, int kind);

/* Fields found the same way in every layout. */
void extract_level(doc *d);
void extract_expiry(doc *d);
void extract_lists(doc *d);        /* NSF, Formacode, ROME under headings */
void extract_jobs_after(doc *d, long heading);
int extract_code_stated(doc *d);   /* "Code RNCP : N", "N° de fiche RNCPx" */
int extract_code_from_blocs(doc *d);
int extract_code_mentioned(doc *d); /* the one "RNCPx" a text names */
int page_label(const char *t);       /* "L'essentiel", "Active", ...: no title */
void level_mentioned(doc *d);       /* the one "Niveau N" it says */
/* An arrêté's article that creates a titre professionnel: its title,
 * level and NSF code in its sentences. */
void arrete_article(doc *d);
void certifier_mentioned(doc *d);   /* "Délivré par le Ministère ..." */
int extract_title_guillemets(doc *d);
/* A title's first letter in capitals ("conducteur" -> "Conducteur"). */
void title_capitalize(char *t);
/* A title without what an arrêté's line adds: "Titre professionnel : X
 * (ancien intitulé : Y)." -> "X". */
void title_tidy(char *t);
/* A word of the title t a scan's OCR capitalised, put small when the
 * fiche's text[0..len) writes the title with it small (extract.c). */
void title_case_vote(const char *text, size_t len, char *t);
/* Title, status, certifier and SIRET from "Label : value" lines, for the
 * fields still empty. */
void extract_labelled(doc *d);
void extract_rome_labels_from_ref(doc *d);
int extract_certifiers_table(doc *d);  /* "Nom légal | Siret | ..." */
int extract_certifiers_web(doc *d);    /* "Nom légal SIRET Nom commercial" */
int extract_certifiers_column(doc *d); /* "Nom légal" / "Siret" / ..., a cell a line */
/* A line that opens a section (known heading, or a short line ending ':'). */
int line_is_heading(const line *l);
/* A line that starts a known heading ("Secteurs d'activités", "Code(s)
 * ROME"...); l->f may be NULL. */
int line_starts_heading(const line *l);
int parse_date(const char *s, size_t n, char out[11]);

/* ---- layout_*.c: one file per layout ---- */

/* France Compétences fiche, as PDF text (web = 0) or web page (web = 1);
 * also used for the generic layout, which tries everything. */
void layout_fc(doc *d, int web);
void layout_cncp(doc *d);
/* A fiche of a known code without coded blocs: its blocs numbered "Bloc 2
 * - title", "Bloc de compétences n°2 : title" (each with the skills
 * listed under it), coded from the fiche's (layout_cncp.c). */
void numbered_blocs(doc *d);
/* An arrêté's annex (a titre professionnel's text for the register,
 * 2003-2009): under "Capacités attestées et descriptif des composantes de
 * la certification", its numbered components ("1. Intervenir et assister
 * à distance" / "en centre de services informatiques"), each with its
 * skills a line each, a verb first: blocs without a code, as a REAC's
 * activity types.  Only when no bloc was read. */
/* Whether line l opens with an infinitive in lower case, its capital
 * lost ("intervenir dans un environnement ..."; layout_fc.c). */
int lower_infinitive(const line *l);
void annex_components(doc *d);
void annex_jobs(doc *d);
/* A Markdown copy's headings under "Compétences attestées" or "Activités",
 * the lines under each: blocs without a code. */
void markdown_blocs(doc *d);
void listed_blocs(doc *d);
void article_blocs(doc *d);
void activity_blocs(doc *d);
void bare_code_blocs(doc *d);
void layout_reac(doc *d);

/* ---- refdata.c (generated from the TSV files in data/) ---- */

typedef struct ref_entry {
	const char *code;
	const char *label;
} ref_entry;

extern const ref_entry rome_table[];
extern const size_t rome_table_len;
extern const ref_entry nsf_groups[];
extern const size_t nsf_groups_len;
extern const char nsf_letters[];  /* "abcdefgmnprstuvwz" */
extern const char lexicon_extra[]; /* words the French list lacks, a line each */
extern const size_t lexicon_extra_len;

const ref_entry *rome_lookup(const char *code);
const ref_entry *nsf_group_lookup(const char *code3);

/* ---- codes.c: validation and OCR repair of codes ---- */

/* Repair an OCR-damaged ROME code (I/1/l/| and O/0 confusions) read from
 * s[0..n).  Writes the repaired code (5 chars + NUL) and returns 1 when the
 * result is a valid ROME code, 2 when it is valid after repair, 0 when not
 * a ROME code. */
int rome_code_repair(const char *s, size_t n, char out[6]);
int nsf_code_valid(const char *code);
int siret_valid(const char *digits);

/* ---- record.c ---- */

/* Empty r for the next record, keeping its arena's first chunk: the
 * rows of a query reuse one record. */
void record_clear(rncp_record *r);

/* After extraction: derive level, status and warnings. */
void record_finish(doc *d, const rncp_parse_opts *opts);

#endif /* RNCP_INTERNAL_H */
