//! Painting marks on a page, and taking them off again: through the CSS
//! Custom Highlight API (no change to the DOM at all), or by wrapping
//! text-node ranges in `<mark>` elements where the browser lacks it.

use super::text::{Flat, Piece};
use crate::sort::sort_by_key;
use js_sys::{Array, Reflect};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{CssStyleSheet, Node, StaticRange, StaticRangeInit, Text};

/// What a mark shows. The order is the nesting order for equal spans.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Kind {
    Quote,
    Term,
    Speaker,
    Statistic,
}

impl Kind {
    const ALL: [Kind; 4] = [Kind::Quote, Kind::Term, Kind::Speaker, Kind::Statistic];

    /// The name in `data-kind` and `part`.
    fn name(self) -> &'static str {
        match self {
            Kind::Quote => "quote",
            Kind::Term => "term",
            Kind::Speaker => "speaker",
            Kind::Statistic => "statistic",
        }
    }

    /// The name in `CSS.highlights` and `::highlight()`: prefixed, since the
    /// registry is shared by every script of the page.
    fn highlight_name(self) -> &'static str {
        match self {
            Kind::Quote => "ah-quote",
            Kind::Term => "ah-term",
            Kind::Speaker => "ah-speaker",
            Kind::Statistic => "ah-statistic",
        }
    }
}

/// One mark inside one text node.
pub(super) struct Mark {
    pub piece: Piece,
    pub kind: Kind,
    /// The speaker's name, on quotes and speaker mentions (`data-speaker`).
    pub speaker: Option<String>,
}

// The Highlight API is not in web-sys's stable set (it would need
// `--cfg=web_sys_unstable_apis`), so the few members used are bound here.
#[wasm_bindgen]
extern "C" {
    /// A set of ranges painted by `::highlight(name)`.
    pub(super) type Highlight;
    #[wasm_bindgen(constructor)]
    fn new() -> Highlight;
    #[wasm_bindgen(method)]
    fn add(this: &Highlight, range: &StaticRange);
    #[wasm_bindgen(method, js_name = delete)]
    fn remove(this: &Highlight, range: &StaticRange) -> bool;
    #[wasm_bindgen(method, getter)]
    fn size(this: &Highlight) -> u32;
    #[wasm_bindgen(method, setter = priority)]
    fn set_priority(this: &Highlight, priority: i32);

    /// `CSS.highlights`: the page's highlights by name.
    pub(super) type HighlightRegistry;
    #[wasm_bindgen(method)]
    fn get(this: &HighlightRegistry, name: &str) -> JsValue;
    #[wasm_bindgen(method)]
    fn set(this: &HighlightRegistry, name: &str, highlight: &Highlight);
    #[wasm_bindgen(method, js_name = delete)]
    fn remove(this: &HighlightRegistry, name: &str) -> bool;
}

/// `CSS.highlights` of the window that shows `node` (an iframe's element is
/// painted by the iframe's registry), when the browser has the Custom
/// Highlight API.
pub(super) fn registry(node: &Node) -> Option<HighlightRegistry> {
    let global = js_sys::global();
    let has = |name: &str| Reflect::get(&global, &name.into()).is_ok_and(|v| v.is_function());
    if !has("Highlight") || !has("StaticRange") {
        return None;
    }
    let window: JsValue = match node.owner_document().and_then(|d| d.default_view()) {
        Some(window) => window.into(),
        None => global.into(),
    };
    let css = Reflect::get(&window, &"CSS".into()).ok()?;
    let registry = Reflect::get(&css, &"highlights".into()).ok()?;
    registry.is_object().then(|| registry.unchecked_into())
}

/// The ranges added to one named highlight.
pub(super) struct Registered {
    kind: Kind,
    highlight: Highlight,
    ranges: Vec<StaticRange>,
}

