# Sēlijas salas — build, serve and test. Every target installs what it is
# missing first (.ci/tools.sh), from the package registries only.

SHELL := /bin/bash
export PATH := $(CURDIR)/.ci/npm/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
PORT ?= 8080
TRUNK := trunk --config Trunk.toml

.PHONY: serve test dist size lint unit browser tools-build tools-test clean

## make serve: build and serve the app with its bundled data at http://127.0.0.1:$(PORT)
serve: tools-build
	$(TRUNK) serve --offline --address 127.0.0.1 --port $(PORT)

## make test: lint, native tests, release build, browser tests in Chromium
test: tools-test lint unit browser

## make dist: release build into dist/
dist: tools-build
	$(TRUNK) build --release --offline --dist dist
	@# The test-only panic trigger (feature test-panic) must never ship.
	@! grep -q "deliberate test panic" dist/*.wasm || { echo "dist/ contains the test-panic trigger" >&2; exit 1; }

## make size: release bundle sizes (raw, gzip and Brotli)
size: dist
	@tests/size.sh dist

## make size-delta: what the map and the calendar each add to the wasm
## (builds the app three times, with and without each; a few minutes)
.PHONY: size-delta
size-delta: tools-build
	python3 tests/size_delta.py

tools-build:
	@.ci/tools.sh build

tools-test:
	@.ci/tools.sh test

lint:
	cargo fmt --all -- --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown -- -D warnings

# Native tests; the .ics files they write are then parsed back by Python's
# icalendar (an independent parser).
unit:
	ICS_OUT=$(CURDIR)/target/ics cargo test
	cargo run --quiet --bin selija-data -- check public/data/selija.json --lang en
	python3 tests/ics_check.py target/ics

# The browser tests run against their own release build in dist-test/, so
# a running `make serve` (which rebuilds dist/) cannot interfere, and with
# their own data (tests/fixtures/selija-test.json, served by harness.js in
# place of the shipped file; one test checks the shipped file loads clean;
# the build-time pages are written from the fixture too: SELIJA_DATA).
# One Chromium per file, a fresh context per test. The `test-panic` feature
# adds the `?panic=1` trigger the panic-screen test needs (never in dist/).
# data.test.js runs the editors' tool on what the page downloads and checks
# (target/pages/selija-data, in the page writer's profile: quick to build).
browser:
	SELIJA_DATA=tests/fixtures/selija-test.json $(TRUNK) build --release --offline --features test-panic --dist dist-test
	tests/size_limit.sh dist-test
	cargo build --profile pages --quiet --bin selija-data
	cd tests/browser && DIST=../../dist-test node --test --test-concurrency=1 ./*.test.js

## make publish DIST=dist [DATA=public/data/selija.json] [SITE_URL=https://…]:
## check the data and put it, with its static pages, into an existing build
## (no wasm rebuild)
.PHONY: publish
DATA ?= public/data/selija.json
publish:
	@test -n "$(DIST)" || { echo "usage: make publish DIST=dist"; exit 2; }
	cargo run --quiet --profile pages --bin selija-data -- publish "$(DIST)" --data "$(DATA)" $(if $(SITE_URL),--site-url "$(SITE_URL)")

clean:
	rm -rf dist dist-test target

## make bench: benchmarks (not tests) that print figures: native clustering
## and calendar layout, map interactions in Chromium with 10,000 synthetic
## places, and the bundle sizes. Its own release build in dist-bench/.
.PHONY: bench
bench: tools-test
	$(TRUNK) build --release --offline --dist dist-bench
	cargo run --release --quiet --example bench_cluster
	cargo run --release --quiet --example bench_calendar
	cd tests/browser && DIST=../../dist-bench node bench.mjs
	@tests/size.sh dist-bench

## make bench-load: first-load benchmark (not a test) in Chromium, ours
## against a plain Leaflet + markercluster page with the same places, the
## build served compressed (tests/bench/serve.mjs), unthrottled and on a
## slow phone profile; prints a table (tests/bench/load.mjs). Leaflet is
## installed from npm here, at benchmark time. RUNS=5 by default.
.PHONY: bench-load
bench-load: tools-test
	$(TRUNK) build --release --offline --dist dist-bench
	cd tests/bench && npm install --no-audit --no-fund --silent
	cd tests/bench && DIST=../../dist-bench node load.mjs
