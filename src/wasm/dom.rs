//! `highlightElement`: marks the quotes, speakers and numbers of a live
//! element of a page, in place, and takes them off again.
//!
//! Three steps, one module each: [`text`] reads what a reader sees (visible
//! text nodes, one line per block) with a map back to the text nodes; the
//! core analyses it; [`paint`] paints each mark, per text node, through the
//! CSS Custom Highlight API or with `<mark>` elements.

mod paint;
mod text;

use super::{parse_options_with, to_js};
use crate::analysis::Analysis;
use crate::offsets::{self, Encoding};
use js_sys::Reflect;
use paint::{HighlightRegistry, Kind, Mark, Registered, Wrapped};
use text::Flat;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{Element, Node, ShadowRoot};

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = r#"
/**
 * How `highlightElement` paints: "highlights" through the CSS Custom
 * Highlight API (`::highlight(ah-quote)` etc., no change to the DOM),
 * "marks" by wrapping text in `<mark data-kind="quote">` etc., "auto" (the
 * default) the first where the browser has it, else the second.
 */
export type Paint = "auto" | "highlights" | "marks";

/** Options of `highlightElement`: those of `highlight`, and how to paint. */
export interface ElementOptions extends Options {
  paint?: Paint;
}

/** What `highlightElement` painted; `clear()` takes it off again. */
export class HighlightHandle {
  private constructor();
  /** The text that was analysed: the element's visible text, white space
   * collapsed, one line per block. The offsets of `analysis` index into it. */
  readonly text: string;
  /** The result of `highlight(text, options)`. */
  readonly analysis: Analysis;
  /** How the marks were painted. */
  readonly paint: "highlights" | "marks";
  /** Whether `clear()` has run. */
  readonly cleared: boolean;
  /**
   * Takes the marks off: removes the ranges from `CSS.highlights`, or puts
   * the original text nodes back in place of the `<mark>`s, so that the
   * element's `innerHTML` is what it was. Calling it again does nothing.
   */
  clear(): void;
  /** Frees the handle's memory; the marks stay on the page. */
  free(): void;
}

/**
 * Marks the quotes, speakers, statistics and terms of a live element of the
 * page: reads its visible text (skipping script, style, template, noscript,
 * form controls, `[hidden]`, `aria-hidden="true"` and `display: none`
 * content), analyses it and paints the marks without breaking the page.
 * @throws Error when `element` is not an element or `options` is not valid.
 */
export function highlightElement(element: Element, options?: ElementOptions): HighlightHandle;
"#;

/// How to paint, read from the `paint` option at this boundary: it only
/// matters to the DOM painter, so the core's `Options` never sees it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Paint {
    Auto,
    Highlights,
    Marks,
}

/// Marks `element` in place; see the TypeScript declaration above.
#[wasm_bindgen(js_name = highlightElement, skip_typescript)]
pub fn highlight_element(element: JsValue, options: JsValue) -> Result<HighlightHandle, JsValue> {
    let element = as_element(element)?;
    let paint = match read_paint(&options)? {
        1 => Paint::Highlights,
        2 => Paint::Marks,
        _ => Paint::Auto,
    };
    let options = parse_options_with(&options, "paint")?;

    let flat = Flat::read(&element);
    let mut analysis = crate::highlight(&flat.text, &options);
    offsets::convert(&mut analysis, &flat.text, Encoding::Utf16);
    let marks = marks(&analysis, &flat);

    let root = element.get_root_node();
    paint::adopt_styles(&root);
    // A DOM error while painting is thrown as the DOM threw it: wrapping it
    // in a message of our own took `{:?}` of a JsValue, 1 KB of the .wasm.
    let registry = paint::registry(&element);
    let painted = match (paint, registry) {
        (Paint::Highlights | Paint::Auto, Some(registry)) => {
            let registered = paint::register(&registry, &flat, &marks)?;
            Painted::Highlights(registry, registered)
        }
        (Paint::Highlights, None) => {
            return Err(JsError::new(
                "this browser has no CSS Custom Highlight API (CSS.highlights): \
                 use paint: \"marks\" or \"auto\"",
            )
            .into());
        }
        (Paint::Marks | Paint::Auto, _) => {
            let part = root.dyn_ref::<ShadowRoot>().is_some();
            Painted::Marks(paint::wrap(&flat, &marks, part)?)
        }
    };
    let analysis = to_js(analysis);
    Ok(HighlightHandle {
        painted,
        cleared: false,
        analysis,
        text: flat.text,
    })
}

