/*
 * extract.c - fourth stage, shared part: the field extractors every layout
 * uses (code, level, NSF / Formacode / ROME lists, expiry, certifier tables,
 * titles in « », jobs), working on the lines of segment.c.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

#define OV 20

/* ---- line tests ---- */

/* The folded form of l: the copy segment_lines made, else folded now into
 * buf (the first cap - 3 bytes of the line are enough for a prefix test). */
static const char *
line_fold(const line *l, char *buf, size_t cap, size_t *n)
{
	if (l->f != NULL) {
		*n = l->flen;
		return l->f;
	}
	*n = fold_into(l->s, l->len < cap - 3 ? l->len : cap - 3, buf, cap);
	return buf;
}

/* Does f[0..n) start with prefix?  Then *pl is its length.  Byte by byte,
 * with no strlen first: most tests fail on the first byte. */
static int
starts_with(const char *f, size_t n, const char *prefix, size_t *pl)
{
	size_t k;

	for (k = 0; prefix[k] != '\0'; k++)
		if (k >= n || f[k] != prefix[k])
			return 0;
	*pl = k;
	return 1;
}

/* The folded line for a prefix test (see line_fold). */
static const char *
line_fold_for(const line *l, const char *prefix, char buf[256], size_t *n)
{
	size_t pl;

	if (l->f != NULL) {
		*n = l->flen;
		return l->f;
	}
	pl = strlen(prefix);
	return line_fold(l, buf, 3 * pl + 11 < 256 ? 3 * pl + 11 : 256, n);
}

int
line_starts_folded_call(const line *l, const char *prefix)
{
	char buf[256];
	size_t n, pl;
	const char *f;

	f = line_fold_for(l, prefix, buf, &n);
	return starts_with(f, n, prefix, &pl);
}

/* line_starts_folded, and the prefix ends a word ("reference" is not the
 * start of "Référencer"). */
static int
line_starts_word(const line *l, const char *prefix)
{
	char buf[256];
	size_t pl, n;
	char last;
	const char *f;

	if (l->len == 0)
		return 0;
	f = line_fold_for(l, prefix, buf, &n);
	if (!starts_with(f, n, prefix, &pl))
		return 0;
	last = prefix[pl - 1];
	if (!((last >= 'a' && last <= 'z') || last == ')'))
		return 1;
	return n == pl || !((f[pl] >= 'a' && f[pl] <= 'z') || (unsigned char)f[pl] >= 0x80);
}

int
line_contains_folded_by(const line *l, const char *needle, char rare)
{
	char buf[1024];
	size_t n;
	const char *f;

	if (l->len == 0)
		return 0;
	f = line_fold(l, buf, sizeof(buf), &n);
	return (rare == '\0' || memchr(f, rare, n) != NULL) && strstr(f, needle) != NULL;
}

int
line_contains_folded(const line *l, const char *needle)
{
	return line_contains_folded_by(l, needle, '\0');
}

long
find_line_starting(const doc *d, size_t from, size_t to, const char *prefix)
{
	size_t i;

	for (i = from; i < to && i < d->nlines; i++)
		if (line_starts_folded(&d->lines[i], prefix))
			return (long)i;
	return -1;
}

long
find_line_containing(const doc *d, size_t from, size_t to, const char *needle)
{
	size_t i;

	for (i = from; i < to && i < d->nlines; i++)
		if (line_contains_folded(&d->lines[i], needle))
			return (long)i;
	return -1;
}

/* "remplacée par" on line i or on one of the two text lines before it */
static int
after_replaced_by(const doc *d, size_t i)
{
	size_t k, seen = 0;

	for (k = i + 1; k-- > 0 && seen < 3;) {
		const line *l = &d->lines[k];
		if (l->len == 0)
			continue;
		if (line_contains_folded(l, "remplace"))
			return 1;
		seen++;
	}
	return 0;
}

/* Length of the code ("RNCP36522") line l starts with, or 0. */
static size_t
code_prefix(const line *l)
{
	size_t k = l->len >= 4 && memcmp(l->s, "RNCP", 4) == 0 ? 4
	           : l->len >= 2 && memcmp(l->s, "RS", 2) == 0 ? 2 : 0;
	size_t e = k;

	while (e < l->len && l->s[e] >= '0' && l->s[e] <= '9')
		e++;
	return e > k ? e : 0;
}

int
line_cites_other_fiche(const doc *d, size_t i)
{
	const line *l = &d->lines[i];
	size_t j, n = code_prefix(l);

	if (after_replaced_by(d, i))
		return 1;
	/* the same code said before as the replacing fiche's (a page that
	 * repeats its values under their labels) */
	for (j = 0; n > 0 && j < i; j++)
		if (d->lines[j].len >= n && memcmp(d->lines[j].s, l->s, n) == 0 &&
		    code_prefix(&d->lines[j]) == n && after_replaced_by(d, j))
			return 1;
	return 0;
}

/* Section headings of the layouts, folded: a list under a heading ends at
 * the next one. */
static const char *const headings[] = {
    "objectifs", "activites visees", "competences attestees", "modalites d",
    "description des modalites", "secteurs d'activite", "type d'emplois",
    "types d'emplois", "code(s) rome", "codes rome", "code rome",
    "codes des fiches rome", "fiche(s) rome", "references juridiques",
    "reference", "le cas echant", "pre-requis", "prerequis", "validite des",
    "voie d'acces", "date d", "formacode", "code(s) nsf", "codes nsf",
    "code nsf", "nom legal", "statistiques", "certification(s) anterieure",
    "lien internet", "liste des organismes", "reglementation", "convention",
    "nomenclature", "resume du referentiel", "intitule", "autorite responsable",
    "liens avec", "base legale", "pour plus d'informations", "historique",
    "lieu(x)", "modalites d'acces", "descriptif des composantes",
    "bloc de competence", "blocs de competences", "conditions d'inscription", "equivalences",
    "competences transversales", "fiche emploi", "fiche activite", "fiche competence", "liste des competences",
    "certifications professionnelles", "anciennes versions",
    "definition, description",
};

_Static_assert(ARRAY_LEN(headings) <= 64, "headings are bits of a uint64_t");

/* The headings that start with each byte, as bits: a line folded by
 * segment_lines is tested against those of its first byte only (one to
 * eight of 51).  Filled once. */
static uint64_t headings_by_first[256];
/* The headings of two words or more, as bits. */
static uint64_t headings_of_words;

static void
headings_init(void)
{
	size_t i;

	if (headings_by_first[(unsigned char)headings[0][0]] != 0)
		return;
	for (i = 0; i < ARRAY_LEN(headings); i++) {
		headings_by_first[(unsigned char)headings[i][0]] |= (uint64_t)1 << i;
		if (strchr(headings[i], ' ') != NULL)
			headings_of_words |= (uint64_t)1 << i;
	}
}

int
line_starts_heading(const line *l)
{
	uint64_t todo;
	int word; /* one word alone makes no heading of the line */

	if (l->len == 0 || l->len > 200)
		return 0;
	/* (a line in small letters that does not end with a colon: one
	 * word of a heading opens a wrapped line too, "objectifs
	 * stratégiques de l'entreprise", "réglementation en vigueur";
	 * "code(s) rome :", "type d'emplois" are labels whatever their
	 * case) */
	word = line_starts_lower(l) && l->s[l->len - 1] != ':';
	headings_init();
	todo = l->f != NULL ? headings_by_first[(unsigned char)l->f[0]]
	                    : ((uint64_t)1 << (ARRAY_LEN(headings) - 1) << 1) - 1;
	if (word)
		todo &= headings_of_words;
	for (; todo != 0; todo &= todo - 1)
		if (line_starts_word(l, headings[__builtin_ctzll(todo)]))
			return 1;
	return 0;
}

int
line_is_heading(const line *l)
{
	size_t i, words = 1;

	if (line_starts_heading(l))
		return 1;
	if (l->len == 0 || l->len > 200)
		return 0;
	/* not the end of a sentence wrapped ("... dans des structures" /
	 * "de tailles variables :") */
	if (l->s[l->len - 1] != ':' || line_starts_lower(l))
		return 0;
	/* nor an address wrapped after its scheme ("... ESMT https:" /
	 * "//www.esmt.example") */
	if ((l->len >= 6 && memcmp(l->s + l->len - 6, "https:", 6) == 0) ||
	    (l->len >= 5 && memcmp(l->s + l->len - 5, "http:", 5) == 0))
		return 0;
	for (i = 0; i < l->len; i++)
		words += l->s[i] == ' ';
	return words <= 10;
}

/* ---- text cleaning ---- */

/* The bullet sign s opens with, its length: "-", "*", "o" (1), "•", "–",
 * "—", "―" (the Journal officiel's, 3), "·" (2); 0 when none. */
static size_t
bullet_sign(const char *s, size_t n)
{
	if (n >= 1 && (s[0] == '-' || s[0] == '*' || s[0] == 'o'))
		return 1;
	if (n >= 3 && (memcmp(s, "\xE2\x80\xA2", 3) == 0 || memcmp(s, "\xE2\x80\x93", 3) == 0 ||
	               memcmp(s, "\xE2\x80\x94", 3) == 0 || memcmp(s, "\xE2\x80\x95", 3) == 0))
		return 3;
	return n >= 2 && memcmp(s, "\xC2\xB7", 2) == 0 ? 2 : 0;
}

/* A lower-case roman number up to x before ". " or ") ": "iv. " */
static size_t
roman_mark(const char *s, size_t n)
{
	static const char *const roman[] = {"viii", "iii", "vii", "ii", "iv", "vi", "ix", "i", "v", "x"};
	size_t i, k;

	for (i = 0; i < ARRAY_LEN(roman); i++) {
		k = strlen(roman[i]);
		if (k + 1 < n && memcmp(s, roman[i], k) == 0 && (s[k] == '.' || s[k] == ')') &&
		    s[k + 1] == ' ')
			return k + 2;
	}
	return 0;
}

size_t
list_sign(const char *s, size_t n)
{
	size_t k = bullet_sign(s, n);

	if (k == 0 || k >= n || s[k] != ' ')
		return 0;
	while (k < n && s[k] == ' ')
		k++;
	return k;
}

size_t
item_marker(const char *s, size_t n)
{
	size_t k = bullet_sign(s, n);

	if (k > 0 && k < n) {
		if (s[k] == ' ')
			return k + 1;
		/* a sign glued to its item, as PDF text leaves it when it drops
		 * the tab after the sign: "•Technicien", "-Configurer" (a
		 * hyphen before a capital only) */
		if (k > 1 ? (unsigned char)s[k] > ' '
		          : s[0] == '-' && ((s[1] >= 'A' && s[1] <= 'Z') ||
		                            (n > 2 && (unsigned char)s[1] == 0xC3 &&
		                             (unsigned char)s[2] >= 0x80 && (unsigned char)s[2] <= 0x9D)))
			return k;
	}
	/* a glued sign a converter lost to '?' ("?Gérer un stock ..."): no
	 * word opens with a lost letter before a capital and a small one */
	if (n >= 3 && s[0] == '?' && s[1] >= 'A' && s[1] <= 'Z' &&
	    ((s[2] >= 'a' && s[2] <= 'z') || (unsigned char)s[2] == 0xC3))
		return 1;
	/* "1. ", "12) ", "a) ", "b. ", "iv. " */
	k = 0;
	while (k < n && k < 2 && s[k] >= '0' && s[k] <= '9')
		k++;
	if (k == 0 && n >= 3 && s[0] >= 'a' && s[0] <= 'z') {
		if ((s[1] == ')' || s[1] == '.') && s[2] == ' ')
			return 3;
		return s[0] == 'i' || s[0] == 'v' || s[0] == 'x' ? roman_mark(s, n) : 0;
	}
	/* a bullet OCR misread: "._Installer", ". Partager", "< Technicien",
	 * "-_ Installer", "-< Administrateur" (not Markdown's "*Installer*") */
	if (k == 0 && n > 0 &&
	    (s[0] == '.' || s[0] == '+' || s[0] == '*' || s[0] == '<' || (unsigned char)s[0] == 0xC2 ||
	     (s[0] == '-' && n > 1 && (s[1] == '_' || s[1] == '<' || s[1] == '>' || s[1] == '*' || s[1] == '+'))))
		return (k = ocr_bullet(s, n)) >= 2 ? k : 0;
	return k > 0 && k + 1 < n && (s[k] == '.' || s[k] == ')') && s[k + 1] == ' ' ? k + 2 : 0;
}

int
line_goes_on(const line *l)
{
	return l->len > 0 && line_starts_lower(l) && item_marker(l->s, l->len) == 0 &&
	       !(l->s[l->len - 1] == ':' && line_is_heading(l));
}

int
blank_goes_on(const doc *d, size_t j)
{
	return j + 1 < d->nlines && d->lines[j].len == 0 && line_goes_on(&d->lines[j + 1]);
}

static int
word_letter(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

int
bare_item(const line *l)
{
	return l->len > 0 && l->len <= 120 && line_starts_upper(l) && l->s[l->len - 1] != ':';
}

/* Words that cannot end a title ("technicien de"). */
int
weak_word(const char *w, size_t n)
{
	static const char *const weak[] = {"de",   "des",  "du",   "et",   "en",   "à",    "la",  "le",
	                                   "les",  "d'",   "l'",   "un",   "une",  "au",   "aux", "ou",
	                                   "pour", "sa",   "son",  "ses",  "leur", "leurs", "sur", "par",
	                                   "dans", "avec", "sans", "sous", "chez", "vers", "et/ou"};

	return word_in(w, n, weak, ARRAY_LEN(weak));
}

int
ends_weak(const char *p, size_t n)
{
	const char *sp;

	while (n > 0 && p[n - 1] == ' ')
		n--;
	for (sp = p + n; sp > p && sp[-1] != ' ' && sp[-1] != '\n'; sp--)
		;
	return weak_word(sp, (size_t)(p + n - sp));
}

/* Whether the word w[0..n), ending as an infinitive does, is a noun
 * that opens an assessment or a heading ("Dossier professionnel ...",
 * "Questionnaire ...", "Filière ...", "Mémoire professionnel ..."). */
static int
noun_like_verb(const char *w, size_t n)
{
	static const char *const nouns[] = {
	    "Atelier", "Autre",  "Cadre",   "Cahier",  "Calendrier", "Centre",   "Chantier", "Contre",
	    "Courrier", "Dernier", "Dossier", "Entre",  "Fichier",    "Lettre",   "Membre",   "Métier",
	    "Nombre",  "Notre",  "Offre",   "Ordre",   "Premier",    "Registre", "Rencontre", "Semestre",
	    "Titre",   "Trimestre", "Votre"};
	size_t i;

	/* "Filière", "Matière": no verb ends so */
	if (n >= 5 && memcmp(w + n - 5, "i\xC3\xA8re", 5) == 0)
		return 1;
	/* "Questionnaire", "Inventaire", but "Faire", "Extraire" */
	if (n >= 4 && memcmp(w + n - 4, "aire", 4) == 0) {
		static const char *const verbs[] = {"faire", "plaire", "traire"};
		for (i = 0; i < ARRAY_LEN(verbs); i++) {
			size_t k = strlen(verbs[i]);
			if (n >= k && memcmp(w + n - k + 1, verbs[i] + 1, k - 1) == 0 &&
			    (w[n - k] == verbs[i][0] || w[n - k] == verbs[i][0] - 'a' + 'A'))
				return 0;
		}
		return !(n == 5 && memcmp(w, "Taire", 5) == 0);
	}
	/* "Mémoire", "Histoire", "Laboratoire", but "Croire", "Boire" */
	if (n >= 4 && memcmp(w + n - 4, "oire", 4) == 0)
		return !((n == 6 && (memcmp(w, "Croire", 6) == 0 || memcmp(w, "croire", 6) == 0)) ||
		         (n == 5 && (memcmp(w, "Boire", 5) == 0 || memcmp(w, "boire", 5) == 0)));
	return word_in(w, n, nouns, ARRAY_LEN(nouns));
}

/* Skills are verb phrases: "Identifier ...", "Mettre en œuvre ...".  A
 * line of wrapped text that starts with a capitalised infinitive starts a
 * skill; any other line goes on with the one before. */
int
text_starts_infinitive(const char *s, size_t len)
{
	size_t n = 0;

	if (!upper_start(s, len))
		return 0;
	/* a pronominal verb: "S'appuyer sur ...", "Se former à ..." */
	if (len > 3 && s[0] == 'S' && (s[1] == '\'' || (s[1] == 'e' && s[2] == ' ')))
		n = 2 + (s[1] == 'e');
	else if (len > 5 && s[0] == 'S' && memcmp(s + 1, "\xE2\x80\x99", 3) == 0)
		n = 4;
	s += n;
	len -= n;
	n = 0;
	/* (and a verb's parts: "Télé-administrer", "Co-construire") */
	while (n < len && (word_letter((unsigned char)s[n]) ||
	                   (s[n] == '-' && n > 0 && n + 1 < len && word_letter((unsigned char)s[n + 1]))))
		n++;
	if (n < 4)
		return 0;
	return ((s[n - 2] == 'e' && s[n - 1] == 'r') || (s[n - 2] == 'i' && s[n - 1] == 'r') ||
	        (s[n - 2] == 'r' && s[n - 1] == 'e')) &&
	       !noun_like_verb(s, n);
}

int
starts_infinitive(const line *l)
{
	return text_starts_infinitive(l->s, l->len);
}

static int
is_bullet_at(const char *s, size_t n, size_t *skip)
{
	/* "•", "–", "—", "·" even without a space; "-", "*", "o" with one;
	 * not "1. ": a number may start a title or a heading */
	size_t k = bullet_sign(s, n);

	if (k == 0 || (k == 1 && !(n >= 2 && s[1] == ' ')))
		return 0;
	*skip = k == 1 ? 2 : k;
	return 1;
}

static int
word_char(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

/* Whether s[0..n) is all ASCII capitals and digits */
static int
upper_run(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (!((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= '0' && s[i] <= '9')))
			return 0;
	return 1;
}

/* The first hyphen of s[0..n) glued to the word before it and a blank
 * after it, before a letter ("animateur 2D- animateur 3D"), or NULL. */
static const char *
glued_dash(const char *s, size_t n)
{
	const char *h = s, *end = s + n;

	while ((h = memchr(h, '-', (size_t)(end - h))) != NULL && h + 2 < end) {
		if (h > s && h[-1] != ' ' && h[1] == ' ' && ((unsigned char)h[2] >= 0x80 || isalpha((unsigned char)h[2])))
			return h;
		h++;
	}
	return NULL;
}

/* Is "left-\nright" a word cut at the line end ("fonctio-" "nnement": 1)
 * or a compound cut at its hyphen ("porte-" "parole": 2)?  The lexicon
 * decides when it knows either form; else a lower-case continuation is a
 * cut word, a capital a compound.  0: neither. */
static int
cut_word(const char *s, size_t n, size_t hy, size_t next)
{
	size_t a = hy, b = next;
	char w[128];

	while (a > 0 && word_char((unsigned char)s[a - 1]))
		a--;
	while (b < n && word_char((unsigned char)s[b]))
		b++;
	if (hy - a + b - next + 1 < sizeof(w) && lexicon_available()) {
		memcpy(w, s + a, hy - a);
		memcpy(w + (hy - a), s + next, b - next);
		if (lexicon_has(w, hy - a + b - next))
			return 1;
		memcpy(w + (hy - a), "-", 1);
		memcpy(w + (hy - a) + 1, s + next, b - next);
		if (lexicon_has(w, hy - a + 1 + b - next))
			return 2;
		/* a list of titles each glued to the hyphen after it, wrapped
		 * after one ("designer graphique-" / "storyboarder- ..."): a
		 * whole word before the hyphen, not a short one unless a word
		 * follows ("compo-" / "siting" is cut), or a long one the
		 * list lacks before a long word ("storyboarder-" /
		 * "décorateur- ..."), and such hyphens near it (300 bytes
		 * either side: linear) */
		if (hy - a >= 3 &&
		    (lexicon_has(s + a, hy - a) ? hy - a >= 6 || (b - next >= 3 && lexicon_has(s + next, b - next))
		                                : hy - a >= 6 && b - next >= 6 && lexicon_has(s + next, b - next)) &&
		    (glued_dash(s + (a > 300 ? a - 300 : 0), a > 300 ? 300 : a) != NULL ||
		     glued_dash(s + next, n - next < 300 ? n - next : 300) != NULL))
			return 0;
	}
	/* an acronym goes on a compound ("DNS-" / "serveur") */
	if (hy - a >= 2 && upper_run(s + a, hy - a))
		return 2;
	if ((unsigned char)s[next] >= 0x80 || (s[next] >= 'a' && s[next] <= 'z'))
		return 1;
	/* a capital goes on a compound ("Île-de-" / "France"), never after a
	 * blank */
	return s[next] >= 'A' && s[next] <= 'Z' ? 2 : 0;
}

/* b's text cleaned (clean_text()), b freed; NULL when empty or out of
 * memory. */
static char *
cleaned_buf(doc *d, rncp_buf *b)
{
	char *r;

	if (b->failed || b->s == NULL) {
		rncp_buf_free(b);
		return NULL;
	}
	r = clean_text(d, b->s, b->len);
	rncp_buf_free(b);
	return r;
}

/* Length of the start of s[0..n) that clean_text keeps as it is: up to the
 * first tab, line end or double space.  Eight bytes a step. */
static size_t
as_is_span(const char *s, size_t n)
{
	size_t i = 0;

	for (; i + 9 <= n; i += 8) {
		uint64_t w, sp, stop;
		memcpy(&w, s + i, 8);
		sp = bytes_eq(w, ' ');
		stop = bytes_eq(w, '\n') | bytes_eq(w, '\t') |
		       (sp & ((sp >> 8) | (s[i + 8] == ' ' ? (uint64_t)0x80 << 56 : 0)));
		if (stop != 0)
			return i + (size_t)__builtin_ctzll(stop) / 8;
	}
	for (; i < n && s[i] != '\n' && s[i] != '\t' && !(s[i] == ' ' && i + 1 < n && s[i + 1] == ' ');
	     i++)
		;
	return i;
}

char *
clean_text(doc *d, const char *s, size_t n)
{
	char *o;
	size_t i, k, skip;
	int space = 0;

	/* leading blanks and bullets */
	for (;;) {
		while (n > 0 && (*s == ' ' || *s == '\t' || *s == '\n'))
			s++, n--;
		if (is_bullet_at(s, n, &skip)) {
			s += skip;
			n -= skip;
			continue;
		}
		break;
	}
	/* trailing blanks and table bars */
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '|' || s[n - 1] == '\t' || s[n - 1] == '\n'))
		n--;
	o = arena_strndup(d->arena, s, n);
	if (o == NULL)
		return NULL;
	/* o holds the text as it is up to the first tab, line end or double
	 * space, most of a text or all of it (a skill is cleaned again when
	 * added): rewritten from there only, and from the byte before when
	 * that is a space or a hyphen, which the loop below must see */
	i = as_is_span(s, n);
	if (i < n && i > 0 && (s[i - 1] == ' ' || s[i - 1] == '-'))
		i--;
	for (k = i; i < n; i++) {
		char c = s[i];
		if (c == '-' && i + 1 < n && s[i + 1] == '\n' && i > 0 &&
		    word_char((unsigned char)s[i - 1])) {
			size_t j = i + 1;
			while (j < n && (s[j] == '\n' || s[j] == ' '))
				j++;
			int cut = j < n ? cut_word(s, n, i, j) : 0;
			if (cut) {
				if (cut == 2)
					o[k++] = '-';

				i = j - 1; /* the word goes on on the next line */
				continue;
			}
		}
		if (c == ' ' || c == '\t' || c == '\n') {
			space = 1;
			continue;
		}
		if (space && k > 0)
			o[k++] = ' ';
		space = 0;
		o[k++] = c;
	}
	o[k] = '\0';
	return o;
}

char *
join_lines(doc *d, size_t from, size_t to)
{
	rncp_buf b = {0};
	size_t i;

	for (i = from; i < to && i < d->nlines; i++) {
		const line *l = &d->lines[i];
		if (l->len == 0)
			continue;
		if (b.len > 0)
			buf_putc(&b, '\n');
		buf_append(&b, l->s, l->len);
	}
	return cleaned_buf(d, &b);
}

/* ---- dates ---- */

static const char *const months[] = {
    "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet",
    "aout", "septembre", "octobre", "novembre", "decembre"};

static int
month_number(const char *s, size_t n)
{
	char buf[32];
	size_t i;

	fold_into(s, n, buf, sizeof(buf));
	for (i = 0; i < ARRAY_LEN(months); i++)
		if (strcmp(buf, months[i]) == 0)
			return (int)i + 1;
	return 0;
}

static int
make_date(int y, int m, int dd, char out[11])
{
	if (y < 1950 || y > 2100 || m < 1 || m > 12 || dd < 1 || dd > 31)
		return 0;
	snprintf(out, 11, "%04d-%02d-%02d", y, m, dd);
	return 1;
}

#define MONTH_WORDS "janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre"
#define MONTHS "(" MONTH_WORDS ")"

static rx rx_date_num = {"(?<!\\d)(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})(?!\\d)", 0, NULL};
static rx rx_date_iso = {"(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)", 0, NULL};
/* "1er", or as OCR may space it, "1 er" */
static rx rx_date_txt = {"(?<!\\d)(1 ?er|\\d{1,2})\\s+" MONTHS "\\s+(\\d{4})(?!\\d)",
                         PCRE2_CASELESS, NULL};

static long
num(const char *s, size_t a, size_t b)
{
	long v = 0;

	for (; a < b; a++)
		if (s[a] >= '0' && s[a] <= '9')
			v = v * 10 + (s[a] - '0');
	return v;
}

/* The day of s[a..b): "1er" (or "1 er") is the first. */
static int
day_of(const char *s, size_t a, size_t b)
{
	return memchr(s + a, 'e', b - a) != NULL || memchr(s + a, 'E', b - a) != NULL ? 1 : (int)num(s, a, b);
}

int
parse_date(const char *in, size_t n, char out[11])
{
	size_t ov[OV], i;
	char s[256];

	/* O for 0 and l for 1 inside a number: "25-O6-2030" */
	if (n >= sizeof(s)) /* cut between characters: the regexes need valid UTF-8 */
		n = utf8_boundary(in, sizeof(s) - 1);
	memcpy(s, in, n);
	s[n] = '\0';
	for (i = 0; i < n;) {
		size_t j = i, digits = 0;
		while (j < n && strchr("0123456789OolI|", s[j]) != NULL && s[j] != '\0') {
			digits += s[j] >= '0' && s[j] <= '9';
			j++;
		}
		/* a run of digits and look-alikes, not inside a word */
		if (j - i >= 2 && digits > 0 && (i == 0 || !isalpha((unsigned char)s[i - 1])) &&
		    (j == n || !isalpha((unsigned char)s[j]))) {
			for (; i < j; i++)
				s[i] = s[i] == 'O' || s[i] == 'o' ? '0'
				       : (s[i] == 'l' || s[i] == 'I' || s[i] == '|') ? '1' : s[i];
		}
		i = j > i ? j : i + 1;
	}
	if (rx_match(&rx_date_iso, s, n, ov, OV) &&
	    make_date((int)num(s, ov[2], ov[3]), (int)num(s, ov[4], ov[5]),
	              (int)num(s, ov[6], ov[7]), out))
		return 1;
	if (rx_match(&rx_date_num, s, n, ov, OV) &&
	    make_date((int)num(s, ov[6], ov[7]), (int)num(s, ov[4], ov[5]),
	              (int)num(s, ov[2], ov[3]), out))
		return 1;
	if (rx_match(&rx_date_txt, s, n, ov, OV)) {
		int dd = day_of(s, ov[2], ov[3]);
		return make_date((int)num(s, ov[6], ov[7]), month_number(s + ov[4], ov[5] - ov[4]),
		                 dd, out);
	}
	return 0;
}

