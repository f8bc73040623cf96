/*
 * rncp.h - public API of librncp: turn RNCP certification fiches (text) into
 * records, and store / query them in SQLite.
 *
 * Ownership rule, for the whole API: a function that returns a pointer
 * through an OUT parameter or as its value gives the caller that memory, to be
 * released with the matching rncp_*_free(), which accepts NULL.  Strings inside
 * a record belong to the record.  The library never prints and never exits:
 * every failure is an rncp_status plus an rncp_error message.
 */
#ifndef RNCP_H
#define RNCP_H

#include <stddef.h>
#include <stdint.h>

#define RNCP_VERSION "0.1.0"

/* Largest input file accepted (bytes).  Bigger files are rejected with
 * RNCP_ETOOBIG: no real fiche comes near, and it bounds memory. */
#define RNCP_MAX_INPUT ((size_t)64 * 1024 * 1024)

typedef enum rncp_status {
	RNCP_OK = 0,
	RNCP_ENOMEM,     /* out of memory, or a buffer cap was reached */
	RNCP_EIO,        /* read or write error */
	RNCP_ETOOBIG,    /* input over RNCP_MAX_INPUT */
	RNCP_EEMPTY,     /* input has no text */
	RNCP_EBINARY,    /* input is not text */
	RNCP_ENOTFICHE,  /* text, but none of the facts of a fiche */
	RNCP_EDB,        /* SQLite error */
	RNCP_ENOTDB,     /* file is not an rncp database */
	RNCP_EDBVERSION, /* database written by a newer rncp */
	RNCP_EREADONLY,  /* database cannot be written */
	RNCP_EFULL,      /* disk full */
	RNCP_EUSAGE,     /* malformed argument (query value ...) */
	RNCP_ENOTFOUND   /* no such record */
} rncp_status;

typedef struct rncp_error {
	rncp_status status;
	long line;      /* 1-based input line the message is about, or 0 */
	char msg[512];  /* in English, without the file name */
} rncp_error;

/* Short text for a status ("not a fiche", ...). Static storage. */
const char *rncp_status_str(rncp_status st);

/* ---- the record (SPEC.md "The record") ---- */

typedef struct rncp_coded {  /* an NSF, Formacode or ROME entry */
	char *code;
	char *label;         /* NULL when the fiche gives none */
} rncp_coded;

typedef struct rncp_certifier {
	char *name;
	char *siret;         /* 14 digits, or NULL */
} rncp_certifier;

typedef struct rncp_bloc {
	char *code;          /* RNCP37454BC01, or NULL (REAC activity types) */
	char *title;
	char **skills;
	size_t nskills;
} rncp_bloc;

typedef struct rncp_record {
	char *code;          /* RNCP37454 / RS5432, or NULL */
	char *title;
	char *status;        /* "active", "inactive", or NULL */
	int level_eu;        /* 1-8, or 0 when unknown */
	char *level_old;     /* "I".."V", or NULL */
	rncp_coded *nsf;        size_t nnsf;
	rncp_coded *formacodes; size_t nformacodes;
	rncp_coded *rome;       size_t nrome;
	rncp_certifier *certifiers; size_t ncertifiers;
	char *expires;       /* YYYY-MM-DD, or NULL */
	rncp_bloc *blocs;    size_t nblocs;
	char **jobs;         size_t njobs;
	char *source_path;
	char *source_layout; /* france-competences, france-competences-web, cncp, reac, generic */
	char *source_encoding;
	char *source_sha256; /* of the input bytes, lower-case hex */
	char **warnings;     size_t nwarnings;
	struct rncp_arena *arena; /* private: owns every string above */
} rncp_record;

/* An empty record; NULL when out of memory.  Caller frees. */
rncp_record *rncp_record_new(void);
void rncp_record_free(rncp_record *rec);

/* What identifies a record: its code, or the SHA-256 of its input when it
 * has none (the database stores that one as "sha256:" + hash).  Points
 * into rec. */
const char *rncp_record_key(const rncp_record *rec);

/* ---- parsing ---- */

typedef struct rncp_parse_opts {
	const char *today;   /* YYYY-MM-DD used to derive status from expiry;
	                        NULL: $RNCP_TODAY, else the current date */
} rncp_parse_opts;

/*
 * Parse one fiche held in memory (any supported encoding).  path is only
 * recorded in source.path (may be NULL).  On RNCP_OK, *out is a record the
 * caller frees with rncp_record_free().  On error *out is NULL and err says
 * why (not a fiche, binary, empty ...).  opts may be NULL.
 */
