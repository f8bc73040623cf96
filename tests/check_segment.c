/* check_segment.c - unit tests of segment.c: lines and layout recognition. */
#include <stdlib.h>

#include "check_util.h"

static layout_kind
layout_of(const char *text)
{
	rncp_record *r = parse_str(text);
	layout_kind k = LAYOUT_GENERIC;

	if (strcmp(r->source_layout, "france-competences") == 0)
		k = LAYOUT_FC_PDF;
	else if (strcmp(r->source_layout, "france-competences-web") == 0)
		k = LAYOUT_FC_WEB;
	else if (strcmp(r->source_layout, "cncp") == 0)
		k = LAYOUT_CNCP;
	else if (strcmp(r->source_layout, "reac") == 0)
		k = LAYOUT_REAC;
	rncp_record_free(r);
	return k;
}

/* The lines of text as segment_lines leaves them: "a|b||c" for a, b, a
 * blank line, c. */
static void
lines_of(const char *in, char *out, size_t cap)
{
	doc d;
	char *text = strdup(in);
	size_t i, n = 0;

	ck_assert_ptr_nonnull(text);
	memset(&d, 0, sizeof(d));
	d.text = text;
	d.len = strlen(text);
	ck_assert_int_eq(segment_lines(&d), RNCP_OK);
	for (i = 0; i < d.nlines; i++) {
		ck_assert_uint_lt(n + d.lines[i].len + 2, cap);
		if (i > 0)
			out[n++] = '|';
		memcpy(out + n, d.lines[i].s, d.lines[i].len);
		n += d.lines[i].len;
	}
	out[n] = '\0';
	free(d.lines);
	free(text);
}

/* The width segment_lines finds the text hard-wrapped at, or 0. */
static size_t
wrap_of(const char *in)
{
	doc d;
	char *text = strdup(in);
	size_t w;

	ck_assert_ptr_nonnull(text);
	memset(&d, 0, sizeof(d));
	d.text = text;
	d.len = strlen(text);
	ck_assert_int_eq(segment_lines(&d), RNCP_OK);
	w = d.wrap;
	free(d.lines);
	free(text);
	return w;
}

/* A converter's text (pandoc's) wraps its paragraphs, not its tables'
 * rows: the width is its prose's; a text whose paragraphs keep to long
 * lines has none */
START_TEST(t_wrap_width)
{
	static const char prose[] =
	    "Le technicien supérieur systèmes et réseaux participe à la mise en\n"
	    "service et au maintien en condition opérationnelle de l'infrastructure\n"
	    "informatique. Il intervient sur les systèmes et les réseaux dans les\n"
	    "entreprises de toutes tailles et dans les administrations publiques,\n"
	    "seul ou en équipe, auprès des utilisateurs comme des prestataires.\n\n";
	static const char table[] =
	    "  Voie d'accès                       Oui   Non   Composition des jurys   Date de dernière modification\n"
	    "  ---------------------------------- ----- ----- ----------------------- ------------------------------\n"
	    "  Le jury est composé de professionnels (2 membres du jury par candidat présenté) : un technicien, un "
	    "formateur et un responsable d'entreprise\n"
	    "  ---------------------------------- ----- ----- ----------------------- ------------------------------\n\n";
	char buf[8192];

	ck_assert_uint_eq(wrap_of(prose), 70);
	/* (the tables' rows a tenth of the lines at most, as in pandoc's
	 * text of a fiche) */
	snprintf(buf, sizeof(buf), "%s%s%s%s%s%s%s%s%s", prose, prose, prose, prose, table, prose, prose,
	         prose, prose);
	ck_assert_uint_eq(wrap_of(buf), 70);
	/* long lines of prose: no wrap */
	snprintf(buf, sizeof(buf), "%s%s%s",
	         "Le technicien supérieur systèmes et réseaux participe à la mise en service et au maintien en "
	         "condition opérationnelle de l'infrastructure informatique de l'entreprise.\n",
	         prose, table);
	ck_assert_uint_eq(wrap_of(buf), 0);
}
END_TEST