/* "jusqu'au 1er janvier 2030" (groups 1-3) or "jusqu'au 01/01/2030"
 * (groups 4-6): one scan of the text for both.  At one "jusqu'" at most
 * one of them matches (\\s+ or / after the day), and a match holds no
 * other "jusqu'": the matches are those of the two patterns apart. */
static rx rx_until = {"jusqu'\\s*(?:au|à|a)\\s+(?:(?:au|le)\\s+)?(?:(1 ?er|\\d{1,2})\\s+" MONTHS
                      "\\s+(\\d{4})|(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4}))(?!\\d)",
                      PCRE2_CASELESS, NULL};
/* the registration's dates as a range, its end in the groups of
 * rx_until: "Enregistré au RNCP du 15/03/2019 au 14/03/2024",
 * "Enregistrement pour cinq ans, du 1er septembre 2021 au 31 août 2026" */
#define DATE_ANY "(?:(?:1 ?er|\\d{1,2})\\s+(?:" MONTH_WORDS ")\\s+\\d{4}|\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{4})"
static rx rx_registered = {"enregistr[^\n]{0,60}?\\bdu\\s+" DATE_ANY "\\s+au\\s+"
                           "(?:(1 ?er|\\d{1,2})\\s+" MONTHS "\\s+(\\d{4})|(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4}))(?!\\d)",
                           PCRE2_CASELESS, NULL};

/* The latest date of the matches of re in s[0..n) (groups as
 * rx_until's) into best, when later than what it holds. */
static void
latest_date(rx *re, const char *s, size_t n, char best[11])
{
	char date[11];
	size_t ov[OV], at;

	for (at = 0; rx_match_at(re, s, n, at, ov, OV); at = ov[1]) {
		int ok;
		if (ov[2] != (size_t)-1) {
			int dd = day_of(s, ov[2], ov[3]);
			ok = make_date((int)num(s, ov[6], ov[7]), month_number(s + ov[4], ov[5] - ov[4]), dd, date);
		} else {
			ok = make_date((int)num(s, ov[12], ov[13]), (int)num(s, ov[10], ov[11]),
			               (int)num(s, ov[8], ov[9]), date);
		}
		if (ok && strcmp(date, best) > 0)
			memcpy(best, date, 11);
	}
}

/* The end of the registration's range (rx_registered) into best: the
 * regex asked only of the lines that say "egistr" in either case (every
 * 'e' of a text would start a try of it; glibc's memmem costs more than
 * a memchr for the g), each with the line after it (a wrapped range). */
static void
registered_until(const doc *d, char best[11])
{
	const char *end = d->text + d->len;
	int k;

	for (k = 0; k < 2; k++) {
		const char *t = d->text, *g;
		while ((g = memchr(t, k ? 'G' : 'g', (size_t)(end - t))) != NULL) {
			const char *ls = g - 1, *le = g;
			int lines = 0;
			t = g + 1;
			if (g == d->text || (g[-1] | 0x20) != 'e' || end - g < 5 ||
			    !((g[1] | 0x20) == 'i' && (g[2] | 0x20) == 's' && (g[3] | 0x20) == 't' &&
			      (g[4] | 0x20) == 'r'))
				continue;
			while (ls > d->text && ls[-1] != '\n' && g - ls < 200)
				ls--;
			while (le < end && (*le != '\n' || ++lines < 2) && le - g < 300)
				le++;
			/* (a slice cut by its bounds ends and starts on whole
			 * characters: the regexes take valid UTF-8 only) */
			while (((unsigned char)*ls & 0xC0) == 0x80)
				ls++;
			while (le < end && ((unsigned char)*le & 0xC0) == 0x80)
				le--;
			latest_date(&rx_registered, ls, (size_t)(le - ls), best);
		}
	}
}

void
extract_expiry(doc *d)
{
	char date[11], best[11] = "", buf[1024];
	size_t i, j, k;

	for (i = 0; i < d->nlines; i++) {
		const line *l = &d->lines[i];
		const char *f;
		size_t n;
		if (l->len == 0 || l->len > 300)
			continue;
		/* (the fold once for the searches, not once a search) */
		f = line_fold(l, buf, sizeof(buf), &n);
		/* "fin d" first: it rules out both of its phrases at once;
		 * "Date d'échance", a typo of some of the site's own pages */
		if (!(strstr(f, "echeance") ||
		      (strstr(f, "fin d") && (strstr(f, "fin d'enregistrement") || strstr(f, "fin de l'enregistrement") ||
		                              strstr(f, "fin de validite"))) ||
		      strstr(f, "date d'expiration") || line_starts_folded(l, "date d'echance") ||
		      /* (its accented letters dropped, its apostrophe kept:
		       * "chance" is a word) */
		      line_starts_folded(l, "date d'chance") ||
		      /* (labels at a line's start: a test of its first
		       * bytes, not a search of it) */
		      line_starts_folded(l, "date limite de validite") || line_starts_folded(l, "expire le")))
			continue;
		/* the label's line and the next three, blank ones aside
		 * (a double-spaced "Date d'échéance" / "" / "de
		 * l'enregistrement" / "" / "25-06-2030") */
		for (j = i, k = 0; k < 4 && j < d->nlines && j < i + 8; j++) {
			if (d->lines[j].len == 0)
				continue;
			k++;
			if (parse_date(d->lines[j].s, d->lines[j].len, date)) {
				rec_set(d, &d->rec->expires, date, 10);
				return;
			}
		}
	}
	/* older fiches: the latest "jusqu'au" of the legal section; or the
	 * end of the registration's range */
	latest_date(&rx_until, d->text, d->len, best);
	if (!best[0])
		registered_until(d, best);
	if (best[0])
		rec_set(d, &d->rec->expires, best, 10);
}

/* ---- level ---- */

/* I may come out of OCR as l, 1 or |: "lll (Nomenclature de 1969)"; the
 * oldest fiches date the same levels 1967 ("V (Nomenclature de 1967)") */
static rx rx_lvl_1969 = {"(?<![A-Za-z0-9])([IVl1|]{1,3})\\s*\\(\\s*(?i:nomenclature\\s+de\\s+19[6G][79])", 0, NULL};
/* a 1969 level OCR made into other letters ("IT", "Ill") */
static rx rx_lvl_1969_any = {
    "(?<![A-Za-z0-9])([A-Za-z1|]{1,3})\\s*\\(\\s*(?i:nomenclature\\s+de\\s+19[6G][79])", 0, NULL};
static rx rx_lvl_eu = {"(?<!\\d)([1-8])\\s*\\(\\s*(?i:nomenclature\\s+europe)", 0, NULL};
/* the framework of 2019 named after it: "Niveau : 5 (Cadre national des
 * certifications 2019)" (the ministry's référentiels) */
static rx rx_lvl_cnc = {"niveau\\s*:?\\s*([1-8])\\s*\\(\\s*cadre\\s+national\\s+des\\s+certifications",
                        PCRE2_CASELESS, NULL};
static rx rx_lvl_inline = {"niveau\\s+de\\s+qualification\\s*[:|]?\\s*(?:niv(?:eau|\\.)?\\s*)?([1-8])(?!\\d)",
                           PCRE2_CASELESS, NULL};
/* under its label, what the level stands for after it in brackets or a
 * dash: "Niveau 6 (Bac+3/4)", "Niveau 6 - Licence" */
static rx rx_lvl_alone = {"^niveau\\s*[:|]?\\s*([1-8])(?:\\s*\\([^()]{0,80}\\)|\\s+[-\\x{2013}]\\s+[^\\d\\s][^:]{0,40})?$",
                          PCRE2_CASELESS, NULL};
static rx rx_lvl_niv = {"(?<![A-Za-z])NIV\\s?([1-8])(?!\\d)", 0, NULL};
static rx rx_lvl_roman_alone = {"^[Nn]iveau\\s+(III|II|IV|I|V)$", 0, NULL};
/* "Niveau : 3." as a label of its own */
static rx rx_lvl_label = {"^niveau\\s*:\\s*([1-8]|III|II|IV|I|V)\\s*\\.?$", PCRE2_CASELESS, NULL};
/* or a 1969 level without its colon, an arrêté's annex: "Niveau IV." */
static rx rx_lvl_roman_label = {"^[Nn]iveau\\s+(III|II|IV|I|V)\\s*\\.?$", 0, NULL};
/* "Nomenclature Europe Niveau 7" (republished data) */
static rx rx_lvl_eu_named = {"nomenclature\\s+europ[ée]+(?:enne)?\\s*[:|]?\\s*niveau\\s*([1-8])(?!\\d)",
                             PCRE2_CASELESS, NULL};
/* "Niveau européen : 6", "Niveau européen (CEC) : niveau 6" */
static rx rx_lvl_eu_word = {"niveau\\s+europ[ée]+(?:en)?(?:\\s*\\([^()]{0,20}\\))?\\s*[:|]?\\s*(?:niveau\\s*)?([1-8])(?!\\d)",
                            PCRE2_CASELESS, NULL};
/* the level alone under its label: "6 - Savoirs approfondis" */
static rx rx_lvl_bare = {"^([1-8])(?:\\s*[-:\\x{2013}]\\s*[^\\d\\s].{0,80})?$", 0, NULL};

/* The 1969 level s[0..n) reads as, OCR's l, 1 and | read as I: "I" to
 * "V", or NULL. */
static const char *
roman_level(const char *s, size_t n)
{
	static const char *const valid[] = {"I", "II", "III", "IV", "V"};
	char r[4];
	size_t i;

	if (n >= sizeof(r))
		return NULL;
	for (i = 0; i < n; i++)
		r[i] = s[i] == 'l' || s[i] == '1' || s[i] == '|' ? 'I' : s[i];
	r[n] = '\0';
	for (i = 0; i < ARRAY_LEN(valid); i++)
		if (strcmp(r, valid[i]) == 0)
			return valid[i];
	return NULL;
}

/* A 1969 level as printed, OCR look-alikes of I repaired. */
static void
set_roman(doc *d, const char *s, size_t n)
{
	const char *v = roman_level(s, n);

	if (v == NULL)
		return;
	if (memcmp(v, s, n) != 0)
		rec_warn(d, "1969 level %.*s read as %s (OCR repair)", (int)n, s, v);
	d->rec->level_old = arena_strdup(d->arena, v);
}

/* Whether a 1969 level is written in strokes of I alone (I, II, III). */
static int
in_strokes(const char *level)
{
	return strspn(level, "I") == strlen(level);
}

/* The 1969 level the European one stands for (V=3, IV=4, III=5, II=6,
 * I=7 and 8), NULL below 3. */
static const char *
old_of_eu(int eu)
{
	static const char *const old[] = {"V", "IV", "III", "II", "I", "I"};

	return eu >= 3 && eu <= 8 ? old[eu - 3] : NULL;
}

/* Both levels stated, the 1969 one in strokes of I but not as many as the
 * European one stands for ("II" or "I (Nomenclature de 1969)" beside "5
 * (Nomenclature Europe)"): the register prints them in step, and a scan's
 * OCR drops, merges or doubles thin I's far more often than it misreads a
 * digit, so the 1969 level is the European one's. */
static void
strokes_off(doc *d)
{
	rncp_record *r = d->rec;
	const char *want = old_of_eu(r->level_eu);

	if (r->level_old == NULL || want == NULL || strcmp(r->level_old, want) == 0 ||
	    !in_strokes(r->level_old) || !in_strokes(want))
		return;
	rec_warn(d, "1969 level %s read as %s (I's off the European level %d)", r->level_old, want,
	         r->level_eu);
	r->level_old = arena_strdup(d->arena, want);
}

/* "Enregistrement pour cinq ans, au niveau III, sous l'intitulé ...": a
 * legacy fiche's history of its registrations, I's OCR misread as l, 1
 * or | */
static rx rx_lvl_history = {"(?i:enregistrement\\s+pour\\s.{0,30}?\\bau\\s+niveau)\\s+([IVl1|]{1,3})\\b",
                            0, NULL};

/* The 1969 level every registration of a legacy fiche's history states
 * ("Enregistrement pour cinq ans, au niveau III, ..."), when they all
 * state the same one, else NULL.  Their level is the fiche's: a fiche
 * registered anew at another level is another fiche. */
static const char *
history_level(doc *d)
{
	const char *seen = NULL, *v;
	size_t i, ov[OV];

	for (i = 0; i < d->nlines; i++) {
		const line *l = &d->lines[i];
		if (l->len < 30 || l->len > 600 || !line_contains_folded(l, "au niveau") ||
		    !rx_match(&rx_lvl_history, l->s, l->len, ov, OV))
			continue;
		v = roman_level(l->s + ov[2], ov[3] - ov[2]);
		if (v == NULL || (seen != NULL && v != seen))
			return NULL; /* no level, or registrations at two */
		seen = v;
	}
	return seen;
}

/*
 * No European level read beside the 1969 one, a line of it there but its
 * digit unreadable ("° (Nomenclature Europe)"), or the 1969 one garbled
 * too ("IT (Nomenclature de 1969)"): a scan's OCR.  The 1969 level is
 * then the history's (history_level()) when the one read is garbled, or
 * in strokes of I as the history's but not as many ("I" for III).
 */
static void
level_of_history(doc *d, long garbled, long eu_line)
{
	const char *h;
	rncp_record *r = d->rec;

	if (r->level_eu != 0 || (garbled < 0 && eu_line < 0) || (h = history_level(d)) == NULL)
		return;
	if (r->level_old == NULL && garbled >= 0) {
		r->level_old = arena_strdup(d->arena, h);
		rec_warn(d, "1969 level unreadable on line %ld: read as %s, the level of the registrations "
		            "the fiche's history states",
		         (long)d->lines[garbled].no, h);
	} else if (r->level_old != NULL && eu_line >= 0 && strcmp(r->level_old, h) != 0 &&
	           in_strokes(r->level_old) && in_strokes(h)) {
		rec_warn(d, "1969 level %s read as %s, the level of the registrations the fiche's history "
		            "states (the European level unreadable on line %ld)",
		         r->level_old, h, (long)d->lines[eu_line].no);
		r->level_old = arena_strdup(d->arena, h);
	}
}

void
extract_level(doc *d)
{
	rncp_record *r = d->rec;
	size_t i, ov[OV];
	long lastctx = -10;
	long garbled = -1; /* a 1969 level OCR made unreadable ("IT (Nomenclature de 1969)") */
	long eu_line = -1; /* a European level's line whose digit OCR lost */
	int ctxalone = 0; /* the label of lastctx is alone on its line */

	for (i = 0; i < d->nlines; i++) {
		const line *l = &d->lines[i];
		char buf[1024];
		size_t fn;
		const char *niv, *f;
		int niveau, nomen;
		if (l->len == 0 || l->len > 300)
			continue;
		/* what each test needs, found once: the phrases and the
		 * patterns with "niveau" (caseless, in ASCII letters: then in
		 * the folded line too), the 1969 and European ones with "("
		 * and "nomenclature" (caseless too), rx_lvl_niv with "NIV"
		 * ("niv" folded); most lines have none */
		f = line_fold(l, buf, sizeof(buf), &fn);
		niv = strstr(f, "niv");
		niveau = niv != NULL && strstr(niv, "niveau") != NULL;
		nomen = memchr(l->s, '(', l->len) != NULL && strstr(f, "nomenclature") != NULL;
		if (niveau && (line_contains_folded(l, "niveau de qualification") ||
		               line_contains_folded(l, "nomenclature du niveau") ||
		               line_starts_folded(l, "niveau et/ou domaine") ||
		               line_starts_folded(l, "niveau de la certification"))) {
			lastctx = (long)i;
			ctxalone = l->len < 40;
		}
		if (r->level_old == NULL && nomen && rx_match(&rx_lvl_1969, l->s, l->len, ov, OV))
			set_roman(d, l->s + ov[2], ov[3] - ov[2]);
		else if (r->level_old == NULL && nomen && garbled < 0 &&
		         strstr(f, "nomenclature de 19") != NULL &&
		         rx_match(&rx_lvl_1969_any, l->s, l->len, ov, OV))
			garbled = (long)i;
		if (eu_line < 0 && nomen && strstr(f, "(nomenclature europe") != NULL)
			eu_line = (long)i;
		if (r->level_eu != 0)
			continue;
		if ((nomen && rx_match(&rx_lvl_eu, l->s, l->len, ov, OV)) ||
		    (niveau && rx_match(&rx_lvl_inline, l->s, l->len, ov, OV)) ||
		    (niveau && strstr(niv, "(cadre national") != NULL && rx_match(&rx_lvl_cnc, l->s, l->len, ov, OV)) ||
		    (niv != NULL && rx_match(&rx_lvl_niv, l->s, l->len, ov, OV)) ||
		    ((long)i - lastctx <= 3 && niveau &&
		     rx_match(&rx_lvl_alone, l->s, l->len, ov, OV)) ||
		    (niveau && f[0] == 'n' && l->len < 16 && rx_match(&rx_lvl_label, l->s, l->len, ov, OV) &&
		     l->s[ov[2]] <= '8') ||
		    (niveau && strstr(f, "nomenclature europ") != NULL &&
		     rx_match(&rx_lvl_eu_named, l->s, l->len, ov, OV)) ||
		    (niveau && strstr(f, "niveau europ") != NULL && rx_match(&rx_lvl_eu_word, l->s, l->len, ov, OV)) ||
		    ((long)i - lastctx <= 2 && ctxalone && l->s[0] >= '1' && l->s[0] <= '8' &&
		     rx_match(&rx_lvl_bare, l->s, l->len, ov, OV)))
			r->level_eu = l->s[ov[2]] - '0';
		else if (r->level_old == NULL && niveau &&
		         (((long)i - lastctx <= 3 && rx_match(&rx_lvl_roman_alone, l->s, l->len, ov, OV)) ||
		          (f[0] == 'n' && l->len < 16 && (rx_match(&rx_lvl_label, l->s, l->len, ov, OV) ||
		                                          rx_match(&rx_lvl_roman_label, l->s, l->len, ov, OV)))))
			rec_set(d, &r->level_old, l->s + ov[2], ov[3] - ov[2]);
	}
	/* the 1969 level unreadable: the one the European level stands for
	 * (V=3, IV=4, III=5, II=6, I=7) */
	if (r->level_old == NULL && garbled >= 0 && r->level_eu >= 3 && r->level_eu <= 7) {
		const line *l = &d->lines[garbled];
		rx_match(&rx_lvl_1969_any, l->s, l->len, ov, OV);
		r->level_old = arena_strdup(d->arena, old_of_eu(r->level_eu));
		rec_warn(d, "1969 level %.*s read as %s (the European level %d)", (int)(ov[3] - ov[2]),
		         l->s + ov[2], r->level_old, r->level_eu);
	}
	strokes_off(d);
	level_of_history(d, garbled, eu_line);
	/* "Niveau 5" alone on a line, further from its label than the
	 * window above (a note put between them: "Certification remplacée
	 * par ..."): near the top of the fiche, nothing else says a level */
	for (i = 0; r->level_eu == 0 && lastctx >= 0 && i < d->nlines && (long)i < lastctx + 12; i++) {
		const line *l = &d->lines[i];
		if ((long)i > lastctx && l->len < 40 && l->len > 7 &&
		    rx_match(&rx_lvl_alone, l->s, l->len, ov, OV))
			r->level_eu = l->s[ov[2]] - '0';
	}
}

/* a level said beside other words on a line of a page about the
 * certification: "Diplôme d'État – Niveau 6", "Ambulancier (Niveau 3)",
 * "Code : RNCP37173 — Niveau : 7 (nomenclature nationale ...)" */
static rx rx_lvl_segment = {"(?:^|\\s[-\\x{2013}\\x{2014}|]\\s|\\(|,\\s)niveau(?:\\s*:)?\\s+([1-8])(?:\\s*\\([^()]{0,80}\\))?\\s*"
                            "(?:$|\\s[-\\x{2013}\\x{2014}|]\\s(?!\\d)|\\)|,\\s(?!\\d))",
                            PCRE2_CASELESS, NULL};

/* or in a sentence, the European framework named after it: "de niveau 5
 * (Eu)", "niveau 6 (CEC)"; or the certification's kind before it:
 * "Titre RNCP Niveau 6 - Responsable comptable", "Diplôme de niveau 3",
 * "Titre professionnel de niveau 5"; or its code: "**Architecte en IA**
 * - RNCP38777 - Niveau 7 (équivalent BAC+5) vise à ..."; or a bracket
 * of the certification's facts opens with it: "(niveau 6, certificateur
 * : ...)" */
static rx rx_lvl_framework = {"(?|\\bniveau\\s+([1-8])\\s*\\(\\s*(?:eu|ue|cec|europ|[ée]quivalent|bac)|\\(niveau\\s+([1-8]),\\s|"
                              "\\b(?:titre\\s+rncp|titre(?:\\s+professionnel)?|dipl[ôo]me(?:\\s+d'[ée]tat|\\s+national)?|"
                              "certification(?:\\s+professionnelle)?|formation\\s+(?:certifiante|dipl[ôo]mante)|"
                              "rncp\\s?\\d{4,5}\\s*[-,:\\x{2013}\\x{2014}]?)"
                              "\\s+(?:de\\s+)?niveau\\s+([1-8])"
                              "(?![\\d,.]\\d))",
                              PCRE2_CASELESS, NULL};

/* No level under a label: the one level a short line says alone ("Niveau
 * 6", "Niveau 6 (Bac+3)") or as a part of it, or a sentence with the
 * framework's name ("de niveau 5 (Eu)"), when every such line says
 * the same (a page that republishes a fiche's facts in its own words; not
 * an RS fiche's, which has none, and whose lists may say "Niveau 1 -
 * Débutant"). */
/* Whether the level at byte at of line i is the one a candidate needs,
 * not the certification's: under a heading of prerequisites ("PRÉREQUIS"
 * / "Niveau 4 (BP, BT, ...)", two lines of text at most above it), or in
 * a sentence about entry ("accessible à l'issue ... d'un titre
 * professionnel de niveau 4", "titulaire d'un diplôme de niveau 4"; not
 * "... épreuves d'admission. C'est une certification de niveau 4"). */
static int
entry_level(const doc *d, size_t i, size_t at)
{
	static const char *const heads[] = {"prerequis", "pre-requis", "pre requis", "conditions d'acces",
	                                    "conditions d'admission", "public vise", "public concerne", "admission"};
	static const char *const words[] = {"accessible", "titulaire", "requis", "admission", "entrée en formation",
	                                    "accès à la formation", "être issu"};
	const line *l = &d->lines[i];
	size_t k, texts = 0, from = at;
	long j;

	/* (the sentence the level is in, up to it) */
	while (from > 0 && !(l->s[from - 1] == ' ' && from >= 2 && l->s[from - 2] == '.'))
		from--;
	for (k = 0; k < ARRAY_LEN(words); k++)
		if (memmem(l->s + from, at - from, words[k], strlen(words[k])) != NULL)
			return 1;
	for (j = (long)i - 1; j >= 0 && texts < 2; j--) {
		const line *p = &d->lines[j];
		if (p->len == 0)
			continue;
		texts++;
		for (k = 0; k < ARRAY_LEN(heads); k++)
			if (p->len < 60 && line_starts_folded(p, heads[k]))
				return 1;
	}
	return 0;
}

/* a 1969 level after the certification's kind: "Titre certifié de
 * Niveau II (J.O du 09 Août - Code NSF 320)" */
static rx rx_lvl_kind_old = {"\\b(?i:titre(?:\\s+certifi[ée]+)?(?:\\s+professionnel)?|dipl[ôo]me|certification)\\s+"
                             "(?i:de\\s+)?(?i:niveau)\\s+(III|II|IV|I|V)(?![A-Za-z])",
                             0, NULL};

void
level_mentioned(doc *d)
{
	rncp_record *r = d->rec;
	size_t i, ov[OV];
	int level = 0;
	const char *old = NULL;
	size_t oldn = 0;

	if (r->level_eu != 0 || r->level_old != NULL || (r->code != NULL && r->code[1] == 'S'))
		return;
	for (i = 0; i < d->nlines; i++) {
		const line *l = &d->lines[i];
		int v;
		size_t at;
		if (l->len < 8 || l->len > 600 || !line_contains_folded(l, "niveau "))
			continue;
		if ((l->len <= 120 &&
		     (rx_match(&rx_lvl_alone, l->s, l->len, ov, OV) || rx_match(&rx_lvl_segment, l->s, l->len, ov, OV))) ||
		    rx_match(&rx_lvl_framework, l->s, l->len, ov, OV)) {
			at = ov[2] != (size_t)-1 ? ov[2] : ov[4];
		} else {
			if (rx_match(&rx_lvl_kind_old, l->s, l->len, ov, OV) && !entry_level(d, i, ov[2])) {
				if (old != NULL && (oldn != ov[3] - ov[2] || memcmp(old, l->s + ov[2], oldn) != 0))
					return; /* two: none */
				old = l->s + ov[2];
				oldn = ov[3] - ov[2];
			}
			continue;
		}
		if (entry_level(d, i, at))
			continue;
		v = l->s[at] - '0';
		if (level != 0 && v != level)
			return;
		level = v;
	}
	if (level != 0) {
		r->level_eu = level;
		rec_warn(d, "level %d read from the text (no label states it)", level);
	} else if (old != NULL) {
		set_roman(d, old, oldn);
		rec_warn(d, "1969 level %.*s read from the text (no label states it)", (int)oldn, old);
	}
}

/* Where in p[0..e) a second authority's name starts after "et le", "et
 * la" or "et l'" (a ministry, or a name in capitals: "... et la CCI Île
 * de la Réunion"), the bytes up to its name in *skip; NULL when none
 * ("... supérieur et de la recherche" is one): its article too. */
static const char *
second_authority(const char *p, const char *e, size_t *skip)
{
	static const char *const joins[] = {" et le ", " et la ", " et l'"};
	const char *best = NULL;
	size_t k;

	for (k = 0; k < ARRAY_LEN(joins); k++) {
		size_t jl = strlen(joins[k]);
		const char *x = memmem(p, (size_t)(e - p), joins[k], jl), *n;
		if (x == NULL || (best != NULL && x > best))
			continue;
		n = x + jl;
		if (n < e && ((*n >= 'A' && *n <= 'Z') || (e - n > 6 && memcmp(n, "minist", 6) == 0) ||
		              ((unsigned char)*n == 0xC3 && n + 1 < e && (unsigned char)n[1] < 0xA0))) {
			best = x;
			*skip = jl;
		}
	}
	return best;
}

