//! Hands an analysis to JavaScript: the offsets, indices and counts in one
//! `Int32Array`, the statistics' values in one `Float64Array`, the strings
//! end to end in one string, and `decode.js` builds the plain objects from
//! them in one pass.
//!
//! Why not serde: serde-wasm-bindgen makes one boundary call per field
//! (60+ ms of 320 for 1 MB of news), and JSON written here and parsed by
//! `JSON.parse` still took 34 ms and brought float printing into the .wasm;
//! decoding typed arrays takes about 1 ms. The layout is described in
//! `decode.js`; the TypeScript declaration in `wasm.rs` is the shape.
//!
//! Why integers apart from values: V8 stores a number read from a
//! `Float64Array` as a boxed double in every object field it lands in, even
//! when it is a whole number; read from an `Int32Array` it is a small
//! integer kept inline. Measured in Node 20: 264 bytes per quote (with its
//! mention and cue objects) against 152, the result of 10 MB of news 35 MB
//! of JS heap against 21.

use crate::analysis::{Analysis, Change};
use crate::render::kind_name;
use crate::span::Span;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/src/wasm/decode.js")]
extern "C" {
    /// Builds the result object; see `decode.js`.
    #[wasm_bindgen(js_name = decodeAnalysis)]
    fn decode_analysis(ints: &[i32], values: &[f64], strings: &str, lengths: &[u32]) -> JsValue;
}

/// `analysis` (offsets already in UTF-16 code units) as a plain JS object.
/// Takes the analysis and drops it before the JS objects are built: its
/// memory is free for the module again while JS allocates.
pub(super) fn to_js(analysis: Analysis) -> JsValue {
    let mut out = Writer::with_capacity(&analysis);
    out.write(&analysis);
    let Writer {
        ints,
        values,
        strings,
        lengths,
        ..
    } = out;
    drop(analysis);
    decode_analysis(&ints, &values, &strings, &lengths)
}

/// Marks an absent index or span start.
const NONE: i32 = -1;

/// Slots of the cache of short strings written (see [`Writer::name`]).
const SLOTS: usize = 32;

/// The numbers and the strings of one result.
struct Writer<'a> {
    /// Counts, offsets and indices, in the order `decode.js` reads them.
    ints: Vec<i32>,
    /// Each statistic's value and upper bound where it has them, in order.
    values: Vec<f64>,
    /// The strings end to end. A kind, direction, unit or qualifier is
    /// written once (mostly: see [`Writer::name`]) and then referred to by
    /// its index; `decode.js` keeps one JS string per distinct text.
    strings: String,
    /// UTF-16 length of each string in `strings`, in order.
    lengths: Vec<u32>,
    /// Kinds, directions, units and qualifiers written so far with their
    /// index, by a hash of their length and ends; a string whose slot holds
    /// another is written again. Written each time, the 10,000 units and
    /// qualifiers of the bench's 1 MB (a dozen distinct) became as many JS
    /// strings while the result was built, which tipped V8 into doubling
    /// its young generation (+4 MB resident). (A `HashMap` here cost 1.1 KB
    /// of the gzipped .wasm.)
    names: [Option<(&'a str, u32)>; SLOTS],
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
            + 7 * analysis.statistics.len()
            + 2 * analysis.terms.len();
        Writer {
            ints: Vec::with_capacity(size),
            values: Vec::with_capacity(2 * analysis.statistics.len()),
            strings: String::new(),
            lengths: Vec::new(),
            names: [None; SLOTS],
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
            self.name(kind_name(s.kind));
            self.numbers(s.value, s.upper);
            self.optional_name(s.unit.as_deref());
            self.optional_name(s.qualifier.as_deref());
            self.optional_name(s.change.map(change_name));
        }

        self.count(analysis.terms.len());
        for t in &analysis.terms {
            self.position(t.start);
            self.position(t.end);
        }
    }

    fn count(&mut self, n: usize) {
        self.position(n);
    }

    /// An offset or index.
    // Not inlined: a push (its capacity check and growth) at each of the
    // dozen places that write a number cost ~350 bytes of the .wasm, for a
    // call per number written.
    #[inline(never)]
    fn position(&mut self, n: usize) {
        self.ints.push(int(n));
    }

    #[inline(never)]
    fn optional(&mut self, n: Option<usize>) {
        self.ints.push(n.map_or(NONE, int));
    }

    fn span(&mut self, span: Option<Span>) {
        match span {
            Some(s) => self.ints.extend([int(s.start), int(s.end)]),
            None => self.ints.extend([NONE, NONE]),
        }
    }

    /// A statistic's value and upper bound: which it has as bits (1: the
    /// value, 2: the upper bound), and those it has in `values`. One that is
    /// not finite counts as absent, as JSON has no infinity (serde_json
    /// writes it as null too). An absent one written as NaN was a number
    /// that JS read from the `Float64Array` onto its heap for nothing,
    /// two per statistic for most.
    fn numbers(&mut self, value: Option<f64>, upper: Option<f64>) {
        let mut has = 0;
        for (bit, n) in [(1, value), (2, upper)] {
            if let Some(n) = n.filter(|n| n.is_finite()) {
                has |= bit;
                self.values.push(n);
            }
        }
        self.ints.push(has);
    }

    fn string(&mut self, s: &str) {
        self.ints.push(int(self.lengths.len()));
        self.strings.push_str(s);
        self.lengths.push(s.encode_utf16().count() as u32);
    }

    /// A short string that repeats (a kind, a unit), written once and then
    /// referred to by its index, unless another took its slot since.
    fn name(&mut self, name: &'a str) {
        let b = name.as_bytes();
        let ends = |at: Option<&u8>| usize::from(at.copied().unwrap_or(0));
        let slot = (b.len() + 3 * ends(b.first()) + 5 * ends(b.last())) % SLOTS;
        match self.names[slot] {
            Some((n, index)) if n == name => self.ints.push(int(index as usize)),
            _ => {
                self.names[slot] = Some((name, self.lengths.len() as u32));
                self.string(name);
            }
        }
    }

    fn optional_name(&mut self, s: Option<&'a str>) {
        match s {
            Some(s) => self.name(s),
            None => self.ints.push(NONE),
        }
    }

    fn optional_string(&mut self, s: Option<&str>) {
        match s {
            Some(s) => self.string(s),
            None => self.ints.push(NONE),
        }
    }
}

/// `n` as an `i32`. A JS string holds at most 2^30 UTF-16 code units (V8)
/// and wasm32 memory 2^32 bytes, so offsets, indices and counts fit; the
/// saturation is only there so that no input can make this wrap.
fn int(n: usize) -> i32 {
    i32::try_from(n).unwrap_or(i32::MAX)
}

/// The name of a change's direction, as the TypeScript `Change` spells it.
fn change_name(change: Change) -> &'static str {
    match change {
        Change::Rise => "rise",
        Change::Fall => "fall",
    }
}
