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

.PHONY: help venv chromium node serve build generate check schema test lint bench lock clean offline pdf publish deploy vendor

# The offline copy loads Material's file:// shim for web workers from this vendored copy (make vendor).
IFRAME_WORKER := 1.0.4
SHIM_DIR := docs/assets/javascripts/vendor/iframe-worker

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(STAMP): requirements.txt pyproject.toml
	rm -f $(VENV)/.installed-*
	[ -x $(BIN)/python ] || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --disable-pip-version-check -q -r requirements.txt
	$(BIN)/python -m pip install --disable-pip-version-check -q --no-deps -e .
	touch $@

venv: $(STAMP) ## create .venv with the pinned dependencies

chromium: ## install Debian's Chromium for the browser tests, when it is missing
	@[ -x $(CHROMIUM) ] || { echo "installing Debian's chromium (apt)"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium >/dev/null; }

node: ## install Debian's Node.js for the JavaScript unit tests, when it is missing
	@command -v node >/dev/null || { echo "installing Debian's nodejs (apt)"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq nodejs >/dev/null; }

serve: venv ## generate the pages and serve the site with live reload at http://127.0.0.1:8000
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

generate: venv ## write the generated pages into docs/
	$(BIN)/python -m roleguide generate

check: venv ## validate content/ and list every problem
	$(BIN)/python -m roleguide check

build: venv ## build the deployable site into site/ (left untouched if anything fails)
	$(BIN)/python -m roleguide build

schema: venv ## export the JSON Schema of the content files to content/schema/
	$(BIN)/python -m roleguide schema

offline: venv ## build the offline copy into site-offline/ and zip it to dist/role-guide-offline.zip
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

vendor: ## refresh the vendored iframe-worker shim from the npm registry (version pinned in IFRAME_WORKER)
	tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	npm pack --silent --pack-destination "$$tmp" iframe-worker@$(IFRAME_WORKER) >/dev/null && \
	tar -xzf "$$tmp/iframe-worker-$(IFRAME_WORKER).tgz" -C "$$tmp" && mkdir -p $(SHIM_DIR) && \
	{ echo "/*! iframe-worker $(IFRAME_WORKER) from the npm registry (make vendor); MIT licence in LICENSE next to this file */"; \
	  cat "$$tmp/package/shim/index.js"; echo; } > $(SHIM_DIR)/shim.js && \
	cp "$$tmp/package/LICENSE" $(SHIM_DIR)/LICENSE

lint: venv ## ruff, and lint-imports (imports flow one way: contracts in pyproject.toml)
	$(BIN)/ruff check scripts tests
	$(BIN)/ruff format --check scripts tests
	$(BIN)/lint-imports --no-logo

test: venv chromium node ## run the whole test suite (what CI runs)
	$(BIN)/ruff check scripts tests
	$(BIN)/lint-imports --no-logo
	node --test tests/js/
	$(BIN)/pytest

bench: venv chromium ## print build times, page weights, search index size, Lighthouse scores and growth
	$(BIN)/python -m roleguide.bench $(BENCH_ARGS)

lock: ## re-pin requirements.txt from requirements.in
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv
	.lock-venv/bin/pip install --disable-pip-version-check -q -r requirements.in
	{ echo "# Pinned by \`make lock\` from requirements.in. Do not edit by hand."; \
	  .lock-venv/bin/pip freeze --exclude-editable; } > requirements.txt
	rm -rf .lock-venv

clean: ## remove the built sites, dist/ and the generated pages
	rm -rf site .site.* site-offline .site-offline.* build dist
	[ ! -x $(BIN)/python ] || $(BIN)/python -c "from roleguide.build import sync; from pathlib import Path; sync(Path('docs'), {})"
