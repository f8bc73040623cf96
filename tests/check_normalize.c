/* check_normalize.c - unit tests of normalize.c. */
#include <stdlib.h>

#include "check_util.h"

static char *
norm(const char *s)
{
	char *o = NULL;
	size_t n = 0;
	norm_stats st = {0};

	ck_assert_int_eq(normalize_text(s, strlen(s), &o, &n, &st), RNCP_OK);
	ck_assert_uint_eq(strlen(o), n);
	return o;
}

#define NORM_EQ(in, want)                    \
	do {                                 \
		char *o_ = norm(in);         \
		ck_assert_str_eq(o_, want);  \
		free(o_);                    \
	} while (0)

START_TEST(t_line_ends)
{
	/* a form feed becomes a line of its own, a page break for segment.c */
	NORM_EQ("a\r\nb\rc\fd", "a\nb\nc\n\f\nd");
}
END_TEST

START_TEST(t_spaces)
{
	NORM_EQ("  Code\xC2\xA0:\xE2\x80\xAF 5  \v x  \n", "Code : 5\nx\n");
	NORM_EQ("  Code\xC2\xA0:\xE2\x80\xAF 5  \xE2\x80\x83 x  \n", "Code : 5 x\n");
}
END_TEST

/* a fiche forwarded in a mail and quoted by the reply; a few lines that
 * start with ">" (a list's marks) are text */
START_TEST(t_mail_quoted)
{
	NORM_EQ("> L'essentiel\n> Code(s) NSF\n>\n> 326t : Programmation\n> \xE2\x9E\xA2 Installer",
	        "L'essentiel\nCode(s) NSF\n\n326t : Programmation\n\xE2\x80\xA2 Installer");
	NORM_EQ(">> A\r\n> > B\r\n>>\r\n>> C", "A\nB\n\nC");
	NORM_EQ("Activités :\n> Installer\n> Configurer\nSuite", "Activités :\n> Installer\n> Configurer\nSuite");
	/* the whole parse */
	rncp_record *r = parse_str("> RNCP37674 - Développeur web et web mobile\n> L'essentiel\n"
	                           "> Nomenclature du niveau de qualification\n> Niveau 5\n");
	ck_assert_str_eq(r->code, "RNCP37674");
	ck_assert_str_eq(r->title, "Développeur web et web mobile");
	ck_assert_int_eq(r->level_eu, 5);
	rncp_record_free(r);
}
END_TEST

START_TEST(t_link_marks)
{
	/* lynx -dump's marks before its links go; footnotes, bracketed
	 * numbers apart from a word, and other brackets stay */
	NORM_EQ("   * [12]M1801 - Administration\n[3]https://x.fr [4]Accueil",
	        "* M1801 - Administration\nhttps://x.fr Accueil");
	NORM_EQ("texte[1] et [2] suite, [a]b, [123456]c, [7]\n[", "texte[1] et [2] suite, [a]b, [123456]c, [7]\n[");
}
END_TEST

/* A page converted to Markdown: escapes, links, autolinks, strong
 * emphasis and pandoc's comment between two lists go; what only looks
 * like them stays */
START_TEST(t_markdown_inline)
{
	NORM_EQ("Modalit\xC3\xA9s d\\'\xC3\xA9valuation :\n1\\. L\\'ENTREPRISE \\*x\\* \\\\ C:\\Temp",
	        "Modalit\xC3\xA9s d'\xC3\xA9valuation :\n1. L'ENTREPRISE *x* \\ C:\\Temp");
	NORM_EQ("- [M1801 - Administration de\nsyst\xC3\xA8mes](https://x.fr/m1801) ![logo](a.png)",
	        "- M1801 - Administration de\nsyst\xC3\xA8mes logo");
	NORM_EQ("AFPA <https://www.afpa.fr> <www.x.fr> <mailto:a@x.fr>", "AFPA https://www.afpa.fr www.x.fr mailto:a@x.fr");
	NORM_EQ("N\xC2\xB0 de fiche **RNCP38421** et **Niveau 5**", "N\xC2\xB0 de fiche RNCP38421 et Niveau 5");
	NORM_EQ("- a\n\n<!-- -->\n\n- b", "- a\n\n\n\n- b");
	/* pandoc's markdown: the comment in a code fence; backticks
	 * elsewhere are apostrophes, as ever */
	NORM_EQ("- a\n\n```{=html}\n<!-- -->\n```\n- b\nx ``` y\n```a`b", "- a\n\n\n\n\n- b\nx ' y\n'a'b");
	/* none of them */
	NORM_EQ("[1] texte [a] (b) [c](d e) [f]\n(g) 2 ** 3 **x ** y", "[1] texte [a] (b) [c](d e) [f]\n(g) 2 ** 3 **x ** y");
	NORM_EQ("<!-- x", "<!-- x");
}
END_TEST

/* docx2txt writes « » as "<<" ">>": a pair on a line is made the
 * guillemets; one alone stays */
START_TEST(t_ascii_guillemets)
{
	NORM_EQ("Le titre << Manager de projet >> est obtenu.\n<< seul\nx >> y << z",
	        "Le titre \xC2\xAB Manager de projet \xC2\xBB est obtenu.\n<< seul\nx >> y << z");
}
END_TEST

/* Comments of a page's source each end where their own "-->" is, however
 * many the count of its tags looked at first (it once dropped the text
 * between the first and the third) */
START_TEST(t_html_comments)
{
	NORM_EQ("<!-- a\n -->Un<!-- b\n -->Deux<p>x</p>", "UnDeux\nx\n");
	NORM_EQ("<!-- a -->Un<!-- b -->Deux<p>x</p><p>y</p>", "UnDeux\nx\ny\n");
}
END_TEST

START_TEST(t_bullet_glyphs)
{
	/* at a line's start, the signs of PDF lists are bullets; an arrow
	 * in a sentence stays */
	NORM_EQ("\xE2\x9E\xA2 a\n\xE2\x9C\x93 b\n  \xEF\x83\x98 c\nx \xE2\x86\x92 y",
	        "\xE2\x80\xA2 a\n\xE2\x80\xA2 b\n\xE2\x80\xA2 c\nx \xE2\x86\x92 y");
}
END_TEST

