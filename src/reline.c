/*
 * reline.c - a fiche whose line ends were all lost: a page scraped with
 * its elements joined by spaces (BeautifulSoup's get_text(" ")), a
 * spreadsheet's cell, echo $(cat fiche), a PDF viewer's copy so joined.
 * The layouts are read line by line, and such a text is one line (or one
 * a page): no label starts one.  Its lines are put back before the labels
 * the layouts print at a line's start (and after those that stand alone
 * on theirs), before the items of the lists under them (NSF, Formacode
 * and ROME codes, the certifiers' rows, skills, jobs, blocs), and around
 * each page's header and footer, which segment.c then drops.  What the
 * layouts read from there is what they read from the text as printed,
 * but where a list's items could not be told apart.
 */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* the list a label opens, whose items are told apart by their own signs */
enum zone { Z_NONE, Z_NSF, Z_FORMA, Z_ROME, Z_CERT, Z_SKILLS, Z_JOBS, Z_TITLE };

enum {
	AFTER = 1,      /* alone on its line: a line end after it too */
	STATUS = 2,     /* "Active" / "Inactive": only before "N° de fiche" */
	CERT_HEAD = 4,  /* ends the certifiers' table head, in Z_CERT only */
	NUMBERED = 8,   /* a number (or a date) after it, then the line's end */
	HEAD_CELL = 16, /* a table's first head cell: AFTER, but for its second
	                 * ("Liste de compétences Modalités d'évaluation", the
	                 * row the page prints; not its cells stacked, the
	                 * skills then under the first) */
};

static const struct label {
	const char *text; /* as printed; letters compared in either case */
	unsigned char zone, flags;
} labels[] = {
    /* France Compétences' page and its PDF */
    {"Le Répertoire national des certifications professionnelles", Z_NONE, 0},
    {"Répertoire national des certifications professionnelles", Z_NONE, AFTER},
    {"Répertoire spécifique", Z_NONE, AFTER},
    {"L'essentiel", Z_NONE, AFTER},
    /* the page's pictures, as a copy that keeps their text has them */
    {"Icon de la nomenclature", Z_NONE, AFTER},
    {"Certification remplacée par", Z_NONE, AFTER},
    {"Icon de certification", Z_NONE, AFTER},
    {"Icon NSF", Z_NONE, AFTER},
    {"Icon formacode", Z_NONE, AFTER},
    {"Icon date", Z_NONE, AFTER},
    {"Active", Z_NONE, STATUS},
    {"Inactive", Z_NONE, STATUS},
    {"N° de fiche", Z_NONE, 0},
    {"N de fiche", Z_NONE, 0}, /* (its ° dropped with the accents) */
    {"Nomenclature du niveau de qualification", Z_NONE, 0},
    {"Code(s) NSF", Z_NSF, AFTER},
    {"Codes NSF", Z_NSF, AFTER},
    {"Code NSF", Z_NSF, AFTER},
    {"Formacode(s)", Z_FORMA, AFTER},
    {"Formacode :", Z_FORMA, 0}, /* "Formacode : 34566, 34587" (a référentiel's) */
    /* (its date then the line's end: the page's pictures' copy says
     * the values of the head again after it) */
    {"Date d'échéance de l'enregistrement", Z_NONE, NUMBERED},
    {"Date de début des parcours certifiants", Z_NONE, NUMBERED},
    {"Date d'échance de l'enregistrement", Z_NONE, NUMBERED}, /* (the page's own typo) */
    /* (its letters dropped, then put back as one word: "Date dchance") */
    {"Date déchéance de l'enregistrement", Z_NONE, NUMBERED},
    {"Taux d'insertion", Z_NONE, 0},
    {"Date de décision", Z_NONE, 0},
    {"Nom légal", Z_CERT, 0},
    {"Site internet", Z_CERT, CERT_HEAD},
    {"Objectifs et contexte de la certification", Z_NONE, AFTER},
    {"Activités visées", Z_SKILLS, AFTER},
    {"Compétences attestées", Z_SKILLS, AFTER},
    {"Liste de compétences", Z_SKILLS, HEAD_CELL},
    {"Modalités d'évaluation", Z_SKILLS, AFTER},
    {"Description des modalités d'acquisition", Z_NONE, 0},
    {"Secteurs d'activités", Z_NONE, AFTER},
    {"Secteurs d'activité", Z_NONE, 0},
    {"Secteurs d'activité ou types d'emplois", Z_JOBS, 0},
    {"Type d'emplois accessibles", Z_JOBS, AFTER},
    {"Types d'emplois accessibles", Z_JOBS, AFTER},
    {"Code(s) ROME", Z_ROME, AFTER},
    {"Références juridiques", Z_NONE, 0},
    {"Le cas échant", Z_NONE, 0},
    {"Le cas échéant", Z_NONE, 0},
    {"Certification(s) antérieure(s)", Z_NONE, AFTER},
    {"Pour plus d'informations", Z_NONE, 0},
    /* a REAC's */
    {"Fiche emploi type", Z_TITLE, AFTER},
    {"Fiche activité type N°", Z_TITLE, NUMBERED},
    {"Fiche activite type N°", Z_TITLE, NUMBERED},
    {"Fiche activité type N", Z_TITLE, NUMBERED}, /* (its ° dropped) */
    {"Fiche activite type N", Z_TITLE, NUMBERED},
    {"Fiche(s) Rome de rattachement", Z_ROME, AFTER},
    {"Les types d'emplois accessibles sont les suivants", Z_JOBS, AFTER},
    {"Liste des activités types et des compétences professionnelles", Z_SKILLS, AFTER},
    {"Liste des compétences professionnelles de l'activité type", Z_SKILLS, AFTER},
    {"Compétences transversales de l'activité type", Z_NONE, 0},
    {"Compétences transversales de l'emploi", Z_NONE, 0},
    /* its référentiels' head ("Références de la spécialité") */
    {"Intitulé du titre professionnel", Z_NONE, 0},
    {"Sigle du titre professionnel", Z_NONE, 0},
    {"Date de l'arrêté", Z_NONE, 0},
    {"Date de parution au JO", Z_NONE, 0},
    {"Date d'effet de l'arrêté", Z_NONE, 0},
    /* the CNCP's */
    {"Résumé descriptif de la certification", Z_NONE, 0},
    {"Supplément descriptif du certificat", Z_NONE, 0}, /* (its English version's) */
    {"Code RNCP :", Z_NONE, NUMBERED},
    {"Codes des fiches ROME les plus proches", Z_ROME, AFTER},
    {"Intitulé de la certification", Z_NONE, 0},
    {"Intitulé", Z_NONE, AFTER},
    {"Autorité responsable de la certification", Z_NONE, 0},
    {"Qualité du(es) signataire(s) de la certification", Z_NONE, AFTER},
    {"Niveau et/ou domaine d'activité", Z_NONE, AFTER},
    {"Convention(s)", Z_NONE, 0},
    {"Résumé du référentiel d'emploi ou éléments de compétence acquis", Z_NONE, AFTER},
    {"Résumé du référentiel d'emploi", Z_NONE, 0},
    {"Modalités d'accès à cette certification", Z_NONE, AFTER},
    {"Réglementation d'activités", Z_NONE, 0},
    {"Descriptif des composantes", Z_NONE, 0},
    {"Intitulé descriptif et modalités d'évaluation", Z_NONE, AFTER},
    {"Bloc de compétence n°", Z_NONE, 0},
    {"Bloc de compétence n", Z_NONE, 0}, /* (its ° dropped) */
    {"Validité des composantes acquises", Z_NONE, 0},
    {"Conditions d'inscription", Z_NONE, 0},
    {"Liens avec d'autres certifications", Z_NONE, 0},
    {"Base légale", Z_NONE, AFTER},
    {"Référence du décret", Z_NONE, 0},
    {"Référence arrêté", Z_NONE, 0},
    {"Références autres", Z_NONE, 0},
    {"Lieu(x) de certification", Z_NONE, 0},
    {"Historique de la certification", Z_NONE, 0},
};

