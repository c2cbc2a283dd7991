//! Word lists the statistics grammar consults: qualifiers, change words,
//! months and weekdays, time-frame words, and the function words that end
//! a counted noun phrase. Data only, matched case-insensitively.

use super::tokens::Tokens;

/// Approximations and bounds: the words before the last (separated by
/// spaces), the last word, and the canonical form reported in
/// `qualifier`. Longer phrases come before their tails (`no more than`
/// before `more than`) so that the longest one wins. The words before the
/// last are one string, not an array: each `&str` of an array is 8 more
/// bytes of the `.wasm`. The last word stands apart, compared first: most
/// phrases end with another word, passed over by a length test.
const QUALIFIERS: &[(&str, &str, &str)] = &[
    ("no more", "than", "no more than"),
    ("no less", "than", "no less than"),
    ("no fewer", "than", "no less than"),
    ("not more", "than", "no more than"),
    ("not less", "than", "no less than"),
    ("more", "than", "more than"),
    ("less", "than", "less than"),
    ("fewer", "than", "less than"),
    ("greater", "than", "more than"),
    ("higher", "than", "more than"),
    ("lower", "than", "less than"),
    ("at", "least", "at least"),
    ("at", "most", "at most"),
    ("up", "to", "up to"),
    ("as many", "as", "as many as"),
    ("as much", "as", "as many as"),
    ("as few", "as", "as few as"),
    ("as little", "as", "as few as"),
    ("in excess", "of", "more than"),
    ("upwards", "of", "more than"),
    ("upward", "of", "more than"),
    ("close", "to", "nearly"),
    ("just", "over", "just over"),
    ("just", "under", "just under"),
    ("well", "over", "more than"),
    ("just shy", "of", "nearly"),
    ("an", "estimated", "estimated"),
    ("", "estimated", "estimated"),
    ("", "about", "about"),
    ("", "around", "about"),
    ("", "approximately", "about"),
    ("", "approx", "about"),
    ("", "roughly", "about"),
    ("", "some", "about"),
    ("", "circa", "about"),
    ("", "nearly", "nearly"),
    ("", "almost", "nearly"),
    ("", "over", "more than"),
    ("", "above", "more than"),
    ("", "exceeding", "more than"),
    ("", "under", "less than"),
    ("", "below", "less than"),
    ("", "exactly", "exactly"),
    ("", "precisely", "exactly"),
    ("", "only", "only"),
    ("", "~", "about"),
];

/// The qualifier that ends just before token `i` and starts at or after
/// `floor`: its first token and canonical form.
pub(crate) fn qualifier_before(
    t: &Tokens,
    i: usize,
    floor: usize,
) -> Option<(usize, &'static str)> {
    // Every qualifier ends with a word tagged as such: most tokens before a
    // number are not one, and need no look at the list.
    if !t.tagged(i.wrapping_sub(1), super::keys::tags::QUALIFIER) {
        return None;
    }
    // The word before is lowercased once: a phrase that ends with another
    // word is passed over by comparing it, not by reading its tokens.
    let end = t.lower(i - 1)?;
    let end = end.as_str();
    QUALIFIERS.iter().find_map(|&(rest, last, canonical)| {
        if last != end {
            return None;
        }
        // (Counted by its spaces: a split costs a char search a word.)
        let words = if rest.is_empty() {
            0
        } else {
            rest.bytes().filter(|&b| b == b' ').count() + 1
        };
        let first = i.checked_sub(words + 1)?;
        // `ticked up to 4.1%`: `up` is the verb's, the number a level
        // reached, not a bound.
        let particle = canonical == "up to" && first > 0 && t.is_any(first - 1, MOVED_UP);
        (first >= floor
            && !particle
            && rest
                .split_terminator(' ')
                .enumerate()
                .all(|(k, w)| t.is(first + k, w)))
        .then_some((first, canonical))
    })
}

/// Verbs that take `up` as their own before a level (`ticked up to 4.1%`,
/// `adds up to $25 billion`).
#[rustfmt::skip]
const MOVED_UP: &str =
    "ticked ticks ticking edged edges edging inched inches inching crept creeps creeping \
    moved moves moving went goes going shot add adds added adding";

/// The last word of every qualifier: what [`super::keys`] tags as
/// [`super::keys::tags::QUALIFIER`].
#[cfg(test)]
pub(crate) fn qualifier_ends() -> Vec<&'static str> {
    QUALIFIERS.iter().map(|&(_, last, _)| last).collect()
}

/// Direction of a change.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Direction {
    /// Up: rose, increased, jumped.
    Rise,
    /// Down: fell, dropped, declined.
    Fall,
}

