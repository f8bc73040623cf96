/*
 * segment.c - third stage: cut normalised text into lines and recognise the
 * layout of the fiche from its content (headings and table shapes), never
 * from the file name.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

static rx rx_page = {"^(?:(?:page\\s*)?\\d{1,4}\\s*(?:/|sur|de|of)\\s*\\d{1,4}|page\\s*\\d{1,4}|-\\s*\\d{1,4}\\s*-)$",
                     PCRE2_CASELESS, NULL};

#define MAX_EDGES 4096

/* Same text but for its digits ("Page 3" = "Page 12"). */
static int
same_but_digits(const line *a, const line *b)
{
	size_t i = 0, j = 0;

	while (i < a->len && j < b->len) {
		int da = a->s[i] >= '0' && a->s[i] <= '9', db = b->s[j] >= '0' && b->s[j] <= '9';
		if (da || db) {
			if (!(da && db))
				return 0;
			while (i < a->len && a->s[i] >= '0' && a->s[i] <= '9')
				i++;
			while (j < b->len && b->s[j] >= '0' && b->s[j] <= '9')
				j++;
			continue;
		}
		if (a->s[i++] != b->s[j++])
			return 0;
	}
	return i == a->len && j == b->len;
}

size_t
browser_stamp(const char *start, size_t n)
{
	const char *s = start, *e = start + n;
	int k;

	for (k = 0; k < 3; k++) { /* d/m/y */
		const char *p = s;
		while (s < e && *s >= '0' && *s <= '9')
			s++;
		if (s == p || s - p > 4 || (k < 2 && (s == e || *s++ != '/')))
			return 0;
	}
	if (s < e && *s == ',')
		s++;
	if (s == e || *s++ != ' ' || s == e || *s < '0' || *s > '9')
		return 0;
	while (s < e && *s >= '0' && *s <= '9')
		s++;
	if (s == e || *s++ != ':' || e - s < 2 || s[0] < '0' || s[0] > '9' || s[1] < '0' || s[1] > '9')
		return 0;
	s += 2;
	if (e - s >= 3 && s[0] == ' ' && (s[1] == 'A' || s[1] == 'P') && s[2] == 'M')
		s += 3;
	return s == e || *s == ' ' ? (size_t)(s - start) : 0;
}

/* Two lines at page edges that are the same furniture: the same but for
 * digits, or both a browser's date and time first (the page's title
 * after it, which OCR reads differently page to page: "rncp37454.txt",
 * "mcp37454.txt"). */
static int
same_edge(const line *a, const line *b)
{
	return same_but_digits(a, b) || (browser_stamp(a->s, a->len) > 0 && browser_stamp(b->s, b->len) > 0);
}

int
page_number(const char *s, size_t n)
{
	/* rx_page starts with a digit, '-' or "page", caseless: the first
	 * byte says no for most lines, before a match call */
	return n > 0 && n < 24 &&
	       ((s[0] >= '0' && s[0] <= '9') || s[0] == '-' || s[0] == 'p' || s[0] == 'P') &&
	       rx_match(&rx_page, s, n, NULL, 0);
}

/*
 * The page number a header or footer line ends with, after its text
 * ("https://www.francecompetences.fr/... 3/12", "Fiche RNCP - page 3 sur
 * 12"), as a browser prints a page to PDF; -1 for none.
 */
static long
counter_tail(const char *s, size_t n)
{
	size_t k = n, d;
	long page = 0;

	for (d = 0; k > 0 && s[k - 1] >= '0' && s[k - 1] <= '9'; k--)
		d++;
	if (d == 0 || d > 4)
		return -1;
	while (k > 0 && s[k - 1] == ' ')
		k--;
	if (k >= 4 && (k == 4 || s[k - 5] == ' ') && ascii_word_eq(s + k - 4, 4, "page")) {
		for (k = n - d; k < n; k++)
			page = page * 10 + (s[k] - '0');
		return page;
	}
	if (k > 0 && s[k - 1] == '/')
		k--;
	else if (k >= 4 && s[k - 4] == ' ' && ascii_word_eq(s + k - 3, 3, "sur"))
		k -= 3;
	else if (k >= 3 && s[k - 3] == ' ' && (ascii_word_eq(s + k - 2, 2, "de") || ascii_word_eq(s + k - 2, 2, "of")))
		k -= 2;
	else
		return -1;
	while (k > 0 && s[k - 1] == ' ')
		k--;
	for (d = 0; k > 0 && s[k - 1] >= '0' && s[k - 1] <= '9'; k--)
		d++;
	if (d == 0 || d > 4 || (k > 0 && s[k - 1] != ' '))
		return -1;
	for (; d > 0; d--, k++)
		page = page * 10 + (s[k] - '0');
	return page;
}

/* What drop_page_furniture knows of a line: kept, dropped (a marker or
 * furniture), an edge being collected, furniture found in this round, a
 * piece of it, the same as furniture a few lines off a page's edge. */
enum { KEPT, DROPPED, EDGE, FRESH, PIECE, NEAR };

typedef struct counter {
	uint64_t h; /* the line's text, digits aside */
	size_t i;   /* its index in d->lines */
	long page;
} counter;

static int
counter_cmp(const void *a, const void *b)
{
	const counter *x = a, *y = b;
	if (x->h != y->h)
		return x->h < y->h ? -1 : 1;
	return x->i < y->i ? -1 : x->i > y->i;
}

/* Adds line i, ending with the counter of page, to c[0..*n); the array,
 * NULL when out of memory. */
static counter *
add_counter(counter *c, size_t *n, size_t *cap, size_t i, long page)
{
	counter *t;

	if (*n == *cap) {
		*cap = *cap ? 2 * *cap : 16;
		if ((t = realloc(c, *cap * sizeof *c)) == NULL) {
			free(c);
			return NULL;
		}
		c = t;
	}
	c[*n].i = i;
	c[(*n)++].page = page;
	return c;
}

/*
 * Of the lines c[0..n) that end with a page counter, those that stand,
 * but for their digits, two times or more with different page numbers:
 * page markers, like a form feed (text copied from a PDF viewer has
 * none).  Marks them in drop and returns how many.
 */
