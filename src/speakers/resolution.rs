//! Who each mention is: names, titles, descriptions and pronouns grouped
//! into entities, in one pass in text order.
//!
//! - A name joins the most recent entity whose name it shortens or extends
//!   (`Mr. Sam Ath` → `Am Sam Ath`, `Clinton` → `Hillary Clinton`), unless
//!   their genders differ (`Mr. Clinton` is not `Hillary Clinton`).
//! - A title (`the prime minister`, `PM`) joins the most recent entity that
//!   bore it (`Prime Minister Hun Sen`).
//! - A definite description (`the report`) joins the last one with its head.
//! - A pronoun joins the most recent compatible entity, preferring one named
//!   as a subject in its paragraph or the one before: `he` and `she` a
//!   person of that gender (or of unknown gender, which it then learns),
//!   `they` a group, `it` a thing or an organisation. Only mentions outside
//!   quotes exist here, so people named inside a quote are never chosen.

use super::cues::word;
use super::fast_hash::FastMap;
use super::phrases::{Np, NpKind};
use super::recency::{NameIndex, Recency, WINDOW, Window};
use super::tokens::Token;
use super::words::{
    Gender, Pronoun, given_name_gender, honorific, is_capitalized, is_connector, is_determiner,
    is_name_word, is_org_word, is_person_noun, is_plural_noun, is_stop_word,
    pronoun as pronoun_word, strip_possessive, title,
};
use crate::span::Span;

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
    /// Whether it is the speaker of a cue.
    pub speaks: bool,
    /// The apposition giving its role, if any.
    pub role: Option<Span>,
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
    /// Display name: the fullest form of the name, or the description.
    pub name: String,
    /// Lowercased name words (interned, see [`Words`]), titles and
    /// honorifics left out.
    core: Vec<u32>,
    titles: Vec<&'static str>,
    /// Head noun of a description.
    head: Option<String>,
    gender: Option<Gender>,
    sort: Sort,
    /// Whether it is the speaker of some cue.
    speaks: bool,
    /// Every mention, in text order.
    pub mentions: Vec<Span>,
    /// A role given in apposition.
    pub role: Option<Span>,
    /// Paragraph of the latest mention, and whether it was a subject.
    last_paragraph: u32,
}

/// The analysed parts of a name mention. One is filled again for each
/// mention (see [`name_parts`]): its lists are kept, not allocated anew.
#[derive(Default)]
struct NameParts {
    core: Vec<u32>,
    /// The gender of the first core word as a given name (`Ann`).
    given: Option<Gender>,
    core_span: Option<Span>,
    titles: Vec<&'static str>,
    gender: Option<Gender>,
    person: bool,
    org: bool,
}

/// Lowercased name words as numbers: each mention is compared with up to
/// [`WINDOW`] earlier entities, and comparing numbers instead of strings
/// made resolution several times faster on 1 MB of news.
#[derive(Default)]
struct Words {
    ids: FastMap<String, u32>,
    /// The word last numbered, lowercased (reused: no heap copy per word).
    lower: String,
}

impl Words {
    /// The number of `word` in ASCII lowercase, left in `self.lower`.
    fn id(&mut self, word: &str) -> u32 {
        self.lower.clear();
        self.lower.push_str(word);
        self.lower.make_ascii_lowercase();
        if let Some(&id) = self.ids.get(self.lower.as_str()) {
            return id;
        }
        let id = self.ids.len() as u32;
        self.ids.insert(self.lower.clone(), id);
        id
    }
}

