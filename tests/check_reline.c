/*
 * check_reline.c - a fiche whose line ends were all lost (reline.c): when
 * a text is read as such, where its lines are put back, and the records
 * of the samples so joined.
 */
#include "check_util.h"

/* The sample's text with every line end and form feed made a space, as
 * tr '\n\f' '  ' leaves it. */
static char *
joined_sample(const char *name, size_t *len)
{
	char path[512], *data = NULL, *p;
	rncp_error e = {0};

	snprintf(path, sizeof(path), "%s/%s", getenv("FICHES") ? getenv("FICHES") : "tests/fiches", name);
	ck_assert_msg(rncp_read_file(path, &data, len, &e) == RNCP_OK, "%s: %s", path, e.msg);
	for (p = data; p < data + *len; p++)
		if (*p == '\n' || *p == '\f' || *p == '\r')
			*p = ' ';
	return data;
}

static rncp_record *
parse_joined(const char *name)
{
	size_t len;
	char *data = joined_sample(name, &len);
	rncp_parse_opts o = {"2026-01-01"};
	rncp_record *r = NULL;
	rncp_error e = {0};

	ck_assert_msg(rncp_parse(data, len, name, &o, &r, &e) == RNCP_OK, "%s: %s", name, e.msg);
	free(data);
	return r;
}

static int
has_warning(const rncp_record *r, const char *part)
{
	size_t i;

	for (i = 0; i < r->nwarnings; i++)
		if (strstr(r->warnings[i], part) != NULL)
			return 1;
	return 0;
}

START_TEST(t_flat_or_not)
{
	char one[1200], lines[1200];
	size_t i;

	/* one line of 1,199 bytes: flat; the same in lines of 80: not */
	for (i = 0; i < sizeof(one) - 1; i++) {
		one[i] = i % 7 == 6 ? ' ' : 'a';
		lines[i] = i % 80 == 79 ? '\n' : one[i];
	}
	one[i] = lines[i] = '\0';
	ck_assert_int_eq(text_is_flat(one, strlen(one)), 1);
	ck_assert_int_eq(text_is_flat(lines, strlen(lines)), 0);
	/* short: what could be said of a few words? */
	ck_assert_int_eq(text_is_flat(one, 300), 0);
	/* pages of one line each, a form feed between them (normalize's
	 * page break on its own line): flat */
	memcpy(lines, one, sizeof(one));
	lines[500] = '\n';
	lines[501] = '\f';
	lines[502] = '\n';
	ck_assert_int_eq(text_is_flat(lines, strlen(lines)), 1);
	/* the samples, as they are: none is */
	{
		static const char *const names[] = {"rncp37454.txt", "example-web-rncp.txt", "rncp14392.txt",
		                                    "reac-trte.txt"};
		for (i = 0; i < ARRAY_LEN(names); i++) {
			char path[512], *data;
			size_t len;
			rncp_error e = {0};
			snprintf(path, sizeof(path), "tests/fiches/%s", names[i]);
			ck_assert(rncp_read_file(path, &data, &len, &e) == RNCP_OK);
			ck_assert_msg(!text_is_flat(data, len), "%s", names[i]);
			free(data);
		}
	}
}
END_TEST

/* reline_flat's output for in, compared with want */
static void
relined_is(const char *in, const char *want)
{
	char *out = NULL;
	size_t n = 0;

	ck_assert_int_eq(reline_flat(in, strlen(in), &out, &n), RNCP_OK);
	ck_assert_msg(n == strlen(want) && memcmp(out, want, n) == 0, "got:\n%.*s\nwant:\n%s", (int)n, out, want);
	free(out);
}

