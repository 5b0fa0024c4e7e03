# The two commands of the README:  `make run` opens the app, `make test` runs every check.
# Both set up what they need first (a virtual environment in .venv, and the system libraries Qt needs).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench art system-deps clean

run: $(STAMP) system-deps
	$(BIN)/bodymap

test: $(STAMP) system-deps lint
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check bodymap tests benchmarks tools
	$(BIN)/ruff format --check bodymap tests benchmarks
	$(BIN)/mypy
	$(BIN)/lint-imports

bench: $(STAMP) system-deps
	$(BIN)/python benchmarks/run.py

art: $(STAMP)
	$(BIN)/python tools/make_atlas.py

system-deps:
	@scripts/system-deps.sh

$(STAMP): pyproject.toml
	$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "bodymap needs Python 3.11 or newer")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --quiet -e ".[test]"  # -qq: not the build backend's notes either
	touch $(STAMP)

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache

# how well `bodymap suggest` answers the reference pain guides (tests/evaluation/cases.yaml): a row per case, hit rates
.PHONY: evaluate
evaluate: $(STAMP)
	$(BIN)/python tools/evaluate.py
