//! Where paragraphs end. Most texts hold a paragraph on each line. A text
//! wrapped at a fixed width (copied from e-mail, a PDF, a terminal) breaks
//! its lines inside paragraphs, which a blank line or a short last line
//! ends. The quotes (which recover a missing mark within its paragraph)
//! and the speakers (which look back within a paragraph or two) read the
//! lines the same way through [`Wrapping`].

use crate::Span;
use crate::chars::{Decode, eq_any_case, last_line_break, trim_start_any};

/// The longest line, in bytes, of a text wrapped at a fixed width (most
/// wrap at 72 or 80 characters; curly marks take three bytes each).
const MAX_WRAPPED_LINE: usize = 120;

/// How the lines of a text make paragraphs.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Wrapping {
    /// Whether blank lines set paragraphs apart somewhere in the text.
    blank_lines: bool,
    /// The width the text is wrapped at (its longest line), if it is.
    width: Option<usize>,
}

impl Wrapping {
    /// How `text` is laid out: wrapped at a fixed width when no line is
    /// longer than [`MAX_WRAPPED_LINE`] and at least two lines, and a
    /// quarter of those with a line right after them, end mid-sentence.
    pub(crate) fn of(text: &str) -> Wrapping {
        let mut blank_lines = false;
        let mut longest = 0;
        // Lines followed by a line, and those of them ending mid-sentence.
        let (mut followed, mut open) = (0usize, 0usize);
        let mut last: Option<&str> = None;
        for line in text.trim().split('\n') {
            let body = line.trim();
            longest = longest.max(body.len());
            if body.is_empty() {
                blank_lines = true;
                last = None;
            } else if let Some(before) = last.replace(body) {
                followed += 1;
                open += usize::from(!may_end_sentence(before));
            }
            // Most texts hold a paragraph on a line, most lines longer
            // than a wrapped one: the first blank line then tells all.
            if longest > MAX_WRAPPED_LINE && blank_lines {
                break;
            }
        }
        let wrapped = longest <= MAX_WRAPPED_LINE && open >= 2 && open * 4 >= followed;
        Wrapping {
            blank_lines,
            width: wrapped.then_some(longest),
        }
    }

    /// Whether the paragraph of the line `before` goes on in the line
    /// `after` right below it (both trimmed, neither blank; only the first
    /// character of `after` is read).
    /// - Wrapped at a fixed width, a line goes on unless it ends a
    ///   sentence short of the width (a paragraph's last line).
    /// - Otherwise, where blank lines set paragraphs apart, a line ending
    ///   mid-sentence goes on, unless a capital opens the next (a headline
    ///   or `Wall Street` over its section: `participate personally⏎in
    ///   caucuses` goes on).
    /// - Elsewhere each line is a paragraph.
    pub(crate) fn goes_on(self, before: &str, after: &str) -> bool {
        match self.width {
            Some(width) => !may_end_sentence(before) || before.len() * 4 >= width * 3,
            None => {
                self.blank_lines
                    && !may_end_sentence(before)
                    && !after.decoded().next().is_some_and(char::is_uppercase)
            }
        }
    }

    /// [`Wrapping::goes_on`] at the newline at byte `at` of `text`, its
    /// line starting at or after byte `from` (a caller may pass over some
    /// newlines): false when either line is blank.
    pub(crate) fn goes_on_at(self, text: &str, from: usize, at: usize) -> bool {
        if self.width.is_none() && !self.blank_lines {
            return false;
        }
        // Only the ends of the lines are read: `goes_on` asks for the last
        // byte of the one (its length at a fixed width), the first
        // character of the other.
        let start = match self.width {
            Some(_) => last_line_break(&text[Span::new(from, at)]).map_or(from, |k| from + k + 1),
            None => from,
        };
        let before = text[Span::new(start, at)].trim_end();
        // Most lines of most texts end a sentence: answered here.
        if self.width.is_none() && may_end_sentence(before) {
            return false;
        }
        let before = before.trim_start();
        let after = trim_start_any(&text[Span::new(at + 1, text.len())], &[' ', '\t', '\r']);
        !before.is_empty()
            && !after.is_empty()
            && !after.starts_with('\n')
            && self.goes_on(before, after)
    }
}

/// Lines a web page puts between paragraphs, read as blank lines: a quote
/// continued across them goes on, and they name no one.
const BOILERPLATE: &[&str] = &[
    "advertisement",
    "skip advertisement",
    "story continues below advertisement",
    "article continues below advertisement",
    "continue reading the main story",
];

