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

CANARIES := .canaries
PIP_INSTALL = pip install --quiet --disable-pip-version-check --require-hashes

.PHONY: serve build test benchmark layout lock system-packages clean translations translated

# English; `make serve EDITION=hi` serves the Hindi edition instead (mkdocs.hi.yml).
EDITION ?=
serve: $(VENV)/.site-deps
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000 $(if $(EDITION),--config-file mkdocs.$(EDITION).yml)

# What the deploy publishes: the strict build, service worker included (site_plugin/offline.py runs
# Workbox, so a plain `mkdocs build` or `mkdocs gh-deploy` gives the same). `make serve` has no
# worker: during editing it would only get in the way.
SITE_DIR ?= site
# English first, then each edition in another language (mkdocs.<code>.yml) into its folder, site/<code>/:
# a build empties its site directory.
build: $(VENV)/.site-deps node_modules/.installed
	$(PYTHON) scripts/system_packages.py --build
	$(BIN)/python scripts/build_site.py $(SITE_DIR)

# After an English change: every message of the site into each translations/<code>/messages.po (new
# and changed ones empty; a changed one keeps its old translation at the end, marked #~), for translators.
translations: $(VENV)/.site-deps
	$(BIN)/python scripts/translations.py update

# A translated page now says all its English page says: make translated PAGE=translations/hi/docs/faq.md
translated: $(VENV)/.site-deps
	$(BIN)/python scripts/translations.py done $(PAGE)

# The Debian packages first (apt works alone), then the Python, node and canary environments side by
# side: they do not touch each other, and one after another they took over a minute.
test: system-packages
	$(MAKE) --jobs=4 --output-sync=target $(VENV)/.test-deps node_modules/.installed canaries
	$(BIN)/ruff check
	node --test tests/js/
	$(BIN)/pytest -n auto --dist worksteal --durations=10

# Figures, not a test: this site against a bare Material site (see MAINTAINING.md, "Benchmark").
benchmark: system-packages $(VENV)/.test-deps node_modules/.installed
	$(BIN)/python scripts/benchmark.py

# Figures, not a test: where a phone reader finds the drawing, "How to find it", Begin and the 0-10
# question, and what the routine's bar covers at 200 % text (both editions, 390x844).
layout: system-packages $(VENV)/.test-deps node_modules/.installed
	$(BIN)/python scripts/build_site.py $(SITE_DIR)
	$(BIN)/python scripts/layout_figures.py $(SITE_DIR)

system-packages:
	$(PYTHON) scripts/system_packages.py

# Only python3-venv, if Python cannot make a virtual environment: `make serve` needs nothing else from
# the system. `make test` installs the rest first (system-packages).
$(BIN)/python:
	$(PYTHON) -c 'import ensurepip' 2>/dev/null || $(PYTHON) scripts/system_packages.py --serve
	$(PYTHON) -m venv $(VENV)

# Locked: every package pinned with its hashes (see `lock`). The project's own core, acupoints, is
# installed editable on top, so macros.py can import it; pip's hash checking takes no editable
# installs, hence the second line.
$(VENV)/.site-deps: requirements.txt pyproject.toml | $(BIN)/python
	$(BIN)/$(PIP_INSTALL) -r requirements.txt
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $@

$(VENV)/.test-deps: requirements-test.txt $(VENV)/.site-deps
	$(BIN)/$(PIP_INSTALL) -r requirements-test.txt
	touch $@

# The canaries (tests/canaries/): the same checkout built by ProperDocs and by Zensical, each in a
# virtual environment of its own, locked like the others.
canaries: $(CANARIES)/properdocs/.installed $(CANARIES)/zensical/.installed

$(CANARIES)/%/.installed: requirements/%.txt pyproject.toml | $(BIN)/python
	$(PYTHON) -m venv $(CANARIES)/$*
	$(CANARIES)/$*/bin/$(PIP_INSTALL) -r requirements/$*.txt
	$(CANARIES)/$*/bin/pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $@

# Regenerate the locked requirement files from the short input files in requirements/.
lock: $(VENV)/.site-deps
	$(BIN)/pip install --quiet --disable-pip-version-check uv==0.13.9
	for input in requirements/*.in; do \
	  name=$$(basename $$input .in); \
	  case $$name in site) output=requirements.txt;; test) output=requirements-test.txt;; \
	    *) output=requirements/$$name.txt;; esac; \
	  $(BIN)/uv pip compile --quiet --generate-hashes --python-version 3.11.7 \
	    --python-platform x86_64-manylinux_2_28 --no-header $$input -o $$output || exit 1; \
	done

# Workbox (the service worker), the Nu HTML Checker and Lighthouse. --ignore-scripts: vnu-jar's own script would download a Java
# runtime; the machine's Java runs the checker.
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --ignore-scripts
	touch $@

clean:
	rm -rf site $(VENV) $(CANARIES) node_modules test-artifacts
