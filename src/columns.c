/*
 * columns.c - before normalisation: the tables of PDF text extracted with
 * its layout (pdftotext -layout), whose cells stand side by side, each
 * wrapped in its own column, put back as the other extractions give them.
 * Only the tables facts are read from: a bloc's skills and the certifiers
 * become "cell | cell |" rows, the boxes of "L'essentiel" (level, NSF,
 * Formacode, expiry) one after the other, and so do the title and the
 * description of each bloc of a CNCP fiche's table.  And grid tables, as
 * pandoc, w3m or a database's shell draw them ("+---+" rules, "| a | b |"
 * lines), and pandoc's simple and multiline tables (columns under a rule
 * of dashes): any of them, as rows.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

#define MAX_COLS 8
#define MAX_SEGS 16
/* a table longer than this is prose the test below did not stop */
#define MAX_TABLE_LINES 2000

/* A piece of a line between runs of two or more blanks. */
typedef struct seg {
	size_t b, e;      /* its bytes */
	size_t col, ecol; /* its first character's column, and past its last */
} seg;

typedef enum table_kind {
	T_NONE,
	T_SKILLS,      /* "Liste de compétences", "Modalités d'évaluation" */
	T_CERTIFIERS,  /* "Nom légal", "Siret", ... */
	T_BOXES,       /* "Nomenclature ...", "Code(s) NSF", ... side by side */
	T_CNCP_BLOCS,  /* "INTITULÉ", "DESCRIPTIF ET MODALITÉS D'ÉVALUATION" */
	T_AUTHORITIES  /* "AUTORITÉ RESPONSABLE ...", "QUALITÉ DU(ES) SIGNATAIRE(S) ..." */
} table_kind;

/* A cell's line: the bytes of one segment, its row and column. */
typedef struct frag {
	size_t b, e;
	size_t row, k;
} frag;

/* The line at *at: its bytes [*b, *e), without its end (\n, \r\n or \r);
 * *at moves past it.  0 at the end of the text. */
static int
next_line(const char *t, size_t len, size_t *at, size_t *b, size_t *e)
{
	size_t i = *at;

	if (i >= len)
		return 0;
	*b = i;
	while (i < len && t[i] != '\n' && t[i] != '\r')
		i++;
	*e = i;
	if (i < len && t[i] == '\r')
		i++;
	if (i < len && t[i] == '\n' && (i == *e || t[i - 1] == '\r'))
		i++;
	*at = i;
	return 1;
}

static int
blank(char c)
{
	return c == ' ' || c == '\t';
}

/* The segments of the line [b, e) into v (at most max); max + 1 when it
 * has more.  A single blank stays inside a segment; columns count
 * characters, a tab moving to the next multiple of 8 (or, with bytes,
 * bytes: html2text's columns, see byte_columns()). */
static size_t
line_segments(const char *t, size_t b, size_t e, seg *v, size_t max, int bytes)
{
	size_t i = b, col = 0, n = 0;

	while (i < e) {
		while (i < e && blank(t[i])) {
			col += t[i] == '\t' ? 8 - col % 8 : 1;
			i++;
		}
		if (i >= e)
			break;
		if (n == max)
			return max + 1;
		v[n].b = i;
		v[n].col = col;
		while (i < e && !(t[i] == '\t' || (t[i] == ' ' && (i + 1 == e || blank(t[i + 1]))))) {
			if (bytes || ((unsigned char)t[i] & 0xC0) != 0x80)
				col++;
			i++;
		}
		v[n].e = i;
		v[n].ecol = col;
		n++;
	}
	return n;
}

/* A segment folded (its first bytes: enough for the titles tested). */
static void
fold_seg(const char *t, const seg *s, char f[32])
{
	fold_into(t + s->b, s->e - s->b, f, 32);
}

static int
starts(const char *f, const char *prefix)
{
	return strncmp(f, prefix, strlen(prefix)) == 0;
}

static int
folded_starts(const char *t, const seg *s, const char *prefix)
{
	char f[32];

	fold_seg(t, s, f);
	return starts(f, prefix);
}

/* Whether a folded cell is the label of a box of "L'essentiel", or of a
 * list a page may print beside another (sectors, jobs, ROME codes). */
static int
box_label(const char *f)
{
	return starts(f, "nomenclature") || starts(f, "code(s) nsf") || starts(f, "codes nsf") ||
	       starts(f, "formacode") || starts(f, "date d") || starts(f, "secteurs d") ||
	       starts(f, "type d") || starts(f, "code(s) rome");
}

/* The table a line of segments v[0..n) heads, by its first two cells
 * (folded once). */
static table_kind
table_header(const char *t, const seg *v, size_t n)
{
	char a[32], b[32];

	if (n < 2 || n > MAX_COLS)
		return T_NONE;
	fold_seg(t, &v[0], a);
	fold_seg(t, &v[1], b);
	/* "Liste de" may wrap in a narrow column, "compétences" under it */
	if (starts(a, "liste de") && starts(b, "modalit"))
		return T_SKILLS;
	if (starts(a, "nom l") && starts(b, "siret"))
		return T_CERTIFIERS;
	if (box_label(a) && box_label(b))
		return T_BOXES;
	if (n == 2 && starts(a, "intitule") && starts(b, "descriptif et modalit"))
		return T_CNCP_BLOCS;
	/* prefixes that stop short of a letter a conversion may have lost
	 * ("AUTORITE? RESPONSABLE", "Date d'e?che?ance") or an apostrophe
	 * not yet made straight ("Date d’échéance") */
	if (n == 2 && starts(a, "autorit") && starts(b, "qualit"))
		return T_AUTHORITIES;
	return T_NONE;
}

/* Whether a line the table's first column holds is text after the table:
 * a heading, a bloc's code ("RNCP37454BC02 - ..."), or for the
 * certifiers a label (a name does not end in ':').  n: the line's
 * segments (the caller passes 2 for a table's first row, which no label
 * ends). */
