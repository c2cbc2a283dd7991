//! Converting byte offsets to the unit a caller counts in, once, in one pass.
//!
//! Rust slices by UTF-8 bytes, JavaScript by UTF-16 code units and Python by
//! Unicode scalars. The core works in bytes; [`convert`] rewrites every
//! offset of an [`Analysis`] at the boundary.

use crate::analysis::Analysis;
use crate::swar::{HIGH, word};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// The unit of the offsets in a result.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Encoding {
    /// UTF-8 bytes: what Rust's `str`, `regex` and `aho-corasick` use.
    #[default]
    Bytes,
    /// UTF-16 code units: what JavaScript's `String.prototype.slice` uses.
    Utf16,
    /// Unicode scalar values: what Python's `str` indices use.
    Chars,
}

impl Encoding {
    /// The name used on the command line and in results.
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Bytes => "bytes",
            Encoding::Utf16 => "utf16",
            Encoding::Chars => "chars",
        }
    }

    fn width(self, c: char) -> usize {
        match self {
            Encoding::Bytes => c.len_utf8(),
            Encoding::Utf16 => c.len_utf16(),
            Encoding::Chars => 1,
        }
    }
}

impl fmt::Display for Encoding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Encoding {
    type Err = String;

    fn from_str(s: &str) -> Result<Encoding, String> {
        match s {
            "bytes" => Ok(Encoding::Bytes),
            "utf16" => Ok(Encoding::Utf16),
            "chars" => Ok(Encoding::Chars),
            other => Err(format!(
                "unknown offset encoding {other:?}: expected utf16, chars or bytes"
            )),
        }
    }
}

/// Rewrites every byte offset in `analysis` (computed on `text`) into
/// `encoding`, and records the encoding in [`Analysis::offsets`].
///
/// One pass over `text` records the count at every [`BLOCK`] bytes (an
/// ASCII text needs none: its offsets are the same in every unit); each
/// offset then counts only from the start of its block. O(n + k) time for k
/// offsets, and a table of n / 128 counts: no list of the offsets, no sort.
///
/// # Panics
///
/// When `analysis` already uses another encoding than bytes.
pub fn convert(analysis: &mut Analysis, text: &str, encoding: Encoding) {
    // `assert!`, not `assert_eq!`: the latter's message prints both sides,
    // which draws the Debug formatting of `Encoding` and the assertion's
    // message machinery into the .wasm.
    assert!(
        analysis.offsets == Encoding::Bytes,
        "offsets already converted"
    );
    analysis.offsets = encoding;
    if encoding == Encoding::Bytes || text.is_ascii() {
        return;
    }
    let blocks = Blocks::new(text, encoding);
    // Offsets come mostly in text order (a quote's start and end, its
    // speaker and cue, the next quote): counting on from the last one is
    // shorter than from the start of the block when it lies in between.
    let mut last = (0, 0);
    analysis.for_each_offset(|offset| {
        last = blocks.units_after(*offset, last);
        *offset = last.1;
    });
}

/// The bytes a [`Blocks`] entry covers: a multiple of the 8 bytes counted
/// at once. 64 keeps the table at 1/16 of the text in wasm (4-byte
/// `usize`) and a look-up at 8 words or fewer (128 took 18% more
/// instructions over the offsets of 1 MB of news).
const BLOCK: usize = 64;

/// The count in some encoding at the start of every [`BLOCK`] of a text.
struct Blocks<'a> {
    text: &'a str,
    encoding: Encoding,
    /// `starts[b]`: the units before byte `b * BLOCK`.
    starts: Vec<usize>,
}

