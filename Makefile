# Two commands do all the set-up: `make run` and `make test`. Both create .venv when missing
# and (re)install the project whenever pyproject.toml changes.

PYTHON   ?= python3
VENV     ?= .venv
BIN      := $(VENV)/bin
DEMO_DB  ?= .demo/workbench.db
INSTALLED := $(VENV)/.installed

.PHONY: run test bench eval lint install clean

run: $(INSTALLED)
	@$(BIN)/workbench --db $(DEMO_DB) demo --quiet
	@$(BIN)/workbench --db $(DEMO_DB)

test: $(INSTALLED)
	$(BIN)/python -m pytest $(PYTEST_ARGS)

bench: $(INSTALLED)
	$(BIN)/python -m tests.bench $(BENCH_ARGS)

# Measured on real documents against labels written by hand (tests/eval/); needs ../shared.
# Two blocks: remiss import (EVAL_ARGS="--detail" lists what was missed, "--write-readme" updates
# README's Mätningar), then answer reading (ANSWERS_EVAL_ARGS="--details").
eval: $(INSTALLED)
	$(BIN)/python -m tests.eval $(EVAL_ARGS)
	$(BIN)/python -m tests.eval.answers_eval $(ANSWERS_EVAL_ARGS)

lint: $(INSTALLED)
	$(BIN)/ruff check workbench tests templates
	$(BIN)/ruff format --check workbench tests templates

install: $(INSTALLED)

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(INSTALLED): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,dev]'
	@touch $@

clean:
	rm -rf $(VENV) .demo build dist .pytest_cache
