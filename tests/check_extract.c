/* check_extract.c - unit tests of the extractors and layouts (extract.c,
 * layout_*.c): the hard cases of the sample fiches, on small inputs. */
#include <stdlib.h>

#include "check_util.h"

START_TEST(t_own_code_not_cited)
{
	rncp_record *r = parse_str(
	    "L'essentiel\nNiveau 5\n"
	    "RNCP40864BC01 - Déployer un parc\nListe de compétences | Modalités d'évaluation |\n---|---|\nA |\nB |\n"
	    "RNCP40864BC02 - Gérer un parc\nListe de compétences | Modalités d'évaluation |\n---|---|\nC |\nD |\n"
	    "Code et intitulé de la certification |\n---|\nRNCP36462 - Technicien systèmes |\n"
	    "RNCP40864BC02 - Gérer | RNCP37682 - TP | RNCP37682BC01 - Exploiter |\n");
	ck_assert_str_eq(r->code, "RNCP40864");
	ck_assert_uint_eq(r->nblocs, 2);
	ck_assert_str_eq(r->blocs[1].code, "RNCP40864BC02");
	ck_assert_str_eq(r->blocs[1].title, "Gérer un parc");
	rncp_record_free(r);
}
END_TEST

START_TEST(t_legacy_bloc_codes)
{
	rncp_record *r = parse_str(
	    "Résumé descriptif de la certification Code RNCP : 14392\nIntitulé\nTechnicien\n\n"
	    "Bloc de compétence n°2 de\nla fiche n° 14392 - Mettre en\nplace et gérer un réseau\n\n"
	    "Compétences attestées :\n- Connecter les éléments du réseau avec les supports de\n"
	    "transmissions correspondants\n- Configurer les éléments actifs\nModalités d'évaluation :\nx\n");
	ck_assert_str_eq(r->code, "RNCP14392");
	ck_assert_uint_eq(r->nblocs, 1);
	ck_assert_str_eq(r->blocs[0].code, "RNCP14392BC02");
	ck_assert_str_eq(r->blocs[0].title, "Mettre en place et gérer un réseau");
	ck_assert_uint_eq(r->blocs[0].nskills, 2);
	ck_assert_str_eq(r->blocs[0].skills[0],
	                 "Connecter les éléments du réseau avec les supports de transmissions correspondants");
	rncp_record_free(r);

	/* the blocs a line each, the next section right under the last one */
	r = parse_str("Résumé descriptif de la certification Code RNCP : 26780\nIntitulé\nDéveloppeur\n"
	              "Descriptif des composantes de la certification :\n"
	              "Bloc de compétence n°1 de la fiche n° 26780 - Développer une application client-serveur\n"
	              "Bloc de compétence n°2 de la fiche n° 26780 - Développer une application web\n"
	              "Validité des composantes acquises : 5 an(s)\nBase légale\n");
	ck_assert_uint_eq(r->nblocs, 2);
	ck_assert_str_eq(r->blocs[1].code, "RNCP26780BC02");
	ck_assert_str_eq(r->blocs[1].title, "Développer une application web");
	rncp_record_free(r);

	/* lynx's: the row's cells a blank apart, its lines wrapped at 100
	 * columns: the description opens with its capitalised verb */
	r = parse_str("Résumé descriptif de la certification Code RNCP : 24581\nIntitulé\nGestionnaire\n"
	              "Intitulé Descriptif et modalités d'évaluation\n"
	              "Bloc de compétence n°1 de la fiche n° 24581 - Gérer l'offre commerciale de l'unité Analyser\n"
	              "le marché local et la concurrence.\n"
	              "Bloc de compétence n°2 de la fiche n° 24581 - Animer et manager l'équipe de vente Recruter\n"
	              "et intégrer les vendeurs.\n\nValidité des composantes acquises : 5 an(s)\n");
	ck_assert_uint_eq(r->nblocs, 2);
	ck_assert_str_eq(r->blocs[0].title, "Gérer l'offre commerciale de l'unité");
	ck_assert_str_eq(r->blocs[1].title, "Animer et manager l'équipe de vente");
	rncp_record_free(r);

	/* BeautifulSoup's get_text(): the row's cells glued, no blank
	 * between; a brand's capital inside a title is no cell's start */
	r = parse_str("Résumé descriptif de la certification Code RNCP : 24582\nIntitulé\nGestionnaire\n"
	              "Bloc de compétence :\n"
	              "Bloc de compétence n°1 de la fiche n° 24582 - Suivre les ventes de la boutiqueAnalyser "
	              "le chiffre d'affaires.\n"
	              "Bloc de compétence n°2 de la fiche n° 24582 - Animer les pages LinkedIn de la "
	              "boutiqueÉcrire les messages.\n"
	              "Validité des composantes acquises : 5 an(s)\n");
	ck_assert_uint_eq(r->nblocs, 2);
	ck_assert_str_eq(r->blocs[0].title, "Suivre les ventes de la boutique");
	ck_assert_str_eq(r->blocs[1].title, "Animer les pages LinkedIn de la boutique");
	rncp_record_free(r);

	/* html2text.py's Markdown table wrapped at its width: a row's last
	 * line too long for the next row's first word ("Bloc") to have
	 * fitted; that row opens as the one before did */
	r = parse_str("Résumé descriptif de la certification Code RNCP : 24583\nIntitulé\nVendeur\n"
	              "Intitulé| Descriptif et modalités d'évaluation\n---|---\n"
	              "Bloc de compétence n°1 de la fiche n° 24583 - Tenir la caisse de la\n"
	              "boutique| Encaisser les ventes et rendre la monnaie au client. Contrôler\n"
	              "le fond de caisse en fin de journée. Modalités : une épreuve en boutique.\n"
	              "Bloc de compétence n°2 de la fiche n° 24583 - Gérer les stocks de la\n"
	              "boutique| Compter les articles et passer les commandes. Modalités :\n"
	              "étude de cas.\n\nValidité des composantes acquises : 5 an(s)\n");
	ck_assert_uint_eq(r->nblocs, 2);
	ck_assert_str_eq(r->blocs[0].title, "Tenir la caisse de la boutique");
	ck_assert_str_eq(r->blocs[1].code, "RNCP24583BC02");
	ck_assert_str_eq(r->blocs[1].title, "Gérer les stocks de la boutique");
	rncp_record_free(r);

	/* a copy of the web page: each bloc's heading whole on its line,
	 * its description's lines under it, not the title's */
	r = parse_str("Résumé descriptif de la certification Code RNCP : 1852\nIntitulé\nTechnicien\n"
	              "Bloc de compétence :\nINTITULÉ DESCRIPTIF ET MODALITÉS D'ÉVALUATION\n"
	              "Bloc de compétence n°1 de la fiche n° 1852 - Assister les utilisateurs en centre de services\n"
	              "Mettre en service des équipements numériques\nAssister les utilisateurs\n"
	              "Bloc de compétence n°2 de la fiche n° 1852 - Maintenir et sécuriser une infrastructure\n"
	              "Maintenir et exploiter le réseau\n"
	              "Validité des composantes acquises : illimitée\n");
	ck_assert_uint_eq(r->nblocs, 2);
	ck_assert_str_eq(r->blocs[0].title, "Assister les utilisateurs en centre de services");
	ck_assert_str_eq(r->blocs[1].code, "RNCP1852BC02");
	ck_assert_str_eq(r->blocs[1].title, "Maintenir et sécuriser une infrastructure");
	rncp_record_free(r);
	/* and a browser's copy of it: the row's cells a tab apart */
	r = parse_str("Résumé descriptif de la certification Code RNCP : 1852\nIntitulé\nTechnicien\n"
	              "Bloc de compétence :\nINTITULÉ\tDESCRIPTIF ET MODALITÉS D'ÉVALUATION\n"
	              "Bloc de compétence n°1 de la fiche n° 1852 - Assister les utilisateurs\tMettre en service\n"
	              "Assister les utilisateurs\n"
	              "Validité des composantes acquises : illimitée\n");
	ck_assert_uint_eq(r->nblocs, 1);
	ck_assert_str_eq(r->blocs[0].title, "Assister les utilisateurs");
	rncp_record_free(r);

	/* without the fiche's number: "Bloc de compétences n°2 : title" */
	r = parse_str("Résumé descriptif de la certification Code RNCP : 26780\nIntitulé\nDéveloppeur\n"
	              "Descriptif des composantes de la certification :\n"
	              "Bloc de compétences n°1 : Développer une application client-serveur\n"
	              "Bloc de compétences n° 2 - Développer une application web\n"
	              "Validité des composantes acquises : 5 an(s)\n");
	ck_assert_uint_eq(r->nblocs, 2);
	ck_assert_str_eq(r->blocs[0].code, "RNCP26780BC01");
	ck_assert_str_eq(r->blocs[0].title, "Développer une application client-serveur");
	ck_assert_str_eq(r->blocs[1].code, "RNCP26780BC02");
	rncp_record_free(r);
	/* "Bloc N° 2 : title" in the capacities' prose, after "Bloc 1- title" */
	r = parse_str("Résumé descriptif de la certification Code RNCP : 26781\nIntitulé\nVendeur\n"
	              "Résumé du référentiel d'emploi ou éléments de compétence acquis\n"
	              "capacités attestées :\n     Bloc 1- Organiser sa tournée\nPrincipales activités :\n"
	              "La préparation des visites\n     Bloc N° 2 : Prospecter un secteur\n"
	              "Principales activités :\nLe fichier des clients\n     Bloc n°3 - Conclure une vente\n");
	ck_assert_uint_eq(r->nblocs, 3);
	ck_assert_str_eq(r->blocs[0].title, "Organiser sa tournée");
	ck_assert_str_eq(r->blocs[1].code, "RNCP26781BC02");
	ck_assert_str_eq(r->blocs[1].title, "Prospecter un secteur");
	ck_assert_str_eq(r->blocs[2].code, "RNCP26781BC03");
	ck_assert_str_eq(r->blocs[2].title, "Conclure une vente");
	rncp_record_free(r);
}
END_TEST

START_TEST(t_title_guillemets)
{
	rncp_record *r = parse_str(
	    "L'essentiel\nNomenclature du niveau de qualification\nNiveau 6\nObjectifs et contexte de la certification :\n"
	    "Le titre à finalité professionnelle « Technicien supérieur systèmes et réseaux » est structuré.\n"
	    "Il comporte un certificat « Administrer des serveurs Linux ».\n");
	ck_assert_str_eq(r->title, "Technicien supérieur systèmes et réseaux");
	rncp_record_free(r);

	/* words quoted under a heading that ends with "certification :" */
	r = parse_str("L'essentiel\nNomenclature du niveau de qualification\nNiveau 7\n"
	              "Objectifs et contexte de la certification :\nContexte de la certification :\n"
	              "Le terme « géomatique » est issu de la contraction de deux mots.\n");
	ck_assert_ptr_null(r->title);
	rncp_record_free(r);
	r = parse_str("L'essentiel\nNomenclature du niveau de qualification\nNiveau 6\n"
	              "Objectifs et contexte de la certification :\n\n"
	              "Le métier de concepteur ou « Game Designer » consiste à concevoir un jeu.\n");
	ck_assert_ptr_null(r->title);
	rncp_record_free(r);
	/* a plan's name quoted after "certification" */
	r = parse_str("L'essentiel\nNomenclature du niveau de qualification\nNiveau 4\n"
	              "Objectifs et contexte de la certification :\nx\n"
	              "Le renouvellement de cette certification vise à répondre au plan « Ma Santé 2022 » "
	              "pour déployer des assistants.\n");
	ck_assert_ptr_null(r->title);
	rncp_record_free(r);
	/* and a title right under it */
	r = parse_str("L'essentiel\nNomenclature du niveau de qualification\nNiveau 3\n"
	              "Objectifs et contexte de la certification :\n"
	              "Le titulaire du CAP \"Agent de sûreté\" exerce ses fonctions.\n");
	ck_assert_str_eq(r->title, "Agent de sûreté");
	rncp_record_free(r);
}
END_TEST

START_TEST(t_title_fallbacks)
{
	/* no « »: the title of the fiche it replaces */
	rncp_record *r = parse_str(
	    "L'essentiel\nNomenclature du niveau de qualification\nNiveau 5\n"
	    "Certification(s) antérieure(s) :\nCode de la fiche | Intitulé de la certification remplacée |\n"
	    "---|---|\nRNCP34602 | Gestionnaire en maintenance et support informatique |\n");
	ck_assert_str_eq(r->title, "Gestionnaire en maintenance et support informatique");
	rncp_record_free(r);

	/* nor that: the holder the objectives keep naming; an evaluation
	 * table repeating its own sentences does not count */
	r = parse_str(
	    "L'essentiel\nNomenclature du niveau de qualification\nNiveau 5\n"
	    "Objectifs et contexte de la certification :\n"
	    "Le technicien supérieur systèmes et réseaux participe à la mise en service. "
	    "Il contribue.\nLe technicien supérieur systèmes et réseaux assiste les utilisateurs.\n"
	    "Activités visées :\nAssister\nModalités d'évaluation :\n"
	    "Le candidat dispose de consignes pour tracer.\nLe candidat dispose de consignes pour tracer.\n"
	    "Le candidat dispose de consignes pour tracer.\n");
	ck_assert_str_eq(r->title, "Technicien supérieur systèmes et réseaux");
	rncp_record_free(r);
	/* but not the verb the sentences go on with: the holder named in
	 * one word is no title ("Le comédien est ...") */
	r = parse_str(
	    "L'essentiel\nNomenclature du niveau de qualification\nNiveau 6\n"
	    "Objectifs et contexte de la certification :\n"
	    "Le comédien est conduit à se déplacer.\nLe comédien est placé sous l'autorité d'un metteur en scène.\n"
	    "Le monteur doit respecter les délais.\nLe monteur doit maîtriser des logiciels.\n"
	    "Activités visées :\nJouer\n");
	ck_assert_ptr_null(r->title);
	rncp_record_free(r);
	/* nor the kind of diploma its sentences are about */
	r = parse_str(
	    "L'essentiel\nNomenclature du niveau de qualification\nNiveau 6\n"
	    "Objectifs et contexte de la certification :\n"
	    "La licence professionnelle est un diplôme national.\n"
	    "La licence professionnelle est organisée pour la formation tout au long de la vie.\n"
	    "Activités visées :\nGérer\n");
	ck_assert_ptr_null(r->title);
	rncp_record_free(r);

	/* "Intitulé de la certification" cut out of a correspondence
	 * table's header, laid out in narrow columns, and the header's next
	 * line: not a title, which starts upper case */
	r = parse_str(
	    "L'essentiel\nNomenclature du niveau de qualification\nNiveau 5\n"
	    "Objectifs et contexte de la certification :\n"
	    "Le titre « Gestionnaire de parc » est structuré en blocs.\n"
	    "Certifications professionnelles\nenregistrées en\ncorrespondance : Code et\n"
	    "intitulé de la\ncertification\nprofessionnelle\nreconnue en\ncorrespondance\n");
	ck_assert_str_eq(r->title, "Gestionnaire de parc");
	rncp_record_free(r);
}
END_TEST

START_TEST(t_web_title_stated)
{
	/* page furniture above the status line: the label says the title */
	rncp_record *r = parse_str(
	    "Accueil\nFiche au format PDF\nActive\nN° de fiche\nRNCP37674\n"
	    "Intitulé\nDéveloppeur web et web mobile\nAbrégé\n-\n"
	    "Nomenclature du niveau de qualification\nNiveau 5\n");
	ck_assert_str_eq(r->title, "Développeur web et web mobile");
	ck_assert_str_eq(r->status, "active");
	rncp_record_free(r);

	/* or the page's heading with the code */
	r = parse_str("RNCP37674 - Développeur web et web mobile\nAccueil\nFiche au format PDF\n"
	              "Active\nN° de fiche\nRNCP37674\nNiveau 5\n");
	ck_assert_str_eq(r->title, "Développeur web et web mobile");
	rncp_record_free(r);

	/* a browser's header: the page's title without the site's name and
	 * address; the site's name alone is no title */
	r = parse_str("14:32 RNCP37674 - Développeur web et web mobile - France compétences "
	              "https://www.francecompetences.fr/recherche/rncp/37674/\n"
	              "RNCP37674 - Développeur web et web mobile – France Compétences\nAccueil\n"
	              "Fiche au format PDF\nActive\nN° de fiche\nRNCP37674\nNiveau 5\n");
	ck_assert_str_eq(r->title, "Développeur web et web mobile");
	rncp_record_free(r);
	r = parse_str("RNCP37674 - France Compétences  https://www.francecompetences.fr/recherche/rncp/37674/\n"
	              "Accueil\nDéveloppeur web et web mobile\nActive\nN° de fiche\nRNCP37674\nNiveau 5\n");
	ck_assert_str_eq(r->title, "Développeur web et web mobile");
	rncp_record_free(r);

	/* an empty field: the next label is not the title */
	r = parse_str("Titre de la page\nActive\nN° de fiche\nRNCP37674\nIntitulé\nAbrégé\nDWWM\n");
	ck_assert_str_eq(r->title, "Titre de la page");
	rncp_record_free(r);
}
END_TEST

START_TEST(t_label_value_tabs)
{
	/* a two-column table of labels and values, copied with its tabs */
	rncp_record *r = parse_str(
	    "N° de fiche\tRNCP35000\nIntitulé\tChargé de projet\n"
	    "Nomenclature du niveau de qualification\tNiveau 6\n"
	    "Code(s) NSF\t326t : Programmation\nDate d’échéance de l’enregistrement\t31-07-2028\n");
	ck_assert_str_eq(r->code, "RNCP35000");
	ck_assert_str_eq(r->title, "Chargé de projet");
	ck_assert_int_eq(r->level_eu, 6);
	ck_assert_str_eq(r->expires, "2028-07-31");
	rncp_record_free(r);
	/* a page whose title was not copied: its label "L'essentiel" is
	 * none */
	r = parse_str("RNCP35000\nEtat : Active\n\nL'essentiel\n\nN° de fiche\nRNCP35000\n"
	              "Nomenclature du niveau de qualification\nNiveau 6\n");
	ck_assert_ptr_null(r->title);
	rncp_record_free(r);
}
END_TEST

/* a site republishing the register: blocs listed as "code | title" rows
 * (or a tab, or a blank apart), the certifier's SIRET after its name */
START_TEST(t_republished_lists)
{
	static const char *const seps[] = {" | ", "\t", " "};
	size_t k;
	char text[1024];
	rncp_record *r;

	for (k = 0; k < ARRAY_LEN(seps); k++) {
		snprintf(text, sizeof(text),
		         "Fiche RNCP40879\nNiveau : 3\nCertificateur : MINISTERE DU TRAVAIL (11000007200014)\n"
		         "Blocs de compétences\nRNCP40879BC01%sPréparer en assemblage des hors-d'œuvre |\n"
		         "RNCP40879BC02%sRéaliser des grillades\nRNCP40879BC03%sRNCP34602BC03\n"
		         "RNCP40879BC04 est un bloc\n",
		         seps[k], seps[k], seps[k]);
		r = parse_str(text);
		ck_assert_msg(r->nblocs == 2, "separator %zu: %zu blocs", k, r->nblocs);
		ck_assert_str_eq(r->blocs[0].title, "Préparer en assemblage des hors-d'œuvre");
		ck_assert_str_eq(r->blocs[1].code, "RNCP40879BC02");
		ck_assert_str_eq(r->blocs[1].title, "Réaliser des grillades");
		ck_assert_uint_eq(r->ncertifiers, 1);
		ck_assert_str_eq(r->certifiers[0].name, "MINISTERE DU TRAVAIL");
		ck_assert_str_eq(r->certifiers[0].siret, "11000007200014");
		rncp_record_free(r);
	}
	r = parse_str("Fiche RNCP40879\nNiveau : 3\nCertificateur : CESI - 775 722 572 01109\n");
	ck_assert_str_eq(r->certifiers[0].name, "CESI");
	ck_assert_str_eq(r->certifiers[0].siret, "77572257201109");
	rncp_record_free(r);
	/* blocs numbered, without codes: coded from the fiche's */
	r = parse_str("Fiche RNCP40879\nNiveau : 3\nBlocs de compétences\n"
	              "Bloc de compétences n°1 : Préparer en assemblage des hors-d'œuvre\n"
	              "Bloc de compétences n°2 : Réaliser des grillades\n");
	ck_assert_uint_eq(r->nblocs, 2);
	ck_assert_str_eq(r->blocs[1].code, "RNCP40879BC02");
	ck_assert_str_eq(r->blocs[1].title, "Réaliser des grillades");
	rncp_record_free(r);
	/* a Markdown copy: each with the list of skills under its heading,
	 * numbered; the code named further on */
	r = parse_str("# Règlement spécifique - Développeur en intelligence artificielle\n\n"
	              "### Blocs de compétences\n\n"
	              "#### Bloc de compétences 1 : Réaliser la collecte des données\n"
	              "*   **C1.** Automatiser l'extraction de données depuis un service web,\n"
	              "    une page web ou un fichier.\n"
	              "*   **C2.** Développer des requêtes de type SQL.\n\n"
	              "#### Bloc de compétences 2: Intégrer des modèles\n"
	              "*   **C6.** Organiser une veille technique.\n\n"
	              "### Modalités d'acquisition\n*   Chaque bloc peut être validé.\n\n"
	              "**TITRE À FINALITÉ PROFESSIONNELLE DÉVELOPPEUR EN IA RNCP37827**\n");
	ck_assert_str_eq(r->code, "RNCP37827");
	ck_assert_uint_eq(r->nblocs, 2);
	ck_assert_str_eq(r->blocs[0].code, "RNCP37827BC01");
	ck_assert_uint_eq(r->blocs[0].nskills, 2);
	ck_assert_str_eq(r->blocs[0].skills[0],
	                 "C1. Automatiser l'extraction de données depuis un service web, une page web ou un fichier");
	ck_assert_uint_eq(r->blocs[1].nskills, 1);
	rncp_record_free(r);
	/* notes that name them by their codes, the assessment's paragraph
	 * and a line leading the list in over the skills; a titre
	 * professionnel's CCPs, activity types without a code */
	r = parse_str("### Référentiel RNCP37173 — Expert en sécurité\n\n"
	              "### BC01 — Auditer la sécurité des applications\n\n"
	              "**Modalité d'évaluation** : étude de cas portant sur une organisation.\n\n"
	              "**Compétences** :\n1. Définir un plan d'audit adapté.\n2. Conduire une analyse de sécurité.\n\n"
	              "### BC02 — Mettre en place une politique\n\n**Compétences** :\n"
	              "1. Définir une politique de sécurité.\n");
	ck_assert_str_eq(r->title, "Expert en sécurité"); /* (after the code and a dash on its line) */
	ck_assert_uint_eq(r->nblocs, 2);
	ck_assert_str_eq(r->blocs[0].code, "RNCP37173BC01");
	ck_assert_str_eq(r->blocs[0].title, "Auditer la sécurité des applications");
	ck_assert_uint_eq(r->blocs[0].nskills, 2);
	ck_assert_str_eq(r->blocs[0].skills[1], "Conduire une analyse de sécurité");
	ck_assert_uint_eq(r->blocs[1].nskills, 1);
	rncp_record_free(r);
	r = parse_str("# Formateur professionnel d'adultes RNCP37275\n\n"
	              "### CCP1 — Concevoir et préparer la formation (3 CP)\n\n"
	              "- **CP1.** Élaborer la progression pédagogique d'une action de formation à\n"
	              "  partir d'une demande\n- **CP2.** Concevoir le scénario pédagogique\n\n"
	              "### CCP2 — Animer la formation\n\n- **CP4.** Animer un temps de formation\n"
	              "- **CP10.** Accompagner le développement des apprenants\n  (remédiation et individualisation)\n"
	              "- **CP13.** Respecter la réglementation (Qualiopi,\n  RGPD, accessibilité) et les principes RSE\n"
	              "- **CP14.** Analyser ses pratiques\nProchaine étape : le dossier.\n");
	ck_assert_uint_eq(r->nblocs, 2);
	ck_assert_ptr_null(r->blocs[0].code);
	/* (the count of its skills after a title is no part of it) */
	ck_assert_str_eq(r->blocs[0].title, "Concevoir et préparer la formation");
	ck_assert_uint_eq(r->blocs[0].nskills, 2);
	ck_assert_str_eq(r->blocs[0].skills[0],
	                 "CP1. Élaborer la progression pédagogique d'une action de formation à partir d'une demande");
	/* an item's wrapped line goes on with it when it opens with a
	 * bracket, or the line before ends with a comma; not a sentence
	 * after a finished item */
	ck_assert_uint_eq(r->blocs[1].nskills, 4);
	ck_assert_str_eq(r->blocs[1].skills[1],
	                 "CP10. Accompagner le développement des apprenants (remédiation et individualisation)");
	ck_assert_str_eq(r->blocs[1].skills[2],
	                 "CP13. Respecter la réglementation (Qualiopi, RGPD, accessibilité) et les principes RSE");
	ck_assert_str_eq(r->blocs[1].skills[3], "CP14. Analyser ses pratiques");
	rncp_record_free(r);
	/* a bloc's code in brackets after its title; its skills in a
	 * table's first column (a student's notes of a project against
	 * the référentiel) */
	r = parse_str("# Adéquation projet / référentiel RNCP 36061\n\n"
	              "## Bloc 1 : Automatiser le déploiement d'une infrastructure (RNCP36061BC01)\n\n"
	              "| Compétence Référentiel | Réalisation | Livrable |\n| :--- | :--- | :--- |\n"
	              "| **Automatiser la création de serveurs** | Provisioning des VPS. | Scripts |\n"
	              "| **Sécuriser l'infrastructure** | Architecture Zero-Trust. | Politiques |\n\n"
	              "## Bloc 2 : Superviser les services déployés (RNCP36061BC02)\n\n"
	              "| Compétence | Réalisation |\n|---|---|\n| Exploiter une solution de supervision | Grafana |\n");
	ck_assert_uint_eq(r->nblocs, 2);
	ck_assert_str_eq(r->blocs[0].code, "RNCP36061BC01");
	ck_assert_str_eq(r->blocs[0].title, "Automatiser le déploiement d'une infrastructure");
	ck_assert_uint_eq(r->blocs[0].nskills, 2);
	ck_assert_str_eq(r->blocs[0].skills[0], "Automatiser la création de serveurs");
	ck_assert_str_eq(r->blocs[0].skills[1], "Sécuriser l'infrastructure");
	ck_assert_uint_eq(r->blocs[1].nskills, 1);
	ck_assert_str_eq(r->blocs[1].skills[0], "Exploiter une solution de supervision");
	rncp_record_free(r);
	/* a student's Markdown copy of a titre professionnel's page: the
	 * headings under "Compétences attestées", the lines under each:
	 * blocs without a code; numbered, items under them; not one alone */
	r = parse_str("## Le titre\n\nRNCP 37873\n\n### Activités visées\n\nLe concepteur développeur conçoit des "
	              "applications.\n\n### Compétences attestées\n\n#### Développer une application sécurisée\n\n"
	              "Installer et configurer son environnement de travail en fonction du projet.\n\n"
	              "Développer des interfaces utilisateur\n\n#### Préparer le déploiement d'une application\n\n"
	              "Préparer et exécuter les plans de tests d'une application\n\n### Voies d'accès\n\nVAE\n");
	ck_assert_str_eq(r->code, "RNCP37873");
	ck_assert_uint_eq(r->nblocs, 2);
	ck_assert_ptr_null(r->blocs[0].code);
	ck_assert_str_eq(r->blocs[0].title, "Développer une application sécurisée");
	ck_assert_uint_eq(r->blocs[0].nskills, 2);
	ck_assert_str_eq(r->blocs[0].skills[0], "Installer et configurer son environnement de travail en fonction du projet");
	ck_assert_uint_eq(r->blocs[1].nskills, 1);
	rncp_record_free(r);
	r = parse_str("# Résumé rncp 37674\n\n- Niveau 5\n\n## Activités\n\n### 1. Développer la partie front-end\n"
	              "- Maquetter des interfaces utilisateur (UI) (web/mobile).\n\n### 2. Développer la partie back-end\n"
	              "- Concevoir et créer une base de données relationnelle.\n- Développer du code métier.\n");
	ck_assert_uint_eq(r->nblocs, 2);
	ck_assert_str_eq(r->blocs[0].title, "Développer la partie front-end");
	ck_assert_str_eq(r->blocs[1].skills[1], "Développer du code métier");
	rncp_record_free(r);
	r = parse_str("# Résumé rncp 37674\n\n- Code(s) NSF : 326t\n\n## Activités\n\n### Développer la partie front-end\n"
	              "- Maquetter des interfaces utilisateur.\n");
	ck_assert_uint_eq(r->nblocs, 0);
	rncp_record_free(r);
	/* a pictograph before a heading's words, with its #s or without */
	r = parse_str("Fiche RNCP38777\n\n## \xF0\x9F\x93\x9A Structure\n\n"
	              "#### \xF0\x9F\x94\xB5 Bloc 1 : Concevoir la gouvernance des données\n"
	              "- Concevoir une politique de Data Gouvernance\n\n"
	              "\xF0\x9F\x9F\xA2 Bloc 2 : Déployer des architectures\n- Concevoir une architecture\n");
	ck_assert_uint_eq(r->nblocs, 2);
	ck_assert_str_eq(r->blocs[0].title, "Concevoir la gouvernance des données");
	ck_assert_str_eq(r->blocs[1].code, "RNCP38777BC02");
	ck_assert_uint_eq(r->blocs[1].nskills, 1);
	rncp_record_free(r);
	/* not the activities a page lists under its blocs' headings */
	r = parse_str("Fiche RNCP36743\nNiveau : 6\nActivités visées :\n\n"
	              "Bloc 1 : Développer la stratégie Webmarketing\n\n"
	              "  \xE2\x80\xA2 Co-définition de la politique de commercialisation\n"
	              "  \xE2\x80\xA2 Elaboration d'un plan de stratégie Webmarketing\n");
	ck_assert_uint_eq(r->nblocs, 1);
	ck_assert_uint_eq(r->blocs[0].nskills, 0);
	rncp_record_free(r);
	r = parse_str("Fiche RNCP40879\nNiveau : 3\nCertificateur : CESI 77572257201109\n");
	ck_assert_str_eq(r->certifiers[0].name, "CESI");
	ck_assert_str_eq(r->certifiers[0].siret, "77572257201109");
	rncp_record_free(r);
	/* a label glued to its code, the last of a list: its own, not the
	 * next line's; a table "Nom | SIRET" (a name's column beside a
	 * SIRET's; "Nom | Prénom" is no certifiers' table) */
	r = parse_str("Fiche RNCP40879\nNiveau : 3\n\nCode ROME\nM1604Assistanat de direction\n"
	              "M1607Secrétariat\n\nCertificateur\nNom | SIRET\n"
	              "ECOLE PRATIQUE DE SECRETARIAT | 43815697600021\n\n"
	              "Jury\nNom | Prénom\nDUPONT | Jean\n");
	ck_assert_uint_eq(r->nrome, 2);
	ck_assert_str_eq(r->rome[1].label, "Secrétariat");
	ck_assert_uint_eq(r->ncertifiers, 1);
	ck_assert_str_eq(r->certifiers[0].name, "ECOLE PRATIQUE DE SECRETARIAT");
	ck_assert_str_eq(r->certifiers[0].siret, "43815697600021");
	rncp_record_free(r);
	r = parse_str("Fiche RNCP40879\nNiveau : 3\nCertificateur : CESI (Ecole d'ingénieurs)\n");
	ck_assert_str_eq(r->certifiers[0].name, "CESI (Ecole d'ingénieurs)");
	ck_assert_ptr_null(r->certifiers[0].siret);
	rncp_record_free(r);
}
END_TEST

/* a school's page about a certification, in its own words: the code and
 * the level without labels, labels after a bullet, codes after their
 * labels in square brackets */
START_TEST(t_page_own_words)
{
	rncp_record *r = parse_str("Soigneur animalier\n\nLe titre est enregistré au Répertoire national "
	                           "(RNCP n°36147).\nTitre certifié – Niveau 4 – RNCP36147\n"
	                           "• Certificateur : Ecole des soigneurs\n"
	                           "Code(s) ROME :\n- Soigneur de zoo [A1501]\n"
	                           "Code(s) Formacode :\n- soin animal [21054]\n");
	ck_assert_str_eq(r->code, "RNCP36147");
	ck_assert_int_eq(r->level_eu, 4);
	ck_assert_uint_eq(r->ncertifiers, 1);
	ck_assert_str_eq(r->certifiers[0].name, "Ecole des soigneurs");
	ck_assert_uint_eq(r->nrome, 1);
	ck_assert_str_eq(r->rome[0].code, "A1501");
	ck_assert_str_eq(r->rome[0].label, "Aide aux soins animaux"); /* the table's, not the job's */
	ck_assert_uint_eq(r->nformacodes, 1);
	ck_assert_str_eq(r->formacodes[0].code, "21054");
	ck_assert_str_eq(r->formacodes[0].label, "soin animal");
	rncp_record_free(r);
	/* two codes named, or the one that replaces it: none; a bloc's code
	 * names no fiche; two levels: none */
	r = parse_str("Soigneur animalier\nVoir RNCP36147 et RNCP36148.\nNiveau 4\nNiveau 5\n"
	              "Certificateur : Ecole des soigneurs\nRNCP36147BC01\nFormacode(s) :\n21054 : soin animal\n");
	ck_assert_ptr_null(r->code);
	ck_assert_int_eq(r->level_eu, 0);
	rncp_record_free(r);
	r = parse_str("Soigneur animalier\nCertification remplacée par RNCP36150\n(Niveau 4)\n"
	              "Certificateur : Ecole des soigneurs\n");
	ck_assert_ptr_null(r->code);
	ck_assert_int_eq(r->level_eu, 4);
	rncp_record_free(r);
	/* the level after the certification's kind; two ministries a
	 * sentence names */
	r = parse_str("Éducateur technique spécialisé\n\n"
	              "RNCP37677 | Certification par le ministère chargé de la solidarité et le ministère de "
	              "l'enseignement supérieur et de la recherche (datant du 22/08/2018) | Détails ici\n\n"
	              "CRN0400A | Titre RNCP Niveau 6 - Éducateur technique spécialisé\n");
	ck_assert_int_eq(r->level_eu, 6);
	ck_assert_uint_eq(r->ncertifiers, 2);
	ck_assert_str_eq(r->certifiers[0].name, "Ministère chargé de la solidarité");
	ck_assert_str_eq(r->certifiers[1].name, "Ministère de l'enseignement supérieur et de la recherche");
	rncp_record_free(r);
	r = parse_str("Accompagnant éducatif et social\nRNCP 36004\n  \xE2\x80\xA2 Diplôme de niveau 3\n"
	              "    anciennement niveau V\n");
	ck_assert_int_eq(r->level_eu, 3);
	rncp_record_free(r);
	/* the level in commas; after "formation certifiante", "certification
	 * professionnelle"; with the diploma it stands for in brackets; an
	 * acronym delivers it */
	{
		static const struct {
			const char *sentence;
			int level;
		} t[] = {
		    {"Le titre professionnel Secrétaire assistant, niveau 4, est délivré par l'AFPA.", 4},
		    {"Formation certifiante de niveau 6 reconnue par l'État.", 6},
		    {"Certification professionnelle de niveau 5 enregistrée au RNCP.", 5},
		    {"Une formation de niveau 6 (équivalent Bac+3).", 6},
		    {"Une formation de niveau 7 (Bac+5) en alternance.", 7},
		    {"Accessible aux titulaires d'un diplôme de niveau 4 (bac).", 0},
		    {"Prérequis : un diplôme, niveau 4, et un an d'expérience requis.", 0},
		    /* a 1969 level after the kind, in capitals or not */
		    {"REFERENTIEL Chef de projet Titre certifié de Niveau II (J.O du 09 Août - Code NSF 320)", 6},
		    {"Ce diplôme de niveau III est accessible en VAE.", 5},
		    {"Accessible aux titulaires d'un diplôme de niveau IV.", 0},
		};
		size_t k;
		for (k = 0; k < ARRAY_LEN(t); k++) {
			char buf[256];
			snprintf(buf, sizeof(buf), "Secrétaire assistant\nCode RNCP : RNCP37777\nCertificateur : X\n\n%s\n",
			         t[k].sentence);
			r = parse_str(buf);
			ck_assert_msg(r->level_eu == t[k].level, "%s: %d", t[k].sentence, r->level_eu);
			rncp_record_free(r);
		}
		r = parse_str("Secrétaire assistant\nCode RNCP : RNCP37777\n\nCe titre RNCP de niveau 5 est délivré par "
		              "l'AFPA.\n");
		ck_assert_uint_eq(r->ncertifiers, 1);
		ck_assert_str_eq(r->certifiers[0].name, "AFPA");
		rncp_record_free(r);
	}
	/* the title the line above the code says; not the authority's
	 * name, nor a heading above a sentence that names the code */
	r = parse_str("Menu\n\nAccompagnant Éducatif et Social\n\nRNCP 36004\n\nCertificat professionnel (niveau 3)\n");
	ck_assert_str_eq(r->title, "Accompagnant Éducatif et Social");
	rncp_record_free(r);
	r = parse_str("Ministère des Solidarités\n\nRNCP 39645\n\nCertificat professionnel (niveau 3)\n");
	ck_assert_ptr_null(r->title);
	rncp_record_free(r);
	/* the level a candidate needs is not the certification's: under
	 * a heading of prerequisites, or in a sentence about entry; one
	 * after such a sentence is */
	r = parse_str("Gestionnaire de paie\n\nRNCP 35137\n\nPRÉREQUIS\n\nNiveau 4 (BP, BT, baccalauréat)\n\n"
	              "Le titre est accessible à l'obtention d'un titre professionnel de niveau 4.\n"
	              "Certificateur : Ministère du Travail\n");
	ck_assert_int_eq(r->level_eu, 0);
	rncp_record_free(r);
	r = parse_str("TISF\n\nRNCP 35137\n\nConditions d'accès : chaque établissement organise des épreuves "
	              "d'admission. C'est une certification de niveau 4 (niveau baccalauréat).\n");
	ck_assert_int_eq(r->level_eu, 4);
	rncp_record_free(r);
	/* jobs under a page's own heading, a sentence leading them in */
	r = parse_str("CAPa Jardinier Paysagiste\n\nRNCP 38361\n\nNiveau 3\n\nDébouchés\n\n"
	              "Cette formation donne accès à des emplois comme :\n\n  \xE2\x80\xA2 salarié des entreprises "
	              "paysagères\n  \xE2\x80\xA2 agent des services espaces verts\n\nL'ouvrier paysagiste travaille "
	              "sous la responsabilité du chef d'entreprise.\n");
	ck_assert_uint_eq(r->njobs, 2);
	ck_assert_str_eq(r->jobs[1], "agent des services espaces verts");
	rncp_record_free(r);
	/* nor a section's heading */
	r = parse_str("## Le titre\n\nRNCP 39645\n\nCertificat professionnel (niveau 3)\n");
	ck_assert_ptr_null(r->title);
	rncp_record_free(r);
	r = parse_str("Cadre juridique du titre\n\nLe titre est enregistré sous le numéro RNCP 39645 depuis 2024.\n"
	              "Certificat professionnel (niveau 3)\n");
	ck_assert_ptr_null(r->title);
	rncp_record_free(r);
	/* in small letters, a page's heading; not an address's path */
	r = parse_str("# Résume rncp 37674\n\n- Niveau 5 (Cadre national des certifications 2019)\n"
	              "- Code(s) NSF : 326t--Programmation\n");
	ck_assert_str_eq(r->code, "RNCP37674");
	ck_assert_str_eq(r->nsf[0].label, "Programmation"); /* ("--", a converter's dash) */
	rncp_record_free(r);
	/* a Markdown table of labels and values, in bold; a second label
	 * on a line; a commercial name beside the legal one */
	r = parse_str("## Identifiants\n\n| Champ | Valeur |\n|---|---|\n| **Numéro RNCP** | **RNCP37275** |\n"
	              "| **Code(s) NSF** | **333** Enseignement, formation ; **333t** Éducation |\n"
	              "| **Code ROME** | **K2111** Formation professionnelle |\n");
	ck_assert_uint_eq(r->nnsf, 2);
	ck_assert_str_eq(r->nsf[1].code, "333t");
	ck_assert_str_eq(r->nsf[0].label, "Enseignement, formation");
	ck_assert_uint_eq(r->nrome, 1);
	rncp_record_free(r);
	/* a Markdown table of labels and values: each label's; the
	 * sentences after a certifier's name */
	r = parse_str("| Champ | Valeur |\n|---|---|\n| **Numéro RNCP** | **RNCP37275** |\n"
	              "| **Intitulé** | Formateur professionnel d'adultes |\n"
	              "| **Certificateur** | **Ministère du Travail** (DGEFP). L'AFPA n'est PAS certificateur ; elle "
	              "est concepteur du REAC |\n");
	ck_assert_str_eq(r->title, "Formateur professionnel d'adultes");
	ck_assert_uint_eq(r->ncertifiers, 1);
	ck_assert_str_eq(r->certifiers[0].name, "Ministère du Travail (DGEFP)");
	rncp_record_free(r);
	/* the code in such a table: the blocs numbered under it coded */
	r = parse_str("| Champ | Valeur |\n|---|---|\n| **Numéro RNCP** | **RNCP37173** |\n\n"
	              "### BC01 — Auditer la sécurité\n\n1. Définir un plan d'audit.\n\n"
	              "### BC02 — Piloter un projet\n\n1. Concevoir un projet.\n");
	ck_assert_uint_eq(r->nblocs, 2);
	ck_assert_str_eq(r->blocs[1].code, "RNCP37173BC02");
	rncp_record_free(r);
	r = parse_str("### Référentiel\n\n- **Code** : RNCP37173 — **Niveau** : 7 (nomenclature nationale des "
	              "niveaux de qualification)\n- **Certificateur** : AIROBJECT (nom commercial LiveCampus)\n");
	ck_assert_int_eq(r->level_eu, 7);
	ck_assert_str_eq(r->certifiers[0].name, "AIROBJECT");
	rncp_record_free(r);
	/* a long line of codes, their labels in brackets; blocs numbered in
	 * a list, named by their codes */
	r = parse_str("- **Code RNCP :** `RNCP41446`\n- **Niveau :** 6 (Bac+3)\n"
	              "- **NSF :** 200r (Contrôle qualité de produits et procédés industriels) · 343p (Aménagement du "
	              "territoire, sécurité des biens et personnes) · 344r (Nettoyage, assainissement, protection de "
	              "l'environnement)\n\n### Blocs de compétences\n\n1. **BC01** — Construire le système de "
	              "management QSE\n2. **BC02** — Améliorer le système de management QSE\n");
	ck_assert_uint_eq(r->nnsf, 3);
	ck_assert_str_eq(r->nsf[2].code, "344r");
	ck_assert_uint_eq(r->nblocs, 2);
	ck_assert_str_eq(r->blocs[1].code, "RNCP41446BC02");
	ck_assert_str_eq(r->blocs[1].title, "Améliorer le système de management QSE");
	rncp_record_free(r);
	/* two lists' labels on one line, a dash between them */
	r = parse_str("Concepteur développeur d'applications\nCode NSF: 326t - Code ROME: M1805. - Date de publication "
	              "au JO : 19-07-2023 - RNCP 37805\n");
	ck_assert_uint_eq(r->nnsf, 1);
	ck_assert_ptr_null(r->nsf[0].label);
	ck_assert_uint_eq(r->nrome, 1);
	ck_assert_str_eq(r->rome[0].code, "M1805");
	ck_assert_str_eq(r->rome[0].label, "Études et développement informatique");
	rncp_record_free(r);
	/* codes "et", "·" or "/" apart, their labels in brackets */
	r = parse_str("Fiche RNCP37173\nNiveau : 7\nCodes NSF : 332 et 344.\n"
	              "Code(s) ROME : M1802 (Expertise) · M1805 (Études et développement)\n"
	              "Formacodes : 31025 / 31054\n");
	ck_assert_uint_eq(r->nnsf, 2);
	ck_assert_str_eq(r->nsf[1].code, "344");
	ck_assert_ptr_null(r->nsf[0].label);
	ck_assert_uint_eq(r->nrome, 2);
	ck_assert_str_eq(r->rome[0].label, "Expertise");
	ck_assert_str_eq(r->rome[1].code, "M1805");
	ck_assert_uint_eq(r->nformacodes, 2);
	rncp_record_free(r);
	r = parse_str("Soigneur animalier\nhttps://www.francecompetences.fr/recherche/rncp/36147/\n(Niveau 4)\n"
	              "Certificateur : Ecole des soigneurs\n");
	ck_assert_ptr_null(r->code);
	rncp_record_free(r);
	/* labels: "RNCP : 36004", a level's after a bullet or with words */
	r = parse_str("Soigneur animalier\n- RNCP : 36004\n- Niveau RNCP : Niveau 3 (CAP)\n"
	              "Nom légal du certificateur : Ecole des soigneurs\n");
	ck_assert_str_eq(r->code, "RNCP36004");
	ck_assert_int_eq(r->level_eu, 3);
	ck_assert_str_eq(r->certifiers[0].name, "Ecole des soigneurs");
	rncp_record_free(r);
	/* a site's labels alone on their lines, their values under them */
	r = parse_str("Libellé de la certification\nSOIGNEUR ANIMALIER\nAutorité certificatrice\n"
	              "Province Sud\nNiveau\n4\nNomenclature NSF\n213 Agriculture\n");
	ck_assert_str_eq(r->title, "SOIGNEUR ANIMALIER");
	ck_assert_int_eq(r->level_eu, 4);
	ck_assert_uint_eq(r->ncertifiers, 1);
	ck_assert_str_eq(r->certifiers[0].name, "Province Sud");
	ck_assert_uint_eq(r->nnsf, 1);
	ck_assert_str_eq(r->nsf[0].code, "213");
	rncp_record_free(r);
	/* two authorities a comma apart under one label; an abbreviation's
	 * full stop kept */
	r = parse_str("Soigneur animalier\nCode RNCP : 36147\nCertificateur : Ministère chargé de "
	              "l'agriculture, Ministère de l'enseignement supérieur.\n");
	ck_assert_uint_eq(r->ncertifiers, 2);
	ck_assert_str_eq(r->certifiers[1].name, "Ministère de l'enseignement supérieur");
	rncp_record_free(r);
	r = parse_str("Soigneur animalier\nCode RNCP : 36147\nCertificateur : SOIGNEURS ASSOCIES S.A.S.\n");
	ck_assert_str_eq(r->certifiers[0].name, "SOIGNEURS ASSOCIES S.A.S.");
	rncp_record_free(r);
	/* the authority and the level a sentence names; a comma inside a
	 * ministry's name; "délivré par un ..." names none */
	r = parse_str("Soigneur animalier\nLe titre RNCP36147 est délivré par le Ministère de l'agriculture, "
	              "de l'alimentation et de la forêt à l'issue d'un parcours de formation. Il est de "
	              "niveau 4 (Eu) dans le cadre national des certifications.\n");
	ck_assert_str_eq(r->code, "RNCP36147");
	ck_assert_int_eq(r->level_eu, 4);
	ck_assert_uint_eq(r->ncertifiers, 1);
	ck_assert_str_eq(r->certifiers[0].name, "Ministère de l'agriculture, de l'alimentation et de la forêt");
	rncp_record_free(r);
	r = parse_str("Soigneur animalier\nLe titre RNCP36147 est délivré par un établissement agréé.\nNiveau 4\n");
	ck_assert_uint_eq(r->ncertifiers, 0);
	rncp_record_free(r);
	/* the number the register gave it in a sentence, the level after
	 * the title's kind; two authorities, a name in capitals after "et
	 * la"; the sentence going on after the name ("et enregistré ...") */
	r = parse_str("Oui. Le titre de Responsable QSE est enregistré au RNCP sous le numéro 40563 (Bac+3), délivré "
	              "par la CCI Portes de Normandie et la CCI Île de la Réunion.\nTitre professionnel de niveau 6\n");
	ck_assert_str_eq(r->code, "RNCP40563");
	ck_assert_str_eq(r->title, "Responsable QSE"); /* (the sentence names it) */
	ck_assert_int_eq(r->level_eu, 6);
	ck_assert_uint_eq(r->ncertifiers, 2);
	ck_assert_str_eq(r->certifiers[1].name, "CCI Île de la Réunion");
	rncp_record_free(r);
	r = parse_str("Le BTS est un diplôme national de niveau 5 délivré par le ministère de l'Enseignement supérieur "
	              "et de la Recherche et enregistré au Répertoire national des certifications professionnelles "
	              "(RNCP) sous le n° 38362.\n");
	ck_assert_str_eq(r->code, "RNCP38362");
	ck_assert_uint_eq(r->ncertifiers, 1);
	ck_assert_str_eq(r->certifiers[0].name, "Ministère de l'Enseignement supérieur et de la Recherche");
	rncp_record_free(r);
	/* the level opening a bracket of the certification's facts */
	r = parse_str("# Référentiel — TP Administrateur d'Infrastructures Sécurisées (RNCP37680)\n\nSource : fiche "
	              "France Compétences https://www.francecompetences.fr/recherche/rncp/37680/ (niveau 6, "
	              "certificateur : Ministère du Travail, enregistrement valide jusqu'au 28/02/2027).\n\n"
	              "## BC01 — Administrer et sécuriser les infrastructures (RNCP37680BC01)\n"
	              "- Appliquer les bonnes pratiques dans l'administration des infrastructures\n");
	ck_assert_int_eq(r->level_eu, 6);
	ck_assert_str_eq(r->blocs[0].title, "Administrer et sécuriser les infrastructures");
	/* and the certifier in it, the expiry; the title without its code */
	ck_assert_uint_eq(r->ncertifiers, 1);
	ck_assert_str_eq(r->certifiers[0].name, "Ministère du Travail");
	ck_assert_str_eq(r->expires, "2027-02-28");
	ck_assert_str_eq(r->title, "TP Administrateur d'Infrastructures Sécurisées");
	rncp_record_free(r);
	/* the level right after the code, in a sentence; the title after
	 * a dash in the first heading, the document's kind before it */
	r = parse_str("# Certification AIA - Architecte en Intelligence Artificielle\n\nLa certification **Architecte en Intelligence Artificielle (AIA)** - "
	              "RNCP38777 - Niveau 7 (équivalent BAC+5) vise à former des professionnels.\n\n"
	              "#### Bloc de compétences 1 : Gouverner les données\n\n- Définir une politique de données.\n");
	ck_assert_int_eq(r->level_eu, 7);
	ck_assert_str_eq(r->title, "Architecte en Intelligence Artificielle");
	rncp_record_free(r);
	/* an RS fiche's lists may say levels: none is its */
	r = parse_str("Code RS : RS5678\nCertificateur : Ecole des langues\nNiveau 2 - Intermédiaire\n");
	ck_assert_int_eq(r->level_eu, 0);
	rncp_record_free(r);
}
END_TEST

/* the page's bloc tables with their cells stacked (a narrow screen's
 * copy): "Liste de compétences", the skills, "Modalités d'évaluation",
 * the assessment; the fiche-wide list says the skills again */
START_TEST(t_stacked_cells)
{
	rncp_record *r = parse_str(
	    "N° de fiche\nRNCP99002\nNiveau 6\nCompétences attestées :\n"
	    "C.1. Planifier les tournées de livraison\nC.2. Suivre les livraisons.\nC.3. Contrôler les stocks\n"
	    "Recueillir les besoins du client\nAuditer un entrepôt\n"
	    "Animer l'équipe\nEncadrer les chauffeurs\n\n"
	    "RNCP99002BC01 - Organiser les livraisons\nListe de compétences\n"
	    "C.1. Planifier les tournées de livraison\nC.2. Suivre les livraisons.\nC.3. Contrôler les stocks\n"
	    "Modalités d'évaluation\nCas pratique\n\n"
	    "RNCP99002BC02 - Conseiller le client\nListe de compétences\n"
	    "- Recueillir les besoins du client\nIdentifier les questions à poser au client\n"
	    "- Auditer un entrepôt\nMesurer les surfaces de l'entrepôt\n"
	    "Modalités d'évaluation\nÉtude de cas\n\n"
	    "RNCP99002BC03 - Animer l'équipe\nListe de compétences\n"
	    "1.1 Animer l'équipe\n1.1.1 Encadrer les chauffeurs\n"
	    "Modalités d'évaluation\nMise en situation\n");
	ck_assert_uint_eq(r->nblocs, 3);
	/* numbered skills, one a full stop after it, a line each (the
	 * fiche-wide list's too, not one wrapped skill) */
	ck_assert_uint_eq(r->blocs[0].nskills, 3);
	ck_assert_str_eq(r->blocs[0].skills[1], "C.2. Suivre les livraisons");
	/* the lines after the list's last skill are the bloc's: the
	 * assessment's heading ended its list; no list's sign */
	ck_assert_uint_eq(r->blocs[1].nskills, 4);
	ck_assert_str_eq(r->blocs[1].skills[0], "Recueillir les besoins du client");
	ck_assert_str_eq(r->blocs[1].skills[3], "Mesurer les surfaces de l'entrepôt");
	/* numbered, the fiche-wide list's without numbers: as printed */
	ck_assert_uint_eq(r->blocs[2].nskills, 2);
	ck_assert_str_eq(r->blocs[2].skills[1], "1.1.1 Encadrer les chauffeurs");
	rncp_record_free(r);
	/* the two lists marked otherwise: letters and roman figures in the
	 * fiche-wide one, dashes in the bloc's, and the other way round */
	r = parse_str("N° de fiche\nRNCP99003\nNiveau 6\nCompétences attestées :\n"
	              "a. Analyser le dossier de l'affaire\nb. Comparer plusieurs solutions\n"
	              "— Valider une solution technique\n— Suivre le budget de l'opération\n\n"
	              "RNCP99003BC01 - Répondre à un projet\nListe de compétences\n"
	              "— Analyser le dossier de l'affaire\n— Comparer plusieurs solutions\n"
	              "Modalités d'évaluation\nÉtude de cas\n\n"
	              "RNCP99003BC02 - Suivre le projet\nListe de compétences\n"
	              "i. Valider une solution technique\nii. Suivre le budget de l'opération\n"
	              "Modalités d'évaluation\nÉtude de cas\n");
	ck_assert_uint_eq(r->nblocs, 2);
	ck_assert_uint_eq(r->blocs[0].nskills, 2);
	ck_assert_str_eq(r->blocs[0].skills[0], "Analyser le dossier de l'affaire");
	ck_assert_uint_eq(r->blocs[1].nskills, 2);
	ck_assert_str_eq(r->blocs[1].skills[0], "Valider une solution technique");
	ck_assert_str_eq(r->blocs[1].skills[1], "Suivre le budget de l'opération");
	rncp_record_free(r);
	/* two skills of the fiche-wide list on one line after a list sign
	 * (the source lost the break between them): the two, no sign */
	r = parse_str("N° de fiche\nRNCP99005\nNiveau 6\nCompétences attestées :\n"
	              "- Analyser le dossier de l'affaire\n- Comparer plusieurs solutions\n"
	              "- Valider une solution technique\n\n"
	              "RNCP99005BC01 - Répondre à un projet\nListe de compétences\n"
	              "- Analyser le dossier de l'affaire Comparer plusieurs solutions\n"
	              "- Valider une solution technique\n"
	              "Modalités d'évaluation\nÉtude de cas\n");
	ck_assert_uint_eq(r->nblocs, 1);
	ck_assert_uint_eq(r->blocs[0].nskills, 3);
	ck_assert_str_eq(r->blocs[0].skills[0], "Analyser le dossier de l'affaire");
	ck_assert_str_eq(r->blocs[0].skills[1], "Comparer plusieurs solutions");
	rncp_record_free(r);
	/* the same line a PDF wrapped */
	r = parse_str("N° de fiche\nRNCP99005\nNiveau 6\nCompétences attestées :\n"
	              "- Analyser le dossier de l'affaire\n- Comparer plusieurs solutions\n"
	              "- Valider une solution technique\n\n"
	              "RNCP99005BC01 - Répondre à un projet\nListe de compétences\n"
	              "- Analyser le dossier de l'affaire Comparer\nplusieurs solutions\n"
	              "- Valider une solution technique\n"
	              "Modalités d'évaluation\nÉtude de cas\n");
	ck_assert_uint_eq(r->nblocs, 1);
	ck_assert_uint_eq(r->blocs[0].nskills, 3);
	ck_assert_str_eq(r->blocs[0].skills[1], "Comparer plusieurs solutions");
	rncp_record_free(r);
	/* a bloc's skill longer than the fiche-wide list's, a small word
	 * after it: the bloc's, whole */
	r = parse_str("N° de fiche\nRNCP34360\nNiveau 6\nCompétences attestées :\n"
	              "Gérer les problèmes humains\nGérer et coordonner les plannings\n"
	              "Savoir évaluer la production de chacun des métiers\n\n"
	              "RNCP34360BC02 - Réaliser un film\nListe de compétences\n"
	              "Gérer les problèmes humains pour assurer une bonne ambiance\n"
	              "Gérer et coordonner les plannings\n"
	              "Savoir évaluer la production de chacun des métiers de la chaîne de production\n"
	              "Modalités d'évaluation\nÉtude de cas\n");
	ck_assert_uint_eq(r->nblocs, 1);
	ck_assert_uint_eq(r->blocs[0].nskills, 3);
	ck_assert_str_eq(r->blocs[0].skills[0], "Gérer les problèmes humains pour assurer une bonne ambiance");
	ck_assert_str_eq(r->blocs[0].skills[2],
	                 "Savoir évaluer la production de chacun des métiers de la chaîne de production");
	rncp_record_free(r);
	/* a page whose list gives each skill's first words, its blocs'
	 * table each skill at length (a browser's copy: a tab between the
	 * head's cells, the skills a blank line apart): the table's, whole */
	r = parse_str("N° de fiche\nRNCP36135\nNiveau 6\n\nCompétences attestées :\n\n"
	              "C1.1 Réaliser une veille technologique continue sur différents domaines liés au numérique\n\n"
	              "C1.2 Analyser le cahier des charges d'un commanditaire\n\n"
	              "C1.3 Appliquer le paradigme impératif à l'aide des éléments de la programmation impérative\n\n"
	              "C1.4 Concevoir un logiciel selon le paradigme de la programmation orientée objet\n\n"
	              "RNCP36135BC01 - Analyse technique des besoins\n\nListe de compétences \tModalités d'évaluation\n\n"
	              "C1.1 Réaliser une veille technologique continue sur différents domaines liés au numérique, en "
	              "suivant la littérature en ligne\n\n"
	              "C1.2 Analyser le cahier des charges d'un commanditaire en prenant en compte les objectifs\n\n"
	              "C1.3 Appliquer le paradigme impératif à l'aide des éléments de la programmation impérative "
	              "(syntaxe du langage, variables) et des algorithmes\n\n"
	              "C1.4 Concevoir un logiciel selon le paradigme de la programmation orientée objet à l'aide des "
	              "classes\n\t\n\nMise en situation professionnelle fictive en équipe.\n\n"
	              "Secteurs d'activités :\nInformatique\n");
	ck_assert_uint_eq(r->nblocs, 1);
	ck_assert_uint_eq(r->blocs[0].nskills, 4);
	ck_assert_str_eq(r->blocs[0].skills[0], "C1.1 Réaliser une veille technologique continue sur différents "
	                                        "domaines liés au numérique, en suivant la littérature en ligne");
	ck_assert_str_eq(r->blocs[0].skills[1], "C1.2 Analyser le cahier des charges d'un commanditaire en prenant en "
	                                        "compte les objectifs");
	ck_assert_str_eq(r->blocs[0].skills[2], "C1.3 Appliquer le paradigme impératif à l'aide des éléments de la "
	                                        "programmation impérative (syntaxe du langage, variables) et des "
	                                        "algorithmes");
	ck_assert_str_eq(r->blocs[0].skills[3], "C1.4 Concevoir un logiciel selon le paradigme de la programmation "
	                                        "orientée objet à l'aide des classes");
	rncp_record_free(r);
	/* sub-headings inside the list, none of the page's: no skills, the
	 * list goes on under them */
	r = parse_str("N° de fiche\nRNCP27861\nSans niveau\n\n"
	              "RNCP27861BC05 - Préparation des entrées\nListe de compétences\n"
	              "Compétences évaluées :\n"
	              "\xE2\x80\xA2" "Cuire et refroidir des œufs, des viandes blanches.\n"
	              "Contrôle des activités :\nTrancher des viandes froides.\nAssembler des desserts.\n\n"
	              "RNCP27861BC06 - Cuissons\nListe de compétences\nGriller des viandes et des poissons.\n\n"
	              "Secteurs d'activités :\nRestauration collective\n");
	ck_assert_uint_eq(r->nblocs, 2);
	ck_assert_uint_eq(r->blocs[0].nskills, 3);
	ck_assert_str_eq(r->blocs[0].skills[0], "Cuire et refroidir des œufs, des viandes blanches");
	ck_assert_str_eq(r->blocs[0].skills[2], "Assembler des desserts");
	ck_assert_uint_eq(r->blocs[1].nskills, 1);
	rncp_record_free(r);
	/* a page break under the sub-heading: blank lines, then the list */
	r = parse_str("N° de fiche\nRNCP27861\nSans niveau\n\n"
	              "RNCP27861BC06 - Cuissons\nListe de compétences\nCompétences évaluées :\n\n\n"
	              "\xE2\x80\xA2" "Griller des viandes et des poissons.\n\xE2\x80\xA2" "Frire des aliments.\n"
	              "Modalités d'évaluation :\nObservation en continu.\n\n"
	              "Secteurs d'activités :\nRestauration collective\n");
	ck_assert_uint_eq(r->nblocs, 1);
	ck_assert_uint_eq(r->blocs[0].nskills, 2);
	ck_assert_str_eq(r->blocs[0].skills[1], "Frire des aliments");
	rncp_record_free(r);
	/* a sentence that leads the skills in is none; a skill that leads
	 * its parts in is one */
	r = parse_str("N° de fiche\nRNCP99006\nNiveau 6\n\n"
	              "RNCP99006BC01 - Répondre à un projet\nListe de compétences\n"
	              "En mobilisant une analyse du contexte organisationnel et humain, tout en restant vigilant à "
	              "la compétitivité de l'organisation :\n"
	              "A5.C1. Réaliser un diagnostic de la situation\n"
	              "A5.C2. Gérer dans le respect de la réglementation les éléments suivants du projet :\n"
	              "- le budget\n"
	              "Modalités d'évaluation\nÉtude de cas\n");
	ck_assert_uint_eq(r->nblocs, 1);
	ck_assert_uint_eq(r->blocs[0].nskills, 3);
	ck_assert_str_eq(r->blocs[0].skills[0], "A5.C1. Réaliser un diagnostic de la situation");
	ck_assert_str_eq(r->blocs[0].skills[1],
	                 "A5.C2. Gérer dans le respect de la réglementation les éléments suivants du projet :");
	rncp_record_free(r);
	/* a word processor's PDF: a skill's line wrapped before a bracket */
	r = parse_str("N° de fiche\nRNCP99004\nNiveau 6\n\n"
	              "RNCP99004BC01 - Conduire les projets\nListe de compétences\n"
	              "Conduire un projet avec les outils adéquats et dimensionnés\n"
	              "(pilotage, coordination, évaluation) de telle manière à livrer\n"
	              "Piloter le budget du projet\nModalités d'évaluation\nCas pratique\n");
	ck_assert_uint_eq(r->nblocs, 1);
	ck_assert_uint_eq(r->blocs[0].nskills, 2);
	ck_assert_str_eq(r->blocs[0].skills[0], "Conduire un projet avec les outils adéquats et dimensionnés "
	                                        "(pilotage, coordination, évaluation) de telle manière à livrer");
	rncp_record_free(r);
	/* or after a word no skill ends with, before an acronym; or before
	 * an ellipsis */
	r = parse_str("N° de fiche\nRNCP99007\nNiveau 6\n\n"
	              "RNCP99007BC01 - Soigner les animaux\nListe de compétences\n"
	              "Réaliser les soins non invasifs autorisés aux\n"
	              "ASV, dans le respect du bien-être animal\n"
	              "Procéder aux encaissements selon leurs modalités (comptant, différé,\n"
	              "\xE2\x80\xA6) pour éviter les impayés\n"
	              "Piloter le budget du cabinet\nRéaliser la bible graphique\n: genre du film, les couleurs\n"
	              "Modalités d'évaluation\nCas pratique\n");
	ck_assert_uint_eq(r->nblocs, 1);
	ck_assert_uint_eq(r->blocs[0].nskills, 4);
	ck_assert_str_eq(r->blocs[0].skills[3], "Réaliser la bible graphique : genre du film, les couleurs");
	ck_assert_str_eq(r->blocs[0].skills[0], "Réaliser les soins non invasifs autorisés aux ASV, dans le respect du "
	                                        "bien-être animal");
	ck_assert_str_eq(r->blocs[0].skills[1], "Procéder aux encaissements selon leurs modalités (comptant, différé, "
	                                        "\xE2\x80\xA6) pour éviter les impayés");
	rncp_record_free(r);
}
END_TEST

/* OCR of a printed page reads its columns one after the other: a bloc's
 * list of skills, the assessment's header and cell, then the rest of
 * the list (the end of the skill the page cut, then more skills) */
START_TEST(t_ocr_list_past_assessment)
{
	rncp_record *r = parse_str(
	    "Technicien\nActive\nN° de fiche\nRNCP40864\nNiveau 5\nCompétences attestées :\n"
	    "Identifier les composants du parc\nContrôler les serveurs du parc\n"
	    "Organiser les opérations de maintenance en donnant de la visibilité aux utilisateurs\n"
	    "Repérer les outils de gestion de parc\nInstaller la solution de gestion retenue\n"
	    "Modalités d'évaluation :\nMise en situation\n\n"
	    "RNCP40864BC01 - Gérer un parc informatique\n\nListe de compétences\n\n"
	    "Identifier les composants du parc\n\nContrôler les serveurs du parc\n\n"
	    "Organiser les opérations de maintenance en\ndonnant de\n"
	    "Modalités d'évaluation\n\nApplication professionnelle (réelle\nou simulée) sur la base d'une ETI\n"
	    "la visibilité aux utilisateurs\n\nRepérer les outils de gestion\nde parc\n\n"
	    "Installer la solution de gestion retenue\n\nSecteurs d'activités :\nInformatique\n");
	ck_assert_uint_eq(r->nblocs, 1);
	ck_assert_uint_eq(r->blocs[0].nskills, 5);
	ck_assert_str_eq(r->blocs[0].skills[2],
	                 "Organiser les opérations de maintenance en donnant de la visibilité aux utilisateurs");
	ck_assert_str_eq(r->blocs[0].skills[3], "Repérer les outils de gestion de parc");
	ck_assert_str_eq(r->blocs[0].skills[4], "Installer la solution de gestion retenue");
	rncp_record_free(r);
}
END_TEST

/* OCR of a printed table, each line across both cells: a skill read
 * whole, then the next one's first word, the assessment's text after it;
 * the next line goes on with that skill */
START_TEST(t_ocr_lines_across_cells)
{
	rncp_record *r = parse_str(
	    "L'essentiel\nNiveau 5\nCompétences attestées :\n"
	    "Superviser les serveurs Linux\nInstaller, paramétrer un service sous Linux\n"
	    "Mettre une application en production\nS'appuyer sur les communautés d'utilisateurs\n"
	    "Modalités d'évaluation :\nMise en situation\n"
	    "RNCP37454BC04 - Administrer les serveurs Linux\n\nListe de compétences Modalités d'évaluation\n\n"
	    "Superviser les serveurs Linux Installer, 1. Mise en situation professionnelle (3h00\n\n"
	    "paramétrer un service sous Linux Mettre | sur des machines virtuelles de serveurs. Le\n\n"
	    "une application en production S'appuyer | candidat dispose de consignes pour tracer\n\n"
	    "sur les communautés d'utilisateurs ses interventions. Cette phase est effectuée\n"
	    "sous surveillance, sans la présence du jury.\n\nSecteurs d'activités :\nInformatique\n");
	ck_assert_uint_eq(r->nblocs, 1);
	ck_assert_uint_eq(r->blocs[0].nskills, 4);
	ck_assert_str_eq(r->blocs[0].skills[1], "Installer, paramétrer un service sous Linux");
	ck_assert_str_eq(r->blocs[0].skills[2], "Mettre une application en production");
	ck_assert_str_eq(r->blocs[0].skills[3], "S'appuyer sur les communautés d'utilisateurs");
	rncp_record_free(r);

	/* a narrow cell, a word of the skill a line (two skills open with
	 * the same words) */
	r = parse_str("L'essentiel\nNiveau 5\nCompétences attestées :\n"
	              "Développer des applications web\nDévelopper des scripts d'automatisation\n"
	              "Superviser les serveurs Linux\nModalités d'évaluation :\nMise en situation\n"
	              "RNCP37454BC04 - Administrer les serveurs Linux\n\nListe de compétences Modalités d'évaluation\n\n"
	              "Développer des 1. Mise en situation professionnelle (3h00 min) Le candidat\n"
	              "scripts effectue des manipulations sur des machines virtuelles de\n"
	              "d'automatisation serveurs. Le candidat dispose de consignes pour tracer ses\n\n"
	              "Superviser les la présence du jury.\n\nserveurs Linux\n\nSecteurs d'activités :\nInformatique\n");
	ck_assert_uint_eq(r->nblocs, 1);
	ck_assert_uint_eq(r->blocs[0].nskills, 2);
	ck_assert_str_eq(r->blocs[0].skills[0], "Développer des scripts d'automatisation");
	ck_assert_str_eq(r->blocs[0].skills[1], "Superviser les serveurs Linux");
	rncp_record_free(r);
}
END_TEST

START_TEST(t_web_skills_end_at_section)
{
	/* a web page copied without its blank lines: the last bloc's list
	 * ends at the next section, not at the end of the page; a skill
	 * ending in a colon heads others and ends nothing */
	rncp_record *r = parse_str(
	    "Technicien\nActive\nN° de fiche\nRNCP37682\nNiveau 5\n"
	    "RNCP37682BC01 - Maintenir une infrastructure\nListe de compétences\nModalités d'évaluation\n"
	    "Administrer les serveurs Linux :\nSécuriser les accès à Internet\n"
	    "Type d'emplois accessibles :\nTechnicien support\nCode(s) ROME :\n"
	    "  • I1401 - Maintenance informatique et bureautique\n");
	ck_assert_uint_eq(r->nblocs, 1);
	ck_assert_uint_eq(r->blocs[0].nskills, 2);
	ck_assert_str_eq(r->blocs[0].skills[1], "Sécuriser les accès à Internet");
	ck_assert_uint_eq(r->njobs, 1);
	rncp_record_free(r);
}
END_TEST

START_TEST(t_blank_lines_lost)
{
	/* text that lost its blank lines: a legacy bloc's title ends where
	 * its narrow column does, a ROME label before the links under the
	 * list, a REAC activity's title at its description */
	rncp_record *r = parse_str(
	    "Résumé descriptif de la certification Code RNCP : 19542\nIntitulé\nTechnicien\n"
	    "Codes des fiches ROME les plus proches :\nM1801 : Administration de systèmes\n"
	    "d'information\nhttp://recrutement.pole-emploi.fr/fichesrome/ficherome?codeRome=M1801\n"
	    "Bloc de compétence n°2 de\nla fiche n° 19542 - Bloc 2 :\nRépertorier, prendre en\n"
	    "compte et corriger les\ndysfonctionnements des\néquipements connectés\n"
	    "En formation initiale (primo apprenant) ou formation continue (salarié)\n"
	    "Bloc de compétence n°3 de\nla fiche n° 19542 - Bloc 3 :\nMettre en service le matériel\n"
	    "informatique et réaliser les\ntests\nEn formation initiale\n");
	ck_assert_uint_eq(r->nrome, 1);
	ck_assert_str_eq(r->rome[0].label, "Administration de systèmes d'information");
	ck_assert_uint_eq(r->nblocs, 2);
	ck_assert_str_eq(r->blocs[0].title,
	                 "Répertorier, prendre en compte et corriger les dysfonctionnements des équipements connectés");
	ck_assert_str_eq(r->blocs[1].title, "Mettre en service le matériel informatique et réaliser les tests");
	rncp_record_free(r);

	r = parse_str(
	    "TITRE PROFESSIONNEL\nTechnicien réseaux\nFICHE EMPLOI TYPE\nFiche(s) Rome de rattachement\n"
	    "I1401 Maintenance informatique et bureautique\nFICHE ACTIVITE TYPE N° 1\n"
	    "Exploiter le réseau informatique\n"
	    "Définition, description de l'activité type et conditions d'exercice\n"
	    "Au sein du service d'exploitation, le technicien intervient.\n");
	ck_assert_uint_eq(r->nblocs, 1);
	ck_assert_str_eq(r->blocs[0].title, "Exploiter le réseau informatique");
	rncp_record_free(r);

	/* pdftotext -layout's: blank lines between a title's lines */
	r = parse_str(
	    "TITRE PROFESSIONNEL\nTechnicien réseaux\nFICHE EMPLOI TYPE\nFiche(s) Rome de rattachement\n"
	    "I1401 Maintenance informatique et bureautique\nFICHE ACTIVITE TYPE N° 1\n\n"
	    "Installer et mettre en service des systèmes de réseaux\n\nd'entreprise\n\n"
	    "Définition, description de l'activité type et conditions d'exercice\n\n"
	    "Au sein du service d'exploitation, le technicien intervient.\n");
	ck_assert_uint_eq(r->nblocs, 1);
	ck_assert_str_eq(r->blocs[0].title, "Installer et mettre en service des systèmes de réseaux d'entreprise");
	rncp_record_free(r);

	/* the title of the job sheet, the blank line after it lost (OCR) */
	r = parse_str("REFERENTIEL EMPLOI ACTIVITES COMPETENCES\nFICHE EMPLOI TYPE\n\n"
	              "Technicien(ne) Réseaux et Télécommunications d'Entreprise\n"
	              "Définition de l'emploi type et des conditions d'exercice\n\n"
	              "Le technicien assure le bon fonctionnement des équipements.\n"
	              "Fiche(s) Rome de rattachement\nI1401 Maintenance informatique et bureautique\n");
	ck_assert_str_eq(r->title, "Technicien(ne) Réseaux et Télécommunications d'Entreprise");
	rncp_record_free(r);

	/* the cover's title wrapped, blank lines between its lines, above
	 * its level; a title of one line, then a line that is no level */
	r = parse_str("REFERENTIEL EMPLOI ACTIVITES COMPETENCES\n\nDU TITRE PROFESSIONNEL\n\n"
	              "Technicien supérieur du bâtiment option économie de la\n\n\nconstruction\n\n"
	              "Niveau 5\n\nSite : http://travail-emploi.gouv.fr\n");
	ck_assert_str_eq(r->title, "Technicien supérieur du bâtiment option économie de la construction");
	ck_assert_int_eq(r->level_eu, 5);
	rncp_record_free(r);
	r = parse_str("REFERENTIEL EMPLOI ACTIVITES COMPETENCES\n\nDU TITRE PROFESSIONNEL\n\n"
	              "Technicien réseaux\n\nSite : http://travail-emploi.gouv.fr\n\nNiveau 5\n"
	              "Code(s) ROME :\nI1401\n");
	ck_assert_str_eq(r->title, "Technicien réseaux");
	rncp_record_free(r);
	/* an older référentiel's cover: the ministry's line, the title in
	 * quotes */
	r = parse_str("Référentiel de Certification\n\nDU TITRE PROFESSIONNEL\nDU MINISTERE CHARGE DE L'EMPLOI\n"
	              "\"Technicien(ne) en soudage\"\n\nNiveau IV\n");
	ck_assert_str_eq(r->title, "Technicien(ne) en soudage");
	ck_assert_str_eq(r->level_old, "IV");
	rncp_record_free(r);
	/* the cover on one line: a transcription's name of its document,
	 * or a flat text, the site's words and the document's name before it */
	r = parse_str("REFERENTIEL EMPLOI ACTIVITES COMPETENCES DU TITRE PROFESSIONNEL. Gestionnaire de paie. "
	              "Niveau III\n\nTranscription\n\n3 SOMMAIRE Pages Fiche emploi type...7\n");
	ck_assert_str_eq(r->title, "Gestionnaire de paie");
	ck_assert_str_eq(r->level_old, "III");
	rncp_record_free(r);
	r = parse_str("Référentiel emploi activités compétences du titre professionnel CONTINUER À LIRE "
	              "REFERENTIEL EMPLOI ACTIVITES COMPETENCES DU TITRE PROFESSIONNEL Cuisinier Niveau 3 "
	              "Site : http://travail-emploi.gouv.fr SOMMAIRE Pages Présentation de l'évolution du "
	              "titre professionnel ......... 5 Contexte de l'examen du titre professionnel ......... 5 "
	              "Liste des activités ......... 6 Vue synoptique de l'emploi-type ......... 8 Fiche emploi "
	              "type ......... 9 Fiches activités types de l'emploi ......... 13 Glossaire ......... 30");
	ck_assert_str_eq(r->title, "Cuisinier");
	ck_assert_int_eq(r->level_eu, 3);
	rncp_record_free(r);
}
END_TEST

START_TEST(t_rome_label_accents)
{
	/* accents lost or misread: the table's spelling; capitals, or other
	 * words, as printed */
	rncp_record *r = parse_str(
	    "L'essentiel\nNiveau 5\nCode(s) ROME\nM1805 - Etudes et developpement informatique\n"
	    "M1801 - ADMINISTRATION DE SYSTEMES D'INFORMATION\n"
	    "I1401 - Maintenance informatique\nM1810 - Production et exploitation de systémes d'information\n");
	ck_assert_uint_eq(r->nrome, 4);
	ck_assert_str_eq(r->rome[0].label, "Études et développement informatique");
	ck_assert_str_eq(r->rome[1].label, "ADMINISTRATION DE SYSTEMES D'INFORMATION");
	ck_assert_str_eq(r->rome[2].label, "Maintenance informatique");
	ck_assert_str_eq(r->rome[3].label, "Production et exploitation de systèmes d'information");
	rncp_record_free(r);
}
END_TEST

START_TEST(t_certifiers_column)
{
	/* the certifiers' table read down, one cell a line */
	rncp_record *r = parse_str(
	    "L'essentiel\nNiveau 5\nNom légal\nSiret\nNom commercial\nSite internet\n"
	    "CESI\n77572257201109\nCESI Ecole d'Ingénieurs\nhttps://www.cesi.fr/\n"
	    "HAUT COMMISSARIAT DE LA REPUBLIQUE\n179 873 013 00017\n-\n-\n"
	    "Objectifs et contexte de la certification :\nx\n");
	ck_assert_uint_eq(r->ncertifiers, 2);
	ck_assert_str_eq(r->certifiers[0].name, "CESI");
	ck_assert_str_eq(r->certifiers[0].siret, "77572257201109");
	ck_assert_str_eq(r->certifiers[1].name, "HAUT COMMISSARIAT DE LA REPUBLIQUE");
	ck_assert_str_eq(r->certifiers[1].siret, "17987301300017");
	rncp_record_free(r);

	/* pdftotext's: blank lines between the cells, a name over lines, an
	 * empty cell after the SIRET on its line */
	r = parse_str("L'essentiel\nNiveau 5\nNom légal\n\nSiret\n\nNom\ncommercial\n\n"
	              "HAUT COMMISSARIAT DE LA\nREPUBLIQUE EN POLYNESIE\nFRANCAISE\n\n17987301300017 -\n\n"
	              "Site\ninternet\n-\n\nCESI\n\n77572257201109\n\nObjectifs et contexte de la certification :\nx\n");
	ck_assert_uint_eq(r->ncertifiers, 2);
	ck_assert_str_eq(r->certifiers[0].name, "HAUT COMMISSARIAT DE LA REPUBLIQUE EN POLYNESIE FRANCAISE");
	ck_assert_str_eq(r->certifiers[0].siret, "17987301300017");
	ck_assert_str_eq(r->certifiers[1].name, "CESI");
	rncp_record_free(r);

	/* mutool's: no blank lines between the cells, a name in capitals
	 * over lines */
	r = parse_str("L'essentiel\nNiveau 5\nNom légal\nSiret\nNom\ncommercial\n\nSite\ninternet\n\n"
	              "HAUT COMMISSARIAT DE LA\nREPUBLIQUE EN POLYNESIE\nFRANCAISE\n17987301300017\n-\n-\n"
	              "Objectifs et contexte de la certification :\nx\n");
	ck_assert_uint_eq(r->ncertifiers, 1);
	ck_assert_str_eq(r->certifiers[0].name, "HAUT COMMISSARIAT DE LA REPUBLIQUE EN POLYNESIE FRANCAISE");
	rncp_record_free(r);
	/* pdftotext -raw's: the header's cells run together and wrapped, the
	 * SIRET on a line of its own after the name */
	r = parse_str("N° de fiche\nRNCP99001\nNom légal Siret Nom\ncommercial\nSite\ninternet\n"
	              "HAUT COMMISSARIAT DE LA\nREPUBLIQUE EN POLYNESIE\nFRANCAISE\n17987301300017 - -\n"
	              "ASSOCIATION ABC\n12345678900017 - -\nObjectifs et contexte de la certification :\nx\n");
	ck_assert_uint_eq(r->ncertifiers, 2);
	ck_assert_str_eq(r->certifiers[0].name, "HAUT COMMISSARIAT DE LA REPUBLIQUE EN POLYNESIE FRANCAISE");
	ck_assert_str_eq(r->certifiers[0].siret, "17987301300017");
	ck_assert_str_eq(r->certifiers[1].name, "ASSOCIATION ABC");
	rncp_record_free(r);
	/* a scan's OCR: the rule before a row read as ':', a name's second
	 * line run into the commercial name's and the site's ends; a
	 * commercial name in capitals before its site is not the name's */
	r = parse_str("N° de fiche\nRNCP99001\nNom légal [Siret Nom |Site internet\n| | commercial |\n"
	              ": SYNDICAT MIXTE 12345678900017 | SMF | https://www.smf-\n"
	              "DE FORMATION DU Vexin vexin.example |\nVAL D'OISE |\n\n"
	              "ASSOCIATION ABC 98765432100025 | ABC |\nABC https://www.abc.example |\n\n"
	              "Objectifs et contexte de la certification :\nx\n");
	ck_assert_uint_eq(r->ncertifiers, 2);
	ck_assert_str_eq(r->certifiers[0].name, "SYNDICAT MIXTE DE FORMATION DU VAL D'OISE");
	ck_assert_str_eq(r->certifiers[1].name, "ASSOCIATION ABC");
	rncp_record_free(r);
	/* a SIRET's 7 read as '/' (the Luhn check tells 7 from 1), a speck
	 * read as a full stop before a name's last line */
	r = parse_str("N° de fiche\nRNCP99001\nNom légal [Siret Nom |Site internet\n| | commercial |\n"
	              "ECOLE SUPERIEURE /7558812900012 ESP https://www.esp.example .\n\n"
	              ". DU BATIMENT |\n\nObjectifs et contexte de la certification :\nx\n");
	ck_assert_uint_eq(r->ncertifiers, 1);
	ck_assert_str_eq(r->certifiers[0].name, "ECOLE SUPERIEURE DU BATIMENT");
	ck_assert_str_eq(r->certifiers[0].siret, "77558812900012");
	rncp_record_free(r);
}
END_TEST

START_TEST(t_web_bloc_title_wrapped)
{
	/* a web page's text wrapped at 72 columns: the title goes on in
	 * lower case before the blank line; a line that starts a sentence
	 * there is not the title's */
	rncp_record *r = parse_str(
	    "Titre\nActive\nN° de fiche\nRNCP99001\nNiveau 6\n"
	    "RNCP99001BC03 - Mesurer et réduire l'impact environnemental des flux\nlogistiques\n\n"
	    "Liste de compétences\nModalités d'évaluation\n\nCalculer le bilan carbone\n\nDossier.\n\n"
	    "RNCP99001BC04 - Piloter les flux\nUne description du bloc.\n\n"
	    "Liste de compétences\nModalités d'évaluation\n\nPlanifier l'activité\n\nÉtude de cas.\n");
	ck_assert_uint_eq(r->nblocs, 2);
	ck_assert_str_eq(r->blocs[0].title, "Mesurer et réduire l'impact environnemental des flux logistiques");
	ck_assert_str_eq(r->blocs[1].title, "Piloter les flux");
	rncp_record_free(r);

	/* OCR's and pdfminer's: a title wrapped after a word no title ends
	 * with ("... à sa" / "" / "sécurisation", "... sous" / "Linux"), a
	 * blank line inside it maybe; the skills' header far below */
	r = parse_str("RNCP37454 - Technicien\nL'essentiel\nNiveau 5\n"
	              "RNCP37454BC03 - Maintenir une infrastructure et contribuer à sa\n\nsécurisation\n\n"
	              "Modalités d'évaluation\n\n1. Mise en situation\n\n"
	              "RNCP37454BC04 - Certificat de spécialisation sous\nLinux\n\nModalités d'évaluation\n");
	ck_assert_uint_eq(r->nblocs, 2);
	ck_assert_str_eq(r->blocs[0].title, "Maintenir une infrastructure et contribuer à sa sécurisation");
	ck_assert_str_eq(r->blocs[1].title, "Certificat de spécialisation sous Linux");
	rncp_record_free(r);
}
END_TEST

START_TEST(t_nsf_capital_letter)
{
	rncp_record *r = parse_str("L'essentiel\nNiveau 5\nCode(s) NSF\n326R : ASSISTANCE INFORMATIQUE\n"
	                           "Formacode(s)\n31054 : Informatique\n");
	ck_assert_uint_eq(r->nnsf, 1);
	ck_assert_str_eq(r->nsf[0].code, "326r");
	rncp_record_free(r);
}
END_TEST

START_TEST(t_web_assessment_not_skill)
{
	/* blank lines lost: the assessment after a bloc's skills is not one
	 * of them, when the skills are the fiche-wide list's */
	rncp_record *r = parse_str(
	    "Titre\nActive\nN° de fiche\nRNCP99001\nNiveau 6\nCompétences attestées :\n"
	    "Analyser les besoins\nDimensionner les surfaces\nPlanifier l'activité\nModalités d'évaluation :\nx\n"
	    "RNCP99001BC01 - Concevoir\nListe de compétences\nModalités d'évaluation\n"
	    "Analyser les besoins\nDimensionner les surfaces\nÉtude de cas écrite.\n"
	    "RNCP99001BC02 - Piloter\nListe de compétences\nModalités d'évaluation\n"
	    "Planifier l'activité\nMise en situation.\nSecteurs d'activités :\nLogistique\n");
	ck_assert_uint_eq(r->nblocs, 2);
	ck_assert_uint_eq(r->blocs[0].nskills, 2);
	ck_assert_str_eq(r->blocs[0].skills[1], "Dimensionner les surfaces");
	ck_assert_uint_eq(r->blocs[1].nskills, 1);
	rncp_record_free(r);

	/* a page's text taken without a blank between its cells
	 * (BeautifulSoup's get_text()): the assessment's numbered first
	 * paragraph glued to the last skill, which ends there */
	r = parse_str("Titre\nActive\nN° de fiche\nRNCP99001\nNiveau 6\nCompétences attestées :\n"
	              "Analyser les besoins\nDimensionner les surfaces\nModalités d'évaluation :\nx\n"
	              "RNCP99001BC01 - Concevoir\n\nListe de compétencesModalités d'évaluation\n"
	              "Analyser les besoins Dimensionner les surfaces1. Mise en situation (1h45min)\n");
	ck_assert_uint_eq(r->nblocs, 1);
	ck_assert_uint_eq(r->blocs[0].nskills, 2);
	ck_assert_str_eq(r->blocs[0].skills[1], "Dimensionner les surfaces");
	rncp_record_free(r);

	/* the same of a PDF's bloc table drawn as a page: the last skill
	 * glued to the assessment's capital ("à jourÉtude") */
	r = parse_str("Titre\nActive\nN° de fiche\nRNCP99001\nNiveau 6\nCompétences attestées :\n"
	              "Identifier les dangers\nRédiger le document unique et le mettre à jour\n"
	              "Modalités d'évaluation :\nx\n"
	              "RNCP99001BC01 - Évaluer\n\nListe de compétencesModalités d'évaluation\n"
	              "Identifier les dangers Rédiger le document unique et le mettre à jourÉtude de cas (3 heures).\n");
	ck_assert_uint_eq(r->nblocs, 1);
	ck_assert_uint_eq(r->blocs[0].nskills, 2);
	ck_assert_str_eq(r->blocs[0].skills[1], "Rédiger le document unique et le mettre à jour");
	rncp_record_free(r);

	/* a bloc's skill that lost a short word or two (html2text's, where
	 * a cell's line meets the next cell's) is the fiche-wide one; one
	 * that lost a longer word stays as it is */
	r = parse_str("Titre\nActive\nN° de fiche\nRNCP99001\nNiveau 6\nCompétences attestées :\n"
	              "Rédiger le document unique et le mettre à jour\nConduire l'analyse d'un accident du travail\n"
	              "Animer le réseau des référents sécurité\nModalités d'évaluation :\nx\n"
	              "RNCP99001BC01 - Évaluer\nListe de compétences\nModalités d'évaluation\n"
	              "Rédiger le document unique et mettre à jour\nConduire l'analyse d'un accident travail\n"
	              "Animer le réseau des référents\n\nÉtude de cas.\n");
	ck_assert_uint_eq(r->nblocs, 1);
	ck_assert_uint_eq(r->blocs[0].nskills, 3);
	ck_assert_str_eq(r->blocs[0].skills[0], "Rédiger le document unique et le mettre à jour");
	ck_assert_str_eq(r->blocs[0].skills[1], "Conduire l'analyse d'un accident du travail");
	ck_assert_str_eq(r->blocs[0].skills[2], "Animer le réseau des référents");
	rncp_record_free(r);

	/* an assessment whose first word ends as an infinitive does
	 * ("Mémoire", "Histoire") is no skill */
	r = parse_str("Titre\nActive\nN° de fiche\nRNCP99001\nNiveau 7\nCompétences attestées :\n"
	              "Évaluer l'impact des solutions retenues\nPlanifier les projets\nModalités d'évaluation :\nx\n"
	              "RNCP99001BC01 - Évaluer\n\nListe de compétences Modalités d'évaluation\n"
	              "Évaluer l'impact des solutions retenues\nMémoire professionnel soutenu devant un jury.\n\n"
	              "Secteurs d'activités :\nConseil\n");
	ck_assert_uint_eq(r->nblocs, 1);
	ck_assert_uint_eq(r->blocs[0].nskills, 1);
	rncp_record_free(r);

	/* one fiche-wide skill, then the assessment on its line (a text
	 * whose line ends were lost, put back before the labels only) */
	r = parse_str("Titre\nActive\nN° de fiche\nRNCP99001\nNiveau 6\nCompétences attestées :\n"
	              "Rédiger des contenus adaptés aux supports\nOrganiser des événements\n"
	              "Modalités d'évaluation :\nx\n"
	              "RNCP99001BC01 - Produire\nListe de compétences\nModalités d'évaluation\n"
	              "Rédiger des contenus adaptés aux supports Réalisation d'un portfolio.\n"
	              "RNCP99001BC02 - Organiser\nListe de compétences\nModalités d'évaluation\n"
	              "Organiser des événements et des salons\n");
	ck_assert_uint_eq(r->nblocs, 2);
	ck_assert_uint_eq(r->blocs[0].nskills, 1);
	ck_assert_str_eq(r->blocs[0].skills[0], "Rédiger des contenus adaptés aux supports");
	/* (what goes on in small letters is the skill's own) */
	ck_assert_str_eq(r->blocs[1].skills[0], "Organiser des événements et des salons");
	rncp_record_free(r);

	/* OCR's: the header's cells on one line, the second wrapped (its
	 * end no skill); a line of two fiche-wide skills is two skills */
	r = parse_str("Titre\nActive\nN° de fiche\nRNCP99001\nNiveau 6\nCompétences attestées :\n"
	              "Analyser les besoins\nDimensionner les surfaces\nModalités d'évaluation :\nx\n"
	              "RNCP99001BC01 - Concevoir\n\nListe de compétences Modalités\nd'évaluation\n\n"
	              "Analyser les besoins Dimensionner les surfaces\n\nÉtude de cas écrite.\n");
	ck_assert_uint_eq(r->nblocs, 1);
	ck_assert_uint_eq(r->blocs[0].nskills, 2);
	ck_assert_str_eq(r->blocs[0].skills[0], "Analyser les besoins");
	ck_assert_str_eq(r->blocs[0].skills[1], "Dimensionner les surfaces");
	rncp_record_free(r);

	/* OCR's header: the cells side by side, the first wrapped ("Liste
	 * de Modalités d'évaluation" / "compétences"); each line the two
	 * cells' run together */
	r = parse_str("RNCP99001 - Titre\nL'essentiel\nNiveau 6\nCompétences attestées :\n"
	              "Analyser les besoins logistiques du client\nPlanifier l'activité des équipes\n"
	              "Modalités d'évaluation :\nx\n"
	              "RNCP99001BC01 - Concevoir\n\nListe de Modalités d'évaluation\ncompétences\n\n"
	              "Analyser les besoins Étude de cas\n\nlogistiques du client écrite.\n\n"
	              "RNCP99001BC02 - Piloter\n\nListe de Modalités d'évaluation\ncompétences\n\n"
	              "Planifier l'activité des Mise en situation\n\néquipes professionnelle.\n");
	ck_assert_uint_eq(r->nblocs, 2);
	ck_assert_uint_eq(r->blocs[0].nskills, 1);
	ck_assert_str_eq(r->blocs[0].skills[0], "Analyser les besoins logistiques du client");
	ck_assert_uint_eq(r->blocs[1].nskills, 1);
	ck_assert_str_eq(r->blocs[1].skills[0], "Planifier l'activité des équipes");
	rncp_record_free(r);

	/* a browser's copy of the page: paragraphs a blank line apart; a
	 * table's row "skills<TAB>assessment", its skills run together; a
	 * row of one skill each, the rest in the fiche-wide list's order */
	r = parse_str("Titre\nActive\nN° de fiche\nRNCP99001\nNiveau 6\nCompétences attestées :\n\n"
	              "Analyser les besoins\n\nDimensionner les surfaces\n\nPlanifier l'activité\n\n"
	              "Modalités d'évaluation :\n\nx\n\n"
	              "RNCP99001BC01 - Concevoir\n\nListe de compétences\n\nModalités d'évaluation\n\n"
	              "Analyser les besoins\n\nDimensionner les surfaces\n\nÉtude de cas écrite.\n\n"
	              "RNCP99001BC02 - Piloter\n\nListe de compétences\tModalités d'évaluation\n"
	              "Analyser les besoins Dimensionner les surfaces Planifier l'activité\t\n\nMise en situation.\n");
	ck_assert_uint_eq(r->nblocs, 2);
	ck_assert_uint_eq(r->blocs[0].nskills, 2);
	ck_assert_str_eq(r->blocs[0].skills[1], "Dimensionner les surfaces");
	ck_assert_uint_eq(r->blocs[1].nskills, 3);
	ck_assert_str_eq(r->blocs[1].skills[2], "Planifier l'activité");
	rncp_record_free(r);
	r = parse_str("Titre\nActive\nN° de fiche\nRNCP99001\nNiveau 6\nCompétences attestées :\n\n"
	              "Analyser les besoins\n\nDimensionner les surfaces\n\nPlanifier l'activité\n\n"
	              "Modalités d'évaluation :\n\nx\n\n"
	              "RNCP99001BC01 - Concevoir\n\nListe de compétences\tModalités d'évaluation\n"
	              "Analyser les besoins\tÉtude de cas écrite.\n\n"
	              "RNCP99001BC02 - Piloter\n\nListe de compétences\tModalités d'évaluation\n"
	              "Planifier l'activité\tMise en situation.\n");
	ck_assert_uint_eq(r->nblocs, 2);
	ck_assert_uint_eq(r->blocs[0].nskills, 2);
	ck_assert_str_eq(r->blocs[0].skills[1], "Dimensionner les surfaces");
	ck_assert_uint_eq(r->blocs[1].nskills, 1);
	rncp_record_free(r);
	/* OCR's: a skill of the fiche-wide list whose capital it lost, after
	 * a blank line, is no wrap of the one before ("Superviser
	 * l'infrastructure" can end); after a word that cannot end, it is */
	r = parse_str("RNCP39442 - Technicien\nL'essentiel\nNiveau 5\nCompétences attestées :\n\n"
	              "Superviser l'infrastructure\n\nintervenir dans un environnement de Cloud Computing\n\n"
	              "Analyser les journaux et les\n\ninterpréter\n\n"
	              "Modalités d'évaluation :\nMise en situation\nRNCP39442BC03 - Maintenir\n"
	              "Liste de compétences | Modalités d'évaluation |\n---|---|\n"
	              "Superviser l'infrastructure intervenir dans un environnement de Cloud Computing "
	              "Analyser les journaux et les interpréter | Mise en situation |\n");
	ck_assert_uint_eq(r->nblocs, 1);
	ck_assert_uint_eq(r->blocs[0].nskills, 3);
	ck_assert_str_eq(r->blocs[0].skills[0], "Superviser l'infrastructure");
	ck_assert_str_eq(r->blocs[0].skills[1], "intervenir dans un environnement de Cloud Computing");
	ck_assert_str_eq(r->blocs[0].skills[2], "Analyser les journaux et les interpréter");
	rncp_record_free(r);
}
END_TEST

START_TEST(t_assessment_run_on)
{
	/* a table read as flowed text (lynx, w3m, a cell unfolded from
	 * columns): the assessment's cell runs on after the skills' on the
	 * same lines.  The skills all open with a verb, the assessment does
	 * not ("Application ...", "1. Mise ..."): it is no skill, and each
	 * bloc shows one skill, which owns the list's up to the next bloc's;
	 * "S'appuyer" is a verb */
	rncp_record *r = parse_str(
	    "Titre\nActive\nN° de fiche\nRNCP99001\nNiveau 6\nCompétences attestées :\n"
	    "Identifier le système et sa version\nDéterminer la méthode de déploiement\n"
	    "S'appuyer sur les communautés\nPlanifier l'activité\nModalités d'évaluation :\nx\n"
	    "RNCP99001BC01 - Déployer\n\nListe de compétences Modalités d'évaluation\n"
	    "Identifier le système et\nsa version Application professionnelle (réelle\n"
	    "ou simulée) sur la base d'un cas\n\n"
	    "RNCP99001BC02 - Piloter\n\nListe de compétences Modalités d'évaluation\n"
	    "S'appuyer sur les communautés 1. Mise\nen situation (1h)\n\n");
	ck_assert_uint_eq(r->nblocs, 2);
	ck_assert_uint_eq(r->blocs[0].nskills, 2);
	ck_assert_str_eq(r->blocs[0].skills[1], "Déterminer la méthode de déploiement");
	ck_assert_uint_eq(r->blocs[1].nskills, 2);
	ck_assert_str_eq(r->blocs[1].skills[0], "S'appuyer sur les communautés");
	ck_assert_str_eq(r->blocs[1].skills[1], "Planifier l'activité");
	rncp_record_free(r);

	/* catdoc's: the row wrapped at 72 columns lost its tab at the
	 * break, the assessment's cell is the list's last line */
	r = parse_str("Titre\nActive\nN° de fiche\nRNCP99001\nNiveau 6\nCompétences attestées :\n"
	              "Identifier le système et sa version\nDéterminer la méthode de déploiement\n"
	              "S'appuyer sur les communautés\nPlanifier l'activité\nModalités d'évaluation :\nx\n"
	              "RNCP99001BC01 - Déployer\n\nListe de compétences\tModalités d'évaluation\n\n"
	              "Identifier le système et sa\nversion\nApplication professionnelle (réelle\n"
	              "ou simulée)\n\n"
	              "RNCP99001BC02 - Piloter\n\nListe de compétences\tModalités d'évaluation\n\n"
	              "S'appuyer sur les communautés\tMise en situation\n\n");
	ck_assert_uint_eq(r->nblocs, 2);
	ck_assert_uint_eq(r->blocs[0].nskills, 2);
	ck_assert_str_eq(r->blocs[0].skills[1], "Déterminer la méthode de déploiement");
	ck_assert_uint_eq(r->blocs[1].nskills, 2);
	rncp_record_free(r);

	/* a PDF table's first cell running on over the assessment's, up to
	 * the bar (html2text's table unfolded from its columns), in a text
	 * whose long lines tell no wrap */
	r = parse_str("RNCP99001 - Titre\nNiveau 6\nObjectifs : le technicien assure la maintenance du "
	              "parc informatique et le support des utilisateurs dans toutes les entreprises et "
	              "les administrations.\nCompétences attestées :\n"
	              "Identifier le système et sa version\nDéterminer la méthode de déploiement\n"
	              "S'appuyer sur les communautés\nPlanifier l'activité\nModalités d'évaluation :\nx\n"
	              "RNCP99001BC01 - Déployer\nListe de compétences | Modalités d'évaluation |\n---|---|\n"
	              "Identifier le système et\nsa version\nApplication professionnelle (réelle\n"
	              "ou simulée) |\nRNCP99001BC02 - Piloter\n"
	              "Liste de compétences | Modalités d'évaluation |\n---|---|\n"
	              "S'appuyer sur les communautés |\nMise en situation |\n");
	ck_assert_uint_eq(r->nblocs, 2);
	ck_assert_uint_eq(r->blocs[0].nskills, 2);
	ck_assert_str_eq(r->blocs[0].skills[1], "Déterminer la méthode de déploiement");
	ck_assert_uint_eq(r->blocs[1].nskills, 2);
	rncp_record_free(r);

	/* but text that opens with a verb is a skill the list lacks */
	r = parse_str("Titre\nActive\nN° de fiche\nRNCP99001\nNiveau 6\nCompétences attestées :\n"
	              "Analyser les besoins\nPlanifier l'activité\nModalités d'évaluation :\nx\n"
	              "RNCP99001BC01 - Concevoir\n\nListe de compétences Modalités d'évaluation\n"
	              "Analyser les besoins Rédiger\nle cahier des charges\n\n"
	              "RNCP99001BC02 - Piloter\n\nListe de compétences Modalités d'évaluation\n"
	              "Planifier l'activité\n\n");
	ck_assert_uint_eq(r->nblocs, 2);
	ck_assert_uint_eq(r->blocs[0].nskills, 2);
	ck_assert_str_eq(r->blocs[0].skills[1], "Rédiger le cahier des charges");
	ck_assert_uint_eq(r->blocs[1].nskills, 1);
	rncp_record_free(r);
}
END_TEST

START_TEST(t_list_label_skill)
{
	/* odt2txt's lines of 66 columns: the fiche-wide list's numbered
	 * sub-heading wrapped at its colon ("2. Certificat ... (CCS) :" /
	 * "Administrer les serveurs Linux") goes on with the list, whose
	 * skills a bloc's cell holds under the label "Administrer les
	 * serveurs Linux :", no skill */
	rncp_record *r = parse_str(
	    "Titre\nActive\nN° de fiche\nRNCP99001\nNiveau 6\nCompétences attestées :\n\n"
	    "1. Concevoir\n\nAnalyser les besoins\n\nPlanifier l'activité\n\n"
	    "2. Certificat complémentaire (CCS) :\nAdministrer les serveurs Linux\n\n"
	    "Développer des scripts\n\nSuperviser les serveurs\n\nModalités d'évaluation :\n\nx\n\n"
	    "RNCP99001BC01 - Concevoir\n\nListe de compétences\n\nModalités d'évaluation\n\n"
	    "Analyser les besoins Planifier\nl'activité\n\nÉtude de cas.\n\n"
	    "RNCP99001BC02 - Certificat complémentaire (CCS)\n\nListe de compétences\n\n"
	    "Modalités d'évaluation\n\nAdministrer les serveurs Linux : Développer des\n"
	    "scripts Superviser les serveurs\n\nMise en situation.\n");
	ck_assert_uint_eq(r->nblocs, 2);
	ck_assert_uint_eq(r->blocs[0].nskills, 2);
	ck_assert_uint_eq(r->blocs[1].nskills, 2);
	ck_assert_str_eq(r->blocs[1].skills[0], "Développer des scripts");
	ck_assert_str_eq(r->blocs[1].skills[1], "Superviser les serveurs");
	rncp_record_free(r);
}
END_TEST

/* OCR's CNCP jobs: the marks misread or lost, blank lines between some
 * items and inside one, the sectors' ellipsis read as a full stop, a
 * margin's mark read as "CC" after the list */
START_TEST(t_cncp_jobs_ocr)
{
#define HEAD(code) "Résumé descriptif de la certification Code RNCP : " code "\nIntitulé\nTechnicien\n\n" \
	"Secteurs d'activité ou types d'emplois accessibles par le détenteur de ce diplôme, ce titre\n" \
	"ou ce certificat\n"
#define ROME "Codes des fiches ROME les plus proches :\n\nM1801 : Administration de systèmes d'information\n"
	static const struct {
		const char *text;
		size_t n, k;           /* the jobs; the index of one */
		const char *first, *kth;
	} t[] = {
	    /* OCR's marks, some lost, blank lines between items and in one */
	    {HEAD("14392") "\n< Entreprises utilisatrices de l'informatique possédant\nun réseau local et utilisant des "
	     "services\n\nou applications réseaux,\n\n+ ESN (Entreprises de services du Numérique),\n\n"
	     "< Entreprises d'hébergement,\n+ Opérateurs téléphoniques.\n\n"
	     "Technicien systèmes et réseaux,\n\nTechnicien réseaux,\n\n"
	     ". Technicien d'infrastructure,\nAdministrateur de réseaux,\nAdministrateur systèmes.\n\nCC\n\n" ROME,
	     5, 2, "Technicien systèmes et réseaux", "Technicien d'infrastructure"},
	    /* the sectors' marks read ("*", "+"), the jobs' lost: the jobs
	     * under them */
	    {HEAD("19542") "\n* dans des entreprises spécialisées en informatique (ESN, hébergeurs)\n\n"
	     "+ dans des services intégrés de structures utilisatrices, dont le\n"
	     "domaine d'activité peut être très différent : industrie,\n\ncommerce, services, santé...\n\n"
	     "Chargé d'exploitation réseaux & télécoms\nTechnicien systèmes & réseaux\nTechnicien télécoms\n\n"
	     "Technicien réseaux & télécoms\nTechnicien de production\n\nTechnicien informatique\n\n" ROME,
	     6, 5, "Chargé d'exploitation réseaux & télécoms", "Technicien informatique"},
	    /* a comma of the jobs' list read as a full stop: the jobs'
	     * groups of short items, not the sectors' */
	    {HEAD("14392") "\n* Entreprises ou collectivités utilisatrices de l'informatique de toutes tailles "
	     "possédant\nà minima un réseau local,\n\n° ESN (Entreprises de services du Numérique),\n"
	     "+ Opérateurs téléphoniques.\n\n+ Technicien systèmes et réseaux,\n\n* Technicien systèmes,\n\n"
	     "* Technicien informatique et réseaux.\n\n+ Technicien réseaux et télécoms,\n\n"
	     "* Technicien des télécommunications.\n\n+ Administrateur de réseaux,\n\n"
	     "* Administrateur systèmes.\n\n" ROME,
	     7, 6, "Technicien systèmes et réseaux", "Administrateur systèmes"},
	    /* no blank line after the sectors' full stop (OCR's for their
	     * ellipsis), a mark read as "-<", a comma as a full stop */
	    {HEAD("14392") ". Entreprises ou collectivités utilisatrices de l'informatique de toutes tailles "
	     "possédant\nà minima un réseau local,\n* ESN (Entreprises de services du Numérique),\n"
	     "+ Opérateurs téléphoniques.\n. Technicien systèmes et réseaux,\n. Technicien réseaux.\n"
	     "- Technicien d'exploitation réseaux,\n-< Administrateur systèmes et réseaux,\n"
	     "* Administrateur systèmes.\n" ROME,
	     5, 3, "Technicien systèmes et réseaux", "Administrateur systèmes et réseaux"},
	    /* a blank line between two jobs */
	    {HEAD("19542") "\n. dans des entreprises spécialisées en informatique\n\n"
	     "*_ Chargé d'exploitation réseaux & télécoms\n< Technicien systèmes & réseaux\n"
	     ". Technicien de production\n\n. Technicien informatique\n- Technicien d'intervention\n\n" ROME,
	     5, 4, "Chargé d'exploitation réseaux & télécoms", "Technicien d'intervention"},
	    /* a browser's copy: the marks and the blank line between the
	     * two lists lost, the sectors' last item ending with a full
	     * stop after items that end with a comma */
	    {HEAD("28712") "\nEntreprises industrielles et de services de toutes tailles,\nGrande distribution.\n"
	     "Responsable commercial,\nChef de produit,\nResponsable des ventes.\n" ROME,
	     3, 2, "Responsable commercial", "Responsable des ventes"},
	    /* the page's copy: the kind of employer a blank line above the
	     * jobs, the section spaced enough to read as double-spaced */
	    {HEAD("11503") "\nEntreprises de toute nature de quelques salariés\n\n"
	     "Assistant(e) de direction\nResponsable administratif\nCollaborateur du chef d'entreprise\n\n" ROME,
	     3, 2, "Assistant(e) de direction", "Collaborateur du chef d'entreprise"},
	    /* antiword's: the two groups a blank line apart, the sectors'
	     * items short, the first a kind of employer */
	    {HEAD("28713") "\nEntreprises industrielles et de services de toutes tailles,\nGrande distribution.\n\n"
	     "Responsable commercial,\nChef de produit,\nResponsable des ventes.\n\n\n" ROME,
	     3, 2, "Responsable commercial", "Responsable des ventes"},
	};
#undef HEAD
#undef ROME
	size_t i;

	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		rncp_record *r = parse_str(t[i].text);
		ck_assert_msg(r->njobs == t[i].n, "%zu: %zu jobs", i, r->njobs);
		if (t[i].first != NULL)
			ck_assert_str_eq(r->jobs[0], t[i].first);
		ck_assert_str_eq(r->jobs[t[i].k], t[i].kth);
		rncp_record_free(r);
	}
}
END_TEST

/* A titre professionnel's arrêté's annex ("Informations requises pour
 * l'inscription ... au répertoire"): "Intitulé :" alone on its line, or
 * ending the heading's, the title under it; "Titre professionnel de x"
 * (X, with the register's capital);
 * the NSF code's letter a blank after its digits ("334 t.") */
START_TEST(t_arrete_annex)
{
	rncp_record *r = parse_str("INFORMATIONS REQUISES POUR L'INSCRIPTION DU TITRE PROFESSIONNEL AU RÉPERTOIRE "
	                           "NATIONAL DES CERTIFICATIONS PROFESSIONNELLES\n\nIntitulé :\n\n"
	                           "Titre professionnel : réceptionniste en hôtellerie.\n\nNiveau : IV.\n\n"
	                           "Code NSF : 334 t. Résumé du référentiel d'emploi\n");
	ck_assert_str_eq(r->title, "Réceptionniste en hôtellerie");
	ck_assert_str_eq(r->level_old, "IV");
	ck_assert_uint_eq(r->nnsf, 1);
	ck_assert_str_eq(r->nsf[0].code, "334t");
	rncp_record_free(r);
	r = parse_str("INFORMATIONS REQUISES POUR L'INSCRIPTION DU TITRE PROFESSIONNEL AU RÉPERTOIRE "
	              "NATIONAL DES CERTIFICATIONS PROFESSIONNELLES Intitulé :\n"
	              "Titre professionnel de mécanicien d'entretien d'aviation légère.\nNiveau : IV.\n"
	              "Code NSF : 253 r.\n");
	ck_assert_str_eq(r->title, "Mécanicien d'entretien d'aviation légère");
	ck_assert_str_eq(r->nsf[0].code, "253r");
	rncp_record_free(r);
	/* the NSF code's label in brackets or after a hyphen; the level
	 * without its colon; the authority under its label, a blank line
	 * between them; "Titre de professionnel de x" */
	r = parse_str("INFORMATIONS REQUISES POUR L'INSCRIPTION DU TITRE PROFESSIONNEL AU RÉPERTOIRE "
	              "NATIONAL DES CERTIFICATIONS PROFESSIONNELLES\n\nIntitulé :\n\n"
	              "Titre de professionnel de technicien supérieur en réseaux.\n\nNiveau IV.\n\n"
	              "Code NSF : 326 r (informatique, traitement de l'information, réseaux transmission).\n\n"
	              "Autorité responsable de la certification :\n\nMinistère chargé de l'emploi.\n\n"
	              "Bases légales et réglementaires :\n");
	ck_assert_str_eq(r->title, "Technicien supérieur en réseaux");
	ck_assert_str_eq(r->level_old, "IV");
	ck_assert_uint_eq(r->nnsf, 1);
	ck_assert_str_eq(r->nsf[0].code, "326r");
	ck_assert_str_eq(r->nsf[0].label, "informatique, traitement de l'information, réseaux transmission");
	ck_assert_uint_eq(r->ncertifiers, 1);
	ck_assert_str_eq(r->certifiers[0].name, "Ministère chargé de l'emploi");
	rncp_record_free(r);
	r = parse_str("INFORMATIONS REQUISES POUR L'INSCRIPTION DU TITRE PROFESSIONNEL AU RÉPERTOIRE "
	              "NATIONAL DES CERTIFICATIONS PROFESSIONNELLES\n\nIntitulé : assistant (e) de direction.\n\n"
	              "Niveau : III.\n\nCode NSF : 324 p-secrétariat bureautique.\n");
	ck_assert_str_eq(r->nsf[0].code, "324p");
	ck_assert_str_eq(r->nsf[0].label, "secrétariat bureautique");
	rncp_record_free(r);
	/* its letter in capitals; the places the job is done in are no jobs */
	r = parse_str("Intitulé : agent de propreté et d'hygiène.\n\nNiveau : V.\n\n"
	              "Code NSF : 343 T (nettoyage de locaux, assainissement urbain).\n\n"
	              "Capacités attestées et descriptif des composantes de la certification\n\n"
	              "1. Réaliser une prestation de nettoyage\n\nEntretenir les sols.\n\n"
	              "Secteurs d'activités ou types d'emploi\n\naccessibles par le détenteur du titre\n\n"
	              "L'emploi s'exerce dans des milieux professionnels très diversifiés :\n\n"
	              "\xE2\x80\x95 espaces d'activité tertiaire (bureaux, écoles) ;\n\n"
	              "\xE2\x80\x95 entreprises industrielles ou de transport.\n\nCode ROME :\n\n11211\n");
	ck_assert_str_eq(r->nsf[0].code, "343t");
	ck_assert_str_eq(r->nsf[0].label, "nettoyage de locaux, assainissement urbain");
	ck_assert_uint_eq(r->njobs, 0);
	rncp_record_free(r);
}
END_TEST

/* the annex's numbered components, each with its skills: blocs without a
 * code; the title of one wrapped, its lines a blank line apart */
START_TEST(t_arrete_annex_components)
{
	rncp_record *r = parse_str(
	    "INFORMATIONS REQUISES POUR L'INSCRIPTION DU TITRE PROFESSIONNEL AU RÉPERTOIRE NATIONAL DES "
	    "CERTIFICATIONS PROFESSIONNELLES\n\nIntitulé : technicien supérieur de support en informatique.\n\n"
	    "Niveau : III.\n\nCode NSF : 326 r.\n\nRésumé du référentiel d'emploi\n\n"
	    "Le technicien intervient à distance ou sur site.\n\n"
	    "Capacités attestées et descriptif\n\ndes composantes de la certification\n\n"
	    "1. Intervenir et assister à distance\n\nen centre de services informatiques\n\n"
	    "Assister les utilisateurs dans un environnement informatique.\n\n"
	    "Traiter un incident dans un centre de services.\n\n"
	    "2. Intervenir sur les systèmes et les réseaux\n\nTélé-administrer et dépanner un serveur.\n\n"
	    "Automatiser des tâches à l'aide de scripts.\n\n"
	    "Secteur d'activité ou types d'emploi\n\naccessibles par le détenteur du titre\n\n"
	    "Tous les secteurs d'activité sont concernés.\n\n"
	    "Les types d'emploi accessibles sont les suivants :\n\n"
	    "\xE2\x80\x95 technicien de support ;\n\n\xE2\x80\x95 technicien helpdesk.\n\nCode ROME :\n\n"
	    "M1801-Administration de systèmes d'information.\n");
	ck_assert_uint_eq(r->nblocs, 2);
	ck_assert_ptr_null(r->blocs[0].code);
	ck_assert_str_eq(r->blocs[0].title, "Intervenir et assister à distance en centre de services informatiques");
	ck_assert_uint_eq(r->blocs[0].nskills, 2);
	ck_assert_str_eq(r->blocs[0].skills[1], "Traiter un incident dans un centre de services");
	ck_assert_uint_eq(r->blocs[1].nskills, 2);
	ck_assert_str_eq(r->blocs[1].skills[0], "Télé-administrer et dépanner un serveur");
	/* its jobs after the sentence that leads them in, the Journal
	 * officiel's dashes before them */
	ck_assert_uint_eq(r->njobs, 2);
	ck_assert_str_eq(r->jobs[0], "technicien de support");
	ck_assert_str_eq(r->jobs[1], "technicien helpdesk");
	rncp_record_free(r);
}
END_TEST

/* an annex's skills as its authors wrote them: a phrase of place before
 * the verb, a colon after the skill; a title going on in a bracket;
 * groups' headings over components numbered and not; its jobs under the
 * heading, with no sentence to lead them in */
START_TEST(t_arrete_annex_odd_lines)
{
	rncp_record *r = parse_str(
	    "INFORMATIONS REQUISES POUR L'INSCRIPTION DU TITRE PROFESSIONNEL AU RÉPERTOIRE NATIONAL DES "
	    "CERTIFICATIONS PROFESSIONNELLES\n\nIntitulé : technicien de laboratoire.\n\n"
	    "Niveau : IV.\n\nCode NSF : 222 r.\n\n"
	    "Capacités attestées et descriptif des composantes de la certification\n\n"
	    "1. Prélever et stocker un échantillon\n\nPrélever des échantillons d'origines diverses.\n\n"
	    "En laboratoire, stocker les échantillons en vue d'une analyse.\n\n"
	    "En laboratoire, identifier, caractériser ou quantifier une substance.\n\n"
	    "2. Construire et entretenir un réseau d'assainissement\n\n(tous diamètres) en tranchée\n\n"
	    "Assister les utilisateurs de bureautique :\n\nParticiper à la pose d'un blindage.\n\n"
	    "Certificats complémentaires de spécialisation (CCS).\n\n"
	    "3. Procéder à des essais spécialisés\n\nEn laboratoire, effectuer des synthèses.\n\n"
	    "CCS :\n\nFabriquer et réaliser des ouvrages en staff.\n\nPoser des plaques en staff.\n\n"
	    "Unité de spécialisation complémentaire\n\nConcevoir et réaliser\n\nune animation en trois "
	    "dimensions (3D)\n\nModéliser des objets en trois dimensions.\n\n"
	    "Secteurs d'activités et types d'emploi accessibles par le détenteur du titre\n\n"
	    "L'industrie, la recherche et l'enseignement dans les domaines de la chimie.\n\n"
	    "- technicien en contrôle qualité ;\n\n- technicien ou adjoint de recherche.\n\n"
	    "Codes ROME :\n\nH1210-Intervention technique en études, recherche et développement ;\n");
	ck_assert_uint_eq(r->nblocs, 5);
	ck_assert_uint_eq(r->blocs[0].nskills, 3);
	ck_assert_str_eq(r->blocs[0].skills[1], "En laboratoire, stocker les échantillons en vue d'une analyse");
	ck_assert_str_eq(r->blocs[1].title, "Construire et entretenir un réseau d'assainissement (tous diamètres) en "
	                                    "tranchée");
	ck_assert_uint_eq(r->blocs[1].nskills, 2);
	ck_assert_str_eq(r->blocs[2].title, "Procéder à des essais spécialisés");
	ck_assert_uint_eq(r->blocs[2].nskills, 1);
	ck_assert_str_eq(r->blocs[3].title, "Fabriquer et réaliser des ouvrages en staff");
	ck_assert_uint_eq(r->blocs[3].nskills, 1);
	ck_assert_str_eq(r->blocs[4].title, "Concevoir et réaliser une animation en trois dimensions (3D)");
	ck_assert_uint_eq(r->blocs[4].nskills, 1);
	ck_assert_uint_eq(r->njobs, 2);
	ck_assert_str_eq(r->jobs[0], "technicien en contrôle qualité");
	ck_assert_str_eq(r->jobs[1], "technicien ou adjoint de recherche");
	rncp_record_free(r);
	/* the sentence leading them in, "emplois", a hyphen glued to each */
	r = parse_str("Intitulé : technicien.\n\nNiveau : IV.\n\nCode NSF : 326 r.\n\n"
	              "Capacités attestées et descriptif des composantes de la certification\n\n"
	              "1. Assister\n\nPréparer un poste.\n\n"
	              "Secteurs d'activités ou types d'emploi\n\nTous les secteurs.\n\n"
	              "Les types d'emplois accessibles sont les suivants :\n\n"
	              "-technicien (ne) de déploiement ;\n\n-technicien (ne) poste de travail.\n");
	ck_assert_uint_eq(r->njobs, 2);
	ck_assert_str_eq(r->jobs[0], "technicien (ne) de déploiement");
	rncp_record_free(r);
	/* later annexes: "Compétences attestées et descriptif ..."; the jobs
	 * without marks, after the sectors' sentences (each opens with an
	 * article) */
	r = parse_str("# Article ANNEXE\n\nIntitulé :\n\nTitre professionnel : mécanicien outilleur.\n\n"
	              "Niveau : IV.\n\nCode NSF : 251 s.\n\n"
	              "Compétences attestées et descriptif des composantes de la certification\n\n"
	              "1. Réaliser des outillages\n\nUsiner les éléments d'un outillage.\n\n"
	              "Ajuster et monter un outillage.\n\n"
	              "2. Mettre au point un outillage\n\nRégler un outillage sur presse.\n\n"
	              "Secteurs d'activités et types d'emploi\n\naccessibles par le détenteur du titre\n\n"
	              "La fabrication d'outillages mécaniques et d'équipements spéciaux.\n\n"
	              "Les secteurs de l'automobile, de l'aéronautique, de la plasturgie.\n\n"
	              "Mécanicien outilleur en découpage et emboutissage.\n\nAjusteur mouliste.\n\n"
	              "Mécanicien de précision.\n\nCode ROME :\n\nH2901-Ajustement et montage de fabrication ;\n");
	ck_assert_uint_eq(r->nblocs, 2);
	ck_assert_str_eq(r->blocs[0].title, "Réaliser des outillages");
	ck_assert_uint_eq(r->blocs[0].nskills, 2);
	ck_assert_str_eq(r->blocs[1].skills[0], "Régler un outillage sur presse");
	ck_assert_uint_eq(r->njobs, 3);
	ck_assert_str_eq(r->jobs[0], "Mécanicien outilleur en découpage et emboutissage");
	ck_assert_str_eq(r->jobs[2], "Mécanicien de précision");
	rncp_record_free(r);
	/* the jobs in the sentence that leads them in, after its colon */
	r = parse_str("Intitulé : cuisinier gestionnaire.\n\nNiveau : IV.\n\nCode NSF : 221 t.\n\n"
	              "Capacités attestées et descriptif des composantes de la certification\n\n"
	              "1. Produire des repas\n\nPréparer les légumes.\n\n"
	              "Secteurs d'activités ou types d'emploi accessibles par le détenteur du titre\n\n"
	              "Les unités de restauration collective se situent dans tout établissement.\n\n"
	              "Les emplois accessibles sont : chef de cuisine, responsable de cuisine, chef gérant.\n\n"
	              "Codes ROME :\n\n13231 - Chef de cuisine.\n");
	ck_assert_uint_eq(r->njobs, 3);
	ck_assert_str_eq(r->jobs[1], "responsable de cuisine");
	ck_assert_str_eq(r->jobs[2], "chef gérant");
	rncp_record_free(r);
	/* the heading the other way round, a sentence before the
	 * components; the NSF code's label "Domaine d'activité (code NSF)"
	 * (an annex of 2006, its HTML's line breaks) */
	r = parse_str("Intitulé :\nTitre professionnel d'agent de restauration.\nNiveau : V.\n"
	              "Domaine d'activité (code NSF) : 334 t.\n\nDescriptif des composantes de la certification\n"
	              "et capacités attestées\n\nLe titre est composé des deux certificats de compétences "
	              "professionnelles suivants :\n\n1. Préparer en assemblage des hors-d'oeuvre\n\n"
	              "Préparer les matières premières alimentaires.\nRéaliser le dressage des desserts.\n\n"
	              "2. Réaliser des grillades minute\n\nAssurer une production culinaire au poste grillade.\n\n"
	              "Secteurs d'activité ou types d'emploi\naccessibles par le détenteur du titre\n");
	ck_assert_str_eq(r->nsf[0].code, "334t");
	ck_assert_uint_eq(r->nblocs, 2);
	ck_assert_uint_eq(r->blocs[0].nskills, 2);
	ck_assert_str_eq(r->blocs[1].skills[0], "Assurer une production culinaire au poste grillade");
	rncp_record_free(r);
	/* what the holder may become later is no job open to him */
	r = parse_str("Intitulé : formateur professionnel d'adultes.\n\nNiveau : III.\n\nCode NSF : 333 t.\n\n"
	              "Capacités attestées et descriptif des composantes de la certification\n\n"
	              "1. Préparer et animer des actions de formation\n\nConcevoir une séquence.\n\n"
	              "Secteurs d'activité ou types d'emploi\n\naccessibles par le détenteur du titre\n\n"
	              "Les types d'emploi accessibles sont les suivants :\n\nFormateur/ formatrice d'adultes.\n\n"
	              "Formateur/ formatrice technique.\n\n"
	              "Selon les structures qui les emploient, les formateurs peuvent évoluer vers des fonctions de :\n\n"
	              "Coordinateur (trice) pédagogique.\n\nResponsable de formation.\n\nCode ROME :\n\n32131\n");
	ck_assert_uint_eq(r->njobs, 2);
	ck_assert_str_eq(r->jobs[1], "Formateur/ formatrice technique");
	rncp_record_free(r);
	/* one component, not numbered, its title wrapped */
	r = parse_str("Intitulé : conducteur livreur sur véhicule utilitaire léger.\n\nNiveau : V.\n\nCode NSF : 311 m.\n\n"
	              "Capacités attestées et descriptif\n\ndes composantes de la certification\n\n"
	              "Réaliser en sécurité des livraisons régulières\n\nou à la demande avec un véhicule utilitaire léger\n\n"
	              "Veiller au maintien du bon fonctionnement du véhicule.\n\n"
	              "Manutentionner la marchandise, charger, décharger le véhicule.\n\n"
	              "Compétences transversales de l'emploi (le cas échéant)\n\nNéant.\n");
	ck_assert_uint_eq(r->nblocs, 1);
	ck_assert_str_eq(r->blocs[0].title, "Réaliser en sécurité des livraisons régulières ou à la demande avec un "
	                                    "véhicule utilitaire léger");
	ck_assert_uint_eq(r->blocs[0].nskills, 2);
	rncp_record_free(r);
	/* sectors alone: no jobs */
	r = parse_str("Intitulé : technicien.\n\nNiveau : IV.\n\nCode NSF : 326 r.\n\n"
	              "Capacités attestées et descriptif des composantes de la certification\n\n"
	              "1. Assister\n\nPréparer un poste.\n\n"
	              "Secteurs d'activités et types d'emploi accessibles par le détenteur du titre\n\n"
	              "La fabrication d'outillages mécaniques.\n\nLes secteurs de l'automobile.\n\n"
	              "Tous les secteurs d'activité sont concernés.\n\nCode ROME :\n\nH2901-Ajustement ;\n");
	ck_assert_uint_eq(r->njobs, 0);
	rncp_record_free(r);
}
END_TEST

/* an arrêté's article that creates a titre professionnel: its title,
 * 1969 level and NSF code in its sentences */
START_TEST(t_arrete_article)
{
	rncp_record *r = parse_str(
	    "# Article 1\n\nLe titre professionnel de technicien(ne) de laboratoire est créé.\n\n"
	    "Il est délivré dans les conditions prévues par l'arrêté du 25 novembre 2002 susvisé.\n\n"
	    "Il est classé au niveau IV de la nomenclature des niveaux de formation, telle que définie à "
	    "l'article 2 du décret du 26 avril 2002 susvisé, et dans le domaine d'activité 222 r (code NSF).\n");
	ck_assert_str_eq(r->title, "technicien(ne) de laboratoire");
	ck_assert_str_eq(r->level_old, "IV");
	ck_assert_int_eq(r->level_eu, 4);
	ck_assert_uint_eq(r->nnsf, 1);
	ck_assert_str_eq(r->nsf[0].code, "222r");
	rncp_record_free(r);
	/* a page that says it in its own words; an arrêté's title */
	r = parse_str("Le titre professionnel de conducteur de transport en commun sur route est créé pour 5 ans, "
	              "à partir du 7 août 2018.\nIl est classé au niveau V de la nomenclature, dans le domaine 311 u (code NSF).\n");
	ck_assert_str_eq(r->title, "conducteur de transport en commun sur route");
	rncp_record_free(r);
	r = parse_str("Arrêté du 7 mars 2018 relatif au titre professionnel d'électricien d'équipement du bâtiment\n\n"
	              "Il est classé au niveau V de la nomenclature, dans le domaine 255 r (code NSF).\n");
	ck_assert_str_eq(r->title, "électricien d'équipement du bâtiment");
	rncp_record_free(r);
	/* the sentence that registers it says its level (Légifrance's
	 * copy: the next article glued to it) */
	r = parse_str("La ministre du travail,\nArrête :\n"
	              "Le titre professionnel de secrétaire assistant médico-social est enregistré au répertoire "
	              "national des certifications professionnelles pour une durée de cinq ans à compter du 1er mars "
	              "2018, au niveau IV, et dans le domaine d'activité 324t (code NSF).VersionsLe référentiel "
	              "emploi est disponible.\n");
	ck_assert_str_eq(r->title, "secrétaire assistant médico-social");
	ck_assert_str_eq(r->level_old, "IV");
	ck_assert_str_eq(r->nsf[0].code, "324t");
	rncp_record_free(r);
	/* the ministry's leaflet of a titre professionnel: its first
	 * sentence, a footnote's call glued to the title */
	r = parse_str("TITRE PROFESSIONNEL DU MINISTERE DU TRAVAIL\n\nTechnicien d'assistance en informatique\n\n"
	              "Le titre professionnel Technicien d'assistance en informatique1 niveau 4 (code NSF : 326r) se "
	              "compose de trois activités types, chaque activité\ntype comportant les compétences nécessaires.\n");
	ck_assert_str_eq(r->title, "Technicien d'assistance en informatique");
	ck_assert_int_eq(r->level_eu, 4);
	ck_assert_str_eq(r->nsf[0].code, "326r");
	rncp_record_free(r);
	r = parse_str("TITRE PROFESSIONNEL DU MINISTERE CHARGE DE L'EMPLOI\n"
	              "Le titre professionnel de : AGENT DE RESTAURATION1 niveau V (code NSF : 334 t) se compose de "
	              "quatre activités types.\n");
	ck_assert_str_eq(r->level_old, "V");
	ck_assert_str_eq(r->nsf[0].code, "334t");
	rncp_record_free(r);
	/* the article that lists its blocs or units, "1." or "1°" */
	r = parse_str("Arrêté du 8 avril 2019 relatif au titre professionnel de cuisinier\n\n"
	              "Il est classé au niveau 3 du cadre national des certifications professionnelles.\n\n"
	              "  \xE2\x80\xA2 Le titre professionnel de cuisinier est constitué des trois blocs de compétences "
	              "suivants :\n    1\xC2\xB0 Préparer, cuire et dresser des entrées froides et chaudes ;\n"
	              "    2\xC2\xB0 Préparer, cuire et dresser des plats au poste chaud ;\n"
	              "    3\xC2\xB0 Préparer, cuire et dresser des desserts de restaurant.\n\n"
	              "Le référentiel est disponible.\n");
	ck_assert_uint_eq(r->nblocs, 3);
	ck_assert_ptr_null(r->blocs[0].code);
	ck_assert_str_eq(r->blocs[2].title, "Préparer, cuire et dresser des desserts de restaurant");
	rncp_record_free(r);
	r = parse_str("Arrêté du 14 janvier 2016 relatif au titre professionnel de maçon\n\n"
	              "Il est classé au niveau V de la nomenclature des niveaux de formation.\n\n"
	              "Le titre professionnel est composé des quatre unités constitutives qui suivent :\n"
	              "1. Construire des ouvrages en maçonnerie.\n2. Réaliser des enduits et des éléments de finition.\n"
	              "Elles peuvent être sanctionnées par des certificats de compétences professionnelles (CCP).\n");
	ck_assert_uint_eq(r->nblocs, 2);
	ck_assert_str_eq(r->blocs[0].title, "Construire des ouvrages en maçonnerie");
	rncp_record_free(r);
	/* a CCP's name in guillemets is no title */
	r = parse_str("Arrêté du 14 janvier 2016 relatif au titre professionnel de maçon\n\n"
	              "Il est classé au niveau V de la nomenclature des niveaux de formation et dans le domaine "
	              "d'activité 232 s (code NSF).\n"
	              "Le certificat de compétences professionnelles n° 3 « Réaliser des ouvrages en béton armé coffrés "
	              "en traditionnel » est commun aux titres de Maçon et de Coffreur bancheur.\n");
	ck_assert_str_eq(r->title, "maçon");
	rncp_record_free(r);
	/* since 2019: the framework's level; the article a list's item */
	r = parse_str("Arrêté du 8 avril 2019\n\n  \xE2\x80\xA2 Le titre professionnel de cuisinier est révisé. Il est "
	              "enregistré dans le répertoire national des certifications professionnelles pour une durée de "
	              "cinq ans. Il est classé au niveau 3 du cadre national des certifications professionnelles et dans "
	              "le domaine d'activité 221t (code NSF).\n");
	ck_assert_str_eq(r->title, "cuisinier");
	ck_assert_int_eq(r->level_eu, 3);
	ck_assert_str_eq(r->nsf[0].code, "221t");
	rncp_record_free(r);
}
END_TEST

/* a CNCP fiche's English version: no "Intitulé", the title right under
 * the page's head */
START_TEST(t_cncp_english_title)
{
	rncp_record *r = parse_str("Supplément descriptif du certificat\n\nLe Répertoire National des "
	                           "Certifications Professionnelles (RNCP) Code RNCP : 27814\n\n\n"
	                           "Culinary arts and catering manager\n\nRésumé du référentiel d'emploi ou "
	                           "éléments de compétence acquis\n\nCulinary arts managers perform the duties of chefs.\n");
	ck_assert_str_eq(r->code, "RNCP27814");
	ck_assert_str_eq(r->title, "Culinary arts and catering manager");
	rncp_record_free(r);
}
END_TEST

START_TEST(t_code_wrapped)
{
	/* a narrow page wraps the heading before the code's number */
	rncp_record *r = parse_str("Résumé descriptif de la certification Code RNCP\n: 14392\nIntitulé\nTechnicien\n");
	ck_assert_str_eq(r->code, "RNCP14392");
	rncp_record_free(r);
	r = parse_str("Résumé descriptif de la certification Code RNCP :\n14392\nIntitulé\nTechnicien\n");
	ck_assert_str_eq(r->code, "RNCP14392");
	rncp_record_free(r);
	/* a blank line between them */
	r = parse_str("Résumé descriptif de la certification Code RNCP :\n\n14392\nIntitulé\nTechnicien\n");
	ck_assert_str_eq(r->code, "RNCP14392");
	rncp_record_free(r);
}
END_TEST

/* the code written in other ways, before another fiche's bloc codes */
START_TEST(t_code_spellings)
{
	static const char *const heads[] = {"Numéro de fiche : RNCP 99001", "Numéro de la fiche : RNCP99001",
	                                    "Fiche RNCP n° 99001", "N° de fiche\nRNCP-99001",
	                                    "N° de fiche\nRNCP n° 99001"};
	char text[512];
	size_t i;

	for (i = 0; i < sizeof(heads) / sizeof(heads[0]); i++) {
		rncp_record *r;
		snprintf(text, sizeof(text), "%s\nNiveau 6\nRNCP99002BC01 - Concevoir\nListe de compétences\n", heads[i]);
		r = parse_str(text);
		ck_assert_msg(r->code != NULL && strcmp(r->code, "RNCP99001") == 0, "%s: %s", heads[i],
		              r->code ? r->code : "(null)");
		rncp_record_free(r);
	}
}
END_TEST

START_TEST(t_levels_1969)
{
	static const struct { const char *text; int eu; const char *old; } t[] = {
	    {"Code RNCP : 12345\nNiveau et/ou domaine d'activité\nIII (Nomenclature de 1969)\n", 5, "III"},
	    {"Code RNCP : 12345\nNiveau IV (Nomenclature de 1969)\n", 4, "IV"},
	    {"Code RNCP : 12345\nV (Nomenclature de 1969)\n", 3, "V"},
	    /* the oldest fiches' year of the same levels */
	    {"Code RNCP : 12345\nNiveau et/ou domaine d'activité\nV (Nomenclature de 1967)\n", 3, "V"},
	    {"Code RNCP : 12345\nI (Nomenclature de 1969)\n7 (Nomenclature Europe)\n", 7, "I"},
	    {"Code RNCP : 12345\nNomenclature du niveau de qualification : Niveau 6\n", 6, NULL},
	    {"RNCP40879Niveau NIV4\nCode(s) NSF : 324 Secrétariat\n", 4, NULL},
	    {"Code RNCP : 12345\nlll (Nomenclature de 1969)\n", 5, "III"}, /* OCR */
	    /* a scan's OCR dropped, merged or doubled I's: the European
	     * level's; not in I's, as printed */
	    {"Code RNCP : 12345\nII (Nomenclature de 1969)\n5 (Nomenclature Europe)\n", 5, "III"},
	    {"Code RNCP : 12345\nIII (Nomenclature de 1969)\n6 (Nomenclature Europe)\n", 6, "II"},
	    {"Code RNCP : 12345\nII (Nomenclature de 1969)\n8 (Nomenclature Europe)\n", 8, "I"},
	    {"Code RNCP : 12345\nI (Nomenclature de 1969)\n8 (Nomenclature Europe)\n", 8, "I"},
	    {"Code RNCP : 12345\nI (Nomenclature de 1969)\n5 (Nomenclature Europe)\n", 5, "III"},
	    {"Code RNCP : 12345\nIV (Nomenclature de 1969)\n5 (Nomenclature Europe)\n", 5, "IV"},
	    /* the 1969 level unreadable, the European one's digit lost: the
	     * level all the registrations of the history state; none when
	     * they state two */
	    {"Code RNCP : 12345\nCode(s) NSF : 326 Informatique\nIT (Nomenclature de 1969)\n(Nomenclature Europe)\n"
	     "Enregistrement pour cinq ans, au niveau Ill, sous l'intitulé \"Technicien\"\n"
	     "Enregistrement pour cinq ans, au niveau III, code NSF 326r sous l'intitulé \"Technicien\"\n",
	     5, "III"},
	    /* or in strokes of I but not as many, the European level's line
	     * there but its digit not read; not without that line */
	    {"Code RNCP : 12345\nCode(s) NSF : 326 Informatique\nI (Nomenclature de 1969)\n° (Nomenclature Europe)\n"
	     "Enregistrement pour cinq ans, au niveau III, sous l'intitulé \"Technicien\"\n", 5, "III"},
	    {"Code RNCP : 12345\nCode(s) NSF : 326 Informatique\nI (Nomenclature de 1969)\n"
	     "Enregistrement pour cinq ans, au niveau III, sous l'intitulé \"Technicien\"\n", 7, "I"},
	    {"Code RNCP : 12345\nCode(s) NSF : 326 Informatique\nIT (Nomenclature de 1969)\n(Nomenclature Europe)\n"
	     "Enregistrement pour cinq ans, au niveau IV, sous l'intitulé \"Technicien\"\n"
	     "Enregistrement pour cinq ans, au niveau III, code NSF 326r sous l'intitulé \"Technicien\"\n",
	     0, NULL},
	    {"Code RNCP : 12345\nNiveau européen : 6\n", 6, NULL},
	    {"Code RNCP : 12345\nNiveau européen (CEC) : niveau 7\n", 7, NULL},
	    {"Code RNCP : 12345\nNomenclature du niveau de qualification\nNiveau 6 - Licence\n", 6, NULL},
	    /* a référentiel's head, the framework named, after another label */
	    {"Code RNCP : 12345\nSigle du titre professionnel : MUM Niveau : 5 (Cadre national des certifications 2019)\n",
	     5, NULL},
	    /* a language's level, a date: no level */
	    {"Code RNCP : 12345\nCode(s) NSF : 326 Informatique\nNiveau européen de langue B2\nNiveau 6 - 12:30\n", 0,
	     NULL},
	};
	size_t i;

	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		rncp_record *r = parse_str(t[i].text);
		ck_assert_msg(r->level_eu == t[i].eu, "%zu: eu %d", i, r->level_eu);
		if (t[i].old)
			ck_assert_str_eq(r->level_old, t[i].old);
		else
			ck_assert_ptr_null(r->level_old);
		rncp_record_free(r);
	}
}
END_TEST

START_TEST(t_rome_lists)
{
	rncp_record *r = parse_str(
	    "Code RNCP : 12345\nCode(s) ROME :\n- M1810 - Production et exploitation de systèmes d''information\n"
	    "- 11401 - \n• M18O1 : Administration\nRéférences juridiques :\n- M1802 - Pas une liste\n");
	ck_assert_uint_eq(r->nrome, 3);
	ck_assert_str_eq(r->rome[0].code, "M1810");
	ck_assert_str_eq(r->rome[0].label, "Production et exploitation de systèmes d'information");
	ck_assert_str_eq(r->rome[1].code, "I1401");
	/* no label in the fiche: the ROME table's */
	ck_assert_str_eq(r->rome[1].label, "Maintenance informatique et bureautique");
	ck_assert_str_eq(r->rome[2].code, "M1801");
	ck_assert_str_eq(r->rome[2].label, "Administration");
	rncp_record_free(r);

	/* numbered, lettered, or after an em dash */
	r = parse_str("Code RNCP : 12345\nCode(s) ROME :\n1. M1810 - Production\n"
	              "\xE2\x80\x94 I1401 - Maintenance\nb) M1801 - Administration\n"
	              "Références juridiques :\n");
	ck_assert_uint_eq(r->nrome, 3);
	ck_assert_str_eq(r->rome[0].code, "M1810");
	ck_assert_str_eq(r->rome[1].code, "I1401");
	ck_assert_str_eq(r->rome[2].code, "M1801");
	ck_assert_str_eq(r->rome[2].label, "Administration");
	rncp_record_free(r);

	/* each code alone, its label on the next line (a blank line between
	 * them aside); a sentence is no label */
	r = parse_str("Code RNCP : 12345\nCode(s) ROME :\nM1801\nAdministration des SI\nM1810 :\n\n"
	              "Production et exploitation\nM18O4 :\n\xC3\x89tudes et d\xC3\xA9veloppement\n"
	              "I1401\nLe titulaire exerce. Il g\xC3\xA8re.\n"
	              "Code(s) NSF :\n326n\nInformatique, traitement\n");
	ck_assert_uint_eq(r->nrome, 4);
	ck_assert_str_eq(r->rome[0].label, "Administration des SI");
	ck_assert_str_eq(r->rome[1].code, "M1810");
	ck_assert_str_eq(r->rome[1].label, "Production et exploitation");
	ck_assert_str_eq(r->rome[2].code, "M1804"); /* OCR's O for 0 */
	ck_assert_str_eq(r->rome[2].label, "Études et développement");
	ck_assert_str_eq(r->rome[3].label, "Maintenance informatique et bureautique");
	ck_assert_uint_eq(r->nnsf, 1);
	ck_assert_str_eq(r->nsf[0].label, "Informatique, traitement");
	rncp_record_free(r);
}
END_TEST

/* The bullets OCR made of "•" before a code; a bloc code's number
 * misread; a 1969 level misread, given by the European one */
START_TEST(t_ocr_lists)
{
	rncp_record *r = parse_str(
	    "Répertoire spécifique\nN° de fiche\nRS5123\nCode(s) NSF :\n+ _311p : Organisation\n"
	    ". 326n : Informatique\nFormacode(s) :\n+ 31811: Cariste\n*_42866 : Prévention\n"
	    "Code(s) ROME :\n*< M1801 - Administration\n\xC2\xB0 N1302 - Direction\n- 11401 - Maintenance\n");
	ck_assert_uint_eq(r->nnsf, 2);
	ck_assert_str_eq(r->nsf[0].code, "311p");
	ck_assert_str_eq(r->nsf[1].code, "326n");
	ck_assert_uint_eq(r->nformacodes, 2);
	ck_assert_str_eq(r->formacodes[1].code, "42866");
	ck_assert_uint_eq(r->nrome, 3);
	ck_assert_str_eq(r->rome[1].code, "N1302");
	ck_assert_str_eq(r->rome[2].code, "I1401");
	rncp_record_free(r);

	r = parse_str("Répertoire national des certifications professionnelles\nTechnicien\nN° de fiche\n"
	              "RNCP99001\nNomenclature du niveau de qualification : Niveau 6\n"
	              "RNCP99001BCO02 - Piloter les flux\nListe de compétences\nModalités d'évaluation\n"
	              "Planifier l'activité\nÉtude de cas\n");
	ck_assert_uint_eq(r->nblocs, 1);
	ck_assert_str_eq(r->blocs[0].code, "RNCP99001BC02");
	ck_assert_str_eq(r->blocs[0].title, "Piloter les flux");
	rncp_record_free(r);

	r = parse_str("Code RNCP : 12345\nNiveau et/ou domaine d'activité\nIT (Nomenclature de 1969)\n"
	              "5 (Nomenclature Europe)\n");
	ck_assert_int_eq(r->level_eu, 5);
	ck_assert_str_eq(r->level_old, "III");
	rncp_record_free(r);
	/* not without the European level */
	r = parse_str("Code RNCP : 12345\nNiveau et/ou domaine d'activité\nIT (Nomenclature de 1969)\n"
	              "Code(s) ROME :\n- M1801 - Administration\n");
	ck_assert_ptr_null(r->level_old);
	rncp_record_free(r);
}
END_TEST

START_TEST(t_nsf_formacode)
{
	static const char *const heads[] = {"Codes) NSF :", "Code(s NSF :"}; /* OCR's */
	size_t i;
	rncp_record *r;

	for (i = 0; i < sizeof(heads) / sizeof(heads[0]); i++) {
		char text[256];
		snprintf(text, sizeof(text),
		         "Code RNCP : 12345\nNomenclature du niveau de qualification : Niveau 5\n%s\n\n"
		         "326r Assistance informatique\n",
		         heads[i]);
		r = parse_str(text);
		ck_assert_msg(r->nnsf == 1 && strcmp(r->nsf[0].code, "326r") == 0, "%s", heads[i]);
		rncp_record_free(r);
	}
	r = parse_str(
	    "Code RNCP : 12345\nCode(s) NSF :\n  • 326r : Assistance informatique\n331 Santé\n"
	    "324Secrétariat, bureautique\n999 : Inconnu\nFormacode(s) :\n310 81 : Gestion parc\n24220 : Réseau\n");
	ck_assert_uint_eq(r->nnsf, 3);
	ck_assert_str_eq(r->nsf[0].code, "326r");
	ck_assert_str_eq(r->nsf[1].code, "331");
	ck_assert_str_eq(r->nsf[1].label, "Santé");
	ck_assert_str_eq(r->nsf[2].code, "324");
	ck_assert_str_eq(r->nsf[2].label, "Secrétariat, bureautique");
	ck_assert_uint_eq(r->nformacodes, 2);
	ck_assert_str_eq(r->formacodes[0].code, "31081");
	rncp_record_free(r);

	/* a legacy fiche's codes on one line, a comma apart, no colon; a
	 * number inside a label ("niveau 3") or an unknown group starts none */
	r = parse_str("Résumé descriptif de la certification Code RNCP : 4567\nCode(s) NSF : \n"
	              "326 Informatique, traitement de l'information, réseaux de transmission, "
	              "310 Spécialités plurivalentes des échanges et de la gestion\n"
	              "Formacode(s) : \nCodes des fiches ROME les plus proches : \n"
	              "M1802 : Expertise et support en systèmes d'information, M1803 Direction des systèmes "
	              "d'information\nK2111 Formation, niveau 3, 999 Inconnu\n");
	ck_assert_uint_eq(r->nnsf, 2);
	ck_assert_str_eq(r->nsf[0].code, "326");
	ck_assert_str_eq(r->nsf[0].label, "Informatique, traitement de l'information, réseaux de transmission");
	ck_assert_str_eq(r->nsf[1].code, "310");
	ck_assert_str_eq(r->nsf[1].label, "Spécialités plurivalentes des échanges et de la gestion");
	ck_assert_uint_eq(r->nrome, 3);
	ck_assert_str_eq(r->rome[0].label, "Expertise et support en systèmes d'information");
	ck_assert_str_eq(r->rome[1].code, "M1803");
	ck_assert_str_eq(r->rome[2].label, "Formation, niveau 3, 999 Inconnu");
	rncp_record_free(r);
}
END_TEST

/* A scan's OCR of the certifiers' table: its rules read as characters
 * ("(Siret", a SIRET's "|" as 1), its header garbled but for "Nom légal",
 * a row ended with a colon. */
START_TEST(t_certifiers_scan)
{
#define CESI_ROW(siret) "| CESI " siret " |CESI Ecole d'Ingénieurs | https:/Awww.cesi.fr/ |\n\n"
#define OBJECTIFS "Objectifs et contexte de la certification :\n"
	static const char *const hc = "HAUT COMMISSARIAT DE LA REPUBLIQUE EN POLYNESIE FRANCAISE";
	static const struct {
		const char *text, *name, *siret; /* name NULL: no certifier */
	} t[] = {
	    {"Nom légal (Siret Nom commercial | Site internet |\n\n"
	     " CESI 177572257201109 x (CESI Ecole d'Ingénieurs cu | https:/www.cesi.fr/ ]\n" OBJECTIFS,
	     "CESI", "77572257201109"},
	    {"Nom légal TR ETS SE ee Nom SRE\n| | commercial internet\n"
	     "HAUT COMMISSARIAT DE LA 17987301300017 | - |:\n\nREPUBLIQUE EN POLYNESIE\n FRANCAISE\n\n" OBJECTIFS,
	     hc, "17987301300017"},
	    /* the header garbled beyond words: the rows with a SIRET that
	     * passes the Luhn check over the objectives, the rules about
	     * their cells left out */
	    {"omtécan (Ge JNomcommerdal  [Siteintemet\n" CESI_ROW("77572257201109") OBJECTIFS, "CESI",
	     "77572257201109"},
	    {"Nom légal Siret a Nom commercial | Site internet\n"
	     "CESI .77572257201109 CESI Ecole d'Ingénieurs  https://mww.cesi.fr/\n\n" OBJECTIFS,
	     "CESI", "77572257201109"},
	    {"Non fépal nn ad dre le [Nom ;\n| | commercial\nHAUT COMMISSARIAT DE LA :17987301300017 | -\n\n"
	     "| REPUBLIQUE EN POLYNESIE | |\n\n FRANCAISE\n\n" OBJECTIFS,
	     hc, "17987301300017"},
	    /* the 14 digits beside the extra one fail the Luhn check: no
	     * SIRET; a garbled header over no SIRET that passes it, or no
	     * objectives' heading to bound the search: no table */
	    {"Nom légal (Siret Nom commercial | Site internet |\n\n"
	     " CESI 177572257201108 x (CESI Ecole d'Ingénieurs cu | https:/www.cesi.fr/ ]\n" OBJECTIFS,
	     NULL, NULL},
	    {"Nom légal TR ETS SE ee Nom SRE\n| | commercial internet\n"
	     "HAUT COMMISSARIAT DE LA 17987301300018 | - |:\n\n" OBJECTIFS,
	     NULL, NULL},
	    {"omtécan (Ge JNomcommerdal  [Siteintemet\n" CESI_ROW("77572257201109"), NULL, NULL},
	    {"omtécan (Ge JNomcommerdal  [Siteintemet\n" CESI_ROW("77572257201108") OBJECTIFS, NULL, NULL},
	};
#undef CESI_ROW
#undef OBJECTIFS
	size_t i;

	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		char text[512];
		rncp_record *r;
		snprintf(text, sizeof(text), "N° de fiche\nRNCP99001\n%s", t[i].text);
		r = parse_str(text);
		if (t[i].name == NULL) {
			ck_assert_msg(r->ncertifiers == 0, "%zu: %zu certifiers", i, r->ncertifiers);
		} else {
			ck_assert_msg(r->ncertifiers == 1, "%zu: %zu certifiers", i, r->ncertifiers);
			ck_assert_str_eq(r->certifiers[0].name, t[i].name);
			ck_assert_str_eq(r->certifiers[0].siret, t[i].siret);
		}
		rncp_record_free(r);
	}
}
END_TEST

/* a scan's table of two certifiers whose names wrap: the second row's
 * SIRET after marks OCR read of a speck ("_."), its name's last line
 * after a speck read as a colon */
START_TEST(t_certifiers_scan_two)
{
	rncp_record *r = parse_str("N° de fiche\nRNCP99001\nNom légal Siret Nom  (Siteinternet\n| commercial\n\n"
	                           "INSTITUT SUPERIEUR DU 43815697600021 ISNM https:-/www.isnm.example\n\n"
	                           "NUMERIQUE ET DU |\n\nMANAGEMENT |\n\n"
	                           "ASSOCIATION POUR LE _.81250715200013 -\nDEVELOPPEMENT DES\nCOMPETENCES |\n\n"
	                           ": NUMERIQUES |\n\nObjectifs et contexte de la certification :\nTexte.\n");
	ck_assert_uint_eq(r->ncertifiers, 2);
	ck_assert_str_eq(r->certifiers[0].name, "INSTITUT SUPERIEUR DU NUMERIQUE ET DU MANAGEMENT");
	ck_assert_str_eq(r->certifiers[1].name, "ASSOCIATION POUR LE DEVELOPPEMENT DES COMPETENCES NUMERIQUES");
	ck_assert_str_eq(r->certifiers[1].siret, "81250715200013");
	rncp_record_free(r);
}
END_TEST

/* pdftotext's reading of a printed table of two certifiers whose names
 * wrap over more lines than their other cells: the first row's address
 * after its name, then the second name's four lines, its empty cell's
 * "-" and its SIRET */
START_TEST(t_certifiers_pdf_two)
{
	rncp_record *r = parse_str("N° de fiche\nRNCP99001\nNom légal\n\nSiret\n\nNom\nSite internet\ncommercial\n\n"
	                           "INSTITUT SUPERIEUR DU 43815697600021 ISNM\nNUMERIQUE ET DU\nMANAGEMENT\n\n"
	                           "https://www.isnm.example\n\nASSOCIATION POUR LE\nDEVELOPPEMENT DES\nCOMPETENCES\n"
	                           "NUMERIQUES\n\n-\n\n81250715200013 -\n\n"
	                           "Objectifs et contexte de la certification :\nTexte.\n");
	ck_assert_uint_eq(r->ncertifiers, 2);
	ck_assert_str_eq(r->certifiers[0].name, "INSTITUT SUPERIEUR DU NUMERIQUE ET DU MANAGEMENT");
	ck_assert_str_eq(r->certifiers[0].siret, "43815697600021");
	ck_assert_str_eq(r->certifiers[1].name, "ASSOCIATION POUR LE DEVELOPPEMENT DES COMPETENCES NUMERIQUES");
	ck_assert_str_eq(r->certifiers[1].siret, "81250715200013");
	rncp_record_free(r);
}
END_TEST

/* html2text sets a row's cells in the middle of the row: a certifier
 * whose name wraps over three lines has its SIRET on the second; and a
 * name PDF text cut at a hyphen before its row's line */
START_TEST(t_certifiers_centred)
{
	rncp_record *r = parse_str("N° de fiche\nRNCP99001\n"
	                           "Nom légal             Siret          Nom commercial Site internet\n"
	                           "INSTITUT SUPERIEUR DU\n"
	                           "NUMERIQUE ET DU        43815697600021 ISNM           https://www.isnm.example\n"
	                           "MANAGEMENT\nASSOCIATION POUR LE\n"
	                           "DEVELOPPEMENT DES      81250715200013 -              -\n"
	                           "COMPETENCES NUMERIQUES\n"
	                           "**** Objectifs et contexte de la certification : ****\nTexte.\n");
	ck_assert_uint_eq(r->ncertifiers, 2);
	ck_assert_str_eq(r->certifiers[0].name, "INSTITUT SUPERIEUR DU NUMERIQUE ET DU MANAGEMENT");
	ck_assert_str_eq(r->certifiers[0].siret, "43815697600021");
	ck_assert_str_eq(r->certifiers[1].name, "ASSOCIATION POUR LE DEVELOPPEMENT DES COMPETENCES NUMERIQUES");
	rncp_record_free(r);
	r = parse_str("N° de fiche\nRNCP99001\nNom légal SIRET Nom commercial Site internet\n"
	              "ECOLE SUPERIEURE DES METIERS DU TRANSPOR-\nT 12345678900017 ESMT https://x.example\n"
	              "Objectifs et contexte de la certification :\nTexte.\n");
	ck_assert_uint_eq(r->ncertifiers, 1);
	ck_assert_str_eq(r->certifiers[0].name, "ECOLE SUPERIEURE DES METIERS DU TRANSPORT");
	rncp_record_free(r);
	/* html2text's: a name's line above the SIRET beside the site's
	 * first piece; links': the last row's name a line longer below its
	 * SIRET than above, nothing after it */
	r = parse_str("N° de fiche\nRNCP41287\n"
	              "Nom légal             Siret          Nom commercial  Site internet\n"
	              "GROUPEMENT\nD'INTERET PUBLIC\n"
	              "FORMATION CONTINUE ET                                 https://www.fcip-\n"
	              "INSERTION              18440004300016 GIP FCIP Nantes nantes.example\n"
	              "PROFESSIONNELLE DE\nL'ACADEMIE DE\nNANTES\n"
	              "**** Objectifs et contexte de la certification : ****\nTexte.\n");
	ck_assert_uint_eq(r->ncertifiers, 1);
	ck_assert_str_eq(r->certifiers[0].name, "GROUPEMENT D'INTERET PUBLIC FORMATION CONTINUE ET INSERTION "
	                                        "PROFESSIONNELLE DE L'ACADEMIE DE NANTES");
	rncp_record_free(r);
	r = parse_str("N° de fiche\nRNCP41287\n"
	              "   Nom légal                       Siret          Nom commercial  Site internet\n"
	              "   ECOLE NATIONALE DE LA\n"
	              "   PREVENTION DES RISQUES ET DE LA 77558812900012 ENPRS           https://www.enprs.example\n"
	              "   SECURITE\n"
	              "   GROUPEMENT D'INTERET PUBLIC\n"
	              "   FORMATION CONTINUE ET INSERTION 18440004300016 GIP FCIP Nantes https://www.fcip-nantes.example\n"
	              "   PROFESSIONNELLE DE L'ACADEMIE\n   DE NANTES\n\n"
	              "  Objectifs et contexte de la certification :\n\n   Texte.\n");
	ck_assert_uint_eq(r->ncertifiers, 2);
	ck_assert_str_eq(r->certifiers[0].name, "ECOLE NATIONALE DE LA PREVENTION DES RISQUES ET DE LA SECURITE");
	ck_assert_str_eq(r->certifiers[1].name, "GROUPEMENT D'INTERET PUBLIC FORMATION CONTINUE ET INSERTION "
	                                        "PROFESSIONNELLE DE L'ACADEMIE DE NANTES");
	rncp_record_free(r);
}
END_TEST

/* pdftotext's and html2text's lines wrapped before a row's SIRET: the
 * name on its lines, the SIRET opening the next; and a page's title a
 * dump wrapped above the status line */
START_TEST(t_certifiers_wrapped_before_siret)
{
	rncp_record *r = parse_str("Répertoire national des certifications professionnelles\n"
	                           "Technicien supérieur en maintenance des systèmes de production industrielle\n"
	                           "automatisés\nActive\nN° de fiche\nRNCP38421\nNiveau 5\n"
	                           "Nom légal SIRET Nom commercial Site internet\n"
	                           "MINISTERE DE L'ENSEIGNEMENT SUPERIEUR ET DE LA RECHERCHE\n"
	                           "11004401300040 - https://www.enseignementsup-recherche.gouv.fr\n"
	                           "ASSOCIATION NATIONALE POUR LA FORMATION PROFESSIONNELLE DES\n"
	                           "ADULTES 82422814200017 AFPA https://www.afpa.fr\n"
	                           "UNION DES INDUSTRIES ET METIERS DE LA METALLURGIE - - -\n\n"
	                           "Objectifs et contexte de la certification :\nTexte.\n");
	ck_assert_str_eq(r->title,
	                 "Technicien supérieur en maintenance des systèmes de production industrielle automatisés");
	ck_assert_uint_eq(r->ncertifiers, 3);
	ck_assert_str_eq(r->certifiers[0].name, "MINISTERE DE L'ENSEIGNEMENT SUPERIEUR ET DE LA RECHERCHE");
	ck_assert_str_eq(r->certifiers[0].siret, "11004401300040");
	ck_assert_str_eq(r->certifiers[1].name, "ASSOCIATION NATIONALE POUR LA FORMATION PROFESSIONNELLE DES ADULTES");
	ck_assert_ptr_null(r->certifiers[2].siret);
	rncp_record_free(r);
}
END_TEST

/* Bloc b of r holds n skills, the k-th s. */
static void
ck_skill(const rncp_record *r, size_t b, size_t n, size_t k, const char *s)
{
	ck_assert_uint_eq(r->blocs[b].nskills, n);
	ck_assert_str_eq(r->blocs[b].skills[k], s);
}

/* A scan's OCR read a table's rule as a bar before a line's text, the
 * line's only bar: the bar is no part of the text. */
START_TEST(t_ocr_rule_bar)
{
	rncp_record *r = parse_str("RNCP40864 - Gestionnaire\nNiveau 5\n\n"
	                           "RNCP40864BC01 - Déployer un parc informatique\n\n"
	                           "Liste de compétences Modalités\n| d'évaluation\n"
	                           "Identifier le système d'exploitation et sa version\n\nÉtude de cas écrite\n\n"
	                           "RNCP40864BC02 - Administrer un parc\n\nListe de compétences Modalités\n"
	                           "d'évaluation\n| Installer les services réseaux\n\nÉtude de cas\n\n"
	                           "Secteurs d'activités :\nInformatique\n");
	ck_assert_uint_eq(r->nblocs, 2);
	ck_skill(r, 0, 1, 0, "Identifier le système d'exploitation et sa version");
	ck_skill(r, 1, 1, 0, "Installer les services réseaux");
	rncp_record_free(r);
}
END_TEST

/* PDF tables that keep one skill of each bloc, as a scan's OCR or
 * html2text's --cells reads them: the table's rules as bars, its header's
 * lines out of order or under the skill.  A line under each heading that
 * opens a skill of the fiche-wide list, in order from its first, gives
 * each bloc the list's skills up to the next one's. */
static const char anchored_text[] =
	    "RNCP40864 - Gestionnaire en maintenance\n"
	    "Niveau 5\n"
	    "\n"
	    "Compétences attestées :\n"
	    "\n"
	    "Identifier le système d'exploitation et sa version en ayant repéré les caractéristiques\n"
	    "Déterminer la méthode de déploiement du système d'exploitation sur les appareils\n"
	    "Installer les fonctionnalités des services réseaux des serveurs de l'entreprise\n"
	    "Contrôler la conformité de l'installation logicielle et de ses mises à jour\n"
	    "Décrire les caractéristiques des différents périphériques existants\n"
	    "Paramétrer les différents services réseaux des serveurs selon les besoins\n"
	    "Définir les droits d'accès aux données en considérant l'organigramme\n"
	    "Configurer les accès sécurisés aux outils collaboratifs de l'entreprise\n"
	    "\n"
	    "RNCP40864BC01 - Déployer un parc informatique\n"
	    "\n"
	    "SRE EM OO ENTER TENTE\n"
	    "Modalités |\n"
	    "d'évaluation |\n"
	    "\n"
	    "| Identifier le système d'exploitation et sa version en ayant el |\n"
	    "Liste de compétences\n"
	    "\n"
	    "Application professionnelle (réelle ou simulée) sur la base d'un déploiement\n"
	    "\n"
	    "RNCP40864BC02 - Administrer un parc informatique\n"
	    "\n"
	    "Liste de compétences Modalités\n"
	    "\n"
	    "| | d'évaluation |\n"
	    "Installer les fonctionnalités des services réseaux des serveurs de\n"
	    "l'entreprise\n"
	    "\n"
	    "Application professionnelle (réelle ou simulée) sur la base de l'installation\n"
	    "\n"
	    "Secteurs d'activités :\n"
	    "Informatique\n";

/* s with its first "from" put as "to" (malloc'd) */
static char *
replaced(const char *s, const char *from, const char *to)
{
	const char *at = strstr(s, from);
	size_t n = strlen(s) - strlen(from) + strlen(to) + 1;
	char *out = malloc(n);

	ck_assert_ptr_nonnull(at);
	ck_assert_ptr_nonnull(out);
	snprintf(out, n, "%.*s%s%s", (int)(at - s), s, to, at + strlen(from));
	return out;
}

START_TEST(t_ocr_anchored_blocs)
{
	rncp_record *r = parse_str(anchored_text);
	char *swapped, *lost, *lost3;

	ck_assert_uint_eq(r->nblocs, 2);
	ck_skill(r, 0, 2, 0, "Identifier le système d'exploitation et sa version en ayant repéré les caractéristiques");
	ck_skill(r, 1, 6, 5, "Configurer les accès sécurisés aux outils collaboratifs de l'entreprise");
	rncp_record_free(r);

	/* the first bloc's line opens the list's third skill: not in order
	 * from the first, the blocs are left as read */
	swapped = replaced(anchored_text, "| Identifier le système d'exploitation et sa version en ayant el |",
	                   "| Installer les fonctionnalités des services réseaux des serveurs |");
	r = parse_str(swapped);
	ck_assert_uint_eq(r->nblocs, 2);
	ck_assert_uint_lt(r->blocs[1].nskills, 6);
	rncp_record_free(r);
	free(swapped);

	/* three blocs, the second's table lost by OCR: the third's bounds
	 * still hold, the first's end is not known */
	lost = replaced(anchored_text, "Installer les fonctionnalités des services réseaux des serveurs de\nl'entreprise\n",
	                "D \xE2\x80\x94\n");
	lost3 = replaced(lost, "Secteurs d'activités :",
	                 "RNCP40864BC03 - Gérer un parc informatique\n\nListe de compétences Modalités\nd'évaluation\n"
	                 "Définir les droits d'accès aux données en considérant l'organigramme\n\nÉtude de cas\n\n"
	                 "Secteurs d'activités :");
	r = parse_str(lost3);
	free(lost);
	free(lost3);
	ck_assert_uint_eq(r->nblocs, 3);
	ck_assert_uint_eq(r->blocs[0].nskills, 1);
	ck_skill(r, 2, 2, 1, "Configurer les accès sécurisés aux outils collaboratifs de l'entreprise");
	rncp_record_free(r);
}
END_TEST

/* A scan's OCR of a table read its right column first: "Modalités
 * d'évaluation", the skills, then "Liste de compétences" over the
 * assessment.  A bloc that holds no skill of the fiche-wide list is read
 * again from its heading: the list's skills along its lines. */
static const char reread_text[] =
	    "RNCP37454 - Technicien supérieur systèmes et réseaux\n"
	    "Niveau 5\n"
	    "\n"
	    "Compétences attestées :\n"
	    "Mettre en service un équipement numérique\n"
	    "Assister les utilisateurs sur leurs équipements numériques\n"
	    "Développer des scripts d'automatisation\n"
	    "Superviser les serveurs Linux\n"
	    "Installer, paramétrer un service sous Linux\n"
	    "\n"
	    "RNCP37454BC01 - Assister les utilisateurs en centre de services\n"
	    "\n"
	    "Liste de compétences Modalités d'évaluation\n"
	    "Mettre en service un équipement numérique Assister les utilisateurs sur\n"
	    "leurs équipements numériques\n"
	    "\n"
	    "1. Mise en situation professionnelle (1h45min)\n"
	    "\n"
	    "RNCP37454BC04 - Certificat complémentaire de spécialisation (CCS)\n"
	    "| Modalités\n"
	    "d'évaluation\n"
	    "\n"
	    "Développer des scripts d'automatisation Superviser les serveurs Linux\n"
	    "Installer, paramétrer un service sous Linux\n"
	    "\n"
	    "Liste de compétences\n"
	    "\n"
	    "1. Mise en situation professionnelle (3h00 min) Le candidat effectue des manipulations sur\n"
	    "des machines virtuelles de serveurs.\n"
	    "\n"
	    "Description des modalités d'acquisition de la certification :\n";

START_TEST(t_ocr_reread_bloc)
{
	rncp_record *r = parse_str(reread_text);

	ck_assert_uint_eq(r->nblocs, 2);
	ck_assert_uint_eq(r->blocs[0].nskills, 2);
	ck_skill(r, 1, 3, 0, "Développer des scripts d'automatisation");
	ck_skill(r, 1, 3, 2, "Installer, paramétrer un service sous Linux");
	rncp_record_free(r);
}
END_TEST

/* A scan's OCR of a table's row, lines of both cells, its rule a bar
 * between them: the skills' cell's words end at the bar. */
static const char barred_cells_text[] =
	    "RNCP37454 - Technicien supérieur systèmes et réseaux\n"
	    "Niveau 5\n"
	    "\n"
	    "Compétences attestées :\n"
	    "Maintenir et exploiter le réseau local et la téléphonie\n"
	    "Sécuriser les accès à Internet\n"
	    "Maintenir et exploiter un environnement virtualisé\n"
	    "\n"
	    "RNCP37454BC02 - Maintenir, exploiter et sécuriser une infrastructure centralisée\n"
	    "Liste de compétences Modalités d'évaluation\n"
	    "\n"
	    "Maintenir et exploiter le réseau\n"
	    "local et la téléphonie Sécuriser | 1. Mise en situation professionnelle (1h45min) La\n"
	    "\n"
	    "les accès à Internet Maintenir et | mise en situation professionnelle se déroule en deux\n"
	    "exploiter un environnement phases : a) Le candidat effectue des manipulations\n"
	    "\n"
	    "| virtualisé | sur des machines virtuelles de serveurs.\n"
	    "\n"
	    "Description des modalités d'acquisition de la certification :\n";

START_TEST(t_ocr_barred_cells)
{
	rncp_record *r = parse_str(barred_cells_text);

	ck_assert_uint_eq(r->nblocs, 1);
	ck_skill(r, 0, 3, 1, "Sécuriser les accès à Internet");
	ck_skill(r, 0, 3, 2, "Maintenir et exploiter un environnement virtualisé");
	rncp_record_free(r);
}
END_TEST

/* A table's skills run together, after a label and its colon, the next
 * line after a mark OCR misread ("._"): the fiche-wide list's skills
 * along them. */
static const char marked_label_text[] =
	    "RNCP37454 - Technicien supérieur systèmes et réseaux\n"
	    "Niveau 5\n"
	    "\n"
	    "Compétences attestées :\n"
	    "Mettre en service un équipement numérique\n"
	    "Développer des scripts d'automatisation\n"
	    "Superviser les serveurs Linux\n"
	    "Installer, paramétrer un service sous Linux\n"
	    "\n"
	    "RNCP37454BC04 - Certificat complémentaire de spécialisation (CCS)\n"
	    "\n"
	    "Liste de compétences Modalités\n"
	    "d'évaluation\n"
	    "Administrer les serveurs Linux : Développer des scripts d'automatisation\n"
	    "._Superviser les serveurs Linux Installer, paramétrer un service sous\n"
	    "Linux\n"
	    "\n"
	    "1. Mise en situation professionnelle (3h00 min) Le candidat effectue des manipulations.\n"
	    "\n"
	    "Description des modalités d'acquisition de la certification :\n";

START_TEST(t_ocr_marked_label)
{
	rncp_record *r = parse_str(marked_label_text);

	ck_assert_uint_eq(r->nblocs, 1);
	ck_skill(r, 0, 3, 0, "Développer des scripts d'automatisation");
	ck_skill(r, 0, 3, 1, "Superviser les serveurs Linux");
	ck_skill(r, 0, 3, 2, "Installer, paramétrer un service sous Linux");
	rncp_record_free(r);
}
END_TEST

START_TEST(t_certifiers)
{
	rncp_record *r = parse_str(
	    "L'essentiel\nNom légal | Siret | Nom commercial | Site internet |\n---|---|---|---|\n"
	    "CESI | 77572257201109 | CESI Ecole | https://cesi.fr |\nAUTRE | - | - | - |\nObjectifs :\n");
	ck_assert_uint_eq(r->ncertifiers, 2);
	ck_assert_str_eq(r->certifiers[0].name, "CESI");
	ck_assert_str_eq(r->certifiers[0].siret, "77572257201109");
	ck_assert_ptr_null(r->certifiers[1].siret);
	rncp_record_free(r);

	r = parse_str("N° de fiche\nRNCP99001\nNom légal SIRET Nom commercial Site internet\n"
	              "ECOLE DES METIERS DU TRANSPORT 77572257201109 ESMT https://x.example\n"
	              "ASSOCIATION 12345678900017 - -\nObjectifs et contexte de la certification :\n");
	ck_assert_uint_eq(r->ncertifiers, 2);
	ck_assert_str_eq(r->certifiers[0].name, "ECOLE DES METIERS DU TRANSPORT");
	ck_assert_str_eq(r->certifiers[1].siret, "12345678900017");
	rncp_record_free(r);
	/* a SIRET said twice: in the legal name after a dash (as the
	 * register writes some schools' names), else the commercial name's
	 * cell */
	r = parse_str("N° de fiche\nRNCP99001\nNom légal SIRET Nom commercial Site internet\n"
	              "ECOLESUP - 77572257201109 77572257201109 ESUP https://x.example\n"
	              "APPRENDRE EN LIGNE 12345678900017 12345678900017 https://y.example\n"
	              "Objectifs et contexte de la certification :\n");
	ck_assert_uint_eq(r->ncertifiers, 2);
	ck_assert_str_eq(r->certifiers[0].name, "ECOLESUP - 77572257201109");
	ck_assert_str_eq(r->certifiers[0].siret, "77572257201109");
	ck_assert_str_eq(r->certifiers[1].name, "APPRENDRE EN LIGNE");
	ck_assert_str_eq(r->certifiers[1].siret, "12345678900017");
	rncp_record_free(r);
	/* the same, the row wrapped between the two (pandoc's 72 columns) */
	r = parse_str("N° de fiche\nRNCP99001\nNom légal SIRET Nom commercial Site internet\n"
	              "ECOLE DES ENERGIES RENOUVELABLES DU LITTORAL - 77572257201109\n"
	              "77572257201109 EERL https://x.example\n"
	              "CAMPUS DU VENT 12345678900017 - -\n"
	              "Objectifs et contexte de la certification :\n");
	ck_assert_uint_eq(r->ncertifiers, 2);
	ck_assert_str_eq(r->certifiers[0].name, "ECOLE DES ENERGIES RENOUVELABLES DU LITTORAL - 77572257201109");
	ck_assert_str_eq(r->certifiers[1].name, "CAMPUS DU VENT");
	rncp_record_free(r);
	/* catdoc's: rows wrapped at 72 columns, the cells' tab lost where
	 * a line broke (a name a bar short of its SIRET's line), a blank
	 * line between rows, or none (a double-spaced text's, undoubled) */
	r = parse_str("L'essentiel\nNomenclature du niveau de qualification : Niveau 6\nNom légal\tSiret\tNom commercial\tSite internet\n\n"
	              "ECOLE NATIONALE DES METIERS DE LA PREVENTION ET DE LA SECURITE\n"
	              "77572257201109\tENMPS\thttps://www.enmps.example\n\n"
	              "GROUPEMENT D'INTERET PUBLIC FORMATION CONTINUE ET INSERTION\n"
	              "PROFESSIONNELLE DE L'ACADEMIE\t12345678900017\tGIP FCIP\nhttps://www.gip.example\n\n"
	              "ASSOCIATION POUR LE DEVELOPPEMENT DES COMPETENCES NUMERIQUES\n"
	              "81250715200013\t-\t-\n\nObjectifs et contexte de la certification :\nx\n");
	ck_assert_uint_eq(r->ncertifiers, 3);
	ck_assert_str_eq(r->certifiers[0].name, "ECOLE NATIONALE DES METIERS DE LA PREVENTION ET DE LA SECURITE");
	ck_assert_str_eq(r->certifiers[0].siret, "77572257201109");
	ck_assert_str_eq(r->certifiers[1].name,
	                 "GROUPEMENT D'INTERET PUBLIC FORMATION CONTINUE ET INSERTION PROFESSIONNELLE DE L'ACADEMIE");
	ck_assert_str_eq(r->certifiers[2].name, "ASSOCIATION POUR LE DEVELOPPEMENT DES COMPETENCES NUMERIQUES");
	ck_assert_str_eq(r->certifiers[2].siret, "81250715200013");
	rncp_record_free(r);
	r = parse_str("L'essentiel\nNomenclature du niveau de qualification : Niveau 6\nNom légal\tSiret\tNom commercial\tSite internet\n"
	              "INSTITUT DU NUMERIQUE\t43815697600021\tISN\nhttps://www.isn.example\n"
	              "ASSOCIATION POUR LE DEVELOPPEMENT DES COMPETENCES NUMERIQUES\n"
	              "81250715200013\t-\t-\nObjectifs et contexte de la certification :\nx\n");
	ck_assert_uint_eq(r->ncertifiers, 2);
	ck_assert_str_eq(r->certifiers[0].name, "INSTITUT DU NUMERIQUE");
	ck_assert_str_eq(r->certifiers[1].name, "ASSOCIATION POUR LE DEVELOPPEMENT DES COMPETENCES NUMERIQUES");
	ck_assert_str_eq(r->certifiers[1].siret, "81250715200013");
	rncp_record_free(r);
	/* a page copying the register's: "Certificateur SIRET" */
	r = parse_str("Certification RNCP37879\nNomenclature Europe Niveau 4\nCertificateurs :\n"
	              "Certificateur SIRET\nMINISTERE DU TRAVAIL 11000007200014\n\nActivités visées :\nx\n");
	ck_assert_uint_eq(r->ncertifiers, 1);
	ck_assert_str_eq(r->certifiers[0].name, "MINISTERE DU TRAVAIL");
	ck_assert_str_eq(r->certifiers[0].siret, "11000007200014");
	rncp_record_free(r);
	/* html2text's: a row wrapped after its address's scheme, which is
	 * no heading for ending with a colon */
	r = parse_str("N° de fiche\nRNCP99001\nNom légal SIRET Nom commercial Site internet\n"
	              "ECOLE DES METIERS DU TRANSPORT 77572257201109 ESMT https:\n//x.example\n"
	              "ASSOCIATION 12345678900017 - -\nObjectifs et contexte de la certification :\n");
	ck_assert_uint_eq(r->ncertifiers, 2);
	ck_assert_str_eq(r->certifiers[1].name, "ASSOCIATION");
	rncp_record_free(r);
	/* pdftotext -layout's: a blank line between the rows, one wrapped */
	r = parse_str("N° de fiche\nRNCP99001\nNom légal SIRET Nom commercial Site internet\n\n"
	              "ECOLE DES METIERS DU TRANSPORT 77572257201109 ESMT\nLogistique https://x.example\n\n"
	              "ASSOCIATION 12345678900017 - -\n\nObjectifs et contexte de la certification :\n");
	ck_assert_uint_eq(r->ncertifiers, 2);
	ck_assert_str_eq(r->certifiers[0].name, "ECOLE DES METIERS DU TRANSPORT");
	ck_assert_str_eq(r->certifiers[1].siret, "12345678900017");
	rncp_record_free(r);
	/* html2text's: its columns counted in bytes, "Nom légal" fills its
	 * own, the header glued */
	r = parse_str("N° de fiche\nRNCP99001\nNom légalSiret          Nom commercial               Site internet\n"
	              "CESI      77572257201109 CESI Ecole d'Ingénieurshttps://www.cesi.fr/\n"
	              "Objectifs et contexte de la certification :\n");
	ck_assert_uint_eq(r->ncertifiers, 1);
	ck_assert_str_eq(r->certifiers[0].name, "CESI");
	ck_assert_str_eq(r->certifiers[0].siret, "77572257201109");
	rncp_record_free(r);
	/* the SIRET in its groups */
	r = parse_str("N° de fiche\nRNCP99001\nNom légal SIRET Nom commercial Site internet\n"
	              "CESI 775 722 572 01109 CESI Ecole d'ingénieurs https://www.cesi.fr\n"
	              "Objectifs et contexte de la certification :\n");
	ck_assert_uint_eq(r->ncertifiers, 1);
	ck_assert_str_eq(r->certifiers[0].name, "CESI");
	ck_assert_str_eq(r->certifiers[0].siret, "77572257201109");
	rncp_record_free(r);
	/* html2text's without -utf8: é four bytes, "Nom légal" cut */
	r = parse_str("N\xC3\x82\xC2\xB0 de fiche\nRNCP99001\n"
	              "Nom l\xC3\x83\xC2\xA9gaSiret          Nom commercial                Site internet\n"
	              "CESI       77572257201109 CESI Ecole d'Ing\xC3\x83\xC2\xA9nieurhttps://www.cesi.fr/\n"
	              "Objectifs et contexte de la certification :\n");
	ck_assert_uint_eq(r->ncertifiers, 1);
	ck_assert_str_eq(r->certifiers[0].name, "CESI");
	ck_assert_str_eq(r->certifiers[0].siret, "77572257201109");
	rncp_record_free(r);
	/* OCR's: a rule read as a bar in the header, a name in capitals
	 * wrapped in its cell, its end under the row */
	r = parse_str("N° de fiche\nRNCP99001\nNom légal |Siret Nom commercial Site internet\n"
	              "CESI 77572257201109 CES! Ecole d'Ingénieurs https://www.cesi.fr/\n\n"
	              "Objectifs et contexte de la certification :\n");
	ck_assert_uint_eq(r->ncertifiers, 1);
	ck_assert_str_eq(r->certifiers[0].name, "CESI");
	ck_assert_str_eq(r->certifiers[0].siret, "77572257201109");
	rncp_record_free(r);
	r = parse_str("N° de fiche\nRNCP99001\nNom légal SIRET Nom commercial Site internet\n"
	              "HAUT COMMISSARIAT DE LA 17987301300017 - -\n\nREPUBLIQUE EN POLYNESIE\n\nFRANCAISE\n\n"
	              "Objectifs et contexte de la certification :\n");
	ck_assert_uint_eq(r->ncertifiers, 1);
	ck_assert_str_eq(r->certifiers[0].name, "HAUT COMMISSARIAT DE LA REPUBLIQUE EN POLYNESIE FRANCAISE");
	ck_assert_str_eq(r->certifiers[0].siret, "17987301300017");
	rncp_record_free(r);
	/* and its columns: an empty cell's "-" one blank after the SIRET */
	r = parse_str("L'essentiel\nNiveau 5\n"
	              " Nom légal                  Siret                   Nom          Site\n"
	              "                                                    commercial   internet\n"
	              " HAUT COMMISSARIAT DE LA    17987301300017 -                     -\n"
	              " REPUBLIQUE                                                       \n\n"
	              "Objectifs et contexte de la certification :\nx\n");
	ck_assert_uint_eq(r->ncertifiers, 1);
	ck_assert_str_eq(r->certifiers[0].name, "HAUT COMMISSARIAT DE LA REPUBLIQUE");
	ck_assert_str_eq(r->certifiers[0].siret, "17987301300017");
	rncp_record_free(r);

	/* letters OCR read for digits: "l" for 1, "O" for 0 (ten digits at
	 * least) */
	r = parse_str("L'essentiel\nNom légal | Siret | Nom commercial | Site internet |\n---|---|---|---|\n"
	              "MINISTERE | l79873013O0017 | - | - |\nAUTRE | lOlOlOlOlOlOlO | - | - |\nObjectifs :\n");
	ck_assert_uint_eq(r->ncertifiers, 2);
	ck_assert_str_eq(r->certifiers[0].siret, "17987301300017");
	ck_assert_ptr_null(r->certifiers[1].siret);
	rncp_record_free(r);
	r = parse_str("N° de fiche\nRNCP99001\nNom légal SIRET Nom commercial Site internet\n"
	              "MINISTERE DE LA SANTE l10O7OO1800012 - -\nObjectifs et contexte de la certification :\n");
	ck_assert_uint_eq(r->ncertifiers, 1);
	ck_assert_str_eq(r->certifiers[0].name, "MINISTERE DE LA SANTE");
	ck_assert_str_eq(r->certifiers[0].siret, "11007001800012");
	rncp_record_free(r);

	/* a row PDF extraction wrapped before its first bar */
	r = parse_str("L'essentiel\nNom légal | Siret | Nom commercial | Site internet |\n---|---|---|---|\n"
	              "HAUT COMMISSARIAT DE LA REPUBLIQUE EN\nPOLYNESIE FRANCAISE | 17987301300017 | - | - |\n"
	              "CNAM | 19753471200017 | - | - |\nObjectifs :\nUn texte\nAUTRE | - | - | - |\n");
	ck_assert_uint_eq(r->ncertifiers, 2);
	ck_assert_str_eq(r->certifiers[0].name, "HAUT COMMISSARIAT DE LA REPUBLIQUE EN POLYNESIE FRANCAISE");
	ck_assert_str_eq(r->certifiers[0].siret, "17987301300017");
	ck_assert_str_eq(r->certifiers[1].name, "CNAM");
	rncp_record_free(r);

	r = parse_str("Résumé descriptif de la certification Code RNCP : 19542\n"
	              "AUTORITÉ RESPONSABLE DE LA CERTIFICATION QUALITÉ DU(ES) SIGNATAIRE(S)\n"
	              "CCI & CAUX Directeur Général\n\nNiveau et/ou domaine d'activité\n");
	ck_assert_uint_eq(r->ncertifiers, 1);
	ck_assert_str_eq(r->certifiers[0].name, "CCI & CAUX");
	rncp_record_free(r);
	/* OCR's '!' for an I at the end of a name in capitals */
	r = parse_str("Résumé descriptif de la certification Code RNCP : 14392\n"
	              "AUTORITÉ RESPONSABLE DE LA CERTIFICATION QUALITÉ DU(ES) SIGNATAIRE(S)\n"
	              "CES! Directeur Général\n\nNiveau et/ou domaine d'activité\n");
	ck_assert_uint_eq(r->ncertifiers, 1);
	ck_assert_str_eq(r->certifiers[0].name, "CESI");
	rncp_record_free(r);

	/* a university's: two authorities a comma apart, their signatories
	 * after; a comma inside a name parts nothing */
	r = parse_str("Résumé descriptif de la certification Code RNCP : 4567\n"
	              "AUTORITÉ RESPONSABLE DE LA CERTIFICATION QUALITÉ DU(ES) SIGNATAIRE(S) DE LA CERTIFICATION\n"
	              "Université Paris-Dauphine, Ministère chargé de l'enseignement supérieur Président de "
	              "l'université Paris-Dauphine, Recteur de l'académie de Paris\n"
	              "Ministère de l'agriculture, de l'agroalimentaire et de la forêt Le ministre\n\n"
	              "Niveau et/ou domaine d'activité\n");
	ck_assert_uint_eq(r->ncertifiers, 3);
	ck_assert_str_eq(r->certifiers[0].name, "Université Paris-Dauphine");
	ck_assert_str_eq(r->certifiers[1].name, "Ministère chargé de l'enseignement supérieur");
	ck_assert_str_eq(r->certifiers[2].name, "Ministère de l'agriculture, de l'agroalimentaire et de la forêt");
	rncp_record_free(r);

	/* the signatory's cell naming the authority again */
	r = parse_str("Résumé descriptif de la certification\nIntitulé\nSecrétaire\n"
	              "Autorité responsable de la certification Qualité du(es) signataire(s) de la certification\n"
	              "SOFIM (services en informatique) SOFIM (services en informatique)\n\n"
	              "Niveau et/ou domaine d'activité\n");
	ck_assert_uint_eq(r->ncertifiers, 1);
	ck_assert_str_eq(r->certifiers[0].name, "SOFIM (services en informatique)");
	rncp_record_free(r);

	/* the page's table (a tab between the cells), its first cell
	 * wrapped by a PDF of the page */
	r = parse_str("Résumé descriptif de la certification Code RNCP : 24581\nIntitulé\nGestionnaire\n"
	              "Autorité responsable de la certification\tQualité du(es) signataire(s)\n"
	              "de la certification\n"
	              "Chambre de commerce et d'industrie de région Normandie - CCI\n"
	              "Formation\tPrésident de la CCI de région\n"
	              "Institut de formation commerciale du Havre (IFCH)\tDirecteur de l'IFCH\n"
	              "Modalités d'élaboration de références :\n");
	ck_assert_uint_eq(r->ncertifiers, 2);
	ck_assert_str_eq(r->certifiers[0].name, "Chambre de commerce et d'industrie de région Normandie - CCI Formation");
	ck_assert_str_eq(r->certifiers[1].name, "Institut de formation commerciale du Havre (IFCH)");
	rncp_record_free(r);
	/* pdftotext's of that page: each cell a paragraph, a name's wrapped */
	r = parse_str("Résumé descriptif de la certification Code RNCP : 24581\nIntitulé\nGestionnaire\n"
	              "Autorité responsable de la certification\n\nQualité du(es) signataire(s) de la\n"
	              "certification\n\nChambre de commerce et d'industrie de région\nNormandie - CCI Formation\n\n"
	              "Président de la CCI de région\n\nInstitut de formation commerciale du Havre (IFCH)\n\n"
	              "Directeur de l'IFCH\n\nModalités d'élaboration de références :\n");
	ck_assert_uint_eq(r->ncertifiers, 2);
	ck_assert_str_eq(r->certifiers[0].name, "Chambre de commerce et d'industrie de région Normandie - CCI Formation");
	ck_assert_str_eq(r->certifiers[1].name, "Institut de formation commerciale du Havre (IFCH)");
	rncp_record_free(r);
	/* pdfminer's: the header's second title after the first name;
	 * odt2txt's double-spaced cells, undoubled: a name wrapped, its
	 * role right under it */
	r = parse_str("Résumé descriptif de la certification Code RNCP : 24581\nIntitulé\nGestionnaire\n"
	              "Autorité responsable de la certification\n\nChambre de commerce de région\n"
	              "Normandie - CCI Formation\n\nQualité du(es) signataire(s) de la\ncertification\n\n"
	              "Président de la CCI de région\n\nInstitut de formation du Havre (IFCH)\n\n"
	              "Directeur de l'IFCH\n\nModalités d'élaboration de références :\n");
	ck_assert_uint_eq(r->ncertifiers, 2);
	ck_assert_str_eq(r->certifiers[0].name, "Chambre de commerce de région Normandie - CCI Formation");
	ck_assert_str_eq(r->certifiers[1].name, "Institut de formation du Havre (IFCH)");
	rncp_record_free(r);
	r = parse_str("Résumé descriptif de la certification Code RNCP : 24581\n\nIntitulé\n\nGestionnaire\n\n"
	              "Autorité responsable de la certification\n\nQualité du(es) signataire(s) de la certification\n\n"
	              "Chambre de commerce de région Normandie - CCI\nFormation\n\nPrésident de la CCI de région\n\n"
	              "Institut de formation du Havre (IFCH)\n\nDirecteur de l'IFCH\n\n"
	              "Modalités d'élaboration de références :\n\nComité\n\nNiveau et/ou domaine d'activité\n\n"
	              "III (Nomenclature de 1969)\n\n5 (Nomenclature Europe)\n\nConvention(s) :\n\nCode(s) NSF :\n\n"
	              "312p Gestion des échanges commerciaux\n\nFormacode(s) :\n\n34588 : Vente\n\n"
	              "Résumé du référentiel d'emploi ou éléments de compétence acquis\n\nLe gestionnaire pilote.\n\n"
	              "Il anime l'équipe.\n\nIl gère l'offre.\n\nIl garantit la rentabilité.\n\n");
	ck_assert_uint_eq(r->ncertifiers, 2);
	ck_assert_str_eq(r->certifiers[0].name, "Chambre de commerce de région Normandie - CCI Formation");
	rncp_record_free(r);
	/* the former site's titres professionnels: the CPC that drew up
	 * the references and its signatory under the authority, no role
	 * on its line: not one name */
	r = parse_str("Résumé descriptif de la certification Code RNCP : 1256\n\nIntitulé\n\nComptable\n\n"
	              "Autorité responsable de la certification Qualité du(es) signataire(s) de la certification\n"
	              "Ministère chargé de l'Emploi\nModalités d'élaboration de références :\n"
	              "CPC Gestion et traitement de l'information\n"
	              "Directeur de l'unité territoriale de la DIRECCTE\n\nNiveau et/ou domaine d'activité\n");
	ck_assert_uint_eq(r->ncertifiers, 1);
	ck_assert_str_eq(r->certifiers[0].name, "Ministère chargé de l'Emploi");
	rncp_record_free(r);
	/* a line of a name and its role, the roles' cell wrapped: the
	 * next role no name, the line no name's start */
	r = parse_str("Résumé descriptif de la certification Code RNCP : 4567\nIntitulé\nLicence\n"
	              "Autorité responsable de la certification Qualité du(es) signataire(s) de la certification\n"
	              "Université Paris-Dauphine, Ministère chargé de l'enseignement supérieur Président de "
	              "l'université Paris-Dauphine,\nRecteur de l'académie de Paris\n\n"
	              "Niveau et/ou domaine d'activité\n");
	ck_assert_uint_eq(r->ncertifiers, 2);
	ck_assert_str_eq(r->certifiers[1].name, "Ministère chargé de l'enseignement supérieur");
	rncp_record_free(r);
	/* lynx's: a role's end wrapped under its line */
	r = parse_str("Résumé descriptif de la certification Code RNCP : 24581\nIntitulé\nGestionnaire\n"
	              "Autorité responsable de la certification Qualité du(es) signataire(s) de la certification\n"
	              "Chambre de commerce de Normandie Président de la CCI\nde région\n"
	              "Institut de formation du Havre (IFCH) Directeur de l'IFCH\n\n"
	              "Modalités d'élaboration de références :\n");
	ck_assert_uint_eq(r->ncertifiers, 2);
	ck_assert_str_eq(r->certifiers[1].name, "Institut de formation du Havre (IFCH)");
	rncp_record_free(r);
	/* get_text()'s: a name's cell glued to its role's */
	r = parse_str("Résumé descriptif de la certification Code RNCP : 24582\nIntitulé\nGestionnaire\n"
	              "Autorité responsable de la certification\nQualité du(es) signataire(s) de la certification\n"
	              "Chambre de métiers de région Bretagne - CMA FormationPrésident de la CMA\n"
	              "Institut des métiers de Brest (IMB)Directeur de l'IMB\n"
	              "Modalités d'élaboration de références :\n");
	ck_assert_uint_eq(r->ncertifiers, 2);
	ck_assert_str_eq(r->certifiers[0].name, "Chambre de métiers de région Bretagne - CMA Formation");
	ck_assert_str_eq(r->certifiers[1].name, "Institut des métiers de Brest (IMB)");
	rncp_record_free(r);
	/* docx2txt's: each cell a line */
	r = parse_str("Résumé descriptif de la certification Code RNCP : 24581\nIntitulé\nGestionnaire\n"
	              "Autorité responsable de la certification\nQualité du(es) signataire(s) de la certification\n"
	              "Chambre de commerce et d'industrie de région Normandie - CCI Formation\n"
	              "Président de la CCI de région\nInstitut de formation commerciale du Havre (IFCH)\n"
	              "Directeur de l'IFCH\nModalités d'élaboration de références :\n");
	ck_assert_uint_eq(r->ncertifiers, 2);
	ck_assert_str_eq(r->certifiers[1].name, "Institut de formation commerciale du Havre (IFCH)");
	rncp_record_free(r);
}
END_TEST

START_TEST(t_inline_code_lists)
{
	/* after the heading without a colon, several on a line, or glued to
	 * their labels; a number inside a label does not start an entry */
	rncp_record *r = parse_str(
	    "Code RNCP : 12345\nCodes NSF 326n | Analyse informatique 326t | Programmation\n"
	    "Code(s) ROME : M1501, M1203\nFormacodes\n\n24054Électrotechnique31624Maintenance industrielle\n"
	    "\nObjectifs : x\n");
	ck_assert_uint_eq(r->nnsf, 2);
	ck_assert_str_eq(r->nsf[1].code, "326t");
	ck_assert_str_eq(r->nsf[1].label, "Programmation");
	ck_assert_uint_eq(r->nrome, 2);
	ck_assert_str_eq(r->rome[1].code, "M1203");
	ck_assert_str_eq(r->rome[1].label, "Comptabilité"); /* the ROME table's */
	ck_assert_uint_eq(r->nformacodes, 2);
	ck_assert_str_eq(r->formacodes[0].label, "Électrotechnique");
	ck_assert_str_eq(r->formacodes[1].code, "31624");
	rncp_record_free(r);

	r = parse_str("Code RNCP : 12345\nCode(s) NSF :\n311uConduite des véhicules\n\n"
	              "Formacode(s) :\n31081 : Gestion parc de 20000 postes\n");
	ck_assert_uint_eq(r->nnsf, 1);
	ck_assert_str_eq(r->nsf[0].code, "311u");
	ck_assert_str_eq(r->nsf[0].label, "Conduite des véhicules");
	ck_assert_uint_eq(r->nformacodes, 1);
	ck_assert_str_eq(r->formacodes[0].label, "Gestion parc de 20000 postes");
	rncp_record_free(r);

	/* a scan's OCR: 7 for r and 5 for s as the function letter */
	r = parse_str("Code RNCP : 12345\nCode(s) NSF :\n2557 : Installation, maintenance en électricité\n"
	              "3115 : Production\n\nFormacode(s) :\n31081 : Gestion parc\n");
	ck_assert_uint_eq(r->nnsf, 2);
	ck_assert_str_eq(r->nsf[0].code, "255r");
	ck_assert_str_eq(r->nsf[0].label, "Installation, maintenance en électricité");
	ck_assert_str_eq(r->nsf[1].code, "311s");
	rncp_record_free(r);
}
END_TEST

START_TEST(t_replaced_by_not_own)
{
	/* the replacing fiche's code, there and repeated under the values,
	 * is not the fiche's; its title is a last resort */
	rncp_record *r = parse_str(
	    "L'essentiel\nCertification\nremplacée par\n\nRNCP39795 - Conducteur routier\n"
	    "Nomenclature\ndu niveau de qualification\nNiveau 3\n\nRNCP39795 - Conducteur routier\n"
	    "Niveau 3\n");
	ck_assert_ptr_null(r->code);
	ck_assert_str_eq(r->title, "Conducteur routier");
	rncp_record_free(r);

	/* the note put between the level's label and its value */
	r = parse_str("L'essentiel\nNomenclature\ndu niveau de qualification\n\nCertification\n"
	              "remplacée par\n\nRNCP41205 - Technicien des installations de levage\n\n"
	              "Niveau 5\nCode(s) NSF\n326r : Informatique\n");
	ck_assert_int_eq(r->level_eu, 5);
	rncp_record_free(r);

	/* a fiche that states its code keeps it */
	r = parse_str("N° de fiche\nRNCP38558\nCertification remplacée par\nRNCP39795 - Conducteur routier\n"
	              "Nomenclature du niveau de qualification : Niveau 3\n");
	ck_assert_str_eq(r->code, "RNCP38558");
	rncp_record_free(r);
}
END_TEST

START_TEST(t_register_tables)
{
	/* a table of register data by its header's cells; the table of a
	 * fiche's predecessors ("Code de la fiche") names other fiches */
	rncp_record *r = parse_str(
	    "Niveau 5\n| Code de la fiche | Intitulé de la certification remplacée |\n|---|---|\n"
	    "| RNCP11111 | Ancien titre |\n\n"
	    "| Code RNCP | Date Fin Enregistrement | Actif / Inactif |\n|---|---|---|\n"
	    "| RNCP39005 | 30/09/2029 | Inactif |\n\n"
	    "Type | Niveau | Certificateur |\n---|---|---|\nTitre | Niveau 4 | ASCENSEURS FORMATION |\n");
	ck_assert_str_eq(r->code, "RNCP39005");
	ck_assert_str_eq(r->expires, "2029-09-30");
	ck_assert_str_eq(r->status, "inactive");
	ck_assert_uint_eq(r->ncertifiers, 1);
	ck_assert_str_eq(r->certifiers[0].name, "ASCENSEURS FORMATION");
	rncp_record_free(r);
}
END_TEST

START_TEST(t_leading_bar_kept)
{
	/* a PDF row's empty first cell ("| RNCP...BC04 - ... |"), with no
	 * Markdown rule, keeps its bar: no bloc of the fiche */
	rncp_record *r = parse_str(
	    "L'essentiel\nNiveau 5\nCode RNCP : 40864\n"
	    "Bloc(s) de compétences concernés | Code et intitulé |\n"
	    "| RNCP34602BC04 - Assurer le support utilisateur |\n");
	ck_assert_uint_eq(r->nblocs, 0);
	rncp_record_free(r);
}
END_TEST

/* The markers a list item opens with, and what is not one */
/* A skill opens with its verb; an assessment or a heading with a noun,
 * some of which end as verbs do */
START_TEST(t_starts_infinitive)
{
	static const struct {
		const char *s;
		int want;
	} t[] = {
	    {"Identifier les besoins", 1}, {"Mettre en œuvre", 1}, {"Définir la stratégie", 1},
	    {"Concevoir un plan", 1}, {"S'appuyer sur les communautés", 1},
	    {"S\xE2\x80\x99" "assurer de la qualité", 1}, {"Se former", 1}, {"Faire un devis", 1},
	    {"Extraire les données", 1}, {"Être capable de", 1}, {"Étudier le marché", 1},
	    {"Dossier professionnel présenté devant le jury.", 0}, {"Questionnaire professionnel", 0},
	    {"Filière logistique", 0}, {"Atelier pratique", 0}, {"Inventaire des moyens", 0},
	    {"Titre professionnel", 0}, {"Application professionnelle", 0}, {"Étude de cas", 0},
	    {"identifier en minuscules", 0}, {"1. Mise en situation", 0}, {"Sur", 0},
	    /* a verb of two parts; not a noun of two, nor a dash after a word */
	    {"Télé-administrer un serveur", 1}, {"Co-construire le projet", 1}, {"Porte-parole", 0},
	    {"Auto-entrepreneur", 0}, {"Gestion- suivre", 0},
	};
	size_t i;

	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++)
		ck_assert_msg(text_starts_infinitive(t[i].s, strlen(t[i].s)) == t[i].want, "%s", t[i].s);
}
END_TEST

START_TEST(t_item_marker)
{
	static const struct {
		const char *s;
		size_t want;
	} t[] = {
	    {"- Installer", 2}, {"* Installer", 2}, {"o Installer", 2},
	    {"\xE2\x80\xA2 Installer", 4}, {"\xE2\x80\x93 Installer", 4},
	    {"\xE2\x80\x94 Installer", 4}, {"\xC2\xB7 Installer", 3},
	    {"1. Installer", 3}, {"12) Installer", 4}, {"a) Installer", 3},
	    {"a. Installer", 3}, {"o. Installer", 3}, {"iv. Installer", 4},
	    {"viii) Installer", 6},
	    /* a sign glued to its item: a hyphen before a capital only */
	    {"\xE2\x80\xA2Installer", 3}, {"\xE2\x80\x94Installer", 3}, {"\xC2\xB7Installer", 2},
	    {"-Installer", 1}, {"-\xC3\x89laborer", 1},
	    {"-installer", 0}, {"--Installer", 0}, {"-3 %", 0}, {"*Installer*", 0},
	    {"oInstaller", 0}, {"1.Installer", 0}, {"123. Installer", 0},
	    {"3D designer", 0}, {"A) Installer", 0}, {"vi Installer", 0}, {"ivy. Installer", 0},
	    {"on installe", 0}, {"\xE2\x80\xA2", 0}, {"1.", 0}, {"", 0},
	    /* OCR's bullets */
	    {"._Installer", 2}, {". Installer", 2}, {"*< Installer", 3}, {"+ Installer", 2},
	    {"< Technicien", 2}, {"-_ Installer", 3}, {".installer", 0}, {"...", 0}, {"+33 1 23", 0}, {"<p>", 0},
	    /* a glued bullet lost to '?'; not a capital's accent */
	    {"?Gérer", 1}, {"?COLE", 0}, {"?tablir", 0},
	};
	size_t i;

	for (i = 0; i < ARRAY_LEN(t); i++)
		ck_assert_msg(item_marker(t[i].s, strlen(t[i].s)) == t[i].want, "%s: %zu, want %zu",
		              t[i].s, item_marker(t[i].s, strlen(t[i].s)), t[i].want);
}
END_TEST

/* A France Compétences fiche's jobs as their certifiers type them: titles
 * a comma apart, the others in small letters; a sentence leading them
 * in, on their line or above them; a long line of dashes, some typed in
 * haste; "etc." */
START_TEST(t_jobs_typed)
{
	static const char *const head = "RNCP39441 - Technicien\nNiveau 5\nCode(s) NSF\n326r : Informatique\n"
	                                 "Type d'emplois accessibles :\n";
	static const struct {
		const char *list;
		size_t n;
		const char *first, *last;
	} t[] = {
	    {"Chef de chantier, responsable de chantier, conducteur de travaux.\n", 3, "Chef de chantier",
	     "conducteur de travaux"},
	    {"Ce professionnel peut prétendre aux emplois suivants : régisseur lumière, éclairagiste, "
	     "concepteur lumière.\n",
	     3, "Régisseur lumière", "concepteur lumière"},
	    {"Développeur d'applications, développeur informatique\nDéveloppeur web\n", 3,
	     "Développeur d'applications", "Développeur web"},
	    /* each item after its list sign */
	    {"* Développeur back end, développeur front end\n* Développeur web, développeur web mobile\n", 4,
	     "Développeur back end", "développeur web mobile"},
	    {"Les fonctions les plus couramment rencontrées sont :\nDéveloppeur web\nIntégrateur\n", 2,
	     "Développeur web", "Intégrateur"},
	    {"Assistant paie - Assistant de gestion du personnel - Assistant de service formation- Assistant "
	     "du service personnel - Gestionnaire de l'administration du personnel -Technicien paie - "
	     "Assistant de gestion administrative du personnel - Chargé de la gestion administrative du "
	     "personnel - Gestionnaire administratif ressources humaines - Assistant de direction\n",
	     10, "Assistant paie", "Assistant de direction"},
	    {"* opérateur en cybersécurité ;\n* analyste en cybersécurité ;\n* etc.\n"
	     "Avec une expérience de cinq ans, les emplois suivants sont possibles :\n"
	     "* architecte de sécurité.\n",
	     3, "opérateur en cybersécurité", "architecte de sécurité"},
	    /* a sentence with commas is no list, nor a job */
	    {"Le technicien exerce en entreprise, en collectivité, en association.\n", 0, NULL, NULL},
	    /* a PDF's wrapped lines: a sentence leading the list in, a
	     * paragraph of prose */
	    {"Les emplois possibles dès le début de\ncarrière sont les suivants :\n"
	     "* opérateur en cybersécurité ;\n* analyste en cybersécurité ;\n",
	     2, "opérateur en cybersécurité", "analyste en cybersécurité"},
	    {"Le manager exerce dans tout type de fonctions et de départements\n"
	     "d'une organisation (commercial, marketing, systèmes d'information,\n"
	     "innovation, etc.), que cette dernière soit d'ailleurs privée, publique,\n"
	     "ou hybride (coopératives, associations, etc.). L'intitulé des postes\n"
	     "occupés est ainsi souvent formé d'un niveau d'exercice de management\n"
	     "et d'un domaine de compétences.\n",
	     0, NULL, NULL},
	    /* but for the jobs it names as examples; not places */
	    {"Le manager exerce dans tout type de fonctions et de départements d'une organisation (commercial, "
	     "marketing, etc.), privée ou publique. L'intitulé des postes occupés est ainsi souvent formé d'un "
	     "niveau d'exercice de management et d'un domaine. Par exemple : chef de projet SI, chargé de projet "
	     "innovation, Responsable qualité, etc. Il est ainsi manager, consultant, analyste, etc.\n",
	     3, "Chef de projet SI", "Responsable qualité"},
	    {"Le manager exerce dans tout type de fonctions et de départements d'une organisation (commercial, "
	     "marketing, etc.), privée ou publique. L'intitulé des postes occupés est ainsi souvent formé d'un "
	     "niveau d'exercice de management et d'un domaine. Il exerce par exemple, dans les entreprises de "
	     "transport, les collectivités, les associations.\n",
	     0, NULL, NULL},
	    /* titles a semicolon apart, some a dash apart inside */
	    {"Coordinateur sécurité - Animateur de prévention ; Conseiller en prévention ; Responsable de "
	     "service sécurité ; Contrôleur de prévention (CRAM et MSA)\n",
	     5, "Coordinateur sécurité", "Contrôleur de prévention (CRAM et MSA)"},
	    /* a list whose line ends were lost: each hyphen glued to the
	     * title before it; not a word's own */
	    {"- animateur 2D- animateur 3D- graphiste 2D- responsable de post-production\n", 4, "animateur 2D",
	     "responsable de post-production"},
	    {"\xE2\x80\xA2 animateur 2D- animateur 3D- graphiste 2D\n", 3, "animateur 2D", "graphiste 2D"},
	    /* a PDF's wrap after one of those hyphens; a word it cut */
	    {"- animateur 2D- animateur 3D- designer graphique-\nstoryboarder- réalisateur-\nmonteur- infogr-\n"
	     "aphiste\n",
	     7, "animateur 2D", "infographiste"},
	    {"- animateur 2D- animateur 3D- designer graphique-\nstoryboarder\n", 4, "animateur 2D", "storyboarder"},
	    {"- animateur 2D- animateur 3D- opérateur compo-\nsiting\n", 3, "animateur 2D", "opérateur compositing"},
	    /* (the word before the hyphen one the word list lacks, a long
	     * word it has after it) */
	    {"- animateur 2D- animateur 3D- storyboarder-\ndécorateur- monteur\n", 5, "animateur 2D", "monteur"},
	    /* prose that names no example, the titles under a sub-heading
	     * after it; one title's variants a comma apart */
	    {"Le concepteur développeur de solutions informatiques est un métier relié à la fiche ROME M1805 ; "
	     "il concerne le métier des études et du développement informatique, et les entreprises de toute "
	     "taille qui conçoivent, réalisent et maintiennent des logiciels pour leurs clients ou pour leur "
	     "propre compte, dans tous les secteurs de l'économie, publics comme privés, en France et ailleurs.\n\n"
	     "Appellations similaires :\n\n    Concepteur-développeur\n"
	     "    Développeur full-stack, back-end, IOS, C/C+\xE2\x80\xA6\n    Développeur informatique\n",
	     3, "Concepteur-développeur", "Développeur informatique"},
	    {"Développeur full-stack, back-end, IOS\nDéveloppeur informatique\n", 2,
	     "Développeur full-stack, back-end, IOS", "Développeur informatique"},
	    /* places after a sentence, a sentence: no jobs */
	    {"L'AMIS exerce dans des lieux très différents : transports, quartiers, logements sociaux.\n\n"
	     "Les employeurs peuvent être des associations, des collectivités locales, des entreprises.\n",
	     0, NULL, NULL},
	    /* the sentence leading the list in on its first item's line
	     * (a flat text's); not a title's colon */
	    {"Liste non exhaustive des métiers visés : - animateur 2D- animateur 3D- graphiste 2D\n", 3,
	     "animateur 2D", "graphiste 2D"},
	    {"Les emplois visés sont : Coordinateur sécurité ; Conseiller en prévention ; Animateur HSE\n", 3,
	     "Coordinateur sécurité", "Animateur HSE"},
	    {"Chargé de mission : qualité ; Responsable sécurité ; Animateur HSE\n", 3, "Chargé de mission : qualité",
	     "Animateur HSE"},
	    /* a PDF's wraps inside titles a semicolon apart */
	    {"Coordinateur sécurité - Animateur de prévention ; Conseiller en prévention ; Responsable de\n"
	     "service sécurité ou de service sécurité-environnement ; Responsable ou Animateur Hygiène,\n"
	     "Sécurité, Environnement (HSE) ; Contrôleur de prévention (CRAM et MSA) ; Techniciens\n"
	     "Supérieurs d'Etudes et de Fabrication et Ingénieurs d'Etudes et de Fabrication (TSEF)\n",
	     7, "Coordinateur sécurité",
	     "Techniciens Supérieurs d'Etudes et de Fabrication et Ingénieurs d'Etudes et de Fabrication (TSEF)"},
	    {"Coordinateur sécurité - Animateur de prévention ; Conseiller en prévention ; Responsable de\n"
	     "service sécurité ou de service sécurité-environnement ; Responsable ou Animateur Hygiène,\n"
	     "Sécurité, Environnement (HSE)\n",
	     5, "Coordinateur sécurité", "Responsable ou Animateur Hygiène, Sécurité, Environnement (HSE)"},
	    /* the colon of the sentence leading the list in, a wrap left
	     * alone on its line */
	    {"Dans les offres d'emploi, les entreprises n'utilisent pas toujours les appellations\n"
	     "ROME, mais la description des missions correspond bien aux activités concernées\n"
	     ":\n- chef de projet en marketing,\n- chargé de plan médias.\n",
	     2, "chef de projet en marketing", "chargé de plan médias"},
	    /* a PDF's wrap after a semicolon */
	    {"Coordinateur sécurité ; Conseiller en prévention ;\nContrôleur de prévention ; Animateur HSE\n", 4,
	     "Coordinateur sécurité", "Animateur HSE"},
	    /* a dash inside brackets; a word between two hyphens */
	    {"Opérateurs de chaînes de production (embouteillage - conditionnement)\n", 1,
	     "Opérateurs de chaînes de production (embouteillage - conditionnement)", NULL},
	    {"Responsable d'agence - Business Manager - Directeur adjoint - Responsable de Petite ou Moyenne "
	     "Entreprise -PME-\n",
	     4, "Responsable d'agence", "Responsable de Petite ou Moyenne Entreprise -PME-"},
	    /* the first item after the sentence that leads it in */
	    {"Les emplois occupés peuvent être : - gestionnaire de contrats\n- chargé de clientèle\n", 2,
	     "gestionnaire de contrats", "chargé de clientèle"},
	    /* the heading said again; sub-headings, none of the page's */
	    {"Type d'emplois:\nDans les métiers du management :\nDirecteur artistique\n"
	     "Dans les métiers d'expertise :\nRigger\nArtiste VFX\n",
	     3, "Directeur artistique", "Artiste VFX"},
	    /* two titles, the second a trade's word; not a title's part */
	    {"Commis de cuisine, cuisinier\n", 2, "Commis de cuisine", "cuisinier"},
	    {"Responsable qualité, sécurité\n", 1, "Responsable qualité, sécurité", NULL},
	    {"Chargé de mission, management\n", 1, "Chargé de mission, management", NULL},
	    /* the same title's word in small letters: a title, no wrap */
	    {"Secrétaire médicale\nsecrétaire médico-sociale\n", 2, "Secrétaire médicale",
	     "secrétaire médico-sociale"},
	    {"Technicien de maintenance des\néquipements industriels\n", 1,
	     "Technicien de maintenance des équipements industriels", NULL},
	    /* sectors after a sentence, then jobs after another */
	    {"Les métiers concernés peuvent se retrouver dans les domaines suivants :\n"
	     "* la cybersécurité industrielle ;\n* le domaine des objets connectés.\n"
	     "Les emplois pouvant être exercés sont dès le début de carrière :\n"
	     "* opérateur en cybersécurité ;\n",
	     1, "opérateur en cybersécurité", NULL},
	};
	size_t i;
	char text[2048];

	for (i = 0; i < ARRAY_LEN(t); i++) {
		rncp_record *r;
		snprintf(text, sizeof(text), "%s%s\nCode(s) ROME :\nM1810\n", head, t[i].list);
		r = parse_str(text);
		ck_assert_msg(r->njobs == t[i].n, "%zu: %zu jobs", i, r->njobs);
		if (t[i].first != NULL)
			ck_assert_str_eq(r->jobs[0], t[i].first);
		if (t[i].last != NULL)
			ck_assert_str_eq(r->jobs[r->njobs - 1], t[i].last);
		rncp_record_free(r);
	}
}
END_TEST

/* jobs in a paragraph of prose a PDF wrapped, some of its lines opening
 * with a capital or a bracket: the examples it names, not its lines */
START_TEST(t_jobs_wrapped_prose)
{
	rncp_record *r = parse_str(
	    "RNCP39441 - Technicien\nNiveau 5\nCode(s) NSF\n326r : Informatique\n"
	    "Objectifs et contexte de la certification :\n"
	    "Le manager exerce dans tout type de fonctions et de départements d'une organisation\n"
	    "(commercial, marketing, systèmes d'information, R&D, innovation, etc.), que cette dernière\n"
	    "soit d'ailleurs privée, publique, ou hybride (ex : coopératives, associations, ONG, etc.).\n"
	    "L'intitulé des postes occupés est ainsi souvent formé d'un niveau d'exercice de management et\n"
	    "d'un domaine, d'un périmètre, d'une activité. Il exerce dans les entreprises de toute taille\n"
	    "et dans les administrations publiques ou privées, en France comme à l'étranger avec aisance.\n\n"
	    "Type d'emplois accessibles :\n"
	    "Le certifié exerce dans tout type de fonctions et de départements d'une organisation\n"
	    "(commercial, marketing, systèmes d'information, R&D, innovation, etc.), que cette dernière\n"
	    "soit d'ailleurs privée, publique, ou hybride (ex : coopératives, associations, ONG, etc.).\n"
	    " L'intitulé des postes occupés est ainsi souvent formé d'un niveau d'exercice de management et\n"
	    "d'un domaine, d'un périmètre, d'une activité. Par exemple : chef de projet SI, chargé de\n"
	    "projet innovation, consultant RSE, responsable qualité, adjoint de direction achats, analyste\n"
	    "financier, etc.\n\nCode(s) ROME :\nM1810\n");

	ck_assert_uint_eq(r->njobs, 6);
	ck_assert_str_eq(r->jobs[0], "Chef de projet SI");
	ck_assert_str_eq(r->jobs[5], "analyste financier");
	rncp_record_free(r);
	/* the same with its line ends lost: the paragraph relined whole */
	r = parse_str("RNCP34762 - Programme Grande Ecole Etat : Active L'essentiel N° de fiche RNCP34762 Intitulé "
	              "Programme Grande Ecole Nomenclature du niveau de qualification Niveau 7 Code(s) NSF 313 : "
	              "Finances, banque, assurances, immobilier Date d'échéance de l'enregistrement 31-08-2024 "
	              "Type d'emplois accessibles : Le manager intermédiaire exerce dans tout type de fonctions et de "
	              "départements d'une organisation (commercial, marketing, systèmes d'information, R&D, "
	              "innovation, etc.), que cette dernière soit d'ailleurs privée, publique, ou hybride (ex : "
	              "coopératives, associations, ONG, etc.). L'intitulé des postes occupés est ainsi souvent formé "
	              "d'un niveau d'exercice de management et d'un domaine. Par exemple : Chef de projet en SI, "
	              "chargé de projet innovation, Responsable qualité, Adjoint de Direction Achats, etc. Quel que "
	              "soit son périmètre, il couple la fonction de manager. Code(s) ROME : M1202 - Audit et "
	              "contrôle comptables et financiers Références juridiques des règlementations d'activité : "
	              "Sans objet\n");
	ck_assert_uint_eq(r->njobs, 4);
	ck_assert_str_eq(r->jobs[0], "Chef de projet en SI");
	ck_assert_str_eq(r->jobs[3], "Adjoint de Direction Achats");
	rncp_record_free(r);
}
END_TEST

/* Lists that PDF extraction wrapped, or that lost their blank lines */
START_TEST(t_lists_wrapped)
{
	rncp_record *r;

	/* a marked list's item wrapped after a comma, a capital on the
	 * next line: one skill; the list goes on past a blank line with
	 * its mark */
	r = parse_str("N° de fiche\nRNCP27861\nIntitulé\nCQP Agent de cuisine\nNiveau 3\nBlocs de compétences\n"
	              "RNCP27861BC01 - Préparation du poste de travail\nListe de compétences\n"
	              "•Gérer un stock : Effectuer des commandes,\nRéceptionner et contrôler les produits,\n"
	              "Stocker les produits\n•Travailler les légumes : Laver,\nÉplucher, tailler.\n\n•Dresser les assiettes\n"
	              "Modalités d'évaluation :\nObservation en situation de travail.\n");
	ck_assert_uint_eq(r->nblocs, 1);
	/* (and its items past a blank line, a page break's) */
	ck_assert_uint_eq(r->blocs[0].nskills, 3);
	ck_assert_str_eq(r->blocs[0].skills[2], "Dresser les assiettes");
	ck_assert_str_eq(r->blocs[0].skills[0],
	                 "Gérer un stock : Effectuer des commandes, Réceptionner et contrôler les produits, Stocker les produits");
	ck_assert_str_eq(r->blocs[0].skills[1], "Travailler les légumes : Laver, Éplucher, tailler");
	rncp_record_free(r);
	/* a skill's wrapped line in small letters that opens with a
	 * heading's word ("objectifs ..."): no heading, the list goes on */
	r = parse_str("RNCP34762BC03 - Gestion des performances\nListe de compétences\n"
	              "A3C1. Optimiser le budget de son\nactivité et\nobjectifs stratégiques de l'entreprise\n"
	              "A3C2. Définir les indicateurs\n");
	ck_assert_uint_eq(r->nblocs, 1);
	ck_assert_uint_eq(r->blocs[0].nskills, 2);
	ck_assert_str_eq(r->blocs[0].skills[0], "A3C1. Optimiser le budget de son activité et objectifs stratégiques de l'entreprise");
	rncp_record_free(r);
	/* titles a semicolon apart wrapped after "et/ou", a capital after
	 * it */
	r = parse_str(
	              "N° de fiche\n"
	              "RNCP32069\n"
	              "Intitulé\n"
	              "Animateur sécurité\n"
	              "Niveau 5\n"
	              "Type d’emplois accessibles :\n"
	              "Coordinateur sécurité - Animateur de prévention ; Conseiller en prévention ; Responsable\n"
	              "de service sécurité ou de service sécurité-environnement ; Responsable ou Animateur\n"
	              "Hygiène, Sécurité, Environnement (HSE) ; Contrôleur de prévention (CRAM et MSA) ;\n"
	              "Techniciens Supérieurs d’Etudes et de Fabrication et Ingénieurs d’Etudes et de\n"
	              "Fabrication (TSEF et IEF du Ministère de la Défense) ; Coordinateurs Sécurité et\n"
	              "Conseillers Régionaux en Prévention (COSEC et COREP de la SNCF) ; Consultants et/ou\n"
	              "Formateurs en prévention des risques professionnels et protection de l'environnement.\n"
	              "\n"
	              "Code(s) ROME :\n"
	              "H1301 - Inspection de conformité\n");
	ck_assert_uint_eq(r->njobs, 9);
	ck_assert_str_eq(r->jobs[8],
	                 "Consultants et/ou Formateurs en prévention des risques professionnels et protection de l'environnement");
	rncp_record_free(r);
	/* a sub-heading of the list and its items after a page break's
	 * blank line */
	r = parse_str("N° de fiche\nRNCP34362\nIntitulé\nChargé de marketing\nNiveau 6\nBlocs de compétences\n"
	              "RNCP34362BC02 - Elaborer un plan marketing\nListe de compétences\n"
	              "Décliner la stratégie en actions opérationnelles :\n1) Rédiger une recommandation marketing,\n"
	              "2) Construire l'organisation commerciale.\n\n"
	              "Etablir le budget et le plan de financement prévisionnel d'une action :\n"
	              "a) Etablir un budget prévisionnel,\nb) Justifier les investissements.\n"
	              "Modalités d'évaluation\nEtude de cas.\n");
	ck_assert_uint_eq(r->nblocs, 1);
	ck_assert_uint_eq(r->blocs[0].nskills, 6);
	ck_assert_str_eq(r->blocs[0].skills[5], "Justifier les investissements");
	rncp_record_free(r);
	/* a skill cut at its colon, a blank line before its words go on */
	r = parse_str("N° de fiche\nRNCP34360\nIntitulé\nRéalisateur 3D\nNiveau 7\nBlocs de compétences\n"
	              "RNCP34360BC02 - Réalisation d'un film\nListe de compétences\nCaractériser l'animation 3D\n"
	              "Observer et analyser des effets réels (ex :\n\nexplosion, feu…) pour les retranscrire\n"
	              "Utiliser les logiciels d'effets spéciaux\n\nModalités d'évaluation\nProjet professionnel.\n");
	ck_assert_uint_eq(r->nblocs, 1);
	ck_assert_uint_eq(r->blocs[0].nskills, 3);
	ck_assert_str_eq(r->blocs[0].skills[1], "Observer et analyser des effets réels (ex : explosion, feu…) pour les retranscrire");
	rncp_record_free(r);
	/* items marked with a dash glued to them: the dash is no part of
	 * the title */
	r = parse_str("RNCP39441 - Agent d'escale\nNiveau 4\nCode(s) NSF\n311 : Transports\n"
	              "Type d'emplois accessibles :\n-Agent d'escale ferroviaire\n-Agent escale produit train en gare\n"
	              "Code(s) ROME :\nN4401\n");
	ck_assert_uint_eq(r->njobs, 2);
	ck_assert_str_eq(r->jobs[1], "Agent escale produit train en gare");
	rncp_record_free(r);
	/* a page's script or data under the heading: no job */
	r = parse_str("RNCP39063 - Négociateur technico-commercial\nNiveau 5\nCode(s) NSF\n312 : Commerce\n"
	              "Type d'emplois accessibles :\n"
	              "debouchesList: ['Technico-commercial', 'Responsable grands comptes'],\n"
	              "{ icon: 'fas fa-id-card', title: 'CPF' }\n]\n");
	ck_assert_uint_eq(r->njobs, 0);
	rncp_record_free(r);
	/* the heading in the plural, a Markdown heading's */
	r = parse_str("# Fiche RNCP40677 — Product Builder No-Code\n\nNiveau 6\n\n## Types d'emplois accessibles\n\n"
	              "- Product Builder No-Code\n- No-Code Maker\n- Citizen Developer\n\n## Voies d'accès\n\n"
	              "- Formation continue\n");
	ck_assert_uint_eq(r->njobs, 3);
	ck_assert_str_eq(r->jobs[2], "Citizen Developer");
	rncp_record_free(r);
	/* titles a dash apart, some dashes glued, a PDF's wraps after a
	 * dash and before one */
	r = parse_str("RNCP39441 - Assistant RH\nNiveau 5\nCode(s) NSF\n315 : Ressources humaines\n"
	              "Type d'emplois accessibles :\n"
	              "Assistant emploi formation - Assistant ressources humaines - Assistant paie\n"
	              "- Gestionnaire administratif ressources humaines -\n"
	              "Gestionnaire de l'administration du personnel- Gestionnaire paie et\n"
	              "administration du personnel - Secrétaire du service personnel -Technicien paie -\n"
	              "Assistant de direction\n\nCode(s) ROME :\nM1501\n");
	ck_assert_uint_eq(r->njobs, 9);
	ck_assert_str_eq(r->jobs[3], "Gestionnaire administratif ressources humaines");
	ck_assert_str_eq(r->jobs[4], "Gestionnaire de l'administration du personnel");
	ck_assert_str_eq(r->jobs[7], "Technicien paie");
	rncp_record_free(r);
	/* a France Compétences fiche's jobs, one line cut twice */
	r = parse_str("RNCP39441 - Technicien\nNiveau 5\nCode(s) NSF\n326r : Informatique\n"
	              "Type d'emplois accessibles :\nGestionnaire du parc inform-\n"
	              "atique - Technicien\nhelpdesk\ncode(s) rome :\nM1810\n"); /* a label, not a wrap */
	ck_assert_uint_eq(r->njobs, 2);
	ck_assert_str_eq(r->jobs[0], "Gestionnaire du parc informatique");
	ck_assert_str_eq(r->jobs[1], "Technicien helpdesk");
	rncp_record_free(r);
	/* OCR's: a blank line inside the wrapped line; or the line after
	 * "... et" in capitals */
	r = parse_str("RNCP39441 - Technicien\nNiveau 5\nCode(s) NSF\n326r : Informatique\n"
	              "Type d'emplois accessibles :\nTechnicien support - Gestionnaire du parc et\n\n"
	              "support utilisateur - Technicien\nen maintenance\n\nCode(s) ROME :\nM1810\n");
	ck_assert_uint_eq(r->njobs, 3);
	ck_assert_str_eq(r->jobs[1], "Gestionnaire du parc et support utilisateur");
	ck_assert_str_eq(r->jobs[2], "Technicien en maintenance");
	rncp_record_free(r);
	r = parse_str("RNCP39441 - Technicien\nNiveau 5\nCode(s) NSF\n326r : Informatique\n"
	              "Type d'emplois accessibles :\nTechnicien support - Gestionnaire du parc et\n"
	              "Support utilisateur - Technicien\n\nCode(s) ROME :\nM1810\n");
	ck_assert_uint_eq(r->njobs, 3);
	ck_assert_str_eq(r->jobs[1], "Gestionnaire du parc et Support utilisateur");
	rncp_record_free(r);
	/* OCR's spacing: two lines, then each job alone between blank lines;
	 * a paragraph after them is no job */
	r = parse_str("RNCP39441 - Technicien\nNiveau 5\nCode(s) NSF\n326r : Informatique\n"
	              "Type d'emplois accessibles :\nTechnicien systèmes et réseaux\nTechnicien support\n\n"
	              "Technicien réseau\n\nAdministrateur Linux\n\nCode(s) ROME :\nM1810\n");
	ck_assert_uint_eq(r->njobs, 4);
	ck_assert_str_eq(r->jobs[3], "Administrateur Linux");
	rncp_record_free(r);
	r = parse_str("RNCP39441 - Technicien\nNiveau 5\nCode(s) NSF\n326r : Informatique\n"
	              "Type d'emplois accessibles :\nTechnicien systèmes et réseaux\nTechnicien support\n\n"
	              "Le technicien exerce dans des entreprises\nde toutes tailles\n\nCode(s) ROME :\nM1810\n");
	ck_assert_uint_eq(r->njobs, 2);
	rncp_record_free(r);
	/* a REAC's jobs, one wrapped, the next a list item in "o " */
	r = parse_str("REFERENTIEL EMPLOI ACTIVITES COMPETENCES DU TITRE PROFESSIONNEL\n"
	              "Technicien réseaux\nNiveau 5\nCode(s) ROME :\nI1401\n"
	              "Les types d'emplois accessibles sont les suivants :\n"
	              "- Technicien en réseaux\nd'entreprise\no Agent technique\n\nFin\n");
	ck_assert_uint_eq(r->njobs, 2);
	ck_assert_str_eq(r->jobs[0], "Technicien en réseaux d'entreprise");
	ck_assert_str_eq(r->jobs[1], "Agent technique");
	rncp_record_free(r);
	/* a CNCP fiche's sectors, then its jobs, no blank line between:
	 * the sectors' list ends at its ellipsis */
	r = parse_str("Résumé descriptif de la certification Code RNCP : 18823\nIntitulé\nTechnicien\n"
	              "Niveau et/ou domaine d'activité\nIII (Nomenclature de 1969)\n"
	              "Secteurs d'activité ou types d'emplois accessibles par le détenteur de ce diplôme\n"
	              "- ESN (Entreprises de services du Numérique),\n- Opérateurs téléphoniques…\n"
	              "- Technicien réseaux,\n- Administrateur systèmes.\n");
	ck_assert_uint_eq(r->njobs, 2);
	ck_assert_str_eq(r->jobs[0], "Technicien réseaux");
	rncp_record_free(r);
	/* the ellipsis lost to '?' by a conversion; a job wrapped before œ */
	r = parse_str("Résumé descriptif de la certification Code RNCP : 18824\nIntitulé\nTechnicien\n"
	              "Niveau et/ou domaine d'activité\nIII (Nomenclature de 1969)\n"
	              "Secteurs d'activité ou types d'emplois accessibles par le détenteur de ce diplôme\n"
	              "- ESN,\n- Opérateurs téléphoniques?\n- Technicien de mise en\nœuvre,\n"
	              "- Administrateur systèmes.\n");
	ck_assert_uint_eq(r->njobs, 2);
	ck_assert_str_eq(r->jobs[0], "Technicien de mise en œuvre");
	rncp_record_free(r);
}
END_TEST

/* Lists whose marks a browser's copy of the page lost (its <ul> drew
 * them): a CNCP bloc's skills, each opening with its verb, a wrapped one
 * a blank line apart; the CNCP jobs after the sectors; a REAC's jobs,
 * and nothing taken from further down when the list has no marks */
START_TEST(t_lists_unmarked)
{
	rncp_record *r;

	r = parse_str("Résumé descriptif de la certification Code RNCP : 18825\nIntitulé\nTechnicien\n"
	              "Niveau et/ou domaine d'activité\nIII (Nomenclature de 1969)\n\n"
	              "Bloc de compétence n°2 de\nla fiche n° 18825 - Mettre en\nplace un réseau\n\n"
	              "Compétences attestées :\nConnecter les éléments du réseau avec les supports de\n\n"
	              "transmission correspondants\n\nConfigurer les éléments actifs du réseau\n"
	              "Suivre les demandes d'intervention\nModalités d'évaluation :\n\nEtude de cas\n\n"
	              "Secteurs d'activité ou types d'emplois accessibles par le détenteur de ce diplôme\n\n"
	              "Entreprises de toutes tailles possédant à minima un réseau local\n\n"
	              "ESN (Entreprises de services du Numérique),\nOpérateurs téléphoniques…\n"
	              "Technicien systèmes et réseaux,\nAdministrateur systèmes.\n"
	              "Codes des fiches ROME les plus proches :\n\nM1801 : Administration de systèmes d'information\n");
	ck_assert_uint_eq(r->nblocs, 1);
	ck_assert_uint_eq(r->blocs[0].nskills, 3);
	ck_assert_str_eq(r->blocs[0].skills[0],
	                 "Connecter les éléments du réseau avec les supports de transmission correspondants");
	ck_assert_str_eq(r->blocs[0].skills[2], "Suivre les demandes d'intervention");
	ck_assert_uint_eq(r->njobs, 2);
	ck_assert_str_eq(r->jobs[0], "Technicien systèmes et réseaux");
	ck_assert_str_eq(r->jobs[1], "Administrateur systèmes");
	rncp_record_free(r);
	/* OCR read the first job's mark only */
	r = parse_str("Résumé descriptif de la certification Code RNCP : 18827\nIntitulé\nTechnicien\n"
	              "Niveau et/ou domaine d'activité\nIII (Nomenclature de 1969)\n"
	              "Secteurs d'activité ou types d'emplois accessibles par le détenteur de ce diplôme\n"
	              "dans des services intégrés, santé....\n\n*_ Chargé d'exploitation réseaux\n"
	              "Technicien télécoms\nTechnicien de production\n"
	              "Codes des fiches ROME les plus proches :\n\nM1801 : Administration de systèmes d'information\n");
	ck_assert_uint_eq(r->njobs, 3);
	ck_assert_str_eq(r->jobs[0], "Chargé d'exploitation réseaux");
	ck_assert_str_eq(r->jobs[2], "Technicien de production");
	rncp_record_free(r);
	/* one line of prose is no list */
	r = parse_str("Résumé descriptif de la certification Code RNCP : 18826\nIntitulé\nTechnicien\n"
	              "Niveau et/ou domaine d'activité\nIII (Nomenclature de 1969)\n"
	              "Secteurs d'activité ou types d'emplois accessibles par le détenteur de ce diplôme\n"
	              "Le technicien travaille dans des entreprises de toutes tailles.\n\n"
	              "Codes des fiches ROME les plus proches :\n\nM1801 : Administration de systèmes d'information\n");
	ck_assert_uint_eq(r->njobs, 0);
	rncp_record_free(r);
	r = parse_str("REFERENTIEL EMPLOI ACTIVITES COMPETENCES DU TITRE PROFESSIONNEL\n"
	              "Technicien réseaux\nNiveau 5\nCode(s) ROME :\nI1401\n"
	              "Les types d'emplois accessibles sont les suivants :\n"
	              "Technicien en réseaux\nd'entreprise\nAgent technique\n\nRéglementation d'activités\n\n"
	              "Activité type 1\n- Exploiter le réseau\n");
	ck_assert_uint_eq(r->njobs, 2);
	ck_assert_str_eq(r->jobs[0], "Technicien en réseaux d'entreprise");
	ck_assert_str_eq(r->jobs[1], "Agent technique");
	rncp_record_free(r);
	/* a page's end inside the list (odt2txt's two blank lines): the
	 * next job names its two genders as the last did; the heading after
	 * the list does not */
	r = parse_str("REFERENTIEL EMPLOI ACTIVITES COMPETENCES DU TITRE PROFESSIONNEL\n"
	              "Technicien réseaux\nNiveau 5\nCode(s) ROME :\nI1401\n"
	              "Les types d'emplois accessibles sont les suivants :\n"
	              "Agent / Agente technique\nTechnicien / Technicienne de maintenance\n\n\n"
	              "Technicien / Technicienne de réseaux\ninformatiques\n\nRéglementation d'activités\n\n"
	              "Activité type 1\n- Exploiter le réseau\n");
	ck_assert_uint_eq(r->njobs, 3);
	ck_assert_str_eq(r->jobs[2], "Technicien / Technicienne de réseaux informatiques");
	rncp_record_free(r);
	/* an item's titles a comma apart, each a job */
	r = parse_str("REFERENTIEL EMPLOI ACTIVITES COMPETENCES DU TITRE PROFESSIONNEL\n"
	              "Concepteur développeur d'applications\nNiveau 6\nCode(s) ROME :\nM1805\n"
	              "Les types d'emplois accessibles sont les suivants :\n\n"
	              "- Développeur d'applications, développeur informatique.\n"
	              "- Développeur back end, développeur front end, développeur full stack.\n"
	              "- Analyste programmeur informatique.\n\nActivité type 1\n- Exploiter le réseau\n");
	ck_assert_uint_eq(r->njobs, 6);
	ck_assert_str_eq(r->jobs[1], "développeur informatique");
	ck_assert_str_eq(r->jobs[4], "développeur full stack");
	rncp_record_free(r);
}
END_TEST

/* A France Compétences PDF table read one cell a line: the skills' cell
 * ends where a line opens with none of the fiche-wide skills */
/* s as html2text without -utf8 writes a UTF-8 page: each byte a Latin-1
 * character, written in UTF-8 again ("é" -> "Ã©", four bytes), appended
 * to out at *n; returns how many bytes it wrote. */
static size_t
latin1_twice(const char *s, char *out, size_t *n)
{
	size_t before = *n;

	for (; *s != '\0'; s++) {
		unsigned char c = (unsigned char)*s;
		if (c < 0x80) {
			out[(*n)++] = (char)c;
		} else {
			out[(*n)++] = (char)(0xC0 | (c >> 6));
			out[(*n)++] = (char)(0x80 | (c & 0x3F));
		}
	}
	return *n - before;
}

/* html2text's table without -utf8: a line's left cell, then its right one
 * (NULL: none) at byte col, the left one padded with blanks to it, or cut
 * there, glued, where it runs over (its lines are wrapped in characters) */
static void
html2text_line(char *out, size_t *n, const char *left, const char *right, size_t col)
{
	size_t start = *n, w = latin1_twice(left, out, n);

	if (right == NULL) {
		out[(*n)++] = '\n';
		return;
	}
	if (w > col)
		*n = start + col;
	while (*n - start < col)
		out[(*n)++] = ' ';
	latin1_twice(right, out, n);
	out[(*n)++] = '\n';
}

/* The text of a UTF-8 page html2text read as Latin-1: double-encoded, its
 * bloc table's columns padded to the bytes of that text (a right cell's
 * line after accented letters starts left of its column in characters, in
 * the repaired text too), every line of the right cell beside one of the
 * left cell, one blank or none apart, and the left cell's lines running
 * past the right column's start in bytes where nothing stands beside; and
 * the same with a byte of no character in it (html2text cuts one where a
 * cell's line runs over its column) */
START_TEST(t_html2text_latin1_table)
{
	static const char *const lines[][2] = {
	    {"RNCP40864 - Gestionnaire en maintenance et support informatique", NULL},
	    {"Nomenclature du niveau de qualification : Niveau 5", NULL},
	    {"RNCP40864BC01 - Déployer un parc informatique", NULL},
	    {"Liste de compétences", "Modalités d'évaluation"},
	    {"Déterminer la méthode de déploiement du système d'exploitation", NULL},
	    {"Contrôler la conformité de l'installation logicielle à jour", NULL},
	    {"Décrire les caractéristiques des périphériques", "Étude de cas écrite sur un parc"},
	    {"Référencer le matériel réseau dans l'annuaire Active Directory", "réel de l'entreprise"},
	    {"Sécuriser les accès réseau et vérifier les équipements déployés", NULL},
	    {"RNCP40864BC02 - Administrer un parc informatique", NULL},
	    {"Liste de compétences", "Modalités d'évaluation"},
	    {"Paramétrer les services réseau des serveurs", "Mise en situation professionnelle"},
	    {"Élaborer un script", NULL},
	    {"Secteurs d'activités :", NULL},
	    {"Informatique", NULL},
	};
	char text[4096];
	size_t n = 0, i;
	rncp_record *r;

	for (i = 0; i < sizeof(lines) / sizeof(lines[0]); i++)
		html2text_line(text, &n, lines[i][0], lines[i][1], 72);
	if (_i == 1) {
		text[n++] = (char)0xC3; /* half of a character */
		text[n++] = '\n';
	}
	text[n] = '\0';
	/* the helper's own: "Référencer ... Directory" runs over the column
	 * and is cut there ("Directo"), glued to the right cell */
	ck_assert_ptr_nonnull(strstr(text, "Active Directo" "r\xC3\x83\xC2\xA9" "el"));
	r = parse_str(text);
	ck_assert_uint_eq(r->nblocs, 2);
	ck_assert_uint_eq(r->blocs[0].nskills, 5);
	ck_assert_str_eq(r->blocs[0].skills[0], "Déterminer la méthode de déploiement du système d'exploitation");
	ck_assert_str_eq(r->blocs[0].skills[1], "Contrôler la conformité de l'installation logicielle à jour");
	ck_assert_str_eq(r->blocs[0].skills[2], "Décrire les caractéristiques des périphériques");
	ck_assert_str_eq(r->blocs[0].skills[3], "Référencer le matériel réseau dans l'annuaire Active Directo");
	ck_assert_str_eq(r->blocs[0].skills[4], "Sécuriser les accès réseau et vérifier les équipements déployés");
	ck_assert_uint_eq(r->blocs[1].nskills, 2);
	ck_assert_str_eq(r->blocs[1].skills[0], "Paramétrer les services réseau des serveurs");
	ck_assert_str_eq(r->blocs[1].skills[1], "Élaborer un script");
	rncp_record_free(r);
}
END_TEST

/* A double-encoded text with a byte that is no UTF-8 at all: its tables
 * are read from its raw bytes with that byte read as '?' (columns.c's
 * regexes read valid UTF-8 only; the test builds abort on any other: fuzz
 * crash corpus/crash-raw-columns-invalid-utf8) */
START_TEST(t_html2text_latin1_invalid_byte)
{
	rncp_record *r = parse_str("RNCP40864 - Gestionnaire\nNiveau 5\n"
	                           "RNCP40864BC01 - D\xC3\x83\xC2\xA9ployer un parc\n"
	                           "Liste de comp\xC3\x83\xC2\xA9tences      Modalit\xC3\x83\xC2\xA9s d'\xC3\x83\xC2\xA9valuation\n"
	                           "Installer les postes      \xC3\x83\xC2\x89tude de cas\n"
	                           "page \xFF\n"
	                           "Secteurs d'activit\xC3\x83\xC2\xA9s :\nInformatique\n");
	ck_assert_uint_eq(r->nblocs, 1);
	ck_assert_str_eq(r->blocs[0].title, "Déployer un parc");
	rncp_record_free(r);
}
END_TEST

START_TEST(t_table_one_cell_a_line)
{
	rncp_record *r = parse_str(
	    "RNCP39442 - Technicien\nL'essentiel\nNiveau 5\nCompétences attestées :\n"
	    "Installer un poste\nConfigurer un réseau\nDépanner un serveur et remplir la\n"
	    "fiche incident\nSécuriser les accès à Internet\nSauvegarder les données\n"
	    "Modalités d'évaluation :\nMise en situation\n"
	    "RNCP39442BC01 - Installer\nListe de compétences\nModalités d'évaluation\n"
	    "Installer un poste Configurer un réseau\nÉtude de cas écrite\n"
	    "RNCP39442BC02 - Dépanner\nListe de compétences\nModalités d'évaluation\n"
	    "Dépanner un serveur et remplir la fiche incident\nMise en situation professionnelle\n"
	    /* the cell wrapped before a capital */
	    "RNCP39442BC03 - Sécuriser\nListe de compétences\nModalités d'évaluation\n"
	    "Sécuriser les accès à\nInternet Sauvegarder les données\nQuestionnaire écrit\n");
	ck_assert_uint_eq(r->nblocs, 3);
	ck_assert_uint_eq(r->blocs[0].nskills, 2);
	ck_assert_str_eq(r->blocs[0].skills[1], "Configurer un réseau");
	/* "fiche incident" goes on with the skill, though "Fiche" heads */
	ck_assert_uint_eq(r->blocs[1].nskills, 1);
	ck_assert_str_eq(r->blocs[1].skills[0], "Dépanner un serveur et remplir la fiche incident");
	ck_assert_uint_eq(r->blocs[2].nskills, 2);
	ck_assert_str_eq(r->blocs[2].skills[0], "Sécuriser les accès à Internet");
	rncp_record_free(r);

	/* OCR's: a blank line inside the cell, before a capital */
	r = parse_str("RNCP39442 - Technicien\nL'essentiel\nNiveau 5\nCompétences attestées :\n"
	              "Sécuriser les accès à Internet\nMaintenir un environnement virtualisé\n"
	              "Maintenir un domaine et les serveurs Windows\nMaintenir un serveur Linux\n"
	              "Modalités d'évaluation :\nMise en situation\n"
	              "RNCP39442BC02 - Maintenir\n\nListe de compétences Modalités\nd'évaluation\n\n"
	              "Sécuriser les\naccès à Internet Maintenir un environnement virtualisé\n"
	              "Maintenir un domaine et les serveurs\n\nWindows Maintenir un serveur Linux\n\n"
	              "1. Mise en situation professionnelle\n");
	ck_assert_uint_eq(r->nblocs, 1);
	ck_assert_uint_eq(r->blocs[0].nskills, 4);
	ck_assert_str_eq(r->blocs[0].skills[2], "Maintenir un domaine et les serveurs Windows");
	rncp_record_free(r);

	/* pdftotext's: blank lines between the header's cells, the second
	 * wrapped; an acronym's hyphen at a line's end stays */
	r = parse_str("RNCP39442 - Technicien\nL'essentiel\nNiveau 5\nCompétences attestées :\n"
	              "Installer un poste\nConfigurer le DNS-serveur\nModalités d'évaluation :\nMise en situation\n"
	              "RNCP39442BC01 - Installer\nListe de compétences\n\nModalités\nd'évaluation\n\n"
	              "Installer un poste Configurer le DNS-\nserveur\nÉtude de cas écrite\n");
	ck_assert_uint_eq(r->nblocs, 1);
	ck_assert_uint_eq(r->blocs[0].nskills, 2);
	ck_assert_str_eq(r->blocs[0].skills[0], "Installer un poste");
	ck_assert_str_eq(r->blocs[0].skills[1], "Configurer le DNS-serveur");
	rncp_record_free(r);

	/* pdftotext's reading of the page's table, the skills' cell narrow
	 * beside a long assessment: their lines interleave, a page's end
	 * between a skill's lines */
	r = parse_str("RNCP39442 - Technicien\nL'essentiel\nNiveau 5\nCompétences attestées :\n"
	              "Mettre en service un équipement numérique\n"
	              "Assister les utilisateurs sur leurs équipements numériques\n"
	              "Gérer les incidents et les problèmes\nModalités d'évaluation :\nMise en situation\n"
	              "RNCP39442BC01 - Assister\nListe de compétences\n\nModalités d'évaluation\n\n"
	              "Mettre en service\nun équipement\nnumérique\n\n"
	              "1. Mise en situation professionnelle (1h45min) La mise en situation\n"
	              "professionnelle se déroule en deux phases : a) Le candidat effectue\n"
	              "Assister les\nphase est effectuée sous surveillance, sans la présence du jury et\n"
	              "utilisateurs sur\ndure 1 heure. b) Le candidat résout un incident et répond à\n"
	              "leurs équipements différentes demandes que lui présente le jury.\nnumériques\n"
	              "l'utilisateur ou du responsable et observe le candidat.\nGérer les\n"
	              "incidents et les\n2. Entretien technique (30min) L'entretien technique\n\n"
	              "Page 4/8\n\nse déroule après la mise en situation.\nproblèmes\n");
	ck_assert_uint_eq(r->nblocs, 1);
	ck_assert_uint_eq(r->blocs[0].nskills, 3);
	ck_assert_str_eq(r->blocs[0].skills[1], "Assister les utilisateurs sur leurs équipements numériques");
	ck_assert_str_eq(r->blocs[0].skills[2], "Gérer les incidents et les problèmes");
	rncp_record_free(r);

	/* the same, a skill's first line shared by two of the list's: the
	 * lines after it tell which */
	r = parse_str("RNCP39442 - Technicien\nL'essentiel\nNiveau 5\nCompétences attestées :\n"
	              "Maintenir et exploiter le réseau local\nMaintenir et exploiter un serveur Linux\n"
	              "Modalités d'évaluation :\nMise en situation\n"
	              "RNCP39442BC02 - Maintenir\nListe de compétences\n\nModalités d'évaluation\n\n"
	              "Maintenir et exploiter\n1. Mise en situation professionnelle (1h45min) La mise en\n"
	              "un serveur Linux\nsituation se déroule en deux phases sous surveillance.\n"
	              "Maintenir et exploiter\nLe jury observe le candidat durant sa prestation.\n"
	              "le réseau local\n");
	ck_assert_uint_eq(r->nblocs, 1);
	ck_assert_uint_eq(r->blocs[0].nskills, 2);
	ck_assert_str_eq(r->blocs[0].skills[0], "Maintenir et exploiter un serveur Linux");
	ck_assert_str_eq(r->blocs[0].skills[1], "Maintenir et exploiter le réseau local");
	rncp_record_free(r);

	/* pdfminer's reading of the page's table down its columns: the
	 * assessment's cell first, the skills' header below it, each skill
	 * a paragraph wrapped in a narrow column */
	r = parse_str("RNCP39442 - Technicien\nL'essentiel\nNiveau 5\nCompétences attestées :\n"
	              "Configurer les services de déploiement\nAssurer sa veille technologique\n"
	              "Superviser l'infrastructure\nModalités d'évaluation :\nMise en situation\n"
	              "RNCP39442BC03 - Maintenir\n\nModalités d'évaluation\n\n"
	              "1. Mise en situation professionnelle (1h45min) La mise en\n"
	              "situation professionnelle se déroule en deux phases.\n\n"
	              "Liste de\ncompétences\n\nConfigurer les\nservices de\ndéploiement\n\n"
	              "Assurer sa veille\ntechnologique\n\nSuperviser\nl'infrastructure\n\n"
	              "RNCP39442BC04 - Administrer\n\nListe de compétences\n\nModalités d'évaluation\n\n"
	              "Application professionnelle (réelle\nou simulée) sur la base d'un cas\n\n"
	              "Superviser\nl'infrastructure\n\nSecteurs d'activités :\n");
	ck_assert_uint_eq(r->nblocs, 2);
	ck_assert_uint_eq(r->blocs[0].nskills, 3);
	ck_assert_str_eq(r->blocs[0].skills[1], "Assurer sa veille technologique");
	ck_assert_uint_eq(r->blocs[1].nskills, 1);
	ck_assert_str_eq(r->blocs[1].skills[0], "Superviser l'infrastructure");
	rncp_record_free(r);

	/* and a skill's paragraph wrapped before a capital, which no wrap
	 * of its first line tells */
	r = parse_str("RNCP39442 - Technicien\nL'essentiel\nNiveau 5\nCompétences attestées :\n"
	              "Assurer sa veille technologique\n"
	              "Intervenir dans un environnement de Cloud Computing\n"
	              "Superviser l'infrastructure\nModalités d'évaluation :\nMise en situation\n"
	              "RNCP39442BC03 - Maintenir\n\nModalités d'évaluation\n\n"
	              "1. Mise en situation professionnelle (1h45min) La mise en\n"
	              "situation professionnelle se déroule en deux phases.\n\n"
	              "Liste de\ncompétences\n\nAssurer sa veille\ntechnologique\n\n"
	              "Intervenir dans un\nenvironnement de\nCloud Computing\n\n"
	              "Superviser\nl'infrastructure\n\nSecteurs d'activités :\n");
	ck_assert_uint_eq(r->nblocs, 1);
	ck_assert_uint_eq(r->blocs[0].nskills, 3);
	ck_assert_str_eq(r->blocs[0].skills[1], "Intervenir dans un environnement de Cloud Computing");
	ck_assert_str_eq(r->blocs[0].skills[2], "Superviser l'infrastructure");
	rncp_record_free(r);

	/* a Markdown table whose header a page break parts from its rule */
	r = parse_str("RNCP39443 - Technicien\nL'essentiel\nNiveau 5\n"
	              "RNCP39443BC01 - Installer\n| Liste de compétences | Modalités d'évaluation |\n\n"
	              "Page 5/9\n\n|---|---|\n| Installer un poste | Étude de cas |\n");
	ck_assert_uint_eq(r->nblocs, 1);
	ck_assert_uint_eq(r->blocs[0].nskills, 1);
	ck_assert_str_eq(r->blocs[0].skills[0], "Installer un poste");
	rncp_record_free(r);
}
END_TEST

/* A short OCR'd text: few words, but a word ending in è, which no French
 * word does, says the text is damaged */
START_TEST(t_short_ocr_text)
{
	size_t i;
	rncp_record *r = parse_str(
	    "Rèpertoire spécifique\nAgent de sécuritè en entrepôt\nActive\nN° de fiche\nRS5123\n"
	    "Date d'échèance de l'enregistrement : 30-09-2027\n");
	ck_assert_str_eq(r->title, "Agent de sécurité en entrepôt");
	rncp_record_free(r);
	/* a word the text's end cuts is no sign: nothing repaired */
	r = parse_str("Répertoire spécifique\nAgent de sécurité en entrepôt\nActive\nN° de fiche\n"
	              "RS5123\nDate d'échéance de l'enregistrement : 30-09-2027\nLa clientè");
	for (i = 0; i < r->nwarnings; i++)
		ck_assert_msg(strstr(r->warnings[i], "OCR") == NULL, "%s", r->warnings[i]);
	rncp_record_free(r);
}
END_TEST

/* What an arrêté's line adds to a title goes; the rest stays */
/* A scan's OCR capitalised a word of the title (S, C, O... look alike in
 * either case): put small when the fiche writes the title with it small
 * elsewhere, at least twice and more often than not. */
#define TITRE \
	"Le titre à finalité professionnelle « Technicien Supérieur systèmes et réseaux » est" \
	" structuré.\n"
#define PROSE1 "Le technicien supérieur systèmes et réseaux participe à la mise en service.\n"
#define PROSE2 \
	"Quotidiennement le technicien supérieur systèmes et\nréseaux  vérifie les sauvegardes.\n"
static const struct {
	const char *text, *title, *want;
} case_votes[] = {
    {TITRE PROSE1 PROSE2, "Technicien Supérieur systèmes et réseaux",
     "Technicien supérieur systèmes et réseaux"},
    /* title case, a capital no OCR confuses: meant */
    {TITRE PROSE1 PROSE2, "Technicien Supérieur Systèmes et Réseaux",
     "Technicien Supérieur Systèmes et Réseaux"},
    /* once small only, or inside another word */
    {TITRE PROSE1, "Technicien Supérieur systèmes et réseaux",
     "Technicien Supérieur systèmes et réseaux"},
    {TITRE PROSE1 "Letechnicien supérieur systèmes et réseaux.\n",
     "Technicien Supérieur systèmes et réseaux", "Technicien Supérieur systèmes et réseaux"},
    /* more often capitalised than small */
    {"« Développeur Web et web mobile »\nLe Développeur Web et web mobile conçoit.\n"
     "Le Développeur Web et web mobile code.\nLe développeur web et web mobile teste.\n"
     "Le développeur web et web mobile livre.\n",
     "Développeur Web et web mobile", "Développeur Web et web mobile"},
    {"« Développeur Web et web mobile »\nLe développeur web et web mobile teste.\n"
     "Le développeur web et web mobile livre.\n",
     "Développeur Web et web mobile", "Développeur web et web mobile"},
};

START_TEST(t_title_case_vote)
{
	char buf[128];
	rncp_record *r;

	snprintf(buf, sizeof(buf), "%s", case_votes[_i].title);
	title_case_vote(case_votes[_i].text, strlen(case_votes[_i].text), buf);
	ck_assert_str_eq(buf, case_votes[_i].want);
	if (_i > 0)
		return;
	/* and so in a whole fiche, scanned black and white */
	r = parse_sample("../scanned/rncp37454.bw.txt");
	ck_assert_str_eq(r->title, "Technicien supérieur systèmes et réseaux");
	rncp_record_free(r);
}
END_TEST

START_TEST(t_title_tidy)
{
	static const struct {
		const char *in, *want;
	} t[] = {
	    {"Titre professionnel : Plombier chauffagiste (ancien intitulé : Installateur en thermique).",
	     "Plombier chauffagiste"},
	    {"TP : Titre professionnel Cuisinier (ère)", "Cuisinier (ère)"},
	    {"Agent d'accueil touristique.", "Agent d'accueil touristique"},
	    {"Électricien (anciennement : Électricien d'équipement)", "Électricien"},
	    {"Technicien(ne) systèmes et réseaux", "Technicien(ne) systèmes et réseaux"},
	    {"Certificat complémentaire de spécialisation (CCS)", "Certificat complémentaire de spécialisation (CCS)"},
	    {"Titre professionnel : ", "Titre professionnel :"},
	    {"Gestion de projets, etc...", "Gestion de projets, etc..."},
	    /* the fiche's code after it, in brackets or a dash apart */
	    {"TP Administrateur d'Infrastructures Sécurisées (RNCP37680)", "TP Administrateur d'Infrastructures Sécurisées"},
	    {"Développeur web (RNCP n° 37674)", "Développeur web"},
	    {"Chargé de communication - RNCP 35210", "Chargé de communication"},
	    {"Gestionnaire de paie \u2013 RS5678", "Gestionnaire de paie"},
	    {"Code RNCP37680", "Code RNCP37680"},
	    /* after "Titre professionnel", no sign between: its capital */
	    {"Titre professionnel Électricien d'équipement", "Électricien d'équipement"},
	    {"Titre professionnel Technicien en usinage", "Technicien en usinage"},
	    {"TITRE PROFESSIONNEL TECHNICIEN EN USINAGE", "TITRE PROFESSIONNEL TECHNICIEN EN USINAGE"},
	    {"Bachelor (RNCP36061, niveau 6)", "Bachelor (RNCP36061, niveau 6)"},
	};
	size_t i;

	for (i = 0; i < ARRAY_LEN(t); i++) {
		char buf[256];
		snprintf(buf, sizeof(buf), "%s", t[i].in);
		title_tidy(buf);
		ck_assert_str_eq(buf, t[i].want);
	}
}
END_TEST

/* A certifier row without SIRET: the commercial name, which cannot be
 * told from the legal one, is the word the site's address repeats */
START_TEST(t_list_label_wrapped)
{
	/* a label PDF text wrapped before its bracket ("(organisation,
	 * gestion)"): joined to it, and the list goes on */
	rncp_record *r = parse_str("N° de fiche RNCP99001\nNiveau 7\nCode(s) NSF\n"
	                           "310p : Spécialités plurivalentes des échanges et de la gestion\n"
	                           "(organisation, gestion)\n"
	                           "326n : Analyse informatique, conception d'architecture de réseaux\n"
	                           "Formacode(s)\n32047 : Management projet\n");
	ck_assert_uint_eq(r->nnsf, 2);
	ck_assert_str_eq(r->nsf[0].label,
	                 "Spécialités plurivalentes des échanges et de la gestion (organisation, gestion)");
	ck_assert_str_eq(r->nsf[1].code, "326n");
	ck_assert_uint_eq(r->nformacodes, 1);
	rncp_record_free(r);

	/* a legacy fiche's list on one line, put on two (its line ends
	 * lost, then put back): the comma that parted them is no label's */
	r = parse_str("Intitulé\nTitre\nNiveau et/ou domaine d'activité\nII (Nomenclature de 1969)\n"
	              "Code(s) NSF :\n312 Commerce, vente,\n310 Spécialités plurivalentes des échanges et de la gestion\n");
	ck_assert_uint_eq(r->nnsf, 2);
	ck_assert_str_eq(r->nsf[0].label, "Commerce, vente");
	rncp_record_free(r);

	/* but a label a line's end cut after its comma keeps it */
	r = parse_str("N° de fiche RNCP99001\nNiveau 5\nCode(s) NSF :\n"
	              "250r : Spécialités pluritechnologiques mécanique-électricité (réalisation,\n"
	              "installation, maintenance)\n"
	              "201r : Technologies de commandes des transformations industrielles\n");
	ck_assert_uint_eq(r->nnsf, 2);
	ck_assert_str_eq(r->nsf[0].label,
	                 "Spécialités pluritechnologiques mécanique-électricité (réalisation, installation, maintenance)");
	rncp_record_free(r);
}
END_TEST

START_TEST(t_certifiers_cell_spilled)
{
	/* w3m's table read into cells a column left of its head: the next
	 * cell's text in the SIRET's ("43815697600021 ISNM"); 14 digits
	 * that fail the Luhn check are still no SIRET */
	rncp_record *r = parse_str("N° de fiche RNCP39123\nNiveau 7\n\n"
	                           "Nom légal | Siret | Nom | Site internet |\n---|---|---|---|\n"
	                           "INSTITUT SUPERIEUR DU NUMERIQUE | 43815697600021 ISNM | - | https://x.example |\n"
	                           "ECOLE FICTIVE | 12345678901234 ABC | - | - |\n\n"
	                           "Objectifs et contexte de la certification :\nTexte.\n");
	ck_assert_uint_eq(r->ncertifiers, 2);
	ck_assert_str_eq(r->certifiers[0].siret, "43815697600021");
	ck_assert_ptr_null(r->certifiers[1].siret);
	rncp_record_free(r);
	/* the label without its colon, the SIRET's bracket with one */
	r = parse_str("L'essentiel\n- Code de la fiche : RNCP37948\n- Nomenclature du niveau de qualification : Niveau 5\n"
	              "- Certificateur MINISTERE DU TRAVAIL DU PLEIN EMPLOI ET DE L\xE2\x80\x99 INSERTION (Siret : "
	              "11000007200014)\nObjectifs de la certification\n");
	ck_assert_uint_eq(r->ncertifiers, 1);
	ck_assert_str_eq(r->certifiers[0].name, "MINISTERE DU TRAVAIL DU PLEIN EMPLOI ET DE L' INSERTION");
	ck_assert_str_eq(r->certifiers[0].siret, "11000007200014");
	rncp_record_free(r);
	/* a Markdown table of labels and values: "Intitulé Complet", "Code
	 * Formacode"; ROME codes with their labels in brackets, an HTML line
	 * break between them */
	r = parse_str("# RÉFÉRENTIEL D'ÉVALUATION\n\n| Paramètre | Valeur |\n|-----------|--------|\n"
	              "| **Intitulé Complet** | Administrateur Système DevOps |\n"
	              "| **Niveau** | 6 (Cadre National des Certifications 2019) |\n"
	              "| **Code Formacode** | 31034, 31021 |\n"
	              "| **Codes ROME** | M1802 (Conseil et maîtrise d'ouvrage en SI)<br>M1801 (Administration de "
	              "systèmes d'information) |\n");
	ck_assert_str_eq(r->title, "Administrateur Système DevOps");
	ck_assert_uint_eq(r->nformacodes, 2);
	ck_assert_str_eq(r->formacodes[1].code, "31021");
	ck_assert_uint_eq(r->nrome, 2);
	ck_assert_str_eq(r->rome[0].label, "Conseil et maîtrise d'ouvrage en SI");
	ck_assert_str_eq(r->rome[1].code, "M1801");
	rncp_record_free(r);
	/* an outline's items: a label's item over another item is none */
	r = parse_str("# Dossier Professionnel – Certification EISI (RNCP 35584 – Niveau 7)\n\n## Page de garde\n"
	              "- Nom, prénom\n- Intitulé de la certification\n- Année de passage\n- Session de certification\n");
	ck_assert(r->title == NULL || strcmp(r->title, "Année de passage") != 0);
	rncp_record_free(r);
	/* a table of labels and values: the certifier's row is no header,
	 * the labels under it no certifiers */
	r = parse_str("# Fiche RNCP40677 — Product Builder No-Code\n\n| Champ | Valeur |\n|-------|--------|\n"
	              "| Numéro RNCP | 40677 |\n| Niveau | 6 (Bac+3/4) |\n| Certificateur | Oreegami |\n"
	              "| Date d'activité | Active au 1er avril 2026 |\n| Date d'échéance | 23 mai 2028 |\n");
	ck_assert_uint_eq(r->ncertifiers, 1);
	ck_assert_str_eq(r->certifiers[0].name, "Oreegami");
	ck_assert_str_eq(r->expires, "2028-05-23");
	rncp_record_free(r);
}
END_TEST

/* html2text.py's Markdown tables, without outer bars, their rows wrapped
 * at 78 columns: a row runs on until it holds the header's bars, then
 * while its last cell was cut by the wrapping */
START_TEST(t_markdown_bare_tables)
{
	static const char text[] =
	    "L'essentiel\n\nNomenclature du niveau de qualification\n\nNiveau 7\n\n"
	    "Nom l\xC3\xA9gal| Siret| Nom commercial| Site internet  \n"
	    "---|---|---|---  \n"
	    "INSTITUT SUPERIEUR DU NUMERIQUE ET DU MANAGEMENT| 43815697600021| ISNM|\n"
	    "https://www.isnm.example  \n"
	    "ASSOCIATION POUR LE DEVELOPPEMENT DES COMPETENCES NUMERIQUES| 81250715200013|\n"
	    "-| -  \n  \n"
	    "### Objectifs et contexte de la certification :\n\n"
	    "Les organisations publiques et priv\xC3\xA9" "es conduisent des projets de\n"
	    "transformation num\xC3\xA9rique qui touchent leurs processus, leurs outils et leurs\n"
	    "m\xC3\xA9tiers. Le manager de la transformation num\xC3\xA9rique pilote ces projets, de\n"
	    "l'analyse des besoins \xC3\xA0 l'accompagnement des \xC3\xA9quipes.\n\n"
	    "RNCP39123BC01 - Analyser la strat\xC3\xA9gie num\xC3\xA9rique\n\n"
	    "Liste de comp\xC3\xA9tences| Modalit\xC3\xA9s d'\xC3\xA9valuation  \n"
	    "---|---  \n"
	    "Diagnostiquer la maturit\xC3\xA9 num\xC3\xA9rique de l'organisation en s'appuyant sur des\n"
	    "entretiens et des indicateurs| \xC3\x89tude de cas \xC3\xA9" "crite (3h) \xC3\xA0 partir d'une\n"
	    "organisation r\xC3\xA9" "elle.  \n  \n"
	    "RNCP39123BC02 - Piloter les projets\n\n"
	    "Liste de comp\xC3\xA9tences| Modalit\xC3\xA9s d'\xC3\xA9valuation\n"
	    "---|---\n"
	    "Planifier les projets| Mise en situation| de trop\n";
	rncp_record *r = parse_str(text);
	ck_assert_uint_eq(r->ncertifiers, 2);
	ck_assert_str_eq(r->certifiers[0].name, "INSTITUT SUPERIEUR DU NUMERIQUE ET DU MANAGEMENT");
	ck_assert_str_eq(r->certifiers[1].name, "ASSOCIATION POUR LE DEVELOPPEMENT DES COMPETENCES NUMERIQUES");
	ck_assert_str_eq(r->certifiers[1].siret, "81250715200013");
	ck_assert_uint_eq(r->nblocs, 2);
	ck_assert_uint_eq(r->blocs[0].nskills, 1);
	ck_assert_str_eq(r->blocs[0].skills[0], "Diagnostiquer la maturit\xC3\xA9 num\xC3\xA9rique de "
	                                         "l'organisation en s'appuyant sur des entretiens et des indicateurs");
	/* a row of more cells than its header's: no such table, its
	 * rule no skill */
	for (size_t k = 0; k < r->blocs[1].nskills; k++)
		ck_assert(strstr(r->blocs[1].skills[k], "---") == NULL);
	rncp_record_free(r);
}
END_TEST

/* A skill wrapped before the figures of a standard ("... norme NF EN" /
 * "16247") or of a quantity ("... au moins" / "35 heures"), in the
 * fiche-wide list and in a bloc's, where the text's wrap width is not
 * told (pdftotext's copy of a page, its tables' rows longer than its
 * prose); a Formacode alone, a date stay lines of their own */
START_TEST(t_skill_wrapped_before_figures)
{
	rncp_record *r = parse_str(
	    "Formacode(s) :\n22454 : \xC3\x89nergie renouvelable\n22466\n"
	    "Date d'\xC3\xA9" "ch\xC3\xA9" "ance de l'enregistrement :\n30-11-2028\n"
	    "Activit\xC3\xA9s vis\xC3\xA9" "es :\nConception technique et \xC3\xA9" "conomique des projets\n"
	    "Suivi de la performance \xC3\xA9nerg\xC3\xA9tique des installations\n"
	    "Comp\xC3\xA9tences attest\xC3\xA9" "es :\n"
	    "R\xC3\xA9" "aliser un audit \xC3\xA9nerg\xC3\xA9tique d'un b\xC3\xA2timent ou d'un site industriel selon la norme NF EN\n"
	    "16247\n"
	    "Former les exploitants \xC3\xA0 la conduite des installations pendant au moins\n"
	    "35 heures\n"
	    "Organiser la s\xC3\xA9" "curit\xC3\xA9 incendie d'un \xC3\xA9tablissement recevant du public de\n"
	    "1re cat\xC3\xA9gorie\n"
	    "RNCP39876BC01 - R\xC3\xA9" "aliser les audits et les \xC3\xA9tudes de faisabilit\xC3\xA9 \xC3\xA9nerg\xC3\xA9tique\n"
	    "Liste de comp\xC3\xA9tences\nModalit\xC3\xA9s d'\xC3\xA9valuation\n"
	    "R\xC3\xA9" "aliser un audit \xC3\xA9nerg\xC3\xA9tique d'un b\xC3\xA2timent ou d'un site industriel selon la norme NF EN\n"
	    "16247\n"
	    "Former les exploitants \xC3\xA0 la conduite des installations pendant au moins\n"
	    "35 heures\n"
	    "Organiser la s\xC3\xA9" "curit\xC3\xA9 incendie d'un \xC3\xA9tablissement recevant du public de\n"
	    "1re cat\xC3\xA9gorie\n"
	    "\xC3\x89tude de cas \xC3\xA0 partir des relev\xC3\xA9s d'un site r\xC3\xA9" "el (4 heures).\n"
	    "RNCP39876BC04 - Suivre la performance \xC3\xA9nerg\xC3\xA9tique des installations\n"
	    "En contrat de professionnalisation X M\xC3\xAAme jury que pour la voie pr\xC3\xA9" "c\xC3\xA9" "dente.\n"
	    "Par candidature individuelle X Par exp\xC3\xA9rience X Le jury est compos\xC3\xA9 de cinq membres, dont trois "
	    "professionnels\next\xC3\xA9rieurs \xC3\xA0 l'organisme.\nOui Non\n");
	ck_assert_uint_ge(r->nblocs, 1);
	ck_assert_uint_eq(r->blocs[0].nskills, 3);
	ck_assert_str_eq(r->blocs[0].skills[0], "R\xC3\xA9" "aliser un audit \xC3\xA9nerg\xC3\xA9tique d'un b\xC3\xA2timent "
	                                         "ou d'un site industriel selon la norme NF EN 16247");
	ck_assert_str_eq(r->blocs[0].skills[1],
	                 "Former les exploitants \xC3\xA0 la conduite des installations pendant au moins 35 heures");
	ck_assert_str_eq(r->blocs[0].skills[2], "Organiser la s\xC3\xA9" "curit\xC3\xA9 incendie d'un "
	                                         "\xC3\xA9tablissement recevant du public de 1re cat\xC3\xA9gorie");
	ck_assert_uint_eq(r->nformacodes, 2);
	ck_assert_str_eq(r->expires, "2028-11-30");
	rncp_record_free(r);
}
END_TEST

/* ROME's label "... Environnement -HSE- industriels" wrapped before its
 * dashed word (pandoc's list), or its blank lost (pdftotext joins
 * "-HSE-" at a line's end to the next line as a cut word) */
START_TEST(t_rome_label_dashed)
{
	static const char *const texts[] = {
	    "Nomenclature du niveau de qualification : Niveau 6\nCode(s) ROME :\n\n"
	    "-   H1302 - Management et ing\xC3\xA9nierie Hygi\xC3\xA8ne S\xC3\xA9" "curit\xC3\xA9 Environnement\n"
	    "    -HSE- industriels\n-   K2502 - Management de s\xC3\xA9" "curit\xC3\xA9 priv\xC3\xA9" "e\n"
	    "-   K1705 - S\xC3\xA9" "curit\xC3\xA9 civile et secours\n\nSuite :\n",
	    "Nomenclature du niveau de qualification : Niveau 6\nCode(s) ROME :\n"
	    "H1302 - Management et ing\xC3\xA9nierie Hygi\xC3\xA8ne S\xC3\xA9" "curit\xC3\xA9 Environnement -HSEindustriels\n"
	    "K2502 - Management de s\xC3\xA9" "curit\xC3\xA9 priv\xC3\xA9" "e\n"
	    "K1705 - S\xC3\xA9" "curit\xC3\xA9 civile et secours\n\nSuite :\n"};
	size_t i;

	for (i = 0; i < ARRAY_LEN(texts); i++) {
		rncp_record *r = parse_str(texts[i]);
		ck_assert_uint_eq(r->nrome, 3);
		ck_assert_str_eq(r->rome[0].label, "Management et ing\xC3\xA9nierie Hygi\xC3\xA8ne S\xC3\xA9" "curit\xC3\xA9 "
		                                   "Environnement -HSE- industriels");
		ck_assert_str_eq(r->rome[2].code, "K1705");
		rncp_record_free(r);
	}
	/* a label the fiche words otherwise, its blanks as many, stays */
	rncp_record *r = parse_str("Nomenclature du niveau de qualification : Niveau 6\nCode(s) ROME :\n"
	                           "H1206 - Management et ing\xC3\xA9nierie \xC3\xA9tudes, recherche et "
	                           "d\xC3\xA9veloppement industriel\n");
	ck_assert_str_eq(r->rome[0].label, "Management et ing\xC3\xA9nierie \xC3\xA9tudes, recherche et "
	                                   "d\xC3\xA9veloppement industriel");
	rncp_record_free(r);
}
END_TEST

/* pdftotext -raw's row of a long name in a narrow column: its six lines,
 * then the SIRET with the other cells */
START_TEST(t_certifiers_raw_long)
{
	rncp_record *r = parse_str("N° de fiche\nRNCP41287\nNom légal Siret Nom\ncommercial\nSite internet\n"
	                           "ECOLE NATIONALE DE\nLA PREVENTION DES\nRISQUES ET DE LA\nSECURITE\n"
	                           "77558812900012 ENPRS https://www.enprs.example\n"
	                           "GROUPEMENT\nD'INTERET PUBLIC\nFORMATION CONTINUE\nET INSERTION\n"
	                           "PROFESSIONNELLE DE\nL'ACADEMIE DE NANTES\n"
	                           "18440004300016 GIP FCIP\nNantes\nhttps://www.fcip-\nnantes.example\n"
	                           "Objectifs et contexte de la certification :\nTexte.\n");
	ck_assert_uint_eq(r->ncertifiers, 2);
	ck_assert_str_eq(r->certifiers[0].name, "ECOLE NATIONALE DE LA PREVENTION DES RISQUES ET DE LA SECURITE");
	ck_assert_str_eq(r->certifiers[1].name, "GROUPEMENT D'INTERET PUBLIC FORMATION CONTINUE ET INSERTION "
	                                        "PROFESSIONNELLE DE L'ACADEMIE DE NANTES");
	ck_assert_str_eq(r->certifiers[1].siret, "18440004300016");
	rncp_record_free(r);
}
END_TEST

/* pdftotext's and mutool's certifiers' table of long names: the header's
 * titles a line each, blank lines between; a name, a blank line, the
 * SIRET's line; the last row's name after its first line read after the
 * SIRET's, the commercial name's second line among its lines
 * (pdftotext); a row without SIRET after such a row keeps its name */
START_TEST(t_certifiers_titles_apart)
{
	rncp_record *r = parse_str("N° de fiche\nRNCP41287\nNom légal\n\nSiret\n\nNom\nSite internet\ncommercial\n\n"
	                           "ECOLE NATIONALE DE\nLA PREVENTION DES\nRISQUES ET DE LA\nSECURITE\n\n"
	                           "77558812900012 ENPRS\n\n"
	                           "GROUPEMENT\n18440004300016 GIP FCIP\nD'INTERET PUBLIC\nNantes\nFORMATION CONTINUE\n"
	                           "ET INSERTION\nPROFESSIONNELLE DE\nL'ACADEMIE DE NANTES\n\n"
	                           "https://www.enprs.example\n\nhttps://www.fcipnantes.example\n\n"
	                           "Objectifs et contexte de la certification :\nTexte.\n");
	ck_assert_uint_eq(r->ncertifiers, 2);
	ck_assert_str_eq(r->certifiers[0].name, "ECOLE NATIONALE DE LA PREVENTION DES RISQUES ET DE LA SECURITE");
	ck_assert_str_eq(r->certifiers[0].siret, "77558812900012");
	ck_assert_str_eq(r->certifiers[1].name, "GROUPEMENT D'INTERET PUBLIC FORMATION CONTINUE ET INSERTION "
	                                        "PROFESSIONNELLE DE L'ACADEMIE DE NANTES");
	rncp_record_free(r);
	r = parse_str("N° de fiche\nRNCP41287\nNom légal\nSiret\nNom\ncommercial\n\nSite internet\n\n"
	              "GROUPEMENT\nD'INTERET PUBLIC\nFORMATION CONTINUE\nET INSERTION\nPROFESSIONNELLE DE\n"
	              "L'ACADEMIE DE NANTES\n\n18440004300016 GIP FCIP\n\nNantes\n\nhttps://www.fcip-\nnantes.example\n\n"
	              "Objectifs et contexte de la certification :\nTexte.\n");
	ck_assert_uint_eq(r->ncertifiers, 1);
	ck_assert_str_eq(r->certifiers[0].name, "GROUPEMENT D'INTERET PUBLIC FORMATION CONTINUE ET INSERTION "
	                                        "PROFESSIONNELLE DE L'ACADEMIE DE NANTES");
	rncp_record_free(r);
	/* pdfminer's, down the columns: the names, the titles, the SIRETs */
	r = parse_str("N° de fiche\nRNCP41287\nNom légal\n\nECOLE NATIONALE DE\nLA PREVENTION DES\n"
	              "RISQUES ET DE LA\nSECURITE\n\nGROUPEMENT\nD'INTERET PUBLIC\nFORMATION CONTINUE\n"
	              "ET INSERTION\nPROFESSIONNELLE DE\nL'ACADEMIE DE NANTES\n\nSiret\n\nNom\ncommercial\n\n"
	              "Site internet\n\n77558812900012 ENPRS\n\nhttps://www.enprs.example\n\n"
	              "18440004300016 GIP FCIP\n\nNantes\n\nhttps://www.fcip-\nnantes.example\n\n"
	              "Objectifs et contexte de la certification :\nTexte.\n");
	ck_assert_uint_eq(r->ncertifiers, 2);
	ck_assert_str_eq(r->certifiers[0].name, "ECOLE NATIONALE DE LA PREVENTION DES RISQUES ET DE LA SECURITE");
	ck_assert_str_eq(r->certifiers[0].siret, "77558812900012");
	ck_assert_str_eq(r->certifiers[1].siret, "18440004300016");
	rncp_record_free(r);
	r = parse_str("N° de fiche\nRNCP38421\nNom légal SIRET Nom commercial Site internet\n\n"
	              "ASSOCIATION NATIONALE POUR LA FORMATION PROFESSIONNELLE DES ADULTES\n"
	              "82422814200017 AFPA https://www.afpa.fr\n\n"
	              "UNION DES INDUSTRIES ET METIERS DE LA METALLURGIE - - -\n\n"
	              "Objectifs et contexte de la certification :\nTexte.\n");
	ck_assert_uint_eq(r->ncertifiers, 2);
	ck_assert_str_eq(r->certifiers[1].name, "UNION DES INDUSTRIES ET METIERS DE LA METALLURGIE");
	rncp_record_free(r);
}
END_TEST

/* tesseract's bullets: a list's sign and a speck before the code ("* _K2502",
 * "\xE2\x80\xA2 _M1801"), as well as a speck alone ("+ _H1302") */
START_TEST(t_code_list_ocr_speck)
{
	rncp_record *r = parse_str("Nomenclature du niveau de qualification : Niveau 6\nCode(s) ROME :\n\n"
	                           "+ _H1302 - Management et ing\xC3\xA9nierie\n\n"
	                           "* _K2502 - Management de s\xC3\xA9" "curit\xC3\xA9 priv\xC3\xA9" "e\n\n"
	                           "\xE2\x80\xA2 _K1705 - S\xC3\xA9" "curit\xC3\xA9 civile et secours\n\nSuite :\n");
	ck_assert_uint_eq(r->nrome, 3);
	ck_assert_str_eq(r->rome[1].code, "K2502");
	ck_assert_str_eq(r->rome[1].label, "Management de s\xC3\xA9" "curit\xC3\xA9 priv\xC3\xA9" "e");
	ck_assert_str_eq(r->rome[2].code, "K1705");
	rncp_record_free(r);
}
END_TEST

/* odt2txt's rows wrapped at 72 columns: the commercial name in capitals
 * beside the site, under the row, is no name's line */
START_TEST(t_certifiers_commercial_under_row)
{
	rncp_record *r = parse_str("N\xC2\xB0 de fiche\nRNCP39876\nNom l\xC3\xA9gal SIRET Nom commercial Site internet\n\n"
	                           "INSTITUT DES TRANSITIONS ENERGETIQUES DE L'OUEST 49281736500025\n"
	                           "ITEO https://www.iteo-formation.example\n\n"
	                           "CHAMBRE DE COMMERCE ET D'INDUSTRIE TERRITORIALE DU MAINE\n"
	                           "18720001800039 CCI Formation Maine\nhttps://www.cci-maine.example\n\n"
	                           "Objectifs et contexte de la certification :\n------\n\nTexte.\n");
	ck_assert_uint_eq(r->ncertifiers, 2);
	ck_assert_str_eq(r->certifiers[0].name, "INSTITUT DES TRANSITIONS ENERGETIQUES DE L'OUEST");
	ck_assert_str_eq(r->certifiers[1].name, "CHAMBRE DE COMMERCE ET D'INDUSTRIE TERRITORIALE DU MAINE");
	ck_assert_str_eq(r->certifiers[1].siret, "18720001800039");
	rncp_record_free(r);
}
END_TEST

/* a scan's row of a long name, its cells at the top of the row: the
 * name's lines under the SIRET's, a rule's speck read as a colon after
 * one ("LA PREVENTION DES : | |") */
START_TEST(t_certifiers_scan_colon_speck)
{
	rncp_record *r = parse_str("N\xC2\xB0 de fiche\nRNCP41287\n"
	                           "Nom l\xC3\xA9gal 7 [Siret Nom  |Siteinternet\n\n| | commercial |\n\n"
	                           "ECOLE NATIONALE DE  |77558812900012 | ENPRS https://www.enprs.example |\n\n"
	                           "LA PREVENTION DES : | |\nRISQUES ET DE LA | | |\n\nSECURITE | | |\n\n"
	                           "Objectifs et contexte de la certification :\nTexte.\n");
	ck_assert_uint_eq(r->ncertifiers, 1);
	ck_assert_str_eq(r->certifiers[0].name, "ECOLE NATIONALE DE LA PREVENTION DES RISQUES ET DE LA SECURITE");
	rncp_record_free(r);
}
END_TEST

/* a scan whose certifiers' header OCR garbled: the history of the
 * certifiers ("Nom légal du certificateur | Siret du certificateur |
 * Action"), a withdrawn one first, is not their table */
START_TEST(t_certifiers_not_history)
{
	rncp_record *r = parse_str("L'essentiel\nNiveau 6\nCode(s) NSF\n344 : S\xC3\xA9" "curit\xC3\xA9 des biens\n"
	                           "Non i\xC3\xA9ge 2 Set eo Nan letoen |\n"
	                           "Objectifs et contexte de la certification :\nTexte.\n"
	                           "Historique des changements de certificateurs :\n\n"
	                           "Nom l\xC3\xA9gal du certificateur Siret du NE Action\n\ncertificateur\n"
	                           "ASSOCIATION REGIONALE POUR LA :42198765300019 |Est\n\n"
	                           "PREVENTION DES RISQUES retir\xC3\xA9\n");
	size_t k;

	for (k = 0; k < r->ncertifiers; k++)
		ck_assert(r->certifiers[k].siret == NULL || strcmp(r->certifiers[k].siret, "42198765300019") != 0);
	rncp_record_free(r);
}
END_TEST

START_TEST(t_certifiers_glued)
{
	/* a page's table whose cells the text took without a blank between
	 * them (BeautifulSoup's get_text()): the SIRET after the name's last
	 * capital, before an empty cell's dash or the commercial name; 14
	 * digits that fail the Luhn check are no SIRET */
	rncp_record *r = parse_str("N° de fiche RNCP99001\n"
	                           "Nomenclature du niveau de qualification : Niveau 6\n"
	                           "Nom légalSiretNom commercialSite internet\n"
	                           "HAUT COMMISSARIAT DE LA REPUBLIQUE17987301300017--\n"
	                           "CESI77572257201109CESI Ecole d'Ingénieurshttps://www.cesi.fr/\n"
	                           "ECOLE FICTIVE12345678901234--\n"
	                           "\n"
	                           "Objectifs et contexte de la certification :\n"
	                           "Texte.\n");
	ck_assert_uint_ge(r->ncertifiers, 2);
	ck_assert_str_eq(r->certifiers[0].name, "HAUT COMMISSARIAT DE LA REPUBLIQUE");
	ck_assert_str_eq(r->certifiers[0].siret, "17987301300017");
	ck_assert_str_eq(r->certifiers[1].name, "CESI");
	ck_assert_str_eq(r->certifiers[1].siret, "77572257201109");
	if (r->ncertifiers > 2)
		ck_assert_ptr_null(r->certifiers[2].siret);
	rncp_record_free(r);
}
END_TEST

START_TEST(t_certifier_site_name)
{
	rncp_record *r = parse_str(
	    "Répertoire national des certifications professionnelles\nTechnicien\nActive\n"
	    "N° de fiche\nRNCP39444\nNomenclature du niveau de qualification : Niveau 4\n"
	    "Nom légal Nom commercial Site internet\nGROUPE ALPHA EOLIA https://www.eolia.fr/\n"
	    "ECOLE BETA VENTUS https://www.autre-site.fr/\n\nObjectifs et contexte de la certification :\n");
	ck_assert_uint_eq(r->ncertifiers, 1);
	ck_assert_str_eq(r->certifiers[0].name, "GROUPE ALPHA");
	ck_assert_ptr_null(r->certifiers[0].siret);
	rncp_record_free(r);
}
END_TEST

START_TEST(t_expiry)
{
	rncp_record *r = parse_str(
	    "Code RNCP : 12345\nArrêté ... jusqu'au au 14 janvier 2012.\n"
	    "Enregistrement pour cinq ans avec effet au 14 avril\n2017, jusqu'au 19 juillet 2022.\n"
	    "Arrêté ... jusqu'au 14 avril 2017.\n");
	ck_assert_str_eq(r->expires, "2022-07-19");
	rncp_record_free(r);
	/* other labels: "Date limite de validité", "Expire le", "Date de fin de
	 * l'enregistrement" */
	r = parse_str("Code RNCP : 12345\nNiveau 5\nDate limite de validité : 14/03/2029\n");
	ck_assert_str_eq(r->expires, "2029-03-14");
	rncp_record_free(r);
	/* "Date d'échéance", its accented letters dropped (its apostrophe
	 * kept: "chance" is a word, which no repair changes) */
	r = parse_str("Code RNCP : 12345\nNiveau 5\nDate d\u2019chance de l\u2019enregistrement : 23-04-2026\n");
	ck_assert_str_eq(r->expires, "2026-04-23");
	rncp_record_free(r);
	r = parse_str("Code RNCP : 12345\nNiveau 5\nExpire le 14 mars 2029\n");
	ck_assert_str_eq(r->expires, "2029-03-14");
	rncp_record_free(r);
	r = parse_str("Code RNCP : 12345\nNiveau 5\nDate de fin de l'enregistrement : 14/03/2029\n");
	ck_assert_str_eq(r->expires, "2029-03-14");
	rncp_record_free(r);
	/* OCR's "1 er", a date with dots */
	r = parse_str("Code RNCP : 12345\nArrêté ... jusqu'au 1 er août 2024.\nArrêté ... jusqu'au 31.12.2023.\n");
	ck_assert_str_eq(r->expires, "2024-08-01");
	rncp_record_free(r);
	r = parse_str("Code RNCP : 12345\nArrêté ... jusqu'au 1 er août 2020.\nArrêté ... jusqu'au 31.12.2023.\n");
	ck_assert_str_eq(r->expires, "2023-12-31");
	rncp_record_free(r);
	/* the registration's dates as a range: its end ("Enregistré au RNCP
	 * du ... au ...", a training centre's page) */
	r = parse_str("Code RNCP : RNCP31115\nNiveau 5\nEnregistré au RNCP du 15/03/2019 au 14/03/2024\n");
	ck_assert_str_eq(r->expires, "2024-03-14");
	rncp_record_free(r);
	r = parse_str("Code RNCP : RNCP31115\nNiveau 5\nEnregistrement pour cinq ans, du 1er septembre 2021 "
	              "au 31 août 2026, au niveau 5.\n");
	ck_assert_str_eq(r->expires, "2026-08-31");
	rncp_record_free(r);
	/* a session's dates are no registration's */
	r = parse_str("Code RNCP : RNCP31115\nNiveau 5\nProchaine session du 01/09/2025 au 30/06/2026\n");
	ck_assert_ptr_null(r->expires);
	rncp_record_free(r);

	r = parse_str("L'essentiel\nNiveau 5\nDate d'échéance\nde l'enregistrement\n25-06-2030\n"
	              "Date de dernière délivrance possible | 25-06-2034 |\n");
	ck_assert_str_eq(r->expires, "2030-06-25");
	ck_assert_str_eq(r->status, "active");
	rncp_record_free(r);

	r = parse_str("Code RNCP : 12345\nDate d'échéance de l'enregistrement : 25-O6-2O3l\n");
	ck_assert_str_eq(r->expires, "2031-06-25"); /* OCR O and l in digits */
	rncp_record_free(r);

	/* a Word file's paragraphs a blank line apart (antiword's) */
	r = parse_str("L'essentiel\nNiveau 5\nDate d'échéance\n\nde l'enregistrement\n\n25-06-2030\n\n"
	              "Nom légal | Siret |\n");
	ck_assert_str_eq(r->expires, "2030-06-25");
	rncp_record_free(r);
}
END_TEST

/* What word processors' text converters make of a fiche: odt2txt's
 * headings underlined ("Code(s) NSF :" / "-------------"); catdoc's table
 * rows a tab apart, a blank line between them, a row wrapped before its
 * empty cells ("- | -"); a bloc's title wrapped before "(CCS)"; antiword's
 * CNCP bloc heading over paragraphs two blank lines apart */
START_TEST(t_word_converters)
{
	rncp_record *r = parse_str(
	    "RNCP37454 - Technicien supérieur\n\nNomenclature du niveau de qualification : Niveau 5\n\n"
	    "Code(s) NSF :\n-------------\n\n326 : Informatique\n\nFormacode(s) :\n--------------\n\n"
	    "24231 : Réseau informatique\n\n"
	    "Nom légal\tSiret\tNom commercial\tSite internet\n\n"
	    "HAUT COMMISSARIAT DE LA REPUBLIQUE EN POLYNESIE FRANCAISE\t17987301300017\n-\t-\n\n"
	    "Objectifs et contexte de la certification :\n\nLe technicien.\n\n"
	    "Compétences attestées :\n\nDévelopper des scripts\n\n"
	    "RNCP37454BC04 - Certificat complémentaire de spécialisation\n(CCS)\n\n"
	    "Liste de compétences\tModalités d'évaluation\nDévelopper des scripts\tMise en situation\n");
	ck_assert_uint_eq(r->nnsf, 1);
	ck_assert_str_eq(r->nsf[0].code, "326");
	ck_assert_uint_eq(r->nformacodes, 1);
	ck_assert_uint_eq(r->ncertifiers, 1);
	ck_assert_str_eq(r->certifiers[0].siret, "17987301300017");
	ck_assert_uint_eq(r->nblocs, 1);
	ck_assert_str_eq(r->blocs[0].title, "Certificat complémentaire de spécialisation (CCS)");
	rncp_record_free(r);

	r = parse_str("Résumé descriptif de la certification Code RNCP : 19542\nIntitulé\nTechnicien\n"
	              "Niveau et/ou domaine d'activité\nIII (Nomenclature de 1969)\n\n"
	              "Bloc de compétence n°1 de\n\n\nla fiche n° 19542 - Bloc 1 :\n\n"
	              "Mettre en service le matériel\n\ninformatique et réaliser les\n\ntests\n\n"
	              "En formation initiale\n");
	ck_assert_uint_eq(r->nblocs, 1);
	ck_assert_str_eq(r->blocs[0].code, "RNCP19542BC01");
	ck_assert_str_eq(r->blocs[0].title, "Mettre en service le matériel informatique et réaliser les tests");
	rncp_record_free(r);

	/* odt2txt's: a list's marks lost, its items a blank line apart, some
	 * wrapped; the sectors end at their ellipsis */
	r = parse_str("Résumé descriptif de la certification Code RNCP : 19543\nIntitulé\nTechnicien\n"
	              "Niveau et/ou domaine d'activité\nIII (Nomenclature de 1969)\n\n"
	              "Secteurs d'activité ou types d'emplois accessibles par le\n"
	              "détenteur de ce diplôme, ce titre ou ce certificat\n\n"
	              "Entreprises offrant des services d'hébergement, de « cloud\ncomputing »,\n\n"
	              "Opérateurs téléphoniques…\n\nTechnicien systèmes et réseaux,\n\nTechnicien réseaux,\n\n"
	              "Administrateur systèmes.\n\nCodes des fiches ROME les plus proches :\n"
	              "----------------------------------------\n\nM1801 : Administration de systèmes d'information\n"
	              "\nAutre texte\nsur deux lignes\n\nEt un paragraphe\nde plus\n");
	ck_assert_uint_eq(r->njobs, 3);
	ck_assert_str_eq(r->jobs[0], "Technicien systèmes et réseaux");
	ck_assert_uint_eq(r->nrome, 1);
	rncp_record_free(r);

	/* odt2txt's: two blank lines inside a bloc's skill */
	r = parse_str("Résumé descriptif de la certification Code RNCP : 14392\nIntitulé\nTechnicien\n"
	              "Niveau et/ou domaine d'activité\nIV (Nomenclature de 1969)\n\n"
	              "Bloc de compétence n°2 de\n\nla fiche n° 14392 - Mettre en\n\nplace un réseau\n\n"
	              "Compétences attestées :\n-----------------------\n\n"
	              "Connecter les différents éléments du réseau avec les supports de\n\n\n"
	              "transmissions correspondants\n\n"
	              "Configurer et administrer les éléments actifs du réseau\n\n"
	              "Modalités d’évaluation :\n------------------------\n\nÉtude de cas\n");
	ck_assert_uint_eq(r->nblocs, 1);
	ck_assert_uint_eq(r->blocs[0].nskills, 2);
	ck_assert_str_eq(r->blocs[0].skills[0], "Connecter les différents éléments du réseau avec les "
	                                        "supports de transmissions correspondants");
	rncp_record_free(r);

	/* catdoc's lines of 72 columns: a skill wrapped before the tab that
	 * parts it from its assessment */
	r = parse_str("Titre\nActive\nN° de fiche\nRNCP99001\nNiveau 6\nCompétences attestées :\n\n"
	              "Analyser les besoins logistiques du client\n\nPlanifier l'activité\n\n"
	              "RNCP99001BC01 - Concevoir\n\nListe de compétences\tModalités d'évaluation\n\n"
	              "Analyser les besoins logistiques\ndu client\tÉtude de cas écrite.\n\n"
	              "Secteurs d'activités :\n");
	ck_assert_uint_eq(r->nblocs, 1);
	ck_assert_uint_eq(r->blocs[0].nskills, 1);
	ck_assert_str_eq(r->blocs[0].skills[0], "Analyser les besoins logistiques du client");
	rncp_record_free(r);

	/* pdftotext's reading of a printed page's table: the skills' cell
	 * wrapped in its narrow column, read down before the assessment's
	 * header; the fiche-wide list splits its text */
	r = parse_str("Titre\nActive\nN° de fiche\nRNCP99001\nNiveau 6\nCompétences attestées :\n"
	              "Mettre en service un équipement numérique\nAssister les utilisateurs sur leurs équipements\n"
	              "Gérer les incidents\n\n"
	              "RNCP99001BC01 - Assister\nListe de compétences\nMettre en service un\néquipement numérique\n"
	              "Assister les utilisateurs sur\nleurs équipements Gérer les\nincidents\n\n"
	              "Modalités d'évaluation\n1. Mise en situation\n");
	ck_assert_uint_eq(r->nblocs, 1);
	ck_assert_uint_eq(r->blocs[0].nskills, 3);
	ck_assert_str_eq(r->blocs[0].skills[1], "Assister les utilisateurs sur leurs équipements");
	rncp_record_free(r);

	/* w3m's: a CNCP bloc's marked skills a blank line apart, one wrapped
	 * after a blank line; mupdf's REAC skill with a blank line inside */
	r = parse_str("Résumé descriptif de la certification Code RNCP : 14392\nIntitulé\nTechnicien\n"
	              "Niveau et/ou domaine d'activité\nIII (Nomenclature de 1969)\n\n"
	              "Bloc de compétence n°2 de\n\nla fiche n° 14392 - Mettre en place un réseau\n\n"
	              "Compétences attestées :\n\n  • Connecter les éléments du réseau avec les supports de\n\n"
	              "transmissions correspondants\n\n  • Configurer les éléments actifs du réseau\n\n"
	              "Modalités d’évaluation :\n\nEtude de cas\n");
	ck_assert_uint_eq(r->nblocs, 1);
	ck_assert_uint_eq(r->blocs[0].nskills, 2);
	ck_assert_str_eq(r->blocs[0].skills[0],
	                 "Connecter les éléments du réseau avec les supports de transmissions correspondants");
	rncp_record_free(r);
	r = parse_str("REFERENTIEL EMPLOI ACTIVITES COMPETENCES DU TITRE PROFESSIONNEL\n"
	              "Technicien réseaux\nNiveau 5\nCode(s) ROME :\nI1401\n"
	              "FICHE ACTIVITE TYPE N° 1\nInstaller les réseaux\n\n"
	              "Liste des compétences professionnelles de l'activité type\n\n"
	              "Planifier la maintenance des équipements de réseaux informatiques et\n\n"
	              "de télécommunications.\n\nDiagnostiquer un dysfonctionnement.\n\n"
	              "Compétences transversales de l'activité type\n");
	ck_assert_uint_eq(r->nblocs, 1);
	ck_assert_uint_eq(r->blocs[0].nskills, 2);
	ck_assert_str_eq(r->blocs[0].skills[0],
	                 "Planifier la maintenance des équipements de réseaux informatiques et de télécommunications");
	rncp_record_free(r);

	/* pdfminer's: the certifiers' table read down its columns (the
	 * names under "Nom légal", then the other titles, then the SIRETs);
	 * each bloc's list of one skill of the fiche-wide list, read down
	 * its column, owns the list's skills up to the next bloc's */
	r = parse_str("RNCP40864 - Gestionnaire\nNiveau 5\nNom légal\n\nHAUT COMMISSARIAT DE LA\nREPUBLIQUE\n\n"
	              "CESI\n\nSiret\n\nNom\ncommercial\n\n17987301300017 -\n\n77572257201109\n\n"
	              "Objectifs et contexte de la certification :\n\nCompétences attestées :\n"
	              "Identifier le système\nDéterminer la méthode\nDéfinir les droits\nRépondre au client\n\n"
	              "RNCP40864BC01 - Déployer\n\nListe de compétences\n\nIdentifier le système\n\n"
	              "Application professionnelle\n\n"
	              "RNCP40864BC02 - Administrer\n\nListe de compétences\n\nDéfinir les droits\n\n"
	              "Application professionnelle\n");
	ck_assert_uint_eq(r->ncertifiers, 2);
	ck_assert_str_eq(r->certifiers[0].name, "HAUT COMMISSARIAT DE LA REPUBLIQUE");
	ck_assert_str_eq(r->certifiers[0].siret, "17987301300017");
	ck_assert_str_eq(r->certifiers[1].siret, "77572257201109");
	ck_assert_uint_eq(r->nblocs, 2);
	ck_assert_uint_eq(r->blocs[0].nskills, 2);
	ck_assert_str_eq(r->blocs[0].skills[1], "Déterminer la méthode");
	ck_assert_uint_eq(r->blocs[1].nskills, 2);
	rncp_record_free(r);

	/* tesseract's reading of a printed table: the two cells' lines run
	 * together; the skills' part of each is the next words of a
	 * fiche-wide skill (a line of the assessment alone skipped); each
	 * bloc's one skill then owns the list's skills up to the next's */
	r = parse_str("RNCP40864 - Gestionnaire\nL'essentiel\nNiveau 5\nCompétences attestées :\n"
	              "Identifier le système d'exploitation et sa version\nDéterminer la méthode de déploiement\n"
	              "Définir les droits d'accès\nRépondre au client\n\n"
	              "RNCP40864BC01 - Déployer\n\nListe de compétences Modalités d'évaluation\n\n"
	              "Identifier le système d'exploitation Application professionnelle (réelle ou\n"
	              "simulée) sur la base d'un déploiement\n"
	              "et sa version d'un parc informatique dans une ETI\n\n"
	              "RNCP40864BC02 - Administrer\n\nListe de compétences Modalités d'évaluation\n\n"
	              "Définir les droits | Application professionnelle (réelle ou\n"
	              "d'accès simulée) sur la base de l'installation\n");
	ck_assert_uint_eq(r->nblocs, 2);
	ck_assert_uint_eq(r->blocs[0].nskills, 2);
	ck_assert_str_eq(r->blocs[0].skills[0], "Identifier le système d'exploitation et sa version");
	ck_assert_str_eq(r->blocs[0].skills[1], "Déterminer la méthode de déploiement");
	ck_assert_uint_eq(r->blocs[1].nskills, 2);
	ck_assert_str_eq(r->blocs[1].skills[0], "Définir les droits d'accès");
	rncp_record_free(r);
	/* the next skill after a blank line OCR put between the rows */
	r = parse_str("RNCP40864 - Gestionnaire\nL'essentiel\nNiveau 5\nCompétences attestées :\n"
	              "Gérer les incidents et les problèmes\nDéfinir les droits d'accès\n"
	              "Assister à l'utilisation des ressources\n\n"
	              "RNCP40864BC01 - Assister\n\nListe de compétences Modalités d'évaluation\n\n"
	              "Gérer les incidents et Mise en situation professionnelle\n"
	              "les problèmes | pour tracer ses interventions\n\n"
	              "Assister à l'utilisation sous surveillance, sans la présence\n"
	              "des ressources du jury\n\nSecteurs d'activités :\n");
	ck_assert_uint_eq(r->nblocs, 1);
	ck_assert_uint_eq(r->blocs[0].nskills, 2);
	ck_assert_str_eq(r->blocs[0].skills[1], "Assister à l'utilisation des ressources");
	rncp_record_free(r);

	/* pdftotext -layout's packed cells: a word of the assessment got into
	 * a bloc's one skill; still the fiche-wide list's, which it then owns
	 * up to the next bloc's */
	r = parse_str("RNCP40864 - Gestionnaire\nL'essentiel\nNiveau 5\nCompétences attestées :\n"
	              "Identifier les principales caractéristiques des systèmes pour installer les services "
	              "répondant aux besoins de l'entreprise\nDéfinir les droits d'accès\n"
	              "Superviser le parc informatique\nRépondre au client\n\n"
	              "RNCP40864BC02 - Administrer\nListe de compétences | Modalités d'évaluation |\n---|---|\n"
	              "Identifier les principales caractéristiques des systèmes pour installer les services "
	              "répondant aux la besoins de l'entreprise |\nApplication professionnelle |\n"
	              "RNCP40864BC03 - Gérer\nListe de compétences | Modalités d'évaluation |\n---|---|\n"
	              "Superviser le parc informatique |\nÉtude de cas |\n\nSecteurs d'activités :\n");
	ck_assert_uint_eq(r->nblocs, 2);
	ck_assert_uint_eq(r->blocs[0].nskills, 2);
	ck_assert_str_eq(r->blocs[0].skills[0], "Identifier les principales caractéristiques des systèmes pour "
	                                        "installer les services répondant aux besoins de l'entreprise");
	ck_assert_str_eq(r->blocs[0].skills[1], "Définir les droits d'accès");
	ck_assert_uint_eq(r->blocs[1].nskills, 2);
	rncp_record_free(r);

	/* another table under the certifiers', a blank line between: its
	 * header (over its rule) is no certifier */
	r = parse_str("RNCP37454 - Technicien\nNiveau 5\nNom légal | Siret | Nom commercial |\n---|---|---|\n"
	              "CESI | 77572257201109 | - |\n\nListe de compétences | Modalités d'évaluation |\n---|---|\n"
	              "Installer | Étude de cas |\n");
	ck_assert_uint_eq(r->ncertifiers, 1);
	rncp_record_free(r);
}
END_TEST

START_TEST(t_missing_sections_warn)
{
	rncp_record *r = parse_str("Résumé descriptif de la certification Code RNCP : 12345\n");
	size_t i;
	int nolevel = 0, norome = 0;

	ck_assert_str_eq(r->code, "RNCP12345");
	for (i = 0; i < r->nwarnings; i++) {
		nolevel |= strcmp(r->warnings[i], "no level found") == 0;
		norome |= strcmp(r->warnings[i], "no ROME code found") == 0;
	}
	ck_assert(nolevel && norome);
	rncp_record_free(r);
}
END_TEST

START_TEST(t_not_a_fiche)
{
	static const char *t[] = {
	    "# rncp\n\nA tool. See RNCP12345 for an example.\n",
	    "int main(void) { return 0; }\n",
	};
	size_t i;

	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		rncp_record *r = NULL;
		rncp_error e = {0};
		ck_assert_int_eq(rncp_parse(t[i], strlen(t[i]), "x", NULL, &r, &e), RNCP_ENOTFICHE);
		ck_assert_ptr_null(r);
		ck_assert_ptr_nonnull(strstr(e.msg, "not an RNCP fiche"));
	}
}
END_TEST

START_TEST(t_samples_facts)
{
	rncp_record *r = parse_sample("rncp40864.txt");

	ck_assert_str_eq(r->code, "RNCP40864");
	ck_assert_uint_eq(r->nblocs, 4);
	/* the PDF table shows one skill a bloc; the global list gives the rest */
	ck_assert_uint_eq(r->blocs[0].nskills, 10);
	ck_assert_uint_eq(r->njobs, 6);
	rncp_record_free(r);

	r = parse_sample("reac-trte.txt");
	ck_assert_ptr_null(r->code);
	ck_assert_uint_eq(r->nblocs, 3);
	ck_assert_ptr_null(r->blocs[0].code);
	ck_assert_uint_eq(r->blocs[0].nskills, 6);
	ck_assert_str_eq(r->rome[0].code, "I1401");
	rncp_record_free(r);
}
END_TEST

/* A titre professionnel's référentiel d'évaluation (RE): its activity types
 * and their skills where its projects' part names them */
/* a training centre's page: its blocs' titles listed under "Blocs de
 * compétences", no code, no skill; the title after "Titre
 * professionnel" with no sign between */
START_TEST(t_listed_blocs)
{
	rncp_record *r = parse_str("Titre professionnel Technicien en usinage assisté par ordinateur\nRNCP35182\n"
	                           "Titre professionnel de niveau 4\n\nBlocs de compétences\n"
	                           "- Réaliser, à partir d'un plan, l'usinage de pièces sur tour à commande numérique\n"
	                           "- Réaliser, à partir d'un plan, l'usinage de pièces sur centre d'usinage\n"
	                           "- Préparer et mettre au point des productions en usinage de série.\n"
	                           "Prérequis\n- Etre titulaire d'un diplôme de niveau 3\n");
	ck_assert_str_eq(r->title, "Technicien en usinage assisté par ordinateur");
	ck_assert_uint_eq(r->nblocs, 3);
	ck_assert_ptr_null(r->blocs[0].code);
	ck_assert_str_eq(r->blocs[1].title, "Réaliser, à partir d'un plan, l'usinage de pièces sur centre d'usinage");
	ck_assert_str_eq(r->blocs[2].title, "Préparer et mettre au point des productions en usinage de série");
	ck_assert_uint_eq(r->blocs[0].nskills, 0);
	rncp_record_free(r);
	/* one item, or items that are no titles: none */
	r = parse_str("Titre professionnel Technicien\nRNCP35182\nNiveau 4\n\nBlocs de compétences :\n"
	              "- Réaliser l'usinage de pièces sur tour\n\nPrérequis\n- Etre titulaire d'un diplôme de niveau 3\n");
	ck_assert_uint_eq(r->nblocs, 0);
	rncp_record_free(r);
	r = parse_str("Titre professionnel Technicien\nRNCP35182\nNiveau 4\n\nBlocs de compétences\n"
	              "- voir la fiche\n- 4 blocs\n");
	ck_assert_uint_eq(r->nblocs, 0);
	rncp_record_free(r);
}
END_TEST

/* notes' and pages' blocs, each coded heading over its skills' marked
 * list, no "Liste de compétences"; a Markdown "**Code** :" */
START_TEST(t_bloc_items)
{
	size_t i;
	rncp_record *r = parse_str("# Développeur web et web mobile\n\n**Code** : RNCP37674\n**Niveau** : 5\n\n"
	                           "## Blocs de compétences\n\n"
	                           "### RNCP37674BC01 - Développer la partie front-end d'une application web\n"
	                           "- Installer et configurer son environnement de travail\n\n"
	                           "- Maquetter des interfaces utilisateur\n\n"
	                           "### RNCP37674BC02 - Développer la partie back-end\n"
	                           "- Mettre en place une base de données\n"
	                           "Une évaluation en fin de parcours.\n- Hors liste\n");
	ck_assert_uint_eq(r->nblocs, 2);
	ck_assert_uint_eq(r->blocs[0].nskills, 2);
	ck_assert_str_eq(r->blocs[0].skills[1], "Maquetter des interfaces utilisateur");
	ck_assert_uint_eq(r->blocs[1].nskills, 1);
	ck_assert_str_eq(r->blocs[1].skills[0], "Mettre en place une base de données");
	/* sentences wrapped at a page's width, each a verb first, up to
	 * its full stop, or a short line before a verb in capitals; the
	 * title going on in small letters; markup between blocs */
	{
		rncp_record *w = parse_str(
		    "Bloc de compétences RNCP 5\n"
		    "RNCP38436BC01 - Cadrer un projet et conceptualiser une solution web\n"
		    "Rédiger un Cahier Des Charges (CDC) en partant d'une expression\n"
		    "de besoins, afin de cadrer fonctionnellement un projet de solution\n"
		    "web dans le respect des réglementations en vigueur et notamment le\n"
		    "RGPD.\n"
		    "Identifier les fonctionnalités à développer, en modélisant les\n"
		    "divers éléments et leurs interconnexions, afin de structurer\n"
		    "l'architecture de la solution web (BDD)\n"
		    "Rédiger une présentation pour présenter les choix techniques, les\n"
		    "maquettes.\n"
		    "{/* Bloc 2 */}\n"
		    "RNCP38436BC02 - Déployer un système d'assurance qualité tout au long\n"
		    "du cycle de vie d'une solution web.\n"
		    "Monitorer le lancement d'une solution web, en recueillant les\n"
		    "retours utilisateurs.\n");
		ck_assert_uint_eq(w->nblocs, 2);
		ck_assert_uint_eq(w->blocs[0].nskills, 3);
		ck_assert_str_eq(w->blocs[0].skills[1], "Identifier les fonctionnalités à développer, en modélisant les "
		                                       "divers éléments et leurs interconnexions, afin de structurer "
		                                       "l'architecture de la solution web (BDD)");
		ck_assert_str_eq(w->blocs[1].title, "Déployer un système d'assurance qualité tout au long du cycle de vie "
		                                    "d'une solution web");
		ck_assert_uint_eq(w->blocs[1].nskills, 1);
		rncp_record_free(w);
	}
	/* the code its label states, not one read from the blocs' */
	ck_assert_str_eq(r->code, "RNCP37674");
	for (i = 0; i < r->nwarnings; i++)
		ck_assert_msg(strstr(r->warnings[i], "codes of its blocs") == NULL, "%s", r->warnings[i]);
	rncp_record_free(r);
}
END_TEST

/* a student's copy of the page whose blocs lost their codes: each "Liste
 * de compétences" under its bloc's title, the skills' numbers off, the
 * assessment's paragraphs its heading lost no skills; blocs and their
 * skills two kinds of fact */
START_TEST(t_uncoded_blocs)
{
	rncp_record *r = parse_str(
	    "# RNCP Expert en Architecture Informatique\n\n### Compétences attestées :\nConduire une veille.\n\n"
	    "Conception d'un cahier des charges technique\n\n#### Liste de compétences\t\n"
	    "C1.1 \xE2\x80\x93 Réaliser une veille technologique continue.\n\n"
	    "C1.2 \xE2\x80\x93 Développer ses compétences numériques.\n\n#### Modalités d'évaluation\n"
	    "Mise en situation professionnelle.\n\n### Administration des réseaux\n\n#### Liste de compétences\t\n"
	    "C.2.1 \xE2\x80\x93 Créer des logiciels système.\n\nC2.2 \xE2\x80\x93 Configurer un système.\n\n"
	    "Cas pratique : sur de la programmation système.\n\n#### Modalités d'évaluation\n\nCas pratique.\n");
	ck_assert_uint_eq(r->nblocs, 2);
	ck_assert_ptr_null(r->blocs[0].code);
	ck_assert_str_eq(r->blocs[0].title, "Conception d'un cahier des charges technique");
	ck_assert_uint_eq(r->blocs[0].nskills, 2);
	ck_assert_str_eq(r->blocs[0].skills[0], "Réaliser une veille technologique continue");
	ck_assert_str_eq(r->blocs[1].title, "Administration des réseaux");
	ck_assert_uint_eq(r->blocs[1].nskills, 2);
	ck_assert_str_eq(r->blocs[1].skills[0], "Créer des logiciels système");
	/* the title after the register's name in the first heading */
	ck_assert_str_eq(r->title, "Expert en Architecture Informatique");
	rncp_record_free(r);
}
END_TEST

/* a school's notes of a titre professionnel: its activity types'
 * headings, their competences "CP n - ..." a table's first cells */
START_TEST(t_activity_blocs)
{
	rncp_record *r = parse_str(
	    "# Exemples d'activités professionnelles\n\n"
	    "## Activité Type 1 \xE2\x80\x93 Développer la partie front-end d'une application web\n\n"
	    "N° de la Compétence professionnelle | Nom du parcours | Lien\n-- | -- | --\n"
	    "CP 1 - Installer et configurer son environnement de travail |  |  \n"
	    "CP 2 - Maquetter des interfaces utilisateur web |  |  \n\n"
	    "## Activité Type 2 : Développer la partie back-end d'une application web\n\n"
	    "- CP5 : Mettre en place une base de données relationnelle\n");
	ck_assert_uint_eq(r->nblocs, 2);
	ck_assert_ptr_null(r->blocs[0].code);
	ck_assert_str_eq(r->blocs[0].title, "Développer la partie front-end d'une application web");
	ck_assert_uint_eq(r->blocs[0].nskills, 2);
	ck_assert_str_eq(r->blocs[0].skills[1], "Maquetter des interfaces utilisateur web");
	ck_assert_str_eq(r->blocs[1].title, "Développer la partie back-end d'une application web");
	ck_assert_str_eq(r->blocs[1].skills[0], "Mettre en place une base de données relationnelle");
	rncp_record_free(r);
	/* their short names, "AT n : ...", quoted */
	r = parse_str("#  Concepteur Développeur d'Applications\n## _Titre Professionel RNCP36490 Niveau 6_\n\n"
	              ">  AT 1 : Concevoir et développer des composants d'interface utilisateur en sécurité\n"
	              "> AT 2 : Concevoir et développer la persistance des données en intégrant la sécurité\n");
	ck_assert_uint_eq(r->nblocs, 2);
	ck_assert_str_eq(r->blocs[1].title, "Concevoir et développer la persistance des données en intégrant la sécurité");
	rncp_record_free(r);
	/* blocs whose codes lost their fiche's, in bold, their skills'
	 * items under them; the fiche's code before them when a label
	 * states it */
	r = parse_str("### Blocs de Compétences Certifiants\n\n**BC01 - Développer la partie front-end sécurisée**\n\n"
	              "- Installer et configurer environnement de travail\n- Maquetter interfaces utilisateur\n\n"
	              "**BC02 \xE2\x80\x94 Développer la partie back-end sécurisée**\n\n"
	              "- Concevoir base de données relationnelle\n");
	ck_assert_uint_eq(r->nblocs, 2);
	ck_assert_ptr_null(r->blocs[0].code);
	ck_assert_str_eq(r->blocs[1].title, "Développer la partie back-end sécurisée");
	ck_assert_uint_eq(r->blocs[0].nskills, 2);
	ck_assert_str_eq(r->blocs[1].skills[0], "Concevoir base de données relationnelle");
	rncp_record_free(r);
	r = parse_str("Code RNCP : RNCP37674\n\nBC01 - Développer la partie front-end sécurisée\n"
	              "- Installer et configurer environnement de travail\nBC02 : Développer la partie back-end\n"
	              "- Concevoir base de données relationnelle\n");
	ck_assert_uint_eq(r->nblocs, 2);
	ck_assert_str_eq(r->blocs[1].code, "RNCP37674BC02");
	rncp_record_free(r);
	/* a list of them, no skills: none is the one's before */
	r = parse_str("Code RNCP : RNCP38626\n\n- BC01 : Conception et Architecture Logicielle\n"
	              "- BC02 : Développement d'Applications Back-End Avancé\n- BC03 : Gestion de Projet Technique\n");
	ck_assert_uint_eq(r->nblocs, 3);
	ck_assert_uint_eq(r->blocs[0].nskills, 0);
	ck_assert_uint_eq(r->blocs[1].nskills, 0);
	rncp_record_free(r);
}
END_TEST

START_TEST(t_reac_evaluation)
{
	rncp_record *r = parse_str(
	    "REFERENTIEL D\xE2\x80\x99" "EVALUATION\nDU TITRE PROFESSIONNEL\nConcepteur développeur d\xE2\x80\x99" "applications\n"
	    "Niveau 6\nSIGLE Type de document Code titre Millésime Date dernier JO Date de mise à jour Page\n"
	    "CDA RE TP-01281 04 13/05/2023 02/07/2024 1/42\n\n1. Références de la spécialité\n"
	    "   Intitulé du titre professionnel : Concepteur développeur d\xE2\x80\x99" "applications\n"
	    "   Code(s) NSF : 326t - Programmation, mise en place de logiciels\n   Code(s) ROME : M1805\n"
	    "  L\xE2\x80\x99" "ensemble des projets doit obligatoirement permettre la mise en œuvre des compétences suivantes :\n"
	    "  Pour l\xE2\x80\x99" "activité type 1 « Développer une application sécurisée » :\n"
	    "- Développer des interfaces utilisateur\n- Contribuer à la gestion d\xE2\x80\x99un projet informatique\n"
	    "  Pour l\xE2\x80\x99" "activité type 2 « Concevoir une application organisée en couches » :\n"
	    "- Analyser les besoins et maquetter une application\n"
	    "  Pour l\xE2\x80\x99" "activité type 1 « Développer une application sécurisée » :\n"
	    "- Développer des interfaces utilisateur\n");
	ck_assert_uint_eq(r->nblocs, 2);
	ck_assert_ptr_null(r->blocs[0].code);
	ck_assert_str_eq(r->blocs[0].title, "Développer une application sécurisée");
	ck_assert_uint_eq(r->blocs[0].nskills, 2);
	ck_assert_str_eq(r->blocs[0].skills[1], "Contribuer à la gestion d'un projet informatique");
	ck_assert_uint_eq(r->blocs[1].nskills, 1);
	rncp_record_free(r);
}
END_TEST

Suite *
suite_extract(void)
{
	Suite *s = suite_create("extract");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, t_own_code_not_cited);
	tcase_add_test(tc, t_legacy_bloc_codes);
	tcase_add_test(tc, t_title_guillemets);
	tcase_add_test(tc, t_title_fallbacks);
	tcase_add_test(tc, t_web_title_stated);
	tcase_add_test(tc, t_label_value_tabs);
	tcase_add_test(tc, t_web_skills_end_at_section);
	tcase_add_test(tc, t_blank_lines_lost);
	tcase_add_test(tc, t_code_wrapped);
	tcase_add_test(tc, t_arrete_annex);
	tcase_add_test(tc, t_arrete_annex_components);
	tcase_add_test(tc, t_arrete_annex_odd_lines);
	tcase_add_test(tc, t_arrete_article);
	tcase_add_test(tc, t_jobs_wrapped_prose);
	tcase_add_test(tc, t_reac_evaluation);
	tcase_add_test(tc, t_listed_blocs);
	tcase_add_test(tc, t_bloc_items);
	tcase_add_test(tc, t_uncoded_blocs);
	tcase_add_test(tc, t_activity_blocs);
	tcase_add_test(tc, t_cncp_english_title);
	tcase_add_test(tc, t_web_assessment_not_skill);
	tcase_add_test(tc, t_assessment_run_on);
	tcase_add_test(tc, t_list_label_skill);
	tcase_add_test(tc, t_cncp_jobs_ocr);
	tcase_add_test(tc, t_web_bloc_title_wrapped);
	tcase_add_test(tc, t_nsf_capital_letter);
	tcase_add_test(tc, t_certifiers_column);
	tcase_add_test(tc, t_rome_label_accents);
	tcase_add_test(tc, t_levels_1969);
	tcase_add_test(tc, t_rome_lists);
	tcase_add_test(tc, t_ocr_lists);
	tcase_add_test(tc, t_nsf_formacode);
	tcase_add_test(tc, t_certifiers);
	tcase_add_test(tc, t_certifiers_scan);
	tcase_add_test(tc, t_certifiers_scan_two);
	tcase_add_test(tc, t_certifiers_pdf_two);
	tcase_add_test(tc, t_certifiers_centred);
	tcase_add_test(tc, t_certifiers_wrapped_before_siret);
	tcase_add_test(tc, t_certifiers_glued);
	tcase_add_test(tc, t_certifiers_not_history);
	tcase_add_test(tc, t_certifiers_scan_colon_speck);
	tcase_add_test(tc, t_certifiers_commercial_under_row);
	tcase_add_test(tc, t_code_list_ocr_speck);
	tcase_add_test(tc, t_certifiers_titles_apart);
	tcase_add_test(tc, t_certifiers_raw_long);
	tcase_add_test(tc, t_rome_label_dashed);
	tcase_add_test(tc, t_skill_wrapped_before_figures);
	tcase_add_test(tc, t_markdown_bare_tables);
	tcase_add_test(tc, t_certifiers_cell_spilled);
	tcase_add_test(tc, t_list_label_wrapped);
	tcase_add_test(tc, t_ocr_rule_bar);
	tcase_add_test(tc, t_ocr_anchored_blocs);
	tcase_add_test(tc, t_ocr_reread_bloc);
	tcase_add_test(tc, t_ocr_barred_cells);
	tcase_add_test(tc, t_ocr_marked_label);
	tcase_add_test(tc, t_inline_code_lists);
	tcase_add_test(tc, t_replaced_by_not_own);
	tcase_add_test(tc, t_register_tables);
	tcase_add_test(tc, t_leading_bar_kept);
	tcase_add_test(tc, t_expiry);
	tcase_add_test(tc, t_missing_sections_warn);
	tcase_add_test(tc, t_not_a_fiche);
	tcase_add_test(tc, t_samples_facts);
	tcase_add_test(tc, t_item_marker);
	tcase_add_test(tc, t_starts_infinitive);
	tcase_add_test(tc, t_lists_wrapped);
	tcase_add_test(tc, t_lists_unmarked);
	tcase_add_test(tc, t_word_converters);
	tcase_add_test(tc, t_table_one_cell_a_line);
	tcase_add_loop_test(tc, t_html2text_latin1_table, 0, 2);
	tcase_add_test(tc, t_html2text_latin1_invalid_byte);
	tcase_add_test(tc, t_republished_lists);
	tcase_add_test(tc, t_page_own_words);
	tcase_add_test(tc, t_stacked_cells);
	tcase_add_test(tc, t_jobs_typed);
	tcase_add_test(tc, t_code_spellings);
	tcase_add_test(tc, t_ocr_list_past_assessment);
	tcase_add_test(tc, t_ocr_lines_across_cells);
	tcase_add_test(tc, t_short_ocr_text);
	tcase_add_test(tc, t_title_tidy);
	tcase_add_loop_test(tc, t_title_case_vote, 0, ARRAY_LEN(case_votes));
	tcase_add_test(tc, t_certifier_site_name);
	suite_add_tcase(s, tc);
	return s;
}
