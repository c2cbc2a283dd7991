//! Finding quoted spans: quotation marks paired by their role, one paragraph
//! at a time.
//!
//! Marks are not paired by counting. Each mark is read as opening, closing or
//! neither (an apostrophe, a prime) from the characters around it, and a
//! closing mark pairs with the nearest open mark of its family. A mark left
//! unpaired at the end of a paragraph is a stray: it is dropped, and whatever
//! it seemed to enclose is read as if it were not there. So one stray mark
//! costs at most its own paragraph.
//!
//! The news convention for a quote that runs over several paragraphs (each
//! paragraph opens a mark, only the last one closes it) gives one piece per
//! paragraph, each piece after the first flagged as continuing the one before.

use crate::span::Span;

/// A top-level quoted span: one paragraph piece, marks included.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Quoted {
    /// From the opening mark to just past the closing mark (or, for a piece
    /// continued in the next paragraph, to the end of its paragraph's text).
    pub span: Span,
    /// Whether this piece continues the piece before it (the previous
    /// paragraph opened a quote and did not close it).
    pub continues: bool,
    /// Whether this piece ends at its paragraph's end without a closing mark
    /// because the quote goes on in the next paragraph.
    pub open_ended: bool,
}

/// Families of marks: a closing mark pairs only with an opener of its family.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Family {
    /// “…”, "…", «…», „…“
    Double,
    /// ‘…’, '…', ‹…›, ‚…‘
    Single,
    /// 「…」
    Corner,
    /// 『…』
    WhiteCorner,
}

/// What a mark does where it stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Open(Family),
    Close(Family),
}

/// Lists the top-level quoted spans of `text`, in text order.
pub fn scan(text: &str) -> Vec<Quoted> {
    let mut out = Vec::new();
    let mut continuing = false;
    let mut lines = paragraphs(text).peekable();
    while let Some(line) = lines.next() {
        let next = lines.peek().map(|&span| &text[span]);
        continuing = scan_paragraph(text, line, continuing, next, &mut out);
    }
    out
}

/// Non-blank lines, as spans with surrounding whitespace trimmed.
fn paragraphs(text: &str) -> impl Iterator<Item = Span> + '_ {
    let mut at = 0;
    text.split_inclusive('\n').filter_map(move |line| {
        let start = at;
        at += line.len();
        let lead = line.len() - line.trim_start().len();
        let body = line.trim();
        (!body.is_empty()).then(|| Span::new(start + lead, start + lead + body.len()))
    })
}

/// An opening mark waiting for its closer.
struct Opener {
    at: usize,
    family: Family,
    /// Index in `openers` of the opener enclosing this one.
    parent: Option<usize>,
    closed: bool,
}

/// Scans one paragraph, pushing its top-level pieces onto `out`. Returns
/// whether a quote is left open for the next paragraph to continue.
fn scan_paragraph(
    text: &str,
    para: Span,
    continues: bool,
    next_para: Option<&str>,
    out: &mut Vec<Quoted>,
) -> bool {
    let body = &text[para];
    let mut openers: Vec<Opener> = Vec::new();
    let mut stack: Vec<usize> = Vec::new();
    // Completed pairs: (opener index, end offset).
    let mut pairs: Vec<(usize, usize)> = Vec::new();

    let mut prev: Option<char> = None;
    let mut chars = body.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        let open_straight = |family| {
            stack
                .last()
                .is_some_and(|&o: &usize| openers[o].family == family)
        };
        if let Some(role) = role(c, prev, next, &|f| open_straight(f)) {
            match role {
                Role::Open(family) => {
                    openers.push(Opener {
                        at: i,
                        family,
                        parent: stack.last().copied(),
                        closed: false,
                    });
                    stack.push(openers.len() - 1);
                }
                Role::Close(family) => {
                    if let Some(depth) = stack.iter().rposition(|&o| openers[o].family == family) {
                        let o = stack[depth];
                        stack.truncate(depth);
                        openers[o].closed = true;
                        pairs.push((o, i + c.len_utf8()));
                    }
                }
            }
        }
        prev = Some(c);
    }

    // The quote that the next paragraph continues: the outermost opener still
    // open, when the next paragraph starts with an opener of the same family.
    // A quote never holds a quote of its own family, so an opener with one
    // inside is a stray, not a quote that goes on.
    let carried = stack.first().copied().filter(|&o| {
        let family = openers[o].family;
        next_para.is_some_and(|n| starts_with_opener(n, family))
            && !pairs
                .iter()
                .any(|&(p, _)| openers[p].parent == Some(o) && openers[p].family == family)
    });
    if let Some(o) = carried {
        openers[o].closed = true;
        pairs.push((o, para.end));
    }

    // A pair is top-level when every opener enclosing it was a stray.
    let top_level = |mut parent: Option<usize>| {
        while let Some(p) = parent {
            if openers[p].closed {
                return false;
            }
            parent = openers[p].parent;
        }
        true
    };
    let first = out.len();
    for &(o, end) in &pairs {
        if top_level(openers[o].parent) {
            out.push(Quoted {
                span: Span::new(
                    para.start + openers[o].at,
                    if Some(o) == carried {
                        end
                    } else {
                        para.start + end
                    },
                ),
                continues: false,
                open_ended: Some(o) == carried,
            });
        }
    }
    out[first..].sort_by_key(|q| q.span.start);
    // A continued quote's next piece is the paragraph's first quote, which
    // must open the paragraph.
    if continues {
        if let Some(q) = out.get_mut(first).filter(|q| q.span.start == para.start) {
            q.continues = true;
        }
    }
    carried.is_some()
}

