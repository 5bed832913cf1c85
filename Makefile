# Two commands do everything on a fresh machine with Python >= 3.11:
#   make render   renders articles/ into output/
#   make test     lints (ruff), type-checks (mypy) and runs the test suite
# Both create .venv/ and install audiocast and its dependencies from PyPI.

PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python

.PHONY: render test feed serve bench clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "audiocast needs Python >= 3.11; run: make PYTHON=python3.11 ...")'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

render: $(VENV)/.installed
	$(VENV)/bin/audiocast render articles --out output

# Lint and type-check first (settings in pyproject.toml), then the tests.
test: $(VENV)/.installed
	$(PY) -m ruff check audiocast tests bench tools
	$(PY) -m mypy
	$(PY) -m pytest -q

serve: $(VENV)/.installed
	$(VENV)/bin/audiocast serve --out output

bench: $(VENV)/.installed
	$(PY) bench/bench_render.py
	$(PY) bench/bench_normalize.py
	$(PY) bench/bench_extract.py

clean:
	rm -rf output .cache
