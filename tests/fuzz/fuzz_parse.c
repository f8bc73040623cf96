/*
 * fuzz_parse.c - libFuzzer target over the whole parser: decode, normalise,
 * segment, extract, finish the record, and emit it as JSON (both styles).
 * Built by "make fuzz" with clang -fsanitize=fuzzer,address,undefined; any
 * crash, leak, sanitizer report or timeout is a bug in librncp.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "rncp.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Length of the well-formed UTF-8 sequence at p (n bytes left), or 0. */
static size_t
utf8_len(const unsigned char *p, size_t n)
{
	size_t k, i;
	unsigned cp;

	if (p[0] < 0x80)
		return 1;
	if (p[0] >= 0xC2 && p[0] <= 0xDF)
		k = 2, cp = p[0] & 0x1F;
	else if (p[0] >= 0xE0 && p[0] <= 0xEF)
		k = 3, cp = p[0] & 0x0F;
	else if (p[0] >= 0xF0 && p[0] <= 0xF4)
		k = 4, cp = p[0] & 0x07;
	else
		return 0;
	if (k > n)
		return 0;
	for (i = 1; i < k; i++) {
		if ((p[i] & 0xC0) != 0x80)
			return 0;
		cp = cp << 6 | (p[i] & 0x3F);
	}
	if ((k == 3 && cp < 0x800) || (k == 4 && cp < 0x10000) || cp > 0x10FFFF ||
	    (cp >= 0xD800 && cp <= 0xDFFF))
		return 0;
	return k;
}

/* JSON Lines output is one line of valid UTF-8 without raw control bytes:
 * anything else would break its consumers (jq, databases). */
static void
check_jsonl(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i, k;

	if (n == 0 || s[0] != '{' || s[n - 1] != '}')
		abort();
	for (i = 0; i < n; i += k) {
		if (p[i] < 0x20 || (k = utf8_len(p + i, n - i)) == 0)
			abort();
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* a fixed "today", so a run does not depend on the date */
	rncp_parse_opts opts = {"2026-01-01"};
	rncp_record *rec = NULL;
	rncp_error err;
	rncp_buf out = {0};

	memset(&err, 0, sizeof(err));
	if (rncp_parse((const char *)data, size, "fuzz.txt", &opts, &rec, &err) != RNCP_OK) {
		/* a failure must leave no record and a message */
		if (rec != NULL || err.msg[0] == '\0')
			abort();
		return 0;
	}
	if (rec == NULL || rncp_record_key(rec) == NULL)
		abort();
	if (rncp_record_json(rec, 0, 0, &out) != RNCP_OK)
		abort();
	check_jsonl(out.s, out.len);
	out.len = 0;
	if (rncp_record_json(rec, 1, 1, &out) != RNCP_OK)
		abort();
	rncp_buf_free(&out);
	rncp_record_free(rec);
	return 0;
}