/// Whether a paragraph opens with a quotation mark of `family`.
fn starts_with_opener(para: &str, family: Family) -> bool {
    let mut chars = para.chars();
    let first = chars.next();
    let second = chars.next();
    first.is_some_and(|c| role(c, None, second, &|_| false) == Some(Role::Open(family)))
}

/// The role of `c` between `prev` and `next`, or `None` when it is no
/// quotation mark here (not a mark, an apostrophe, a prime).
/// `is_open(family)` tells whether the innermost open quote is of `family`.
fn role(
    c: char,
    prev: Option<char>,
    next: Option<char>,
    is_open: &dyn Fn(Family) -> bool,
) -> Option<Role> {
    use Family::*;
    let letter = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    match c {
        '“' if is_open(Double) && !opens_before(next) => Some(Role::Close(Double)), // „…“
        '“' | '„' | '«' => Some(Role::Open(Double)),
        '”' | '»' => Some(Role::Close(Double)),
        '「' => Some(Role::Open(Corner)),
        '」' => Some(Role::Close(Corner)),
        '『' => Some(Role::Open(WhiteCorner)),
        '』' => Some(Role::Close(WhiteCorner)),
        '‹' | '‚' => Some(Role::Open(Single)),
        '›' => Some(Role::Close(Single)),
        '"' => {
            // 5'10", a 12" record: an inch mark after a digit.
            if prev.is_some_and(|p| p.is_ascii_digit()) && !is_open(Double) {
                return None;
            }
            straight(prev, next, is_open(Double)).map(|open| {
                if open {
                    Role::Open(Double)
                } else {
                    Role::Close(Double)
                }
            })
        }
        '\'' | '‘' | '’' => {
            // don't, students' union, rock 'n' roll, '90s, 5'10": apostrophes and primes.
            if letter(prev) && letter(next)
                || next.is_some_and(|n| n.is_ascii_digit()) && !letter(prev)
                || prev.is_some_and(|p| p.is_ascii_digit())
                || (c != '‘' && letter(prev) && !is_open(Single))
            {
                return None;
            }
            if c == '‘' && is_open(Single) && letter(prev) {
                return None;
            }
            let open = match c {
                '‘' => true,
                '’' => false,
                _ => straight(prev, next, is_open(Single))?,
            };
            if open && next == Some('n') {
                return None; // ’n’ in rock ’n’ roll
            }
            Some(if open {
                Role::Open(Single)
            } else {
                Role::Close(Single)
            })
        }
        _ => None,
    }
}

/// For a straight mark: `Some(true)` opening, `Some(false)` closing, from the
/// flanking characters; when they do not tell, it closes an open quote of its
/// family and otherwise opens one.
fn straight(prev: Option<char>, next: Option<char>, open: bool) -> Option<bool> {
    let space_before = prev.is_none_or(|p| p.is_whitespace() || "([{—–-/".contains(p));
    let space_after = next.is_none_or(|n| n.is_whitespace() || ".,;:!?)]}—–-".contains(n));
    match (space_before, space_after) {
        (true, false) => Some(true),
        (false, true) => Some(false),
        (true, true) if !open => None,
        _ => Some(!open),
    }
}

/// Whether the character after a “ reads like the start of quoted words
/// (used to tell an opening “ from the closing “ of „…“).
fn opens_before(next: Option<char>) -> bool {
    next.is_some_and(|n| !n.is_whitespace() && !",.;:!?".contains(n))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str) -> Vec<&str> {
        scan(text).iter().map(|q| &text[q.span]).collect()
    }

    #[test]
    fn pairs_curly_and_straight_marks() {
        assert_eq!(quoted("“A,” he said. \"B\" too."), ["“A,”", "\"B\""]);
    }

    #[test]
    fn apostrophes_and_primes_are_not_marks() {
        assert_eq!(
            quoted("“Don’t go in the ’90s,” she said of the 5'10\" man."),
            ["“Don’t go in the ’90s,”"]
        );
        assert_eq!(
            quoted("It's a 12\" record. \"Yes,\" he said."),
            ["\"Yes,\""]
        );
    }

    #[test]
    fn nested_quote_stays_inside() {
        assert_eq!(
            quoted("“He said ‘no’ twice,” she said."),
            ["“He said ‘no’ twice,”"]
        );
    }

    #[test]
    fn stray_mark_costs_only_its_paragraph() {
        let text = "A stray “ mark and “a quote.”\n“Next,” he said.";
        assert_eq!(quoted(text), ["“a quote.”", "“Next,”"]);
    }

    #[test]
    fn multi_paragraph_quote_gives_linked_pieces() {
        let text = "“First part.\n\n“Second part,” he said.";
        let found = scan(text);
        assert_eq!(quoted(text), ["“First part.", "“Second part,”"]);
        assert!(found[0].open_ended && !found[0].continues);
        assert!(found[1].continues && !found[1].open_ended);
    }

    #[test]
    fn guillemets_and_low_high_marks() {
        assert_eq!(quoted("Il a dit «non». Er sagte „ja“."), ["«non»", "„ja“"]);
    }
}
