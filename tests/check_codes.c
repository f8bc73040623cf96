/* check_codes.c - unit tests of codes.c: ROME repair, NSF, SIRET. */
#include "check_util.h"

START_TEST(t_rome_repair)
{
	char out[6];

	ck_assert_int_eq(rome_code_repair("M1801", 5, out), 1);
	ck_assert_str_eq(out, "M1801");
	ck_assert_int_eq(rome_code_repair("11401", 5, out), 2);
	ck_assert_str_eq(out, "I1401");
	ck_assert_int_eq(rome_code_repair("l1307", 5, out), 2);
	ck_assert_str_eq(out, "I1307");
	ck_assert_int_eq(rome_code_repair("M18O1", 5, out), 2);
	ck_assert_str_eq(out, "M1801");
	ck_assert_int_eq(rome_code_repair("Z1801", 5, out), 0);
	ck_assert_int_eq(rome_code_repair("M9999", 5, out), 0); /* not in the table */
	ck_assert_int_eq(rome_code_repair("M180", 4, out), 0);
}
END_TEST

START_TEST(t_nsf)
{
	ck_assert(nsf_code_valid("326"));
	ck_assert(nsf_code_valid("326r"));
	ck_assert(!nsf_code_valid("326q"));
	ck_assert(!nsf_code_valid("999"));
	ck_assert(!nsf_code_valid("32"));
}
END_TEST

START_TEST(t_siret)
{
	ck_assert(siret_valid("77572257201109"));
	ck_assert(siret_valid("17987301300017"));
	ck_assert(!siret_valid("77572257201108"));
	ck_assert(!siret_valid("7757225720110"));
	ck_assert(!siret_valid("7757225720110a"));
}
END_TEST

Suite *
suite_codes(void)
{
	Suite *s = suite_create("codes");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, t_rome_repair);
	tcase_add_test(tc, t_nsf);
	tcase_add_test(tc, t_siret);
	suite_add_tcase(s, tc);
	return s;
}
