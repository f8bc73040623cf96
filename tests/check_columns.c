/*
 * check_columns.c - tables laid out in columns (pdftotext -layout) put
 * back as rows before normalisation; and what the parser reads of them.
 */
#include "check_util.h"

/* unfold_columns of s, NUL-terminated (caller frees), or NULL when it
 * left s as it was. */
static char *
unfold(const char *s)
{
	char *o = NULL;
	size_t n = 0;

	ck_assert_int_eq(unfold_columns(s, strlen(s), &o, &n, NULL), RNCP_OK);
	if (o != NULL)
		ck_assert_uint_eq(strlen(o), n);
	return o;
}

START_TEST(t_columns_skills)
{
	char *o = unfold("RNCP1BC01 - Bloc\n"
	                 "Liste de compétences            Modalités d'évaluation\n"
	                 "Mettre en service un            Mise en situation\n"
	                 "équipement numérique            professionnelle\n"
	                 "Gérer les incidents\n"
	                 "RNCP1BC02 - Suite\n");

	ck_assert_ptr_nonnull(o);
	ck_assert_str_eq(o, "RNCP1BC01 - Bloc\n"
	                    "Liste de compétences | Modalités d'évaluation |\n"
	                    "---|---|\n"
	                    "Mettre en service un\n"
	                    "équipement numérique\n"
	                    "Gérer les incidents |\n"
	                    "Mise en situation\n"
	                    "professionnelle |\n"
	                    "RNCP1BC02 - Suite\n");
	free(o);
}
END_TEST

/* html2text's: columns padded to a count of bytes (é takes two), a cell's
 * line that fills its column glued to the next cell's; a second table
 * whose every line is glued read as the first */
START_TEST(t_columns_html2text)
{
	char *o = unfold("RNCP1BC01 - Bloc\n"
	                 "Liste de compétences                   Modalités d'évaluation\n"
	                 "Identifier le système d'exploitation etÉtude de cas sur un\n"
	                 "sa version afin de garantir la          parc informatique\n"
	                 "compatibilité du matériel\n"
	                 "RNCP1BC02 - Suite\n"
	                 "Liste de compétences                       Modalités d'évaluation\n"
	                 "Déployer les postes de travail à l'aide d'Mise en situation sur\n"
	                 "outils de déploiement et de scripts à jourun parc réel\n"
	                 "Secteurs d'activités :\n");

	ck_assert_ptr_nonnull(o);
	ck_assert_str_eq(o, "RNCP1BC01 - Bloc\n"
	                    "Liste de compétences | Modalités d'évaluation |\n"
	                    "---|---|\n"
	                    "Identifier le système d'exploitation et\n"
	                    "sa version afin de garantir la\n"
	                    "compatibilité du matériel |\n"
	                    "Étude de cas sur un\n"
	                    "parc informatique |\n"
	                    "RNCP1BC02 - Suite\n"
	                    "Liste de compétences | Modalités d'évaluation |\n"
	                    "---|---|\n"
	                    "Déployer les postes de travail à l'aide d'\n"
	                    "outils de déploiement et de scripts à jour |\n"
	                    "Mise en situation sur\n"
	                    "un parc réel |\n"
	                    "Secteurs d'activités :\n");
	free(o);
	/* the same table laid out in characters (pdftotext -layout's): not
	 * split at the column's byte, but at the blank nearest its start */
	o = unfold("Liste de compétences                  Modalités d'évaluation\n"
	           "Identifier le système d'exploitation etÉtude de cas sur un\n"
	           "sa version afin de garantir la        parc informatique\n");
	ck_assert_ptr_nonnull(o);
	ck_assert_str_eq(o, "Liste de compétences | Modalités d'évaluation |\n"
	                    "---|---|\n"
	                    "Identifier le système d'exploitation\n"
	                    "sa version afin de garantir la |\n"
	                    "etÉtude de cas sur un\n"
	                    "parc informatique |\n");
	free(o);
}
END_TEST

/* html2text's table whose first right cell's line stands alone only
 * after a dozen lines of the left one's, and a row whose right cell's
 * first line is glued to the left one's (that filled its column in
 * bytes) after a line of the left cell alone: too long in characters to
 * be the left cell's alone, it is cut at the column's byte */
START_TEST(t_columns_html2text_late)
{
	char in[2048], want[2048], lines[1024], *o;
	size_t k, n = 0;

	for (k = 1; k <= 13; k++)
		n += (size_t)snprintf(lines + n, sizeof(lines) - n, "Gérer la tâche numéro %zu du parc\n", k);
	snprintf(in, sizeof(in),
	         "RNCP1BC01 - Bloc\n"
	         "Liste de compétences                   Modalités d'évaluation\n"
	         "%s"
	         "Décrire les périphériques            Étude de cas\n"
	         "et les imprimantes\n"
	         "Installer le pilote à jour sur les postMise en situation\n"
	         "de travail\n"
	         "Secteurs d'activités :\n",
	         lines);
	snprintf(want, sizeof(want),
	         "RNCP1BC01 - Bloc\n"
	         "Liste de compétences | Modalités d'évaluation |\n"
	         "---|---|\n"
	         "%s"
	         "Décrire les périphériques\n"
	         "et les imprimantes\n"
	         "Installer le pilote à jour sur les post\n"
	         "de travail |\n"
	         "Étude de cas\n"
	         "Mise en situation |\n"
	         "Secteurs d'activités :\n",
	         lines);
	o = unfold(in);
	ck_assert_ptr_nonnull(o);
	ck_assert_str_eq(o, want);
	free(o);
}
END_TEST

/* w3m's tall row: the right column starts left of its title; a left
 * line that fills its column stands one blank before the right cell's
 * last line, which a line of that cell alone comes before */
