/* check_pack.c - unit tests of pack.c: records survive the trip between
 * processes of rncp parse -j unchanged, and damaged packs are refused. */
#include <stdlib.h>

#include "check_util.h"

static char *
json_of(const rncp_record *r)
{
	rncp_buf b = {0};

	ck_assert_int_eq(rncp_record_json(r, 0, 0, &b), RNCP_OK);
	return b.s;
}

START_TEST(t_pack_roundtrip)
{
	static const char *const samples[] = {"rncp19542.txt", "rncp37454.txt", "reac-trte.txt",
	                                      "example-web-rs.txt"};
	size_t i;

	for (i = 0; i < sizeof(samples) / sizeof(samples[0]); i++) {
		rncp_record *r = parse_sample(samples[i]), *back = NULL;
		rncp_buf b = {0};
		rncp_error e = {0};
		char *a, *z;

		ck_assert_int_eq(rncp_record_pack(r, &b), RNCP_OK);
		ck_assert_int_eq(rncp_record_unpack(b.s, b.len, &back, &e), RNCP_OK);
		a = json_of(r);
		z = json_of(back);
		ck_assert_str_eq(a, z);
		free(a);
		free(z);
		rncp_buf_free(&b);
		rncp_record_free(r);
		rncp_record_free(back);
	}
}
END_TEST

START_TEST(t_pack_empty_and_damaged)
{
	rncp_record *r = rncp_record_new(), *back = NULL;
	rncp_buf b = {0};
	rncp_error e = {0};

	ck_assert_int_eq(rncp_record_pack(r, &b), RNCP_OK);
	ck_assert_int_eq(rncp_record_unpack(b.s, b.len, &back, &e), RNCP_OK);
	ck_assert_ptr_null(back->code);
	ck_assert_uint_eq(back->nblocs, 0);
	rncp_record_free(back);
	/* cut short, or with bytes left over: refused, nothing returned */
	ck_assert_int_eq(rncp_record_unpack(b.s, b.len - 1, &back, &e), RNCP_EIO);
	ck_assert_ptr_null(back);
	rncp_buf_append(&b, "x", 1);
	ck_assert_int_eq(rncp_record_unpack(b.s, b.len, &back, &e), RNCP_EIO);
	rncp_buf_free(&b);
	rncp_record_free(r);
}
END_TEST

Suite *
suite_pack(void)
{
	Suite *s = suite_create("pack");
	TCase *tc = tcase_create("pack");

	tcase_add_test(tc, t_pack_roundtrip);
	tcase_add_test(tc, t_pack_empty_and_damaged);
	suite_add_tcase(s, tc);
	return s;
}
