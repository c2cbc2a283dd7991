//! Half-open byte ranges into the analysed text.

use crate::bugs::off_characters;
use serde::Serialize;
use std::ops::{Index, Range};

/// A half-open range `[start, end)` of UTF-8 byte offsets into a text.
///
/// Both ends always lie on `char` boundaries, so `&text[span]` never panics
/// for a span that came from analysing `text`.
///
/// ```
/// use article_highlighter::Span;
/// let text = "“Yes,” she said.";
/// let span = Span::new(0, 10);
/// assert_eq!(&text[span], "“Yes,”");
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Span {
    /// Offset of the first byte.
    pub start: usize,
    /// Offset one past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    ///
    /// # Panics
    ///
    /// In debug builds, when `start > end`.
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end, "span start {start} after end {end}");
        Span { start, end }
    }

    /// Length in bytes.
    pub fn len(self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no byte.
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// Whether `other` lies wholly inside this span.
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Whether the two spans share at least one byte.
    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The byte range, for slicing.
    pub fn range(self) -> Range<usize> {
        self.start..self.end
    }

    /// The bytes of the span in `text`, for comparing with a word: unlike
    /// `&text[span]` (a call that tests both ends for character
    /// boundaries), a plain slice, empty for a span not in `text` (no
    /// panic path at each place it is used).
    pub(crate) fn bytes(self, text: &str) -> &[u8] {
        text.as_bytes().get(self.range()).unwrap_or_default()
    }
}

impl From<Range<usize>> for Span {
    fn from(range: Range<usize>) -> Span {
        Span::new(range.start, range.end)
    }
}

impl Index<Span> for str {
    type Output = str;

    fn index(&self, span: Span) -> &str {
        slice(self, span)
    }
}

/// `&text[span]`, in one body for the whole crate: `Index::index` takes the
/// caller's location for its panic message, so inlined at each of the
/// hundred places that slice by a span it was a copy of the two boundary
/// tests, the call of the panic and a 16-byte location in the .wasm's data.
/// For the same reason the crate slices a `str` by a span rather than by a
/// range (`&text[Span::new(from, to)]`, not `&text[from..to]`), except on
/// the tokenizers' hot paths, where the call would cost instructions: they
/// [`cut`].
#[inline(never)]
fn slice(text: &str, span: Span) -> &str {
    cut(text, span.start, span.end)
}

/// `&text[from..to]`, inlined (for the hot paths), with a panic of its own
/// when the offsets do not fall on characters of `text` (a bug: the crate's
/// offsets come from reading `text`). The standard library's panic there
/// describes the character cut through, which pulled the formatting of a
/// character for debugging into the .wasm: `char::escape_debug` and the
/// Unicode tables telling printable characters, ~2 KB; no slice of a `str`
/// in the crate panics that way.
#[inline(always)]
pub(crate) fn cut(text: &str, from: usize, to: usize) -> &str {
    match text.get(from..to) {
        Some(s) => s,
        None => off_characters(),
    }
}
