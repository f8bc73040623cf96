/*
 * layout_cncp.c - fiches of the former CNCP (before 2019), from its PDF or
 * its web site: "Résumé descriptif de la certification Code RNCP : N",
 * "Intitulé", the certifying authority beside its signatories' roles, blocs
 * as "Bloc de compétence n°2 de la fiche n° 14392 - title" in a flattened
 * two-column table, and a legal history with several "jusqu'au" dates.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

#define OV 20

/* Title: the line(s) under "Intitulé"; a renamed fiche adds "Nouvel
 * intitulé : ...", which is the current title. */
static void
cncp_title(doc *d)
{
	long h = -1;
	size_t i, j;

	for (i = 0; i < d->nlines; i++)
		if (d->lines[i].len <= 12 && line_starts_folded(&d->lines[i], "intitule")) {
			h = (long)i;
			break;
		}
	if (h < 0) {
		/* no label: the title right under the page's head ("... Code
		 * RNCP : 27814" / "" / "Culinary arts and catering manager", a
		 * fiche's English version) */
		for (i = 0; i < d->nlines && i < 12 && !line_contains_folded(&d->lines[i], "code rncp"); i++)
			;
		for (j = i + 1; j < d->nlines && j < i + 5 && d->lines[j].len == 0; j++)
			;
		if (i < 12 && j < d->nlines && d->lines[j].len >= 3 && d->lines[j].len <= 160 &&
		    !line_is_heading(&d->lines[j]) && d->lines[j].s[d->lines[j].len - 1] != ':')
			rec_set(d, &d->rec->title, d->lines[j].s, d->lines[j].len);
		return;
	}
	for (i = (size_t)h + 1; i < d->nlines && i < (size_t)h + 8; i++) {
		const line *l = &d->lines[i];
		if (l->len == 0)
			continue;
		if (line_starts_folded(l, "l'acces a la certification n'est plus possible")) {
			d->rec->status = arena_strdup(d->arena, "inactive");
			continue;
		}
		if (line_starts_folded(l, "nouvel intitule")) {
			const char *c = memchr(l->s, ':', l->len);
			if (c != NULL) {
				if (d->rec->title)
					rec_warn(d, "renamed: former title \"%s\"", d->rec->title);
				rec_set(d, &d->rec->title, c + 1, l->len - (size_t)(c + 1 - l->s));
			}
			break;
		}
		if (line_is_heading(l) || line_starts_folded(l, "autorite"))
			break;
		if (d->rec->title != NULL)
			continue;
		/* a long title wraps onto the next line */
		for (j = i + 1; j < d->nlines && d->lines[j].len > 0 &&
		                !line_is_heading(&d->lines[j]) &&
		                !line_starts_folded(&d->lines[j], "l'acces a") &&
		                !line_starts_folded(&d->lines[j], "nouvel intitule") &&
		                !line_starts_folded(&d->lines[j], "autorite");
		     j++)
			;
		d->rec->title = join_lines(d, i, j);
		i = j - 1;
	}
}

/* Words that begin a signatory's role ("CESI Directeur Général", "...
 * Le président"). */
#define ROLE(s) {s, sizeof(s) - 1}
static const struct {
	const char *s;
	size_t n;
} roles[] = {
    ROLE("directeur"),      ROLE("directrice"),     ROLE("president"),    ROLE("presidente"),
    ROLE("recteur"),        ROLE("rectrice"),       ROLE("ministre"),     ROLE("secretaire"),
    ROLE("delegue"),        ROLE("deleguee"),       ROLE("administrateur"), ROLE("administratrice"),
    ROLE("gerant"),         ROLE("gerante"),        ROLE("chef "),        ROLE("responsable"),
    ROLE("doyen"),          ROLE("vice-president"), ROLE("representant"), ROLE("commandant"),
};

/* The words an authority's name opens with ("Université Paris-Dauphine,
 * Ministère chargé de l'enseignement supérieur"), folded. */
static const char *const institutions[] = {
    "ministere ", "universite ", "ecole ", "institut ", "conservatoire ", "chambre ",
    "cci ", "centre ", "association ", "federation ", "groupement ", "office ",
    "agence ", "academie ", "union ", "comite ", "commission ", "syndicat ",
    "lycee ", "college ", "compagnie ", "conseil ", "etablissement ", "fondation ",
};

/* Whether s[0..n) opens with an authority's name (institutions). */
static int
institution_at(const char *s, size_t n)
{
	char f[32];
	size_t i;

	if (n == 0 || !((*s >= 'A' && *s <= 'Z') || (unsigned char)*s == 0xC3))
		return 0;
	fold_into(s, n < 24 ? n : 24, f, sizeof(f));
	for (i = 0; i < ARRAY_LEN(institutions); i++)
		if (strncmp(f, institutions[i], strlen(institutions[i])) == 0)
			return 1;
	return 0;
}

/* Authorities named on one line, parts two of them: "Ecole du Matériel
 * (EMAT), Ministère de la défense - ...", a comma after a closing
 * parenthesis, then a capital; "Université Paris-Dauphine, Ministère
 * chargé de l'enseignement supérieur", a comma, then a name that opens
 * as an authority's does (not "Ministère de l'agriculture, de
 * l'alimentation ..."). */
static void
add_authorities(doc *d, const char *s, size_t n)
{
	size_t i;

	for (i = 0; i + 3 < n; i++) {
		if (s[i] != ',' || s[i + 1] != ' ' ||
		    !((i > 0 && s[i - 1] == ')' && ((s[i + 2] >= 'A' && s[i + 2] <= 'Z') || (unsigned char)s[i + 2] == 0xC3)) ||
		      institution_at(s + i + 2, n - i - 2)))
			continue;
		rec_add_certifier(d, s, i, NULL);
		s += i + 2;
		n -= i + 2;
		i = 0;
	}
	rec_add_certifier(d, s, n, NULL);
}

/* Whether s[0..n) opens with a signatory's role ("Directeur ...", "Le
 * président ..."), its first letter a capital or the article's. */
static int
role_at(const char *s, size_t n)
{
	char wf[64];
	const char *role = wf;
	size_t r;

	/* (most lines: no role's first letter, nor an article's) */
	if (n == 0 || strchr("DdPpRrMmSsAaGgCcVvLl", s[0]) == NULL)
		return 0;
	fold_into(s, n < 40 ? n : 40, wf, sizeof(wf));
	/* "Le directeur", not "La Réunion" */
	if (strncmp(role, "le ", 3) == 0 || strncmp(role, "la ", 3) == 0)
		role += 3;
	else if (strncmp(role, "l'", 2) == 0)
		role += 2;
	for (r = 0; r < ARRAY_LEN(roles); r++)
		if (strncmp(role, roles[r].s, roles[r].n) == 0)
			return 1;
	return 0;
}

/* Whether line l holds words of the authorities' table's header
 * ("Autorité responsable de la certification", "Qualité du(es)
 * signataire(s) de la certification"), wrapped or not. */
static int
table_head_words(const line *l)
{
	return line_contains_folded(l, "certification") || line_contains_folded(l, "signataire");
}

/* Whether s[p] ends a small letter or a bracket glued to a capital at
 * s[p + 1]: two cells of a table whose text was taken without a blank
 * between them ("... Normandie - CCI FormationPrésident de la CCI",
 * "(IFCH)Directeur", "... de l'unitéAnalyser le marché"). */
static int
glued_cells(const char *s, size_t p, size_t n)
{
	unsigned char a = (unsigned char)s[p], b;

	if (p + 2 >= n)
		return 0;
	b = (unsigned char)s[p + 1];
	if (!((a >= 'a' && a <= 'z') || a == ')' || (p > 0 && (unsigned char)s[p - 1] == 0xC3 && a >= 0x9F && a != 0xB7)))
		return 0;
	return (b >= 'A' && b <= 'Z') || (b == 0xC3 && (unsigned char)s[p + 2] >= 0x80 && (unsigned char)s[p + 2] <= 0x9E);
}

