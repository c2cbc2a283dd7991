//! Reading a live element's text as a reader sees it, with a map from every
//! offset of that text back to a text node of the page.
//!
//! The analysis wants prose: paragraphs on lines of their own (the quote
//! scanner works paragraph by paragraph) and no source indentation. The page
//! has neither: `<p>` boundaries are not characters, and the HTML source puts
//! newlines and runs of spaces inside paragraphs. So the reader collapses
//! white space as CSS does, writes one `\n` per block boundary or `<br>`, and
//! records which stretches of the result were copied one to one from which
//! text node. Everything is counted in UTF-16 code units, as the DOM counts.

use wasm_bindgen::JsCast;
use web_sys::{CssStyleDeclaration, Element, Node, Text, Window};

/// Whether `name` is one of `names`, a list written as one string with
/// single spaces between its names: an array of `&str` costs 8 bytes of
/// pointer and length per name in the .wasm.
fn is_listed(names: &str, name: &str) -> bool {
    names.split(' ').any(|n| n == name)
}

/// Elements whose content is no article text, or where a `<mark>` would
/// break the page: code, form controls, embedded documents and graphics.
const SKIPPED: &str = concat!(
    "script style template noscript textarea select iframe object embed canvas svg ",
    "math video audio",
);

/// Block-level elements, used when no computed style is available (an
/// element not in a document with a window, whose `display` reads as "").
const BLOCKS: &str = concat!(
    "address article aside blockquote caption dd details div dl dt fieldset ",
    "figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre ",
    "section summary table td th tr ul",
);

/// The text of an element and its map back to the page.
pub(super) struct Flat {
    /// The text to analyse: collapsed white space, one line per block.
    pub text: String,
    /// Every text node read, in document order; [`Piece::node`] indexes it.
    pub nodes: Vec<Text>,
    /// Stretches of `text` copied one to one from a node, in text order.
    runs: Vec<Run>,
}

/// A stretch of [`Flat::text`] copied one to one from one text node.
#[derive(Debug)]
struct Run {
    /// Where it starts in the flat text.
    at: usize,
    /// Index into [`Flat::nodes`].
    node: usize,
    /// Where it starts in the node's data.
    offset: usize,
    /// Its length, the same in both.
    len: usize,
}

/// A range inside one text node: `[start, end)` of its data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Piece {
    /// Index into [`Flat::nodes`].
    pub node: usize,
    /// First code unit.
    pub start: u32,
    /// One past the last code unit.
    pub end: u32,
}

impl Flat {
    /// Reads the visible text under `root`.
    pub fn read(root: &Element) -> Flat {
        let window = root.owner_document().and_then(|d| d.default_view());
        let mut reader = Reader::default();
        let root_pre = computed(&window, root).is_some_and(|s| white_space(&s).unwrap_or(false));
        let mut stack = Vec::new();
        push_children(&mut stack, root, root_pre);
        while let Some(step) = stack.pop() {
            let (node, pre) = match step {
                Step::Leave => {
                    reader.pending_break = true;
                    continue;
                }
                Step::Enter(node, pre) => (node, pre),
            };
            match node.node_type() {
                Node::TEXT_NODE => reader.text_node(node.unchecked_into(), pre),
                Node::ELEMENT_NODE => {
                    let element: Element = node.unchecked_into();
                    let Some((block, pre)) = visit(&window, &element, pre) else {
                        continue;
                    };
                    if element.local_name() == "br" {
                        reader.pending_break = true;
                        continue;
                    }
                    if block {
                        reader.pending_break = true;
                        stack.push(Step::Leave);
                    }
                    push_children(&mut stack, &element, pre);
                }
                _ => {}
            }
        }
        Flat {
            text: reader.text,
            nodes: reader.nodes,
            runs: reader.runs,
        }
    }

    /// The node ranges that show `[start, end)` of the flat text (UTF-16),
    /// one per text node; block separators belong to no node and drop out.
    pub fn locate(&self, start: usize, end: usize) -> Vec<Piece> {
        let mut out: Vec<Piece> = Vec::new();
        let first = self.runs.partition_point(|r| r.at + r.len <= start);
        for run in self.runs[first..].iter().take_while(|r| r.at < end) {
            let from = (start.max(run.at) - run.at + run.offset) as u32;
            let to = (end.min(run.at + run.len) - run.at + run.offset) as u32;
            match out.last_mut() {
                // Two runs of one node are split only by collapsed white
                // space, which belongs inside the mark too.
                Some(last) if last.node == run.node => last.end = to,
                _ => out.push(Piece {
                    node: run.node,
                    start: from,
                    end: to,
                }),
            }
        }
        out
    }
}