START_TEST(t_double_spacing)
{
	char out[512];

	/* every line end doubled: each run of blank lines keeps half */
	lines_of("a\n\nb\n\nc\n\n\n\nd\n\ne\n\nf\n\ng\n\nh\n\ni\n\n\n\n\n\nj", out, sizeof(out));
	ck_assert_str_eq(out, "a|b|c||d|e|f|g|h|i|||j");
	/* text lines that follow one another: left as they are */
	lines_of("a\nb\n\nc\n\nd\n\ne\n\nf\n\ng\n\nh\n\ni\n\nj\nk\n", out, sizeof(out));
	ck_assert_str_eq(out, "a|b||c||d||e||f||g||h||i||j|k|");
	/* too short to tell */
	lines_of("a\n\nb\n\nc\n", out, sizeof(out));
	ck_assert_str_eq(out, "a||b||c|");
}
END_TEST

/* double-spaced and hard-wrapped (a blank line after each paragraph or
 * item, its wrapped lines adjacent): the blank lines go too; adjacent
 * lines after short ones (a list under its label) keep them */
START_TEST(t_double_spacing_wrapped)
{
	char in[2048] = "", out[2048], want[2048] = "";
	int k;

	for (k = 0; k < 10; k++) {
		strcat(in, "Le candidat installe et configure les postes de travail du parc\n"
		           "informatique.\n\n");
		strcat(want, "Le candidat installe et configure les postes de travail du parc|"
		             "informatique.|");
	}
	lines_of(in, out, sizeof(out));
	ck_assert_str_eq(out, want);

	strcpy(in, "Le candidat installe et configure les postes de travail du parc\n"
	           "informatique.\n\n");
	strcpy(want, "Le candidat installe et configure les postes de travail du parc|"
	             "informatique.||");
	for (k = 0; k < 9; k++) {
		strcat(in, "Code(s) NSF :\n326 : Informatique\n\n");
		strcat(want, "Code(s) NSF :|326 : Informatique||");
	}
	lines_of(in, out, sizeof(out));
	ck_assert_str_eq(out, want);

	/* short lines, a few adjacent (a heading cut by a wrap), and far
	 * more blank lines than text: double-spaced too */
	lines_of("a\nb\n\nc\n\nd\n\n\n\ne\n\nf\n\ng\nh\n\ni\n\nj\n\nk\n\n\n\nl\n\n\n\n",
	         out, sizeof(out));
	ck_assert_str_eq(out, "a|b|c|d||e|f|g|h|i|j|k||l||");
}
END_TEST

START_TEST(t_markdown)
{
	char out[512];

	lines_of("## Code(s) NSF :\n**Formacode(s) :** 31054 : Informatique\n__Niveau__ 5\n#1 x\n"
	         "* item **gras**\n", out, sizeof(out));
	ck_assert_str_eq(out, "Code(s) NSF :|Formacode(s) : 31054 : Informatique|Niveau 5|#1 x|"
	                      "* item **gras**|");
}
END_TEST

START_TEST(t_lines)
{
	doc d;
	char text[] = "un\n\ndeux\ntrois";

	memset(&d, 0, sizeof(d));
	d.text = text;
	d.len = strlen(text);
	ck_assert_int_eq(segment_lines(&d), RNCP_OK);
	ck_assert_uint_eq(d.nlines, 4);
	ck_assert_uint_eq(d.lines[1].len, 0);
	ck_assert_int_eq(d.lines[2].no, 3);
	ck_assert_int_eq(memcmp(d.lines[3].s, "trois", 5), 0);
	free(d.lines);
}
END_TEST

