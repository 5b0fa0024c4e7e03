# The two commands of the README:  `make run` opens the app, `make test` runs every check.
# Both set up what they need first (a virtual environment in .venv, and the system libraries Qt needs).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench art icons wheel dist system-deps clean

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

# the app icon's PNG sizes, drawn from assets/icons/bodymap.svg
icons: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/make_icons.py

# the wheel users install (pipx install dist/bodymap-*.whl), with the source archive beside it
wheel: $(STAMP)
	rm -f dist/bodymap-*
	$(BIN)/python -m build --quiet --outdir dist

# the standalone one-folder app, dist/bodymap/: built from the wheel in an environment of its own
DIST_VENV := build/dist-venv
dist: wheel
	rm -rf $(DIST_VENV) dist/bodymap
	$(PYTHON) -m venv $(DIST_VENV)
	$(DIST_VENV)/bin/python -m pip install --quiet "$$(ls dist/bodymap-*.whl)[dist]"
	$(DIST_VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/bodymap.spec
	packaging/check_dist.sh dist/bodymap

system-deps:
	@scripts/system-deps.sh

$(STAMP): pyproject.toml
	$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "bodymap needs Python 3.11 or newer")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --quiet -e ".[test]"  # -qq: not the build backend's notes either
	touch $(STAMP)

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache

# how well `bodymap suggest` answers the reference pain guides (tests/evaluation/cases.yaml): a row per case, hit rates
.PHONY: evaluate
evaluate: $(STAMP)
	$(BIN)/python tools/evaluate.py
