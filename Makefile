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

.PHONY: all deps build run test check render clean

all: build

## deps: install the Debian packages that are missing (nothing when all are there)
deps:
	@command -v $(SWIFT) >/dev/null || { echo "Swift is not on PATH: install the Swift toolchain (swift.org) first." >&2; exit 1; }
	@missing=""; \
	for p in $(DEBIAN_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

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

clean:
	rm -rf .build
