/*
 * layout_reac.c - référentiels of the Titres professionnels (REAC), usually
 * scanned and OCR'd: no RNCP code; the title under "FICHE EMPLOI TYPE"; the
 * "activités types" (FICHE ACTIVITE TYPE N° k) are the blocs, with the skills
 * listed under "Liste des compétences professionnelles de l'activité type".
 */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

#define OV 20

static rx rx_at = {"^FICHE\\s+ACTIVIT[EÉ]\\s+TYPE\\s*N\\s*[°o]?\\s*(\\d{1,2})", PCRE2_CASELESS, NULL};
static rx rx_cover_level = {"^niveau\\s*:?\\s*([1-8]|III|II|IV|I|V)(?![\\dA-Za-z])", PCRE2_CASELESS, NULL};
/* the cover on one line, as a page's transcription or its document's
 * name has it: "REFERENTIEL EMPLOI ACTIVITES COMPETENCES DU TITRE
 * PROFESSIONNEL. Gestionnaire de paie. Niveau III"; anywhere on its line
 * (a page number, a site's words before it), the title the words after
 * its last "REFERENTIEL" */
static rx rx_cover_line = {"R[ÉE]F[ÉE]RENTIEL\\s+EMPLOI\\s*,?\\s+ACTIVIT[ÉE]S\\s+(?:ET\\s+)?"
                           "COMP[ÉE]TENCES\\s+DU\\s+TITRE\\s+PROFESSIONNEL\\s*[.:]?\\s+"
                           "((?:(?!R[ÉE]F[ÉE]RENTIEL\\s).){2,159}?)\\s*\\.?"
                           "\\s+Niveau\\s*:?\\s*([1-8]|III|II|IV|I|V)(?![\\dA-Za-z])",
                           PCRE2_CASELESS, NULL};
static rx rx_tp = {"^(?:Nouveau\\s+TP|Titre\\s+professionnel)\\s*:?\\s*(.{5,200})$", PCRE2_CASELESS, NULL};

/* Text of the paragraph starting at line i (up to a blank line, but one
 * that pdftotext -layout puts between a title's lines: "... de
 * télécommunications" / "" / "d'entreprise"), or NULL. */
static char *
paragraph(doc *d, size_t i, size_t *end)
{
	size_t j;

	while (i < d->nlines && d->lines[i].len == 0)
		i++;
	for (j = i; j < d->nlines && j < i + 6; j++) {
		const line *p = &d->lines[j - (j > i)];
		if (j > i && blank_goes_on(d, j) && p->len > 0 && p->s[p->len - 1] != '.')
			continue;
		/* or at the sheet's next heading, the blank line before it lost
		 * ("Définition de l'emploi type ...") */
		if (d->lines[j].len == 0 ||
		    (j > i && (line_is_heading(&d->lines[j]) || line_starts_folded(&d->lines[j], "definition"))))
			break;
	}
	if (end)
		*end = j;
	return j > i ? join_lines(d, i, j) : NULL;
}

/* A line of a table of contents: "Fiche emploi type ........ 9". */
static int
toc_line(const line *l)
{
	return memmem(l->s, l->len, "....", 4) != NULL;
}

/* The cover read off one line (rx_cover_line); 1 when it was there. */
static size_t
reac_cover_line(doc *d)
{
	size_t i, ov[OV];

	for (i = 0; i < d->nlines && i < 60; i++) {
		const line *l = &d->lines[i];
		if (l->len < 60 || l->len > 1000 || !line_contains_folded(l, "referentiel emploi") ||
		    !rx_match(&rx_cover_line, l->s, l->len, ov, OV))
			continue;
		rec_set(d, &d->rec->title, l->s + ov[2], ov[3] - ov[2]);
		if (l->s[ov[4]] >= '1' && l->s[ov[4]] <= '8')
			d->rec->level_eu = l->s[ov[4]] - '0';
		else
			rec_set(d, &d->rec->level_old, l->s + ov[4], ov[5] - ov[4]);
		return 1;
	}
	return 0;
}

