//! Word lists the statistics grammar consults: qualifiers, change words,
//! months and weekdays, time-frame words, and the function words that end
//! a counted noun phrase. Data only, matched case-insensitively.

use super::tokens::{Lower, Tokens};

/// Approximations and bounds, as token sequences, with the canonical form
/// reported in `qualifier`. Longer phrases come before their tails
/// (`no more than` before `more than`) so that the longest one wins.
const QUALIFIERS: &[(&[&str], &str)] = &[
    (&["no", "more", "than"], "no more than"),
    (&["no", "less", "than"], "no less than"),
    (&["no", "fewer", "than"], "no less than"),
    (&["not", "more", "than"], "no more than"),
    (&["not", "less", "than"], "no less than"),
    (&["more", "than"], "more than"),
    (&["less", "than"], "less than"),
    (&["fewer", "than"], "less than"),
    (&["greater", "than"], "more than"),
    (&["higher", "than"], "more than"),
    (&["lower", "than"], "less than"),
    (&["at", "least"], "at least"),
    (&["at", "most"], "at most"),
    (&["up", "to"], "up to"),
    (&["as", "many", "as"], "as many as"),
    (&["as", "much", "as"], "as many as"),
    (&["as", "few", "as"], "as few as"),
    (&["as", "little", "as"], "as few as"),
    (&["in", "excess", "of"], "more than"),
    (&["upwards", "of"], "more than"),
    (&["upward", "of"], "more than"),
    (&["close", "to"], "nearly"),
    (&["just", "over"], "just over"),
    (&["just", "under"], "just under"),
    (&["well", "over"], "more than"),
    (&["just", "shy", "of"], "nearly"),
    (&["an", "estimated"], "estimated"),
    (&["estimated"], "estimated"),
    (&["about"], "about"),
    (&["around"], "about"),
    (&["approximately"], "about"),
    (&["approx"], "about"),
    (&["roughly"], "about"),
    (&["some"], "about"),
    (&["circa"], "about"),
    (&["nearly"], "nearly"),
    (&["almost"], "nearly"),
    (&["over"], "more than"),
    (&["above"], "more than"),
    (&["exceeding"], "more than"),
    (&["under"], "less than"),
    (&["below"], "less than"),
    (&["exactly"], "exactly"),
    (&["precisely"], "exactly"),
    (&["only"], "only"),
    (&["~"], "about"),
];

