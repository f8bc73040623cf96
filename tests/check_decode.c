/* check_decode.c - unit tests of decode.c: encodings, BOMs, binary, empty. */
#include <iconv.h>
#include <stdlib.h>

#include "check_util.h"

static decoded
dec(const char *s, size_t n, rncp_status want)
{
	decoded d;
	rncp_error e = {0};
	rncp_status st = decode_input(s, n, &d, &e);

	ck_assert_msg(st == want, "status %d, want %d (%s)", st, want, e.msg);
	return d;
}

START_TEST(t_utf8_plain)
{
	decoded d = dec("Niveau 5 réseaux", 17, RNCP_OK);
	ck_assert_str_eq(d.encoding, "UTF-8");
	ck_assert_str_eq(d.text, "Niveau 5 réseaux");
	ck_assert_uint_eq(d.replaced, 0);
	free(d.text);
}
END_TEST

START_TEST(t_utf8_bom)
{
	decoded d = dec("\xEF\xBB\xBFR\xC3\xA9seau", 10, RNCP_OK);
	ck_assert_str_eq(d.encoding, "UTF-8");
	ck_assert_str_eq(d.text, "Réseau");
	free(d.text);
}
END_TEST

START_TEST(t_utf16le_bom)
{
	/* "Né" in UTF-16LE with BOM */
	decoded d = dec("\xFF\xFEN\x00\xE9\x00", 6, RNCP_OK);
	ck_assert_str_eq(d.encoding, "UTF-16LE");
	ck_assert_str_eq(d.text, "Né");
	free(d.text);
}
END_TEST

START_TEST(t_utf16be_bom)
{
	decoded d = dec("\xFE\xFF\x00N\x00\xE9", 6, RNCP_OK);
	ck_assert_str_eq(d.encoding, "UTF-16BE");
	ck_assert_str_eq(d.text, "Né");
	free(d.text);
}
END_TEST

START_TEST(t_utf16_no_bom)
{
	const char s[] = "C\0o\0d\0e\0 \0R\0N\0C\0P\0 \0:\0 \0001\0\x39\0";
	decoded d = dec(s, sizeof(s) - 1, RNCP_OK);
	ck_assert_str_eq(d.encoding, "UTF-16LE");
	ck_assert_str_eq(d.text, "Code RNCP : 19");
	free(d.text);
}
END_TEST

START_TEST(t_utf16_truncated)
{
	decoded d = dec("\xFF\xFEN\x00\xE9\x00R", 7, RNCP_OK);
	ck_assert_str_eq(d.text, "Né");
	ck_assert_uint_eq(d.replaced, 1);
	free(d.text);
}
END_TEST

START_TEST(t_utf16_nul)
{
	/* a NUL character inside UTF-16 text is dropped like a NUL byte */
	decoded d = dec("\xFF\xFEN\x00\x00\x00\xE9\x00", 8, RNCP_OK);
	ck_assert_str_eq(d.text, "Né");
	ck_assert_uint_eq(d.nuls, 1);
	free(d.text);
}
END_TEST

START_TEST(t_cp1252)
{
	/* "Réseaux – l’été" in CP1252 */
	decoded d = dec("R\xE9seaux \x96 l\x92\xE9t\xE9", 15, RNCP_OK);
	ck_assert_str_eq(d.encoding, "CP1252");
	ck_assert_str_eq(d.text, "Réseaux – l’été");
	free(d.text);
}
END_TEST

/* CP1252 decoded as glibc's iconv decodes it, every printable byte; the
 * five bytes CP1252 leaves undefined become U+FFFD and count as replaced */
/* An old Mac's text: Mac OS Roman, told from CP1252 by its é */
START_TEST(t_mac_roman)
{
	static const char mac[] = "R\x8eseau \x88 distance, s\x8e" "curit\x8e, syst\x8fmes, \x8d" "a";
	static const char win[] = "\x8e" "elezni\xe9 \xe9t\xe9 r\xe9seau \x8e\x8e";
	decoded d = dec(mac, sizeof(mac) - 1, RNCP_OK);

	ck_assert_str_eq(d.encoding, "MACINTOSH");
	ck_assert_str_eq(d.text, "Réseau à distance, sécurité, systèmes, ça");
	free(d.text);
	/* CP1252 with a Ž among its é */
	d = dec(win, sizeof(win) - 1, RNCP_OK);
	ck_assert_str_eq(d.encoding, "CP1252");
	free(d.text);
}
END_TEST

