//! The entity of a pronoun, or of a description standing for someone just
//! named (`the 24-year-old`): the most recent compatible one, a subject of
//! this paragraph or the one before first.

use super::{Entity, EntityList, Sort, recent};
use crate::chars::{eq_any_case, listed_any_case};
use crate::span::Span;
use crate::speakers::words::{Gender, Pronoun};

/// The entity the pronoun `p` in `paragraph` stands for, among the recent
/// mentions of `history`.
pub(super) fn pronoun(
    entities: &EntityList,
    history: &[(usize, u32, bool)],
    p: Pronoun,
    paragraph: u32,
) -> Option<usize> {
    antecedent(entities, history, (paragraph, 3), &|e| e.may_be(p))
}

impl Entity {
    /// Whether the pronoun `p` may stand for this entity: `he` or `she` for
    /// a person of no other gender, `they` for a group or an organisation,
    /// `it` for an organisation or a thing.
    // Out of line: one copy for the two callers.
    #[inline(never)]
    pub(crate) fn may_be(&self, p: Pronoun) -> bool {
        match p {
            Pronoun::He | Pronoun::She => {
                let g = if p == Pronoun::He {
                    Gender::Male
                } else {
                    Gender::Female
                };
                may_be_person(self)
                    && self.gender.is_none_or(|x| x == g)
                    && (self.owner_gender != Some(g) || self.speaks)
            }
            Pronoun::They => matches!(self.sort, Sort::Group | Sort::Thing),
            Pronoun::It => self.sort == Sort::Thing,
        }
    }
}

/// The person named last that a description of its gender (if it tells
/// one) stands for: `Villa boss Unai Emery was left frustrated. “…,” the
/// former Arsenal manager said.`
pub(super) fn named_person(
    entities: &EntityList,
    history: &[(usize, u32, bool)],
    gender: Option<Gender>,
    paragraph: u32,
) -> Option<usize> {
    let fits = |e: &Entity| {
        may_be_person(e) && e.core.len > 0 && gender.is_none_or(|g| e.gender.is_none_or(|x| x == g))
    };
    antecedent(entities, history, (paragraph, 1), &fits)
}

/// The person or organisation named last, or described and quoted (not
/// the writer), in this paragraph or the one before, whose statement a
/// description of one stands for (not `This disclosure is contained in a
/// statement`).
pub(super) fn named_source(
    entities: &EntityList,
    history: &[(usize, u32, bool)],
    paragraph: u32,
) -> Option<usize> {
    antecedent(entities, history, (paragraph, 1), &|e| {
        e.sort != Sort::Narrator && (e.core.len > 0 || e.speaks)
    })
}

/// The last subject of this paragraph or the one before, if a person
/// named, of `gender` (when told), that a description as a subject stands
/// for when it stands for no one else: one bearing its title or role, or
/// with no title, when the description has an `epithet` of place (`Mr
/// Spencer said … The Sherwood MP said`, `Republican Marco Rubio … The
/// Florida senator`; not `Mayor Bill de Blasio … the Republican
/// candidate`), anyone when it names a calling (`the singer`), or one
/// with no title nor role when it is a bare title (`Ford said … The
/// premier also defended`).
pub(super) fn last_subject(
    entities: &EntityList,
    history: &[(usize, u32, bool)],
    (gender, epithet, told): (Option<Gender>, Epithet, Told),
    paragraph: u32,
) -> Option<usize> {
    let &(e, _, _) = recent(history)
        .take_while(|&&(_, para, _)| para + 1 >= paragraph)
        .find(|&&(_, _, subject)| subject)?;
    let x = &entities[e];
    let (text, at, _, _) = told;
    let fits = may_be_person(x)
        && x.core.len > 0
        && !x.owned_apart(text, at)
        && gender.is_none_or(|g| x.gender.is_none_or(|y| y == g))
        && match epithet {
            Epithet::Calling => true,
            Epithet::Place => x.titles.is_empty() || bears(x, told),
            // `Ford said … The premier also defended`: a bare title stands
            // for a person named with none, nor any role.
            Epithet::Title => bears(x, told) || x.titles.is_empty() && x.role.is_none(),
            Epithet::None => bears(x, told),
        };
    fits.then_some(e)
}

/// What a description of a person tells besides its head noun, for
/// [`last_subject`].
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Epithet {
    /// A word of a place, a party or a group (`the Texas senator`).
    Place,
    /// The head is a word for a calling (`the singer`).
    Calling,
    /// The description is `the` and a title, nothing else (`the premier`).
    Title,
    None,
}