/* A soft hyphen (Acrobat's copy: U+0002) where a line breaks cuts a word:
 * the word's end comes up to its line; elsewhere it goes.  Other control
 * characters and a terminal's colours go too. */
START_TEST(t_soft_hyphens)
{
	NORM_EQ("s\xC3\xA9" "cu\xC2\xAD\nrit\xC3\xA9 des r\xC3\xA9seaux\n", "sécurité\ndes réseaux\n");
	NORM_EQ("POLYNESIE FRAN\x02\r\nCAISE | 1798 |\nAndr\xC2\xAD \n  oid, etc.)",
	        "POLYNESIE FRANCAISE\n| 1798 |\nAndroid,\netc.)");
	/* the end alone on its line: the lines are one */
	NORM_EQ("s\xC3\xA9" "cu\xC2\xAD\nrit\xC3\xA9\nsuite", "sécurité\nsuite");
	NORM_EQ("12345678900\x02\n017 ESMT", "12345678900017\nESMT");
	/* no word after it, or one normalize rewrites: a hyphen at the end */
	NORM_EQ("a\xC2\xAD\n- b\nc\xC2\xAD\nl\xE2\x80\x99" "eau\nd\xC2\xAD\n", "a-\n- b\nc-\nl'eau\nd-\n");
	NORM_EQ("s\xC3\xA9\xC2\xAD" "cu\x02rit\xC3\xA9 \xC2\xAD x", "sécurité x");
	NORM_EQ("a\x01" "b\x1B[1;31mrouge\x1B[0m \x1B" "c", "abrouge c");
}
END_TEST

START_TEST(t_entities)
{
	/* references of saved HTML, normalised as the characters would be;
	 * what only looks like one stays */
	NORM_EQ("Comp&eacute;tences d&#39;&Eacute;tat &amp; R&D &#x2019;x&nbsp;: &rsquo;a&hellip;",
	        "Compétences d'État & R&D 'x : 'a\xE2\x80\xA6");
	/* a no-break space ending a line goes, as a blank there does */
	NORM_EQ("M1801&nbsp;\nx&nbsp;", "M1801\nx");
	NORM_EQ("&bogus; &#; &#xZZ; &#0; &#1114112; &amp;eacute; a&#10;b&shy;c&",
	        "&bogus; &#; &#xZZ; &#0; &#1114112; &eacute; a bc&");
	/* a middle dot opening a line stays (two bytes, where • takes
	 * three: the text must not grow; found by fuzzing) */
	NORM_EQ("\xC2\xB7SPO\n\xC2\xB7 x", "\xC2\xB7SPO\n\xC2\xB7 x");
	/* apostrophes doubled, as normalize makes "''" one */
	NORM_EQ("d&#39;&#39;information, l&#39;'entreprise", "d'information, l'entreprise");
}
END_TEST

START_TEST(t_html_tags)
{
	/* a page's source: block ends as line ends, cells' ends as bars,
	 * list items as "- " items, inline tags, comments, head and
	 * scripts gone */
	NORM_EQ("<html><head><title>x</title><style>p{}</style></head><body><!-- a -->\n"
	        "<h2><strong>Code(s) NSF :</strong></h2><p>326t : Programmation<br>suite</p>\n"
	        "<tr><td>Nom l&eacute;gal</td><td>Siret</td></tr>\n<ul><li>A</li><li>B</li></ul>"
	        "<script>var a = 1 < 2;</script></body></html>",
	        "x\nCode(s) NSF :\n326t : Programmation\nsuite\nNom légal | Siret |\n- A\n- B\n");
	/* pandoc's HTML table in its Markdown: its columns' widths go */
	NORM_EQ("<table>\n<colgroup>\n<col style=\"width: 50%\" />\n</colgroup>\n<thead>\n<tr class=\"header\">\n"
	        "<th>Liste</th>\n<th>Modalit\xC3\xA9s</th>\n</tr>\n</thead>\n<caption>T</caption></table>",
	        "Liste | Modalités |\nT\n");
	/* a form's groups and their legends, hand-made pages' other
	 * blocks; an icon's drawing */
	NORM_EQ("<fieldset class=\"m-auto\">\n  <legend class=\"pl-4\">Blocs de comp\xC3\xA9tences</legend>\n"
	        "  <ul><li>R\xC3\xA9" "aliser</li></ul>\n</fieldset><details><summary>Plus</summary>"
	        "<p>Le <mark>titre</mark> <s>ancien</s></p></details><svg viewBox=\"0 0 8 8\"><path d=\"M0\"/></svg>",
	        "Blocs de compétences\n- Réaliser\nPlus\nLe titre ancien\n");
	/* fewer than three tags, or none known: text */
	NORM_EQ("a <br> b < 5 ans <x> <MODULE>", "a <br> b < 5 ans <x> <MODULE>");
	NORM_EQ("<!-- jamais ferm\xC3\xA9 <!-- <p> <p", "<!-- jamais fermé <!-- <p> <p");
}
END_TEST

