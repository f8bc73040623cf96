/*
 * layout_fc.c - fiches of France Compétences (since 2019), as PDF text
 * ("L'essentiel", | tables) or as a web page copied from a browser
 * ("N° de fiche", • bullets, space-joined certifier rows).  Blocs are
 * "RNCPxxxxxBCnn - title" headings followed by a skills table or list.
 */
#include <stdint.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include "internal.h"

#define OV 20
#define MAX_GLOBAL_SKILLS 512

/* the bloc's number as OCR may read it too: "BCO2", "BCO02", "BC0l"; its
 * title after a dash or a colon, or, as the sites that republish the
 * register list them, in a table's next cell ("RNCP40879BC01 | Préparer
 * ...", a spreadsheet's tab) or after a blank, a capital first (not a
 * correspondence table's other code) */
static rx rx_bloc = {
    "^((?:RNCP|RS)\\d{2,6}BC(?=[OoIl|]?\\d)[\\dOoIl|]{1,3})"
    "(?:\\s*[-:\\x{2013}\\x{2014}]\\s*|\\s*\\|\\s*(?!(?:RNCP|RS)\\d)(?=\\S)|\\s+(?=[A-ZÀ-Þ])(?!(?:RNCP|RS)\\d))(.+?)\\s*\\|?$",
    0, NULL};

/* Does s[0..n) start with a bloc code and its title?  rx_bloc starts with
 * R: the first byte says no for most lines, before a match call. */
static int
bloc_heading(const char *s, size_t n, size_t *ov, size_t ovn)
{
	return n > 0 && s[0] == 'R' && rx_match(&rx_bloc, s, n, ov, ovn);
}

/* A bloc code's number as OCR read it ("RNCP99001BCO02"): O for 0, l, I
 * or | for 1, a zero too many; repaired in place, with a warning. */
static void
bloc_number_repair(doc *d, char *code)
{
	char *num = strstr(code, "BC"), was[24];
	size_t i;

	if (num == NULL || strlen(code) >= sizeof(was))
		return;
	num += 2;
	if (strspn(num, "0123456789") == strlen(num))
		return;
	memcpy(was, code, strlen(code) + 1);
	for (i = 0; num[i] != '\0'; i++)
		if (num[i] == 'O' || num[i] == 'o')
			num[i] = '0';
		else if (num[i] == 'I' || num[i] == 'l' || num[i] == '|')
			num[i] = '1';
	if (i == 3 && num[0] == '0')
		memmove(num, num + 1, 3); /* "O02": 02 */
	rec_warn(d, "bloc code %s read as %s (OCR repair)", was, code);
}

/* The fiche-wide "Compétences attestées" list, used to split bloc table
 * cells where PDF extraction joined several skills into one line. */
typedef struct skill_list {
	line v[MAX_GLOBAL_SKILLS];  /* joined text, in the record's arena */
	const char *fold[MAX_GLOBAL_SKILLS]; /* folded (fold_into), or NULL */
	size_t flen[MAX_GLOBAL_SKILLS];
	size_t n;
} skill_list;

static int numbered(const line *l);

/* Brackets opened and not closed in s[0..n). */
static int
paren_depth(const char *s, size_t n)
{
	const char *p = s, *end = s + n;
	int depth = 0;

	while ((p = memchr(p, '(', (size_t)(end - p))) != NULL) {
		depth++;
		p++;
	}
	for (p = s; (p = memchr(p, ')', (size_t)(end - p))) != NULL; p++)
		depth--;
	return depth;
}

/* Whether line l, in a list of skills, goes on with the line before it
 * though it opens with a number: a wrap before a standard's or a
 * quantity's figures ("... selon la norme NF EN" / "16247", "... en" /
 * "35 heures", "1re catégorie"): figures (an ordinal's too) then a word
 * in lower case, or three figures or more alone (a page's number has
 * fewer), a comma, a full stop or a bracket after them.  Not a code and its label ("31812 : Logistique",
 * "326t"), a date, a numbered item or a row of figures. */
static int
digits_go_on(const line *l)
{
	static const char *const ordinals[] = {"er", "re", "e", "\xC3\xA8re", "\xC3\xA8me", "eme", "nd", "nde"};
	size_t k = 0, o;

	while (k < l->len && l->s[k] >= '0' && l->s[k] <= '9')
		k++;
	if (k == 0 || item_marker(l->s, l->len) != 0)
		return 0;
	/* an ordinal ("... recevant du public de" / "1re catégorie") */
	for (o = 0; k <= 2 && o < ARRAY_LEN(ordinals); o++) {
		size_t m = strlen(ordinals[o]);
		if (k + m < l->len && memcmp(l->s + k, ordinals[o], m) == 0 && l->s[k + m] == ' ') {
			k += m;
			break;
		}
	}
	if (k + 1 < l->len && l->s[k] == ' ')
		return line_starts_lower(&(line){.s = l->s + k + 1, .len = l->len - k - 1});
	return k >= 3 && (k == l->len || (k + 1 == l->len && strchr(",.)", l->s[k]) != NULL));
}

/* The length of the number that opens a skill s[0..n), and the blanks
 * after it: "1.1.1 ", "C.5. ", "2) ", or 0. */
static size_t
skill_number(const char *s, size_t n)
{
	size_t k = 0, groups = 0;

	if (n > 2 && s[0] >= 'A' && s[0] <= 'Z' && s[1] == '.')
		k = 2;
	while (k < n && s[k] >= '0' && s[k] <= '9') {
		while (k < n && s[k] >= '0' && s[k] <= '9')
			k++;
		groups++;
		if (k >= n || (s[k] != '.' && s[k] != ')'))
			break;
		k++;
	}
	if (groups == 0 || k >= n || s[k] != ' ')
		return 0;
	while (k < n && s[k] == ' ')
		k++;
	return k;
}

/* The line after line i and the lines that a wrap made of it: in lower
 * case (even "fiche incident", not the heading "Fiche ..."), at a
 * bracket or inside one; in prose (the fiche-wide list), any line of
 * wrapped text but one that starts a skill. */
static size_t
wrapped_end(const doc *d, size_t i, int prose)
{
	size_t j = i + 1;
	int depth = paren_depth(d->lines[i].s, d->lines[i].len);

	while (j < d->nlines && d->lines[j].len > 0) {
		const line *l = &d->lines[j];
		int on = line_goes_on(l) || digits_go_on(l);
		size_t sign = list_sign(l->s, l->len);
		if (!(on || !line_is_heading(l)) || (!prose && item_marker(l->s, l->len) != 0) ||
		    /* (a list's next item, its sign before a capital) */
		    (sign > 0 && upper_start(l->s + sign, l->len - sign)) ||
		    !(on || l->s[0] == '(' || depth > 0 ||
		      (prose && d->wrap && !starts_infinitive(l) && !numbered(l) &&
		       skill_number(l->s, l->len) == 0)))
			break;
		depth += paren_depth(l->s, l->len);
		j++;
	}
	return j;
}

int
lower_infinitive(const line *l)
{
	char buf[48];
	size_t n = l->len < sizeof(buf) ? l->len : sizeof(buf);

	if (n == 0 || l->s[0] < 'a' || l->s[0] > 'z')
		return 0;
	memcpy(buf, l->s, n);
	buf[0] = (char)(buf[0] - 32);
	return text_starts_infinitive(buf, n);
}

static void
global_skills(doc *d, skill_list *g)
{
	long h = find_line_starting(d, 0, d->nlines, "competences attestees");
	size_t i, j;

	g->n = 0;
	if (h < 0)
		return;
	for (i = (size_t)h + 1; i < d->nlines && g->n < MAX_GLOBAL_SKILLS; i = j) {
		const line *l = &d->lines[i];
		char *s;
		j = i + 1;
		if (l->len == 0)
			continue;
		/* (not a sub-heading of the list a wrap ended at its colon:
		 * "4. Certificats complémentaires (CCS) :" / "Administrer
		 * ...") */
		if ((line_is_heading(l) && !(numbered(l) && !line_starts_heading(l))) ||
		    bloc_heading(l->s, l->len, NULL, 0))
			break;
		/* a skill wrapped by PDF extraction goes on on the next line,
		 * or after a blank line OCR put there, in lower case (but
		 * the next skill whose capital OCR lost, "intervenir dans
		 * ...", after a line that can end) */
		j = wrapped_end(d, i, 1);
		while (blank_goes_on(d, j) &&
		       !(lower_infinitive(&d->lines[j + 1]) && !ends_weak(d->lines[j - 1].s, d->lines[j - 1].len)))
			j = wrapped_end(d, j + 1, 1);
		s = j > i + 1 ? join_lines(d, i, j) : NULL;
		g->v[g->n] = *l;
		if (s != NULL) {
			g->v[g->n].s = s;
			g->v[g->n].len = strlen(s);
			g->v[g->n].f = NULL; /* folded when tested */
		}
		/* without its full stop and its list's sign, as a bloc's
		 * skill is kept (rec_add_skill()), so that the two compare
		 * (a bloc's list may mark its items otherwise) */
		while (g->v[g->n].len > 0 && strchr(".;, ", g->v[g->n].s[g->v[g->n].len - 1]) != NULL) {
			g->v[g->n].len--;
			g->v[g->n].f = NULL;
		}
		/* (and its letter or mark: "a. ", "iv. ", "1) ", "— "; not a
		 * sub-heading's number, "2. Maintenir ...", numbered()) */
		if (!numbered(&g->v[g->n])) {
			size_t k = item_marker(g->v[g->n].s, g->v[g->n].len);
			if (k > 0) {
				g->v[g->n].s += k;
				g->v[g->n].len -= k;
				g->v[g->n].f = NULL;
			}
		}
		{
			/* folded, so that a cell matches it whatever its case
			 * and accents (OCR, a converter to ASCII) */
			char tmp[2048];
			const line *v = &g->v[g->n];
			g->fold[g->n] = NULL;
			g->flen[g->n] = 0;
			if (numbered(v)) {
				/* a sub-heading, never matched */
			} else if (v->f != NULL) {
				g->fold[g->n] = v->f; /* a line as segment_lines folded it */
				g->flen[g->n] = v->flen;
			} else if (v->len + 3 <= sizeof(tmp)) {
				g->flen[g->n] = fold_into(v->s, v->len, tmp, sizeof(tmp));
				g->fold[g->n] = arena_strndup(d->arena, tmp, g->flen[g->n]);
			}
		}
		g->n++;
	}
}

/* Whether line j heads a bloc's skills: "Liste de compétences ...", or
 * as OCR reads the header's cells side by side, the first wrapped:
 * "Liste de Modalités d'évaluation" / "compétences". */
static int
skills_header(const doc *d, size_t j)
{
	return line_starts_folded(&d->lines[j], "liste de competences") ||
	       (line_starts_folded(&d->lines[j], "liste de modalites") && j + 1 < d->nlines &&
	        line_starts_folded(&d->lines[j + 1], "competences"));
}

/*
 * No bloc read: a copy of the page whose blocs lost their codes (a
 * student's Markdown notes): each "Liste de compétences" heads a bloc,
 * its title on the line that holds something above it, its skills the
 * paragraphs under it up to "Modalités d'évaluation" (their numbers,
 * "C1.1 – ", taken off).  Two blocs at least.
 */
static void
uncoded_blocs(doc *d)
{
	size_t j, k, t, before = d->rec->nblocs;

	if (d->rec->nblocs > 0)
		return;
	for (j = 1; j < d->nlines; j++) {
		rncp_bloc *b;
		int numbered = -1; /* the skills' numbers: all or none */
		if (d->lines[j].len > 40 || !line_starts_folded(&d->lines[j], "liste de competences"))
			continue;
		for (t = j; t > 0 && d->lines[t - 1].len == 0 && j - t < 3; t--)
			;
		if (t == 0 || d->lines[t - 1].len < 4 || d->lines[t - 1].len > 200 ||
		    d->lines[t - 1].s[d->lines[t - 1].len - 1] == ':' ||
		    line_starts_folded(&d->lines[t - 1], "modalites") ||
		    (b = rec_add_bloc(d, NULL, d->lines[t - 1].s, d->lines[t - 1].len)) == NULL)
			break;
		for (k = j + 1; k < d->nlines && !line_starts_folded(&d->lines[k], "modalites") &&
		                !line_starts_folded(&d->lines[k], "liste de competences");
		     k++) {
			const line *c = &d->lines[k];
			size_t m = 0;
			if (c->len == 0)
				continue;
			if (c->len > 600 || (c->md > 0 && k > j + 1))
				break;
			/* "C1.1 – Réaliser ...", "C.2.3 – ...", "C3 - ...", "C12. ..." */
			if (c->s[0] == 'C' && c->len > 4 &&
			    ((c->s[1] >= '0' && c->s[1] <= '9') || (c->s[1] == '.' && c->s[2] >= '0' && c->s[2] <= '9'))) {
				for (m = 1; m < c->len && ((c->s[m] >= '0' && c->s[m] <= '9') || c->s[m] == '.'); m++)
					;
				m = past_separators(c->s, m, c->len);
			}
			/* (after numbered skills, a paragraph without a number is
			 * the assessment's, its heading lost) */
			if (numbered < 0)
				numbered = m > 0;
			else if (numbered != (m > 0))
				break;
			if (c->len - m >= 8)
				rec_add_skill(d, b, c->s + m, c->len - m);
		}
	}
	if (d->rec->nblocs - before >= 2)
		rec_warn(d, "%zu blocs read above their lists of skills (no code states them)",
		         d->rec->nblocs - before);
	else
		rec_drop_blocs(d, before);
}

