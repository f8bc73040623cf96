/*
 * lexicon.c - the French word list (Debian's wfrench, /usr/share/dict/french,
 * or $RNCP_LEXICON) that tells a real word from an OCR misreading.  Read once
 * per process into an open-addressing hash table of offsets: O(1) lookups.
 * Each slot also holds the word's length and more bits of its hash, so a
 * probe of another word is told apart without reading the list.
 * Keys are lower case with œ written "oe", as the list spells it.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "internal.h"

#define LEXICON_DEFAULT "/usr/share/dict/french"
#define LEXICON_MAX ((size_t)64 << 20)

static struct {
	int loaded;        /* 1 ok, -1 unavailable, 0 not tried */
	const char *words; /* the mapped file */
	size_t size;
	uint64_t *slots;   /* 0 = empty, else slot_of(): offset, length, tag */
	size_t mask;
	/* A Bloom filter of the words, with the three bits of a word in one
	 * 64-bit word: a sixteenth of the size of the slots, it stays in the
	 * CPU's cache, and tells most words that are not in the list (most
	 * look-ups of the OCR repair's variant search) without a cache miss
	 * in the slots. */
	uint64_t *filter;
	size_t fmask;
	/* The images of the words under a caller's map (lexicon_image_filter),
	 * in a Bloom filter of the same shape as the one above; built on first
	 * use, NULL until then. */
	uint64_t *images;
	lexicon_map_fn image_map;
} lex;

/* The slot of the word at offset off, n bytes long, of hash h: offset + 1
 * in the high half, then the length, then 24 high bits of the hash (the
 * low bits chose the slot).  Never 0. */
static uint64_t
slot_of(size_t off, size_t n, uint64_t h)
{
	return ((uint64_t)off + 1) << 32 | (uint64_t)n << 24 | (h >> 40);
}

/* The word of the filter for hash h, and the three bits of it that a word
 * of that hash sets: from a second mix of h, so they do not follow the
 * slot or the tag. */
static uint64_t
filter_bits(uint64_t h, size_t *word)
{
	uint64_t g = h * 0xD6E8FEB86659FD93u;

	*word = (size_t)(g >> 40) & lex.fmask;
	return (uint64_t)1 << (g & 63) | (uint64_t)1 << ((g >> 6) & 63) |
	       (uint64_t)1 << ((g >> 12) & 63);
}

/* The same without the offset: what a lookup compares. */
#define SLOT_KEY_MASK 0xFFFFFFFFu

/*
 * The next word of the list from byte *off on: 1 with *off at its start
 * and *n its length, 0 at the end of the list.  Empty lines and lines of
 * 64 bytes or more are no words; lexicon_load and lexicon_image_filter
 * both walk the list with it, so they take the same words.  A byte loop:
 * a word is a dozen bytes, shorter than a call to memchr costs, and the
 * list has 350,000 of them.
 */
static int
next_word_in(const char *words, size_t size, size_t *off, size_t *n)
{
	size_t e;

	for (; *off < size; *off = e + 1) {
		for (e = *off; e < size && words[e] != '\n'; e++)
			;
		if (e > *off && e - *off < 64) {
			*n = e - *off;
			return 1;
		}
	}
	return 0;
}

/*
 * The words: the list's, then the few of the fiches that it lacks
 * (data/words.txt, compiled in as lexicon_extra: "télécoms",
 * "virtualisé" ...).  Offset lex.size + 1 + x is byte x of lexicon_extra
 * (the one between stands for the line end a list may lack at its end).
 */
static int
next_word(size_t *off, size_t *n)
{
	size_t x;

	if (*off < lex.size && next_word_in(lex.words, lex.size, off, n))
		return 1;
	if (*off <= lex.size)
		*off = lex.size + 1;
	x = *off - lex.size - 1;
	if (!next_word_in(lexicon_extra, lexicon_extra_len, &x, n))
		return 0;
	*off = lex.size + 1 + x;
	return 1;
}

static const char *
word_at(size_t off)
{
	return off < lex.size ? lex.words + off : lexicon_extra + (off - lex.size - 1);
}

/*
 * Zeroed memory for the slots and the filter, kept for the life of the
 * process.  Anonymous pages, in 2 MiB huge pages where the kernel allows
 * (madvise): the table is read at random, and with 4 KiB pages its 2,000
 * pages were as many page faults at load and TLB misses after.
 */
#define HUGE_PAGE ((size_t)2 << 20)

