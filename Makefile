# `make maps` and `make test` each bootstrap everything they need (venv, packages, data).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
GAZ    := gazetteer/gazetteer.sqlite
ASSETS := mapper/assets/.built
ARTICLES := examples/articles
# The sample article has no date of its own; this is its publication date.
ARTICLES_DATE := 2016-09-04

.PHONY: setup maps test lint clean gazetteer assets browser notebooks

setup: $(STAMP) $(GAZ) $(ASSETS)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $@

gazetteer: $(GAZ)
$(GAZ): gazetteer/build.py gazetteer/admin1.csv mapper/gazetteer_build.py mapper/names.py mapper/rules/names.toml $(STAMP)
	$(BIN)/python gazetteer/build.py --output $@

assets: $(ASSETS)
$(ASSETS): mapper/fetch_assets.py
	$(PYTHON) mapper/fetch_assets.py
	touch $@

maps: setup
	$(BIN)/mapper map $(ARTICLES) --date $(ARTICLES_DATE) --offline -o output
	@if [ -d examples/corpus ]; then $(BIN)/mapper map examples/corpus --offline -o output/corpus; fi

test: setup browser
	$(BIN)/python -m pytest

# Debian's Chromium for the browser tests; skipped (tests say why) where it cannot be installed.
browser:
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null || \
	  ( [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null && \
	    (apt-get update -qq && apt-get install -y -qq chromium chromium-driver >/dev/null) ) || \
	  echo "chromium not installed: browser tests will be skipped"

# Runs every notebook top to bottom; the executed copies go to output/notebooks/.
notebooks: setup
	mkdir -p output/notebooks
	$(BIN)/python -c "import sys, nbformat, nbclient; \
	[nbformat.write(nbclient.NotebookClient(nbformat.read(p, 4), timeout=600, \
	resources={'metadata': {'path': 'notebooks'}}).execute(), 'output/' + p) for p in sys.argv[1:]]" \
	notebooks/*.ipynb

lint: setup
	$(BIN)/ruff check mapper tests gazetteer bench
	$(BIN)/mypy mapper

clean:
	rm -rf $(VENV) $(GAZ) mapper/assets output/*.html output/*.geojson output/*.csv
