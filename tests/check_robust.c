/* check_robust.c - regression tests of bugs found by the fuzzer and by
 * tests/pathological.py (the timings themselves are that script's job). */
#include <stdlib.h>

#include "check_util.h"

#define VALID(lit) utf8_valid(lit, sizeof(lit) - 1)

START_TEST(t_utf8_valid)
{
	ck_assert(VALID(""));
	ck_assert(VALID("Réseau \xEF\xBF\xBD \xF0\x9F\x98\x80"));
	ck_assert(!VALID("\xC3"));             /* truncated */
	ck_assert(!VALID("\xC0\xAF"));         /* overlong */
	ck_assert(!VALID("\xED\xA0\x80"));     /* surrogate */
	ck_assert(!VALID("\xF4\x90\x80\x80")); /* past U+10FFFF */
	ck_assert(!VALID("ab\xFF"));
}
END_TEST

/* utf8_valid skips ASCII eight bytes at a time: a sequence at any place
 * of texts of any length is still checked, and no byte past the end is
 * read (exact-size buffers, for ASan). */
START_TEST(t_utf8_valid_offsets)
{
	static const struct {
		const char *seq;
		int valid;
	} t[] = {{"\xC3\xA9", 1}, {"\xE2\x80\xA2", 1}, {"\xA9", 0}, {"\xC3", 0}, {"\xC3(", 0}};
	size_t n, at, k, sl;

	for (k = 0; k < sizeof(t) / sizeof(t[0]); k++) {
		sl = strlen(t[k].seq);
		for (n = sl; n <= 40; n++)
			for (at = 0; at + sl <= n; at++) {
				char *b = malloc(n);
				ck_assert_ptr_nonnull(b);
				memset(b, 'a', n);
				memcpy(b + at, t[k].seq, sl);
				ck_assert_msg(utf8_valid(b, n) == t[k].valid, "seq %zu, length %zu, at %zu",
				              k, n, at);
				free(b);
			}
	}
}
END_TEST

/* Whatever the bytes, the text the regexes see is valid UTF-8 (they run
 * without PCRE2's own check): a fiche made of every bad sequence parses. */
START_TEST(t_bad_bytes_parse)
{
	static const char s[] = "Code RNCP : 12345\nNiveau 5\n\xC0\xAF \xED\xA0\x80 \xF4\x90\x80\x80 "
	                        "\xC3 e\xCC\x81\xCC\x81 \xEF\xBB\xBF jusqu'au 1er mai 2030\n";
	rncp_parse_opts o = {"2026-01-01"};
	rncp_record *r = NULL;
	rncp_error e = {0};

	ck_assert_int_eq(rncp_parse(s, sizeof(s) - 1, NULL, &o, &r, &e), RNCP_OK);
	ck_assert_str_eq(r->code, "RNCP12345");
	ck_assert_str_eq(r->expires, "2030-05-01");
	rncp_record_free(r);
}
END_TEST

/* The latest of thousands of "jusqu'au" dates (once quadratic). */
START_TEST(t_many_dates)
{
	rncp_buf b = {0};
	rncp_record *r;
	int i;

	buf_puts(&b, "Code RNCP : 12345\n");
	for (i = 0; i < 5000; i++)
		buf_printf(&b, "Enregistré jusqu'au %d mars %d.\n", 1 + i % 28, 1990 + i % 40);
	buf_puts(&b, "Enregistré jusqu'au 2 avril 2029.\n");
	r = parse_str(b.s);
	ck_assert_str_eq(r->expires, "2029-04-02");
	rncp_record_free(r);
	rncp_buf_free(&b);
}
END_TEST

/* The code read from bloc headings: the code with the most bloc lines
 * from its first heading on, whatever the other fiches' headings around
 * (once quadratic in the number of headings). */
START_TEST(t_code_from_many_blocs)
{
	rncp_buf b = {0};
	rncp_record *r;
	int i;

	buf_puts(&b, "L'essentiel\nNiveau 5\n");
	for (i = 0; i < 3000; i++)
		buf_printf(&b, "RNCP%dBC01 - Bloc cité\n", 10000 + i);
	buf_puts(&b, "RNCP40864BC01 - Déployer\nRNCP40864BC02 - Administrer\n"
	             "RNCP40864BC03 - Assister\n");
	r = parse_str(b.s);
	ck_assert_str_eq(r->code, "RNCP40864");
	rncp_record_free(r);
	/* a tie goes to the code whose first heading comes first */
	r = parse_str("L'essentiel\nRS555BC01 - Un\nRNCP777BC01 - Deux\n");
	ck_assert_str_eq(r->code, "RS555");
	rncp_record_free(r);
	rncp_buf_free(&b);
}
END_TEST