/* An arrêté's article that creates a titre professionnel: "Le titre
 * professionnel de technicien(ne) de laboratoire est créé.", "Il est
 * classé au niveau IV de la nomenclature des niveaux de formation, ...
 * et dans le domaine d'activité 222 r (code NSF)." */
/* (and, in a page's own words, "Le titre professionnel de X est créé
 * pour 5 ans", "Le titre de X est enregistré au RNCP ...", "Le Titre
 * Professionnel de X a été révisé ...", "Arrêté du 7 mars 2018 relatif
 * au titre professionnel d'électricien d'équipement du bâtiment") */
static rx rx_art_title = {"^(?:[-*\\x{2022}]\\s*)?(?:Oui\\.\\s+)?(?|Le titre (?:professionnel )?(?:de |d')(.{3,150}?) (?:est|a été) "
                          "(?:cr[ée]{2}|enregistr[ée]+|r[ée]vis[ée]+)(?:\\.?$|\\.\\s|[ ,])"
                          "|Arr[êe]t[ée] du .{6,40}? relatif au titre professionnel (?:de |d')(.{3,150}?)\\.?$)",
                          PCRE2_CASELESS, NULL};
/* "au niveau IV de la nomenclature ...", or in a sentence that
 * registers the title: "... pour une durée de cinq ans à compter du 1er
 * mars 2018, au niveau IV, et dans le domaine d'activité 324t" */
static rx rx_art_level = {"(?|\\bau niveau (III|II|IV|I|V) de la nomenclature|"
                          "\\best enregistr[ée]+ au r[ée]pertoire .{0,200}?\\bau niveau (III|II|IV|I|V)(?=, | et ))",
                          0, NULL};
/* since 2019: "Il est classé au niveau 3 du cadre national des
 * certifications professionnelles" */
static rx rx_art_level_eu = {"\\bau niveau ([1-8]) du cadre national des certifications", 0, NULL};
static rx rx_art_nsf = {"(?|\\b(\\d{3}) ?([a-z])? \\(code NSF\\)|"
                        /* an annex's label: "Domaine d'activité (code NSF) : 334 t." */
                        "^Domaine d'activit[ée]+ \\(code NSF\\)\\s*:\\s*(\\d{3}) ?([a-zA-Z])?(?![a-zA-Z]))",
                        0, NULL};

/* A titre professionnel's "fiche de communication" (the ministry's
 * leaflet): "Le titre professionnel Technicien d'assistance en
 * informatique1 niveau 4 (code NSF : 326r) se compose de trois activités
 * types", "Le titre professionnel de : AGENT DE RESTAURATION1 niveau V
 * (code NSF : 334 t)" (the 1 a footnote's call glued to the title) */
static rx rx_tp_leaflet = {"^Le titre professionnel (?:de\\s*:\\s*|de\\s+|d')?(.{3,150}?)\\d?,?\\s+(?:de\\s+)?"
                           "niveau\\s+(III|II|IV|I|V|[1-8])\\s*\\(\\s*code NSF\\s*:\\s*(\\d{3})\\s?([a-z])?\\s*\\)",
                           0, NULL};

/* The title, level and NSF code a leaflet's first sentence states
 * (rx_tp_leaflet) on line l. */
static void
tp_leaflet(doc *d, const line *l)
{
	rncp_record *r = d->rec;
	size_t ov[OV];
	char code[5];

	if (!rx_match(&rx_tp_leaflet, l->s, l->len, ov, OV))
		return;
	if (r->title == NULL && rec_set(d, &r->title, l->s + ov[2], ov[3] - ov[2]) == 0)
		rec_warn(d, "title read from the sentence that describes the title");
	if (r->level_eu == 0 && r->level_old == NULL) {
		if (l->s[ov[4]] >= '1' && l->s[ov[4]] <= '8')
			r->level_eu = l->s[ov[4]] - '0';
		else
			set_roman(d, l->s + ov[4], ov[5] - ov[4]);
	}
	memcpy(code, l->s + ov[6], 3);
	code[3] = ov[8] != (size_t)-1 ? l->s[ov[8]] : '\0';
	code[4] = '\0';
	if (r->nnsf == 0 && nsf_code_valid(code))
		rec_add_coded(d, &r->nsf, &r->nnsf, code, NULL, 0);
}

void
arrete_article(doc *d)
{
	rncp_record *r = d->rec;
	size_t i, ov[OV];

	int generic = d->layout == LAYOUT_GENERIC;

	/* (in a known layout, a leaflet's sentence alone: a REAC's words
	 * may make one of one, when it lacks what the sentence says) */
	if (!generic && r->title != NULL && (r->level_eu != 0 || r->level_old != NULL) && r->nnsf > 0)
		return;
	for (i = 0; i < d->nlines; i++) {
		const line *l = &d->lines[i];
		if (l->len < 20 || l->len > 600)
			continue;
		if (l->s[0] == 'L' && memmem(l->s, l->len, "(code NSF", 9) != NULL)
			tp_leaflet(d, l);
		if (!generic)
			continue;
		if (r->title == NULL &&
		    (l->s[0] == 'L' || l->s[0] == 'A' || l->s[0] == 'O' || l->s[0] == '-' || l->s[0] == '*' ||
		     (unsigned char)l->s[0] == 0xE2) &&
		    rx_match(&rx_art_title, l->s, l->len, ov, OV) &&
		    rec_set(d, &r->title, l->s + ov[2], ov[3] - ov[2]) == 0)
			rec_warn(d, "title read from the article that creates the title");
		if (r->level_eu == 0 && r->level_old == NULL && memmem(l->s, l->len, "au niveau ", 10) != NULL &&
		    rx_match(&rx_art_level, l->s, l->len, ov, OV))
			set_roman(d, l->s + ov[2], ov[3] - ov[2]);
		else if (r->level_eu == 0 && r->level_old == NULL && memmem(l->s, l->len, "au niveau ", 10) != NULL &&
		         rx_match(&rx_art_level_eu, l->s, l->len, ov, OV))
			r->level_eu = l->s[ov[2]] - '0';
		if (r->nnsf == 0 && memmem(l->s, l->len, "(code NSF)", 10) != NULL &&
		    rx_match(&rx_art_nsf, l->s, l->len, ov, OV)) {
			char code[5];
			memcpy(code, l->s + ov[2], 3);
			code[3] = ov[4] != (size_t)-1 ? (char)(l->s[ov[4]] | 0x20) : '\0';
			code[4] = '\0';
			if (nsf_code_valid(code))
				rec_add_coded(d, &r->nsf, &r->nnsf, code, NULL, 0);
		}
	}
}

/* No certifier in a table or under a label, in a text of no known
 * layout (a site's page about a certification): the one its sentence
 * names ("Délivré par le Ministère du Travail à l'issue ...", "délivrée
 * par le Préfet de région au nom du ministère chargé des Affaires
 * sociales"), up to a bracket, a stop or the sentence's next words. */
static int capitals_only_s(const char *s, size_t n);

void
certifier_mentioned(doc *d)
{
	static const char *const by[] = {"au nom du ", "au nom de la ", "élivré par ", "élivrée par ",
	                                 "élivrés par ", "octroyé par ", "décerné par ", "ertification par ",
	                                 /* in a sentence or a bracket: "(niveau 6,
	                                  * certificateur : Ministère du Travail, ...)" */
	                                 "ertificateur : ", "ertificateur: "};
	static const char *const ends[] = {" à ", " au nom ", " ce qui ", " qui ", " pour ", " après ",
	                                   " dans ", " et du ", " sur ", " en ", " et enregistr", " et inscrit"};
	size_t i, k;

	if (d->layout != LAYOUT_GENERIC || d->rec->ncertifiers > 0)
		return;
	for (i = 0; i < d->nlines; i++) {
		const line *l = &d->lines[i];
		if (l->len < 20 || l->len > 1000 ||
		    (memmem(l->s, l->len, " par ", 5) == NULL && memmem(l->s, l->len, "au nom d", 8) == NULL &&
		     memmem(l->s, l->len, "ertificateur", 12) == NULL))
			continue;
		for (k = 0; k < ARRAY_LEN(by); k++) {
			const char *p = memmem(l->s, l->len, by[k], strlen(by[k])), *e, *end = l->s + l->len;
			size_t j;
			char *name;
			if (p == NULL)
				continue;
			p += strlen(by[k]);
			if (end - p > 3 && (memcmp(p, "le ", 3) == 0 || memcmp(p, "la ", 3) == 0))
				p += 3;
			else if (end - p > 2 && (p[0] == 'l' || p[0] == 'L') && p[1] == '\'')
				p += 2;
			/* an authority: a capital, or a ministry in small letters */
			if (!((*p >= 'A' && *p <= 'Z') || (unsigned char)*p == 0xC3 || strncmp(p, "ministère", 10) == 0 ||
			      strncmp(p, "ministre", 8) == 0))
				continue;
			/* (a ministry's name goes on past its commas: "...
			 * supérieur, de la recherche et de l'innovation") */
			for (e = p; e < end && (strchr("(,.;:", *e) == NULL ||
			                        (*e == ',' && end - e > 6 &&
			                         (memcmp(e, ", de ", 5) == 0 || memcmp(e, ", des ", 6) == 0 ||
			                          memcmp(e, ", du ", 5) == 0)));
			     e++)
				;
			for (j = 0; j < ARRAY_LEN(ends); j++) {
				const char *x = memmem(p, (size_t)(e - p), ends[j], strlen(ends[j]));
				if (x != NULL)
					e = x;
			}
			while (e > p && e[-1] == ' ')
				e--;
			/* (or an acronym alone: "délivré par l'AFPA") */
			if ((e - p < 6 || e - p > 120 || memchr(p, ' ', (size_t)(e - p)) == NULL) &&
			    !(e - p >= 3 && e - p <= 8 && capitals_only_s(p, (size_t)(e - p))))
				continue;
			/* a préfet's is the ministry he delivers it for */
			if (k >= 2 && (strncmp(p, "Préfet", 7) == 0 || strncmp(p, "préfet", 7) == 0 ||
			               strncmp(p, "recteur", 7) == 0 || strncmp(p, "Recteur", 7) == 0))
				continue;
			/* two authorities ("le ministère chargé de la solidarité
			 * et le ministère de l'enseignement supérieur", "la CCI
			 * Portes de Normandie et la CCI Île de la Réunion") */
			for (;;) {
				size_t skip = 0;
				const char *two = second_authority(p, e, &skip);
				const char *to = two != NULL ? two : e;
				if ((name = arena_strndup(d->arena, p, (size_t)(to - p))) == NULL)
					return;
				title_capitalize(name);
				rec_add_certifier(d, name, strlen(name), NULL);
				rec_warn(d, "certifier '%s' read from a sentence (no table or label names it)", name);
				if (two == NULL)
					break;
				p = two + skip;
			}
			return;
		}
	}
}

/* ---- code lists ---- */

#define ENTRY_TAIL "\\s*(?:[:|\\x{2013}\\x{2014}-]{1,2}\\s*)?(.*?)\\s*\\|?\\s*$"
#define BULLET "^(?:[-*\\x{2022}\\x{00B7}\\x{2013}\\x{2014}]\\s*|o\\s+)?"

/* the function letter: alone ("326n :"), or small before a label glued to
 * it ("311uConduite"); "324Secrétariat" has none */
/* (or OCR's 7 or 5 for r or s before the label's colon: "2557 :") */
static rx rx_nsf = {BULLET "(\\d{3})((?:[a-z](?=[A-ZÀ-Þ]))|(?:[a-zA-Z](?![a-zA-Zà-ÿÀ-Þ]))|[75](?=\\s*:))?(?!\\d)" ENTRY_TAIL,
                    0, NULL};
static rx rx_forma = {BULLET "(\\d{3})\\s?(\\d{2})(?!\\d)" ENTRY_TAIL, 0, NULL};
/* or a label glued to it: "N3101Encadrement" */
static rx rx_rome = {BULLET "([A-Za-z1|!])([0-9OoIl|]{4})(?:(?![0-9A-Za-z])|(?<=[0-9])(?=[A-ZÀ-Þ][a-zà-ÿ]))" ENTRY_TAIL,
                     0, NULL};

size_t
ocr_bullet(const char *s, size_t n)
{
	size_t k = 0, signs = 0;

	while (k < n && k < 6) {
		if (s[k] != '\0' && strchr(".+*<>_- ", s[k]) != NULL) {
			signs += s[k++] != ' ';
		} else if (k + 1 < n && (unsigned char)s[k] == 0xC2 &&
		           ((unsigned char)s[k + 1] == 0xB0 || (unsigned char)s[k + 1] == 0xAB ||
		            (unsigned char)s[k + 1] == 0xBB)) { /* ° « » */
			signs++;
			k += 2;
		} else {
			break;
		}
	}
	return signs > 0 && k < n && ((s[k] >= '0' && s[k] <= '9') || (s[k] >= 'A' && s[k] <= 'Z')) ? k : 0;
}

/* An entry whose code ends it in square brackets, its label before:
 * "Chef de groupe comptable [M1206]", "analyse financière [32626]" (a
 * university's pages).  Returns the code's length (at most max), its
 * start in *code and the label's length in *ll, or 0. */
static size_t
bracketed_code(const char *s, size_t n, size_t max, const char **code, size_t *ll)
{
	size_t e = n, b;

	while (e > 0 && s[e - 1] == ' ')
		e--;
	if (e < 4 || s[e - 1] != ']')
		return 0;
	for (b = e - 1; b > 0 && s[b - 1] != '[' && e - b <= max + 1; b--)
		;
	if (b == 0 || s[b - 1] != '[' || e - 1 - b > max || e - 1 == b)
		return 0;
	*code = s + b;
	for (*ll = b - 1; *ll > 0 && s[*ll - 1] == ' '; (*ll)--)
		;
	return e - 1 - b;
}

/* Parse one list entry of the given kind in s[0..n); adds it. Returns 1
 * when s is an entry. */
static int
code_entry(doc *d, const char *s, size_t n, int kind)
{
	rncp_record *r = d->rec;
	size_t ov[OV];
	char code[8];
	const ref_entry *ref;
	const char *label;
	size_t ll, k;

	if (n > 400)
		return 0;
	k = item_marker(s, n); /* "1. 311p ...", "b) M1801 ..." */
	/* OCR's bullet, or a speck after a list's sign ("* _K2502") */
	k += ocr_bullet(s + k, n - k);
	s += k;
	n -= k;
	switch (kind) {
	case 'n':
		/* an arrêté's annex: "334 t." (its label the list's), the
		 * line going on with the next heading ("334 t. Résumé du
		 * référentiel d'emploi"); its label in brackets or after a
		 * hyphen ("326 r (informatique, ...).", "324 p-secrétariat
		 * bureautique.") */
		if (n >= 5 && s[0] >= '0' && s[0] <= '9' && s[1] >= '0' && s[1] <= '9' && s[2] >= '0' &&
		    s[2] <= '9' && s[3] == ' ' && (s[4] | 0x20) >= 'a' && (s[4] | 0x20) <= 'z' &&
		    (n == 5 || (s[5] == '.' && (n <= 6 || s[6] == ' ')) || s[5] == '-' ||
		     (s[5] == ' ' && n > 6 && s[6] == '('))) {
			const char *lb = s + 5;
			size_t lbn = n - 5;
			memcpy(code, s, 3);
			code[3] = (char)(s[4] | 0x20); /* (or in capitals: "343 T (nettoyage ...)") */
			code[4] = '\0';
			if (!nsf_code_valid(code))
				return 0;
			while (lbn > 0 && strchr(" (-", *lb) != NULL)
				lb++, lbn--;
			while (lbn > 0 && strchr(" ).", lb[lbn - 1]) != NULL)
				lbn--;
			rec_add_coded(d, &r->nsf, &r->nnsf, code, s[5] == '.' ? "" : lb, s[5] == '.' ? 0 : lbn);
			return 1;
		}
		if (!rx_match(&rx_nsf, s, n, ov, OV))
			return 0;
		memcpy(code, s + ov[2], 3);
		code[3] = ov[4] != (size_t)-1 ? (char)(s[ov[4]] | 0x20) : '\0'; /* 326R: 326r */
		code[4] = '\0';
		if (code[3] == '7' || code[3] == '5') {
			char c = code[3] == '7' ? 'r' : 's';
			rec_warn(d, "NSF code %s read as %.3s%c (OCR)", code, code, c);
			code[3] = c;
		}
		label = s + ov[6];
		ll = ov[7] - ov[6];
		if (!nsf_code_valid(code)) {
			if (nsf_group_lookup(code) == NULL) {
				rec_warn(d, "NSF code %s is not one of the 93 NSF groups: left out", code);
				return 1;
			}
			rec_warn(d, "NSF code %s has an unknown letter: kept as the group %.3s", code, code);
			code[3] = '\0';
		}
		rec_add_coded(d, &r->nsf, &r->nnsf, code, label, ll);
		return 1;
	case 'f':
		if (!rx_match(&rx_forma, s, n, ov, OV)) {
			const char *c;
			if (bracketed_code(s, n, 5, &c, &ll) != 5 || strspn(c, "0123456789") < 5)
				return 0;
			memcpy(code, c, 5);
			code[5] = '\0';
			rec_add_coded(d, &r->formacodes, &r->nformacodes, code, s, ll);
			return 1;
		}
		memcpy(code, s + ov[2], 3);
		memcpy(code + 3, s + ov[4], 2);
		code[5] = '\0';
		rec_add_coded(d, &r->formacodes, &r->nformacodes, code, s + ov[6], ov[7] - ov[6]);
		return 1;
	case 'r': {
		char raw[8];
		int rep;
		if (rx_match(&rx_rome, s, n, ov, OV) && ov[5] - ov[2] == 5) {
			memcpy(raw, s + ov[2], 5);
			label = s + ov[6];
			ll = ov[7] - ov[6];
		} else if (bracketed_code(s, n, 5, &label, &ll) == 5) {
			/* the label before it a job's name, not the ROME's:
			 * the table's */
			memcpy(raw, label, 5);
			ll = 0;
		} else {
			return 0;
		}
		raw[5] = '\0';
		if (raw[0] >= 'A' && raw[0] <= 'N' && strspn(raw + 1, "0123456789") == 4) {
			memcpy(code, raw, 6);
			if (rome_lookup(code) == NULL)
				rec_warn(d, "ROME code %s is not in the ROME table: kept as printed", code);
		} else if ((rep = rome_code_repair(raw, 5, code)) != 0) {
			rec_warn(d, "ROME code %s read as %s (OCR repair)", raw, code);
		} else {
			return 0;
		}
		if (ll == 0 && (ref = rome_lookup(code)) != NULL) {
			label = ref->label;
			ll = strlen(label);
		}
		rec_add_coded(d, &r->rome, &r->nrome, code, label, ll);
		return 1;
	}
	}
	return 0;
}

/* Whether folded label a is folded label b with blanks lost: the same
 * letters and figures, fewer blanks (pdftotext joins a line ending with
 * "-HSE-" to the next as a word cut: "-HSEindustriels"). */
static int
glued_label(const char *a, const char *b)
{
	size_t ba = 0, bb = 0;

	for (;;) {
		while (*a != '\0' && !isalnum((unsigned char)*a))
			ba += *a++ == ' ';
		while (*b != '\0' && !isalnum((unsigned char)*b))
			bb += *b++ == ' ';
		if (*a == '\0' || *b == '\0' || *a != *b)
			return *a == '\0' && *b == '\0' && ba < bb;
		a++, b++;
	}
}

/* A ROME label printed with lost or wrong accents ("Etudes et
 * developpement", OCR's "systémes") or blanks ("-HSEindustriels") is
 * spelled as the ROME table spells it, when the two differ in accents and
 * case only, or in blanks lost (and signs).  A label in capitals,
 * or one the fiche words otherwise, stays as printed. */
void
extract_rome_labels_from_ref(doc *d)
{
	rncp_record *r = d->rec;
	size_t i, n;
	char a[512], b[512];

	for (i = 0; i < r->nrome; i++) {
		rncp_coded *c = &r->rome[i];
		const ref_entry *ref = rome_lookup(c->code);
		if (ref == NULL || c->label == NULL || strcmp(c->label, ref->label) == 0)
			continue;
		n = strlen(c->label);
		if (n >= sizeof(a) / 2 || strlen(ref->label) >= sizeof(b) / 2 ||
		    strpbrk(c->label, "abcdefghijklmnopqrstuvwxyz") == NULL)
			continue;
		fold_into(c->label, n, a, sizeof(a));
		fold_into(ref->label, strlen(ref->label), b, sizeof(b));
		if (strcmp(a, b) == 0 || glued_label(a, b))
			c->label = arena_strdup(d->arena, ref->label);
	}
}

/* How many entries the list of this kind holds. */
static size_t
list_len(const doc *d, int kind)
{
	const rncp_record *r = d->rec;

	return kind == 'n' ? r->nnsf : kind == 'f' ? r->nformacodes : r->nrome;
}

/* A label of a code list is never near this long: past it, what runs on
 * after the last entry is prose, not its label, and the label stops
 * growing (joining each line copied the whole label again). */
#define LABEL_MAX 1024

/* The last entry's label runs on over a wrapped line. */
static void
append_label(doc *d, int kind, const line *l)
{
	rncp_record *r = d->rec;
	rncp_coded *c;
	char *joined;

	if (list_len(d, kind) == 0)
		return;
	c = kind == 'n' ? &r->nsf[r->nnsf - 1]
	    : kind == 'f' ? &r->formacodes[r->nformacodes - 1] : &r->rome[r->nrome - 1];
	if (c->label == NULL || strlen(c->label) + 1 + l->len > LABEL_MAX)
		return;
	joined = arena_printf(d->arena, "%s %.*s", c->label, (int)l->len, l->s);
	if (joined != NULL)
		c->label = clean_text(d, joined, strlen(joined));
}

/* The last entry's label is the line after it: its code stood alone
 * ("M1801" / "Administration de systèmes d'information"). */
static void
set_label(doc *d, int kind, const line *l)
{
	rncp_record *r = d->rec;
	rncp_coded *c = kind == 'n' ? &r->nsf[r->nnsf - 1]
	                : kind == 'f' ? &r->formacodes[r->nformacodes - 1] : &r->rome[r->nrome - 1];
	char *t = clean_text(d, l->s, l->len);

	if (t != NULL && t[0] != '\0')
		c->label = t;
}

static size_t inline_entries(doc *d, const char *s, size_t n, int kind);

/* Whether the entry s[0..n) is its code alone, a list's sign and a
 * label sign aside ("- M1801", "326n :", OCR's "M18O4 :") */
static int
code_alone(const char *s, size_t n)
{
	size_t k = item_marker(s, n), digit = n; /* the token's last digit */

	for (; k < n && s[k] != ' ' && s[k] != ':' && s[k] != '|'; k++)
		if (s[k] >= '0' && s[k] <= '9')
			digit = k;
	/* a label glued to the code ("M1607Secrétariat") is no code alone;
	 * an NSF code's function letter is ("326n") */
	if (digit < n && k - digit > 2)
		return 0;
	while (k < n && (s[k] == ' ' || s[k] == ':' || s[k] == '|' || s[k] == '-'))
		k++;
	return k == n;
}

/* Whether s[0..n) opens with a word between dashes, "-HSE-" (ROME's
 * labels write so), not an item's dash ("- M1801", "-M1801"). */
static int
dashed_word(const char *s, size_t n)
{
	size_t k = 1;

	while (k < n && ((s[k] >= 'A' && s[k] <= 'Z') || (s[k] >= 'a' && s[k] <= 'z')))
		k++;
	return k >= 3 && k < n && s[k] == '-' && (k + 1 == n || s[k + 1] == ' ');
}

size_t
extract_code_list(doc *d, size_t from, int kind)
{
	size_t i, blanks = 0, found = 0, before;
	int added = 0; /* the last entry was added to the list */
	int bare = 0;  /* and its code stood alone on its line */

	for (i = from; i < d->nlines && found < 100; i++) {
		const line *l = &d->lines[i];
		unsigned char c0 = l->len ? (unsigned char)l->s[0] : 0;
		if (l->len == 0) {
			if (++blanks > 3)
				break;
			continue;
		}
		before = list_len(d, kind);
		if (inline_entries(d, l->s, l->len, kind)) {
			blanks = 0;
			found++;
			added = list_len(d, kind) > before;
			bare = added && code_alone(l->s, l->len);
			continue;
		}
		/* its label on the next line, a blank line between them aside:
		 * a capital first, no sentence */
		if (bare && blanks <= 1 && l->len < 160 && ((c0 >= 'A' && c0 <= 'Z') || c0 == 0xC3) &&
		    l->s[l->len - 1] != '.' && memmem(l->s, l->len, ". ", 2) == NULL &&
		    !line_is_heading(l) && !url_start(l->s, l->len)) {
			set_label(d, kind, l);
			bare = 0;
			blanks = 0;
			continue;
		}
		/* "d'information": a label cut at the line end, right after its
		 * entry, starts in lower case (or with a bracket before it:
		 * "(organisation, gestion)").  Only when that entry was added:
		 * an entry left out (an unknown NSF group, a repeat) has no
		 * label to continue (the list could be empty: fuzz crash
		 * dbd3f93) */
		if (c0 == '(' && l->len > 1)
			c0 = (unsigned char)l->s[1];
		/* or with a word between dashes ("-HSE- industriels"), which
		 * no item's dash is */
		if (c0 == '-' && dashed_word(l->s, l->len))
			c0 = 'a';
		if (found > 0 && added && blanks == 0 && l->len < 200 &&
		    ((c0 >= 'a' && c0 <= 'z') || c0 == 0xC3) && !line_is_heading(l) &&
		    !url_start(l->s, l->len)) { /* the legacy fiches link each ROME page */
			append_label(d, kind, l);
			continue;
		}
		break;
	}
	return found;
}

static const struct list_heading {
	int kind;
	const char *prefix;
} list_headings[] = {
    {'n', "code(s) nsf"}, {'n', "codes nsf"}, {'n', "code nsf"}, {'n', "nsf"}, {'n', "nomenclature nsf"},
    /* OCR's readings of "Code(s)": a bracket lost */
    {'n', "codes) nsf"}, {'n', "code(s nsf"},
    {'f', "formacode(s)"}, {'f', "formacodes"}, {'f', "formacode"},
    {'f', "code(s) formacode"}, {'f', "code formacode"},
    {'r', "code(s) rome"}, {'r', "codes rome"}, {'r', "code rome"},
    {'r', "codes) rome"}, {'r', "code(s rome"},
    {'r', "codes des fiches rome"}, {'r', "fiche(s) rome"}, {'r', "fiches rome"},
    {'r', "rome"},
};

/* The first bytes of list_headings: a line folded by segment_lines that
 * starts with another byte is none of them.  Filled once. */
static unsigned char list_first[256];

/* Length of the code of this kind that s[0..n) starts with, when a label
 * sign, a comma or the end follows it ("326n |", "M1501,", "31006 :"),
 * else 0. */
/* The end of the code of this kind at s[i] ("326n", "31006", "M1801"),
 * its NSF function letter taken when letter_ok says so, or 0. */
static size_t
code_digits_end(const char *s, size_t i, size_t n, int kind)
{
	size_t k = i + (kind == 'r'), digits = kind == 'n' ? 3 : kind == 'f' ? 5 : 4;

	if (kind == 'r' && (i >= n || s[i] < 'A' || s[i] > 'N'))
		return 0;
	while (k < n && s[k] >= '0' && s[k] <= '9')
		k++;
	return k - i - (kind == 'r') == digits ? k : 0;
}

static size_t
inline_code(const char *s, size_t n, int kind)
{
	size_t k = code_digits_end(s, 0, n, kind);

	if (k == 0)
		return 0;
	/* an NSF code's function letter: "326n" */
	if (kind == 'n' && k < n && s[k] >= 'a' && s[k] <= 'z' &&
	    (k + 1 == n || strchr(" :,|", s[k + 1]) != NULL))
		k++;
	if (k == n || s[k] == ',' || s[k] == ';')
		return k;
	while (k < n && s[k] == ' ')
		k++;
	/* (or its label in brackets: "M1802 (Conseil et maîtrise d'ouvrage
	 * en SI), M1801 (...)") */
	return k < n && (s[k] == ':' || s[k] == '|' || s[k] == ',' || (s[k] == '(' && k > 0 && s[k - 1] == ' ') ||
	                 (s[k] == '-' && k + 1 < n && s[k + 1] == ' '))
	           ? k
	           : 0;
}

/*
 * The entries written after a list's heading on its own line: one
 * ("Code(s) NSF 315t : Etablissement de la paie"), or several, each from
 * its code to the next ("Codes NSF 326n | Analyse ... 326t | Programmation
 * ...", "Code(s) ROME : M1501, M1203").  Returns how many were read.
 */
/* Whether a code of this kind starts at s + i, glued to the label before
 * it and to its own: "marine31870Navigation", "maritimeN3102Equipage". */
static int
glued_code(const char *s, size_t i, size_t n, int kind)
{
	size_t k;
	unsigned char c, p = i > 0 ? (unsigned char)s[i - 1] : 0;

	/* at the start, or after a letter (an accented one's last byte) */
	if (i > 0 && !((p | 0x20) >= 'a' && (p | 0x20) <= 'z') && p < 0x80 && p != ')')
		return 0;
	if ((k = code_digits_end(s, i, n, kind)) == 0)
		return 0;
	if (kind == 'n' && k < n && s[k] >= 'a' && s[k] <= 'z')
		k++;
	c = k < n ? (unsigned char)s[k] : 0;
	return (c >= 'A' && c <= 'Z') || (c == 0xC3 && k + 1 < n && (unsigned char)s[k + 1] < 0xA0);
}

/* Whether a known code of this kind starts at s + i, a blank and its
 * label's capital after it: a legacy fiche's "326 Informatique, traitement
 * de l'information, réseaux de transmission, 310 Spécialités
 * plurivalentes ...", several entries on a line, a comma apart. */
static int
spaced_code(const char *s, size_t i, size_t n, int kind)
{
	char code[8];
	size_t k = code_digits_end(s, i, n, kind), cl = kind == 'n' ? 3 : 5; /* NSF's group */

	if (k == 0)
		return 0;
	if (kind == 'n' && k < n && s[k] >= 'a' && s[k] <= 'z')
		k++;
	if (k + 2 >= n || s[k] != ' ' || !upper_start(s + k + 1, n - k - 1))
		return 0;
	memcpy(code, s + i, cl);
	code[cl] = '\0';
	return kind == 'n' ? nsf_group_lookup(code) != NULL : kind == 'r' ? rome_lookup(code) != NULL : 1;
}

/* Whether s[i..e) is "et", "·" or "/": a word that joins two codes. */
static int
code_joint(const char *s, size_t i, size_t e)
{
	return (e - i == 2 && s[i] == 'e' && s[i + 1] == 't') || (e - i == 2 && memcmp(s + i, "\xC2\xB7", 2) == 0) ||
	       (e - i == 1 && s[i] == '/');
}

/* Whether a code of this kind starts at s + i and "et", "·" or "/" joins
 * it to another, its label in brackets maybe: "Codes NSF : 332 et 344.",
 * "326n (Informatique) · 326t (Programmation)". */
static int
joined_code(const char *s, size_t i, size_t n, int kind)
{
	size_t k, b, e;

	if ((i > 0 && s[i - 1] != ' ') || (k = code_digits_end(s, i, n, kind)) == 0)
		return 0;
	if (kind == 'n' && k < n && s[k] >= 'a' && s[k] <= 'z')
		k++;
	if (k < n && strchr(" .,;", s[k]) == NULL)
		return 0;
	/* the word before it */
	for (e = i; e > 0 && s[e - 1] == ' '; e--)
		;
	for (b = e; b > 0 && s[b - 1] != ' '; b--)
		;
	if (e < i && code_joint(s, b, e))
		return 1;
	/* or after it, past its label in brackets */
	while (k < n && s[k] == ' ')
		k++;
	if (k < n && s[k] == '(') {
		const char *c = memchr(s + k, ')', n - k);
		if (c == NULL)
			return 0;
		for (k = (size_t)(c - s) + 1; k < n && s[k] == ' '; k++)
			;
	}
	for (e = k; e < n && s[e] != ' '; e++)
		;
	return e < n && code_joint(s, k, e);
}

/* Does an entry of this kind start at s + i, after a blank or a comma, or
 * glued to the label before it, or joined to another ("332 et 344")? */
static int
entry_start(const char *s, size_t i, size_t n, int kind)
{
	/* (after a blank, a comma, or an HTML line break: "...)<br>M1801") */
	return ((i == 0 || s[i - 1] == ' ' || s[i - 1] == ',' || (s[i - 1] == '>' && i >= 4 && s[i - 4] == '<')) &&
	        inline_code(s + i, n - i, kind)) ||
	       glued_code(s, i, n, kind) ||
	       ((i == 0 || (i >= 2 && s[i - 1] == ' ' && (s[i - 2] == ',' || s[i - 2] == ';'))) &&
	        spaced_code(s, i, n, kind)) ||
	       joined_code(s, i, n, kind);
}

static size_t
inline_entries(doc *d, const char *s, size_t n, int kind)
{
	size_t i, start = 0, found = 0, starts = 0;

	/* a code starts with a digit, or a ROME code's letter A-N */
	for (i = 0; i < n; i++)
		if ((s[i] >= '0' && s[i] <= '9') || (kind == 'r' && s[i] >= 'A' && s[i] <= 'N'))
			starts += (size_t)entry_start(s, i, n, kind);
	if (starts < 2)
		return (size_t)code_entry(d, s, n, kind);
	for (i = 1; i <= n; i++) {
		size_t e = i;
		if (i < n && (!((s[i] >= '0' && s[i] <= '9') || (kind == 'r' && s[i] >= 'A' && s[i] <= 'N')) ||
		              !entry_start(s, i, n, kind)))
			continue;
		while (e > start && (s[e - 1] == ' ' || s[e - 1] == ',' || s[e - 1] == ';'))
			e--;
		if (e >= start + 4 && memcmp(s + e - 4, "<br>", 4) == 0)
			e -= 4;
		/* (and the word that joins it to this one) */
		if (i < n && e > start + 2 && joined_code(s, i, n, kind)) {
			size_t b = e;
			while (b > start && s[b - 1] != ' ')
				b--;
			if (code_joint(s, b, e))
				for (e = b; e > start && s[e - 1] == ' '; e--)
					;
		}
		found += (size_t)code_entry(d, s + start, e - start, kind);
		start = i;
	}
	return found;
}

void
extract_lists(doc *d)
{
	int done[128] = {0};
	size_t i, h;

	if (!list_first[(unsigned char)list_headings[0].prefix[0]])
		for (h = 0; h < ARRAY_LEN(list_headings); h++)
			list_first[(unsigned char)list_headings[h].prefix[0]] = 1;
	for (i = 0; i < d->nlines; i++) {
		const line *l = &d->lines[i];
		line t;
		/* a republished page's dashed list: "- Code(s) NSF 315t : ...";
		 * a Markdown table's row: "| Code(s) NSF | 333 ... |" */
		if (l->len > 2 && (l->s[0] == '-' || l->s[0] == '|') && l->s[1] == ' ' && l->f != NULL &&
		    l->f[0] == l->s[0] && l->flen > 2 && list_first[(unsigned char)l->f[2]]) {
			t = *l;
			t.s += 2, t.len -= 2;
			t.f += 2, t.flen -= 2;
			l = &t;
		}
		if (l->len == 0 || l->len > 400 || (l->f != NULL && !list_first[(unsigned char)l->f[0]]))
			continue;
	again:
		for (h = 0; h < ARRAY_LEN(list_headings); h++) {
			int kind = list_headings[h].kind;
			const char *colon, *next, *stop;
			size_t n = 0, plen;
			if (done[kind] || !line_starts_folded(l, list_headings[h].prefix))
				continue;
			plen = strlen(list_headings[h].prefix);
			/* another list's label on the line, a dash before it
			 * ("Code NSF: 326t - Code ROME: M1805. - ..."): this
			 * list's entries end there, that one is read after */
			next = plen < l->len ? memmem(l->s + plen, l->len - plen, " - Code", 7) : NULL;
			/* (the last one's up to a sentence's end before more of
			 * a page's facts: "M1805. - Date de publication ...") */
			if (next == NULL && l == &t && t.f == NULL && plen < t.len &&
			    (stop = memmem(t.s + plen, t.len - plen, ". - ", 4)) != NULL)
				t.len = (size_t)(stop - t.s);
			if (next != NULL) {
				t = *l;
				t.len = (size_t)(next - l->s);
				while (t.len > 0 && (t.s[t.len - 1] == '.' || t.s[t.len - 1] == ' '))
					t.len--;
				l = &t;
			}
			/* entries may follow the heading on its own line, after
			 * its colon or right after its words */
			colon = memchr(l->s, ':', l->len);
			/* (an ASCII prefix: its folded form is as long) */
			if (plen < l->len && l->s[plen] == ' ' && all_ascii(l->s, plen)) {
				const char *rest = l->s + plen;
				size_t rl = l->len - plen;
				while (rl > 0 && (*rest == ' ' || *rest == ':' || *rest == '|'))
					rest++, rl--;
				if (rl > 0 && (inline_code(rest, rl, kind) || spaced_code(rest, 0, rl, kind)))
					colon = rest - 1;
			}
			if (colon != NULL) {
				const char *rest = colon + 1;
				size_t rl = l->len - (size_t)(rest - l->s);
				while (rl > 0 && *rest == ' ')
					rest++, rl--;
				if (rl > 0)
					n += inline_entries(d, rest, rl, kind);
			}
			if (next == NULL)
				n += extract_code_list(d, i + 1, kind);
			if (n > 0)
				done[kind] = 1;
			if (next != NULL) {
				const char *end = d->lines[i].s + d->lines[i].len;
				t.s = next + 3;
				t.len = (size_t)(end - t.s);
				t.f = NULL; /* (folded when tested) */
				t.flen = 0;
				l = &t;
				goto again;
			}
			break;
		}
	}
}

/* ---- code ---- */

/* "Code RNCP : 5018", or with the prefix said again: "Code RNCP : RNCP40743" */
/* Between a code's prefix and its number: "RNCP37454", "RNCP 37454",
 * "RNCP-37454", "RNCP n° 37454" */
#define CODE_SEP "(?:\\s?-\\s?|\\s*n\\s*°\\s*|\\s)?"
static rx rx_code_cncp = {"\\bCode\\s+(RNCP|RS)\\s*[:|]?\\s*(?:RNCP|RS)?\\s?(\\d{2,6})(?!\\d)", PCRE2_CASELESS, NULL};
/* or a label "Code" alone, the prefix in its value ("**Code** :
 * RNCP37674", notes' Markdown); anchored: one try a line */
static rx rx_code_label = {"^[-*\\x{2022} ]{0,3}Code\\s*:\\s*(RNCP|RS)" CODE_SEP "(\\d{2,6})(?!\\d|BC)",
                           PCRE2_CASELESS, NULL};
/* "N° de fiche RNCP37454", "Numéro de fiche : RNCP 37454" */
static rx rx_code_fiche = {"(?:N\\s*°|Num[ée]ro)\\s*de\\s+(?:la\\s+)?fiche\\s*[:|]?\\s*(RNCP|RS)" CODE_SEP "(\\d{2,6})(?!\\d)",
                           PCRE2_CASELESS, NULL};
static rx rx_code_cut = {"\\bCode\\s+(?:RNCP|RS)\\s*:?$", PCRE2_CASELESS, NULL};
static rx rx_code_alone = {"^(RNCP|RS)" CODE_SEP "(\\d{2,6})(?!\\d|BC)", 0, NULL};
/* the number and title under a line "RNCP" alone: "37676- DE – Educateur" */
static rx rx_code_tail = {"^(\\d{2,6})\\s*[-:\\x{2013}\\x{2014}]\\s*(.{3,250})$", 0, NULL};
/* a republished page's "Certification RNCP37173" */
static rx rx_code_named = {"^(?:Certification|Fiche)\\s+(RNCP|RS)" CODE_SEP "(\\d{2,6})(?!\\d|BC)", 0, NULL};

/* Does the line hold a "°" (C2 B0)?  memchr, cheaper than memmem on a
 * short line. */
static int
has_degree(const line *l)
{
	const char *p = l->s, *end = l->s + l->len;

	while ((p = memchr(p, 0xC2, (size_t)(end - p))) != NULL && ++p < end)
		if ((unsigned char)*p == 0xB0)
			return 1;
	return 0;
}

static int
set_code(doc *d, const char *prefix, const char *digits, size_t n)
{
	char *c = arena_printf(d->arena, "%s%.*s", prefix, (int)n, digits);

	if (c == NULL)
		return 0;
	d->rec->code = c;
	return 1;
}

int
code_split(doc *d, size_t i, char **title)
{
	const line *l = &d->lines[i], *n;
	size_t ov[OV];

	if (!((l->len == 4 && memcmp(l->s, "RNCP", 4) == 0) || (l->len == 2 && memcmp(l->s, "RS", 2) == 0)) ||
	    i + 1 >= d->nlines)
		return 0;
	n = &d->lines[i + 1];
	if (n->len == 0 || !rx_match(&rx_code_tail, n->s, n->len, ov, OV))
		return 0;
	if (title != NULL)
		return rec_set(d, title, n->s + ov[4], ov[5] - ov[4]) == 0;
	return set_code(d, l->len == 2 ? "RS" : "RNCP", n->s + ov[2], ov[3] - ov[2]);
}

int
extract_code_stated(doc *d)
{
	size_t i, j, ov[OV];
	char pre[5];

	for (i = 0; i < d->nlines; i++) {
		const line *l = &d->lines[i];
		if (l->len == 0 || l->len > 300)
			continue;
		/* the patterns need "code" (caseless, ASCII letters: then in
		 * the folded line too) or a "°" */
		int code = line_contains_folded(l, "code");
		if ((code && (rx_match(&rx_code_cncp, l->s, l->len, ov, OV) ||
		              rx_match(&rx_code_label, l->s, l->len, ov, OV))) ||
		    ((has_degree(l) || line_starts_folded(l, "numero de")) &&
		     rx_match(&rx_code_fiche, l->s, l->len, ov, OV))) {
			snprintf(pre, sizeof(pre), "%.*s", (int)(ov[3] - ov[2]), l->s + ov[2]);
			pre[1] = pre[1] == 's' ? 'S' : pre[1];
			for (j = 0; pre[j]; j++)
				pre[j] = (char)(pre[j] >= 'a' ? pre[j] - 32 : pre[j]);
			return set_code(d, pre, l->s + ov[4], ov[5] - ov[4]);
		}
		/* "... Code RNCP :" wrapped before its number: the line's end
		 * and the next line's start (a blank line between them aside),
		 * read as one */
		j = i + 1 < d->nlines && d->lines[i + 1].len == 0 ? i + 2 : i + 1;
		if (code && j < d->nlines && d->lines[j].len > 0 &&
		    strchr("PpSs:", l->s[l->len - 1]) != NULL &&
		    rx_match(&rx_code_cut, l->s, l->len, NULL, 0)) {
			char two[64];
			const line *nx = &d->lines[j];
			/* whole characters (the regexes take valid UTF-8 only):
			 * the line's last 24 bytes or a few more, the next
			 * line's first 24 or a few fewer */
			size_t a = utf8_boundary(l->s, l->len < 24 ? 0 : l->len - 24);
			size_t b = utf8_boundary(nx->s, nx->len < 24 ? nx->len : 24);
			int n = snprintf(two, sizeof(two), "%.*s %.*s", (int)(l->len - a), l->s + a, (int)b, nx->s);
			if (n > 0 && rx_match(&rx_code_cncp, two, (size_t)n, ov, OV))
				return set_code(d, (ov[3] - ov[2] == 2) ? "RS" : "RNCP", two + ov[4], ov[5] - ov[4]);
		}
		/* "N° de fiche" alone, the code on the next line */
		if (line_starts_folded(l, "n° de fiche") || line_starts_folded(l, "numero de fiche")) {
			for (j = i + 1; j < d->nlines && j < i + 3; j++) {
				const line *n = &d->lines[j];
				if (n->len && rx_match(&rx_code_alone, n->s, n->len, ov, OV))
					return set_code(d, ov[3] - ov[2] == 2 ? "RS" : "RNCP",
					                 n->s + ov[4], ov[5] - ov[4]);
			}
		}
	}
	/* a page header or a republished row that starts with the code
	 * (rx_code_alone starts with R: the first byte first), not the
	 * fiche that replaces this one */
	for (i = 0; i < d->nlines && i < 40; i++) {
		const line *l = &d->lines[i];
		if (code_split(d, i, NULL))
			return 1;
		if (l->len && (l->s[0] == 'R' || l->s[0] == 'C' || l->s[0] == 'F') &&
		    memchr(l->s, '|', l->len) == NULL &&
		    rx_match(l->s[0] == 'R' ? &rx_code_alone : &rx_code_named, l->s, l->len, ov, OV) &&
		    !line_cites_other_fiche(d, i))
			return set_code(d, ov[3] - ov[2] == 2 ? "RS" : "RNCP", l->s + ov[4],
			                ov[5] - ov[4]);
	}
	return 0;
}

static rx rx_bloc_head = {"^(RNCP|RS)(\\d{2,6})BC\\d{1,3}\\s*[-:\\x{2013}\\x{2014}]", 0, NULL};

/* A line that starts with the code of a bloc ("RNCP37454BC02 ..."):
 * the fiche part of the code, and whether the line is a bloc heading. */
typedef struct bloc_line {
	const char *s;
	size_t n;        /* length of the fiche part, "RNCP37454" */
	size_t index;    /* line number */
	int heading;
} bloc_line;

/* Order by code, then by line. */
static int
bloc_line_cmp(const void *a, const void *b)
{
	const bloc_line *x = a, *y = b;
	int c;

	if (x->n != y->n)
		return x->n < y->n ? -1 : 1;
	c = memcmp(x->s, y->s, x->n);
	if (c != 0)
		return c;
	return x->index < y->index ? -1 : x->index > y->index;
}

static int
same_code(const bloc_line *x, const bloc_line *y)
{
	return x->n == y->n && memcmp(x->s, y->s, x->n) == 0;
}

/* Length of "RNCP123" or "RS123" when the line goes on with "BC", else 0. */
static size_t
bloc_code_prefix(const line *l)
{
	size_t d = code_prefix(l);

	return d > 0 && d + 2 <= l->len && memcmp(l->s + d, "BC", 2) == 0 ? d : 0;
}

int
extract_code_from_blocs(doc *d)
{
	/*
	 * The fiche's own blocs are headings (no table bars); correspondence
	 * tables cite other fiches' blocs inside | rows.  The code is the one
	 * whose first bloc heading is followed by the most lines that start
	 * with its bloc codes.  Counted by sorting the lines by code, not by
	 * rescanning the rest of the text for each heading: that was
	 * quadratic (tests/pathological.py, case "bloc-headings").
	 */
	size_t i, ov[OV], n = 0, cap = 0, g, e;
	bloc_line *v = NULL;
	const bloc_line *best = NULL;
	size_t bestcount = 0;

	for (i = 0; i < d->nlines; i++) {
		const line *l = &d->lines[i];
		size_t k = bloc_code_prefix(l);
		if (k == 0 || memchr(l->s, '|', l->len) != NULL)
			continue;
		if (vec_reserve((void **)&v, &cap, n, sizeof(*v)) != 0)
			break;
		v[n].s = l->s;
		v[n].n = k;
		v[n].index = i;
		v[n].heading = l->len <= 1000 && rx_match(&rx_bloc_head, l->s, l->len, ov, OV);
		n++;
	}
	if (n > 0)
		qsort(v, n, sizeof(*v), bloc_line_cmp);
	for (g = 0; g < n; g = e) {
		size_t h = (size_t)-1;
		for (e = g; e < n && same_code(&v[g], &v[e]); e++)
			if (h == (size_t)-1 && v[e].heading)
				h = e;
		/* lines of this code from its first heading on; ties go to the
		 * code whose heading comes first */
		if (h != (size_t)-1 && (e - h > bestcount ||
		                        (e - h == bestcount && v[h].index < best->index))) {
			best = &v[h];
			bestcount = e - h;
		}
	}
	if (best != NULL) {
		d->rec->code = arena_strndup(d->arena, best->s, best->n);
		rec_warn(d, "code %s read from the codes of its blocs (the fiche does not state it)",
		         d->rec->code);
	}
	free(v);
	return best != NULL && d->rec->code != NULL;
}

/* The one fiche code the text names, "RNCP" then its number, anywhere
 * in a line and without a label: a page that republishes a fiche's facts
 * in its own words ("enregistrée au RNCP (RNCP n°36147)", "Diplôme
 * d'État – Niveau 6 – RNCP37679", "• RNCP36542", "enregistré au RNCP
 * sous le numéro 38575").  Two numbers, or one
 * said as the fiche that replaces this one: none. */
int
extract_code_mentioned(doc *d)
{
	size_t i, found_n = 0;
	const char *found = NULL;

	for (i = 0; i < 2 * d->nlines; i++) {
		/* (each line twice: "RNCP", then "rncp" as a page's heading in
		 * small letters has it, "# Résumé rncp 37674") */
		const line *l = &d->lines[i % d->nlines];
		const char *p = l->s, *end = l->s + l->len;
		int checked = 0; /* after_replaced_by() read, once a line */
		while ((p = memmem(p, (size_t)(end - p), i < d->nlines ? "RNCP" : "rncp", 4)) != NULL) {
			const char *q = p + 4, *num;
			size_t n;
			int boundary = p == l->s || !(isalnum((unsigned char)p[-1]) || (unsigned char)p[-1] >= 0x80);
			p += 4;
			/* "RNCP37679", "RNCP 37121", "RNCP n°35832", "RNCP : 36004",
			 * "RNCP-4496" */
			while (q < end && (*q == ' ' || *q == ':' || *q == '-'))
				q++;
			/* "enregistré au RNCP sous le numéro 38575", "au
			 * Répertoire ... (RNCP) sous le n° 38575" */
			{
				const char *r = q + (q < end && *q == ')');
				while (r < end && *r == ' ')
					r++;
				if (end - r > 12 && memcmp(r, "sous le num", 11) == 0) {
					for (r += 11; r < end && *r != ' '; r++)
						;
					while (r < end && *r == ' ')
						r++;
					q = r;
				} else if (end - r > 8 && memcmp(r, "sous le n", 9) == 0) {
					q = r + 8;
				}
			}
			if (q + 1 < end && (*q == 'n' || *q == 'N') && (q[1] == ' ' || (unsigned char)q[1] == 0xC2)) {
				q++;
				while (q < end && *q == ' ')
					q++;
				if (q + 1 < end && (unsigned char)q[0] == 0xC2 && (unsigned char)q[1] == 0xB0)
					q += 2;
				while (q < end && *q == ' ')
					q++;
			}
			for (num = q; q < end && *q >= '0' && *q <= '9'; q++)
				;
			n = (size_t)(q - num);
			if (!boundary || n < 2 || n > 6 || (q < end && (isalnum((unsigned char)*q) || *q == '_')))
				continue; /* (not a bloc's "RNCP37454BC01" either) */
			if (!checked++ && after_replaced_by(d, i % d->nlines))
				return 0;
			if (found != NULL && (n != found_n || memcmp(num, found, n) != 0))
				return 0;
			found = num;
			found_n = n;
		}
	}
	if (found == NULL || !set_code(d, "RNCP", found, found_n))
		return 0;
	rec_warn(d, "code %s read from the text (no label states it)", d->rec->code);
	return 1;
}

/* ---- title ---- */

/* (not a CCP's name: "Le certificat de compétences professionnelles n° 3
 * « Réaliser des ouvrages ... » est commun aux titres de ...") */
#define TITLE_WORDS "(titre|certification|dipl[ôo]me|certificat(?!\\s+de\\s+comp)|intitul[ée]|licence|bachelor|master|CQP|BTS|mention|(?-i:\\bCAP\\b))"
static rx rx_guillemets = {TITLE_WORDS "[^«»]{0,60}«\\s*([^«»]{3,200}?)\\s*»", PCRE2_CASELESS, NULL};
/* the same in straight or curly double quotes: Le titre de "Directeur ..." */
static rx rx_quoted = {TITLE_WORDS "[^\"\\x{201C}\\x{201D}«»]{0,60}[\"\\x{201C}]\\s*([^\"\\x{201C}\\x{201D}«»]{3,200}?)\\s*[\"\\x{201D}]",
                       PCRE2_CASELESS, NULL};

void
title_capitalize(char *t)
{
	if (t != NULL && t[0] >= 'a' && t[0] <= 'z')
		t[0] = (char)(t[0] - 32);
	else if (t != NULL && (unsigned char)t[0] == 0xC3 && (unsigned char)t[1] >= 0xA0 &&
	         (unsigned char)t[1] <= 0xBE && (unsigned char)t[1] != 0xB7) /* not ÷ */
		t[1] = (char)(t[1] - 0x20);
}

int
page_label(const char *t)
{
	static const char *const labels[] = {"l'essentiel", "active", "inactive", "n° de fiche", "abrege",
	                                     "resume de la certification", "nomenclature du niveau de qualification"};
	char f[64];
	size_t k, n = strlen(t);

	if (n >= 48)
		return 0;
	fold_into(t, n, f, sizeof(f));
	for (k = 0; k < ARRAY_LEN(labels); k++)
		if (strcmp(f, labels[k]) == 0)
			return 1;
	return 0;
}

/* Is s[0..n) a fiche's code and nothing else: "RNCP37680", "RNCP n°
 * 37674", "RS5678"? */
static int
only_code(const char *s, size_t n)
{
	size_t ov[OV];

	return n >= 4 && s[0] == 'R' && rx_match(&rx_code_alone, s, n, ov, OV) && ov[1] == n;
}

