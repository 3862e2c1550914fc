# segments-openapi — every task a newcomer needs. `make run` and `make test` do all set-up.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
GENERATOR := $(BIN)/openapi-python-client generate --path openapi.yaml --config generator-config.yml --meta setup --overwrite --fail-on-warning
PYTEST_ARGS ?=

NODE_STAMP := node_modules/.installed
export REDOCLY_TELEMETRY := off
export REDOCLY_SUPPRESS_UPDATE_NOTICE := true

.PHONY: setup run serve generate check-generated lint test test-postgres contract docs bench browser lock clean typescript compat release

setup: $(STAMP) $(NODE_STAMP) docs/index.html

$(STAMP): requirements/lock.txt server/pyproject.toml wrapper/pyproject.toml generated_client/setup.py
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements/lock.txt
	# compat editable mode: a plain path entry, so mypy and IDEs outside the repo see the packages' types.
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation \
		--config-settings editable_mode=compat -e generated_client -e wrapper -e server
	touch $(STAMP)

# Node tools (Redoc CLI), pinned by package-lock.json.
$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
	touch $(NODE_STAMP)

# The offline API reference: one self-contained HTML page (Redoc inlined), no request to any other host.
docs: $(STAMP) $(NODE_STAMP)
	$(PY) scripts/build_docs.py openapi.yaml docs/index.html

docs/index.html: openapi.yaml scripts/build_docs.py $(NODE_STAMP)
	$(MAKE) --no-print-directory docs

# Headless Chromium (Debian's) for the rendered-docs tests.
browser:
	command -v chromium >/dev/null || { apt-get update -qq && apt-get install -y -qq chromium >/dev/null; }

run: setup
	bash scripts/run-example.sh

serve: setup
	$(BIN)/segments-server serve --data-dir ./data --host 127.0.0.1 --port 8000

SCHEMAS := wrapper/segments_client/schemas.json
SURFACE := contracts/import-surface.json

# The generator rewrites every file: it writes into a temporary folder, and only files whose content
# changed are copied over (an unchanged setup.py keeps its timestamp, so nothing is reinstalled).
generate: setup
	@tmp=$$(mktemp -d) && trap 'rm -rf $$tmp' EXIT && \
	PATH="$(abspath $(BIN)):$$PATH" $(GENERATOR) --output-path $$tmp/generated_client && \
	$(PY) scripts/sync_tree.py $$tmp/generated_client generated_client
	$(PY) scripts/export_schemas.py openapi.yaml $(SCHEMAS)
	$(PY) scripts/versions.py
	$(PY) scripts/import_surface.py $(SURFACE)

check-generated: setup
	@tmp=$$(mktemp -d) && trap 'rm -rf $$tmp' EXIT && \
	PATH="$(abspath $(BIN)):$$PATH" $(GENERATOR) --output-path $$tmp/generated_client >/dev/null && \
	diff -r -x .ruff_cache -x __pycache__ -x '*.egg-info' -x build $$tmp/generated_client generated_client \
		&& echo "generated_client/ is in sync with openapi.yaml" \
		|| { echo "generated_client/ differs from what openapi.yaml generates: run 'make generate'"; exit 1; }
	@tmp=$$(mktemp) && trap 'rm -f $$tmp' EXIT && $(PY) scripts/export_schemas.py openapi.yaml $$tmp >/dev/null && \
	cmp -s $$tmp $(SCHEMAS) && echo "$(SCHEMAS) is in sync with openapi.yaml" \
		|| { echo "$(SCHEMAS) differs from what openapi.yaml exports: run 'make generate'"; exit 1; }
	@$(PY) scripts/versions.py --check && echo "the packages' versions are openapi.yaml's"
	@tmp=$$(mktemp) && trap 'rm -f $$tmp' EXIT && $(PY) scripts/import_surface.py $$tmp >/dev/null && \
	{ cmp -s $$tmp $(SURFACE) && echo "$(SURFACE) is in sync with the packages" \
		|| { echo "$(SURFACE) differs from what the packages export: run 'make generate' and review the diff"; \
			diff $(SURFACE) $$tmp | head -40; exit 1; }; }

# The breaking-change gate: the working contract and import surface against the last released ones.
compat: setup $(NODE_STAMP)
	$(PY) scripts/compat.py

# Wheels and sdists of the three packages, the TypeScript types and the reference page in dist/VERSION/,
# installed and imported in a fresh environment. RECORD=1 also keeps this contract as the released one.
release: setup docs
	$(PY) scripts/release.py $(if $(RECORD),--record)

# TypeScript types of the API (openapi-typescript, pinned in package-lock.json), for use with openapi-fetch.
# --default-non-nullable false: fields with a default stay optional in request bodies.
typescript: $(NODE_STAMP)
	npx --no-install openapi-typescript openapi.yaml --default-non-nullable false -o clients/typescript/generated/schema.d.ts

lint: setup
	$(BIN)/openapi-spec-validator openapi.yaml
	npx --no-install redocly lint openapi.yaml --format=summary
	$(BIN)/ruff check server wrapper tests bench examples scripts
	$(BIN)/ruff format --check server wrapper tests bench examples scripts
	$(BIN)/mypy
	$(BIN)/mypy --config-file mypy-generated.ini generated_client/segments_api_client

test: setup browser check-generated lint compat
	$(BIN)/pytest $(PYTEST_ARGS)
	$(MAKE) --no-print-directory test-postgres

# The server, SDK and official-SDK tests again on PostgreSQL (each test gets a fresh database).
test-postgres: setup
	SEGMENTS_TEST_DATABASE_URL=$$(bash scripts/postgres-test-db.sh) $(BIN)/pytest tests/server tests/wrapper tests/compat -q

# Against a fresh local server by default; BASE_URL=... API_KEY=... PEER_API_KEY=... COLLABORATORS=a,b,c ORG=o
# targets any other server (it writes data there: see README).
CONTRACT_EXAMPLES ?= 100
contract: setup
	BASE_URL="$(BASE_URL)" API_KEY="$(API_KEY)" PEER_API_KEY="$(PEER_API_KEY)" COLLABORATORS="$(COLLABORATORS)" \
		ORG="$(ORG)" $(PY) -m tests.contract.runner --max-examples $(CONTRACT_EXAMPLES)

bench: setup
	$(PY) -m bench

lock:
	rm -rf /tmp/segments-lock-venv && python3 -m venv /tmp/segments-lock-venv
	/tmp/segments-lock-venv/bin/pip install --quiet -r requirements/dev.in
	/tmp/segments-lock-venv/bin/pip freeze --all --exclude-editable | grep -v '^pip==' > requirements/lock.txt

clean:
	rm -rf $(VENV) node_modules docs/index.html data reports dist .pytest_cache .mypy_cache .ruff_cache