/* Whether the assessment's header cell follows the skills' at line i:
 * "Modalités d'évaluation", or as pdftotext gives it, a blank line
 * before it and the cell wrapped ("Modalités" / "d'évaluation").  (OCR
 * puts it on the skills' line: "Liste de compétences Modalités".) */
static int
assessment_head(const doc *d, size_t i)
{
	if (i < d->nlines && d->lines[i].len == 0)
		i++;
	if (i >= d->nlines || d->lines[i].len >= 32)
		return 0;
	return line_starts_folded(&d->lines[i], "modalites d'evaluation") ||
	       (d->lines[i].len < 12 && line_starts_folded(&d->lines[i], "modalites") && i + 1 < d->nlines &&
	        line_starts_folded(&d->lines[i + 1], "d'evaluation"));
}

/* A numbered sub-heading of the global list ("2. Maintenir ..."). */
static int
numbered(const line *l)
{
	size_t i = 0;

	while (i < l->len && l->s[i] >= '0' && l->s[i] <= '9')
		i++;
	return i > 0 && i + 1 < l->len && l->s[i] == '.' && l->s[i + 1] == ' ';
}

/* Index of the global skill that starts the folded text f[0..n) at a
 * word boundary, the longest one; -1 when none.  A digit right after the
 * skill's last letter is a boundary too: the next cell glued to it ("...
 * collaboratives1. Mise en situation", a page's text taken without a
 * blank between its cells). */
static long
skill_at(const skill_list *g, const char *f, size_t n)
{
	size_t i, best = 0;
	long bi = -1;

	for (i = 0; i < g->n; i++) {
		size_t len = g->flen[i];
		if (g->fold[i] != NULL && len <= n && len > best && memcmp(f, g->fold[i], len) == 0 &&
		    (len == n || f[len] == ' ' ||
		     (len > 0 && f[len] >= '0' && f[len] <= '9' && f[len - 1] >= 'a' && f[len - 1] <= 'z'))) {
			best = len;
			bi = (long)i;
		}
	}
	return bi;
}

/* Whether the folded word w[0..n) is a small one a skill goes on with
 * ("en", "pour", "de"; "a", à folded), not another skill's first. */
static int
small_word(const char *w, size_t n)
{
	return weak_word(w, n) || (n == 1 && w[0] == 'a');
}

/* Whether s[i] opens a capital glued to the small letter before it
 * ("à jourÉtude", "des causesDossier"). */
static int
glued_capital(const char *s, size_t i, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	int upper = (u[i] >= 'A' && u[i] <= 'Z') || (u[i] == 0xC3 && i + 1 < n && u[i + 1] >= 0x80 && u[i + 1] <= 0x9E);
	int lower = (u[i - 1] >= 'a' && u[i - 1] <= 'z') ||
	            (i >= 2 && u[i - 2] == 0xC3 && u[i - 1] >= 0x9F && u[i - 1] <= 0xBF);

	return upper && lower;
}

/* Whether s[0..n) has a capital glued to a small letter. */
static int
glue_in(const char *s, size_t n)
{
	size_t i;

	for (i = 1; i < n; i++) {
		/* eight bytes at a time past those that are no capital's
		 * first: neither A-Z nor a byte past ASCII */
		while (i + 8 <= n) {
			uint64_t w;
			memcpy(&w, s + i, 8);
			if (bytes_upper(w) | (w & HIGHS))
				break;
			i += 8;
		}
		if (i < n && ((unsigned char)(s[i] - 'A') < 26 || (unsigned char)s[i] == 0xC3) &&
		    glued_capital(s, i, n))
			return 1;
	}
	return 0;
}

/* s[0..n) with a blank put where a fiche-wide skill ends glued to the
 * capital of what follows, as get_text() joins a table's cells ("... le
 * mettre à jourÉtude de cas ..."); NULL when there is none (or out of
 * memory). */
static char *
unglue_skills(const skill_list *g, const char *s, size_t n, size_t *on)
{
	rncp_buf b = {0};
	char f[2048];
	size_t i, k, last = 0, fl;

	for (i = 1; i < n && i < sizeof(f) - 3; i++) {
		if (!glued_capital(s, i, n))
			continue;
		fl = fold_into(s, i, f, sizeof(f));
		for (k = 0; k < g->n; k++) {
			size_t len = g->flen[k];
			if (g->fold[k] != NULL && len > 0 && len <= fl && memcmp(f + fl - len, g->fold[k], len) == 0 &&
			    (len == fl || f[fl - len - 1] == ' '))
				break;
		}
		if (k == g->n)
			continue;
		buf_append(&b, s + last, i - last);
		buf_putc(&b, ' ');
		last = i;
	}
	if (last == 0 || b.failed) {
		rncp_buf_free(&b);
		return NULL;
	}
	buf_append(&b, s + last, n - last);
	if (b.failed) {
		rncp_buf_free(&b);
		return NULL;
	}
	*on = b.len;
	return b.s;
}

/* Split one table cell line into skills, matched against the global list
 * folded.  Returns the index in g of the first skill found, or -1; the
 * number of skills of the list it holds in *matched.  b NULL: only
 * count them.  Text between them is a skill too, but for a label before
 * a colon; text after the last one is, but for text that opens with no
 * verb after skills that all do: the assessment's cell, which the copy
 * ran on after the skills' ("... de l'utilisateur Application
 * professionnelle (réelle ou simulée) ..."). */
static long
split_cell(doc *d, rncp_bloc *b, const skill_list *g, const char *s, size_t n, size_t *matched)
{
	size_t pos = 0, un = 0, fn, at = 0, fat = 0, wat = 0, wfat = 0; /* un: start of unmatched text */
	long first = -1, k;
	int unmatched = 0, verbs = 1;
	char *f = malloc(n + 3);
	/* get_text()'s cells glued: rare, a capital after a small letter */
	size_t ungn = 0;
	char *ung = g->n > 0 && glue_in(s, n) ? unglue_skills(g, s, n, &ungn) : NULL;

	*matched = 0;
	if (f == NULL)
		return -1;
	if (ung != NULL) {
		s = ung;
		n = ungn;
		free(f);
		if ((f = malloc(n + 3)) == NULL) {
			free(ung);
			return -1;
		}
	}
	fn = fold_into(s, n, f, n + 3);
	while (pos < fn) {
		k = skill_at(g, f + pos, fn - pos);
		/* a skill before a colon labels those after it ("Administrer
		 * les serveurs Linux : Développer ...") */
		if (k >= 0 && pos + g->flen[k] + 1 < fn && f[pos + g->flen[k] + 1] == ':')
			k = -1;
		/* a skill of the list the cell goes on after with a small word
		 * ("Gérer les problèmes humains" / "Gérer les problèmes humains
		 * pour assurer une bonne ambiance"): the cell's own, longer */
		if (k >= 0 && pos + g->flen[k] + 1 < fn && f[pos + g->flen[k]] == ' ') {
			size_t fw = pos + g->flen[k] + 1, fe = fw, o;
			while (fe < fn && f[fe] != ' ')
				fe++;
			/* (the folded word first, its case only then; fw grows:
			 * linear) */
			if (small_word(f + fw, fe - fw) &&
			    (o = fold_offset(s, &wat, &wfat, fw)) < n &&
			    ((s[o] >= 'a' && s[o] <= 'z') ||
			     ((unsigned char)s[o] == 0xC3 && o + 1 < n && (unsigned char)s[o + 1] == 0xA0)))
				k = -1; /* ("... orientée objet à l'aide ...": à) */
			/* or a bracket: "... impérative (syntaxe du langage, ...)" */
			else if (f[fw] == '(' && fw + 1 < fn && f[fw + 1] >= 'a' && f[fw + 1] <= 'z')
				k = -1;
		}
		if (k >= 0) {
			if (b != NULL && unmatched && f[pos - 2] != ':') {
				size_t a = fold_offset(s, &at, &fat, un);
				rec_add_skill(d, b, s + a, fold_offset(s, &at, &fat, pos - 1) - a);
			}
			unmatched = 0;
			if (b != NULL) {
				rec_add_skill(d, b, g->v[k].s, g->v[k].len);
				verbs = verbs && text_starts_infinitive(g->v[k].s, g->v[k].len);
			}
			++*matched;
			if (first < 0)
				first = k;
			pos += g->flen[k] + (pos + g->flen[k] < fn && f[pos + g->flen[k]] == ' ');
			continue;
		}
		if (!unmatched) {
			unmatched = 1;
			un = pos;
		}
		while (pos < fn && f[pos] != ' ')
			pos++;
		pos++;
	}
	if (b != NULL && unmatched && un < fn && f[fn - 1] != ':') {
		size_t a = fold_offset(s, &at, &fat, un);
		if (!(*matched > 0 && verbs && !text_starts_infinitive(s + a, n - a)))
			rec_add_skill(d, b, s + a, n - a);
	}
	free(f);
	free(ung);
	return first;
}

/* How many skills of the list the text of lines [from, to) holds, once
 * joined (0 when out of memory). */
static size_t
skills_in_lines(doc *d, const skill_list *g, size_t from, size_t to)
{
	char *t = join_lines(d, from, to);
	size_t m = 0;

	if (t != NULL)
		split_cell(d, NULL, g, t, strlen(t), &m);
	return m;
}

/* Does line c go on with the skill on line p above it, a PDF's wrap: in
 * small letters, at a bracket after no full stop, at a colon or a comma
 * ("... la bible graphique" / ": genre du film, ..."), after a word no
 * skill ends with ("... autorisés aux" / "ASV, dans le respect ..."), or
 * at an ellipsis ("... (comptant, différé," / "…) pour éviter ...")? */
static int
skill_wrapped(const line *p, const line *c)
{
	return line_goes_on(c) || (c->s[0] == '(' && p->len > 0 && p->s[p->len - 1] != '.') ||
	       (c->len > 2 && (c->s[0] == ':' || c->s[0] == ';' || c->s[0] == ',') && c->s[1] == ' ') ||
	       (ends_weak(p->s, p->len) && !starts_infinitive(c) && !line_is_heading(c)) ||
	       (c->len > 3 && memcmp(c->s, "\xE2\x80\xA6", 3) == 0) || (c->len > 3 && memcmp(c->s, "...", 3) == 0);
}

/* Whether line h heads items of a bloc's list, line n the first: an
 * infinitive first, a colon last, n an item (a mark, or a verb). */
static int
list_subheading(const line *h, const line *n)
{
	return h->len > 10 && h->len < 200 && h->s[h->len - 1] == ':' && starts_infinitive(h) && n->len > 0 &&
	       (item_marker(n->s, n->len) > 0 || starts_infinitive(n)) && !bloc_heading(n->s, n->len, NULL, 0);
}

/* Whether lines a and b open with the same list mark ("•", "-"). */
static int
same_mark(const line *a, const line *b)
{
	size_t k = item_marker(a->s, a->len);

	return k > 0 && item_marker(b->s, b->len) == k && memcmp(a->s, b->s, k) == 0;
}

/* Does line c go on with the skill that line from opens with its list's
 * mark, line p above c ending with a comma: an unmarked line of a marked
 * list, a capital first ("•Gérer un stock ... : Effectuer des commandes,"
 * / "Réceptionner et contrôler ... les produits,")? */
static int
marked_wrap(const doc *d, size_t from, const line *p, const line *c)
{
	const line *f = &d->lines[from];

	return p->len > 0 && p->s[p->len - 1] == ',' && c->len > 0 && item_marker(c->s, c->len) == 0 &&
	       item_marker(f->s, f->len) > 0 && line_bar(c) == NULL && !bloc_heading(c->s, c->len, NULL, 0) &&
	       !line_is_heading(c);
}

