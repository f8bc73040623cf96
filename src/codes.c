/*
 * codes.c - validation and OCR repair of the codes a fiche cites: ROME
 * (checked against the shipped ROME table), NSF (93 groups and their
 * letters) and SIRET (14 digits, Luhn).
 */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

static int
cmp_entry(const void *key, const void *elem)
{
	return strcmp(key, ((const ref_entry *)elem)->code);
}

const ref_entry *
rome_lookup(const char *code)
{
	return bsearch(code, rome_table, rome_table_len, sizeof(ref_entry), cmp_entry);
}

const ref_entry *
nsf_group_lookup(const char *code3)
{
	char k[4];

	memcpy(k, code3, 3);
	k[3] = '\0';
	return bsearch(k, nsf_groups, nsf_groups_len, sizeof(ref_entry), cmp_entry);
}

/* The digit an OCR engine may have printed as this character, or -1. */
static int
ocr_digit(char c)
{
	if (c >= '0' && c <= '9')
		return c;
	switch (c) {
	case 'O': case 'o': case 'D': case 'Q': return '0';
	case 'I': case 'l': case '|': case 'i': case '!': return '1';
	case 'Z': case 'z': return '2';
	case 'S': case 's': return '5';
	case 'B': return '8';
	case 'G': return '6';
	}
	return -1;
}

int
rome_code_repair(const char *s, size_t n, char out[6])
{
	char cand[2];
	size_t i, k, nc = 0;
	int repaired = 0, d;

	if (n != 5)
		return 0;
	for (i = 1; i < 5; i++) {
		d = ocr_digit(s[i]);
		if (d < 0)
			return 0;
		if (d != s[i])
			repaired = 1;
		out[i] = (char)d;
	}
	out[5] = '\0';
	/* the letter as printed (any case), then I for its look-alikes */
	if (s[0] >= 'A' && s[0] <= 'N')
		cand[nc++] = s[0];
	else if (s[0] >= 'a' && s[0] <= 'n')
		cand[nc++] = (char)(s[0] - 32);
	if (strchr("1l|!i", s[0]) != NULL && s[0] != '\0')
		cand[nc++] = 'I';
	for (k = 0; k < nc; k++) {
		out[0] = cand[k];
		if (rome_lookup(out) != NULL)
			return repaired || cand[k] != s[0] ? 2 : 1;
	}
	return 0;
}

int
nsf_code_valid(const char *code)
{
	size_t n = strlen(code);

	if (n != 3 && n != 4)
		return 0;
	if (nsf_group_lookup(code) == NULL)
		return 0;
	return n == 3 || strchr(nsf_letters, code[3]) != NULL;
}

int
siret_valid(const char *digits)
{
	int sum = 0, i, d;

	if (strlen(digits) != 14)
		return 0;
	for (i = 0; i < 14; i++) {
		if (digits[i] < '0' || digits[i] > '9')
			return 0;
		d = digits[i] - '0';
		if (i % 2 == 0) { /* from the right, every second digit doubled */
			d *= 2;
			if (d > 9)
				d -= 9;
		}
		sum += d;
	}
	/* La Poste's establishments use a sum of digits modulo 5 instead */
	if (strncmp(digits, "356000000", 9) == 0) {
		for (sum = 0, i = 0; i < 14; i++)
			sum += digits[i] - '0';
		return sum % 5 == 0;
	}
	return sum % 10 == 0;
}