START_TEST(t_tabs)
{
	char *in, *want, *o;
	size_t i, n;

	/* between cells, a column bar; before or after a line's text, a blank */
	NORM_EQ("Nom\tSiret\t\tSite\n", "Nom | Siret | | Site\n");
	NORM_EQ("\t\tskill \t assessment \t\r\nnext\t\fpage", "skill | assessment\nnext\n\f\npage");
	/* after a list's sign, a word processor's tab is the item's blank */
	NORM_EQ("\xE2\x80\xA2\tCariste\n  o\t31811 : Cariste\n\xEF\x82\xB7\t42866\n2)\tb\niv.\tc\n",
	        "\xE2\x80\xA2 Cariste\no 31811 : Cariste\n\xE2\x80\xA2 42866\n2) b\niv. c\n");
	NORM_EQ("x \xE2\x80\xA2\tA\nNo\tSiret\n123.\tB\n", "x \xE2\x80\xA2 | A\nNo | Siret\n123. | B\n");
	/* three bytes for one, many times over, with page breaks (three
	 * bytes for one too): the output grows */
	in = malloc(2 * 5000 + 2);
	want = malloc(4 * 5000 + 2);
	ck_assert(in != NULL && want != NULL);
	for (i = 0, n = 0; i < 5000; i++) {
		memcpy(in + 2 * i, i % 100 == 99 ? "x\f" : "x\t", 2);
		memcpy(want + n, i % 100 == 99 ? "x\n\f\n" : "x | ", 4);
		n += 4;
	}
	strcpy(in + 2 * 5000, "y");
	strcpy(want + n, "y");
	o = norm(in);
	ck_assert_str_eq(o, want);
	free(o);
	free(want);
	free(in);
}
END_TEST

START_TEST(t_apostrophes)
{
	NORM_EQ("l\xE2\x80\x99\x65ntreprise d''information l`eau", "l'entreprise d'information l'eau");
}
END_TEST

/* The fast path's runs hold Latin-1 letters, single apostrophes and the
 * spaces before them; what follows a run sees its last letter. */
START_TEST(t_fast_path_runs)
{
	NORM_EQ("de l'école d''été, l'' avis, a ' b, é ''c", "de l'école d'été, l' avis, a ' b, é 'c");
	/* a combining mark after a run: on its ASCII letter, not on é */
	NORM_EQ("une fac\xCC\xA7" "ade, un e\xCC\x81lu, \xC3\xA9\xCC\x81t\xC3\xA9", "une façade, un élu, été");
	/* ` and ’ after a run that ends with an apostrophe */
	NORM_EQ("d'`eau l'\xE2\x80\x99un", "d'eau l'un");
	/* runs that end at the end of the text, on a letter or an apostrophe */
	NORM_EQ("aujourd'hui à l'", "aujourd'hui à l'");
	NORM_EQ("x \xC3\xA9", "x é");
	NORM_EQ("abcdefgh   \xC3\xA9t\xC3\xA9  ''abcdefghijklmnop'", "abcdefgh été 'abcdefghijklmnop'");
}
END_TEST

START_TEST(t_ligatures)
{
	NORM_EQ("\xEF\xAC\x81\x63he e\xEF\xAC\x80\x65t \xEF\xAC\x82ux", "fiche effet flux");
	/* Calibri's "ti", as U+10019F or that cut to U+019F */
	NORM_EQ("cer\xF4\x80\x86\x9F\x66ica\xC6\x9Fon", "certification");
}
END_TEST

START_TEST(t_nfc)
{
	/* e + combining acute, E + grave, c + cedilla */
	NORM_EQ("re\xCC\x81seau E\xCC\x80re fac\xCC\xA7on", "réseau Ère façon");
}
END_TEST

START_TEST(t_soft_hyphen)
{
	NORM_EQ("main\xC2\xADtenance", "maintenance");
}
END_TEST

START_TEST(t_keeps_text)
{
	/* every word of a clean fiche survives: the sample fiches are clean
	 * apart from apostrophes, spaces and line ends */
	const char *s = "Niveau 5 : Réseaux & télécoms (SSII) « Titre » 326r — M1801\n";
	NORM_EQ(s, s);
}
END_TEST

Suite *
suite_normalize(void)
{
	Suite *s = suite_create("normalize");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, t_line_ends);
	tcase_add_test(tc, t_spaces);
	tcase_add_test(tc, t_tabs);
	tcase_add_test(tc, t_link_marks);
	tcase_add_test(tc, t_markdown_inline);
	tcase_add_test(tc, t_html_comments);
	tcase_add_test(tc, t_ascii_guillemets);
	tcase_add_test(tc, t_mail_quoted);
	tcase_add_test(tc, t_bullet_glyphs);
	tcase_add_test(tc, t_soft_hyphens);
	tcase_add_test(tc, t_entities);
	tcase_add_test(tc, t_html_tags);
	tcase_add_test(tc, t_apostrophes);
	tcase_add_test(tc, t_fast_path_runs);
	tcase_add_test(tc, t_ligatures);
	tcase_add_test(tc, t_nfc);
	tcase_add_test(tc, t_soft_hyphen);
	tcase_add_test(tc, t_keeps_text);
	suite_add_tcase(s, tc);
	return s;
}

/* ---- OCR repair (needs the wfrench word list, installed by make deps) ---- */

/* The text a repair pass through the word list makes of s (NULL when it
 * changes nothing), its counts in *st. */
static char *
word_pass(rncp_status (*pass)(const char *, size_t, char **, size_t *, norm_stats *), const char *s,
          norm_stats *st)
{
	char *o = NULL;
	size_t n = 0;

	ck_assert_msg(lexicon_available(), "no French word list: run make deps");
	ck_assert_int_eq(pass(s, strlen(s), &o, &n, st), RNCP_OK);
	return o;
}

static char *
ocr(const char *s, size_t *nrep)
{
	norm_stats st = {0};
	char *o = word_pass(ocr_repair, s, &st);

	ck_assert_ptr_nonnull(o);
	if (nrep)
		*nrep = st.ocr_words;
	return o;
}

#define OCR_EQ(in, want)                          \
	do {                                      \
		char *o_ = ocr(in, NULL);         \
		ck_assert_str_eq(o_, want);       \
		free(o_);                         \
	} while (0)

START_TEST(t_lexicon)
{
	ck_assert(lexicon_has("systèmes", 9));
	ck_assert(lexicon_has("Réseau", 7));
	ck_assert(lexicon_has("œuvre", 6)); /* the list writes "oeuvre" */
	ck_assert(!lexicon_has("systémes", 9));
	/* words of the fiches the list lacks: data/words.txt */
	ck_assert(lexicon_has("télécoms", 10));
	ck_assert(lexicon_has("Cybersécurité", 15));
}
END_TEST