/* Does line l go on with the skill before it in a bloc's list, where
 * the list's loop would not stop at it (a section, a bloc, a row)?  In
 * small letters, at figures, or at a bracket (a word processor's PDF:
 * "... correctement dimensionnés" / "(pilotage, coordination ...)"). */
static int
list_goes_on(const line *l)
{
	return (line_goes_on(l) || digits_go_on(l) || (l->len > 1 && l->s[0] == '(')) && line_bar(l) == NULL &&
	       !bloc_heading(l->s, l->len, NULL, 0) && !(line_is_heading(l) && !starts_infinitive(l));
}

/* The fiche-wide skill s[0..n) opens with, folded (skill_at); the folded
 * text's length into *fn. */
static long
fold_skill_at(const skill_list *g, const char *s, size_t n, size_t *fn)
{
	char f[2048];

	*fn = fold_into(s, n < sizeof(f) - 3 ? n : sizeof(f) - 3, f, sizeof(f));
	return skill_at(g, f, *fn);
}

/* Whether s[0..n) opens with one of the fiche-wide skills. */
static int
starts_global_skill(const skill_list *g, const char *s, size_t n)
{
	size_t fn;

	return fold_skill_at(g, s, n, &fn) >= 0;
}

/* Whether the paragraph at line i, its line or the lines a wrap made of
 * it, opens with one of the fiche-wide skills. */
static int
para_starts_global_skill(doc *d, const skill_list *g, size_t i)
{
	size_t end, para;
	const char *t;

	if (starts_global_skill(g, d->lines[i].s, d->lines[i].len))
		return 1;
	end = wrapped_end(d, i, 0);
	if (end > i + 1 && (t = join_lines(d, i, end)) != NULL && starts_global_skill(g, t, strlen(t)))
		return 1;
	/* or the whole paragraph, a wrap before a capital ("Intervenir dans
	 * un" / "environnement de" / "Cloud Computing") */
	for (para = end; para < d->nlines && para < i + 8 && d->lines[para].len > 0; para++)
		;
	return para > end && (t = join_lines(d, i, para)) != NULL && starts_global_skill(g, t, strlen(t));
}

/* Which of the fiche-wide skills s is: its index, or -1. */
static long
global_skill(const skill_list *g, const char *s)
{
	size_t i, n = strlen(s);

	for (i = 0; i < g->n; i++)
		if (g->v[i].len == n && memcmp(g->v[i].s, s, n) == 0)
			return (long)i;
	return -1;
}

/* Whether the skill s of a bloc's list opens with a verb. */
static int
verb_skill(const char *s)
{
	return text_starts_infinitive(s, strlen(s));
}

/*
 * A bloc's list [from, b->nskills) that runs on over the assessment,
 * whose lines follow the skills' with nothing between: the items after
 * the last skill of the fiche-wide list go.  ended: a blank line ended the
 * list, so only the text of the assessment's cell, whose bar or tab a wrap
 * lost (catdoc's lines of 72 columns), can be there: the items go from the
 * first after that skill that opens with no verb ("Application
 * professionnelle ..."), when the list's skills all open with one (a
 * heading of more skills, "Compétences transversales :", stays).  Not
 * ended: the copy lost its blank lines, and all of them go.  Returns
 * whether any went.
 */
static int
drop_assessment(rncp_bloc *b, size_t from, const skill_list *g, int ended)
{
	size_t k, last = 0;
	int any = 0;

	for (k = from; k < b->nskills; k++)
		if (global_skill(g, b->skills[k]) >= 0) {
			if (ended && !verb_skill(b->skills[k]))
				return 0;
			last = k;
			any = 1;
		}
	for (k = last + 1; any && k < b->nskills; k++) {
		const char *s = b->skills[k];
		size_t n = strlen(s);
		if (!ended || (!verb_skill(s) && (n == 0 || s[n - 1] != ':'))) {
			b->nskills = k;
			return 1;
		}
	}
	return 0;
}

/* The length of the fiche-wide skill s[0..n) opens with when a sentence
 * that opens with no verb follows it, a capital first: the assessment's
 * cell run on after a skill that does ("Rédiger des contenus adaptés aux
 * supports Réalisation d'un portfolio.", a text whose line ends were
 * lost); 0 when it does not. */
static size_t
skill_then_sentence(const skill_list *g, const char *s, size_t n)
{
	char f[2048];
	size_t fn, at = 0, fat = 0, a;
	long k;

	if (n >= sizeof(f) - 3)
		return 0;
	fn = fold_into(s, n, f, sizeof(f));
	if ((k = skill_at(g, f, fn)) < 0 || g->flen[k] + 1 >= fn || f[g->flen[k]] != ' ' ||
	    !text_starts_infinitive(g->v[k].s, g->v[k].len))
		return 0;
	a = fold_offset(s, &at, &fat, g->flen[k] + 1);
	if (a >= n || !upper_start(s + a, n - a) || text_starts_infinitive(s + a, n - a))
		return 0;
	return a;
}

/* The skills of a line of a bloc's list: the line, or the fiche-wide
 * skills it holds when it holds two or more (a table's cell whose
 * paragraphs a copy ran together), or the one it opens with when a
 * sentence with no verb follows it.  Returns whether it held several. */
static int
row_skills(doc *d, rncp_bloc *b, const skill_list *g, const char *s, size_t n)
{
	size_t m = 0, one, sign = item_marker(s, n);

	/* counted first: most lines hold one skill at most */
	if (g->n >= 2)
		split_cell(d, NULL, g, s + sign, n - sign, &m);
	if (m == 1 && (one = skill_then_sentence(g, s, n)) > 0) {
		while (one > 0 && s[one - 1] == ' ')
			one--;
		rec_add_skill(d, b, s, one);
		return 0;
	}
	if (m < 2) {
		rec_add_skill(d, b, s, n);
		return 0;
	}
	split_cell(d, b, g, s + sign, n - sign, &m); /* (not the list sign) */
	return 1;
}

/* How many bytes of the folded texts a[0..an) and b[0..bn) agree on, in
 * whole words of both. */
static size_t
same_words(const char *a, size_t an, const char *b, size_t bn)
{
	size_t i = 0, w = 0;

	while (i < an && i < bn && a[i] == b[i]) {
		i++;
		if ((i == an || a[i] == ' ') && (i == bn || b[i] == ' '))
			w = i;
	}
	return w;
}

/* How many words the folded text f[0..n) has. */
static size_t
fold_words(const char *f, size_t n)
{
	size_t i, w = n > 0;

	for (i = 0; i < n; i++)
		w += f[i] == ' ';
	return w;
}

/* The fiche-wide skill not yet used (used NULL: any) that the folded text
 * f[0..n) opens with the most words of, at least words of them (or the
 * whole skill, or the whole text: a skill's start at a line's end); -1
 * when none.  *m: the bytes they agree on. */
static long
best_start(const skill_list *g, const unsigned char *used, const char *f, size_t n, size_t words, size_t *m)
{
	size_t k, w, best = 0;
	long bk = -1;

	if (f == NULL)
		return -1;
	for (k = 0; k < g->n; k++) {
		if (g->fold[k] == NULL || (used != NULL && used[k]))
			continue;
		w = same_words(f, n, g->fold[k], g->flen[k]);
		if (w <= best)
			continue;
		if (fold_words(f, w) >= words || w == g->flen[k] || w == n) {
			best = w;
			bk = (long)k;
		}
	}
	*m = best;
	return bk;
}

/*
 * The fiche-wide skill the bloc's one skill (at before) is, though a word
 * of the next cell got into it (pdftotext -layout's packed cells: "...
 * répondant aux la besoins"): the skill that opens with its first six
 * words at least and whose words it holds all but two of, in order.  The
 * skill becomes the list's text; its index, or -1.
 */
static long
near_global_skill(doc *d, rncp_bloc *b, const skill_list *g, size_t before)
{
	char f[2048];
	size_t n = strlen(b->skills[before]), fn, m, gi, fi, missed = 0;
	long k;

	if (n + 3 > sizeof(f))
		return -1;
	fn = fold_into(b->skills[before], n, f, sizeof(f));
	if ((k = best_start(g, NULL, f, fn, 6, &m)) < 0 || m == g->flen[k])
		return -1;
	/* the rest of the list's skill, word by word, in the text */
	for (gi = fi = m; gi < g->flen[k] && missed <= 2;) {
		const char *gw = g->fold[k] + gi + (g->fold[k][gi] == ' ');
		size_t gl = strcspn(gw, " "), at;
		const char *hit = NULL;
		for (at = fi; at + gl <= fn && hit == NULL; at++)
			if ((at == 0 || f[at - 1] == ' ') && memcmp(f + at, gw, gl) == 0 &&
			    (at + gl == fn || f[at + gl] == ' '))
				hit = f + at;
		if (hit == NULL)
			missed++;
		else
			fi = (size_t)(hit - f) + gl;
		gi = (size_t)(gw - g->fold[k]) + gl;
	}
	if (missed > 2)
		return -1;
	b->skills[before] = arena_strndup(d->arena, g->v[k].s, g->v[k].len);
	return b->skills[before] != NULL ? k : -1;
}

/*
 * A table OCR read as lines of both cells run together ("Identifier le
 * système d'exploitation et sa Application professionnelle (réelle ou"):
 * from line j, the skills' cell's part of each line is the next words of a
 * fiche-wide skill, the rest the assessment's.  Adds each skill so read
 * whole, the first one's index into *first; returns the line after the
 * last one read, or j when line j opens no fiche-wide skill (three words
 * at least).
 */
static size_t
zip_skills(doc *d, rncp_bloc *b, const skill_list *g, size_t j, long *first)
{
	size_t i = j, lo = 0, gp = 0, m, blanks = 0, end = j, skipped = 0;
	unsigned char used[MAX_GLOBAL_SKILLS] = {0};
	long cur = best_start(g, used, d->lines[j].f, d->lines[j].flen, 3, &m);

	while (cur >= 0 && i < d->nlines && i < j + 40) {
		const line *l = &d->lines[i];
		const char *gf = g->fold[cur];
		if (l->len == 0 || l->f == NULL) {
			if (l->len > 0 || ++blanks > 1)
				break;
			i++;
			continue;
		}
		blanks = 0;
		m = same_words(l->f + lo, l->flen - lo, gf + gp, g->flen[cur] - gp);
		if (m == 0 && lo == 0 && gp > 0 && skipped < 2) {
			skipped++; /* a line of the assessment's cell alone */
			i++;
			continue;
		}
		if (m == 0)
			break;
		skipped = 0;
		gp += m;
		lo += m;
		if (gp < g->flen[cur]) {
			gp++; /* the blank the line's end stood for */
			i++;
			lo = 0;
			continue;
		}
		/* the skill read whole; the next one (of any place in the
		 * list) may follow on the line, or open the next one */
		rec_add_skill(d, b, g->v[cur].s, g->v[cur].len);
		used[cur] = 1;
		if (*first < 0)
			*first = cur;
		end = i + 1;
		gp = 0;
		if (lo < l->flen && l->f[lo] == ' ')
			lo++;
		if (lo < l->flen && (cur = best_start(g, used, l->f + lo, l->flen - lo, 2, &m)) >= 0)
			continue;
		/* (a blank line between, OCR's) */
		if (++i < d->nlines && d->lines[i].len == 0)
			i++;
		if (i >= d->nlines || d->lines[i].f == NULL)
			break;
		lo = 0;
		cur = best_start(g, used, d->lines[i].f, d->lines[i].flen, 2, &m);
	}
	return end;
}

/* Whether line l goes on with the fiche-wide skill k read up to its
 * folded text's byte gp: the whole line, the skill's end, or two words of
 * it at the line's start; the bytes they agree on into *m. */
static int
goes_on(const line *l, const skill_list *g, long k, size_t gp, size_t *m)
{
	*m = same_words(l->f, l->flen, g->fold[k] + gp, g->flen[k] - gp);
	return *m > 0 && (*m == l->flen || gp + *m == g->flen[k] || fold_words(l->f, *m) >= 2);
}

/* The fiche-wide skill k, read whole: used, added to b (NULL: not), the
 * first one's index into *first.  Returns 1. */
static size_t
take_skill(doc *d, rncp_bloc *b, const skill_list *g, long k, unsigned char *used, long *first)
{
	used[k] = 1;
	if (b != NULL)
		rec_add_skill(d, b, g->v[k].s, g->v[k].len);
	if (*first < 0)
		*first = k;
	return 1;
}

/* The first line of text from line next on, before to; NULL when none
 * (or not folded by segment_lines). */
static const line *
next_text_line(const doc *d, size_t next, size_t to)
{
	while (next < to && next < d->nlines && d->lines[next].len == 0)
		next++;
	return next < to && next < d->nlines && d->lines[next].f != NULL ? &d->lines[next] : NULL;
}