/* Where line l's signatory's role starts, after the authority's name:
 * before its first capitalised role word ("CCI & CAUX Directeur"), glued
 * to the name or not, or the line's length.  The folded and original
 * texts differ in length, so the walk is over the words. */
static size_t
role_cut(const line *l)
{
	size_t p;

	for (p = 1; p < l->len; p++) {
		const char *w = l->s + p;
		/* a capital, or a small article: "l'administrateur" */
		int article = *w == 'l' && p + 2 < l->len &&
		              (w[1] == '\'' || ((w[1] == 'e' || w[1] == 'a') && w[2] == ' '));
		if (l->s[p - 1] == ' ' && ((*w >= 'A' && *w <= 'Z') || (unsigned char)*w == 0xC3 || article)) {
			if (role_at(w, l->len - p))
				return p - 1;
		} else if (glued_cells(l->s, p - 1, l->len) && role_at(w, l->len - p)) {
			return p;
		}
	}
	return l->len;
}

/* The end of a name's cell that lines [i, end) hold, a role's cell after
 * it, a blank line between or none (a PDF of the page's table: "Chambre de commerce
 * ... de région" / "Normandie - CCI Formation" / "" / "Président de la
 * CCI ..."), or i. */
static size_t
names_then_role(const doc *d, size_t i)
{
	size_t k, j;

	/* (the role's cell right under it where the blank lines were lost:
	 * odt2txt's double-spaced paragraphs undoubled; not past a heading,
	 * "Modalités d'élaboration de références :" / "CPC ..." / "Directeur
	 * ...", the signatory of the CPC's; nor a line with its role,
	 * "Université ... Président de l'université," / "Recteur de
	 * l'académie") */
	for (k = i; k < d->nlines && k < i + 4 && d->lines[k].len > 0; k++) {
		if (line_bar(&d->lines[k]) != NULL || line_is_heading(&d->lines[k]) ||
		    d->lines[k].s[d->lines[k].len - 1] == ':' || role_cut(&d->lines[k]) < d->lines[k].len ||
		    table_head_words(&d->lines[k]))
			return i;
		if (role_at(d->lines[k].s, d->lines[k].len))
			return k;
	}
	if (k == i || k + 1 >= d->nlines || d->lines[k].len > 0)
		return i;
	j = k + 1;
	/* (pdfminer's: the header's second title between the name's cell
	 * and the role's, "Qualité du(es) signataire(s) de la" /
	 * "certification") */
	if (table_head_words(&d->lines[j])) {
		while (j < d->nlines && j < k + 4 && d->lines[j].len > 0)
			j++;
		j++;
	}
	if (j >= d->nlines || d->lines[j].len == 0 || !role_at(d->lines[j].s, d->lines[j].len))
		return i;
	return k;
}

static void
cncp_certifiers(doc *d)
{
	long h = find_line_starting(d, 0, d->nlines, "autorite responsable");
	size_t i, k;
	int role_above = 0; /* the line above ended with a signatory's role */

	if (h < 0)
		return;
	for (i = (size_t)h + 1; i < d->nlines && i < (size_t)h + 24; i++) {
		const line *l = &d->lines[i];
		size_t cut;
		const char *bar;
		if (l->len == 0) {
			/* (a PDF of the page: each cell a paragraph, the
			 * roles' after the names', blank lines between;
			 * pdfminer's: the header's second title after the
			 * first name) */
			if (d->rec->ncertifiers && !(i + 1 < d->nlines && d->lines[i + 1].len > 0 &&
			                             (role_at(d->lines[i + 1].s, d->lines[i + 1].len) ||
			                              table_head_words(&d->lines[i + 1]) ||
			                              names_then_role(d, i + 1) > i + 1)))
				break;
			continue;
		}
		/* a role's cell on a line of its own (a PDF's or a word
		 * processor's copy of the page's table); a role's end wrapped
		 * under its line (lynx: "... Président de la CCI" / "de
		 * région") */
		if (role_at(l->s, l->len) || (role_above && lower_start(l->s, l->len)))
			continue;
		role_above = 0;
		if (line_is_heading(l) || line_starts_folded(l, "niveau"))
			break;
		if (l->len >= 256)
			continue;
		/* the heading wrapped: "DE LA CERTIFICATION", or the end of
		 * its last word cut at a hyphen ("... CERTIF-" / "ICATION") */
		if (table_head_words(l) ||
		    (d->lines[i - 1].len > 0 && d->lines[i - 1].s[d->lines[i - 1].len - 1] == '-' &&
		     (line_contains_folded(&d->lines[i - 1], "certif") ||
		      line_contains_folded(&d->lines[i - 1], "signataire")) &&
		     memchr(l->s, ' ', l->len) == NULL))
			continue;
		/* a name's cell of its own, wrapped, a role's after it */
		if ((k = names_then_role(d, i)) > i) {
			const char *name = join_lines(d, i, k);
			if (name != NULL)
				add_authorities(d, name, strlen(name));
			i = k - 1;
			continue;
		}
		/* copied from the web site's table: the role is the next cell */
		bar = line_bar(l);
		if (bar != NULL) {
			if (bar > l->s)
				rec_add_certifier(d, l->s, (size_t)(bar - l->s), NULL);
			continue;
		}
		/* the table's first cell wrapped (a PDF of the page): its
		 * start alone on its line, its end before the next line's bar
		 * ("... Normandie - CCI" / "Formation | Président ...") */
		if (i + 1 < d->nlines && (bar = line_bar(&d->lines[i + 1])) != NULL && bar > d->lines[i + 1].s &&
		    !line_is_heading(&d->lines[i + 1])) {
			const char *name = arena_printf(d->arena, "%.*s %.*s", (int)l->len, l->s,
			                                (int)(bar - d->lines[i + 1].s), d->lines[i + 1].s);
			if (name != NULL)
				rec_add_certifier(d, name, strlen(name), NULL);
			i++;
			continue;
		}
		cut = role_cut(l);
		role_above = cut < l->len;
		/* the signatory's cell the authority's name again: "SOSIM
		 * (...) SOSIM (...)" */
		if (cut == l->len && l->len % 2 == 1 && l->s[l->len / 2] == ' ' &&
		    memcmp(l->s, l->s + l->len / 2 + 1, l->len / 2) == 0)
			cut = l->len / 2;
		add_authorities(d, l->s, cut);
	}
}

static rx rx_bloc_n = {"^Blocs?\\s+de\\s+comp[ée]tences?\\s*n\\s*°?\\s*(\\d{1,3})\\s+de\\s+la\\s+fiche\\s+n\\s*°?\\s*(\\d{2,6})"
                       "\\s*[-:\\x{2013}\\x{2014}]?\\s*(?:Bloc\\s*\\d{1,3}\\b\\s*[-:\\x{2013}\\x{2014}]?\\s*)?(.*)$",
                       PCRE2_CASELESS, NULL};
/* "Bloc 2 - title", "Bloc N° 2 : title", "Bloc de compétences n° 2 :
 * title"; as notes name them, "BC02 — title" (numbered too: "1. BC01 —
 * title"), and a titre professionnel's "CCP1 — title" (an activity
 * type: no code) */
static rx rx_bloc_short = {"^(?:\\d{1,2}[.)]\\s+)?(?|Bloc(?:s?\\s+de\\s+comp[ée]tences?\\s*|\\s+)(?:n\\s*°|no\\.?|num[ée]ro)?\\s*(\\d{1,3})"
                           "|(?:BC|CCP)\\s?(\\d{1,2}))\\s*[-:\\x{2013}\\x{2014}]\\s*(.+)$",
                           PCRE2_CASELESS, NULL};