START_TEST(t_columns_w3m_tall_row)
{
	char *o = unfold(" Liste de compétences                    Modalités d'évaluation\n"
	                 "Sécuriser les accès à  1. Mise en situation professionnelle (1h45min)\n"
	                 "Internet               La mise en situation se déroule en deux\n"
	                 "                       phases devant le jury.\n"
	                 "Maintenir et exploiter 2. Questionnaire professionnel (1h30) Le candidat\n"
	                 "un serveur Linux       répond à des questions\n"
	                 "                       écrites.\n"
	                 "Maintenir et exploiter ouvertes.\n"
	                 "un domaine Active\n"
	                 "Directory\n");

	ck_assert_ptr_nonnull(o);
	ck_assert_str_eq(o, "Liste de compétences | Modalités d'évaluation |\n"
	                    "---|---|\n"
	                    "Sécuriser les accès à\n"
	                    "Internet\n"
	                    "Maintenir et exploiter\n"
	                    "un serveur Linux\n"
	                    "Maintenir et exploiter\n"
	                    "un domaine Active\n"
	                    "Directory |\n"
	                    "1. Mise en situation professionnelle (1h45min)\n"
	                    "La mise en situation se déroule en deux\n"
	                    "phases devant le jury.\n"
	                    "2. Questionnaire professionnel (1h30) Le candidat\n"
	                    "répond à des questions\n"
	                    "écrites.\n"
	                    "ouvertes. |\n");
	free(o);
}
END_TEST

/* w3m's bloc table, its left cell's line filling the column one blank
 * before the right cell's last line: split where the right cell's line
 * above starts */
START_TEST(t_columns_w3m_full_last_line)
{
	char *o = unfold("                 Liste de compétences                             Modalités d'évaluation\n"
	                 "Identifier les dangers et évaluer les risques           Étude de cas (3 heures) : évaluation des\n"
	                 "professionnels d'une unité de travail Rédiger le        risques d'un atelier à partir d'un dossier\n"
	                 "document unique d'évaluation des risques professionnels documentaire et d'une visite virtuelle.\n"
	                 "et le mettre à jour\n"
	                 "\n"
	                 "RNCP41287BC02 - Élaborer et piloter le plan de prévention\n");

	ck_assert_ptr_nonnull(o);
	ck_assert_str_eq(o, "Liste de compétences | Modalités d'évaluation |\n"
	                    "---|---|\n"
	                    "Identifier les dangers et évaluer les risques\n"
	                    "professionnels d'une unité de travail Rédiger le\n"
	                    "document unique d'évaluation des risques professionnels\n"
	                    "et le mettre à jour |\n"
	                    "Étude de cas (3 heures) : évaluation des\n"
	                    "risques d'un atelier à partir d'un dossier\n"
	                    "documentaire et d'une visite virtuelle. |\n"
	                    "\n"
	                    "RNCP41287BC02 - Élaborer et piloter le plan de prévention\n");
	free(o);
}
END_TEST

/* pdftotext -layout at a page's top: the right column set left of where
 * it started, two lines packed against the left cell's one blank apart;
 * split where the right cell's line above them starts */
START_TEST(t_columns_layout_moved)
{
	char *o = unfold("Liste de          Modalités d'évaluation\n"
	                 "compétences\n"
	                 "\n"
	                 "Développer des    1. Mise en situation\n"
	                 "scripts           professionnelle\n"
	                 "\n"
	                 "Superviser les    la présence du jury.\n"
	                 "serveurs Linux\n"
	                 "            2. Entretien technique\n"
	                 "Déployer le traçant les interventions\n"
	                 "les serveur complète son évaluation.\n"
	                 "\n"
	                 "Mettre une        3. Questionnement\n"
	                 "application       sur un rapport.\n"
	                 "\n\n\n"
	                 "Description des modalités :\n");

	ck_assert_ptr_nonnull(o);
	ck_assert_str_eq(o, "Liste de compétences | Modalités d'évaluation |\n"
	                    "---|---|\n"
	                    "Développer des\n"
	                    "scripts\n"
	                    "Superviser les\n"
	                    "serveurs Linux\n"
	                    "Déployer le\n"
	                    "les serveur\n"
	                    "Mettre une\n"
	                    "application |\n"
	                    "1. Mise en situation\n"
	                    "professionnelle\n"
	                    "la présence du jury.\n"
	                    "2. Entretien technique\n"
	                    "traçant les interventions\n"
	                    "complète son évaluation.\n"
	                    "3. Questionnement\n"
	                    "sur un rapport. |\n"
	                    "\n\n\n"
	                    "Description des modalités :\n");
	free(o);
}
END_TEST

/* the header's titles wrapped in narrow columns: written in full, their
 * second line (in lower case, as no row starts) left out */
START_TEST(t_columns_header_wrapped)
{
	char *o = unfold("Liste de              Modalités\n"
	                 "compétences           d'évaluation\n"
	                 "Installer un poste    Étude de cas\n");

	ck_assert_ptr_nonnull(o);
	ck_assert_str_eq(o, "Liste de compétences | Modalités d'évaluation |\n"
	                    "---|---|\n"
	                    "Installer un poste |\n"
	                    "Étude de cas |\n");
	free(o);
}
END_TEST

/* the header centred over its columns: the boundary is halfway between
 * its cells, so the right column's text, left of its title, is still its */
START_TEST(t_columns_centred_header)
{
	char *o = unfold("      Liste de compétences             Modalités d'évaluation\n"
	                 "Installer un poste               Étude de cas\n"
	                 "\n"
	                 "Secteurs d'activités :\n");

	ck_assert_ptr_nonnull(o);
	ck_assert_str_eq(o, "Liste de compétences | Modalités d'évaluation |\n"
	                    "---|---|\n"
	                    "Installer un poste |\n"
	                    "Étude de cas |\n"
	                    "\n"
	                    "Secteurs d'activités :\n");
	free(o);
}
END_TEST

/* elinks' table: the titles centred, the cells aligned left and set in
 * the row's middle, so the right column's text starts left of its title
 * (just past the left one's); a left cell that fills its column stands one
 * blank from the right one's text */