/*
 * Whether line l goes on with the fiche-wide skill k read up to byte gp
 * of its folded text by one word only, which goes_on() does not take:
 * when the next line of text, from line next (before to), goes on after
 * that word.  *m: the word's bytes.
 */
static int
word_goes_on(const doc *d, const line *l, const skill_list *g, long k, size_t gp, size_t next, size_t to,
             size_t *m)
{
	size_t w = same_words(l->f, l->flen, g->fold[k] + gp, g->flen[k] - gp), on;
	const line *nl;

	if (w < 3 || gp + w >= g->flen[k] || fold_words(l->f, w) != 1)
		return 0;
	if ((nl = next_text_line(d, next, to)) == NULL || !goes_on(nl, g, k, gp + w + 1, &on))
		return 0;
	*m = w;
	return 1;
}

/*
 * A skill's first word alone at the start of f[0..n), the rest of a line
 * whose start ended another skill, the other cell's text after it (OCR's
 * lines across a table's two cells: "local et la téléphonie Sécuriser 1.
 * Mise en situation ..."): the fiche-wide skill not yet used that opens
 * with that word and that the next line of text, from line next (before
 * to), goes on with.  Its index, -1 when none; *m: the word's bytes.
 */
static long
word_start(const doc *d, const skill_list *g, const unsigned char *used, const char *f, size_t n, size_t next,
           size_t to, size_t *m)
{
	size_t w = 0, k, on;
	const line *nl;

	while (w < n && f[w] != ' ')
		w++;
	if (w < 3 || w == n || (nl = next_text_line(d, next, to)) == NULL)
		return -1;
	for (k = 0; k < g->n; k++)
		if (g->fold[k] != NULL && !used[k] && g->flen[k] > w + 1 && g->fold[k][w] == ' ' &&
		    memcmp(g->fold[k], f, w) == 0 && goes_on(nl, g, (long)k, w + 1, &on)) {
			*m = w;
			return (long)k;
		}
	return -1;
}

/*
 * Whether line l goes on with the skill being read, *cur, read up to byte
 * gp: with two of its words or more (goes_on()), else one
 * (word_goes_on(), the next line from next telling); each way, failing
 * *cur, with another skill not used that the words read so far open
 * ("Maintenir et exploiter" / "un serveur Linux"), which becomes *cur.
 * *m: the bytes read.
 */
static int
skill_goes_on(const doc *d, const line *l, const skill_list *g, const unsigned char *used, long *cur, size_t gp,
              size_t next, size_t to, size_t *m)
{
	int one;
	long k;

	for (one = 0; one < 2; one++) {
		if (one ? word_goes_on(d, l, g, *cur, gp, next, to, m) : goes_on(l, g, *cur, gp, m))
			return 1;
		for (k = 0; k < (long)g->n; k++)
			if (!used[k] && k != *cur && g->fold[k] != NULL && g->flen[k] >= gp &&
			    memcmp(g->fold[k], g->fold[*cur], gp) == 0 &&
			    (one ? word_goes_on(d, l, g, k, gp, next, to, m) : goes_on(l, g, k, gp, m))) {
				*cur = k;
				return 1;
			}
	}
	return 0;
}

/*
 * A table pdftotext read line by line across its columns, the skills'
 * cell narrow beside a long assessment: the cells' lines interleave
 * ("Mettre en service" / "un équipement" / "numérique" / "" / "1. Mise
 * en situation ..." / "Assister les" / "phase est effectuée ..." /
 * "utilisateurs sur"), a page's end between.  Reads the fiche-wide
 * skills of lines [from, to) in order: a skill opens a line (two words
 * of it, or the whole line), and goes on at the start of the lines after
 * it (the whole line, the skill's end, or two words of it), the lines
 * between the assessment's, until one opens another skill.  Adds each
 * skill read whole to b (NULL: counts them), the first one's index into
 * *first; returns how many.
 */
static size_t
interleaved_lines(doc *d, rncp_bloc *b, const skill_list *g, size_t from, size_t to, long *first)
{
	unsigned char used[MAX_GLOBAL_SKILLS] = {0};
	size_t i, gp = 0, m, lo;
	size_t found = 0;
	long cur = -1, k;
	int on;

	for (i = from; i < to && i < d->nlines; i++) {
		const line *l = &d->lines[i];
		if (l->len == 0 || l->f == NULL)
			continue;
		lo = 0;
		/* (a narrow cell may hold a word a line: "Développer des" /
		 * "scripts" / "d'automatisation", the other cell's text after
		 * each) */
		on = cur >= 0 && skill_goes_on(d, l, g, used, &cur, gp, i + 1, to, &m);
		if (on) {
			gp += m;
			if (gp < g->flen[cur]) {
				gp++; /* the blank the line's end stood for */
				continue;
			}
			found += take_skill(d, b, g, cur, used, first);
			cur = -1;
			lo = m + (m < l->flen);
		}
		/* a skill's start: two words of the line (the rest) at
		 * least, or all of it; any other line is the assessment's.
		 * After a skill read whole, the rest of the line may open
		 * another, its first word at least when the next line goes
		 * on with it (OCR's lines across both cells) */
		while (lo < l->flen) {
			const char *colon;
			k = best_start(g, used, l->f + lo, l->flen - lo, 2, &m);
			if (k < 0 && lo > 0)
				k = word_start(d, g, used, l->f + lo, l->flen - lo, i + 1, to, &m);
			/* a label before a colon ("Administrer les serveurs
			 * Linux : Développer des scripts ...") */
			if (k < 0 && lo == 0 && (colon = memmem(l->f, l->flen, " : ", 3)) != NULL &&
			    (size_t)(colon - l->f) < 60) {
				lo = (size_t)(colon - l->f) + 3;
				continue;
			}
			if (k < 0 || k == cur)
				break;
			cur = k;
			gp = m;
			if (gp < g->flen[k]) {
				gp++;
				break;
			}
			found += take_skill(d, b, g, k, used, first);
			cur = -1;
			lo += m + (lo + m < l->flen);
		}
	}
	return found;
}

/*
 * interleaved_lines() over the skills' cell of each line: a scan's OCR
 * reads a table's rules as bars, a line of both cells "Sécuriser | 1. Mise
 * en situation ...", "| virtualisé Maintenir et exploiter un | sur des
 * machines ...": the words of a line are compared up to its first bar
 * after its text, and after a mark it misread (the folded copies are cut
 * so for the while).
 */
static size_t
interleaved_skills(doc *d, rncp_bloc *b, const skill_list *g, size_t from, size_t to, long *first)
{
	enum { MAX_CUT = 256 };
	struct {
		size_t i, flen;
		const char *f;
	} cut[MAX_CUT];
	size_t i, ncut = 0, found;

	for (i = from; i < to && i < d->nlines && ncut < MAX_CUT; i++) {
		line *l = &d->lines[i];
		const char *bar;
		size_t a = 0, mark;
		if (l->f == NULL)
			continue;
		/* (and an item's mark OCR misread: "._Superviser les
		 * serveurs Linux Installer, ...") */
		mark = l->len > 0 && (l->s[0] == '.' || l->s[0] == '_') ? item_marker(l->s, l->len) : 0;
		if (mark == 0 && memchr(l->f, '|', l->flen) == NULL)
			continue;
		if (mark > 0 && mark < l->flen)
			a = mark;
		while (a < l->flen && (l->f[a] == '|' || l->f[a] == ' '))
			a++;
		bar = memchr(l->f + a, '|', l->flen - a);
		cut[ncut].i = i;
		cut[ncut].f = l->f;
		cut[ncut++].flen = l->flen;
		l->f += a;
		l->flen = (bar != NULL ? (size_t)(bar - l->f) : l->flen - a);
		while (l->flen > 0 && l->f[l->flen - 1] == ' ')
			l->flen--;
	}
	found = interleaved_lines(d, b, g, from, to, first);
	while (ncut > 0) {
		ncut--;
		d->lines[cut[ncut].i].f = cut[ncut].f;
		d->lines[cut[ncut].i].flen = cut[ncut].flen;
	}
	return found;
}

/*
 * A bloc's list read a line a skill, [before, b->nskills) of lines
 * [from, to): read again as one text split on the fiche-wide list, when
 * that finds more of its skills (the skills' cell wrapped in a narrow
 * column, pdftotext's reading of a printed page: "Assister les
 * utilisateurs sur" / "leurs équipements" / "numériques Gérer les").
 */
static void
resplit_list(doc *d, rncp_bloc *b, const skill_list *g, size_t before, size_t from, size_t to)
{
	size_t k, had = 0, m = 0;
	char *t;

	if (to <= from + 1 || (t = join_lines(d, from, to)) == NULL)
		return;
	for (k = before; k < b->nskills; k++) {
		/* of the list, whatever their case and accents (OCR), and
		 * their numbers ("1.1.1 Auditer ...", the list's "Auditer
		 * ...") */
		const char *s = b->skills[k];
		size_t fn, num = skill_number(s, strlen(s));
		long at = fold_skill_at(g, s, strlen(s), &fn);
		if (!(at >= 0 && g->flen[at] == fn) && num > 0)
			at = fold_skill_at(g, s + num, strlen(s + num), &fn);
		had += at >= 0 && g->flen[at] == fn;
	}
	split_cell(d, NULL, g, t, strlen(t), &m);
	if (m <= had)
		return;
	b->nskills = before;
	split_cell(d, b, g, t, strlen(t), &m);
}

/* The fiche-wide skill line l opens, by its first 40 letters at most (30
 * at least), the rules a scan's OCR read about a table's cell left out
 * ("| Identifier les principales caractéristiques, ... el |"): its index
 * when exactly one skill opens so, else -1. */
static long
skill_opened(const skill_list *g, const line *l)
{
	char f[48];
	size_t a = 0, n, i;
	long at = -1;

	while (a < l->len && strchr(OCR_RULES, l->s[a]) != NULL)
		a++;
	n = fold_into(l->s + a, l->len - a < 40 ? l->len - a : 40, f, sizeof(f));
	if (n < 30)
		return -1;
	for (i = 0; i < g->n; i++)
		if (g->fold[i] != NULL && g->flen[i] >= n && memcmp(g->fold[i], f, n) == 0) {
			if (at >= 0)
				return -1;
			at = (long)i;
		}
	return at;
}

/*
 * A scan's OCR of PDF tables that keep one skill of each bloc (see the
 * end of fc_blocs): its rules read as characters and its header's lines
 * out of order, a bloc's table may read as its assessment or its header.
 * When the blocs from heading head[0] on hold fewer skills than half the
 * fiche-wide list, and a line under each heading, above the next, opens a
 * skill of the list, in order from its first, each bloc owns the list's
 * skills from its one up to the next bloc's.  One bloc may lack that line
 * (OCR lost its table): it and the bloc before it are then left as read.
 * Returns whether it did.
 */
static int
anchored_blocs(doc *d, const skill_list *g, size_t nb0, const size_t *head)
{
	size_t nb = d->rec->nblocs - nb0, k, i, total = 0, missing = 0;
	long at[MAX_GLOBAL_SKILLS], last = -1;

	if (nb < 2 || nb > MAX_GLOBAL_SKILLS || g->n < 2 * nb)
		return 0;
	for (k = 0; k < nb; k++)
		total += d->rec->blocs[nb0 + k].nskills;
	if (total * 2 >= g->n)
		return 0;

	for (k = 0; k < nb; k++) {
		size_t end = k + 1 < nb ? head[k + 1] : head[k] + 60;
		at[k] = -1;
		for (i = head[k] + 1; i < end && i < d->nlines && at[k] < 0; i++)
			if (d->lines[i].len >= 30)
				at[k] = skill_opened(g, &d->lines[i]);
		/* (one bloc's table OCR lost whole: its neighbours' bounds
		 * still hold) */
		if (at[k] < 0 ? ++missing > 1 : (k == 0 ? at[k] != 0 : at[k] <= last))
			return 0;
		if (at[k] >= 0)
			last = at[k];
	}
	for (k = 0, total = 0; k < nb; k++) {
		rncp_bloc *b = &d->rec->blocs[nb0 + k];
		size_t end = k + 1 < nb ? (size_t)at[k + 1] : g->n;
		if (at[k] < 0 || (k + 1 < nb && at[k + 1] < 0))
			continue; /* where it ends, or starts, is not known */
		b->nskills = 0;
		for (i = (size_t)at[k]; i < end; i++)
			if (!numbered(&g->v[i]))
				rec_add_skill(d, b, g->v[i].s, g->v[i].len);
		total++;
	}
	return total > 0;
}

/* The end of a bloc's lines from line end on, before limit: the next
 * bloc's heading or the next section's (past the assessment's header: OCR
 * reads a page's columns one after the other). */
