# rncp - RNCP fiches to records.  Plain make + pkg-config; see README.
.SUFFIXES:

CC      ?= cc
PREFIX  ?= /usr/local
DESTDIR ?=
PKG_CONFIG ?= pkg-config
INSTALL ?= install
BINDIR  = $(PREFIX)/bin
MANDIR  = $(PREFIX)/share/man
BASHCOMPDIR = $(PREFIX)/share/bash-completion/completions
ZSHCOMPDIR  = $(PREFIX)/share/zsh/site-functions

WARN    = -Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes -Wmissing-prototypes
CFLAGS  ?= -O2 -g
ALL_CFLAGS = -std=c11 -D_GNU_SOURCE $(WARN) $(CFLAGS) -Iinclude -Isrc -Ibuild \
             $$($(PKG_CONFIG) --cflags libpcre2-8 sqlite3)
LIBS    = $$($(PKG_CONFIG) --libs libpcre2-8 sqlite3) -lm
CHECK_CFLAGS = $$($(PKG_CONFIG) --cflags check)
CHECK_LIBS   = $$($(PKG_CONFIG) --libs check)

# the pipeline, in order: decode -> normalize -> segment -> extract -> record -> json / store
LIB_SRC = src/util.c src/sha256.c src/regex.c src/decode.c src/normalize.c src/lexicon.c \
          src/segment.c src/extract.c src/layout_fc.c src/layout_cncp.c \
          src/layout_reac.c src/codes.c src/record.c src/parse.c src/json.c src/pack.c \
          src/store.c src/query.c build/refdata.c
CLI_SRC = src/main.c src/cli_util.c src/cli_progress.c src/cli_parse.c src/cli_pool.c \
          src/cli_query.c
LIB_OBJ = $(LIB_SRC:.c=.o)
CLI_OBJ = $(CLI_SRC:.c=.o)
HDR     = include/rncp.h src/internal.h src/store.h src/cli.h

TEST_SRC = tests/check_main.c tests/check_decode.c tests/check_normalize.c \
           tests/check_segment.c tests/check_extract.c tests/check_codes.c \
           tests/check_json.c tests/check_store.c tests/check_query.c \
           tests/check_pack.c

all: rncp

build/.dir:
	mkdir -p build/src build/tests
	touch $@

build/refdata.c: tools/gen-refdata.sh data/rome-v3.tsv data/nsf-groups.tsv data/nsf-letters.tsv build/.dir
	sh tools/gen-refdata.sh data > $@.tmp && mv $@.tmp $@

build/refdata.o: build/refdata.c $(HDR)
	$(CC) $(ALL_CFLAGS) -c build/refdata.c -o $@

.SUFFIXES: .c .o
.c.o:
	$(CC) $(ALL_CFLAGS) -c $< -o $@

$(LIB_OBJ) $(CLI_OBJ): $(HDR)

build/librncp.a: $(LIB_OBJ) build/.dir
	rm -f $@
	ar rcs $@ $(LIB_OBJ)

rncp: $(CLI_OBJ) build/librncp.a
	$(CC) $(ALL_CFLAGS) -o $@ $(CLI_OBJ) build/librncp.a $(LIBS)

tests/check_rncp: $(TEST_SRC) tests/check_util.h build/librncp.a
	$(CC) $(ALL_CFLAGS) $(CHECK_CFLAGS) -o $@ $(TEST_SRC) build/librncp.a $(LIBS) $(CHECK_LIBS)

# ---- install (PREFIX, DESTDIR for packagers) ----

install: rncp
	$(INSTALL) -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 \
	              $(DESTDIR)$(BASHCOMPDIR) $(DESTDIR)$(ZSHCOMPDIR)
	$(INSTALL) -m 755 rncp $(DESTDIR)$(BINDIR)/rncp
	$(INSTALL) -m 644 man/rncp.1 $(DESTDIR)$(MANDIR)/man1/rncp.1
	$(INSTALL) -m 644 completions/rncp.bash $(DESTDIR)$(BASHCOMPDIR)/rncp
	$(INSTALL) -m 644 completions/_rncp $(DESTDIR)$(ZSHCOMPDIR)/_rncp

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/rncp $(DESTDIR)$(MANDIR)/man1/rncp.1 \
	      $(DESTDIR)$(BASHCOMPDIR)/rncp $(DESTDIR)$(ZSHCOMPDIR)/_rncp

# ---- set-up, demo, tests ----

deps:
	@sh tools/deps.sh

demo: deps
	$(MAKE) rncp
	./rncp parse --format tsv samples/*.txt
	./rncp query --rome M1801
	./rncp stats --by rome-domain

check: deps
	$(MAKE) rncp tests/check_rncp
	$(MAKE) test

test: rncp tests/check_rncp
	@if command -v mandoc >/dev/null 2>&1; then $(MAKE) lint-man; \
	 else echo "lint-man: skipped: mandoc not installed"; fi
	CK_DEFAULT_TIMEOUT=60 ./tests/check_rncp
	CK_FORK=no ./tests/check_rncp > /dev/null
	sh tests/regress.sh
	sh tests/tty.sh
	sh tests/completion.sh
	sh tests/install.sh
	sh tests/pipelines.sh
	sh tests/concurrent.sh
	sh tests/readonly.sh
	sh tests/score.sh

# the manual must stay free of mandoc warnings (mandoc exits 2 on one)
lint-man:
	mandoc -T lint -W warning man/rncp.1

# ---- benchmark (bench/README): corpus and databases are kept in bench/out ----

BENCH_FICHES ?= 50000
BENCH_RUNS   ?= 3
BENCH_JOBS   ?= 2
# fiches of the query database: 0 = 50,000, or BENCH_FICHES when smaller
BENCH_DB_FICHES ?= 0

bench: deps
	$(MAKE) rncp
	python3 bench/run.py --rncp ./rncp --fiches $(BENCH_FICHES) --runs $(BENCH_RUNS) \
	    --jobs $(BENCH_JOBS) --db-fiches $(BENCH_DB_FICHES) --out bench/out

clean:
	rm -rf build rncp tests/check_rncp src/*.o tests/*.o

.PHONY: all install uninstall deps demo check test lint-man bench clean
