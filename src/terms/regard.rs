//! Verbs that present something *as* something: `cable spots casting Lee
//! as an “honest choice”`, `an option seen by donors as a “lifeboat”`, `he
//! waves off the delay as having “little” effect`. The words after `as`
//! are how the subject sees or presents it, a characterisation as `called
//! it “…”` is, though none of these verbs is a verb of saying in general
//! (`she saw the film`, `cast a vote`): only with `as` right before the
//! span do they report.

use super::clause::{BE, may_hold_word, words};
use super::is_in;
use crate::Span;
use crate::chars::{contains_any, eq_any_case};
use crate::items::Items;

/// Verbs of regarding and presenting, every inflection written out, that
/// report what follows `as` (`viewed the plan as a “…”`).
const REGARDING: &str = concat!(
    "see sees saw seen seeing view views viewed viewing regard regards regarded ",
    "regarding cast casts casting identify identifies identified identifying tout ",
    "touts touted touting pitch pitches pitched pitching peg pegs pegged pegging",
);

/// Verbs that present or dismiss something as something only with their
/// particle (`waved off the delay as`, `brought it up as`), with it.
const WITH_PARTICLE: &[(&str, &str)] = &[
    (
        "off",
        "wave waves waved waving shrug shrugs shrugged shrugging",
    ),
    ("up", "bring brings brought bringing"),
];

/// Words that may stand between `as` and the span (`as a mere “moan”`,
/// `as having “minimal” impact`).
const BETWEEN: &str = "a an the mere having";

/// How many words may stand between the verb and `as`: its object
/// (`casting the former governor as`).
const OBJECT_WORDS: usize = 4;

/// Whether `sentence`, the span's sentence before it, ends with a verb of
/// regarding, its object and `as`: `casting Lee as an`, `seen by donors as
/// a`, `brought up as`. A passive with no agent (`what is seen as a`)
/// presents nobody's view, and `as` after a comma opens a clause (`, as the
/// “autopsy” urged`).
pub(super) fn presented_as(sentence: &str) -> bool {
    // Most sentences have no `as` at all: no need to collect their words.
    if !may_hold_word(sentence, "as") {
        return false;
    }
    // Enough of the sentence for a verb, its object and `as a mere`.
    let tail: Items<(usize, &str)> = words(sentence).collect();
    // The words are compared in any case (every list here is lowercase),
    // not lowercased: a `String` per word read was an allocation and a free.
    let is = |i: usize, list: &str| is_in(list, tail[i].1);
    let mut end = tail.len();
    while end > 0 && is(end - 1, BETWEEN) {
        end -= 1;
    }
    let Some(at) = end.checked_sub(1) else {
        return false;
    };
    let (as_start, word) = tail[at];
    if !eq_any_case(word, "as") || at == 0 {
        return false;
    }
    let (prev_start, prev) = tail[at - 1];
    if contains_any(
        &sentence[Span::new(prev_start + prev.len(), as_start)],
        &[',', ';', ':', '—', '–'],
    ) {
        return false;
    }
    let by = |i: usize| eq_any_case(tail[i].1, "by");
    let from = at.saturating_sub(OBJECT_WORDS + 1);
    (from..at).rev().any(|v| {
        let regarding = super::listed_any_case(REGARDING, tail[v].1);
        let phrasal = v + 1 < at
            && WITH_PARTICLE
                .iter()
                .any(|&(particle, verbs)| is(v + 1, particle) && is(v, verbs));
        // `known by aides as a`: naming with an agent reports it.
        let known_by = is(v, "known") && v + 1 < at && by(v + 1);
        if !(regarding || phrasal || known_by) {
            return false;
        }
        let passive = (v.saturating_sub(2)..v).any(|b| is(b, BE));
        let agent = (v + 1..at).any(by);
        !passive || agent
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_verb_of_regarding_with_as_reports() {
        assert!(presented_as("with cable spots casting Lee as an "));
        assert!(presented_as("an option seen by donors as a "));
        assert!(presented_as("he waves off the delay as having "));
        assert!(presented_as("an incident she brought up as "));
        assert!(presented_as("what came to be known by aides as a "));
    }

    #[test]
    fn no_verb_an_agentless_passive_or_a_clause_reports_nothing() {
        assert!(!presented_as("a plan that is seen as a "));
        assert!(!presented_as("a unit known as the "));
        assert!(!presented_as("he saw the film, as the "));
        assert!(!presented_as("his credentials as a "));
        assert!(!presented_as("they brought the bill as a "));
    }
}