static size_t
bloc_lines_end(const doc *d, size_t end, size_t limit)
{
	while (end < d->nlines && end < limit && !bloc_heading(d->lines[end].s, d->lines[end].len, NULL, 0) &&
	       !(line_is_heading(&d->lines[end]) && !starts_infinitive(&d->lines[end]) &&
	         !line_starts_folded(&d->lines[end], "modalites d'evaluation")))
		end++;
	return end;
}

/* Whether folded text f[0..n), after a fiche-wide skill's words, says it
 * at greater length: a comma, a bracket, a small word ("en prenant en
 * compte ...", "à l'aide ..."), not another skill ("... sécurité Animer
 * le réseau ..."). */
static int
said_longer(const char *f, size_t n)
{
	size_t e = 1;

	if (f[0] != ' ')
		return strchr(",;:(", f[0]) != NULL;
	while (e < n && f[e] != ' ')
		e++;
	return f[1] == '(' || small_word(f + 1, e - 1);
}

/* Whether one of the skills of bloc b is a skill of the fiche-wide list,
 * whatever its case and accents (OCR), or each opens with one, said at
 * greater length (a page whose list gives each skill's first words:
 * "C1.2 Analyser le cahier des charges d'un commanditaire" / "C1.2
 * Analyser ... commanditaire en prenant en compte les objectifs, ..."). */
static int
holds_listed_skill(const rncp_bloc *b, const skill_list *g)
{
	char f[2048];
	size_t k, i, fn, opening = 0;
	long at;

	for (k = 0; k < b->nskills; k++) {
		size_t n = strlen(b->skills[k]);
		fn = fold_into(b->skills[k], n < sizeof(f) - 3 ? n : sizeof(f) - 3, f, sizeof(f));
		if ((at = skill_at(g, f, fn)) >= 0 && g->flen[at] == fn)
			return 1;
		/* (a comma after the list's words too: "... liés au
		 * numérique, en suivant la littérature ...") */
		for (i = 0; i < g->n; i++)
			if (g->fold[i] != NULL && g->flen[i] >= 12 && g->flen[i] + 1 < fn &&
			    memcmp(f, g->fold[i], g->flen[i]) == 0 && said_longer(f + g->flen[i], fn - g->flen[i])) {
				opening++;
				break;
			}
	}
	return opening * 2 > b->nskills;
}

/*
 * The blocs from heading head[0] on that hold no skill of the fiche-wide
 * list read again from their headings' lines: the list's skills along
 * them (interleaved_skills), when two at least are.  A scan's OCR may read
 * a table's right column first, its header then its assessment, and the
 * skills' header under the skills: "Modalités d'évaluation" / skills /
 * "Liste de compétences" / assessment, which read as the assessment.
 */
static void
reread_blocs(doc *d, const skill_list *g, size_t nb0, const size_t *head)
{
	size_t nb = d->rec->nblocs - nb0, k, end;
	long f;

	for (k = 0; k < nb; k++) {
		rncp_bloc *b = &d->rec->blocs[nb0 + k];
		if (holds_listed_skill(b, g))
			continue;
		end = k + 1 < nb ? head[k + 1] : bloc_lines_end(d, head[k] + 1, head[k] + 60);
		f = -1;
		if (interleaved_skills(d, NULL, g, head[k] + 1, end, &f) >= 2) {
			b->nskills = 0;
			interleaved_skills(d, b, g, head[k] + 1, end, &f);
		}
	}
}

/* Whether folded text a is folded text b but for one or two short words
 * (of three letters at most: "le", "du", "des") b has and a lost. */
static int
lost_small_words(const char *a, size_t an, const char *b, size_t bn)
{
	size_t i = 0, j = 0, lost = 0;

	if (an >= bn || bn - an > 8)
		return 0;
	while (i < an || j < bn) {
		size_t ae = i, be = j;
		while (ae < an && a[ae] != ' ')
			ae++;
		while (be < bn && b[be] != ' ')
			be++;
		if (i < an && ae - i == be - j && memcmp(a + i, b + j, ae - i) == 0) {
			i = ae + (ae < an);
			j = be + (be < bn);
			continue;
		}
		/* b's word is none of a's: lost, if short */
		if (j >= bn || be - j > 3 || ++lost > 2)
			return 0;
		j = be + (be < bn);
	}
	return lost > 0;
}

/*
 * A bloc's skill that is a fiche-wide one but for a short word or two it
 * lost ("... professionnels et mettre à jour", "... d'un accident travail
 * ...": html2text drops a word where a cell's line meets the next cell's)
 * is written as the fiche-wide list writes it.
 */
static void
snap_skills(doc *d, const skill_list *g, size_t nb0)
{
	size_t b, k, i, fn;
	char f[1024];

	for (b = nb0; b < d->rec->nblocs; b++) {
		rncp_bloc *bl = &d->rec->blocs[b];
		for (k = 0; k < bl->nskills; k++) {
			size_t n = strlen(bl->skills[k]), hit = SIZE_MAX;
			if (n >= sizeof(f) - 3)
				continue;
			/* most are the list's own, byte for byte */
			for (i = 0; i < g->n; i++)
				if (g->v[i].len == n && memcmp(g->v[i].s, bl->skills[k], n) == 0)
					break;
			if (i < g->n)
				continue;
			fn = fold_into(bl->skills[k], n, f, sizeof(f));
			for (i = 0; i < g->n; i++) {
				if (g->fold[i] == NULL)
					continue;
				if (g->flen[i] == fn && memcmp(g->fold[i], f, fn) == 0) {
					hit = SIZE_MAX;
					break; /* a fiche-wide skill as it is */
				}
				if (lost_small_words(f, fn, g->fold[i], g->flen[i]))
					hit = hit == SIZE_MAX ? i : SIZE_MAX - 1;
			}
			if (hit < g->n) {
				char *t = arena_strndup(d->arena, g->v[hit].s, g->v[hit].len);
				if (t != NULL)
					bl->skills[k] = t;
			}
		}
	}
}

/* The length of "BC01 - ", "BC02 : ", "BC03 — " opening s[0..n), a bloc's
 * code without its fiche's, or 0; its two digits in *num. */
static size_t
bare_bloc_code(const char *s, size_t n, int *num)
{
	size_t k = 4, dl;

	if (n < 10 || s[0] != 'B' || s[1] != 'C' || s[2] < '0' || s[2] > '9' || s[3] < '0' || s[3] > '9')
		return 0;
	*num = (s[2] - '0') * 10 + (s[3] - '0');
	if (k < n && s[k] == ' ')
		k++;
	if (k < n && s[k] == ':')
		k++;
	else if ((dl = dash_at(s + k, n - k)) > 0)
		k += dl;
	else
		return 0;
	while (k < n && s[k] == ' ')
		k++;
	return k < n ? k : 0;
}

/* Is line l a bloc's end under its heading: a heading, another bloc's
 * (its code whole or not), or markup (JSX's comment "{ ... }", a tag)? */
static int
heading_list_end(const line *l)
{
	size_t m = item_marker(l->s, l->len);
	int num;

	return l->len >= 400 || line_is_heading(l) || bloc_heading(l->s, l->len, NULL, 0) || l->s[0] == '{' ||
	       l->s[0] == '<' || bare_bloc_code(l->s + m, l->len - m, &num) > 0;
}

/*
 * No skills table under the heading of bloc b on line i: the title going
 * on in small letters ("... tout au long" / "du cycle de vie d'une
 * solution web."); then its skills right under it, a marked list (notes'
 * and pages' "### RNCP37674BC01 - ..." / "- Installer et configurer
 * ..."), blank lines between its items maybe; or sentences, each a verb
 * first, wrapped over lines up to its full stop (a page's paragraphs).
 */
static void
skills_under_heading(doc *d, rncp_bloc *b, size_t i)
{
	size_t k = i + 1, e, tl = b->title != NULL ? strlen(b->title) : 0;

	if (k < d->nlines && d->lines[k].len > 0 && d->lines[k].len < 200 && tl > 0 && b->title[tl - 1] != '.' &&
	    line_starts_lower(&d->lines[k]) && !starts_infinitive(&d->lines[k]) && !heading_list_end(&d->lines[k])) {
		const line *c = &d->lines[k];
		size_t cn = c->len;
		char *t;
		while (cn > 0 && (c->s[cn - 1] == '.' || c->s[cn - 1] == ' '))
			cn--;
		/* (unless fc_blocs joined it already: "... contribuer à sa" /
		 * "sécurisation") */
		if (!(tl >= cn && memcmp(b->title + tl - cn, c->s, cn) == 0) &&
		    (t = arena_printf(d->arena, "%s %.*s", b->title, (int)cn, c->s)) != NULL)
			b->title = t;
		k++;
	}
	while (k < d->nlines && d->lines[k].len == 0)
		k++;
	if (k < d->nlines && item_marker(d->lines[k].s, d->lines[k].len) > 0) {
		while (k < d->nlines && !heading_list_end(&d->lines[k])) {
			const line *c = &d->lines[k];
			size_t m = item_marker(c->s, c->len);
			if (m == 0 || c->len - m < 4)
				break;
			rec_add_skill(d, b, c->s + m, c->len - m);
			for (k++; k < d->nlines && d->lines[k].len == 0; k++)
				;
		}
		return;
	}
	while (k < d->nlines && d->lines[k].len > 0 && !heading_list_end(&d->lines[k]) &&
	       !line_starts_lower(&d->lines[k]) && starts_infinitive(&d->lines[k])) {
		size_t width = 0;
		char *t;
		/* (the paragraphs' width: a line well short of it, or one
		 * ending in a bracket, before a verb in capitals ends one) */
		for (e = k; e < d->nlines && e < k + 12 && d->lines[e].len > 0; e++)
			if (d->lines[e].len > width)
				width = d->lines[e].len;
		for (e = k + 1; e < d->nlines && d->lines[e].len > 0 && !heading_list_end(&d->lines[e]) && e < k + 12;
		     e++) {
			const line *p = &d->lines[e - 1];
			char last = p->s[p->len - 1];
			if (last == '.' || ((last == ')' || p->len + 12 < width) && !line_starts_lower(&d->lines[e]) &&
			                    starts_infinitive(&d->lines[e])))
				break;
		}
		if ((t = join_lines(d, k, e)) == NULL)
			return;
		rec_add_skill(d, b, t, strlen(t));
		for (k = e; k < d->nlines && d->lines[k].len == 0 && k < e + 2; k++)
			;
	}
}

/*
 * No bloc read: blocs whose code lost its fiche's ("**BC01 - Développer
 * la partie front-end sécurisée**" / "- Installer et configurer ..."),
 * the fiche's code put before it when the text states one, else none;
 * their skills under them (skills_under_heading()).  Two at least.
 */
void
bare_code_blocs(doc *d)
{
	size_t i, before = d->rec->nblocs;

	if (d->rec->nblocs > 0)
		return;
	for (i = 0; i < d->nlines; i++) {
		const line *l = &d->lines[i];
		size_t m = item_marker(l->s, l->len), k;
		int num;
		char code[24];
		rncp_bloc *b;
		if (l->len > 300 || (k = bare_bloc_code(l->s + m, l->len - m, &num)) == 0)
			continue;
		if (d->rec->code != NULL && strlen(d->rec->code) < 16)
			snprintf(code, sizeof(code), "%sBC%02d", d->rec->code, num);
		if ((b = rec_add_bloc(d, d->rec->code != NULL && strlen(d->rec->code) < 16 ? code : NULL,
		                      l->s + m + k, l->len - m - k)) == NULL)
			return;
		skills_under_heading(d, b, i);
	}
	if (d->rec->nblocs - before >= 2)
		rec_warn(d, "%zu blocs read under their codes without the fiche's (BC01 ...)", d->rec->nblocs - before);
	else
		rec_drop_blocs(d, before);
}