/* The lower case of the letter at s[i] as one byte for ASCII, the second
 * byte of a Latin-1 letter's C3 xx sequence otherwise (À-Þ -> à-þ). */
static unsigned
folded(const unsigned char *s, size_t i)
{
	unsigned c = s[i];

	if (c >= 'A' && c <= 'Z')
		return c + 32;
	if (i > 0 && s[i - 1] == 0xC3 && c >= 0x80 && c <= 0x9E && c != 0x97)
		return c + 32;
	return c;
}

/* The length of label t at s[i..n), its first letter a capital, the
 * others in either case; 0 when it is not there or a word goes on past
 * its end. */
static size_t
label_at(const unsigned char *s, size_t i, size_t n, const char *t)
{
	size_t k, tl = strlen(t);

	if (i + tl > n || !((s[i] >= 'A' && s[i] <= 'Z') || s[i] == 0xC3))
		return 0;
	for (k = 0; k < tl; k++)
		if (folded(s, i + k) != folded((const unsigned char *)t, k))
			return 0;
	if (i + tl < n && ((s[i + tl] >= 'a' && s[i + tl] <= 'z') || (s[i + tl] >= 'A' && s[i + tl] <= 'Z') ||
	                   s[i + tl] >= 0x80))
		return 0;
	return tl;
}

static int
is_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

/* s[i] opens a capital (upper_start()'s). */
static int
is_upper(const unsigned char *s, size_t i, size_t n)
{
	return upper_start((const char *)s + i, n - i);
}

/* The end of the token (a run of non-spaces) at s[i]. */
static size_t
token_end(const unsigned char *s, size_t i, size_t n)
{
	while (i < n && s[i] != ' ' && s[i] != '\n')
		i++;
	return i;
}

/* The start of the token after the one that ends at e (spaces skipped),
 * n when none. */
static size_t
next_token(const unsigned char *s, size_t e, size_t n)
{
	while (e < n && s[e] == ' ')
		e++;
	return e < n && s[e] != '\n' ? e : n;
}

/* s[i..e) ends with a lower-case letter (ASCII or a Latin-1 one): 1; a
 * bracket, a comma or an ellipsis, where a list's item may end too ("...
 * (RSAT)", "Technicien systèmes, Technicien réseaux,"): 2; two figures or more, a
 * skill's standard or quantity ("... selon la norme NF EN 16247"): 3; a
 * word and a full stop: 4 */
static int
ends_lower(const unsigned char *s, size_t i, size_t e)
{
	size_t k;

	if (e <= i)
		return 0;
	if (s[e - 1] == ')' || s[e - 1] == ',')
		return 2;
	/* "Opérateurs téléphoniques… Technicien systèmes", "santé….",
	 * "téléphoniques..." */
	for (k = e; k > i && s[k - 1] == '.'; k--)
		;
	if ((k - i >= 3 && s[k - 3] == 0xE2 && s[k - 2] == 0x80 && s[k - 1] == 0xA6) || e - k >= 3)
		return 2;
	/* a sentence's full stop: a REAC's skills end so ("... au
	 * réseau. Intervenir sur ...") */
	if (e - k == 1)
		return ends_lower(s, i, k) == 1 ? 4 : 0;
	for (k = i; k < e && is_digit(s[k]); k++)
		;
	if (k == e && e - i >= 2)
		return 3;
	if (s[e - 1] >= 'a' && s[e - 1] <= 'z')
		return 1;
	return e - i >= 2 && s[e - 2] == 0xC3 && s[e - 1] >= 0x9F && s[e - 1] != 0xB7;
}

/* An NSF code as the lists print it: "326", "311p", then " :" or a
 * capital ("326 Informatique"). */
static int
nsf_item(const unsigned char *s, size_t i, size_t e, size_t n)
{
	size_t k = e - i, nx;

	if (!(k == 3 || (k == 4 && s[i + 3] >= 'a' && s[i + 3] <= 'z')) || !is_digit(s[i]) ||
	    !is_digit(s[i + 1]) || !is_digit(s[i + 2]))
		return 0;
	nx = next_token(s, e, n);
	return nx < n && (s[nx] == ':' || is_upper(s, nx, n));
}

