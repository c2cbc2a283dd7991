//! The text argument of `highlight`, copied into the module's memory at its
//! exact UTF-8 size.
//!
//! wasm-bindgen copies a `&str` argument by reserving three bytes per UTF-16
//! code unit from the first non-ASCII one on, then shrinking the allocation.
//! The module's memory never shrinks, so for 10 MB of news with a curly
//! quote near its start the module first grew by 30 MB. Here the text goes
//! first into one byte per UTF-16 unit (its least UTF-8 size) and an eighth;
//! only what did not fit is measured (`encode.js`), and the list ends at the
//! exact size.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/src/wasm/encode.js")]
extern "C" {
    #[wasm_bindgen(js_name = utf16Length)]
    fn utf16_length(text: &JsValue) -> usize;
    #[wasm_bindgen(js_name = utf8Length)]
    fn utf8_length(text: &JsValue, from: u32) -> usize;
    #[wasm_bindgen(js_name = encodeInto)]
    fn encode_into(
        text: &JsValue,
        from: u32,
        memory: &JsValue,
        at: usize,
        len: usize,
        done: &mut [u32],
    );
}

/// The JS string `text` as a Rust `String`; `None` when it is no string
/// (or, never seen, when TextEncoder wrote no valid UTF-8).
pub(super) fn read(text: &JsValue) -> Option<String> {
    if !text.is_string() {
        return None;
    }
    let memory = wasm_bindgen::memory();
    let units = utf16_length(text);
    // Each UTF-16 unit is at least one UTF-8 byte; an eighth more holds news
    // in Latin script (curly quotes, accents: 1 MB of English news is 3.8%
    // longer in UTF-8) without a second allocation.
    let mut bytes = vec![0u8; units + units / 8];
    let mut done = [0u32; 2];
    // JS writes through a view of the module's memory at this address; no
    // allocation happens in between, so the view stays valid.
    encode_into(text, 0, &memory, ptr(&mut bytes, 0), bytes.len(), &mut done);
    let [read, mut written] = done.map(|n| n as usize);
    if read < units {
        // Only the rest that did not fit is measured, not the whole text.
        let total = written + utf8_length(text, read as u32);
        if total <= bytes.len() {
            let at = ptr(&mut bytes, written);
            encode_into(text, read as u32, &memory, at, total - written, &mut done);
            written += done[1] as usize;
        } else {
            // A text mostly in another script: its exact size, written
            // again from the start where the first list was (freed first,
            // the newest allocation, so the memory grows by the difference
            // only, where growing the list would copy it).
            drop(bytes);
            bytes = vec![0u8; total];
            encode_into(text, 0, &memory, ptr(&mut bytes, 0), total, &mut done);
            written = done[1] as usize;
        }
    }
    bytes.truncate(written);
    // The unused end goes back to the allocator (shrunk in place) for the
    // analysis to use.
    bytes.shrink_to_fit();
    // TextEncoder writes valid UTF-8 (U+FFFD for a lone surrogate); the
    // check costs one pass and keeps this free of `unsafe`.
    String::from_utf8(bytes).ok()
}

/// The address of `bytes[at]` in the module's memory, for JS to write at.
fn ptr(bytes: &mut [u8], at: usize) -> usize {
    bytes[at..].as_mut_ptr() as usize
}