static void
fc_blocs(doc *d, int web)
{
	skill_list *g = malloc(sizeof(*g));
	long *first = NULL;
	size_t *head = NULL, nhead = 0; /* the heading line of each bloc */
	size_t i, j, ov[OV], nb0 = d->rec->nblocs, nm; /* nm: skills split_cell matched */
	int one_each = 1, anchored = 0;

	if (g == NULL)
		return;
	global_skills(d, g);
	for (i = 0; i < d->nlines; i++) {
		const line *l = &d->lines[i];
		rncp_bloc *b;
		long f = -1;
		if (l->len == 0 || l->len > 1000 || !bloc_heading(l->s, l->len, ov, OV))
			continue;
		/* a heading has no other cell but its code's (a republished
		 * list's "code | title" row); correspondence rows have | inside */
		if (memchr(l->s + ov[4], '|', ov[5] - ov[4]) != NULL || memmem(l->s + ov[5], l->len - ov[5], "| ", 2))
			continue;
		/* skills: "Liste de compétences" within the next lines; the
		 * title may run on over the lines before it */
		for (j = i + 1; j < d->nlines && j < i + 4; j++)
			if (skills_header(d, j))
				break;
		{
			char code[24], *title;
			size_t cl = ov[3] - ov[2], t, e;
			int listed = j < d->nlines && j < i + 4;
			if (cl >= sizeof(code))
				continue;
			memcpy(code, l->s + ov[2], cl);
			code[cl] = '\0';
			bloc_number_repair(d, code);
			/* a bloc of another fiche, cut out of a correspondence row */
			if (!listed && d->rec->code != NULL &&
			    (strncmp(code, d->rec->code, strlen(d->rec->code)) != 0 ||
			     code[strlen(d->rec->code)] != 'B'))
				continue;
			if (!listed)
				j = i + 1;
			/* the title's lines, then blank ones up to the list; a
			 * title wrapped before a blank line goes on in lower case
			 * ("... des flux" / "logistiques") */
			for (t = i + 1; t < j && d->lines[t].len > 0 && !line_is_heading(&d->lines[t]); t++)
				;
			for (e = t; e < j && d->lines[e].len == 0; e++)
				;
			if (e > t && t > i + 1 && !line_starts_lower(&d->lines[i + 1]) &&
			    d->lines[i + 1].s[0] != '(') /* "... de spécialisation" / "(CCS)" */
				e = 0;
			if (e == j && t > i + 1) {
				/* "RNCP..BC01 - Maintenir et" / "exploiter ..." */
				rncp_buf tb = {0};
				buf_append(&tb, l->s + ov[4], ov[5] - ov[4]);
				for (e = t, t = i + 1; t < e; t++) {
					buf_putc(&tb, '\n');
					buf_append(&tb, d->lines[t].s, d->lines[t].len);
				}
				title = tb.failed ? NULL : arena_strndup(d->arena, tb.s, tb.len);
				rncp_buf_free(&tb);
				b = title ? rec_add_bloc(d, code, title, strlen(title)) : NULL;
			} else if (ends_weak(l->s + ov[4], ov[5] - ov[4]) && i + 1 < d->nlines &&
			           (blank_goes_on(d, i + 1) ||
			            (d->lines[i + 1].len > 0 && !line_is_heading(&d->lines[i + 1]) &&
			             !bloc_heading(d->lines[i + 1].s, d->lines[i + 1].len, NULL, 0) &&
			             !skills_header(d, i + 1) && !line_starts_folded(&d->lines[i + 1], "modalites")))) {
				/* "... et contribuer à sa" / "" / "sécurisation": a
				 * title wrapped after a word none ends with ("...
				 * sous" / "Linux"), a blank line between maybe
				 * (OCR's, pdfminer's) */
				const line *n = &d->lines[i + 1 + (d->lines[i + 1].len == 0)];
				title = arena_printf(d->arena, "%.*s %.*s", (int)(ov[5] - ov[4]), l->s + ov[4],
				                     (int)n->len, n->s);
				b = title ? rec_add_bloc(d, code, title, strlen(title)) : NULL;
			} else {
				b = rec_add_bloc(d, code, l->s + ov[4], ov[5] - ov[4]);
			}
			if (!listed) {
				/* or far below, pdfminer's reading of the
				 * table down its columns, the assessment's
				 * first */
				size_t far = i + 4;
				while (far < d->nlines && far < i + 80 && !skills_header(d, far) &&
				       !bloc_heading(d->lines[far].s, d->lines[far].len, NULL, 0))
					far++;
				if (far < d->nlines && far < i + 80 && skills_header(d, far)) {
					j = far;
					listed = 1;
				}
			}
			if (b != NULL && !listed)
				one_each = 0;
		}
		if (b == NULL)
			continue;
		if (j >= d->nlines || !skills_header(d, j)) {
			skills_under_heading(d, b, i);
		} else if (!web && d->lines[j].s[d->lines[j].len - 1] == '|') {
			/* a PDF table, whose rows end in a bar (a web page's
			 * table copied with tabs has none at the end, and
			 * reads as the list below): the first cell runs to the
			 * first line ending in |; PDF extraction may have
			 * wrapped it over several lines */
			size_t before = b->nskills;
			rncp_buf cell = {0};
			for (j++; j < d->nlines; j++) {
				const line *c = &d->lines[j];
				size_t n = c->len;
				int last;
				if (c->len == 0 || strspn(c->s, "-|: ") == c->len)
					continue;
				if (bloc_heading(c->s, c->len, NULL, 0))
					break;
				last = c->s[n - 1] == '|';
				while (n > 0 && (c->s[n - 1] == '|' || c->s[n - 1] == ' '))
					n--;
				{
					/* a row of both cells ("| skill | assessment |",
					 * Markdown's): the first cell ends at its bar */
					const char *bar = c->s, *e = c->s + n;
					/* memchr: most cells have no bar, and memmem
					 * costs more to set up */
					while ((bar = memchr(bar, '|', (size_t)(e - bar))) != NULL &&
					       !(bar > c->s + 1 && bar[-1] == ' ' && bar + 1 < e && bar[1] == ' '))
						bar++;
					if (bar != NULL) {
						n = (size_t)(bar - 1 - c->s);
						last = 1;
					}
				}
				if (cell.len)
					buf_putc(&cell, '\n');
				buf_append(&cell, c->s, n);
				if (last)
					break;
			}
			if (!cell.failed && cell.len && d->wrap && (g->n > 0 || !d->columns)) {
				/* wrapped text: the lines of the cell are one text
				 * (but for a cell unfolded from columns, wrapped
				 * in its column, each of its skills on a line of
				 * its own, when no fiche-wide list can tell them
				 * apart in one text) */
				char *text = clean_text(d, cell.s, cell.len); /* joins cut words */
				if (text != NULL)
					f = split_cell(d, b, g, text, strlen(text), &nm);
			} else if (!cell.failed && cell.len) {
				/* each line of the cell holds one or more skills */
				const char *p = cell.s, *end = cell.s + cell.len, *nl;
				for (; p < end; p = nl + 1) {
					long k;
					const char *text = p;
					nl = memchr(p, '\n', (size_t)(end - p));
					if (nl == NULL)
						nl = end;
					/* but a line that goes on in lower case is
					 * wrapped ("sa versi-" / "on en ayant ...", "de
					 * reformulation" / "permettant de ...") */
					int depth = paren_depth(p, (size_t)(nl - p));
					while (nl < end && nl + 1 < end &&
					       (lower_start(nl + 1, (size_t)(end - nl - 1)) || nl[1] == '(' ||
					        depth > 0 || ends_weak(p, (size_t)(nl - p)))) {
						const char *from = nl + 1;
						if ((nl = memchr(from, '\n', (size_t)(end - from))) == NULL)
							nl = end;
						depth += paren_depth(from, (size_t)(nl - from));
					}
					if (memchr(p, '\n', (size_t)(nl - p)) != NULL &&
					    (text = clean_text(d, p, (size_t)(nl - p))) == NULL)
						continue;
					k = split_cell(d, b, g, text, text == p ? (size_t)(nl - p) : strlen(text),
					               &nm);
					if (f < 0)
						f = k;
				}
			}
			rncp_buf_free(&cell);
			/* (the assessment's cell run on under the skills') */
			drop_assessment(b, before, g, 1);
			if (b->nskills - before != 1)
				one_each = 0;
			else if (f < 0)
				f = near_global_skill(d, b, g, before);
		} else {
			/* list: after the column headings, lines up to a blank.
			 * Copied from the web page's table, a row has a bar (a
			 * tab) between its skills and their assessment, which
			 * runs on over the lines up to the next row's bar. */
			int started = 0, assessment = 0, blank_end = 0, apart = 0;
			/* the assessment's heading under the skills ("Liste de
			 * compétences" / skills / "Modalités d'évaluation" /
			 * assessment: the page's cells stacked): the list's
			 * end, nothing of the assessment in it */
			int headed_end = 0;
			/* "Liste de compétences<TAB>Modalités d'évaluation": the
			 * page's table copied with tabs, where the skills may
			 * stand a blank line apart and a line of a lone tab (a
			 * second blank) ends their column */
			int tabbed = line_bar(&d->lines[j]) != NULL;
			/* the PDF table read one cell a line: its header's two
			 * cells, then the skills' cell and the assessment's (the
			 * fiche-wide list tells where the one ends) */
			int cells = !web && g->n > 0 && !tabbed &&
			            (assessment_head(d, j + 1) ||
			             line_starts_folded(&d->lines[j], "liste de competences modalites") ||
			             /* get_text()'s, the cells glued */
			             line_starts_folded(&d->lines[j], "liste de competencesmodalites") ||
			             line_starts_folded(&d->lines[j], "liste de modalites"));
			/* the last skill's lines: [from, upto]; the list's
			 * lines read without a bar: [top, upto] */
			size_t before = b->nskills, from = (size_t)-1, upto = 0, top = (size_t)-1, list = j + 1;
			for (j++; j < d->nlines; j++) {
				const line *c = &d->lines[j];
				const char *bar;
				if (c->len == 0) {
					int next_blank = j + 1 >= d->nlines || d->lines[j + 1].len == 0;
					if (started && tabbed && !next_blank &&
					    (apart || b->nskills - before == 1)) {
						apart = 1;
						continue;
					}
					/* the page's paragraphs a blank line apart:
					 * the list goes on with a fiche-wide skill
					 * (maybe wrapped: pdfminer's narrow column) */
					if (started && !assessment && !next_blank && g->n > 0 &&
					    para_starts_global_skill(d, g, j + 1))
						continue;
					/* or a marked list, past a page break's blank
					 * line: its next item, the same mark first
					 * ("•Réalisation de sauces ..." / "" /
					 * "•Dresser les assiettes.") */
					if (started && !assessment && !next_blank && top != (size_t)-1 &&
					    same_mark(&d->lines[top], &d->lines[j + 1]))
						continue;
					/* or a sub-heading of the list past a page
					 * break's blank line, an infinitive first, the
					 * list's items under it ("; élaborer le Plan
					 * d'Actions Commerciales." / "" / "Etablir le
					 * budget ... d'une action :" / "a) Etablir
					 * ...") */
					if (started && !assessment && !next_blank && j + 2 < d->nlines &&
					    list_subheading(&d->lines[j + 1], &d->lines[j + 2]))
						continue;
					/* or a skill cut at its colon, its words going
					 * on in small letters after a blank line ("...
					 * des effets réels (ex :" / "" / "explosion,
					 * feu…) pour les retranscrire") */
					if (started && !assessment && !next_blank && d->lines[j - 1].len > 0 &&
					    d->lines[j - 1].s[d->lines[j - 1].len - 1] == ':' && line_goes_on(&d->lines[j + 1])) {
						upto += upto + 1 == j; /* (read as a wrap) */
						continue;
					}
					if (started) {
						blank_end = 1;
						break;
					}
					continue;
				}
				if (!started && (line_starts_folded(c, "modalites d") ||
				                 (c->len < 16 && (line_starts_folded(c, "modalites") ||
				                                  line_starts_folded(c, "d'evaluation") ||
				                                  line_starts_folded(c, "competences")))))
					continue;
				/* a sub-heading inside the list, none of the page's
				 * ("Compétences évaluées :", "Contrôle des
				 * activités :"): no skill, the list goes on under it
				 * with a skill, maybe after a blank line or two (a
				 * page break's) */
				if (!assessment && c->s[c->len - 1] == ':' && d->lines[j - 1].len > 0 && j + 1 < d->nlines &&
				    line_is_heading(c) && !line_starts_heading(c) && !starts_infinitive(c)) {
					const line *nx = next_text_line(d, j + 1, j + 4);
					size_t k = nx != NULL ? item_marker(nx->s, nx->len) : 0;
					if (nx != NULL && nx->len > k && text_starts_infinitive(nx->s + k, nx->len - k) &&
					    !line_is_heading(nx)) {
						j = (size_t)(nx - d->lines) - 1;
						continue;
					}
				}
				/* the next bloc, or the next section when the
				 * copy lost its blank lines ("Administrer les
				 * serveurs :" heads skills, not a section) */
				if (bloc_heading(c->s, c->len, NULL, 0) ||
				    (line_is_heading(c) && !starts_infinitive(c))) {
					/* (not the header of a bloc whose heading
					 * OCR garbled, "RNCP99001BCO02": its two
					 * cells one under the other) */
					headed_end = started && assessment_head(d, j) && !skills_header(d, j - 1);
					break;
				}
				started = 1;
				if (cells && b->nskills == before && !starts_global_skill(g, c->s, c->len) &&
				    skills_in_lines(d, g, j, wrapped_end(d, j, 0)) == 0) {
					/* OCR's: the two cells' lines run together */
					size_t end = zip_skills(d, b, g, j, &f);
					if (end > j) {
						j = end - 1;
						continue;
					}
				}
				if (cells && b->nskills == before) {
					/* the assessment's cell read first (pdfminer's):
					 * a paragraph of none of the list's skills, a
					 * paragraph opening with one after it */
					size_t e = j, nx;
					while (e < d->nlines && d->lines[e].len > 0)
						e++;
					for (nx = e; nx < d->nlines && d->lines[nx].len == 0; nx++)
						;
					if (nx > e && nx < d->nlines && skills_in_lines(d, g, j, e) == 0 &&
					    para_starts_global_skill(d, g, nx)) {
						j = nx - 1;
						continue;
					}
				}
				if (cells) {
					/* the skills' cell, over the lines that open
					 * with a skill of the fiche-wide list, each
					 * with the lines a wrap made of it */
					size_t end = wrapped_end(d, j, 0);
					const char *t;
					size_t tl;
					long k;
					/* or a wrap cut a skill before a capital ("...
					 * les accès à" / "Internet Maintenir ..."): the
					 * next line goes with it if the list then finds
					 * more skills in them */
					/* (20 lines at most: each try reads them all;
					 * and past a blank line OCR put there: "...
					 * et les serveurs" / "" / "Windows Maintenir
					 * ...") */
					for (;;) {
						size_t nx = end + (end < d->nlines && d->lines[end].len == 0);
						if (nx >= d->nlines || nx >= j + 20 || d->lines[nx].len == 0 ||
						    bloc_heading(d->lines[nx].s, d->lines[nx].len, NULL, 0) ||
						    skills_in_lines(d, g, j, nx + 1) <= skills_in_lines(d, g, j, end))
							break;
						end = wrapped_end(d, nx, 0);
					}
					t = end > j + 1 ? join_lines(d, j, end) : c->s;
					tl = end > j + 1 && t != NULL ? strlen(t) : c->len;
					if (t == NULL ||
					    (b->nskills > before && !starts_global_skill(g, t, tl)))
						break;
					k = split_cell(d, b, g, t, tl, &nm);
					if (f < 0)
						f = k;
					j = end - 1;
					continue;
				}
				bar = line_bar(c);
				if (bar != NULL) {
					char *t = NULL;
					/* the end of a skill wrapped before the bar
					 * (catdoc's lines of 72 columns): with its
					 * lines before */
					if (!assessment && from != (size_t)-1 && upto + 1 == j && bar > c->s &&
					    line_starts_lower(c) && b->nskills > before &&
					    (t = join_lines(d, from, j)) != NULL)
						t = arena_printf(d->arena, "%s %.*s", t, (int)(bar - c->s), c->s);
					assessment = 1;
					if (t != NULL) {
						b->nskills--;
						row_skills(d, b, g, t, strlen(t));
					} else if (bar > c->s) {
						row_skills(d, b, g, c->s, (size_t)(bar - c->s));
					}
					from = (size_t)-1;
				} else if (!assessment && from != (size_t)-1 && upto + 1 == j &&
				           (skill_wrapped(&d->lines[j - 1], c) || marked_wrap(d, from, &d->lines[j - 1], c)) &&
				           b->nskills > before) {
					/* a skill wrapped by PDF extraction ("... de
					 * rédu-" / "ction"): its lines so far, this one
					 * and those that go on after it, joined once */
					char *t;
					while (j + 1 < d->nlines && (list_goes_on(&d->lines[j + 1]) ||
					                             marked_wrap(d, from, &d->lines[j], &d->lines[j + 1])))
						j++;
					if ((t = join_lines(d, from, j + 1)) != NULL) {
						b->nskills--;
						row_skills(d, b, g, t, strlen(t));
					}
					upto = j;
				} else if (!assessment) {
					/* (a line of several skills is no wrapped one's
					 * start, nor one of none: a sentence leading
					 * them in) */
					size_t had = b->nskills;
					from = row_skills(d, b, g, c->s, c->len) || b->nskills == had ? (size_t)-1 : j;
					upto = j;
					if (top == (size_t)-1)
						top = j;
				}
			}
			if (cells || g->n > 0) {
				/* ended at the assessment's cell: or do the
				 * cells' lines interleave, more skills below? */
				size_t end = bloc_lines_end(d, j, (size_t)-1), n = b->nskills - before;
				long k = -1;
				if (end > j && interleaved_skills(d, NULL, g, list, end, &k) > n) {
					b->nskills = before;
					f = -1;
					interleaved_skills(d, b, g, list, end, &f);
				}
			}
			if (!cells && !assessment && top != (size_t)-1 && g->n >= 2)
				resplit_list(d, b, g, before, top, upto + 1);
			if (!cells && !assessment && blank_end && drop_assessment(b, before, g, 1))
				assessment = 1;
			if (cells) {
				if (b->nskills - before != 1)
					one_each = 0;
			} else if (b->nskills - before == 1 && (tabbed ? assessment : blank_end) &&
			           (f = global_skill(g, b->skills[before])) >= 0) {
				/* a row of one skill of the list, as a PDF
				 * table's (below); or the list read down its
				 * column, one skill, a blank line under it */
			} else {
				if (!blank_end && !assessment && !headed_end)
					drop_assessment(b, before, g, 0);
				one_each = 0;
			}
		}
		{
			long *p = realloc(first, (d->rec->nblocs - nb0) * sizeof(long));
			size_t *h;
			if (p == NULL)
				break;
			first = p;
			first[d->rec->nblocs - nb0 - 1] = f;
			if (d->rec->nblocs - nb0 > nhead) { /* a new bloc */
				if ((h = realloc(head, (d->rec->nblocs - nb0) * sizeof(*h))) == NULL)
					break;
				head = h;
				while (nhead < d->rec->nblocs - nb0)
					head[nhead++] = i;
			}
		}
	}
	/*
	 * PDF tables often keep only the first skill of each bloc.  When every
	 * bloc shows one skill and those skills come in order in the global
	 * list, each bloc owns the global skills up to the next bloc's first.
	 */
	if (one_each && first != NULL && d->rec->nblocs - nb0 >= 2) {
		size_t nb = d->rec->nblocs - nb0, k;
		int ordered = 1;
		for (k = 0; k < nb; k++)
			if (first[k] < 0 || (k > 0 && first[k] <= first[k - 1]))
				ordered = 0;
		if (ordered) {
			for (k = 0; k < nb; k++) {
				rncp_bloc *b = &d->rec->blocs[nb0 + k];
				size_t end = k + 1 < nb ? (size_t)first[k + 1] : g->n, s;
				for (s = (size_t)first[k] + 1; s < end; s++)
					if (!numbered(&g->v[s]))
						rec_add_skill(d, b, g->v[s].s, g->v[s].len);
			}
			anchored = 1;
		}
	}
	if (!anchored && head != NULL && nhead == d->rec->nblocs - nb0 && g->n > 0 &&
	    !anchored_blocs(d, g, nb0, head))
		reread_blocs(d, g, nb0, head);
	snap_skills(d, g, nb0);
	free(first);
	free(head);
	free(g);
}

