/*
 * regex.c - the PCRE2 patterns of the extractors, each compiled once (on
 * first use, JIT when available) and matched with a match and depth limit,
 * so no input can make a pattern backtrack without bound.
 */
#include <stdlib.h>

#include "internal.h"

#define RX_MATCH_LIMIT 200000
#define RX_DEPTH_LIMIT 2000

static pcre2_match_context *mctx;
static pcre2_match_data *mdata;

static int
rx_prepare(rx *re)
{
	int errcode;
	PCRE2_SIZE erroff;

	if (re->code != NULL)
		return 0;
	if (mctx == NULL) {
		mctx = pcre2_match_context_create(NULL);
		mdata = pcre2_match_data_create(32, NULL);
		if (mctx == NULL || mdata == NULL)
			return -1;
		pcre2_set_match_limit(mctx, RX_MATCH_LIMIT);
		pcre2_set_depth_limit(mctx, RX_DEPTH_LIMIT);
	}
	re->code = pcre2_compile((PCRE2_SPTR)re->pattern, PCRE2_ZERO_TERMINATED,
	                         PCRE2_UTF | re->flags, &errcode, &erroff, NULL);
	if (re->code == NULL)
		abort(); /* a pattern of ours does not compile: a bug, caught by tests */
#ifndef RNCP_NO_JIT /* for valgrind, which cannot see into JIT code */
	pcre2_jit_compile(re->code, PCRE2_JIT_COMPLETE);
#endif
	return 0;
}

int
rx_match_at(rx *re, const char *s, size_t n, size_t start, size_t *ov, size_t ovn)
{
	PCRE2_SIZE *v;
	int rc, i;

	if (rx_prepare(re) != 0)
		return 0;
	/*
	 * PCRE2_NO_UTF_CHECK: without it pcre2_match() validates the subject
	 * from start to its end on every call, so a loop of matches over the
	 * whole text (extract_expiry) was quadratic: 60 s for 600 KB of
	 * dates (tests/pathological.py, case "dates").  Subjects are slices
	 * of normalize_text()'s output, cut at ASCII bytes or match ends;
	 * rncp_parse() checks once that this text is valid UTF-8.
	 */
#ifdef RNCP_CHECK_UTF
	/* test builds (fuzz, ASan, valgrind): prove the claim above */
	if (!utf8_valid(s, n) || (start < n && ((unsigned char)s[start] & 0xC0) == 0x80))
		abort();
#endif
#ifndef RNCP_NO_JIT
	/* straight into the JIT code, without pcre2_match's checks of its
	 * arguments (a third of the cost of a short match); a pattern the
	 * JIT could not compile says so, and goes through pcre2_match */
	rc = pcre2_jit_match(re->code, (PCRE2_SPTR)s, n, start, 0, mdata, mctx);
	if (rc == PCRE2_ERROR_JIT_BADOPTION)
#endif
		rc = pcre2_match(re->code, (PCRE2_SPTR)s, n, start, PCRE2_NO_UTF_CHECK, mdata,
		                 mctx);
	if (rc <= 0)
		return 0; /* no match, or a limit was hit: treated as no match */
	v = pcre2_get_ovector_pointer(mdata);
	for (i = 0; i < rc && (size_t)(2 * i + 1) < ovn; i++) {
		ov[2 * i] = v[2 * i];
		ov[2 * i + 1] = v[2 * i + 1];
	}
	for (; (size_t)(2 * i + 1) < ovn; i++)
		ov[2 * i] = ov[2 * i + 1] = (size_t)-1;
	return rc;
}

int
rx_match(rx *re, const char *s, size_t n, size_t *ov, size_t ovn)
{
	return rx_match_at(re, s, n, 0, ov, ovn);
}
