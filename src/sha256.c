/*
 * sha256.c - SHA-256 (FIPS 180-4) of an input, for source.sha256 and for the
 * storage key of fiches without a code.  On x86 CPUs with the SHA extensions
 * the blocks go through them (chosen at run time: one binary for every
 * CPU), six times faster than the portable code that is used elsewhere.
 */
#include <stdint.h>
#include <string.h>

#include "internal.h"

#if defined(__GNUC__) && (defined(__x86_64__) || defined(__i386__))
#define HAVE_SHANI_CODE 1
#include <cpuid.h>
#include <immintrin.h>
#endif

static const uint32_t K[64] = {
	0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1,
	0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
	0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
	0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
	0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147,
	0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
	0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
	0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
	0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
	0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
	0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

#define ROR(x, n) (((x) >> (n)) | ((x) << (32 - (n))))

/* Compress n blocks of 64 bytes at p into h. */
typedef void blocks_fn(uint32_t h[8], const unsigned char *p, size_t n);

static void
blocks_portable(uint32_t h[8], const unsigned char *p, size_t n)
{
	uint32_t w[64], a, b, c, d, e, f, g, hh, t1, t2;
	int i;

	for (; n > 0; n--, p += 64) {
		for (i = 0; i < 16; i++)
			w[i] = (uint32_t)p[4 * i] << 24 | (uint32_t)p[4 * i + 1] << 16 |
			       (uint32_t)p[4 * i + 2] << 8 | (uint32_t)p[4 * i + 3];
		for (i = 16; i < 64; i++) {
			uint32_t s0 = ROR(w[i - 15], 7) ^ ROR(w[i - 15], 18) ^ (w[i - 15] >> 3);
			uint32_t s1 = ROR(w[i - 2], 17) ^ ROR(w[i - 2], 19) ^ (w[i - 2] >> 10);
			w[i] = w[i - 16] + s0 + w[i - 7] + s1;
		}
		a = h[0]; b = h[1]; c = h[2]; d = h[3];
		e = h[4]; f = h[5]; g = h[6]; hh = h[7];
		for (i = 0; i < 64; i++) {
			t1 = hh + (ROR(e, 6) ^ ROR(e, 11) ^ ROR(e, 25)) + ((e & f) ^ (~e & g)) +
			     K[i] + w[i];
			t2 = (ROR(a, 2) ^ ROR(a, 13) ^ ROR(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
			hh = g; g = f; f = e; e = d + t1;
			d = c; c = b; b = a; a = t1 + t2;
		}
		h[0] += a; h[1] += b; h[2] += c; h[3] += d;
		h[4] += e; h[5] += f; h[6] += g; h[7] += hh;
	}
}

#ifdef HAVE_SHANI_CODE
/*
 * The same with the SHA extensions: sha256rnds2 does two rounds on the
 * state kept as ABEF and CDGH, sha256msg1/msg2 extend the message schedule
 * four words at a time (the layout of Intel's white paper "Intel SHA
 * Extensions", 2013).
 */
__attribute__((target("sha,sse4.1"))) static void
blocks_shani(uint32_t h[8], const unsigned char *p, size_t n)
{
	const __m128i bswap = _mm_set_epi64x(0x0c0d0e0f08090a0bLL, 0x0405060700010203LL);
	__m128i abef, cdgh, t, m0, m1, m2, m3, save0, save1;
	int i;

	t = _mm_shuffle_epi32(_mm_loadu_si128((const __m128i *)&h[0]), 0xB1); /* CDAB */
	cdgh = _mm_shuffle_epi32(_mm_loadu_si128((const __m128i *)&h[4]), 0x1B); /* EFGH */
	abef = _mm_alignr_epi8(t, cdgh, 8);
	cdgh = _mm_blend_epi16(cdgh, t, 0xF0);
	for (; n > 0; n--, p += 64) {
		save0 = abef;
		save1 = cdgh;
		m0 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(p + 0)), bswap);
		m1 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(p + 16)), bswap);
		m2 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(p + 32)), bswap);
		m3 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(p + 48)), bswap);
		/* sixteen times four rounds; m0..m3 hold the next 16 words */
		for (i = 0; i < 16; i++) {
			__m128i next;
			t = _mm_add_epi32(m0, _mm_loadu_si128((const __m128i *)&K[4 * i]));
			cdgh = _mm_sha256rnds2_epu32(cdgh, abef, t);
			abef = _mm_sha256rnds2_epu32(abef, cdgh, _mm_shuffle_epi32(t, 0x0E));
			/* w[t] = s1(w[t-2]) + w[t-7] + s0(w[t-15]) + w[t-16] */
			next = _mm_add_epi32(_mm_sha256msg1_epu32(m0, m1), _mm_alignr_epi8(m3, m2, 4));
			next = _mm_sha256msg2_epu32(next, m3);
			m0 = m1;
			m1 = m2;
			m2 = m3;
			m3 = next;
		}
		abef = _mm_add_epi32(abef, save0);
		cdgh = _mm_add_epi32(cdgh, save1);
	}
	t = _mm_shuffle_epi32(abef, 0x1B);                   /* FEBA */
	cdgh = _mm_shuffle_epi32(cdgh, 0xB1);                /* DCHG */
	_mm_storeu_si128((__m128i *)&h[0], _mm_blend_epi16(t, cdgh, 0xF0)); /* DCBA */
	_mm_storeu_si128((__m128i *)&h[4], _mm_alignr_epi8(cdgh, t, 8));    /* HGFE */
}

