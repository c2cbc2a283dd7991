//! Key words: the few words that start a rule of the statistics grammar
//! (number words, months, weekdays, change verbs, words of clock times and
//! dates, the last words of qualifiers), tagged once per
//! token when the text is split, so that rules skip every other word without
//! looking it up in a list.

/// What rules a key word starts: bits of [`tag`].
pub(crate) mod tags {
    /// A number word: `two`, `dozen`, `half`.
    pub const NUMBER: u16 = 1;
    /// A month name.
    pub const MONTH: u16 = 2;
    /// A weekday name or plural.
    pub const WEEKDAY: u16 = 4;
    /// A change verb: `rose`, `doubled`.
    pub const CHANGE: u16 = 8;
    /// A word of clock times: `at`, `am`, `half`, `past`, `o'clock`.
    pub const CLOCK: u16 = 16;
    /// A word of dates: `ad`, `bc`, `month`, the `a` of `a.d.`.
    pub const DATE: u16 = 32;
    /// `a`, `an`, `point`: words a number may start with.
    pub const LEAD: u16 = 64;
    /// The last word of a qualifier: `than`, `about`, `least`, `~`.
    pub const QUALIFIER: u16 = 128;
    /// `(` and `+`, which may open a phone number: `(+1) 650-701-8887`.
    pub const OPEN: u16 = 256;
    /// A change verb of a rise (`rose`, `up`): `words::change_verb` read
    /// off the tags, with no search of its list.
    pub const RISE: u16 = 512;
    /// A change verb of a fall (`fell`, `down`).
    pub const FALL: u16 = 1024;
}

/// The rules a mark (a token of one character that is no letter or digit)
/// starts, as bits of [`tags`].
pub(crate) fn mark_tag(mark: &str) -> u16 {
    match mark {
        "@" => tags::CLOCK,
        "~" => tags::QUALIFIER,
        "(" | "+" => tags::OPEN,
        _ => 0,
    }
}

/// The rules the word `w` (any case) starts, as bits of [`tags`]; 0 for
/// every other word, which rules only look at next to one of these or next
/// to digits.
// The filter below is inlined into the token scan, which asks once a word
// (the call was a sixth of its cost); the look-up after it is a function of
// its own, one copy in the `.wasm`, called for a few words in ten.
#[inline(always)]
pub(crate) fn tag_of(w: &str) -> u16 {
    // Most words of prose are none of these: a bit per hash of their shape
    // (on the bytes as they are, ASCII letters lowercased by their case bit)
    // rules them out at once.
    let bit = shape(w.as_bytes());
    if KEY_SHAPES[bit / 64] & (1u64 << (bit % 64)) == 0 {
        return 0;
    }
    KEY_TAGS.get(key_at(w.as_bytes(), bit)).map_or(0, |&t| t)
}

/// The index of the word `w` among the number words
/// (`numbers::NUMBER_WORDS`), or `NO_NUM`: asked by the scan of each word
/// tagged as one, and found through its key, without a search of the
/// number words. Only for a word [`tag_of`] tagged as a number word: its
/// shape passed the filter, which [`key_at`] needs.
#[inline(never)]
pub(crate) fn number_index(w: &str) -> u8 {
    let b = w.as_bytes();
    NUMBER_INDEX
        .get(key_at(b, shape(b)))
        .copied()
        .unwrap_or(super::tokens::NO_NUM)
}

