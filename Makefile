# regq: the README's commands live here.
SWIFT ?= swift

.PHONY: run test build release embed check-embed deps clean

## Install libedit-dev where pkg-config cannot find libedit (Debian/Ubuntu).
deps:
	@pkg-config --exists libedit 2>/dev/null || { \
		echo "installing libedit-dev (needed for the REPL's line editing)"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq libedit-dev; }

## Build (release) and start the REPL on the embedded register.
run: release
	@.build/release/regq

## The Swift runtime linked in statically: start-up drops from about 10 ms to 5 ms.
release: deps
	$(SWIFT) build -c release --static-swift-stdlib --product regq

build: deps
	$(SWIFT) build

## Every test: unit, golden and end-to-end (the CLI tests run the debug binary).
test: deps check-embed
	$(SWIFT) build --product regq
	$(SWIFT) test

## Regenerate the embedded register and summary from Data/.
embed:
	./scripts/embed-register.sh
	./scripts/embed-summary.sh

## Fails when a generated embedded file is stale (and regenerates it).
check-embed:
	@for pair in Register/EmbeddedRegister.swift:embed-register.sh Shell/EmbeddedSummary.swift:embed-summary.sh; do \
	  file=Sources/$${pair%%:*}; script=scripts/$${pair##*:}; \
	  cp $$file /tmp/regq-embedded.$$$$ && ./$$script && \
	  if ! cmp -s $$file /tmp/regq-embedded.$$$$; then \
	    echo "$$file was stale and has been regenerated: commit it"; rm -f /tmp/regq-embedded.$$$$; exit 1; fi; \
	  rm -f /tmp/regq-embedded.$$$$; done

clean:
	rm -rf .build

## regq side by side with sqlite3, DuckDB and Miller (Benchmarks/run.py): builds, installs
## the peers where missing, checks answers, times, writes Benchmarks/RESULTS.md.
## Shorter: make bench BENCH_FLAGS=--quick, or BENCH_SIZES=100000 make bench.
.PHONY: bench
bench: deps
	python3 Benchmarks/run.py $(BENCH_FLAGS)