START_TEST(t_ocr_words)
{
	OCR_EQ("les systémes de I'entreprise", "les systèmes de l'entreprise");
	/* rn for m; a word that has rn stays */
	OCR_EQ("les systèrnes et problérnes du gouvernement, la corne", "les systèmes et problèmes du gouvernement, la corne");
	OCR_EQ("mise en ceuvre de fagon sûre", "mise en œuvre de façon sûre");
	OCR_EQ("|l peut &tre amené", "Il peut être amené");
	OCR_EQ("la tragabilité et les co(ts", "la traçabilité et les coûts");
	OCR_EQ("Contréler les Critéres", "Contrôler les Critères");
	OCR_EQ("Assister ['utilisateur", "Assister l'utilisateur");
	/* before the inclusive "(e)", a participle; "Technicien(ne)" and a
	 * word that is no participle stay */
	OCR_EQ("Charge(e) d'exploitation, Employe(e)s, Technicien(ne), une charge (e)",
	       "Chargé(e) d'exploitation, Employé(e)s, Technicien(ne), une charge (e)");
	/* OCR's è or ê for that é, which the word alone cannot tell from e */
	OCR_EQ("Chargè(e) d'exploitation, Employê(e)s", "Chargé(e) d'exploitation, Employé(e)s");
	/* è for é where e would be a word too: é, the accent turned */
	OCR_EQ("des équipements connectès", "des équipements connectés");
}
END_TEST

/* numbers and codes with letters OCR read for digits: digits again; an
 * acronym before a number, a ROME code, five that a 1 opens stay (codes.c
 * reads a ROME code misread), and so does a number whose first digit was
 * misread (not looked for: it reads as a word) */
START_TEST(t_ocr_digits)
{
	OCR_EQ("ECOLE | 7757225720l1O9 | 3l812 : Logistique, (3l0m : Transport)",
	       "ECOLE | 77572257201109 | 31812 : Logistique, (310m : Transport)");
	OCR_EQ("ISO14001, I1401, l1401, 114O1, B1101, les Bloc SOS 2O24, l7987301300017",
	       "ISO14001, I1401, l1401, 114O1, B1101, les Bloc SOS 2O24, l7987301300017");
}
END_TEST

START_TEST(t_ocr_a_grave)
{
	OCR_EQ("sur site ou a distance et contribuer a le faire", "sur site ou à distance et contribuer à le faire");
	OCR_EQ("Il a la charge, qui a le droit", "Il a la charge, qui a le droit");
	/* before a possessive, à after an infinitive only */
	OCR_EQ("et contribuer a sa sécurisation, de prendre a son compte",
	       "et contribuer à sa sécurisation, de prendre à son compte");
	/* across a wrapped line */
	OCR_EQ("et contribuer a\nsa sécurisation, un diagnostic a\ndistance",
	       "et contribuer à\nsa sécurisation, un diagnostic à\ndistance");
	/* the infinitive cut by a wrap: "contr-" / "ibuer a sa" */
	OCR_EQ("distribuée et contr-\nibuer a sa sécurisation", "distribuée et contr-\nibuer à sa sécurisation");
	OCR_EQ("le dossier a sa place, Le titulaire a son poste, l'atelier a ses outils, elle a sa part",
	       "le dossier a sa place, Le titulaire a son poste, l'atelier a ses outils, elle a sa part");
	OCR_EQ("réseaux & télécoms, Participer & l'installation", "réseaux & télécoms, Participer à l'installation");
}
END_TEST

/* a word a line break cut with a hyphen is judged whole: its halves are
 * no words, and the repair keeps the cut where it was */
START_TEST(t_ocr_cut_words)
{
	size_t n;
	char *o = ocr("les règles de sécu-\nrité informatique, dans l'entre-\nprise", &n);

	ck_assert_str_eq(o, "les règles de sécu-\nrité informatique, dans l'entre-\nprise");
	ck_assert_uint_eq(n, 0);
	free(o);
	OCR_EQ("des systé-\nmes de réseaux", "des systè-\nmes de réseaux");
	OCR_EQ("des sys-\ntémes de réseaux", "des sys-\ntèmes de réseaux");
	OCR_EQ("la confidentiali-\ntè des données", "la confidentiali-\nté des données");
	/* a compound cut at its own hyphen stays */
	OCR_EQ("un porte-\nparole, des mots-\nclés", "un porte-\nparole, des mots-\nclés");
}
END_TEST

/* an elision whose apostrophe OCR lost, a word again (but "sil", a word
 * of the list); and not a word's
 * end a hyphen or an accent spelled otherwise parts from its start, an
 * address's word, a misread acronym, a word that lost its accent, an
 * unknown English word */
START_TEST(t_ocr_lost_apostrophes)
{
	OCR_EQ("Assister lutilisateur dun poste, quil installe sil le faut ; cest la fin de lintervention.",
	       "Assister l'utilisateur d'un poste, qu'il installe sil le faut ; c'est la fin de l'intervention.");
	OCR_EQ("« linstallation » (dinterconnexion)", "« l'installation » (d'interconnexion)");
	OCR_EQ("les données néces-\nsaires, la néces-\n saire mise à jour",
	       "les données néces-\nsaires, la néces-\n saire mise à jour");
	OCR_EQ("R&eacute;daction, www.x.fr/chargee-dexploitation-reseau, (dns, dhep), la sun",
	       "R&eacute;daction, www.x.fr/chargee-dexploitation-reseau, (dns, dhep), la sun");
	OCR_EQ("la securite et la sante du salarie", "la securite et la sante du salarie");
	OCR_EQ("align=\"center\" et la solu-\ntion", "align=\"center\" et la solu-\ntion");
}
END_TEST