/// What `highlightElement` painted; see the TypeScript declaration above.
#[wasm_bindgen(skip_typescript)]
pub struct HighlightHandle {
    painted: Painted,
    cleared: bool,
    analysis: JsValue,
    text: String,
}

enum Painted {
    Highlights(HighlightRegistry, Vec<Registered>),
    Marks(Vec<Wrapped>),
}

#[wasm_bindgen]
impl HighlightHandle {
    /// The analysed text.
    #[wasm_bindgen(getter)]
    pub fn text(&self) -> String {
        self.text.clone()
    }

    /// The analysis of [`HighlightHandle::text`], UTF-16 offsets.
    #[wasm_bindgen(getter)]
    pub fn analysis(&self) -> JsValue {
        self.analysis.clone()
    }

    /// "highlights" or "marks".
    #[wasm_bindgen(getter)]
    pub fn paint(&self) -> String {
        match self.painted {
            Painted::Highlights(..) => "highlights",
            Painted::Marks(_) => "marks",
        }
        .to_string()
    }

    /// Whether [`HighlightHandle::clear`] has run.
    #[wasm_bindgen(getter)]
    pub fn cleared(&self) -> bool {
        self.cleared
    }

    /// Takes the marks off the page; a second call does nothing.
    pub fn clear(&mut self) -> Result<(), JsValue> {
        if std::mem::replace(&mut self.cleared, true) {
            return Ok(());
        }
        match &self.painted {
            Painted::Highlights(registry, registered) => paint::unregister(registry, registered),
            Painted::Marks(wrapped) => paint::unwrap(wrapped)?,
        }
        Ok(())
    }
}

/// Accepts any DOM element, also one of another window (an iframe), where
/// `instanceof Element` would say no.
fn as_element(value: JsValue) -> Result<Element, JsError> {
    let node_type = Reflect::get(&value, &"nodeType".into()).ok();
    if value.is_object() && node_type.and_then(|t| t.as_f64()) == Some(Node::ELEMENT_NODE.into()) {
        Ok(value.unchecked_into())
    } else {
        Err(JsError::new(
            "highlightElement needs a DOM element as its first argument",
        ))
    }
}

#[wasm_bindgen(module = "/src/wasm/options.js")]
extern "C" {
    /// `paint`: 0 auto, 1 highlights, 2 marks; throws for any other value.
    /// Any other problem with the options is `readOptions`'s.
    #[wasm_bindgen(js_name = readPaint, catch)]
    fn read_paint(options: &JsValue) -> Result<u32, JsValue>;
}

/// One mark per text node for every span of the analysis.
fn marks(analysis: &Analysis, flat: &Flat) -> Vec<Mark> {
    let mut out = Vec::new();
    let mut add = |start: usize, end: usize, kind: Kind, speaker: Option<&str>| {
        for piece in flat.locate(start, end) {
            out.push(Mark {
                piece,
                kind,
                speaker: speaker.map(str::to_owned),
            });
        }
    };
    let name = |index: Option<usize>| Some(analysis.speakers.get(index?)?.name.as_str());
    for q in &analysis.quotes {
        add(q.start, q.end, Kind::Quote, name(q.speaker));
    }
    for t in &analysis.terms {
        add(t.start, t.end, Kind::Term, None);
    }
    for speaker in &analysis.speakers {
        for m in &speaker.mentions {
            add(m.start, m.end, Kind::Speaker, Some(&speaker.name));
        }
    }
    for s in &analysis.statistics {
        add(s.start, s.end, Kind::Statistic, None);
    }
    out
}
