# The only commands a person needs. `make run` starts HRC Planner, `make test` runs every test.
# Both install what is missing first (on Debian/Ubuntu, as root or with sudo).

SHELL := /bin/bash
CARGO ?= cargo
# Where `make run` keeps its data: the platform's data directory unless HRC_DB is set.
export HRC_DB
# tauri-driver, installed by cargo, must be found by the end-to-end tests.
export PATH := $(or $(CARGO_HOME),$(HOME)/.cargo)/bin:$(PATH)

.PHONY: help run test deps deps-test ui lint test-rust test-ui test-exports check-documents test-e2e test-package package bindings bench bench-app

help: ## List the recipes.
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

run: deps ui ## Build and start the HRC Planner desktop app.
	$(CARGO) build -p hrc-planner
	./target/debug/hrc-planner

test: deps-test ui lint test-rust test-ui test-exports test-e2e test-package ## Install what is missing, then run every check and test.

package: deps ui ## Build the Debian package (.deb) of the release app and `hrc`, in target/release/bundle/deb.
	$(CARGO) build --release -p hrc
	rm -rf target/release/bundle/deb
	ui/node_modules/.bin/tauri build --bundles deb --ci
	@# The bundler names the file after the product ("HRC Planner_…"); Debian's way is the package's name.
	@cd target/release/bundle/deb && for f in HRC\ Planner_*.deb; do mv "$$f" "hrc-planner_$${f#HRC Planner_}"; done
	@ls target/release/bundle/deb/*.deb

deps: ## Install what building and running need, when missing.
	@./scripts/deps run

deps-test: ## Install what the tests also need (virtual display, WebDriver), when missing.
	@./scripts/deps test

ui: ## Build the interface into ui/dist (the app embeds it).
	cd ui && npm run build

lint: ## Formatting, lints and type checks, warnings as errors.
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --workspace --all-targets -- -D warnings
	cd ui && npm run check

test-rust: ## Core, CLI and shell tests (never touching the real database).
	@./scripts/guard-real-db $(CARGO) test

test-ui: ## The interface's component tests (vitest).
	cd ui && npm test

test-exports: ## Read the Word and calendar exports with real readers (python-docx, icalendar).
	./scripts/check-exports

check-documents: ## Convert the HRC38 example's Word and web page exports with LibreOffice (installed when missing) to PDF and page images (target/check-documents); check pages and whole words in table cells. Run when exports change.
	./scripts/check-documents

test-e2e: ui ## Drive the real app in a real WebKit window (tauri-driver, WebKitWebDriver, Xvfb).
	$(CARGO) build -p hrc-planner
	@./scripts/guard-real-db xvfb-run -a $(CARGO) test -p hrc-e2e

test-package: deps-test ui ## Build the Debian package from the debug build, check it, and run the app and `hrc` it installs.
	@./scripts/guard-real-db ./scripts/test-package

bindings: ## Regenerate the TypeScript bindings after changing a Rust type.
	UPDATE_BINDINGS=1 $(CARGO) test -p hrc-planner --test bindings

bench: ## Measure the core at ten years of data against DESIGN.md's budgets (not part of `make test`; see BENCHMARKS.md).
	./scripts/bench

bench-app: deps-test ui ## Measure the desktop app's start and memory under Xvfb, with the example, ten years of data, and ten years protected by a passphrase (unlock included).
	./scripts/app-start