/* A digit, or a letter OCR reads for one (O, o, l, I). */
static int
ocr_digit(unsigned char c)
{
	return is_digit(c) || c == 'O' || c == 'o' || c == 'l' || c == 'I';
}

/* A ROME code, "M1801", or one OCR misread ("11401", "l1401" for I1401,
 * "M17O3": codes.c's to mend), two digits in it at least. */
static int
rome_code(const unsigned char *s, size_t i, size_t e)
{
	size_t k, digits = 0;

	if (e - i != 5 || !((s[i] >= 'A' && s[i] <= 'N') || s[i] == '1' || s[i] == 'l'))
		return 0;
	for (k = i + 1; k < e; k++) {
		if (!ocr_digit(s[k]))
			return 0;
		digits += is_digit(s[k]);
	}
	return digits >= 2;
}

/* A bloc's code, "RNCP37454BC01", "RS5635BC02", or the CNCP's "Bloc 3 -". */
static int
bloc_head(const unsigned char *s, size_t i, size_t e, size_t n)
{
	size_t k = i;

	if (e - i == 4 && memcmp(s + i, "Bloc", 4) == 0) {
		size_t d = next_token(s, e, n), de = token_end(s, d, n), dash = next_token(s, de, n);
		return d < n && is_digit(s[d]) && dash < n && (s[dash] == '-' || s[dash] == ':');
	}
	if (e - i > 4 && memcmp(s + i, "RNCP", 4) == 0)
		k += 4;
	else if (e - i > 2 && memcmp(s + i, "RS", 2) == 0)
		k += 2;
	else
		return 0;
	if (k >= e || !is_digit(s[k]))
		return 0;
	while (k < e && is_digit(s[k]))
		k++;
	return k + 2 < e && s[k] == 'B' && s[k + 1] == 'C' && is_digit(s[k + 2]);
}

/* A capitalised word that reads as an infinitive: what a skill starts
 * with ("Analyser", "Mettre", "Définir", "S'appuyer"). */
static int
infinitive(const unsigned char *s, size_t i, size_t e)
{
	size_t k = e;

	while (k > i && (s[k - 1] == ',' || s[k - 1] == ':'))
		k--;
	if (k - i >= 3 && s[i] == 'S' && s[i + 1] == '\'')
		return 1;
	return k - i >= 4 && ((s[k - 2] == 'e' && s[k - 1] == 'r') || (s[k - 2] == 'i' && s[k - 1] == 'r') ||
	                      (s[k - 2] == 'r' && s[k - 1] == 'e'));
}

/* s[i..e), capitalised, is a word of the French list in small letters:
 * a sentence's first word, not a name ("Windows", "Linux"). */
static int
sentence_word(const unsigned char *s, size_t i, size_t e)
{
	while (e > i && (s[e - 1] == ',' || s[e - 1] == ':' || s[e - 1] == '.'))
		e--;
	/* (lexicon_has() reads it in small letters) */
	return e - i >= 2 && lexicon_has((const char *)s + i, e - i);
}

/* Whether the token s[i..e), which ends with a hyphen, is a word's first
 * part that a PDF's line end cut, the rest the next token's, the line's
 * end lost ("appa- reils"): the two read together as a word of the list
 * and the first alone not ("pré- et post-opératoire" stays).  The next
 * token's start in *nx. */
static int
cut_word(const unsigned char *s, size_t i, size_t e, size_t n, size_t *nx)
{
	char w[64];
	size_t a = e - 1, b, k;

	while (a > i && (s[a - 1] >= 0x80 || (s[a - 1] >= 'a' && s[a - 1] <= 'z') || (s[a - 1] >= 'A' && s[a - 1] <= 'Z')))
		a--;
	if (e - 1 - a < 2 || !((s[e - 2] >= 'a' && s[e - 2] <= 'z') || s[e - 2] >= 0x80))
		return 0;
	k = next_token(s, e, n);
	if (k >= n || !((s[k] >= 'a' && s[k] <= 'z') || (s[k] == 0xC3 && k + 1 < n && s[k + 1] >= 0xA0)))
		return 0;
	for (b = k; b < n && b - k < sizeof(w) && (s[b] >= 0x80 || (s[b] >= 'a' && s[b] <= 'z')); b++)
		;
	if ((e - 1 - a) + (b - k) >= sizeof(w))
		return 0;
	memcpy(w, s + a, e - 1 - a);
	memcpy(w + (e - 1 - a), s + k, b - k);
	if (!lexicon_has(w, (e - 1 - a) + (b - k)) || lexicon_has(w, e - 1 - a))
		return 0;
	*nx = k;
	return 1;
}

/* Whether s[i..e) numbers a skill: "C.2.", "1.1.1", "2.3", "A1.", "A1C2.",
 * "A5.C1." (a figure, a dot after the first figure or letter, three
 * capitals at most). */
static int
skill_number_token(const unsigned char *s, size_t i, size_t e)
{
	size_t k, digits = 0, letters = 0;

	if (e - i < 2 || e - i > 8 || s[i] == '.')
		return 0;
	for (k = i; k < e; k++) {
		if (is_digit(s[k]))
			digits++;
		else if (s[k] >= 'A' && s[k] <= 'Z')
			letters++;
		else if (s[k] != '.')
			return 0;
	}
	return digits > 0 && letters <= 3 && memchr(s + i + 1, '.', e - i - 1) != NULL;
}

/* Whether the table's second head cell, "Modalités d'évaluation", comes
 * next after s[i] (a bar between them maybe; its accents lost or
 * dropped, "d'évaluation" lost, a speck before it: "_Modalités"). */
static int
head_cell_next(const unsigned char *s, size_t i, size_t n)
{
	size_t k = next_token(s, i, n);

	if (k < n && s[k] == '|' && token_end(s, k, n) == k + 1)
		k = next_token(s, k + 1, n);
	if (k < n && (s[k] == '_' || s[k] == '|'))
		k++;
	return k + 7 <= n && (s[k] == 'M' || s[k] == 'm') && memcmp(s + k + 1, "odalit", 6) == 0;
}

