# The only commands a person needs. `make run` starts HRC Planner, `make test` runs every test.
# Both install what is missing first (on Debian/Ubuntu, as root or with sudo).

SHELL := /bin/bash
CARGO ?= cargo
# Where `make run` keeps its data: the platform's data directory unless HRC_DB is set.
export HRC_DB

.PHONY: run test deps lint test-rust test-exports help

help: ## List the recipes.
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

run: deps ## Build and start HRC Planner (for now: the `hrc` CLI on the HRC38 example).
	$(CARGO) build -p hrc
	./target/debug/hrc demo
	./target/debug/hrc session show 38

test: deps lint test-rust test-exports ## Install what is missing, then run every check and test.

deps: ## Install what building and testing need, when missing.
	@./scripts/deps

lint: ## Formatting and lints, warnings as errors.
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --workspace --all-targets -- -D warnings

test-rust: ## Core and CLI tests (never touching the real database).
	@./scripts/guard-real-db $(CARGO) test --workspace

test-exports: ## Read the Word and calendar exports with real readers (python-docx, icalendar).
	./scripts/check-exports
