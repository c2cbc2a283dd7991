//! The panics of the crate's own bounds checks, each a bug if reached: the
//! indices and offsets come from the lists and the text they index.
//!
//! Each is a function without arguments, so that a check costs a test and
//! a short call (no location record, no index and length passed). They are
//! kept in this module for wasm-opt: by its measure of size each is small
//! enough to be inlined everywhere (a call of the standard panic with
//! three constants at each of ~90 places), and the `--no-inline` pattern
//! in Cargo.toml's wasm-opt flags names this module to keep them calls
//! (-157 bytes of the gzipped .wasm).

/// An index past the tokens of the speakers stage (`TokenList`).
#[cold]
#[inline(never)]
pub(crate) fn token_past_the_end() -> ! {
    panic!("a token index past the end of the tokens")
}

/// An entity number past the resolution's list (`EntityList`).
#[cold]
#[inline(never)]
pub(crate) fn no_such_entity() -> ! {
    panic!("an entity number past the end of the entities")
}

/// A slice of the text whose ends are not on its characters (`span::cut`).
#[cold]
#[inline(never)]
pub(crate) fn off_characters() -> ! {
    panic!("a slice of the text off its characters")
}

/// An index past the end of an [`Items`](crate::items::Items) list.
#[cold]
#[inline(never)]
pub(crate) fn out_of_bounds() -> ! {
    panic!("an index past the end of a list")
}
