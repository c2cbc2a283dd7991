//! The entity of a description (`the report`, `a police spokesperson`,
//! `the prime minister`, `I`): an earlier entity with its title or head
//! noun, or a new one of the sort its head tells.

use super::names::Words;
use super::pronouns::{
    Epithet, last_subject, named_organisation, named_person, named_source, role_bearer,
    second_in_rank, titled,
};
use super::{Core, Entity, EntityList, Mention, Sort};
use crate::chars::{eq_any_case, listed_any_case, trim_end_any};
use crate::items::Items;
use crate::span::Span;
use crate::speakers::cues::word;
use crate::speakers::phrases::{is_group_number, is_group_opener, is_quantifier};
use crate::speakers::recency::{Latest, Window};
use crate::speakers::tokens::{TokenList, starts_sentence};
use crate::speakers::words::{
    Gender, is_capitalized, is_determiner, is_person_noun, is_plural_noun, is_stop_word,
    noun_gender, strip_possessive, title,
};

/// The entity of the description `m`, `None` when it names nobody (a
/// lone stop word or determiner). Earlier entities are looked for in
/// `window`: each recent entity once, where a walk back over the history
/// met the same ones in the same order but each as often as it was
/// mentioned.
// A function of its own in the .wasm (see `speakers::attribute`).
#[inline(never)]
pub(super) fn nominal<'t>(
    text: &'t str,
    tokens: &TokenList,
    m: &Mention,
    entities: &mut EntityList,
    (window, history, paragraph): (&Window, &[(usize, u32, bool)], u32),
    (words, lower): (&mut Vec<&'t str>, &mut String),
    (ids, heads, genders): (&mut Words, &Latest, &mut Genders),
) -> Option<usize> {
    // `words` is kept from call to call: no list allocated per mention.
    words.clear();
    words.extend((m.first..m.end).map(|i| strip_possessive(word(text, tokens, i).unwrap_or(""))));
    let words = &words[..];
    // A title after a determiner is a title mention: `the prime minister`.
    let whole_title = (words.len() > 1 && eq_any_case(words[0], "the"))
        .then(|| title(&words[1..]))
        .flatten()
        .filter(|&(n, _, _)| n == words.len() - 1);
    if let Some((_, key, _)) = whole_title {
        // Who bears the title first, then a deputy or a former holder of
        // it (see `second_in_rank`).
        let bearer = |any_rank: bool| {
            titled(entities, history, (text, m.span, key), paragraph, any_rank).or_else(|| {
                window.entities().find(|&e| {
                    let x = &entities[e];
                    x.titles.contains(&key) && (any_rank || !second_in_rank(x, text, m.span))
                })
            })
        };
        let known = bearer(false).or_else(|| bearer(true));
        if let Some(e) = known {
            return Some(e);
        }
    }
    // The head: the last word before `of`/`for` (`the head of the agency`),
    // a place (`a teacher in Hull`) or `with` (`one person familiar with
    // the talks`); after a quantifier the group's (`one of the officials`).
    let head_at = words
        .iter()
        .position(|w| ends_head(w))
        .filter(|&at| at != 1 || !(is_quantifier(words[0]) || is_group_number(words[0])))
        // (Before `familiar with`, `close to`: the noun before the adjective.)
        .map(|at| at - usize::from(at > 1 && ["familiar", "close"].contains(&words[at - 1])))
        .unwrap_or(words.len());
    let head_word = strip_possessive(words.get(head_at.checked_sub(1)?)?);
    // Lowercased (most heads are already: no copy), into `lower`, kept
    // from call to call (no string per description).
    let lowercase = !head_word.bytes().any(|b| b.is_ascii_uppercase());
    let head = if lowercase {
        head_word
    } else {
        lower.clear();
        lower.push_str(head_word);
        lower.make_ascii_lowercase();
        lower.as_str()
    };
    // The class of the head's token answers for the head when the token is
    // the head as written (a word in lowercase, no possessive): no lookup
    // of the word in the lists.
    let token = tokens[m.first + head_at - 1];
    let class = (token.is_word() && token.span.len() == head_word.len() && lowercase)
        .then_some(token.class());
    // `“Okay,” I said`: the writer, one entity for the whole text.
    // `Another said`: someone unnamed, each time another one.
    let narrator = words == ["I"];
    // `No other secretary of state had …`: nobody.
    if eq_any_case(words[0], "no") {
        return None;
    }
    // `the two write`: a group by its number.
    let group = words.len() == 2 && is_group_opener(words[0]) && is_group_number(head);
    let alone = words.len() == 1 && is_quantifier(head) || group;
    if narrator {
        let known = window
            .entities()
            .find(|&e| entities[e].sort == Sort::Narrator);
        if let Some(e) = known {
            return Some(e);
        }
    }
    let stop = match class {
        Some(c) => c.stop() || c.determiner(),
        None => is_stop_word(head) || is_determiner(head),
    };
    if stop && !narrator && !alone {
        return None;
    }
    // The head as a number (see [`Words`]): descriptions are listed by it.
    let head_id = ids.id(head);
    let definite = eq_any_case(words[0], "the");
    if definite {
        // The newest in the window with this head: the one mentioned last
        // (a walk over the window compared heads with most of its
        // entities, a third of this function on 1 MB of news).
        let same = |&e: &usize| window.holds(e) && !entities[e].owned_apart(text, m.span);
        if let Some(e) = heads.of(head_id).filter(same) {
            return Some(e);
        }
    }
    // `Apple Inc. said … “…,” the company said`: a definite description
    // of an organisation stands for the organisation named last.
    // (An organisation's word of the lexicon, not a document's: `the
    // report`.)
    let organisation = class.is_some_and(|c| c.org()) && head != "report";
    if definite && words.len() == 2 && organisation {
        if let Some(e) = named_organisation(entities, history, paragraph) {
            return Some(e);
        }
        // `Plymouth Hospitals NHS Trust said … The spokesperson added … The
        // trust said`: further back, the organisation whose name ends in
        // the head.
        let named_so = |e: &usize| {
            let x = &entities[*e];
            let name = text[x.name].as_bytes();
            let last = name
                .iter()
                .rposition(|&b| b == b' ')
                .map_or(name, |k| &name[k + 1..]);
            x.sort == Sort::Thing && x.core.len > 1 && eq_any_case(last, head.as_bytes())
        };
        if let Some(e) = window.entities().find(named_so) {
            return Some(e);
        }
    }
    // `Adejobi said the attack failed. “…,” the statement reads`: a
    // statement is the words of whoever issued it, the source named last
    // (a person or an organisation); not one whose issuer it names (`the
    // campaign's statement`, `The statement, signed by 40 MPs,`).
    let by_issuer = || {
        tokens.get(m.end).is_some_and(|t| t.is_punct(','))
            && word(text, tokens, m.end + 2) == Some("by")
    };
    if definite && head_at == 2 && head == "statement" && !by_issuer() {
        if let Some(e) = named_source(entities, history, paragraph) {
            return Some(e);
        }
    }
    let singular = trim_end_any(head, &['s']);
    // No title starts with a word that opens none. The whole title, not
    // its last word: `the prime minister` is no `Labour Minister`.
    let head_title = if whole_title.is_some() {
        whole_title
    } else if class.is_some_and(|c| !c.opens_title()) {
        None
    } else {
        title(&[head])
    };
    // `Mexican Economy Minister Ildefonso Guajardo said … The Mexican
    // minister said`, `The police spokesperson, Jimoh Moshood, … The
    // spokesperson said`: the person just named with this title, or with a
    // role of this noun.
    let person_head = head_title.is_some() || class.is_some_and(|c| c.person_noun());
    if definite && person_head {
        let key = head_title.map(|(_, k, _)| k);
        if let Some(e) = role_bearer(entities, history, (text, m.span, head, key), paragraph) {
            return Some(e);
        }
    }
    // `Smith and Jones` (see `phrases::coordinated`): two who speak as one.
    let pair = || is_capitalized(words[0]) && words.contains(&"and");
    let sort = if narrator {
        Sort::Narrator
    } else if pair() {
        Sort::Group
    } else if alone {
        if ["another", "one", "each"].contains(&head) {
            Sort::Person
        } else {
            Sort::Group
        }
    } else if class.map_or_else(|| is_person_noun(head), |c| c.person_noun())
        || is_person_noun(singular) && !is_plural_noun(head)
        // `The prime minister … “…,” she said`: who bears a title.
        || head_title.is_some()
    {
        Sort::Person
    } else if is_plural_noun(head) {
        Sort::Group
    } else {
        Sort::Thing
    };
    let gender = head_title
        .and_then(|(_, _, g)| g)
        .or_else(|| genders.of(head_id, head));
    // `Jack Crowley kicked 17 points. “…,” said the 24-year-old out-half`:
    // a definite description of a person by age stands for the person just
    // named (not a source described by its job: `the 40-year-old
    // official`). (`The former president`, `the former pollster` were
    // tried too: as often someone else as the person just named.)
    let aged = || {
        let modifiers = words.get(1..head_at).unwrap_or_default();
        modifiers.iter().any(|w| w.ends_with("-year-old")) && !is_source_noun(head)
    };
    if definite && aged() {
        if let Some(e) = named_person(entities, history, gender, paragraph) {
            return Some(e);
        }
    }
    // `Mr Spencer said … The Sherwood MP said: “…”`: a description of a
    // person as a subject, standing for no one else, may be the last
    // subject (see `last_subject`). Not a source described by its job
    // (`the official`), anyone (`the woman`), nor one placed by a
    // complement (`the president of Judicial Watch`).
    let plain = || {
        head_at == words.len()
            && !is_source_noun(head)
            && !listed_any_case("man woman person boy girl", head)
    };
    if definite && (m.subject || m.speaks) && sort == Sort::Person && plain() {
        // (An epithet names a place, a party or a group: `the Sherwood
        // MP`, `the Texas senator`, `the city leader`; or the head is a
        // word for the person's calling: `the singer`.)
        let lowercase = || (1..head_at - 1).all(|k| !is_capitalized(words[k]));
        let epithet = if is_calling(head) {
            Epithet::Calling
        } else if (whole_title.is_some() || head_title.is_some() && lowercase())
            && starts_sentence(tokens, m.first)
        {
            // (Not a title in the sentence of the subject, someone else:
            // `Mr. Ray said the mayor told him`.) A title's head after
            // lowercase words is one too (`The former finance minister`).
            Epithet::Title
        } else if (1..head_at - 1)
            .any(|k| is_capitalized(words[k]) || tokens[m.first + k].class().org())
        {
            Epithet::Place
        } else {
            Epithet::None
        };
        let told = (text, m.span, head, head_title.map(|(_, k, _)| k));
        if let Some(e) = last_subject(entities, history, (gender, epithet, told), paragraph) {
            return Some(e);
        }
    }
    // `one senator called it “…”`: one of several, left unnamed, so it
    // bears no title that a later `Sen. Chris Murphy` would join. (`A
    // federal judge` is often named next: `Judge Gonzalo Curiel`.)
    let indefinite = ["one", "another", "some"]
        .iter()
        .any(|d| eq_any_case(words[0], d));
    entities.push(Entity {
        name: m.span,
        described: true,
        core: Core::default(),
        titles: head_title
            .filter(|_| !indefinite)
            .map(|(_, k, _)| vec![k])
            .unwrap_or_default(),
        head: Some(head_id),
        gender,
        owner_gender: match words[0] {
            "his" | "His" => Some(Gender::Male),
            "her" | "Her" => Some(Gender::Female),
            _ => None,
        },
        sort,
        speaks: false,
        role: None,
        role_described: false,
        last_paragraph: 0,
        surname: false,
        family_first: false,
        suffixed: false,
    });
    Some(entities.len() - 1)
}