/* An address, "https://...", "www...." or, a printed page's, "file://...". */
static int
url_token(const unsigned char *s, size_t i, size_t e)
{
	return (e - i >= 5 && memcmp(s + i, "http", 4) == 0 && memchr(s + i, ':', e - i) != NULL) ||
	       (e - i > 4 && memcmp(s + i, "www.", 4) == 0) || (e - i > 7 && memcmp(s + i, "file://", 7) == 0);
}

/* s[i..e) is made of the bytes of set only. */
static int
all_of(const unsigned char *s, size_t i, size_t e, const char *set)
{
	for (; i < e; i++)
		if (strchr(set, s[i]) == NULL)
			return 0;
	return 1;
}

/* A rule, "-----", "=====", "_____". */
static int
rule_token(const unsigned char *s, size_t i, size_t e)
{
	return e - i >= 3 && all_of(s, i, e, "-=_");
}

/* A SIRET, 14 digits (a table's bars aside). */
static int
siret_token(const unsigned char *s, size_t i, size_t e)
{
	size_t k;

	if (e - i != 14)
		return 0;
	for (k = i; k < e; k++)
		if (!is_digit(s[k]))
			return 0;
	return 1;
}

/* Whether an address comes after s[e] before the next SIRET (within 40
 * words): a "-" before it is inside the commercial name ("CIEFA - GROUPE
 * IGS (...) https://..."), not the empty site that ends the row. */
static int
url_before_siret(const unsigned char *s, size_t e, size_t n)
{
	size_t k, t, words;

	for (k = next_token(s, e, n), words = 0; k < n && words < 40; k = next_token(s, t, n), words++) {
		t = token_end(s, k, n);
		if (siret_token(s, k, t))
			return 0;
		if (url_token(s, k, t))
			return 1;
	}
	return 0;
}

/* A flat text's lines are this long on average, or longer: a fiche's
 * printed lines are under 170 bytes on average in every copy the tests
 * and the bench hold (web pages' paragraphs, PDF text, OCR). */
#define FLAT_LINE 400

int
text_is_flat(const char *s, size_t n)
{
	const char *p = s, *end = s + n, *nl;
	size_t lines = 0;

	if (n < FLAT_LINE)
		return 0;
	/* the lines that hold something (a page break's alone on its line
	 * after normalize), up to one too many: a fiche's text is told after
	 * its first n / 400 lines, a tenth of it */
	for (; p < end; p = nl + 1) {
		const char *q;
		nl = memchr(p, '\n', (size_t)(end - p));
		if (nl == NULL)
			nl = end;
		for (q = p; q < nl && (*q == ' ' || *q == '\f'); q++)
			;
		if (q < nl && ++lines * FLAT_LINE > n)
			return 0;
	}
	return 1;
}

/* The length of the bullet s[i..e) is, 0 when it is none: "-", "*", "+",
 * "•", "·", "–", "▪" (a converter's list marks). */
static size_t
bullet(const unsigned char *s, size_t i, size_t e)
{
	static const char *const marks[] = {"-", "*", "+", "\xE2\x80\xA2", "\xC2\xB7", "\xE2\x80\x93",
	                                    "\xE2\x96\xAA"};
	size_t k;

	for (k = 0; k < ARRAY_LEN(marks); k++)
		if (strlen(marks[k]) == e - i && memcmp(s + i, marks[k], e - i) == 0)
			return e - i;
	return 0;
}

/* Whether a list's mark ("•", "–", ...) comes in the six tokens from
 * s[i] on. */
static int
mark_ahead(const unsigned char *s, size_t i, size_t n)
{
	size_t k, t;

	for (k = i, t = 0; k < n && t < 6; t++) {
		size_t e = token_end(s, k, n);
		if (bullet(s, k, e) && s[k] != '-')
			return 1;
		k = next_token(s, e, n);
	}
	return 0;
}

/* The output's last token, b->s[*m..*k), blanks after it aside. */
static void
last_token(const rncp_buf *b, size_t *m, size_t *k)
{
	*k = b->len;
	while (*k > 0 && b->s[*k - 1] == ' ')
		--*k;
	for (*m = *k; *m > 0 && b->s[*m - 1] != ' ' && b->s[*m - 1] != '\n'; --*m)
		;
}

/* The output's last token ends with a comma or a colon, or is one. */
static int
after_comma(const rncp_buf *b)
{
	size_t k, m;

	last_token(b, &m, &k);
	return k > m && (b->s[k - 1] == ',' || b->s[k - 1] == ':');
}

/* The output's text from byte at on opens with an infinitive. */
static int
skill_heads(const rncp_buf *b, size_t at)
{
	const unsigned char *s = (const unsigned char *)b->s;

	while (at < b->len && (s[at] == ' ' || s[at] == '\n'))
		at++;
	return at < b->len && infinitive(s, at, token_end(s, at, b->len));
}

/* The output's line is a bullet alone, what an item follows. */
static int
after_mark(const rncp_buf *b)
{
	size_t k, m;

	last_token(b, &m, &k);
	return m < k && bullet((const unsigned char *)b->s, m, k) > 0 && (m == 0 || b->s[m - 1] == '\n');
}

/* The output's line has a bracket still open in its last 200 bytes: "(ESN
 * – Entreprise de service numérique ou SSII, ...)", whose dash is no
 * list's mark.  (Bounded: a line of dashes inside one bracket, read back
 * to its start at each, took minutes on 3 MB: tests/pathological.py's
 * flat-brackets.) */
static int
in_brackets(const rncp_buf *b)
{
	size_t k, stop = b->len > 200 ? b->len - 200 : 0;
	int depth = 0;

	for (k = b->len; k > stop && b->s[k - 1] != '\n'; k--)
		depth += (b->s[k - 1] == '(') - (b->s[k - 1] == ')');
	return depth > 0;
}