START_TEST(t_cp1252_every_byte)
{
	char in[256 - 0x20], want[4 * 256];
	size_t i, w = 0;
	iconv_t cd = iconv_open("UTF-8", "CP1252");
	decoded d;

	ck_assert(cd != (iconv_t)-1);
	for (i = 0x20; i < 256; i++) {
		char *ip = &in[i - 0x20], *op = want + w;
		size_t il = 1, ol = sizeof(want) - w - 1;
		in[i - 0x20] = (char)i;
		if (iconv(cd, &ip, &il, &op, &ol) == (size_t)-1) {
			memcpy(want + w, "\xEF\xBF\xBD", 3); /* as decode_input replaces */
			w += 3;
			iconv(cd, NULL, NULL, NULL, NULL);
		} else {
			w = (size_t)(op - want);
		}
	}
	iconv_close(cd);
	d = dec(in, sizeof(in), RNCP_OK);
	ck_assert_str_eq(d.encoding, "CP1252");
	ck_assert_uint_eq(d.replaced, 5);
	ck_assert_uint_eq(d.len, w);
	ck_assert(memcmp(d.text, want, w) == 0);
	free(d.text);
}
END_TEST

/* decode_as_is + normalize_utf8, parse.c's way for plain UTF-8: the text
 * of decode_input + normalize_text, or NULL for what needs decoding */
static char *
as_is(const char *s, size_t n)
{
	const char *t;
	char *o = NULL;
	size_t tl, ol;
	norm_stats ns = {0};

	if ((t = decode_as_is(s, n, &tl)) == NULL)
		return NULL;
	ck_assert_int_eq(normalize_utf8(t, tl, &o, &ol, &ns), RNCP_OK);
	return o;
}

START_TEST(t_as_is)
{
	static const struct {
		const char *s;
		size_t n;
		int decoded; /* decode_input must do it */
	} t[] = {
	    {"Niveau 5 r\xC3\xA9seaux\r\n\xE2\x80\x99 e\xCC\x81 \x1B", 28, 0},
	    {"\xEF\xBB\xBFR\xC3\xA9seau", 10, 0},
	    {"R\xE9seau", 7, 1},           /* CP1252 */
	    {"R\xC3\xA9s\0eau", 8, 1},    /* a NUL */
	    {"Niveau\a 5", 9, 1},          /* a control byte */
	    {"Niveau 5\xC3", 9, 1},        /* cut in a character */
	    {"\xFF\xFEN\0", 4, 1},         /* UTF-16 */
	    {" \n\f\t", 4, 1},              /* blank */
	    {"R\xC3\x83\xC2\xA9seau", 9, 1}, /* "RÃ©seau", encoded twice */
	    {"CH\xC3\x82TEAU \xC3\xA2ge", 13, 0}, /* Â and â of French */
	};
	size_t i;

	for (i = 0; i < ARRAY_LEN(t); i++) {
		char *o = as_is(t[i].s, t[i].n), *want = NULL;
		size_t wl;
		norm_stats ns = {0};
		decoded d = {0};
		rncp_error e = {0};
		if (t[i].decoded) {
			ck_assert_msg(o == NULL, "case %zu taken as it is", i);
			continue;
		}
		ck_assert_msg(o != NULL, "case %zu not taken as it is", i);
		ck_assert_int_eq(decode_input(t[i].s, t[i].n, &d, &e), RNCP_OK);
		ck_assert_int_eq(normalize_text(d.text, d.len, &want, &wl, &ns), RNCP_OK);
		ck_assert_str_eq(o, want);
		free(o);
		free(want);
		free(d.text);
	}
}
END_TEST

/* UTF-8 read as CP1252 and encoded again, once or twice, in a UTF-8 file
 * or in one that is CP1252 itself */
