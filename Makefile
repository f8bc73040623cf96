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
CFLAGS  ?= -O3 -g
ALL_CFLAGS = -std=c11 -D_GNU_SOURCE $(WARN) $(CFLAGS) -Iinclude -Isrc -Ibuild \
             $$($(PKG_CONFIG) --cflags libpcre2-8 sqlite3)
LIBS    = $$($(PKG_CONFIG) --libs libpcre2-8 sqlite3) -lm
CHECK_CFLAGS = $$($(PKG_CONFIG) --cflags check)
CHECK_LIBS   = $$($(PKG_CONFIG) --libs check)

# the pipeline, in order: decode -> normalize -> segment -> extract -> record -> json / store
LIB_SRC = src/util.c src/sha256.c src/regex.c src/decode.c src/columns.c src/normalize.c src/lexicon.c \
          src/segment.c src/extract.c src/layout_fc.c src/layout_cncp.c \
          src/layout_reac.c src/reline.c src/codes.c src/record.c src/parse.c src/json.c src/pack.c \
          src/store.c src/query.c build/refdata.c
CLI_SRC = src/main.c src/cli_util.c src/cli_progress.c src/cli_parse.c src/cli_pool.c \
          src/cli_query.c
LIB_OBJ = $(LIB_SRC:.c=.o)
CLI_OBJ = $(CLI_SRC:.c=.o)
HDR     = include/rncp.h src/internal.h src/store.h src/cli.h

TEST_SRC = tests/check_main.c tests/check_decode.c tests/check_columns.c tests/check_normalize.c \
           tests/check_reline.c \
           tests/check_segment.c tests/check_extract.c tests/check_codes.c \
           tests/check_json.c tests/check_store.c tests/check_query.c \
           tests/check_pack.c tests/check_robust.c

all: rncp

build/.dir:
	mkdir -p build/src build/tests
	touch $@

build/refdata.c: tools/gen-refdata.sh data/rome-v3.tsv data/nsf-groups.tsv data/nsf-letters.tsv \
                 data/words.txt build/.dir
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

tests/fuzz_replay: tests/fuzz/replay.c tests/fuzz/fuzz_parse.c build/librncp.a
	$(CC) $(ALL_CFLAGS) -o $@ tests/fuzz/replay.c tests/fuzz/fuzz_parse.c build/librncp.a $(LIBS)