static size_t
mark_counter_lines(const doc *d, unsigned char *drop, counter *c, size_t n)
{
	size_t i, j, k, marked = 0;

	if (n < 2)
		return 0;
	for (i = 0; i < n; i++) {
		const line *l = &d->lines[c[i].i];
		c[i].h = 14695981039346656037u;
		for (j = 0; j < l->len; j++)
			if (l->s[j] < '0' || l->s[j] > '9' || j == 0 || l->s[j - 1] < '0' || l->s[j - 1] > '9')
				c[i].h = (c[i].h ^ (unsigned char)(l->s[j] <= '9' && l->s[j] >= '0' ? '#' : l->s[j])) *
				         1099511628211u;
	}
	qsort(c, n, sizeof *c, counter_cmp);
	/* a run of one hash: the lines the same as its first, digits aside,
	 * with two page numbers at least */
	for (i = 0; i < n; i = j) {
		int pages = 0;
		for (j = i + 1; j < n && c[j].h == c[i].h; j++)
			pages |= c[j].page != c[i].page;
		if (!pages)
			continue;
		for (k = i; k < j; k++)
			if (same_but_digits(&d->lines[c[i].i], &d->lines[c[k].i])) {
				drop[c[k].i] = DROPPED;
				marked++;
			}
	}
	return marked;
}

/* A line of a list ("- Installer ...", "• ..."), which a fiche may
 * repeat (its skills under each bloc and again in a table), never a
 * header or footer. */
static int
list_item(const line *l)
{
	const unsigned char *s = (const unsigned char *)l->s;

	return l->len > 2 && (((s[0] == '-' || s[0] == '*') && s[1] == ' ') ||
	                      (l->len > 4 && s[0] == 0xE2 && s[3] == ' ' &&
	                       ((s[1] == 0x80 && (s[2] == 0xA2 || s[2] == 0x93)) || s[1] == 0x96)));
}

/* A line that names the site or gives an address, as a browser's header
 * or footer does ("Fiche RNCP37454 - France compétences"), even when it
 * reads as a heading. */
static int
site_line(const line *l)
{
	return memmem(l->s, l->len, "http", 4) != NULL ||
	       (l->f != NULL && memmem(l->f, l->flen, "france comp", 11) != NULL);
}

/* A row of a table ("a | b |"), not a page title with a bar in it
 * ("Fiche RNCP37454 | France compétences"). */
static int
table_row(const line *l)
{
	const char *p = memchr(l->s, '|', l->len);

	return p != NULL && (p == l->s || l->s[l->len - 1] == '|' ||
	                     memchr(p + 1, '|', (size_t)(l->s + l->len - p - 1)) != NULL);
}

/* The side of a page break an edge is on: the top of a page (after the
 * break), its bottom (before). */
enum { TOP = 1, BOTTOM = 2 };

/* Adds line j to edges[0..n) unless it is there, on side s; the new
 * count. */
static size_t
add_edge(unsigned char *drop, unsigned char *side, size_t *edges, size_t n, size_t j, int s)
{
	side[j] |= (unsigned char)s;
	if (drop[j] == KEPT && n < MAX_EDGES) {
		edges[n++] = j;
		drop[j] = EDGE;
	}
	return n;
}

/* Adds to edges[0..n) the first and the last text line: the top of the
 * first page and the bottom of the last, which have no marker beside
 * them; the new count. */
static size_t
first_last(const doc *d, unsigned char *drop, unsigned char *side, size_t *edges, size_t n)
{
	size_t i, j;

	for (i = 0; i < d->nlines && (drop[i] & DROPPED || d->lines[i].len == 0); i++)
		;
	for (j = d->nlines; j > i + 1 && (drop[j - 1] & DROPPED || d->lines[j - 1].len == 0); j--)
		;
	if (i < d->nlines)
		n = add_edge(drop, side, edges, n, i, TOP);
	if (j > i + 1)
		n = add_edge(drop, side, edges, n, j - 1, BOTTOM);
	return n;
}

/*
 * The edges beside the lines dropped as what (DROPPED for markers,
 * FRESH for the furniture of the round before): the nearest text line
 * on each side of each, and for furniture the document's first and last
 * lines too (a header on two pages).  The count, the edges back to KEPT.
 */
static size_t
collect_edges(const doc *d, unsigned char *drop, unsigned char *side, size_t *edges, unsigned char what)
{
	size_t i, j, n = 0;

	memset(side, 0, d->nlines);
	for (i = 0; i < d->nlines; i++) {
		if (drop[i] != what)
			continue;
		for (j = i; j-- > 0 && i - j <= 6;)
			if (!(drop[j] & DROPPED) && d->lines[j].len > 0) {
				n = add_edge(drop, side, edges, n, j, BOTTOM);
				break;
			}
		for (j = i + 1; j < d->nlines && j - i <= 6; j++)
			if (!(drop[j] & DROPPED) && d->lines[j].len > 0) {
				n = add_edge(drop, side, edges, n, j, TOP);
				break;
			}
	}
	if (what == FRESH)
		n = first_last(d, drop, side, edges, n);
	for (i = 0; i < d->nlines; i++)
		drop[i] = drop[i] == EDGE ? KEPT : drop[i] == FRESH ? DROPPED : drop[i];
	return n;
}

/*
 * Marks FRESH the edges[0..n) that stand at two edges or more, and at a
 * quarter of the pages at least (a text that repeats a sentence, a
 * REAC's skills, may have it end two of its 60 pages); at half of them
 * beside furniture (strict: the header's other lines are at every
 * page, and on the same side of it).  Keeps the first line of each in
 * furniture; how many.
 */
/* The header of a bloc's table: pages may start with it under blocs that
 * a page break parted from their table, and it is no page header. */
static int
bloc_table_head(const line *a)
{
	return line_starts_folded(a, "liste de competences") || line_starts_folded(a, "modalites d'evaluation");
}

static size_t
mark_furniture(const doc *d, unsigned char *drop, const unsigned char *side, const size_t *edges,
               size_t n, size_t pages, int strict, size_t *furniture, size_t *nfurniture, size_t max)
{
	size_t i, k, found = 0;

	for (i = 0; i < n; i++) {
		const line *a = &d->lines[edges[i]];
		size_t same = 1;
		if (drop[edges[i]] || a->len > 160 || table_row(a) || list_item(a) ||
		    (line_is_heading(a) && !site_line(a)) || bloc_table_head(a))
			continue; /* "FICHE ACTIVITE TYPE N° 2" starts pages, but is text */
		for (k = 0; k < n; k++)
			same += k != i && side[edges[k]] & side[edges[i]] && same_edge(a, &d->lines[edges[k]]);
		if (same < 2 || same * (strict ? 2 : 4) < pages)
			continue;
		for (k = 0; k < n; k++)
			if (k == i || (side[edges[k]] & side[edges[i]] && same_edge(a, &d->lines[edges[k]])))
				drop[edges[k]] = FRESH;
		if (*nfurniture < max)
			furniture[(*nfurniture)++] = edges[i];
		found++;
	}
	return found;
}

