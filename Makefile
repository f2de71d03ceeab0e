# doithoai — two commands set up and use everything on a fresh Debian machine:
#   make run    install what is missing, build, run the nightly job on input/ into output/
#   make test   install what is missing, run the test suite
# Swift itself must already be on PATH (it is not a Debian package); the C libraries are.

SWIFT ?= swift
INPUT ?= input
OUTPUT ?= output
# libxlsxwriter's .pc links -lz but the Debian package does not depend on zlib1g-dev;
# unzip is used by the tests to read workbooks part by part.
DEBIAN_PACKAGES := libxlsxwriter-dev zlib1g-dev libsqlite3-dev unzip
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all deps bench-deps build run test check render fuzz bench bench-parts eval synthetic clean

all: build

# The recipe lines that install those of the Debian packages $(1) that are missing.
define install-missing
	@missing=""; \
	for p in $(1); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi
endef

## deps: install the Debian packages that are missing (nothing when all are there)
deps:
	@command -v $(SWIFT) >/dev/null || { echo "Swift is not on PATH: install the Swift toolchain (swift.org) first." >&2; exit 1; }
	$(call install-missing,$(DEBIAN_PACKAGES))

## bench-deps: deps, and GNU time (/usr/bin/time -v gives make bench the runs' peak memory)
bench-deps: deps
	$(call install-missing,time)

## build: the release binary, .build/release/doithoai
build: deps
	$(SWIFT) build -c release --product doithoai

## run: the nightly job on $(INPUT) into $(OUTPUT)
run: build
	.build/release/doithoai run --input $(INPUT) --output $(OUTPUT)

## check: validate $(INPUT) without writing anything
check: build
	.build/release/doithoai check --input $(INPUT) --output $(OUTPUT)

## test: the whole test suite (unit and end-to-end)
# All tests are XCTest; without --disable-swift-testing the run would end on Swift
# Testing's "0 tests" line, which reads as if nothing ran.
test: deps
	$(SWIFT) test --disable-swift-testing

## render: turn every workbook in $(OUTPUT) into PDF with LibreOffice (installs it if missing), to look at as a user would
render:
	@command -v libreoffice >/dev/null || { $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends libreoffice-calc fonts-liberation poppler-utils; }
	@mkdir -p $(OUTPUT)/pdf
	libreoffice --headless --convert-to pdf --outdir $(OUTPUT)/pdf $(OUTPUT)/*.xlsx $(OUTPUT)/departments/*.xlsx $(OUTPUT)/units/*.xlsx >/dev/null

BENCH_SIZES ?= 5000 10000 100000 1000000
BENCH_PRODUCTS := doithoai synthesize-campaign xlsx-floor doithoai-bench

## bench: issue #9 end to end on synthetic campaigns of $(BENCH_SIZES) questions; prints the table, kept in .build-bench/last.md
# Each size: first night on an empty registry, then a rerun, under /usr/bin/time -v; then
# libxlsxwriter alone on the largest size's questions.csv (xlsx-floor). Never part of make test.
bench: bench-deps
	@for product in $(BENCH_PRODUCTS); do $(SWIFT) build -c release --product $$product || exit 1; done
	.build/release/doithoai-bench --sizes "$(BENCH_SIZES)"

GROUPING_SIZES ?= 10000,100000,1000000
REGISTRY_SIZES ?= 100000,1000000

## bench-parts: micro-benchmarks of single stages (release build), printed; figures go to BENCHMARKS.md. Never part of make test.
bench-parts: deps
	DOITHOAI_BENCH=1 DOITHOAI_BENCH_GROUPING=$(GROUPING_SIZES) DOITHOAI_BENCH_REGISTRY=$(REGISTRY_SIZES) $(SWIFT) test -c release -Xswiftc -enable-testing --disable-swift-testing \
	  --scratch-path .build-bench --filter Benchmarks 2>&1 | grep -E "^(CSV reader|decoding|scoring|grouping|registry)|error|Executed"

## eval: grouping quality on vnPara and UIT-ViCoV19QA (release build), printed; figures go to BENCHMARKS.md. Never part of make test.
eval: deps
	DOITHOAI_EVAL=1 $(SWIFT) test -c release -Xswiftc -enable-testing --disable-swift-testing \
	  --scratch-path .build-eval --filter "GroupingEvaluation|ClassificationEvaluation" 2>&1 | grep -E "^(eval|\|)|error|Executed"

SYNTH_QUESTIONS ?= 200000
SYNTH_DIR ?= .build-synth/input-$(SYNTH_QUESTIONS)

## synthetic: a synthetic campaign of $(SYNTH_QUESTIONS) question rows from $(INPUT)/campaign.yml into $(SYNTH_DIR) (release build), for benchmarks
synthetic: deps
	$(SWIFT) build -c release --product synthesize-campaign
	.build/release/synthesize-campaign --questions $(SYNTH_QUESTIONS) --from $(INPUT) --output $(SYNTH_DIR)

## fuzz: libFuzzer over decoding, CSV cutting and the row accounting, seeded with the test corpora (FUZZ_SECONDS, default 600)
FUZZ_SECONDS ?= 600
FUZZ_DIR := .build-fuzz
FUZZ_SOURCES = Fuzz/IngestFuzzer.swift Sources/DoiThoaiKit/Ingest/*.swift $(wildcard Sources/DoiThoaiKit/Ingest/Decoding/*.swift) \
	Sources/DoiThoaiKit/Normalize/*.swift Sources/DoiThoaiKit/Config/Campaign.swift
TESTDATA := ../shared/testdata
fuzz: deps
	@mkdir -p $(FUZZ_DIR)/corpus $(FUZZ_DIR)/seeds
	@# ld.gold warns about every ASan helper symbol; keep only the rest of the output.
	swiftc -sanitize=fuzzer,address -parse-as-library -O $(FUZZ_SOURCES) -o $(FUZZ_DIR)/ingest-fuzzer 2> $(FUZZ_DIR)/build.log; \
	  status=$$?; grep -v "ld.gold: warning" $(FUZZ_DIR)/build.log; exit $$status
	@cp input/questions/*.csv input/answers/*.csv $(FUZZ_DIR)/seeds/ 2>/dev/null || true
	@if [ -d $(TESTDATA) ]; then \
	  find $(TESTDATA)/csv-conformance $(TESTDATA)/legacy-encodings -type f \( -name '*.csv' -o -name '*.txt' -o -name '*snippet*' \) \
	    -size -64k -exec cp {} $(FUZZ_DIR)/seeds/ \; ; \
	fi
	$(FUZZ_DIR)/ingest-fuzzer -max_total_time=$(FUZZ_SECONDS) -max_len=8192 -print_final_stats=1 $(FUZZ_DIR)/corpus $(FUZZ_DIR)/seeds

clean:
	rm -rf .build .build-fuzz .build-bench .build-eval