/* CPUID: leaf 7 EBX bit 29 is SHA, leaf 1 ECX bit 19 SSE4.1 (and bit 9
 * SSSE3, for pshufb).  <cpuid.h> rather than __builtin_cpu_supports("sha"),
 * which older clang (the fuzz and ASan builds) does not know. */
static int
shani_available(void)
{
	static int known = -1;
	unsigned a, b, c, d;

	if (known < 0) {
		known = __get_cpuid(1, &a, &b, &c, &d) && (c >> 19 & 1) && (c >> 9 & 1) &&
		        __get_cpuid_count(7, 0, &a, &b, &c, &d) && (b >> 29 & 1);
	}
	return known;
}
#endif

static void
digest_hex(blocks_fn *blocks, const void *data, size_t len, char out[65])
{
	static const char hex[] = "0123456789abcdef";
	uint32_t h[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
	                 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
	const unsigned char *p = data;
	unsigned char tail[128];
	size_t i, rest = len % 64, tl;
	uint64_t bits = (uint64_t)len * 8;

	blocks(h, p, len / 64);
	memset(tail, 0, sizeof(tail));
	if (rest > 0)
		memcpy(tail, p + len - rest, rest);
	tail[rest] = 0x80;
	tl = rest + 1 + 8 <= 64 ? 64 : 128;
	for (i = 0; i < 8; i++)
		tail[tl - 1 - i] = (unsigned char)(bits >> (8 * i));
	blocks(h, tail, tl / 64);
	for (i = 0; i < 64; i++)
		out[i] = hex[(h[i / 8] >> (28 - 4 * (i % 8))) & 0xF];
	out[64] = '\0';
}

int
sha256_hex_using(int impl, const void *data, size_t len, char out[65])
{
	if (impl == SHA256_PORTABLE) {
		digest_hex(blocks_portable, data, len, out);
		return 0;
	}
#ifdef HAVE_SHANI_CODE
	if (impl == SHA256_SHANI && shani_available()) {
		digest_hex(blocks_shani, data, len, out);
		return 0;
	}
#endif
	return -1;
}

void
sha256_hex(const void *data, size_t len, char out[65])
{
	if (sha256_hex_using(SHA256_SHANI, data, len, out) != 0)
		sha256_hex_using(SHA256_PORTABLE, data, len, out);
}