START_TEST(t_columns_elinks)
{
	char *o = unfold("           Liste de compétences                          Modalités d'évaluation\n"
	                 "                                        1. Mise en situation professionnelle\n"
	                 "   Mettre en service un équipement      pour tracer ses interventions\n"
	                 "   Gérer les incidents et les problèmes différentes demandes du jury\n"
	                 "                                        dure 45 minutes.\n"
	                 "\n"
	                 "Secteurs d'activités :\n");

	ck_assert_ptr_nonnull(o);
	ck_assert_str_eq(o, "Liste de compétences | Modalités d'évaluation |\n"
	                    "---|---|\n"
	                    "Mettre en service un équipement\n"
	                    "Gérer les incidents et les problèmes |\n"
	                    "1. Mise en situation professionnelle\n"
	                    "pour tracer ses interventions\n"
	                    "différentes demandes du jury\n"
	                    "dure 45 minutes. |\n"
	                    "\n"
	                    "Secteurs d'activités :\n");
	free(o);

	/* the first row's left cell fills its column: where the right
	 * column's lines start is read from the lines after it */
	o = unfold("          Liste de compétences                 Modalités d'évaluation\n"
	           "   Identifier le système et sa version Application professionnelle\n"
	           "   en ayant repéré ses                 simulée) sur la base\n"
	           "\n"
	           "Secteurs d'activités :\n");
	ck_assert_ptr_nonnull(o);
	ck_assert_str_eq(o, "Liste de compétences | Modalités d'évaluation |\n"
	                    "---|---|\n"
	                    "Identifier le système et sa version\n"
	                    "en ayant repéré ses |\n"
	                    "Application professionnelle\n"
	                    "simulée) sur la base |\n"
	                    "\n"
	                    "Secteurs d'activités :\n");
	free(o);
}
END_TEST

/* pdftotext -layout of a browser's print: the right column's text packed
 * up to a few columns left of where its lines start, one blank from the
 * left cell's; the browser's footer and header of a page break inside
 * the table left out; prose under the table, no blank line between, is
 * not split into cells */
START_TEST(t_columns_layout_packed)
{
	char *o = unfold("   Liste de compétences              Modalités d'évaluation\n"
	                 "   Identifier les principales les Application professionnelle\n"
	                 "   spécificités techniques          simulée) sur la base\n"
	                 "file:///tmp/fiche.html                                   5/8\n"
	                 "\f12/6/26, 11:09 PM                          fiche.txt\n"
	                 "   des systèmes d'exploitation      de son réseau\n"
	                 "\n"
	                 "Secteurs d'activités :\n");

	ck_assert_ptr_nonnull(o);
	ck_assert_str_eq(o, "Liste de compétences | Modalités d'évaluation |\n"
	                    "---|---|\n"
	                    "Identifier les principales les\n"
	                    "spécificités techniques\n"
	                    "des systèmes d'exploitation |\n"
	                    "Application professionnelle\n"
	                    "simulée) sur la base\n"
	                    "de son réseau |\n"
	                    "\f\n"
	                    "\n"
	                    "Secteurs d'activités :\n");
	free(o);
	/* Ghostscript's text of the same print: no form feed, the fi of
	 * "file" a ligature; the footer ends in its page counter, and the
	 * header follows it */
	o = unfold("   Liste de compétences              Modalités d'évaluation\n"
	           "   Identifier les principales les Application professionnelle\n"
	           "      \xEF\xAC\x81le:///tmp/fiche.html                                   5/8\n"
	           "      12/6/26, 11:09 PM                          fiche.txt\n"
	           "   des systèmes d'exploitation      de son réseau\n"
	           "\n"
	           "Secteurs d'activités :\n");
	ck_assert_ptr_nonnull(o);
	ck_assert_str_eq(o, "Liste de compétences | Modalités d'évaluation |\n"
	                    "---|---|\n"
	                    "Identifier les principales les\n"
	                    "des systèmes d'exploitation |\n"
	                    "Application professionnelle\n"
	                    "de son réseau |\n"
	                    "\n"
	                    "Secteurs d'activités :\n");
	free(o);
	/* the header's first title wrapped ("Liste de" / "compétences"), a
	 * blank line under it, the first row packed; a blank line between
	 * two of a cell's paragraphs, the next row packed too */
	o = unfold("   Liste de              Modalités d'évaluation\n"
	           "   compétences\n"
	           "\n"
	           "   Mettre en service 1. Mise en situation professionnelle\n"
	           "   un équipement     (1h45min) La mise en situation\n"
	           "\n"
	           "   Assister les      professionnelle se déroule en\n"
	           "   utilisateurs sur  deux phases : a) Le candidat\n"
	           "\n"
	           "Secteurs d'activités :\n");
	ck_assert_ptr_nonnull(o);
	ck_assert_str_eq(o, "Liste de compétences | Modalités d'évaluation |\n"
	                    "---|---|\n"
	                    "Mettre en service\n"
	                    "un équipement\n"
	                    "Assister les\n"
	                    "utilisateurs sur |\n"
	                    "1. Mise en situation professionnelle\n"
	                    "(1h45min) La mise en situation\n"
	                    "professionnelle se déroule en\n"
	                    "deux phases : a) Le candidat |\n"
	                    "\n"
	                    "Secteurs d'activités :\n");
	free(o);
	/* w3m's tall row: the right cell set in its middle, below a blank
	 * line of the left cell's, and a line of the left cell's packed
	 * against it */
	o = unfold("            Liste de compétences                  Modalités d'évaluation\n"
	           "Identifier le système d'exploitation et sa\n"
	           "version en ayant repéré les principales\n"
	           "\n"
	           "Contrôler la conformité de l'installation\n"
	           "logicielle et des mises à jour afin de        Application professionnelle (réelle\n"
	           "l'entreprise et en réalisant les tests finaux lieu à la production d'un document\n"
	           "et de performance                             suivi d'une présentation orale\n"
	           "\n"
	           "Secteurs d'activités :\n");
	ck_assert_ptr_nonnull(o);
	ck_assert_str_eq(o, "Liste de compétences | Modalités d'évaluation |\n"
	                    "---|---|\n"
	                    "Identifier le système d'exploitation et sa\n"
	                    "version en ayant repéré les principales\n"
	                    "Contrôler la conformité de l'installation\n"
	                    "logicielle et des mises à jour afin de\n"
	                    "l'entreprise et en réalisant les tests finaux\n"
	                    "et de performance |\n"
	                    "Application professionnelle (réelle\n"
	                    "lieu à la production d'un document\n"
	                    "suivi d'une présentation orale |\n"
	                    "\n"
	                    "Secteurs d'activités :\n");
	free(o);
	o = unfold("Nom légal  Siret           Nom commercial           Site internet\n"
	           "CESI       77572257201109  CESI Ecole d'Ingénieurs  https://www.cesi.fr/\n"
	           "**Objectifs et contexte de la certification :**\n"
	           "Quels que soient la taille et le secteur d'activité (marchand ou non) de l'entreprise, l'outil\n"
	           "informatique est maintenant incontournable. Les entreprises utilisent l'outil informatique\n");
	ck_assert_ptr_nonnull(o);
	ck_assert_ptr_nonnull(strstr(o, "CESI | 77572257201109 | CESI Ecole d'Ingénieurs | https://www.cesi.fr/ |\n"
	                                "**Objectifs et contexte de la certification :**\nQuels que soient"));
	free(o);
}
END_TEST