/* Whether a is the start or the end of b, at a blank, digits aside
 * ("12/6/26, 9:00 PM" of "12/6/26, 9:00 PM rncp14392.txt") */
static int
piece_of(const line *a, const line *b)
{
	line t = *b;

	if (a->len < 5 || a->len + 2 > b->len)
		return 0;
	t.s = b->s;
	t.len = a->len;
	if (b->s[a->len] == ' ' && same_but_digits(a, &t))
		return 1;
	t.s = b->s + b->len - a->len;
	return b->s[b->len - a->len - 1] == ' ' && same_but_digits(a, &t);
}

/*
 * A header or footer that OCR or extraction split over two lines on some
 * pages ("12/6/26, 9:00 PM" / "rncp14392.txt", "file:///...html" / "6/10"):
 * a line beside the furniture (three lines at most) that is a piece of a
 * line dropped elsewhere goes too.
 */
static void
pieces_of_furniture(const doc *d, unsigned char *drop)
{
	size_t ref[64], nref = 0, i, k, j;

	for (i = 0; i < d->nlines && nref < ARRAY_LEN(ref); i++) {
		if (drop[i] != DROPPED || d->lines[i].len < 8)
			continue;
		for (k = 0; k < nref && !same_but_digits(&d->lines[ref[k]], &d->lines[i]); k++)
			;
		if (k == nref)
			ref[nref++] = i;
	}
	for (i = 0; i < d->nlines; i++) {
		size_t from, to, text;
		if (drop[i] != DROPPED)
			continue;
		/* three lines of text each way, blank ones aside (OCR may
		 * put a line of the page between: "file:///...html" / "" /
		 * "Modalités d'évaluation" / "" / "5/8") */
		for (from = i, text = 0; from > 0 && text < 3; from--)
			text += d->lines[from - 1].len > 0;
		for (to = i, text = 0; to + 1 < d->nlines && text < 3; to++)
			text += d->lines[to + 1].len > 0;
		for (j = from; j <= to; j++) {
			if (drop[j] || d->lines[j].len < 5)
				continue;
			for (k = 0; k < nref; k++)
				if (piece_of(&d->lines[j], &d->lines[ref[k]])) {
					drop[j] = PIECE;
					break;
				}
		}
	}
	for (i = 0; i < d->nlines; i++)
		drop[i] = drop[i] == PIECE ? DROPPED : drop[i];
}

/* Whether line l is the register's page header, "Répertoire national des
 * certifications professionnelles - fiche", after a form feed maybe (its
 * first bytes tested before the fold). */
static int
register_header(const line *l)
{
	const char *p = l->s + (l->s[0] == '\f');

	if (*p != 'R')
		return 0;
	p += (unsigned char)p[1] == 0xC3 ? 3 : 2; /* "Ré", "Re" */
	return memcmp(p, "pertoire nat", 12) == 0 &&
	       line_starts_folded(l, l->s[0] == '\f' ? "\frepertoire national des certifications"
	                                              : "repertoire national des certifications");
}

/*
 * Page furniture of PDF text: form feeds, "Page 3/12" counters, and the
 * header or footer lines that stand at two or more page edges, a quarter
 * of them at least; then the lines beside those at half the page edges
 * (a header of a date and a title).  Dropped,
 * with the blank lines around them when the text runs on across the break
 * (the line before does not end a sentence), so a field cut by a page
 * break reads as one.
 */
static void
drop_page_furniture(doc *d)
{
	unsigned char *drop, *side = NULL;
	size_t i, k, n = 0, nedges, *edges = NULL, feeds = 0, counters = 0, pages, nc = 0, cap = 0;
	size_t furniture[16], nfurniture = 0, found;
	counter *c = NULL; /* the lines that end with a page counter */
	int any = 0, oom = 0, round;

	if (d->nlines == 0 || (drop = calloc(d->nlines, 1)) == NULL)
		return;
	for (i = 0; i < d->nlines; i++) {
		const line *l = &d->lines[i];
		long page;
		if (l->len == 1 && l->s[0] == '\f') {
			drop[i] = any = DROPPED;
			feeds++;
		} else if (l->len >= 38 && l->len < 90 && register_header(l) &&
		           (i == 0 || d->lines[i - 1].len == 0 || (d->lines[i - 1].len == 1 && d->lines[i - 1].s[0] == '\f') ||
		            page_number(d->lines[i - 1].s, d->lines[i - 1].len))) {
			/* the register's page header, even on one page break
			 * ("Répertoire national des certifications
			 * professionnelles - fiche"), not a sentence naming it */
			drop[i] = any = DROPPED;
		} else if (l->len == 0 || ((unsigned char)(l->s[l->len - 1] - '0') > 9 && l->s[l->len - 1] != '-')) {
			continue; /* both kinds of counter end with a digit ("- 3 -": '-') */
		} else if (page_number(l->s, l->len)) {
			drop[i] = any = DROPPED;
			counters++;
		} else if (l->len >= 4 && l->len <= 160 && !oom && (page = counter_tail(l->s, l->len)) >= 0) {
			oom = (c = add_counter(c, &nc, &cap, i, page)) == NULL;
		}
	}
	/* (and beside counters alone: OCR splits a footer from its counter
	 * on some pages only) */
	if (feeds == 0 && !oom) {
		size_t tails = mark_counter_lines(d, drop, c, nc);
		counters += tails;
		any |= tails > 0;
	}
	pages = (feeds > 0 ? feeds : counters) + 1;
	if (!any || (edges = malloc(MAX_EDGES * sizeof(size_t))) == NULL ||
	    (side = malloc(d->nlines)) == NULL)
		goto out;
	/* rounds: beside the markers, then beside the furniture found (the
	 * date under the counter, the title under the date) */
	for (round = 0; round < 3; round++) {
		nedges = collect_edges(d, drop, side, edges, round == 0 ? DROPPED : FRESH);
		if (mark_furniture(d, drop, side, edges, nedges, pages, round > 0, furniture, &nfurniture,
		                   ARRAY_LEN(furniture)) == 0)
			break;
	}
	/* the same header or footer at the top of the first page and the
	 * bottom of the last, each of its lines */
	for (i = 0; i < d->nlines; i++)
		drop[i] = drop[i] == FRESH ? DROPPED : drop[i];
	for (round = 0, found = 1; found && round < 3; round++) {
		nedges = first_last(d, drop, side, edges, 0);
		for (i = 0, found = 0; i < nedges; i++) {
			drop[edges[i]] = KEPT;
			for (k = 0; k < nfurniture; k++)
				if (same_but_digits(&d->lines[edges[i]], &d->lines[furniture[k]]))
					drop[edges[i]] = DROPPED;
			found += drop[edges[i]] == DROPPED;
		}
	}
	/* a footer or header that the reading order moved a few lines off
	 * its page's edge (a table's cell read between it and the page's
	 * counter): the same line as furniture found, near a dropped line */
	for (i = 0; i < d->nlines; i++) {
		size_t j, lo, hi;
		if (drop[i] != DROPPED || nfurniture == 0)
			continue;
		lo = i > 6 ? i - 6 : 0;
		hi = i + 6 < d->nlines ? i + 6 : d->nlines - 1;
		for (j = lo; j <= hi; j++) {
			if (drop[j] || d->lines[j].len < 4 || d->lines[j].len > 160)
				continue;
			for (k = 0; k < nfurniture; k++)
				if (same_but_digits(&d->lines[j], &d->lines[furniture[k]]))
					drop[j] = NEAR; /* (not itself a line to look beside) */
		}
	}
	for (i = 0; i < d->nlines; i++)
		drop[i] = drop[i] == NEAR ? DROPPED : drop[i];
	pieces_of_furniture(d, drop);
	/* blank lines around dropped ones, where a sentence runs on */
	for (i = 0; i < d->nlines; i++) {
		size_t a, b, prev, kept;
		if (!drop[i])
			continue;
		for (a = i; a > 0 && (drop[a - 1] || d->lines[a - 1].len == 0); a--)
			;
		for (b = i; b + 1 < d->nlines && (drop[b + 1] || d->lines[b + 1].len == 0); b++)
			;
		prev = a > 0 ? a - 1 : 0;
		/* none there; after a paragraph's end one, for the page break
		 * and those about its furniture; none after a colon, whose
		 * list goes on after the break (mutool's "Codes des fiches
		 * ROME ... :" / 5 blank lines / the list; a bloc's "Définir
		 * les actions ... :" / the skills it leads in) */
		kept = a > 0 && d->lines[prev].len > 0 &&
		       strchr(".;!?", d->lines[prev].s[d->lines[prev].len - 1]) == NULL;
		for (k = a; k <= b; k++)
			if (!drop[k] && kept++ > 0)
				drop[k] = 1;
		i = b;
	}
	for (i = 0; i < d->nlines; i++)
		if (!drop[i])
			d->lines[n++] = d->lines[i];
	d->nlines = n;
out:
	free(c);
	free(edges);
	free(side);
	free(drop);
}

