//! Statistics: the numbers a text's claims rest on, typed and valued.
//!
//! ```
//! use article_highlighter::statistics;
//! use article_highlighter::StatisticKind;
//!
//! let text = "Prices rose 4.5 percent in 2015, and about one in five of 3.2 million people paid $1.2 billion.";
//! let found = statistics::find(text);
//! let spans: Vec<&str> = found.iter().map(|s| &text[s.span()]).collect();
//! assert_eq!(spans, ["4.5 percent", "about one in five", "3.2 million people", "$1.2 billion"]);
//! assert_eq!(found[0].kind, StatisticKind::Percent);
//! assert_eq!(found[3].value, Some(1.2e9));
//! ```
//!
//! The text is read in four steps, each linear in its length:
//!
//! 1. [`tokens`]: digit runs, words and marks, with what separates them,
//!    each word tagged with the rules it may start ([`keys`]);
//! 2. [`exclusions`]: dates, years, clock times ([`clocks`]), phone
//!    numbers, ordinals, ages ([`ages`]) and identifiers ([`identifiers`]: `Boeing
//!    737`, `COVID-19`) block their tokens, so that they win over the
//!    numbers inside them;
//! 3. [`claims`]: around each remaining number ([`numbers`], [`spelled`]),
//!    its currency ([`currency`]) or unit ([`units`], both read by
//!    [`operand`]), qualifier, second bound, ratio, counted noun and change
//!    ([`change`], [`words`]);
//! 4. here: the claims become [`Statistic`]s with byte offsets.
//!
//! **The change word is an attribute, not part of the span.** In `rose 4.5
//! percent` the statistic is `4.5 percent` (kind `percent`, `change:
//! "rise"`): the number keeps the kind and unit a reader checks it by, the
//! span is the same whether the change is told by a verb before it or a
//! noun after it (`a 4.5 percent rise`), and words between verb and number
//! (`rose by an estimated`) stay out of the mark. Only a change with no
//! number of its own (`doubled`, `fell by half`) is a statistic of kind
//! `change`, spanning its words, with the factor as value.
//!
//! **A bare number is a count**: in news, `17` alone counts something
//! (`the 17 who were arrested`), and so is a run of five to seven digits
//! without commas (`10000 people`, `about 120000`) unless what comes before
//! names a code (`text HELP to 741741`, `IL 62701`, `account 884213`). A
//! lone `one`, `a few`, `several`, `a couple` are not statistics: they are
//! pronouns, articles or vague; before a scale word they give its size (`a
//! couple of dozen` is 24, `a few hundred` at least 200). Coin words alone
//! (`dime`, `nickel`, `quarter`) are not money either: in news they are
//! mostly idioms, a metal or a period (`a dime store`, `nickel prices`,
//! `the third quarter`); with a number or an article they are (`a dime`,
//! `five nickels`).
//!
//! **An age is no statistic**: `Johnson, 58, said` and `the 82-year-old
//! owner` describe a person, they are no claim a fact-checker weighs, so
//! neither is marked. Nor is a small number that modifies a noun through a
//! hyphen (`a two-party system`, `a 31-page report`), unless it is a margin
//! (`a 26-delegate lead`) or large (`a 3,000-word article`).

mod ages;
mod change;
mod claims;
mod clocks;
mod currency;
mod exclusions;
mod identifiers;
mod keys;
mod numbers;
mod operand;
mod spelled;
mod tokens;
mod units;
mod words;

use crate::analysis::{Change, Statistic};
use keys::tags;
use tokens::Tokens;

/// Texts are read in chunks that end at a line break once they pass this
/// size, so that the token list stays small on long texts.
const CHUNK: usize = 16 * 1024;

/// A chunk with no line break is cut at a space past this size.
const HARD_CHUNK: usize = 64 * 1024;

/// Finds the statistics of `text`, in text order, with UTF-8 byte offsets.
///
/// Any text gives a result; nothing here fails or panics on input.
pub fn find(text: &str) -> Vec<Statistic> {
    // The chunk scan and the claim reader are functions of their own in
    // the .wasm (#[inline(never)]), so that V8 never recompiles one giant
    // function during the first large call (see `speakers::attribute`).
    let mut found = Vec::new();
    let mut tokens = Tokens::new(text);
    let mut start = 0;
    while start < text.len() {
        let end = chunk_end(text, start);
        tokens.scan(start, end);
        exclusions::mark(&mut tokens);
        // A claim starts at a number or a key word only: the candidates.
        let mut floor = 0;
        for n in 0..tokens.candidates.len() {
            let i = tokens.candidates[n];
            // A claim starts at digits or at a number word, a change verb,
            // `a`, `an` or `point` only (what `claims::at` asks first): the
            // `to`, `at`, months and weekdays among the candidates are not
            // read again.
            let starts = tokens.starts(i, tags::NUMBER | tags::CHANGE | tags::LEAD);
            if i < floor || !starts {
                continue;
            }
            match claims::at(&tokens, i, floor) {
                Some(claims::Found::Claim(claim)) => {
                    found.push(statistic(&tokens, &claim));
                    floor = claim.last + 1;
                }
                Some(claims::Found::Skip(last)) => floor = last.max(i) + 1,
                None => {}
            }
        }
        start = end;
    }
    found
}

/// Where the chunk starting at `start` ends: after the first line break
/// past [`CHUNK`] bytes, else at a space past [`HARD_CHUNK`] bytes, else at
/// the end of the text. Always on a char boundary.
fn chunk_end(text: &str, start: usize) -> usize {
    let bytes = text.as_bytes();
    let soft = start + CHUNK;
    if soft >= text.len() {
        return text.len();
    }
    if let Some(nl) = bytes[soft..]
        .iter()
        .take(HARD_CHUNK)
        .position(|&b| b == b'\n')
    {
        return soft + nl + 1;
    }
    let hard = start + CHUNK + HARD_CHUNK;
    if hard >= text.len() {
        return text.len();
    }
    // Text with no space at all (a run of marks) is cut at a char boundary.
    match bytes[hard..]
        .iter()
        .take(1024)
        .position(|b| b.is_ascii_whitespace())
    {
        Some(sp) => hard + sp + 1,
        None => (hard..=text.len())
            .find(|&k| text.is_char_boundary(k))
            .unwrap_or(text.len()),
    }
}

/// The statistic of a claim, with byte offsets.
fn statistic(t: &Tokens, claim: &claims::Claim) -> Statistic {
    Statistic {
        start: t.start(claim.first),
        end: t.end(claim.last),
        kind: claim.kind,
        value: claim.value.filter(|v| v.is_finite()),
        upper: claim.upper.filter(|v| v.is_finite()),
        unit: claim.unit.map(str::to_string),
        qualifier: claim.qualifier.map(str::to_string),
        change: claim.change.map(|d| match d {
            words::Direction::Rise => Change::Rise,
            words::Direction::Fall => Change::Fall,
        }),
    }
}

#[cfg(test)]
mod tests;