rncp_status rncp_parse(const char *data, size_t len, const char *path,
                       const rncp_parse_opts *opts,
                       rncp_record **out /* OUT */, rncp_error *err);

/* Read a whole file (or stdin when path is "-") into memory, up to
 * RNCP_MAX_INPUT.  *data is malloc'd, caller frees with free(). */
rncp_status rncp_read_file(const char *path, char **data /* OUT */,
                           size_t *len /* OUT */, rncp_error *err);

/* ---- output ---- */

typedef struct rncp_buf {
	char *s;
	size_t len, cap, max;   /* max: hard cap, 0 = RNCP_MAX_INPUT * 4 */
	int failed;             /* set when an append could not grow */
} rncp_buf;

void rncp_buf_free(rncp_buf *b);
/* Append n bytes / a string; -1 (and b->failed set) when over the cap. */
int rncp_buf_append(rncp_buf *b, const char *s, size_t n);
int rncp_buf_append_str(rncp_buf *b, const char *s);

/* Append rec as JSON to out.  pretty: indented, for one record per
 * document; else one line (JSON Lines).  Returns RNCP_ENOMEM on failure. */
rncp_status rncp_record_json(const rncp_record *rec, int pretty, int indent,
                             rncp_buf *out);

/* Append s as a JSON string (null when s is NULL), for output built
 * around records (counts of "rncp stats"). */
void rncp_json_string(rncp_buf *b, const char *s);

/* ---- passing records between processes (rncp parse -j) ---- */

/* Append rec to out in a compact binary form that rncp_record_unpack reads
 * back exactly.  For the same build of the same program: not a file format. */
rncp_status rncp_record_pack(const rncp_record *rec, rncp_buf *out);
/* The record packed in data[0..len).  Caller frees with rncp_record_free. */
rncp_status rncp_record_unpack(const char *data, size_t len,
                               rncp_record **out /* OUT */, rncp_error *err);

/* ---- storage ---- */

typedef struct rncp_db rncp_db;

#define RNCP_DB_READONLY 1

/* Open (creating when missing, unless RNCP_DB_READONLY) the database at
 * path, creating its folder.  Caller closes with rncp_db_close(). */
rncp_status rncp_db_open(const char *path, int flags, rncp_db **out /* OUT */,
                         rncp_error *err);
void rncp_db_close(rncp_db *db);

/* The default database path: $RNCP_DB, else $XDG_DATA_HOME/rncp/rncp.db,
 * else ~/.local/share/rncp/rncp.db.  Caller frees. NULL if unknown. */
char *rncp_db_default_path(void);

/* Store rec, replacing any record with the same key, in one transaction. */
rncp_status rncp_db_put(rncp_db *db, const rncp_record *rec, rncp_error *err);

/* Batches: the rncp_db_put calls between rncp_db_begin and rncp_db_commit
 * share one transaction, many times faster than one each (rncp parse
 * commits every 100 records).  A crash leaves each record wholly stored or
 * absent.  A put that fails inside a batch undoes the whole batch and ends
 * it (rncp_db_in_batch() then returns 0): the caller stores the records of
 * the batch again, each on its own, to lose only those that fail alone.
 * Until the commit, other connections do not see the batch and cannot
 * write.  rncp_db_close commits an open batch. */
rncp_status rncp_db_begin(rncp_db *db, rncp_error *err);
rncp_status rncp_db_commit(rncp_db *db, rncp_error *err);
int rncp_db_in_batch(const rncp_db *db);

/* Load the record stored under key: a code (case-insensitive), or for a
 * fiche without one "sha256:HASH" or the bare HASH.  RNCP_ENOTFOUND when
 * none.  Caller frees *out with rncp_record_free(). */
rncp_status rncp_db_get(rncp_db *db, const char *key,
                        rncp_record **out /* OUT */, rncp_error *err);

/* ---- queries ---- */

typedef struct rncp_query {
	/* Each list ORs its values; different lists AND. */
	const char **rome;      size_t nrome;       /* M1801, domain M18, or letter M */
	const char **nsf;       size_t nnsf;        /* 326 (group) or 326r */
	const char **level;     size_t nlevel;      /* 5, III, 5-7 */
	const char **bloc;      size_t nbloc;       /* bloc code or words */
	const char **formacode; size_t nformacode;  /* 5 digits */
	const char **certifier; size_t ncertifier;  /* name part, or SIRET */
	const char **text;      size_t ntext;       /* words */
	const char **status;    size_t nstatus;     /* active, inactive */
} rncp_query;

