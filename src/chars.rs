//! Trims and tests of a str's ends by a set of chars or by a char test, one
//! compiled function each for the whole crate.
//!
//! The standard library's `trim_end_matches`, `ends_with` and the like are
//! compiled anew for every pattern type, and each length of char array
//! (`[char; 2]`, `[char; 3]` …) and each closure is a type of its own: every
//! such pattern was a function of ~300 bytes in the .wasm. Here a set is a
//! slice and a test a function pointer, so one instance of each serves every
//! caller (the callers are per quote or per span, not per byte).

use crate::span::cut;
use crate::swar::{each, word, zero_bytes};

/// `s` without the chars of `set`, or those `test` is true of, at its
/// start (if `start`) and at its end (if `end`): the one trim of the crate
/// by a set or a test. The standard library's `trim_matches` and its start
/// and end forms are compiled anew for each pattern type (a char, each
/// closure, a slice of chars, a function): six such instances were 1.9 KB
/// of the .wasm. The whitespace trims (`str::trim` and its like) stay the
/// standard ones: called ~35,000 times on 1 MB of news, where this one
/// costs about twice the instructions a call.
#[inline(never)]
fn trim_by<'a>(
    s: &'a str,
    set: &[char],
    test: Option<fn(char) -> bool>,
    start: bool,
    end: bool,
) -> &'a str {
    // The set's chars tested in place: a call per char through a closure
    // cost 0.2% of the instructions on 1 MB of news.
    let drop = |c: char| set.contains(&c) || test.is_some_and(|test| test(c));
    let mut chars = s.chars();
    if start {
        let mut rest = chars.clone();
        while rest.next().is_some_and(drop) {
            chars = rest.clone();
        }
    }
    if end {
        let mut rest = chars.clone();
        while rest.next_back().is_some_and(drop) {
            chars = rest.clone();
        }
    }
    chars.as_str()
}

/// A line of text (its final `\n` or not) as `str::trim` trims it, with
/// the length cut at its start. A visible ASCII byte at an end is no
/// whitespace, so most lines are answered without decoding a char (the
/// paragraphs of 1 MB of news were ~15,000 standard trims: 0.6M
/// instructions).
pub(crate) fn trim_line(line: &str) -> (usize, &str) {
    let visible = |b: Option<&u8>| b.is_some_and(u8::is_ascii_graphic);
    let line = line.strip_suffix('\n').unwrap_or(line);
    let rest = if visible(line.as_bytes().first()) {
        line
    } else {
        line.trim_start()
    };
    let body = if visible(rest.as_bytes().last()) {
        rest
    } else {
        rest.trim_end()
    };
    (line.len() - rest.len(), body)
}

/// `str::chars` and `str::char_indices` decoded by one function for the
/// crate each way: the standard iterators' UTF-8 decoding is inlined
/// wherever a char is read, ~150 bytes of the .wasm at each of ~45 places
/// (1.5 KB gzipped in all). A call per char costs ~8 instructions more than
/// the inlined step, so the loops run for every char of a sentence or
/// every quotation mark (the terms' word iterators, the quote scan,
/// `two_before`, a quote's marks) keep the standard iterators.
pub(crate) trait Decode {
    /// The chars, as `str::chars` gives them.
    fn decoded(&self) -> Chars<'_>;
    /// The chars with their byte offsets, as `str::char_indices` gives them.
    fn decoded_indices(&self) -> CharIndices<'_>;

    /// The offset of the first char that `test` is true of: `str::find`
    /// with a char test, whose searcher is compiled with its own decoding
    /// for each closure.
    fn find_char(&self, test: impl Fn(char) -> bool) -> Option<usize> {
        self.decoded_indices()
            .find(|&(_, c)| test(c))
            .map(|(i, _)| i)
    }

    /// The offset of the last char that `test` is true of (`str::rfind`
    /// with a char test; see [`Decode::find_char`]).
    fn rfind_char(&self, test: impl Fn(char) -> bool) -> Option<usize> {
        self.decoded_indices()
            .rfind(|&(_, c)| test(c))
            .map(|(i, _)| i)
    }
}

impl Decode for str {
    fn decoded(&self) -> Chars<'_> {
        Chars(self.chars())
    }

    fn decoded_indices(&self) -> CharIndices<'_> {
        CharIndices(self.char_indices())
    }
}

/// [`Decode::decoded`]: `str::Chars` with its steps out of line.
#[derive(Clone)]
pub(crate) struct Chars<'a>(std::str::Chars<'a>);

impl<'a> Chars<'a> {
    /// The part of the text not yet read.
    pub(crate) fn as_str(&self) -> &'a str {
        self.0.as_str()
    }
}

impl Iterator for Chars<'_> {
    type Item = char;

    #[inline(never)]
    fn next(&mut self) -> Option<char> {
        self.0.next()
    }
}

