//! Word lists the statistics grammar consults: qualifiers, change words,
//! months and weekdays, time-frame words, and the function words that end
//! a counted noun phrase. Data only, matched case-insensitively.

use super::tokens::Tokens;

/// Approximations and bounds, as token sequences, with the canonical form
/// reported in `qualifier`. Longer phrases come before their tails
/// (`no more than` before `more than`) so that the longest one wins.
const QUALIFIERS: &[(&str, &str)] = &[
    ("no more than", "no more than"),
    ("no less than", "no less than"),
    ("no fewer than", "no less than"),
    ("not more than", "no more than"),
    ("not less than", "no less than"),
    ("more than", "more than"),
    ("less than", "less than"),
    ("fewer than", "less than"),
    ("greater than", "more than"),
    ("higher than", "more than"),
    ("lower than", "less than"),
    ("at least", "at least"),
    ("at most", "at most"),
    ("up to", "up to"),
    ("as many as", "as many as"),
    ("as much as", "as many as"),
    ("as few as", "as few as"),
    ("as little as", "as few as"),
    ("in excess of", "more than"),
    ("upwards of", "more than"),
    ("upward of", "more than"),
    ("close to", "nearly"),
    ("just over", "just over"),
    ("just under", "just under"),
    ("well over", "more than"),
    ("just shy of", "nearly"),
    ("an estimated", "estimated"),
    ("estimated", "estimated"),
    ("about", "about"),
    ("around", "about"),
    ("approximately", "about"),
    ("approx", "about"),
    ("roughly", "about"),
    ("some", "about"),
    ("circa", "about"),
    ("nearly", "nearly"),
    ("almost", "nearly"),
    ("over", "more than"),
    ("above", "more than"),
    ("exceeding", "more than"),
    ("under", "less than"),
    ("below", "less than"),
    ("exactly", "exactly"),
    ("precisely", "exactly"),
    ("only", "only"),
    ("~", "about"),
];