static size_t utf8_chars(const char *s, size_t n);
static size_t wrap_width(const doc *d);

/*
 * Lines of text that follow a short one (under 60% of the wrap width, in
 * characters): hard wrapping leaves none, the items of a list or the rows
 * of a table do.
 */
static size_t
adjacent_after_short(const doc *d, size_t width)
{
	size_t i, n = 0;

	for (i = 1; i < d->nlines; i++)
		n += d->lines[i].len > 0 && d->lines[i - 1].len > 0 &&
		     utf8_chars(d->lines[i - 1].s, d->lines[i - 1].len) * 10 < width * 6;
	return n;
}

/*
 * Double-spaced text (every line end doubled: "\r\r\n" line ends, some PDF
 * and word-processor exports) cuts every wrapped title and every table
 * from its rows.  When text lines almost never follow one another, each
 * run of blank lines keeps half of them: one blank line was none, three
 * were one.  Hard-wrapped text may be double-spaced too, a blank line after
 * each paragraph or item, its wrapped lines then following one another:
 * when about as many lines are blank as hold text, only the lines that
 * follow a short one count; when far more are blank, none.
 */
static size_t wrap_width_all(const doc *d);

static void
undouble_spacing(doc *d, size_t text, size_t adjacent)
{
	size_t i, j, n = 0;

	if (text < 10)
		return;
	/* a fifth more blank lines than lines of text: only double spacing
	 * makes that (a web page's copy with a blank line after each block
	 * has as many at most: 1.03 times, over 240 real pages) */
	if (adjacent * 20 > text && (d->nlines - text) * 5 < text * 6) {
		/* hard-wrapped, and the lines that follow others nearly all
		 * follow a long one */
		size_t width;
		if ((d->nlines - text) * 2 < text || (width = wrap_width_all(d)) == 0 ||
		    adjacent_after_short(d, width) * 20 > text)
			return;
	}
	for (i = 0; i < d->nlines; i = j) {
		if (d->lines[i].len > 0) {
			d->lines[n++] = d->lines[i];
			j = i + 1;
			continue;
		}
		for (j = i; j < d->nlines && d->lines[j].len == 0; j++)
			;
		memmove(d->lines + n, d->lines + i, (j - i) / 2 * sizeof(line));
		n += (j - i) / 2;
	}
	d->nlines = n;
}

/* Characters of s[0..n), valid UTF-8: the bytes that do not continue one,
 * counted eight at a time. */
static size_t
utf8_chars(const char *s, size_t n)
{
	size_t k = 0, c = n;
	uint64_t w;

	for (; k + 8 <= n; k += 8) {
		memcpy(&w, s + k, 8);
		/* 10xxxxxx (bit 7 set, bit 6 clear) to 1 in its byte, then
		 * the eight bytes summed in the top one */
		w = (w & ~(w << 1) & HIGHS) >> 7;
		c -= (size_t)((w * ONES) >> 56);
	}
	for (; k < n; k++)
		c -= ((unsigned char)s[k] & 0xC0) == 0x80;
	return c;
}

/*
 * Text extracted from a PDF is often hard-wrapped: no line is longer than
 * some width, and many come close to it.  Returns that width, or 0 when
 * the text keeps its paragraphs on long lines.
 */
static size_t
wrap_width_all(const doc *d)
{
	size_t i, max = 0, near = 0, nonblank = 0;

	for (i = 0; i < d->nlines; i++) {
		size_t n = d->lines[i].len;
		if (n == 0)
			continue;
		nonblank++;
		/* count characters, not bytes: a line of no more bytes than
		 * the longest so far has no more characters either */
		if (n > max) {
			size_t c = utf8_chars(d->lines[i].s, n);
			if (c > max)
				max = c;
		}
	}
	if (max == 0 || max > 130)
		return 0;
	for (i = 0; i < d->nlines; i++)
		near += d->lines[i].len + 0 >= max - 15 && d->lines[i].len > 0;
	return near * 10 >= nonblank ? max : 0;
}