impl DoubleEndedIterator for Chars<'_> {
    #[inline(never)]
    fn next_back(&mut self) -> Option<char> {
        self.0.next_back()
    }
}

/// [`Decode::decoded_indices`]: `str::CharIndices` with its steps out of line.
#[derive(Clone)]
pub(crate) struct CharIndices<'a>(std::str::CharIndices<'a>);

impl Iterator for CharIndices<'_> {
    type Item = (usize, char);

    #[inline(never)]
    fn next(&mut self) -> Option<(usize, char)> {
        self.0.next()
    }
}

impl DoubleEndedIterator for CharIndices<'_> {
    #[inline(never)]
    fn next_back(&mut self) -> Option<(usize, char)> {
        self.0.next_back()
    }
}

/// `s` without the chars of `set` at its end.
pub(crate) fn trim_end_any<'a>(s: &'a str, set: &[char]) -> &'a str {
    trim_by(s, set, None, false, true)
}

/// `s` without the chars of `set` at its start.
pub(crate) fn trim_start_any<'a>(s: &'a str, set: &[char]) -> &'a str {
    trim_by(s, set, None, true, false)
}

/// `char::is_whitespace`, with its test of the chars past ASCII (a table
/// search, ~60 bytes of the .wasm inlined at each of ~15 places) in one
/// function; ASCII is told in place.
#[inline(always)]
pub(crate) fn is_space(c: char) -> bool {
    match c {
        ' ' | '\t'..='\r' => true,
        '\0'..='\x7f' => false,
        _ => is_space_past_ascii(c),
    }
}

/// [`is_space`] of a char past ASCII.
#[inline(never)]
fn is_space_past_ascii(c: char) -> bool {
    c.is_whitespace()
}

/// The offset of the first byte `b` (ASCII) in `s`, as `s.find(b as char)`
/// gives it: the standard search (a `memchr`, its searcher set up for the
/// char) is ~100 bytes of the .wasm at each place it is inlined. A byte at
/// a time, for words, short spans and the rare end of a markup tag; the
/// searches through a quote or a line, and those asked of every name word,
/// keep `str::find` (a call cost ~50 instructions each there).
#[inline(never)]
pub(crate) fn index_of(s: &str, b: u8) -> Option<usize> {
    s.bytes().position(|x| x == b)
}

/// `s.split_once(b as char)` for an ASCII byte `b` (see [`index_of`]).
pub(crate) fn split_once_at(s: &str, b: u8) -> Option<(&str, &str)> {
    let i = index_of(s, b)?;
    Some((cut(s, 0, i), cut(s, i + 1, s.len())))
}

/// `bytes.contains(&b)` (see [`index_of`]).
#[inline(never)]
pub(crate) fn holds_byte(bytes: &[u8], b: u8) -> bool {
    bytes.contains(&b)
}

/// Whether `s` holds a char of `set`: `str::contains` of a char array,
/// compiled anew for each length of array, in one function.
#[inline(never)]
pub(crate) fn contains_any(s: &str, set: &[char]) -> bool {
    s.decoded().any(|c| set.contains(&c))
}

/// Whether the last char of `s` is one of `set`.
pub(crate) fn ends_with_any(s: &str, set: &[char]) -> bool {
    s.ends_with(set)
}

/// Whether the first char of `s` is one of `set`.
pub(crate) fn starts_with_any(s: &str, set: &[char]) -> bool {
    s.starts_with(set)
}

/// `s` without the chars that `drop` is true of at its end.
pub(crate) fn trim_end_where(s: &str, drop: fn(char) -> bool) -> &str {
    trim_by(s, &[], Some(drop), false, true)
}

/// `s` without the chars that `drop` is true of at either end.
pub(crate) fn trim_where(s: &str, drop: fn(char) -> bool) -> &str {
    trim_by(s, &[], Some(drop), true, true)
}

/// The byte index of the last line break in `s`: `s.rfind('\n')` without
/// the standard library's word-at-a-time `memrchr` (a function of its own
/// in the .wasm, for windows of a few hundred bytes).
pub(crate) fn last_line_break(s: &str) -> Option<usize> {
    s.bytes().rposition(|b| b == b'\n')
}

/// Whether `a` and `b` are the same bytes in any ASCII case
/// (`eq_ignore_ascii_case`), for a `str` or bytes on either side. The
/// lengths are compared in place (most words differ there, and no call is
/// made for them), the bytes by [`same_any_case`].
#[inline(always)]
pub(crate) fn eq_any_case(a: impl AsRef<[u8]>, b: impl AsRef<[u8]>) -> bool {
    let (a, b) = (a.as_ref(), b.as_ref());
    a.len() == b.len() && same_any_case(a, b)
}