/*
 * The cover of a référentiel: "REFERENTIEL EMPLOI ACTIVITES COMPETENCES",
 * "DU TITRE PROFESSIONNEL", the title, then its level ("Niveau III",
 * "Niveau 5"), or all of it on one line (reac_cover_line()).  Sets the
 * title and the level; nonzero when it read a cover.
 */
static size_t
reac_cover(doc *d)
{
	size_t i, j, k, ov[OV];
	char *t;

	for (i = 0; i < d->nlines && i < 60; i++)
		if (d->lines[i].len < 40 && line_starts_folded(&d->lines[i], "du titre professionnel"))
			break;
	if (i >= d->nlines || i >= 60)
		return reac_cover_line(d);
	/* ("DU TITRE PROFESSIONNEL" / "DU MINISTERE CHARGE DE L'EMPLOI" /
	 * the title, an older référentiel's) */
	for (j = i + 1; j < d->nlines && (d->lines[j].len == 0 || line_starts_folded(&d->lines[j], "du ministere"));
	     j++)
		;
	if (j >= d->nlines || d->lines[j].len > 160 ||
	    line_starts_folded(&d->lines[j], "niveau") || line_is_heading(&d->lines[j]))
		return 0;
	/* the level on the next line, or after one or two more of the
	 * title a PDF's text wrapped, blank lines between */
	for (i = j + 1, k = 0; i < d->nlines && i < j + 9 && k < 3; i++) {
		const line *l = &d->lines[i];
		if (l->len == 0)
			continue;
		if (rx_match(&rx_cover_level, l->s, l->len, ov, OV)) {
			if (l->s[ov[2]] >= '1' && l->s[ov[2]] <= '8')
				d->rec->level_eu = l->s[ov[2]] - '0';
			else if (d->rec->level_old == NULL)
				rec_set(d, &d->rec->level_old, l->s + ov[2], ov[3] - ov[2]);
			if (k > 0 && (t = join_lines(d, j, i)) != NULL && strlen(t) <= 160) {
				d->rec->title = t;
				return i;
			}
			break;
		}
		if (l->len > 80 || line_is_heading(l) || line_starts_folded(l, "site"))
			break;
		k++;
	}
	rec_set(d, &d->rec->title, d->lines[j].s, d->lines[j].len);
	return j + 1;
}

static void
reac_title(doc *d)
{
	long h = -1;
	size_t i, ov[OV];
	char *t;

	/* the heading, not its line in the table of contents */
	for (i = 0; i < d->nlines; i++)
		if (line_starts_folded(&d->lines[i], "fiche emploi type") && !toc_line(&d->lines[i])) {
			h = (long)i;
			break;
		}
	if (reac_cover(d))
		return;

	if (h >= 0 && (t = paragraph(d, (size_t)h + 1, NULL)) != NULL) {
		/* a title runs on over two lines at most; more is body text */
		size_t i0 = (size_t)h + 1;
		while (i0 < d->nlines && d->lines[i0].len == 0)
			i0++;
		if (strlen(t) > 160 && i0 < d->nlines)
			t = join_lines(d, i0, i0 + 1);
		d->rec->title = t;
		return;
	}
	for (i = 0; i < d->nlines; i++) {
		const line *l = &d->lines[i];
		if (l->len && l->len < 250 && rx_match(&rx_tp, l->s, l->len, ov, OV)) {
			rec_set(d, &d->rec->title, l->s + ov[2], ov[3] - ov[2]);
			return;
		}
	}
}

