# Oversight: `make run` serves the app, `make test` runs every test. Both set up what they need.
PYTHON ?= $(shell command -v python3.13 2>/dev/null)
VENV := .venv
PY := $(VENV)/bin/python
# Debian packages the tests use: a PostgreSQL server for the PostgreSQL leg, Chromium
# for the browser tests, a Redis server for the scale-out profile's tests, wrk for the
# load benchmark, gettext for translations.
DEB_PACKAGES := postgresql chromium redis-server wrk gettext
# Front-end files from the npm registry, copied into static/vendor/ (not committed).
NPM_PACKAGES := bootstrap@5.3.8 axe-core@4.14.1 dejavu-fonts-ttf@2.37.3
NODE := $(VENV)/node
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install system-packages run test test-sqlite test-postgres lint format bench validate clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml Makefile
	@if [ -z "$(PYTHON)" ]; then \
		echo "Oversight needs Python 3.13 (python3.13 on PATH, or PYTHON=/path/to/python3.13)."; \
		exit 1; fi
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet --editable ".[test]"
	npm install --silent --prefix $(NODE) --no-save --no-package-lock --no-audit \
		--no-fund $(NPM_PACKAGES)
	rm -rf static/vendor && mkdir -p static/vendor/bootstrap static/vendor/axe-core \
		static/vendor/fonts
	cp $(NODE)/node_modules/bootstrap/dist/css/bootstrap.min.css* static/vendor/bootstrap/
	cp $(NODE)/node_modules/axe-core/axe.min.js static/vendor/axe-core/
	cp $(NODE)/node_modules/dejavu-fonts-ttf/ttf/DejaVuSansCondensed*.ttf \
		$(NODE)/node_modules/dejavu-fonts-ttf/LICENSE static/vendor/fonts/
	@touch $@

system-packages:
	@missing=""; for p in $(DEB_PACKAGES); do \
		dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if ! command -v apt-get >/dev/null; then \
		echo "Not a Debian system: install$$missing yourself for the full suite."; \
	elif [ "$$(id -u)" = 0 ]; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then \
		sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	else \
		echo "Missing Debian packages:$$missing (run: sudo apt-get install$$missing)."; \
	fi

# The server and one task worker beside it (it renders reports ahead): RQ's when
# TASKS_URL names a Redis server, else the database queue's. Ctrl-C stops both; the
# worker also stops whenever the server does.
run: install
	$(PY) manage.py migrate --no-input
	$(PY) manage.py createcachetable
	$(PY) manage.py loaddemo
	if [ -n "$$TASKS_URL" ]; then \
		$(PY) manage.py rqworker default --job-class django_tasks_rq.Job -v 0 & \
	else $(PY) manage.py db_worker --interval 0.2 & fi; worker=$$!; \
	trap 'kill $$worker 2>/dev/null; wait $$worker' EXIT INT TERM; \
	$(PY) manage.py runserver $(HOST):$(PORT)

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

test-sqlite: install system-packages
	$(PY) -m pytest

test-postgres: install system-packages
	$(PY) tests/postgres_leg.py

test: lint test-sqlite test-postgres

validate: install
	$(PY) -m tests.cases.corpus
	$(PY) -m tests.followup.corpus
	$(PY) -m tests.agreements.corpus
	$(PY) -m bench --policy-only

bench: install system-packages
	$(PY) -m tests.cases.corpus
	$(PY) -m tests.followup.corpus
	$(PY) -m tests.agreements.corpus
	$(PY) -m bench
	$(PY) tests/postgres_leg.py --run -m bench --councils-only

clean:
	rm -rf $(VENV) oversight.sqlite3 staticfiles .hypothesis