/// [`eq_any_case`] of two slices of the same length, in one body for the
/// crate: the standard comparison, inlined at each of the ~70 places that
/// compare words so, was ~7 KB of the .wasm.
#[inline(never)]
fn same_any_case(a: &[u8], b: &[u8]) -> bool {
    a.eq_ignore_ascii_case(b)
}

/// Whether `w` is one of the words of `list`, separated by single spaces,
/// as written (see [`listed_any_case`]).
pub(crate) fn listed(list: &str, w: &str) -> bool {
    listed_in(list.as_bytes(), w.as_bytes(), false)
}

/// [`listed`] for the bytes of a word (a token's, sliced from the text
/// without the character boundary tests of a `str` slice: a call of ~19
/// instructions for each of the ~23,000 words `word_in` asks of on 1 MB of
/// news).
pub(crate) fn listed_bytes(list: &str, w: &[u8]) -> bool {
    listed_in(list.as_bytes(), w, false)
}

/// Whether `w` is one of the words of `list`, separated by single spaces,
/// in any ASCII case. One string a list: an array of `&str` costs 8 bytes
/// of pointer and length a word in the .wasm.
pub(crate) fn listed_any_case(list: &str, w: &str) -> bool {
    listed_in(list.as_bytes(), w.as_bytes(), true)
}

/// [`listed`], or [`listed_any_case`] if `any_case`. The list is read 8
/// bytes at a time for the bytes that may start `w` (its first byte, in
/// any case if `any_case`), and only a word starting with one is compared:
/// a split of the list into words cost ~6 instructions a byte of the list
/// (the word tests of the speakers stage ask ~80,000 a call on 1 MB of
/// news: 16.8M instructions, now 10.4M).
fn listed_in(list: &[u8], w: &[u8], any_case: bool) -> bool {
    let Some(&first) = w.first() else {
        // The empty word is an empty piece between two spaces or at an end.
        return list.split(|&b| b == b' ').any(<[u8]>::is_empty);
    };
    let n = w.len();
    // Whether the list word at `p` (a byte equal to `first`, any case) is `w`.
    let at_word = |p: usize| {
        (p == 0 || list.get(p - 1) == Some(&b' '))
            && list.get(p + n).is_none_or(|&b| b == b' ')
            && list.get(p..p + n).is_some_and(|l| {
                // Byte by byte: the standard comparisons, vectorized for
                // long slices, cost more to set up than these words take.
                // A list word holds no space (`w` may: in no list).
                l.iter()
                    .zip(w)
                    .all(|(&a, &b)| b != b' ' && (a == b || any_case && a.eq_ignore_ascii_case(&b)))
            })
    };
    // `| 0x20` folds A-Z onto a-z: any byte it folds onto `first`'s fold
    // is a candidate (and `at_word` compares exactly).
    let fold = if any_case { each(0x20) } else { 0 };
    let want = each(first) | fold;
    // Whether a word starts at one of the bytes of `found` (their high
    // bits, in the chunk from `at`).
    let any_at = |at: usize, mut found: u64| {
        while found != 0 {
            if at_word(at + (found.trailing_zeros() / 8) as usize) {
                return true;
            }
            found &= found - 1;
        }
        false
    };
    // The whole chunks, then the last bytes (most lists end in a part of 8
    // bytes) once: a test for them in the loop cost ~4 instructions a chunk.
    let mut chunks = list.chunks_exact(8);
    let mut at = 0;
    for chunk in &mut chunks {
        let found = zero_bytes((word(chunk) | fold) ^ want);
        if found != 0 && any_at(at, found) {
            return true;
        }
        at += 8;
    }
    !chunks.remainder().is_empty() && any_at(at, zero_bytes((last_bytes(list, at) | fold) ^ want))
}