/* The skill of lines [from, to), without its list marker. */
static void
cncp_skill(doc *d, rncp_bloc *b, size_t from, size_t to)
{
	char *s = join_lines(d, from, to);

	if (s != NULL) {
		s += item_marker(s, strlen(s));
		rec_add_skill(d, b, s, strlen(s));
	}
}

/* Skills under "Compétences attestées :": "- " items, wrapped lines joined;
 * or, the list's marks lost (a browser's copy of its page), each skill
 * on a line of its own, opening with its verb.  Returns the line after
 * the list. */
static size_t
cncp_skills(doc *d, rncp_bloc *b, size_t i)
{
	size_t start = (size_t)-1;
	int bare = -1; /* whether the list has no marks, once its first line is read */

	while (i < d->nlines && d->lines[i].len == 0)
		i++;
	if (i >= d->nlines || !line_starts_folded(&d->lines[i], "competences attestees"))
		return i;
	for (i++; i < d->nlines; i++) {
		const line *l = &d->lines[i];
		size_t bullet = item_marker(l->s, l->len);
		if (l->len == 0 && start == (size_t)-1 && b->nskills == 0)
			continue; /* blank lines under the heading */
		/* "... avec les supports de" / "" / "transmissions ...", and
		 * the next skill after a blank line: a web page's paragraphs
		 * (odt2txt may put two blank lines inside a skill) */
		if (l->len == 0 && bare >= 0 && i + 2 < d->nlines && d->lines[i + 1].len == 0 &&
		    line_goes_on(&d->lines[i + 2])) {
			i++;
			continue;
		}
		if (l->len == 0 && bare >= 0 && i + 1 < d->nlines &&
		    (line_goes_on(&d->lines[i + 1]) ||
		     (bare == 1 ? starts_infinitive(&d->lines[i + 1]) && !line_is_heading(&d->lines[i + 1])
		                : item_marker(d->lines[i + 1].s, d->lines[i + 1].len) != 0)))
			continue;
		if (l->len == 0 || line_is_heading(l) || rx_match(&rx_bloc_short, l->s, l->len, NULL, 0))
			break;
		if (bare < 0)
			bare = bullet == 0 && starts_infinitive(l);
		if (bare == 1 && start != (size_t)-1 && starts_infinitive(l))
			bullet = 1;
		if (bullet && start != (size_t)-1) {
			cncp_skill(d, b, start, i);
			start = (size_t)-1;
		}
		if (bullet || start == (size_t)-1)
			start = i;
	}
	if (start != (size_t)-1)
		cncp_skill(d, b, start, i);
	return i;
}

/* Whether the heading line l holds a title: words after its fiche's
 * number, not only "- Bloc 1 :", and wider than a table's narrow column. */
static int
heading_has_title(const line *l)
{
	size_t ov[OV];
	char c;

	if (l->len < 60 || !rx_match(&rx_bloc_n, l->s, l->len, ov, OV) || ov[7] - ov[6] < 12)
		return 0;
	c = l->s[ov[7] - 1];
	return c != ':' && c != '-' && c != ',';
}

/* Cuts title t before a capitalised infinitive after its third word, a
 * blank before it or none (glued_cells()). */
static void
cut_at_infinitive(char *t)
{
	char *p;
	size_t words = 1, n = strlen(t);

	for (p = t; *p != '\0'; p++) {
		if (*p == ' ') {
			/* (after a word in lower case: its last byte a small
			 * letter's, é's second byte among them) */
			if (++words > 3 && p > t && ((p[-1] >= 'a' && p[-1] <= 'z') || (unsigned char)p[-1] >= 0x80) &&
			    text_starts_infinitive(p + 1, strlen(p + 1))) {
				*p = '\0';
				return;
			}
		} else if (words >= 3 && glued_cells(t, (size_t)(p - t), n) &&
		           text_starts_infinitive(p + 1, strlen(p + 1))) {
			p[1] = '\0';
			return;
		}
	}
}

/* Where the heading "Bloc de compétence n°2 de la fiche n° 14392 - title"
 * that starts at line i ends: at a blank line, the skills or the next
 * bloc; or, the blank line lost, where the title's narrow column ends: at
 * a line that starts a sentence after one well short of the title's
 * others, or well wider than them (the assessment column, flattened under
 * it). */
static size_t
cncp_bloc_heading_end(const doc *d, size_t i)
{
	size_t j, width = 0;
	long code = -1; /* the line that names the fiche; the title follows */

	for (j = i; j < d->nlines && j < i + 10; j++) {
		const line *l = &d->lines[j];
		/* "... n°1 de" / "" / "la fiche n° 19542 ...": PDF text of the
		 * table's cell, a blank line inside it */
		/* and pdftotext -layout spaces a cell's lines: "Mettre en
		 * service le matériel" / "" / "informatique et réaliser les" */
		/* (or two: antiword's Word paragraphs in a cell) */
		if (j > i && (blank_goes_on(d, j) ||
		              (l->len == 0 && code < 0 && j + 1 < d->nlines &&
		               (line_contains_folded(&d->lines[j + 1], "fiche n") ||
		                (d->lines[j + 1].len == 0 && j + 2 < d->nlines &&
		                 line_contains_folded(&d->lines[j + 2], "fiche n"))))))
			continue;
		if (j > i && (l->len == 0 || line_starts_folded(l, "competences attestees") ||
		              line_starts_folded(l, "modalites") || line_starts_folded(l, "bloc")))
			break;
		/* the next section, past the line that names the fiche, when
		 * no blank line parts them ("Validité des composantes acquises
		 * : 5 an(s)", "Base légale") */
		if (code >= 0 && (long)j > code && line_starts_heading(l))
			break;
		if (code >= 0 && (long)j > code + 1 && line_starts_upper(l) &&
		    (d->lines[j - 1].len * 10 < width * 6 || l->len * 2 > width * 3))
			break;
		/* the heading whole on its line (a copy of the web page, its
		 * cells a line each), its title there: a line that opens a
		 * sentence is the description's */
		if (code == (long)i && j == i + 1 && line_starts_upper(l) && heading_has_title(&d->lines[i]))
			break;
		if (code < 0 && line_contains_folded(l, "fiche n"))
			code = (long)j;
		else if (code >= 0 && l->len > width)
			width = l->len;
	}
	return j;
}

static void
cncp_blocs(doc *d)
{
	size_t i, j, ov[OV];
	char code[32];

	/* "Bloc de compétence n°2 de la fiche n° 14392 - title", over lines */
	for (i = 0; i < d->nlines; i++) {
		const line *l = &d->lines[i];
		char *joined, *title, *cell;
		rncp_bloc *b;
		if (l->len == 0 || l->len > 300 || !line_starts_folded(l, "bloc"))
			continue;
		j = cncp_bloc_heading_end(d, i);
		joined = join_lines(d, i, j);
		if (joined == NULL || !rx_match(&rx_bloc_n, joined, strlen(joined), ov, OV))
			continue;
		snprintf(code, sizeof(code), "RNCP%.*sBC%02ld", (int)(ov[5] - ov[4]), joined + ov[4],
		         strtol(joined + ov[2], NULL, 10));
		title = joined + ov[6];
		if (ov[7] == ov[6]) {
			/* "... - Bloc 1 :", its title after a blank line */
			size_t k = j;
			while (k < d->nlines && k < j + 3 && d->lines[k].len == 0)
				k++;
			if (k > j && k < d->nlines && !line_starts_folded(&d->lines[k], "competences") &&
			    !line_starts_folded(&d->lines[k], "bloc") &&
			    (title = join_lines(d, k, (j = cncp_bloc_heading_end(d, k)))) == NULL)
				continue;
		}
		/* the row's next cell on its line (a browser's copy: a tab,
		 * read as a table's bar), the description's */
		if ((cell = strstr(title, " | ")) != NULL)
			*cell = '\0';
		/* or a blank only before it (lynx's cells on one line): the
		 * description opens with a capitalised infinitive, which no
		 * title has after its third word ("... de l'unité Analyser le
		 * marché ...") */
		cut_at_infinitive(title);
		b = rec_add_bloc(d, code, title, strlen(title));
		if (b != NULL)
			cncp_skills(d, b, j);
		i = j - 1;
	}
	numbered_blocs(d);
}

