# Set-up and everyday commands. `make run` and `make test` work on a fresh machine with Python 3.11.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO := $(HOME)/.local/share/netmap/Musterstadt.netmap

.PHONY: run test translations bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

translations: $(STAMP)
	$(BIN)/python -m netmap.ui.i18n_build

run: $(STAMP) translations
	test -f "$(DEMO)" || $(BIN)/netmap demo "$(DEMO)"
	$(BIN)/netmap "$(DEMO)"

test: $(STAMP) translations
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) build dist *.egg-info
