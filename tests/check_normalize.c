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
	NORM_EQ("a\r\nb\rc\fd", "a\nb\nc\nd");
}
END_TEST

START_TEST(t_spaces)
{
	NORM_EQ("  Code\xC2\xA0:\xE2\x80\xAF 5  \t x  \n", "Code : 5 x\n");
}
END_TEST

START_TEST(t_apostrophes)
{
	NORM_EQ("l\xE2\x80\x99\x65ntreprise d''information l`eau", "l'entreprise d'information l'eau");
}
END_TEST

START_TEST(t_ligatures)
{
	NORM_EQ("\xEF\xAC\x81\x63he e\xEF\xAC\x80\x65t \xEF\xAC\x82ux", "fiche effet flux");
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
	tcase_add_test(tc, t_apostrophes);
	tcase_add_test(tc, t_ligatures);
	tcase_add_test(tc, t_nfc);
	tcase_add_test(tc, t_soft_hyphen);
	tcase_add_test(tc, t_keeps_text);
	suite_add_tcase(s, tc);
	return s;
}
