//! Identifiers and positions: names and heads with numbers (`Boeing 737`,
//! `Room 101`, `page 3`, `No. 10`, `#1`, `the 737 MAX`, `401(k)`), list
//! numbering (`1.`, a number alone on its line, `One, …`), pronouns
//! (`one another`, `the only one`), ages in apposition (`Johnson, 58, said`) and street
//! addresses. Title-case headlines (`Police Arrest 40 Protesters`) keep
//! their counts.

use super::exclusions::{noun_follows, quantity_follows};
use super::keys::tags;
use super::numbers;
use super::tokens::{Class, Tokens};
use super::units;
use super::words;
use crate::speakers::words::{is_person_noun, strip_possessive};

/// Identifiers and positions: `Boeing 737`, `Room 101`, `page 3`, `No. 10`,
/// `#1`, list numbering at the start of a line, street addresses.
pub(super) fn identifiers(t: &mut Tokens) {
    // Only numbers and number words start a rule: the rest is never looked
    // at.
    for n in 0..t.numbers.len() {
        let i = t.numbers[n];
        if t.class(i, Class::Word) && !t.blocked(i) {
            pronoun_or_list(t, i);
            continue;
        }
        if !t.class(i, Class::Num) || t.blocked(i) {
            continue;
        }
        // A number alone on its line numbers the item below it (`6⏎Zoe
        // Questioned Why`): a count stands in a sentence.
        if t.get(i).is_some_and(|k| k.newline())
            && t.plain_int(i)
            && t.get(i + 1).is_some_and(|k| k.newline())
            && t.capitalized(i + 1)
        {
            t.block(i, i);
            continue;
        }
        // Whether a unit, currency or scale word follows (`5 km`, `5-km`):
        // the slowest test here, asked last.
        let quantity = |t: &Tokens| {
            quantity_follows(t, i + 1) || (t.is_byte(i + 1, b'-') && quantity_follows(t, i + 2))
        };
        // List numbering: `1.` or `2)` opening a line.
        if t.get(i).is_some_and(|k| k.newline())
            && t.plain_int(i)
            && matches!(t.str(i + 1), "." | ")")
            && t.attached(i + 1)
        {
            t.block(i, i + 1);
            continue;
        }
        // A ranked list: `15 Jaime Lopez's first role` opening a line, a
        // small number before a full name (a headline's `40 Protesters` is a
        // count: a capitalized plural; `42 Lebanese Pounds` an amount).
        if t.get(i).is_some_and(|k| k.newline())
            && t.int(i).is_some_and(|n| n <= 100)
            && !t.attached(i + 1)
            && t.capitalized(i + 1)
            && t.capitalized(i + 2)
            && !capitalized_plural(t, i + 1)
            && !t.get(i + 1).is_some_and(|k| k.newline())
            && !common_capitalized(t, i + 1)
            && !quantity(t)
            && !quantity_follows(t, i + 2)
        {
            t.block(i, i);
            continue;
        }
        if i > 0
            && t.is_byte(i - 1, b'(')
            && t.get(i - 1).is_some_and(|k| k.newline())
            && t.is_byte(i + 1, b')')
        {
            t.block(i - 1, i + 1);
            continue;
        }
        // `(2)`, `[1]`, `alert(1)`: enumerations, footnotes and code.
        if i > 0
            && t.plain_int(i)
            && matches!((t.str(i - 1), t.str(i + 1)), ("(", ")") | ("[", "]"))
            && t.attached(i)
            && t.attached(i + 1)
        {
            t.block(i - 1, i + 1);
            continue;
        }
        // `401(k)`, `501(c)(3)`: a letter in brackets glued after digits.
        if t.is_byte(i + 1, b'(')
            && t.attached(i + 1)
            && t.class(i + 2, Class::Word)
            && t.str(i + 2).len() == 1
            && t.is_byte(i + 3, b')')
        {
            let mut end = i + 3;
            while t.is_byte(end + 1, b'(') && t.attached(end + 1) && t.is_byte(end + 3, b')') {
                end += 3;
            }
            t.block(i, end);
            continue;
        }
        // `call police on 101`, `ring us on 999`: a number to call.
        if i > 1
            && t.is(i - 1, "on")
            && (i.saturating_sub(4)..i - 1).any(|k| t.is_any(k, "call ring dial phone"))
        {
            t.block(i, i);
            continue;
        }
        if i > 0 && t.is_byte(i - 1, b'#') {
            t.block(i - 1, i);
            continue;
        }
        if i > 1 && t.is_byte(i - 1, b'.') && t.is_any(i - 2, "no nos") {
            t.block(i - 2, i);
            continue;
        }
        // A name before the number: `Boeing 737`, `Section 230`, `Pay ABC
        // 2000`, `Rat 6`; not `About 40`, `Some 300`, `EUR 20`, `Biden 51%`.
        if i > 0 && t.class(i - 1, Class::Word) && !t.attached(i) {
            // At the start of a sentence, a capital says nothing: `Repair
            // 40 schools` is a verb and a count (asked of a capital only).
            let initial = || sentence_start(t, i - 1) && noun_follows(t, i + 1);
            // Nor in a title-case headline: `Police Arrest 40 Protesters`
            // (looked at last: it reads the line).
            let headline = || capitalized_plural(t, i + 1) && title_case(t, i);
            // `Arsenal's 4-0 win`: a possessive names no identifier.
            let possessive = || {
                let w = t.str(i - 1);
                strip_possessive(w).len() != w.len()
            };
            let named = t.capitalized(i - 1)
                && !possessive()
                && !initial()
                && !t.get(i).is_some_and(|k| k.newline())
                && !common_capitalized(t, i - 1)
                && !headline();
            let head = t
                .lower(i - 1)
                .is_some_and(|w| words::identifier_head(w.as_str()));
            if (named || head) && !quantity(t) {
                // With the number joined to it: `Boeing 737-800`. Two
                // small numbers after a team are its score (`beat
                // Brentford 3-1`), a claim of its own.
                let joined = t.is_byte(i + 1, b'-')
                    && t.attached(i + 1)
                    && t.attached(i + 2)
                    && t.class(i + 2, Class::Num);
                let small = |k: usize| t.plain_int(k) && t.int(k).is_some_and(|n| n < 100);
                if joined && small(i) && small(i + 2) {
                    continue;
                }
                t.block(i, if joined { i + 2 } else { i });
                continue;
            }
        }
        // An age in apposition: `Johnson, 58, said`, `Maria Lopez, 34;`, a
        // caption line `Ahmed Helal, 40.`, `The nominee, 54, spent` (an age
        // describes the person, it is no claim to check).
        // `Delgado, now 58, runs`: `now` before the age too.
        let now = i > 2 && t.is(i - 1, "now") && t.is_byte(i - 2, b',');
        let comma = i - usize::from(now);
        if t.int(i).is_some_and(|n| n <= 120)
            && comma > 1
            && t.is_byte(comma - 1, b',')
            && (t.capitalized(comma - 2)
                || t.lower(comma - 2)
                    .is_some_and(|w| is_person_noun(w.as_str())))
            && !t.attached(i)
            && (matches!(t.str(i + 1), "," | ";" | ")") || line_end(t, i + 1))
            && !common_capitalized(t, comma - 2)
        {
            t.block(i, i);
            continue;
        }
        // A model after `the`, before a name in capitals: `the 737 MAX was`,
        // `the 320 NEO.` (but `the 20 GOP senators` counts senators).
        if t.plain_int(i)
            && i > 0
            && t.is(i - 1, "the")
            && upper_word(t, i + 1)
            && (!t.class(i + 2, Class::Word)
                || t.lower(i + 2).is_some_and(|w| words::stop(w.as_str())))
        {
            t.block(i, i + 1);
            continue;
        }
        // `10 Downing Street`, `1600 Pennsylvania Avenue`
        if t.plain_int(i) && t.str(i).len() <= 5 {
            let mut k = i + 1;
            while k <= i + 3 && t.capitalized(k) && !t.get(k).is_some_and(|x| x.newline()) {
                if t.lower(k).is_some_and(|w| words::street(w.as_str())) && k > i + 1 {
                    t.block(i, k);
                    break;
                }
                k += 1;
            }
        }
    }
}

