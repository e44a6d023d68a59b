# Two commands do all the set-up: `make run` and `make test`. Both create .venv when missing
# and (re)install the project whenever pyproject.toml or requirements.lock changes, with the
# exact versions of requirements.lock. `make lock` writes the lock again from pyproject.toml
# (keeping every pin that still fits; `make lock LOCK_ARGS=--upgrade` takes the newest).

PYTHON   ?= python3
VENV     ?= .venv
BIN      := $(VENV)/bin
DEMO_DB  ?= .demo/workbench.db
INSTALLED := $(VENV)/.installed
LOCK     := requirements.lock
# PYTEST_ARGS='-n 0' runs the suite in one process.
# Four workers, idle ones stealing tests from busy ones: the suite waits (terminals, child
# processes, the app going idle) besides computing, so on 2 cores 4 workers finish sooner
# (one run each, same hour: 207 s with -n 4 --dist worksteal, 230 s with -n 2; later, 148 s
# with -n 4 and 176 s with -n 3, one after the other at load ~3). They finish
# within seconds of each other; what is left is mostly CPU (Textual drawing, the app's starts).
XDIST    ?= -n 4 --dist worksteal
# The tests write bytecode (into .venv, not the tree) even where PYTHONDONTWRITEBYTECODE is
# set: without it each worker rewrites every test module's asserts again (collection 3.0 s ->
# 0.8 s a worker) and each of the ~100 workbench processes the tests start compiles the package.
PYCACHE  ?= $(abspath $(VENV))/pycache

.PHONY: run test bench eval weights lint lock install clean

run: $(INSTALLED)
	@$(BIN)/workbench --db $(DEMO_DB) demo --quiet
	@$(BIN)/workbench --db $(DEMO_DB)

test: $(INSTALLED)
	PYTHONDONTWRITEBYTECODE= PYTHONPYCACHEPREFIX=$(PYCACHE) $(BIN)/python -m pytest $(XDIST) $(PYTEST_ARGS)

bench: $(INSTALLED)
	$(BIN)/python -m tests.bench $(BENCH_ARGS)

# Measured on real documents against labels written by hand (tests/eval/); needs ../shared.
# Two blocks: remiss import (EVAL_ARGS="--detail" lists what was missed, "--write-readme" updates
# README's Mätningar), then answer reading (ANSWERS_EVAL_ARGS="--details").
eval: $(INSTALLED)
	$(BIN)/python -m tests.eval $(EVAL_ARGS)
	$(BIN)/python -m tests.eval.answers_eval $(ANSWERS_EVAL_ARGS)

# The stance weighing's weights (workbench/data/stance_weights.json), learned from the labelled
# answers (tests/eval/train_weights.py; needs ../shared). TRAIN_ARGS=--cross measures it instead:
# each held-out group left out of the training in turn; TRAIN_ARGS=--cross-read reads each such
# group through the whole importer and prints make eval's table (the honest figures).
weights: $(INSTALLED)
	$(BIN)/python -m tests.eval.train_weights $(TRAIN_ARGS)

lint: $(INSTALLED)
	$(BIN)/ruff check workbench tests templates
	$(BIN)/ruff format --check workbench tests templates
	$(BIN)/lint-imports
	$(BIN)/mypy

lock: | $(BIN)/python
	$(BIN)/python -m pip install --quiet 'pip-tools>=7.4,<8'
	$(BIN)/pip-compile --quiet --extra test --extra dev --strip-extras --allow-unsafe \
		--no-emit-index-url --no-emit-find-links $(LOCK_ARGS) -o $(LOCK) pyproject.toml

install: $(INSTALLED)

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(INSTALLED): pyproject.toml $(LOCK) | $(BIN)/python
	$(BIN)/python -m pip install --quiet -r $(LOCK)
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	@touch $@

clean:
	rm -rf $(VENV) .demo build dist .pytest_cache .mypy_cache