/// Fills `parts` with the parts of the name in tokens `first..end`;
/// `words` is room for its words.
fn name_parts<'t>(
    text: &'t str,
    tokens: &[Token],
    (first, end): (usize, usize),
    ids: &mut Words,
    words: &mut Vec<&'t str>,
    parts: &mut NameParts,
) {
    words.clear();
    words.extend((first..end).map(|i| word(text, tokens, i).unwrap_or("")));
    parts.core.clear();
    parts.titles.clear();
    parts.given = None;
    parts.core_span = None;
    parts.gender = None;
    parts.person = false;
    parts.org = false;
    let mut i = 0;
    while i < words.len() {
        if let Some(g) = honorific(words[i]) {
            parts.gender = parts.gender.or(g);
            parts.person = true;
            i += 1;
        } else if let Some((n, key, g)) = title(&words[i..]) {
            // A title word inside a name (`Sen` of `Hun Sen`) is a name word.
            if i + n >= words.len() && !parts.core.is_empty() {
                break;
            }
            parts.titles.push(key);
            parts.gender = parts.gender.or(g);
            parts.person = true;
            i += n;
        } else {
            break;
        }
    }
    for (k, w) in words.iter().enumerate().skip(i) {
        let w = strip_possessive(w);
        // An acronym (`NGOs`, `FBI`) is an organisation.
        let caps = w.chars().filter(|c| c.is_uppercase()).count();
        let acronym = caps > 1 && w.trim_end_matches('s').chars().all(|c| !c.is_lowercase());
        parts.org |= is_org_word(w) || acronym;
        parts.core.push(ids.id(w));
        if k == i {
            parts.given = given_name_gender(&ids.lower);
        }
        let span = tokens[first + k].span;
        let span = Span::new(span.start, span.start + w.len());
        parts.core_span = Some(match parts.core_span {
            None => span,
            Some(s) => Span::new(s.start, span.end),
        });
    }
    if let Some(g) = parts.given {
        if parts.core.len() > 1 {
            parts.gender = parts.gender.or(Some(g));
            parts.person = true;
        }
    }
}

