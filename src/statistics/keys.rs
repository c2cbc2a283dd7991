//! Key words: the few words that start a rule of the statistics grammar
//! (number words, months, weekdays, change verbs, words of clock times and
//! dates), tagged once per token when the text is split, so that rules skip
//! every other word without looking at it.

use super::tokens::Lower;

/// What rules a key word starts: bits of [`tag`].
pub(crate) mod tags {
    /// A number word: `two`, `dozen`, `half`.
    pub const NUMBER: u8 = 1;
    /// A month name.
    pub const MONTH: u8 = 2;
    /// A weekday name or plural.
    pub const WEEKDAY: u8 = 4;
    /// A change verb: `rose`, `doubled`.
    pub const CHANGE: u8 = 8;
    /// A word of clock times: `at`, `am`, `half`, `past`, `o'clock`.
    pub const CLOCK: u8 = 16;
    /// A word of dates: `ad`, `bc`, `month`, the `a` of `a.d.`.
    pub const DATE: u8 = 32;
    /// `a`, `an`, `point`: words a number may start with.
    pub const LEAD: u8 = 64;
}

/// The rules the word `w` (any case) starts, as bits of [`tags`].
pub(crate) fn tag_of(w: &str) -> u8 {
    // The shape first, on the bytes as they are (ASCII letters lowercased
    // by their case bit): most words stop here, before any copy.
    let bit = shape(w.as_bytes());
    if KEY_SHAPES[bit / 64] & (1 << (bit % 64)) == 0 {
        return 0;
    }
    Lower::of(w).map_or(0, |l| tag(l.as_str()))
}

/// The rules the word `w` (lowercase) starts, as bits of [`tags`]; 0 for
/// every other word, which rules only look at next to one of these or next
/// to digits.
pub(crate) fn tag(w: &str) -> u8 {
    // Most words of prose are none of these: a bit per hash of their
    // shape rules them out before the table is searched.
    let bit = shape(w.as_bytes());
    if KEY_SHAPES[bit / 64] & (1 << (bit % 64)) == 0 {
        return 0;
    }
    KEY_WORDS
        .binary_search_by(|(k, _)| k.len().cmp(&w.len()).then_with(|| k.cmp(&w)))
        .map_or(0, |i| KEY_WORDS[i].1)
}