static uint64_t *
table_alloc(size_t bytes)
{
	size_t len = (bytes + HUGE_PAGE - 1) / HUGE_PAGE * HUGE_PAGE + HUGE_PAGE;
	char *p = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	char *a;

	if (p == MAP_FAILED)
		return NULL;
	/* a huge page must start on a 2 MiB boundary: the spare head and
	 * tail of the mapping go back */
	a = (char *)(((uintptr_t)p + HUGE_PAGE - 1) & ~(uintptr_t)(HUGE_PAGE - 1));
	if (a > p)
		munmap(p, (size_t)(a - p));
	if (a + len - HUGE_PAGE < p + len)
		munmap(a + len - HUGE_PAGE, (size_t)(p + len - (a + len - HUGE_PAGE)));
#ifdef MADV_HUGEPAGE
	madvise(a, len - HUGE_PAGE, MADV_HUGEPAGE);
#endif
	return (uint64_t *)a;
}

/*
 * Words go into the table LOAD_BATCH at a time, their slots fetched
 * (prefetch) as they are read and hashed, and written once the batch is
 * full.  The table (8 MiB for French) is written at random: one word
 * after the other, each insert waited for its own cache miss, and that
 * was most of the time of a one-fiche parse.  The order of the inserts,
 * and so the table, is the same.
 */
#define LOAD_BATCH 32

typedef struct load_word {
	size_t off, n;
	uint64_t h;
} load_word;

static void
insert_batch(const load_word *b, size_t nb)
{
	size_t k, i, fw;

	for (k = 0; k < nb; k++) {
		uint64_t bits = filter_bits(b[k].h, &fw);
		for (i = b[k].h & lex.mask; lex.slots[i]; i = (i + 1) & lex.mask)
			;
		lex.slots[i] = slot_of(b[k].off, b[k].n, b[k].h);
		lex.filter[fw] |= bits;
	}
}

static void
lexicon_load(void)
{
	const char *path = getenv("RNCP_LEXICON");
	struct stat sb;
	size_t nwords = 0, cap, fcap, off, n, nb = 0;
	int fd;
	const char *p, *end;
	load_word batch[LOAD_BATCH];

	lex.loaded = -1;
	if (path == NULL || *path == '\0')
		path = LEXICON_DEFAULT;
	fd = open(path, O_RDONLY);
	if (fd < 0)
		return;
	if (fstat(fd, &sb) != 0 || sb.st_size <= 0 || (size_t)sb.st_size > LEXICON_MAX) {
		close(fd);
		return;
	}
	lex.size = (size_t)sb.st_size;
	lex.words = mmap(NULL, lex.size, PROT_READ, MAP_PRIVATE, fd, 0);
	close(fd);
	if (lex.words == MAP_FAILED) {
		lex.words = NULL;
		return;
	}
	end = lex.words + lex.size;
	/* a plain loop the compiler vectorises, where a memchr a line was
	 * a call a word */
	for (p = lex.words; p < end; p++)
		nwords += *p == '\n';
	nwords += lexicon_extra_len; /* at most as many words as bytes */
	for (cap = 1024; cap < nwords * 2 + 2; cap *= 2)
		;
	/* four to eight words to a filter word (french: 5.3, 512 KiB): about
	 * one look-up in a hundred of a word not in the list goes on to
	 * the slots */
	for (fcap = 64; fcap * 8 < nwords; fcap *= 2)
		;
	lex.slots = table_alloc((cap + fcap) * sizeof(uint64_t));
	lex.filter = lex.slots + cap;
	if (lex.slots == NULL) {
		lex.filter = NULL;
		munmap((void *)lex.words, lex.size);
		lex.words = NULL;
		return;
	}
	lex.mask = cap - 1;
	lex.fmask = fcap - 1;
	/* the list is lower case except proper nouns; keep them as they
	 * are: lookups try the word as written too */
	for (off = 0; next_word(&off, &n); off += n + 1) {
		batch[nb].off = off;
		batch[nb].n = n;
		batch[nb].h = hash_bytes(word_at(off), n);
		__builtin_prefetch(&lex.slots[batch[nb].h & lex.mask], 1);
		if (++nb == LOAD_BATCH) {
			insert_batch(batch, nb);
			nb = 0;
		}
	}
	insert_batch(batch, nb);
	lex.loaded = 1;
}

int
lexicon_available(void)
{
	if (lex.loaded == 0)
		lexicon_load();
	return lex.loaded == 1;
}

/* Is s[0..n) (already in lexicon key form), of hash h, a word of the list? */
static int
lookup_key_hashed(const char *s, size_t n, uint64_t h)
{
	uint64_t bits;
	uint32_t key = (uint32_t)(slot_of(0, n, h) & SLOT_KEY_MASK);
	size_t i;

	bits = filter_bits(h, &i);
	if ((lex.filter[i] & bits) != bits)
		return 0;
	for (i = h & lex.mask; lex.slots[i]; i = (i + 1) & lex.mask) {
		uint64_t sl = lex.slots[i];
		/* the length and tag say "another word" without reading it */
		if ((uint32_t)(sl & SLOT_KEY_MASK) == key &&
		    memcmp(word_at((size_t)(sl >> 32) - 1), s, n) == 0)
			return 1;
	}
	return 0;
}