/* Where t[0..n) ends once the fiche's code after it goes ("X
 * (RNCP37680)", "X - RNCP 35210"): the byte before the blank that opens
 * the code's bracket or dash; n when no code ends it. */
static size_t
title_before_code(const char *t, size_t n)
{
	size_t i;

	if (n > 8 && t[n - 1] == ')') {
		for (i = n - 1; i > 0 && t[i - 1] != '(' && n - i < 24; i--)
			;
		if (i > 2 && t[i - 1] == '(' && t[i - 2] == ' ' && only_code(t + i, n - 1 - i))
			return i - 2;
	}
	for (i = n; i > 3 && n - i < 24; i--) {
		/* (the dash that ends before the blank at t[i - 1]) */
		size_t dl = t[i - 2] == '-' ? 1 : i > 4 && dash_at(t + i - 4, 3) == 3 ? 3 : 0;
		if (t[i - 1] == ' ' && dl > 0 && i > dl + 2 && t[i - 2 - dl] == ' ' && only_code(t + i, n - i))
			return i - 2 - dl;
	}
	return n;
}

void
title_tidy(char *t)
{
	static const char *const prefixes[] = {"titre professionnel : ", "titre professionnel - ",
	                                       "tp : titre professionnel ", "titre professionnel de ",
	                                       "titre professionnel d'", "titre de professionnel de "};
	char f[512];
	size_t n, fn, i, cut;

	if (t == NULL || (n = strlen(t)) + 3 > sizeof(f))
		return;
	fn = fold_into(t, n, f, sizeof(f));
	/* "... (ancien intitulé : Y).", an arrêté's line: the former title
	 * goes, and the full stop */
	for (cut = 0, i = 1; i + 8 < fn; i++)
		if (f[i] == '(' && f[i - 1] == ' ' &&
		    (strncmp(f + i, "(ancien intitule", 16) == 0 || strncmp(f + i, "(anciennement", 13) == 0)) {
			size_t at = 0, fat = 0;
			cut = fold_offset(t, &at, &fat, i - 1); /* the blank before it */
			break;
		}
	if (cut > 0)
		t[n = cut] = '\0';
	while (n > 0 && (t[n - 1] == '.' || t[n - 1] == ' ') && !(n >= 3 && t[n - 2] == '.'))
		t[--n] = '\0';
	t[n = title_before_code(t, n)] = '\0';
	/* the whole title in quotes ('"Technicien(ne) en soudage"', an
	 * older référentiel's cover; "« X »") */
	if (n >= 3 && t[0] == '"' && t[n - 1] == '"' && memchr(t + 1, '"', n - 2) == NULL) {
		memmove(t, t + 1, n - 2);
		t[n -= 2] = '\0';
	} else if (n >= 5 && memcmp(t, "\xC2\xAB", 2) == 0 && memcmp(t + n - 2, "\xC2\xBB", 2) == 0 &&
	           memmem(t + 2, n - 4, "\xC2\xAB", 2) == NULL && memmem(t + 2, n - 4, "\xC2\xBB", 2) == NULL) {
		size_t a = 2, b = n - 2;
		while (a < b && t[a] == ' ')
			a++;
		while (b > a && t[b - 1] == ' ')
			b--;
		memmove(t, t + a, b - a);
		t[n = b - a] = '\0';
	}
	/* "Titre professionnel : X", the old CNCP site's "TP : Titre
	 * professionnel X": the title is X, with a capital as the register
	 * writes it (an arrêté's "Titre professionnel de maçon") */
	for (i = 0; i < ARRAY_LEN(prefixes); i++) {
		size_t pl = strlen(prefixes[i]);
		if (fn > pl && strncmp(f, prefixes[i], pl) == 0 && n > pl) {
			memmove(t, t + pl, n - pl + 1);
			title_capitalize(t);
			return;
		}
	}
	/* "Titre professionnel Technicien en usinage ...": no sign between
	 * them, the title's capital tells where it starts */
	if (fn > 24 && strncmp(f, "titre professionnel ", 20) == 0 && n > 24 &&
	    ((t[20] >= 'A' && t[20] <= 'Z' && !(t[21] >= 'A' && t[21] <= 'Z')) ||
	     ((unsigned char)t[20] == 0xC3 && (unsigned char)t[21] >= 0x80 && (unsigned char)t[21] < 0x9F &&
	      t[22] >= 'a' && t[22] <= 'z')))
		memmove(t, t + 20, n - 20 + 1);
}

#define VOTE_WORDS 32

static char
lower_ascii(char c)
{
	return c >= 'A' && c <= 'Z' ? (char)(c | 0x20) : c;
}

/* The title t[0..n) at text[i..len), without regard to the case of ASCII
 * letters and with any run of blanks and line ends for a blank: the end
 * of the match, 0 when none; where the words of t begin, into at[]; the
 * bytes of t it compared, added to *work. */
static size_t
title_at(const char *text, size_t len, size_t i, const char *t, size_t n, size_t *at,
         size_t *work)
{
	size_t k = 0, w = 0;

	for (; k < n; (*work)++) {
		if (t[k] == ' ') {
			if (i >= len || (text[i] != ' ' && text[i] != '\n' && text[i] != '\t'))
				return 0;
			while (i < len && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t'))
				i++;
			k++;
			continue;
		}
		if (k == 0 || t[k - 1] == ' ')
			at[w++] = i;
		if (i >= len || lower_ascii(text[i]) != lower_ascii(t[k]))
			return 0;
		i++, k++;
	}
	return i;
}

/*
 * OCR reads some capitals and small letters alike (C, O, S, U, V, W, X,
 * Z: the capital is the small letter larger), so a scan's title may come
 * with one capitalised: "Technicien Supérieur systèmes et réseaux".  Such
 * a word of the title t is put small when the title's other words of
 * three letters or more are all small (a title in title case is left
 * alone), and the fiche's text writes the title elsewhere with that word
 * small at least twice, and more often than capitalised.
 */
void
title_case_vote(const char *text, size_t len, char *t)
{
	size_t ws[VOTE_WORDS], at[VOTE_WORDS], small[VOTE_WORDS] = {0}, caps[VOTE_WORDS] = {0};
	size_t n, nw = 0, i, k, end, others = 0, work = 0;
	int cand[VOTE_WORDS] = {0}, any = 0;

	if (t == NULL || text == NULL)
		return;
	n = strlen(t);
	for (i = 0; i < n; i++)
		if ((i == 0 || t[i - 1] == ' ') && t[i] != ' ') {
			if (nw == VOTE_WORDS)
				return;
			ws[nw++] = i;
		}
	for (k = 1; k < nw; k++) {
		size_t wl = strcspn(t + ws[k], " ");
		if (wl < 3)
			continue;
		if (strchr("COSUVWXZ", t[ws[k]]) != NULL && !upper_start(t + ws[k] + 1, wl - 1)) {
			cand[k] = any = 1;
			continue;
		}
		if (upper_start(t + ws[k], wl))
			return; /* a capital of another kind: the capitals are meant */
		others++;
	}
	if (!any || others == 0)
		return;
	/* the comparisons bounded by the text's size: a text of many near
	 * copies of the title's first words votes as far as they allow */
	for (i = 0; i + n <= len && work < 4 * len; i++) {
		unsigned char before = i > 0 ? (unsigned char)text[i - 1] : ' ';
		if (lower_ascii(text[i]) != lower_ascii(t[0]) || word_char(before) ||
		    (before >= '0' && before <= '9'))
			continue;
		if ((end = title_at(text, len, i, t, n, at, &work)) == 0)
			continue;
		for (k = 1; k < nw; k++)
			if (cand[k]) {
				small[k] += text[at[k]] >= 'a' && text[at[k]] <= 'z';
				caps[k] += text[at[k]] >= 'A' && text[at[k]] <= 'Z';
			}
		i = end - 1;
	}
	for (k = 1; k < nw; k++)
		if (cand[k] && small[k] >= 2 && small[k] > caps[k])
			t[ws[k]] = (char)(t[ws[k]] - 'A' + 'a');
}

/* Whether s[0..n) holds a heading's end: a colon, then the line's. */
static int
heading_end_in(const char *s, size_t n)
{
	const char *c;

	for (; (c = memchr(s, ':', n)) != NULL; n -= (size_t)(c + 1 - s), s = c + 1) {
		const char *e = c + 1;
		while (e < s + n && (*e == ' ' || *e == '\t'))
			e++;
		if (e < s + n && *e == '\n')
			return 1;
	}
	return 0;
}

/* Whether the word before the quote that ends s[0..n) is a noun a
 * quote names other than the certification ("le plan « Ma Santé 2022
 * »", "le terme « ... »") or an alias's "ou". */
static int
naming_word_before(const char *s, size_t n)
{
	static const char *const nouns[] = {"plan",    "programme", "projet", "label",  "loi",      "terme",
	                                    "mot",     "mots",      "notion", "concept", "expression", "ou",
	                                    "dispositif", "slogan", "marque", "logiciel", "réforme", "démarche"};
	size_t e = n, b;

	/* back over blanks, the quote (« or a double quote), blanks */
	while (e > 0 && (s[e - 1] == ' ' || s[e - 1] == '\n'))
		e--;
	if (e >= 2 && memcmp(s + e - 2, "\xC2\xAB", 2) == 0)
		e -= 2;
	else if (e >= 3 && memcmp(s + e - 3, "\xE2\x80\x9C", 3) == 0)
		e -= 3;
	else if (e >= 1 && s[e - 1] == '"')
		e--;
	while (e > 0 && (s[e - 1] == ' ' || s[e - 1] == '\n'))
		e--;
	for (b = e; b > 0 && s[b - 1] != ' ' && s[b - 1] != '\n'; b--)
		;
	return e > b && word_in(s + b, e - b, nouns, ARRAY_LEN(nouns));
}

/* Where a search for rx starts: 300 bytes (a match's reach before its
 * first quote) before the first quote q of the text, at a character
 * boundary. */
static int
title_in_quotes(doc *d, rx *re, const char *q)
{
	size_t ov[OV], start;
	int found;

	if (q == NULL)
		return 0;
	start = (size_t)(q - d->text) > 300 ? (size_t)(q - d->text) - 300 : 0;
	while (start > 0 && ((unsigned char)d->text[start] & 0xC0) == 0x80)
		start--;
	/* not across a heading's end: "Objectifs et contexte de la
	 * certification :" names no title quoted under it ("Le terme «
	 * géomatique »", "Le métier de concepteur ou « Game Designer »");
	 * nor what another noun names: "du plan « Ma Santé 2022 »" */
	while ((found = rx_match_at(re, d->text, d->len, start, ov, OV)) &&
	       (heading_end_in(d->text + ov[2], ov[4] - ov[2]) || naming_word_before(d->text + ov[2], ov[4] - ov[2])))
		start = ov[0] + 1; /* (a keyword opens with an ASCII letter) */
	if (!found || rec_set(d, &d->rec->title, d->text + ov[4], ov[5] - ov[4]) != 0)
		return 0;
	title_capitalize(d->rec->title); /* Le titre de "conducteur ..." */
	return 1;
}

int
extract_title_guillemets(doc *d)
{
	const char *q = d->text, *end = d->text + d->len, *dq, *cq;

	/*
	 * Over the whole text: PDF extraction may break the line inside « ».
	 * A match holds a "«" at most 13 + 60 characters (each of 4 bytes at
	 * most) after its start, and it is the first "«" after that start:
	 * no match starts more than 292 bytes before the first "«" of the
	 * text, and none at all without one.  The search starts there (the
	 * pattern looks at nothing before its start), not at every keyword
	 * of a long text without guillemets.  Then the same with double
	 * quotes, straight or curly.
	 */
	while ((q = memchr(q, 0xC2, (size_t)(end - q))) != NULL && q + 1 < end &&
	       (unsigned char)q[1] != 0xAB)
		q++;
	if (q != NULL && q + 1 < end && title_in_quotes(d, &rx_guillemets, q))
		return 1;
	dq = memchr(d->text, '"', d->len);
	cq = memmem(d->text, d->len, "\xE2\x80\x9C", 3);
	return title_in_quotes(d, &rx_quoted, dq == NULL || (cq != NULL && cq < dq) ? cq : dq);
}

/* ---- jobs ---- */

/* A list of jobs on one line, joined by commas: three commas at least,
 * each item short and in capitals first. */
static int
comma_list(const char *s, size_t n)
{
	const char *p = s, *end = s + n, *comma;
	size_t items = 0;

	if (n > 4000)
		return 0;
	for (;; p = comma + 2) {
		comma = memmem(p, (size_t)(end - p), ", ", 2);
		if ((comma ? comma : end) - p > 80 || !((*p >= 'A' && *p <= 'Z') || (unsigned char)*p == 0xC3))
			return 0;
		items++;
		if (comma == NULL)
			break;
	}
	return items >= 4;
}

/* Words a sentence has and a list of job titles has not. */
static int
sentence_words(const char *s, size_t n)
{
	static const char *const verbs[] = {" est ", " sont ", " peut ", " peuvent ", " qui ", " dont ",
	                                    " exerce", " occupe", " travaille", " permet"};
	size_t k;

	for (k = 0; k < ARRAY_LEN(verbs); k++)
		if (memmem(s, n, verbs[k], strlen(verbs[k])) != NULL)
			return 1;
	return 0;
}

/* Whether s[0..n) opens with a word that names a trade, by its ending:
 * "cuisinier", "vendeuse", "animatrice", "fleuriste", "technicien",
 * "gestionnaire", "consultant", "agent" (not "sécurité", "export",
 * "junior", "management"). */
static int
trade_word(const char *s, size_t n)
{
	static const char *const ends[] = {"ier", "i\xC3\xA8re", "eur", "euse", "rice", "iste", "ien", "ienne",
	                                   "aire", "ant", "ante", "ent", "ente"};
	size_t w = 0, i;

	while (w < n && s[w] != ' ' && s[w] != ',')
		w++;
	if (w < 4 || w > 30 || memcmp(s + w - 4, "ment", 4) == 0)
		return 0;
	for (i = 0; i < ARRAY_LEN(ends); i++) {
		size_t l = strlen(ends[i]);
		if (w > l && memcmp(s + w - l, ends[i], l) == 0)
			return 1;
	}
	return 0;
}

/* Whether s[0..n) is job titles a comma apart, the first capitalised, the
 * others maybe not ("Chef de chantier second œuvre, responsable de
 * chantier second œuvre, conducteur de travaux second œuvre."): three at
 * least, each of ten words at most, no sentence. */
static int
small_comma_list(const char *s, size_t n)
{
	const char *p = s, *end = s + n, *comma;
	size_t items = 0;
	int titles = 0; /* an item after the first of two words, or a trade's */

	if (n > 2000 || !((*s >= 'A' && *s <= 'Z') || (unsigned char)*s == 0xC3) || memmem(s, n, ", ", 2) == NULL ||
	    memchr(s, ':', n) != NULL || memchr(s, '(', n) != NULL)
		return 0;
	for (;; p = comma + 2) {
		const char *e;
		size_t words = 1;
		comma = memmem(p, (size_t)(end - p), ", ", 2);
		e = comma ? comma : end;
		if (e - p > 80 || e == p)
			return 0;
		if (items > 0 && !titles)
			titles = memchr(p, ' ', (size_t)(e - p)) != NULL || trade_word(p, (size_t)(e - p));
		for (; p < e; p++)
			words += *p == ' ';
		if (words > 10)
			return 0;
		items++;
		if (comma == NULL)
			break;
	}
	/* (not one title's variants: "Développeur full-stack, back-end,
	 * IOS, C/C+…") */
	if (items < 2 || sentence_words(s, n) || !titles)
		return 0;
	/* or two that open with the same word: "Développeur
	 * d'applications, développeur informatique"; or the second with
	 * a word that names a trade: "Commis de cuisine, cuisinier" */
	if (items == 2) {
		const char *c = memmem(s, n, ", ", 2), *w = memchr(s, ' ', (size_t)(c - s));
		size_t wl = w != NULL ? (size_t)(w - s) : 0;
		return (wl >= 4 && c + 2 + wl < end && strncasecmp(s, c + 2, wl) == 0 && c[2 + wl] == ' ') ||
		       trade_word(c + 2, (size_t)(end - c - 2));
	}
	return items >= 3;
}

/* The titles of s[0..n) a comma apart, each a job. */
static void
comma_titles(doc *d, const char *s, size_t n)
{
	const char *comma;

	while ((comma = memmem(s, n, ", ", 2)) != NULL) {
		rec_add_job(d, s, (size_t)(comma - s));
		n -= (size_t)(comma - s) + 2;
		s = comma + 2;
	}
	rec_add_job(d, s, n);
}

int
opens_article(const char *s, size_t n)
{
	static const char *const w[] = {"le ", "la ", "les ", "l'", "l\xE2\x80\x99", "un ", "une ", "des ", "du ",
	                                "de ", "d'", "d\xE2\x80\x99", "dans ", "en ", "au ", "aux ", "\xC3\xA0 ",
	                                "pour ", "sur ", "par ", "avec ", "chez ", "ou ", "et "};
	size_t k;

	if (n < 2)
		return 0;
	for (k = 0; k < ARRAY_LEN(w); k++) /* (first bytes first: most items open with none) */
		if ((w[k][0] | 0x20) == (s[0] | 0x20) && n >= strlen(w[k]) && strncasecmp(s, w[k], strlen(w[k])) == 0)
			return 1;
	return 0;
}

/*
 * Jobs a paragraph of prose names as examples ("... L'intitulé des postes
 * occupés est ainsi souvent formé ... Par exemple : Chef de projet en SI,
 * chargé de projet innovation, Responsable qualité, etc. Quel que soit
 * ..."): the titles a comma apart after "exemple :" or "exemple,", up to
 * "etc." or the sentence's end, none opening with an article or a
 * preposition.  Returns how many were added.
 */
static size_t
jobs_for_example(doc *d, const char *s, size_t n)
{
	const char *p = s, *end = s + n, *a, *q, *c;
	size_t added = 0;
	char *cap;

	while ((p = memmem(p, (size_t)(end - p), "xemple", 6)) != NULL) {
		p += 6;
		if ((size_t)(p - s) < 7 || (p[-7] != 'e' && p[-7] != 'E'))
			continue;
		if (p < end && *p == ' ')
			p++;
		if (p >= end || (*p != ':' && *p != ','))
			continue;
		for (a = p + 1; a < end && *a == ' '; a++)
			;
		/* [a, p): up to "etc.", a full stop or a semicolon (the next
		 * search after it: linear on a long line) */
		for (p = a; p < end && *p != ';' && !(*p == '.' && (p + 1 == end || p[1] == ' ')); p++)
			;
		if ((q = memmem(a, (size_t)(p - a), " etc", 4)) != NULL)
			p = q;
		while (p > a && (p[-1] == ' ' || p[-1] == ','))
			p--;
		for (q = a; q != NULL && q < p; q = (c = memmem(q, (size_t)(p - q), ", ", 2)) != NULL ? c + 2 : NULL)
			if (opens_article(q, (size_t)(p - q)))
				break;
		if (p == a || q != NULL || (cap = arena_strndup(d->arena, a, (size_t)(p - a))) == NULL)
			continue;
		if (*cap >= 'a' && *cap <= 'z')
			*cap = (char)(*cap - 32);
		if (!small_comma_list(cap, (size_t)(p - a)))
			continue;
		for (q = cap; (c = strstr(q, ", ")) != NULL; q = c + 2, added++)
			rec_add_job(d, q, (size_t)(c - q));
		rec_add_job(d, q, strlen(q));
		added++;
	}
	return added;
}

/* The first " - ", " – " or " — " of s[0..n), *k its length; loose: or
 * a hyphen with a blank on one side only before a capital, as a list
 * typed in haste has them ("... formation- Assistant du service ...",
 * "... personnel -Assistant paie"). */
static const char *
job_dash_at(const char *s, size_t n, size_t *k, int loose)
{
	const char *p = s, *end = s + n, *t = NULL, *h, *stop, *q = s;
	int depth = 0;

	while ((p = memchr(p, ' ', (size_t)(end - p))) != NULL && p + 2 < end) {
		/* (not inside brackets: "Opérateurs de chaînes de production
		 * (embouteillage - conditionnement)") */
		for (; q < p; q++)
			depth += (*q == '(') - (*q == ')');
		if (depth > 0) {
			p++;
			continue;
		}
		if (p[1] == '-' && p[2] == ' ') {
			*k = 3;
			t = p;
			break;
		}
		if (p + 4 < end && (memcmp(p + 1, "\xE2\x80\x93 ", 4) == 0 ||
		                    memcmp(p + 1, "\xE2\x80\x94 ", 4) == 0)) {
			*k = 5;
			t = p;
			break;
		}
		p++;
	}
	/* a loose one before it (read up to it only: linear on a long
	 * line of dashes) */
	stop = t != NULL ? t : end;
	for (h = loose ? memchr(s, '-', (size_t)(stop - s)) : NULL; h != NULL && h + 2 < end;
	     h = h + 1 < stop ? memchr(h + 1, '-', (size_t)(stop - h - 1)) : NULL) {
		if (h > s && h[-1] != ' ' && h[1] == ' ' && h[2] >= 'A' && h[2] <= 'Z') {
			*k = 2;
			return h;
		}
		if (h > s && h[-1] == ' ' && h[1] >= 'A' && h[1] <= 'Z') {
			/* (not a word between two hyphens: "... Entreprise
			 * -PME-") */
			const char *w = memchr(h + 1, ' ', (size_t)(end - h - 1));
			if (w == NULL)
				w = end;
			if (w[-1] == '-')
				continue;
			*k = 1;
			return h;
		}
	}
	return t;
}

/* Whether line c goes on the titles a spaced dash apart that line p
 * holds, a PDF's wrap between two of them: p ends with its dash ("...
 * Secrétaire du service personnel -Assistant paie -"), or c opens with
 * one after a line of two such dashes ("... - Assistant ressources
 * humaines" / "- Assistant de gestion ..."), not a list's marks each a
 * line. */
static int
dash_wrap(const line *p, const line *c)
{
	const char *d1;

	if (p->len > 2 && p->s[p->len - 1] == '-' && p->s[p->len - 2] == ' ')
		return 1;
	return c->len > 2 && c->s[0] == '-' && c->s[1] == ' ' && (d1 = memmem(p->s, p->len, " - ", 3)) != NULL &&
	       memmem(d1 + 3, p->len - (size_t)(d1 + 3 - p->s), " - ", 3) != NULL;
}

/* Whether s[0..n), too long for one job, is job titles a dash apart
 * ("Assistant carrières et paie - Assistant de gestion du personnel -
 * ..."): four at least, each of 100 bytes at most. */
static int
dash_list(const char *s, size_t n)
{
	const char *dash;
	size_t k, items = 0;

	while ((dash = job_dash_at(s, n, &k, 0)) != NULL) {
		if (dash - s > 100)
			return 0;
		items++;
		n -= (size_t)(dash - s) + k;
		s = dash + k;
	}
	return items >= 3 && n <= 100;
}

/* One item of a list of jobs s[0..n): none when it opens with an article
 * or a preposition and is no sentence (a sector or a place: "... dans
 * les domaines suivants :" / "* la cybersécurité industrielle ;"); else
 * its titles a dash apart ("Technicien informatique - Technicien support
 * - ...", or with the en or em dash of a word processor; a list of three
 * or more, its dashes typed in haste too). */
static void
job_item(doc *d, const char *s, size_t n)
{
	size_t k = item_marker(s, n);
	const char *dash;
	int loose;

	/* a hyphen glued to the title in small letters ("-technicien (ne)
	 * de déploiement ;", a PDF's): its list sign */
	if (k == 0 && n > 1 && s[0] == '-' && ((s[1] >= 'a' && s[1] <= 'z') || (unsigned char)s[1] == 0xC3))
		s++, n--;
	if (opens_article(s + k, n - k) && !sentence_words(s, n))
		return;
	loose = dash_list(s, n);
	while ((dash = job_dash_at(s, n, &k, loose)) != NULL) {
		rec_add_job(d, s, (size_t)(dash - s));
		n -= (size_t)(dash - s) + k;
		s = dash + k;
		while (n > 0 && *s == ' ')
			s++, n--;
	}
	rec_add_job(d, s, n);
}

/* Past the sentence that leads a list in, on the line of its first item
 * (the first upto bytes of *s): "Liste non exhaustive des métiers visés :
 * - animateur 2D- ...", its lines' ends lost; a sentence's words or a
 * list's before the colon (not "Chargé de mission : qualité"), the list
 * sign after it too. */
static void
skip_lead_in(const char **s, size_t *n, size_t upto)
{
	static const char *const lead[] = {"métiers", "emplois", "postes", "fonctions", "exemple", "suivant",
	                                   "visés", "notamment"};
	const char *c = memmem(*s, upto, " : ", 3);
	size_t k;
	int leads = 0;

	if (c == NULL)
		c = memmem(*s, upto, ": ", 2);
	else
		c++;
	if (c == NULL)
		return;
	for (k = 0; k < ARRAY_LEN(lead) && !leads; k++)
		leads = memmem(*s, (size_t)(c - *s), lead[k], strlen(lead[k])) != NULL;
	if (!leads && !sentence_words(*s, (size_t)(c - *s)))
		return;
	k = (size_t)(c + 2 - *s);
	*s += k;
	*n -= k;
	k = item_marker(*s, *n);
	*s += k;
	*n -= k;
}

/* Whether s[0..n) is titles a semicolon apart (the last one's maybe
 * after it, a PDF's wrapped line): two at least, each of 200 bytes at
 * most, none a sentence (but the one that leads them in). */
static int
semicolon_list(const char *s, size_t n)
{
	const char *semi;
	size_t items = 0;

	if (n > 4000)
		return 0;
	/* (the sentence leading it in: "Les emplois visés sont : ...") */
	if ((semi = memchr(s, ';', n)) != NULL)
		skip_lead_in(&s, &n, (size_t)(semi - s));
	while ((semi = memchr(s, ';', n)) != NULL) {
		size_t len = (size_t)(semi - s);
		if (len < 2 || len > 200 || sentence_words(s, len))
			return 0;
		items++;
		n -= len + 1;
		s = semi + 1;
	}
	if (items == 0)
		return 0;
	for (; n > 0 && *s == ' '; s++)
		n--;
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '.'))
		n--;
	if (n > 200 || (n > 0 && (n < 2 || sentence_words(s, n))))
		return 0;
	return items + (n > 0) >= 2;
}

/* Whether s[0..n), after its list sign, is titles each glued to the
 * hyphen after it, a copy of a list whose line ends were lost ("-
 * animateur 2D- animateur 3D- graphiste 2D- ..."): three at least, each
 * of 100 bytes at most. */
static int
glued_dash_list(const char *s, size_t n)
{
	const char *g;
	size_t items = 0, k = item_marker(s, n);

	for (s += k, n -= k; (g = glued_dash(s, n)) != NULL; items++) {
		if (g - s > 100)
			return 0;
		n -= (size_t)(g - s) + 2;
		s = g + 2;
	}
	return items >= 2 && n <= 100;
}