/* Skills: sentences ending in '.', each over one or more lines. */
static void
reac_skills(doc *d, rncp_bloc *b, size_t from)
{
	long h = find_line_starting(d, from, from + 200, "liste des competences professionnelles");
	size_t i, start = (size_t)-1;

	if (h < 0)
		return;
	for (i = (size_t)h + 1; i < d->nlines; i++) {
		const line *l = &d->lines[i];
		/* a blank line inside a skill ("... informatiques et" / "" /
		 * "de télécommunications."), as mupdf reads a cell's lines */
		if (l->len == 0 && start != (size_t)-1 && blank_goes_on(d, i))
			continue;
		if (l->len == 0) {
			if (start != (size_t)-1) {
				char *s = join_lines(d, start, i);
				if (s)
					rec_add_skill(d, b, s, strlen(s));
				start = (size_t)-1;
			}
			continue;
		}
		if (line_is_heading(l) || line_starts_folded(l, "competences transversales"))
			break;
		if (start == (size_t)-1)
			start = i;
		if (l->s[l->len - 1] == '.') {
			char *s = join_lines(d, start, i + 1);
			if (s)
				rec_add_skill(d, b, s, strlen(s));
			start = (size_t)-1;
		}
	}
	if (start != (size_t)-1) {
		char *s = join_lines(d, start, i);
		if (s)
			rec_add_skill(d, b, s, strlen(s));
	}
}

static void
reac_blocs(doc *d)
{
	size_t i, end, ov[OV];
	long last = 0;

	for (i = 0; i < d->nlines; i++) {
		const line *l = &d->lines[i];
		char *t;
		rncp_bloc *b;
		long k;
		/* the pattern starts with F, caseless: the first byte says no
		 * for most lines, before a match call that costs 250
		 * instructions */
		if (l->len == 0 || l->len > 100 || (l->s[0] != 'F' && l->s[0] != 'f') ||
		    !rx_match(&rx_at, l->s, l->len, ov, OV))
			continue;
		k = strtol(l->s + ov[2], NULL, 10);
		if (k <= last)
			continue; /* the same activity type cited again */
		t = paragraph(d, i + 1, &end);
		if (t == NULL)
			continue;
		b = rec_add_bloc(d, NULL, t, strlen(t));
		if (b != NULL)
			reac_skills(d, b, end);
		last = k;
	}
}

static rx rx_numbered = {"^(\\d{1,2})\\s*[.)-]\\s*(\\S.*)$", 0, NULL};

/* Without the activity-type sheets (an extract of a REAC), the summary
 * "Liste des activités types et des compétences professionnelles": "1. " +
 * an activity type (over one or more lines), then its skills. */
static void
reac_blocs_summary(doc *d)
{
	long h = find_line_starting(d, 0, d->nlines, "liste des activites types");
	size_t i, j, ov[OV];
	rncp_bloc *b = NULL;
	long expect = 1;

	if (h < 0)
		return;
	for (i = (size_t)h + 1; i < d->nlines; i = j) {
		const line *l = &d->lines[i];
		j = i + 1;
		if (l->len == 0)
			continue;
		if (line_starts_folded(l, "competences transversales") ||
		    line_starts_folded(l, "niveau et/ou") || line_starts_folded(l, "fiche"))
			break;
		if (l->len < 300 && rx_match(&rx_numbered, l->s, l->len, ov, OV) &&
		    strtol(l->s + ov[2], NULL, 10) == expect) {
			char *t;
			/* the title goes on over lines that do not end a sentence */
			while (j < d->nlines && d->lines[j].len > 0 && l->s[l->len - 1] != '.' &&
			       (unsigned char)d->lines[j].s[0] >= 'a')
				j++;
			t = join_lines(d, i, j);
			if (t != NULL && (t = strchr(t, ' ')) != NULL)
				b = rec_add_bloc(d, NULL, t + 1, strlen(t + 1));
			expect++;
			continue;
		}
		if (b == NULL)
			continue;
		/* a skill: up to its full stop */
		while (j < d->nlines && d->lines[j].len > 0 && l->s[l->len - 1] != '.' &&
		       d->lines[j - 1].s[d->lines[j - 1].len - 1] != '.')
			j++;
		{
			char *sk = join_lines(d, i, j);
			if (sk != NULL)
				rec_add_skill(d, b, sk, strlen(sk));
		}
	}
}

/* "Pour l'activité type 1 « Développer une application sécurisée » :" */
static rx rx_at_evaluated = {"^Pour\\s+l['\\x{2019}]activit[ée]\\s+type\\s+(\\d{1,2})\\s*\\x{00AB}\\s*(.+?)\\s*\\x{00BB}\\s*:?$",
                             PCRE2_CASELESS, NULL};