/* Whether line l is a table's, not prose: a rule, or cells three blanks
 * apart (pandoc's, html2text's tables). */
static int
table_line(const line *l)
{
	size_t i = 0, run = 0;

	while (i < l->len && memchr("-=+|: ", l->s[i], 6) != NULL)
		i++;
	if (i == l->len)
		return 1;
	/* (a byte loop: memmem's set-up costs more on short lines; a row's
	 * first cells within 160 bytes) */
	for (; i < l->len && i < 160; i++)
		if ((run = l->s[i] == ' ' ? run + 1 : 0) == 3)
			return 1;
	return 0;
}

/*
 * The width a converter wrapped a text's paragraphs at, not its tables'
 * rows, which may run longer (pandoc's): of the lines of prose, all but
 * one in twenty at most (one at least) are no longer than it, and a
 * quarter come close to it.  0 when there is none.  First, without
 * telling prose from tables (most texts without a wrap stop there): a
 * fifth of the lines close to a width of 140 bytes at most that nine in
 * ten of them keep to.
 */
/* The width of 40 to 140 bytes that all lines of the lengths counted in
 * hist[0..255] (n of them) but allow at most keep to, with a part (one
 * in four: 4) of them within 15 bytes of it; 0 when none. */
static size_t
kept_width(const size_t *hist, size_t n, size_t allow, size_t part)
{
	size_t w, over = 0, near = 0, i;

	for (w = 255; w > 0 && over + hist[w] <= allow; w--)
		over += hist[w];
	if (n == 0 || w > 140 || w < 40)
		return 0;
	for (i = w - 15; i <= w; i++)
		near += hist[i];
	return near * part < n ? 0 : w;
}

static size_t
wrap_width_prose(const doc *d)
{
	size_t hist[256] = {0}, i, n = 0, w, max = 0;

	for (i = 0; i < d->nlines; i++) {
		const line *l = &d->lines[i];
		/* (but a grid table's rows and rules, and rules) */
		if (l->len > 1 && l->s[0] != '|' && l->s[0] != '+' && !(l->s[0] == '-' && l->s[1] == '-')) {
			hist[l->len < 255 ? l->len : 255]++;
			n++;
		}
	}
	if (kept_width(hist, n, n / 10, 5) == 0)
		return 0;
	/* then the lines of prose alone (in bytes here: an accent makes a
	 * line a byte longer) */
	memset(hist, 0, sizeof(hist));
	n = 0;
	for (i = 0; i < d->nlines; i++) {
		const line *l = &d->lines[i];
		if (l->len == 0 || table_line(l))
			continue;
		hist[l->len < 255 ? l->len : 255]++;
		n++;
	}
	if ((w = kept_width(hist, n, (n + 19) / 20, 4)) == 0)
		return 0;
	for (i = 0; i < d->nlines; i++) {
		const line *l = &d->lines[i];
		size_t c;
		if (l->len > 0 && l->len <= w && !table_line(l) && (c = utf8_chars(l->s, l->len)) > max)
			max = c;
	}
	return max;
}

static size_t
wrap_width(const doc *d)
{
	size_t w = wrap_width_all(d);

	return w > 0 ? w : wrap_width_prose(d);
}

/* Headings that PDF extraction may split over two lines, folded, with
 * their lengths. */
#define SPLIT(s) {s, sizeof(s) - 1}
static const struct split_heading {
	const char *s;
	size_t n;
} split_headings[] = {
    SPLIT("code(s) nsf"), SPLIT("codes nsf"), SPLIT("code(s) rome"), SPLIT("codes rome"),
    SPLIT("formacode(s)"), SPLIT("codes des fiches rome les plus proches"),
    SPLIT("fiche(s) rome de rattachement"), SPLIT("competences attestees"),
    SPLIT("modalites d'evaluation"), SPLIT("type d'emplois accessibles"),
    SPLIT("secteurs d'activite"), SPLIT("objectifs et contexte de la certification"),
    SPLIT("activites visees"), SPLIT("nom legal"), SPLIT("date d'echeance de l'enregistrement"),
    SPLIT("nomenclature du niveau de qualification"),
    SPLIT("resume descriptif de la certification"), SPLIT("liste de competences"),
    SPLIT("fiche activite type"), SPLIT("fiche emploi type"),
    SPLIT("autorite responsable de la certification"), SPLIT("bloc de competence"),
    SPLIT("liste des competences professionnelles"), SPLIT("niveau et/ou domaine d'activite"),
    SPLIT("intitule de la certification"), SPLIT("n° de fiche"),
};
#undef SPLIT

/*
 * Join a heading split over two lines ("Code(s)" / "ROME :") into one:
 * the first line's fold is the heading up to a space, and the second's
 * starts with the rest.  Tested on the folds segment_lines made (whole:
 * these lines are short), without copying them, and the heading's
 * first byte first: most pairs of short lines are not one.
 */
static void
join_split_headings(doc *d)
{
	size_t i, h, n = 0;
	char abuf[128], mbuf[128];

	if (d->arena == NULL)
		return;
	for (i = 0; i < d->nlines; i++) {
		line *l = &d->lines[i], *m = i + 1 < d->nlines ? &d->lines[i + 1] : NULL;
		const char *a, *mf = NULL;
		size_t al;
		d->lines[n++] = *l;
		if (m == NULL || l->len == 0 || m->len == 0 || l->len > 60 || m->len > 80)
			continue;
		if (l->f != NULL) {
			a = l->f;
			al = l->flen;
		} else {
			a = abuf;
			al = fold_into(l->s, l->len, abuf, sizeof(abuf));
		}
		for (h = 0; h < ARRAY_LEN(split_headings); h++) {
			const struct split_heading *sh = &split_headings[h];
			char *joined;
			if (al >= sh->n || sh->s[al] != ' ' || a[0] != sh->s[0] ||
			    memcmp(a, sh->s, al) != 0)
				continue;
			if (mf == NULL && m->f != NULL) {
				mf = m->f;
			} else if (mf == NULL) {
				fold_into(m->s, m->len, mbuf, sizeof(mbuf));
				mf = mbuf;
			}
			if (strncmp(mf, sh->s + al + 1, sh->n - al - 1) != 0)
				continue;
			joined = arena_printf(d->arena, "%.*s %.*s", (int)l->len, l->s, (int)m->len, m->s);
			if (joined == NULL)
				break;
			d->lines[n - 1].s = joined;
			d->lines[n - 1].len = strlen(joined);
			d->lines[n - 1].f = NULL; /* folded when tested */
			i++;
			break;
		}
	}
	d->nlines = n;
}

