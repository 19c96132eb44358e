# Two commands matter: `make serve` and `make test`. Each sets up what it needs on a fresh machine.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat requirements.txt pyproject.toml | cksum | cut -d' ' -f1)
CHROMIUM ?= /usr/bin/chromium
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# Material prints an end-of-life banner on every run; the site does not need it.
export NO_MKDOCS_2_WARNING := 1
export DISABLE_MKDOCS_2_WARNING := true
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: help venv chromium firefox node java tools serve build build-zensical generate check schema headers test test-fast lint bench lock clean offline pdf publish deploy vendor

# The npm tools (esbuild, which bundles assets/ into docs/ for every build; Lighthouse, the Nu HTML
# Checker, the iframe-worker shim): exact versions in tools/package.json, every file's integrity hash
# in tools/package-lock.json, installed by `npm ci`.
TOOLS_STAMP := tools/node_modules/.installed-$(shell cat tools/package.json tools/package-lock.json | cksum | cut -d' ' -f1)
# The offline copy loads Material's file:// shim for web workers from this vendored copy (make vendor).
SHIM_DIR := docs/assets/javascripts/vendor/iframe-worker
# `make lock`: uv (pinned with its hashes in tools/requirements-uv.txt) in a throw-away environment.
LOCK_VENV := .lock-venv
LOCK := UV_CUSTOM_COMPILE_COMMAND="make lock" $(LOCK_VENV)/bin/uv pip compile --quiet --generate-hashes \
	--universal --python-version 3.11

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-15s %s\n", $$1, $$2}'

$(STAMP): requirements.txt pyproject.toml
	rm -f $(VENV)/.installed-*
	[ -x $(BIN)/python ] || $(PYTHON) -m venv $(VENV)
	@# Hash-checking mode: pip refuses any file whose SHA-256 is not in requirements.txt, and any
	@# package that requirements.txt does not pin.
	$(BIN)/python -m pip install --disable-pip-version-check -q --require-hashes -r requirements.txt
	@# The project itself, editable, built by the setuptools just installed (nothing downloaded).
	$(BIN)/python -m pip install --disable-pip-version-check -q --no-deps --no-build-isolation -e .
	touch $@

venv: $(STAMP) ## create .venv with the pinned dependencies

chromium: ## install Debian's Chromium for the browser tests, when it is missing
	@[ -x $(CHROMIUM) ] || { echo "installing Debian's chromium (apt)"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium >/dev/null; }

firefox: ## install Debian's Firefox ESR for the Firefox browser tests, when it is missing
	@[ -x /usr/bin/firefox-esr ] || { echo "installing Debian's firefox-esr (apt)"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq firefox-esr >/dev/null; }

node: ## install Debian's Node.js and npm for the JavaScript tests and the npm tools, when missing
	@command -v node >/dev/null || { echo "installing Debian's nodejs (apt)"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq nodejs >/dev/null; }
	@command -v npm >/dev/null || { echo "installing Debian's npm (apt)"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq npm >/dev/null; }

java: ## install Debian's Java runtime for the Nu HTML Checker, when it is missing
	@command -v java >/dev/null || { echo "installing Debian's default-jre-headless (apt)"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq default-jre-headless >/dev/null; }

$(TOOLS_STAMP): tools/package.json tools/package-lock.json
	rm -f tools/node_modules/.installed-*
	@# npm ci installs exactly what the lock file lists and checks each package against its hash.
	cd tools && npm ci --silent
	touch $@

tools: node $(TOOLS_STAMP) ## install the pinned npm tools (esbuild, PurgeCSS, Lighthouse, the Nu HTML Checker) into tools/node_modules/

serve: venv tools ## generate the pages and serve the site with live reload at http://127.0.0.1:8000
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

generate: venv tools ## write the generated pages and the bundled stylesheet and script into docs/
	$(BIN)/python -m roleguide generate

check: venv ## validate content/ and list every problem
	$(BIN)/python -m roleguide check

build: venv tools ## build the deployable site into site/ (left untouched if anything fails)
	$(BIN)/python -m roleguide build

build-zensical: venv ## build the same site with Zensical into site-zensical/ (site/ stays as it is)
	$(BIN)/python -m roleguide build --engine zensical

headers: build ## write the headers for hosts (Content-Security-Policy and more) of the built site into hosting/
	$(BIN)/python -m roleguide headers --write hosting

schema: venv ## export the JSON Schema of the content files to content/schema/
	$(BIN)/python -m roleguide schema

