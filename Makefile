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

release: deps
	$(SWIFT) build -c release --product regq

build: deps
	$(SWIFT) build

## Every test: unit, golden and end-to-end (the CLI tests run the debug binary).
test: deps check-embed
	$(SWIFT) build --product regq
	$(SWIFT) test

## Regenerate the embedded register from Data/register.csv.
embed:
	./scripts/embed-register.sh

## Fails when Sources/Register/EmbeddedRegister.swift is stale.
check-embed:
	@cp Sources/Register/EmbeddedRegister.swift /tmp/regq-embedded.$$$$ && ./scripts/embed-register.sh && \
	  if ! cmp -s Sources/Register/EmbeddedRegister.swift /tmp/regq-embedded.$$$$; then \
	    echo "EmbeddedRegister.swift was stale and has been regenerated: commit it"; rm -f /tmp/regq-embedded.$$$$; exit 1; fi; \
	  rm -f /tmp/regq-embedded.$$$$

clean:
	rm -rf .build