/// One step of the walk: enter a node (with the inherited "newlines are
/// line breaks" flag), or leave a block.
enum Step {
    Enter(Node, bool),
    Leave,
}

fn push_children(stack: &mut Vec<Step>, parent: &Node, pre: bool) {
    let children = parent.child_nodes();
    for i in (0..children.length()).rev() {
        if let Some(child) = children.item(i) {
            stack.push(Step::Enter(child, pre));
        }
    }
}

/// Whether to read `element`, and if so: whether it is a block, and whether
/// newlines in its text are line breaks. `None` for hidden content.
fn visit(window: &Option<Window>, element: &Element, pre: bool) -> Option<(bool, bool)> {
    let name = element.local_name();
    let aria_hidden = element
        .get_attribute("aria-hidden")
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("true"));
    if is_listed(SKIPPED, &name) || element.has_attribute("hidden") || aria_hidden {
        return None;
    }
    let style = computed(window, element);
    let display = style
        .as_ref()
        .map(|s| property(s, "display"))
        .unwrap_or_default();
    if display == "none" {
        return None;
    }
    let block = if display.is_empty() {
        is_listed(BLOCKS, &name)
    } else {
        // inline, inline-block, inline-flex…, contents and ruby flow with
        // the text around them; everything else starts a new line.
        !(display.starts_with("inline") || display == "contents" || display.starts_with("ruby"))
    };
    let pre = style.and_then(|s| white_space(&s)).unwrap_or(pre);
    Some((block, pre))
}

fn computed(window: &Option<Window>, element: &Element) -> Option<CssStyleDeclaration> {
    window.as_ref()?.get_computed_style(element).ok().flatten()
}

fn property(style: &CssStyleDeclaration, name: &str) -> String {
    style.get_property_value(name).unwrap_or_default()
}

/// Whether newlines are line breaks under this style (`pre`, `pre-wrap`,
/// `pre-line`, `break-spaces`); `None` when the browser does not say.
fn white_space(style: &CssStyleDeclaration) -> Option<bool> {
    // Newer browsers split `white-space` into longhands and may serialise
    // the shorthand as "" for some combinations: ask the longhand first.
    let collapse = property(style, "white-space-collapse");
    if !collapse.is_empty() {
        return Some(collapse != "collapse");
    }
    let ws = property(style, "white-space");
    (!ws.is_empty()).then(|| ws.starts_with("pre") || ws == "break-spaces")
}

/// Builds the flat text and its runs.
#[derive(Default)]
struct Reader {
    text: String,
    /// Length of `text` in UTF-16 code units.
    units: usize,
    nodes: Vec<Text>,
    runs: Vec<Run>,
    /// A block ended or began: the next character starts a new line.
    pending_break: bool,
    /// White space was seen, at this node and offset: the next character is
    /// preceded by one space, unless a line break comes first.
    pending_space: Option<(usize, usize)>,
}

impl Reader {
    fn text_node(&mut self, node: Text, pre: bool) {
        let index = self.nodes.len();
        let data = node.data();
        self.nodes.push(node);
        let mut offset = 0;
        for c in data.chars() {
            match c {
                '\n' if pre => self.pending_break = true,
                // HTML's white space; a no-break space is text and stays.
                ' ' | '\t' | '\n' | '\r' | '\x0c' => {
                    self.pending_space.get_or_insert((index, offset));
                }
                _ => self.push(c, index, offset),
            }
            offset += c.len_utf16();
        }
    }

    fn push(&mut self, c: char, node: usize, offset: usize) {
        if self.pending_break {
            self.pending_break = false;
            self.pending_space = None;
            if self.units > 0 {
                self.text.push('\n');
                self.units += 1;
            }
        } else if let Some((node, offset)) = self.pending_space.take() {
            if self.units > 0 {
                self.copy(' ', node, offset);
            }
        }
        self.copy(c, node, offset);
    }

    /// Appends `c`, read at `offset` of node `node`, extending the last run
    /// when it continues it.
    fn copy(&mut self, c: char, node: usize, offset: usize) {
        let width = c.len_utf16();
        match self.runs.last_mut() {
            Some(r)
                if r.node == node && r.offset + r.len == offset && r.at + r.len == self.units =>
            {
                r.len += width;
            }
            _ => self.runs.push(Run {
                at: self.units,
                node,
                offset,
                len: width,
            }),
        }
        self.text.push(c);
        self.units += width;
    }
}