START_TEST(t_ocr_leaves_alone)
{
	/* proper nouns, acronyms, codes, URLs, valid spellings, capitals
	 * printed without accent, and English words in a clean text */
	static const char *same[] = {
	    "Polynésie française", "SSTR et ESN", "M1801 et 326r", "CCI & CAUX",
	    "http://recrutement.pole-emploi.fr/fichesrome", "les règlementations",
	    "Etude de cas", "Endpoint detection and response", "Chargé(e) d'exploitation",
	    "Technicien(ne) Réseaux",
	};
	size_t i, n;

	for (i = 0; i < sizeof(same) / sizeof(same[0]); i++) {
		char *o = ocr(same[i], &n);
		ck_assert_str_eq(o, same[i]);
		ck_assert_uint_eq(n, 0);
		free(o);
	}
}
END_TEST

/* a text that lost its accents, with English lines (a fiche's English
 * version, a passage in English): those keep their words ("the" is no
 * thé, "procedures" no procédures); a French line that names an English
 * term, or holds an acronym "TO", is repaired */
START_TEST(t_ocr_english)
{
	OCR_EQ("Les systemes de securite du reseau.\n"
	       "Taking delivery of goods in accordance with internal procedures and ensuring the hygiene\n"
	       "Identifying the requirements\n"
	       "Les procedures de securite, la detection and response des incidents du reseau.\n"
	       "RNIS (TO, numeriques)\n",
	       "Les systèmes de sécurité du réseau.\n"
	       "Taking delivery of goods in accordance with internal procedures and ensuring the hygiene\n"
	       "Identifying the requirements\n"
	       "Les procédures de sécurité, la détection and response des incidents du réseau.\n"
	       "RNIS (TO, numériques)\n");
}
END_TEST

/* a conversion to ASCII that dropped every accented letter and sign
 * ("Prsentation", "lvolution"): put back where one reading is a word,
 * with one sign or two; capitals, addresses, codes, words of the list
 * ("unit", a form of unir) and English lines stay; a text with one accent, or whose
 * accents were lost to plain letters ("securite"), is left to the other
 * repairs */
static char *
dropped(const char *s, size_t *n)
{
	norm_stats st = {0};
	char *o = word_pass(dropped_repair, s, &st);

	*n = st.dropped_words;
	return o;
}

START_TEST(t_dropped_letters)
{
	static const char fill[] = "Les comptences attestes et les activits dcrites dans le rfrentiel. "
	                           "La scurit des rseaux. ";
	char in[1024], *o;
	size_t n;

	snprintf(in, sizeof(in), "%s%sPrsentation de lvolution du titre. Spcialits de lentreprise, "
	         "SIRET, Linux, www.rseau.fr, RNCP12345, unit.\n", fill, fill);
	o = dropped(in, &n);
	ck_assert_ptr_nonnull(o);
	ck_assert_msg(strstr(o, "Les compétences attestes et les activités décrites dans le référentiel. "
	                        "La sécurité des réseaux. ") == o, "%s", o);
	ck_assert_msg(strstr(o, "Présentation de l'évolution du titre. Spécialités de l'entreprise, "
	                        "SIRET, Linux, www.rseau.fr, RNCP12345, unit.\n") != NULL, "%s", o);
	ck_assert_uint_eq(n, 2 * 6 + 4);
	free(o);
	/* an English line keeps its words ("pay" is no payé) */
	snprintf(in, sizeof(in), "%s%sThe company will pay the staff and the costs of the shop.\nLa prsentation.\n",
	         fill, fill);
	o = dropped(in, &n);
	ck_assert_ptr_nonnull(o);
	ck_assert_msg(strstr(o, "The company will pay the staff and the costs of the shop.\nLa présentation.\n") != NULL,
	              "%s", o);
	free(o);
	/* the accented letters only dropped, the curly apostrophe kept */
	snprintf(in, sizeof(in), "%s%sPrsentation de l\u2019volution du titre.\n", fill, fill);
	o = dropped(in, &n);
	ck_assert_ptr_nonnull(o);
	ck_assert_msg(strstr(o, "Présentation de l\u2019évolution du titre.\n") != NULL, "%s", o);
	free(o);
	/* one accent: the text kept its letters */
	snprintf(in, sizeof(in), "%s%sLa sécurité.\n", fill, fill);
	ck_assert_ptr_null(dropped(in, &n));
	/* accents lost to plain letters, apostrophes dropped: the OCR
	 * repair's text, though a letter put back makes other words of some
	 * ("Sante": séante, "Qualite": qu'alite, "regles": regèles) */
	ck_assert_ptr_null(dropped("Sante securite travail. Qualite hygiene securite environnement. Mise en oeuvre "
	                           "des regles dhygiene et de securite. La sante et la qualite des soins, les "
	                           "regles de lart, la sante au travail, la qualite de service, les regles de "
	                           "securite, la qualite de leau, la sante publique, les regles dusage.\n",
	                           &n));
	/* accents lost to plain letters: no reading with a letter put back */
	ck_assert_ptr_null(dropped("Les competences attestees et les activites decrites dans le referentiel. "
	                           "La securite des reseaux, les systemes, les procedures, la strategie, "
	                           "les equipements, le reglement, la periode, le metier.\n",
	                           &n));
}
END_TEST

/* Every word of the clean sample fiches survives normalisation: only
 * spaces, line ends and apostrophes change, and no word is "repaired". */
START_TEST(t_clean_fiches_keep_words)
{
	static const char *clean[] = {"rncp19542.txt", "rncp14392.txt", "rncp37454.txt",
	                              "rncp40864.txt", "example-web-rncp.txt", "example-web-rs.txt"};
	size_t f;

	for (f = 0; f < sizeof(clean) / sizeof(clean[0]); f++) {
		char path[256], *data = NULL, *n1 = NULL, *n2 = NULL;
		size_t len, l1, l2, i = 0, j = 0;
		rncp_error e;
		decoded d;
		norm_stats st = {0};

		snprintf(path, sizeof(path), "tests/fiches/%s", clean[f]);
		ck_assert_int_eq(rncp_read_file(path, &data, &len, &e), RNCP_OK);
		ck_assert_int_eq(decode_input(data, len, &d, &e), RNCP_OK);
		ck_assert_int_eq(normalize_text(d.text, d.len, &n1, &l1, &st), RNCP_OK);
		/* the repair itself, not its gate: even run, it changes nothing */
		ck_assert_int_eq(ocr_repair(n1, l1, &n2, &l2, &st), RNCP_OK);
		ck_assert_ptr_nonnull(n2);
		ck_assert_msg(st.ocr_words == 0, "%s: %zu words changed", clean[f], st.ocr_words);
		/* compare the two texts word by word, blanks ignored, ’ = ' */
		while (i < d.len && j < l2) {
			if (d.text[i] == ' ' || d.text[i] == '\n' || d.text[i] == '\r' || d.text[i] == '\t') {
				i++;
				continue;
			}
			if (n2[j] == ' ' || n2[j] == '\n') {
				j++;
				continue;
			}
			if (i + 3 <= d.len && memcmp(d.text + i, "\xE2\x80\x99", 3) == 0 && n2[j] == '\'') {
				i += 3, j++;
				continue;
			}
			if (i + 2 <= d.len && memcmp(d.text + i, "\xC2\xA0", 2) == 0) {
				i += 2;
				continue;
			}
			if (d.text[i] == '\'' && i > 0 && d.text[i - 1] == '\'') {
				i++; /* d''information */
				continue;
			}
			ck_assert_msg(d.text[i] == n2[j], "%s: text differs at byte %zu: \"%.20s\" vs \"%.20s\"",
			              clean[f], i, d.text + i, n2 + j);
			i++, j++;
		}
		free(data);
		free(d.text);
		free(n1);
		free(n2);
	}
}
END_TEST

/* The skeleton filter in front of the variant search changes no repair:
 * the same text out, on damaged and clean words, before and after it is
 * built. */
START_TEST(t_ocr_variant_filter)
{
	static const char *in[] = {
	    "les systémes de I'entreprise, mise en ceuvre de fagon sûre, |l peut &tre amené",
	    "la tragabilité et les co(ts, Contréler les Critéres, Etude de cas, Polynésie française",
	    "Le technicien superieur systemes et reseaux participe a la mise en service et au "
	    "maintien en condition operationnelle, la securite des reseaux, Endpoint detection",
	    "Œuvrer, cœur, CŒUR, élève, ÉLÈVE, Ærospace, Ñandú, façade, FAÇADE, ×multiplier",
	};
	char *before[sizeof(in) / sizeof(in[0])];
	size_t i;

	for (i = 0; i < sizeof(in) / sizeof(in[0]); i++)
		before[i] = ocr(in[i], NULL);
	ck_assert(ocr_variant_filter());
	for (i = 0; i < sizeof(in) / sizeof(in[0]); i++) {
		char *after = ocr(in[i], NULL);
		ck_assert_str_eq(after, before[i]);
		free(after);
		free(before[i]);
	}
	OCR_EQ("les systémes de I'entreprise", "les systèmes de l'entreprise");
	/* rn for m; a word that has rn stays */
	OCR_EQ("les systèrnes et problérnes du gouvernement, la corne", "les systèmes et problèmes du gouvernement, la corne");
	OCR_EQ("mise en ceuvre de fagon sûre", "mise en œuvre de façon sûre");
	OCR_EQ("la tragabilité et les co(ts", "la traçabilité et les coûts");
}
END_TEST

/* The repair runs on texts that look damaged, and only on them. */
START_TEST(t_damage_gate)
{
	static const struct { const char *file; int damaged; } t[] = {
	    {"rncp19542.txt", -1}, {"rncp14392.txt", 0}, {"rncp37454.txt", 0},
	    {"rncp40864.txt", 0}, {"example-web-rncp.txt", 0}, {"reac-trte.txt", 1}};
	size_t f;

	for (f = 0; f < sizeof(t) / sizeof(t[0]); f++) {
		char path[256], *data = NULL, *n1 = NULL;
		size_t len, l1;
		rncp_error e;
		decoded d;
		norm_stats st = {0};
		snprintf(path, sizeof(path), "tests/fiches/%s", t[f].file);
		ck_assert_int_eq(rncp_read_file(path, &data, &len, &e), RNCP_OK);
		ck_assert_int_eq(decode_input(data, len, &d, &e), RNCP_OK);
		ck_assert_int_eq(normalize_text(d.text, d.len, &n1, &l1, &st), RNCP_OK);
		/* -1: either (a clean fiche full of URLs and place names) */
		if (t[f].damaged >= 0)
			ck_assert_msg(text_looks_damaged(n1, l1) == t[f].damaged, "%s", t[f].file);
		free(data);
		free(d.text);
		free(n1);
	}
	/* all accents lost */
	{
		static const char lost[] =
		    "Le technicien superieur systemes et reseaux participe a la mise en service et au "
		    "maintien en condition operationnelle de l'infrastructure informatique. Il intervient "
		    "sur les systemes et les reseaux, sur les elements materiels et logiciels qui composent "
		    "l'infrastructure, afin d'offrir aux utilisateurs et aux clients le niveau de service "
		    "attendu par l'entreprise. Il assure la securite des reseaux, la telephonie, les "
		    "strategies de sauvegarde, la supervision des equipements, la procedure de "
		    "deploiement, le materiel numerique, les donnees, les proprietes des systemes.";
		ck_assert(text_looks_damaged(lost, strlen(lost)));
	}
	/* the damage after the sample of plain words is full (400 of them,
	 * after which the gate looks only for what can still count): wrong
	 * accents, I' for l', a letter read as &, | for l; and, as control,
	 * the same text with right accents */
	{
		static const struct { const char *text; int damaged; } tail[] = {
		    {" Les systémes et les matériels du réseau sont décrits dans les procédures"
		     " et les systémes de sauvegarde, avec les systémes de supervision.", 1},
		    {" Il assure la sécurité de I'entreprise et de I'infrastructure.", 1},
		    {" Il assure la sécurité de l'entreprise, et &tre en veille sur l'&tat des réseaux.", 1},
		    {" Il assure la sécurité et |la supervision, |le suivi.", 1},
		    {" Les systèmes et les matériels du réseau sont décrits dans les procédures"
		     " et les systèmes de sauvegarde, avec les systèmes de supervision.", 0},
		};
		rncp_buf b = {0};
		size_t k, w;
		for (k = 0; k < ARRAY_LEN(tail); k++) {
			b.len = 0;
			for (w = 0; w < 450; w++)
				buf_puts(&b, w % 9 == 8 ? "cadre.\n" : "cadre ");
			buf_puts(&b, tail[k].text);
			ck_assert(!b.failed);
			ck_assert_msg(text_looks_damaged(b.s, b.len) == tail[k].damaged, "%s", tail[k].text);
		}
		rncp_buf_free(&b);
	}
}
END_TEST

/* The OCR repair and its gate remember words for the life of the process
 * (their answers depend on the word alone): a fiche must come out the same
 * whatever was parsed before it in the same process. */
static char *
sample_json(const char *name)
{
	rncp_record *r = parse_sample(name);
	rncp_buf b = {0};

	ck_assert_int_eq(rncp_record_json(r, 0, 0, &b), RNCP_OK);
	rncp_record_free(r);
	return b.s;
}

START_TEST(t_ocr_memo_order)
{
	static const char *const others[] = {"example-web-rncp.txt", "example-web-rs.txt",
	                                     "rncp14392.txt", "rncp37454.txt", "rncp40864.txt"};
	char *ocr1 = sample_json("reac-trte.txt"), *clean1, *ocr2, *clean2;
	size_t i;

	clean1 = sample_json("rncp19542.txt");
	for (i = 0; i < ARRAY_LEN(others); i++)
		free(sample_json(others[i]));
	ocr2 = sample_json("reac-trte.txt");
	clean2 = sample_json("rncp19542.txt");
	/* strcmp: the records are too long for ck_assert_str_eq's message */
	ck_assert_msg(strcmp(ocr1, ocr2) == 0, "reac-trte.txt changed after other fiches");
	ck_assert_msg(strcmp(clean1, clean2) == 0, "rncp19542.txt changed after other fiches");
	free(ocr1);
	free(ocr2);
	free(clean1);
	free(clean2);
}
END_TEST

/* lost_repair: *out NULL when nothing is done, the text as it was */
static char *
lost(const char *s)
{
	char *o = NULL;
	size_t n = 0;
	norm_stats st = {0};

	ck_assert_msg(lexicon_available(), "no French word list: run make deps");
	ck_assert_int_eq(lost_repair(s, strlen(s), &o, &n, &st), RNCP_OK);
	return o != NULL ? o : strdup(s);
}

#define LOST_EQ(in, want)                         \
	do {                                      \
		char *o_ = lost(in);              \
		ck_assert_str_eq(o_, want);       \
		free(o_);                         \
	} while (0)