/* The web page's title: the line before the status line, under the name
 * of the register. */
static void
web_title_status(doc *d)
{
	size_t i, prev = (size_t)-1;

	for (i = 0; i < d->nlines && i < 60; i++) {
		const line *l = &d->lines[i];
		if (l->len == 0)
			continue;
		if ((l->len == 6 && line_starts_folded(l, "active")) ||
		    (l->len == 8 && line_starts_folded(l, "inactive")) ||
		    line_starts_folded(l, "n° de fiche")) {
			if (d->rec->status == NULL && l->len <= 8)
				d->rec->status = arena_strdup(d->arena, l->len == 6 ? "active" : "inactive");
			/* a title a dump wrapped ("... industrielle" /
			 * "automatisés"): its first line right above */
			size_t top = prev;
			if (prev != (size_t)-1 && prev > 0 && line_starts_lower(&d->lines[prev]) &&
			    d->lines[prev - 1].len > 0 && !line_starts_lower(&d->lines[prev - 1]) &&
			    d->lines[prev - 1].len + d->lines[prev].len < 250 &&
			    /* not the site's banner, wrapped ("L'espace officiel de
			     * la" / "certification professionnelle") */
			    !line_starts_folded(&d->lines[prev], "certification professionnelle"))
				top = prev - 1;
			/* not the site's banner ("... certification
			 * professionnelle", in small letters) nor a field
			 * ("Taux d'insertion ... : 99%") */
			if (d->rec->title == NULL && prev != (size_t)-1 &&
			    !line_starts_folded(&d->lines[top], "repertoire") &&
			    !line_starts_folded(&d->lines[top], "active") &&
			    !line_starts_folded(&d->lines[top], "inactive") &&
			    !line_starts_lower(&d->lines[top]) &&
			    memmem(d->lines[top].s, d->lines[top].len, " : ", 3) == NULL &&
			    memmem(d->lines[prev].s, d->lines[prev].len, " : ", 3) == NULL) {
				if (top == prev)
					rec_set(d, &d->rec->title, d->lines[prev].s, d->lines[prev].len);
				else
					d->rec->title = join_lines(d, top, prev + 1);
			}
		}
		prev = i;
	}
}

static rx rx_code_title = {"^(?:RNCP|RS)\\d{2,6}\\s*[-:\\x{2013}\\x{2014}]\\s*(.{3,250})$", 0, NULL};

/*
 * The length of title t[0..n) without what a browser's page header adds
 * to it: the page's address after it, the site's name (" - France
 * compétences").  0 when nothing else is left.
 */
static size_t
page_title_len(const char *t, size_t n)
{
	static const char site[] = "france comp";
	const char *u = memmem(t, n, " http", 5);
	size_t k;

	if (u == NULL)
		u = memmem(t, n, " www.", 5);
	if (u != NULL)
		n = (size_t)(u - t);
	while (n > 0 && t[n - 1] == ' ')
		n--;
	/* "France compétences" or "France competences", any case, last */
	for (k = n > 24 ? n - 24 : 0; k + sizeof site - 1 <= n; k++) {
		if (ascii_word_eq(t + k, sizeof site - 1, site) && (k == 0 || t[k - 1] == ' ')) {
			n = k;
			/* the separator before it: "-", "|", an en or em dash */
			while (n > 0 && (t[n - 1] == ' ' || t[n - 1] == '-' || t[n - 1] == '|'))
				n--;
			if (n >= 3 && (unsigned char)t[n - 3] == 0xE2 && (unsigned char)t[n - 2] == 0x80 &&
			    ((unsigned char)t[n - 1] == 0x93 || (unsigned char)t[n - 1] == 0x94))
				n -= 3;
			while (n > 0 && t[n - 1] == ' ')
				n--;
			break;
		}
	}
	return n;
}

/* Whether line i is "RNCP40864 - Title" (not a table's cell) of this
 * fiche (cites_other 0) or of the one that replaces it (1); the title's
 * offsets in ov, without a browser header's additions. */
static int
code_title_line(const doc *d, size_t i, int cites_other, size_t *ov)
{
	const line *l = &d->lines[i];

	if (!(l->len && l->s[0] == 'R' && memchr(l->s, '|', l->len) == NULL &&
	      rx_match(&rx_code_title, l->s, l->len, ov, OV) && line_cites_other_fiche(d, i) == cites_other))
		return 0;
	ov[3] = ov[2] + page_title_len(l->s + ov[2], ov[3] - ov[2]);
	return ov[3] - ov[2] >= 3;
}
static rx rx_prev_row = {"^(?:RNCP|RS)\\d{2,6}\\s*(?:\\||[-:\\x{2013}\\x{2014}])\\s*([^|]{3,250}?)\\s*\\|?$", 0, NULL};
static rx rx_prev_code = {"^(?:RNCP|RS)\\d{2,6}$", 0, NULL};

/*
 * Last resort for the title: the fiche it replaces ("Certification(s)
 * antérieure(s)", "Anciennes versions ... en correspondance totale"),
 * whose title a new version nearly always keeps.  Said in a warning.
 */