/// The entity bearing title `key` that `the` and the title stand for
/// nearby: a subject first (`Finance Minister Muhammad Aurangzeb spoke.
/// Speaking alongside State Minister Ali Malik, the minister said`).
pub(super) fn titled(
    entities: &EntityList,
    history: &[(usize, u32, bool)],
    (text, at, key): (&str, Span, &str),
    paragraph: u32,
    any_rank: bool,
) -> Option<usize> {
    antecedent(entities, history, (paragraph, 1), &|e| {
        e.titles.contains(&key) && (any_rank || !second_in_rank(e, text, at))
    })
}

/// Whether `e`'s role ranks it below its title or after it (`Deputy
/// Governor`, `former governor`) where the description at `at` does not:
/// `the governor` is the governor rather than the deputy named last (a
/// deputy only when no one else bears the title: `the DCP`).
pub(super) fn second_in_rank(e: &Entity, text: &str, at: Span) -> bool {
    const RANKS: &str = "deputy vice assistant former";
    let ranked = |words: &str| {
        words
            .split(|c: char| !c.is_ascii_alphabetic())
            .any(|w| listed_any_case(RANKS, w))
    };
    e.role.is_some_and(|r| ranked(&text[r])) && !ranked(&text[at])
}

/// What a description of a person tells (the text, the description's
/// span, its head noun and the key of its title, if any).
pub(super) type Told<'t> = (&'t str, Span, &'t str, Option<&'t str>);

/// Whether `e` bears the title `key` or a role holding the word `head`,
/// not the description itself (`said Greta Olsen, the mayor`); for a
/// title, a role holding the whole title (`the prime minister` is not
/// `Foreign Minister Abbas Araghchi`).
fn bears(e: &Entity, (text, at, head, key): Told) -> bool {
    let holds = |role: &str| {
        let whole = |k: &str| {
            let k = k.as_bytes();
            role.as_bytes().windows(k.len()).any(|w| eq_any_case(w, k))
        };
        listed_any_case(role, head) && key.is_none_or(whole)
    };
    key.is_some_and(|k| e.titles.contains(&k))
        || e.role.is_some_and(|r| r.end < at.end && holds(&text[r]))
}

/// The person named last with the title or the role a description of
/// that title or noun tells (`the Mexican minister`, `the spokesperson`).
pub(super) fn role_bearer(
    entities: &EntityList,
    history: &[(usize, u32, bool)],
    told: Told,
    paragraph: u32,
) -> Option<usize> {
    let (text, at, _, _) = told;
    let bearer = |e: &Entity| e.core.len > 0 && bears(e, told) && !e.owned_apart(text, at);
    antecedent(entities, history, (paragraph, 1), &|e| {
        bearer(e) && !second_in_rank(e, text, at)
    })
    .or_else(|| antecedent(entities, history, (paragraph, 1), &bearer))
}

/// The organisation named last that a description of one stands for: a
/// subject of this paragraph or the one before, or any mention of this one
/// (`Apple Inc. said … “…,” the company said`; not a place of the
/// paragraph before: `a march to City Hall. “…,” the group shouted`).
pub(super) fn named_organisation(
    entities: &EntityList,
    history: &[(usize, u32, bool)],
    paragraph: u32,
) -> Option<usize> {
    antecedent(entities, history, (paragraph, 0), &|e| {
        e.sort == Sort::Thing && e.core.len > 0
    })
}

/// Whether `he` or `she` may stand for the entity: a person, or a name
/// with nothing telling that speaks or has two words or more.
fn may_be_person(e: &Entity) -> bool {
    e.sort == Sort::Person || e.sort == Sort::Unknown && (e.speaks || e.core.len > 1)
}

/// The most recent entity of `history` that `fits`: a subject in this
/// paragraph or the one before wins over a nearer mention elsewhere in a
/// sentence (`“…,” Ann said of Bob. “…,” she added`); else any mention
/// up to `reach` paragraphs back.
// `fits` as a trait object: one instance of the two walks in the .wasm
// for the three callers (~1 KB as generic copies).
fn antecedent(
    entities: &EntityList,
    history: &[(usize, u32, bool)],
    (paragraph, reach): (u32, u32),
    fits: &dyn Fn(&Entity) -> bool,
) -> Option<usize> {
    let near = |para: u32| para + 1 >= paragraph;
    let subject = recent(history)
        .take_while(|&&(_, para, _)| near(para))
        .find(|&&(e, _, subject)| subject && fits(&entities[e]));
    let any = || {
        recent(history)
            .take_while(|&&(_, para, _)| para + reach >= paragraph)
            .find(|&&(e, _, _)| fits(&entities[e]))
    };
    subject.or_else(any).map(|&(e, _, _)| e)
}