impl<'a> Blocks<'a> {
    fn new(text: &'a str, encoding: Encoding) -> Blocks<'a> {
        let mut starts = Vec::with_capacity(text.len() / BLOCK + 2);
        let mut units = 0;
        for block in text.as_bytes().chunks(BLOCK) {
            starts.push(units);
            units += count(block, encoding);
        }
        // The end, for a text of a whole number of blocks.
        starts.push(units);
        Blocks {
            text,
            encoding,
            starts,
        }
    }

    /// The units before byte `byte`; an offset inside a character counts as
    /// that character's start, one past the end as the end.
    #[cfg(test)]
    fn units(&self, byte: usize) -> usize {
        self.units_after(byte, (0, 0)).1
    }

    /// Byte `byte` on a char boundary and the units before it, counted from
    /// `last` (a boundary and its units, from an earlier call) when that
    /// lies between the start of its block and it.
    fn units_after(&self, byte: usize, last: (usize, usize)) -> (usize, usize) {
        let byte = floor_char_boundary(self.text, byte);
        let block = byte / BLOCK;
        let (from, before) = if (block * BLOCK..=byte).contains(&last.0) {
            last
        } else {
            (block * BLOCK, self.starts[block])
        };
        let units = before + count_between(self.text.as_bytes(), from, byte, self.encoding);
        (byte, units)
    }
}

/// The last char boundary at or before `byte`, or the text's length.
fn floor_char_boundary(text: &str, byte: usize) -> usize {
    if byte >= text.len() {
        return text.len();
    }
    // At most three steps back: a UTF-8 character has at most 4 bytes.
    (0..=byte)
        .rev()
        .find(|&b| text.is_char_boundary(b))
        .unwrap_or(0)
}

/// The units of `bytes` (whole characters, or a text cut at char
/// boundaries) in `encoding`, counted 8 bytes at a time.
///
/// Every character counts 1 (UTF-16: 2 for one of 4 bytes), i.e. every
/// byte that is no continuation byte (`10xxxxxx`) counts, plus (UTF-16)
/// every lead byte of a 4-byte character (`11110xxx`). A word of ASCII
/// counts 8 at once: news is mostly ASCII, with a curly quote now and then.
fn count(bytes: &[u8], encoding: Encoding) -> usize {
    if encoding == Encoding::Bytes {
        return bytes.len();
    }
    let utf16 = encoding == Encoding::Utf16;
    let mut words = bytes.chunks_exact(8);
    let mut units = 0;
    for chunk in &mut words {
        units += word_units(word(chunk), 8, utf16);
    }
    for &b in words.remainder() {
        units += usize::from(b & 0xC0 != 0x80) + usize::from(utf16 && b >= 0xF0);
    }
    units
}

/// [`count`] of `bytes[from..to]` (`to` a char boundary), the bytes after
/// the last whole word read in a word of `bytes` and masked off, where the
/// text goes on: not byte by byte (an offset's count ends in 3.5 such
/// bytes on average).
fn count_between(bytes: &[u8], from: usize, to: usize, encoding: Encoding) -> usize {
    let whole = to - (to - from) % 8;
    let mut units = count(&bytes[from..whole], encoding);
    let n = to - whole;
    if n > 0 && encoding != Encoding::Bytes {
        match bytes.get(whole..whole + 8) {
            // The first byte is the lowest: the `n` low bytes are kept.
            Some(chunk) => {
                let w = word(chunk) & (u64::MAX >> (64 - 8 * n));
                units += word_units(w, n, encoding == Encoding::Utf16);
            }
            None => units += count(&bytes[whole..to], encoding),
        }
    } else {
        units += n;
    }
    units
}

/// The units of the `n` low bytes of `w` (its other bytes zero), whole
/// characters or pieces of them as [`count`] counts them.
#[inline(always)]
fn word_units(w: u64, n: usize, utf16: bool) -> usize {
    if w & HIGH == 0 {
        return n;
    }
    // The high bit of each byte, moved by the shifts within its byte:
    // continuation bytes have bit 7 set and bit 6 clear, 4-byte leads
    // bits 7 to 4 set (a zero byte is neither).
    let continuation = w & !(w << 1) & HIGH;
    let mut units = n - continuation.count_ones() as usize;
    if utf16 {
        let four = w & (w << 1) & (w << 2) & (w << 3) & HIGH;
        units += four.count_ones() as usize;
    }
    units
}

/// For each byte offset of the sorted `wanted`, the same position counted in
/// `encoding`. An offset inside a character counts as that character's start.
pub fn to_units(text: &str, wanted: &[usize], encoding: Encoding) -> Vec<usize> {
    let mut out = Vec::with_capacity(wanted.len());
    let (mut units, mut at) = (0, 0);
    for &byte in wanted {
        // Sorted offsets floor to sorted boundaries: one forward pass.
        let byte = floor_char_boundary(text, byte).max(at);
        units += count(&text.as_bytes()[at..byte], encoding);
        at = byte;
        out.push(units);
    }
    out
}

/// The inverse of [`to_units`]: for each sorted offset counted in `encoding`,
/// the byte offset. Offsets past the end map to `text.len()`; an offset inside
/// a UTF-16 surrogate pair maps to the start of its character.
pub fn to_bytes(text: &str, wanted: &[usize], encoding: Encoding) -> Vec<usize> {
    let mut out = Vec::with_capacity(wanted.len());
    let mut units = 0;
    let mut chars = text.char_indices().peekable();
    for &target in wanted {
        while let Some(&(_, c)) = chars.peek() {
            if units + encoding.width(c) > target {
                break;
            }
            units += encoding.width(c);
            chars.next();
        }
        out.push(chars.peek().map_or(text.len(), |&(at, _)| at));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    // “ is 3 bytes / 1 unit; 😀 is 4 bytes / 2 UTF-16 units / 1 char; 中 is 3 bytes.
    const TEXT: &str = "a“😀中”b";

    #[test]
    fn converts_curly_quotes_emoji_and_cjk() {
        let bytes = [0, 1, 4, 8, 11, 14, 15];
        assert_eq!(
            to_units(TEXT, &bytes, Encoding::Utf16),
            [0, 1, 2, 4, 5, 6, 7]
        );
        assert_eq!(
            to_units(TEXT, &bytes, Encoding::Chars),
            [0, 1, 2, 3, 4, 5, 6]
        );
        assert_eq!(to_units(TEXT, &bytes, Encoding::Bytes), bytes);
    }

    /// The count of every offset by walking chars, the slow way.
    fn naive(text: &str, byte: usize, encoding: Encoding) -> usize {
        text.char_indices()
            .take_while(|&(at, c)| at + c.len_utf8() <= byte)
            .map(|(_, c)| encoding.width(c))
            .sum()
    }

    #[test]
    fn counts_by_blocks_and_words_as_char_by_char() {
        // Runs of ASCII and of 2-, 3- and 4-byte characters across word and
        // block boundaries, ending on a whole block and not.
        let mut text = String::new();
        for i in 0..300 {
            text.push_str(["ab", "é", "“", "😀", "中x", "abcdefghi"][i % 6]);
            if i % 7 == 0 {
                text.push_str(&"z".repeat(i % 11));
            }
        }
        for len in [0, 1, BLOCK - 1, BLOCK, 3 * BLOCK, text.len()] {
            let len = floor_char_boundary(&text, len);
            let text = &text[..len];
            for encoding in [Encoding::Utf16, Encoding::Chars, Encoding::Bytes] {
                let blocks = Blocks::new(text, encoding);
                let all: Vec<usize> = (0..=len + 2).collect();
                let sorted = to_units(text, &all, encoding);
                // Forward, then backward from the end (`last` never nearer).
                let mut last = (0, 0);
                for byte in all.iter().copied().chain(all.iter().copied().rev()) {
                    let want = naive(text, byte, encoding);
                    assert_eq!(blocks.units(byte), want, "{encoding} {byte} of {len}");
                    last = blocks.units_after(byte, last);
                    assert_eq!(last.1, want, "{encoding} {byte} after of {len}");
                }
                for byte in all {
                    assert_eq!(sorted[byte], naive(text, byte, encoding));
                }
            }
        }
    }

    #[test]
    fn round_trips() {
        let bytes: Vec<usize> = TEXT
            .char_indices()
            .map(|(i, _)| i)
            .chain([TEXT.len()])
            .collect();
        for encoding in [Encoding::Utf16, Encoding::Chars, Encoding::Bytes] {
            let units = to_units(TEXT, &bytes, encoding);
            assert_eq!(to_bytes(TEXT, &units, encoding), bytes, "{encoding}");
        }
    }

    #[test]
    fn names_parse_back() {
        for encoding in [Encoding::Utf16, Encoding::Chars, Encoding::Bytes] {
            assert_eq!(encoding.name().parse(), Ok(encoding));
        }
        assert!("utf8".parse::<Encoding>().unwrap_err().contains("utf16"));
    }
}
