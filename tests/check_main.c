/*
 * check_main.c - runs every Check suite of the unit tests, one per stage.
 */
#include <stdlib.h>

#include "check_util.h"

int
main(void)
{
	SRunner *sr = srunner_create(suite_decode());
	int failed;

	srunner_add_suite(sr, suite_columns());
	srunner_add_suite(sr, suite_normalize());
	srunner_add_suite(sr, suite_normalize_ocr());
	srunner_add_suite(sr, suite_reline());
	srunner_add_suite(sr, suite_segment());
	srunner_add_suite(sr, suite_extract());
	srunner_add_suite(sr, suite_codes());
	srunner_add_suite(sr, suite_json());
	srunner_add_suite(sr, suite_store());
	srunner_add_suite(sr, suite_query());
	srunner_add_suite(sr, suite_pack());
	srunner_add_suite(sr, suite_robust());
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