/* Ghostscript's txtwrite: a left cell's line alone running a few columns
 * past the right column's title */
START_TEST(t_columns_overhang)
{
	char *o = unfold("   Liste de compétences          Modalités d'évaluation\n"
	                 "   Maintenir et exploiter le réseau\n"
	                 "                                 1. Mise en situation\n"
	                 "   local et la téléphonie\n"
	                 "\n"
	                 "Secteurs d'activités :\n");

	ck_assert_ptr_nonnull(o);
	ck_assert_str_eq(o, "Liste de compétences | Modalités d'évaluation |\n"
	                    "---|---|\n"
	                    "Maintenir et exploiter le réseau\n"
	                    "local et la téléphonie |\n"
	                    "1. Mise en situation |\n"
	                    "\n"
	                    "Secteurs d'activités :\n");
	free(o);
	/* a dozen columns, the table going on under it (its title's gap
	 * narrowed to two blanks) */
	o = unfold("   Liste de compétences  Modalités d'évaluation\n"
	           "   Configurer les services de\n"
	           "                         1. Mise en situation\n"
	           "   clients légers Assurer sa veille\n"
	           "                         professionnelle (1h45min)\n"
	           "\n"
	           "Secteurs d'activités :\n");
	ck_assert_ptr_nonnull(o);
	ck_assert_str_eq(o, "Liste de compétences | Modalités d'évaluation |\n"
	                    "---|---|\n"
	                    "Configurer les services de\n"
	                    "clients légers Assurer sa veille |\n"
	                    "1. Mise en situation\n"
	                    "professionnelle (1h45min) |\n"
	                    "\n"
	                    "Secteurs d'activités :\n");
	free(o);
	/* the right cell's line first, then a left one two dozen columns
	 * over */
	o = unfold("   Liste de compétences          Modalités d'évaluation\n"
	           "                                 Application professionnelle\n"
	           "   Identifier le système d'exploitation et sa version en\n"
	           "                                 ou simulée) sur la base\n"
	           "   ayant repéré les principales\n"
	           "\n"
	           "Secteurs d'activités :\n");
	ck_assert_ptr_nonnull(o);
	ck_assert_str_eq(o, "Liste de compétences | Modalités d'évaluation |\n"
	                    "---|---|\n"
	                    "Identifier le système d'exploitation et sa version en\n"
	                    "ayant repéré les principales |\n"
	                    "Application professionnelle\n"
	                    "ou simulée) sur la base |\n"
	                    "\n"
	                    "Secteurs d'activités :\n");
	free(o);
	/* thirteen columns over, the first under the header */
	o = unfold("   Liste de compétences      Modalités d'évaluation\n"
	           "   Administrer les serveurs Linux :\n"
	           "                             1. Mise en situation\n"
	           "   Développer des scripts d'automatisation\n"
	           "                             professionnelle (3h00)\n"
	           "\n"
	           "Secteurs d'activités :\n");
	ck_assert_ptr_nonnull(o);
	ck_assert_str_eq(o, "Liste de compétences | Modalités d'évaluation |\n"
	                    "---|---|\n"
	                    "Administrer les serveurs Linux :\n"
	                    "Développer des scripts d'automatisation |\n"
	                    "1. Mise en situation\n"
	                    "professionnelle (3h00) |\n"
	                    "\n"
	                    "Secteurs d'activités :\n");
	free(o);
}
END_TEST

/* antiword's tables of a Word file: "|cell |cell |" lines, no rules, each
 * cell wrapped in its column; a certifier's row at each SIRET, another
 * table's row where a line of two cells follows one of a single cell; a
 * Markdown table (a rule under its header) is left alone */
START_TEST(t_columns_antiword)
{
	char *o = unfold("|Nom légal              |Siret           |Nom commercial |\n"
	                 "|HAUT COMMISSARIAT DE LA|17987301300017  |-              |\n"
	                 "|REPUBLIQUE EN POLYNESIE|                |               |\n"
	                 "|CESI                   |77572257201109  |CESI           |\n"
	                 "\n"
	                 "|Liste de compétences  |Modalités d'évaluation  |\n"
	                 "|Mettre en service un  |1. Mise en situation    |\n"
	                 "|équipement numérique  |professionnelle        |\n"
	                 "|                      |2. Entretien technique  |\n");

	ck_assert_ptr_nonnull(o);
	ck_assert_str_eq(o, "Nom légal | Siret | Nom commercial |\n"
	                    "---|---|---|\n"
	                    "HAUT COMMISSARIAT DE LA REPUBLIQUE EN POLYNESIE | 17987301300017 | - |\n"
	                    "CESI | 77572257201109 | CESI |\n"
	                    "\n"
	                    "Liste de compétences | Modalités d'évaluation |\n"
	                    "---|---|\n"
	                    "Mettre en service un\n"
	                    "équipement numérique |\n"
	                    "1. Mise en situation\n"
	                    "professionnelle\n"
	                    "2. Entretien technique |\n");
	free(o);
	ck_assert_ptr_null(unfold("| Nom légal | Siret |\n|---|---|\n| CESI | 77572257201109 |\n"));
}
END_TEST

/* a certifier's row starts with its name and SIRET; its wrapped cells'
 * lines are joined; a line of prose across the columns ends the table */
START_TEST(t_columns_certifiers)
{
	char *o = unfold("Nom légal           Siret            Nom commercial   Site internet\n"
	                 "HAUT COMMISSARIAT   17987301300017   -                -\n"
	                 "DE LA REPUBLIQUE\r\n"
	                 "CESI                77572257201109   CESI Ecole       https://www.cesi.fr/\n"
	                 "                                     d'Ingénieurs\n"
	                 "Objectifs et contexte de la certification, sur une ligne de texte\n");

	ck_assert_ptr_nonnull(o);
	ck_assert_str_eq(o, "Nom légal | Siret | Nom commercial | Site internet |\n"
	                    "---|---|---|---|\n"
	                    "HAUT COMMISSARIAT DE LA REPUBLIQUE | 17987301300017 | - | - |\n"
	                    "CESI | 77572257201109 | CESI Ecole d'Ingénieurs | https://www.cesi.fr/ |\n"
	                    "Objectifs et contexte de la certification, sur une ligne de texte\n");
	free(o);
}
END_TEST