/* Ends the output's line: its trailing spaces dropped, one line end. */
static void
break_line(rncp_buf *b)
{
	while (b->len > 0 && b->s[b->len - 1] == ' ')
		b->s[--b->len] = '\0';
	if (b->len > 0 && b->s[b->len - 1] != '\n')
		buf_putc(b, '\n');
}

/* The line ended before an item of a list, a mark OCR made of its bullet
 * just before it ('.', '+', '«') taken to the item's line. */
static void
break_item(rncp_buf *b)
{
	size_t k, m;
	char mark[4];

	last_token(b, &m, &k);
	if (k - m >= 1 && k - m <= 3 &&
	    !((b->s[m] >= 'a' && b->s[m] <= 'z') || (b->s[m] >= 'A' && b->s[m] <= 'Z') ||
	      (b->s[m] >= '0' && b->s[m] <= '9') || ((unsigned char)b->s[m] == 0xC3)) &&
	    (k - m == 1 || (unsigned char)b->s[m] >= 0xC2)) {
		if (m == 0 || b->s[m - 1] == '\n')
			return; /* the mark opens the line already */
		memcpy(mark, b->s + m, k - m);
		b->len = m;
		b->s[m] = '\0';
		break_line(b);
		buf_append(b, mark, k - m);
		buf_putc(b, ' ');
		return;
	}
	break_line(b);
}

/* in[i..e) on a line of its own; the position after it, past its
 * blanks. */
static size_t
own_line(rncp_buf *b, const unsigned char *s, size_t i, size_t e, size_t n)
{
	break_line(b);
	buf_append(b, (const char *)s + i, e - i);
	break_line(b);
	while (e < n && s[e] == ' ')
		e++;
	return e;
}

/* After a label alone on its line: a colon or a bar after it kept on its
 * line, then the line ended; the new position. */
static size_t
end_label(rncp_buf *b, const unsigned char *s, size_t i, size_t n)
{
	size_t k = i;

	while (k < n && s[k] == ' ')
		k++;
	if (k < n && (s[k] == ':' || s[k] == '|')) {
		buf_append(b, (const char *)s + i, k + 1 - i);
		i = k + 1;
	}
	break_line(b);
	while (i < n && s[i] == ' ')
		i++;
	return i;
}

/* A run of digits s[i..) of at least lo and at most hi, its end or 0. */
static size_t
digits_at(const unsigned char *s, size_t i, size_t e, size_t lo, size_t hi)
{
	size_t k = i;

	while (k < e && is_digit(s[k]))
		k++;
	return k - i >= lo && k - i <= hi ? k : 0;
}

/* A page counter, "3/12". */
static int
page_counter(const unsigned char *s, size_t i, size_t e)
{
	size_t k = digits_at(s, i, e, 1, 4);

	return k > 0 && k < e && s[k] == '/' && digits_at(s, k + 1, e, 1, 4) == e;
}

/*
 * A browser's page header at s[i]: "12/7/26, 6:24 AM" (a date, a time, AM
 * or PM maybe).  Its end (past the time), or 0.
 */
static size_t
page_header(const unsigned char *s, size_t i, size_t n)
{
	size_t e = token_end(s, i, n), k = digits_at(s, i, e, 1, 2), t, te;

	if (k == 0 || k >= e || s[k] != '/' || (k = digits_at(s, k + 1, e, 1, 2)) == 0 || k >= e ||
	    s[k] != '/' || (k = digits_at(s, k + 1, e, 2, 4)) == 0 || k + 1 != e || s[k] != ',')
		return 0;
	t = next_token(s, e, n);
	te = token_end(s, t, n);
	if (t >= n || (k = digits_at(s, t, te, 1, 2)) == 0 || k >= te || s[k] != ':' ||
	    digits_at(s, k + 1, te, 2, 2) != te)
		return 0;
	k = next_token(s, te, n);
	if (k + 2 <= n && (s[k] == 'A' || s[k] == 'P') && s[k + 1] == 'M' && token_end(s, k, n) == k + 2)
		return k + 2;
	return te;
}

/* A PDF's page footer at s[i]: "Page 3/12", "Page 3 sur 12"; its end, or 0. */
static size_t
page_footer(const unsigned char *s, size_t i, size_t n)
{
	size_t e = token_end(s, i, n), c, ce, k;

	if (e - i != 4 || memcmp(s + i, "Page", 4) != 0 || (c = next_token(s, e, n)) >= n)
		return 0;
	ce = token_end(s, c, n);
	if (page_counter(s, c, ce))
		return ce;
	if (digits_at(s, c, ce, 1, 4) != ce || (k = next_token(s, ce, n)) + 3 > n ||
	    memcmp(s + k, "sur", 3) != 0 || token_end(s, k, n) != k + 3 || (c = next_token(s, k + 3, n)) >= n)
		return 0;
	ce = token_end(s, c, n);
	return digits_at(s, c, ce, 1, 4) == ce ? ce : 0;
}

typedef size_t (*furniture_fn)(const unsigned char *s, size_t i, size_t n);

/*
 * What a page's header or footer repeats after its date or counter (the
 * page's title): the words that follow the first two marks that fn finds
 * alike, up to eight; their length in bytes from h, the first one's end.
 * 0 when the text has one mark only.
 */
static size_t
repeated_after(const unsigned char *s, size_t n, size_t h, furniture_fn fn)
{
	size_t i, h2 = 0, a, b, same = 0;

	for (i = h; i < n && h2 == 0; i++)
		if (s[i - 1] == ' ' || s[i - 1] == '\n')
			h2 = fn(s, i, n);
	if (h2 == 0)
		return 0;
	for (a = next_token(s, h, n), b = next_token(s, h2, n), i = 0; i < 8 && a < n && b < n; i++) {
		size_t ae = token_end(s, a, n), be = token_end(s, b, n);
		if (ae - a != be - b || memcmp(s + a, s + b, ae - a) != 0)
			break;
		same = ae - h;
		a = next_token(s, ae, n);
		b = next_token(s, be, n);
	}
	return same;
}

/* The furniture at s[i] (fn's), with what it repeats after it (*rep,
 * found at the first), on a line of its own, or on two (apart: a PDF's
 * footer, then the next page's header); the position after it, or i
 * when there is none. */
