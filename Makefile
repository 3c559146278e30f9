# kanalvakt: `make run` starts it with a demo organisation, `make test` runs every test.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export KANALVAKT_DEMO_PASSWORD ?= demo-kanalvakt

.PHONY: run test install messages lint clean

$(BIN)/.installed: pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

install: $(BIN)/.installed

run: install
	KANALVAKT_DEV=true $(BIN)/kanalvakt migrate --no-input
	KANALVAKT_DEV=true $(BIN)/kanalvakt demo
	@echo
	@echo "kanalvakt runs on http://127.0.0.1:8000 (log in with a demo user above; Ctrl-C stops it)"
	@echo
	KANALVAKT_DEV=true $(BIN)/kanalvakt serve --dev --with-worker --bind 127.0.0.1:8000

test: install
	$(BIN)/pytest $(PYTEST_ARGS)

messages: install
	cd kanalvakt && ../$(BIN)/kanalvakt manage makemessages -l sv -l en --no-obsolete
	cd kanalvakt && ../$(BIN)/kanalvakt manage compilemessages

lint: install
	$(BIN)/ruff check kanalvakt tests

clean:
	rm -rf $(VENV) data/test-kanalvakt.sqlite3