static int
ends_table(const char *t, const seg *s, size_t n, table_kind kind)
{
	line l = {t + s->b, s->e - s->b, 0, 0, NULL, 0};
	char f[16];
	size_t i;

	/* (a CNCP bloc's heading, "Bloc de compétence n°1 de la", starts
	 * a row there) */
	fold_into(l.s, l.len, f, sizeof(f));
	if (kind == T_CNCP_BLOCS && strncmp(f, "bloc de comp", 12) == 0)
		return 0;
	/* a short line ending in ':' too, when nothing stands beside it
	 * (a cell may hold one: "Administrer les serveurs Linux :") */
	if (n == 1 ? line_is_heading(&l) : line_starts_heading(&l))
		return 1;
	/* html2text's heading ("**** Modalités d'élaboration ... ****"),
	 * or the CNCP's under its authorities' table */
	if (l.len > 5 && memcmp(l.s, "**** ", 5) == 0)
		return 1;
	if (kind == T_AUTHORITIES && n == 1 &&
	    (strncmp(f, "modalites d'e", 13) == 0 || strncmp(f, "niveau et/ou", 12) == 0))
		return 1;
	if (strncmp(f, "rncp", 4) == 0 && f[4] >= '0' && f[4] <= '9') {
		for (i = 5; f[i] >= '0' && f[i] <= '9'; i++)
			;
		if (strncmp(f + i, "bc", 2) == 0)
			return 1;
	}
	return kind == T_CERTIFIERS && n == 1 && t[s[0].e - 1] == ':';
}

/* How many blank lines in a row end a table: boxes hold a few short
 * lines, the authorities' table a few names; the rows of a CNCP blocs'
 * table stand blank lines apart (SIZE_MAX: none do). */
static size_t
blanks_end(table_kind kind)
{
	switch (kind) {
	case T_AUTHORITIES: return 1;
	case T_BOXES: return 2;
	case T_CNCP_BLOCS: return SIZE_MAX;
	default: return 3;
	}
}

/* The column of a segment: the last whose boundary (halfway between the
 * header's cells, which may be centred over their columns) it starts at or
 * after. */
static size_t
column_of(const seg *s, const size_t *bound, size_t ncol)
{
	size_t k = ncol - 1;

	while (k > 0 && s->col < bound[k])
		k--;
	return k;
}

/* Whether a word of segment v starts at column col, a blank before it. */
static int
word_at_column(const char *t, const seg *v, size_t col)
{
	size_t p = v->b, c = v->col;

	for (; p < v->e && c < col; c++) {
		p++;
		while (p < v->e && ((unsigned char)t[p] & 0xC0) == 0x80)
			p++;
	}
	return c == col && p < v->e && p > v->b && t[p - 1] == ' ' && t[p] != ' ';
}

/*
 * Splits segment v[i] of v[0..*n) where column col starts, when a single
 * blank stands just before it there (or near it): a cell that filled its
 * column up to the next one's text ("Gérer les incidents et les problèmes
 * différentes", elinks' and pdftotext -layout's tables).  Returns whether
 * it did.
 */
static int
split_at_column(const char *t, seg *v, size_t *n, size_t i, size_t col)
{
	size_t p = v[i].b, c = v[i].col, best = 0, bestc = 0, dist = SIZE_MAX;

	if (*n >= MAX_SEGS || col <= v[i].col + 5 || col + 1 >= v[i].ecol)
		return 0;
	/* there, or the blank nearest it from four columns before to one
	 * after (pdftotext -layout places proportional text to the nearest
	 * column, and packs a long line's left part) */
	for (; p < v[i].e && c <= col + 1; c++) {
		if (c + 4 >= col && t[p - 1] == ' ' && t[p] != ' ' && (c > col ? c - col : col - c) < dist) {
			dist = c > col ? c - col : col - c;
			best = p;
			bestc = c;
		}
		p++;
		while (p < v[i].e && ((unsigned char)t[p] & 0xC0) == 0x80)
			p++;
	}
	if (best == 0)
		return 0;
	memmove(v + i + 2, v + i + 1, (*n - i - 1) * sizeof(*v));
	v[i + 1].b = best;
	v[i + 1].e = v[i].e;
	v[i + 1].col = bestc;
	v[i + 1].ecol = v[i].ecol;
	v[i].e = best - 1;
	v[i].ecol = bestc - 1;
	(*n)++;
	return 1;
}

/* Whether one of the three lines from at, before a blank one, stands in
 * columns: a piece of it past the first column's boundary, a run of
 * blanks before it (prose after a table runs on across them). */
static int
cells_below(const char *in, size_t len, size_t at, const size_t *bound, size_t ncol, int bytes)
{
	size_t k, n, i, lb, le;
	seg v[MAX_SEGS + 1];

	for (k = 0; k < 3 && next_line(in, len, &at, &lb, &le) && lb < le; k++) {
		n = line_segments(in, lb, le, v, MAX_SEGS, bytes);
		for (i = 1; i < n && n <= MAX_SEGS; i++)
			if (column_of(&v[i], bound, ncol) > column_of(&v[i - 1], bound, ncol))
				return 1;
		if (n == 1 && v[0].col >= bound[1])
			return 1; /* the right column's line alone */
	}
	return 0;
}

/* Whether the line at at is a piece of text alone past the first
 * column's boundary. */
static int
right_alone(const char *in, size_t len, size_t at, const size_t *bound, size_t ncol, int bytes)
{
	size_t lb, le;
	seg v[2];

	return next_line(in, len, &at, &lb, &le) && lb < le && line_segments(in, lb, le, v, 1, bytes) == 1 &&
	       column_of(&v[0], bound, ncol) > 0;
}