/// Verbs (and `up`/`down`) that, right before a number or before `by` and
/// a number, say the number is the size of a change: `rose 4.5 percent`,
/// `fell by 3`, `up 12%`. Token `i` is one when the scan tagged it so (a
/// test checks the key table against the lists): no search.
pub(crate) fn change_verb(t: &Tokens, i: usize) -> Option<Direction> {
    use super::keys::tags::{FALL, RISE};
    if t.tagged(i, RISE) {
        Some(Rise)
    } else if t.tagged(i, FALL) {
        Some(Fall)
    } else {
        None
    }
}

/// Nouns that, right after a number (`a 5% rise`) or before `of` and a
/// number (`an increase of 5%`), say the number is the size of a change.
pub(crate) fn change_noun(w: &str) -> Option<Direction> {
    direction(&CHANGE_NOUNS_RISE, &CHANGE_NOUNS_FALL, w)
}

/// The direction of `w`, listed in `rise` or in `fall`.
fn direction(rise: &List, fall: &List, w: &str) -> Option<Direction> {
    if rise.has(w) {
        Some(Rise)
    } else if fall.has(w) {
        Some(Fall)
    } else {
        None
    }
}

/// Verbs that are a change with no number of their own (`doubled`), with
/// the factor they apply.
pub(crate) fn change_factor_verb(w: &str) -> Option<(f64, Direction)> {
    lookup(FACTOR_VERBS, w)
}

/// Sorted by word, for [`lookup`].
pub(super) const FACTOR_VERBS: &[(&str, (f64, Direction))] = &[
    ("doubled", (2.0, Rise)),
    ("doubling", (2.0, Rise)),
    ("fivefold", (5.0, Rise)),
    ("fourfold", (4.0, Rise)),
    ("halved", (0.5, Fall)),
    ("halving", (0.5, Fall)),
    ("quadrupled", (4.0, Rise)),
    ("quadrupling", (4.0, Rise)),
    ("quintupled", (5.0, Rise)),
    ("tenfold", (10.0, Rise)),
    ("threefold", (3.0, Rise)),
    ("trebled", (3.0, Rise)),
    ("trebling", (3.0, Rise)),
    ("tripled", (3.0, Rise)),
    ("tripling", (3.0, Rise)),
    ("twofold", (2.0, Rise)),
];

/// Month names and their abbreviations, as written in dates.
pub(crate) fn month(w: &str) -> bool {
    listed(MONTHS, w)
}

/// Weekday names and abbreviations; plurals count as time units
/// (`3 fridays from now`).
pub(crate) fn weekday(w: &str) -> bool {
    let w = w.strip_suffix('s').unwrap_or(w);
    // Every weekday starts with one of these letters (a test checks): most
    // words are not searched for.
    matches!(w.as_bytes().first(), Some(b'f' | b'm' | b's' | b't' | b'w')) && listed(WEEKDAYS, w)
}

/// Words before a duration that make it a point or window of time rather
/// than a claim: `in 2 minutes`, `within 2 weeks`, `the past 3 years`.
pub(crate) fn frame_before(w: &str) -> bool {
    listed(FRAME_BEFORE, w)
}

/// Words after a duration that make it a point of time: `7 days ago`,
/// `3 years from now`, `three days after Easter`.
pub(crate) fn frame_after(w: &str) -> bool {
    listed(FRAME_AFTER, w)
}

/// Function words, auxiliaries and common verbs: a counted noun phrase
/// (`3.2 million people`) never includes one.
pub(crate) fn stop(w: &str) -> bool {
    STOP.has(w)
}

/// Lowercase head words of identifiers: a number right after one of them
/// names a thing, it does not count it (`page 3`, `chapter 11`, `route 66`).
pub(crate) fn identifier_head(w: &str) -> bool {
    IDENTIFIER_HEADS.has(w)
}

/// Street words that end an address (`10 Downing Street`).
pub(crate) fn street(w: &str) -> bool {
    listed(STREETS, w)
}

/// Whether `w` is one of the words of `list`: sorted, separated by single
/// spaces. A binary search over the bytes, each step comparing the word
/// around the middle: one string, where an array of `&str` cost 8 bytes of
/// pointer and length a word in the .wasm.
pub(crate) fn listed(list: &str, w: &str) -> bool {
    let (b, w) = (list.as_bytes(), w.as_bytes());
    // Words start at `lo` and end at `hi` (a space or the end after it).
    let (mut lo, mut hi) = (0, b.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let start = b[lo..mid]
            .iter()
            .rposition(|&c| c == b' ')
            .map_or(lo, |p| lo + p + 1);
        // The list word from `start` and `w` compared as far as they agree
        // (a space ends the list word): most steps are decided by a first
        // byte, and only a step forward reads on to the word's end.
        let same = b[start..]
            .iter()
            .zip(w)
            .take_while(|&(&a, &c)| a == c && a != b' ')
            .count();
        let k = start + same;
        let next = b.get(k).copied().filter(|&c| c != b' ');
        match (next, w.get(same)) {
            (None, None) => return true,
            (Some(a), Some(&c)) if a > c => hi = start.saturating_sub(1).max(lo),
            (Some(_), None) => hi = start.saturating_sub(1).max(lo),
            _ => {
                lo = b[k..]
                    .iter()
                    .position(|&c| c == b' ')
                    .map_or(b.len(), |p| k + p)
                    + 1;
            }
        }
    }
    false
}

