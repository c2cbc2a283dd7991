//! Who each mention is: names, titles, descriptions and pronouns grouped
//! into entities, in one pass in text order.
//!
//! - A name joins the most recent entity whose name it shortens or extends
//!   (`Mr. Sam Ath` → `Am Sam Ath`, `Clinton` → `Hillary Clinton`), unless
//!   their genders differ (`Mr. Clinton` is not `Hillary Clinton`).
//! - A title (`the prime minister`, `PM`) joins the most recent entity that
//!   bore it (`Prime Minister Hun Sen`).
//! - A definite description (`the report`) joins the last one with its head;
//!   one of a person joins the person named with its title or a role of its
//!   noun (`the Mexican minister`), or as a subject the last subject named
//!   (`Mr Spencer said … The Sherwood MP said`).
//! - A pronoun joins the most recent compatible entity, preferring one named
//!   as a subject in its paragraph or the one before: `he` and `she` a
//!   person of that gender (or of unknown gender, which it then learns),
//!   `they` a group, `it` a thing or an organisation. Only mentions outside
//!   quotes exist here, so people named inside a quote are never chosen.
//!
//! The parts, one job each: [`scan`] finds the names and descriptions of
//! running text; [`names`], [`descriptions`] and [`pronouns`] find the
//! entity of each kind of mention; here, [`resolve`] walks the mentions in
//! text order and merges what each tells into its entity.

mod descriptions;
mod names;
mod pronouns;
mod scan;

use super::cues::word;
use super::phrases::{Np, NpKind, honours_ahead, word_in};
use super::read_ahead;
use super::recency::{Latest, NameIndex, Recency, WINDOW};
use super::tokens::{TokenList, starts_sentence};
use super::words::{Gender, Pronoun, strip_possessive, title};
use crate::bugs::no_such_entity;
use crate::chars::eq_any_case;
use crate::items::Items;
use crate::span::Span;
use descriptions::{Genders, display, nominal};
use names::{Core, Cores, NameParts, Words, name};
use pronouns::pronoun;
pub(crate) use scan::scan_names;
use std::ops::{Deref, Index, IndexMut};

/// A mention to resolve.
#[derive(Clone, Debug)]
pub(crate) struct Mention {
    /// Where it is (the name with its titles, the description, the pronoun).
    pub span: Span,
    /// How it reads.
    pub np: NpKind,
    /// Token range.
    pub first: usize,
    /// One past its last token.
    pub end: usize,
    /// Whether it is the subject of a cue or opens its sentence.
    pub subject: bool,
    /// Whether it is the speaker of a cue, or the one a question is put
    /// to (who answers).
    pub speaks: bool,
    /// The apposition giving its role, if any.
    pub role: Option<Span>,
}

/// A mention from a phrase found beside a cue.
pub(crate) fn from_np(np: &Np, subject: bool) -> Mention {
    Mention {
        span: np.span,
        np: np.kind,
        first: np.first,
        end: np.end,
        subject,
        speaks: subject,
        role: np.role,
    }
}

/// What an entity is, for pronouns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Sort {
    /// Named with an honorific, a person's title, a given name, or a person
    /// noun; or the subject of a cue with a name of two words or more.
    Person,
    /// A name with nothing telling.
    Unknown,
    /// An organisation or a document.
    Thing,
    /// A group of people (`officials`).
    Group,
    /// The writer (`I said`): no pronoun of the third person stands for it.
    Narrator,
}

