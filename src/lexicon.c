/*
 * lexicon.c - the French word list (Debian's wfrench, /usr/share/dict/french,
 * or $RNCP_LEXICON) that tells a real word from an OCR misreading.  Read once
 * per process into an open-addressing hash table of offsets: O(1) lookups.
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
	uint32_t *slots;   /* offset + 1 of a word start; 0 = empty */
	size_t mask;
} lex;

static uint32_t
hash(const char *s, size_t n)
{
	uint32_t h = 2166136261u;
	size_t i;

	for (i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 16777619u;
	}
	return h;
}

static size_t
word_len(const char *p, const char *end)
{
	const char *e = memchr(p, '\n', (size_t)(end - p));

	return e ? (size_t)(e - p) : (size_t)(end - p);
}

static void
lexicon_load(void)
{
	const char *path = getenv("RNCP_LEXICON");
	struct stat sb;
	size_t nwords = 0, cap, off;
	int fd;
	const char *p, *end;

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
	for (p = lex.words; p < end; p++)
		nwords += *p == '\n';
	for (cap = 1024; cap < nwords * 2 + 2; cap *= 2)
		;
	lex.slots = calloc(cap, sizeof(uint32_t));
	if (lex.slots == NULL) {
		munmap((void *)lex.words, lex.size);
		lex.words = NULL;
		return;
	}
	lex.mask = cap - 1;
	for (off = 0; off < lex.size;) {
		size_t n = word_len(lex.words + off, end), i;
		/* the list is lower case except proper nouns; keep them as they
		 * are: lookups try the word as written too */
		if (n > 0 && n < 64) {
			for (i = hash(lex.words + off, n) & lex.mask; lex.slots[i]; i = (i + 1) & lex.mask)
				;
			lex.slots[i] = (uint32_t)off + 1;
		}
		off += n + 1;
	}
	lex.loaded = 1;
}

int
lexicon_available(void)
{
	if (lex.loaded == 0)
		lexicon_load();
	return lex.loaded == 1;
}

/* Is s[0..n) (already in lexicon key form) a word of the list? */
static int
lookup_key(const char *s, size_t n)
{
	size_t i;
	const char *end = lex.words + lex.size;

	for (i = hash(s, n) & lex.mask; lex.slots[i]; i = (i + 1) & lex.mask) {
		const char *w = lex.words + lex.slots[i] - 1;
		if (word_len(w, end) == n && memcmp(w, s, n) == 0)
			return 1;
	}
	return 0;
}

int
lexicon_has(const char *s, size_t n)
{
	char key[128];
	size_t k = 0, i;
	int changed = 0;

	if (!lexicon_available() || n == 0 || n >= 60)
		return 0;
	if (lookup_key(s, n))
		return 1;
	/* lower case, œ as "oe" */
	for (i = 0; i < n && k + 2 < sizeof(key); i++) {
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
			continue;
		}
		changed = 1;
	}
	/* most misses are already in key form: one lookup is enough */
	return changed && lookup_key(key, k);
}
