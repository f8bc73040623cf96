/*
 * check_util.h - shared by the Check unit tests (tests/check_*.c): the
 * suites, and helpers to parse a fiche held in a string.
 */
#ifndef CHECK_UTIL_H
#define CHECK_UTIL_H

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

Suite *suite_decode(void);
Suite *suite_columns(void);
Suite *suite_normalize(void);
Suite *suite_normalize_ocr(void);
Suite *suite_segment(void);
Suite *suite_extract(void);
Suite *suite_codes(void);
Suite *suite_json(void);
Suite *suite_pack(void);
Suite *suite_robust(void);
Suite *suite_store(void);
Suite *suite_query(void);
Suite *suite_reline(void);

/* Parse s as a fiche (today fixed); fails the test when it is rejected. */
static inline rncp_record *
parse_str(const char *s)
{
	rncp_parse_opts o = {"2026-01-01"};
	rncp_record *r = NULL;
	rncp_error e = {0};
	rncp_status st = rncp_parse(s, strlen(s), "test.txt", &o, &r, &e);

	ck_assert_msg(st == RNCP_OK, "parse failed: %s", e.msg);
	return r;
}

/* Read a sample fiche of tests/fiches and parse it. */
static inline rncp_record *
parse_sample(const char *name)
{
	char path[512], *data = NULL;
	size_t len = 0;
	rncp_parse_opts o = {"2026-01-01"};
	rncp_record *r = NULL;
	rncp_error e = {0};

	snprintf(path, sizeof(path), "%s/%s", getenv("FICHES") ? getenv("FICHES") : "tests/fiches", name);
	ck_assert_msg(rncp_read_file(path, &data, &len, &e) == RNCP_OK, "%s: %s", path, e.msg);
	ck_assert_msg(rncp_parse(data, len, path, &o, &r, &e) == RNCP_OK, "%s: %s", path, e.msg);
	free(data);
	return r;
}

#endif