START_TEST(t_reline_labels)
{
	/* labels alone on their line, lists' items each on one */
	relined_is("N° de fiche RNCP37454 Code(s) NSF : 326t : Informatique, réseaux 311p : Transport "
	           "Formacode(s) : 24231 : Réseau informatique 31008 : Système information "
	           "Date d'échéance de l'enregistrement : 22-01-2028",
	           "N° de fiche RNCP37454\n"
	           "Code(s) NSF :\n"
	           "326t : Informatique, réseaux\n"
	           "311p : Transport\n"
	           "Formacode(s) :\n"
	           "24231 : Réseau informatique\n"
	           "31008 : Système information\n"
	           "Date d'échéance de l'enregistrement : 22-01-2028");
	/* ROME codes after a dash, a bullet, alone ("M1801 : ...") or as OCR
	 * read them ("11401"), a mark OCR made of a bullet kept with its item */
	relined_is("Code(s) ROME : - M1810 - Production d'information • N1301 - Conception "
	           "M1801 : Administration de systèmes 11401 Maintenance informatique + M1802 - Expertise",
	           "Code(s) ROME :\n"
	           "- M1810 - Production d'information\n"
	           "\xE2\x80\xA2 N1301 - Conception\n"
	           "M1801 : Administration de systèmes\n"
	           "11401 Maintenance informatique\n"
	           "+ M1802 - Expertise");
	/* OCR's O for 0 in the codes of a flat text ("M17O3") */
	relined_is("Codes des fiches ROME les plus proches : D14O6 : Management en force de vente "
	           "M17O3 : Management et gestion de produit",
	           "Codes des fiches ROME les plus proches :\n"
	           "D14O6 : Management en force de vente\n"
	           "M17O3 : Management et gestion de produit");
	/* a table of contents' line is no label: its page number ends it */
	relined_is("SOMMAIRE Liste des activités ...... 6 Fiche emploi type ........ 8 Fiches activités types 10 "
	           "Introduction",
	           "SOMMAIRE Liste des activités ...... 6\n"
	           "Fiche emploi type ........ 8\n"
	           "Fiches activités types 10 Introduction");
	/* a CNCP fiche's English version: its head, the code, the title
	 * after it, the résumé's heading whole on its line */
	relined_is("Supplément descriptif du certificat Le Répertoire National des Certifications Professionnelles "
	           "(RNCP) Code RNCP : 27814 Culinary arts manager Résumé du référentiel d'emploi ou éléments "
	           "de compétence acquis Culinary arts managers perform the duties of chefs.",
	           "Supplément descriptif du certificat\nLe Répertoire National des Certifications Professionnelles "
	           "(RNCP)\nCode RNCP : 27814\nCulinary arts manager\nRésumé du référentiel d'emploi ou éléments "
	           "de compétence acquis\nCulinary arts managers perform the duties of chefs.");
	/* "N° de fiche" and "Bloc de compétence n°1" whose ° was dropped
	 * with the accents */
	relined_is("Technicien N de fiche RNCP24581 Nomenclature du niveau de qualification : Niveau 5 "
	           "Bloc de compétence n1 de la fiche n 24581 - Vendre",
	           "Technicien\nN de fiche RNCP24581\nNomenclature du niveau de qualification : Niveau 5\n"
	           "Bloc de compétence n1 de la fiche n 24581 - Vendre");
	/* "Date d'échéance" whose letters were dropped and put back as one
	 * word (dropped_repair(): "dchance", déchéance) */
	relined_is("Formacode(s) : 32047 : Management projet Date déchéance de l'enregistrement 30-11-2028 "
	           "Nom légal",
	           "Formacode(s) :\n32047 : Management projet\nDate déchéance de l'enregistrement 30-11-2028\n"
	           "Nom légal");
	/* a référentiel's head ("Références de la spécialité") */
	relined_is("1. Références de la spécialité Intitulé du titre professionnel : Vendeur Sigle du titre "
	           "professionnel : VC Niveau : 3 Formacode : 34566, 34587 Date de l'arrêté : 10/12/2018",
	           "1. Références de la spécialité\nIntitulé du titre professionnel : Vendeur\n"
	           "Sigle du titre professionnel : VC Niveau : 3\nFormacode : 34566, 34587\n"
	           "Date de l'arrêté : 10/12/2018");
	/* a label inside a word, or not capitalised, is none */
	relined_is("Les codes nsf et la Formacode(s)x ne sont pas des labels ici, ni les activités visées du métier.",
	           "Les codes nsf et la Formacode(s)x ne sont pas des labels ici, ni les activités visées du métier.");
}
END_TEST

