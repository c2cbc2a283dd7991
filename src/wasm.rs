//! The WebAssembly boundary: converts options in and results out, and
//! nothing else. Offsets leave here as UTF-16 code units, so that
//! `text.slice(start, end)` is right in JavaScript.

use crate::offsets::{self, Encoding};
use crate::options::{Kind, Options};
use js_sys::{Array, Reflect};
use result::to_js;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

// highlightElement: the live-page painter (web-sys), kept apart from the
// text-only boundary in this file.
mod dom;
// The result handed to JS as a typed array, decoded by decode.js.
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
    Ok(to_js(&analysis))
}

/// Reads the options object; `undefined` and `null` mean the defaults.
fn parse_options(options: JsValue) -> Result<Options, JsError> {
    parse_options_with(options, &[])
}

/// Reads the options object, allowing the fields `extra` too: those that a
/// boundary function reads itself (`paint` of `highlightElement`).
///
/// Read with `Reflect` rather than serde: serde's error messages format
/// floats (`invalid type: floating point `1.5``), which pulled 16 KB of
/// float printing into the .wasm for one error message.
fn parse_options_with(options: JsValue, extra: &[&str]) -> Result<Options, JsError> {
    if options.is_undefined() || options.is_null() {
        return Ok(Options::default());
    }
    let invalid = |message: String| JsError::new(&format!("invalid options: {message}"));
    if !options.is_object() || Array::is_array(&options) {
        return Err(invalid(format!(
            "expected an object, not {}",
            describe(&options)
        )));
    }
    // Only the object's own enumerable keys, as `JSON.stringify` sees them.
    let keys = js_sys::Object::keys(options.unchecked_ref::<js_sys::Object>());
    let known = |k: &str| Options::FIELDS.contains(&k) || extra.contains(&k);
    if let Some(unknown) = keys
        .iter()
        .filter_map(|k| k.as_string())
        .find(|k| !known(k))
    {
        let expected: Vec<String> = (Options::FIELDS.iter().chain(extra))
            .map(|f| format!("`{f}`"))
            .collect();
        return Err(invalid(format!(
            "unknown field `{unknown}`, expected {}",
            expected.join(", ")
        )));
    }
    let mut parsed = Options::default();
    let kinds = Reflect::get(&options, &"kinds".into()).unwrap_or(JsValue::UNDEFINED);
    if !kinds.is_undefined() {
        parsed.kinds = parse_kinds(&kinds).map_err(invalid)?;
    }
    Ok(parsed)
}

/// The names of the kinds, as `Kind` in the TypeScript declaration spells them.
const KIND_NAMES: [(&str, Kind); 4] = [
    ("quotes", Kind::Quotes),
    ("speakers", Kind::Speakers),
    ("statistics", Kind::Statistics),
    ("terms", Kind::Terms),
];

/// Reads `kinds`: an array of kind names, each known.
fn parse_kinds(kinds: &JsValue) -> Result<Vec<Kind>, String> {
    let expected = || {
        let names: Vec<String> = KIND_NAMES.iter().map(|(n, _)| format!("`{n}`")).collect();
        names.join(", ")
    };
    if !Array::is_array(kinds) {
        return Err(format!(
            "`kinds` must be an array of {}, not {}",
            expected(),
            describe(kinds)
        ));
    }
    let array: &Array = kinds.unchecked_ref();
    let mut out = Vec::new();
    for item in array.iter() {
        let Some(name) = item.as_string() else {
            return Err(format!(
                "`kinds` holds {}, expected only {}",
                describe(&item),
                expected()
            ));
        };
        match KIND_NAMES.iter().find(|(n, _)| *n == name) {
            Some(&(_, kind)) => out.push(kind),
            None => {
                return Err(format!(
                    "unknown kind \"{name}\" in `kinds`, expected one of {}",
                    expected()
                ));
            }
        }
    }
    Ok(out)
}

/// A JS value for an error message: a string in quotes, else its type
/// (never a number's digits: that would bring float printing back).
fn describe(value: &JsValue) -> String {
    match value.as_string() {
        Some(s) => format!("\"{s}\""),
        None if value.is_null() => "null".to_string(),
        None if value.is_undefined() => "undefined".to_string(),
        None if Array::is_array(value) => "an array".to_string(),
        None => {
            let kind = value.js_typeof().as_string().unwrap_or_default();
            let article = if kind.starts_with(['a', 'e', 'i', 'o', 'u']) {
                "an"
            } else {
                "a"
            };
            format!("{article} {kind}")
        }
    }
}