/*
 * Whether the table under the header at at (its cells head[0..ncol), in
 * characters) is html2text's: its columns padded to a count of bytes, so
 * that a cell's line after accented letters starts left of its column
 * in characters, but in bytes exactly where the header's title does.
 * Every line of the right columns up to the table's end (or 60 lines)
 * starts there in bytes, and one at least not in characters: 1.  -1 when
 * one does not start there, 0 when none tells (every line glued).
 */
static int
byte_columns(const char *in, size_t len, size_t at, size_t hb, size_t he, const seg *head, size_t ncol,
             table_kind kind)
{
	seg hbytes[MAX_SEGS + 1], vc[MAX_SEGS + 1], vb[MAX_SEGS + 1];
	size_t k, n, i, j, lb, le, bound[MAX_COLS];
	int proof = 0;

	if (line_segments(in, hb, he, hbytes, MAX_SEGS, 1) != ncol)
		return -1;
	bound[0] = 0;
	for (k = 1; k < ncol; k++)
		bound[k] = head[k - 1].ecol + 2;
	for (k = 0; k < 60 && next_line(in, len, &at, &lb, &le); k++) {
		if ((n = line_segments(in, lb, le, vc, MAX_SEGS, 0)) > MAX_SEGS ||
		    line_segments(in, lb, le, vb, MAX_SEGS, 1) != n)
			return -1;
		if (n == 0 || (column_of(&vc[0], bound, ncol) == 0 && ends_table(in, vc, n, kind)) ||
		    table_header(in, vc, n) != T_NONE)
			break;
		for (i = 0; i < n; i++) {
			size_t c = column_of(&vc[i], bound, ncol);
			if (c == 0)
				continue;
			for (j = 1; j < ncol && hbytes[j].col != vb[i].col; j++)
				;
			if (j == ncol)
				return -1;
			proof |= vc[i].col != head[j].col;
		}
	}
	return proof;
}

/*
 * In html2text's table (byte_columns()), splits segment v[i] of v[0..*n)
 * where column start (in bytes from the line's start at lb) falls inside
 * it: a cell's line that filled its column glued to the next cell's
 * ("en ayant repéré lesApplication professionnelle").  Returns whether it
 * did.
 */
static int
split_glued(const char *t, size_t lb, seg *v, size_t *n, size_t i, size_t start)
{
	size_t p = lb + start, e = p;

	/* (p inside the segment: a tab counts more than a byte) */
	if (*n >= MAX_SEGS || start <= v[i].col + 1 || start >= v[i].ecol || p <= v[i].b || p >= v[i].e ||
	    blank(t[p]) || ((unsigned char)t[p] & 0xC0) == 0x80)
		return 0;
	while (e > v[i].b && blank(t[e - 1]))
		e--;
	memmove(v + i + 2, v + i + 1, (*n - i - 1) * sizeof(*v));
	v[i + 1].b = p;
	v[i + 1].e = v[i].e;
	v[i + 1].col = start;
	v[i + 1].ecol = v[i].ecol;
	v[i].e = e;
	v[i].ecol = start - (p - e);
	(*n)++;
	return 1;
}

/*
 * In html2text's table (byte_columns()), whether the line's only segment
 * s, from the line's start lb, in column k, is a line of that cell alone,
 * however far it runs in bytes: html2text wraps a cell's lines to its
 * column's width in characters, and pads and cuts them to the next
 * column's start in bytes only where a line of that column stands beside
 * (where it reads UTF-8 as Latin-1, four bytes for é, a line of the left
 * cell alone runs past the header's next title in bytes).  It does when
 * it ends by the next title in characters (headc[]); a line of two cells
 * glued runs further.
 */
static int
left_fits(const char *t, size_t lb, const seg *s, const seg *headc, size_t k)
{
	size_t i, chars = 0;

	for (i = lb; i < s->e; i++)
		chars += ((unsigned char)t[i] & 0xC0) != 0x80;
	return chars <= headc[k + 1].col + 1;
}

/* The first piece of a browser's page footer, s[0..n): its address
 * ("file:///...", "https://..."); or (header) of its header: the date and
 * time ("12/6/26, 11:09 PM", "06/12/2026 23:09"). */
static int
browser_furniture(const char *s, size_t n, int header)
{
	if (!header) /* (Ghostscript writes the ligature: "\xEF\xAC\x81le://") */
		return (n > 7 && memcmp(s, "file://", 7) == 0) || (n > 8 && memcmp(s, "\xEF\xAC\x81le://", 8) == 0) ||
		       url_start(s, n);
	return browser_stamp(s, n) == n;
}

/* Whether every segment of v[0..n) starts in lower case. */
static int
all_lower(const char *t, const seg *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (!lower_start(t + v[i].b, v[i].e - v[i].b))
			return 0;
	return 1;
}

/* Adds segment s, a line of the cell of row and column k, to f[0..*nf);
 * -1 out of memory. */
static int
add_frag(frag **f, size_t *fcap, size_t *nf, const seg *s, size_t row, size_t k)
{
	if (vec_reserve((void **)f, fcap, *nf, sizeof(**f)) != 0)
		return -1;
	(*f)[*nf].b = s->b;
	(*f)[*nf].e = s->e;
	(*f)[*nf].row = row;
	(*f)[*nf].k = k;
	(*nf)++;
	return 0;
}

/* A cell: its lines among f[0..nf) (one row's, in order), joined by sep;
 * "-" when empty; then " |". */
static void
put_cell(rncp_buf *b, const char *t, const frag *f, size_t nf, size_t k, const char *sep)
{
	size_t i, n = 0;

	for (i = 0; i < nf; i++) {
		if (f[i].k != k)
			continue;
		if (n++ > 0)
			buf_puts(b, sep);
		buf_append(b, t + f[i].b, f[i].e - f[i].b);
	}
	if (n == 0)
		buf_putc(b, '-');
	buf_puts(b, " |");
}

