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

# A release build: what users run and what Benchmarks/ measures.
release: setup
	@$(SWIFT) build -c release --product nlpnb >&2

# Every test: unit tests, differential corpora, the REPL through a terminal, the notebooks.
test: setup
	$(SWIFT) build --build-tests
	Tests/fetch_real_models.sh
	$(SWIFT) test --skip-build
	.build/debug/nlpnb test Notebooks/

bench: release
	Benchmarks/run.py