/// One person or source, with everything known about it.
#[derive(Clone, Debug)]
pub(crate) struct Entity {
    /// Display name: the fullest form of the name, or the description
    /// (see [`Entity::name`]). Kept as a span: most entities name no quote,
    /// and a string each was an allocation per entity.
    name: Span,
    /// Whether `name` is a description, shown by [`display`].
    described: bool,
    /// Lowercased name words (interned, see [`Words`] and [`Cores`]),
    /// titles and honorifics left out.
    core: Core,
    titles: Vec<&'static str>,
    /// Head noun of a description, as a number of [`Words`] (the key of
    /// `resolve`'s description of each head mentioned last). Never changes.
    head: Option<u32>,
    gender: Option<Gender>,
    /// For a description opened by `his` or `her` (`Her landlord`), the
    /// gender of its owner: the pronoun of that gender stands for the
    /// owner, not for it (`Her landlord refuses … “…,” she said`), unless
    /// it speaks (`his brother added. “…,” he said`).
    owner_gender: Option<Gender>,
    sort: Sort,
    /// Whether it is the speaker of some cue.
    speaks: bool,
    /// What describes it: an apposition, a description before the name, the
    /// words before a title inside it, or an office named with the title.
    pub role: Option<Span>,
    /// Whether `role` is the words of a description standing for it (`the
    /// premier`): a role set off beside a name replaces it.
    role_described: bool,
    /// Paragraph of the latest mention, and whether it was a subject.
    last_paragraph: u32,
    /// Whether its last name alone (`Hale`) has named it.
    surname: bool,
    /// Whether its name may put the family name first, so that its first
    /// word alone may name it (`Yoon Suk Yeol` … `Yoon`).
    family_first: bool,
    /// Whether its name ends in a generation (`Jorge Quintero Jr.`): the
    /// surname before it alone names it too (`Quintero`).
    suffixed: bool,
}

impl Entity {
    /// Whether the description at `at` names another owner or place than
    /// the entity's role, or its own description (see [`names::owned_apart`]):
    /// `the New Jersey governor` is not `Ohio Gov. John Kasich`, `the Asda
    /// chief executive` not `the Tesco chief executive`.
    fn owned_apart(&self, text: &str, at: Span) -> bool {
        let described = self.described.then_some(self.name);
        [self.role, described]
            .into_iter()
            .flatten()
            .any(|r| names::owned_apart(&text[r], &text[at]))
    }

    /// The display name.
    pub fn name(&self, text: &str) -> String {
        let name = if self.described {
            display(text, self.name)
        } else {
            text[self.name].to_string()
        };
        one_line(name)
    }
}

/// The entities found so far, read as a slice of [`Entity`]s. Indexing it
/// (`entities[e]`) checks the bounds at one place, as [`TokenList`] does
/// for the tokens: an index of a slice panics with the location of each
/// indexing expression, a 16-byte record and a call of its own for each
/// of the ~35 places the resolution indexes its entities.
#[derive(Default)]
pub(crate) struct EntityList(Vec<Entity>);

impl EntityList {
    /// Adds `entity`, numbered the list's length before.
    fn push(&mut self, entity: Entity) {
        self.0.push(entity);
    }
}

impl Deref for EntityList {
    type Target = [Entity];

    fn deref(&self) -> &[Entity] {
        &self.0
    }
}

impl Index<usize> for EntityList {
    type Output = Entity;

    #[inline(always)]
    fn index(&self, e: usize) -> &Entity {
        match self.0.get(e) {
            Some(entity) => entity,
            None => no_such_entity(),
        }
    }
}

impl IndexMut<usize> for EntityList {
    #[inline(always)]
    fn index_mut(&mut self, e: usize) -> &mut Entity {
        match self.0.get_mut(e) {
            Some(entity) => entity,
            None => no_such_entity(),
        }
    }
}