START_TEST(t_reline_rows)
{
	/* the certifiers' rows: name, SIRET, commercial name, site ("-" or
	 * an address, which a converter may have cut: "https: //...") */
	relined_is("Nom légal SIRET Nom commercial Site internet ECOLE DES METIERS 12345678900017 ESMT Logistique "
	           "https: //www.esmt.example ASSOCIATION POUR LA FORMATION 98765432100025 - - Objectifs et "
	           "contexte de la certification : Le responsable...",
	           "Nom légal SIRET Nom commercial Site internet\n"
	           "ECOLE DES METIERS 12345678900017 ESMT Logistique https: //www.esmt.example\n"
	           "ASSOCIATION POUR LA FORMATION 98765432100025 - -\n"
	           "Objectifs et contexte de la certification :\n"
	           "Le responsable...");
	/* w3m's head wrapped ("Nom" / "commercial") and an address cut
	 * after its "//", joined */
	relined_is("Nom légal Siret Nom Site internet commercial INSTITUT DU NUMERIQUE 43815697600021 ISNM https:// "
	           "www.isnm.example ASSOCIATION POUR LE DEVELOPPEMENT 81250715200013 - - Objectifs et contexte "
	           "de la certification :",
	           "Nom légal Siret Nom Site internet commercial\n"
	           "INSTITUT DU NUMERIQUE 43815697600021 ISNM https:// www.isnm.example\n"
	           "ASSOCIATION POUR LE DEVELOPPEMENT 81250715200013 - -\n"
	           "Objectifs et contexte de la certification :\n");
	/* rows without a SIRET ("- - -": its cell, the commercial name's,
	 * the site's), a commercial name with a dash in it before the site,
	 * a dash inside a cell of a table with bars */
	relined_is("Nom légal Siret Nom commercial Site internet Ministère chargé de la solidarité - - - "
	           "GROUPE IGS - CIEFA 33264146300028 CIEFA - GROUPE IGS (Institut) https://www.ciefa.example "
	           "MINISTERE DE L'ENSEIGNEMENT SUPERIEUR 11004401300040 - - Objectifs et contexte de la certification :",
	           "Nom légal Siret Nom commercial Site internet\n"
	           "Ministère chargé de la solidarité - - -\n"
	           "GROUPE IGS - CIEFA 33264146300028 CIEFA - GROUPE IGS (Institut) https://www.ciefa.example\n"
	           "MINISTERE DE L'ENSEIGNEMENT SUPERIEUR 11004401300040 - -\n"
	           "Objectifs et contexte de la certification :\n");
	relined_is("Nom légal | Siret | Nom commercial | Site internet | ---|---|---|---| ECOLES CREATIVES RENNES | "
	           "42985984600041 | IFFDEC - ESMA | - | ETPA | 31976335500066 | ETPA - ESMA | - | Objectifs :",
	           "Nom légal | Siret | Nom commercial | Site internet |\n"
	           "---|---|---|---|\n"
	           "ECOLES CREATIVES RENNES | 42985984600041 | IFFDEC - ESMA | - |\n"
	           "ETPA | 31976335500066 | ETPA - ESMA | - |\n"
	           "Objectifs :");
	/* the register's older pages: no SIRET column */
	relined_is("Nom légal Nom commercial Site internet GIP FCIP de Toulouse - https://www.gip.example "
	           "CROIX ROUGE FRANCAISE - - Objectifs et contexte de la certification :",
	           "Nom légal Nom commercial Site internet\n"
	           "GIP FCIP de Toulouse - https://www.gip.example\n"
	           "CROIX ROUGE FRANCAISE - -\n"
	           "Objectifs et contexte de la certification :\n");
	/* a PDF's table: its bars and rule kept */
	relined_is("Nom légal | Siret | Nom commercial | Site internet | ---|---|---|---| HAUT COMMISSARIAT | "
	           "17987301300017 | - | - | Objectifs et contexte de la certification :",
	           "Nom légal | Siret | Nom commercial | Site internet |\n"
	           "---|---|---|---|\n"
	           "HAUT COMMISSARIAT | 17987301300017 | - | - |\n"
	           "Objectifs et contexte de la certification :\n");
}
END_TEST