/// Resolves `mentions` (in text order) into entities; returns the entity of
/// each mention.
pub(crate) fn resolve(
    text: &str,
    tokens: &[Token],
    mentions: &[Mention],
) -> (Vec<Option<usize>>, Vec<Entity>) {
    let mut entities: Vec<Entity> = Vec::new();
    // (entity, paragraph, subject) of each resolved mention so far.
    // At most one entry per mention: sized once.
    let mut history: Vec<(usize, u32, bool)> = Vec::with_capacity(mentions.len());
    let mut out = Vec::with_capacity(mentions.len());
    // The latest entity of each full name, for names not seen lately.
    let mut by_core: FastMap<Vec<u32>, usize> = FastMap::default();
    let mut ids = Words::default();
    let mut recency = Recency::default();
    let mut scratch = (Vec::new(), NameParts::default());
    let mut index = NameIndex::default();
    for m in mentions {
        let paragraph = tokens[m.first].paragraph;
        let found = match m.np {
            NpKind::Pronoun(p) => pronoun(&entities, &history, p, paragraph),
            NpKind::Name => name(
                text,
                tokens,
                m,
                &mut entities,
                &recency.of(history.len()),
                (&by_core, &index),
                (&mut ids, &mut scratch),
            ),
            NpKind::Nominal => nominal(text, tokens, m, &mut entities, &history),
        };
        if let Some(e) = found {
            let core = &entities[e].core;
            index.note(e, core);
            if !core.is_empty() {
                // Cloned only for a name new to the map.
                match by_core.get_mut(core) {
                    Some(latest) => *latest = e,
                    None => {
                        by_core.insert(core.clone(), e);
                    }
                }
            }
            let entity = &mut entities[e];
            entity.mentions.push(m.span);
            entity.last_paragraph = paragraph;
            entity.speaks |= m.speaks;
            if entity.role.is_none() {
                entity.role = m.role;
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
            history.push((e, paragraph, m.subject));
            recency.seen(e, history.len() - 1);
        }
        out.push(found);
    }
    (out, entities)
}

fn recent(history: &[(usize, u32, bool)]) -> impl Iterator<Item = &(usize, u32, bool)> {
    history.iter().rev().take(WINDOW)
}

fn pronoun(
    entities: &[Entity],
    history: &[(usize, u32, bool)],
    p: Pronoun,
    paragraph: u32,
) -> Option<usize> {
    let fits = |e: &Entity| match p {
        Pronoun::He | Pronoun::She => {
            let g = if p == Pronoun::He {
                Gender::Male
            } else {
                Gender::Female
            };
            let person =
                e.sort == Sort::Person || e.sort == Sort::Unknown && (e.speaks || e.core.len() > 1);
            person && e.gender.is_none_or(|x| x == g)
        }
        Pronoun::They => matches!(e.sort, Sort::Group | Sort::Thing),
        Pronoun::It => e.sort == Sort::Thing,
    };
    let near = |para: u32| para + 1 >= paragraph;
    // A subject in this paragraph or the one before wins over a nearer
    // mention elsewhere in a sentence: `“…,” Ann said of Bob. “…,” she added`.
    let subject = recent(history)
        .take_while(|&&(_, para, _)| near(para))
        .find(|&&(e, _, subject)| subject && fits(&entities[e]));
    let any = || {
        recent(history)
            .take_while(|&&(_, para, _)| para + 3 >= paragraph)
            .find(|&&(e, _, _)| fits(&entities[e]))
    };
    subject.or_else(any).map(|&(e, _, _)| e)
}

fn name<'t>(
    text: &'t str,
    tokens: &[Token],
    m: &Mention,
    entities: &mut Vec<Entity>,
    window: &Window,
    (by_core, index): (&FastMap<Vec<u32>, usize>, &NameIndex),
    (ids, (words, parts)): (&mut Words, &mut (Vec<&'t str>, NameParts)),
) -> Option<usize> {
    name_parts(text, tokens, (m.first, m.end), ids, words, parts);
    let parts = &*parts;
    if parts.core.is_empty() {
        // Only titles: `the prime minister`, `PM`.
        let key = *parts.titles.first()?;
        let known = window
            .entities()
            .find(|&e| entities[e].titles.contains(&key));
        if let Some(e) = known {
            return Some(e);
        }
        return Some(new_entity(
            entities,
            display(text, m.span),
            Vec::new(),
            parts,
            m,
        ));
    }
    let compatible = |e: &Entity| {
        !e.core.is_empty()
            && parts.gender.is_none_or(|g| e.gender.is_none_or(|x| x == g))
            && (ends_with(&e.core, &parts.core)
                || ends_with(&parts.core, &e.core)
                || parts.core.len() == 1 && e.core[0] == parts.core[0] && parts.given.is_some())
    };
    // Only an entity whose name ends like this one, or starts like this
    // lone given name, is compatible: those listed under these words.
    let last = index.with(true, *parts.core.last()?);
    let given = parts.core.len() == 1 && parts.given.is_some();
    let first = if given {
        index.with(false, parts.core[0])
    } else {
        Some(&[][..])
    };
    let known = match (last, first) {
        (Some(last), Some(first)) => window.newest(last.iter().chain(first).copied(), |e| {
            compatible(&entities[e])
        }),
        _ => window.entities().find(|&e| compatible(&entities[e])),
    };
    let known = known.or_else(|| {
        // Not seen lately: any earlier entity with this very name.
        by_core.get(&parts.core).copied()
    });
    let core_text = || {
        parts
            .core_span
            .map(|s| text[s].to_string())
            .unwrap_or_default()
    };
    if let Some(e) = known {
        let entity = &mut entities[e];
        if parts.core.len() > entity.core.len() {
            entity.core = parts.core.clone();
            entity.name = core_text();
        }
        merge_facts(entity, parts, m);
        return Some(e);
    }
    // A name after a bare title: `PM` then `Prime Minister Hun Sen`.
    let titled = window.entities().find(|&e| {
        entities[e].core.is_empty() && parts.titles.iter().any(|t| entities[e].titles.contains(t))
    });
    if let Some(e) = titled {
        let entity = &mut entities[e];
        entity.core = parts.core.clone();
        entity.name = core_text();
        merge_facts(entity, parts, m);
        return Some(e);
    }
    // A lone capitalised word opening a sentence may be any word (`Asked`,
    // `Critics`): it names someone only as the subject of a cue.
    let sentence_start = m.first == 0 || tokens[m.first - 1].sentence != tokens[m.first].sentence;
    if parts.core.len() == 1 && sentence_start && !m.subject && parts.titles.is_empty() {
        return None;
    }
    let core = parts.core.clone();
    Some(new_entity(entities, core_text(), core, parts, m))
}

fn merge_facts(entity: &mut Entity, parts: &NameParts, m: &Mention) {
    for t in &parts.titles {
        if !entity.titles.contains(t) {
            entity.titles.push(t);
        }
    }
    entity.gender = entity.gender.or(parts.gender);
    if parts.person && entity.sort == Sort::Unknown {
        entity.sort = Sort::Person;
    }
    if m.subject && entity.sort == Sort::Unknown && entity.core.len() > 1 {
        entity.sort = Sort::Person;
    }
}

fn new_entity(
    entities: &mut Vec<Entity>,
    name: String,
    core: Vec<u32>,
    parts: &NameParts,
    m: &Mention,
) -> usize {
    let sort = if parts.org {
        Sort::Thing
    } else if parts.person || (m.subject && core.len() > 1) || core.is_empty() {
        Sort::Person
    } else {
        Sort::Unknown
    };
    entities.push(Entity {
        name,
        core,
        titles: parts.titles.clone(),
        head: None,
        gender: parts.gender,
        sort,
        speaks: false,
        mentions: Vec::new(),
        role: None,
        last_paragraph: 0,
    });
    entities.len() - 1
}

fn nominal(
    text: &str,
    tokens: &[Token],
    m: &Mention,
    entities: &mut Vec<Entity>,
    history: &[(usize, u32, bool)],
) -> Option<usize> {
    let words: Vec<&str> = (m.first..m.end)
        .map(|i| strip_possessive(word(text, tokens, i).unwrap_or("")))
        .collect();
    // A title after a determiner is a title mention: `the prime minister`.
    if words.len() > 1 && words[0].eq_ignore_ascii_case("the") {
        if let Some((n, key, _)) = title(&words[1..]) {
            if n == words.len() - 1 {
                let known = recent(history).find(|&&(e, _, _)| entities[e].titles.contains(&key));
                if let Some(&(e, _, _)) = known {
                    return Some(e);
                }
            }
        }
    }
    // The head: the last word before `of`/`for` (`the head of the agency`).
    let head_at = words
        .iter()
        .position(|w| w.eq_ignore_ascii_case("of") || w.eq_ignore_ascii_case("for"))
        .unwrap_or(words.len());
    let head = strip_possessive(words.get(head_at.checked_sub(1)?)?).to_ascii_lowercase();
    // `“Okay,” I said`: the writer, one entity for the whole text.
    // `Another said`: someone unnamed, each time another one.
    let narrator = words == ["I"];
    let alone = words.len() == 1 && super::phrases::is_quantifier(&head);
    if narrator {
        let known = recent(history).find(|&&(e, _, _)| entities[e].sort == Sort::Narrator);
        if let Some(&(e, _, _)) = known {
            return Some(e);
        }
    }
    if (is_stop_word(&head) || is_determiner(&head)) && !narrator && !alone {
        return None;
    }
    let definite = words[0].eq_ignore_ascii_case("the");
    if definite {
        let same = recent(history)
            .map(|&(e, _, _)| e)
            .find(|&e| entities[e].head.as_deref() == Some(head.as_str()));
        if let Some(e) = same {
            return Some(e);
        }
    }
    let singular = head.trim_end_matches('s');
    let sort = if narrator {
        Sort::Narrator
    } else if alone {
        if ["another", "one", "each"].contains(&head.as_str()) {
            Sort::Person
        } else {
            Sort::Group
        }
    } else if is_person_noun(&head) || is_person_noun(singular) && !is_plural_noun(&head) {
        Sort::Person
    } else if is_plural_noun(&head) {
        Sort::Group
    } else {
        Sort::Thing
    };
    let gender = title(&[head.as_str()]).and_then(|(_, _, g)| g);
    entities.push(Entity {
        name: display(text, m.span),
        core: Vec::new(),
        titles: title(&[head.as_str()])
            .map(|(_, k, _)| vec![k])
            .unwrap_or_default(),
        head: Some(head),
        gender,
        sort,
        speaks: false,
        mentions: Vec::new(),
        role: None,
        last_paragraph: 0,
    });
    Some(entities.len() - 1)
}

/// A description as a name: its opening determiner in lowercase (`The
/// report said` → `the report`).
fn display(text: &str, span: Span) -> String {
    let s = &text[span];
    match s.split_once(' ') {
        Some((first, rest)) if is_determiner(first) && is_capitalized(first) => {
            format!("{} {rest}", first.to_ascii_lowercase())
        }
        _ => s.to_string(),
    }
}

/// Whether `long` ends with all of `short`. Word by word: names are a few
/// words, and a slice comparison called `memcmp` (7% of the stage).
fn ends_with(long: &[u32], short: &[u32]) -> bool {
    !short.is_empty()
        && long.len() >= short.len()
        && long
            .iter()
            .rev()
            .zip(short.iter().rev())
            .all(|(a, b)| a == b)
}

/// Names in running text outside quotes: runs of capitalised words with
/// their titles (`Prime Minister Hun Sen`), and titles after `the` (`the
/// prime minister`). They give pronouns and later mentions their antecedents.
pub(crate) fn scan_names(text: &str, tokens: &[Token]) -> Vec<Mention> {
    let mut out = Vec::new();
    let mut i = 0;
    // Once per token, (name word, `the`): the loop below asks again of the
    // same tokens.
    let seen: Vec<(bool, bool)> = (0..tokens.len())
        .map(|i| {
            word(text, tokens, i).map_or((false, false), |w| {
                (is_name_word(w), w.eq_ignore_ascii_case("the"))
            })
        })
        .collect();
    let name_word = |i: usize| seen.get(i).is_some_and(|s| s.0);
    while i < tokens.len() {
        // A description opening a clause may be taken up by a pronoun:
        // `Local farmers gathered … “…,” they said`.
        if opens_clause(text, tokens, i) && may_open_description(text, tokens, i) {
            let hi = (i + 8).min(tokens.len());
            if let Some(np) = super::phrases::phrase_after(text, tokens, i, hi) {
                // Only plain descriptions: `Mr. Hun Sen spoke` is a name and a verb.
                let plain = (np.first + 1..np.end)
                    .all(|k| word(text, tokens, k).is_some_and(|w| !is_capitalized(w)));
                if np.kind == NpKind::Nominal && np.end - np.first > 1 && plain {
                    out.push(Mention {
                        span: np.span,
                        np: NpKind::Nominal,
                        first: np.first,
                        end: np.end,
                        subject: true,
                        speaks: false,
                        role: None,
                    });
                    i = np.end;
                    continue;
                }
            }
        }
        if name_word(i) {
            let start = i;
            while i < tokens.len()
                && name_word(i)
                && tokens[i].sentence == tokens[start].sentence
                && i - start < 8
            {
                i += 1;
                // A possessive ends the name: `Trump’s campaign`.
                if word(text, tokens, i - 1).is_some_and(|w| strip_possessive(w) != w) {
                    break;
                }
            }
            out.push(Mention {
                span: Span::new(tokens[start].span.start, tokens[i - 1].span.end),
                np: NpKind::Name,
                first: start,
                end: i,
                subject: opens_clause(text, tokens, start),
                speaks: false,
                role: None,
            });
            continue;
        }
        // `the prime minister`: a lowercase title after `the`.
        if seen[i].1 {
            // `the prime minister’s call` names him too.
            let words: Vec<&str> = (i + 1..(i + 4).min(tokens.len()))
                .map_while(|k| word(text, tokens, k))
                .map(strip_possessive)
                .collect();
            if let Some((n, _, _)) = title(&words).filter(|_| !name_word(i + 1)) {
                if !name_word(i + 1 + n) {
                    let end = i + 1 + n;
                    out.push(Mention {
                        span: Span::new(tokens[i].span.start, tokens[end - 1].span.end),
                        np: NpKind::Nominal,
                        first: i,
                        end,
                        subject: opens_clause(text, tokens, i),
                        speaks: false,
                        role: None,
                    });
                    i = end;
                    continue;
                }
            }
        }
        i += 1;
    }
    out
}

/// Whether [`super::phrases::phrase_after`] at token `i` may give what
/// [`scan_names`] keeps of it: a description of two words or more, the
/// words after the first in lowercase. Each test is one that phrase_after
/// ends the phrase on before its second word (`He said`, `But the …`, `In
/// 2016 …`, `Trump said`), so the answer is the same; the full walk was 6%
/// of the stage on 1 MB of news, for few descriptions.
fn may_open_description(text: &str, tokens: &[Token], i: usize) -> bool {
    let (Some(first), Some(second)) = (word(text, tokens, i), word(text, tokens, i + 1)) else {
        return false;
    };
    // A phrase opens with a determiner, or with a word that is no stop word,
    // connector or pronoun (on those it ends before it starts).
    let opens = is_determiner(first)
        || !(is_connector(first) || is_stop_word(first) || pronoun_word(first).is_some());
    // Its second word goes on it only when no stop word, pronoun, verb or cue
    // (a connector may: `head of the agency`).
    let verb = second.ends_with("ing") || second.ends_with("ed");
    let goes_on = !is_capitalized(second)
        && (is_connector(second)
            || !(verb || is_stop_word(second))
                && pronoun_word(second).is_none()
                && super::cues::cue_at(text, tokens, i + 1).is_none());
    opens && goes_on
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

/// Whether token `i` opens its sentence, or the clause after an opening
/// phrase (`In his speech, the prime minister …`): the place of a subject.
fn opens_clause(text: &str, tokens: &[Token], i: usize) -> bool {
    let sentence = tokens[i].sentence;
    let starts = |k: usize| k == 0 || tokens[k - 1].sentence != sentence;
    if starts(i) {
        return true;
    }
    if tokens[i - 1].tok != super::tokens::Tok::Punct(',') {
        return false;
    }
    // The sentence opens with a function word and reaches `i` within a few
    // words, with no other comma.
    let first = (i.saturating_sub(10)..i).find(|&k| starts(k) || k == 0);
    first.is_some_and(|f| {
        word(text, tokens, f).is_some_and(is_stop_word)
            && !tokens[f..i - 1]
                .iter()
                .any(|t| t.tok == super::tokens::Tok::Punct(','))
    })
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