static size_t
furniture_line(rncp_buf *b, const unsigned char *s, size_t i, size_t n, furniture_fn fn, size_t *rep,
               int apart)
{
	size_t k = fn(s, i, n), r;

	if (k == 0)
		return i;
	if (*rep == (size_t)-1)
		*rep = repeated_after(s, n, k, fn);
	break_line(b);
	buf_append(b, (const char *)s + i, k - i);
	r = k;
	if (apart) {
		break_line(b);
		while (r < k + *rep && s[r] == ' ')
			r++;
	}
	k += *rep;
	buf_append(b, (const char *)s + r, k - r);
	break_line(b);
	while (k < n && s[k] == ' ')
		k++;
	return k;
}

/* Whether the text from s[i] on, after the jobs' heading, is a paragraph
 * of prose ("Le certifié exerce dans tout type de fonctions ..."): a verb
 * of a sentence among its first 20 words, and no colon or list sign (not
 * "Les emplois visés sont : ..."). */
static int
jobs_prose(const unsigned char *s, size_t i, size_t n)
{
	static const char *const verbs[] = {"exerce", "est", "sont", "peut", "peuvent", "occupe", "travaille",
	                                    "permet", "intervient"};
	size_t w, k, e, v, verb = 0;

	for (w = 0, k = next_token(s, i, n); k < n && w < 20; w++, k = next_token(s, e, n)) {
		e = token_end(s, k, n);
		if (s[k] == ':' || s[e - 1] == ':' || bullet(s, k, e) || (e - k == 3 && s[k] == 0xE2))
			return 0;
		for (v = 0; v < ARRAY_LEN(verbs); v++)
			if (e - k == strlen(verbs[v]) && memcmp(s + k, verbs[v], e - k) == 0)
				verb = 1;
	}
	return verb;
}

/* Whether the text from s[i] on, after the jobs' heading, is titles a
 * semicolon apart ("Coordinateur sécurité ; Conseiller en prévention ;
 * Responsable ou Animateur Hygiène, Sécurité ..."), which a capital
 * inside one does not end: two semicolons among its first 40 words, no
 * list sign before them. */
static int
jobs_semicolons(const unsigned char *s, size_t i, size_t n)
{
	size_t w, k, e, semis = 0;

	for (w = 0, k = next_token(s, i, n); k < n && w < 40 && semis < 2; w++, k = next_token(s, e, n)) {
		e = token_end(s, k, n);
		if ((bullet(s, k, e) && s[k] != '-') || (e - k == 3 && s[k] == 0xE2))
			return 0;
		semis += s[e - 1] == ';';
	}
	return semis >= 2;
}

/* Whether the text from s[i] on, after the jobs' heading, is titles a
 * spaced dash apart on one line ("Chef(fe) d'agence – Responsable de
 * centre de profit – ... – Business Manager - Responsable de ..."), which
 * a capital inside one does not end: three such dashes among its first
 * 40 words, before any colon or other list sign, none before its first
 * word ("- Agent ... - Technicien ...": each item's mark). */
static int
jobs_dashes(const unsigned char *s, size_t i, size_t n)
{
	size_t w, k, e, dashes = 0;

	for (w = 0, k = next_token(s, i, n); k < n && w < 40 && dashes < 3; w++, k = next_token(s, e, n)) {
		int dash;
		e = token_end(s, k, n);
		dash = (e - k == 1 && s[k] == '-') ||
		       (e - k == 3 && s[k] == 0xE2 && s[k + 1] == 0x80 && (s[k + 2] == 0x93 || s[k + 2] == 0x94));
		/* (not a dash before the first: the list's marks, which
		 * the items' own lines read) */
		if (s[k] == ':' || s[e - 1] == ':' || (!dash && bullet(s, k, e)) || (dash && w == 0))
			return 0;
		dashes += dash;
	}
	return dashes >= 3;
}

