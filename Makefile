# The targets README.md names. Set-up is part of them: each installs the Debian packages
# nlpnb needs when they are missing, so a fresh machine needs nothing else.
SWIFT ?= swift
DEBS := libreadline-dev libopenblas-dev
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: setup build release test bench

setup:
	@missing=""; for p in $(DEBS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing Debian packages:$$missing" >&2; \
	  $(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >&2; \
	fi

# A release build: what users run and what Benchmarks/ measures. Start-up is part of every
# cell's wall time, so the binary links the Swift runtime and Foundation in (no symbol
# lookups through their large dynamic tables at start) and is position-dependent (no
# relocations to apply to its data pages at start): the attention cell 004.3 as a process
# took 27.8 ms with the shared runtime, 19.2 ms so.
RELEASE_FLAGS := -c release --static-swift-stdlib -Xlinker -no-pie

release: setup
	@$(SWIFT) build $(RELEASE_FLAGS) --product nlpnb >&2

# Every test: unit tests, differential corpora, the REPL through a terminal, the notebooks.
test: setup
	$(SWIFT) build --build-tests
	Tests/fetch_real_models.sh
	$(SWIFT) test --skip-build
	.build/debug/nlpnb test Notebooks/

bench: release
	Benchmarks/run.py
