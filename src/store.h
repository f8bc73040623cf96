/*
 * store.h - private to store.c and query.c: the database handle and its
 * statement cache.
 */
#ifndef RNCP_STORE_H
#define RNCP_STORE_H

#include <sqlite3.h>

#include "rncp.h"

#define RNCP_SCHEMA_VERSION 6

/* The rowid of a bloc's row in fts_blocs: its fiche's id and its position
 * in the fiche, below 2^24 (RNCP_MAX_INPUT holds fewer blocs); BLOC_SHIFT
 * is the shift for SQL text. */
#define BLOC_POS_BITS 24
#define BLOC_ROWID(fiche, pos) (((sqlite3_int64)(fiche) << BLOC_POS_BITS) | (sqlite3_int64)(pos))
#define BLOC_STR_(x) #x
#define BLOC_STR(x) BLOC_STR_(x)
#define BLOC_SHIFT BLOC_STR(BLOC_POS_BITS)

enum {
	ST_FIND, ST_DEL, ST_DEL_FTS, ST_INS, ST_NSF, ST_FORMA, ST_ROME, ST_CERT,
	ST_BLOC, ST_SKILL, ST_JOB, ST_WARN, ST_FTS, ST_DEL_FTS_BLOCS, ST_FTS_BLOCS, ST_TERM,
	/* query.c: loading a record's lists back */
	ST_GET, ST_L_NSF, ST_L_FORMA, ST_L_ROME, ST_L_CERT, ST_L_BLOC, ST_L_SKILL, ST_L_JOB,
	ST_L_WARN, ST_Q_TERMS,
	ST_COUNT = 32 /* room for query.c's statements */
};

/* The terms of bloc_terms this connection knows are there. */
typedef struct term_set {
	char **slot; /* open addressing, cap a power of two */
	size_t cap, n;
	struct rncp_arena *arena;
} term_set;

struct rncp_db {
	sqlite3 *sql;
	int readonly;
	int functions;  /* query.c's SQL functions are registered */
	int batch;      /* inside rncp_db_begin .. rncp_db_commit */
	int version;    /* of the schema: below RNCP_SCHEMA_VERSION in a file
	                 * a reader could not bring up to date */
	sqlite3_stmt *stmt[ST_COUNT];
	fts5_tokenizer tokenizer; /* fts_blocs's, made on first use */
	Fts5Tokenizer *tok;
	term_set terms;
};

/* Fill err from the connection's last error; returns the status. */
rncp_status db_error(rncp_db *db, rncp_error *err, const char *what);
/* Cached statement number which (prepared on first use); NULL on error. */
sqlite3_stmt *db_stmt(rncp_db *db, int which, const char *sql);
/* A read transaction around the statements of one query, so that they all
 * read the same state of the database (a record another process replaces
 * in between gets a new id).  Begins one only outside a transaction;
 * returns 1 when it did, for db_read_end. */
int db_read_begin(rncp_db *db);
void db_read_end(rncp_db *db, int began);
/* db->version as the transaction under way reads the file: a reader of
 * an older file it could not bring up to date may see another process do
 * it meanwhile.  Call after db_read_begin, before reading. */
void db_version_refresh(rncp_db *db);
/* The terms FTS5 indexes text[0..n) under in fts_blocs (folded, without
 * accents), each passed to cb, which returns non-zero to stop.  Returns
 * -1 when the tokenizer cannot be made, else what cb last returned. */
int db_bloc_tokens(rncp_db *db, const char *text, int n, int (*cb)(void *, const char *, int),
                   void *ctx);

#endif
