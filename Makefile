# article-highlighter: `make serve` to try it, `make test` to check everything.
#
# Set-up installs only what is missing, and only from the package registries
# (crates.io, npm, Debian): the wasm32 target, the wasm-bindgen CLI matching
# the pinned crate, wasm-pack, and the npm dev dependencies.

PORT ?= 8000
WASM_BINDGEN_VERSION := $(shell sed -n 's/^wasm-bindgen = "=\(.*\)"/\1/p' Cargo.toml)
CHROMIUM ?= /usr/bin/chromium

# wasm-opt from the npm package binaryen (Debian's 108 miscompiles), and the
# cargo-installed tools.
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

.PHONY: all setup build package serve test lint test-rust test-wasm test-browser test-package bench fuzz clean

all: build

## Set-up ---------------------------------------------------------------

setup: .setup/rust node_modules/.installed

.setup/rust: rust-toolchain.toml Cargo.toml
	@rustup target list --installed | grep -qx wasm32-unknown-unknown \
		|| rustup target add wasm32-unknown-unknown
	@wasm-bindgen --version 2>/dev/null | grep -qF "$(WASM_BINDGEN_VERSION)" \
		|| cargo install wasm-bindgen-cli --version "$(WASM_BINDGEN_VERSION)" --no-default-features
	@command -v wasm-pack >/dev/null || cargo install wasm-pack
	@mkdir -p .setup && touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

## Build ----------------------------------------------------------------

# The module for the page: ES module + .wasm in www/pkg/.
build: setup
	wasm-pack build --release --target web --out-dir www/pkg --no-pack

# The npm package in pkg/: the module above (built once) with the wrappers
# of js/ for browsers, bundlers and Node; also puts the element in www/pkg/.
package: build
	node js/build-package.mjs

serve: package
	@echo "Serving www/ on http://127.0.0.1:$(PORT)"
	cd www && python3 -m http.server $(PORT) --bind 127.0.0.1

## Tests ----------------------------------------------------------------

test: setup lint test-rust build test-wasm test-browser test-package

lint:
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --lib --target wasm32-unknown-unknown -- -D warnings

test-rust:
	cargo test

# The built module in Node: UTF-16 offsets, errors for bad options.
test-wasm: build
	node --test tests/wasm/

# The page in Debian's Chromium, driven by playwright-core. Two files at a
# time (node's default is cores - 1, one file on 2 cores): 32-44 s instead
# of 57-59 s at load 6-8 on 2 cores, the 1 MB frames still under 120 ms.
test-browser: package
	CHROMIUM=$(CHROMIUM) node --test --test-concurrency=2 tests/browser/

# The package from outside: Node imports it with no init call, its types
# check (tsc), and the esbuild example builds and runs in Chromium.
test-package: package examples/bundler/node_modules/.installed
	CHROMIUM=$(CHROMIUM) node --test tests/package/

examples/bundler/node_modules/.installed: examples/bundler/package.json node_modules/.installed | package
	cd examples/bundler && npm install --no-audit --no-fund
	@touch $@

## Proof (not part of `make test`) ---------------------------------------

BENCH_CORPUS := $(or $(CARGO_TARGET_DIR),target)/bench-corpus
FUZZ_SECONDS ?= 300

# Criterion benchmarks of the core (1 KB to 10 MB of generated news text),
# then the npm package against wink-nlp and compromise on the same texts in
# Node, with the sizes of the .wasm and of the page; the table goes to
# $(BENCH_CORPUS)/node.md as well.
bench: package
	cargo bench --bench highlight
	cargo bench --bench write_corpus -- $(BENCH_CORPUS)
	node bench/node.mjs $(BENCH_CORPUS) --out $(BENCH_CORPUS)/node.md

# The fuzz target (fuzz/), on nightly, for FUZZ_SECONDS; what it finds lands
# in fuzz/artifacts/ (keep each as a case in tests/regressions/).
fuzz:
	@command -v cargo-fuzz >/dev/null || cargo +nightly install cargo-fuzz
	cd fuzz && cargo +nightly fuzz run highlight -- -dict=highlight.dict \
		-max_total_time=$(FUZZ_SECONDS) -max_len=4096 -timeout=10

clean:
	cargo clean
	rm -rf www/pkg pkg node_modules .setup examples/bundler/node_modules examples/bundler/dist
