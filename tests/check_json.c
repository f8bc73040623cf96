/* check_json.c - unit tests of json.c and record.c: keys, escapes, nulls. */
#include <stdlib.h>

#include "check_util.h"

START_TEST(t_keys_always_present)
{
	rncp_record *r = rncp_record_new();
	rncp_buf b = {0};
	static const char *keys[] = {"\"code\":null", "\"title\":null", "\"status\":null",
	                             "\"level\":{\"eu\":null,\"old\":null}", "\"nsf\":[]",
	                             "\"formacodes\":[]", "\"rome\":[]", "\"certifiers\":[]",
	                             "\"expires\":null", "\"blocs\":[]", "\"jobs\":[]",
	                             "\"source\":{\"path\":null", "\"warnings\":[]"};
	size_t i;

	ck_assert_int_eq(rncp_record_json(r, 0, 0, &b), RNCP_OK);
	for (i = 0; i < sizeof(keys) / sizeof(keys[0]); i++)
		ck_assert_msg(strstr(b.s, keys[i]) != NULL, "missing %s in %s", keys[i], b.s);
	ck_assert_ptr_null(strchr(b.s, '\n'));
	rncp_buf_free(&b);
	rncp_record_free(r);
}
END_TEST

START_TEST(t_escapes)
{
	rncp_record *r = rncp_record_new();
	rncp_buf b = {0};

	r->title = arena_strdup(r->arena, "a \"b\" \\ c\td\x01");
	ck_assert_int_eq(rncp_record_json(r, 0, 0, &b), RNCP_OK);
	ck_assert_ptr_nonnull(strstr(b.s, "\"title\":\"a \\\"b\\\" \\\\ c\\td\\u0001\""));
	rncp_buf_free(&b);
	rncp_record_free(r);
}
END_TEST

START_TEST(t_sha256)
{
	char h[65];

	sha256_hex("abc", 3, h);
	ck_assert_str_eq(h, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	sha256_hex("", 0, h);
	ck_assert_str_eq(h, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
	sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", 56, h);
	ck_assert_str_eq(h, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}
END_TEST

START_TEST(t_record_key)
{
	rncp_record *r = parse_sample("reac-trte.txt");

	ck_assert_uint_eq(strlen(rncp_record_key(r)), 64);
	rncp_record_free(r);
	r = parse_sample("rncp19542.txt");
	ck_assert_str_eq(rncp_record_key(r), "RNCP19542");
	rncp_record_free(r);
}
END_TEST

Suite *
suite_json(void)
{
	Suite *s = suite_create("json");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, t_keys_always_present);
	tcase_add_test(tc, t_escapes);
	tcase_add_test(tc, t_sha256);
	tcase_add_test(tc, t_record_key);
	suite_add_tcase(s, tc);
	return s;
}