/* A column's lines among f[0..nf), each ended by nl; with join, a line
 * that goes on in lower case joins the one before (a label or value
 * wrapped in its narrow box: "Nomenclature" / "du niveau de" /
 * "qualification"), the first one the text already written. */
static void
put_column(rncp_buf *b, const char *t, const frag *f, size_t nf, size_t k, const char *nl,
           int join)
{
	size_t i;

	for (i = 0; i < nf; i++) {
		if (f[i].k != k)
			continue;
		if (join)
			buf_puts(b, lower_start(t + f[i].b, f[i].e - f[i].b) ? " " : nl);
		buf_append(b, t + f[i].b, f[i].e - f[i].b);
		if (!join)
			buf_puts(b, nl);
	}
}

/* The table as the other extractions give it, each line ended by nl
 * ("\n\n" in a double-spaced text, whose blank lines segment_lines drops
 * only when most lines have one):
 *   - skills: "header | header |", a rule, then each cell's lines, its
 *     last ending in " |" (the layout reader joins a cell's wrapped lines);
 *   - certifiers: a row a line, its cells' lines joined by spaces;
 *   - boxes: each box's label and lines, one box after the other;
 *   - CNCP blocs: the header on one line, then each row's title, a blank
 *     line and its description, as the fiche's page reads;
 *   - authorities: the header on one line, as the CNCP reader knows it,
 *     then "name | role |" rows.
 * The fragments f are in row order: each row is read once. */
static int
put_table(rncp_buf *b, const char *t, const seg *head, size_t ncol, table_kind kind,
          const frag *f, size_t nf, const char *nl)
{
	size_t k, i, j;

	if (kind == T_BOXES && head != NULL) {
		for (k = 0; k < ncol; k++) {
			buf_append(b, t + head[k].b, head[k].e - head[k].b);
			put_column(b, t, f, nf, k, nl, 1);
			buf_puts(b, nl);
		}
		return b->failed ? -1 : 0;
	}
	if (head == NULL) {
		/* a grid table's rows with no header */
	} else if (kind == T_CNCP_BLOCS || kind == T_AUTHORITIES) {
		buf_append(b, t + head[0].b, head[0].e - head[0].b);
		buf_putc(b, ' ');
		buf_append(b, t + head[1].b, head[1].e - head[1].b);
	} else if (kind == T_SKILLS && ncol == 2) {
		/* its titles in full, which may have wrapped in their columns */
		buf_puts(b, "Liste de compétences | Modalités d'évaluation |");
		buf_puts(b, nl);
		buf_puts(b, "---|---|");
	} else {
		for (k = 0; k < ncol; k++) {
			buf_append(b, t + head[k].b, head[k].e - head[k].b);
			buf_puts(b, k + 1 < ncol ? " | " : " |");
		}
		buf_puts(b, nl);
		for (k = 0; k < ncol; k++)
			buf_puts(b, "---|");
	}
	if (head != NULL)
		buf_puts(b, nl);
	for (i = 0; i < nf; i = j) {
		for (j = i; j < nf && f[j].row == f[i].row; j++)
			;
		for (k = 0; k < ncol; k++) {
			if (kind == T_CNCP_BLOCS) {
				put_column(b, t, f + i, j - i, k, nl, 0);
			} else {
				put_cell(b, t, f + i, j - i, k, kind == T_SKILLS ? nl : " ");
				if (kind != T_SKILLS && k + 1 < ncol) {
					buf_putc(b, ' ');
					continue;
				}
			}
			buf_puts(b, nl);
		}
	}
	return b->failed ? -1 : 0;
}

/* The line [b, e) without its blanks at both ends. */
static void
trim(const char *t, size_t *b, size_t *e)
{
	while (*b < *e && blank(t[*b]))
		(*b)++;
	while (*e > *b && blank(t[*e - 1]))
		(*e)--;
}

/* A grid table's rule, as pandoc, w3m or a database's shell draw it:
 * "+------+-----+" ("+======+" under a header); its number of columns,
 * 0 when the line is none (or has over MAX_COLS). */
static size_t
grid_rule(const char *t, size_t b, size_t e)
{
	size_t i, plus = 0, dash = 0;

	trim(t, &b, &e);
	if (e - b < 3 || t[b] != '+' || t[e - 1] != '+')
		return 0;
	for (i = b; i < e; i++) {
		if (t[i] == '+')
			plus++;
		else if (t[i] == '-' || t[i] == '=')
			dash++;
		else if (t[i] != ':')
			return 0;
	}
	return dash > 0 && plus >= 2 && plus - 1 <= MAX_COLS ? plus - 1 : 0;
}

/* The cells of a grid table's line "| a | b |", each trimmed, into
 * v[0..max); how many (0 when the line is no row, max + 1 when it has
 * more). */
static size_t
grid_cells(const char *t, size_t b, size_t e, seg *v, size_t max)
{
	size_t i, c, n = 0;

	trim(t, &b, &e);
	if (e - b < 2 || t[b] != '|' || t[e - 1] != '|')
		return 0;
	for (c = i = b + 1; i < e; i++) {
		if (t[i] != '|')
			continue;
		if (n == max)
			return max + 1;
		v[n].b = c;
		v[n].e = i;
		trim(t, &v[n].b, &v[n].e);
		v[n].col = v[n].ecol = 0;
		n++;
		c = i + 1;
	}
	return n;
}

/*
 * A grid table from its first rule (the line before *at): its rows, a
 * cell's lines each a fragment (blank ones, between a cell's paragraphs,
 * left out), into f; the first row's first line into head, and whether
 * it is a header (a "+===+" rule under it, or known titles) into *kind
 * (T_NONE and *headed 0 when not); whether its lines stand a blank line
 * apart into *spaced.  *at moves past its last rule.  The
 * number of rows, 0 when the lines are no grid table; -1 out of memory.
 */