/* Whether line b opens with the word line a opens with, in small letters
 * ("Secrétaire médicale" / "secrétaire médico-sociale"): a job of its
 * own, not a wrap's end. */
static int
same_title_word(const line *a, const line *b)
{
	size_t w = 0;

	while (w < a->len && a->s[w] != ' ')
		w++;
	return w >= 4 && w < a->len && b->len > w && b->s[w] == ' ' && strncasecmp(a->s, b->s, w) == 0 &&
	       !ends_weak(a->s, a->len);
}

/* Whether line i is a line of a hard-wrapped paragraph: near the text's
 * wrap width, the next line of text too and no list's item. */
static int
wrapped_prose(const doc *d, size_t i)
{
	const line *l = &d->lines[i], *nx = i + 1 < d->nlines ? &d->lines[i + 1] : NULL;

	return d->wrap >= 40 && nx != NULL && nx->len > 0 && l->len * 10 >= d->wrap * 8 &&
	       item_marker(l->s, l->len) == 0 && item_marker(nx->s, nx->len) == 0;
}

/* Whether line l is a page's section heading, no title: "Le titre",
 * "Présentation", "Description de la formation", "Fiche RNCP". */
static int
section_word(const line *l)
{
	static const char *const w[] = {"le titre", "titre", "intitule", "presentation", "description",
	                                "la formation", "formation", "fiche", "resume", "identite", "identification"};
	size_t k;

	if (l->f == NULL)
		return 0;
	for (k = 0; k < ARRAY_LEN(w); k++) {
		size_t n = strlen(w[k]);
		if (l->flen >= n && memcmp(l->f, w[k], n) == 0 && (l->flen == n || l->f[n] == ' ') &&
		    (l->flen == n || l->flen < n + 25))
			return 1;
	}
	return 0;
}

/* Whether line t reads as a title: short, a capital first, no label, no
 * sentence, not the authority's name nor a section's heading. */
static int
title_like(const line *t)
{
	return !(t->len < 4 || t->len > 120 || !line_starts_upper(t) || memchr(t->s, ':', t->len) != NULL ||
	         memchr(t->s, '|', t->len) != NULL || line_is_heading(t) || sentence_words(t->s, t->len) ||
	         t->s[t->len - 1] == '.' || line_starts_folded(t, "certification") || line_starts_folded(t, "minist") ||
	         section_word(t));
}

/* The bytes of the dash at s[0..n): a hyphen (1), an en or em dash (3);
 * 0 when none. */
size_t
dash_at(const char *s, size_t n)
{
	if (n > 0 && s[0] == '-')
		return 1;
	return n > 2 && (unsigned char)s[0] == 0xE2 && (unsigned char)s[1] == 0x80 &&
	               ((unsigned char)s[2] == 0x93 || (unsigned char)s[2] == 0x94)
	           ? 3
	           : 0;
}

size_t
past_separators(const char *s, size_t k, size_t n)
{
	size_t dl;

	for (;;) {
		if (k < n && (s[k] == ' ' || s[k] == ':' || s[k] == '.'))
			k++;
		else if ((dl = dash_at(s + k, n - k)) > 0)
			k += dl;
		else
			return k;
	}
}

/*
 * No title yet, in a text of no known layout: the one its first heading,
 * a Markdown page's title, names after a dash, the words before it naming
 * the document's kind ("# Règlement spécifique RNCP - Développeur en
 * intelligence artificielle", "# Certification AIA - Architecte en
 * Intelligence Artificielle").
 */
static void
title_in_first_heading(doc *d)
{
	static const char *const kinds[] = {"rncp", "certification", "titre", "referentiel", "reglement", "fiche"};
	const line *l = NULL;
	line t = {0};
	const char *dash = NULL;
	char f[128];
	size_t i, k, fl;

	for (i = 0; i < d->nlines && i < 5; i++)
		if (d->lines[i].len > 0) {
			l = &d->lines[i];
			break;
		}
	if (l == NULL || l->md != 1 || l->len > 200)
		return;
	for (k = 0; k + 3 <= l->len && dash == NULL; k++)
		if (l->s[k] == ' ' && dash_at(l->s + k + 1, l->len - k - 1) > 0)
			dash = l->s + k;
	/* or the register's name before it, no dash and no number between:
	 * "# RNCP Expert en Architecture Informatique" */
	if (dash == NULL && l->len > 10 && memcmp(l->s, "RNCP ", 5) == 0 && l->s[5] >= 'A' && l->s[5] <= 'Z') {
		t.s = l->s + 5;
		t.len = l->len - 5;
		if (title_like(&t) && rec_set(d, &d->rec->title, t.s, t.len) == 0)
			rec_warn(d, "title read from the text's first heading (no label states it)");
		return;
	}
	if (dash == NULL || (size_t)(dash - l->s) >= sizeof(f) / 2)
		return;
	fl = fold_into(l->s, (size_t)(dash - l->s), f, sizeof(f));
	for (k = 0; k < ARRAY_LEN(kinds) && memmem(f, fl, kinds[k], strlen(kinds[k])) == NULL; k++)
		;
	if (k == ARRAY_LEN(kinds))
		return;
	t.s = dash + 1 + dash_at(dash + 1, l->len - (size_t)(dash + 1 - l->s));
	t.len = l->len - (size_t)(t.s - l->s);
	while (t.len > 0 && *t.s == ' ')
		t.s++, t.len--;
	if (title_like(&t) && rec_set(d, &d->rec->title, t.s, t.len) == 0)
		rec_warn(d, "title read from the text's first heading (no label states it)");
}

/* The title after the code on its line ("Référentiel RNCP37173 — title"),
 * or the line above the code's. */
static void
title_near_code(doc *d)
{
	rncp_record *r = d->rec;
	const line *t;
	line after = {0};
	const char *p;
	size_t i, k, digits;
	long j;

	if (r->title != NULL || r->code == NULL || r->code[1] != 'N' || d->layout != LAYOUT_GENERIC)
		return;
	digits = strlen(r->code + 4);
	for (i = 0; i < d->nlines; i++) {
		const line *l = &d->lines[i];
		p = l->len >= digits ? memmem(l->s, l->len, r->code + 4, digits) : NULL;
		if (p != NULL && memmem(l->s, (size_t)(p - l->s), "RNCP", 4) != NULL)
			break;
	}
	/* (a line that states it: near its start, not a sentence's word) */
	if (i >= d->nlines || (p = memmem(d->lines[i].s, d->lines[i].len < 30 ? d->lines[i].len : 30, r->code + 4,
	                                  digits)) == NULL)
		return;
	/* the title after it and a dash on its line ("### Référentiel
	 * RNCP37173 — Expert en sécurité des développements informatiques") */
	after.s = p + digits;
	after.len = d->lines[i].len - (size_t)(after.s - d->lines[i].s);
	while (after.len > 0 && *after.s == ' ')
		after.s++, after.len--;
	k = dash_at(after.s, after.len);
	if (k > 0 && k < after.len && after.s[k] == ' ') {
		after.s += k + 1;
		after.len -= k + 1;
		after.f = NULL;
		if (title_like(&after) && !line_starts_folded(&after, "niveau")) {
			if (rec_set(d, &r->title, after.s, after.len) == 0)
				rec_warn(d, "title read from the line of the code (no label states it)");
			return;
		}
	}
	for (j = (long)i - 1; j >= 0 && d->lines[j].len == 0; j--)
		;
	if (j < 0)
		return;
	t = &d->lines[j];
	if (!title_like(t))
		return;
	if (rec_set(d, &r->title, t->s, t->len) == 0)
		rec_warn(d, "title read from the line above the code (no label states it)");
}

/* No title label, in a text of no known layout: the one near its code,
 * or in its first heading. */
void
title_above_code(doc *d)
{
	title_near_code(d);
	if (d->rec->title == NULL && d->layout == LAYOUT_GENERIC)
		title_in_first_heading(d);
}

/* Whether the sentence s[0..n) leads in places or sectors, not jobs:
 * "L'AMIS exerce dans des lieux très différents", "L'emploi s'exerce
 * dans des milieux professionnels très diversifiés", not "... emplois
 * qui peuvent recouvrir les appellations suivantes dans le spectacle". */
int
places_lead_in(const char *s, size_t n)
{
	static const char *const places[] = {"lieux", "secteurs", "domaines", "structures", "établissements",
	                                     "milieux"};
	static const char *const jobs[] = {"emploi", "métier", "poste", "appellation", "fonction"};
	size_t k;
	int place = 0;

	/* (where it is done, whatever names it) */
	if (memmem(s, n, "s'exerce dans", 13) != NULL || memmem(s, n, "s'exercent dans", 15) != NULL)
		return 1;
	for (k = 0; k < ARRAY_LEN(places) && !place; k++)
		place = memmem(s, n, places[k], strlen(places[k])) != NULL;
	for (k = 0; k < ARRAY_LEN(jobs) && place; k++)
		if (memmem(s, n, jobs[k], strlen(jobs[k])) != NULL)
			return 0;
	return place;
}

/* Whether line k goes on the titles a semicolon apart that line i opens
 * and a PDF wrapped ("... ; Responsable ou Animateur Hygiène," /
 * "Sécurité, Environnement (HSE) ; ..."): line i near the text's wrap
 * width with a semicolon inside, the line before k without one at its
 * end, nor a full stop, and k no list's item. */
static int
semicolon_wrap(const doc *d, size_t i, size_t k, int *semis)
{
	const line *l = &d->lines[i], *p = &d->lines[k - 1], *nx = &d->lines[k];
	char c = p->len > 0 ? p->s[p->len - 1] : '.';

	if (d->wrap < 40 || l->len * 10 < d->wrap * 8)
		return 0;
	if (*semis < 0) /* (looked for once a line i) */
		*semis = memmem(l->s, l->len, " ; ", 3) != NULL;
	return *semis && c != ';' && c != '.' && c != ':' && nx->len > 0 && item_marker(nx->s, nx->len) == 0;
}

void
extract_jobs_after(doc *d, long heading)
{
	size_t i, k, started = 0, run = 0;
	int semis; /* line i holds " ; " (semicolon_wrap()), -1 not known */

	if (heading < 0)
		return;
	for (i = (size_t)heading + 1; i < d->nlines && d->rec->njobs < 100; i++) {
		const line *l = &d->lines[i];
		const char *s = l->s;
		size_t n = l->len;
		if (n == 0) {
			/* items a blank line apart, as pdftotext -layout spaces a
			 * page's paragraphs: one line each, the next one short
			 * and no sentence */
			const line *nx = i + 1 < d->nlines ? &d->lines[i + 1] : NULL;
			if (started && nx != NULL && nx->len > 0 && nx->len < 100 && nx->md == 0 &&
			    strchr(".:;", nx->s[nx->len - 1]) == NULL && !line_is_heading(nx) &&
			    line_bar(nx) == NULL && nx->s[0] != '|' &&
			    /* (after a run of a few lines, OCR's spacing: a
			     * short item alone between blank lines) */
			    (run == 1 || (run <= 4 && nx->len < 80 && bare_item(nx) &&
			                  (i + 2 >= d->nlines || d->lines[i + 2].len == 0)))) {
				run = 0;
				continue;
			}
			if (started)
				break;
			continue;
		}
		run++;
		/* a sentence that leads the list in ("Les fonctions les plus
		 * couramment rencontrées sont :"), or a part of it ("Avec une
		 * expérience (5 ans environ), ... les emplois suivants :"),
		 * not a heading of the page; a list's "etc." */
		if (n > 20 && n < 300 && s[n - 1] == ':' && !line_starts_heading(l) && memchr(s, ' ', n) != NULL &&
		    !line_bar(l) && (!started || !line_is_heading(l))) {
			/* but one that leads in what the holder may become
			 * later ("... peuvent évoluer vers des fonctions de
			 * :") ends the jobs read */
			if (started && (memmem(s, n, "voluer vers", 11) != NULL || memmem(s, n, "volution", 8) != NULL))
				break;
			continue;
		}
		if (started && n - item_marker(s, n) <= 4 && strncmp(s + item_marker(s, n), "etc", 3) == 0)
			continue;
		/* the heading said again under it ("Type d'emplois:"); a
		 * sub-heading, none of the page's, items under it ("Dans les
		 * métiers d'expertise :", "Parcours Support Client :") */
		if (line_is_heading(l)) {
			if ((!started && (line_starts_folded(l, "type d'emplois") || line_starts_folded(l, "types d'emplois"))) ||
			    (s[n - 1] == ':' && !line_starts_heading(l) && i + 1 < d->nlines && d->lines[i + 1].len > 0 &&
			     !line_is_heading(&d->lines[i + 1]) && line_bar(&d->lines[i + 1]) == NULL))
				continue;
			break;
		}
		if (line_bar(l) != NULL || l->s[0] == '|')
			break; /* or a table after an empty list */
		/* a paragraph of prose a PDF wrapped (its lines near the
		 * width, some opening with a capital or a bracket): read
		 * whole, but for the jobs it names as examples */
		if (!started && wrapped_prose(d, i)) {
			size_t e = i + 1;
			char *t;
			while (e < d->nlines && d->lines[e].len > 0 && item_marker(d->lines[e].s, d->lines[e].len) == 0 &&
			       !line_is_heading(&d->lines[e]))
				e++;
			if ((t = join_lines(d, i, e)) != NULL && strlen(t) > 300 && sentence_words(t, strlen(t)) &&
			    !comma_list(t, strlen(t)) && !dash_list(t, strlen(t))) {
				if (jobs_for_example(d, t, strlen(t)) > 0)
					break;
				i = e - 1; /* (none: a list may follow, below) */
				continue;
			}
		}
		started = 1;
		/* a line PDF extraction wrapped ("... parc inform-" /
		 * "atique et support utilisateur - Technicien" / "helpdesk")
		 * goes on over the lines that start in lower case, and a
		 * blank line OCR put before one; or after a line that ends
		 * in a word no job ends with ("... informatique et" /
		 * "Support utilisateur - ...", OCR's capital), or before a
		 * colon a wrap left alone (" :") */
		semis = -1;
		for (k = i + 1; k < d->nlines && ((line_goes_on(&d->lines[k]) && !same_title_word(l, &d->lines[k])) ||
		                                  blank_goes_on(d, k) || (d->lines[k].len == 1 && d->lines[k].s[0] == ':') ||
		                                  (d->lines[k].len > 0 && !line_is_heading(&d->lines[k]) &&
		                                   (ends_weak(d->lines[k - 1].s, d->lines[k - 1].len) ||
		                                    semicolon_wrap(d, i, k, &semis) || dash_wrap(&d->lines[k - 1], &d->lines[k]))));
		     k++)
			;
		if (k > i + 1) {
			char *t = join_lines(d, i, k);
			if (t == NULL)
				break;
			s = t;
			n = strlen(t);
			i = k - 1;
			/* (a PDF's wrapped sentence that leads the list in) */
			if (n < 300 && s[n - 1] == ':' && !line_starts_heading(l))
				continue;
		}
		/* "Coordinateur sécurité ; Conseiller en prévention ; ...";
		 * "- animateur 2D- animateur 3D- graphiste 2D- ..." */
		if (semicolon_list(s, n)) {
			const char *semi = memchr(s, ';', n);
			skip_lead_in(&s, &n, (size_t)(semi - s));
			while ((semi = memchr(s, ';', n)) != NULL) {
				job_item(d, s, (size_t)(semi - s));
				n -= (size_t)(semi - s) + 1;
				for (s = semi + 1; n > 0 && *s == ' '; s++, n--)
					;
			}
			if (n > 0)
				job_item(d, s, n);
			continue;
		}
		if (glued_dash_list(s, n)) {
			const char *g = glued_dash(s, n);
			skip_lead_in(&s, &n, (size_t)(g - s));
			k = item_marker(s, n);
			s += k;
			n -= k;
			while ((g = glued_dash(s, n)) != NULL) {
				rec_add_job(d, s, (size_t)(g - s));
				n -= (size_t)(g - s) + 2;
				s = g + 2;
			}
			rec_add_job(d, s, n);
			continue;
		}
		/* prose, on one line or a PDF's wrapped ones; but for the jobs
		 * it names as examples */
		if (n > 300 && !comma_list(s, n) && !dash_list(s, n)) {
			if (jobs_for_example(d, s, n) > 0)
				break;
			/* none: the titles may follow under a sub-heading of
			 * their own ("Appellations similaires :") */
			started = 0;
			continue;
		}
		/* "Ce professionnel peut prétendre ... : concepteur lumière,
		 * créateur lumière, ...": the list after the sentence */
		{
			const char *colon = n < 2000 ? memchr(s, ':', n) : NULL;
			while (n > 0 && (s[n - 1] == '.' || s[n - 1] == ' '))
				n--;
			/* (not the places after "exerce dans des lieux très
			 * différents :") */
			if (colon != NULL && colon + 2 < s + n && colon[1] == ' ' &&
			    memchr(colon + 1, ':', (size_t)(s + n - colon - 1)) == NULL &&
			    !places_lead_in(s, (size_t)(colon - s))) {
				const char *t = colon + 2;
				size_t tn = (size_t)(s + n - t);
				char *cap = arena_strndup(d->arena, t, tn);
				if (cap != NULL && tn > 0 && *cap >= 'a' && *cap <= 'z')
					*cap = (char)(*cap - 32);
				if (cap != NULL && small_comma_list(cap, tn)) {
					s = cap;
					n = tn;
				} else if ((k = list_sign(t, tn)) > 0) {
					/* "Les emplois occupés peuvent être : -
					 * gestionnaire de contrats": the first item */
					n = tn - k;
					s = t + k;
				}
			}
		}
		/* "Ingénieur logiciel, Ingénieur concepteur, ...", or the
		 * titles after the first in small letters; after a list sign
		 * too ("* Développeur web, développeur web mobile") */
		k = item_marker(s, n);
		if (comma_list(s + k, n - k) || small_comma_list(s + k, n - k)) {
			comma_titles(d, s + k, n - k);
			continue;
		}
		/* a sentence ("Les employeurs peuvent être des associations,
		 * ...") */
		if (k == 0 && n > 40 && sentence_words(s, n))
			continue;
		job_item(d, s, n);
	}
}

/* One item of a list of jobs s[0..n): several titles a comma apart
 * ("Développeur d'applications, développeur informatique.") each a job,
 * else the whole item one. */
void
job_titles(doc *d, const char *s, size_t n)
{
	while (n > 0 && (s[n - 1] == '.' || s[n - 1] == ';' || s[n - 1] == ' '))
		n--;
	if (memchr(s, ',', n) == NULL || (!small_comma_list(s, n) && !comma_list(s, n)))
		rec_add_job(d, s, n);
	else
		comma_titles(d, s, n);
}

/* ---- certifiers ---- */

/* 14 digits, allowing spaces inside ("775 722 572 01109"), and a few
 * letters OCR read for digits ("l79873013O0017": ten digits at least). */
static int
siret_of(const char *s, size_t n, char out[15])
{
	size_t i, k = 0, misread = 0;

	while (n > 0 && (*s == ' ' || *s == '|'))
		s++, n--;
	/* and an empty cell after it, PDF text's "17987301300017 -" */
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '|' ||
	                 (s[n - 1] == '-' && n >= 2 && s[n - 2] == ' ')))
		n--;
	for (i = 0; i < n; i++) {
		if (s[i] >= '0' && s[i] <= '9') {
			if (k == 14)
				return 0;
			out[k++] = s[i];
		} else if (digit_misread(s[i]) != 0 && k < 14) {
			out[k++] = digit_misread(s[i]);
			misread++;
		} else if (s[i] != ' ') {
			return 0;
		}
	}
	out[k] = '\0';
	return k == 14 && misread <= 4;
}

/* The SIRET of a table's cell: siret_of()'s, or the 14 digits that open
 * it when the next cell's text came into it (a column the dump laid out
 * a character left of its head: "43815697600021 ISNM"), when they pass
 * the Luhn check. */
static int
siret_lead(const char *s, size_t n, char out[15])
{
	if (siret_of(s, n, out))
		return 1;
	while (n > 0 && *s == ' ')
		s++, n--;
	return n > 15 && s[14] == ' ' && siret_of(s, 14, out) && strspn(s, "0123456789") == 14 &&
	       siret_valid(out);
}

/* The cell of a "a | b | c |" row at index k (from 0), blanks trimmed. */
static const char *
row_cell(const char *s, size_t n, size_t k, size_t *len)
{
	const char *end = s + n, *bar;

	while (k-- > 0) {
		if ((bar = memchr(s, '|', (size_t)(end - s))) == NULL)
			return NULL;
		s = bar + 1;
	}
	bar = memchr(s, '|', (size_t)(end - s));
	if (bar != NULL)
		end = bar;
	while (s < end && *s == ' ')
		s++;
	while (end > s && end[-1] == ' ')
		end--;
	*len = (size_t)(end - s);
	return s;
}

/* The columns a table of register data may have, by the folded text of
 * its header's cell.  Not "code de la fiche": the tables of a fiche's
 * predecessors cite other fiches under it. */
enum { COL_NAME, COL_SIRET, COL_LEVEL, COL_CODE, COL_EXPIRES, COL_STATUS, NCOLS };
static const struct column_name {
	int col;
	const char *name;
} column_names[] = {
    {COL_NAME, "nom legal"}, {COL_NAME, "certificateur"}, {COL_NAME, "certificateurs"},
    {COL_NAME, "certificateur(s)"}, {COL_NAME, "organisme certificateur"},
    {COL_SIRET, "siret"}, {COL_LEVEL, "niveau"}, {COL_LEVEL, "niveau de qualification"},
    {COL_CODE, "code rncp"}, {COL_CODE, "code rs"}, {COL_CODE, "numero de fiche"},
    {COL_CODE, "n° de fiche"},
    {COL_EXPIRES, "date fin enregistrement"}, {COL_EXPIRES, "date de fin d'enregistrement"},
    {COL_EXPIRES, "date de fin de validite"}, {COL_EXPIRES, "date de fin"},
    {COL_STATUS, "actif / inactif"}, {COL_STATUS, "actif/inactif"}, {COL_STATUS, "statut"},
    /* a certifier's name only beside a SIRET (table_header) */
    {COL_NAME, "nom"}, {COL_NAME, "raison sociale"},
};

/* Entries of column_names from here on name a column only in a header
 * that has a SIRET's too ("Nom | SIRET"). */
#define WEAK_NAMES (ARRAY_LEN(column_names) - 2)

/* A table's header: the index of each column's cell, -1 when it has none.
 * Returns whether the line is one (a column it names). */
static int
table_header(const line *l, long col[NCOLS])
{
	const char *p = l->s, *end = l->s + l->len, *bar, *a, *b;
	size_t k, c;
	char f[64];
	int any = 0, weak = 0;

	for (k = 0; k < NCOLS; k++)
		col[k] = -1;
	for (c = 0; p <= end && c < 16; p = bar + 1, c++) {
		if ((bar = memchr(p, '|', (size_t)(end - p))) == NULL)
			bar = end;
		for (a = p; a < bar && *a == ' '; a++)
			;
		for (b = bar; b > a && b[-1] == ' '; b--)
			;
		/* the names start with a, c, d, n, o or s: fold no other cell */
		if (b - a >= (long)sizeof(f) / 2 || b == a || strchr("aAcCdDnNoOsS", *a) == NULL)
			continue;
		fold_into(a, (size_t)(b - a), f, sizeof(f));
		for (k = 0; k < ARRAY_LEN(column_names); k++)
			if (f[0] == column_names[k].name[0] && col[column_names[k].col] < 0 &&
			    strcmp(f, column_names[k].name) == 0) {
				col[column_names[k].col] = (long)c;
				weak |= k >= WEAK_NAMES;
				any |= k < WEAK_NAMES;
			}
	}
	if (weak && col[COL_SIRET] < 0)
		col[COL_NAME] = -1;
	return any;
}

/* A header's cheap test first: two to sixteen cells, each as short as a
 * column's name (a table's rows of skills are sentences). */
static int
maybe_header(const line *l)
{
	const char *p = l->s, *end = l->s + l->len, *bar;
	size_t cells = 0;

	if (l->len < 6 || l->len > 300)
		return 0;
	for (; p < end && cells <= 16; p = bar + 1, cells++) {
		bar = memchr(p, '|', (size_t)(end - p));
		if (bar == NULL)
			bar = end;
		if (bar - p > 40)
			return 0;
	}
	return cells >= 2 && cells <= 16;
}

/* Whether line i, without a bar, starts a row whose first cell PDF
 * extraction wrapped ("... EN POLYNESIE FRAN-" / "CAISE | 1798... | - |"):
 * it follows a line of the table and the next line ends the row.  Or a
 * name in capitals whose row catdoc wrapped at 72 columns, a tab lost
 * where the line broke, a blank line between the rows maybe: the next
 * line a bar short ("ECOLE ... SECURITE" / "7755... | ENPRS | https://..."). */
static int capitals_only(const line *l);

static int
row_wrapped_first(const doc *d, size_t i, size_t cells)
{
	const line *l = &d->lines[i], *n = &d->lines[i + 1];
	long col[NCOLS];
	size_t bars, k, tails;
	int lost; /* a bar short: a name in capitals */

	if (i + 1 >= d->nlines || n->len == 0 || memchr(n->s, '|', n->len) == NULL || line_is_heading(l) ||
	    (maybe_header(n) && table_header(n, col)))
		return 0;
	bars = count_bars(n->s, n->len);
	lost = bars + 1 >= cells && capitals_only(l);
	/* the row above: the last line with a bar; for a name a bar short,
	 * a blank line between maybe, and that row's wrapped tail ("... |
	 * ISNM" / "https://...") */
	for (k = i, tails = 0; k-- > 0 && k + 5 > i;) {
		const line *p = &d->lines[k];
		if (p->len == 0 && lost)
			continue;
		if (p->len > 0 && memchr(p->s, '|', p->len) != NULL)
			return k + 1 == i ? bars >= cells || lost : lost;
		if (!lost || ++tails > 1)
			return 0;
	}
	return 0;
}

/* One row of a table of register data into the record: its certifier
 * (returns 1 when added), and the code, level, expiry and status the
 * record lacks. */
