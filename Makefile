# py2go: `make demo` converts, builds and verifies the bundled examples; `make test` runs every check.
VENV    ?= .venv
PY      := $(VENV)/bin/python
STAMP   := $(VENV)/.installed

.PHONY: demo test golden bench lint tools clean

tools:
	@command -v python3 >/dev/null || { echo "missing: python3 (3.11+)"; exit 2; }
	@command -v go >/dev/null || { echo "missing: go (1.22+; https://go.dev/dl/) — py2go needs go, gofmt and go vet"; exit 2; }
	@command -v gofmt >/dev/null || { echo "missing: gofmt (ships with Go)"; exit 2; }
	@command -v git >/dev/null || { echo "missing: git"; exit 2; }

$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	@touch $(STAMP)

demo: tools $(STAMP)
	rm -rf demo-out
	$(VENV)/bin/py2go convert examples -o demo-out --module example.com/demo --jobs 2 || true
	$(VENV)/bin/py2go verify examples demo-out

lint: $(STAMP)
	$(VENV)/bin/ruff check py2go tests benchmarks
	$(VENV)/bin/ruff format --check py2go tests benchmarks
	$(VENV)/bin/lint-imports

test: tools $(STAMP) lint
	cd py2go/runtime/pyrt && go vet ./... && go test ./...
	$(PY) -m pytest -q -n 2

golden: $(STAMP)
	PY2GO_UPDATE_GOLDEN=1 $(PY) -m pytest -q tests/test_golden.py

bench: $(STAMP)
	$(PY) benchmarks/bench_convert.py && $(PY) benchmarks/bench_runtime.py && $(PY) benchmarks/stdlib_share.py

clean:
	rm -rf demo-out build dist .pytest_cache