test: rncp tests/check_rncp tests/fuzz_replay
	@if command -v mandoc >/dev/null 2>&1; then $(MAKE) lint-man; \
	 else echo "lint-man: skipped: mandoc not installed"; fi
	CK_DEFAULT_TIMEOUT=60 ./tests/check_rncp
	CK_FORK=no ./tests/check_rncp > /dev/null
	sh tests/regress.sh
	./tests/fuzz_replay tests/fuzz/corpus/* samples/*
	sh tests/tty.sh
	sh tests/completion.sh
	sh tests/install.sh
	sh tests/pipelines.sh
	sh tests/concurrent.sh
	sh tests/readonly.sh
	sh tests/batchfail.sh
	sh tests/walk.sh
	sh tests/injection.sh
	sh tests/score.sh

# cppcheck over the sources (warnings, portability, performance): none
# expected.  Not part of make check: cppcheck is not a build dependency.
lint: build/refdata.c
	cppcheck --quiet --enable=warning,portability,performance --std=c11 -D_GNU_SOURCE \
	    -Iinclude -Isrc -Ibuild --inline-suppr --error-exitcode=1 src/*.c

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
	$(MAKE) rncp bench/spawn
	python3 bench/run.py --rncp ./rncp --fiches $(BENCH_FICHES) --runs $(BENCH_RUNS) \
	    --jobs $(BENCH_JOBS) --db-fiches $(BENCH_DB_FICHES) --out bench/out

# the bench's stopwatch: wall time around one process, its CPU time and RSS
bench/spawn: bench/spawn.c
	$(CC) -std=c11 -D_GNU_SOURCE $(WARN) $(CFLAGS) -o $@ bench/spawn.c

clean:
	rm -rf build rncp bench/spawn tests/check_rncp tests/fuzz_replay src/*.o tests/*.o

.PHONY: all install uninstall deps demo check test lint lint-man bench clean

# ---- robustness: pathological inputs (issue 5) ----
# Each case of tests/pathological.py at 1x and 10x: fails when 10x costs
# more than 15x the time of 1x, or memory grows faster than the input.
pathological: rncp
	nice python3 tests/pathological.py

pathological-quick: rncp
	python3 tests/pathological.py --quick

# ---- robustness: storage faults (issue 5) ----
# Each takes a minute or two, so they are not part of make check:
# check-crash      SIGKILL a load of 1,000 fiches 20 times at random moments
# check-diskfull   a load into a 1 MiB tmpfs (root; skipped otherwise)
# check-concurrency four writers of 500 fiches at once
# Each checks the database with tests/dbcheck.py: integrity, every fiche
# whole or absent.
check-crash: rncp
	nice sh tests/crash.sh 20

check-diskfull: rncp
	nice sh tests/diskfull.sh

check-concurrency: rncp
	nice sh tests/concurrency.sh

check-storage: check-crash check-diskfull check-concurrency

# ---- robustness: fuzzing (issue 5) ----
# libFuzzer target over decode + normalise + parse + JSON, built with clang
# and ASan/UBSan into build/.  "make fuzz FUZZ_SECONDS=1800" fuzzes for
# that long, seeded from samples/ and tests/fuzz/corpus/; new inputs go to
# build/fuzz-corpus/ (keep the interesting ones in tests/fuzz/corpus/).
FUZZ_CC      ?= clang
FUZZ_SECONDS ?= 60
FUZZ_MAXLEN  ?= 65536
FUZZ_SAN     = -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined
FUZZ_CFLAGS  = -std=c11 -D_GNU_SOURCE -DRNCP_CHECK_UTF -g -O1 -Iinclude -Isrc -Ibuild \
               $$($(PKG_CONFIG) --cflags libpcre2-8 sqlite3)

build/fuzz_parse: tests/fuzz/fuzz_parse.c $(LIB_SRC) $(HDR)
	$(FUZZ_CC) $(FUZZ_CFLAGS) $(FUZZ_SAN) -o $@ tests/fuzz/fuzz_parse.c $(LIB_SRC) $(LIBS)

fuzz: build/fuzz_parse
	mkdir -p build/fuzz-corpus
	nice ./build/fuzz_parse -max_total_time=$(FUZZ_SECONDS) -timeout=10 \
	    -rss_limit_mb=2048 -max_len=$(FUZZ_MAXLEN) -dict=tests/fuzz/rncp.dict \
	    -print_final_stats=1 -artifact_prefix=build/ build/fuzz-corpus tests/fuzz/corpus samples

# ---- robustness: the test suite under sanitizers (issue 5) ----
# check-asan builds the command, the unit tests and the corpus replay with
# ASan + UBSan into build/asan/; check-valgrind builds them into
# build/valgrind/ without PCRE2's JIT (valgrind cannot follow JIT-generated
# code and reports uninitialised values in it), then runs them under
# valgrind.  Each variant runs the unit, golden and corpus-replay tests; any
# sanitizer report, valgrind error or definite leak fails.  (GNU make:
# pattern rules with per-variant flags.)
ASAN_CC    ?= $$(command -v clang >/dev/null && echo clang || echo $(CC))
ASAN_FLAGS  = -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=all
ASAN_ENV    = ASAN_OPTIONS=detect_leaks=1:exitcode=86 \
              UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:exitcode=86
VALGRIND    = valgrind -q --error-exitcode=86 --leak-check=full \
              --errors-for-leak-kinds=definite --show-leak-kinds=definite
VARIANT_FLAGS = -std=c11 -D_GNU_SOURCE -DRNCP_CHECK_UTF -g -O1 -Iinclude -Isrc -Ibuild \
              $$($(PKG_CONFIG) --cflags libpcre2-8 sqlite3)

build/asan/%: VCC = $(ASAN_CC)
build/asan/%: VFLAGS = $(ASAN_FLAGS)
build/valgrind/%: VCC = $(CC)
build/valgrind/%: VFLAGS = -DRNCP_NO_JIT

build/%/rncp: $(CLI_SRC) $(LIB_SRC) $(HDR)
	mkdir -p $(@D)
	$(VCC) $(VARIANT_FLAGS) $(VFLAGS) -o $@ $(CLI_SRC) $(LIB_SRC) $(LIBS)

build/%/check_rncp: $(TEST_SRC) tests/check_util.h $(LIB_SRC) $(HDR)
	mkdir -p $(@D)
	$(VCC) $(VARIANT_FLAGS) $(VFLAGS) $(CHECK_CFLAGS) -o $@ $(TEST_SRC) $(LIB_SRC) $(LIBS) $(CHECK_LIBS)

build/%/fuzz_replay: tests/fuzz/replay.c tests/fuzz/fuzz_parse.c $(LIB_SRC) $(HDR)
	mkdir -p $(@D)
	$(VCC) $(VARIANT_FLAGS) $(VFLAGS) -o $@ tests/fuzz/replay.c tests/fuzz/fuzz_parse.c $(LIB_SRC) $(LIBS)

check-asan: build/refdata.c
	$(MAKE) build/asan/rncp build/asan/check_rncp build/asan/fuzz_replay
	$(ASAN_ENV) CK_DEFAULT_TIMEOUT=120 ./build/asan/check_rncp
	$(ASAN_ENV) CK_FORK=no ./build/asan/check_rncp > /dev/null
	$(ASAN_ENV) RNCP=$(CURDIR)/build/asan/rncp sh tests/regress.sh
	$(ASAN_ENV) ./build/asan/fuzz_replay tests/fuzz/corpus/* samples/*
	$(ASAN_ENV) RNCP=$(CURDIR)/build/asan/rncp sh tests/injection.sh

check-valgrind: build/refdata.c
	$(MAKE) build/valgrind/rncp build/valgrind/check_rncp build/valgrind/fuzz_replay
	CK_FORK=no CK_DEFAULT_TIMEOUT=300 $(VALGRIND) ./build/valgrind/check_rncp
	RNCP="$(VALGRIND) $(CURDIR)/build/valgrind/rncp" sh tests/regress.sh
	$(VALGRIND) ./build/valgrind/fuzz_replay tests/fuzz/corpus/* samples/*

.PHONY: pathological pathological-quick check-crash check-diskfull check-concurrency \
        check-storage fuzz check-asan check-valgrind