/// Whether the line ends at token `j`, or after a period at `j`.
fn line_end(t: &Tokens, j: usize) -> bool {
    let ends = |k: usize| t.get(k).is_none_or(|x| x.newline());
    ends(j) || (t.is_byte(j, b'.') && ends(j + 1))
}

/// Number words that count nothing: a rank (`a third-party`), a name
/// (`Gang of Eight`), a sentence that opens with a number
/// and a comma numbers its point (`One, defeat them. Two, disrupt them.`),
/// `one another` is a pronoun, and `the only one` (who, to) names a
/// person or thing (`the only one who stayed`); `only one` before a noun
/// still counts (`only one vote`).
fn pronoun_or_list(t: &mut Tokens, i: usize) {
    let word = numbers::word_at(t, i);
    // An ordinal fraction glued to a noun is a rank: `a third-party
    // candidate`, `a fifth-grade class`, `a third-year student` (but `a
    // half-hour` is a measure).
    if let Some(numbers::NumWord::Fraction(d)) = word {
        let ordinal = t.is(i, "third") || t.lower(i).is_some_and(|w| w.as_str().ends_with("th"));
        let modifies = || t.class(i + 3, Class::Word) && !t.is(i + 3, "of");
        if d >= 3.0
            && ordinal
            && t.is_byte(i + 1, b'-')
            && t.attached(i + 1)
            && t.attached(i + 2)
            && t.class(i + 2, Class::Word)
            && (!quantity_follows(t, i + 2) || modifies())
        {
            t.block(i, i + 2);
        }
        return;
    }
    let small = matches!(
        word,
        Some(numbers::NumWord::Unit(_) | numbers::NumWord::Teen(_))
    );
    if !small {
        return;
    }
    // A capitalized number word inside a sentence is part of a name: `the
    // Gang of Eight`, `World War Two`, `Uranium One` (not in a headline, nor
    // in capitals: `ELEVEN POLICE KILLED`).
    let titled = t.str(i).bytes().skip(1).any(|b| b.is_ascii_lowercase());
    let spelled_on = i > 0 && numbers::word_at(t, i - 1).is_some();
    if t.capitalized(i) && titled && !spelled_on && !sentence_start(t, i) && !title_case(t, i) {
        t.block(i, i);
        return;
    }
    // A lowercase number word between two capitalised words is a particle
    // of a name: `Erik ten Hag`.
    if !t.capitalized(i) && i > 0 && t.capitalized(i - 1) && t.capitalized(i + 1) && t.is(i, "ten")
    {
        t.block(i, i);
        return;
    }
    let listed =
        t.capitalized(i) && sentence_start(t, i) && t.is_byte(i + 1, b',') && t.attached(i + 1);
    if listed || (t.is(i, "one") && t.is(i + 1, "another")) {
        t.block(i, i + 1);
    } else if t.is(i, "one")
        && i > 1
        && t.is(i - 1, "only")
        && t.is(i - 2, "the")
        && !noun_follows(t, i + 1)
    {
        t.block(i - 2, i);
    }
}