/*
 * Markdown marks of text converted to Markdown: a line that starts with
 * "# " (a heading) or with "**" or "__" (bold, most often a label) loses
 * its leading #s and every ** and __ in it, in place: "**Code(s) NSF :**
 * 326t" reads as "Code(s) NSF : 326t".  Other lines cost one byte test.
 * Returns the heading's level (its #s), or 0.
 */
static unsigned char
strip_markdown(char *s, size_t *len)
{
	size_t n = *len, i = 0, o = 0, level = 0;

	if (n < 2 || !((s[0] == '#') || (s[0] == '*' && s[1] == '*') || (s[0] == '_' && s[1] == '_')))
		return 0;
	if (s[0] == '#') {
		while (i < n && s[i] == '#')
			i++;
		if (i > 6 || i >= n || s[i] != ' ')
			return 0; /* "#1", not a heading */
		level = i;
		while (i < n && s[i] == ' ')
			i++;
		/* and a pictograph before its words ("## 📚 Structure", "####
		 * 🔵 Bloc 1 : ..."), its presentation selector after it */
		if (i + 4 < n && (unsigned char)s[i] == 0xF0 && (unsigned char)s[i + 1] == 0x9F) {
			i += 4;
			if (i + 3 <= n && memcmp(s + i, "\xEF\xB8\x8F", 3) == 0)
				i += 3;
			while (i < n && s[i] == ' ')
				i++;
		}
	}
	for (; i < n; i++) {
		if (i + 1 < n && (s[i] == '*' || s[i] == '_') && s[i + 1] == s[i]) {
			i++;
			continue;
		}
		s[o++] = s[i];
	}
	/* the blanks the marks stood beside, at the edges */
	while (o > 0 && s[o - 1] == ' ')
		o--;
	for (i = 0; i < o && s[i] == ' '; i++)
		;
	memmove(s, s + i, o - i);
	/* blanks where the marks were: the whole text, which a few
	 * extractors search, reads as the lines do */
	memset(s + (o - i), ' ', n - (o - i));
	*len = o - i;
	return (unsigned char)level;
}


/* The characters of s[0..n) (UTF-8: the bytes that start one). */
static size_t
chars_in(const char *s, size_t n)
{
	size_t i, c = 0;

	for (i = 0; i < n; i++)
		c += ((unsigned char)s[i] & 0xC0) != 0x80;
	return c;
}

/*
 * A heading's underline, as odt2txt and Markdown's setext headings draw
 * it ("Code(s) NSF :" / "-------------"): a line of dashes or equals signs
 * as long as the line above it (one more or less; a few more under a
 * label, odt2txt counting some characters twice), a blank line or the
 * end after it.  It goes blank, so that the heading's list reads on past
 * it.  (A table's rules have bars or blanks in them, or another length.)
 */
static void
blank_underlines(doc *d)
{
	size_t k, c;

	for (k = 1; k < d->nlines; k++) {
		line *l = &d->lines[k];
		const line *h = &d->lines[k - 1];
		if (l->len < 3 || (l->s[0] != '-' && l->s[0] != '=') || h->len == 0 ||
		    strspn(l->s, l->s[0] == '-' ? "-" : "=") != l->len ||
		    (k + 1 < d->nlines && d->lines[k + 1].len > 0) || h->s[0] == l->s[0])
			continue;
		c = chars_in(h->s, h->len);
		if ((l->len + 1 >= c && l->len <= c + 1) || (h->s[h->len - 1] == ':' && l->len <= c + 8))
			l->len = l->flen = 0;
	}
}

/* A Markdown table's rule: "|---|:--:|" (a bar first, then bars, dashes,
 * colons and blanks, a dash among them). */
static int
markdown_rule(const line *l)
{
	return l->len >= 4 && l->s[0] == '|' && strspn(l->s, "|-: ") == l->len &&
	       memchr(l->s, '-', l->len) != NULL;
}

/* Drop the bar and blanks a line starts with. */
static void
drop_leading_bar(line *l)
{
	size_t k = 1;

	while (k < l->len && l->s[k] == ' ')
		k++;
	l->s += k;
	l->len -= k;
	if (l->f != NULL) {
		l->f += k; /* '|' and ' ' fold to themselves */
		l->flen -= k;
	}
}

/*
 * Markdown tables ("| Nom légal | Siret |", "|---|---|", "| CNAM | 197... |")
 * read as the PDF tables do ("Nom légal | Siret |"): each row of a table
 * whose rule is found loses its leading bar.  Lines that merely start
 * with a bar (a PDF row's empty first cell, OCR's "|l" for Il) keep it,
 * but for the rule of a table a scan's OCR read as a bar before a
 * line's text, the line's only bar ("| d'évaluation", "| Développer les
 * techniques ..."): no table gives such a line.
 */
static void
strip_table_bars(doc *d)
{
	size_t i, j;

	for (i = 0; i < d->nlines; i++) {
		line *l = &d->lines[i];
		if (l->len > 2 && l->s[0] == '|' && l->s[1] == ' ' &&
		    memchr(l->s + 1, '|', l->len - 1) == NULL && strspn(l->s + 1, " ") < l->len - 1)
			drop_leading_bar(l);
	}
	for (i = 1; i < d->nlines; i++) {
		if (d->lines[i].len == 0 || d->lines[i].s[0] != '|' || !markdown_rule(&d->lines[i]))
			continue;
		if (d->lines[i - 1].len > 1 && d->lines[i - 1].s[0] == '|')
			drop_leading_bar(&d->lines[i - 1]);
		for (j = i; j < d->nlines && d->lines[j].len > 0 && d->lines[j].s[0] == '|'; j++)
			drop_leading_bar(&d->lines[j]);
		i = j;
	}
}

/* A Markdown table's rule without outer bars ("---|---", ":--|--:"), as
 * html2text.py draws it; a PDF table's ends in a bar ("---|---|"). */
static int
bare_rule(const line *l)
{
	return l->len >= 5 && l->s[0] != '|' && l->s[l->len - 1] != '|' &&
	       strspn(l->s, "-|: ") == l->len && memchr(l->s, '|', l->len) != NULL &&
	       memmem(l->s, l->len, "--", 2) != NULL;
}

