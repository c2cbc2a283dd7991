//! Any text: `highlight` returns a result that keeps every invariant
//! (`article_highlighter::invariants`), and both renderers accept it.
//!
//! Bytes that are not UTF-8 are read lossily (as the CLI reports them and JS
//! strings arrive: lone surrogates become U+FFFD), so every input is a text.
#![no_main]

use article_highlighter::invariants::check_invariants;
use article_highlighter::{Options, highlight, render};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let analysis = highlight(&text, &Options::default());
    if let Err(broken) = check_invariants(&text, &analysis) {
        panic!("invariant broken: {broken}\ntext: {text:?}\nresult: {analysis:#?}");
    }
    // The renderers keep the text: marks added, nothing lost or reordered.
    let marked = render::to_text(&text, &analysis);
    assert!(marked.len() >= text.len());
    let html = render::to_html("fuzz", &text, &analysis);
    assert!(!html.contains("<script"), "unescaped markup in {html:?}");
});