/// A sorted word list searched often, mostly for words it does not hold
/// (the word after each number, `change_noun`; a counted noun, `stop`;
/// the word before one, `identifier_head`):
/// a filter of 256 bits, one set for the length and end bytes of each of
/// its words, answers most of those at once, without the ~400 instructions
/// of a search. Built at compile time: 32 bytes of data a list, no code.
pub(crate) struct List {
    /// The words, sorted, separated by single spaces (for [`listed`]).
    pub words: &'static str,
    /// Bit [`List::bit`] of each word set.
    filter: [u64; 4],
}

impl List {
    /// The list of `words`, sorted and separated by single spaces.
    pub const fn new(words: &'static str) -> List {
        let b = words.as_bytes();
        let mut filter = [0; 4];
        let (mut start, mut k) = (0, 0);
        while k <= b.len() {
            if k == b.len() || b[k] == b' ' {
                let bit = List::bit(b[start], b[k - 1], k - start);
                filter[bit / 64] |= 1 << (bit % 64);
                start = k + 1;
            }
            k += 1;
        }
        List { words, filter }
    }

    /// The filter's bit of a word of `len` bytes from `first` to `last`.
    const fn bit(first: u8, last: u8, len: usize) -> usize {
        (len * 29 + first as usize * 3 + last as usize * 17) % 256
    }

    /// Whether `w` is one of the words.
    pub fn has(&self, w: &str) -> bool {
        let b = w.as_bytes();
        let (Some(&first), Some(&last)) = (b.first(), b.last()) else {
            return false;
        };
        let bit = List::bit(first, last, b.len());
        self.filter[bit / 64] & (1 << (bit % 64)) != 0 && listed(self.words, w)
    }
}

/// The value of `w` in `list`, which is sorted by word.
pub(crate) fn lookup<T: Copy>(list: &[(&str, T)], w: &str) -> Option<T> {
    position(list, w).map(|i| list[i].1)
}

/// The index of `w` in `list`, which is sorted by word.
pub(crate) fn position<T>(list: &[(&str, T)], w: &str) -> Option<usize> {
    list.binary_search_by(|(k, _)| order(k.as_bytes(), w)).ok()
}

/// `k.cmp(w)`, byte by byte here: the words are short and most steps of a
/// search are decided by their first bytes, where `str::cmp` calls `memcmp`
/// (most of a look-up's time). Lexicographic order either way.
#[inline]
fn order(k: &[u8], w: &str) -> std::cmp::Ordering {
    let w = w.as_bytes();
    for (a, b) in k.iter().zip(w) {
        if a != b {
            return a.cmp(b);
        }
    }
    k.len().cmp(&w.len())
}

// The word lists, as sorted data: a binary search is small code and fast,
// where a `match` on hundreds of strings costs kilobytes of `.wasm`.
use Direction::{Fall, Rise};

/// Sorted, for [`listed`].
#[rustfmt::skip]
pub(super) const MONTHS: &str =
    "apr april aug august dec december feb february jan january jul july jun june mar march \
    may nov november oct october sep sept september";

/// Sorted, for [`listed`].
#[rustfmt::skip]
pub(super) const WEEKDAYS: &str =
    "fri friday mon monday sat saturday sun sunday thu thur thurs thursday tue tues tuesday \
    wed wednesday";

/// Sorted, for [`listed`].
#[rustfmt::skip]
const FRAME_BEFORE: &str =
    "after before coming following in last later next past previous recent upcoming within";

/// Sorted, for [`listed`].
#[rustfmt::skip]
const FRAME_AFTER: &str =
    "after ago back before coming earlier from hence later prior since starting upcoming";

/// Sorted, for [`listed`].
#[rustfmt::skip]
const STOP: List = List::new(
    "a about abroad across after again against ago all alone already also altogether am among \
    an and any apiece are as at away be been before being between both but by came can could \
    did died do does down during each earlier either even every fewer for from get got had \
    has have he her here him his how i if in inside instead into is ish it its just last \
    later least left less like long made may me might more most must my nearby neither next \
    no nor not now of off old on online only onto or our out outside over overall overnight \
    per percent remain remained remains respectively said say says shall she should since so \
    some still such than that the their them then there these they this those through times \
    to today together told tomorrow tonight too took total under until up us was we went \
    were what when where which while who whom whose why will with within without would \
    yesterday yet you your");

