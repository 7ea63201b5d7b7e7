# The README's two commands: `make run` and `make test`. Both create .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: run test lint check schema bench clean

$(STAMP): pyproject.toml
	$(BIN)/python -m pip --version >/dev/null 2>&1 || $(PYTHON) -m venv --clear $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	rm -f $(VENV)/.installed-*
	touch $@

run: $(STAMP)
	$(BIN)/drillbook build
	$(BIN)/python simulator/run.py

test: $(STAMP)
	$(BIN)/ruff check src tests bench simulator
	$(BIN)/mypy
	$(BIN)/mypy simulator
	$(BIN)/python -m pytest -n 2

lint: $(STAMP)
	$(BIN)/ruff check src tests bench simulator
	$(BIN)/ruff format --check src tests bench simulator
	$(BIN)/mypy
	$(BIN)/mypy simulator

check: $(STAMP)
	$(BIN)/drillbook check --strict

schema: $(STAMP)
	$(BIN)/drillbook schema

# Speed figures, each a ratio against a baseline measured in the same run (a few minutes).
bench: $(STAMP)
	$(BIN)/python -m bench.check
	$(BIN)/python -m bench.site_build
	$(BIN)/python -m bench.scenarios
	$(BIN)/python -m bench.events
	$(BIN)/python -m bench.simulator

clean:
	rm -rf $(VENV) site