/* The next line from i on that holds something. */
static size_t
next_text_line(const doc *d, size_t i)
{
	while (i < d->nlines && d->lines[i].len == 0)
		i++;
	return i;
}

/* Whether the item on line l opens with a verb, after its sign and its
 * skill's number maybe ("* C1. Automatiser ..."). */
static int
item_opens_verb(const line *l)
{
	size_t k = item_marker(l->s, l->len), e, digits = 0;

	for (e = k; e < l->len && ((l->s[e] >= 'A' && l->s[e] <= 'Z') || (l->s[e] >= '0' && l->s[e] <= '9') ||
	                           l->s[e] == '.');
	     e++)
		digits += l->s[e] >= '0' && l->s[e] <= '9';
	if (digits > 0 && e < l->len && l->s[e] == ' ')
		for (k = e; k < l->len && l->s[k] == ' '; k++)
			;
	return text_starts_infinitive(l->s + k, l->len - k);
}

/* Whether line p leaves its item unfinished: a comma, or a small word
 * ("de", "et"), at its end ("- **CP13.** Respecter ... (Qualiopi," /
 * "RGPD, accessibilité ...) et ..."): the line after it goes on with it
 * whatever its first letter. */
static int
item_unfinished(const line *p)
{
	return p->len > 0 && (p->s[p->len - 1] == ',' || ends_weak(p->s, p->len));
}

/* A Markdown table's skills under a bloc's heading (a student's notes:
 * "| Compétence Référentiel | Réalisation | Livrable |" / "| :--- | ..." /
 * "| **Automatiser la création de serveurs** | ... |"): each row's first
 * cell.  Returns the line after the table, or i when none is there. */
static size_t
table_skills(doc *d, rncp_bloc *b, size_t i)
{
	const line *h = &d->lines[i];
	const char *bar = memmem(h->s, h->len, " |", 2);
	size_t j;

	if (bar == NULL || (size_t)(bar - h->s) > 40 || !line_starts_folded(h, "competence") ||
	    i + 1 >= d->nlines || !table_rule(&d->lines[i + 1]))
		return i;
	for (j = i + 2; j < d->nlines; j++) {
		const line *l = &d->lines[j];
		if (l->len == 0 || (bar = memmem(l->s, l->len, " |", 2)) == NULL || bar == l->s)
			break;
		rec_add_skill(d, b, l->s, (size_t)(bar - l->s));
	}
	return j;
}

/* The list right under a numbered bloc's heading (a Markdown page: "####
 * Bloc de compétences 1 : ..." / "* C1. Automatiser ..."): its items,
 * each with the lines that go on with it in small letters, blank lines
 * between them maybe.  Returns the line after it. */
static size_t
bloc_items(doc *d, rncp_bloc *b, size_t i)
{
	size_t start = (size_t)-1, j;

	if ((i = next_text_line(d, i)) < d->nlines && (j = table_skills(d, b, i)) > i)
		return j;
	for (; i < d->nlines; i++) {
		const line *l = &d->lines[i];
		if (l->len == 0) {
			j = next_text_line(d, i);
			if (j >= d->nlines || (start != (size_t)-1 && item_marker(d->lines[j].s, d->lines[j].len) == 0))
				break;
			i = j - 1;
			continue;
		}
		/* (an assessment's paragraph, and a line that leads the
		 * list in, over it: "Modalité d'évaluation : étude de cas
		 * ..." / "Compétences :") */
		if (start == (size_t)-1 && item_marker(l->s, l->len) == 0 &&
		    (line_starts_folded(l, "modalite") || (l->s[l->len - 1] == ':' && l->len < 60)))
			continue;
		if (line_is_heading(l) || rx_match(&rx_bloc_short, l->s, l->len, NULL, 0))
			break;
		if (item_marker(l->s, l->len) > 0) {
			/* (skills, a verb first, not the activities a page
			 * lists under its blocs' headings: "• Elaboration
			 * d'un plan ...") */
			if (start == (size_t)-1 && !item_opens_verb(l))
				break;
			if (start != (size_t)-1)
				cncp_skill(d, b, start, i);
			start = i;
		} else if (start == (size_t)-1 ||
		           !(line_goes_on(l) || l->s[0] == '(' || item_unfinished(&d->lines[i - 1]))) {
			break;
		}
	}
	if (start != (size_t)-1)
		cncp_skill(d, b, start, i);
	return i;
}

void
numbered_blocs(doc *d)
{
	size_t i, ov[OV];
	char code[32];

	if (d->rec->nblocs > 0 || d->rec->code == NULL)
		return;
	for (i = 0; i < d->nlines; i++) {
		const line *l = &d->lines[i];
		rncp_bloc *b;
		if (l->len == 0 || l->len > 300 || !rx_match(&rx_bloc_short, l->s, l->len, ov, OV))
			continue;
		snprintf(code, sizeof(code), "%sBC%02ld", d->rec->code, strtol(l->s + ov[2], NULL, 10));
		b = rec_add_bloc(d, (l->s[ov[2] - 1] == 'P' || l->s[ov[2] - 2] == 'P') ? NULL : code, l->s + ov[4],
		                 ov[5] - ov[4]);
		if (b != NULL) {
			size_t end = cncp_skills(d, b, i + 1);
			/* or no "Compétences attestées" above them: the list
			 * under the heading */
			i = (b->nskills == 0 ? bloc_items(d, b, i + 1) : end) - 1;
		}
	}
}

/* "1. Intervenir et assister à distance": a component's number and title */
static rx rx_component = {"^(\\d{1,2})\\.\\s+(\\S.*)$", 0, NULL};

/* Whether line l is a skill that a phrase of place or time leads in,
 * its verb after the comma: "En laboratoire, stocker les échantillons
 * ...". */
static int
led_skill(const line *l)
{
	const char *c = l->len > 4 ? memchr(l->s, ',', l->len < 40 ? l->len : 40) : NULL;
	line v = {0};

	if (c == NULL || !line_starts_upper(l))
		return 0;
	v.s = c + 1;
	v.len = l->len - (size_t)(v.s - l->s);
	while (v.len > 0 && *v.s == ' ')
		v.s++, v.len--;
	return lower_infinitive(&v);
}

/* A component's title from line i on: the line, and those that go on
 * with it in small letters or a bracket ("2. Construire et entretenir un
 * réseau d'assainissement" / "(tous diamètres) en tranchée ..."), blank
 * lines between them.  skip: the bytes of its number.  The line after it
 * in *end. */
static rncp_bloc *
component(doc *d, size_t i, size_t skip, size_t *end)
{
	size_t j;
	char *t;

	*end = i + 1;
	while ((j = next_text_line(d, *end)) < d->nlines &&
	       ((line_starts_lower(&d->lines[j]) && !starts_infinitive(&d->lines[j])) || d->lines[j].s[0] == '('))
		*end = j + 1;
	if ((t = join_lines(d, i, *end)) == NULL)
		return NULL;
	t += skip;
	/* (a title is no sentence: its full stop goes) */
	return rec_add_bloc(d, NULL, t, strlen(t) - (t[0] != '\0' && t[strlen(t) - 1] == '.'));
}

