//! The WebAssembly boundary: converts options in and results out, and
//! nothing else. Offsets leave here as UTF-16 code units, so that
//! `text.slice(start, end)` is right in JavaScript.

use crate::offsets::{self, Encoding};
use crate::options::{Kind, Options};
use result::to_js;
use wasm_bindgen::prelude::*;

/// The allocator of the .wasm: talc instead of the standard library's
/// dlmalloc, whose ~8 KB of code were ~2.8 KB of the gzipped .wasm. Same
/// linear memory after a call on 1 MB (7.8-7.9 MB), less after repeated
/// calls on the bench text (7.4 MB instead of 10.1); warm calls 0-3%
/// slower (interleaved in one process), the first call as fast. talc grows
/// the memory by what an allocation lacks (whole 64 KB pages) and extends
/// its heap over the new pages.
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

// highlightElement: the live-page painter (web-sys), kept apart from the
// text-only boundary in this file.
mod dom;
// The text argument, copied in at its exact UTF-8 size.
mod input;
// The result handed to JS as typed arrays, decoded by decode.js.
mod result;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = r#"
/** A kind of mark that an analysis can report. */
export type Kind = "quotes" | "speakers" | "statistics" | "terms";

/** Options of `highlight`. Unknown fields are an error. */
export interface Options {
  /** Which kinds to report; the others come back as empty lists. Default: all. */
  kinds?: Kind[];
}

/** A half-open range `[start, end)` of UTF-16 code units. */
export interface Span { start: number; end: number; }

/** One direct quote (one paragraph piece), quotation marks included. */
export interface Quote extends Span {
  /** Index into `speakers`, or null when no speaker is found. */
  speaker: number | null;
  /** The words that name the speaker for this quote ("he", "Mr. Hun Sen"). */
  mention: Span | null;
  /** The reporting cue ("said", "according to"). */
  cue: Span | null;
  /** For a piece of a multi-paragraph quote: the index of the piece it continues. */
  continues?: number;
}

/** A person or source quoted in the text. */
export interface Speaker {
  /** The fullest form of the name ("Prime Minister Hun Sen", "the report"). */
  name: string;
  /** Every span that refers to this speaker. */
  mentions: Span[];
  /**
   * What describes the person: an apposition ("technical supervisor for
   * rights group Licadho"), a description set off before the name ("the
   * Labour leader"), the words before a title in it ("Texas Sen."), or an
   * office named with the title ("Secretary of Housing and Urban
   * Development").
   */
  role?: string;
}

export type StatisticKind = "count" | "percent" | "money" | "measure" | "range" | "ratio" | "change";

/** The direction of a change a statistic measures. */
export type Change = "rise" | "fall";

/** A number that carries a claim. */
export interface Statistic extends Span {
  kind: StatisticKind;
  /**
   * The numeric value with scale words applied ("3.2 million" is 3200000);
   * for a range its lower bound, for a ratio the quotient ("one in five" is
   * 0.2), for a change of kind "change" the factor ("doubled" is 2).
   */
  value: number | null;
  /** For a range, its upper bound. */
  upper?: number;
  /** The unit or currency ("%", "USD", "km"). */
  unit?: string;
  /** An approximation or bound ("about", "more than"). */
  qualifier?: string;
  /** When the number is the size of a change ("rose 4.5 percent"): its direction. */
  change?: Change;
}

/** A quoted span that is nobody's words: a scare quote, a title, a nickname. */
export interface Term extends Span {}

/** Everything found in one text. Offsets are UTF-16 code units. */
export interface Analysis {
  offsets: "utf16";
  quotes: Quote[];
  speakers: Speaker[];
  statistics: Statistic[];
  terms: Term[];
}

/**
 * Marks the quotes, speakers, statistics and terms of `text`.
 * @throws Error when `text` is not a string or `options` is not a valid
 * `Options` object.
 */
export function highlight(text: string, options?: Options): Analysis;
"#;

/// Analyses `text`; see the TypeScript declaration above.
#[wasm_bindgen(js_name = highlight, skip_typescript)]
pub fn highlight(text: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    let Some(text) = input::read(&text) else {
        return Err(JsError::new("highlight needs a string as its first argument").into());
    };
    let options = parse_options(options)?;
    let mut analysis = crate::highlight(&text, &options);
    offsets::convert(&mut analysis, &text, Encoding::Utf16);
    // The text's memory is free again before the result is written.
    drop(text);
    Ok(to_js(analysis))
}

/// Reads the options object; `undefined` and `null` mean the defaults.
fn parse_options(options: JsValue) -> Result<Options, JsValue> {
    parse_options_with(&options, "")
}

#[wasm_bindgen(module = "/src/wasm/options.js")]
extern "C" {
    /// The kinds asked for as a mask over `Kind::ALL` (-1: the default);
    /// throws an `Error` naming what is wrong with the options.
    #[wasm_bindgen(js_name = readOptions, catch)]
    fn read_options(options: &JsValue, fields: &str) -> Result<i32, JsValue>;
}

/// Reads the options object, allowing the fields `extra` too
/// (comma-separated): those that a boundary function reads itself (`paint`
/// of `highlightElement`).
///
/// The checks and their messages are in `options.js`: written here with
/// `format!` they took 4 KB of the .wasm; serde before that formatted
/// floats in its messages (16 KB).
fn parse_options_with(options: &JsValue, extra: &str) -> Result<Options, JsValue> {
    // Pushed one by one, not `join`ed: `join` is a function of its own in
    // the .wasm, for a list of one or two fields.
    let mut fields = String::new();
    for field in Options::FIELDS.iter().chain([&extra]) {
        if !field.is_empty() {
            if !fields.is_empty() {
                fields.push(',');
            }
            fields.push_str(field);
        }
    }
    let mask = read_options(options, &fields)?;
    if mask < 0 {
        return Ok(Options::default());
    }
    let kinds = Kind::ALL
        .into_iter()
        .enumerate()
        .filter(|(i, _)| mask & (1 << i) != 0)
        .map(|(_, kind)| kind)
        .collect();
    Ok(Options { kinds })
}
