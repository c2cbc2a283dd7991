//! A quick test that rules most words out of a short word list before the
//! list is looked up: the list's words by length, first and last letter.
//!
//! Most tokens of news are in no list the speakers stage asks about: on 1 MB
//! of news every one of its 139,394 tokens was looked up as the first word
//! of a cue (`said`, `according to`), and every word as a possible
//! honorific (`mr.`), each at ~70 instructions for the key and the probe.
//! The shape test costs a few instructions and lets ~9 words in 10 go at
//! once; the words it lets through are looked up as before, so it changes
//! no answer.

/// The (length, first byte, last byte) shapes of a list's words, ASCII
/// case folded: a word of another shape is not in the list.
#[cfg_attr(test, derive(Debug, PartialEq))]
pub(crate) struct Shapes {
    /// Per length 1 to [`MAX_LEN`] (index 0 unused): per first byte folded
    /// to 0-31, a bit for each last byte folded to 0-31. An array, not a
    /// `Vec`: a length tested against [`MAX_LEN`] indexes it with no bounds
    /// check left (nor its panic in the .wasm).
    last_by_first: [[u32; 32]; MAX_LEN + 1],
}

/// The longest word a list may hold: a [`super::words::key`] packs at most
/// 16 bytes, and longer words are in no list.
const MAX_LEN: usize = 16;

impl Shapes {
    /// The shapes of no word.
    pub(crate) fn empty() -> Shapes {
        Shapes {
            last_by_first: [[0u32; 32]; MAX_LEN + 1],
        }
    }

    /// Adds the shape of `w` (left out when longer than [`MAX_LEN`]).
    pub(crate) fn add(&mut self, w: &[u8]) {
        if let (Some(&first), Some(&last)) = (w.first(), w.last()) {
            if w.len() <= MAX_LEN {
                self.last_by_first[w.len()][fold(first)] |= 1 << fold(last);
            }
        }
    }

    /// Whether `word` has the shape of a word of the list (so may be in it).
    #[inline(always)]
    pub(crate) fn may_hold(&self, word: &[u8]) -> bool {
        match (word.first(), word.last()) {
            (Some(&first), Some(&last)) if word.len() <= MAX_LEN => {
                self.last_by_first[word.len()][fold(first)] & 1 << fold(last) != 0
            }
            _ => false,
        }
    }
}

/// A byte folded to 0-31: ASCII letters of either case to the same number
/// (`a`/`A` 1, `z`/`Z` 26); other bytes share numbers with them, which only
/// lets a few more words through to the lookup.
#[inline(always)]
fn fold(b: u8) -> usize {
    usize::from(b & 0x1f)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_word_of_the_list_passes_in_any_case_and_most_others_not() {
        let list = ["said", "according", "mr", "e-mailed", "0123456789abcdef"];
        let mut shapes = Shapes::empty();
        for w in list {
            shapes.add(w.as_bytes());
        }
        for w in list {
            assert!(shapes.may_hold(w.as_bytes()), "{w}");
            assert!(shapes.may_hold(w.to_ascii_uppercase().as_bytes()), "{w}");
        }
        for w in [
            "the",
            "of",
            "a",
            "spokesman",
            "",
            "said.",
            "0123456789abcdefg",
        ] {
            assert!(!shapes.may_hold(w.as_bytes()), "{w}");
        }
    }
}