/* w3m's table of long names: a name that fills its column stands one
 * blank from the SIRET, the SIRET one blank from the commercial name, in
 * every row, so that no line shows where the SIRET's column starts: the
 * header's title says */
START_TEST(t_columns_certifiers_full_cells)
{
	char *o = unfold("                    Nom légal                         Siret         Nom          Site internet\n"
	                 "                                                                 commercial\n"
	                 "ECOLE NATIONALE DE LA PREVENTION DES RISQUES ET   77558812900012 ENPRS      https://\n"
	                 "DE LA SECURITE                                                              www.enprs.example\n"
	                 "GROUPEMENT D'INTERET PUBLIC FORMATION CONTINUE ET 18440004300016 GIP FCIP   https://\n"
	                 "INSERTION PROFESSIONNELLE DE L'ACADEMIE DE NANTES                Nantes     www.fcip-nantes.example\n"
	                 "\n"
	                 "Objectifs et contexte de la certification :\n");

	ck_assert_ptr_nonnull(o);
	ck_assert_str_eq(o, "Nom légal | Siret | Nom | Site internet |\n"
	                    "---|---|---|---|\n"
	                    "ECOLE NATIONALE DE LA PREVENTION DES RISQUES ET DE LA SECURITE | 77558812900012 | ENPRS | "
	                    "https:// www.enprs.example |\n"
	                    "GROUPEMENT D'INTERET PUBLIC FORMATION CONTINUE ET INSERTION PROFESSIONNELLE DE L'ACADEMIE "
	                    "DE NANTES | 18440004300016 | GIP FCIP Nantes | https:// www.fcip-nantes.example |\n"
	                    "\n"
	                    "Objectifs et contexte de la certification :\n");
	free(o);
}
END_TEST

/* Ghostscript's: the first row's name over four lines, its SIRET one
 * blank from the commercial name; no line below it shows a cell right of
 * the name's, but the row's own line does (its site) */
START_TEST(t_columns_certifiers_top_row)
{
	char *o = unfold("               Nom légal              Siret           Nom        Site internet\r\n"
	                 "                                                      commercial\r\n"
	                 "               ECOLE NATIONALE DE     77558812900012 ENPRS       https://www.enprs.example\r\n"
	                 "               LA PREVENTION DES\r\n"
	                 "               RISQUES ET DE LA\r\n"
	                 "               SECURITE\r\n"
	                 "              Objectifs et contexte de la certification :\r\n");

	ck_assert_ptr_nonnull(o);
	ck_assert_str_eq(o, "Nom légal | Siret | Nom | Site internet |\n"
	                    "---|---|---|---|\n"
	                    "ECOLE NATIONALE DE LA PREVENTION DES RISQUES ET DE LA SECURITE | 77558812900012 | ENPRS | "
	                    "https://www.enprs.example |\n"
	                    "              Objectifs et contexte de la certification :\r\n");
	free(o);
}
END_TEST

/* the boxes of "L'essentiel" side by side: one after the other, a wrapped
 * label or value joined */
START_TEST(t_columns_boxes)
{
	char *o = unfold("Nomenclature       Code(s) NSF          Date d'échéance\n"
	                 "du niveau de       326 : Informatique   de l'enregistrement\n"
	                 "qualification      200r : Autre         22-01-2028\n"
	                 "Niveau 5\n"
	                 "Nom légal  Siret\n");

	ck_assert_ptr_nonnull(o);
	ck_assert_str_eq(o, "Nomenclature du niveau de qualification\n"
	                    "Niveau 5\n"
	                    "Code(s) NSF\n"
	                    "326 : Informatique\n"
	                    "200r : Autre\n"
	                    "Date d'échéance de l'enregistrement\n"
	                    "22-01-2028\n"
	                    "Nom légal  Siret\n");
	free(o);
}
END_TEST

/* two lists a page prints side by side (its apostrophes still curly):
 * one after the other, an item wrapped in lower case joined */
START_TEST(t_columns_lists_beside)
{
	char *o = unfold("Secteurs d’activités :          Type d'emplois accessibles :\n"
	                 "Entreprises de services du      Technicien support\n"
	                 "numérique                       Technicien réseau\n"
	                 "Hôpitaux\n"
	                 "Code(s) ROME :\n");

	ck_assert_ptr_nonnull(o);
	ck_assert_str_eq(o, "Secteurs d’activités :\n"
	                    "Entreprises de services du numérique\n"
	                    "Hôpitaux\n"
	                    "Type d'emplois accessibles :\n"
	                    "Technicien support\n"
	                    "Technicien réseau\n"
	                    "Code(s) ROME :\n");
	free(o);
}
END_TEST

/* blank lines between most lines (double spacing) are kept between the
 * rows, for segment_lines to drop as it drops the others */
START_TEST(t_columns_double_spaced)
{
	char *o = unfold("Liste de compétences      Modalités d'évaluation\n\n"
	                 "Installer un poste        Étude de cas\n\n"
	                 "Gérer un parc\n\n");

	ck_assert_ptr_nonnull(o);
	ck_assert_str_eq(o, "Liste de compétences | Modalités d'évaluation |\n\n"
	                    "---|---|\n\n"
	                    "Installer un poste\n\n"
	                    "Gérer un parc |\n\n"
	                    "Étude de cas |\n\n");
	free(o);
}
END_TEST

/* a table over a page break: its page number left out, the form feed
 * after it */
START_TEST(t_columns_page_break)
{
	char *o = unfold("Liste de compétences      Modalités d'évaluation\n"
	                 "Installer un poste        Étude de cas\n"
	                 "                                        Page 2/5\n"
	                 "\fGérer un parc             écrite\n"
	                 "Type d'emplois accessibles :\n");

	ck_assert_ptr_nonnull(o);
	ck_assert_str_eq(o, "Liste de compétences | Modalités d'évaluation |\n"
	                    "---|---|\n"
	                    "Installer un poste\n"
	                    "Gérer un parc |\n"
	                    "Étude de cas\n"
	                    "écrite |\n"
	                    "\f\n"
	                    "Type d'emplois accessibles :\n");
	free(o);
}
END_TEST