static int
lookup_key(const char *s, size_t n)
{
	return lookup_key_hashed(s, n, hash_bytes(s, n));
}

void
lexicon_prefetch(uint64_t h)
{
	size_t fw;

	if (lex.loaded != 1)
		return;
	filter_bits(h, &fw);
	__builtin_prefetch(&lex.filter[fw]);
	__builtin_prefetch(&lex.slots[h & lex.mask]);
}

/* The filter's word and bits of the image img[0..n): from another mix
 * of its hash than filter_bits, so that a word and its own image do not
 * share their bits. */
static uint64_t
image_bits(const char *img, size_t n, size_t *word)
{
	return filter_bits(hash_bytes(img, n) ^ 0x5851F42D4C957F2Du, word);
}

int
lexicon_image_filter(lexicon_map_fn map)
{
	size_t off, n, cap = (lex.fmask + 1) * sizeof(uint64_t);

	if (!lexicon_available())
		return 0;
	if (lex.images != NULL)
		return lex.image_map == map;
	lex.images = table_alloc(cap);
	if (lex.images == NULL)
		return 0;
	lex.image_map = map;
	/* the words lexicon_load put in the slots */
	for (off = 0; next_word(&off, &n); off += n + 1) {
		char img[LEXICON_IMAGE_MAX];
		size_t k, fw;
		if (n >= LEXICON_IMAGE_MAX / 2)
			continue; /* an image may take two bytes a byte */
		k = map(word_at(off), n, img);
		uint64_t bits = image_bits(img, k, &fw);
		lex.images[fw] |= bits;
	}
	return 1;
}

int
lexicon_image_maybe(const char *img, size_t n)
{
	uint64_t bits;
	size_t fw;

	if (lex.images == NULL)
		return 1;
	bits = image_bits(img, n, &fw);
	return (lex.images[fw] & bits) == bits;
}

/* The first byte of s[0..n) that key form changes (upper case, œ), or n. */
static size_t
first_to_fold(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i], c2;
		if (c < 0xC3) { /* most bytes: lower-case ASCII */
			if (c >= 'A' && c <= 'Z')
				break;
			continue;
		}
		c2 = i + 1 < n ? (unsigned char)s[i + 1] : 0;
		if ((c == 0xC3 && c2 >= 0x80 && c2 <= 0x9E && c2 != 0x97) ||
		    (c == 0xC5 && (c2 == 0x92 || c2 == 0x93)))
			break;
	}
	return i;
}

int
lexicon_key_form(const char *s, size_t n)
{
	return first_to_fold(s, n) == n;
}

int
lexicon_has_key(const char *s, size_t n)
{
	if (!lexicon_available() || n == 0 || n >= 60)
		return 0;
	return lookup_key(s, n);
}

int
lexicon_has(const char *s, size_t n)
{
	/* lexicon_has_hashed checks the list and n */
	return n > 0 && n < 60 && lexicon_has_hashed(s, n, hash_bytes(s, n));
}

int
lexicon_has_hashed(const char *s, size_t n, uint64_t h)
{
	char key[128];
	size_t k = 0, i;

	if (!lexicon_available() || n == 0 || n >= 60)
		return 0;
	if (lookup_key_hashed(s, n, h))
		return 1;
	/* most misses are already in key form: one lookup is enough */
	if ((i = first_to_fold(s, n)) == n)
		return 0;
	/* lower case, œ as "oe" (n < 60: the key never fills) */
	memcpy(key, s, i);
	k = i;
	for (; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c >= 'A' && c <= 'Z') {
			key[k++] = (char)(c + 32);
		} else if (c == 0xC3 && i + 1 < n && (unsigned char)s[i + 1] >= 0x80 &&
		           (unsigned char)s[i + 1] <= 0x9E && (unsigned char)s[i + 1] != 0x97) {
			key[k++] = (char)c;
			key[k++] = (char)(s[++i] + 0x20);
		} else if (c == 0xC5 && i + 1 < n &&
		           ((unsigned char)s[i + 1] == 0x92 || (unsigned char)s[i + 1] == 0x93)) {
			key[k++] = 'o';
			key[k++] = 'e';
			i++;
		} else {
			key[k++] = (char)c;
		}
	}
	return lookup_key(key, k);
}
