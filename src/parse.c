/*
 * parse.c - the pipeline: decode -> normalise -> segment -> extract (by
 * layout) -> finish the record.  Also reads input files with a size cap.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "internal.h"

/* Read all of fd into b, NUL-terminated, at most b->max - 1 bytes; 0, or
 * -1 with errno set (EFBIG past the cap).  Room for the whole file (hint
 * bytes) and one byte more, to see its end in one read: a fiche costs one
 * allocation, one read and no copy. */
static int
read_all(int fd, rncp_buf *b, size_t hint)
{
	size_t want = hint + 1;
	ssize_t n;
	char probe;

	for (;;) {
		if (buf_grow(b, want) != 0) {
			/* at the cap: fine only if the input ends here */
			do
				n = read(fd, &probe, 1);
			while (n < 0 && errno == EINTR);
			if (n == 0)
				return 0;
			if (n > 0)
				errno = EFBIG;
			return -1;
		}
		n = read(fd, b->s + b->len, b->cap - b->len - 1);
		if (n == 0)
			return 0;
		if (n < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		b->len += (size_t)n;
		b->s[b->len] = '\0';
		/* A regular file of hint bytes that gave exactly those, asked
		 * for more, has ended: no second read to see its end.  (A file
		 * of size 0 in /proc, or a short read of some other size, goes
		 * on reading to the end.) */
		if (hint > 0 && want == hint + 1 && b->len == hint && b->cap - hint > 1)
			return 0;
		want = 65536;
	}
}

rncp_status
rncp_read_file(const char *path, char **data, size_t *len, rncp_error *err)
{
	rncp_buf b = {0};
	struct stat sb;
	size_t hint = 0;
	int fd;
	rncp_status st = RNCP_OK;

	*data = NULL;
	*len = 0;
	b.max = RNCP_MAX_INPUT + 1;
	if (strcmp(path, "-") == 0) {
		fd = STDIN_FILENO;
	} else {
		fd = open(path, O_RDONLY | O_CLOEXEC);
		if (fd < 0) {
			set_error(err, RNCP_EIO, 0, "cannot open: %s", strerror(errno));
			return RNCP_EIO;
		}
	}
	if (fstat(fd, &sb) == 0) {
		if (S_ISDIR(sb.st_mode)) {
			set_error(err, RNCP_EIO, 0, "is a directory (use -r to read the fiches in it)");
			st = RNCP_EIO;
			goto out;
		}
		if (S_ISREG(sb.st_mode) && (size_t)sb.st_size > RNCP_MAX_INPUT) {
			set_error(err, RNCP_ETOOBIG, 0, "file is %lld bytes, over the limit of %zu MiB",
			          (long long)sb.st_size, RNCP_MAX_INPUT >> 20);
			st = RNCP_ETOOBIG;
			goto out;
		}
		if (S_ISREG(sb.st_mode))
			hint = (size_t)sb.st_size;
	}
	if (read_all(fd, &b, hint) != 0 || (b.s == NULL && buf_append(&b, "", 0) != 0)) {
		if (errno == EFBIG) {
			set_error(err, RNCP_ETOOBIG, 0, "input is over the limit of %zu MiB",
			          RNCP_MAX_INPUT >> 20);
			st = RNCP_ETOOBIG;
		} else {
			set_error(err, RNCP_EIO, 0, "read error: %s", strerror(errno));
			st = RNCP_EIO;
		}
		goto out;
	}
	*data = b.s;
	*len = b.len;
	b.s = NULL;
out:
	if (fd != STDIN_FILENO)
		close(fd);
	rncp_buf_free(&b);
	return st;
}

/* How many kinds of facts of a fiche were found. */
static int
facts_found(const rncp_record *r)
{
	size_t i, skills = 0;

	/* (the blocs' skills a kind of their own: a student's copy of the
	 * page's blocs and their lists, no code nor level) */
	for (i = 0; i < r->nblocs && skills == 0; i++)
		skills = r->blocs[i].nskills;
	return (r->code != NULL) + (r->level_eu != 0 || r->level_old != NULL) +
	       (r->nnsf > 0) + (r->nrome > 0) + (r->nformacodes > 0) + (r->nblocs > 0) + (skills > 0) +
	       (r->expires != NULL) + (r->ncertifiers > 0);
}

typedef rncp_status (*repair_fn)(const char *in, size_t len, char **out, size_t *outlen,
                                 norm_stats *st);

/* One repair of the document's text, which it replaces when it changed. */
static rncp_status
repair_pass(doc *d, repair_fn fn, norm_stats *ns)
{
	char *fixed = NULL;
	size_t flen = 0;
	rncp_status st = fn(d->text, d->len, &fixed, &flen, ns);

	if (st == RNCP_OK && fixed != NULL) {
		free(d->text);
		d->text = fixed;
		d->len = flen;
	}
	return st;
}

/* The document's text is now text[0..len), its tables unfolded (when
 * text is not NULL: a pass that changed nothing gives none).  Whether it
 * is. */
static int
columns_text(doc *d, char *text, size_t len)
{
	if (text == NULL)
		return 0;
	free(d->text);
	d->text = text;
	d->len = len;
	d->columns = 1;
	return 1;
}

/* Text whose lines have runs of blanks before a column's title may be laid
 * out in columns: its tables unfolded (columns.c) from the text before
 * normalisation, in[], and normalised again (raw: as normalize_utf8 takes
 * it). */
static rncp_status
columns_pass(doc *d, const char *in, size_t len, int raw, norm_stats *ns)
{
	char *cols = NULL, *text = NULL;
	size_t cols_len, text_len = 0;
	rncp_status st = unfold_columns(in, len, &cols, &cols_len, NULL);

	if (st != RNCP_OK || cols == NULL)
		return st;
	st = raw ? normalize_utf8(cols, cols_len, &text, &text_len, ns)
	         : normalize_text(cols, cols_len, &text, &text_len, ns);
	free(cols);
	if (st == RNCP_OK)
		columns_text(d, text, text_len);
	return st;
}

/*
 * html2text, without -utf8, reads a UTF-8 page as Latin-1 and writes each
 * byte as a character: the text comes double-encoded ("Ã©" for é), and its
 * tables padded to the bytes of that text, not of the repaired one, where
 * a cell's line after accented letters starts left of its column (and
 * where its cells overflow, every line of the right one may be glued to
 * the left one's, nothing to tell).  The tables of such a text, raw[], are
 * unfolded from its own bytes when one table at least shows those columns,
 * then decoded (the mojibake repaired) and normalised: *done.  A text
 * double-encoded after its layout (pdftotext -layout's, then read as
 * CP1252) keeps its columns in characters of the repaired text: left to
 * columns_pass.
 */
static rncp_status
raw_columns_pass(doc *d, const char *raw, size_t rlen, norm_stats *ns, int *done)
{
	char *cols = NULL, *text = NULL, *valid = NULL;
	size_t cols_len, text_len = 0, i, k;
	unsigned cp;
	int bytes = 1;
	decoded dec = {0};
	rncp_error err;
	rncp_status st;

	*done = 0;
	/* columns.c's regexes read valid UTF-8 only: a byte of no character
	 * (a tool cut one at a column's end: html2text does) is read as
	 * '?', in its place, where the columns' bytes still count */
	if (!utf8_valid(raw, rlen)) {
		if ((valid = malloc(rlen)) == NULL)
			return RNCP_ENOMEM;
		memcpy(valid, raw, rlen);
		for (i = 0; i < rlen; i += k) {
			k = (unsigned char)valid[i] < 0x80 ? 1 : utf8_decode((const unsigned char *)valid + i, rlen - i, &cp);
			if (k == 1 && (unsigned char)valid[i] >= 0x80)
				valid[i] = '?';
		}
		raw = valid;
	}
	st = unfold_columns(raw, rlen, &cols, &cols_len, &bytes);
	free(valid);
	if (st != RNCP_OK || cols == NULL || !bytes) {
		free(cols);
		return st;
	}
	st = decode_input(cols, cols_len, &dec, &err);
	free(cols);
	if (st != RNCP_OK)
		return st == RNCP_ENOMEM ? st : RNCP_OK;
	st = normalize_text(dec.text, dec.len, &text, &text_len, ns);
	free(dec.text);
	if (st == RNCP_OK)
		*done = columns_text(d, text, text_len);
	return st;
}

/* The kind of fact of a record that holds one. */
static const char *
one_fact(const rncp_record *r)
{
	return r->code != NULL                               ? "its code"
	       : r->level_eu != 0 || r->level_old != NULL    ? "a level"
	       : r->nnsf > 0                                 ? "NSF codes"
	       : r->nrome > 0                                ? "ROME codes"
	       : r->nformacodes > 0                          ? "Formacodes"
	       : r->nblocs > 0                               ? "blocs"
	       : r->expires != NULL                          ? "an expiry date"
	                                                     : "certifiers";
}

rncp_status
rncp_parse(const char *data, size_t len, const char *path, const rncp_parse_opts *opts,
           rncp_record **out, rncp_error *err)
{
	decoded dec = {0};
	doc d;
	rncp_record *r = NULL;
	rncp_status st;
	char hash[65];
	norm_stats ns = {0};
	const char *as_is;
	size_t as_is_len;
	int relined = 0;

	memset(&d, 0, sizeof(d));
	*out = NULL;
	/*
	 * Most fiches are UTF-8 that decode_input would only scan and copy:
	 * normalize_utf8 reads them straight from the input and checks them
	 * as it goes (decode_input's scan and copy were 4% of the
	 * instructions of a fiche).  At the first byte that needs decoding
	 * it stops, and decode_input and normalize_text do it all.
	 */
	if ((as_is = decode_as_is(data, len, &as_is_len)) != NULL) {
		st = normalize_utf8(as_is, as_is_len, &d.text, &d.len, &ns);
		if (st == RNCP_OK && d.text != NULL && ns.column_heads > 0)
			st = columns_pass(&d, as_is, as_is_len, 1, &ns);
		if (st != RNCP_OK)
			goto out;
	}
	if (d.text != NULL) {
		dec.encoding = "UTF-8";
	} else {
		st = decode_input(data, len, &dec, err);
		if (st != RNCP_OK)
			goto out;
	}
	r = rncp_record_new();
	if (r == NULL) {
		st = RNCP_ENOMEM;
		goto out;
	}
	d.rec = r;
	d.arena = r->arena;
	sha256_hex(data, len, hash);
	r->source_sha256 = arena_strdup(r->arena, hash);
	r->source_path = path ? arena_strdup(r->arena, path) : NULL;
	r->source_encoding = arena_strdup(r->arena, dec.encoding);
	if (dec.replaced)
		rec_warn(&d, "%zu invalid byte sequence%s in %s replaced by U+FFFD", dec.replaced,
		         dec.replaced > 1 ? "s" : "", dec.encoding);
	if (dec.moji)
		rec_warn(&d, "%zu double-encoded sequence%s (UTF-8 read as CP1252) repaired", dec.moji,
		         dec.moji > 1 ? "s" : "");
	if (dec.c1)
		rec_warn(&d, "%zu C1 control character%s (CP1252 read as Latin-1) read as CP1252", dec.c1,
		         dec.c1 > 1 ? "s" : "");
	if (dec.nuls)
		rec_warn(&d, "%zu NUL byte%s dropped", dec.nuls, dec.nuls > 1 ? "s" : "");
	if (d.text == NULL) {
		int done = 0;
		ns.column_heads = 0;
		st = normalize_text(dec.text, dec.len, &d.text, &d.len, &ns);
		if (st == RNCP_OK && ns.column_heads > 0 && dec.moji > 0 && as_is != NULL && dec.nuls == 0)
			st = raw_columns_pass(&d, as_is, as_is_len, &ns, &done);
		if (st == RNCP_OK && ns.column_heads > 0 && !done)
			st = columns_pass(&d, dec.text, dec.len, 0, &ns);
		if (st != RNCP_OK)
			goto out;
	}
	/* letters lost to '?', or dropped, then OCR misreadings: each pass gives a new
	 * text, or NULL when it changed nothing */
	if ((st = repair_pass(&d, lost_repair, &ns)) != RNCP_OK ||
	    (st = repair_pass(&d, dropped_repair, &ns)) != RNCP_OK ||
	    (st = repair_pass(&d, normalize_ocr, &ns)) != RNCP_OK)
		goto out;
	/* a text whose line ends were all lost: its lines put back */
	if (text_is_flat(d.text, d.len)) {
		char *lined;
		size_t llen;
		if ((st = reline_flat(d.text, d.len, &lined, &llen)) != RNCP_OK)
			goto out;
		free(d.text);
		d.text = lined;
		d.len = llen;
		relined = 1;
	}
	/* the regexes match without PCRE2's per-call UTF check (regex.c):
	 * check once here; a failure would be a bug in decode/normalise */
	if (!utf8_valid(d.text, d.len)) {
		set_error(err, RNCP_EIO, 0, "internal error: normalised text is not valid UTF-8");
		st = RNCP_EIO;
		goto out;
	}
	d.tabs = memchr(data, '\t', len) != NULL;
	st = segment_lines(&d);
	if (st != RNCP_OK)
		goto out;
	d.layout = detect_layout(&d);
	switch (d.layout) {
	case LAYOUT_FC_PDF: layout_fc(&d, 0); break;
	case LAYOUT_FC_WEB: layout_fc(&d, 1); break;
	case LAYOUT_CNCP: layout_cncp(&d); break;
	case LAYOUT_REAC: layout_reac(&d); break;
	case LAYOUT_GENERIC: layout_fc(&d, 0); break;
	}
	extract_labelled(&d);
	/* no code stated: the one a page names in its own words (not a
	 * REAC's, which states none of its own) */
	if (r->code == NULL && d.layout != LAYOUT_REAC)
		extract_code_mentioned(&d);
	/* (and its blocs numbered, coded from a code found only now: named,
	 * or under a label the layouts do not read) */
	if (r->code != NULL && r->nblocs == 0 && d.layout != LAYOUT_REAC)
		numbered_blocs(&d);
	/* none read: a Markdown copy's, under their headings */
	markdown_blocs(&d);
	/* or a page's list of their titles */
	if (d.layout != LAYOUT_REAC) {
		listed_blocs(&d);
		bare_code_blocs(&d);
	}
	title_above_code(&d);
	arrete_article(&d);
	if (d.layout != LAYOUT_REAC) {
		article_blocs(&d);
		activity_blocs(&d);
	}
	level_mentioned(&d);
	certifier_mentioned(&d);
	extract_rome_labels_from_ref(&d);
	r->source_layout = arena_strdup(r->arena, layout_name(d.layout));
	/* An unknown layout must show at least two kinds of facts: one code
	 * in a README is not a fiche. */
	if (facts_found(r) < (d.layout == LAYOUT_GENERIC ? 2 : 1)) {
		if (facts_found(r) == 0)
			set_error(err, RNCP_ENOTFICHE, 0,
			          "not an RNCP fiche: no code, level, NSF, ROME, bloc or certifier found");
		else
			set_error(err, RNCP_ENOTFICHE, 0,
			          "not an RNCP fiche: in a text of no known layout, only one kind of "
			          "fact found (%s); two are needed", one_fact(r));
		st = RNCP_ENOTFICHE;
		goto out;
	}
	if (ns.lost_words)
		rec_warn(&d, "%zu word%s whose letters were lost to '?' put back", ns.lost_words,
		         ns.lost_words > 1 ? "s" : "");
	if (ns.dropped_words)
		rec_warn(&d, "%zu word%s whose accented letters were dropped put back", ns.dropped_words,
		         ns.dropped_words > 1 ? "s" : "");
	if (relined)
		rec_warn(&d, "line ends lost: lines put back before "
		             "the fiche's labels and list items");
	if (ns.ocr_words)
		rec_warn(&d, "%zu word%s repaired as OCR misreadings", ns.ocr_words,
		         ns.ocr_words > 1 ? "s" : "");
	if (ns.no_lexicon && d.layout == LAYOUT_REAC)
		rec_warn(&d, "no French word list (install wfrench, or set RNCP_LEXICON): "
		             "OCR misreadings not repaired");
	/* a label of the page is no title ("L'essentiel": a page whose
	 * title was not copied) */
	if (r->title != NULL && page_label(r->title)) {
		rec_warn(&d, "title '%s' is a label of the page: left out", r->title);
		r->title = NULL;
	}
	title_tidy(r->title);
	title_case_vote(d.text, d.len, r->title);
	record_finish(&d, opts);
	if (r->arena == NULL) {
		st = RNCP_ENOMEM;
		goto out;
	}
	*out = r;
	r = NULL;
	st = RNCP_OK;
out:
	if (st == RNCP_ENOMEM)
		set_error(err, RNCP_ENOMEM, 0, "out of memory");
	rncp_record_free(r);
	free(dec.text);
	free(d.text);
	free(d.lines);
	return st;
}