/* Lists stop at 4,096 entries with one warning (past the cap each entry
 * once cost a scan of the whole list). */
START_TEST(t_list_cap)
{
	rncp_buf b = {0};
	rncp_record *r;
	size_t i, warned = 0;

	buf_puts(&b, "L'essentiel\nNom légal | Siret | Nom commercial | Site internet |\n");
	for (i = 0; i < 5000; i++)
		buf_printf(&b, "Organisme %zu | - | x | y |\n", i);
	r = parse_str(b.s);
	ck_assert_uint_eq(r->ncertifiers, 4096);
	ck_assert_str_eq(r->certifiers[4095].name, "Organisme 4095");
	for (i = 0; i < r->nwarnings; i++)
		warned += strstr(r->warnings[i], "more than 4096 certifiers") != NULL;
	ck_assert_uint_eq(warned, 1);
	rncp_record_free(r);
	rncp_buf_free(&b);
}
END_TEST

/* An address after a run of brackets is still kept as written; the run
 * once cost a scan to its end from each of its brackets. */
START_TEST(t_brackets_then_address)
{
	rncp_buf b = {0};
	char *o = NULL;
	size_t n = 0, i;
	norm_stats st = {0};

	ck_assert_msg(lexicon_available(), "no French word list: run make deps");
	buf_puts(&b, "Écrire ");
	for (i = 0; i < 20000; i++)
		buf_putc(&b, '(');
	buf_puts(&b, "contact@exemple.fr) ou (a(b(c(technicien@ecole.fr) pour les sytèmes");
	ck_assert_int_eq(ocr_repair(b.s, b.len, &o, &n, &st), RNCP_OK);
	ck_assert_ptr_nonnull(o);
	ck_assert_ptr_nonnull(strstr(o, "(contact@exemple.fr) ou (a(b(c(technicien@ecole.fr) pour"));
	free(o);
	rncp_buf_free(&b);
}
END_TEST

/* A pattern that backtracks without bound on a near miss stops at the
 * match limit of regex.c and counts as no match, at once. */
START_TEST(t_regex_match_limit)
{
	static rx catastrophic = {"^(a+)+$", 0, NULL};
	char s[64];
	size_t ov[4];

	memset(s, 'a', 40);
	s[40] = 'b';
	ck_assert_int_eq(rx_match(&catastrophic, s, 41, ov, 4), 0);
	ck_assert_int_gt(rx_match(&catastrophic, s, 40, ov, 4), 0);
}
END_TEST

/* arena_printf gives the whole text, however long: it once cut it at
 * 1,023 bytes, inside an "é" (fuzz crash 98dc940: invalid UTF-8 in the
 * JSON). */
START_TEST(t_arena_printf_whole)
{
	struct rncp_arena *a = arena_new();
	rncp_buf b = {0};
	char *p;
	size_t i;

	ck_assert_ptr_nonnull(a);
	for (i = 0; i < 1500; i++)
		buf_puts(&b, "é");
	p = arena_printf(a, "%s %.*s", b.s, 5, "suite du texte");
	ck_assert_ptr_nonnull(p);
	ck_assert_uint_eq(strlen(p), 3000 + 6);
	ck_assert_int_eq(strncmp(p, b.s, 3000), 0);
	ck_assert_str_eq(p + 3000, " suite");
	ck_assert_str_eq(arena_printf(a, "%s-%d", "court", 7), "court-7");
	rncp_buf_free(&b);
	arena_free(a);
}
END_TEST

/* A text cut to its buffer ends with "…" after its last whole character,
 * wherever the cut falls in a sequence of 2, 3 or 4 bytes. */