/* a CNCP fiche's blocs table: each row's title, a blank line and its
 * description, rows blank lines apart, as the flattened page reads; a
 * form feed before the header stays before it */
START_TEST(t_columns_cncp_blocs)
{
	char *o = unfold("\fINTITULÉ                    DESCRIPTIF ET MODALITÉS D'ÉVALUATION\n"
	                 "Bloc de compétence n°1 de   Compétences attestées :\n"
	                 "la fiche n° 14392 -         - Installer les postes\n"
	                 "Administrer un parc\n"
	                 "\n"
	                 "\n"
	                 "\n"
	                 "Bloc de compétence n°2 de   Compétences attestées :\n"
	                 "la fiche n° 14392 - Gérer   - Connecter le réseau\n"
	                 "un réseau\n"
	                 "Validité des composantes acquises : illimitée\n");

	ck_assert_ptr_nonnull(o);
	ck_assert_str_eq(o, "\fINTITULÉ DESCRIPTIF ET MODALITÉS D'ÉVALUATION\n"
	                    "Bloc de compétence n°1 de\n"
	                    "la fiche n° 14392 -\n"
	                    "Administrer un parc\n"
	                    "\n"
	                    "Compétences attestées :\n"
	                    "- Installer les postes\n"
	                    "\n"
	                    "Bloc de compétence n°2 de\n"
	                    "la fiche n° 14392 - Gérer\n"
	                    "un réseau\n"
	                    "\n"
	                    "Compétences attestées :\n"
	                    "- Connecter le réseau\n"
	                    "\n"
	                    "Validité des composantes acquises : illimitée\n");
	free(o);
}
END_TEST

/* a CNCP bloc's title column, once empty, holds no more of the row:
 * text there after it is the next section's, headed or not */
START_TEST(t_columns_cncp_title_ends)
{
	char *o = unfold("INTITULE?                 DESCRIPTIF ET MODALITE?S D'E?VALUATION\n"
	                 "Bloc de compe?tence n?6   Compe?tences atteste?es :\n"
	                 "de la fiche n? 14392      - Installer les postes\n"
	                 "                          Ce bloc est certifie?.\n"
	                 "Validite? des composantes acquises :  illimite?e\n");

	ck_assert_ptr_nonnull(o);
	ck_assert_str_eq(o, "INTITULE? DESCRIPTIF ET MODALITE?S D'E?VALUATION\n"
	                    "Bloc de compe?tence n?6\n"
	                    "de la fiche n? 14392\n"
	                    "\n"
	                    "Compe?tences atteste?es :\n"
	                    "- Installer les postes\n"
	                    "Ce bloc est certifie?.\n"
	                    "\n"
	                    "Validite? des composantes acquises :  illimite?e\n");
	free(o);

	/* the heading wrapped before "fiche n°" (the site's page printed,
	 * pdftotext -layout): no heading there, the row goes on */
	o = unfold("    Intitulé                           Descriptif et modalités d'évaluation\n"
	           "    Bloc de compétence n°1 de la       Analyser le marché local.\n"
	           "    fiche n° 24581 - Gérer l'offre     Modalités d'évaluation : étude de cas.\n"
	           "    commerciale de l'unité\n"
	           "    Bloc de compétence n°2 de la       Recruter les vendeurs.\n"
	           "    fiche n° 24581 - Animer l'équipe   Modalités d'évaluation : mise en situation.\n"
	           "\n"
	           "   Validité des composantes acquises : 5 an(s)\n");
	ck_assert_ptr_nonnull(o);
	ck_assert_msg(strstr(o, "Bloc de compétence n°1 de la\nfiche n° 24581 - Gérer l'offre\ncommerciale de l'unité\n") !=
	                  NULL,
	              "%s", o);
	ck_assert_msg(strstr(o, "Bloc de compétence n°2 de la\nfiche n° 24581 - Animer l'équipe\n") != NULL, "%s", o);
	free(o);
	/* links' and elinks': the title cell filling its column, a blank
	 * before the next one's text, on every line */
	o = unfold("   Intitulé                              Descriptif et modalités d'évaluation\n"
	           "   Bloc de compétence n°1 de la fiche n° Analyser le marché local et la\n"
	           "   24581 - Gérer l'offre commerciale de  concurrence. Modalités : étude de cas.\n"
	           "   l'unité\n"
	           "   Bloc de compétence n°2 de la fiche n° Recruter les vendeurs. Modalités :\n"
	           "   24581 - Animer l'équipe de vente      mise en situation.\n"
	           "\n"
	           "   Validité des composantes acquises : 5 an(s)\n");
	ck_assert_ptr_nonnull(o);
	ck_assert_msg(strstr(o, "Bloc de compétence n°1 de la fiche n°\n24581 - Gérer l'offre commerciale de\nl'unité\n") !=
	                      NULL &&
	                  strstr(o, "Bloc de compétence n°2 de la fiche n°\n24581 - Animer l'équipe de vente\n") != NULL,
	              "%s", o);
	free(o);
}
END_TEST

/* a CNCP fiche's authorities: a row starts with a name and a role, both
 * capitalised; their wrapped lines joined; a blank line ends them */
