//! The WebAssembly boundary: converts options in and results out, and
//! nothing else. Offsets leave here as UTF-16 code units, so that
//! `text.slice(start, end)` is right in JavaScript.

use crate::offsets::{self, Encoding};
use crate::options::Options;
use serde::Serialize;
use serde::de::IgnoredAny;
use std::collections::BTreeMap;
use wasm_bindgen::prelude::*;

// highlightElement: the live-page painter (web-sys), kept apart from the
// text-only boundary in this file.
mod dom;

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
  /** A role given in apposition ("technical supervisor for rights group Licadho"). */
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
 * @throws Error when `options` is not a valid `Options` object.
 */
export function highlight(text: string, options?: Options): Analysis;
"#;

/// Analyses `text`; see the TypeScript declaration above.
#[wasm_bindgen(js_name = highlight, skip_typescript)]
pub fn highlight(text: &str, options: JsValue) -> Result<JsValue, JsError> {
    let options = parse_options(options)?;
    let mut analysis = crate::highlight(text, &options);
    offsets::convert(&mut analysis, text, Encoding::Utf16);
    analysis
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&format!("could not return the result: {e}")))
}

/// Reads the options object; `undefined` and `null` mean the defaults.
fn parse_options(options: JsValue) -> Result<Options, JsError> {
    parse_options_with(options, &[])
}

/// Reads the options object, allowing the fields `extra` too: those that a
/// boundary function reads itself (`paint` of `highlightElement`).
fn parse_options_with(options: JsValue, extra: &[&str]) -> Result<Options, JsError> {
    if options.is_undefined() || options.is_null() {
        return Ok(Options::default());
    }
    let invalid = |e: &dyn std::fmt::Display| JsError::new(&format!("invalid options: {e}"));
    // serde-wasm-bindgen looks fields up by name and never sees the others,
    // so unknown fields are found here, from the object's own keys.
    let keys: BTreeMap<String, IgnoredAny> =
        serde_wasm_bindgen::from_value(options.clone()).map_err(|e| invalid(&e))?;
    let known = |k: &str| Options::FIELDS.contains(&k) || extra.contains(&k);
    if let Some(unknown) = keys.keys().find(|k| !known(k)) {
        let fields = Options::FIELDS.iter().chain(extra);
        let expected: Vec<String> = fields.map(|f| format!("`{f}`")).collect();
        let message = format!(
            "unknown field `{unknown}`, expected {}",
            expected.join(", ")
        );
        return Err(invalid(&message));
    }
    serde_wasm_bindgen::from_value(options).map_err(|e| invalid(&e))
}