/// Whether token `j` is a word of two or more capital letters and nothing
/// else (`MAX`), not a unit or currency code.
fn upper_word(t: &Tokens, j: usize) -> bool {
    let s = t.str(j);
    t.class(j, Class::Word)
        && s.len() >= 2
        && s.bytes().all(|b| b.is_ascii_uppercase())
        && !quantity_follows(t, j)
}

/// Whether token `j` is a capitalized plural: `Protesters`, `Jobs`.
fn capitalized_plural(t: &Tokens, j: usize) -> bool {
    let s = t.str(j);
    t.capitalized(j) && s.len() > 3 && s.ends_with('s') && !s.ends_with("ss")
}

/// Whether the number at `i` stands in a title-case line (a headline): a
/// short line whose words around it, function words aside, are all
/// capitalized. Looks at most eight tokens each way.
fn title_case(t: &Tokens, i: usize) -> bool {
    let mut capitals = 0;
    // Back to the line's start, then forward to its end.
    let mut k = i;
    loop {
        if t.get(k).is_some_and(|x| x.newline()) {
            break;
        }
        if k == 0 || i - k >= 8 {
            return false;
        }
        k -= 1;
        if !title_word(t, k, &mut capitals) {
            return false;
        }
    }
    let mut k = i + 1;
    while t.get(k).is_some_and(|x| !x.newline()) {
        if k - i > 8 || !title_word(t, k, &mut capitals) {
            return false;
        }
        k += 1;
    }
    capitals >= 3
}

/// Whether token `k` fits a title-case line, counting its capitals.
fn title_word(t: &Tokens, k: usize, capitals: &mut usize) -> bool {
    if !t.class(k, Class::Word) {
        return true;
    }
    if t.capitalized(k) {
        *capitals += 1;
        return true;
    }
    t.lower(k).is_some_and(|w| words::stop(w.as_str()))
}

/// Whether token `i` opens a sentence or a line.
fn sentence_start(t: &Tokens, i: usize) -> bool {
    i == 0
        || t.get(i).is_some_and(|k| k.newline())
        || matches!(
            t.str(i - 1),
            "." | "!" | "?" | ":" | ";" | "“" | "\"" | "(" | "—"
        )
}

/// Capitalized words that are not names: sentence-initial function words
/// and qualifiers (`About 40`), currency codes (`EUR 20`), months,
/// weekdays, number words and change verbs (`Rose 4%`).
fn common_capitalized(t: &Tokens, i: usize) -> bool {
    if units::currency_before(t, i + 1, 0).is_some() {
        return true;
    }
    let Some(lower) = t.lower(i) else {
        return false;
    };
    let w = lower.as_str();
    // The month tag and the number word the scan looked up say what a
    // search of the month and number-word lists would.
    t.tagged(i, tags::MONTH)
        || numbers::word_at(t, i).is_some()
        || words::stop(w)
        || words::weekday(w)
        || words::change_verb(t, i).is_some()
        || words::qualifier_before(t, i + 1, i).is_some()
        || words::listed(NOT_NAMES, w)
}

/// Sorted, for [`words::listed`].
#[rustfmt::skip]
const NOT_NAMES: &str =
    "about above age aged ages almost another another's approximately around below between by \
    estimated exactly from including injured killed magnitude minus nearly negative number \
    of only over plus roughly some top total totaling totalling under";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn not_names_are_sorted_for_binary_search() {
        let words: Vec<&str> = NOT_NAMES.split(' ').collect();
        assert!(words.windows(2).all(|w| w[0] < w[1]));
    }
}