START_TEST(t_reline_furniture)
{
	/* a printed page's header (date, time, the page's title, which the
	 * next header repeats) and footer (its address, the page counter),
	 * and a PDF's "Page 2/6" and the next page's header after it: lines
	 * of their own, for segment.c to drop */
	relined_is("texte 12/7/26, 6:24 AM rncp1.txt Le titre suite file:///tmp/rncp1.html 1/3 "
	           "autre 12/7/26, 6:24 AM rncp1.txt Fin",
	           "texte\n"
	           "12/7/26, 6:24 AM rncp1.txt\n"
	           "Le titre suite\n"
	           "file:///tmp/rncp1.html 1/3\n"
	           "autre\n"
	           "12/7/26, 6:24 AM rncp1.txt\n"
	           "Fin");
	relined_is("du Cadre Page 1/6 En-tête de la fiche de Référence et Page 2/6 En-tête de la fiche Mettre",
	           "du Cadre\n"
	           "Page 1/6\n"
	           "En-tête de la fiche\n"
	           "de Référence et\n"
	           "Page 2/6\n"
	           "En-tête de la fiche\n"
	           "Mettre");
	/* a date in a sentence is no header, a fraction no counter */
	relined_is("le 12/7/26, 6 candidats sur 24/7 https://x.example 3 fois",
	           "le 12/7/26, 6 candidats sur 24/7 https://x.example 3 fois");
}
END_TEST

