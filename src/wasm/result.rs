//! Hands an analysis to JavaScript: the numbers in one `Float64Array`, the
//! strings end to end in one string, and `decode.js` builds the plain
//! objects from them in one pass.
//!
//! Why not serde: serde-wasm-bindgen makes one boundary call per field
//! (60+ ms of 320 for 1 MB of news), and JSON written here and parsed by
//! `JSON.parse` still took 34 ms and brought float printing into the .wasm;
//! decoding a typed array takes about 1 ms. The layout is described in
//! `decode.js`; the TypeScript declaration in `wasm.rs` is the shape.

use crate::analysis::{Analysis, Change};
use crate::render::kind_name;
use crate::span::Span;
use std::collections::HashMap;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/src/wasm/decode.js")]
extern "C" {
    /// Builds the result object; see `decode.js`.
    #[wasm_bindgen(js_name = decodeAnalysis)]
    fn decode_analysis(numbers: &[f64], strings: &str, lengths: &[u32]) -> JsValue;
}

/// `analysis` (offsets already in UTF-16 code units) as a plain JS object.
pub(super) fn to_js(analysis: &Analysis) -> JsValue {
    let mut out = Writer::with_capacity(analysis);
    out.write(analysis);
    decode_analysis(&out.numbers, &out.strings, &out.lengths)
}

/// Marks an absent index or span start.
const NONE: f64 = -1.0;

/// The numbers and the distinct strings of one result.
struct Writer<'a> {
    numbers: Vec<f64>,
    strings: String,
    /// UTF-16 length of each string in `strings`, in order.
    lengths: Vec<u32>,
    /// Each string's index: units and kinds repeat thousands of times in a
    /// long text, and JS then holds one copy of each.
    index: HashMap<&'a str, u32>,
}

impl<'a> Writer<'a> {
    /// A writer with room for exactly the numbers of `analysis`: no growth
    /// by doubling, whose spare half would stay in the module's memory.
    fn with_capacity(analysis: &Analysis) -> Writer<'a> {
        let mentions: usize = analysis
            .speakers
            .iter()
            .map(|s| 3 + 2 * s.mentions.len())
            .sum();
        let size = 4
            + 8 * analysis.quotes.len()
            + mentions
            + 8 * analysis.statistics.len()
            + 2 * analysis.terms.len();
        Writer {
            numbers: Vec::with_capacity(size),
            strings: String::new(),
            lengths: Vec::new(),
            index: HashMap::new(),
        }
    }

    fn write(&mut self, analysis: &'a Analysis) {
        self.count(analysis.quotes.len());
        for q in &analysis.quotes {
            self.position(q.start);
            self.position(q.end);
            self.optional(q.speaker);
            self.span(q.mention);
            self.span(q.cue);
            self.optional(q.continues);
        }

        self.count(analysis.speakers.len());
        for s in &analysis.speakers {
            self.string(&s.name);
            self.optional_string(s.role.as_deref());
            self.count(s.mentions.len());
            for m in &s.mentions {
                self.span(Some(*m));
            }
        }

        self.count(analysis.statistics.len());
        for s in &analysis.statistics {
            self.position(s.start);
            self.position(s.end);
            self.string(kind_name(s.kind));
            self.number(s.value);
            self.number(s.upper);
            self.optional_string(s.unit.as_deref());
            self.optional_string(s.qualifier.as_deref());
            self.optional_string(s.change.map(change_name));
        }

        self.count(analysis.terms.len());
        for t in &analysis.terms {
            self.position(t.start);
            self.position(t.end);
        }
    }

    fn count(&mut self, n: usize) {
        self.numbers.push(n as f64);
    }

    /// An offset or index: exact in an f64 (texts are far below 2^53).
    fn position(&mut self, n: usize) {
        self.numbers.push(n as f64);
    }

    fn optional(&mut self, n: Option<usize>) {
        self.numbers.push(n.map_or(NONE, |n| n as f64));
    }

    fn span(&mut self, span: Option<Span>) {
        match span {
            Some(s) => self.numbers.extend([s.start as f64, s.end as f64]),
            None => self.numbers.extend([NONE, NONE]),
        }
    }

    /// A value: NaN when absent, and when not finite, as JSON has no
    /// infinity (serde_json writes it as null too).
    fn number(&mut self, value: Option<f64>) {
        self.numbers
            .push(value.filter(|v| v.is_finite()).unwrap_or(f64::NAN));
    }

    fn string(&mut self, s: &'a str) {
        let next = self.lengths.len() as u32;
        let index = *self.index.entry(s).or_insert(next);
        if index == next {
            self.strings.push_str(s);
            self.lengths.push(s.encode_utf16().count() as u32);
        }
        self.numbers.push(index.into());
    }

    fn optional_string(&mut self, s: Option<&'a str>) {
        match s {
            Some(s) => self.string(s),
            None => self.numbers.push(NONE),
        }
    }
}

/// The name of a change's direction, as the TypeScript `Change` spells it.
fn change_name(change: Change) -> &'static str {
    match change {
        Change::Rise => "rise",
        Change::Fall => "fall",
    }
}
