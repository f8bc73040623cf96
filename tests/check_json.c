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

/* The FIPS 180-2 vectors through each implementation this CPU has: the
 * portable one always, the SHA extensions where the CPU has them. */
START_TEST(t_sha256)
{
	static const struct {
		const char *in;
		const char *hex;
	} v[] = {
	    {"abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
	    {"", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
	    {"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
	     "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"},
	};
	char h[65];
	char *million = malloc(1000000);
	size_t i;
	int impl, ran = 0;

	ck_assert_ptr_nonnull(million);
	memset(million, 'a', 1000000);
	for (impl = SHA256_PORTABLE; impl <= SHA256_SHANI; impl++) {
		if (sha256_hex_using(impl, "", 0, h) != 0) {
			ck_assert_int_ne(impl, SHA256_PORTABLE);
			continue;
		}
		ran++;
		for (i = 0; i < sizeof(v) / sizeof(v[0]); i++) {
			ck_assert_int_eq(sha256_hex_using(impl, v[i].in, strlen(v[i].in), h), 0);
			ck_assert_str_eq(h, v[i].hex);
		}
		ck_assert_int_eq(sha256_hex_using(impl, million, 1000000, h), 0);
		ck_assert_str_eq(h, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
	}
	ck_assert_int_ge(ran, 1);
	sha256_hex("abc", 3, h);
	ck_assert_str_eq(h, v[0].hex);
	free(million);
}
END_TEST

/* Every tail length (padding in one block or two) and several blocks: the
 * implementations agree with each other. */
START_TEST(t_sha256_lengths)
{
	unsigned char data[300];
	char a[65], b[65];
	size_t i, n;

	for (i = 0; i < sizeof(data); i++)
		data[i] = (unsigned char)(i * 131 + 7);
	for (n = 0; n <= sizeof(data); n++) {
		ck_assert_int_eq(sha256_hex_using(SHA256_PORTABLE, data, n, a), 0);
		if (sha256_hex_using(SHA256_SHANI, data, n, b) != 0)
			return; /* this CPU has only the portable code */
		ck_assert_str_eq(a, b);
	}
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
	tcase_add_test(tc, t_sha256_lengths);
	tcase_add_test(tc, t_record_key);
	suite_add_tcase(s, tc);
	return s;
}