START_TEST(t_reline_skills_and_blocs)
{
	/* skills start with an infinitive after a small letter; a bloc's
	 * title ends with the next label, or where a sentence starts */
	relined_is("Compétences attestées : Analyser les besoins d'un client Dimensionner les surfaces "
	           "d'un entrepôt Windows Mettre en service un serveur Linux RNCP99001BC01 - Concevoir "
	           "l'organisation logistique d'un site Liste de compétences",
	           "Compétences attestées :\n"
	           "Analyser les besoins d'un client\n"
	           "Dimensionner les surfaces d'un entrepôt Windows\n"
	           "Mettre en service un serveur Linux\n"
	           "RNCP99001BC01 - Concevoir l'organisation logistique d'un site\n"
	           "Liste de compétences");
	/* after a standard's figures too (a figure alone is no standard's) */
	relined_is("Compétences attestées : Réaliser un audit selon la norme NF EN 16247 Évaluer le "
	           "potentiel d'un site au niveau 2 Mesurer les consommations",
	           "Compétences attestées :\n"
	           "Réaliser un audit selon la norme NF EN 16247\n"
	           "Évaluer le potentiel d'un site au niveau 2 Mesurer les consommations");
	/* a REAC's skills end with a full stop; its jobs' heading, "Fiche
	 * activité type N 2" with its ° dropped */
	relined_is("Liste des compétences professionnelles de l'activité type Préparer les commandes. "
	           "Contrôler les stocks. Compétences transversales de l'activité type Sans objet "
	           "Les types d'emplois accessibles sont les suivants : Magasinier / Magasinière cariste "
	           "Préparateur / Préparatrice de commandes FICHE ACTIVITE TYPE N 2 Expédier",
	           "Liste des compétences professionnelles de l'activité type\n"
	           "Préparer les commandes.\n"
	           "Contrôler les stocks.\n"
	           "Compétences transversales de l'activité type Sans objet\n"
	           "Les types d'emplois accessibles sont les suivants :\n"
	           "Magasinier / Magasinière cariste\n"
	           "Préparateur / Préparatrice de commandes\n"
	           "FICHE ACTIVITE TYPE N 2\n"
	           "Expédier");
	/* a PDF's words cut at a hyphen, its line ends lost: whole again;
	 * not a hyphen that stands for the word's other half ("pré- et
	 * post-") */
	if (lexicon_available())
		relined_is("Compétences attestées : Installer les appa- reils du réseau Suivre les soins pré- "
		           "et post-opératoires",
		           "Compétences attestées :\n"
		           "Installer les appareils du réseau\n"
		           "Suivre les soins pré- et post-opératoires");
	/* a bloc's table with its cells stacked: the skills under "Liste de
	 * compétences", numbered; the head row's two cells stay together
	 * (a PDF's: a bar between them) */
	relined_is("RNCP99001BC01 - Livrer Liste de compétences C.1. Planifier les tournées C.2. Suivre "
	           "les livraisons 1.1.1 Contrôler les stocks Modalités d'évaluation Cas pratique "
	           "RNCP99001BC02 - Vendre Liste de compétences | Modalités d'évaluation | Conseiller le client",
	           "RNCP99001BC01 - Livrer\n"
	           "Liste de compétences\n"
	           "C.1. Planifier les tournées\n"
	           "C.2. Suivre les livraisons\n"
	           "1.1.1 Contrôler les stocks\n"
	           "Modalités d'évaluation\n"
	           "Cas pratique\n"
	           "RNCP99001BC02 - Vendre\n"
	           "Liste de compétences | Modalités d'évaluation |\n"
	           "Conseiller le client");
	/* numbers of a bloc's letter and the skill's: "A1C2.", "A5.C1."; not
	 * a word of capitals and figures ("ISO 9001" ...) */
	relined_is("RNCP99001BC01 - Livrer Liste de compétences A1C1. Planifier les tournées A1C2. Suivre "
	           "les livraisons A5.C1. Contrôler les stocks selon la norme ISO 9001 Modalités d'évaluation "
	           "Cas pratique",
	           "RNCP99001BC01 - Livrer\n"
	           "Liste de compétences\n"
	           "A1C1. Planifier les tournées\n"
	           "A1C2. Suivre les livraisons\n"
	           "A5.C1. Contrôler les stocks selon la norme ISO 9001\n"
	           "Modalités d'évaluation\n"
	           "Cas pratique");
	/* bullets glued to their items: a line each, and a capital after a
	 * comma or a colon inside one starts no other; a sub-heading under
	 * the label, not a skill that heads others */
	relined_is("RNCP99001BC01 - Cuisiner Liste de compétences Compétences évaluées : \xE2\x80\xA2Gérer un "
	           "stock : Effectuer des commandes, Réceptionner les produits \xE2\x80\xA2Travailler les "
	           "légumes Modalités d'évaluation Observation RNCP99001BC02 - Servir Liste de compétences "
	           "Les capacités attestées : Appliquer les règles Accueillir le client "
	           "RNCP99001BC03 - Administrer Liste de compétences Administrer les serveurs Linux : "
	           "Développer des scripts",
	           "RNCP99001BC01 - Cuisiner\n"
	           "Liste de compétences\n"
	           "Compétences évaluées :\n"
	           "\xE2\x80\xA2Gérer un stock : Effectuer des commandes, Réceptionner les produits\n"
	           "\xE2\x80\xA2Travailler les légumes\n"
	           "Modalités d'évaluation\n"
	           "Observation\n"
	           "RNCP99001BC02 - Servir\n"
	           "Liste de compétences\n"
	           "Les capacités attestées :\n"
	           "Appliquer les règles\n"
	           "Accueillir le client\n"
	           "RNCP99001BC03 - Administrer\n"
	           "Liste de compétences\n"
	           "Administrer les serveurs Linux : Développer des scripts");
	/* titles a semicolon apart: one line, a capital inside a title
	 * starts no other (extract.c splits the line) */
	relined_is("Type d'emplois accessibles : Coordinateur sécurité ; Conseiller en prévention ; Responsable "
	           "ou Animateur Hygiène, Sécurité, Environnement (HSE) ; Techniciens Supérieurs d'Etudes "
	           "Code(s) ROME : H1301 - Inspection de conformité",
	           "Type d'emplois accessibles :\n"
	           "Coordinateur sécurité ; Conseiller en prévention ; Responsable ou Animateur Hygiène, "
	           "Sécurité, Environnement (HSE) ; Techniciens Supérieurs d'Etudes\n"
	           "Code(s) ROME :\n"
	           "H1301 - Inspection de conformité");
	/* the items marked: a capital inside one starts no other */
	relined_is("Types d'emplois accessibles : \xE2\x80\xA2 Développeur Big data \xE2\x80\xA2 Ingénieur "
	           "d'Etudes Logiciel \xE2\x80\xA2 Architecte logiciel",
	           "Types d'emplois accessibles :\n"
	           "\xE2\x80\xA2 Développeur Big data\n"
	           "\xE2\x80\xA2 Ingénieur d'Etudes Logiciel\n"
	           "\xE2\x80\xA2 Architecte logiciel");
	/* titles a spaced dash apart: a capital inside a title starts no
	 * other (an en dash still starts a line, extract.c splits each at
	 * its dashes); but dashes before each title are their marks, each a
	 * line */
	relined_is("Type d'emplois accessibles : Chef d'agence – Responsable d'entité - Directeur de centre de "
	           "profit – Business Manager - Responsable de Petite Entreprise Code(s) ROME : M1302 - Direction",
	           "Type d'emplois accessibles :\n"
	           "Chef d'agence\n"
	           "– Responsable d'entité - Directeur de centre de profit\n"
	           "– Business Manager - Responsable de Petite Entreprise\n"
	           "Code(s) ROME :\n"
	           "M1302 - Direction");
	relined_is("Type d'emplois accessibles : - Agent technique en télécommunications - Technicien de "
	           "maintenance - Technicien installateur Code(s) ROME : I1307 - Installation",
	           "Type d'emplois accessibles :\n"
	           "- Agent technique en télécommunications\n"
	           "- Technicien de maintenance\n"
	           "- Technicien installateur\n"
	           "Code(s) ROME :\n"
	           "I1307 - Installation");
	/* a sentence that leads the titles in: the first title after its
	 * colon starts a line */
	relined_is("Type d'emplois accessibles : Les fonctions les plus couramment rencontrées sont : "
	           "Développeur web Développeur front end Code(s) ROME : E1104 - Conception de contenus multimédias",
	           "Type d'emplois accessibles :\n"
	           "Les fonctions les plus couramment rencontrées sont :\n"
	           "Développeur web\n"
	           "Développeur front end\n"
	           "Code(s) ROME :\n"
	           "E1104 - Conception de contenus multimédias");
	/* dashes glued to their items, each an item's mark; not a
	 * bracket's "-PME-" */
	relined_is("Type d'emplois accessibles : -Agent d'escale ferroviaire -Agent de circulation et d'accueil "
	           "-Agent du service départ des trains -Responsable de petite entreprise -PME- "
	           "Code(s) ROME : N4401 - Circulation du réseau ferré",
	           "Type d'emplois accessibles :\n"
	           "-Agent d'escale ferroviaire\n"
	           "-Agent de circulation et d'accueil\n"
	           "-Agent du service départ des trains\n"
	           "-Responsable de petite entreprise -PME-\n"
	           "Code(s) ROME :\n"
	           "N4401 - Circulation du réseau ferré");
	/* a job after an ellipsis; a dash inside brackets is no list's
	 * mark */
	relined_is("Types d'emplois accessibles : Plateformes logistiques (ESL – entrepôt sous douane), "
	           "transporteurs… Responsable d'entrepôt Chef de quai",
	           "Types d'emplois accessibles :\n"
	           "Plateformes logistiques (ESL – entrepôt sous douane), transporteurs…\n"
	           "Responsable d'entrepôt\n"
	           "Chef de quai");
	/* the CNCP's bloc table: the heading whole, the title up to the
	 * description's first sentence, a blank line after it */
	if (lexicon_available())
		relined_is("Bloc de compétence n°1 de la fiche n° 19542 - Bloc 1 : Mettre en service le "
		           "matériel et réaliser les tests En formation initiale : mise en situation",
		           "Bloc de compétence n°1 de la fiche n° 19542 - Bloc 1 : Mettre en service le "
		           "matériel et réaliser les tests\n\n"
		           "En formation initiale : mise en situation");
}
END_TEST