void
annex_components(doc *d)
{
	long h = d->rec->nblocs > 0 ? -1 : find_line_starting(d, 0, d->nlines, "capacites attestees");
	size_t i, j, end, ov[OV];
	rncp_bloc *b = NULL;

	/* (or, in annexes of later years, "Compétences attestées et
	 * descriptif des composantes ...": the descriptif tells it from a
	 * fiche's "Compétences attestées") */
	if (h < 0 && d->rec->nblocs == 0)
		h = find_line_starting(d, 0, d->nlines, "competences attestees et descriptif");
	/* or the other way round: "Descriptif des composantes de la
	 * certification" / "et capacités attestées" */
	if (h < 0 && d->rec->nblocs == 0)
		h = find_line_starting(d, 0, d->nlines, "descriptif des composantes");

	if (h < 0 || d->lines[h].len > 100)
		return;
	/* (the heading's end, wrapped: "des composantes de la
	 * certification") */
	i = next_text_line(d, (size_t)h + 1);
	if (i < d->nlines && line_starts_lower(&d->lines[i]))
		i++;
	for (; (i = next_text_line(d, i)) < d->nlines; i++) {
		const line *l = &d->lines[i];
		if (l->len < 300 && rx_match(&rx_component, l->s, l->len, ov, OV)) {
			if ((b = component(d, i, ov[4], &end)) == NULL)
				return;
			i = end - 1;
			continue;
		}
		/* (the sentence that leads them in: "Le titre est composé des
		 * quatre certificats de compétences professionnelles suivants :") */
		if (b == NULL && l->len < 200 && l->s[l->len - 1] == ':' && !line_starts_heading(l))
			continue;
		/* one component, not numbered: its title, no full stop, wrapped
		 * maybe ("Réaliser en sécurité des livraisons régulières" / "ou
		 * à la demande ..."), over its skills' sentences */
		if (b == NULL && l->len < 200 && l->s[l->len - 1] != '.' && starts_infinitive(l)) {
			size_t e;
			for (e = i + 1; (j = next_text_line(d, e)) < d->nlines && line_starts_lower(&d->lines[j]) &&
			                !starts_infinitive(&d->lines[j]);
			     e = j + 1)
				;
			if (j < d->nlines && starts_infinitive(&d->lines[j]) &&
			    d->lines[j].s[d->lines[j].len - 1] == '.') {
				if ((b = component(d, i, 0, &end)) == NULL)
					return;
				i = end - 1;
				continue;
			}
		}
		if (b == NULL || line_starts_heading(l))
			break;
		/* each skill a line (a paragraph), its verb first, or after
		 * a phrase of place ("En laboratoire, stocker ..."), a
		 * colon after it maybe ("Assister les utilisateurs de
		 * bureautique :") */
		if (starts_infinitive(l) || led_skill(l)) {
			rec_add_skill(d, b, l->s, l->len);
			continue;
		}
		/* a group's heading, its components numbered under it
		 * ("Certificats complémentaires de spécialisation (CCS).")
		 * or one not ("CCS :" / "Fabriquer et réaliser des ouvrages
		 * en staff." / skills; "Unité de spécialisation
		 * complémentaire" / "Concevoir et réaliser" / "une
		 * animation ..."); anything else ends the list ("Secteur
		 * d'activité ou types d'emploi ...") */
		j = next_text_line(d, i + 1);
		if (l->len > 80 || j >= d->nlines)
			break;
		if (d->lines[j].len < 300 && rx_match(&rx_component, d->lines[j].s, d->lines[j].len, ov, OV))
			continue;
		if (!starts_infinitive(&d->lines[j]) || (b = component(d, j, 0, &end)) == NULL)
			break;
		i = end - 1;
	}
}

/* Whether line l is a Markdown heading over a certification's skills,
 * grouped under headings of its own: "### Compétences attestées", "##
 * Activités", "## Blocs de compétences". */
static int
skills_heading(const line *l)
{
	return l->md > 0 && l->len < 60 &&
	       (line_starts_folded(l, "competences attestees") || line_starts_folded(l, "activites") ||
	        line_starts_folded(l, "blocs de competences"));
}

/*
 * No bloc read, in a Markdown copy (a student's notes of a titre
 * professionnel's page): the headings under one over the skills, each
 * with the lines under it ("#### Développer une application sécurisée" /
 * "Installer et configurer son environnement ..." / ...; "### 1.
 * Développer la partie front-end ..." / "- Installer ..."): blocs
 * without a code, as a REAC's activity types, two at least.
 */
void
markdown_blocs(doc *d)
{
	size_t h, i, before = d->rec->nblocs;

	if (d->rec->nblocs > 0)
		return;
	for (h = 0; h < d->nlines; h++) {
		const line *top = &d->lines[h];
		rncp_bloc *b = NULL;
		size_t full = 0;
		if (!skills_heading(top))
			continue;
		for (i = h + 1; i < d->nlines; i++) {
			const line *l = &d->lines[i];
			size_t k;
			if (l->len == 0)
				continue;
			if (l->md > 0 && l->md <= top->md)
				break;
			if (l->md > 0) {
				/* (its number: "### 1. Développer ...") */
				k = item_marker(l->s, l->len);
				if ((b = rec_add_bloc(d, NULL, l->s + k, l->len - k)) == NULL)
					return;
				continue;
			}
			if (b == NULL)
				continue; /* a paragraph before the first heading */
			k = item_marker(l->s, l->len);
			if (l->len - k < 4 || l->len > 400)
				continue; /* (a paragraph of prose) */
			full += b->nskills == 0;
			rec_add_skill(d, b, l->s + k, l->len - k);
		}
		if (d->rec->nblocs - before >= 2 && full == d->rec->nblocs - before) {
			rec_warn(d, "%zu blocs read from the Markdown headings under \"%.*s\" (no code states them)",
			         d->rec->nblocs - before, (int)top->len, top->s);
			return;
		}
		rec_drop_blocs(d, before); /* none, or one: not this heading's */
	}
}

/*
 * No bloc read: the titles a page lists under its heading "Blocs de
 * compétences" (a training centre's page: "- Réaliser, à partir d'un
 * plan, l'usinage ..." / "- Préparer et mettre au point ..."), each
 * item a bloc without a code or skills, a verb first; two at least, up
 * to the first line that is no item.
 */
void
listed_blocs(doc *d)
{
	long h = d->rec->nblocs > 0 ? -1 : find_line_starting(d, 0, d->nlines, "blocs de competences");
	size_t i, before = d->rec->nblocs, n;

	if (h < 0 || d->lines[h].len > 40)
		return;
	/* (the heading alone: "Blocs de compétences", a colon or a count
	 * after it maybe) */
	for (n = d->lines[h].len; n > 0 && strchr(" :()0123456789", d->lines[h].s[n - 1]) != NULL; n--)
		;
	if (n != strlen("Blocs de comp\xC3\xA9tences"))
		return;
	for (i = next_text_line(d, (size_t)h + 1); i < d->nlines; i = next_text_line(d, i + 1)) {
		const line *l = &d->lines[i];
		size_t k = item_marker(l->s, l->len), e = l->len;
		line item;
		if (k == 0 || l->len - k < 12 || l->len > 300)
			break;
		item = *l;
		item.s += k, item.len -= k, item.f = NULL;
		if (!starts_infinitive(&item))
			break;
		while (e > k && (l->s[e - 1] == '.' || l->s[e - 1] == ';' || l->s[e - 1] == ' '))
			e--;
		if (rec_add_bloc(d, NULL, l->s + k, e - k) == NULL)
			return;
	}
	if (d->rec->nblocs - before >= 2)
		rec_warn(d, "%zu blocs read from the list under \"%.*s\" (no code states them)",
		         d->rec->nblocs - before, (int)d->lines[h].len, d->lines[h].s);
	else
		rec_drop_blocs(d, before);
}