/// Whether a line (trimmed) is one of [`BOILERPLATE`], in any case.
pub(crate) fn is_boilerplate(line: &str) -> bool {
    // Most lines are longer than any of them, or open otherwise.
    line.len() <= 36
        && matches!(
            line.as_bytes().first(),
            Some(b'A' | b'a' | b'S' | b's' | b'C' | b'c')
        )
        && BOILERPLATE.iter().any(|b| eq_any_case(b, line))
}

/// The end (at its newline, or the text's end) of the line starting at
/// byte `at` of `text` when it is [`is_boilerplate`].
pub(crate) fn boilerplate_end(text: &str, at: usize) -> Option<usize> {
    let rest = &text[Span::new(at, text.len())];
    // Asked at every line: most open with none of their first two letters.
    let opening = match rest.as_bytes() {
        [a, b, ..] => [a.to_ascii_lowercase(), b.to_ascii_lowercase()],
        _ => return None,
    };
    if !matches!(&opening, b"ad" | b"sk" | b"st" | b"ar" | b"co") {
        return None;
    }
    // Only a short line may be one: the newline is looked for that far.
    let len = rest
        .bytes()
        .take(41)
        .position(|b| b == b'\n')
        .unwrap_or(rest.len());
    (len <= 40 && is_boilerplate(rest[Span::new(0, len)].trim())).then_some(at + len)
}

/// Whether a line (trimmed) ends where a sentence may end: on a stop, a
/// closing mark or bracket, or a colon (`”`, `’` and `»` end in 9D, 99 and
/// BB).
fn may_end_sentence(line: &str) -> bool {
    matches!(
        line.as_bytes().last(),
        None | Some(
            b'.' | b'!' | b'?' | b':' | b';' | b'"' | b'\'' | b')' | b']' | 0x9D | 0x99 | 0xBB
        )
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The paragraphs of `text` as `Wrapping` joins its lines.
    fn paragraphs(text: &str) -> Vec<String> {
        let wrapping = Wrapping::of(text);
        let mut out: Vec<String> = Vec::new();
        let mut last: Option<&str> = None;
        for line in text.split('\n').map(str::trim) {
            if line.is_empty() {
                last = None;
                continue;
            }
            match (out.last_mut(), last) {
                (Some(p), Some(before)) if wrapping.goes_on(before, line) => {
                    p.push(' ');
                    p.push_str(line);
                }
                _ => out.push(line.to_string()),
            }
            last = Some(line);
        }
        out
    }

    #[test]
    fn boilerplate_lines_are_found_whole() {
        let text = "said.\nAdvertisement\n“But…”\nAdvertisements are\nskip ADVERTISEMENT  ";
        assert_eq!(boilerplate_end(text, 6), Some(19));
        assert_eq!(boilerplate_end(text, 20), None);
        assert_eq!(boilerplate_end(text, 33), None);
        assert_eq!(boilerplate_end(text, 52), Some(text.len()));
        assert_eq!(
            boilerplate_end("  Advertisement", 0),
            None,
            "a line is asked at its start"
        );
        assert_eq!(boilerplate_end("é".repeat(30).as_str(), 0), None);
    }

    #[test]
    fn a_line_per_paragraph_is_kept() {
        let text = "Oil falls\nPrices fell on Tuesday.\nTraders were calm.";
        assert_eq!(paragraphs(text).len(), 3);
    }

    #[test]
    fn lines_with_blank_lines_between_go_on_mid_sentence_before_lowercase() {
        let long = "x".repeat(200);
        let text = format!(
            "Wall Street\nDonald Trump spoke. {long}\n\nThey will participate\nin caucuses."
        );
        assert_eq!(
            paragraphs(&text),
            [
                "Wall Street",
                &format!("Donald Trump spoke. {long}"),
                "They will participate in caucuses."
            ]
        );
    }

    #[test]
    fn a_text_wrapped_at_a_fixed_width_goes_on_to_a_short_last_line() {
        let text = "The mayor said the harbour would reopen in May. \"We have\n\
                    waited long enough, and the boats are ready to go back to sea.\n\
                    Nobody here wants another summer like the last\n\
                    one,\" she said.\n\
                    Fishermen were less sure. \"I will believe it,\" said Tom\n\
                    Briggs.";
        assert_eq!(paragraphs(text).len(), 2, "{:?}", paragraphs(text));
    }
}