/// The index in [`KEY_WORDS`] of the word `b` of shape `bit`, which must
/// be set in [`KEY_SHAPES`] (the rank of an unset bit past the last set one
/// would be out of [`FIRST`]), or `usize::MAX` when it is none.
#[inline(never)]
fn key_at(b: &[u8], bit: usize) -> usize {
    // The bits set before it number the key words of its shape in
    // `BY_SHAPE`: one or two to compare, no search, no copy.
    let bits = KEY_SHAPES[bit / 64];
    let mask = 1u64 << (bit % 64);
    let rank = usize::from(RANK[bit / 64]) + (bits & (mask - 1)).count_ones() as usize;
    let (from, to) = (usize::from(FIRST[rank]), usize::from(FIRST[rank + 1]));
    // The key words of the word's length, `len` bytes each from `at` in
    // `KEY_BYTES`: numbered `first..end`.
    let len = b.len();
    let (Some(&(first, at)), Some(&(end, _))) = (BY_LENGTH.get(len), BY_LENGTH.get(len + 1)) else {
        return usize::MAX;
    };
    let (first, end, at) = (usize::from(first), usize::from(end), usize::from(at));
    for &k in &BY_SHAPE[from..to] {
        let k = usize::from(k);
        if !(first..end).contains(&k) {
            continue;
        }
        let key = &KEY_BYTES[at + (k - first) * len..][..len];
        // A word's bytes are letters, apostrophes and bytes above ASCII:
        // `| 0x20` lowercases the letters and leaves the rest unlike any
        // byte of a key (lowercase letters and `'`), a cheaper test than
        // `eq_ignore_ascii_case`'s.
        if key.iter().zip(b).all(|(&k, &c)| k == c | 0x20) {
            return k;
        }
    }
    usize::MAX
}

/// The bytes of the key words, one after another in the order of
/// [`KEY_WORDS`] (by length), with no separator: the words of a length
/// are a run of that width (see [`BY_LENGTH`]). Built at compile time,
/// with [`KEY_TAGS`], in place of [`KEY_WORDS`] itself, whose 12 bytes a
/// word (the string's address and length, the tags and padding) made
/// 3.4 KB of the `.wasm`.
static KEY_BYTES: [u8; KEY_BYTES_LEN] = {
    let mut bytes = [0u8; KEY_BYTES_LEN];
    let mut at = 0;
    let mut k = 0;
    while k < KEY_WORDS.len() {
        let word = KEY_WORDS[k].0.as_bytes();
        let mut i = 0;
        while i < word.len() {
            bytes[at] = word[i];
            at += 1;
            i += 1;
        }
        k += 1;
    }
    bytes
};

/// The number of bytes of all the key words.
const KEY_BYTES_LEN: usize = {
    let mut len = 0;
    let mut k = 0;
    while k < KEY_WORDS.len() {
        len += KEY_WORDS[k].0.len();
        k += 1;
    }
    len
};

/// The length of the longest key word.
const LONGEST: usize = KEY_WORDS[KEY_WORDS.len() - 1].0.len();

/// For each length `n` up to one past the longest key word's, the number
/// of the first key word of `n` bytes or more, and where it starts in
/// [`KEY_BYTES`]: the key words of `n` bytes are numbered from the first
/// of `n` to the first of `n + 1`.
static BY_LENGTH: [(u16, u16); LONGEST + 2] = {
    assert!(KEY_BYTES_LEN <= u16::MAX as usize);
    let mut by_length = [(0u16, 0u16); LONGEST + 2];
    let (mut k, mut at) = (0, 0);
    let mut n = 0;
    while n < by_length.len() {
        by_length[n] = (k as u16, at as u16);
        // The words of `n` bytes, which the sort puts together.
        while k < KEY_WORDS.len() && KEY_WORDS[k].0.len() == n {
            at += n;
            k += 1;
        }
        n += 1;
    }
    assert!(k == KEY_WORDS.len(), "KEY_WORDS sorted by length");
    by_length
};

/// The tags of each key word.
static KEY_TAGS: [u16; KEY_WORDS.len()] = {
    let mut tags = [0u16; KEY_WORDS.len()];
    let mut k = 0;
    while k < KEY_WORDS.len() {
        tags[k] = KEY_WORDS[k].1;
        k += 1;
    }
    tags
};

/// For each key word, its index among the number words, or `NO_NUM`.
static NUMBER_INDEX: [u8; KEY_WORDS.len()] = {
    use super::numbers::NUMBER_WORDS;
    use super::tokens::NO_NUM;
    assert!(NUMBER_WORDS.len() < NO_NUM as usize);
    let mut index = [NO_NUM; KEY_WORDS.len()];
    let mut k = 0;
    while k < KEY_WORDS.len() {
        let mut n = 0;
        while n < NUMBER_WORDS.len() {
            if same(KEY_WORDS[k].0, NUMBER_WORDS[n].0) {
                index[k] = n as u8;
            }
            n += 1;
        }
        k += 1;
    }
    index
};