/*
 * No bloc read, an arrêté's article that lists them: "Le titre
 * professionnel de X est composé des trois blocs de compétences suivants
 * :" / "1. Assister une équipe ... ;" / "2. ..."; "... est constitué des
 * trois blocs de compétences suivants :" / "1° Préparer, cuire ...";
 * "... composé des quatre unités constitutives qui suivent :".  Blocs
 * without a code, two at least.
 */
void
article_blocs(doc *d)
{
	static const char *const parts[] = {"blocs de comp", "unités constitutives",
	                                    "certificats de compétences professionnelles"};
	size_t i, j, k, before = d->rec->nblocs;

	if (d->rec->nblocs > 0)
		return;
	for (i = 0; i < d->nlines; i++) {
		const line *l = &d->lines[i];
		if (l->len < 30 || l->len > 400 || l->s[l->len - 1] != ':' ||
		    (memmem(l->s, l->len, "est composé d", 14) == NULL && memmem(l->s, l->len, "est constitué d", 16) == NULL))
			continue;
		for (k = 0; k < ARRAY_LEN(parts) && memmem(l->s, l->len, parts[k], strlen(parts[k])) == NULL; k++)
			;
		if (k == ARRAY_LEN(parts))
			continue;
		for (j = next_text_line(d, i + 1); j < d->nlines; j = next_text_line(d, j + 1)) {
			const line *c = &d->lines[j];
			size_t n = 0, e = c->len;
			while (n < c->len && n < 2 && c->s[n] >= '0' && c->s[n] <= '9')
				n++;
			if (n == 0 || n >= c->len)
				break;
			/* "1." or "1°" (C2 B0), then a blank */
			if (c->s[n] == '.' || c->s[n] == ')')
				n++;
			else if (n + 1 < c->len && (unsigned char)c->s[n] == 0xC2 && (unsigned char)c->s[n + 1] == 0xB0)
				n += 2;
			else
				break;
			while (n < c->len && c->s[n] == ' ')
				n++;
			while (e > n && (c->s[e - 1] == ';' || c->s[e - 1] == '.' || c->s[e - 1] == ' '))
				e--;
			if (e - n < 8 || e - n > 300)
				break;
			if (rec_add_bloc(d, NULL, c->s + n, e - n) == NULL)
				return;
		}
		if (d->rec->nblocs - before >= 2) {
			rec_warn(d, "%zu blocs read from the article that lists them (no code states them)",
			         d->rec->nblocs - before);
			return;
		}
		rec_drop_blocs(d, before);
	}
}

/* The length of "CP 5 - ", "CP5 : ", "CP 12. " opening s[0..n) (a
 * titre professionnel's competence and its number), or 0. */
static size_t
cp_number(const char *s, size_t n)
{
	size_t k = 2;

	if (n < 6 || s[0] != 'C' || s[1] != 'P')
		return 0;
	if (s[k] == ' ')
		k++;
	if (k >= n || s[k] < '0' || s[k] > '9')
		return 0;
	while (k < n && s[k] >= '0' && s[k] <= '9')
		k++;
	k = past_separators(s, k, n);
	return k < n ? k : 0;
}

/*
 * No bloc read: a titre professionnel's activity types as a student's or
 * a school's notes write them, each a line "Activité type 1 - Développer
 * la partie front-end ..." (a Markdown heading maybe), its competences
 * under it as "CP 1 - Installer et configurer ...", items or a table's
 * first cells.  Blocs without a code, as a REAC's.
 */
void
activity_blocs(doc *d)
{
	size_t i, before = d->rec->nblocs, skills = 0, ats = 0;
	rncp_bloc *b = NULL;

	if (d->rec->nblocs > 0)
		return;
	for (i = 0; i < d->nlines; i++) {
		const line *l = &d->lines[i];
		size_t k, m;
		if (l->len < 16 || l->len > 300)
			continue;
		/* "AT 1 : Concevoir et développer ...", a quote's mark before it
		 * maybe: the activity type's short name, a verb first */
		for (k = 0; k < l->len && k < 4 && (l->s[k] == '>' || l->s[k] == ' '); k++)
			;
		if (k + 6 < l->len && l->s[k] == 'A' && l->s[k + 1] == 'T' && l->s[k + 2] == ' ' &&
		    l->s[k + 3] >= '1' && l->s[k + 3] <= '9') {
			line t = *l;
			k += 3;
			while (k < l->len && l->s[k] >= '0' && l->s[k] <= '9')
				k++;
			k = past_separators(l->s, k, l->len);
			t.s = l->s + k, t.len = l->len - k, t.f = NULL;
			if (t.len >= 8 && starts_infinitive(&t)) {
				if ((b = rec_add_bloc(d, NULL, t.s, t.len)) == NULL)
					return;
				ats++;
			}
			continue;
		}
		if (line_starts_folded(l, "activite type ")) {
			/* "Activité type 1 - ...", "Activité Type 2 : ..." */
			for (k = 0; k < l->len && !(l->s[k] >= '0' && l->s[k] <= '9'); k++)
				;
			if (k >= l->len || k > 20)
				continue;
			while (k < l->len && l->s[k] >= '0' && l->s[k] <= '9')
				k++;
			k = past_separators(l->s, k, l->len);
			if (l->len - k < 8)
				continue;
			if ((b = rec_add_bloc(d, NULL, l->s + k, l->len - k)) == NULL)
				return;
			continue;
		}
		if (b == NULL)
			continue;
		m = item_marker(l->s, l->len);
		if (m < l->len && l->s[m] == '|')
			for (m++; m < l->len && l->s[m] == ' '; m++)
				;
		if ((k = cp_number(l->s + m, l->len - m)) > 0) {
			const char *t = l->s + m + k, *bar = memchr(t, '|', l->len - m - k);
			size_t tn = bar != NULL ? (size_t)(bar - t) : l->len - m - k;
			while (tn > 0 && t[tn - 1] == ' ')
				tn--;
			if (tn >= 8) {
				rec_add_skill(d, b, t, tn);
				skills++;
			}
		}
	}
	if (d->rec->nblocs > before && (skills >= 2 || ats >= 2))
		rec_warn(d, "%zu blocs read from the activity types' headings (no code states them)",
		         d->rec->nblocs - before);
	else
		rec_drop_blocs(d, before);
}

/* A line that names the kind of employer, not a job: "Entreprises de
 * toute nature ...", "Établissements de santé" */
static int
sector_item(const line *l)
{
	static const char *const kinds[] = {"entreprise", "etablissement", "secteur", "societe",
	                                    "collectivite", "organisme", "structure", "cabinet"};
	size_t k;

	for (k = 0; k < ARRAY_LEN(kinds); k++)
		if (line_starts_folded(l, kinds[k]))
			return 1;
	return 0;
}

/* Could the unmarked paragraph l be a job title of an annex's list: short,
 * not a sentence about sectors ("La fabrication d'outillages ...", "Tous
 * les secteurs ..."), which opens with an article, nor a label? */
static int
annex_job_line(const line *l)
{
	static const char *const opens[] = {"tous ", "toutes ", "tout ", "il ", "elle ", "ce ", "cet ", "ces ",
	                                    "cette ", "son ", "sa ", "ses "};
	size_t k;

	if (l->len < 4 || l->len > 80 || l->s[l->len - 1] == ':' || opens_article(l->s, l->len) ||
	    sector_item(l) || line_starts_lower(l) || memchr(l->s, ',', l->len) != NULL)
		return 0;
	for (k = 0; k < ARRAY_LEN(opens); k++)
		if (line_starts_folded(l, opens[k]))
			return 0;
	return 1;
}

