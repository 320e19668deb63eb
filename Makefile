# Two entry points: `make serve` builds and serves the site; `make test` installs what the tests
# need and runs them all. Everything installs into .venv; stamps skip installs already done.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export NO_MKDOCS_2_WARNING := 1
# The sitemap's dates come from the last commit, so two builds of one commit are byte-identical.
COMMIT_TIME := $(shell git log -1 --format=%ct 2>/dev/null)
ifneq ($(COMMIT_TIME),)
export SOURCE_DATE_EPOCH := $(COMMIT_TIME)
endif

.PHONY: serve build test benchmark system-packages clean

serve: $(VENV)/.site-deps
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

# What the deploy publishes: the strict build, then the service worker that keeps it offline
# (scripts/offline.mjs). `make serve` has no worker: during editing it would only get in the way.
build: $(VENV)/.site-deps node_modules/.installed
	$(BIN)/mkdocs build --strict
	node scripts/offline.mjs site

test: system-packages $(VENV)/.test-deps node_modules/.installed
	$(BIN)/pytest

# Figures, not a test: this site against a bare Material site (see README, "Benchmark").
benchmark: system-packages $(VENV)/.test-deps node_modules/.installed
	$(BIN)/python scripts/benchmark.py

system-packages:
	$(PYTHON) scripts/system_packages.py

$(BIN)/python:
	$(PYTHON) -c 'import ensurepip' 2>/dev/null || $(PYTHON) scripts/system_packages.py
	$(PYTHON) -m venv $(VENV)

$(VENV)/.site-deps: requirements.txt pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

$(VENV)/.test-deps: requirements-test.txt $(VENV)/.site-deps
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements-test.txt
	touch $@

# Workbox (the service worker), the Nu HTML Checker and Lighthouse. --ignore-scripts: vnu-jar's own script would download a Java
# runtime; the machine's Java runs the checker.
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --ignore-scripts
	touch $@

clean:
	rm -rf site $(VENV) node_modules test-artifacts