START_TEST(t_columns_authorities)
{
	char *o = unfold("AUTORITÉ RESPONSABLE DE LA CERTIFICATION     QUALITÉ DU(ES) SIGNATAIRE(S)\n"
	                 "Ministère chargé de                          Le directeur général de\n"
	                 "l'emploi                                     l'emploi\n"
	                 "CCI &                                        Directeur\n"
	                 "CAUX\n"
	                 "\n"
	                 "Niveau et/ou domaine d'activité\n");

	ck_assert_ptr_nonnull(o);
	ck_assert_str_eq(o, "AUTORITÉ RESPONSABLE DE LA CERTIFICATION QUALITÉ DU(ES) SIGNATAIRE(S)\n"
	                    "Ministère chargé de l'emploi | Le directeur général de l'emploi |\n"
	                    "CCI & CAUX | Directeur |\n"
	                    "\n"
	                    "Niveau et/ou domaine d'activité\n");
	free(o);

	/* html2text's: no blank line under the table, its next heading in
	 * stars, or the next section's label, ends it */
	o = unfold("Autorité responsable de la certification        Qualité du(es) signataire(s) de la\n"
	           "                                                certification\n"
	           "Chambre de commerce de Normandie - CCI          Président de la CCI de région\n"
	           "Formation\n"
	           "Institut de formation du Havre (IFCH)           Directeur de l'IFCH\n"
	           "**** Modalités d'élaboration de références : ****\n"
	           "Comité de certification\n"
	           "Niveau et/ou domaine d'activité\n"
	           "III (Nomenclature de 1969)\n");
	ck_assert_ptr_nonnull(o);
	ck_assert_msg(strstr(o, "Institut de formation du Havre (IFCH) | Directeur de l'IFCH |\n"
	                        "**** Modalités d'élaboration de références : ****\nComité de certification\n"
	                        "Niveau et/ou domaine d'activité\nIII (Nomenclature de 1969)\n") != NULL,
	              "%s", o);
	free(o);
	o = unfold("Autorité responsable de la certification        Qualité du(es) signataire(s)\n"
	           "Chambre de commerce de Normandie                Président de la CCI\n"
	           "Niveau et/ou domaine d'activité\n"
	           "III (Nomenclature de 1969)\n");
	ck_assert_ptr_nonnull(o);
	ck_assert_msg(strstr(o, "Président de la CCI |\nNiveau et/ou domaine d'activité\nIII") != NULL, "%s", o);
	free(o);
}
END_TEST

/* no table: the text stays as it is (NULL), prose with wide gaps too */
START_TEST(t_columns_none)
{
	ck_assert_ptr_null(unfold("Liste de compétences | Modalités d'évaluation |\n"));
	ck_assert_ptr_null(unfold("Liste de compétences\nModalités d'évaluation\n"));
	ck_assert_ptr_null(unfold("Un texte  avec   des   blancs    Modalités\n"));
	ck_assert_ptr_null(unfold(""));
	/* a table copied with tabs: normalize makes its column bars */
	ck_assert_ptr_null(unfold("Liste de compétences\tModalités d'évaluation\n"
	                          "Installer un poste\tÉtude de cas\n"));
	/* a header with no row under it */
	ck_assert_ptr_null(unfold("Liste de compétences      Modalités d'évaluation\n"
	                          "Une ligne de texte qui traverse les deux colonnes du tableau.\n"));
}
END_TEST

/* grid tables, as pandoc, w3m or a database's shell draw them: a cell's
 * lines joined as the layout reader joins them, a header known by its
 * titles or by the "+===+" rule under it */
START_TEST(t_columns_grid)
{
	char *o = unfold("Certificateurs :\n"
	                 "+---------------------+----------------+\n"
	                 "| Nom légal           | Siret          |\n"
	                 "+=====================+================+\n"
	                 "| ECOLE SUPÉRIEURE    | 77572257201109 |\n"
	                 "| DES TESTS           |                |\n"
	                 "+---------------------+----------------+\n"
	                 "| CNAM                | 19753471200017 |\n"
	                 "+---------------------+----------------+\n"
	                 "Suite\n");

	ck_assert_ptr_nonnull(o);
	ck_assert_str_eq(o, "Certificateurs :\n"
	                    "Nom légal | Siret |\n---|---|\n"
	                    "ECOLE SUPÉRIEURE DES TESTS | 77572257201109 |\n"
	                    "CNAM | 19753471200017 |\n"
	                    "Suite\n");
	free(o);
	/* a skills table: each cell's lines kept apart, its paragraphs'
	 * blank lines left out */
	o = unfold("+----------------------+--------------+\n"
	           "| Liste de compétences | Modalités    |\n"
	           "+======================+==============+\n"
	           "| Installer un poste   | Étude de cas |\n"
	           "|                      |              |\n"
	           "| Configurer le réseau |              |\n"
	           "+----------------------+--------------+\n");
	ck_assert_ptr_nonnull(o);
	ck_assert_str_eq(o, "Liste de compétences | Modalités d'évaluation |\n---|---|\n"
	                    "Installer un poste\nConfigurer le réseau |\nÉtude de cas |\n");
	free(o);
	/* no header: the rows alone */
	o = unfold("+---+---+\n| a | b |\n+---+---+\n| c | d |\n+---+---+\n");
	ck_assert_ptr_nonnull(o);
	ck_assert_str_eq(o, "a | b |\nc | d |\n");
	free(o);
	/* a rule with no row, a row of another width, no closing rule */
	ck_assert_ptr_null(unfold("+---+---+\ntexte\n"));
	ck_assert_ptr_null(unfold("+---+---+\n| a | b | c |\n+---+---+\n"));
	ck_assert_ptr_null(unfold("+---+---+\n| a | b |\n"));
	ck_assert_ptr_null(unfold("1+1 = 2, +-+ et +---+\n"));
}
END_TEST

/* pandoc's tables: the rule of dashes under the header tells the columns,
 * which a full cell leaves one blank apart ("Nom légal Siret") */
START_TEST(t_columns_pandoc)
{
	/* multiline: lines of dashes above and below, rows a blank line
	 * apart */
	char *o = unfold("Certificateurs :\n"
	                 "  ---------------------------------------\n"
	                 "  Nom légal Siret          Nom commercial\n"
	                 "  --------- -------------- --------------\n"
	                 "  ECOLE DES 77572257201109 ECOLE\n"
	                 "  TESTS\n"
	                 "\n"
	                 "  CNAM      19753471200017 -\n"
	                 "  ---------------------------------------\n"
	                 "Suite\n");

	ck_assert_ptr_nonnull(o);
	ck_assert_str_eq(o, "Certificateurs :\n"
	                    "Nom légal | Siret | Nom commercial |\n---|---|---|\n"
	                    "ECOLE DES TESTS | 77572257201109 | ECOLE |\n"
	                    "CNAM | 19753471200017 | - |\n"
	                    "Suite\n");
	free(o);
	/* simple: a row a line, a blank line ends it */
	o = unfold("  Liste de compétences Modalités d'évaluation\n"
	           "  -------------------- ----------------------\n"
	           "  Installer un poste   Étude de cas\n"
	           "\n"
	           "Suite\n");
	ck_assert_ptr_nonnull(o);
	ck_assert_str_eq(o, "Liste de compétences | Modalités d'évaluation |\n---|---|\n"
	                    "Installer un poste |\nÉtude de cas |\n"
	                    "\nSuite\n");
	free(o);
	/* no rule: "- - -", one dash a run; a multiline table never closed */
	ck_assert_ptr_null(unfold("a b\n- - -\nc d\n"));
	ck_assert_ptr_null(unfold("  -----------\n  a    b\n  ---- ----\n  c    d\n"));
}
END_TEST

