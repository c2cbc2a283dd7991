//! Trims and tests of a str's ends by a set of chars or by a char test, one
//! compiled function each for the whole crate.
//!
//! The standard library's `trim_end_matches`, `ends_with` and the like are
//! compiled anew for every pattern type, and each length of char array
//! (`[char; 2]`, `[char; 3]` …) and each closure is a type of its own: every
//! such pattern was a function of ~300 bytes in the .wasm. Here a set is a
//! slice and a test a function pointer, so one instance of each serves every
//! caller (the callers are per quote or per span, not per byte).

/// `s` without the chars of `set` at its end.
pub(crate) fn trim_end_any<'a>(s: &'a str, set: &[char]) -> &'a str {
    s.trim_end_matches(set)
}

/// `s` without the chars of `set` at its start.
pub(crate) fn trim_start_any<'a>(s: &'a str, set: &[char]) -> &'a str {
    s.trim_start_matches(set)
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
    s.trim_end_matches(drop)
}

/// `s` without the chars that `drop` is true of at either end.
pub(crate) fn trim_where(s: &str, drop: fn(char) -> bool) -> &str {
    s.trim_matches(drop)
}

/// The byte index of the last line break in `s`: `s.rfind('\n')` without
/// the standard library's word-at-a-time `memrchr` (a function of its own
/// in the .wasm, for windows of a few hundred bytes).
pub(crate) fn last_line_break(s: &str) -> Option<usize> {
    s.bytes().rposition(|b| b == b'\n')
}

/// Whether `w` is one of the words of `list`, separated by single spaces,
/// as written (see [`listed_any_case`]).
pub(crate) fn listed(list: &str, w: &str) -> bool {
    (list.as_bytes().split(|&b| b == b' ')).any(|l| l == w.as_bytes())
}

/// Whether `w` is one of the words of `list`, separated by single spaces,
/// in any ASCII case. One string a list: an array of `&str` costs 8 bytes
/// of pointer and length a word in the .wasm.
pub(crate) fn listed_any_case(list: &str, w: &str) -> bool {
    // Split as bytes: a plain loop, where `str::split` searches by `memchr`
    // (several times slower on these short words).
    (list.as_bytes().split(|&b| b == b' ')).any(|l| l.eq_ignore_ascii_case(w.as_bytes()))
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
        }
    }
}