/// Adds one static range per mark to the page's `ah-*` highlights, creating
/// those that are missing. Existing ones are shared, so that several
/// highlighted elements on one page all stay painted.
pub(super) fn register(
    registry: &HighlightRegistry,
    flat: &Flat,
    marks: &[Mark],
) -> Result<Vec<Registered>, JsValue> {
    let mut out = Vec::new();
    for kind in Kind::ALL {
        let ranges = marks
            .iter()
            .filter(|m| m.kind == kind)
            .map(|m| {
                let node = &flat.nodes[m.piece.node];
                StaticRange::new(&StaticRangeInit::new(
                    node,
                    m.piece.end,
                    node,
                    m.piece.start,
                ))
            })
            .collect::<Result<Vec<_>, _>>()?;
        if ranges.is_empty() {
            continue;
        }
        let existing = registry.get(kind.highlight_name());
        let highlight = if existing.is_undefined() {
            let created = Highlight::new();
            // A number inside a quote paints over the quote.
            created.set_priority(kind as i32);
            registry.set(kind.highlight_name(), &created);
            created
        } else {
            existing.unchecked_into()
        };
        for range in &ranges {
            highlight.add(range);
        }
        out.push(Registered {
            kind,
            highlight,
            ranges,
        });
    }
    Ok(out)
}

/// Takes the ranges of `registered` out of their highlights, and a
/// highlight out of the registry once it holds no range.
pub(super) fn unregister(registry: &HighlightRegistry, registered: &[Registered]) {
    for r in registered {
        for range in &r.ranges {
            r.highlight.remove(range);
        }
        let name = r.kind.highlight_name();
        if r.highlight.size() == 0 && registry.get(name) == *r.highlight {
            registry.remove(name);
        }
    }
}

/// A text node replaced by marks: the original node (kept, to be put back)
/// and the nodes that stand in its place.
pub(super) struct Wrapped {
    original: Text,
    inserted: Vec<Node>,
}

/// Replaces each text node that has marks by a copy of its text with the
/// marks in it: `<mark data-kind="quote">`, nested where marks nest (a
/// number inside a quote). A mark never crosses an element boundary: the
/// caller hands one [`Mark`] per text node. `part` names each mark by its
/// kind, for `::part()` when the element lives in a shadow tree.
pub(super) fn wrap(flat: &Flat, marks: &[Mark], part: bool) -> Result<Vec<Wrapped>, JsValue> {
    let mut order: Vec<&Mark> = marks.iter().collect();
    sort_marks(&mut order);
    let mut out = Vec::new();
    for group in order.chunk_by(|a, b| a.piece.node == b.piece.node) {
        let original = &flat.nodes[group[0].piece.node];
        if let Some(wrapped) = wrap_node(original, group, part)? {
            out.push(wrapped);
        }
    }
    Ok(out)
}

/// Sorts marks by node, then start, then longest first (an enclosing mark
/// opens before the marks inside it), then kind, with the crate's one sort.
fn sort_marks(marks: &mut [&Mark]) {
    sort_by_key(marks, |m| {
        let p = &m.piece;
        // Node indexes and code unit offsets of a page are 32-bit numbers.
        ((p.node as u128) << 96)
            | (u128::from(p.start) << 64)
            | (u128::from(u32::MAX - p.end) << 32)
            | m.kind as u128
    });
}

fn wrap_node(original: &Text, marks: &[&Mark], part: bool) -> Result<Option<Wrapped>, JsValue> {
    let (Some(parent), Some(document)) = (original.parent_node(), original.owner_document()) else {
        return Ok(None);
    };
    let fragment: Node = document.create_document_fragment().into();
    let append_text = |to: &Node, from: u32, end: u32| -> Result<(), JsValue> {
        if end > from {
            let data = original.substring_data(from, end - from)?;
            to.append_child(&document.create_text_node(&data))?;
        }
        Ok(())
    };
    // Open containers and where each ends; the fragment ends with the node.
    let mut open: Vec<(u32, Node)> = vec![(original.length(), fragment.clone())];
    let mut cursor = 0;
    for mark in marks {
        let Piece { start, end, .. } = mark.piece;
        while open.len() > 1 && open.last().is_some_and(|(e, _)| *e <= start) {
            let (e, container) = open.pop().expect("checked above");
            append_text(&container, cursor, e)?;
            cursor = e;
        }
        let (limit, container) = open.last().expect("the fragment stays open");
        // Marks that overlap without nesting: the later one is cut at the
        // end of the earlier.
        let end = end.min(*limit);
        if end <= start || start < cursor {
            continue;
        }
        append_text(container, cursor, start)?;
        cursor = start;
        let element = document.create_element_ns(Some("http://www.w3.org/1999/xhtml"), "mark")?;
        element.set_attribute("data-kind", mark.kind.name())?;
        if let Some(name) = &mark.speaker {
            element.set_attribute("data-speaker", name)?;
        }
        if part {
            element.set_attribute("part", mark.kind.name())?;
        }
        container.append_child(&element)?;
        open.push((end, element.into()));
    }
    while let Some((e, container)) = open.pop() {
        append_text(&container, cursor, e)?;
        cursor = e;
    }
    let children = fragment.child_nodes();
    let inserted = (0..children.length())
        .filter_map(|i| children.item(i))
        .collect();
    parent.replace_child(&fragment, original)?;
    Ok(Some(Wrapped {
        original: original.clone(),
        inserted,
    }))
}