static long
read_grid(const char *in, size_t len, size_t ncol, size_t *at, seg *head, table_kind *kind,
          int *headed, int *spaced, frag **f, size_t *nf, size_t *fcap)
{
	size_t next = *at, lb, le, end = *at, i, n, rows = 0, lines = 0, blanks = 0;
	int open = 0;
	seg v[MAX_COLS + 1];

	*nf = 0;
	*headed = 0;
	*kind = T_NONE;
	while (next_line(in, len, &next, &lb, &le) && lines++ < MAX_TABLE_LINES) {
		size_t tb = lb, te = le;
		trim(in, &tb, &te);
		if (tb == te) {
			blanks++; /* double-spaced */
			continue;
		}
		if (grid_rule(in, lb, le) == ncol) {
			if (open && rows++ == 0 && memchr(in + lb, '=', le - lb) != NULL)
				*headed = 1;
			open = 0;
			end = next;
			continue;
		}
		if ((n = grid_cells(in, lb, le, v, MAX_COLS)) != ncol)
			break;
		if (rows == 0 && !open)
			memcpy(head, v, ncol * sizeof(*v));
		open = 1;
		for (i = 0; i < n; i++) {
			if (v[i].b == v[i].e)
				continue;
			if (add_frag(f, fcap, nf, &v[i], rows, i) != 0)
				return -1;
		}
	}
	if (rows == 0)
		return 0;
	*at = end;
	*spaced = blanks * 2 >= lines;
	if ((*kind = table_header(in, head, ncol)) != T_NONE)
		*headed = 1;
	if (*headed) { /* the header's fragments are put_table's to write */
		for (i = 0; i < *nf && (*f)[i].row == 0; i++)
			;
		memmove(*f, *f + i, (*nf - i) * sizeof(**f));
		*nf -= i;
		rows--;
	}
	return (long)rows;
}

/* Whether s[0..n) holds only a Markdown table rule's bars, dashes, colons
 * and blanks. */
static int
rule_only(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (s[i] != '|' && s[i] != '-' && s[i] != ':' && s[i] != ' ')
			return 0;
	return 1;
}

/*
 * A table as antiword draws a Word file's: "|cell   |cell   |" lines, no
 * rule above, under or between them, each cell wrapped in its column.
 * From its header (the line before *at, its cells in head), known by its
 * titles: the lines of as many cells, rows into f as read_grid() does.  A
 * row starts at a line of two cells or more after one of a single cell
 * (the longest cell of the row before has run on alone), or for the
 * certifiers at each SIRET.  *at moves past the table; the number of rows.
 */
static long
read_bars(const char *in, size_t len, size_t ncol, table_kind kind, size_t *at, frag **f, size_t *nf,
          size_t *fcap)
{
	size_t next = *at, lb, le, i, n, filled, before = ncol, rows = 0;
	seg v[MAX_COLS + 1];

	*nf = 0;
	while (next_line(in, len, &next, &lb, &le) && rows < MAX_TABLE_LINES) {
		if ((n = grid_cells(in, lb, le, v, MAX_COLS)) != ncol)
			break;
		for (i = filled = 0; i < n; i++)
			filled += v[i].b < v[i].e;
		if (rows == 0 || (kind == T_CERTIFIERS ? v[1].b < v[1].e : filled >= 2 && before == 1))
			rows++;
		before = filled;
		for (i = 0; i < n; i++)
			if (v[i].b < v[i].e && add_frag(f, fcap, nf, &v[i], rows - 1, i) != 0)
				return -1;
		*at = next;
	}
	return (long)rows;
}

/* The runs of dashes of a line of dashes and blanks ("---- ------", the
 * rule under a pandoc table's header, or a whole line of them above and
 * below a multiline table): their first columns into start[0..max); how
 * many (0 when the line is none, max + 1 when it has more). */
static size_t
dash_groups(const char *t, size_t b, size_t e, size_t *start, size_t max)
{
	size_t i, n = 0;

	for (i = b; i < e; i++) {
		if (t[i] == ' ')
			continue;
		if (t[i] != '-' || ((i + 1 >= e || t[i + 1] != '-') && (i == b || t[i - 1] != '-')))
			return 0; /* a run of one dash: "- - -" is no rule */
		if (i == b || t[i - 1] == ' ') {
			if (n == max)
				return max + 1;
			start[n++] = i - b;
		}
	}
	return n;
}

/* The cells of the line [b, e) cut at the character columns bound[0..ncol)
 * (a pandoc table's columns, which a full cell leaves one blank apart),
 * trimmed, the empty ones left out, into v; how many. */
static size_t
fixed_segments(const char *t, size_t b, size_t e, const size_t *bound, size_t ncol, seg *v)
{
	size_t i = b, col = 0, k, n = 0;

	for (k = 0; k < ncol; k++) {
		size_t cb, end_col = k + 1 < ncol ? bound[k + 1] : SIZE_MAX;
		while (i < e && col < bound[k]) /* a cell ends where the next starts */
			col += ((unsigned char)t[i++] & 0xC0) != 0x80;
		while (i < e && ((unsigned char)t[i] & 0xC0) == 0x80)
			i++;
		cb = i;
		while (i < e && (col < end_col || ((unsigned char)t[i] & 0xC0) == 0x80))
			col += ((unsigned char)t[i++] & 0xC0) != 0x80;
		v[n].b = cb;
		v[n].e = i;
		trim(t, &v[n].b, &v[n].e);
		v[n].col = k; /* the column itself */
		v[n].ecol = k;
		n += v[n].b < v[n].e;
	}
	return n;
}

/*
 * A pandoc table (simple or multiline) from its header's line [hb, he),
 * the rule of dashes under it at *at: its columns where the rule's runs
 * start; its rows, each cell's lines a fragment, into f; the header's
 * cells into head.  A multiline table (multi: a line of dashes above the
 * header) has its rows a blank line apart and ends at a line of dashes;
 * a simple one has a row a line and ends at a blank line.  *at moves past
 * it.  The number of columns, 0 when the lines are no such table; -1 out
 * of memory.
 */
