# regq: the README's commands live here.
SWIFT ?= swift

.PHONY: run test build release smoke embed check-embed deps clean

## Parallel build jobs for swift build and swift test (default: one per core), e.g.
## `make test SWIFT_JOBS=1` on a machine shared with other builds.
SWIFT_JOBS ?=
JOBS = $(if $(SWIFT_JOBS),--jobs $(SWIFT_JOBS))

## Install libedit-dev and zlib1g-dev where pkg-config cannot find libedit or zlib (Debian/Ubuntu).
deps:
	@pkg-config --exists libedit 2>/dev/null || { \
		echo "installing libedit-dev (needed for the REPL's line editing)"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq libedit-dev; }
	@pkg-config --exists zlib 2>/dev/null || { \
		echo "installing zlib1g-dev (needed to read .xlsx workbooks)"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq zlib1g-dev; }

## Build (release) and start the REPL on the embedded register.
run: release
	@.build/release/regq

## Static executables, regq and regq-report (which `regq report` runs; it alone links
## the Markdown library and Foundation) (Swift runtime and libedit linked in, no shared
## libraries to load): start-up drops from about 10 ms to under 2 ms. Where the static libraries are
## missing, the Swift runtime alone is linked statically (about 4 ms), after a note that
## the static attempt failed (its output is shown and kept in $(STATIC_LOG)).
RELEASE_FLAGS = -c release --static-swift-stdlib --disable-local-rpath
STATIC_EXECUTABLE = -Xswiftc -static-executable -Xlinker -ltinfo -Xlinker -lbsd -Xlinker -lmd
STATIC_LOG = .build/release-static.log
release: deps
	@mkdir -p .build
	@for product in regq regq-report; do \
	  echo "$(SWIFT) build $(JOBS) $(RELEASE_FLAGS) $(STATIC_EXECUTABLE) --product $$product"; \
	  { $(SWIFT) build $(JOBS) $(RELEASE_FLAGS) $(STATIC_EXECUTABLE) --product $$product 2>&1; \
	    echo $$? > $(STATIC_LOG).status; } | tee $(STATIC_LOG); \
	  status=$$(cat $(STATIC_LOG).status); rm -f $(STATIC_LOG).status; \
	  if [ "$$status" != 0 ]; then \
	    echo "note: the fully static build failed (exit status $$status; its output is above and in $(STATIC_LOG))"; \
	    echo "note: building with only the Swift runtime linked statically instead"; \
	    echo "$(SWIFT) build $(JOBS) $(RELEASE_FLAGS) --product $$product"; \
	    $(SWIFT) build $(JOBS) $(RELEASE_FLAGS) --product $$product || exit 1; \
	  fi; \
	done

## The release binary that `make run` starts, put through a short smoke test.
smoke: release
	./scripts/smoke-test.sh .build/release/regq

build: deps
	$(SWIFT) build $(JOBS)

## `make install PREFIX=…` (default /usr/local): the release binary as PREFIX/bin/regq
## (and regq-report beside it),
## the shipped queries in PREFIX/share/regq/queries, where regq finds them beside itself
## (so `.run NAME` works from any folder). `make install-files` installs BINARY
## (default the release binary) without building it.
PREFIX ?= /usr/local
BINARY ?= .build/release/regq
.PHONY: install install-files
install: release
	@$(MAKE) --no-print-directory install-files PREFIX="$(PREFIX)" BINARY="$(BINARY)"

