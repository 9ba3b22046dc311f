# fazhi — two commands: `make demo` and `make test` (see README.md).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
HOST   ?= 127.0.0.1
PORT   ?= 8000

.PHONY: demo install test lint contracts test-sqlite test-postgres test-deps bench accuracy fuzz translations clean

# Translations need no step here: the compiled .mo files are committed
# (`make translations` rebuilds them from the .po files), so no GNU gettext is needed.
demo: install
	$(BIN)/fazhi manage migrate --noinput
	$(BIN)/fazhi manage load_demo
	@echo ""
	@echo "fazhi 已启动: http://$(HOST):$(PORT)/"
	@$(BIN)/fazhi manage demo_logins
	$(BIN)/fazhi manage runserver $(HOST):$(PORT) --insecure

install: $(STAMP)

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "fazhi needs Python 3.11 or newer")'
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	# pip 23 does not resolve lxml's html-clean extra; a current pip does.
	$(BIN)/pip install -q -U pip
	$(BIN)/pip install -q -e '.[test]'
	mkdir -p var
	touch $(STAMP)

# The SQLite and PostgreSQL passes share nothing (temporary folders, ephemeral ports, a private
# PostgreSQL on a socket), so they run side by side, one a core; each pass's output is printed
# whole when it ends.
test: install test-deps lint contracts
	$(MAKE) --no-print-directory -j2 --output-sync=target test-sqlite test-postgres

lint: install
	$(BIN)/ruff check src tests scripts
	$(BIN)/ruff format --check src tests scripts

contracts: install
	$(BIN)/lint-imports

test-deps:
	@bash scripts/test-deps.sh

test-sqlite: install
	$(BIN)/pytest -q

# The browser tests drive the same views the SQLite pass already drove through chromium; on
# PostgreSQL the database is what differs, and every view and action test runs again here.
test-postgres: install
	@bash scripts/with-postgres.sh $(BIN)/pytest -q -m "not corpus and not browser" --ignore=tests/reading --ignore=tests/catalog

# After UI text changed: add new msgids to each app's .po (makemessages, needs GNU
# gettext; without it the .po files are compiled as they are), then compile the
# .po files into the committed .mo files with Babel. Fails while an entry is untranslated.
translations: install
	$(BIN)/python scripts/catalogues.py --extract

bench: install
	$(BIN)/python -m fazhi.reading.bench $(BENCH_ARGS)

# Accuracy on a labelled folder of real pages kept outside the repository (docs/reading.md):
# the held-out set of $FAZHI_HELDOUT, per split. ACCURACY_ARGS="--verbose" lists the tuning misses;
# ACCURACY_ARGS="--corpus $$FAZHI_CORPUS/dev --split all" scores the dev set the same way.
accuracy: install
	$(BIN)/python -m fazhi.reading.accuracy $(ACCURACY_ARGS)

# Random property tests at length (make test replays a fixed set); a few minutes.
fuzz: install
	FAZHI_HYPOTHESIS_PROFILE=fuzz $(BIN)/pytest -q -p no:django tests/reading/test_robustness.py
	FAZHI_HYPOTHESIS_PROFILE=fuzz FAZHI_API_FUZZ_EXAMPLES=200 $(BIN)/pytest -q tests/platform/test_api_contract_fuzz.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache
