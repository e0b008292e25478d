# rapor — build targets. `make example` is the README's main command; `make test` runs the tests.
GO ?= go
ECHARTS_DIR := report/html/echarts
# staticcheck, pinned; .ci/run installs this version and passes STATICCHECK.
STATICCHECK_VERSION := v0.8.2
STATICCHECK ?= $(GO) run honnef.co/go/tools/cmd/staticcheck@$(STATICCHECK_VERSION)

.PHONY: all assets build example test test-short lint fuzz bench screenshots screenshots-all screenshots-docx release release-check clean

all: build

# ECharts comes from the npm registry (package.json + package-lock.json), never from git.
assets: $(ECHARTS_DIR)/echarts.min.js

$(ECHARTS_DIR)/echarts.min.js: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	cp node_modules/echarts/dist/echarts.min.js $(ECHARTS_DIR)/echarts.min.js
	cp node_modules/echarts/LICENSE $(ECHARTS_DIR)/LICENSE
	cp node_modules/echarts/NOTICE $(ECHARTS_DIR)/NOTICE
	cp node_modules/echarts/licenses/LICENSE-d3 $(ECHARTS_DIR)/LICENSE-d3

build: assets
	$(GO) build -o bin/rapor ./cmd/rapor

# Build the bundled example report into data/example/out, and the bundled
# roll-up (the example account and three agencies) into data/example-rollup/out.
example: build
	./bin/rapor build data/example
	./bin/rapor build data/example-rollup

# Pages 1-3 of report.docx and 1-2 of brief.docx as PNGs in docs/screenshots
# (LibreOffice converts, poppler renders).
screenshots-docx: assets
	docs/screenshots/docx.sh

# Wall time and peak RSS of `rapor build` on the example (median of 10) and on
# synthetic five-year projects at 1×, 2× and 4× (generated once into
# BENCH_DIR, never into the repository), next to an encoding/csv pass.
BENCH_DIR ?= /tmp/rapor-bench
BENCH_SCALES ?= 1,2,4
bench: build
	$(GO) build -o bin/synth ./cmd/synth
	$(GO) build -o bin/benchtable ./cmd/benchtable
	./bin/benchtable -rapor bin/rapor -synth bin/synth -dir $(BENCH_DIR) -scales $(BENCH_SCALES)

# Every test: the browser, LibreOffice and large synthetic tests too.
test: assets
	$(GO) test ./...

# Reproducible binaries for windows, darwin and linux (amd64, arm64) with
# ECharts embedded, archives and SHA256SUMS in dist/ (scripts/release.sh).
release: assets
	scripts/release.sh

# release, twice, byte-identical; then the linux/amd64 binary alone builds
# the example into the same indicators.json as data/example.
release-check: assets
	scripts/release.sh --check

# The quick tests while working: -short skips the browser, LibreOffice and
# large synthetic tests (but nothing is skipped when CI=true).
test-short: assets
	$(GO) test -short ./...

# gofmt, go vet, staticcheck and go mod tidy must all be clean.
lint:
	@files=$$(gofmt -l cmd internal report templates .ci); \
	if [ -n "$$files" ]; then echo "gofmt -l (run gofmt -w):"; echo "$$files"; exit 1; fi
	$(GO) vet ./...
	$(STATICCHECK) ./...
	$(GO) mod tidy -diff

# Run every fuzz target for FUZZTIME each (the seed corpora run in `make test`).
# FUZZMINIMIZETIME bounds how long Go shrinks each new interesting input:
# Go's default (60 s) let one minimisation in targets whose inputs go
# through the file system (the ingest loaders, milliseconds per input) eat
# the whole run. A crasher found is saved whether or not it is minimal.
FUZZTIME ?= 60s
FUZZMINIMIZETIME ?= 5s
fuzz:
	@for t in $$(grep -rhoE '^func (Fuzz[A-Za-z0-9_]+)' --include='*_test.go' report cmd | sed 's/func //'); do \
		pkg=$$(grep -rlE "^func $$t\(" --include='*_test.go' report cmd | xargs dirname); \
		echo "== $$t ($$pkg)"; $(GO) test -run '^$$' -fuzz "^$$t$$" -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZETIME) ./$$pkg || exit 1; \
	done

# docs/screenshots (committed): the example's first screen on a phone
# (390×844) and a desktop (1280×800) and PDF pages 1, 2 and the last, in
# id and en (issue 9).
screenshots: build
	scripts/screenshots.sh docs/screenshots data/example

# Every screenful and every PDF page of a project, into SHOTS_DIR (not
# committed), to look at.
SHOTS_PROJECT ?= data/example
SHOTS_DIR ?= bin/screenshots
screenshots-all: build
	rm -rf bin/screenshots-out
	./bin/rapor build $(SHOTS_PROJECT) -o bin/screenshots-out --pdf -q
	$(GO) run ./cmd/screenshots -o $(SHOTS_DIR) bin/screenshots-out

clean:
	rm -rf bin dist node_modules data/example/out data/example-rollup/out