install-files:
	install -d "$(DESTDIR)$(PREFIX)/bin" "$(DESTDIR)$(PREFIX)/share/regq/queries"
	install -m 755 "$(BINARY)" "$(DESTDIR)$(PREFIX)/bin/regq"
	install -m 755 "$(dir $(BINARY))regq-report" "$(DESTDIR)$(PREFIX)/bin/regq-report"
	install -m 755 Queries/*.rq "$(DESTDIR)$(PREFIX)/share/regq/queries/"

## Every test: unit, golden and end-to-end (the CLI tests run the debug binary).
test: deps sql-engines browser check-embed
	$(SWIFT) build $(JOBS) --product regq
	$(SWIFT) build $(JOBS) --product regq-report
	$(SWIFT) test $(JOBS)

## The SQL engines the tests load `-f sql` output into (sqlite3, DuckDB, PostgreSQL),
## installed where missing.
.PHONY: sql-engines
sql-engines:
	@./scripts/sql-engines.sh

## Headless Chromium and pdfinfo, which the pack's browser tests drive, installed where missing.
.PHONY: browser
browser:
	@./scripts/browser.sh

## Regenerate the embedded register and summary from Data/.
embed:
	./scripts/embed-register.sh
	./scripts/embed-summary.sh

## Fails when a generated embedded file is stale (and regenerates it). A file that was up
## to date gets its modification time back, so that it is not compiled again.
check-embed:
	@for pair in RegisterCSV/EmbeddedRegister.swift:embed-register.sh Commands/EmbeddedSummary.swift:embed-summary.sh; do \
	  file=Sources/$${pair%%:*}; script=scripts/$${pair##*:}; \
	  cp -p $$file /tmp/regq-embedded.$$$$ && ./$$script && \
	  if ! cmp -s $$file /tmp/regq-embedded.$$$$; then \
	    echo "$$file was stale and has been regenerated: commit it"; rm -f /tmp/regq-embedded.$$$$; exit 1; fi; \
	  touch -r /tmp/regq-embedded.$$$$ $$file; rm -f /tmp/regq-embedded.$$$$; done

clean:
	rm -rf .build

## regq side by side with sqlite3, DuckDB and Miller (Benchmarks/run.py): builds, installs
## the peers where missing, checks answers, times, writes Benchmarks/RESULTS.md.
## Shorter: make bench BENCH_FLAGS=--quick, or BENCH_SIZES=100000 make bench.
.PHONY: bench
bench: deps
	python3 Benchmarks/run.py $(BENCH_FLAGS)
	$(MAKE) --no-print-directory bench-workbook

## regq reading a 100k-row register workbook beside python-calamine (Benchmarks/workbook.py;
## installs openpyxl and python-calamine where missing): writes Benchmarks/RESULTS-workbook.md.
.PHONY: bench-workbook
bench-workbook: release
	$(SWIFT) build $(JOBS) $(RELEASE_FLAGS) --product regq-generate
	@python3 -c 'import openpyxl, python_calamine' 2>/dev/null || pip install -q openpyxl python-calamine
	python3 Benchmarks/workbook.py

## Fuzzing (libFuzzer with AddressSanitizer and its leak checker): each target runs for
## FUZZ_SECONDS on the seed corpus in Fuzz/Corpus/ and fails on any crash, any input that
## takes over FUZZ_TIMEOUT seconds, or any leak. Findings go to fuzz-artifacts/; inputs
## that reached new code to $(FUZZ_SCRATCH)/corpus/ (the seed corpus is left as it is).
## SwiftPM passes --sanitize=fuzzer and --sanitize=address to swiftc as two flags in no
## fixed order, and swiftc keeps only the last: half the modules then lack coverage or
## ASan. -Xswiftc -sanitize=fuzzer,address (last on the line) gives every module both.
FUZZ_SECONDS ?= 120
FUZZ_TIMEOUT ?= 1
FUZZ_SCRATCH ?= .build-fuzz
FUZZ_FLAGS ?=
FUZZ_TARGETS = StatementFuzz:Statement:statement RegisterFuzz:Register:register SplitterFuzz:Splitter:statement WorkbookFuzz:Workbook:workbook ReportFuzz:Report:report

.PHONY: fuzz fuzz-build test-sanitize

fuzz-build: deps
	@for entry in $(FUZZ_TARGETS); do \
	  target=$${entry%%:*}; \
	  $(SWIFT) build -c debug --sanitize=fuzzer --sanitize=address -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld \
	    --scratch-path $(FUZZ_SCRATCH) --product $$target || exit 1; \
	done

fuzz: fuzz-build
	@mkdir -p fuzz-artifacts
	@for entry in $(FUZZ_TARGETS); do \
	  target=$${entry%%:*}; rest=$${entry#*:}; corpus=$${rest%%:*}; dict=$${rest#*:}; \
	  mkdir -p $(FUZZ_SCRATCH)/corpus/$$target; \
	  echo "fuzz: $$target for $(FUZZ_SECONDS) s"; \
	  SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=1 \
	    $(FUZZ_SCRATCH)/debug/$$target -max_total_time=$(FUZZ_SECONDS) -timeout=$(FUZZ_TIMEOUT) \
	    -detect_leaks=1 -print_final_stats=1 -artifact_prefix=fuzz-artifacts/$$target- \
	    -dict=Fuzz/Dictionaries/$$dict.dict $(FUZZ_FLAGS) \
	    $(FUZZ_SCRATCH)/corpus/$$target Fuzz/Corpus/$$corpus \
	    > fuzz-artifacts/$$target.log 2>&1; status=$$?; \
	  grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs)' fuzz-artifacts/$$target.log; \
	  if [ $$status -ne 0 ]; then \
	    grep -E 'ERROR|SUMMARY|Fatal error|Test unit written|Precondition|panic' fuzz-artifacts/$$target.log | head -20; \
	    echo "fuzz: $$target FAILED (status $$status); log: fuzz-artifacts/$$target.log"; exit 1; \
	  fi; \
	done; echo "fuzz: no findings"

## The whole test suite under AddressSanitizer with its leak checker (the binary the
## end-to-end tests run is the sanitized one too), in its own scratch folder; leaks in
## libedit and XCTest are suppressed (scripts/lsan.supp), and the end-to-end tests' guard
## against a hang (REGQ_TIME_LIMIT, 10 s) becomes 30 s, ASan being about three times
## slower. Swift 6.3 on Linux refuses --sanitize=undefined ("unsupported option"); Swift
## code traps on overflow and out-of-bounds access by itself, and the only C (libedit) is
## a system library. Takes SWIFT_JOBS like `make test`.
SANITIZE_SCRATCH ?= .build-asan
SANITIZERS ?= --sanitize=address
test-sanitize: deps check-embed
	$(SWIFT) build $(JOBS) $(SANITIZERS) -Xswiftc -use-ld=lld --scratch-path $(SANITIZE_SCRATCH) --product regq
	$(SWIFT) build $(JOBS) $(SANITIZERS) -Xswiftc -use-ld=lld --scratch-path $(SANITIZE_SCRATCH) --product regq-report
	SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=1:halt_on_error=1 \
	  LSAN_OPTIONS=suppressions=$(CURDIR)/scripts/lsan.supp:print_suppressions=0 \
	  ASAN_SYMBOLIZER_PATH=$$(command -v llvm-symbolizer) \
	  REGQ_BINARY=$(CURDIR)/$(SANITIZE_SCRATCH)/debug/regq REGQ_TIME_LIMIT=30 \
	  $(SWIFT) test $(JOBS) $(SANITIZERS) -Xswiftc -use-ld=lld --scratch-path $(SANITIZE_SCRATCH)