static long
read_pandoc(const char *in, size_t len, size_t hb, size_t he, int multi, size_t *at, seg *head,
            frag **f, size_t *nf, size_t *fcap)
{
	size_t next = *at, lb, le, bound[MAX_COLS], ncol, rows = 0, lines = 0, i, n, end;
	int gap = 1, closed = 0;
	seg v[MAX_COLS];

	if (!next_line(in, len, &next, &lb, &le) ||
	    (ncol = dash_groups(in, lb, le, bound, MAX_COLS)) < 2 || ncol > MAX_COLS)
		return 0;
	if (fixed_segments(in, hb, he, bound, ncol, head) != ncol)
		return 0;
	*nf = 0;
	end = next;
	while (next_line(in, len, &next, &lb, &le) && lines++ < MAX_TABLE_LINES) {
		size_t tb = lb, te = le, one[1];
		trim(in, &tb, &te);
		if (tb == te) {
			if (!multi)
				break;
			gap = 1;
			continue;
		}
		if (dash_groups(in, lb, le, one, 1) == 1) { /* the closing line */
			closed = 1;
			end = next;
			break;
		}
		rows += gap;
		gap = !multi;
		n = fixed_segments(in, lb, le, bound, ncol, v);
		for (i = 0; i < n; i++) {
			if (add_frag(f, fcap, nf, &v[i], rows - 1, v[i].col) != 0)
				return -1;
		}
		if (!multi)
			end = next;
	}
	if (rows == 0 || (multi && !closed))
		return 0;
	*at = end;
	return (long)ncol;
}