static int
table_row(doc *d, const long col[NCOLS], const char *s, size_t n)
{
	rncp_record *r = d->rec;
	const char *v, *sv;
	size_t vl, sl, ov[OV];
	char buf[16], date[11];
	int added = 0;

	if (col[COL_NAME] >= 0 && (v = row_cell(s, n, (size_t)col[COL_NAME], &vl)) != NULL && vl > 0) {
		sv = col[COL_SIRET] >= 0 ? row_cell(s, n, (size_t)col[COL_SIRET], &sl) : NULL;
		added = rec_add_certifier(d, v, vl, sv != NULL && siret_lead(sv, sl, buf) ? buf : NULL) == 0;
	}
	if (col[COL_CODE] >= 0 && r->code == NULL && (v = row_cell(s, n, (size_t)col[COL_CODE], &vl)) &&
	    rx_match(&rx_code_alone, v, vl, ov, OV))
		set_code(d, ov[3] - ov[2] == 2 ? "RS" : "RNCP", v + ov[4], ov[5] - ov[4]);
	if (col[COL_LEVEL] >= 0 && r->level_eu == 0 && (v = row_cell(s, n, (size_t)col[COL_LEVEL], &vl)) &&
	    (rx_match(&rx_lvl_alone, v, vl, ov, OV) || rx_match(&rx_lvl_bare, v, vl, ov, OV)))
		r->level_eu = v[ov[2]] - '0';
	if (col[COL_EXPIRES] >= 0 && r->expires == NULL &&
	    (v = row_cell(s, n, (size_t)col[COL_EXPIRES], &vl)) != NULL && parse_date(v, vl, date))
		rec_set(d, &r->expires, date, 10);
	if (col[COL_STATUS] >= 0 && r->status == NULL &&
	    (v = row_cell(s, n, (size_t)col[COL_STATUS], &vl)) != NULL && vl < sizeof(buf)) {
		fold_into(v, vl, buf, sizeof(buf));
		if (strcmp(buf, "actif") == 0 || strcmp(buf, "active") == 0)
			r->status = arena_strdup(d->arena, "active");
		else if (strcmp(buf, "inactif") == 0 || strcmp(buf, "inactive") == 0)
			r->status = arena_strdup(d->arena, "inactive");
	}
	return added;
}

/* A table's rule, "---|---|" (not "- | -", two empty cells). */
int
table_rule(const line *l)
{
	return l->len > 1 && strspn(l->s, "-|: ") == l->len && memmem(l->s, l->len, "--", 2) != NULL;
}

/* Whether l opens with a SIRET's cell: 14 digits, then a bar or its end. */
static int
siret_cell_first(const line *l)
{
	return l->len >= 14 && strspn(l->s, "0123456789") == 14 &&
	       (l->len == 14 || (l->len > 15 && l->s[14] == ' ' && l->s[15] == '|'));
}

/* "Nom légal | Siret | Nom commercial | Site internet |" tables, and the
 * register data other sites print as tables ("Certificateur | SIRET |",
 * "Type | Niveau | Certificateur | ...", "Code RNCP | Date Fin
 * Enregistrement | ... | Actif / Inactif"): each row under its header.  A
 * row that PDF extraction wrapped runs on until it has the header's cells.
 * Returns how many certifiers it added. */
int
extract_certifiers_table(doc *d)
{
	long col[NCOLS], next[NCOLS];
	size_t h, i, found = 0, cells;
	rncp_buf row = {0};

	for (h = 0; h < d->nlines; h++) {
		if (!maybe_header(&d->lines[h]) || !table_header(&d->lines[h], col))
			continue;
		cells = count_bars(d->lines[h].s, d->lines[h].len);
		/* a header opens its table: a row under another of as many
		 * cells, or under the rule, is a row of a table of labels and
		 * values ("| Numéro RNCP | 40677 |" / "| Certificateur |
		 * Oreegami |" / "| Date d'échéance | 23 mai 2028 |"), whose
		 * next rows are no certifiers */
		if (h > 0 && d->lines[h - 1].len > 0 && memchr(d->lines[h - 1].s, '|', d->lines[h - 1].len) != NULL &&
		    count_bars(d->lines[h - 1].s, d->lines[h - 1].len) == cells)
			continue;
		row.len = 0;
		for (i = h + 1; i < d->nlines; i++) {
			const line *l = &d->lines[i];
			if (l->len == 0) {
				/* a row short of cells ends before a heading */
				if (row.len > 0 && (i + 1 >= d->nlines || d->lines[i + 1].len == 0 ||
				                    line_is_heading(&d->lines[i + 1]))) {
					if (memchr(row.s, '|', row.len) != NULL)
						found += (size_t)table_row(d, col, row.s, row.len);
					row.len = 0;
					break;
				}
				continue;
			}
			if (table_rule(l))
				continue;
			if ((memchr(l->s, '|', l->len) == NULL
			         ? !row_wrapped_first(d, i, cells)
			         : (maybe_header(l) && table_header(l, next)) ||
			               (i + 1 < d->nlines && table_rule(&d->lines[i + 1]))) &&
			    row.len == 0)
				break; /* the table's end, or the next table (a header over its rule) */
			/* a line break in a word cut at a hyphen, for clean_text;
			 * a line that opens with the SIRET's cell under a name
			 * without a bar: the cells' tab the break took (catdoc's
			 * lines wrapped at 72 columns) */
			if (row.len && memchr(row.s, '|', row.len) == NULL && siret_cell_first(l))
				buf_puts(&row, " |");
			if (row.len)
				buf_putc(&row, row.len > 1 && row.s[row.len - 1] == '-' &&
				                   word_char((unsigned char)row.s[row.len - 2]) ? '\n' : ' ');
			buf_append(&row, l->s, l->len);
			if (row.failed)
				break;
			/* (not into the next row's name, a bar short: catdoc's) */
			if (count_bars(row.s, row.len) < cells && i + 1 < d->nlines &&
			    d->lines[i + 1].len > 0 && !line_is_heading(&d->lines[i + 1]) &&
			    !(memchr(row.s, '|', row.len) != NULL && memchr(d->lines[i + 1].s, '|', d->lines[i + 1].len) == NULL &&
			      row_wrapped_first(d, i + 1, cells)))
				continue;
			if (memchr(row.s, '|', row.len) == NULL)
				break;
			found += (size_t)table_row(d, col, row.s, row.len);
			row.len = 0;
		}
		h = i - 1;
	}
	rncp_buf_free(&row);
	return (int)found;
}

/* A last blank-joined cell: "-" (empty) or a web address. Returns where
 * the row ends before it, or n when it has none. */
static size_t
drop_last_cell(const char *s, size_t n, int url)
{
	size_t k = n;

	while (k > 0 && s[k - 1] != ' ')
		k--;
	if (k == 0 || !((n - k == 1 && s[k] == '-') || (url && url_start(s + k, n - k))))
		return n;
	while (k > 0 && s[k - 1] == ' ')
		k--;
	return k;
}

/* The length of a blank-joined row's first cells when its last ones are
 * empty: the last "-" or a web address, the cells before it "-", empty
 * cells in all; 0 when it does not end so. */
static size_t
before_empty_cells(const line *l, int empty)
{
	size_t end = l->len, k;
	int c;

	for (c = 0; c < empty; c++) {
		k = drop_last_cell(l->s, end, c == 0);
		if (k == end)
			return 0;
		end = k;
	}
	return end;
}

/* "Nom légal Nom commercial Site internet", a table without SIRETs: a row
 * whose commercial name is empty ("CNAM - -", "CNAM - https://...") names
 * its certifier; one with a commercial name cannot be cut between the two
 * names, and is left out. */
/* "STUDI COMPTALIA https://www.comptalia.com/": the commercial name cannot
 * be told from the legal one but by the site's name; the length of the
 * legal name when the row's last word before the address is the site's
 * domain, 0 otherwise. */
static size_t
before_site_name(const line *l)
{
	const char *url = memmem(l->s, l->len, " http", 5), *dom, *w, *end;
	size_t wl, k;

	if (url == NULL || url == l->s)
		return 0;
	dom = url + 1;
	end = l->s + l->len;
	if ((w = memmem(dom, (size_t)(end - dom), "://", 3)) == NULL)
		return 0;
	dom = w + 3;
	if ((size_t)(end - dom) > 4 && strncasecmp(dom, "www.", 4) == 0)
		dom += 4;
	/* the last word before the address */
	for (w = url; w > l->s && w[-1] != ' '; w--)
		;
	wl = (size_t)(url - w);
	if (w == l->s || wl < 3 || (size_t)(end - dom) <= wl || dom[wl] != '.')
		return 0;
	for (k = 0; k < wl; k++)
		if (tolower((unsigned char)w[k]) != tolower((unsigned char)dom[k]))
			return 0;
	return (size_t)(w - 1 - l->s);
}

static int
certifiers_web_no_siret(doc *d)
{
	long h = find_line_starting(d, 0, d->nlines, "nom legal nom commercial");
	size_t i, found = 0;

	if (h < 0)
		return 0;
	for (i = (size_t)h + 1; i < d->nlines && i < (size_t)h + 40; i++) {
		const line *l = &d->lines[i];
		size_t name;
		if (l->len == 0 || line_is_heading(l))
			break;
		if ((name = before_empty_cells(l, 2)) > 0 || (name = before_site_name(l)) > 0)
			found += rec_add_certifier(d, l->s, name, NULL) == 0;
	}
	return (int)found;
}

/* the SIRET ends the name, unless it is said twice: "ESGCV - 75253547600325
 * 75253547600325 ESG ..." has the first in its legal name */
/* a SIRET: 14 digits, or ten at least among letters OCR misread; a
 * scan's OCR may read the table's rule beside it as a character of its
 * own ("CESI 177572257201109 x"), which siret_cell() takes off, or as
 * marks before 14 digits ("ASSOCIATION POUR LE _.81250715200013 -") */
static rx rx_web_row = {
    "^(.+?)\\s+(?:[_.,:;'\"]{1,2}(?=\\d{14}(?:\\s|$)))?"
    "([1lI|(\\[:.]?(?=(?:[OolISB/]*\\d){10})[\\dOolISB/]{14}[1lI|)\\]]?|\\d{3} \\d{3} \\d{3} \\d{5})(?!\\s+\\2(?:\\s|$))(?:\\s|$)",
    0, NULL};

/* The length of a row's name s[0..n) that rx_web_row read before a SIRET
 * said twice: without the first when no dash ties it to the name
 * ("OPENCLASSROOMS 49386136300080 49386136300080 https://...", the
 * commercial name's cell the SIRET; not "ESGCV - 75253547600325"). */
static size_t
name_before_siret(const char *s, size_t n, const char *siret)
{
	size_t k;

	if (n < 17 || s[n - 15] != ' ' || memcmp(s + n - 14, siret, 14) != 0)
		return n;
	for (k = n - 15; k > 0 && s[k - 1] == ' '; k--)
		;
	return k > 0 && s[k - 1] != '-' ? k : n;
}

/* Whether line i ends at e (but for blanks) and the next opens with the
 * same SIRET, then a blank or its end. */
static int
siret_again_under(const doc *d, size_t i, size_t e, const char *siret)
{
	const line *l = &d->lines[i], *n;

	while (e < l->len && l->s[e] == ' ')
		e++;
	if (e < l->len || i + 1 >= d->nlines)
		return 0;
	n = &d->lines[i + 1];
	return n->len >= 14 && memcmp(n->s, siret, 14) == 0 && (n->len == 14 || n->s[14] == ' ');
}

/* The SIRET of a row's cell s[0..n): siret_of()'s, or, the cell a
 * character too long, the 14 after a rule OCR read as 1, l, I, |, (, [,
 * : or ., or before one read as 1, l, I, |, ) or ], when they pass the
 * Luhn check; or with a 7 or a 1 read as '/', the one that passes it. */
static int
siret_cell(const char *s, size_t n, char out[15])
{
	const char *slash;

	if (siret_of(s, n, out))
		return 1;
	/* a 7 or a 1 OCR read as '/' ("/7558812900012"): the one that
	 * passes the Luhn check */
	if (n == 14 && (slash = memchr(s, '/', n)) != NULL && memchr(slash + 1, '/', n - (size_t)(slash - s) - 1) == NULL) {
		char t[14];
		int k, ok = 0;
		memcpy(t, s, n);
		for (k = 0; k < 2; k++) {
			char c[15];
			t[slash - s] = "71"[k];
			if (siret_of(t, n, c) && siret_valid(c)) {
				memcpy(out, c, 15);
				ok++;
			}
		}
		if (ok == 1)
			return 1;
	}
	if (n != 15)
		return 0;
	if (s[0] != '\0' && strchr("1lI|([:.", s[0]) != NULL && siret_of(s + 1, 14, out) &&
	    siret_valid(out))
		return 1;
	return s[14] != '\0' && strchr("1lI|)]", s[14]) != NULL && siret_of(s, 14, out) &&
	       siret_valid(out);
}

/* Whether s[0..n) is capital letters (ASCII or Latin-1's) and blanks, a
 * word at least: the certifiers' names of the register */
static int
capitals_only_s(const char *s, size_t n)
{
	size_t i, letters = 0;

	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c >= 'A' && c <= 'Z')
			letters++;
		else if (c == 0xC3 && i + 1 < n && (unsigned char)s[i + 1] >= 0x80 &&
		         (unsigned char)s[i + 1] <= 0x9E)
			letters += ++i > 0; /* À..Þ, two bytes */
		else if (c != ' ' && c != '\'' && c != '-')
			return 0;
	}
	return letters >= 2;
}

static int
capitals_only(const line *l)
{
	return l->len < 256 && !line_is_heading(l) && capitals_only_s(l->s, l->len);
}

/* The words in capitals, two at least, that open line l before a
 * capitalised word ("Nantes") or a scan's mark ("_"): a name's line of
 * a scan's row that OCR ran into the next cells' ("D'INTERET PUBLIC
 * Nantes inantes.example"); their length, or 0.  (Not a commercial
 * name in capitals before its site: "ESMT https://...".) */
static size_t
capitals_lead(const line *l)
{
	size_t k = 0, last = 0, words = 0;

	if (l->len >= 256 || line_is_heading(l))
		return 0;
	while (k < l->len) {
		size_t e = k, j;
		while (e < l->len && l->s[e] != ' ')
			e++;
		if (!capitals_only_s(l->s + k, e - k)) {
			if (words < 2)
				return 0;
			if (e - k == 1 && strchr("_|.:", l->s[k]) != NULL)
				return last;
			if (!(l->s[k] >= 'A' && l->s[k] <= 'Z'))
				return 0;
			for (j = k + 1; j < e; j++)
				if (!(l->s[j] >= 'a' && l->s[j] <= 'z') && (unsigned char)l->s[j] < 0x80)
					return 0;
			return last;
		}
		last = e;
		words++;
		while (e < l->len && l->s[e] == ' ')
			e++;
		k = e;
	}
	return 0;
}

static int certifier_head_cell(const line *l);
static int siret_title_next(const doc *d, size_t i);
static void name_tail(doc *d, size_t from, size_t to);
static int certifiers_down_columns(doc *d);
static size_t before_site_piece(const line *c);
static char *name_cells(doc *d, size_t from, size_t to);
static void name_goes_on(doc *d, rncp_certifier *c, const char *s, size_t n);

/* The lines a certifier's name may take above its SIRET's: a hundred
 * characters in a column of sixteen ("GROUPEMENT" / "D'INTERET PUBLIC" /
 * ... / "L'ACADEMIE DE NANTES", pdftotext -raw's) */
#define NAME_LINES 8

/* A row whose cells a page's text took without a blank between them
 * (BeautifulSoup's get_text()): "HAUT COMMISSARIAT ... FRANCAISE"
 * "17987301300017" "-" "-" glued.  The SIRET, 14 digits after a capital
 * letter or a bracket, one that passes the Luhn check. */
static rx rx_glued_row = {"^(.+?[A-Z\\x{C0}-\\x{DE})])(\\d{14})(?=[-|\\sA-Z]|$)", 0, NULL};

static int
glued_row(const line *l, size_t *ov, char siret[15])
{
	if (!rx_match(&rx_glued_row, l->s, l->len, ov, OV) || !siret_of(l->s + ov[4], 14, siret) ||
	    !siret_valid(siret))
		return 0;
	return 1;
}

/* Whether l is a certifier's row with a SIRET that passes the Luhn check */
static int
luhn_row(const line *l)
{
	size_t ov[OV];
	char siret[15];

	return l->len < 1000 && rx_match(&rx_web_row, l->s, l->len, ov, OV) &&
	       siret_cell(l->s + ov[4], ov[5] - ov[4], siret) && siret_valid(siret);
}

/* A heading that ends the table: not a row OCR ended with a colon ("HAUT
 * COMMISSARIAT DE LA 17987301300017 | - |:") */
static int
table_end(const line *l)
{
	return line_is_heading(l) && !luhn_row(l);
}

/* A line without the rules a scan's OCR read about its cell: bars,
 * brackets and blanks at its ends ("| REPUBLIQUE EN POLYNESIE | |"), and
 * a speck read as a colon, a low line or a full stop before it (":
 * NUMERIQUES |", ". SECURITE |"), or
 * as a colon after it, before a rule ("LA PREVENTION DES : | |"). */
static line
ruled_cell(const line *l)
{
	line c = *l;

	if (c.len > 2 && (c.s[0] == ':' || c.s[0] == '_' || c.s[0] == '.') && c.s[1] == ' ')
		c.s += 2, c.len -= 2;
	while (c.len > 0 && strchr(OCR_RULES, c.s[0]) != NULL)
		c.s++, c.len--;
	while (c.len > 0 && strchr(OCR_RULES, c.s[c.len - 1]) != NULL)
		c.len--;
	/* and a speck read as a colon after it, before the rules ("LA
	 * PREVENTION DES : | |") */
	if (c.len > 2 && c.s[c.len - 1] == ':' && c.s[c.len - 2] == ' ' && line_bar(l) != NULL)
		for (c.len -= 2; c.len > 0 && c.s[c.len - 1] == ' '; c.len--)
			;
	c.f = NULL; /* no folded copy of the view */
	c.flen = 0;
	return c;
}

/* The line before the first certifier's row with a SIRET that passes the
 * Luhn check among the 40 lines over "Objectifs et contexte de la
 * certification" (the page's first part, the certifiers' table's), or
 * -1. */
static long
siret_zone_row(doc *d)
{
	long e = find_line_starting(d, 0, d->nlines, "objectifs et contexte"), i;

	for (i = e > 40 ? e - 40 : 1; e > 0 && i < e; i++)
		if (luhn_row(&d->lines[i]))
			return i - 1;
	return -1;
}

/* Whether one of the three text lines under line h is a certifier's row
 * with a SIRET that passes the Luhn check. */
static int
siret_row_under(doc *d, size_t h)
{
	size_t i, seen = 0;

	for (i = h + 1; i < d->nlines && seen < 3; i++) {
		const line *l = &d->lines[i];
		if (l->len == 0)
			continue;
		if (luhn_row(l))
			return 1;
		if (line_is_heading(l))
			return 0;
		seen++;
	}
	return 0;
}

/* "Nom légal SIRET Nom commercial Site internet" then space-joined rows: the
 * 14-digit SIRET ends the name. */
int
extract_certifiers_web(doc *d)
{
	long h = find_line_starting(d, 0, d->nlines, "nom legal siret");
	size_t i, found = 0, misses, ov[OV], name, pending = 0;
	int name_alone = 0; /* the last name stood on lines of its own */
	int rest = 0;       /* a line of the last row's other cells came after it */
	/* html2text sets a row's cells in the middle of the row: a name's
	 * lines above its SIRET's (above), as many below it (below) */
	size_t pend_top = 0, above = 0, below = 0, row_end = 0;
	size_t first_only = 0; /* after a SIRET's line, its name's first line alone above */
	size_t skip = 0;       /* a line the row above took */

	/* a page that copies the register's ("Certificateur SIRET") */
	if (h < 0)
		h = find_line_starting(d, 0, d->nlines, "certificateur siret");
	/* html2text's, its first cell filling its column, glued to the
	 * next: it counts bytes, and é takes two ("Nom légalSiret"), or,
	 * reading UTF-8 as Latin-1 (no -utf8), four, and cuts the cell
	 * ("Nom légaSiret") */
	for (i = 0; h < 0 && i < d->nlines; i++) {
		char buf[256];
		size_t n;
		const char *f;
		if (!line_starts_folded(&d->lines[i], "nom lega"))
			continue;
		f = line_fold(&d->lines[i], buf, sizeof(buf), &n);
		if ((n >= 13 && memcmp(f + 8, "siret", 5) == 0) || (n >= 14 && memcmp(f + 8, "lsiret", 6) == 0))
			h = (long)i;
	}

	/* or with a rule of the table OCR read as a bar or a bracket ("Nom
	 * légal |Siret", "Nom légal (Siret") */
	for (i = 0; h < 0 && i < d->nlines; i++) {
		const line *l = &d->lines[i];
		char buf[128];
		size_t k, bl = 0;
		if (l->len >= sizeof(buf) || !line_starts_folded(l, "nom legal") || line_bar(l) == NULL)
			continue;
		for (k = 0; k < l->len; k++) {
			char c = strchr("|([", l->s[k]) != NULL ? ' ' : l->s[k];
			if (c != ' ' || (bl > 0 && buf[bl - 1] != ' '))
				buf[bl++] = c;
		}
		line tmp = {.s = buf, .len = bl};
		if (count_bars(l->s, l->len) <= 2 && line_starts_folded(&tmp, "nom legal siret"))
			h = (long)i;
	}

	/* or a scan's, its header OCR garbled but for its first words ("Nom
	 * légal TR ETS SE ee Nom SRE"): a row with a SIRET right under it */
	for (i = 0; h < 0 && i < d->nlines; i++)
		if (line_starts_folded(&d->lines[i], "nom legal") && d->lines[i].len < 80 &&
		    !line_starts_folded(&d->lines[i], "nom legal nom commercial") &&
		    /* the history of its certifiers: those withdrawn too */
		    !line_starts_folded(&d->lines[i], "nom legal du certificateur") && siret_row_under(d, i))
			h = (long)i;

	/* or its titles a line each, blank lines between maybe, as
	 * pdftotext and mutool read a header whose titles wrap ("Nom
	 * légal" / "Siret" / "Nom" / "commercial" / "Site internet") */
	for (i = 0; h < 0 && i < d->nlines; i++)
		if (d->lines[i].len < 16 && line_starts_folded(&d->lines[i], "nom legal") &&
		    siret_title_next(d, i))
			h = (long)i;

	if (h < 0 && (found = (size_t)certifiers_down_columns(d)) > 0)
		return (int)found;
	if (h < 0 && (found = (size_t)certifiers_web_no_siret(d)) > 0)
		return (int)found;
	/* or a scan's, its header OCR garbled beyond words ("Nomiégal
	 * [Siret", "omtécan (Ge JNomcommerdal"): the first row with a SIRET
	 * that passes the Luhn check among the lines over the objectives */
	if (h < 0 && (h = siret_zone_row(d)) < 0)
		return 0;
	for (i = (size_t)h + 1, misses = 0; i < d->nlines && misses < 3; i++) {
		const line *l = &d->lines[i];
		line cell, above_cell;
		char alone[15], siret[15];
		size_t lead = 0;
		if (i == skip && skip > 0)
			continue;
		/* a blank line between rows, as pdftotext -layout spaces them */
		if (l->len == 0 && i + 1 < d->nlines && d->lines[i + 1].len > 0 &&
		    !table_end(&d->lines[i + 1]))
			continue;
		if (l->len == 0 || table_end(l))
			break;
		if (certifier_head_cell(l))
			continue; /* the header's cells wrapped: "commercial", "Site" */
		cell = ruled_cell(l);
		/* (a name's line beside the site's first piece, which a
		 * centred row sets above the SIRET's line, after the name's
		 * first: "GROUPEMENT" / ... / "FORMATION CONTINUE ET
		 * https://www.fcip-"; not a row's first line, which is the
		 * commercial name's beside the site under a row: "ITEO
		 * https://...") */
		above_cell = cell;
		if (pending > 0)
			above_cell.len = before_site_piece(&cell);
		if ((l->len < 40 && siret_of(l->s, l->len, alone)) ||
		    /* or the row's other cells after it, the name's lines
		     * right above (pdftotext's line wrapped before the SIRET) */
		    /* (a blank line between them: pdftotext's, mutool's) */
		    (pending > 0 &&
		     (pend_top + pending == i || (pend_top + pending + 1 == i && d->lines[i - 1].len == 0)) &&
		     siret_lead(l->s, l->len, alone))) {
			/* pdftotext -raw's: the name's lines in capitals, then
			 * the SIRET alone, its empty cells after it; or
			 * pdftotext's of a row whose name wraps over more lines
			 * than its other cells: the name, blank lines and an
			 * empty cell's "-" before the SIRET */
			size_t end = i, top;
			while (end > (size_t)h + 1 && end + 4 > i &&
			       (d->lines[end - 1].len == 0 ||
			        (d->lines[end - 1].len == 1 && d->lines[end - 1].s[0] == '-')))
				end--;
			for (top = end; top > (size_t)h + 1 && top + NAME_LINES > end && capitals_only(&d->lines[top - 1]) &&
			                !certifier_head_cell(&d->lines[top - 1]);
			     top--)
				;
			if (top < end) {
				char *joined = join_lines(d, top, end);
				if (joined != NULL && rec_add_certifier(d, joined, strlen(joined), alone) == 0)
					found++;
			}
			misses = pending = 0;
			rest = 0;
			name_alone = 1;
			/* one line of the name above: its others may follow */
			first_only = top + 1 == end && end == i ? i + 1 : 0;
			continue;
		}
		if (l->len < 1000 && ((rx_match(&rx_web_row, l->s, l->len, ov, OV) &&
		                       siret_cell(l->s + ov[4], ov[5] - ov[4], siret)) ||
		                      glued_row(l, ov, siret))) {
			/* its letters OCR misread, digits; or its groups ("775 722
			 * 572 01109") */
			/* a scan's rule before it: "| CESI", ": GROUPEMENT",
			 * "'ECOLE" */
			size_t nb = ov[2], name_end;
			char *name_s = NULL;
			while (nb < ov[3] && strchr("|[ :'", l->s[nb]) != NULL)
				nb++;
			above = 0;
			/* the name's first lines right above the row (its other
			 * cells set in the middle of it) */
			if (pending > 0 && pend_top + pending == i) {
				char *top = name_cells(d, pend_top, i);
				if (top != NULL)
					name_s = arena_printf(d->arena, "%s\n%.*s", top, (int)(ov[3] - nb), l->s + nb);
				if (name_s != NULL)
					above = pending;
			}
			/* the SIRET said twice, the line wrapped between them
			 * ("ESGCV - 7525..." / "7525... MBA ESG https://..."):
			 * the first is in the name, the next line the row's */
			name_end = ov[3];
			if (siret_again_under(d, i, ov[5], siret) && name_end > nb && l->s[name_end - 1] == '-') {
				name_end = ov[5];
				skip = i + 1;
			}
			if ((name_s != NULL ? rec_add_certifier(d, name_s, strlen(name_s), siret)
			                    : rec_add_certifier(d, l->s + nb, name_before_siret(l->s + nb, name_end - nb, siret),
			                                        siret)) == 0)
				found++;
			misses = pending = 0;
			rest = 0;
			below = 0;
			name_alone = 0;
			row_end = i + 1;
			first_only = 0;
		} else if ((name = before_empty_cells(l, 3)) > 0 || (name = before_site_name(l)) > 0) {
			/* "Ministère chargé de la santé - - -": every cell after
			 * the name empty but the site; or no SIRET, the
			 * commercial name the site's */
			found += rec_add_certifier(d, l->s, name, NULL) == 0;
			misses = 0;
			first_only = 0;
		} else if (found > 0 && !name_alone && !rest && (above == 0 || below < above) &&
		           (capitals_only(&cell) || (below == 0 && (lead = capitals_lead(&cell)) > 0)) &&
		           capitals_only_s(d->rec->certifiers[d->rec->ncertifiers - 1].name,
		                           strlen(d->rec->certifiers[d->rec->ncertifiers - 1].name))) {
			/* the name in capitals wrapped in its cell, its end
			 * under the row ("HAUT COMMISSARIAT DE LA 1798... - -" /
			 * "REPUBLIQUE EN POLYNESIE"), a scan's rules about it
			 * maybe ("| REPUBLIQUE EN POLYNESIE | |"); or, right
			 * under the row, its first words before the other cells'
			 * ends ("D'INTERET PUBLIC Nantes inantes.example") */
			if (lead > 0)
				cell.len = lead;
			name_goes_on(d, &d->rec->certifiers[d->rec->ncertifiers - 1], cell.s, cell.len);
			misses = 0;
			below++;
			row_end = i + 1;
		} else if (capitals_only(&above_cell) && pending < NAME_LINES) {
			/* the name of a row whose SIRET comes after */
			if (pending == 0 || pend_top + pending != i)
				pending = 0, pend_top = i;
			pending++;
		} else {
			/* the rest of a wrapped row (a web address): capitals
			 * after it are the next row's name, not this one's */
			misses++;
			rest = found > 0;
		}
	}
	/* pdftotext's last row whose name wraps over more lines than its
	 * other cells, read line by line as they stand: the name's first
	 * line, the SIRET's, then the name's others, the other cells' lines
	 * among them ("GROUPEMENT" / "1844... GIP FCIP" / "D'INTERET PUBLIC"
	 * / "Nantes" / "FORMATION CONTINUE" / ...), no SIRET after them */
	if (found > 0 && first_only > 0)
		name_tail(d, first_only, i < d->nlines ? i : d->nlines);
	/* the last row of centred cells whose name has a line more below
	 * its SIRET than above ("GROUPEMENT ..." / "... 1844... GIP FCIP" /
	 * "PROFESSIONNELLE DE L'ACADEMIE" / "DE NANTES"): no SIRET after
	 * its lines, they end its name */
	if (found > 0 && above > 0 && pending > 0 && pending <= above && pend_top == row_end) {
		rncp_certifier *c = &d->rec->certifiers[d->rec->ncertifiers - 1];
		char *rest_s = name_cells(d, pend_top, pend_top + pending);
		if (rest_s != NULL && capitals_only_s(c->name, strlen(c->name)))
			name_goes_on(d, c, rest_s, strlen(rest_s));
	}
	return (int)found;
}