/// The bytes of `list` from `at` (fewer than 8) as a word, the first byte
/// lowest, zero above them (a zero byte is a candidate only for a word
/// starting with one, and no list word starts there). In a few loads: a
/// loop over the bytes cost ~6 instructions a byte.
fn last_bytes(list: &[u8], at: usize) -> u64 {
    let n = list.len();
    let four = |k: usize| {
        let b: [u8; 4] = list[k..k + 4].try_into().unwrap_or_default();
        u64::from(u32::from_le_bytes(b))
    };
    let byte = |k: usize| u64::from(list[k]) << (8 * k);
    if n >= 8 {
        // The last 8 bytes, those before `at` shifted out.
        word(&list[n - 8..]) >> (8 * (8 - (n - at)))
    } else if n >= 4 {
        // (`at` is 0.) Bytes 0-3 and n-4..n; the overlap ORs each byte with itself.
        four(0) | four(n - 4) << (8 * (n - 4))
    } else {
        byte(0) | byte(n / 2) | byte(n - 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trims_and_tests_like_the_standard_patterns() {
        let set = &['’', '\'', ','];
        for s in ["", "a", "’a,’", "',", "word, ’", "é’", "a\nb\n’c", "\n"] {
            assert_eq!(trim_end_any(s, set), s.trim_end_matches(*set));
            assert_eq!(trim_start_any(s, set), s.trim_start_matches(*set));
            assert_eq!(ends_with_any(s, set), s.ends_with(*set));
            assert_eq!(starts_with_any(s, set), s.starts_with(*set));
            let punct = |c: char| !c.is_alphabetic();
            assert_eq!(trim_end_where(s, punct), s.trim_end_matches(punct));
            assert_eq!(trim_where(s, punct), s.trim_matches(punct));
            assert_eq!(last_line_break(s), s.rfind('\n'));
            assert_eq!(contains_any(s, set), s.contains(set));
            assert_eq!(index_of(s, b','), s.find(','));
            assert_eq!(split_once_at(s, b','), s.split_once(','));
            assert_eq!(holds_byte(s.as_bytes(), b'\n'), s.contains('\n'));
            assert_eq!(s.find_char(punct), s.find(punct));
            assert_eq!(s.rfind_char(punct), s.rfind(punct));
            assert!(s.decoded().eq(s.chars()) && s.decoded().rev().eq(s.chars().rev()));
            assert!(s.decoded_indices().eq(s.char_indices()));
            assert!(s.decoded_indices().rev().eq(s.char_indices().rev()));
        }
    }

    #[test]
    fn is_space_is_is_whitespace() {
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            assert_eq!(is_space(c), c.is_whitespace(), "{c:?}");
        }
    }

    #[test]
    fn a_line_is_trimmed_like_the_standard_trim() {
        let lines = [
            "",
            "\n",
            " \n",
            "a",
            "a\n",
            " a \r\n",
            "\u{a0}word\u{3000}\n",
            "é\n",
            "\t“x”\t",
            "x \u{2003}",
            "\u{a0}\n",
        ];
        for line in lines {
            let (lead, body) = trim_line(line);
            assert_eq!(body, line.trim(), "{line:?}");
            if !body.is_empty() {
                assert_eq!(lead, line.len() - line.trim_start().len(), "{line:?}");
            }
        }
    }

    #[test]
    fn listed_is_a_split_into_words() {
        let split = |list: &str, w: &str, any_case: bool| {
            list.split(' ').any(|l| {
                if any_case {
                    l.eq_ignore_ascii_case(w)
                } else {
                    l == w
                }
            })
        };
        let lists = [
            "",
            " ",
            "a",
            "the",
            "a an the",
            "was were is are be been",
            "what's it's that's what’s it’s that’s",
            "re q a claim claims headline verdict rating update correction note context",
            "Monday Tuesday Wednesday Thursday Friday Saturday Sunday today yesterday tonight",
            " lead  double trail ",
            "Jr Jr. Sr Sr. II III IV",
            "\0 a\0 \0\0",
        ];
        for list in lists {
            let words = list.split(' ').flat_map(|w| {
                let upper = w.to_ascii_uppercase();
                let longer = format!("{w}s");
                let shorter = w.get(1..).unwrap_or("").to_string();
                [w.to_string(), upper, longer, shorter]
            });
            let others = [
                "", "x", "\0", "A", "Q", "e", "b", "s", "the ", " a", "a a", "é",
            ];
            for w in words.chain(others.map(String::from)) {
                for any_case in [false, true] {
                    let got = if any_case {
                        listed_any_case(list, &w)
                    } else {
                        listed(list, &w)
                    };
                    assert_eq!(got, split(list, &w, any_case), "{list:?} {w:?} {any_case}");
                }
            }
        }
        // Lists of every length up to 30, and their words.
        let long = "ab cd efg hijk l mnopqrs tu vwxyz";
        for end in 0..=long.len() {
            let list = &long[..end];
            for w in long.split(' ').chain(["", "a", "ab c", "x"]) {
                assert_eq!(listed(list, w), split(list, w, false), "{list:?} {w}");
            }
        }
        // Every byte value, first in a word, at every place of a list.
        for b in 0..=255u8 {
            for at in 0..20 {
                let mut list = b"ab cd efgh ij klmnop q".to_vec();
                list[at] = b;
                let list = String::from_utf8_lossy(&list).into_owned();
                for w in ["ab", "cd", "q", "klmnop", "Ab", "\0"] {
                    assert_eq!(listed(&list, w), split(&list, w, false), "{list:?} {w}");
                    assert_eq!(
                        listed_any_case(&list, w),
                        split(&list, w, true),
                        "{list:?} {w}"
                    );
                }
            }
        }
    }
}
