/*
 * segment.c - third stage: cut normalised text into lines and recognise the
 * layout of the fiche from its content (headings and table shapes), never
 * from the file name.
 */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

rncp_status
segment_lines(doc *d)
{
	size_t i, start = 0, n = 0, cap = 0;
	line *v = NULL;
	long no = 1;

	for (i = 0; i <= d->len; i++) {
		if (i < d->len && d->text[i] != '\n')
			continue;
		if (vec_reserve((void **)&v, &cap, n, sizeof(line)) != 0) {
			free(v);
			return RNCP_ENOMEM;
		}
		v[n].s = d->text + start;
		v[n].len = i - start;
		v[n].no = no++;
		n++;
		start = i + 1;
	}
	d->lines = v;
	d->nlines = n;
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
	int contains; /* match anywhere in the line, not only at its start */
	const char *text;
} marks[] = {
    {LAYOUT_FC_PDF, 3, 0, "l'essentiel"},
    {LAYOUT_FC_PDF, 3, 0, "nom legal | siret"},
    {LAYOUT_FC_PDF, 2, 0, "liste de competences |"},
    {LAYOUT_FC_PDF, 1, 0, "---|"},
    {LAYOUT_FC_WEB, 3, 0, "n° de fiche"},
    {LAYOUT_FC_WEB, 3, 0, "nom legal siret nom commercial"},
    {LAYOUT_FC_WEB, 1, 0, "• "},
    {LAYOUT_FC_WEB, 1, 0, "repertoire specifique"},
    {LAYOUT_FC_WEB, 1, 0, "aller a la navigation"},
    {LAYOUT_CNCP, 3, 0, "resume descriptif de la certification"},
    {LAYOUT_CNCP, 3, 0, "codes des fiches rome les plus proches"},
    {LAYOUT_CNCP, 2, 0, "autorite responsable de la certification"},
    {LAYOUT_CNCP, 2, 1, "code rncp :"},
    {LAYOUT_CNCP, 1, 0, "bloc de competence n"},
    {LAYOUT_REAC, 3, 0, "fiche emploi type"},
    {LAYOUT_REAC, 3, 0, "fiche activite type"},
    {LAYOUT_REAC, 3, 0, "fiche(s) rome de rattachement"},
    {LAYOUT_REAC, 2, 0, "fiche competence professionnelle"},
    {LAYOUT_REAC, 2, 0, "vue synoptique de"},
    {LAYOUT_REAC, 1, 1, "activites types"},
};

layout_kind
detect_layout(const doc *d)
{
	int score[5] = {0};
	size_t i, m, best = LAYOUT_GENERIC;

	for (i = 0; i < d->nlines; i++) {
		const line *l = &d->lines[i];
		if (l->len == 0 || l->len > 400)
			continue;
		for (m = 0; m < ARRAY_LEN(marks); m++) {
			int hit = marks[m].contains ? line_contains_folded(l, marks[m].text)
			                            : line_starts_folded(l, marks[m].text);
			/* one mark counts at most a few times: repeated table
			 * rows must not outweigh headings */
			if (hit && score[marks[m].kind] < 1000)
				score[marks[m].kind] += marks[m].weight;
		}
	}
	for (i = 1; i < ARRAY_LEN(score); i++)
		if (score[i] > score[best])
			best = i;
	return score[best] >= 3 ? (layout_kind)best : LAYOUT_GENERIC;
}