/* Whether line b goes on the text line a's wrapping cut, at width w: its
 * first word would not have fitted on a. */
static int
wrapped_onto(const line *a, const line *b, size_t w)
{
	const char *sp = memchr(b->s, ' ', b->len);
	size_t first = sp != NULL ? (size_t)(sp - b->s) : b->len;

	return w > 0 && utf8_chars(a->s, a->len) + 1 + utf8_chars(b->s, first) > w;
}

/* Whether lines a and b open with the same two words: b starts a row as
 * a did ("Bloc de compétence n°1 ..." / "Bloc de compétence n°2 ..."),
 * not a line of a's row's last cell that the wrapping cut. */
static int
same_opening(const line *a, const line *b)
{
	size_t k, words = 0;

	for (k = 0; k < a->len && k < b->len && a->s[k] == b->s[k]; k++)
		if (a->s[k] == ' ' && ++words == 2)
			return 1;
	return 0;
}

/* Appends s[0..n)'s cells, split at their bars, to t as a PDF table's
 * row writes them ("a | b"), a blank before them when t's text goes on
 * from a line before (a row wrapped). */
static void
put_cells(rncp_buf *t, const char *s, size_t n)
{
	const char *e = s + n;

	while (s < e) {
		const char *bar = memchr(s, '|', (size_t)(e - s)), *c = bar != NULL ? bar : e;
		const char *ce = c;
		while (s < ce && *s == ' ')
			s++;
		while (ce > s && ce[-1] == ' ')
			ce--;
		if (ce > s && t->len > 0 && t->s[t->len - 1] != ' ')
			buf_putc(t, ' ');
		buf_append(t, s, (size_t)(ce - s));
		if (bar == NULL)
			break;
		buf_puts(t, t->len > 0 ? " | " : "| ");
		s = bar + 1;
	}
}

/*
 * Markdown tables without outer bars, as html2text.py draws them
 * ("Nom légal| Siret| Nom commercial| Site internet" / "---|---|---|---" /
 * "ISNM| 43815697600021| ISNM| https://..."), read as the PDF tables
 * ("Nom légal | Siret | ... |" / "---|---|...|"): each row one line, its
 * cells " | " apart, a bar at its end.  html2text.py wraps a row at its
 * width (78 by default): a row's lines run on until they hold the
 * header's bars, then while its last cell was cut by the wrapping (the
 * next line's first word would not have fitted), up to a line that opens
 * as the row did.
 */
static void
bare_tables(doc *d)
{
	size_t i, j, k, n, w = 0, want;
	int wset = 0;

	if (d->arena == NULL)
		return;
	for (i = 1; i < d->nlines; i++) {
		line *h = &d->lines[i - 1];
		char *row;
		if (!bare_rule(&d->lines[i]) || h->len == 0 || h->s[0] == '|' ||
		    (want = count_bars(d->lines[i].s, d->lines[i].len)) != count_bars(h->s, h->len))
			continue;
		if (!wset) {
			w = wrap_width(d);
			wset = 1;
		}
		for (j = i - 1, n = j; j < d->nlines && d->lines[j].len > 0;) {
			rncp_buf t = {0};
			size_t bars = count_bars(d->lines[j].s, d->lines[j].len);
			if (j == i) { /* the rule */
				for (k = 0; k <= want; k++)
					buf_puts(&t, "---|");
				k = j + 1;
			} else {
				put_cells(&t, d->lines[j].s, d->lines[j].len);
				for (k = j + 1; k < d->nlines && d->lines[k].len > 0 && bars < want; k++) {
					bars += count_bars(d->lines[k].s, d->lines[k].len);
					put_cells(&t, d->lines[k].s, d->lines[k].len);
				}
				while (j > i && k < d->nlines && d->lines[k].len > 0 &&
				       memchr(d->lines[k].s, '|', d->lines[k].len) == NULL &&
				       wrapped_onto(&d->lines[k - 1], &d->lines[k], w) &&
				       !same_opening(&d->lines[j], &d->lines[k]))
					put_cells(&t, d->lines[k].s, d->lines[k].len), k++;
				buf_puts(&t, " |");
			}
			row = t.failed || bars > want ? NULL : arena_strndup(d->arena, t.s, t.len);
			rncp_buf_free(&t);
			if (row == NULL)
				break; /* a row of more cells: no such table */
			d->lines[n] = d->lines[j];
			d->lines[n].s = row;
			d->lines[n].len = strlen(row);
			d->lines[n].f = NULL; /* folded when tested */
			n++;
			j = k;
		}
		if (n == j) {
			i = j;
			continue;
		}
		/* the lines of wrapped rows, joined, go */
		memmove(d->lines + n, d->lines + j, (d->nlines - j) * sizeof(line));
		d->nlines -= j - n;
		i = n;
	}
}

rncp_status
segment_lines(doc *d)
{
	size_t i, start = 0, n = 1, k, text, adjacent;
	int bars, rules, bare;
	line *v;
	char *fold;
	const char *p = d->text, *end = d->text + d->len;

	/* count first, so the lines and their folded copies (each no longer
	 * than its line, plus a NUL: d->len + 1 bytes in all) fit in one block;
	 * and the lines quoted as a mail quotes them ("> ") */
	while ((p = memchr(p, '\n', (size_t)(end - p))) != NULL)
		p++, n++;
	if (n > (SIZE_MAX - d->len - 1) / sizeof(line))
		return RNCP_ENOMEM;
	v = malloc(n * sizeof(line) + d->len + 1);
	if (v == NULL)
		return RNCP_ENOMEM;
	fold = (char *)(v + n);
	/* text lines, and those that follow one: for undouble_spacing */
	for (k = 0, text = adjacent = bars = rules = bare = 0; k < n; k++) {
		const char *nl = memchr(d->text + start, '\n', d->len - start);
		i = nl != NULL ? (size_t)(nl - d->text) : d->len;
		v[k].s = d->text + start;
		v[k].len = i - start;
		v[k].md = strip_markdown(d->text + start, &v[k].len);
		if (v[k].len > 0) {
			text++;
			adjacent += k > 0 && v[k - 1].len > 0;
			bars |= v[k].s[0] == '|';
			/* "---" or "===", a heading's underline maybe (not
			 * a bullet's "- ", nor a table's "---|---|") */
			rules |= v[k].len >= 3 && (v[k].s[0] == '-' || v[k].s[0] == '=') &&
			         v[k].s[1] == v[k].s[0] && v[k].s[v[k].len - 1] == v[k].s[0];
			/* "---|---", a table's rule without outer bars */
			bare |= v[k].len >= 5 && (v[k].s[0] == '-' || v[k].s[0] == ':') && v[k].s[1] == '-' &&
			        v[k].s[v[k].len - 1] != '|';
		}
		v[k].no = (int)k + 1;
		v[k].f = fold;
		v[k].flen = fold_into(v[k].s, v[k].len, fold, v[k].len + 3);
		fold += v[k].flen + 1;
		start = i + 1;
	}
	d->lines = v;
	d->nlines = n;
	/* blank lines of double spacing and page furniture first: a
	 * Markdown table's header, rule and rows are then adjacent */
	if (rules)
		blank_underlines(d);
	undouble_spacing(d, text, adjacent);
	drop_page_furniture(d);
	if (bars)
		strip_table_bars(d);
	if (bare)
		bare_tables(d);
	join_split_headings(d);
	d->wrap = wrap_width(d);
	return RNCP_OK;
}

