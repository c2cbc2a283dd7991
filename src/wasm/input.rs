//! The text argument of `highlight`, copied into the module's memory at its
//! exact UTF-8 size.
//!
//! wasm-bindgen copies a `&str` argument by reserving three bytes per UTF-16
//! code unit from the first non-ASCII one on, then shrinking the allocation.
//! The module's memory never shrinks, so for 10 MB of news with a curly
//! quote near its start the module first grew by 30 MB. Here JS measures the
//! UTF-8 length first (`encode.js`, one pass over the string) and encodes
//! straight into a buffer of that size.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/src/wasm/encode.js")]
extern "C" {
    #[wasm_bindgen(js_name = utf8Length)]
    fn utf8_length(text: &JsValue) -> usize;
    #[wasm_bindgen(js_name = encodeInto)]
    fn encode_into(text: &JsValue, memory: &JsValue, at: usize, len: usize) -> usize;
}

/// The JS string `text` as a Rust `String`; `None` when it is no string
/// (or, never seen, when TextEncoder wrote no valid UTF-8).
pub(super) fn read(text: &JsValue) -> Option<String> {
    if !text.is_string() {
        return None;
    }
    let len = utf8_length(text);
    let mut bytes = vec![0u8; len];
    // JS writes through a view of the module's memory at this address; no
    // allocation happens in between, so the view stays valid.
    let written = encode_into(
        text,
        &wasm_bindgen::memory(),
        bytes.as_mut_ptr() as usize,
        len,
    );
    bytes.truncate(written);
    // TextEncoder writes valid UTF-8 (U+FFFD for a lone surrogate); the
    // check costs one pass and keeps this free of `unsafe`.
    String::from_utf8(bytes).ok()
}