START_TEST(t_mojibake)
{
	static const struct {
		const char *in, *want, *enc;
		size_t fixed;
	} t[] = {
	    /* "RÃ©seaux Ã  distance â€“ lâ€™Ã©tÃ© Å“uvre Â°" */
	    {"R\xC3\x83\xC2\xA9seaux \xC3\x83\xC2\xA0 distance \xC3\xA2\xE2\x82\xAC\xE2\x80\x9C"
	     " l\xC3\xA2\xE2\x82\xAC\xE2\x84\xA2\xC3\x83\xC2\xA9t\xC3\x83\xC2\xA9"
	     " \xC3\x85\xE2\x80\x9Cuvre \xC3\x82\xC2\xB0",
	     "Réseaux à distance – l’été œuvre °", "UTF-8", 8},
	    /* its no-break space turned into a space: "Ã  distance" */
	    {"R\xC3\x83\xC2\xA9seaux \xC3\x83  distance", "Réseaux à  distance", "UTF-8", 2},
	    /* twice over, the no-break space of à turned into a space:
	     * "ÃƒÂ " */
	    {"R\xC3\x83\xC6\x92\xC3\x82\xC2\xA9seau contribuer \xC3\x83\xC6\x92\xC3\x82 sa",
	     "Réseau contribuer à sa", "UTF-8", 6},
	    /* twice over: "RÃƒÂ©seau" */
	    {"R\xC3\x83\xC6\x92\xC3\x82\xC2\xA9seau", "Réseau", "UTF-8", 3},
	    /* a PDF's ligature: "ï¬‚ux" for ﬂux */
	    {"R\xC3\x83\xC2\xA9seau \xC3\xAF\xC2\xAC\xE2\x80\x9Aux", "Réseau \xEF\xAC\x82ux", "UTF-8", 2},
	    /* Calibri's "ti", U+10019F, four bytes: "ô€†Ÿ" */
	    {"R\xC3\x83\xC2\xA9seau cer\xC3\xB4\xE2\x82\xAC\xE2\x80\xA0\xC5\xB8\x66ication",
	     "Réseau cer\xF4\x80\x86\x9F\x66ication", "UTF-8", 2},
	    /* in a CP1252 file (the \x92 is not UTF-8): "RÃ©seau’" */
	    {"R\xC3\xA9seau\x92", "Réseau’", "CP1252", 1},
	    /* French as it is: left alone */
	    {"CH\xC3\x82TEAU \xC3\xA2ge, S\xC3\x83O PAULO", "CHÂTEAU âge, SÃO PAULO", "UTF-8", 0},
	    /* an accented letter then signs CP1252 has: no trigger, left alone */
	    {"sp\xC3\xA9" "cialit\xC3\xA9\xE2\x80\xA6\xC2\xBB \xC3\xA0 \xC2\xAB",
	     "spécialité…» à «", "UTF-8", 0},
	};
	size_t i;

	for (i = 0; i < ARRAY_LEN(t); i++) {
		decoded d = dec(t[i].in, strlen(t[i].in), RNCP_OK);
		ck_assert_msg(strcmp(d.text, t[i].want) == 0, "case %zu: %s", i, d.text);
		ck_assert_str_eq(d.encoding, t[i].enc);
		ck_assert_msg(d.moji == t[i].fixed, "case %zu: %zu repaired", i, d.moji);
		free(d.text);
	}
}
END_TEST

/* CP1252 text read as Latin-1, written again as UTF-8: its C1 controls
 * are CP1252's characters */
START_TEST(t_c1_controls)
{
	static const char s[] = "l\xC2\x92" "entreprise \xC2\x96 \xC2\x9Cuvre\xC2\x85 \xC2\x81x \xC2\x80 \xC2\xA0\xC3\xA9";
	decoded d = dec(s, sizeof(s) - 1, RNCP_OK);
	rncp_record *r;

	ck_assert_str_eq(d.text, "l\xE2\x80\x99" "entreprise \xE2\x80\x93 \xC5\x93uvre\xE2\x80\xA6 x "
	                         "\xE2\x82\xAC \xC2\xA0\xC3\xA9");
	ck_assert_uint_eq(d.c1, 6);
	ck_assert_uint_eq(d.moji, 0);
	free(d.text);
	/* UTF-8 read as Latin-1, written again: the mojibake repair's */
	d = dec("l\xC3\xA2\xC2\x80\xC2\x99\xC3\xA9t\xC3\x83\xC2\xA9", 14, RNCP_OK);
	ck_assert_str_eq(d.text, "l\xE2\x80\x99\xC3\xA9t\xC3\xA9");
	ck_assert_uint_eq(d.c1, 0);
	free(d.text);
	/* that, then read as CP1252 and written again: "lÂ’Ã©tÃ©" */
	d = dec("l\xC3\x82\xE2\x80\x99\xC3\x83\xC2\xA9t\xC3\x83\xC2\xA9", 15, RNCP_OK);
	ck_assert_str_eq(d.text, "l\xE2\x80\x99\xC3\xA9t\xC3\xA9");
	ck_assert_uint_eq(d.moji, 3);
	ck_assert_uint_eq(d.c1, 1);
	free(d.text);
	/* the fiche's bullets were U+0095: its ROME list is read */
	r = parse_str("Code RNCP : 12345\nCode(s) ROME :\n\xC2\x95 M1810 - Production\n"
	              "\xC2\x95 I1401 - Maintenance\nRéférences juridiques :\n");
	ck_assert_uint_eq(r->nrome, 2);
	ck_assert_str_eq(r->rome[1].code, "I1401");
	ck_assert_uint_ge(r->nwarnings, 1);
	ck_assert_ptr_nonnull(strstr(r->warnings[0], "2 C1 control characters"));
	rncp_record_free(r);
}
END_TEST