/// [`noun_gender`] of each head word, by its number in [`Words`]: the walk
/// of its two lists (~1,800 instructions, a fifth of [`nominal`] on 1 MB of
/// news) once a word, not once a description.
#[derive(Default)]
pub(super) struct Genders(Items<Option<Option<Gender>>>);

impl Genders {
    /// [`noun_gender`] of `head`, a lowercase word numbered `id`.
    fn of(&mut self, id: u32, head: &str) -> Option<Gender> {
        // (A word opening with an article, `al-…`, has the number of the
        // word after it: not kept.)
        if head.as_bytes().get(2) == Some(&b'-') {
            return noun_gender(head);
        }
        let at = id as usize;
        if at >= self.0.len() {
            self.0.resize(at + 1, None);
        }
        *self.0[at].get_or_insert_with(|| noun_gender(head))
    }
}

/// Whether a word after the head of a description ends it: `of for in
/// at from with`, in any case. Each is of two to four bytes, the first of
/// five letters: most words are told so without a walk of the list (asked
/// of every word of every description).
fn ends_head(w: &str) -> bool {
    let b = w.as_bytes();
    (2..=4).contains(&b.len())
        && matches!(b[0] | 0x20, b'o' | b'f' | b'i' | b'a' | b'w')
        && listed_any_case("of for in at from with", w)
}

