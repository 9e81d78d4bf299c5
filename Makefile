# UnionWatch: `make demo` runs the whole product on the bundled sample web; `make test` runs the tests.
# Both create .venv and install everything they need, Debian packages included.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PIP := $(BIN)/pip install --disable-pip-version-check -q -c requirements.lock
BASE := $(VENV)/.base-installed
TEST := $(VENV)/.test-installed
PORT ?= 8001
PYTEST_ARGS ?=
# The tagging modules setup.py compiles (mypyc): an edit to one of them rebuilds on the next make.
COMPILED := $(shell grep -v '^\#' crawler/data/compiled.txt)

.PHONY: demo test lint eval bench chaos clean system-deps venv

demo: $(BASE)
	$(BIN)/unionwatch demo --port $(PORT)

test: $(TEST) system-deps
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(TEST)
	$(BIN)/ruff check crawler spiders enrich feeds tests bench

eval: $(TEST)
	$(BIN)/python -m tests.eval

bench: $(TEST) system-deps
	$(BIN)/python -m bench

chaos: $(TEST)
	$(BIN)/python -m bench.chaos

venv: $(BASE)

$(VENV)/bin/python:
	bash scripts/ensure-python-venv.sh $(PYTHON)
	$(PYTHON) -m venv $(VENV)

$(BASE): $(VENV)/bin/python pyproject.toml requirements.lock setup.py crawler/data/compiled.txt $(COMPILED)
	$(PIP) -e .
	touch $@

# $(BASE) has just compiled the tagging modules: the extras' install does not compile them again.
$(TEST): $(BASE) pyproject.toml requirements.lock
	UNIONWATCH_PURE_PYTHON=1 $(PIP) -e '.[test]'
	touch $@

system-deps:
	bash scripts/install-system-deps.sh

clean:
	rm -rf $(VENV) data/unionwatch.db* data/site .pytest_cache