static void
title_from_predecessor(doc *d)
{
	static const char *const heads[] = {"certification(s) anterieure", "anciennes versions"};
	size_t k, i, ov[OV];

	for (k = 0; k < ARRAY_LEN(heads) && d->rec->title == NULL; k++) {
		long h = find_line_starting(d, 0, d->nlines, heads[k]);
		if (h < 0 || (k == 1 && !line_contains_folded(&d->lines[h], "totale")))
			continue;
		for (i = (size_t)h + 1; i < d->nlines && i < (size_t)h + 8; i++) {
			const line *l = &d->lines[i];
			if (l->len == 0 || l->len > 300)
				continue;
			if (rx_match(&rx_prev_row, l->s, l->len, ov, OV)) {
				rec_set(d, &d->rec->title, l->s + ov[2], ov[3] - ov[2]);
			} else if (rx_match(&rx_prev_code, l->s, l->len, NULL, 0) && i + 1 < d->nlines &&
			           d->lines[i + 1].len > 2) {
				rec_set(d, &d->rec->title, d->lines[i + 1].s, d->lines[i + 1].len);
			} else {
				continue;
			}
			if (d->rec->title)
				rec_warn(d, "title taken from the certification this one replaces");
			break;
		}
	}
	/* or the one that replaces it ("Certification remplacée par
	 * RNCP39795 - ..."), which keeps the title as often */
	for (i = 0; d->rec->title == NULL && i < d->nlines && i < 60; i++)
		if (code_title_line(d, i, 1, ov) &&
		    rec_set(d, &d->rec->title, d->lines[i].s + ov[2], ov[3] - ov[2]) == 0)
			rec_warn(d, "title taken from the certification that replaces this one");
}

#define MAX_SUBJECTS 256
#define SUBJECT_WORDS 12

/* Same word, ignoring the case of its first letter. */
static int
same_word(const char *a, size_t an, const char *b, size_t bn)
{
	if (an != bn || an == 0)
		return 0;
	if (a[0] != b[0] && !(a[0] >= 'A' && a[0] <= 'Z' && a[0] + 32 == b[0]) &&
	    !(b[0] >= 'A' && b[0] <= 'Z' && b[0] + 32 == a[0]))
		return 0;
	return memcmp(a + 1, b + 1, an - 1) == 0;
}

typedef struct subject {
	const char *w[SUBJECT_WORDS];
	size_t n[SUBJECT_WORDS], nw;
} subject;

/*
 * Last resort: the fiche's objectives name the holder again and again at
 * the start of sentences ("Le technicien supérieur systèmes et réseaux
 * participe ...", "Le technicien supérieur systèmes et réseaux assiste
 * ...").  The longest run of words that starts two such sentences of the
 * objectives is the title.
 */
/* Whether line l is in d->text: headings that segment.c joined from two
 * lines live in the arena instead. */
static int
in_text(const doc *d, const line *l)
{
	uintptr_t lo = (uintptr_t)d->text, p = (uintptr_t)l->s;

	return p >= lo && p + l->len <= lo + d->len;
}

/* A verb a sentence about the holder goes on with ("Le comédien est
 * conduit ...", "Le monteur doit ..."): no word of its title. */
static int
holder_verb(const char *w, size_t n)
{
	static const char *const verbs[] = {"est", "sont", "doit", "doivent", "peut", "peuvent", "a", "ont",
	                                    "sait", "va", "sera", "devra", "pourra"};

	return word_in(w, n, verbs, ARRAY_LEN(verbs));
}

/* A sentence's subject that is no holder of the certification ("La
 * licence professionnelle est un diplôme ...", "La certification ..."). */
static int
generic_subject(const char *w, size_t n)
{
	static const char *const nouns[] = {
	    "licence",    "certification", "formation", "diplôme",   "titre",     "mention",  "spécialité",
	    "profession", "branche",       "filière",   "personne",  "entreprise", "candidat", "titulaire",
	    "métier",     "secteur",       "certificat", "structure", "loi",       "réforme",  "demande",
	    "validation", "évaluation",    "durée",     "mise",      "société",   "crise",    "France"};

	return word_in(w, n, nouns, ARRAY_LEN(nouns));
}

static void
title_from_subject(doc *d)
{
	subject *v;
	size_t nv = 0, i, k, best = 0, bestlen = 0, bestcount = 0;
	long h = find_line_starting(d, 0, d->nlines, "objectifs"), e;
	const char *t, *end;

	/* only the objectives: evaluation tables repeat their own sentences */
	if (h < 0)
		return;
	for (e = h + 1; (size_t)e < d->nlines && !line_is_heading(&d->lines[e]); e++)
		;
	/* walk the text itself: the heading or the line that ends the
	 * section may be a joined heading outside it (the walk once ran from
	 * the text into the arena: fuzz crash d774589) */
	t = end = NULL;
	for (i = (size_t)h + 1; i < (size_t)e; i++) {
		if (!in_text(d, &d->lines[i]))
			continue;
		if (t == NULL)
			t = d->lines[i].s;
		end = d->lines[i].s + d->lines[i].len;
	}
	if (t == NULL)
		return;
	if ((v = malloc(MAX_SUBJECTS * sizeof(subject))) == NULL)
		return;
	for (; t < end && nv < MAX_SUBJECTS; t++) {
		const char *p;
		subject *sj;
		if (!((end - t > 3 && t[0] == 'L' && (t[1] == 'e' || t[1] == 'a') && t[2] == ' ') ||
		      (end - t > 2 && t[0] == 'L' && t[1] == '\'')))
			continue;
		if (!(t[-1] == '\n' || (t[-1] == ' ' && t[-2] == '.')))
			continue; /* not the start of a sentence */
		p = t + (t[1] == '\'' ? 2 : 3);
		sj = &v[nv];
		sj->nw = 0;
		while (p < end && sj->nw < SUBJECT_WORDS) {
			const char *w = p;
			while (p < end && *p != ' ' && *p != '\n' && *p != ',' && *p != '.' && *p != '(')
				p++;
			if (p == w || holder_verb(w, (size_t)(p - w)))
				break;
			sj->w[sj->nw] = w;
			sj->n[sj->nw++] = (size_t)(p - w);
			if (p >= end || *p != ' ')
				break;
			p++;
		}
		if (sj->nw >= 2 && !generic_subject(sj->w[0], sj->n[0]))
			nv++;
	}
	/* longest common start of at least three subjects */
	for (i = 0; i < nv; i++) {
		size_t len;
		for (len = v[i].nw; len >= 2; len--) {
			size_t count = 0, w;
			for (k = 0; k < nv; k++) {
				if (v[k].nw < len)
					continue;
				for (w = 0; w < len && same_word(v[i].w[w], v[i].n[w], v[k].w[w], v[k].n[w]); w++)
					;
				count += w == len;
			}
			if (count >= 2) {
				if (len > bestlen || (len == bestlen && count > bestcount)) {
					best = i;
					bestlen = len;
					bestcount = count;
				}
				break;
			}
		}
	}
	while (bestlen > 1 && weak_word(v[best].w[bestlen - 1], v[best].n[bestlen - 1]))
		bestlen--;
	if (bestlen >= 2) {
		const char *a = v[best].w[0], *b = v[best].w[bestlen - 1] + v[best].n[bestlen - 1];
		char *title;
		/* the quotes the holder's name was written in: Le "concepteur ..." */
		for (; a < b && (*a == '"' || (b - a > 2 && memcmp(a, "\xE2\x80\x9C", 3) == 0));)
			a += *a == '"' ? 1 : 3;
		for (; b > a && (b[-1] == '"' || (b - a > 2 && memcmp(b - 3, "\xE2\x80\x9D", 3) == 0));)
			b -= b[-1] == '"' ? 1 : 3;
		title = clean_text(d, a, (size_t)(b - a));
		title_capitalize(title);
		d->rec->title = title;
		rec_warn(d, "title guessed from the objectives (the fiche does not state it)");
	}
	free(v);
}

/* The title under its label: "Intitulé" alone on its line and the title
 * on the next (the web page's general information, copied without its
 * colons), or after it on the line, past a colon or a bar (a table copied
 * with a tab). */
static void
title_under_label(doc *d)
{
	size_t i, j, k;

	for (i = 0; i < d->nlines && i < 80; i++) {
		const line *l = &d->lines[i];
		if (l->len < 8 || !line_starts_folded(l, "intitule"))
			continue;
		k = (l->s[7] == 'e' || l->s[7] == 'E') ? 8 : 9; /* é: two bytes */
		if (k < l->len && ((unsigned char)l->s[k] & 0xC0) == 0x80)
			continue; /* another letter folded to e: not the label */
		while (k < l->len && l->s[k] == ' ')
			k++;
		if (k < l->len && l->s[k] != ':' && l->s[k] != '|')
			continue; /* "Intitulé de la certification ..." */
		if (k < l->len) {
			for (k++; k < l->len && l->s[k] == ' '; k++)
				;
			if (l->len - k > 1)
				rec_set(d, &d->rec->title, l->s + k, l->len - k);
			return;
		}
		for (j = i + 1; j < d->nlines && j < i + 3 && d->lines[j].len == 0; j++)
			;
		/* an empty field shows the next label, or "-" */
		if (j < d->nlines && d->lines[j].len > 1 && !line_is_heading(&d->lines[j]) &&
		    !line_starts_folded(&d->lines[j], "abrege"))
			rec_set(d, &d->rec->title, d->lines[j].s, d->lines[j].len);
		return;
	}
}

void
layout_fc(doc *d, int web)
{
	size_t i, ov[OV];

	if (!extract_code_stated(d))
		extract_code_from_blocs(d);
	/* the stated title first: its label, then a page header "RNCP40864 -
	 * Gestionnaire ..."; the web page's line above its status is a
	 * guess, which page furniture copied with it can take */
	title_under_label(d);
	for (i = 0; d->rec->title == NULL && i < d->nlines && i < 20; i++) {
		if (code_title_line(d, i, 0, ov))
			rec_set(d, &d->rec->title, d->lines[i].s + ov[2], ov[3] - ov[2]);
		else if (d->lines[i].len <= 4)
			code_split(d, i, &d->rec->title);
	}
	/* a page of no known layout may have a status line too (a site
	 * republishing the register: "Brevet de ...", "Active"), and so may
	 * a web page whose certifier table kept its bars (which reads as
	 * the PDF's) when nothing above gave the title */
	if (web || d->layout == LAYOUT_GENERIC || d->rec->title == NULL)
		web_title_status(d);
	if (d->rec->title == NULL) {
		long h = find_line_starting(d, 0, d->nlines, "intitule de la certification");
		/* not the header of a table of correspondences laid out in
		 * columns ("intitulé de la" / "certification" /
		 * "professionnelle reconnue en"): a title starts upper case */
		if (h >= 0 && (size_t)h + 1 < d->nlines && d->lines[h + 1].len > 0 &&
		    d->lines[h].len < 40 && !line_starts_lower(&d->lines[h + 1]))
			rec_set(d, &d->rec->title, d->lines[h + 1].s, d->lines[h + 1].len);
	}
	if (d->rec->title == NULL)
		extract_title_guillemets(d);
	if (d->rec->title == NULL)
		title_from_predecessor(d);
	if (d->rec->title == NULL)
		title_from_subject(d);
	extract_level(d);
	extract_lists(d);
	extract_expiry(d);
	if (!extract_certifiers_table(d) && !extract_certifiers_web(d))
		extract_certifiers_column(d);
	fc_blocs(d, web);
	uncoded_blocs(d);
	numbered_blocs(d);
	annex_components(d);
	{
		long h = find_line_starting(d, 0, d->nlines, "type d'emplois accessibles");
		/* (in the plural in copies of the page: "Types d'emplois
		 * accessibles") */
		if (h < 0)
			h = find_line_starting(d, 0, d->nlines, "types d'emplois accessibles");
		/* or an arrêté's annex's sentence: "Les types d'emploi(s)
		 * accessibles sont les suivants :"; or its items under its
		 * heading */
		if (h < 0)
			h = find_line_starting(d, 0, d->nlines, "les types d'emploi");
		/* or the sentence with its list after its colon: "Les
		 * emplois accessibles sont : chef de cuisine, responsable de
		 * production culinaire, ..." (read from that line on) */
		if (h < 0 && d->rec->njobs == 0) {
			long e = find_line_starting(d, 0, d->nlines, "les emplois accessibles sont :");
			if (e > 0 && d->lines[e].len > 32)
				extract_jobs_after(d, e - 1);
		}
		extract_jobs_after(d, h);
		if (h < 0)
			annex_jobs(d);
		/* or a page's own heading over them ("Métiers visés :",
		 * "Débouchés"), alone on its line */
		if (h < 0 && d->rec->njobs == 0) {
			static const char *const own[] = {"metiers vises", "debouches", "emplois vises", "metiers accessibles"};
			size_t k;
			for (k = 0; k < ARRAY_LEN(own) && h < 0; k++)
				if ((h = find_line_starting(d, 0, d->nlines, own[k])) >= 0 && d->lines[h].len > 30)
					h = -1;
			extract_jobs_after(d, h);
		}
	}
}