/// `a == b`, at compile time.
const fn same(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// Every key word (lowercase ASCII) with its tags, sorted by length then
/// bytes. Written out rather than built at start-up (no sort code in the
/// `.wasm`); a test checks it against the lists. Read at compile time
/// only: the `.wasm` holds the tables built from it ([`KEY_BYTES`]).
#[rustfmt::skip]
const KEY_WORDS: &[(&str, u16)] = {
    use tags::*;
    &[
        ("a", CLOCK | DATE | LEAD),
        ("b", DATE),
        ("p", CLOCK),
        ("ad", DATE),
        ("am", CLOCK),
        ("an", LEAD),
        ("as", QUALIFIER),
        ("at", CLOCK),
        ("bc", DATE),
        ("bn", NUMBER),
        ("ce", DATE),
        ("cr", NUMBER),
        ("kr", NUMBER),
        ("mn", NUMBER),
        ("of", QUALIFIER),
        ("pm", CLOCK),
        ("tn", NUMBER),
        ("to", CLOCK | QUALIFIER),
        ("up", CHANGE | RISE),
        ("apr", MONTH),
        ("aug", MONTH),
        ("bce", DATE),
        ("cut", CHANGE | FALL),
        ("dec", MONTH),
        ("dip", CHANGE | FALL),
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
        ("cuts", CHANGE | FALL),
        ("dips", CHANGE | FALL),
        ("down", CHANGE | FALL),
        ("drop", CHANGE | FALL),
        ("fall", CHANGE | FALL),
        ("fell", CHANGE | FALL),
        ("five", NUMBER),
        ("four", NUMBER),
        ("gain", CHANGE | RISE),
        ("grew", CHANGE | RISE),
        ("grow", CHANGE | RISE),
        ("half", NUMBER | CLOCK),
        ("july", MONTH),
        ("jump", CHANGE | RISE),
        ("june", MONTH),
        ("koti", NUMBER),
        ("lacs", NUMBER),
        ("lakh", NUMBER),
        ("lkhs", NUMBER),
        ("most", QUALIFIER),
        ("nine", NUMBER),
        ("only", QUALIFIER),
        ("over", QUALIFIER),
        ("past", CLOCK),
        ("rise", CHANGE | RISE),
        ("rose", CHANGE | RISE),
        ("sank", CHANGE | FALL),
        ("sept", MONTH),
        ("sink", CHANGE | FALL),
        ("slid", CHANGE | FALL),
        ("soar", CHANGE | RISE),
        ("some", QUALIFIER),
        ("tens", NUMBER),
        ("than", QUALIFIER),
        ("thur", WEEKDAY),
        ("till", CLOCK),
        ("tues", WEEKDAY),
        ("zero", NUMBER),
        ("about", QUALIFIER),
        ("above", QUALIFIER),
        ("after", CLOCK),
        ("april", MONTH),
        ("below", QUALIFIER),
        ("circa", QUALIFIER),
        ("climb", CHANGE | RISE),
        ("crore", NUMBER),
        ("dozen", NUMBER),
        ("drops", CHANGE | FALL),
        ("eased", CHANGE | FALL),
        ("eight", NUMBER),
        ("falls", CHANGE | FALL),
        ("fifth", NUMBER),
        ("fifty", NUMBER),
        ("forty", NUMBER),
        ("gains", CHANGE | RISE),
        ("grown", CHANGE | RISE),
        ("grows", CHANGE | RISE),
        ("jumps", CHANGE | RISE),
        ("krore", NUMBER),
        ("lakhs", NUMBER),
        ("least", QUALIFIER),
        ("lower", CHANGE | FALL),
        ("march", MONTH),
        ("month", DATE),
        ("ninth", NUMBER),
        ("point", LEAD),
        ("risen", CHANGE | RISE),
        ("rises", CHANGE | RISE),
        ("seven", NUMBER),
        ("sinks", CHANGE | FALL),
        ("sixth", NUMBER),
        ("sixty", NUMBER),
        ("slide", CHANGE | FALL),
        ("soars", CHANGE | RISE),
        ("surge", CHANGE | RISE),
        ("tenth", NUMBER),
        ("third", NUMBER),
        ("three", NUMBER),
        ("thurs", WEEKDAY),
        ("under", QUALIFIER),
        ("almost", QUALIFIER),
        ("approx", QUALIFIER),
        ("around", QUALIFIER),
        ("august", MONTH),
        ("before", CLOCK),
        ("climbs", CHANGE | RISE),
        ("crores", NUMBER),
        ("dipped", CHANGE | FALL),
        ("dozens", NUMBER),
        ("eighth", NUMBER),
        ("eighty", NUMBER),
        ("eleven", NUMBER),
        ("fallen", CHANGE | FALL),
        ("fifths", NUMBER),
        ("fourth", NUMBER),
        ("fourty", NUMBER),
        ("friday", WEEKDAY),
        ("gained", CHANGE | RISE),
        ("halved", CHANGE),
        ("halves", NUMBER),
        ("higher", CHANGE | RISE),
        ("jumped", CHANGE | RISE),
        ("krores", NUMBER),
        ("monday", WEEKDAY),
        ("naught", NUMBER),
        ("nearly", QUALIFIER),
        ("ninety", NUMBER),
        ("ninths", NUMBER),
        ("nought", NUMBER),
        ("oclock", CLOCK),
        ("plunge", CHANGE | FALL),
        ("reduce", CHANGE | FALL),
        ("rising", CHANGE | RISE),
        ("scores", NUMBER),
        ("shrank", CHANGE | FALL),
        ("shrink", CHANGE | FALL),
        ("shrunk", CHANGE | FALL),
        ("sixths", NUMBER),
        ("slides", CHANGE | FALL),
        ("soared", CHANGE | RISE),
        ("spiked", CHANGE | RISE),
        ("sunday", WEEKDAY),
        ("surged", CHANGE | RISE),
        ("surges", CHANGE | RISE),
        ("tenths", NUMBER),
        ("thirds", NUMBER),
        ("thirty", NUMBER),
        ("twelve", NUMBER),
        ("twenty", NUMBER),
        ("billion", NUMBER),
        ("boosted", CHANGE | RISE),
        ("climbed", CHANGE | RISE),
        ("cutting", CHANGE | FALL),
        ("decline", CHANGE | FALL),
        ("doubled", CHANGE),
        ("dropped", CHANGE | FALL),
        ("eighths", NUMBER),
        ("exactly", QUALIFIER),
        ("falling", CHANGE | FALL),
        ("fifteen", NUMBER),
        ("fourths", NUMBER),
        ("fridays", WEEKDAY),
        ("gaining", CHANGE | RISE),
        ("growing", CHANGE | RISE),
        ("halving", CHANGE),
        ("hundred", NUMBER),
        ("january", MONTH),
        ("jumping", CHANGE | RISE),
        ("lowered", CHANGE | FALL),
        ("million", NUMBER),
        ("mondays", WEEKDAY),
        ("o'clock", CLOCK),
        ("october", MONTH),
        ("plunged", CHANGE | FALL),
        ("plunges", CHANGE | FALL),
        ("quarter", NUMBER),
        ("rallied", CHANGE | RISE),
        ("reduced", CHANGE | FALL),
        ("reduces", CHANGE | FALL),
        ("roughly", QUALIFIER),
        ("seventh", NUMBER),
        ("seventy", NUMBER),
        ("shrinks", CHANGE | FALL),
        ("sixteen", NUMBER),
        ("slashed", CHANGE | FALL),
        ("slipped", CHANGE | FALL),
        ("slumped", CHANGE | FALL),
        ("soaring", CHANGE | RISE),
        ("sundays", WEEKDAY),
        ("surging", CHANGE | RISE),
        ("swelled", CHANGE | RISE),
        ("tenfold", CHANGE),
        ("trebled", CHANGE),
        ("tripled", CHANGE),
        ("tuesday", WEEKDAY),
        ("tumbled", CHANGE | FALL),
        ("twofold", CHANGE),
        ("advanced", CHANGE | RISE),
        ("billions", NUMBER),
        ("climbing", CHANGE | RISE),
        ("december", MONTH),
        ("declined", CHANGE | FALL),
        ("declines", CHANGE | FALL),
        ("decrease", CHANGE | FALL),
        ("doubling", CHANGE),
        ("dropping", CHANGE | FALL),
        ("eighteen", NUMBER),
        ("expanded", CHANGE | RISE),
        ("february", MONTH),
        ("fivefold", CHANGE),
        ("fourfold", CHANGE),
        ("fourteen", NUMBER),
        ("hundreds", NUMBER),
        ("increase", CHANGE | RISE),
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
        ("declining", CHANGE | FALL),
        ("decreased", CHANGE | FALL),
        ("decreases", CHANGE | FALL),
        ("estimated", QUALIFIER),
        ("exceeding", QUALIFIER),
        ("hundredth", NUMBER),
        ("increased", CHANGE | RISE),
        ("increases", CHANGE | RISE),
        ("plummeted", CHANGE | FALL),
        ("precisely", QUALIFIER),
        ("saturdays", WEEKDAY),
        ("september", MONTH),
        ("seventeen", NUMBER),
        ("thousands", NUMBER),
        ("threefold", CHANGE),
        ("thursdays", WEEKDAY),
        ("trillions", NUMBER),
        ("wednesday", WEEKDAY),
        ("contracted", CHANGE | FALL),
        ("decreasing", CHANGE | FALL),
        ("hundredths", NUMBER),
        ("increasing", CHANGE | RISE),
        ("quadrupled", CHANGE),
        ("quintupled", CHANGE),
        ("thousandth", NUMBER),
        ("wednesdays", WEEKDAY),
        ("quadrupling", CHANGE),
        ("thousandths", NUMBER),
        ("approximately", QUALIFIER),
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

/// A hash of a word's first two bytes, last byte and length, in `0..8192`.
#[inline(always)]
pub(crate) const fn shape(w: &[u8]) -> usize {
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
    // Factors picked among random ones for the fewest other words of news
    // with a key word's shape (`in`, `his`, `there` had one): 10,374 -> 5,181
    // words of the 1 MB news sample, 8,878 -> 5,252 of the bench's text,
    // each a look-up saved; the tables built from it compress as well.
    (first * 807 + second * 2039 + last * 1987 + w.len() * 4029) % 8192
}

/// The shapes of every key word, computed at compile time.
static KEY_SHAPES: [u64; 128] = SHAPE_BITS;

/// [`KEY_SHAPES`] as a constant, for the tables built from it.
const SHAPE_BITS: [u64; 128] = {
    let mut bits = [0u64; 128];
    let mut k = 0;
    while k < KEY_WORDS.len() {
        let bit = shape(KEY_WORDS[k].0.as_bytes());
        bits[bit / 64] |= 1 << (bit % 64);
        k += 1;
    }
    bits
};

/// For each word of [`KEY_SHAPES`], the number of bits set before it.
static RANK: [u16; 128] = {
    let mut rank = [0u16; 128];
    let mut k = 1;
    while k < 128 {
        rank[k] = rank[k - 1] + SHAPE_BITS[k - 1].count_ones() as u16;
        k += 1;
    }
    rank
};

/// The indexes of [`KEY_WORDS`] ordered by shape.
static BY_SHAPE: [u16; KEY_WORDS.len()] = BY_SHAPE_CONST;

/// [`BY_SHAPE`] as a constant, for the tables built from it.
const BY_SHAPE_CONST: [u16; KEY_WORDS.len()] = {
    let mut order = [0u16; KEY_WORDS.len()];
    let mut k = 0;
    while k < order.len() {
        order[k] = k as u16;
        k += 1;
    }
    // Insertion sort at compile time (a few hundred words).
    let mut i = 1;
    while i < order.len() {
        let mut j = i;
        while j > 0
            && shape(KEY_WORDS[order[j - 1] as usize].0.as_bytes())
                > shape(KEY_WORDS[order[j] as usize].0.as_bytes())
        {
            let swap = order[j];
            order[j] = order[j - 1];
            order[j - 1] = swap;
            j -= 1;
        }
        i += 1;
    }
    order
};

/// The number of distinct shapes of key words.
const SHAPES: usize = {
    let mut n = 0;
    let mut k = 0;
    while k < KEY_WORDS.len() {
        if k == 0
            || shape(KEY_WORDS[BY_SHAPE_CONST[k - 1] as usize].0.as_bytes())
                != shape(KEY_WORDS[BY_SHAPE_CONST[k] as usize].0.as_bytes())
        {
            n += 1;
        }
        k += 1;
    }
    n
};

/// For the key shape of rank `r` (the `r`-th set bit of [`KEY_SHAPES`]), its
/// key words are `BY_SHAPE[FIRST[r]..FIRST[r + 1]]`.
static FIRST: [u16; SHAPES + 1] = {
    let mut first = [0u16; SHAPES + 1];
    let mut r = 0;
    let mut k = 0;
    while k < KEY_WORDS.len() {
        if k > 0
            && shape(KEY_WORDS[BY_SHAPE_CONST[k - 1] as usize].0.as_bytes())
                != shape(KEY_WORDS[BY_SHAPE_CONST[k] as usize].0.as_bytes())
        {
            r += 1;
            first[r] = k as u16;
        }
        k += 1;
    }
    first[SHAPES] = KEY_WORDS.len() as u16;
    first
};

/// Weekday plurals: `3 fridays from now`.
#[cfg(test)]
#[rustfmt::skip]
const WEEKDAY_PLURALS: &[&str] = &[
    "fridays", "mondays", "saturdays", "sundays", "thursdays", "tuesdays", "wednesdays",
];

#[cfg(test)]
mod tests {
    use super::super::words::{
        CHANGE_VERBS_FALL, CHANGE_VERBS_RISE, FACTOR_VERBS, MONTHS, WEEKDAYS,
    };
    use super::super::{numbers, words};
    use super::*;

    #[test]
    fn key_words_are_the_lists_with_their_tags() {
        use tags::*;
        let mut want: Vec<(String, u16)> = Vec::new();
        let mut add = |words: Vec<&str>, tag: u16| {
            for w in words {
                match want.iter_mut().find(|(k, _)| *k == w) {
                    Some(entry) => entry.1 |= tag,
                    None => want.push((w.to_string(), tag)),
                }
            }
        };
        add(numbers::words().collect(), NUMBER);
        add(MONTHS.split(' ').collect(), MONTH);
        add(
            WEEKDAYS
                .split(' ')
                .chain(WEEKDAY_PLURALS.iter().copied())
                .collect(),
            WEEKDAY,
        );
        add(CHANGE_VERBS_RISE.split(' ').collect(), CHANGE | RISE);
        add(CHANGE_VERBS_FALL.split(' ').collect(), CHANGE | FALL);
        add(FACTOR_VERBS.iter().map(|p| p.0).collect(), CHANGE);
        add(CLOCK_WORDS.to_vec(), CLOCK);
        add(DATE_WORDS.to_vec(), DATE);
        add(vec!["a", "an", "point"], LEAD);
        add(words::qualifier_ends(), QUALIFIER);
        // Words a tag can reach: ASCII (what `Lower::of` reads) and short.
        want.retain(|(w, _)| {
            w.is_ascii() && w.len() <= 16 && w.as_bytes()[0].is_ascii_alphabetic()
        });
        want.sort_by(|a, b| a.0.len().cmp(&b.0.len()).then_with(|| a.0.cmp(&b.0)));
        let have: Vec<(String, u16)> = KEY_WORDS.iter().map(|(w, t)| (w.to_string(), *t)).collect();
        assert_eq!(have, want);
    }

    #[test]
    fn key_words_pass_the_shape_filter() {
        for w in [
            "one", "dozen", "march", "fridays", "tue", "rose", "doubled", "at", "o'clock",
        ] {
            assert!(tag_of(w) != 0, "{w}");
        }
        for w in ["the", "and", "said", "government"] {
            assert_eq!(tag_of(w), 0, "{w}");
        }
        assert_eq!(tag_of("a"), tags::CLOCK | tags::DATE | tags::LEAD);
        assert_eq!(tag_of("Doubled"), tags::CHANGE);
        assert_eq!(tag_of("ONE"), tags::NUMBER);
        // Every key word is found through its shape.
        for (w, t) in KEY_WORDS {
            assert_eq!(tag_of(w), *t, "{w}");
        }
    }
}