/* An annex's jobs with no sentence that leads them in: the items under
 * the heading "Secteurs d'activités et types d'emploi accessibles par le
 * détenteur du titre", after the sectors' sentences ("L'industrie, la
 * recherche ..." / "- technicien en contrôle qualité ;"), blank lines
 * between them; or, no item marked, the last run of two or more short
 * paragraphs that no article opens ("Les secteurs de l'automobile ..." /
 * "Mécanicien outilleur en découpage et emboutissage." / "Ajusteur
 * mouliste."). */
void
annex_jobs(doc *d)
{
	long h = find_line_starting(d, 0, d->nlines, "secteurs d'activite");
	size_t i, texts = 0, m, run = 0, run_from = 0;
	int started = 0, places = 0; /* places: the items after a lead-in of places */

	if (h < 0 || d->rec->njobs > 0 || d->rec->nblocs == 0 || d->lines[h].f == NULL ||
	    strstr(d->lines[h].f, "emploi") == NULL)
		return;
	for (i = next_text_line(d, (size_t)h + 1); i < d->nlines; i = next_text_line(d, i + 1)) {
		const line *l = &d->lines[i];
		if (line_starts_heading(l) || (line_is_heading(l) && !started) || l->len > 200)
			break;
		if ((m = item_marker(l->s, l->len)) == 0) {
			if (started)
				break;
			/* "L'emploi s'exerce dans des milieux ... :" and the
			 * places it lists */
			places = l->s[l->len - 1] == ':' && places_lead_in(l->s, l->len);
			/* the unmarked run so far: it must reach the section's end */
			if (annex_job_line(l)) {
				if (run++ == 0)
					run_from = i;
			} else {
				run = 0;
			}
			if (++texts > 12)
				return;
			continue;
		}
		/* (marked items: after two lines at most, the heading's end
		 * and the sectors) */
		if (!started && texts > 3)
			break;
		if (places)
			continue;
		started = 1;
		{
			size_t n = l->len;
			while (n > m && (l->s[n - 1] == ';' || l->s[n - 1] == '.' || l->s[n - 1] == ' '))
				n--;
			rec_add_job(d, l->s + m, n - m);
		}
	}
	if (started || run < 2)
		return;
	for (i = run_from; i < d->nlines && run > 0; i = next_text_line(d, i + 1), run--) {
		const line *l = &d->lines[i];
		size_t n = l->len;
		while (n > 0 && (l->s[n - 1] == ';' || l->s[n - 1] == '.' || l->s[n - 1] == ' '))
			n--;
		rec_add_job(d, l->s, n);
	}
}

/* Jobs: the last group of short "- " items of the "Secteurs d'activité ou
 * types d'emplois" section; the groups before it are sectors. */
static int
ends_with_ellipsis(const line *l)
{
	size_t n = l->len;

	while (n > 0 && (l->s[n - 1] == ',' || l->s[n - 1] == ' ' || l->s[n - 1] == '.'))
		n--;
	/* or "?", an ellipsis a conversion lost */
	return (n >= 3 && memcmp(l->s + n - 3, "\xE2\x80\xA6", 3) == 0) ||
	       (n < l->len && l->len >= 3 && memcmp(l->s + l->len - 3, "...", 3) == 0) ||
	       (n > 0 && l->s[n - 1] == '?');
}

/* The jobs of a list whose marks were lost (a browser's copy of its page):
 * the last run of two or more short lines in the section [from, to) that
 * open with a capital, none a label; a blank line, a line in lower case
 * or after an ellipsis ("Opérateurs téléphoniques…") ends a run.  A kind
 * of employer in the run is no job. */
static void
cncp_bare_jobs(doc *d, size_t from, size_t to)
{
	size_t i, run = from, items = 0, best = from, best_end = from, prev = (size_t)-1, blanks = 0;
	int spaced, comma = 0; /* the item before prev ended with a comma */

	/* double-spaced (a word processor's paragraphs, some wrapped):
	 * blank lines part the items too */
	for (i = from; i < to; i++)
		blanks += d->lines[i].len == 0;
	spaced = blanks * 3 >= to - from;
	for (i = from; i <= to; i++) {
		const line *l = i < to ? &d->lines[i] : NULL;
		int item = l != NULL && bare_item(l);
		if (l != NULL && l->len == 0 && spaced && items > 0 && i + 1 < to && d->lines[i + 1].len > 0)
			continue;
		/* a group's end: an ellipsis, or a full stop after items
		 * that end with a comma ("..., Grande distribution." before
		 * the jobs) */
		if (item && items > 0 &&
		    (ends_with_ellipsis(&d->lines[prev]) ||
		     (comma && d->lines[prev].s[d->lines[prev].len - 1] == '.'))) {
			run = i;
			items = 0;
		}
		if (!item) {
			if (items >= 2) {
				best = run;
				best_end = i;
			}
			run = i + 1;
			items = 0;
			comma = 0;
			continue;
		}
		items++;
		comma = prev != (size_t)-1 && items > 1 && d->lines[prev].len > 0 &&
		        d->lines[prev].s[d->lines[prev].len - 1] == ',';
		prev = i;
	}
	for (i = best; i < best_end; i++)
		if (d->lines[i].len > 0 && !sector_item(&d->lines[i]))
			rec_add_job(d, d->lines[i].s, d->lines[i].len);
}

/* Whether the text s[0..n) ends a group of items: a full stop or an
 * ellipsis after it. */
static int
ends_group(const char *s, size_t n)
{
	while (n > 0 && s[n - 1] == ' ')
		n--;
	return (n > 0 && s[n - 1] == '.') || (n >= 3 && memcmp(s + n - 3, "\xE2\x80\xA6", 3) == 0);
}

/*
 * The section [from, to) as OCR reads the list of a page: its marks
 * misread (". ", "+ ", "< ": item_marker) or lost, blank lines between
 * some items and inside others, the sectors' ellipsis a full stop.  Each
 * item ends with a comma, each group's last with a full stop or an
 * ellipsis; a line opens an item when it has a mark or follows such an
 * end, else goes on with the item before.  The jobs are the last group
 * of two or more.
 * Returns whether the section reads so: four items or more up to the
 * last group's end, all but one at most ending so.
 */