rncp_status
reline_flat(const char *in, size_t len, char **out, size_t *outlen)
{
	const unsigned char *s = (const unsigned char *)in;
	rncp_buf b = {0};
	size_t i = 0, k, e, row = 0; /* row: tokens of a certifier's row since its SIRET */
	enum zone z = Z_NONE;
	int prev_lower = 0; /* ends_lower() of the token before */
	size_t zone_at = 0; /* the output's length where the zone's label ended */
	/* the zone's list marks its items ("• Développeur Big data • CTO
	 * ..."): a capital inside one, a mark a few words after it, starts
	 * no other */
	int marked = 0;
	int piped = 0, last_bar = 0; /* the row's cells have bars; the token before was one */
	int nosiret = 0;              /* the certifiers' table has no SIRET column */
	int prose = 0;                /* the jobs' zone is a paragraph of prose, or titles a
	                               * semicolon apart: one line */
	/* what each page's header and footer repeat (a title), once known */
	size_t head_rep = (size_t)-1, foot_rep = (size_t)-1;

	*out = NULL;
	*outlen = 0;
	if (buf_grow(&b, len + len / 8 + 16) != 0)
		return RNCP_ENOMEM;
	while (i < len) {
		size_t tl = 0;
		const struct label *lb = NULL;

		if (s[i] == ' ' || s[i] == '\n') {
			if (s[i] == '\n')
				prev_lower = 0;
			buf_putc(&b, (char)s[i++]);
			continue;
		}
		e = token_end(s, i, len);
		/* a word cut at a hyphen: whole again */
		if (e - i >= 3 && s[e - 1] == '-' && cut_word(s, i, e, len, &k)) {
			buf_append(&b, in + i, e - 1 - i);
			i = k;
			prev_lower = 1;
			continue;
		}
		/* the longest label there ("Intitulé descriptif et ...", not
		 * "Intitulé") */
		for (k = 0; k < ARRAY_LEN(labels); k++) {
			size_t kl = label_at(s, i, len, labels[k].text);
			if (kl > tl) {
				tl = kl;
				lb = &labels[k];
			}
		}
		if (lb != NULL && (lb->flags & STATUS)) {
			size_t nx = next_token(s, i + tl, len);
			if (nx >= len || !label_at(s, nx, len, "N° de fiche"))
				lb = NULL;
		}
		if (lb != NULL && (lb->flags & CERT_HEAD) && z != Z_CERT)
			lb = NULL;
		/* a table of contents' line ("Fiche emploi type ...... 8"): no
		 * label, and its page number ends it */
		if (lb != NULL && (k = next_token(s, i + tl, len)) + 3 <= len && s[k] == '.' && s[k + 1] == '.' &&
		    s[k + 2] == '.') {
			size_t pe = token_end(s, k, len), pn = next_token(s, pe, len);
			if (pn < len && is_digit(s[pn]) && digits_at(s, pn, token_end(s, pn, len), 1, 3) > 0)
				pe = token_end(s, pn, len);
			i = own_line(&b, s, i, pe, len);
			prev_lower = 0;
			continue;
		}
		if (lb != NULL) {
			/* not inside a table's head ("Liste de compétences |
			 * Modalités d'évaluation |") */
			if (!(lb->flags & CERT_HEAD) && !(b.len >= 2 && b.s[b.len - 2] == '|'))
				break_line(&b);
			buf_append(&b, in + i, tl);
			i += tl;
			if ((lb->flags & NUMBERED) && (k = next_token(s, i, len)) < len && is_digit(s[k])) {
				e = token_end(s, k, len);
				buf_append(&b, in + i, e - i);
				i = end_label(&b, s, e, len);
			} else if ((lb->flags & HEAD_CELL) && next_token(s, i, len) < len && !head_cell_next(s, i, len)) {
				i = end_label(&b, s, i, len);
			} else if (lb->flags & (AFTER | STATUS | CERT_HEAD)) {
				/* the head's "Nom commercial" a dump wrapped after
				 * "Nom": its second word after the last cell's */
				if ((lb->flags & CERT_HEAD) && (k = next_token(s, i, len)) + 10 <= len &&
				    memcmp(s + k, "commercial", 10) == 0 && token_end(s, k, len) == k + 10) {
					buf_append(&b, in + i, k + 10 - i);
					i = k + 10;
				}
				i = end_label(&b, s, i, len);
			}
			if (!(lb->flags & CERT_HEAD))
				z = (enum zone)lb->zone, marked = 0, zone_at = b.len;
			/* the jobs told in a paragraph of prose: one line, for
			 * extract.c to read the examples it names */
			prose = z == Z_JOBS && (lb->flags & AFTER) &&
			        (jobs_prose(s, i, len) || jobs_semicolons(s, i, len) || jobs_dashes(s, i, len));
			/* "Nom légal Nom commercial Site internet": a table
			 * without SIRETs (the register's older pages) */
			if (lb->zone == Z_CERT && !(lb->flags & CERT_HEAD))
				nosiret = (k = next_token(s, i, len)) + 3 <= len && memcmp(s + k, "Nom", 3) == 0;
			row = 0;
			prev_lower = 0;
			continue;
		}
		/* page furniture, on lines of its own, for segment.c to drop:
		 * a browser's header (date, time, the page's title) and its
		 * footer (the page's address, "2/3") */
		if ((is_digit(s[i]) && (k = furniture_line(&b, s, i, len, page_header, &head_rep, 0)) > i) ||
		    (s[i] == 'P' && (k = furniture_line(&b, s, i, len, page_footer, &foot_rep, 1)) > i)) {
			i = k;
			prev_lower = 0;
			continue;
		}
		if (url_token(s, i, e) && (k = next_token(s, e, len)) < len && page_counter(s, k, token_end(s, k, len))) {
			i = own_line(&b, s, i, token_end(s, k, len), len);
			prev_lower = 0;
			continue;
		}
		/* rules on lines of their own: a table's, "---|---|", under
		 * its head */
		if (e - i >= 3 && all_of(s, i, e, "-|:") && memchr(s + i, '|', e - i) != NULL) {
			i = own_line(&b, s, i, e, len);
			prev_lower = 0;
			continue;
		}
		if (rule_token(s, i, e)) {
			/* a heading's underline ("-----", "====="): a blank line
			 * after it, as a converter writes it; a table's columns'
			 * ("---- ----"), over the rows: none */
			size_t rules = 0;
			break_line(&b);
			for (;;) {
				buf_append(&b, in + i, e - i);
				rules++;
				for (i = e; i < len && s[i] == ' '; i++)
					;
				if (i >= len || !rule_token(s, i, (e = token_end(s, i, len))))
					break;
				buf_putc(&b, ' ');
			}
			break_line(&b);
			if (rules == 1)
				buf_putc(&b, '\n');
			prev_lower = 0;
			continue;
		}
		/* the items of the lists, each on a line */
		if (bloc_head(s, i, e, len)) {
			/* not in the CNCP's "Bloc de compétence n°1 de la fiche n°
			 * 19542 - Bloc 1 : title", which its layout reads whole */
			if (!(e - i == 4 && b.len >= 2 && b.s[b.len - 2] == '-'))
				break_line(&b);
			z = Z_TITLE;
		} else if ((s[i] == 0xE2 && e - i >= 3 && s[i + 1] == 0x80 && s[i + 2] == 0xA2 &&
		            (e - i == 3 || is_upper(s, i + 3, len))) ||
		           (bullet(s, i, e) && s[i] != '-' && z != Z_NONE && z != Z_CERT && z != Z_TITLE &&
		            !in_brackets(&b))) {
			break_line(&b); /* "•", and the other marks in a list;
			                 * "•" glued to its item ("•Gérer") */
			marked = 1;
		} else if ((z == Z_SKILLS || z == Z_JOBS) && s[i] == '-' && e - i > 2 && is_upper(s, i + 1, len) &&
		           s[e - 1] != '-') {
			break_line(&b); /* a dash glued to its item ("-Agent
			                 * d'escale ferroviaire -Agent de ..."),
			                 * not a bracket's "-PME-" */
			marked = 1;
		} else if (after_mark(&b)) {
			; /* an item after its bullet or dash */
		} else if (z == Z_NSF && nsf_item(s, i, e, len)) {
			break_item(&b);
		} else if (z == Z_FORMA && e - i == 5 && is_digit(s[i]) && is_digit(s[i + 4]) &&
		           next_token(s, e, len) < len && s[next_token(s, e, len)] == ':') {
			break_item(&b);
		} else if (z == Z_ROME) {
			size_t nx = next_token(s, e, len);
			if (s[i] == '-' && e - i == 1 && nx < len && rome_code(s, nx, token_end(s, nx, len)))
				break_line(&b);
			else if ((rome_code(s, i, e) && nx < len && (s[nx] == ':' || s[nx] == '-' || is_upper(s, nx, len))) ||
			         url_token(s, i, e))
				break_item(&b);
		} else if ((z == Z_SKILLS || z == Z_JOBS) && !(z == Z_JOBS && prose)) {
			size_t nx = next_token(s, e, len);
			/* a job: a capitalised word of the list ("... d'exploitation
			 * Administrateur Linux"), or one a small word follows */
			int item = (z == Z_SKILLS ? infinitive(s, i, e)
			                          : (nx < len && !is_upper(s, nx, len)) || sentence_word(s, i, e));
			/* (in a list its marks tell apart, not after a comma
			 * or a colon: "•Gérer un stock : Effectuer des
			 * commandes, Réceptionner ...") */
			if (is_upper(s, i, len) && item && prev_lower &&
			    (z == Z_SKILLS ? !(marked && after_comma(&b))
			                   : (prev_lower != 3 && !(marked && mark_ahead(s, i, len)))))
				break_line(&b);
			/* a sub-heading under the label ("Liste de compétences
			 * Les capacités attestées : Appliquer ..."), not a skill
			 * that heads others ("Administrer les serveurs Linux :
			 * Développer ...") */
			else if (z == Z_SKILLS && is_upper(s, i, len) && item && !marked && b.len - zone_at <= 60 &&
			         b.len > 1 && b.s[b.len - 1] == ' ' && b.s[b.len - 2] == ':' && !skill_heads(&b, zone_at))
				break_line(&b);
			/* the titles after a sentence or a sub-heading that
			 * leads them in ("Les fonctions les plus couramment
			 * rencontrées sont : Développeur web ...", "Dans les
			 * métiers du management : Réalisateur ...") */
			else if (z == Z_JOBS && is_upper(s, i, len) && !marked && b.len > 1 && b.s[b.len - 1] == ' ' &&
			         b.s[b.len - 2] == ':')
				break_line(&b);
			else if ((s[i] == '-' && e - i == 1 && nx < len && is_upper(s, nx, len)) ||
			         (is_digit(s[i]) && s[e - 1] == '.' && e - i <= 3 && nx < len && is_upper(s, nx, len)) ||
			         (z == Z_SKILLS && skill_number_token(s, i, e) && nx < len && is_upper(s, nx, len)))
				break_line(&b);
		} else if (z == Z_TITLE) {
			/* a bloc's title ends where a sentence starts: a word of
			 * the list capitalised after a small letter, a small word
			 * after it ("... réaliser les tests En formation initiale") */
			size_t nx = next_token(s, e, len);
			if (prev_lower == 1 && is_upper(s, i, len) && nx < len && !is_upper(s, nx, len) &&
			    /* "Télécommunications d'Entreprise": a title's capitals */
			    !(nx + 2 < len && s[nx + 1] == '\'' && is_upper(s, nx + 2, len)) &&
			    sentence_word(s, i, e)) {
				break_line(&b); /* and a blank line, as under a title */
				buf_putc(&b, '\n');
				z = Z_NONE;
			}
		} else if (z == Z_CERT) {
			/* a row: name, SIRET, commercial name, site ("-" or an
			 * address), bars between cells in a PDF's table */
			if (siret_token(s, i, e)) {
				row = 1;
				piped = 0;
			} else if (row == 0 && nosiret && e - i == 1 && s[i] == '-') {
				/* the commercial name's empty cell: the site's next */
				row = 2;
				piped = 0;
			} else if (row == 0 && e - i == 1 && s[i] == '-' && (k = next_token(s, e, len)) < len &&
			           s[k] == '-' && token_end(s, k, len) == k + 1) {
				/* no SIRET: its cell's "-" then the commercial
				 * name's ("Ministère chargé de la solidarité - - -") */
				row = 1;
				piped = 0;
			} else if (row > 0 && e - i == 1 && s[i] == '|') {
				piped = 1;
			} else if (row > 0) {
				/* (an empty site a cell of its own: between bars in a
				 * table's row, "IFFDEC - ESMA | - |") */
				int site = url_token(s, i, e) || (e - i == 1 && s[i] == '-' && (!piped || last_bar) &&
				                                  !url_before_siret(s, e, len));
				/* a "-" right after the SIRET is the commercial
				 * name's: the site comes next */
				if (site && (row > 1 || url_token(s, i, e))) {
					/* "https: //www..." (a converter's line cut
					 * inside the address, then joined) */
					k = next_token(s, e, len);
					if (s[e - 1] == ':' && k + 2 < len && s[k] == '/' && s[k + 1] == '/')
						e = token_end(s, k, len);
					/* or after its "//" ("https:// www.x.fr") */
					else if (e - i >= 2 && s[e - 1] == '/' && s[e - 2] == '/' && k + 4 < len &&
					         memcmp(s + k, "www.", 4) == 0)
						e = token_end(s, k, len);
					buf_append(&b, in + i, e - i);
					i = e;
					k = next_token(s, i, len);
					if (k < len && s[k] == '|' && token_end(s, k, len) == k + 1) {
						buf_append(&b, " |", 2);
						i = k + 1;
					}
					break_line(&b);
					row = 0;
					prev_lower = 0;
					while (i < len && s[i] == ' ')
						i++;
					continue;
				}
				row++;
			}
		}
		prev_lower = ends_lower(s, i, e);
		last_bar = e - i == 1 && s[i] == '|';
		buf_append(&b, in + i, e - i);
		i = e;
	}
	return buf_hand_over(&b, out, outlen);
}