START_TEST(t_mark_cut)
{
	static const char *const seq[] = {"é", "€", "\xF0\x9F\x98\x80"};
	char text[64], buf[16];
	size_t s, k, n;

	for (s = 0; s < 3; s++) {
		for (k = 0; k < 8; k++) {
			size_t j;
			snprintf(text, sizeof(text), "%.*s", (int)k, "abcdefgh");
			for (j = 0; j < 8; j++)
				strcat(text, seq[s]);
			ck_assert_int_ge(snprintf(buf, sizeof(buf), "%s", text), (int)sizeof(buf));
			mark_cut(buf, sizeof(buf));
			n = strlen(buf);
			ck_assert_msg(utf8_valid(buf, n), "cut inside a sequence: %zu %zu", s, k);
			ck_assert_int_ge((int)n, 3);
			ck_assert_str_eq(buf + n - 3, "…");
			ck_assert_int_eq(strncmp(buf, text, n - 3), 0);
			/* no more than one character dropped before the mark */
			ck_assert_uint_ge(n - 3 + strlen(seq[s]), sizeof(buf) - 4);
		}
	}
}
END_TEST

/* A code list's last label stops growing at whole lines past 1,024
 * bytes, and the entry after the prose is still read; a warning quoting
 * a long certifier name is cut at a character. */
START_TEST(t_code_wrapped_cut)
{
	/* "Code RNCP" wrapped before its number, the 24 bytes of each side
	 * that are read as one cut inside an "é" (fuzz crash c94f448: the
	 * regexes take valid UTF-8 only; a build with RNCP_CHECK_UTF, as
	 * check-asan's, aborted) */
	rncp_record *r = parse_str("Résumé descriptif de la certification ééééééééx Code RNCP\n"
	                           ":  14392 ééééééééééééééééééé\nIntitulé\nTechnicien\n");
	ck_assert_str_eq(r->code, "RNCP14392");
	rncp_record_free(r);
}
END_TEST

START_TEST(t_long_label_and_warning)
{
	rncp_buf b = {0};
	rncp_record *r;
	size_t i, n, cut;

	buf_puts(&b, "Code RNCP : 12345\nCode(s) NSF :\n326 : Informatique, réseaux\n");
	for (i = 0; i < 30; i++)
		buf_puts(&b, "élément de réseau décrit ligne après ligne\n");
	buf_puts(&b, "310 : Spécialités plurivalentes des échanges et de la gestion\n\n"
	             "Nom légal | Siret | Nom commercial | Site internet |\n");
	/* the warning's 511 bytes would end inside an É (35 bytes before the
	 * name, and 476 of it: 6 + 7 * 67 + 1) */
	buf_puts(&b, "AAAAAA");
	for (i = 0; i < 80; i++)
		buf_puts(&b, "ÉCOLE ");
	buf_puts(&b, "| 12345678900018 | - | - |\n");
	r = parse_str(b.s);
	ck_assert_uint_eq(r->nnsf, 2);
	ck_assert_str_eq(r->nsf[1].code, "310");
	ck_assert(utf8_valid(r->nsf[0].label, strlen(r->nsf[0].label)));
	ck_assert_uint_le(strlen(r->nsf[0].label), 1024);
	ck_assert_uint_gt(strlen(r->nsf[0].label), 1024 - 48);
	ck_assert_str_eq(r->nsf[0].label + strlen(r->nsf[0].label) - 12, "après ligne");
	ck_assert_uint_eq(r->ncertifiers, 1);
	for (i = 0, cut = 0; i < r->nwarnings; i++) {
		ck_assert_msg(utf8_valid(r->warnings[i], strlen(r->warnings[i])), "%s",
		              r->warnings[i]);
		n = strlen(r->warnings[i]);
		cut += strstr(r->warnings[i], "SIRET 12345678900018 of certifier \"AAAAAAÉCOLE") ==
		           r->warnings[i] && n == 511 && strcmp(r->warnings[i] + n - 3, "…") == 0;
	}
	ck_assert_uint_eq(cut, 1);
	rncp_record_free(r);
	rncp_buf_free(&b);
}
END_TEST

Suite *
suite_robust(void)
{
	Suite *s = suite_create("robust");
	TCase *tc = tcase_create("core");

	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, t_utf8_valid);
	tcase_add_test(tc, t_utf8_valid_offsets);
	tcase_add_test(tc, t_bad_bytes_parse);
	tcase_add_test(tc, t_many_dates);
	tcase_add_test(tc, t_code_from_many_blocs);
	tcase_add_test(tc, t_list_cap);
	tcase_add_test(tc, t_brackets_then_address);
	tcase_add_test(tc, t_regex_match_limit);
	tcase_add_test(tc, t_arena_printf_whole);
	tcase_add_test(tc, t_mark_cut);
	tcase_add_test(tc, t_long_label_and_warning);
	tcase_add_test(tc, t_code_wrapped_cut);
	suite_add_tcase(s, tc);
	return s;
}
