//! Finding quoted spans: quotation marks paired by their role, one paragraph
//! at a time.
//!
//! Marks are not paired by counting. Each mark is read as opening, closing or
//! neither (an apostrophe, a prime) from the characters around it
//! ([`marks`]), and a closing mark pairs with the nearest open mark of its
//! family. What is left open at the end of a paragraph is recovered there,
//! so one missing or stray mark costs at most its own paragraph:
//!
//! - The first opener left open that goes on in the next paragraph (which
//!   opens with a mark of the same family) is a quote running over several
//!   paragraphs: news convention opens each paragraph and closes only the
//!   last. Each paragraph gives one piece; the pieces after the first are
//!   flagged [`Quoted::continues`].
//! - Otherwise the first opener left open that starts a word (`“We will go`)
//!   is a quote whose closing mark is missing: it runs to the paragraph's end.
//!   A single mark so only where a quote opens: at the paragraph's start or
//!   after `:` or `,` (`the ‘Noles` is an elision).
//! - Any other opener left open is a stray: it is dropped, and what it seemed
//!   to enclose is read as if it were not there. An opener that holds a
//!   complete quote of its own family is always a stray (`a “ stray and
//!   “a quote”`): quotes nest by alternating families.
//!
//! Marks inside markup tags (`<tweet author="@x">`) are not quotation marks.
//!
//! The scan is linear in the text: each mark is pushed and popped at most
//! once, closing finds its opener through a per-family stack, and the
//! nesting of pairs is resolved in one forward pass.

mod marks;

use crate::chars::{Decode, ends_with_any, index_of, is_space, trim_line};
use crate::items::Items;
use crate::lines::{Wrapping, is_boilerplate};
use crate::sort::sort_by_key;
use crate::span::Span;
pub(crate) use marks::is_mark;
use marks::{Around, Family, Role};

/// A top-level quoted span: one paragraph piece, marks included.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Quoted {
    /// From the opening mark to just past the closing mark (or, for a piece
    /// continued in the next paragraph or missing its closing mark, to the
    /// end of its paragraph's text).
    pub span: Span,
    /// Whether this piece continues the piece before it (the previous
    /// paragraph opened a quote and did not close it).
    pub continues: bool,
    /// Whether this piece ends at its paragraph's end without a closing mark
    /// because the quote goes on in the next paragraph.
    pub open_ended: bool,
}

/// Lists the top-level quoted spans of `text`, in text order.
pub fn scan(text: &str) -> Vec<Quoted> {
    let mut out = Vec::new();
    let mut continuing = false;
    let paragraphs = paragraphs(text);
    // One pairing state for all paragraphs: its lists are cleared, not
    // allocated anew, for each (15,000 paragraphs in 1 MB of news).
    let mut state = Paragraph::new("");
    for (k, &line) in paragraphs.iter().enumerate() {
        let next = paragraphs.get(k + 1).map(|&span| &text[span]);
        state.reset(&text[line]);
        continuing = state.scan(line, continuing, next, &mut out);
    }
    out
}

/// The paragraphs: non-blank lines, as spans with surrounding whitespace
/// trimmed, a line joined to the one before where [`Wrapping`] says the
/// paragraph goes on (`"We made hard choices, and⏎I stand by them," she
/// said`).
fn paragraphs(text: &str) -> Vec<Span> {
    let wrapping = Wrapping::of(text);
    let mut out: Vec<Span> = Vec::new();
    let mut last: Option<&str> = None;
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let start = at;
        at += line.len();
        let (lead, body) = trim_line(line);
        if body.is_empty() || is_boilerplate(body) {
            last = None;
            continue;
        }
        let end = start + lead + body.len();
        match (out.last_mut(), last) {
            (Some(paragraph), Some(before)) if wrapping.goes_on(before, body) => {
                paragraph.end = end;
            }
            _ => out.push(Span::new(start + lead, end)),
        }
        last = Some(body);
    }
    out
}