/*
 * Words (--bloc words, --text, --certifier names) match without regard to
 * case or accents.  A word matches any word of the fiche that starts with
 * it ("réseau" finds "réseaux"); every word of one value must match, and
 * for --bloc within one bloc (its title and skills).
 * Punctuation separates words and is never query syntax.
 */

/* Check every value of q, before any query runs. RNCP_EUSAGE with a
 * message naming the bad value. */
rncp_status rncp_query_validate(const rncp_query *q, rncp_error *err);

/* True when rec matches q (for queries over files parsed in memory).
 * q must have passed rncp_query_validate(). */
int rncp_query_match(const rncp_query *q, const rncp_record *rec);

/* The lists a query can filter, for rncp_query_code_match(). */
typedef enum rncp_qlist { RNCP_QL_ROME, RNCP_QL_NSF, RNCP_QL_FORMACODE } rncp_qlist;

/* True when one code of a record (a ROME, NSF or Formacode code) matches
 * one of q's values for that list: the "matched codes" of query output.
 * False when q has no value for the list. */
int rncp_query_code_match(const rncp_query *q, rncp_qlist list, const char *code);
/* The same for a certifier (--certifier) and a bloc (--bloc). */
int rncp_query_certifier_match(const rncp_query *q, const rncp_certifier *c);
int rncp_query_bloc_match(const rncp_query *q, const rncp_bloc *b);

typedef int (*rncp_record_cb)(const rncp_record *rec, void *ctx);

/* Call cb for each stored record matching q, in key order (codes, then
 * the keys of fiches without one).  A non-zero return from cb stops the
 * walk.  *nmatch (may be NULL) counts matches.  The record passed to cb
 * belongs to the walk: it is freed when cb returns. */
rncp_status rncp_db_query(rncp_db *db, const rncp_query *q, rncp_record_cb cb,
                          void *ctx, size_t *nmatch /* OUT */, rncp_error *err);

/* Parts of a record rncp_db_select() loads besides its scalar fields
 * (code, title, status, level, expires, source), which are always there. */
#define RNCP_LOAD_NSF        0x01u
#define RNCP_LOAD_FORMACODES 0x02u
#define RNCP_LOAD_ROME       0x04u
#define RNCP_LOAD_CERTIFIERS 0x08u
#define RNCP_LOAD_BLOCS      0x10u  /* with their skills */
#define RNCP_LOAD_JOBS       0x20u
#define RNCP_LOAD_WARNINGS   0x40u
#define RNCP_LOAD_ALL        0x7Fu
/* For each list the query filters on (blocs, ROME, NSF, Formacodes) and
 * parts does not load whole: only the entries its values matched, their
 * codes alone (no label; blocs without title and skills), read with the
 * query instead of per fiche. */
#define RNCP_LOAD_HITS       0x80u
/* Of the scalar fields, only code, title, status and levels: expires and
 * source.* left NULL.  A listing of codes and titles by level then reads
 * an index alone. */
#define RNCP_LOAD_BRIEF      0x100u

/* rncp_db_query() loading only the parts asked for: a table of codes and
 * titles needs no blocs.  cb NULL: only count the matches (fast). */
rncp_status rncp_db_select(rncp_db *db, const rncp_query *q, unsigned parts,
                           rncp_record_cb cb, void *ctx, size_t *nmatch /* OUT */,
                           rncp_error *err);

/* What "rncp stats" counts fiches by. */
typedef enum rncp_stat_by {
	RNCP_BY_ROME, RNCP_BY_ROME_DOMAIN, RNCP_BY_NSF, RNCP_BY_LEVEL, RNCP_BY_CERTIFIER
} rncp_stat_by;

/* One row of counts: key is a ROME code, a ROME domain (M18), an NSF code,
 * a level ("5") or a certifier's name; NULL for the fiches that have none.
 * label is the nomenclature's label (ROME, NSF group), the 1969 level, the
 * certifier's SIRET, or NULL.  count is the number of matching fiches. */
typedef int (*rncp_stat_cb)(const char *key, const char *label, long count, void *ctx);

/* Count the stored fiches matching q (may be NULL: all) by by, in key
 * order.  A non-zero return from cb stops the walk. */
rncp_status rncp_db_stats(rncp_db *db, const rncp_query *q, rncp_stat_by by,
                          rncp_stat_cb cb, void *ctx, rncp_error *err);

#endif /* RNCP_H */