#define MAX_COMMA_ITEMS 64
static int
cncp_comma_jobs(doc *d, size_t from, size_t to)
{
	struct {
		size_t b, e; /* its lines */
	} it[MAX_COMMA_ITEMS] = {{0, 0}}; /* (cppcheck 2.10 sees the items read unset) */
	size_t i, n = 0, ended = 0, gb = 0, best = 0, best_end = 0;

	for (i = from; i < to; i++) {
		const line *l = &d->lines[i];
		size_t m;
		if (l->len == 0 || (n == 0 && line_starts_lower(l)))
			continue; /* (the heading's end: "ou ce certificat") */
		m = item_marker(l->s, l->len);
		if (n > 0 && m == 0) {
			const line *p = &d->lines[it[n - 1].e - 1];
			char c = p->s[p->len - 1];
			if (!(c == ',' || c == ';' || ends_group(p->s, p->len)) || line_starts_lower(l)) {
				it[n - 1].e = i + 1;
				continue;
			}
		}
		if (n == MAX_COMMA_ITEMS)
			return 0;
		it[n].b = i;
		it[n].e = i + 1;
		n++;
	}
	/* (what follows the last group is none: "CC", OCR's reading of a
	 * mark in the margin) */
	while (n > 0 && !ends_group(d->lines[it[n - 1].e - 1].s, d->lines[it[n - 1].e - 1].len))
		n--;
	for (i = 0; i < n; i++) {
		const line *p = &d->lines[it[i].e - 1];
		ended += p->s[p->len - 1] == ',' || ends_group(p->s, p->len);
	}
	if (n < 4 || ended + 1 < n)
		return 0;
	for (i = 0; i < n; i++) {
		const line *p = &d->lines[it[i].e - 1];
		if (i + 1 == n || ends_group(p->s, p->len)) {
			if (i + 1 - gb >= 2) {
				best = gb;
				best_end = i + 1;
			}
			gb = i + 1;
		}
	}
	/* and the groups just before it of short items, a job's name each:
	 * OCR reads a comma as a full stop ("Technicien informatique et
	 * réseaux."), which ends a group too soon; the sectors' have long
	 * ones ("Entreprises ou collectivités utilisatrices de ...") or
	 * name a kind of employer ("Entreprises industrielles et de
	 * services de toutes tailles,") */
	while (best > 0 && best_end == n) {
		size_t k = best - 1, start;
		while (k > 0 && !ends_group(d->lines[it[k - 1].e - 1].s, d->lines[it[k - 1].e - 1].len))
			k--;
		start = k;
		for (; k < best && it[k].e == it[k].b + 1 && d->lines[it[k].b].len <= 60 &&
		       !sector_item(&d->lines[it[k].b]);
		     k++)
			;
		if (k < best)
			break;
		best = start;
	}
	for (i = best; i < best_end; i++) {
		char *t = join_lines(d, it[i].b, it[i].e);
		if (t != NULL) {
			t += item_marker(t, strlen(t));
			rec_add_job(d, t, strlen(t));
		}
	}
	return best_end > best;
}

/* Whether l is a marked item of one line that may be a job's name: short,
 * a capital first; with open, one that ends no group (no full stop,
 * ellipsis, semicolon or colon after it). */
static int
short_item(const line *l, int open)
{
	size_t m = item_marker(l->s, l->len);
	char c;

	if (m == 0 || l->len > 60 || !upper_start(l->s + m, l->len - m))
		return 0;
	c = l->s[l->len - 1];
	return !open || !(c == '.' || c == ';' || c == ':' || ends_with_ellipsis(l));
}

/* The start of the jobs' marked group that starts at line g, joined with
 * the groups just before it (blank lines between maybe) whose items are
 * all short, a capital first: OCR read a comma of the jobs' list as a
 * full stop ("- Technicien informatique et réseaux."); the sectors' have
 * long items ("- Entreprises ou collectivités utilisatrices de ..."). */
static size_t
groups_before(const doc *d, size_t from, size_t g)
{
	for (;;) {
		size_t k = g, top;
		const line *p;
		while (k > from && d->lines[k - 1].len == 0)
			k--;
		/* the group before: its last item short, ending with a full
		 * stop, not the sectors' ellipsis */
		if (k == from || !short_item(&d->lines[k - 1], 0) || ends_with_ellipsis(&d->lines[k - 1]))
			return g;
		for (top = k - 1; top > from && short_item(&d->lines[top - 1], 1); top--)
			;
		/* and all of it so: what is before it is the section's start, a
		 * blank line or another group's end */
		p = top > from ? &d->lines[top - 1] : NULL;
		if (p != NULL && p->len > 0 && !short_item(p, 0))
			return g;
		g = top;
	}
}

static void
cncp_jobs(doc *d)
{
	long h = find_line_starting(d, 0, d->nlines, "secteurs d'activite ou types d'emplois");
	size_t i, gstart = 0, gend = 0, cur = (size_t)-1, end, before;
	int any = 0;

	if (h < 0)
		return;
	for (i = (size_t)h + 1; i < d->nlines; i++) {
		const line *l = &d->lines[i];
		size_t bullet = item_marker(l->s, l->len);
		if (l->len > 0 && line_is_heading(l))
			break;
		any |= bullet != 0;
		if (bullet) {
			if (cur == (size_t)-1)
				cur = i;
			gstart = cur;
			gend = i + 1;
			/* "- Opérateurs téléphoniques…": the sectors' list
			 * ends there, though no blank line follows; or OCR's
			 * full stop for the ellipsis (groups_before() joins
			 * back the jobs' a misread comma parts) */
			if (ends_with_ellipsis(l) || (l->s[l->len - 1] == '.' && i + 1 < d->nlines &&
			                              item_marker(d->lines[i + 1].s, d->lines[i + 1].len) > 0))
				cur = (size_t)-1;
		} else if (cur != (size_t)-1 && line_goes_on(l)) {
			gend = i + 1; /* an item wrapped: "- Technicien de mise en" / "œuvre" */
		} else if (cur != (size_t)-1 && l->len == 0 && short_item(&d->lines[i - 1], 1) &&
		           i + 1 < d->nlines && short_item(&d->lines[i + 1], 0)) {
			/* a blank line OCR put between two jobs, the one before
			 * ending no group: "- Technicien de production" / "" /
			 * "- Technicien informatique" */
		} else {
			cur = (size_t)-1;
		}
	}
	{
		/* OCR's list, some items a blank line apart */
		size_t k, blanks = 0;
		for (k = (size_t)h + 1; k < i; k++)
			blanks += d->lines[k].len == 0;
		if (blanks * 3 >= i - (size_t)h - 1 && cncp_comma_jobs(d, (size_t)h + 1, i))
			return;
	}
	if (!any) {
		cncp_bare_jobs(d, (size_t)h + 1, i);
		return;
	}
	/* OCR read the first item's mark only ("*_ Chargé ..." then
	 * "Technicien ..."): the items without it, after that one */
	if (gend < i && item_marker(d->lines[gstart].s, d->lines[gstart].len) != 0 && bare_item(&d->lines[gend])) {
		size_t k, marks = 0, n = d->rec->njobs;
		char *t;
		for (k = gstart; k < gend; k++)
			marks += item_marker(d->lines[k].s, d->lines[k].len) != 0;
		if (marks == 1 && (t = join_lines(d, gstart, gend)) != NULL) {
			t += item_marker(t, strlen(t));
			rec_add_job(d, t, strlen(t));
			cncp_bare_jobs(d, gend, i); /* a run of two or more, or none */
			if (d->rec->njobs > n + 1)
				return;
			d->rec->njobs = n; /* none: the marked reading */
		}
	}
	end = i;
	before = d->rec->njobs;
	gstart = groups_before(d, (size_t)h + 1, gstart);
	for (i = gstart; i < gend; i++) {
		const line *l = &d->lines[i];
		size_t m = item_marker(l->s, l->len), k;
		unsigned char c = l->len > m ? (unsigned char)l->s[m] : 0;
		const char *t = l->s + m;
		size_t tl = l->len - m;
		if (m == 0)
			continue; /* the end of a wrapped item, read with it */
		for (k = i + 1; k < gend && item_marker(d->lines[k].s, d->lines[k].len) == 0; k++)
			;
		if (c >= 'a' && c <= 'z')
			continue; /* "- dans des entreprises ...": a sector */
		if (k > i + 1) {
			char *j = join_lines(d, i, k);
			if (j == NULL)
				continue;
			t = j + item_marker(j, strlen(j));
			tl = strlen(t);
		}
		rec_add_job(d, t, tl);
	}
	/* the marked items all sectors ("* dans des entreprises ...", "+
	 * dans des services ..."), the jobs' marks lost under them (OCR):
	 * the bare jobs after them */
	if (d->rec->njobs == before)
		cncp_bare_jobs(d, gend, end);
}

void
layout_cncp(doc *d)
{
	extract_code_stated(d);
	cncp_title(d);
	cncp_certifiers(d);
	extract_level(d);
	extract_lists(d);
	extract_expiry(d);
	cncp_blocs(d);
	cncp_jobs(d);
}