START_TEST(t_layouts_from_content)
{
	ck_assert_int_eq(layout_of("L'essentiel\nNiveau 5\nNom légal | Siret | Nom commercial |\n"
	                           "---|---|---|\nX | 77572257201109 | - |\n"), LAYOUT_FC_PDF);
	ck_assert_int_eq(layout_of("N° de fiche\nRNCP12345\nCode(s) NSF :\n  • 326r : Informatique\n"),
	                 LAYOUT_FC_WEB);
	ck_assert_int_eq(layout_of("Résumé descriptif de la certification Code RNCP : 19542\n"
	                           "Intitulé\nTitre\n"), LAYOUT_CNCP);
	ck_assert_int_eq(layout_of("FICHE EMPLOI TYPE\n\nTechnicien\n\nFICHE ACTIVITE TYPE N° 1\n\nFaire\n"
	                           "Niveau IV (Nomenclature de 1969)\n"), LAYOUT_REAC);
	/* a legacy PDF's many bullets (Wingdings, read as •) count no more
	 * than a few times: its headings decide */
	ck_assert_int_eq(layout_of("Résumé descriptif de la certification Code RNCP : 14392\nIntitulé\nTitre\n"
	                           "Compétences attestées :\n\xEF\x82\xB7 a\n\xEF\x82\xB7 b\n\xEF\x82\xB7 c\n"
	                           "\xEF\x82\xB7 d\n\xEF\x82\xB7 e\n\xEF\x82\xB7 f\n\xEF\x82\xB7 g\n"),
	                 LAYOUT_CNCP);
}
END_TEST

START_TEST(t_samples_layouts)
{
	static const struct { const char *file, *layout; } t[] = {
	    {"rncp19542.txt", "cncp"}, {"rncp14392.txt", "cncp"},
	    {"rncp37454.txt", "france-competences"}, {"rncp40864.txt", "france-competences"},
	    {"reac-trte.txt", "reac"}, {"example-web-rncp.txt", "france-competences-web"},
	    {"example-web-rs.txt", "france-competences-web"}};
	size_t i;

	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		rncp_record *r = parse_sample(t[i].file);
		ck_assert_msg(strcmp(r->source_layout, t[i].layout) == 0, "%s: %s", t[i].file,
		              r->source_layout);
		rncp_record_free(r);
	}
}
END_TEST

START_TEST(t_page_furniture)
{
	/* a bloc title cut by a page break with its footer and header */
	rncp_record *r = parse_str(
	    "Résumé descriptif de la certification Code RNCP : 19542\nIntitulé\nChargé\n\n"
	    "Bloc de compétence n°1 de\nla fiche n° 19542 - Bloc 1 :\nMettre en service le matériel\n\n"
	    "Page 3/12\n\fRNCP19542 - Chargé d'exploitation - page de garde\n\ninformatique et réaliser les\ntests\n\n"
	    "Modalités :\n\n\fRNCP19542 - Chargé d'exploitation - page de garde\nPage 4/12\nSuite.\n");
	ck_assert_uint_eq(r->nblocs, 1);
	ck_assert_str_eq(r->blocs[0].title, "Mettre en service le matériel informatique et réaliser les tests");
	rncp_record_free(r);

	/* a page break after a heading's colon (mutool: the form feed on a
	 * line of its own, blank lines about the furniture): no blank line
	 * between the heading and its list, which is read */
	r = parse_str("Résumé descriptif de la certification Code RNCP : 24581\nIntitulé\nGestionnaire\n\n"
	              "Codes des fiches ROME les plus proches :\n\n\n\nPage 1/2\n\n\f\n"
	              "D1503 : Management/gestion de rayon produits non alimentaires\n\n"
	              "D1301 : Management de magasin de détail\n\nRéglementation d'activités :\n\nPage 2/2\n");
	ck_assert_uint_eq(r->nrome, 2);
	ck_assert_str_eq(r->rome[1].code, "D1301");
	rncp_record_free(r);
	/* or after a colon inside a bloc's list (a skill that leads others
	 * in): no blank line, the list goes on */
	r = parse_str("N° de fiche\nRNCP34362\nNiveau 6\n\nRNCP34362BC02 - Elaborer un plan marketing\n"
	              "Liste de compétences\nDéfinir les actions opérationnelles à mettre en œuvre :\n\nPage 3/9\n"
	              "\fRépertoire national des certifications professionnelles - fiche\n\n"
	              "Prendre en compte les éléments constitutifs de la stratégie :\n- Etablir une segmentation clients,\n"
	              "Modalités d'évaluation\nÉtude de cas\n\nPage 4/9\n");
	ck_assert_uint_eq(r->nblocs, 1);
	ck_assert_uint_eq(r->blocs[0].nskills, 3);
	ck_assert_str_eq(r->blocs[0].skills[2], "Etablir une segmentation clients");
	rncp_record_free(r);
}
END_TEST