/* a table quoted by a mail: read without the marks (the blanks after
 * them are the layout's own) */
START_TEST(t_columns_quoted)
{
	char *o = unfold("> Liste de compétences      Modalités d'évaluation\n"
	                 "> Installer un poste        Étude de cas\n"
	                 ">                           sur un parc\n");

	ck_assert_ptr_nonnull(o);
	ck_assert_str_eq(o, "Liste de compétences | Modalités d'évaluation |\n---|---|\n"
	                    "Installer un poste |\nÉtude de cas\nsur un parc |\n");
	free(o);
}
END_TEST

/* a skill wrapped in its cell before a capital ("... environnement de" /
 * "Cloud Computing") goes on: no skill ends with "de" */
START_TEST(t_columns_grid_fiche)
{
	rncp_record *r = parse_str(
	    "L'essentiel\nNomenclature du niveau de qualification\nNiveau 5\n"
	    "RNCP37454BC03 - Maintenir une infrastructure distribuée\n"
	    "+--------------------------------------+--------------+\n"
	    "| Liste de compétences                 | Modalités    |\n"
	    "+======================================+==============+\n"
	    "| Configurer les services              | Étude de cas |\n"
	    "|                                      |              |\n"
	    "| Intervenir dans un environnement de  |              |\n"
	    "| Cloud Computing                      |              |\n"
	    "|                                      |              |\n"
	    "| Superviser l'infrastructure          |              |\n"
	    "+--------------------------------------+--------------+\n");

	ck_assert_uint_eq(r->nblocs, 1);
	ck_assert_uint_eq(r->blocs[0].nskills, 3);
	ck_assert_str_eq(r->blocs[0].skills[0], "Configurer les services");
	ck_assert_str_eq(r->blocs[0].skills[1], "Intervenir dans un environnement de Cloud Computing");
	ck_assert_str_eq(r->blocs[0].skills[2], "Superviser l'infrastructure");
	rncp_record_free(r);
}
END_TEST

/* the whole parse: a fiche of France Compétences as pdftotext -layout
 * prints it gives what its other extractions give */
START_TEST(t_columns_fiche)
{
	rncp_record *r = parse_str(
	    "L'essentiel\n"
	    "Nomenclature                  Code(s) NSF                Formacode(s)         Date d'échéance\n"
	    "du niveau de qualification    326 : Informatique,        31081 : Gestion      de l'enregistrement\n"
	    "Niveau 5                      traitement de              parc informatique    25-06-2030\n"
	    "                              l'information\n"
	    "Nom légal       Siret            Nom commercial     Site internet\n"
	    "ECOLE DES       12345678900017   -                  -\n"
	    "RESEAUX\n"
	    "Objectifs et contexte de la certification :\n"
	    "RNCP40864BC01 - Déployer un parc informatique\n"
	    "Liste de compétences                     Modalités d'évaluation\n"
	    "Identifier le système d'exploitation     Étude de cas sur un parc\n"
	    "Installer les pilotes des                informatique\n"
	    "périphériques\n"
	    "Secteurs d'activités :\n"
	    "Entreprises\n");

	ck_assert_str_eq(r->code, "RNCP40864");
	ck_assert_int_eq(r->level_eu, 5);
	ck_assert_uint_eq(r->nnsf, 1);
	ck_assert_str_eq(r->nsf[0].code, "326");
	ck_assert_uint_eq(r->nformacodes, 1);
	ck_assert_str_eq(r->formacodes[0].code, "31081");
	ck_assert_str_eq(r->expires, "2030-06-25");
	ck_assert_uint_eq(r->ncertifiers, 1);
	ck_assert_str_eq(r->certifiers[0].name, "ECOLE DES RESEAUX");
	ck_assert_str_eq(r->certifiers[0].siret, "12345678900017");
	ck_assert_uint_eq(r->nblocs, 1);
	ck_assert_uint_eq(r->blocs[0].nskills, 2);
	ck_assert_str_eq(r->blocs[0].skills[0], "Identifier le système d'exploitation");
	ck_assert_str_eq(r->blocs[0].skills[1], "Installer les pilotes des périphériques");
	rncp_record_free(r);
}
END_TEST

Suite *
suite_columns(void)
{
	Suite *s = suite_create("columns");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, t_columns_skills);
	tcase_add_test(tc, t_columns_centred_header);
	tcase_add_test(tc, t_columns_elinks);
	tcase_add_test(tc, t_columns_antiword);
	tcase_add_test(tc, t_columns_layout_packed);
	tcase_add_test(tc, t_columns_overhang);
	tcase_add_test(tc, t_columns_header_wrapped);
	tcase_add_test(tc, t_columns_certifiers);
	tcase_add_test(tc, t_columns_certifiers_full_cells);
	tcase_add_test(tc, t_columns_certifiers_top_row);
	tcase_add_test(tc, t_columns_boxes);
	tcase_add_test(tc, t_columns_lists_beside);
	tcase_add_test(tc, t_columns_double_spaced);
	tcase_add_test(tc, t_columns_page_break);
	tcase_add_test(tc, t_columns_cncp_blocs);
	tcase_add_test(tc, t_columns_cncp_title_ends);
	tcase_add_test(tc, t_columns_authorities);
	tcase_add_test(tc, t_columns_none);
	tcase_add_test(tc, t_columns_grid);
	tcase_add_test(tc, t_columns_grid_fiche);
	tcase_add_test(tc, t_columns_pandoc);
	tcase_add_test(tc, t_columns_quoted);
	tcase_add_test(tc, t_columns_fiche);
	tcase_add_test(tc, t_columns_html2text);
	tcase_add_test(tc, t_columns_layout_moved);
	tcase_add_test(tc, t_columns_html2text_late);
	tcase_add_test(tc, t_columns_w3m_tall_row);
	tcase_add_test(tc, t_columns_w3m_full_last_line);
	suite_add_tcase(s, tc);
	return s;
}
