//! Converting byte offsets to the unit a caller counts in, once, in one pass.
//!
//! Rust slices by UTF-8 bytes, JavaScript by UTF-16 code units and Python by
//! Unicode scalars. The core works in bytes; [`convert`] rewrites every
//! offset of an [`Analysis`] at the boundary.

use crate::analysis::Analysis;
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
/// One walk over `text` up to the last offset, plus a sort of the offsets:
/// O(n + k log k) for k offsets.
///
/// # Panics
///
/// When `analysis` already uses another encoding than bytes.
pub fn convert(analysis: &mut Analysis, text: &str, encoding: Encoding) {
    assert_eq!(
        analysis.offsets,
        Encoding::Bytes,
        "offsets already converted"
    );
    analysis.offsets = encoding;
    if encoding == Encoding::Bytes {
        return;
    }
    let mut wanted = Vec::new();
    analysis.for_each_offset(|offset| wanted.push(*offset));
    wanted.sort_unstable();
    wanted.dedup();
    let converted = to_units(text, &wanted, encoding);
    analysis.for_each_offset(|offset| {
        let i = wanted.binary_search(offset).expect("collected above");
        *offset = converted[i];
    });
}

/// For each byte offset of the sorted `wanted`, the same position counted in
/// `encoding`. An offset inside a character counts as that character's start.
pub fn to_units(text: &str, wanted: &[usize], encoding: Encoding) -> Vec<usize> {
    let mut out = Vec::with_capacity(wanted.len());
    let mut units = 0;
    let mut chars = text.char_indices().peekable();
    for &byte in wanted {
        while let Some(&(at, c)) = chars.peek() {
            if at + c.len_utf8() > byte {
                break;
            }
            units += encoding.width(c);
            chars.next();
        }
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