/* a sentence a text repeats may end two of its many pages: not a footer,
 * which stands at a quarter of the page edges at least */
START_TEST(t_page_furniture_repeated_text)
{
	char in[4096] = "", out[4096], want[4096] = "";
	int k;

	/* each page: its own text, then at its end the repeated sentence
	 * (pages 3 and 7) or its own, a counter, and the next page's header
	 * (the same on each: dropped) */
	for (k = 0; k < 10; k++) {
		char end[64];
		if (k == 2 || k == 6)
			snprintf(end, sizeof(end), "Apporter un appui technique.");
		else
			snprintf(end, sizeof(end), "Fin de la page %c.", 'A' + k);
		snprintf(in + strlen(in), sizeof(in) - strlen(in),
		         "Texte de la page %c.\n%s\nPage %d\n\fRNCP12345 - Fiche\n", 'A' + k, end, k + 1);
		snprintf(want + strlen(want), sizeof(want) - strlen(want), "Texte de la page %c.|%s|", 'A' + k,
		         end);
	}
	lines_of(in, out, sizeof(out));
	ck_assert_str_eq(out, want);
}
END_TEST

/* pdftotext's reading order moved a page's footer (the page's address)
 * a few lines up from its counter, a table's cell read between them: the
 * same line as the footer found on the other pages goes too */
START_TEST(t_page_furniture_moved)
{
	char in[4096] = "", out[4096], want[4096] = "";
	int k;

	for (k = 0; k < 6; k++) {
		if (k == 3)
			snprintf(in + strlen(in), sizeof(in) - strlen(in),
			         "Texte %c.\nfile:///tmp/fiche.html\n\nModalités d'évaluation\n%d/6\n\f12/6/26, 9:00 PM\n",
			         'A' + k, k + 1);
		else
			snprintf(in + strlen(in), sizeof(in) - strlen(in),
			         "Texte %c.\nfile:///tmp/fiche.html\n%d/6\n\f12/6/26, 9:00 PM\n", 'A' + k, k + 1);
		snprintf(want + strlen(want), sizeof(want) - strlen(want), k == 3 ? "Texte %c.||Modalités d'évaluation|" : "Texte %c.|", 'A' + k);
	}
	lines_of(in, out, sizeof(out));
	ck_assert_str_eq(out, want);
}
END_TEST

/* a web page printed by a browser and copied from a PDF viewer: no form
 * feed, but its footer ends with a page counter ("3/12") */