START_TEST(t_lost_signs)
{
	/* the letter lost, or its accent after it (decomposed first) */
	LOST_EQ("la s?curit? des r?seaux", "la sécurité des réseaux");
	LOST_EQ("la se?curite? des re?seaux", "la sécurité des réseaux");
	LOST_EQ("la s\xEF\xBF\xBD" "curit\xEF\xBF\xBD des r\xEF\xBF\xBD" "seaux", "la sécurité des réseaux");
	/* an apostrophe only when no letter reads: légal, not l'gal */
	LOST_EQ("Nom l?gal de l?entreprise", "Nom légal de l'entreprise");
	/* à alone, N° before a number or "de", a bullet */
	LOST_EQ("contribue ? leur s?curit? des r?seaux\n  ? 326n : x, n?1 de la fiche N? 19542",
	        "contribue à leur sécurité des réseaux\n  • 326n : x, n°1 de la fiche N° 19542");
	/* a capital where a label's value starts, not after a hyphen */
	LOST_EQ("Formacode : ?lectrotechnique, socio-?ducatif et ?lectrique des r?seaux s?curis?s",
	        "Formacode : Électrotechnique, socio-éducatif et électrique des réseaux sécurisés");
	/* a line's start: a capital after a full stop, not in a wrapped line */
	LOST_EQ("les r?seaux.\n?tablir le plan des\n?quipements s?curis?s",
	        "les réseaux.\nÉtablir le plan des\néquipements sécurisés");
	/* a dash alone before a capital, on a line that spaced hyphens
	 * part too: an en dash (not guillemets) */
	LOST_EQ("Chef d'agence ? Responsable d?entit? - Directeur de la s?curit? ? Business Manager",
	        "Chef d'agence – Responsable d'entité - Directeur de la sécurité – Business Manager");
	/* a sign alone before a word à never precedes: a dash */
	LOST_EQ("une documentation ? afin de pr?parer le d?roulement, aider ? le faire ?voluer",
	        "une documentation – afin de préparer le déroulement, aider à le faire évoluer");
	/* à after a word whose last letter was lost */
	LOST_EQ("sa capacit? ? travailler en s?curit? et l?accueil", "sa capacité à travailler en sécurité et l'accueil");
	/* à before OCR's I' for l' (not an opening guillemet) */
	LOST_EQ("les donn?es relatives ? I'?coute, la s?curit? (? I'issue du SWOT)",
	        "les données relatives à I'écoute, la sécurité (à I'issue du SWOT)");
	/* a plural the word list lacks: its singular's reading, then s */
	LOST_EQ("les r?f?rents et les normes d?hygi?nes", "les référents et les normes d'hygiènes");
	/* nor an infinitive after a line that ends with a comma */
	LOST_EQ("Laver, d?contaminer,\n?plucher, tailler les l?gumes", "Laver, décontaminer,\néplucher, tailler les légumes");
	/* a no-break space before a colon; a PDF's ligature ("?che" is
	 * fiche, not the rare èche; "l?ere" stays ère) */
	LOST_EQ("Code RNCP?: 19542, la ?che, une certi?cation, la 1?re ann?e",
	        "Code RNCP : 19542, la fiche, une certification, la 1ère année");
	/* and its accents decomposed: "a?n" is afin (not the rare affin,
	 * nor "an" as for a lost accent) */
	LOST_EQ("re?pondre au client a?n d?identi?er ses besoins",
	        "répondre au client afin d'identifier ses besoins");
	/* accents decomposed and lost in a word that lost another accent
	 * (or OCR misread): the reading the OCR repair makes a word of */
	LOST_EQ("les r?seaux de Te?lecommunications", "les réseaux de Télécommunications");
	LOST_EQ("la s?curite des syst?rnes, la tragabilit?", "la sécurité des systèmes, la traçabilité");
	/* guillemets, closed on the next line; not "? Paris et ? Lyon" */
	LOST_EQ("le titre ? Technicien sup?rieur\n? est s?curis?, ? Paris et ? Lyon",
	        "le titre « Technicien supérieur\n» est sécurisé, ? Paris et ? Lyon");
	/* double-spaced: the blank line is no paragraph's end after "des" */
	LOST_EQ("les r?seaux s?curis?s des\n\n?quipements.\n\n?tablir",
	        "les réseaux sécurisés des\n\néquipements.\n\nÉtablir");
	/* a word a wrap cut; an acronym after an elision; of two readings
	 * the frequent word; an apostrophe doubled; à before a wrap; a
	 * sign ending a word after a consonant (an ellipsis) stays */
	LOST_EQ("et pr?p-\narer l?ANSSI pour ?tre d?'un ticket ?\nun t?l?phoniques?",
	        "et préparer l'ANSSI pour être d'un ticket à\nun téléphoniques?");
	/* an infinitive opening a line of a list of skills (no full stops),
	 * not one a wrap cut after "de" */
	LOST_EQ("les besoins de l?entreprise\n?laborer les proc?dures afin de\n?laborer un plan",
	        "les besoins de l'entreprise\nÉlaborer les procédures afin de\nélaborer un plan");
	/* a bullet glued to its item's capital, the word after it read
	 * alone */
	LOST_EQ("Comp?tences :\n?Ge?rer un stock de mati?res", "Compétences :\n•Gérer un stock de matières");
	/* an elision's apostrophe and a letter lost in one word, of two
	 * spellings of the list ("évènements" too): é */
	LOST_EQ("en cas d??v?nements, d?e?ve?nements, la r?glementation",
	        "en cas d'événements, d'événements, la réglementation");
	/* an elision's before a decomposed accent's, the word not in the
	 * list: the letters stay */
	LOST_EQ("les normes d?utilisabilite?s et le d?but", "les normes d'utilisabilites et le début");
	/* (a plural the list lacks of a singular it has: read) */
	LOST_EQ("les normes d?hygie?nes et le d?but", "les normes d'hygiènes et le début");
	/* of two readings the frequent word ("coïts", "dés", "râles"); à
	 * before a word whose first letter was lost; a word read without
	 * the ellipsis lost after it; jusqu'à, both signs lost */
	LOST_EQ("les co?ts, les r?les, d?s le d?but, les points ? ?valuer, l??nergie? et le tra?c?), jusqu?? la fin",
	        "les coûts, les rôles, dès le début, les points à évaluer, l'énergie? et le trafic?), jusqu'à la fin");
	/* à after a bracket, a wrap after it */
	LOST_EQ("les facteurs cl?s de succ?s (?\nl?issue du SWOT)", "les facteurs clés de succès (à\nl'issue du SWOT)");
	/* guillemets around words in small letters, before a word that
	 * never follows à or a comma; not a second à, nor after a comma
	 * (an ellipsis); before an aside's adverb, a dash */
	LOST_EQ("les outils ? re?seaux sociaux ? avec les sujets, les ? postures ?, apte ? r?pondre ? des demandes",
	        "les outils « réseaux sociaux » avec les sujets, les « postures », apte à répondre à des demandes");
	LOST_EQ("la mise ? disposition d?un espace adapt? ?\nnotamment (CB, esp?ces, ?) et ? leurs modalit?s (diff?r?, ?)",
	        "la mise à disposition d'un espace adapté –\nnotamment (CB, espèces, ?) et à leurs modalités (différé, ?)");
}
END_TEST

START_TEST(t_lost_signs_leaves_alone)
{
	/* no sign between letters: question marks stay */
	LOST_EQ("Pourquoi ? Parce que. Et comment?", "Pourquoi ? Parce que. Et comment?");
	/* web addresses' queries are not signs: "? oui" stays */
	LOST_EQ("voir page.php?id=3 et index?lang=fr : est-ce utile ? oui",
	        "voir page.php?id=3 et index?lang=fr : est-ce utile ? oui");
	/* with the signs seen, a question, and a word with no reading */
	LOST_EQ("la s?curit? des r?seaux. Pourquoi ? Parce que zx?qw",
	        "la sécurité des réseaux. Pourquoi ? Parce que zx?qw");
}
END_TEST

Suite *
suite_normalize_ocr(void)
{
	Suite *s = suite_create("normalize-ocr");
	TCase *tc = tcase_create("ocr");

	tcase_add_test(tc, t_lexicon);
	tcase_add_test(tc, t_ocr_words);
	tcase_add_test(tc, t_ocr_digits);
	tcase_add_test(tc, t_ocr_a_grave);
	tcase_add_test(tc, t_ocr_cut_words);
	tcase_add_test(tc, t_ocr_lost_apostrophes);
	tcase_add_test(tc, t_ocr_leaves_alone);
	tcase_add_test(tc, t_ocr_english);
	tcase_add_test(tc, t_dropped_letters);
	tcase_add_test(tc, t_clean_fiches_keep_words);
	tcase_add_test(tc, t_damage_gate);
	tcase_add_test(tc, t_ocr_variant_filter);
	tcase_add_test(tc, t_ocr_memo_order);
	tcase_add_test(tc, t_lost_signs);
	tcase_add_test(tc, t_lost_signs_leaves_alone);
	suite_add_tcase(s, tc);
	return s;
}