/// Every key word with its tags, sorted by length then bytes (so that most
/// comparisons end on the length). Written out rather than built at start-up
/// (no sort code in the `.wasm`); a test checks it against the lists.
#[rustfmt::skip]
static KEY_WORDS: &[(&str, u8)] = {
    use tags::*;
    &[
        ("a", CLOCK | DATE | LEAD),
        ("b", DATE),
        ("p", CLOCK),
        ("ad", DATE),
        ("am", CLOCK),
        ("an", LEAD),
        ("at", CLOCK),
        ("bc", DATE),
        ("bn", NUMBER),
        ("ce", DATE),
        ("cr", NUMBER),
        ("kr", NUMBER),
        ("mn", NUMBER),
        ("pm", CLOCK),
        ("tn", NUMBER),
        ("to", CLOCK),
        ("up", CHANGE),
        ("apr", MONTH),
        ("aug", MONTH),
        ("bce", DATE),
        ("cut", CHANGE),
        ("dec", MONTH),
        ("dip", CHANGE),
        ("feb", MONTH),
        ("fri", WEEKDAY),
        ("jan", MONTH),
        ("jul", MONTH),
        ("jun", MONTH),
        ("lac", NUMBER),
        ("lkh", NUMBER),
        ("mar", MONTH),
        ("may", MONTH),
        ("mln", NUMBER),
        ("mon", WEEKDAY),
        ("nil", NUMBER),
        ("nov", MONTH),
        ("oct", MONTH),
        ("one", NUMBER),
        ("sat", WEEKDAY),
        ("sep", MONTH),
        ("six", NUMBER),
        ("sun", WEEKDAY),
        ("ten", NUMBER),
        ("thu", WEEKDAY),
        ("til", CLOCK),
        ("trn", NUMBER),
        ("tue", WEEKDAY),
        ("two", NUMBER),
        ("wed", WEEKDAY),
        ("cuts", CHANGE),
        ("dips", CHANGE),
        ("down", CHANGE),
        ("drop", CHANGE),
        ("fall", CHANGE),
        ("fell", CHANGE),
        ("five", NUMBER),
        ("four", NUMBER),
        ("gain", CHANGE),
        ("grew", CHANGE),
        ("grow", CHANGE),
        ("half", NUMBER | CLOCK),
        ("july", MONTH),
        ("jump", CHANGE),
        ("june", MONTH),
        ("koti", NUMBER),
        ("lacs", NUMBER),
        ("lakh", NUMBER),
        ("lkhs", NUMBER),
        ("nine", NUMBER),
        ("past", CLOCK),
        ("rise", CHANGE),
        ("rose", CHANGE),
        ("sank", CHANGE),
        ("sept", MONTH),
        ("sink", CHANGE),
        ("slid", CHANGE),
        ("soar", CHANGE),
        ("tens", NUMBER),
        ("thur", WEEKDAY),
        ("till", CLOCK),
        ("tues", WEEKDAY),
        ("zero", NUMBER),
        ("after", CLOCK),
        ("april", MONTH),
        ("climb", CHANGE),
        ("crore", NUMBER),
        ("dozen", NUMBER),
        ("drops", CHANGE),
        ("eased", CHANGE),
        ("eight", NUMBER),
        ("falls", CHANGE),
        ("fifth", NUMBER),
        ("fifty", NUMBER),
        ("forty", NUMBER),
        ("gains", CHANGE),
        ("grown", CHANGE),
        ("grows", CHANGE),
        ("jumps", CHANGE),
        ("krore", NUMBER),
        ("lakhs", NUMBER),
        ("lower", CHANGE),
        ("march", MONTH),
        ("month", DATE),
        ("ninth", NUMBER),
        ("point", LEAD),
        ("risen", CHANGE),
        ("rises", CHANGE),
        ("seven", NUMBER),
        ("sinks", CHANGE),
        ("sixth", NUMBER),
        ("sixty", NUMBER),
        ("slide", CHANGE),
        ("soars", CHANGE),
        ("surge", CHANGE),
        ("tenth", NUMBER),
        ("third", NUMBER),
        ("three", NUMBER),
        ("thurs", WEEKDAY),
        ("august", MONTH),
        ("before", CLOCK),
        ("climbs", CHANGE),
        ("crores", NUMBER),
        ("dipped", CHANGE),
        ("dozens", NUMBER),
        ("eighth", NUMBER),
        ("eighty", NUMBER),
        ("eleven", NUMBER),
        ("fallen", CHANGE),
        ("fifths", NUMBER),
        ("fourth", NUMBER),
        ("fourty", NUMBER),
        ("friday", WEEKDAY),
        ("gained", CHANGE),
        ("halved", CHANGE),
        ("halves", NUMBER),
        ("higher", CHANGE),
        ("jumped", CHANGE),
        ("krores", NUMBER),
        ("monday", WEEKDAY),
        ("naught", NUMBER),
        ("ninety", NUMBER),
        ("ninths", NUMBER),
        ("nought", NUMBER),
        ("oclock", CLOCK),
        ("plunge", CHANGE),
        ("reduce", CHANGE),
        ("rising", CHANGE),
        ("scores", NUMBER),
        ("shrank", CHANGE),
        ("shrink", CHANGE),
        ("shrunk", CHANGE),
        ("sixths", NUMBER),
        ("slides", CHANGE),
        ("soared", CHANGE),
        ("spiked", CHANGE),
        ("sunday", WEEKDAY),
        ("surged", CHANGE),
        ("surges", CHANGE),
        ("tenths", NUMBER),
        ("thirds", NUMBER),
        ("thirty", NUMBER),
        ("twelve", NUMBER),
        ("twenty", NUMBER),
        ("billion", NUMBER),
        ("boosted", CHANGE),
        ("climbed", CHANGE),
        ("cutting", CHANGE),
        ("decline", CHANGE),
        ("doubled", CHANGE),
        ("dropped", CHANGE),
        ("eighths", NUMBER),
        ("falling", CHANGE),
        ("fifteen", NUMBER),
        ("fourths", NUMBER),
        ("fridays", WEEKDAY),
        ("gaining", CHANGE),
        ("growing", CHANGE),
        ("halving", CHANGE),
        ("hundred", NUMBER),
        ("january", MONTH),
        ("jumping", CHANGE),
        ("lowered", CHANGE),
        ("million", NUMBER),
        ("mondays", WEEKDAY),
        ("o'clock", CLOCK),
        ("october", MONTH),
        ("plunged", CHANGE),
        ("plunges", CHANGE),
        ("quarter", NUMBER),
        ("rallied", CHANGE),
        ("reduced", CHANGE),
        ("reduces", CHANGE),
        ("seventh", NUMBER),
        ("seventy", NUMBER),
        ("shrinks", CHANGE),
        ("sixteen", NUMBER),
        ("slashed", CHANGE),
        ("slipped", CHANGE),
        ("slumped", CHANGE),
        ("soaring", CHANGE),
        ("sundays", WEEKDAY),
        ("surging", CHANGE),
        ("swelled", CHANGE),
        ("trebled", CHANGE),
        ("tripled", CHANGE),
        ("tuesday", WEEKDAY),
        ("tumbled", CHANGE),
        ("advanced", CHANGE),
        ("billions", NUMBER),
        ("climbing", CHANGE),
        ("december", MONTH),
        ("declined", CHANGE),
        ("declines", CHANGE),
        ("decrease", CHANGE),
        ("doubling", CHANGE),
        ("dropping", CHANGE),
        ("eighteen", NUMBER),
        ("expanded", CHANGE),
        ("february", MONTH),
        ("fourteen", NUMBER),
        ("hundreds", NUMBER),
        ("increase", CHANGE),
        ("millions", NUMBER),
        ("nineteen", NUMBER),
        ("november", MONTH),
        ("quarters", NUMBER),
        ("saturday", WEEKDAY),
        ("sevenths", NUMBER),
        ("thirteen", NUMBER),
        ("thousand", NUMBER),
        ("thursday", WEEKDAY),
        ("trebling", CHANGE),
        ("trillion", NUMBER),
        ("tripling", CHANGE),
        ("tuesdays", WEEKDAY),
        ("declining", CHANGE),
        ("decreased", CHANGE),
        ("decreases", CHANGE),
        ("hundredth", NUMBER),
        ("increased", CHANGE),
        ("increases", CHANGE),
        ("o’clock", CLOCK),
        ("plummeted", CHANGE),
        ("saturdays", WEEKDAY),
        ("september", MONTH),
        ("seventeen", NUMBER),
        ("thousands", NUMBER),
        ("thursdays", WEEKDAY),
        ("trillions", NUMBER),
        ("wednesday", WEEKDAY),
        ("contracted", CHANGE),
        ("decreasing", CHANGE),
        ("hundredths", NUMBER),
        ("increasing", CHANGE),
        ("quadrupled", CHANGE),
        ("quintupled", CHANGE),
        ("thousandth", NUMBER),
        ("wednesdays", WEEKDAY),
        ("quadrupling", CHANGE),
        ("thousandths", NUMBER),
    ]
};