START_TEST(t_page_counter_lines)
{
	char out[1024];

	lines_of("Texte un\nhttps://www.francecompetences.fr/recherche/rncp/37454/ 1/3\n"
	         "Texte deux\nhttps://www.francecompetences.fr/recherche/rncp/37454/ 2/3\n"
	         "Texte trois\nhttps://www.francecompetences.fr/recherche/rncp/37454/ 3/3\n",
	         out, sizeof(out));
	ck_assert_str_eq(out, "Texte un|Texte deux|Texte trois");
	/* "Page 2 sur 5" after text, and "page 4" */
	lines_of("A\nFiche imprimée - Page 1 sur 2\nB\nFiche imprimée - Page 2 sur 2\n", out, sizeof(out));
	ck_assert_str_eq(out, "A|B");
	lines_of("A\nRNCP1234 - page 4\nB\nRNCP1234 - page 5\n", out, sizeof(out));
	ck_assert_str_eq(out, "A|B");
	/* the same number each time is a date or a reference, not a page;
	 * a number glued to a word is not a counter; once is not a page */
	lines_of("A\nImprimé le 06/12\nB\nImprimé le 06/12", out, sizeof(out));
	ck_assert_str_eq(out, "A|Imprimé le 06/12|B|Imprimé le 06/12");
	lines_of("A\nversion v1/3\nB\nversion v2/3", out, sizeof(out));
	ck_assert_str_eq(out, "A|version v1/3|B|version v2/3");
	lines_of("A\nÉtape 1/3 du parcours\nB\nÉtape 1 sur 3", out, sizeof(out));
	ck_assert_str_eq(out, "A|Étape 1/3 du parcours|B|Étape 1 sur 3");
}
END_TEST

/* a header or footer of several lines: the date under the counter, the
 * title under the date, and the first page's header, at the top of the
 * text with no marker beside it */
START_TEST(t_page_furniture_lines)
{
	char in[4096] = "", out[4096], want[4096] = "";
	int k;

	for (k = 0; k < 3; k++) {
		snprintf(in + strlen(in), sizeof(in) - strlen(in),
		         "06/12/2026 14:32\nRNCP37454 - France Compétences\nTexte %c.\nSuite %c.\n"
		         "Page %d sur 3\nImprimé le 06/12/2026%s",
		         'A' + k, 'A' + k, k + 1, k < 2 ? "\n" : "");
		snprintf(want + strlen(want), sizeof(want) - strlen(want), "%sTexte %c.|Suite %c.", k ? "|" : "",
		         'A' + k, 'A' + k);
	}
	lines_of(in, out, sizeof(out));
	ck_assert_str_eq(out, want);
	/* two pages: the title is at two tops, the first page's and the
	 * second's */
	lines_of("RNCP1 - France Compétences\n\nA.\nPage 1 sur 2\n06/12/2026 14:32\n\n\n"
	         "RNCP1 - France Compétences\n\nB.\nPage 2 sur 2\n06/12/2026 14:32\n",
	         out, sizeof(out));
	/* a blank line stays where a sentence ends, one for the page break
	 * and all those about its furniture */
	ck_assert_str_eq(out, "|A.||B.|");
	/* a page's title that reads as a heading ("Fiche ...") but names
	 * the site */
	lines_of("Fiche RNCP1 - France compétences\nTexte A\nPage 1/3\nFiche RNCP1 - France compétences\n"
	         "Texte B\nPage 2/3\nFiche RNCP1 - France compétences\nTexte C\nPage 3/3",
	         out, sizeof(out));
	ck_assert_str_eq(out, "Texte A|Texte B|Texte C");
	/* a header OCR split over two lines on one page: its pieces go */
	lines_of("Texte A,\nfile:///x/fiche.html 1/3\n12/6/26, 9:00 PM rncp14392.txt\nsuite A.\n"
	         "Texte B\nfile:///x/fiche.html 2/3\n12/6/26, 9:00 PM\n\nrncp14392.txt\nsuite B.\n"
	         "Texte C,\nfile:///x/fiche.html 3/3\n12/6/26, 9:00 PM rncp14392.txt\nsuite C.",
	         out, sizeof(out));
	ck_assert_str_eq(out, "Texte A,|suite A.|Texte B|suite B.|Texte C,|suite C.");
	/* and a line of the page OCR read between its pieces, blank lines
	 * apart */
	lines_of("Texte A,\nfile:///x/fiche.html 1/4\n12/6/26, 9:00 PM rncp14392.txt\nsuite A.\n"
	         "Texte B\nfile:///x/fiche.html\n\nModalités\n\n2/4\n12/6/26, 9:00 PM rncp14392.txt\nsuite B.\n"
	         "Texte C,\nfile:///x/fiche.html 3/4\n12/6/26, 9:00 PM rncp14392.txt\nsuite C.\n"
	         "Texte D.\nfile:///x/fiche.html\n\n4/4",
	         out, sizeof(out));
	ck_assert_str_eq(out, "Texte A,|suite A.|Texte B|Modalités|suite B.|Texte C,|suite C.|Texte D.|");
	/* a browser's header whose title OCR reads differently page to
	 * page: its date and time tell it */
	lines_of("Texte A,\nfile:///x/fiche.html 1/3\n12/6/26, 9:00 PM rncp14392.txt\nsuite A.\n"
	         "Texte B\nfile:///x/fiche.html 2/3\n12/6/26, 9:00 PM mcp14392.txt\nsuite B.\n"
	         "Texte C,\nfile:///x/fiche.html 3/3\n12/6/26, 9:00 PM mmcp14392.txt\nsuite C.",
	         out, sizeof(out));
	ck_assert_str_eq(out, "Texte A,|suite A.|Texte B|suite B.|Texte C,|suite C.");
	/* the register's page header, on the one page break of a short
	 * fiche; not a sentence that names the register */
	lines_of("Type d'emplois accessibles :\n\nPage 1/2\n\fRépertoire national des certifications "
	         "professionnelles - fiche\n\nCoordinateur sécurité\nRépertoire national des certifications "
	         "professionnelles : fiche publiée\nPage 2/2\n",
	         out, sizeof(out));
	ck_assert_str_eq(out, "Type d'emplois accessibles :|Coordinateur sécurité|Répertoire national des "
	                      "certifications professionnelles : fiche publiée");
}
END_TEST