offline: venv tools ## build the offline copy into site-offline/ and zip it to dist/role-guide-offline.zip
	$(BIN)/python -m roleguide.publish offline

pdf: build chromium ## render the whole guide (/print/ of site/) to dist/role-guide.pdf in headless Chromium
	CHROMIUM=$(CHROMIUM) $(BIN)/python -m roleguide.publish pdf

publish: ## what CI deploys: the PDF, the offline copy, then site/ with both under downloads/
	$(MAKE) pdf offline
	$(MAKE) build

deploy: ## publish from this machine to the gh-pages branch with mkdocs gh-deploy (set SITE_URL)
	@[ -n "$${SITE_URL:-}" ] || { echo "set SITE_URL to the published address, e.g. make deploy SITE_URL=https://OWNER.github.io/REPO/" >&2; exit 2; }
	$(MAKE) pdf offline
	SOURCE_DATE_EPOCH=$${SOURCE_DATE_EPOCH:-$$(git log -1 --format=%ct)} \
	  $(BIN)/mkdocs gh-deploy --strict --force --no-history --message "Deploy {sha} with mkdocs {version}"

vendor: tools ## copy the iframe-worker shim (version pinned in tools/package.json) into docs/
	package=tools/node_modules/iframe-worker && \
	version=$$(node -p "require('./$$package/package.json').version") && mkdir -p $(SHIM_DIR) && \
	{ echo "/*! iframe-worker $$version from the npm registry (make vendor); MIT licence in LICENSE next to this file */"; \
	  cat "$$package/shim/index.js"; echo; } > $(SHIM_DIR)/shim.js && \
	cp "$$package/LICENSE" $(SHIM_DIR)/LICENSE

# The checks that read the code without running it, in `make lint`, `make test-fast` and `make test`:
# ruff, the import layers (contracts in pyproject.toml), mypy (settings in pyproject.toml) and ESLint
# on the site's scripts and their Node tests (tools/eslint.config.mjs).
define STATIC_CHECKS
$(BIN)/ruff check scripts tests
$(BIN)/lint-imports --no-logo
$(BIN)/mypy
tools/node_modules/.bin/eslint --config tools/eslint.config.mjs assets tests/js
endef
# pytest on both cores (pytest-xdist): each worker builds its own copy of the site once (the session
# fixtures of tests/conftest.py), and --dist loadfile keeps each module's tests on one worker, so that
# its module fixtures (a server, a build of its own) are set up once. PYTEST_JOBS=0 runs in one process.
PYTEST_JOBS ?= 2

lint: venv tools ## ruff (with its formatter), lint-imports, mypy and ESLint
	$(BIN)/ruff format --check scripts tests
	$(STATIC_CHECKS)

test-fast: venv tools ## the inner loop: the static checks, the Node tests and every test that needs no browser and no build
	$(STATIC_CHECKS)
	node --test tests/js/
	$(BIN)/pytest -n $(PYTEST_JOBS) -m "not build and not browser"

test: venv chromium firefox java tools ## run the whole test suite (what CI runs)
	$(STATIC_CHECKS)
	node --test tests/js/
	$(BIN)/pytest -n $(PYTEST_JOBS) --dist loadfile --durations=10

bench: venv chromium tools ## print page weights and Lighthouse next to stock Material, search hit@1 and MRR, what each theme patch buys, build times and growth
	$(BIN)/python -m roleguide.bench $(BENCH_ARGS)

lock: ## re-pin requirements.txt from requirements.in, with hashes (LOCK_ARGS=--upgrade moves every pin up)
	rm -rf $(LOCK_VENV) && trap 'rm -rf $(LOCK_VENV)' EXIT && $(PYTHON) -m venv $(LOCK_VENV) && \
	$(LOCK_VENV)/bin/python -m pip install --disable-pip-version-check -q --require-hashes -r tools/requirements-uv.txt && \
	$(LOCK) $(LOCK_ARGS) -o requirements.txt requirements.in && \
	$(LOCK) -o tools/requirements-uv.txt tools/requirements-uv.in

clean: ## remove the built sites, dist/, Zensical's .cache/ and the generated pages
	rm -rf site .site.* site-offline .site-offline.* site-zensical* .site-zensical* .cache .zensical.*.yml build dist
	[ ! -x $(BIN)/python ] || $(BIN)/python -c "from roleguide.build import sync; from pathlib import Path; sync(Path('docs'), {})"
