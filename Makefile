# The two set-up commands of the README: `make demo` and `make test`.
# Both create .venv, install what is needed (Debian packages too when run as root),
# then run the demo job or the whole test suite.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DB     ?= faultline.duckdb

.PHONY: demo test lint bench system-deps clean

$(STAMP): pyproject.toml scripts/system-deps.sh
	bash scripts/system-deps.sh
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

system-deps:
	bash scripts/system-deps.sh

demo: $(STAMP)
	rm -f $(DB)
	$(BIN)/faultline ingest src/faultline/data/demo --db $(DB)

test: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/pytest -q

bench: $(STAMP)
	$(BIN)/python benchmarks/ingest.py

clean:
	rm -rf $(VENV) $(DB) .pytest_cache test-artifacts