/* what stands at two page edges by chance is not furniture: the bottom of
 * one page and the top of another, a list item, beside furniture a line
 * at fewer than half the edges */
START_TEST(t_page_furniture_not)
{
	char out[1024];

	/* the skills a fiche lists twice, across its page breaks */
	lines_of("Compétences :\nAnalyser les besoins\nDimensionner les surfaces\n\f\nPlanifier\n"
	         "Liste :\nAnalyser les besoins\n\f\nDimensionner les surfaces\nÉtude de cas.",
	         out, sizeof(out));
	ck_assert_str_eq(out, "Compétences :|Analyser les besoins|Dimensionner les surfaces|Planifier|Liste :|"
	                      "Analyser les besoins|Dimensionner les surfaces|Étude de cas.");
	lines_of("Bloc 3 :\n- Installer le serveur\n- Configurer\n\f\nA\nBloc 4 :\n- Installer le serveur\n\f\nB",
	         out, sizeof(out));
	ck_assert_str_eq(out, "Bloc 3 :|- Installer le serveur|- Configurer|A|Bloc 4 :|- Installer le serveur|B");
	/* a page title with a bar is furniture, a table's row is not */
	lines_of("A\nPage 1/3\nRNCP1 | France compétences\nB\nPage 2/3\nRNCP1 | France compétences\nC",
	         out, sizeof(out));
	ck_assert_str_eq(out, "A|B|C");
	lines_of("A\nPage 1/3\nNom | Siret |\nB\nPage 2/3\nNom | Siret |\nC", out, sizeof(out));
	ck_assert_str_eq(out, "A|Nom | Siret ||B|Nom | Siret ||C");
	/* page breaks that parted blocs from their tables: the tables'
	 * header starts two pages of three, and is no page header */
	lines_of("RNCP1BC01 - Concevoir\n\f\nListe de compétences\nModalités d'évaluation\nAnalyser\nÉtude.\n"
	         "RNCP1BC02 - Piloter\n\f\nListe de compétences\nModalités d'évaluation\nPlanifier\nOral.",
	         out, sizeof(out));
	ck_assert_str_eq(out, "RNCP1BC01 - Concevoir|Liste de compétences|Modalités d'évaluation|Analyser|Étude.|"
	                      "RNCP1BC02 - Piloter|Liste de compétences|Modalités d'évaluation|Planifier|Oral.");
}
END_TEST