/// The qualifier that ends just before token `i` and starts at or after
/// `floor`: its first token and canonical form.
pub(crate) fn qualifier_before(
    t: &Tokens,
    i: usize,
    floor: usize,
) -> Option<(usize, &'static str)> {
    QUALIFIERS.iter().find_map(|&(phrase, canonical)| {
        let first = i.checked_sub(phrase.len())?;
        (first >= floor && phrase.iter().enumerate().all(|(k, w)| t.is(first + k, w)))
            .then_some((first, canonical))
    })
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
/// `fell by 3`, `up 12%`.
pub(crate) fn change_verb(w: &str) -> Option<Direction> {
    lookup(CHANGE_VERBS, w)
}

/// Nouns that, right after a number (`a 5% rise`) or before `of` and a
/// number (`an increase of 5%`), say the number is the size of a change.
pub(crate) fn change_noun(w: &str) -> Option<Direction> {
    lookup(CHANGE_NOUNS, w)
}

/// Verbs that are a change with no number of their own (`doubled`), with
/// the factor they apply.
pub(crate) fn change_factor_verb(w: &str) -> Option<(f64, Direction)> {
    lookup(FACTOR_VERBS, w)
}

/// Sorted by word, for [`lookup`].
const FACTOR_VERBS: &[(&str, (f64, Direction))] = &[
    ("doubled", (2.0, Rise)),
    ("doubling", (2.0, Rise)),
    ("halved", (0.5, Fall)),
    ("halving", (0.5, Fall)),
    ("quadrupled", (4.0, Rise)),
    ("quadrupling", (4.0, Rise)),
    ("quintupled", (5.0, Rise)),
    ("trebled", (3.0, Rise)),
    ("trebling", (3.0, Rise)),
    ("tripled", (3.0, Rise)),
    ("tripling", (3.0, Rise)),
];

/// Month names and their abbreviations, as written in dates.
pub(crate) fn month(w: &str) -> bool {
    listed(MONTHS, w)
}

/// Weekday names and abbreviations; plurals count as time units
/// (`3 fridays from now`).
pub(crate) fn weekday(w: &str) -> bool {
    let w = w.strip_suffix('s').unwrap_or(w);
    listed(WEEKDAYS, w)
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
    listed(STOP, w)
}

/// Lowercase head words of identifiers: a number right after one of them
/// names a thing, it does not count it (`page 3`, `chapter 11`, `route 66`).
pub(crate) fn identifier_head(w: &str) -> bool {
    listed(IDENTIFIER_HEADS, w)
}

/// Street words that end an address (`10 Downing Street`).
pub(crate) fn street(w: &str) -> bool {
    listed(STREETS, w)
}

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

/// Whether `w` is in `list`, which is sorted.
pub(crate) fn listed(list: &[&str], w: &str) -> bool {
    list.binary_search(&w).is_ok()
}

/// The value of `w` in `list`, which is sorted by word.
pub(crate) fn lookup<T: Copy>(list: &[(&str, T)], w: &str) -> Option<T> {
    list.binary_search_by(|(k, _)| (*k).cmp(w))
        .ok()
        .map(|i| list[i].1)
}

// The word lists, as sorted data: a binary search is small code and fast,
// where a `match` on hundreds of strings costs kilobytes of `.wasm`.
use Direction::{Fall, Rise};

/// Sorted, for [`listed`].
#[rustfmt::skip]
const MONTHS: &[&str] = &[
    "apr", "april", "aug", "august", "dec", "december", "feb", "february", "jan", "january", "jul",
    "july", "jun", "june", "mar", "march", "may", "nov", "november", "oct", "october", "sep",
    "sept", "september",
];

/// Sorted, for [`listed`].
#[rustfmt::skip]
const WEEKDAYS: &[&str] = &[
    "fri", "friday", "mon", "monday", "sat", "saturday", "sun", "sunday", "thu", "thur", "thurs",
    "thursday", "tue", "tues", "tuesday", "wed", "wednesday",
];

/// Sorted, for [`listed`].
#[rustfmt::skip]
const FRAME_BEFORE: &[&str] = &[
    "after", "before", "coming", "following", "in", "last", "later", "next", "past", "previous",
    "recent", "upcoming", "within",
];

/// Sorted, for [`listed`].
#[rustfmt::skip]
const FRAME_AFTER: &[&str] = &[
    "after", "ago", "back", "before", "coming", "earlier", "from", "hence", "later", "prior",
    "since", "starting", "upcoming",
];

/// Sorted, for [`listed`].
#[rustfmt::skip]
const STOP: &[&str] = &[
    "a", "about", "abroad", "across", "after", "again", "against", "ago", "all", "alone",
    "already", "also", "altogether", "am", "among", "an", "and", "any", "apiece", "are", "as",
    "at", "away", "be", "been", "before", "being", "between", "both", "but", "by", "came", "can",
    "could", "did", "died", "do", "does", "down", "during", "each", "earlier", "either", "even",
    "every", "fewer", "for", "from", "get", "got", "had", "has", "have", "he", "her", "here",
    "him", "his", "how", "i", "if", "in", "inside", "instead", "into", "is", "ish", "it", "its",
    "just", "last", "later", "least", "left", "less", "like", "long", "made", "may", "me", "might",
    "more", "most", "must", "my", "nearby", "neither", "next", "no", "nor", "not", "now", "of",
    "off", "old", "on", "online", "only", "onto", "or", "our", "out", "outside", "over", "overall",
    "overnight", "per", "percent", "remain", "remained", "remains", "respectively", "said", "say",
    "says", "shall", "she", "should", "since", "so", "some", "still", "such", "than", "that",
    "the", "their", "them", "then", "there", "these", "they", "this", "those", "through", "times",
    "to", "today", "together", "told", "tomorrow", "tonight", "too", "took", "total", "under",
    "until", "up", "us", "was", "we", "went", "were", "what", "when", "where", "which", "while",
    "who", "whom", "whose", "why", "will", "with", "within", "without", "would", "yesterday",
    "yet", "you", "your",
];

/// Sorted, for [`listed`].
#[rustfmt::skip]
const IDENTIFIER_HEADS: &[&str] = &[
    "act", "amendment", "apartment", "appendix", "apt", "art", "article", "bed", "box", "bus",
    "category", "ch", "channel", "chapter", "class", "clause", "day", "district", "episode",
    "exhibit", "exit", "fig", "figure", "flight", "floor", "form", "game", "gate", "grade",
    "highway", "interstate", "issue", "item", "level", "line", "lot", "model", "no", "nos",
    "number", "p", "page", "pages", "para", "paragraph", "part", "phase", "pier", "platform", "pp",
    "precinct", "psalm", "room", "round", "route", "rule", "scene", "season", "sec", "section",
    "size", "stage", "step", "suite", "table", "terminal", "tier", "track", "type", "unit",
    "verse", "version", "vol", "volume", "ward", "week",
];

/// Sorted, for [`listed`].
#[rustfmt::skip]
const STREETS: &[&str] = &[
    "ave", "avenue", "blvd", "boulevard", "circle", "close", "court", "crescent", "ct", "dr",
    "drive", "highway", "hwy", "lane", "ln", "parkway", "pkwy", "pl", "place", "plaza", "rd",
    "road", "row", "rue", "sq", "square", "st", "strasse", "street", "terrace", "way",
];

/// Sorted by word, for [`lookup`].
const CHANGE_VERBS: &[(&str, Direction)] = &[
    ("advanced", Rise),
    ("boosted", Rise),
    ("climb", Rise),
    ("climbed", Rise),
    ("climbing", Rise),
    ("climbs", Rise),
    ("contracted", Fall),
    ("cut", Fall),
    ("cuts", Fall),
    ("cutting", Fall),
    ("decline", Fall),
    ("declined", Fall),
    ("declines", Fall),
    ("declining", Fall),
    ("decrease", Fall),
    ("decreased", Fall),
    ("decreases", Fall),
    ("decreasing", Fall),
    ("dip", Fall),
    ("dipped", Fall),
    ("dips", Fall),
    ("down", Fall),
    ("drop", Fall),
    ("dropped", Fall),
    ("dropping", Fall),
    ("drops", Fall),
    ("eased", Fall),
    ("expanded", Rise),
    ("fall", Fall),
    ("fallen", Fall),
    ("falling", Fall),
    ("falls", Fall),
    ("fell", Fall),
    ("gain", Rise),
    ("gained", Rise),
    ("gaining", Rise),
    ("gains", Rise),
    ("grew", Rise),
    ("grow", Rise),
    ("growing", Rise),
    ("grown", Rise),
    ("grows", Rise),
    ("higher", Rise),
    ("increase", Rise),
    ("increased", Rise),
    ("increases", Rise),
    ("increasing", Rise),
    ("jump", Rise),
    ("jumped", Rise),
    ("jumping", Rise),
    ("jumps", Rise),
    ("lower", Fall),
    ("lowered", Fall),
    ("plummeted", Fall),
    ("plunge", Fall),
    ("plunged", Fall),
    ("plunges", Fall),
    ("rallied", Rise),
    ("reduce", Fall),
    ("reduced", Fall),
    ("reduces", Fall),
    ("rise", Rise),
    ("risen", Rise),
    ("rises", Rise),
    ("rising", Rise),
    ("rose", Rise),
    ("sank", Fall),
    ("shrank", Fall),
    ("shrink", Fall),
    ("shrinks", Fall),
    ("shrunk", Fall),
    ("sink", Fall),
    ("sinks", Fall),
    ("slashed", Fall),
    ("slid", Fall),
    ("slide", Fall),
    ("slides", Fall),
    ("slipped", Fall),
    ("slumped", Fall),
    ("soar", Rise),
    ("soared", Rise),
    ("soaring", Rise),
    ("soars", Rise),
    ("spiked", Rise),
    ("surge", Rise),
    ("surged", Rise),
    ("surges", Rise),
    ("surging", Rise),
    ("swelled", Rise),
    ("tumbled", Fall),
    ("up", Rise),
];

/// Sorted by word, for [`lookup`].
const CHANGE_NOUNS: &[(&str, Direction)] = &[
    ("boost", Rise),
    ("climb", Rise),
    ("contraction", Fall),
    ("cut", Fall),
    ("cuts", Fall),
    ("decline", Fall),
    ("declines", Fall),
    ("decrease", Fall),
    ("decreases", Fall),
    ("dip", Fall),
    ("drop", Fall),
    ("drops", Fall),
    ("fall", Fall),
    ("falls", Fall),
    ("gain", Rise),
    ("gains", Rise),
    ("growth", Rise),
    ("hike", Rise),
    ("hikes", Rise),
    ("increase", Rise),
    ("increases", Rise),
    ("jump", Rise),
    ("loss", Fall),
    ("losses", Fall),
    ("plunge", Fall),
    ("reduction", Fall),
    ("rise", Rise),
    ("rises", Rise),
    ("slide", Fall),
    ("slump", Fall),
    ("spike", Rise),
    ("surge", Rise),
    ("uptick", Rise),
];

#[cfg(test)]
mod tests {
    use super::super::numbers;
    use super::*;

    #[test]
    fn lists_are_sorted_for_binary_search() {
        for list in [
            MONTHS,
            WEEKDAYS,
            FRAME_BEFORE,
            FRAME_AFTER,
            STOP,
            IDENTIFIER_HEADS,
            STREETS,
        ] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
        }
        for list in [CHANGE_VERBS, CHANGE_NOUNS] {
            assert!(list.windows(2).all(|w| w[0].0 < w[1].0), "{list:?}");
        }
        assert!(FACTOR_VERBS.windows(2).all(|w| w[0].0 < w[1].0));
    }

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