/// Words for a person's calling that news writes for the person just
/// named, to vary from the name (`Sir Mick Jagger said … the singer
/// revealed`, `South African captain Aiden Markram … The South African
/// skipper maintained`, `head coach Bernardo Tavares … the Portuguese
/// tactician remarked`). Not the words of a part in the story, which are
/// as often someone new (`the candidate`, `the officer`).
fn is_calling(head: &str) -> bool {
    listed_any_case(
        "singer actor actress rapper musician star skipper tactician striker \
         midfielder winger politician comedian novelist filmmaker billionaire",
        head,
    )
}

/// Nouns of people described by their part in the news, who speak
/// unnamed (`the former official`, `the aide`).
fn is_source_noun(head: &str) -> bool {
    listed_any_case(
        "official officials aide aides source sources spokesman spokeswoman spokesperson \
         adviser advisor analyst expert staffer insider lawmaker diplomat",
        head,
    )
}

/// A description as a name: its opening determiner in lowercase (`The
/// report said` → `the report`).
pub(super) fn display(text: &str, span: Span) -> String {
    // `The minister’s reply — “…”`: the minister.
    let s = strip_possessive(&text[span]);
    match s.split_once(' ') {
        Some((first, _)) if is_determiner(first) && is_capitalized(first) => {
            // Lowercased in place: a `format!` would pull the formatting
            // machinery into the .wasm.
            let mut out = s.to_string();
            if let Some(first) = out.get_mut(..first.len()) {
                first.make_ascii_lowercase();
            }
            out
        }
        _ => s.to_string(),
    }
}