START_TEST(t_invalid_utf8_replaced)
{
	/* mostly UTF-8, one stray byte */
	static const char s[] = "r\xC3\xA9seau \xC3\xA9t\xC3\xA9 \xFF fin \xC3\xA0";
	decoded d = dec(s, sizeof(s) - 1, RNCP_OK);
	ck_assert_str_eq(d.encoding, "UTF-8");
	ck_assert_uint_eq(d.replaced, 1);
	ck_assert_ptr_nonnull(strstr(d.text, "\xEF\xBF\xBD"));
	free(d.text);
}
END_TEST

START_TEST(t_nul_dropped)
{
	static const char s[] = "Niveau\0 5 et du texte assez long pour la proportion";
	decoded d = dec(s, sizeof(s) - 1, RNCP_OK);
	ck_assert_uint_eq(d.nuls, 1);
	ck_assert_str_eq(d.text, "Niveau 5 et du texte assez long pour la proportion");
	free(d.text);
}
END_TEST

START_TEST(t_binary)
{
	char b[256];
	size_t i;
	decoded d;
	for (i = 0; i < sizeof(b); i++)
		b[i] = (char)(i * 7);
	d = dec(b, sizeof(b), RNCP_EBINARY);
	ck_assert_ptr_null(d.text);
}
END_TEST

/* A document that is not text is named, with what to do; text that only
 * opens like one is read */
START_TEST(t_documents)
{
	static const struct {
		const char *in, *says;
	} t[] = {
	    {"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n", "a PDF document"},
	    {"{\\rtf1\\ansi Code RNCP : 12345\\par}", "an RTF document"},
	    {"PK\x03\x04\x14\x01[Content_Types].xml word/document.xml", "a Word document (.docx)"},
	    {"PK\x03\x04\x14\x01mimetypeapplication/vnd.oasis.opendocument.text", "an OpenDocument"},
	    {"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\x00\x00", "a Word 97-2003"},
	    {"\x1F\x8B\x08\x00\x00", "a gzip-compressed file"},
	};
	size_t i, tl;
	decoded d;
	rncp_error e = {0};

	for (i = 0; i < ARRAY_LEN(t); i++) {
		ck_assert_int_eq(decode_input(t[i].in, strlen(t[i].in), &d, &e), RNCP_EBINARY);
		ck_assert_msg(strncmp(e.msg, t[i].says, strlen(t[i].says)) == 0, "%zu: %s", i, e.msg);
		ck_assert_ptr_null(decode_as_is(t[i].in, strlen(t[i].in), &tl));
	}
	d = dec("PKI et %PDF- dans un texte", 26, RNCP_OK);
	ck_assert_str_eq(d.text, "PKI et %PDF- dans un texte");
	free(d.text);
}
END_TEST

START_TEST(t_empty)
{
	dec("", 0, RNCP_EEMPTY);
	dec(" \n\r\n\t \f", 7, RNCP_EEMPTY);
}
END_TEST

Suite *
suite_decode(void)
{
	Suite *s = suite_create("decode");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, t_utf8_plain);
	tcase_add_test(tc, t_utf8_bom);
	tcase_add_test(tc, t_utf16le_bom);
	tcase_add_test(tc, t_utf16be_bom);
	tcase_add_test(tc, t_utf16_no_bom);
	tcase_add_test(tc, t_utf16_truncated);
	tcase_add_test(tc, t_utf16_nul);
	tcase_add_test(tc, t_cp1252);
	tcase_add_test(tc, t_mac_roman);
	tcase_add_test(tc, t_cp1252_every_byte);
	tcase_add_test(tc, t_as_is);
	tcase_add_test(tc, t_mojibake);
	tcase_add_test(tc, t_c1_controls);
	tcase_add_test(tc, t_invalid_utf8_replaced);
	tcase_add_test(tc, t_nul_dropped);
	tcase_add_test(tc, t_binary);
	tcase_add_test(tc, t_documents);
	tcase_add_test(tc, t_empty);
	suite_add_tcase(s, tc);
	return s;
}