START_TEST(t_split_headings)
{
	rncp_record *r = parse_str("L'essentiel\nNomenclature\ndu niveau de qualification\nNiveau 5\n"
	                           "Code(s)\nNSF\n326r : Assistance informatique\nCodes\nROME :\n"
	                           "- M1810 - Production\nDate d'échéance\nde l'enregistrement\n25-06-2030\n");
	ck_assert_int_eq(r->level_eu, 5);
	ck_assert_uint_eq(r->nnsf, 1);
	ck_assert_uint_eq(r->nrome, 1);
	ck_assert_str_eq(r->expires, "2030-06-25");
	rncp_record_free(r);
}
END_TEST

START_TEST(t_cut_words)
{
	/* "fonctio-" + "nnement" is one word; "porte-" + "parole" a compound */
	rncp_record *r = parse_str(
	    "Résumé descriptif de la certification Code RNCP : 14392\nIntitulé\nTechnicien\n\n"
	    "Bloc de compétence n°1 de\nla fiche n° 14392 - Assurer le bon fonctio-\nnnement du porte-\nparole\n\n");
	ck_assert_str_eq(r->blocs[0].title, "Assurer le bon fonctionnement du porte-parole");
	rncp_record_free(r);
	/* a capital after the hyphen: a compound the word list lacks */
	r = parse_str("Résumé descriptif de la certification Code RNCP : 14392\nIntitulé\nTechnicien\n\n"
	              "Bloc de compétence n°1 de\nla fiche n° 14392 - Agir en Île-de-\nFrance\n\n");
	ck_assert_str_eq(r->blocs[0].title, "Agir en Île-de-France");
	rncp_record_free(r);
	/* pdftotext's: a blank line inside the heading's cell */
	r = parse_str("Résumé descriptif de la certification Code RNCP : 14392\nIntitulé\nTechnicien\n\n"
	              "Bloc de compétence n°1 de\n\nla fiche n° 14392 - Bloc 1 :\nMettre en service\nle matériel\n\n");
	ck_assert_uint_eq(r->nblocs, 1);
	ck_assert_str_eq(r->blocs[0].code, "RNCP14392BC01");
	ck_assert_str_eq(r->blocs[0].title, "Mettre en service le matériel");
	rncp_record_free(r);
	/* pdftotext -layout's: blank lines between all its lines */
	r = parse_str("Résumé descriptif de la certification Code RNCP : 14392\nIntitulé\nTechnicien\n\n"
	              "Bloc de compétence n°6 de\n\nla fiche n° 14392 - Assurer la\n\nsécurité et la haute\n\n"
	              "disponibilité\n\nCompétences attestées :\nEffectuer le suivi\n");
	ck_assert_uint_eq(r->nblocs, 1);
	ck_assert_str_eq(r->blocs[0].code, "RNCP14392BC06");
	ck_assert_str_eq(r->blocs[0].title, "Assurer la sécurité et la haute disponibilité");
	rncp_record_free(r);
}
END_TEST

Suite *
suite_segment(void)
{
	Suite *s = suite_create("segment");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, t_lines);
	tcase_add_test(tc, t_double_spacing);
	tcase_add_test(tc, t_double_spacing_wrapped);
	tcase_add_test(tc, t_wrap_width);
	tcase_add_test(tc, t_markdown);
	tcase_add_test(tc, t_layouts_from_content);
	tcase_add_test(tc, t_samples_layouts);
	tcase_add_test(tc, t_page_furniture);
	tcase_add_test(tc, t_page_furniture_repeated_text);
	tcase_add_test(tc, t_page_furniture_moved);
	tcase_add_test(tc, t_page_counter_lines);
	tcase_add_test(tc, t_page_furniture_lines);
	tcase_add_test(tc, t_page_furniture_not);
	tcase_add_test(tc, t_split_headings);
	tcase_add_test(tc, t_cut_words);
	suite_add_tcase(s, tc);
	return s;
}