START_TEST(t_joined_samples)
{
	/* each layout's sample on one line reads as the sample */
	static const char *const names[] = {"example-web-rncp.txt", "example-web-rs.txt", "rncp37454.txt",
	                                    "rncp40864.txt", "rncp14392.txt", "rncp19542.txt",
	                                    "example-web-icons.txt", "reac-trte.txt", "example-reac.txt"};
	size_t i, k;

	for (i = 0; i < ARRAY_LEN(names); i++) {
		rncp_record *a = parse_sample(names[i]), *b = parse_joined(names[i]);
		ck_assert_msg(has_warning(b, "line ends lost"), "%s", names[i]);
		ck_assert_msg(!has_warning(a, "line ends lost"), "%s", names[i]);
		ck_assert_pstr_eq(a->code, b->code);
		ck_assert_str_eq(a->title, b->title);
		ck_assert_int_eq(a->level_eu, b->level_eu);
		ck_assert_int_eq(a->nnsf, b->nnsf);
		for (k = 0; k < a->nnsf; k++)
			ck_assert_str_eq(a->nsf[k].label, b->nsf[k].label);
		ck_assert_int_eq(a->nformacodes, b->nformacodes);
		for (k = 0; k < a->nformacodes; k++)
			ck_assert_str_eq(a->formacodes[k].label, b->formacodes[k].label);
		ck_assert_int_eq(a->nrome, b->nrome);
		for (k = 0; k < a->nrome; k++) {
			ck_assert_str_eq(a->rome[k].code, b->rome[k].code);
			ck_assert_str_eq(a->rome[k].label, b->rome[k].label);
		}
		ck_assert_int_eq(a->ncertifiers, b->ncertifiers);
		for (k = 0; k < a->ncertifiers; k++)
			ck_assert_str_eq(a->certifiers[k].name, b->certifiers[k].name);
		ck_assert_int_eq(a->nblocs, b->nblocs);
		for (k = 0; k < a->nblocs; k++) {
			ck_assert_str_eq(a->blocs[k].title, b->blocs[k].title);
			ck_assert_int_eq(a->blocs[k].nskills, b->blocs[k].nskills);
		}
		ck_assert_int_eq(a->njobs, b->njobs);
		for (k = 0; k < a->njobs; k++)
			ck_assert_str_eq(a->jobs[k], b->jobs[k]);
		if (a->expires != NULL)
			ck_assert_str_eq(a->expires, b->expires);
		rncp_record_free(a);
		rncp_record_free(b);
	}
}
END_TEST

Suite *
suite_reline(void)
{
	Suite *s = suite_create("reline");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, t_flat_or_not);
	tcase_add_test(tc, t_reline_labels);
	tcase_add_test(tc, t_reline_rows);
	tcase_add_test(tc, t_reline_furniture);
	tcase_add_test(tc, t_reline_skills_and_blocs);
	tcase_add_test(tc, t_joined_samples);
	suite_add_tcase(s, tc);
	return s;
}