/// Sorted, for [`listed`].
#[rustfmt::skip]
const IDENTIFIER_HEADS: List = List::new(
    "act amendment apartment appendix apt art article bed box bus category ch channel chapter \
    class clause day dial district episode exhibit exit fig figure flight floor form game \
    gate grade highway interstate issue item level line log lot model no nos number p page \
    pages para paragraph part phase pier platform pp precinct psalm ref reference room round \
    route rule scene season sec section size stage step suite table terminal text tier top track \
    type unit verse version vol volume ward week");

/// Sorted, for [`listed`].
#[rustfmt::skip]
const STREETS: &str =
    "ave avenue blvd boulevard circle close court crescent ct dr drive highway hwy lane ln \
    parkway pkwy pl place plaza rd road row rue sq square st strasse street terrace way";

/// The change verbs of a rise, sorted: the key table tags them
/// (`keys::tags::RISE`, what [`change_verb`] reads), a test checks it.
#[cfg(test)]
#[rustfmt::skip]
pub(super) const CHANGE_VERBS_RISE: &str =
    "advanced boosted climb climbed climbing climbs expanded gain gained gaining gains grew \
    grow growing grown grows higher increase increased increases increasing jump jumped \
    jumping jumps rallied rise risen rises rising rose soar soared soaring soars spiked \
    surge surged surges surging swelled up";

/// The change verbs of a fall, sorted: tagged `keys::tags::FALL`.
#[cfg(test)]
#[rustfmt::skip]
pub(super) const CHANGE_VERBS_FALL: &str =
    "contracted cut cuts cutting decline declined declines declining decrease decreased \
    decreases decreasing dip dipped dips down drop dropped dropping drops eased fall fallen \
    falling falls fell lower lowered plummeted plunge plunged plunges reduce reduced reduces \
    sank shrank shrink shrinks shrunk sink sinks slashed slid slide slides slipped slumped \
    tumbled";

/// Sorted, for [`listed`]: the words of a rise.
#[rustfmt::skip]
const CHANGE_NOUNS_RISE: List = List::new(
    "boost climb gain gains growth hike hikes increase increases jump rise rises spike surge \
    uptick");

/// Sorted, for [`listed`]: the words of a fall.
#[rustfmt::skip]
const CHANGE_NOUNS_FALL: List = List::new(
    "contraction cut cuts decline declines decrease decreases dip drop drops fall falls loss \
    losses plunge reduction slide slump");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted_for_binary_search() {
        for list in [
            MONTHS,
            WEEKDAYS,
            FRAME_BEFORE,
            FRAME_AFTER,
            STOP.words,
            IDENTIFIER_HEADS.words,
            STREETS,
            CHANGE_VERBS_RISE,
            CHANGE_VERBS_FALL,
            CHANGE_NOUNS_RISE.words,
            CHANGE_NOUNS_FALL.words,
        ] {
            let words: Vec<&str> = list.split(' ').collect();
            assert!(words.windows(2).all(|w| w[0] < w[1]), "{list:?}");
            // Every word is found, and nothing between or around them.
            for w in &words {
                assert!(listed(list, w), "{w}");
                for other in [
                    format!("{w}x"),
                    format!("a{w}"),
                    w[..w.len() - 1].to_string(),
                ] {
                    assert_eq!(
                        listed(list, &other),
                        words.contains(&other.as_str()),
                        "{other}"
                    );
                }
            }
            assert!(!listed(list, "") && !listed(list, "zzzzzz") && !listed(list, " "));
        }
        for pair in [
            [CHANGE_VERBS_RISE, CHANGE_VERBS_FALL],
            [CHANGE_NOUNS_RISE.words, CHANGE_NOUNS_FALL.words],
        ] {
            let [rise, fall] = pair.map(|l| l.split(' ').collect::<Vec<_>>());
            assert!(rise.iter().all(|w| !fall.contains(w)), "{rise:?}");
        }
        // A filter passes every word of its list, and answers as a search.
        for list in [
            &STOP,
            &CHANGE_NOUNS_RISE,
            &CHANGE_NOUNS_FALL,
            &IDENTIFIER_HEADS,
        ] {
            for w in list.words.split(' ') {
                for other in [w.to_string(), format!("{w}s"), w[1..].to_string()] {
                    assert_eq!(list.has(&other), listed(list.words, &other), "{other}");
                }
            }
            assert!(!list.has(""));
        }
        assert!(FACTOR_VERBS.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(WEEKDAYS.split(' ').all(|w| "fmstw".contains(&w[..1])));
    }
}