/// Words of clock times that rules start from.
#[cfg(test)]
#[rustfmt::skip]
const CLOCK_WORDS: &[&str] = &[
    "a", "after", "am", "at", "before", "half", "o'clock", "oclock", "o’clock", "p", "past", "pm",
    "till", "til", "to",
];

/// Words of dates that rules start from.
#[cfg(test)]
const DATE_WORDS: &[&str] = &["a", "ad", "b", "bc", "bce", "ce", "month"];

/// A hash of a word's first two bytes, last byte and length, in `0..4096`.
const fn shape(w: &[u8]) -> usize {
    if w.is_empty() {
        return 0;
    }
    // `| 0x20` lowercases ASCII letters and leaves `'` alone.
    let first = (w[0] | 0x20) as usize;
    let last = (w[w.len() - 1] | 0x20) as usize;
    let second = if w.len() > 1 {
        (w[1] | 0x20) as usize
    } else {
        0
    };
    (first * 977 + second * 131 + last * 31 + w.len() * 7919) % 4096
}

/// The shapes of every key word, computed at compile time.
static KEY_SHAPES: [u64; 64] = {
    let mut bits = [0u64; 64];
    let mut k = 0;
    while k < KEY_WORDS.len() {
        let bit = shape(KEY_WORDS[k].0.as_bytes());
        bits[bit / 64] |= 1 << (bit % 64);
        k += 1;
    }
    bits
};

/// Weekday plurals: `3 fridays from now`.
#[cfg(test)]
#[rustfmt::skip]
const WEEKDAY_PLURALS: &[&str] = &[
    "fridays", "mondays", "saturdays", "sundays", "thursdays", "tuesdays", "wednesdays",
];

#[cfg(test)]
mod tests {
    use super::super::numbers;
    use super::super::words::{CHANGE_VERBS, FACTOR_VERBS, MONTHS, WEEKDAYS};
    use super::*;

    #[test]
    fn key_words_are_the_lists_with_their_tags() {
        use tags::*;
        let mut want: Vec<(&str, u8)> = Vec::new();
        let mut add = |words: Vec<&'static str>, tag: u8| {
            for w in words {
                match want.iter_mut().find(|(k, _)| *k == w) {
                    Some(entry) => entry.1 |= tag,
                    None => want.push((w, tag)),
                }
            }
        };
        add(numbers::words().collect(), NUMBER);
        add(MONTHS.to_vec(), MONTH);
        add([WEEKDAYS, WEEKDAY_PLURALS].concat(), WEEKDAY);
        add(CHANGE_VERBS.iter().map(|p| p.0).collect(), CHANGE);
        add(FACTOR_VERBS.iter().map(|p| p.0).collect(), CHANGE);
        add(CLOCK_WORDS.to_vec(), CLOCK);
        add(DATE_WORDS.to_vec(), DATE);
        add(vec!["a", "an", "point"], LEAD);
        want.sort_by(|a, b| a.0.len().cmp(&b.0.len()).then_with(|| a.0.cmp(b.0)));
        assert_eq!(KEY_WORDS, want.as_slice());
    }

    #[test]
    fn key_words_pass_the_shape_filter() {
        for w in [
            "one", "dozen", "march", "fridays", "tue", "rose", "doubled", "at", "o'clock",
        ] {
            assert!(tag(w) != 0, "{w}");
        }
        for w in ["the", "and", "said", "government"] {
            assert_eq!(tag(w), 0, "{w}");
        }
        assert_eq!(tag("a"), tags::CLOCK | tags::DATE | tags::LEAD);
    }
}