const char *
layout_name(layout_kind k)
{
	switch (k) {
	case LAYOUT_FC_PDF: return "france-competences";
	case LAYOUT_FC_WEB: return "france-competences-web";
	case LAYOUT_CNCP: return "cncp";
	case LAYOUT_REAC: return "reac";
	case LAYOUT_GENERIC: break;
	}
	return "generic";
}

/* Marks of each layout: a folded line prefix and its weight. */
static const struct mark {
	layout_kind kind;
	int weight;
	/* 0: a prefix; else a mark found anywhere in the line, and this
	 * byte of it, rare in French text, is looked for first */
	char contains;
	const char *text;
	/* a row of a PDF table: it ends in a bar too (a table copied from a
	 * web page has a tab between its cells, see normalize.c, and none
	 * at the end) */
	int row;
} marks[] = {
    {LAYOUT_FC_PDF, 3, 0, "l'essentiel", 0},
    {LAYOUT_FC_PDF, 3, 0, "nom legal | siret", 1},
    {LAYOUT_FC_PDF, 2, 0, "liste de competences |", 1},
    {LAYOUT_FC_PDF, 1, 0, "---|", 0},
    {LAYOUT_FC_WEB, 3, 0, "n° de fiche", 0},
    {LAYOUT_FC_WEB, 3, 0, "nom legal siret nom commercial", 0},
    {LAYOUT_FC_WEB, 1, 0, "• ", 0},
    {LAYOUT_FC_WEB, 1, 0, "repertoire specifique", 0},
    {LAYOUT_FC_WEB, 1, 0, "aller a la navigation", 0},
    {LAYOUT_CNCP, 3, 0, "resume descriptif de la certification", 0},
    {LAYOUT_CNCP, 3, 0, "supplement descriptif du certificat", 0},
    {LAYOUT_CNCP, 3, 0, "codes des fiches rome les plus proches", 0},
    {LAYOUT_CNCP, 2, 0, "autorite responsable de la certification", 0},
    {LAYOUT_CNCP, 2, ':', "code rncp :", 0},
    {LAYOUT_CNCP, 1, 0, "bloc de competence n", 0},
    {LAYOUT_REAC, 3, 0, "fiche emploi type", 0},
    {LAYOUT_REAC, 3, 0, "fiche activite type", 0},
    {LAYOUT_REAC, 3, 0, "fiche(s) rome de rattachement", 0},
    {LAYOUT_REAC, 2, 0, "fiche competence professionnelle", 0},
    {LAYOUT_REAC, 2, 0, "vue synoptique de", 0},
    {LAYOUT_REAC, 1, 'y', "activites types", 0},
    /* the covers of a titre professionnel's référentiels */
    {LAYOUT_REAC, 3, 0, "referentiel emploi activites competences", 0},
    {LAYOUT_REAC, 2, 0, "referentiel d'evaluation", 0},
    {LAYOUT_REAC, 2, 0, "referentiel de certification", 0},
    {LAYOUT_REAC, 1, 0, "du titre professionnel", 0},
};

/* The marks each line tests, by the first byte of its fold: those that
 * start with that byte, and those found anywhere.  A line folded by
 * segment_lines (all but joined headings) starts a mark only with its
 * first byte, so it tests two or three marks instead of twenty.  Filled
 * once; [0] (an empty fold) holds only the marks found anywhere. */
_Static_assert(ARRAY_LEN(marks) < 32, "marks are bits of a uint32_t");
static uint32_t marks_by_first[256];
static uint32_t marks_all;

static void
marks_init(void)
{
	size_t m, c;
	uint32_t anywhere = 0;

	if (marks_all != 0)
		return;
	for (m = 0; m < ARRAY_LEN(marks); m++)
		if (marks[m].contains)
			anywhere |= (uint32_t)1 << m;
	for (c = 0; c < 256; c++)
		marks_by_first[c] = anywhere;
	for (m = 0; m < ARRAY_LEN(marks); m++)
		marks_by_first[(unsigned char)marks[m].text[0]] |= (uint32_t)1 << m;
	marks_all = ((uint32_t)1 << ARRAY_LEN(marks)) - 1;
}

layout_kind
detect_layout(const doc *d)
{
	int score[5] = {0};
	unsigned char hits[ARRAY_LEN(marks)] = {0};
	size_t i, m, best = LAYOUT_GENERIC;

	marks_init();
	for (i = 0; i < d->nlines; i++) {
		const line *l = &d->lines[i];
		uint32_t todo;
		if (l->len == 0 || l->len > 400)
			continue;
		todo = l->f != NULL ? marks_by_first[(unsigned char)l->f[0]] : marks_all;
		for (; todo != 0; todo &= todo - 1) {
			int hit;
			m = (size_t)__builtin_ctz(todo);
			hit = marks[m].contains
			          ? line_contains_folded_by(l, marks[m].text, marks[m].contains)
			          : line_starts_folded(l, marks[m].text) &&
			                (!marks[m].row || l->s[l->len - 1] == '|');
			/* one mark counts at most a few times: repeated table
			 * rows or bullets must not outweigh headings */
			if (hit && hits[m] < 3) {
				hits[m]++;
				score[marks[m].kind] += marks[m].weight;
			}
		}
	}
	for (i = 1; i < ARRAY_LEN(score); i++)
		if (score[i] > score[best])
			best = i;
	return score[best] >= 3 ? (layout_kind)best : LAYOUT_GENERIC;
}