rncp_status
unfold_columns(const char *in, size_t len, char **out, size_t *outlen, int *bytes_seen)
{
	rncp_buf b = {0};
	frag *f = NULL;
	size_t nf = 0, fcap = 0, at = 0, copied = 0, lb, le, pb = 0, pe = 0, cb = 0, ce = 0;
	rncp_status st = RNCP_ENOMEM;
	int changed = 0;
	/* a table before counted bytes: the others do */
	int html2text = bytes_seen != NULL && *bytes_seen;
	int bytes_read = 0; /* a table shown to count bytes */

	*out = NULL;
	*outlen = 0;
	/* a text quoted by a mail: its tables read without the marks */
	if (quoted_text(in, len)) {
		size_t ulen;
		char *u = unquote(in, len, &ulen);
		if (u == NULL)
			return RNCP_ENOMEM;
		st = unfold_columns(u, ulen, out, outlen, bytes_seen);
		free(u);
		return st;
	}
	/* a table of short cells grows: " | " for blanks, "- |" for an
	 * empty cell, a rule under its header (at most 3x: eight columns
	 * of one letter under one row) */
	b.max = 4 * len + 4096;
	while (next_line(in, len, &at, &lb, &le)) {
		seg head[MAX_SEGS], v[MAX_SEGS], headc[MAX_SEGS];
		size_t ncol, k, bound[MAX_COLS], cstart[MAX_COLS], wrapped, rows = 0, lines = 0, blanks = 0, next, tb,
		    te;
		size_t texts = 0, spaced = 0; /* lines of text, those after a blank */
		size_t pages = 0, done = 0; /* form feeds met, and written */
		int footer = 0; /* the line before was a browser's footer */
		int head_blank = 0;         /* a blank line under the header */
		int alone_before = 0;       /* the line before: the right cell's alone */
		size_t right_col = SIZE_MAX; /* and where its second column's text started */
		int left_done = 0;          /* the row's first column has ended */
		int bytes = 0, bc;          /* its columns count bytes (html2text's) */
		int right_before = 1;       /* the line before: a right cell's text, or the header */
		size_t end = at;
		table_kind kind;

		/* the line before, for a pandoc table's top */
		pb = cb, pe = ce;
		cb = lb, ce = le;
		/* pandoc's table: a rule of dashes under its header (the line
		 * after this one) tells its columns, which a full cell leaves
		 * one blank apart */
		if (lb < le) {
			size_t one[1], pend = at;
			int multi = pb < pe && pb >= copied && dash_groups(in, pb, pe, one, 1) == 1;
			long pc = read_pandoc(in, len, lb, le, multi, &pend, head, &f, &nf, &fcap);
			if (pc < 0)
				goto out;
			if (pc > 0) {
				ncol = (size_t)pc;
				if (buf_append(&b, in + copied, (multi ? pb : lb) - copied) != 0 ||
				    put_table(&b, in, head, ncol, table_header(in, head, ncol), f, nf, "\n") != 0)
					goto out;
				copied = at = pend;
				cb = ce = 0;
				changed = 1;
				continue;
			}
		}
		/* a page's form feed before the header stays before the table */
		if (lb < le && in[lb] == '\f')
			lb++;
		/* a grid table: "| cell | cell |" lines between "+---+" rules */
		if ((ncol = grid_rule(in, lb, le)) > 0) {
			int headed, grid_spaced;
			long grid = read_grid(in, len, ncol, &end, head, &kind, &headed, &grid_spaced, &f, &nf,
			                      &fcap);
			if (grid < 0)
				goto out;
			if (grid == 0 || nf == 0)
				continue;
			if (buf_append(&b, in + copied, lb - copied) != 0 ||
			    put_table(&b, in, headed ? head : NULL, ncol, kind, f, nf,
			              grid_spaced ? "\n\n" : "\n") != 0)
				goto out;
			if (grid_spaced) /* the blank line after the table is the text's own */
				b.s[--b.len] = '\0';
			copied = at = end;
			changed = 1;
			continue;
		}
		/* antiword's table: "|cell |cell |" lines, its header's
		 * titles known, no rule under it (Markdown's has one) */
		if (lb < le && in[lb] == '|' && (ncol = grid_cells(in, lb, le, head, MAX_COLS)) >= 2 &&
		    ncol <= MAX_COLS && (kind = table_header(in, head, ncol)) != T_NONE) {
			size_t nb, ne, rb = at;
			long got;
			if (next_line(in, len, &rb, &nb, &ne) && ne > nb && rule_only(in + nb, ne - nb))
				continue;
			end = at;
			if ((got = read_bars(in, len, ncol, kind, &end, &f, &nf, &fcap)) < 0)
				goto out;
			if (got == 0)
				continue;
			if (buf_append(&b, in + copied, lb - copied) != 0 ||
			    put_table(&b, in, head, ncol, kind, f, nf, "\n") != 0)
				goto out;
			copied = at = end;
			changed = 1;
			continue;
		}
		/* a table copied with tabs between its cells is normalize's
		 * (a tab becomes a column bar), not laid out with spaces */
		if (memchr(in + lb, '\t', le - lb) != NULL)
			continue;
		ncol = line_segments(in, lb, le, head, MAX_SEGS, 0);
		if ((kind = table_header(in, head, ncol)) == T_NONE)
			continue;
		bc = byte_columns(in, len, at, lb, le, head, ncol, kind);
		memcpy(headc, head, sizeof(head));
		if ((bytes = bc > 0 || (bc == 0 && html2text)) != 0)
			html2text = line_segments(in, lb, le, head, MAX_SEGS, 1) == ncol;
		/* halfway between the header's cells; or, a cell's text
		 * aligned left under its centred title (elinks' tables), just
		 * past the title before it */
		bound[0] = 0;
		for (k = 1; k < ncol; k++) {
			bound[k] = (head[k - 1].ecol + head[k].col + 1) / 2;
			if (bound[k] > head[k - 1].ecol + 2)
				bound[k] = head[k - 1].ecol + 2;
		}
		/* where each column's lines start, from the lines up to the
		 * first blank one (a first row whose left cell filled its
		 * column needs it; the next table's may differ) */
		for (k = 0; k < MAX_COLS; k++)
			cstart[k] = SIZE_MAX;
		for (next = at, k = 0, wrapped = 0;
		     k < (cstart[1] != SIZE_MAX ? 12 : 40) && next_line(in, len, &next, &tb, &te); k++) {
			size_t n = line_segments(in, tb, te, v, MAX_SEGS, bytes), i, c;
			/* the header's titles wrapped, as below, and the blank
			 * lines under them (-layout's) */
			if (k == wrapped && n <= MAX_SEGS && (n == 0 || all_lower(in, v, n))) {
				wrapped++;
				continue;
			}
			/* (past the blank lines of a tall row whose right
			 * cell is set lower down, w3m's, when the first lines
			 * showed none of it) */
			if (n == 0 && cstart[1] != SIZE_MAX)
				break;
			if (n == 0)
				continue;
			if (n <= MAX_SEGS && column_of(&v[0], bound, ncol) == 0 && ends_table(in, v, n, kind))
				break;
			for (i = 0; i < n && n <= MAX_SEGS; i++) {
				c = column_of(&v[i], bound, ncol);
				if (c > 0 && v[i].col < cstart[c] && (c + 1 == ncol || v[i].ecol <= head[c + 1].col + 1))
					cstart[c] = v[i].col;
			}
		}
		nf = 0;
		for (next = at; lines < MAX_TABLE_LINES && next_line(in, len, &next, &tb, &te); lines++) {
			size_t n, i, first;
			int cross = 0, bloc, alone;
			/* a table goes on over a page break (pdftotext starts
			 * a page with a form feed), its footer left out */
			int at_feed = tb < te && in[tb] == '\f';
			if (at_feed) {
				pages++;
				tb++;
			}
			n = line_segments(in, tb, te, v, MAX_SEGS, bytes);
			if (n == 1 && page_number(in + v[0].b, v[0].e - v[0].b))
				continue;
			/* a browser's footer before the page's form feed (its
			 * address, "5/8") and header after it (the date and
			 * time, "12/6/26, 11:09 PM"); without the form feed
			 * (Ghostscript's text), the footer ends in its page
			 * counter and the header follows it */
			if (n > 0 && n <= MAX_SEGS &&
			    (((next < len && in[next] == '\f') ||
			      (n > 1 && page_number(in + v[n - 1].b, v[n - 1].e - v[n - 1].b))) &&
			     browser_furniture(in + v[0].b, v[0].e - v[0].b, 0))) {
				footer = 1;
				continue;
			}
			if (n > 0 && n <= MAX_SEGS && (at_feed || footer) &&
			    browser_furniture(in + v[0].b, v[0].e - v[0].b, 1)) {
				footer = 0;
				continue;
			}
			footer = 0;
			if (n == 0) {
				right_col = SIZE_MAX;
				if (++blanks >= blanks_end(kind) && rows > 0)
					break;
				head_blank |= lines == 0;
				continue;
			}
			if (n > MAX_SEGS)
				break;
			/* the header's titles wrapped ("compétences", "d'évaluation"):
			 * no cell of a row starts in lower case */
			if (rows == 0 && kind != T_BOXES && all_lower(in, v, n))
				continue;
			/* a segment running over the next column's start is a
			 * line of prose: the table has ended (unless one blank
			 * parts it where the next column's lines start, on a
			 * line right under the table's last) */
			for (i = 0; i < n && !cross; i++) {
				k = column_of(&v[i], bound, ncol);
				/* (w3m's tall row: the right column starts left of
				 * its title, and a left cell's line that fills its
				 * column stands one blank before the right cell's
				 * last line, under a line of that cell alone) */
				if (!bytes && n == 1 && alone_before && k + 2 == ncol && cstart[k + 1] != SIZE_MAX &&
				    cstart[k + 1] + 2 < head[k + 1].col && right_col == cstart[k + 1] &&
				    v[i].ecol > cstart[k + 1] + 1)
					split_at_column(in, v, &n, i, cstart[k + 1]);
				/* (in html2text's table, a line of the left cell
				 * alone, however far it runs in bytes) */
				alone = bytes && n == 1 && k + 1 < ncol && left_fits(in, tb, &v[0], headc, k);
				/* (html2text's cell glued to the next one's, under
				 * the header or a line of cells, or over one) */
				if (bytes && k + 1 < ncol && v[i].ecol > head[k + 1].col && !alone &&
				    !(i == 0 && ends_table(in, v, n, kind)) &&
				    (right_before || n == 1 || cells_below(in, len, next, bound, ncol, bytes)))
					split_glued(in, tb, v, &n, i, head[k + 1].col);
				/* (a left cell's line alone may run a few columns
				 * into the next one's, as Ghostscript places it;
				 * any way between two lines of the right cell's
				 * alone, or under the header before one,
				 * Ghostscript's rows a line each) */
				cross = k + 1 < ncol &&
				        v[i].ecol > (n == 1 ? head[k + 1].col + 4 : head[k + 1].col + 1) &&
				        !alone &&
				        !(n == 1 && (alone_before || rows == 0) && right_alone(in, len, next, bound, ncol, bytes)) &&
				        !((cstart[k + 1] != SIZE_MAX || !bytes) && (blanks <= 1 || rows == 0) &&
				          !ends_table(in, v, n, kind) &&
				          /* cells after it on the line, on the line
				           * right above or on the lines below: split
				           * where the next column's lines start, or its
				           * title when none showed it */
				          ((((i + 1 < n && column_of(&v[i + 1], bound, ncol) > k + 1) ||
				             cells_below(in, len, next, bound, ncol, bytes)) &&
				            split_at_column(in, v, &n, i,
				                            cstart[k + 1] != SIZE_MAX ? cstart[k + 1] : head[k + 1].col)) ||
				           /* or where the line above's right cell
				            * started, left of the column's first
				            * (-layout moves a column at a page's
				            * top as its lines pack) */
				           (k + 2 == ncol && right_col < cstart[k + 1] && right_col >= bound[k + 1] &&
				            split_at_column(in, v, &n, i, right_col)) ||
				           /* or, the row's last line with the right
				            * cell's, where the right cell's line right
				            * above started, a word starting there (w3m's
				            * left cell that fills its column) */
				           (k + 2 == ncol && blanks == 0 && rows > 0 && right_col != SIZE_MAX &&
				            word_at_column(in, &v[i], right_col) && split_at_column(in, v, &n, i, right_col))));
			}
			first = column_of(&v[0], bound, ncol);
			/* a CNCP bloc's row starts with its heading */
			bloc = kind == T_CNCP_BLOCS && first == 0 &&
			       folded_starts(in, &v[0], "bloc de comp");
			/* under a CNCP bloc's heading, the title column holds
			 * nothing more once it has been empty: text there is
			 * the next section's ("Validité des composantes
			 * acquises :  illimitée", which lost letters may hide
			 * from the headings) */
			if (cross || (first == 0 && !bloc && ends_table(in, v, rows > 0 ? n : 2, kind)) ||
			    (first == 0 && !bloc && left_done) || table_header(in, v, n) != T_NONE)
				break;
			/* a certifiers' table whose first row opens with its name
			 * alone, its other cells set lower (html2text's, which
			 * sets them in the middle of the row): left as it is,
			 * for extract.c's reading of its rows */
			if (kind == T_CERTIFIERS && rows == 0 && n == 1 && first == 0)
				break;
			left_done = kind == T_CNCP_BLOCS && !bloc && (left_done || first > 0);
			/* a certifier's row starts with its name and SIRET; an
			 * authority's with its name and its signatory's role,
			 * neither going on in lower case */
			if (rows == 0 || bloc ||
			    (kind == T_CERTIFIERS && n >= 2 && first == 0 && column_of(&v[1], bound, ncol) == 1) ||
			    (kind == T_AUTHORITIES && n == 2 && first == 0 &&
			     !lower_start(in + v[0].b, v[0].e - v[0].b) &&
			     !lower_start(in + v[1].b, v[1].e - v[1].b)))
				rows++;
			for (i = 0; i < n; i++) {
				if (add_frag(&f, &fcap, &nf, &v[i], rows - 1, column_of(&v[i], bound, ncol)) != 0)
					goto out;
			}
			spaced += blanks > 0;
			texts++;
			blanks = 0;
			alone_before = n == 1 && column_of(&v[0], bound, ncol) > 0;
			k = column_of(&v[n - 1], bound, ncol);
			right_col = ncol == 2 && k == 1 ? v[n - 1].col : SIZE_MAX;
			right_before = k > 0;
			end = next;
			done = pages;
		}
		if (rows == 0)
			continue;
		/* double-spaced: a blank line under the header and most rows
		 * (a description's paragraphs alone may be apart) */
		spaced = head_blank && spaced * 2 >= texts;
		if (buf_append(&b, in + copied, lb - copied) != 0 ||
		    put_table(&b, in, head, ncol, kind, f, nf, spaced ? "\n\n" : "\n") != 0)
			goto out;
		/* the blank line after the table is the text's own */
		if (spaced)
			b.s[--b.len] = '\0';
		/* its page breaks, for the page furniture around them */
		while (done-- > 0)
			if (buf_puts(&b, "\f\n") != 0)
				goto out;
		copied = at = end;
		changed = 1;
		bytes_read |= bc > 0;
	}
	if (changed) {
		if (buf_append(&b, in + copied, len - copied) != 0)
			goto out;
		if (bytes_seen != NULL)
			*bytes_seen = bytes_read;
		*out = b.s;
		*outlen = b.len;
		b.s = NULL;
	}
	st = RNCP_OK;
out:
	free(f);
	rncp_buf_free(&b);
	return st;
}