/// The longest markup tag skipped, in bytes: `<` with no `>` this close is
/// text (`a < b`).
const MAX_TAG: usize = 2000;

/// An opening mark and what became of it.
struct Opener {
    /// Byte offset in the paragraph.
    at: usize,
    family: Family,
    /// Index in `openers` of the opener that was innermost open when this
    /// one opened.
    parent: Option<usize>,
    /// Whether a closing mark paired with it.
    closed: bool,
}

/// The pairing state of one paragraph.
struct Paragraph<'t> {
    body: &'t str,
    openers: Items<Opener>,
    /// Openers still open, outermost first (indices into `openers`).
    stack: Items<usize>,
    /// Per family, the depths in `stack` of its open openers, so that a
    /// closing mark finds its opener without searching the stack.
    by_family: [Vec<usize>; 4],
    /// Completed pairs: (opener index, end offset in the paragraph).
    pairs: Vec<(usize, usize)>,
    /// Per family, the offset of the latest opener that found its close.
    last_closed: [Option<usize>; 4],
    /// Per opener, whether it is outside every quote (see [`Self::scan`]).
    outside: Items<bool>,
}

impl<'t> Paragraph<'t> {
    fn new(body: &'t str) -> Paragraph<'t> {
        Paragraph {
            body,
            openers: Items::new(),
            stack: Items::new(),
            by_family: Default::default(),
            pairs: Vec::new(),
            last_closed: [None; 4],
            outside: Items::new(),
        }
    }

    /// Starts on the paragraph `body`, keeping the lists' memory.
    fn reset(&mut self, body: &'t str) {
        self.body = body;
        self.openers.clear();
        self.stack.clear();
        self.by_family.iter_mut().for_each(Vec::clear);
        self.pairs.clear();
        self.last_closed = [None; 4];
    }

    fn innermost(&self) -> Option<Family> {
        self.stack.last().map(|&o| self.openers[o].family)
    }

    /// Opens or closes at byte `at`; a closing mark ends at `end`.
    fn apply(&mut self, role: Role, at: usize, end: usize) {
        match role {
            Role::Open(family) => {
                self.by_family[family as usize].push(self.stack.len());
                self.openers.push(Opener {
                    at,
                    family,
                    parent: self.stack.last().copied(),
                    closed: false,
                });
                self.stack.push(self.openers.len() - 1);
            }
            Role::Close(family) => {
                let Some(&depth) = self.by_family[family as usize].last() else {
                    return; // a closing mark with nothing to close: a stray
                };
                let o = self.stack[depth];
                // Openers above it were never closed: strays inside this quote.
                while self.stack.len() > depth {
                    let x = self.stack.pop().expect("len > depth");
                    self.by_family[self.openers[x].family as usize].pop();
                }
                self.openers[o].closed = true;
                self.pairs.push((o, end));
                let opened = self.openers[o].at;
                let last = &mut self.last_closed[family as usize];
                *last = Some(last.map_or(opened, |l| l.max(opened)));
            }
        }
    }

    /// Pairs the marks of the paragraph at `para` and pushes its top-level
    /// pieces onto `out`. Returns whether a quote is left open for the next
    /// paragraph to continue.
    fn scan(
        &mut self,
        para: Span,
        continues: bool,
        next_para: Option<&str>,
        out: &mut Vec<Quoted>,
    ) -> bool {
        self.pair_marks();
        let (promoted, carried) = self.recover(next_para);

        // A piece is top-level when every opener around it is a stray. An
        // opener's parent comes before it, so one forward pass decides all.
        let is_quote = |o: usize| self.openers[o].closed || Some(o) == promoted;
        let mut outside = std::mem::take(&mut self.outside);
        outside.clear();
        outside.resize(self.openers.len(), true);
        for o in 0..self.openers.len() {
            if let Some(p) = self.openers[o].parent {
                outside[o] = outside[p] && !is_quote(p);
            }
        }
        let first = out.len();
        // `"We're seventh, beating ourselves up. "We needed the win."`: a
        // quote left open before one of its family opening a sentence
        // inside it (its close left out, as where paragraphs were run
        // together) ends where that sentence starts; the quotes before
        // that inside it are its own.
        for &o in &self.stack {
            if !outside[o] || Some(o) == promoted {
                continue;
            }
            let Opener { at, family, .. } = self.openers[o];
            let inner = (o + 1..self.openers.len())
                .find(|&p| self.openers[p].parent == Some(o) && self.openers[p].family == family);
            let Some(p) = inner else { continue };
            let before = self.body[Span::new(at, self.openers[p].at)].trim_end();
            if before.len() > 1 && ends_with_any(before, &['.', '!', '?']) {
                outside[o + 1..p].fill(false);
                out.push(Quoted {
                    span: Span::new(para.start + at, para.start + at + before.len()),
                    continues: false,
                    open_ended: false,
                });
            }
        }
        for &(o, end) in &self.pairs {
            if outside[o] {
                out.push(Quoted {
                    span: Span::new(para.start + self.openers[o].at, para.start + end),
                    continues: false,
                    open_ended: false,
                });
            }
        }
        if let Some(o) = promoted.filter(|&o| outside[o]) {
            out.push(Quoted {
                span: Span::new(para.start + self.openers[o].at, para.end),
                continues: false,
                open_ended: carried,
            });
        }
        sort_by_key(&mut out[first..], |q| q.span.start as u128);
        // A continued quote's next piece is the paragraph's first quote, which
        // must open the paragraph.
        if continues {
            if let Some(q) = out.get_mut(first).filter(|q| q.span.start == para.start) {
                q.continues = true;
            }
        }
        let left_open = carried && promoted.is_some_and(|o| outside[o]);
        self.outside = outside;
        left_open
    }

    /// The opener left open that is recovered as a quote, and whether it is
    /// carried into the next paragraph (rather than missing its close).
    fn recover(&self, next_para: Option<&str>) -> (Option<usize>, bool) {
        for &o in &self.stack {
            let Opener { at, family, .. } = self.openers[o];
            // `“a “b” c`: an opener around a quote of its own family is a
            // stray; so is a single mark around a double quote (`how ‘bout
            // this: “Surge in crime”`), as quotes nest single in double.
            let holds = |f: Family| self.last_closed[f as usize].is_some_and(|l| l > at);
            if holds(family) || family == Family::Single && holds(Family::Double) {
                continue;
            }
            if next_para.is_some_and(|n| starts_with_opener(n, family)) {
                return (Some(o), true);
            }
            // A single mark opening a word inside a sentence is an elision
            // (`the ‘Noles`, `departed ‘Bow Clair`), not a quote missing
            // its close: that opens its paragraph or follows `:` or `,`.
            let elision = family == Family::Single
                && self.body[Span::new(0, at)]
                    .trim_end()
                    .decoded()
                    .next_back()
                    .is_some_and(|p| !matches!(p, ':' | ','));
            let mark = self.body[Span::new(at, self.body.len())]
                .decoded()
                .next()
                .map_or(1, char::len_utf8);
            if !elision
                && self.body[Span::new(at + mark, self.body.len())]
                    .decoded()
                    .next()
                    .is_some_and(|c| !is_space(c))
            {
                return (Some(o), false);
            }
        }
        (None, false)
    }

    /// Reads every mark of the paragraph and pairs them.
    fn pair_marks(&mut self) {
        let body = self.body;
        let bytes = body.as_bytes();
        // Where the next `>` is (body.len() when there is none), found once
        // for all the `<` before it.
        let mut next_gt: Option<usize> = None;
        // Looked for at the first mark, not in a paragraph with none.
        let mut single: Option<Option<usize>> = None;
        let mut i = 0;
        while i < bytes.len() {
            // Every mark starts with one of these bytes; skip the rest fast.
            let Some(skip) = next_mark(&bytes[i..]) else {
                break;
            };
            i += skip;
            let c = body[Span::new(i, body.len())]
                .chars()
                .next()
                .expect("on a char boundary");
            let len = c.len_utf8();
            if c == '<' {
                let tag = body[Span::new(i + 1, body.len())]
                    .decoded()
                    .next()
                    .is_some_and(|n| n.is_ascii_alphabetic() || n == '/' || n == '!');
                if tag {
                    let gt = match next_gt {
                        Some(g) if g > i => g,
                        _ => {
                            let g = index_of(&body[Span::new(i, body.len())], b'>')
                                .map_or(body.len(), |j| i + j);
                            next_gt = Some(g);
                            g
                        }
                    };
                    if gt < body.len() && gt - i <= MAX_TAG {
                        i = gt + 1;
                        continue;
                    }
                }
                i += 1;
                continue;
            }
            // ``…'': two grave accents open a double quote in text typed
            // the TeX and Penn Treebank way; the `''` that closes it is a
            // run of apostrophes (below). A lone one is no mark.
            if c == '`' {
                let doubled = bytes.get(i + 1) == Some(&b'`');
                if doubled {
                    self.apply(Role::Open(Family::Double), i, i + 2);
                }
                i += if doubled { 2 } else { 1 };
                continue;
            }
            if !is_mark(c) {
                i += len;
                continue;
            }
            // `don't`, `Lee’s`, `1990's`: an apostrophe between two ASCII
            // letters or digits is never a mark (see `marks::right_single`),
            // and most apostrophes stand so. Settled from the bytes, before
            // the characters around are decoded and an `Around` is built.
            if matches!(c, '\'' | '’')
                && i > 0
                && bytes[i - 1].is_ascii_alphanumeric()
                && bytes.get(i + len).is_some_and(u8::is_ascii_alphanumeric)
            {
                i += len;
                continue;
            }
            if c == '\'' && bytes.get(i + 1) == Some(&b'\'') {
                i = self.apostrophe_run(i);
                continue;
            }
            let (prev, prev2) = two_before(body, i);
            let rest = &body[Span::new(i + len, body.len())];
            let mut after = rest.chars();
            let at = Around {
                prev,
                prev2,
                next: after.next(),
                next2: after.next(),
                innermost: self.innermost(),
                // Read only for a single mark (`marks::right_single`): the
                // search from the paragraph's end is skipped in paragraphs
                // whose marks are all double.
                later_single: matches!(c, '\'' | '’')
                    && single
                        .get_or_insert_with(|| last_single(bytes))
                        .is_some_and(|l| l > i),
            };
            if let Some(role) = marks::role(c, &at, rest) {
                self.apply(role, i, i + len);
            }
            i += len;
        }
    }

    /// A run of straight apostrophes at `i`: `''` is a double mark (the
    /// typewriter convention of some archives: `''We won,'' he said`), and an
    /// odd one out is a single mark inside it (`it,''' he recalled` closes a
    /// single quote, then a double). Returns the offset after the run.
    fn apostrophe_run(&mut self, i: usize) -> usize {
        let body = self.body;
        let n = body[Span::new(i, body.len())]
            .bytes()
            .take_while(|&b| b == b'\'')
            .count();
        let end = i + n;
        let (prev, prev2) = two_before(body, i);
        let mut after = body[Span::new(end, body.len())].decoded();
        let at = Around {
            prev,
            prev2,
            next: after.next(),
            next2: after.next(),
            innermost: self.innermost(),
            later_single: false,
        };
        let open = self
            .stack
            .iter()
            .any(|&o| self.openers[o].family == Family::Double);
        let single = n % 2 == 1;
        match marks::straight_run(&at, open) {
            Some(true) => {
                for k in 0..n / 2 {
                    self.apply(Role::Open(Family::Double), i + 2 * k, i + 2 * k + 2);
                }
                if single {
                    self.apply(Role::Open(Family::Single), end - 1, end);
                }
            }
            Some(false) => {
                if single {
                    self.apply(Role::Close(Family::Single), i, i + 1);
                }
                let from = i + usize::from(single);
                for k in 0..n / 2 {
                    self.apply(Role::Close(Family::Double), from + 2 * k, from + 2 * k + 2);
                }
            }
            None => {}
        }
        end
    }
}

/// The bytes a mark (or markup tag) starts with: `"`, `'`, `` ` ``, `<`, and the
/// leads of the 2- and 3-byte marks (`«` is C2 AB, `“` E2 80 9C, `「` E3 80
/// 8C). A table, one look-up per byte: the scan reads every byte of the text.
static MARK_START: [bool; 256] = {
    let mut table = [false; 256];
    let mut k = 0;
    let starts = [b'"', b'\'', b'`', b'<', 0xC2, 0xE2, 0xE3];
    while k < starts.len() {
        table[starts[k] as usize] = true;
        k += 1;
    }
    table
};

/// Where the first byte that may start a mark is ([`MARK_START`]), tested
/// 8 bytes at a time: a word of ASCII with no `"`, `'` or `<` (most of a
/// text) is passed at once.
fn next_mark(bytes: &[u8]) -> Option<usize> {
    use crate::swar::{HIGH, each, has_byte, word};
    let starts = |chunk: &[u8]| chunk.iter().position(|&b| MARK_START[usize::from(b)]);
    let mut words = bytes.chunks_exact(8);
    let mut at = 0;
    for chunk in &mut words {
        let w = word(chunk);
        // (`|`, not `||`: three tests without a branch each. `"` and `'`
        // are 0x22 and 0x27, one test for both: a byte `| 0x05` is 0x27
        // only for them, `#` and `&`, rare, which the table then rules out.)
        let ascii = has_byte(w | each(0x05), b'\'') | has_byte(w, b'`') | has_byte(w, b'<');
        if w & HIGH != 0 || ascii {
            if let Some(k) = starts(chunk) {
                return Some(at + k);
            }
        }
        at += 8;
    }
    starts(words.remainder()).map(|k| at + k)
}

/// Where the last single mark (`'` or `’`, E2 80 99) of a paragraph starts
/// that may close a quote, found on the bytes from the end: no char is
/// decoded on the way. An apostrophe between two letters (`doesn't`) closes
/// nothing: `The 'parental rights' crowd doesn't` closes at `rights'`.
fn last_single(bytes: &[u8]) -> Option<usize> {
    let letter = |k: Option<&u8>| k.is_some_and(u8::is_ascii_alphabetic);
    let mut end = bytes.len();
    while let Some(at) = bytes[..end].iter().rposition(|&b| b == b'\'' || b == 0x99) {
        let start = if bytes[at] == b'\'' {
            Some(at)
        } else {
            (at >= 2 && bytes[at - 2..at] == [0xE2, 0x80]).then(|| at - 2)
        };
        if let Some(start) = start {
            let inner = start > 0 && letter(bytes.get(start - 1)) && letter(bytes.get(at + 1));
            if !inner {
                return Some(start);
            }
        }
        end = start.unwrap_or(at);
    }
    None
}

/// The two characters before byte `i` of `body`, nearest first.
fn two_before(body: &str, i: usize) -> (Option<char>, Option<char>) {
    let mut before = body[Span::new(0, i)].chars().rev();
    (before.next(), before.next())
}

/// Whether a paragraph opens with a quotation mark of `family`.
fn starts_with_opener(para: &str, family: Family) -> bool {
    if para.starts_with("''") {
        return family == Family::Double;
    }
    let mut chars = para.decoded();
    let Some(first) = chars.next() else {
        return false;
    };
    let rest = chars.as_str();
    let at = Around {
        next: chars.next(),
        next2: chars.next(),
        ..Around::default()
    };
    marks::role(first, &at, rest) == Some(Role::Open(family))
}

#[cfg(test)]
mod tests;