/* Certifier c's name goes on with s[0..n) (its lines wrapped in its
 * cell), a name 300 bytes long at most. */
static void
name_goes_on(doc *d, rncp_certifier *c, const char *s, size_t n)
{
	char *t = arena_printf(d->arena, "%s %.*s", c->name, (int)n, s);

	if (t != NULL && strlen(t) < 300)
		c->name = clean_text(d, t, strlen(t));
}

/* The name's lines [from, to) of a certifiers' row, each its first cell
 * (ruled_cell(), before_site_piece()), joined. */
static char *
name_cells(doc *d, size_t from, size_t to)
{
	rncp_buf b = {0};
	size_t i;

	for (i = from; i < to && i < d->nlines; i++) {
		line c = ruled_cell(&d->lines[i]);
		c.len = before_site_piece(&c);
		if (c.len == 0)
			continue;
		if (b.len > 0)
			buf_putc(&b, '\n');
		buf_append(&b, c.s, c.len);
	}
	return cleaned_buf(d, &b);
}

/* How many names (paragraphs of lines in capitals, a blank line apart)
 * start at line i; *end: the line after the last. */
static size_t
name_paragraphs(const doc *d, size_t i, size_t *end, size_t *starts, size_t max)
{
	size_t n = 0, k;

	for (;;) {
		while (i < d->nlines && d->lines[i].len == 0)
			i++;
		for (k = i; k < d->nlines && k < i + NAME_LINES && capitals_only(&d->lines[k]) &&
		            !certifier_head_cell(&d->lines[k]);
		     k++)
			;
		if (k == i || (k < d->nlines && d->lines[k].len > 0) || n == max)
			break;
		starts[n++] = i;
		i = k;
	}
	*end = i;
	return n;
}

/*
 * pdfminer's reading of the certifiers' table, down its columns: "Nom
 * légal", the names (each a paragraph of lines in capitals), then the
 * other titles ("Siret", "Nom commercial", ...), then the rows' other
 * cells, each SIRET opening a line in the names' order.  As many SIRETs
 * as names: the i-th SIRET is the i-th name's.  How many it added.
 */
static int
certifiers_down_columns(doc *d)
{
	size_t i, k, n, end, start[8], found = 0, nsiret = 0;
	char sirets[8][15];

	for (i = 0; i < d->nlines; i++)
		if (d->lines[i].len < 16 && line_starts_folded(&d->lines[i], "nom legal") &&
		    certifier_head_cell(&d->lines[i]))
			break;
	if (i == d->nlines || (n = name_paragraphs(d, i + 1, &end, start, 8)) == 0)
		return 0;
	/* the other titles */
	for (k = end; k < d->nlines && (d->lines[k].len == 0 || certifier_head_cell(&d->lines[k])); k++)
		;
	if (k == end)
		return 0;
	/* the SIRETs, in order, up to the table's end */
	for (; k < d->nlines && k < end + 8 * NAME_LINES && !table_end(&d->lines[k]); k++) {
		const line *l = &d->lines[k];
		if (l->len > 0 && siret_lead(l->s, l->len, sirets[nsiret]) && ++nsiret > n)
			return 0;
	}
	if (nsiret != n)
		return 0;
	for (k = 0; k < n; k++) {
		size_t e = k + 1 < n ? start[k + 1] : end;
		char *name = join_lines(d, start[k], e);
		if (name != NULL && rec_add_certifier(d, name, strlen(name), sirets[k]) == 0)
			found++;
	}
	return (int)found;
}

/* Lines [from, to) after the last certifier's SIRET: its name's lines in
 * capitals go on its name, lines of its other cells (an address's
 * pieces, a short line not in capitals) between them aside; anything else
 * and they are no name's. */
static void
name_tail(doc *d, size_t from, size_t to)
{
	rncp_certifier *c = &d->rec->certifiers[d->rec->ncertifiers - 1];
	rncp_buf b = {0};
	size_t k, took = 0;
	char *t;

	buf_puts(&b, c->name);
	for (k = from; k < to && took < NAME_LINES; k++) {
		line cell = ruled_cell(&d->lines[k]);
		if (cell.len == 0 || url_start(cell.s, cell.len))
			continue;
		if (capitals_only(&cell)) {
			buf_putc(&b, '\n');
			buf_append(&b, cell.s, cell.len);
			took++;
		} else if (cell.len > 20 || took == 0) {
			break;
		}
	}
	if (took == 0 || k < to) {
		rncp_buf_free(&b);
		return;
	}
	if ((t = cleaned_buf(d, &b)) != NULL && strlen(t) < 300)
		c->name = t;
}

/* Whether the first line after line i with text, two blank lines at
 * most between, is the title "Siret". */
static int
siret_title_next(const doc *d, size_t i)
{
	size_t k;
	char buf[16];
	size_t n;

	for (k = i + 1; k < d->nlines && k <= i + 3 && d->lines[k].len == 0; k++)
		;
	return k < d->nlines && d->lines[k].len == 5 &&
	       strcmp(line_fold(&d->lines[k], buf, sizeof(buf), &n), "siret") == 0;
}

/* The length of a certifier's cell c without the site's first piece at
 * its end, a blank before it ("FORMATION CONTINUE ET https://www.fcip-"),
 * when what is before is in capitals; else its own. */
static size_t
before_site_piece(const line *c)
{
	const char *sp = c->len > 0 ? memrchr(c->s, ' ', c->len) : NULL;
	size_t k;

	if (sp == NULL || !url_start(sp + 1, c->len - (size_t)(sp + 1 - c->s)))
		return c->len;
	for (k = (size_t)(sp - c->s); k > 0 && c->s[k - 1] == ' '; k--)
		;
	return k > 0 && capitals_only_s(c->s, k) ? k : c->len;
}

/* A header's cell of the certifiers' table, or the start of one that
 * PDF text wrapped ("Nom" / "commercial") */
static int
certifier_head_cell(const line *l)
{
	static const char *const cells[] = {"nom legal", "siret", "nom commercial", "site internet",
	                                    "nom", "commercial", "site", "internet"};
	char buf[64];
	size_t i, n;
	const char *f;

	if (l->len > 20)
		return 0;
	f = line_fold(l, buf, sizeof(buf), &n);
	for (i = 0; i < ARRAY_LEN(cells); i++)
		if (strcmp(f, cells[i]) == 0)
			return 1;
	return 0;
}

/* The table read down its columns, one cell a line (PDF text extracted
 * without its layout): "Nom légal", "Siret", ... then each row's cells;
 * a line that is a SIRET follows its certifier's name. */
/*
 * The certifiers' table read down its columns (pdfminer's reading): under
 * "Nom légal" from line s, the names a blank line apart, then the other
 * header's cells ("Siret", "Nom" / "commercial"...), then the SIRETs (and
 * the other cells): the n-th SIRET is the n-th name's.
 */
static int
certifiers_down(doc *d, size_t s)
{
	size_t i, top, names[8], ends[8], nn = 0, k = 0, found = 0;
	char siret[15];

	for (i = s; i < d->nlines && i < s + 40 && nn < 8;) {
		if (d->lines[i].len == 0) {
			i++;
			continue;
		}
		if (line_starts_folded(&d->lines[i], "siret"))
			break;
		if (line_is_heading(&d->lines[i]) || !capitals_only(&d->lines[i]))
			return 0;
		for (top = i; i < d->nlines && i < top + 4 && d->lines[i].len > 0 && capitals_only(&d->lines[i]); i++)
			;
		names[nn] = top;
		ends[nn++] = i;
	}
	if (nn == 0 || i >= d->nlines || !line_starts_folded(&d->lines[i], "siret"))
		return 0;
	for (; i < d->nlines && k < nn && i < ends[nn - 1] + 40; i++) {
		const line *l = &d->lines[i];
		if (l->len > 0 && line_is_heading(l))
			break;
		if (l->len == 0 || l->len > 40 || !siret_of(l->s, l->len, siret))
			continue;
		{
			char *name = join_lines(d, names[k], ends[k]);
			if (name != NULL && rec_add_certifier(d, name, strlen(name), siret) == 0)
				found++;
		}
		k++;
	}
	return (int)found;
}

int
extract_certifiers_column(doc *d)
{
	long h = find_line_starting(d, 0, d->nlines, "nom legal");
	size_t i, j, found = 0, s;

	if (h < 0 || d->lines[h].len > 12)
		return 0;
	/* pdftotext puts a blank line between the cells */
	s = (size_t)h + 1 < d->nlines && d->lines[h + 1].len == 0 ? (size_t)h + 2 : (size_t)h + 1;
	if (s < d->nlines && !line_starts_folded(&d->lines[s], "siret"))
		return certifiers_down(d, s);
	if (s >= d->nlines)
		return 0;
	for (i = s + 1; i < d->nlines && i < (size_t)h + 80; i++) {
		const line *l = &d->lines[i];
		char siret[15];
		size_t top;
		if (l->len == 0)
			continue;
		if (line_is_heading(l))
			break;
		if (!siret_of(l->s, l->len, siret))
			continue;
		for (j = i; j-- > s && d->lines[j].len == 0;)
			;
		/* the name: when blank lines part the cells, or the name and
		 * the lines above are in capitals (a row's cells before are an
		 * address or "-"), the lines above, up to a blank line or a
		 * header's cell ("HAUT COMMISSARIAT DE LA" / "REPUBLIQUE ...") */
		top = j;
		while (top > s && top + 3 > j && d->lines[top - 1].len > 0 &&
		       !certifier_head_cell(&d->lines[top - 1]) &&
		       (s > (size_t)h + 1 || (capitals_only(&d->lines[j]) &&
		                              capitals_only(&d->lines[top - 1]))))
			top--;
		if (j > s && !certifier_head_cell(&d->lines[j])) {
			char *name = top < j ? join_lines(d, top, j + 1) : NULL;
			if (name != NULL ? rec_add_certifier(d, name, strlen(name), siret) == 0
			                 : rec_add_certifier(d, d->lines[j].s, d->lines[j].len, siret) == 0)
				found++;
		}
	}
	return (int)found;
}

/* ---- "Label : value" lines (republished register data, other sites) ---- */

/* a code's number alone, its prefix in the label: "RNCP : 36004" */
static rx rx_code_digits = {"^(\\d{2,6})(?!\\d)\\s*\\.?$", 0, NULL};
/* a level after a label of its own: "4", "4 (équivalent Bac)", "Niveau 3",
 * "niv. 6 (EU)", "6 - Licence" */
static rx rx_lvl_value = {"^(?:niv(?:eau|\\.)?\\s*)?([1-8])(?![\\d,.]\\d)(?:\\s*\\([^()]{0,80}\\)|\\s+[-\\x{2013}]\\s+[^\\d\\s][^:]{0,60})?\\s*\\.?$",
                          PCRE2_CASELESS, NULL};

static const struct labelled {
	char field;          /* t title, k code, s status, c certifier, n SIRET, l level */
	const char *label;   /* folded, up to the colon */
} labels[] = {
    {'t', "intitule"}, {'t', "intitule de la certification"}, {'t', "libelle"},
    {'t', "libelle de la certification"}, {'t', "libelle exact de la certification"},
    {'t', "titre"}, {'t', "nom de la certification"}, {'t', "intitule du titre professionnel"},
    {'t', "intitule complet"},
    {'k', "code de la fiche"}, {'k', "numero de fiche"}, {'k', "code de la certification"},
    {'k', "rncp"}, {'k', "n° rncp"}, {'k', "numero rncp"}, {'k', "code rncp"}, {'k', "fiche rncp"},
    {'s', "statut"}, {'s', "etat"}, {'s', "etat de la fiche"},
    {'c', "certificateur"}, {'c', "certificateur(s)"}, {'c', "certificateurs"},
    {'c', "organisme certificateur"}, {'c', "organisme(s) certificateur(s)"},
    {'c', "autorite responsable"}, {'c', "autorite responsable de la certification"},
    {'c', "nom legal du certificateur"}, {'c', "autorite certificatrice"},
    {'l', "niveau"}, {'l', "niveau rncp"}, {'l', "niveau de qualification"}, {'l', "niveau de sortie"},
    {'l', "niveau de la certification"}, {'l', "niveau europeen"},
    {'n', "siret"}, {'n', "n° siret"},
};

/*
 * A certifier's name with its SIRET after it, as republished lists write
 * them: "MINISTERE DU TRAVAIL (11000007200014)", "CESI - 775 722 572
 * 01109", "CESI (SIRET : 77572257201109)".  Returns the name's length
 * (n when no SIRET ends it), the SIRET in siret.
 */
static size_t
name_siret(const char *s, size_t n, char siret[15])
{
	size_t e = n, k, b;
	int paren;

	while (e > 0 && s[e - 1] == ' ')
		e--;
	paren = e > 0 && s[e - 1] == ')';
	e -= (size_t)paren;
	/* the digits that end it, in their groups or not */
	for (k = e; k > 0 && ((s[k - 1] >= '0' && s[k - 1] <= '9') || s[k - 1] == ' '); k--)
		;
	while (k < e && s[k] == ' ')
		k++;
	if (k == 0 || !siret_of(s + k, e - k, siret))
		return n;
	/* a label before them ("SIRET :"), after "(", or "-" or ","; or
	 * a blank alone */
	for (b = k; b > 0 && k - b < 16 && strchr("(-,", s[b - 1]) == NULL; b--)
		;
	if (b >= 2 && (paren ? s[b - 1] == '(' : s[b - 1] == '-' || s[b - 1] == ','))
		b--;
	else if (!paren && s[k - 1] == ' ')
		b = k - 1;
	else
		return n;
	while (b > 0 && s[b - 1] == ' ')
		b--;
	return b > 0 ? b : n;
}

/* The title on the next line that holds something, under "Intitulé :"
 * at the end of line i: "X", or "Titre professionnel : X." (title_tidy()
 * takes the prefix off). */
static void
title_below(doc *d, size_t i)
{
	size_t j;
	const line *t;

	for (j = i + 1; j < d->nlines && j < i + 3 && d->lines[j].len == 0; j++)
		;
	if (j >= d->nlines)
		return;
	t = &d->lines[j];
	if (t->len > 2 && t->len < 200 && !line_is_heading(t) &&
	    (memchr(t->s, ':', t->len) == NULL || line_starts_folded(t, "titre professionnel :")))
		rec_set(d, &d->rec->title, t->s, t->len);
}

/* The value v[0..vl) of a label of labels[] (its folded form key) put in
 * the record, where it has none yet. */
static void
labelled_value(doc *d, const struct labelled *lb, const char *key, const char *v, size_t vl,
               int certifiers_before)
{
	rncp_record *r = d->rec;
	size_t ov[OV];

	switch (lb->field) {
	case 'k':
		if (r->code == NULL && vl < 40 && rx_match(&rx_code_alone, v, vl, ov, OV))
			set_code(d, ov[3] - ov[2] == 2 ? "RS" : "RNCP", v + ov[4], ov[5] - ov[4]);
		/* "RNCP : 36004": the prefix in the label */
		else if (r->code == NULL && strstr(key, "rncp") != NULL && vl < 40 &&
		         rx_match(&rx_code_digits, v, vl, ov, OV))
			set_code(d, "RNCP", v + ov[2], ov[3] - ov[2]);
		break;
	case 'l':
		/* "Niveau : 4 (équivalent Bac)", "Niveau RNCP : Niveau 3",
		 * "Niveau de sortie : niv. 6 (EU)" */
		if (r->level_eu == 0 && vl < 120 && rx_match(&rx_lvl_value, v, vl, ov, OV))
			r->level_eu = v[ov[2]] - '0';
		break;
	case 't':
		if (r->title == NULL)
			rec_set(d, &r->title, v, vl);
		break;
	case 's':
		if (r->status == NULL) {
			char f[32];
			fold_into(v, vl, f, sizeof(f));
			if (strstr(f, "inactiv") != NULL)
				r->status = arena_strdup(d->arena, "inactive");
			else if (strstr(f, "activ") != NULL)
				r->status = arena_strdup(d->arena, "active");
		}
		break;
	case 'c':
		if (!certifiers_before) {
			char siret[15];
			size_t nl;
			const char *two;
			/* two authorities a comma apart ("Ministère chargé de la
			 * Solidarité, Ministère de l'Enseignement supérieur") */
			/* (and a sentence's full stop, not an abbreviation's:
			 * "... et de la Recherche.", "ABC S.A.S.") */
			while (vl > 1 && (v[vl - 1] == ' ' || (v[vl - 1] == '.' && v[vl - 2] >= 'a' && v[vl - 2] <= 'z')))
				vl--;
			/* (and the sentences notes write after the name:
			 * "Ministère du Travail (DGEFP). L'AFPA n'est pas ...") */
			{
				const char *stop = v;
				while ((stop = memmem(stop, (size_t)(v + vl - stop), ". ", 2)) != NULL) {
					if (stop > v + 3 && stop[-1] != '.' && (stop[-2] != '.' || stop[-1] == ')') &&
					    stop + 2 < v + vl && stop[2] >= 'A' && stop[2] <= 'Z') {
						vl = (size_t)(stop - v);
						break;
					}
					stop += 2;
				}
			}
			while ((two = memmem(v, vl, ", Minist", 8)) != NULL || (two = memmem(v, vl, ", minist", 8)) != NULL) {
				rec_add_certifier(d, v, (size_t)(two - v), NULL);
				vl -= (size_t)(two - v) + 2;
				v = two + 2;
			}
			nl = name_siret(v, vl, siret);
			rec_add_certifier(d, v, nl, nl < vl ? siret : NULL);
		}
		break;
	case 'n': {
		char siret[15];
		if (!certifiers_before && r->ncertifiers > 0 && siret_of(v, vl, siret) &&
		    r->certifiers[r->ncertifiers - 1].siret == NULL) {
			r->certifiers[r->ncertifiers - 1].siret = arena_strdup(d->arena, siret);
			if (!siret_valid(siret))
				rec_warn(d, "SIRET %s fails the Luhn check: kept as printed", siret);
		}
		break;
	}
	}
}

/* The label of labels[] whose folded form is key, or NULL. */
static const struct labelled *
find_label(const char *key)
{
	/* the labels by their first byte, chained: filled once (a look-up
	 * for most lines with a colon, of which nearly all are none) */
	static short first[256], next[ARRAY_LEN(labels)];
	static int filled;
	short k;

	if (!filled) {
		size_t i;
		for (i = 0; i < 256; i++)
			first[i] = -1;
		for (i = ARRAY_LEN(labels); i-- > 0;) {
			unsigned char c = (unsigned char)labels[i].label[0];
			next[i] = first[c];
			first[c] = (short)i;
		}
		filled = 1;
	}
	for (k = first[(unsigned char)key[0]]; k >= 0; k = next[k])
		if (strcmp(key, labels[k].label) == 0)
			return &labels[k];
	return NULL;
}

/* The value of the label lb (its folded form key) on line i: the next line
 * that holds something, a blank line or two between them. */
static void
value_below(doc *d, size_t i, const struct labelled *lb, const char *key, int certifiers_before)
{
	const line *v;
	size_t j;

	for (j = i + 1; j < d->nlines && j < i + 3 && d->lines[j].len == 0; j++)
		;
	if (j >= d->nlines || (v = &d->lines[j])->len == 0 || v->len >= 200 || line_is_heading(v) ||
	    memchr(v->s, ':', v->len) != NULL)
		return;
	/* (not the next label: a field left empty) */
	if (v->len <= 48) {
		char next[64];
		fold_into(v->s, v->len, next, sizeof(next));
		if (find_label(next) != NULL)
			return;
	}
	labelled_value(d, lb, key, v->s, v->len, certifiers_before);
}

/* A label of two words or more alone on line i, without a colon
 * ("Autorité certificatrice" / "Nouvelle-Calédonie"), or the level's
 * ("Niveau" / "4"): its value on the next line that holds something (a
 * text of no known layout: a site's page about a certification). */
static void
label_above_value(doc *d, size_t i, int certifiers_before)
{
	const line *l = &d->lines[i];
	const struct labelled *lb;
	char key[64];
	size_t j;

	if (l->len < 6 || l->len > 48)
		return;
	j = list_sign(l->s, l->len);
	fold_into(l->s + j, l->len - j, key, sizeof(key));
	if ((lb = find_label(key)) == NULL || (strchr(key, ' ') == NULL && lb->field != 'l'))
		return;
	/* (an outline's items, the next one an item of it too: "-
	 * Intitulé de la certification" / "- Année de passage") */
	if (j > 0 && i + 1 < d->nlines && list_sign(d->lines[i + 1].s, d->lines[i + 1].len) > 0)
		return;
	value_below(d, i, lb, key, certifiers_before);
}

/* In a text of no known layout, a Markdown table's row of a label and
 * its value, its first bar gone: "Certificateur | X |". */
static void
labelled_row(doc *d, const line *l, int certifiers_before)
{
	const char *bar = l->len < 300 && l->s[0] != '|' ? memchr(l->s, '|', l->len < 60 ? l->len : 60) : NULL;
	const char *v, *end;
	const struct labelled *lb;
	char key[96];
	size_t kl, vl;

	if (bar == NULL)
		return;
	kl = fold_into(l->s, (size_t)(bar - l->s), key, sizeof(key));
	while (kl > 0 && key[kl - 1] == ' ')
		key[--kl] = '\0';
	for (v = bar + 1; v < l->s + l->len && *v == ' '; v++)
		;
	if ((end = memchr(v, '|', (size_t)(l->s + l->len - v))) == NULL)
		return;
	for (vl = (size_t)(end - v); vl > 0 && v[vl - 1] == ' '; vl--)
		;
	if (vl > 0 && (lb = find_label(key)) != NULL)
		labelled_value(d, lb, key, v, vl, certifiers_before);
}

void
extract_labelled(doc *d)
{
	rncp_record *r = d->rec;
	size_t i, k;
	int certifiers_before = r->ncertifiers > 0;
	/* (a known layout's labels are its layout's) */
	int generic = d->layout == LAYOUT_GENERIC, tabs = d->tabs;

	for (i = 0; i < d->nlines; i++) {
		const line *l = &d->lines[i];
		const char *colon = l->len < 300 ? memchr(l->s, ':', l->len) : NULL;
		const struct labelled *lb;
		char key[96];
		const char *v;
		size_t kl, vl;
		/* or a two-column table copied with a tab: "Intitulé | X" */
		if (colon == NULL && tabs && l->len < 300 && l->len > 0 && l->s[0] != '|')
			colon = memchr(l->s, '|', l->len);
		if (colon == NULL) {
			if (generic && l->len > 2 && l->s[l->len - 1] == '|')
				labelled_row(d, l, certifiers_before);
			else if (generic)
				label_above_value(d, i, certifiers_before);
			continue;
		}
		/* no colon after the label, one in the SIRET's bracket: "-
		 * Certificateur MINISTERE DU TRAVAIL ... (Siret :
		 * 11000007200014)" */
		if (r->ncertifiers == 0 && colon - l->s > 22 && strncasecmp(colon - 7, "(siret ", 7) == 0 &&
		    (k = list_sign(l->s, (size_t)(colon - l->s))) < 4 && strncmp(l->s + k, "Certificateur ", 14) == 0 &&
		    (lb = find_label("certificateur")) != NULL) {
			labelled_value(d, lb, "certificateur", l->s + k + 14, l->len - k - 14, certifiers_before);
			continue;
		}
		/* "... PROFESSIONNELLES Intitulé :", a heading's words before
		 * the label */
		if ((size_t)(colon - l->s) >= sizeof(key) / 2) {
			if (r->title == NULL && l->len >= 11 && colon == l->s + l->len - 1 &&
			    fold_into(l->s + l->len - 11, 11, key, sizeof(key)) > 0 && strcmp(key, "intitule :") == 0)
				title_below(d, i);
			continue;
		}
		/* "- Code de la fiche : ...", "• Certificateur : ..." */
		k = list_sign(l->s, (size_t)(colon - l->s));
		kl = fold_into(l->s + k, (size_t)(colon - l->s) - k, key, sizeof(key));
		while (kl > 0 && key[kl - 1] == ' ')
			key[--kl] = '\0';
		v = colon + 1;
		vl = l->len - (size_t)(v - l->s);
		while (vl > 0 && *v == ' ')
			v++, vl--;
		if (vl == 0) {
			/* "Intitulé :" alone on its line (an arrêté's annex), or
			 * "Autorité responsable de la certification :" */
			if (r->title == NULL && strcmp(key, "intitule") == 0)
				title_below(d, i);
			else if (generic && (lb = find_label(key)) != NULL && lb->field == 'c')
				value_below(d, i, lb, key, certifiers_before);
			continue;
		}
		if ((lb = find_label(key)) != NULL) {
			labelled_value(d, lb, key, v, vl, certifiers_before);
		}
	}
}
