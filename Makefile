# Set-up and everyday commands. `make run` and `make test` work on a fresh machine with Python 3.11.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO := $(HOME)/NetMap/Musterstadt.netmap

.PHONY: run test check translations bench clean installer

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

translations: $(STAMP)
	$(BIN)/python -m netmap.ui.i18n_build

run: $(STAMP) translations
	mkdir -p "$(dir $(DEMO))"
	test -f "$(DEMO)" || $(BIN)/netmap demo "$(DEMO)"
	$(BIN)/netmap "$(DEMO)"

test: $(STAMP) translations check
	$(BIN)/python -m pytest -q

# Lint, the layer contract (pyproject.toml [tool.importlinter]) and the type checker.
check: $(STAMP)
	$(BIN)/ruff check netmap tests bench
	$(BIN)/lint-imports
	$(BIN)/mypy

clean:
	rm -rf $(VENV) build dist *.egg-info

# One-folder application in dist/netmap/ for the system this runs on (README: "For IT departments").
installer: $(STAMP) translations
	$(BIN)/python -m pip install --quiet -e ".[installer]"
	$(BIN)/pyinstaller --noconfirm --clean build_installer.spec

bench: $(STAMP)
	$(BIN)/python bench/canvas.py --actors 1000
	$(BIN)/python bench/analysis.py --actors 1000
	$(BIN)/python bench/poster.py --actors 5000
	$(BIN)/python bench/open.py --actors 5000
	$(BIN)/python bench/layouts.py --actors 5000