/// A name or role on one line: a text wrapped at a fixed width breaks
/// some across lines (`Tom⏎Briggs`); each run of spaces is one space.
pub(crate) fn one_line(s: String) -> String {
    let b = s.as_bytes();
    let spaced = |k: usize| b[k] == b' ' && b.get(k + 1) == Some(&b' ');
    if !(0..b.len()).any(|k| matches!(b[k], b'\n' | b'\r' | b'\t') || spaced(k)) {
        return s;
    }
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Resolves `mentions` (in text order) into entities, with `paragraphs`
/// the paragraph of each sentence; returns the entity of each mention (an
/// entity's mentions are those that have it, in text order).
// A function of its own in the .wasm (see `speakers::attribute`).
#[inline(never)]
pub(crate) fn resolve(
    text: &str,
    tokens: &TokenList,
    paragraphs: &[u32],
    mentions: &[Mention],
) -> (Vec<Option<usize>>, EntityList) {
    let mut entities = EntityList::default();
    // (entity, paragraph, subject) of each resolved mention so far.
    // At most one entry per mention: sized once.
    let mut history: Vec<(usize, u32, bool)> = Vec::with_capacity(mentions.len());
    let mut out = Vec::with_capacity(mentions.len());
    // The latest entity of each full name, for names not seen lately.
    let mut cores = Cores::for_mentions(mentions.len());
    let mut ids = Words::for_mentions(mentions.len());
    let mut recency = Recency::default();
    let mut scratch = (Items::new(), NameParts::default());
    let mut lower = String::new();
    let mut index = NameIndex::default();
    // The description of each head word mentioned last.
    let mut heads = Latest::default();
    let mut genders = Genders::default();
    // The paragraph of each mention read a block ahead (see `read_ahead`),
    // and with it its last token, that the mention's words are at hand.
    let paragraph_of = |_, m: &Mention| {
        std::hint::black_box(tokens[m.end.saturating_sub(1)].tok());
        paragraphs[tokens[m.first].sentence as usize]
    };
    // The last mention's tokens and entity, for a name or title set off by
    // a comma after it (past `the former`), which says who it is: `The
    // chancellor, Rachel Reeves,` (a short description opened by `the`;
    // not `a representative in Allentown, Pa.`), `Beau Biden, the former
    // Attorney General of Delaware,` (a name).
    let mut last: Option<(usize, usize, usize)> = None;
    let apposed = |m: &Mention, last: Option<(usize, usize, usize)>, entities: &EntityList| {
        let (first, end, e) = last?;
        let between = end + 1..m.first;
        let next = m.first > end
            && tokens[end].is_punct(',')
            && between.len() <= 2
            && between.clone().all(|k| {
                let c = tokens[k].class();
                c.is_word() && !c.capitalized() || honours_ahead(text, tokens, k)
            });
        // (`The Minister of Trade, Kofi Mensah,`: a title in capitals is a
        // mention after its `the`.)
        let the = || {
            let is_the = |k: usize| word(text, tokens, k).is_some_and(|w| eq_any_case(w, "the"));
            is_the(first) || first > 0 && is_the(first - 1) || starts_sentence(tokens, first)
        };
        let named = entities[e].core.len > 0;
        (next && (named || end - first <= 4 && the())).then_some(e)
    };
    // `Gilda Cobb-Hunter, a member of the Democratic National Committee,
    // recalled`: a description set off by commas right after a name says
    // who the named one is (not `To Ann Lee, the senator wrote`, `in New
    // Hampshire, a young woman asked`). (The scan ends a description
    // before `of` and a name: see `scan_names`.)
    let described = |m: &Mention, last: Option<(usize, usize, usize)>, entities: &EntityList| {
        let e = apposed(m, last, entities).filter(|&e| entities[e].core.len > 0)?;
        let next = last.is_some_and(|(_, end, _)| m.first == end + 1);
        let closed = tokens.get(m.end).is_some_and(|t| t.is_punct(','))
            || word_in(text, tokens, m.end, "for of at")
                && tokens[m.end - 1].class().names_person();
        (next && closed).then_some(e)
    };
    read_ahead(mentions, paragraph_of, |_, m, paragraph| {
        let found = match m.np {
            // `It is understood the club was “unhappy”`: an `it` opening
            // a verb of knowing in the passive stands for no one.
            NpKind::Pronoun(Pronoun::It)
                if word_in(text, tokens, m.end, "is was")
                    && word_in(text, tokens, m.end + 1, EPISTEMIC) =>
            {
                None
            }
            NpKind::Pronoun(p) => pronoun(&entities, &history, p, paragraph),
            NpKind::Name => name(
                text,
                tokens,
                (m, apposed(m, last, &entities)),
                &mut entities,
                (&recency.of(history.len()), &history, paragraph),
                (&mut cores, &index),
                (&mut ids, &mut scratch),
            ),
            NpKind::Nominal => described(m, last, &entities).or_else(|| {
                nominal(
                    text,
                    tokens,
                    m,
                    &mut entities,
                    (&recency.of(history.len()), &history, paragraph),
                    (&mut scratch.0, &mut lower),
                    (&mut ids, &heads, &mut genders),
                )
            }),
        };
        if let Some(e) = found {
            let core = entities[e].core;
            // (A generation after the surname is no surname: see
            // `Entity::suffixed`.)
            let words = cores.words(core);
            let cut = usize::from(entities[e].suffixed && words.len() > 2);
            index.note(e, &words[..words.len() - cut]);
            cores.seen(core, e);
            let entity = &mut entities[e];
            entity.last_paragraph = paragraph;
            entity.speaks |= m.speaks;
            // A role that only says whose the person is (`Labour's Chris
            // Bryant`) gives way to one that says what the person is (`Mr
            // Bryant, the shadow immigration minister,`).
            // (The mention's role first: most mentions have none, and then
            // the entity's is not read.)
            let owner = |r: Span| strip_possessive(&text[r]).len() < r.len();
            if m.role.is_some_and(|r| !owner(r)) && entity.role.is_none_or(owner)
                || entity.role.is_none()
                || entity.role_described && m.role.is_some()
            {
                entity.role = m.role;
                entity.role_described = false;
            }
            // `Ford said … The premier also defended`, `Sir Mick Jagger
            // said … the singer revealed`: a description of a person named
            // with no role gives the role.
            if entity.role.is_none() && !entity.described && entity.core.len > 0 {
                entity.role = description_role(text, tokens, m);
                entity.role_described = entity.role.is_some();
            }
            if let (NpKind::Pronoun(p), None) = (m.np, entity.gender) {
                entity.gender = match p {
                    Pronoun::He => Some(Gender::Male),
                    Pronoun::She => Some(Gender::Female),
                    _ => None,
                };
                if entity.gender.is_some() && entity.sort == Sort::Unknown {
                    entity.sort = Sort::Person;
                }
            }
            if let Some(head) = entity.head {
                heads.seen(head, e);
            }
            history.push((e, paragraph, m.subject));
            recency.seen(e, history.len() - 1);
        }
        last = found.map(|e| (m.first, m.end, e));
        out.push(found);
    });
    (out, entities)
}

/// Verbs of knowing and telling whose passive opens with an empty `it`.
const EPISTEMIC: &str = "said thought known understood believed assumed expected reported feared \
     claimed alleged rumoured rumored";

/// The words after `the` of the description `m` when they tell what a
/// person is: its head (the word before `of`, `from`, …) is a noun of a
/// person or ends a whole title (`the premier`, `the Sherwood MP`, `the
/// All Black coach`, `the secretary of state`; not `the campaign`, whose
/// word only opens a title, nor `the statement from the spokesperson`).
fn description_role(text: &str, tokens: &TokenList, m: &Mention) -> Option<Span> {
    let the = word(text, tokens, m.first).is_some_and(|w| eq_any_case(w, "the"));
    if m.np != NpKind::Nominal || !the || m.end < m.first + 2 {
        return None;
    }
    // A title is at most three words.
    let title_ends_at = |end: usize| {
        (end.saturating_sub(3).max(m.first + 1)..end).any(|k| {
            let words: Vec<&str> = (k..end).filter_map(|j| word(text, tokens, j)).collect();
            title(&words).is_some_and(|(n, _, _)| k + n == end)
        })
    };
    let head = (m.first + 1..m.end)
        .find(|&k| word_in(text, tokens, k, "of for in at from with"))
        .unwrap_or(m.end);
    let tells = |end: usize| {
        end > m.first + 1 && (tokens[end - 1].class().person_noun() || title_ends_at(end))
    };
    tells(head).then(|| Span::new(tokens[m.first + 1].span.start, tokens[m.end - 1].span.end))
}

/// The latest [`WINDOW`] entries of `history`, newest first: how far back
/// an antecedent is looked for.
fn recent(history: &[(usize, u32, bool)]) -> impl Iterator<Item = &(usize, u32, bool)> {
    history.iter().rev().take(WINDOW)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_recency_list_meets_entities_as_a_walk_back_does() {
        // A walk back over the last WINDOW entries, each entity once, is the
        // list's order, for a pseudo-random history of few and many entities.
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        for entities in [1, 3, 40, 500] {
            let mut history: Vec<(usize, u32, bool)> = Vec::new();
            let mut recency = Recency::default();
            for _ in 0..1500 {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                let e = (seed >> 33) as usize % entities;
                history.push((e, 0, false));
                recency.seen(e, history.len() - 1);
                let mut walked: Vec<usize> = Vec::new();
                for &(e, _, _) in recent(&history) {
                    if !walked.contains(&e) {
                        walked.push(e);
                    }
                }
                let listed: Vec<usize> = recency.of(history.len()).entities().collect();
                assert_eq!(listed, walked);
            }
        }
    }
}