/// Puts each original text node back in place of its marks. When the page
/// edited the marked text in the meantime, the original node takes the
/// edited text; nodes the page moved elsewhere are left alone.
pub(super) fn unwrap(wrapped: &[Wrapped]) -> Result<(), JsValue> {
    for w in wrapped.iter().rev() {
        let Some(first) = w.inserted.first() else {
            continue;
        };
        let Some(parent) = first.parent_node() else {
            continue;
        };
        let mine: Vec<&Node> = w
            .inserted
            .iter()
            .filter(|n| n.parent_node().as_ref() == Some(&parent))
            .collect();
        // Pushed in a loop: collecting Strings into a String is a function
        // of its own in the .wasm, for this one use.
        let mut data = String::new();
        for text in mine.iter().filter_map(|n| n.text_content()) {
            data.push_str(&text);
        }
        if w.original.data() != data {
            w.original.set_data(&data);
        }
        parent.insert_before(&w.original, Some(first))?;
        for node in mine {
            parent.remove_child(node)?;
        }
    }
    Ok(())
}

/// Default colours for both ways of painting, in a cascade layer so that any
/// rule of the page wins over them; each colour is a custom property.
const STYLES: &str = "@layer article-highlighter {
::highlight(ah-quote) { background-color: var(--ah-quote-background, rgb(255 200 0 / 0.3)); }
::highlight(ah-term) { background-color: var(--ah-term-background, rgb(128 128 128 / 0.2)); }
::highlight(ah-speaker) { background-color: var(--ah-speaker-background, rgb(0 120 255 / 0.2)); }
::highlight(ah-statistic) { background-color: var(--ah-statistic-background, rgb(0 180 80 / 0.25)); }
mark[data-kind] { color: inherit; }
mark[data-kind=quote] { background-color: var(--ah-quote-background, rgb(255 200 0 / 0.3)); }
mark[data-kind=term] { background-color: var(--ah-term-background, rgb(128 128 128 / 0.2)); }
mark[data-kind=speaker] { background-color: var(--ah-speaker-background, rgb(0 120 255 / 0.2)); }
mark[data-kind=statistic] { background-color: var(--ah-statistic-background, rgb(0 180 80 / 0.25)); }
}";

thread_local! {
    /// One constructed style sheet, shared by every document or shadow root
    /// that adopts it; `None` where the browser cannot construct one.
    static SHEET: Option<CssStyleSheet> = CssStyleSheet::new()
        .ok()
        .filter(|sheet| sheet.replace_sync(STYLES).is_ok());
}

/// Adds the default colours to the document or shadow root `root` once.
/// Without constructible style sheets the page's own CSS is all there is.
pub(super) fn adopt_styles(root: &Node) {
    SHEET.with(|sheet| {
        let Some(sheet) = sheet else { return };
        let key = JsValue::from_str("adoptedStyleSheets");
        let Ok(current) = Reflect::get(root, &key) else {
            return;
        };
        if current.is_undefined() {
            return;
        }
        let sheets = Array::from(&current);
        if !sheets.includes(sheet, 0) {
            sheets.push(sheet);
            // A sheet of another document (an iframe) is refused: no colours.
            let _ = Reflect::set(root, &key, &sheets);
        }
    });
}