/// The qualifier that ends just before token `i` and starts at or after
/// `floor`: its first token and canonical form.
pub(crate) fn qualifier_before(
    t: &Tokens,
    i: usize,
    floor: usize,
) -> Option<(usize, &'static str)> {
    QUALIFIERS.iter().find_map(|&(phrase, canonical)| {
        let n = phrase.split(' ').count();
        let first = i.checked_sub(n)?;
        (first >= floor
            && phrase
                .split(' ')
                .enumerate()
                .all(|(k, w)| t.is(first + k, w)))
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
    use Direction::*;
    Some(match w {
        "rose" | "rise" | "rises" | "risen" | "rising" | "increased" | "increase" | "increases"
        | "increasing" | "grew" | "grow" | "grows" | "grown" | "growing" | "climbed" | "climb"
        | "climbs" | "climbing" | "jumped" | "jump" | "jumps" | "jumping" | "surged" | "surge"
        | "surges" | "surging" | "soared" | "soar" | "soars" | "soaring" | "gained" | "gain"
        | "gains" | "gaining" | "rallied" | "advanced" | "spiked" | "swelled" | "expanded"
        | "raised" | "raise" | "raises" | "raising" | "boosted" | "up" | "higher" => Rise,
        "fell" | "fall" | "falls" | "fallen" | "falling" | "decreased" | "decrease"
        | "decreases" | "decreasing" | "declined" | "decline" | "declines" | "declining"
        | "dropped" | "drop" | "drops" | "dropping" | "dipped" | "dip" | "dips" | "slipped"
        | "slid" | "slide" | "slides" | "plunged" | "plunge" | "plunges" | "plummeted"
        | "tumbled" | "sank" | "sink" | "sinks" | "shrank" | "shrunk" | "shrink" | "shrinks"
        | "contracted" | "slumped" | "lost" | "lose" | "loses" | "losing" | "cut" | "cuts"
        | "cutting" | "reduced" | "reduce" | "reduces" | "lowered" | "slashed" | "eased"
        | "down" | "lower" => Fall,
        _ => return None,
    })
}

/// Nouns that, right after a number (`a 5% rise`) or before `of` and a
/// number (`an increase of 5%`), say the number is the size of a change.
pub(crate) fn change_noun(w: &str) -> Option<Direction> {
    use Direction::*;
    Some(match w {
        "rise" | "rises" | "increase" | "increases" | "jump" | "gain" | "gains" | "growth"
        | "surge" | "hike" | "hikes" | "boost" | "climb" | "uptick" | "spike" => Rise,
        "fall" | "falls" | "drop" | "drops" | "decline" | "declines" | "decrease" | "decreases"
        | "cut" | "cuts" | "reduction" | "loss" | "losses" | "dip" | "plunge" | "slump"
        | "contraction" | "slide" => Fall,
        _ => return None,
    })
}

/// Verbs that are a change with no number of their own (`doubled`), with
/// the factor they apply.
pub(crate) fn change_factor_verb(w: &str) -> Option<(f64, Direction)> {
    use Direction::*;
    Some(match w {
        "doubled" | "doubling" => (2.0, Rise),
        "tripled" | "tripling" | "trebled" | "trebling" => (3.0, Rise),
        "quadrupled" | "quadrupling" => (4.0, Rise),
        "quintupled" => (5.0, Rise),
        "halved" | "halving" => (0.5, Fall),
        _ => return None,
    })
}

/// Month names and their abbreviations, as written in dates.
pub(crate) fn month(w: &str) -> bool {
    matches!(
        w,
        "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "jan"
            | "feb"
            | "mar"
            | "apr"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
    )
}

/// Weekday names and abbreviations; plurals count as time units
/// (`3 fridays from now`).
pub(crate) fn weekday(w: &str) -> bool {
    let w = w.strip_suffix('s').unwrap_or(w);
    matches!(
        w,
        "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "mon"
            | "tue"
            | "tues"
            | "wed"
            | "thu"
            | "thur"
            | "thurs"
            | "fri"
            | "sat"
            | "sun"
    )
}

/// Words before a duration that make it a point or window of time rather
/// than a claim: `in 2 minutes`, `within 2 weeks`, `the past 3 years`.
pub(crate) fn frame_before(w: &str) -> bool {
    matches!(
        w,
        "in" | "within"
            | "after"
            | "before"
            | "last"
            | "next"
            | "past"
            | "previous"
            | "upcoming"
            | "coming"
            | "following"
            | "recent"
            | "later"
    )
}

/// Words after a duration that make it a point of time: `7 days ago`,
/// `3 years from now`, `three days after Easter`.
pub(crate) fn frame_after(w: &str) -> bool {
    matches!(
        w,
        "ago"
            | "hence"
            | "back"
            | "from"
            | "later"
            | "earlier"
            | "after"
            | "before"
            | "since"
            | "upcoming"
            | "coming"
            | "starting"
            | "prior"
    )
}

/// Function words, auxiliaries and common verbs: a counted noun phrase
/// (`3.2 million people`) never includes one.
pub(crate) fn stop(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "a"
            | "an"
            | "of"
            | "in"
            | "on"
            | "at"
            | "to"
            | "for"
            | "from"
            | "by"
            | "with"
            | "and"
            | "or"
            | "but"
            | "nor"
            | "than"
            | "as"
            | "per"
            | "into"
            | "onto"
            | "over"
            | "under"
            | "about"
            | "after"
            | "before"
            | "since"
            | "until"
            | "during"
            | "between"
            | "among"
            | "through"
            | "across"
            | "against"
            | "without"
            | "within"
            | "like"
            | "is"
            | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "being"
            | "am"
            | "has"
            | "have"
            | "had"
            | "do"
            | "does"
            | "did"
            | "will"
            | "would"
            | "could"
            | "should"
            | "may"
            | "might"
            | "must"
            | "can"
            | "shall"
            | "that"
            | "which"
            | "who"
            | "whom"
            | "whose"
            | "what"
            | "when"
            | "where"
            | "while"
            | "why"
            | "how"
            | "this"
            | "these"
            | "those"
            | "it"
            | "its"
            | "they"
            | "them"
            | "their"
            | "he"
            | "him"
            | "his"
            | "she"
            | "her"
            | "we"
            | "us"
            | "our"
            | "you"
            | "your"
            | "i"
            | "me"
            | "my"
            | "not"
            | "no"
            | "so"
            | "if"
            | "then"
            | "more"
            | "less"
            | "fewer"
            | "most"
            | "least"
            | "also"
            | "only"
            | "just"
            | "even"
            | "still"
            | "each"
            | "every"
            | "all"
            | "both"
            | "either"
            | "neither"
            | "some"
            | "any"
            | "such"
            | "up"
            | "down"
            | "out"
            | "off"
            | "ago"
            | "later"
            | "earlier"
            | "times"
            | "said"
            | "say"
            | "says"
            | "told"
            | "died"
            | "remain"
            | "remains"
            | "remained"
            | "left"
            | "got"
            | "get"
            | "went"
            | "came"
            | "made"
            | "took"
            | "apiece"
            | "alone"
            | "altogether"
            | "total"
            | "overall"
            | "respectively"
            | "percent"
            | "there"
            | "here"
            | "too"
            | "again"
            | "yet"
            | "already"
            | "now"
            | "today"
            | "tonight"
            | "tomorrow"
            | "yesterday"
            | "away"
            | "long"
            | "old"
            | "ish"
            | "last"
            | "next"
            | "overnight"
            | "online"
            | "abroad"
            | "instead"
            | "together"
            | "nearby"
            | "inside"
            | "outside"
    )
}

/// Lowercase head words of identifiers: a number right after one of them
/// names a thing, it does not count it (`page 3`, `chapter 11`, `route 66`).
pub(crate) fn identifier_head(w: &str) -> bool {
    matches!(
        w,
        "page"
            | "pages"
            | "chapter"
            | "section"
            | "article"
            | "paragraph"
            | "clause"
            | "episode"
            | "season"
            | "game"
            | "round"
            | "phase"
            | "stage"
            | "step"
            | "tier"
            | "level"
            | "grade"
            | "category"
            | "number"
            | "no"
            | "nos"
            | "item"
            | "gate"
            | "platform"
            | "terminal"
            | "room"
            | "flight"
            | "route"
            | "highway"
            | "interstate"
            | "bus"
            | "channel"
            | "version"
            | "issue"
            | "exhibit"
            | "figure"
            | "fig"
            | "table"
            | "appendix"
            | "rule"
            | "amendment"
            | "district"
            | "ward"
            | "precinct"
            | "apartment"
            | "apt"
            | "suite"
            | "box"
            | "exit"
            | "pier"
            | "bed"
            | "verse"
            | "psalm"
            | "week"
            | "day"
            | "size"
            | "model"
            | "type"
            | "class"
            | "form"
            | "lot"
            | "unit"
            | "floor"
            | "line"
            | "track"
            | "vol"
            | "volume"
            | "part"
            | "act"
            | "scene"
            | "ch"
            | "sec"
            | "art"
            | "para"
            | "p"
            | "pp"
    )
}

/// Street words that end an address (`10 Downing Street`).
pub(crate) fn street(w: &str) -> bool {
    matches!(
        w,
        "street"
            | "st"
            | "avenue"
            | "ave"
            | "road"
            | "rd"
            | "boulevard"
            | "blvd"
            | "lane"
            | "ln"
            | "drive"
            | "dr"
            | "way"
            | "place"
            | "pl"
            | "court"
            | "ct"
            | "square"
            | "sq"
            | "terrace"
            | "highway"
            | "hwy"
            | "parkway"
            | "pkwy"
            | "plaza"
            | "crescent"
            | "close"
            | "row"
            | "circle"
            | "strasse"
            | "rue"
    )
}
