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

.PHONY: all setup build serve test lint test-rust test-wasm test-browser clean

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

serve: build
	@echo "Serving www/ on http://127.0.0.1:$(PORT)"
	cd www && python3 -m http.server $(PORT) --bind 127.0.0.1

## Tests ----------------------------------------------------------------

test: setup lint test-rust build test-wasm test-browser

lint:
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --lib --target wasm32-unknown-unknown -- -D warnings

test-rust:
	cargo test

# The built module in Node: UTF-16 offsets, errors for bad options.
test-wasm: build
	node --test tests/wasm/

# The page in Debian's Chromium, driven by playwright-core.
test-browser: build
	CHROMIUM=$(CHROMIUM) node --test tests/browser/

clean:
	cargo clean
	rm -rf www/pkg node_modules .setup