/* Nor the summary: a référentiel d'évaluation (RE), whose projects'
 * part names each activity type and the skills it evaluates ("Pour
 * l'activité type 1 « ... » :" / "- Développer des interfaces ..."). */
static void
reac_blocs_evaluation(doc *d)
{
	size_t i, ov[OV];
	long last = 0;

	for (i = 0; i < d->nlines; i++) {
		const line *l = &d->lines[i];
		rncp_bloc *b;
		long k;
		if (l->len < 20 || l->len > 300 || (l->s[0] != 'P' && l->s[0] != 'p') ||
		    !rx_match(&rx_at_evaluated, l->s, l->len, ov, OV) || (k = strtol(l->s + ov[2], NULL, 10)) <= last)
			continue;
		last = k;
		b = rec_add_bloc(d, NULL, l->s + ov[4], ov[5] - ov[4]);
		for (; b != NULL && i + 1 < d->nlines && list_sign(d->lines[i + 1].s, d->lines[i + 1].len) > 0; i++)
			rec_add_skill(d, b, d->lines[i + 1].s, d->lines[i + 1].len);
	}
}

static void
reac_jobs(doc *d)
{
	long h = find_line_containing(d, 0, d->nlines, "types d'emplois accessibles sont");
	size_t i, k;
	int started = 0, bare = 0, seen = 0, pair = 0; /* pair: the last job had " / " */

	if (h < 0)
		return;
	for (i = (size_t)h + 1; i < d->nlines; i++) {
		const line *l = &d->lines[i];
		size_t bullet = item_marker(l->s, l->len);
		if (l->len == 0) {
			/* a page's end inside the list: the next item after a
			 * blank line or two names a job as the last did, its
			 * two genders ("Technicien / Technicienne ...") */
			size_t n = i + 1 + (i + 1 < d->nlines && d->lines[i + 1].len == 0);
			if (bare && !(pair && n < d->nlines && bare_item(&d->lines[n]) &&
			              memmem(d->lines[n].s, d->lines[n].len, " / ", 3) != NULL))
				break;
			continue;
		}
		/* the list's marks lost (a browser's copy of the page): each
		 * job on a line of its own, under the heading, in capitals
		 * first (the heading OCR read twice aside) */
		if (!seen) {
			/* (and a stray mark OCR read before it, "e", which a
			 * flat text's heading leaves on a line of its own) */
			if (line_contains_folded(l, "types d'emplois accessibles sont") || l->len <= 2)
				continue;
			bare = !bullet && bare_item(l);
			seen = 1;
		}
		if (!bullet && !bare) {
			if (started)
				break;
			continue;
		}
		if (bare && (line_is_heading(l) || !bare_item(l)))
			break;
		started = 1;
		pair = memmem(l->s, l->len, " / ", 3) != NULL;
		/* wrapped: "- Technicien ... et réseaux" / "d'entreprise" */
		for (k = i + 1; k < d->nlines && line_goes_on(&d->lines[k]); k++)
			;
		if (k > i + 1) {
			char *t = join_lines(d, i, k);
			if (t != NULL) {
				t += item_marker(t, strlen(t)); /* join_lines drops "- " but not "1. " */
				job_titles(d, t, strlen(t));
			}
			i = k - 1;
			continue;
		}
		/* (a line's titles a comma apart: "Développeur back end,
		 * développeur front end, développeur full stack.") */
		job_titles(d, l->s + bullet, l->len - bullet);
	}
}

void
layout_reac(doc *d)
{
	if (!extract_code_stated(d))
		d->rec->code = NULL;
	reac_title(d);
	extract_level(d);
	extract_lists(d);
	extract_expiry(d);
	reac_blocs(d);
	if (d->rec->nblocs == 0)
		reac_blocs_summary(d);
	if (d->rec->nblocs == 0)
		reac_blocs_evaluation(d);
	reac_jobs(d);
}
