//! The words that name a speaker next to a cue: the subject before a verb
//! (`Mr. Hun Sen said`), the name after an inverted verb or a source phrase
//! (`said Ann Lee`, `according to the report`), with an apposition kept apart
//! as the role (`Am Sam Ath, technical supervisor for Licadho, said`).

use super::cues::{CueKind, class, class_inlined, cue_at, word};
use super::tokens::{Tok, TokenList, starts_sentence};
use super::words::{
    Class, Pronoun, is_capitalized, is_determiner, is_institution_head, is_irregular_past,
    is_person_noun, is_person_noun_in_any_number, is_plural_noun, is_saying_noun, is_stop_word,
    strip_possessive, title,
};
use crate::chars::{eq_any_case, index_of, listed, listed_any_case, listed_bytes};
use crate::span::Span;

/// How a phrase names its speaker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NpKind {
    /// A proper name, with its titles (`Prime Minister Hun Sen`).
    Name,
    /// A pronoun (`he`).
    Pronoun(Pronoun),
    /// A description (`the report`, `a police spokesperson`).
    Nominal,
}

/// A phrase naming a speaker.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Np {
    /// What it is.
    pub kind: NpKind,
    /// The mention: the name with its titles, the pronoun, the description.
    pub span: Span,
    /// Token range of the mention.
    pub first: usize,
    /// One past the mention's last token.
    pub end: usize,
    /// First token of the whole phrase, apposition included.
    pub outer_first: usize,
    /// One past the whole phrase, apposition included.
    pub outer_end: usize,
    /// The apposition or the descriptive words before a name.
    pub role: Option<Span>,
}

/// The longest run of tokens a phrase may span, so that a walk stays local.
const MAX_WORDS: usize = 16;

/// The subject of the cue at token `cue`, looking back no further than
/// token `lo`: `Mr. Hun Sen [also] said`, `Am Sam Ath, technical supervisor
/// for rights group Licadho, said`.
pub(crate) fn subject_before(text: &str, tokens: &TokenList, lo: usize, cue: usize) -> Option<Np> {
    let mut i = cue;
    // A few rounds: each skips a phrase that is no subject (`Beck, who has
    // in the past described …`: `in the past`).
    for _ in 0..3 {
        while i > lo && class_inlined(tokens, i - 1).skippable() {
            i -= 1;
        }
        i = skip_time(text, tokens, lo, i);
        // `Sen. Claire McCaskill (D-Mo.) said`: a parenthesis is skipped.
        if i > lo && tokens[i - 1].is_punct(')') {
            let open = (lo..i - 1)
                .rev()
                .take(8)
                .find(|&k| tokens[k].is_punct('('))?;
            i = open;
            continue;
        }
        // `Weaver, who said …`: the relative pronoun names the speaker, and
        // stands for the phrase before its comma.
        if i > lo + 2
            && word(text, tokens, i - 1).is_some_and(|w| eq_any_case(w, "who"))
            && tokens[i - 2].is_punct(',')
        {
            let (first, end) = core_before(text, tokens, lo, skip_parenthesis(tokens, lo, i - 2))?;
            let mut np = build(text, tokens, first, end);
            np.span = tokens[i - 1].span;
            np.outer_first = i - 1;
            np.outer_end = i;
            return Some(np);
        }
        // `Ann Lee who tweeted`: a relative pronoun right after a name names
        // the speaker, standing for it. After a description it is often
        // the object of the main clause (`Sanders is releasing an ad that
        // urges …`), which speaks.
        if i > lo + 1 && word(text, tokens, i - 1).is_some_and(|w| eq_any_case(w, "who")) {
            let name = core_before(text, tokens, lo, i - 1)
                .map(|(first, end)| build(text, tokens, first, end))
                .filter(|np| np.kind == NpKind::Name);
            if let Some(mut np) = name {
                np.span = tokens[i - 1].span;
                np.outer_first = i - 1;
                np.outer_end = i;
                return Some(np);
            }
        }
        // An apposition set off by commas, or by dashes (`Her opponent —
        // Councilman Dave Price — called`).
        let mark = match tokens.get(i.wrapping_sub(1)).map(|t| t.tok()) {
            Some(Tok::Punct(m @ (',' | '—' | '–'))) if i > lo => Some(m),
            _ => None,
        };
        if let Some(mark) = mark {
            // Find the comma (or dash) that opens it.
            let close = i - 1;
            let comma_before = |at: usize| {
                (lo..at)
                    .rev()
                    .take(30)
                    .take_while(|&k| !tokens[k].is_quote())
                    .find(|&k| tokens[k].is_punct(mark))
            };
            let mut open = comma_before(close)?;
            // `Dr. Ann Lee, chief of surgery at Mercy Hospital, who was not
            // involved in the study, called`: a relative clause set off by
            // commas is skipped like a parenthesis; the name is before it.
            // (Only after a second apposition closing on that comma, a
            // description after a name: `Ann Lee, who …, said` is read
            // below, and in `In October, Paulson, who …, told` Paulson is
            // no apposition.)
            // (Or where the person is from: `Dr Sarah Jones, from the
            // University of Bristol, who led the study, said`.)
            let apposed_before = || {
                comma_before(open).is_some_and(|prev| {
                    let c = class(tokens, prev + 1);
                    // The word lists last: the dearest tests.
                    prev > lo
                        && class(tokens, prev - 1).capitalized()
                        && (!c.capitalized() || c.determiner())
                        && (is_role(text, tokens, prev + 1)
                            || word_in(text, tokens, prev + 1, "from of at"))
                })
            };
            // So is another name set off by `or` (`Yoshino Tomoko,
            // president of the Japanese Trade Union Confederation, or
            // Rengo, said`).
            if mark == ','
                && open > lo
                && class(tokens, open + 1).stop()
                && word_in(text, tokens, open + 1, "who or")
                && apposed_before()
            {
                i = open + 1;
                continue;
            }
            // So is a phrase of time set off by commas (`Inder
            // Singh Parmar, during the programme, said`).
            // The name before it may have an apposition of its own, set off
            // by the comma that this one's opens on (`The minister, Inder
            // Singh Parmar, during …, said`); else it ends at that comma
            // (`Trump, during a visit, earlier said`).
            // (And `for his part`, `for their part`: `Okafor, for his part,
            // said`.)
            let for_part = close == open + 4
                && word_is(text, tokens, open + 1, "for")
                && word_is(text, tokens, open + 3, "part");
            let during = word_is(text, tokens, open + 1, "during");
            if mark == ',' && open > lo && (during || for_part) {
                i = open + usize::from(comma_before(open).is_some());
                continue;
            }
            // `Dana Wu, during a meeting in Dayton, Ohio, said`: the comma
            // between a place and its state opens nothing (nor `Miss.`).
            let state = |open: usize| {
                close - open <= 3
                    && open > lo
                    && class(tokens, open - 1).capitalized()
                    && (open + 1..close)
                        .all(|k| class(tokens, k).capitalized() || tokens[k].is_punct('.'))
            };
            // With no comma before the place, after `in`, `at` or `from`,
            // the state ends the phrase (`a woman in Worcester,
            // Massachusetts, told`): no apposition.
            let mut placed = false;
            if open + 1 < close && state(open) {
                match comma_before(open) {
                    Some(before) => open = before,
                    None => {
                        let mut city = open - 1;
                        while city > lo && class(tokens, city - 1).capitalized() {
                            city -= 1;
                        }
                        placed = city > 0 && in_at_from(text, tokens, city - 1);
                    }
                }
            }
            // `Smith, 45, of Leeds, told`: an age set off by commas is an
            // apposition of its own.
            if open >= lo + 2
                && tokens[open - 2].is_punct(',')
                && word(text, tokens, open - 1)
                    .is_some_and(|w| w.bytes().all(|b| b.is_ascii_digit()))
            {
                open -= 2;
            }
            // `Sanders, meanwhile, who has no such backing, said`: an
            // adverb set off by commas stands between the name and its
            // apposition.
            if open >= lo + 2 && tokens[open - 2].is_punct(',') && {
                let c = class(tokens, open - 1);
                !c.capitalized() && c.stop()
            } {
                open -= 2;
            }
            // (Past a time before it too: `Ann Lee on Friday, referring to
            // it, criticised`.)
            let before = skip_time(text, tokens, lo, skip_parenthesis(tokens, lo, open));
            let (first, end) = core_before(text, tokens, lo, before)?;
            // `Sara Lind, Managing Director, Monetary Authority of Lumaria,
            // said`: a bare title set off after a name opens the role, and
            // the apposition after it is where the person holds it.
            if let Some(named) = titled_name_before(text, tokens, lo, (first, end), close) {
                return Some(named);
            }
            let mut np = build(text, tokens, first, end);
            np.outer_end = close + 1;
            if placed {
                return Some(np);
            }
            if let Some(named) = name_in_apposition(text, tokens, &np, open + 1, close) {
                return Some(named);
            }
            // Not an age alone: `Faith Wanjiru, 26, said`.
            let age = close == open + 2
                && word(text, tokens, open + 1)
                    .is_some_and(|w| w.bytes().all(|b| b.is_ascii_digit()));
            let end = before_relative(text, tokens, open + 1, close);
            if open + 1 < end && is_role(text, tokens, open + 1) && !age {
                np.role = Some(Span::new(
                    tokens[open + 1].span.start,
                    tokens[end - 1].span.end,
                ));
            }
            return Some(np);
        }
        let (first, end) = core_before(text, tokens, lo, i)?;
        // `Parents who spoke to the BBC said`: the phrase before the cue
        // ends a relative clause; its antecedent is the subject.
        if let Some((first, end)) = relative_antecedent(text, tokens, lo, first) {
            return Some(build(text, tokens, first, end));
        }
        // A description after a preposition is its object, not the subject
        // (`in the past`); a name after one heads a clause (`after Trump
        // told …`), and so does a description after one that opens a
        // clause too (`days after the administration declared`).
        let name = class_inlined(tokens, end - 1).capitalized();
        if !name
            && first > lo
            && word(text, tokens, first - 1).is_some_and(|w| {
                // `with Trump yelling` is Trump's own clause: not `with`.
                let c = class(tokens, first - 1);
                let clause = matches!(w, "with" | "after" | "before" | "since" | "until" | "as");
                !c.capitalized() && !clause && (c.place_preposition() || is_preposition(w))
            })
        {
            i = first - 1;
            continue;
        }
        // `An aide speaking to Fox News said`, `A sign taped to the door
        // read`: the object of a participle phrase after the subject is no
        // subject.
        if first > lo + 2
            && word(text, tokens, first - 1)
                .is_some_and(|w| ["to", "with", "on", "by"].contains(&w))
            && word(text, tokens, first - 2)
                .is_some_and(|w| (w.ends_with("ing") || w.ends_with("ed")) && !is_capitalized(w))
        {
            i = first - 2;
            continue;
        }
        let np = build(text, tokens, first, end);
        if let Some(named) = unclosed_apposition(text, tokens, lo, &np)
            .or_else(|| unclosed_relative(text, tokens, lo, np.first))
        {
            return Some(named);
        }
        return Some(coordinated(text, tokens, lo, np).unwrap_or(np));
    }
    None
}

/// An apposition the cue closes, its closing comma left out, where the
/// other part opens the clause right after a quote or a sentence:
/// `“…,” Mark Ellison, president of the tenants’ union says` and `The
/// hospital’s finance director, Colin Markey said` are the named person,
/// with the description for a role.
fn unclosed_apposition(text: &str, tokens: &TokenList, lo: usize, np: &Np) -> Option<Np> {
    let comma = np.first.checked_sub(1)?;
    if comma <= lo || !tokens[comma].is_punct(',') {
        return None;
    }
    let (first, end) = core_before(text, tokens, lo, comma)?;
    let before = build(text, tokens, first, end);
    // The part before the comma opens the clause, with no word before it
    // (not `Speaking alongside State Minister Ali Malik, the minister
    // said`, where the name is an object).
    let opens = first == lo
        && end == comma
        && before.first == first
        && (starts_sentence(tokens, first) || tokens[first - 1].is_quote());
    if !opens {
        return None;
    }
    match np.kind {
        NpKind::Nominal => {
            let person =
                (np.first..np.end.min(np.first + 3)).any(|k| class(tokens, k).names_person());
            // `Clinton, a top aide said, “…”`: someone else, about her.
            let someone_else = word_in(text, tokens, np.first, "a an one another");
            if before.kind != NpKind::Name
                || class(tokens, np.first).capitalized()
                || someone_else
                || !person
                || !is_role(text, tokens, np.first)
            {
                return None;
            }
            let mut named = before;
            named.role = Some(np.span);
            named.outer_end = np.end;
            Some(named)
        }
        // (Only a description that names a person: not `In Leeds, Ann Lee
        // said`; nor people, whom the cue is set in: `Democrats, Frank
        // notes, applaud …`.)
        NpKind::Name if is_role(text, tokens, first) && !names_people(text, tokens, first, end) => {
            let mut named = name_in_apposition(text, tokens, &before, np.first, np.end)?;
            named.role?;
            named.outer_end = np.end;
            Some(named)
        }
        _ => None,
    }
}

/// The name before the title in tokens `first..end`, set off by a
/// comma, with the role from the title up to the apposition's closing
/// comma `close` (see [`subject_before`]).
fn titled_name_before(
    text: &str,
    tokens: &TokenList,
    lo: usize,
    (first, end): (usize, usize),
    close: usize,
) -> Option<Np> {
    let comma = first.checked_sub(1).filter(|&k| k > lo)?;
    // A title in capitals: `Managing Director`, `Head Coach`.
    let titled = |first: usize, end: usize| {
        end - first <= 4
            && (first..end).all(|k| class(tokens, k).capitalized())
            && class(tokens, end - 1).names_person()
    };
    if !tokens[comma].is_punct(',') || !titled(first, end) {
        return None;
    }
    let (name_first, name_end) = core_before(text, tokens, lo, comma)?;
    let mut named = build(text, tokens, name_first, name_end);
    if named.kind != NpKind::Name || titled(name_first, name_end) {
        return None;
    }
    let role_end = before_relative(text, tokens, first, close);
    named.role = Some(Span::new(
        tokens[first].span.start,
        tokens[role_end - 1].span.end,
    ));
    named.outer_end = close + 1;
    Some(named)
}

/// Whether tokens `first..end` hold a noun of people in the plural
/// (`Democrats`, `local farmers`).
fn names_people(text: &str, tokens: &TokenList, first: usize, end: usize) -> bool {
    (first..end).any(|k| {
        word(text, tokens, k).is_some_and(|w| !is_person_noun(w) && is_person_noun_in_any_number(w))
    })
}

/// `Lena Okafor, who has coached the club as a player and captain says`: a
/// relative clause after a name opening the sentence, its closing comma
/// left out, ends before the cue; the name is the subject. (The clause has
/// a verb of its own right after `who`: not `Ann Lee, who the mayor says
/// …`.)
fn unclosed_relative(text: &str, tokens: &TokenList, lo: usize, i: usize) -> Option<Np> {
    let who = (lo + 2..i)
        .rev()
        .take(MAX_WORDS)
        .take_while(|&k| matches!(tokens[k].tok(), Tok::Word))
        .find(|&k| word_is(text, tokens, k, "who"))?;
    let verb = class(tokens, who + 1);
    if !tokens[who - 1].is_punct(',')
        || verb.capitalized()
        || verb.determiner()
        || verb.pronoun().is_some()
    {
        return None;
    }
    let (first, end) = core_before(text, tokens, lo, who - 1)?;
    let named = build(text, tokens, first, end);
    let opens = first == lo
        && named.first == first
        && (starts_sentence(tokens, first) || tokens[first - 1].is_quote());
    (opens && end == who - 1 && named.kind == NpKind::Name).then_some(named)
}

/// Two names joined by `and` opening their clause, as one speaker: `Mark
/// Blumenthal and Jon Cohen: “…”`, `Trump and Ryan said`. A description
/// of both, a group (see `resolution::descriptions`), not either alone.
fn coordinated(text: &str, tokens: &TokenList, lo: usize, second: Np) -> Option<Np> {
    let and = second.outer_first.checked_sub(1)?;
    if second.kind != NpKind::Name || and <= lo || !word_is(text, tokens, and, "and") {
        return None;
    }
    let (first, end) = core_before(text, tokens, lo, and)?;
    let first = build(text, tokens, first, end);
    // The first name opens its clause: not `officials from Britain and
    // France`.
    let opens = first.outer_first == lo || {
        let before = tokens[first.outer_first - 1];
        !before.is_word() || class(tokens, first.outer_first - 1).stop()
    };
    let from_or_to = first.outer_first > lo
        && word_in(text, tokens, first.outer_first - 1, "from to of by with");
    (first.kind == NpKind::Name && first.end == and && opens && !from_or_to).then(|| Np {
        kind: NpKind::Nominal,
        span: Span::new(first.span.start, second.span.end),
        first: first.first,
        outer_first: first.outer_first,
        role: None,
        ..second
    })
}

/// Whether tokens `first..end` are two names joined by `and`, as
/// [`coordinated`] makes them (a capitalised first word, an `and` inside).
pub(crate) fn is_pair(text: &str, tokens: &TokenList, first: usize, end: usize) -> bool {
    class(tokens, first).capitalized() && (first..end).any(|k| word_is(text, tokens, k, "and"))
}

/// The noun phrase opening a clause before a restrictive relative clause
/// that ends at token `first` (`One resident who did not want to be named`,
/// `Residents who live near the plant`), as a token range: the clause's
/// lowercase words lead back to `who` within [`MAX_WORDS`], with nothing
/// between the phrase and the start of its clause. A phrase after a verb or
/// a preposition is an object, not the subject (`He met workers who …`);
/// a pronoun, or a clause opened by a joining word, has its own subject
/// (`Rep. Joe Wilson, who gained attention when he yelled`).
fn relative_antecedent(
    text: &str,
    tokens: &TokenList,
    lo: usize,
    first: usize,
) -> Option<(usize, usize)> {
    if class_inlined(tokens, first).pronoun().is_some() {
        return None;
    }
    let mut k = first;
    while k > lo && first - k < MAX_WORDS {
        k -= 1;
        let c = class_inlined(tokens, k);
        let joins = || {
            word_in(
                text,
                tokens,
                k,
                "when after as while if because and but that which",
            )
        };
        if !c.is_word() || c.capitalized() || joins() {
            return None;
        }
        if tokens[k].span.bytes(text) == b"who" {
            let (start, end) = core_before(text, tokens, lo, k)?;
            let opens_clause = start == lo
                || tokens[start - 1].sentence != tokens[start].sentence
                || !tokens[start - 1].is_word();
            return (end == k && opens_clause).then_some((start, end));
        }
    }
    None
}

/// Units of time that a phrase of time ends on (`last week`).
const TIME_UNITS: &str = "week month year night morning afternoon evening weekend";

/// Days that stand alone as a phrase of time (`Grassley on Wednesday said`).
const DAYS: &str =
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday today yesterday tonight";

/// The last letters of the words of [`TIME_UNITS`] and [`DAYS`].
const TIME_ENDS: &[u8] = b"khrtgndy";

/// Token `i`, or the start of a phrase of time that ends just before it
/// (`Sen. Dianne Feinstein last week said`, `Grassley on Wednesday said`,
/// `she this morning told`), with the adverbs before that phrase.
fn skip_time(text: &str, tokens: &TokenList, lo: usize, i: usize) -> usize {
    let w = |k: usize| word(text, tokens, k).unwrap_or("");
    if i < lo + 2 {
        return i;
    }
    let last = w(i - 1);
    // (Strings, read only for a word of four to nine letters ending as one
    // of them does: asked at each cue's subject, the two lists were ~220
    // instructions a call.)
    let may = (4..=9).contains(&last.len())
        && last
            .as_bytes()
            .last()
            .is_some_and(|b| TIME_ENDS.contains(b));
    let unit = may && listed(TIME_UNITS, last);
    let day = may && listed(DAYS, last);
    let mut k = if unit && listed("last this next that early late", w(i - 2)) {
        i - 2
    } else if day {
        i - 1
    } else {
        return i;
    };
    if k > lo && ["on", "earlier", "later"].contains(&w(k - 1)) {
        k -= 1;
    }
    while k > lo && class(tokens, k - 1).skippable() {
        k -= 1;
    }
    // Something must be left to name the speaker.
    if k > lo { k } else { i }
}

/// Prepositions that open a phrase of time or manner before a verb (`in
/// the past`, `during the debate`).
fn is_preposition(word: &str) -> bool {
    listed(
        "by during after before since over through into about until",
        word,
    )
}

/// Whether token `k` joins the capitalised words on either side of it into
/// one name: `Johnson & Johnson`; `and` inside the name of an institution,
/// told by an `of` or `for` shortly before it (`Department of Health and
/// Human Services`, `Centers for Disease Control and Prevention`) or by the
/// head noun that ends it (`Food and Drug Administration`). Elsewhere `and`
/// joins two speakers (`Trump and Clinton`).
#[inline(never)]
fn joins_name(text: &str, tokens: &TokenList, k: usize) -> bool {
    if k == 0 || !proper(tokens, k - 1) || !proper(tokens, k + 1) {
        return false;
    }
    match tokens[k].tok() {
        Tok::Punct('&') => return true,
        Tok::Word if tokens[k].span.bytes(text) == b"and" => {}
        Tok::Punct(',') => {
            return joins_office(text, tokens, k) || joins_portfolio(text, tokens, k);
        }
        _ => return false,
    }
    if joins_portfolio(text, tokens, k) {
        return true;
    }
    // `Department of Health and`: `of` or `for` one or two words back,
    // after a capitalised word.
    for j in k.saturating_sub(3).max(1)..k - 1 {
        if class(tokens, j).connector() && proper(tokens, j - 1) {
            return true;
        }
    }
    ends_institution(text, tokens, k) || joins_office(text, tokens, k)
}

/// Whether token `k`, an `and` or a comma between capitalised words, joins
/// the portfolios or the places of one minister's or member's title:
/// `Youth and Sports Minister`, `Mid Scotland and Fife MSP`, `Lakes, Parks
/// and Recreation Minister`. Not two people: a given name before it, or a
/// people's word or an organisation's (a country's is one) right before the
/// title (`Kerry and Russian Foreign Minister Sergei Lavrov`; so not `Fire
/// and Emergency Services Commissioner` either); and only these titles, as
/// `Trump and Ohio Gov. John Kasich` names two.
pub(crate) fn joins_portfolio(text: &str, tokens: &TokenList, k: usize) -> bool {
    let and = tokens[k].is_word() && tokens[k].span.bytes(text) == b"and";
    if k == 0
        || !(and || tokens[k].is_punct(','))
        || !proper(tokens, k - 1)
        || !proper(tokens, k + 1)
        || class(tokens, k - 1).gender().is_some()
        || class(tokens, k - 1).opens_title()
            && word(text, tokens, k - 1).is_some_and(|w| title(&[w]).is_some())
    {
        return false;
    }
    let mut seen_and = and;
    for n in k + 1..tokens.len().min(k + 8) {
        if word_is(text, tokens, n, "and") {
            seen_and = true;
            continue;
        }
        if tokens[n].is_punct(',') {
            continue;
        }
        if !proper(tokens, n) || class_inlined(tokens, n).gender().is_some() {
            return false;
        }
        if class(tokens, n).opens_title() {
            let before = word(text, tokens, n - 1).unwrap_or("");
            let people = class(tokens, n - 1).org()
                || ["ian", "ese", "ean", "ish"]
                    .iter()
                    .any(|e| before.ends_with(e));
            return seen_and
                && n > k + 1
                && !people
                && word_in(text, tokens, n, "Minister MP MSP MLA Commissioner")
                && proper(tokens, n + 1);
        }
    }
    false
}

/// Whether token `k`, a comma or an `and`, joins the words of a title's
/// office listed with commas: `Minister of Water, Energy and Mines` (a
/// title, `of` or `for`, then capitalised words and commas up to an
/// `and`). Not a list of names: `Bank of America, Citigroup and …` names no
/// title before `of`.
pub(crate) fn joins_office(text: &str, tokens: &TokenList, k: usize) -> bool {
    let comma = tokens[k].is_punct(',');
    let and = || tokens[k].is_word() && tokens[k].span.bytes(text) == b"and";
    if k == 0 || !(comma || and()) || !proper(tokens, k - 1) || !proper(tokens, k + 1) {
        return false;
    }
    let listed = |j: usize| proper(tokens, j) || tokens[j].is_punct(',');
    let mut listing = comma;
    let mut j = k - 1;
    while j > 0 && k - j < 9 {
        if class_inlined(tokens, j).connector() && proper(tokens, j - 1) {
            // (A comma needs its `and` ahead; an `and`, a comma before it.)
            let and_ahead = || {
                (k + 1..tokens.len().min(k + 8))
                    .take_while(|&n| listed(n) || word_is(text, tokens, n, "and"))
                    .any(|n| word_is(text, tokens, n, "and"))
            };
            return listing && class(tokens, j - 1).opens_title() && (!comma || and_ahead());
        }
        if !listed(j) {
            return false;
        }
        listing |= tokens[j].is_punct(',');
        j -= 1;
    }
    false
}

/// Whether the capitalised run after token `k` (an `and` between two
/// capitalised words) ends in a head noun of an institution: `Food and Drug
/// Administration`, `Customs and Border Protection`.
pub(crate) fn ends_institution(text: &str, tokens: &TokenList, k: usize) -> bool {
    let mut last = k + 1;
    while last < k + 4 && proper(tokens, last + 1) {
        last += 1;
    }
    word(text, tokens, last).is_some_and(is_institution_head)
}

/// Whether token `k` is a form of `be` that makes a participle passive.
pub(crate) fn is_be(text: &str, tokens: &TokenList, k: usize) -> bool {
    word_in(text, tokens, k, "was were is are be been")
}

/// Whether token `verb` is a passive verb: a participle with a form of `be`
/// among the auxiliaries and adverbs just before it, which may reach back
/// to `lo` (`was accused`, `were told`, `has also been asked`, `what’s
/// called`). Not `was quoted`: its subject speaks (`was quoted as saying`).
#[inline(never)]
pub(crate) fn passive(text: &str, tokens: &TokenList, lo: usize, verb: usize) -> bool {
    let v = tokens[verb].span.bytes(text);
    if !(v.ends_with(b"ed") && v != b"quoted" || v == b"told" || v == b"shown") {
        return false;
    }
    let mut k = verb;
    while k > lo && verb - k < 3 && class_inlined(tokens, k - 1).skippable() {
        k -= 1;
        if is_be(text, tokens, k) {
            return true;
        }
    }
    // `what’s today called “…”`, `it’s called`: `is` in a contraction (not
    // `she’s called`, often `she has called`).
    // (Each ends in `s`: most words before a cue are told by their last byte.)
    k > lo
        && tokens[k - 1].span.bytes(text).last() == Some(&b's')
        && word_in(text, tokens, k - 1, "what's it's that's what’s it’s that’s")
}

/// Whether token `k` is `in`, `at` or `from`: asked of a place preposition
/// only (by its class, which each of them has), not of every word.
fn in_at_from(text: &str, tokens: &TokenList, k: usize) -> bool {
    class_inlined(tokens, k).place_preposition() && word_in(text, tokens, k, "in at from")
}

/// Whether token `k` is the `to` of `close to`, `loyal to` or `allied to`,
/// which describes people by whom they are near (`sources close to the
/// chancellor`).
fn near_to(text: &str, tokens: &TokenList, k: usize) -> bool {
    k > 0
        && tokens[k].span.bytes(text) == b"to"
        && word_in(text, tokens, k - 1, "close loyal allied")
}

/// Whether token `k` is one of `words` (separated by single spaces), as
/// written (one loop for every short list: a `matches!` on byte strings
/// compiles to a comparison per entry at each place it is used, and an
/// array of them costs 8 bytes of pointer and length an entry).
#[inline(never)]
pub(crate) fn word_in(text: &str, tokens: &TokenList, k: usize, words: &str) -> bool {
    // Every list holds words: punctuation and quotes are in none.
    tokens
        .get(k)
        .is_some_and(|t| t.is_word() && listed_bytes(words, t.span.bytes(text)))
}

/// Whether token `k` is the word `w`, as written: [`word_in`] of a list of
/// one word, in a comparison of its bytes (`word_in` cost ~90 instructions
/// a call, and `as` alone is asked at every subject of a cue).
pub(crate) fn word_is(text: &str, tokens: &TokenList, k: usize, w: &str) -> bool {
    tokens
        .get(k)
        .is_some_and(|t| t.is_word() && t.span.bytes(text) == w.as_bytes())
}

/// A capitalised word that is no determiner nor stop word.
fn proper(tokens: &TokenList, k: usize) -> bool {
    let c = class_inlined(tokens, k);
    c.capitalized() && !c.determiner() && !c.stop()
}

/// Whether token `k` is a lowercase particle inside a person's name, after
/// a capitalised word at or after token `first`: `Erik ten Hag`, `Ursula
/// von der Leyen`, `Charles de Gaulle`, `Mohammed bin Salman`.
pub(crate) fn name_particle(text: &str, tokens: &TokenList, first: usize, k: usize) -> bool {
    const PARTICLES: &str = "van von der den de da di du del della dos ten ter bin le la";
    // Every particle is a short lowercase word starting with one of five
    // letters: most tokens are told so, without a comparison with each.
    let short_lower = tokens.get(k).is_some_and(|t| {
        let c = t.class();
        c.is_word()
            && !c.capitalized()
            && t.span.len() <= 5
            && matches!(
                t.span.bytes(text).first(),
                Some(b'v' | b'd' | b't' | b'b' | b'l')
            )
    });
    k > first
        && short_lower
        && word_in(text, tokens, k, PARTICLES)
        && (proper(tokens, k - 1) || k > first + 1 && word_in(text, tokens, k - 1, PARTICLES))
}

/// Whether token `k`, an `of` or `for` after token `first`, belongs to the
/// name around it: after an institution (`Bank of England`, `Royal College
/// of Nursing`) or a title (`Secretary of State`). A person's name before
/// `of` has been cut off by then (`Paul Ryan of Wisconsin`).
#[inline(never)]
pub(crate) fn of_in_name(tokens: &TokenList, first: usize, k: usize) -> bool {
    k > first
        && class_inlined(tokens, k).connector()
        && class_inlined(tokens, k + 1).capitalized()
        && {
            let before = class(tokens, k - 1);
            before.capitalized() && (before.org() || before.opens_title())
        }
}

/// Whether token `k`, an `of` between capitalised words, joins a proper
/// name opened by `the` (`the Voice of Elmwood`, `the Mourne Area of
/// Special Scientific Interest`): no person's name follows `the`, unless a
/// title or a given name says so (`the Rev. Ann Lee of Leeds`).
pub(crate) fn of_after_the(text: &str, tokens: &TokenList, k: usize) -> bool {
    if !word_is(text, tokens, k, "of") || !class(tokens, k + 1).capitalized() {
        return false;
    }
    let plain = |j: usize| {
        let c = class(tokens, j);
        c.capitalized() && !c.determiner() && c.gender().is_none() && !c.opens_title()
    };
    let mut j = k;
    while j > 0 && k - j < 4 && plain(j - 1) {
        j -= 1;
    }
    j < k && j > 0 && word_in(text, tokens, j - 1, "the The")
}

/// Whether token `k` is the `of` or the `the` of `of the` between two
/// capitalised words after token `first`: `Friends of the Earth`, `Bank of
/// the West`. (A person's name before `of` has been cut off by then.)
fn of_the_in_name(text: &str, tokens: &TokenList, first: usize, k: usize) -> bool {
    let the = |j: usize| word_is(text, tokens, j, "the");
    let capitalized = |j: usize| class(tokens, j).capitalized();
    let of_the = |of: usize| {
        of > first
            && class(tokens, of).connector()
            && the(of + 1)
            && capitalized(of - 1)
            && capitalized(of + 2)
    };
    of_the(k) || k > 0 && the(k) && of_the(k - 1)
}

/// Token `i`, or the opening of a parenthesis that ends just before it.
fn skip_parenthesis(tokens: &TokenList, lo: usize, i: usize) -> usize {
    if i > lo && tokens[i - 1].is_punct(')') {
        if let Some(open) = (lo..i - 1).rev().take(8).find(|&k| tokens[k].is_punct('(')) {
            return open;
        }
    }
    i
}

/// Whether token `t` is a `with` that describes the people before it by
/// what they know: `people with knowledge of the talks`, `a person
/// familiar with the matter`.
fn knows_with(text: &str, tokens: &TokenList, t: usize) -> bool {
    t > 0 && tokens[t].span.bytes(text) == b"with" && {
        let noun = word(text, tokens, t - 1).unwrap_or("");
        noun == "familiar" || is_plural_noun(noun) || is_person_noun_in_any_number(noun)
    }
}

/// The phrase that starts at token `i`, ending before token `hi`: the name
/// after `said` or `according to`, with an apposition after a comma
/// (`said Ann Lee, a spokeswoman for the ministry`).
pub(crate) fn phrase_after(text: &str, tokens: &TokenList, i: usize, hi: usize) -> Option<Np> {
    let hi = hi.min(tokens.len());
    if i >= hi {
        return None;
    }
    if class_inlined(tokens, i).pronoun().is_some() {
        return Some(build(text, tokens, i, i + 1));
    }
    let mut end = i;
    while end < hi && end - i < MAX_WORDS {
        if end > i && (joins_name(text, tokens, end) || near_to(text, tokens, end)) {
            end += 1;
            continue;
        }
        let c = class_inlined(tokens, end);
        if !c.is_word() {
            break;
        }
        let lower = !c.capitalized();
        if c.determiner() && end == i {
            end += 1;
            continue;
        }
        // `said one person familiar with the talks`.
        let with = end > i && knows_with(text, tokens, end);
        if c.connector() || with {
            let next = class(tokens, end + 1);
            if end > i && next.is_word() && (!next.stop() || next.determiner()) {
                end += 1;
                continue;
            }
            break;
        }
        // A verb ends the phrase: `said Ann, adding`, `said Ann Lee, citing`.
        // Right after an opening determiner and before a noun, a word in
        // -ed is an adjective: `said one unaligned Florida strategist`.
        let adjective = end == i + 1 && class_inlined(tokens, i).determiner() && {
            let next = class(tokens, end + 1);
            next.is_word() && !next.stop() && !next.determiner()
        };
        // A compound in -ed is an adjective too: `the recently
        // court-released playbook`, `a Saudi-backed force`.
        // Before a noun of a person, a word in -ing qualifies it:
        // `Conservative housing critic Scott Aitchison`, `a visiting
        // professor`.
        let verb_like = lower && end > i && {
            let w = &text[tokens[end].span];
            let modifier = adjective || class_inlined(tokens, end + 1).person_noun();
            w.ends_with("ing") && !modifier
                || w.ends_with("ed") && !adjective && index_of(w, b'-').is_none()
        };
        // `a Wednesday editorial`: a day after the opening determiner
        // describes the noun after it.
        let day = adjective && c.stop() && c.capitalized();
        // `businessman and youth worker Wilson Busari`: two callings
        // before a name are one role.
        let callings = end > i
            && class_inlined(tokens, end - 1).person_noun()
            && word_is(text, tokens, end, "and")
            && {
                let next = class(tokens, end + 1);
                next.is_word() && !next.capitalized() && !next.stop()
            };
        if callings {
            end += 1;
            continue;
        }
        if c.stop() && !day
            || c.pronoun().is_some()
            || verb_like
            || (end > i && cue_at(text, tokens, end).is_some())
        {
            break;
        }
        end += 1;
    }
    // Trailing connectors or determiners are not part of it.
    while end > i && {
        let c = class_inlined(tokens, end - 1);
        c.connector() || c.determiner()
    } {
        end -= 1;
    }
    if end == i {
        // `“…,” tweeted another.`, `read one`: a quantifier standing for a
        // person, the phrase's only word (and a name set off after it
        // names the person: `said one, Peter Hall, 62`).
        let alone = !class(tokens, i + 1).is_word() || i + 1 >= hi;
        let quantifier = quantifier_at(text, tokens, i);
        if !(alone && quantifier) {
            return None;
        }
        end = i + 1;
    }
    let mut np = build(text, tokens, i, end);
    // `The message from the White House was clear: “…”`, `His answer was
    // short: “…”`: a noun of saying names its source, after `from` or by
    // its possessive.
    if np.kind == NpKind::Nominal && word(text, tokens, end - 1).is_some_and(is_saying_noun) {
        let source = (word(text, tokens, end) == Some("from"))
            .then(|| phrase_after(text, tokens, end + 1, hi))
            .flatten();
        if let Some(source) = source.or_else(|| possessor(text, tokens, i, end - 1)) {
            return Some(source);
        }
    }
    if end + 1 < hi && tokens[end].is_punct(',') && is_role(text, tokens, end + 1) {
        // `said Maya, 14.`, `said Ann Lee, 67, a retiree`: an age is no
        // role; what follows it set off by a comma may be.
        let age =
            word(text, tokens, end + 1).is_some_and(|w| w.bytes().all(|b| b.is_ascii_digit()));
        let mut k = end + 1;
        // (`CEO of the Texas Organization of Rural & Community Hospitals`:
        // an ampersand between words goes on.)
        let ampersand = |k: usize| tokens[k].is_punct('&') && class(tokens, k + 1).is_word();
        while k < hi
            && k - end < 25
            && (tokens[k].is_word()
                || age && k == end + 2 && tokens[k].is_punct(',')
                || ampersand(k))
        {
            k += 1;
        }
        // `a senior forecaster at national weather agency, Meteo Norden`:
        // the name of the organisation a role ends in goes on past a comma.
        let org = |k: usize| {
            let c = class(tokens, k);
            c.org() && !c.capitalized()
        };
        if k + 1 < hi && tokens[k].is_punct(',') && org(k - 1) && class(tokens, k + 1).capitalized()
        {
            k += 1;
            while k < hi && class(tokens, k).capitalized() {
                k += 1;
            }
        }
        // `said Paul Adeyemi, Head Coach, Lagos Lions.`: after a title in
        // capitals, the organisation's name set off by a comma too.
        let titled = (end + 1..k).all(|j| class(tokens, j).capitalized())
            && class(tokens, k - 1).names_person();
        if let Some(org_end) = organisation_after(text, tokens, k).filter(|&e| titled && e <= hi) {
            k = org_end;
        }
        if let Some(named) = name_in_apposition(text, tokens, &np, end + 1, k) {
            return Some(named);
        }
        // (After the age, a description: `a retiree`, `of Chicago`; not the
        // verb: `Evelyn Marsh, 81, held a sign`.)
        let from = match age {
            false => end + 1,
            true if word_in(text, tokens, end + 3, "a an the of from") => end + 3,
            true => k,
        };
        // `said Wade Pruitt, his boots still caked with silt`: a phrase of
        // his naming no person is no role (`his chief of staff`, `his
        // hawkish colleague` are); the name's apposition all the same.
        let of_theirs = word_in(text, tokens, from, "his her their")
            && !(from + 1..k).any(|j| class(tokens, j).names_person());
        // `According to the harbour office, the captain said the storm
        // was`: a verb of saying or of being before the role's end makes
        // the words after the comma a clause, not a role (not a participle:
        // `organizer of a group called Citizens for Trump`); so does a past
        // tense opening them (`by the traders, drew crowds`). (The
        // commonest such verbs as a list: the cue index is not asked here.)
        let role_end = before_relative(text, tokens, from, k);
        let clause = || {
            word(text, tokens, from).is_some_and(is_irregular_past)
                || (from..role_end)
                    .any(|j| word_in(text, tokens, j, "said says told was were is are"))
        };
        if k > from {
            if !of_theirs && role_end > from && !clause() {
                np.role = Some(Span::new(
                    tokens[from].span.start,
                    tokens[role_end - 1].span.end,
                ));
            }
            np.outer_end = k;
        } else if age {
            // Past the age and its comma: `Evelyn Marsh, 81, held a sign`
            // goes on with the verb.
            np.outer_end = if tokens[end + 2..].first().is_some_and(|t| t.is_punct(',')) {
                end + 3
            } else {
                end + 2
            };
        }
    }
    Some(np)
}

/// `The Labour leader, Keir Starmer, said`, `said the team's coach, Bill
/// Belichick`, `The lead author, Dr. Ann Lee of Oxford University, said`:
/// when a description is followed by a name set off by commas
/// (tokens `first..end`, a parenthesis after it dropped: `Gov. John Kasich
/// (R-OH),`), the name names the speaker. A description of a person (a
/// noun of a person among its words) is its role; read the other way round,
/// the speaker was "the Labour leader" with the role "Keir Starmer". Any
/// other description is an opening phrase (`After winning Ohio in the
/// primary, Gov. John Kasich (R-OH), said`).
fn name_in_apposition(
    text: &str,
    tokens: &TokenList,
    description: &Np,
    first: usize,
    end: usize,
) -> Option<Np> {
    let outer_end = end;
    let end = skip_parenthesis(tokens, first, end);
    // (Capitalised after a determiner, a description too: `The Minister of
    // Information, Mohammed Idris,`.)
    // So is a bare title opening the sentence: `Prime Minister, Andrew
    // Holness, said`.
    let bare_title = || {
        starts_sentence(tokens, description.outer_first)
            && is_bare_title(text, tokens, description.first, description.end)
    };
    let described = description.kind == NpKind::Nominal
        || description.kind == NpKind::Name
            && (class(tokens, description.outer_first).determiner() || bare_title());
    // (Past an honour: `Premier, the Most Hon. Ruth Baptiste,`.)
    let mut first = first;
    while first < end && honours_ahead(text, tokens, first) {
        first += 1;
    }
    if !described || first >= end || end - first > 10 {
        return None;
    }
    let mut named = build(text, tokens, first, end);
    // The whole apposition must be the name, or the name and where the
    // person is from (`The lead author, Dr. Ann Lee of Oxford University,`),
    // or a noun of a person and the name (`His challenger, City Council
    // member Priya Rangan,`): `the company, which Lee founded,` is left
    // alone.
    let described_name = named.first > first
        && named.end == end
        && word(text, tokens, named.first - 1).is_some_and(is_person_noun);
    if named.kind != NpKind::Name || named.first != first && !described_name {
        return None;
    }
    let person = (description.first..description.end)
        .any(|k| word(text, tokens, k).is_some_and(is_person_noun_in_any_number));
    if person {
        named.role = Some(description.span);
        named.outer_first = description.outer_first;
    }
    named.outer_end = outer_end + 1;
    Some(named)
}

/// `Paul Adeyemi, Head Coach, Lagos Lions.`: the end of an organisation's
/// name in capitals set off by the comma at token `comma` after a title,
/// up to the stop or comma closing the apposition; not a person's name
/// (`Ann Lee, Treasurer, Bob Hale, Chair`).
pub(crate) fn organisation_after(text: &str, tokens: &TokenList, comma: usize) -> Option<usize> {
    if !tokens.get(comma)?.is_punct(',') {
        return None;
    }
    let sentence = tokens[comma].sentence;
    let joins = |k: usize| word_in(text, tokens, k, "of the and");
    let end = (comma + 1..tokens.len().min(comma + 8)).find(|&k| {
        let c = class(tokens, k);
        !(c.capitalized() && c.cue() == 0 || joins(k)) || tokens[k].sentence != sentence
    })?;
    let closed = tokens[end].is_punct(',') || tokens[end].is_punct('.');
    let first = class(tokens, comma + 1);
    (closed && end > comma + 1 && first.gender().is_none() && !joins(end - 1)).then_some(end)
}

/// Whether tokens `first..end` are a title and nothing else (`Prime
/// Minister`, `Managing Director`).
fn is_bare_title(text: &str, tokens: &TokenList, first: usize, end: usize) -> bool {
    let words: Vec<&str> = (first..end)
        .map(|k| word(text, tokens, k).unwrap_or(""))
        .collect();
    title(&words).is_some_and(|(n, _, _)| n == words.len())
}

/// Where the role in tokens `from..to` ends: before a relative clause
/// (`a disaster official in Chennai who only uses one name` is `a disaster
/// official in Chennai`), which tells what the person does, not is.
fn before_relative(text: &str, tokens: &TokenList, from: usize, to: usize) -> usize {
    (from..to)
        .find(|&j| word_in(text, tokens, j, "who which whose"))
        .unwrap_or(to)
}

/// Whether token `k` opens the words of an honour before an honorific:
/// `Premier the Hon. Ruth Baptiste`, `the Most Hon.`, `the Right Hon.`
/// (part of the name's titles, not its role nor its name).
// Asked at many tokens of names: the honorific's class first, the words
// after it.
pub(crate) fn honours_ahead(text: &str, tokens: &TokenList, k: usize) -> bool {
    let lead = |k: usize| {
        tokens.get(k).is_some_and(|t| {
            t.is_word() && matches!(t.span.bytes(text), b"the" | b"The" | b"Most" | b"Right")
        })
    };
    let honorific = |j: usize| class_inlined(tokens, j).honorific().is_some();
    lead(k) && (honorific(k + 1) || lead(k + 1) && honorific(k + 2))
}

/// Whether token `k` is the word in capitals that opens a British story
/// (`DELIGHTED Hartley Rovers captain Sam Price says`): a word of feeling
/// before the subject, no part of its role (not an acronym: `NASA chief`).
fn lede_word(text: &str, tokens: &TokenList, k: usize) -> bool {
    let w = tokens[k].span.bytes(text);
    let endings: [&[u8]; 8] = [b"ED", b"ING", b"ANT", b"ENT", b"OUS", b"FUL", b"UD", b"EN"];
    starts_sentence(tokens, k)
        && w.len() >= 5
        && w.iter().all(u8::is_ascii_uppercase)
        && endings.iter().any(|e| w.ends_with(e))
}

/// Whether the words from token `i` read as a role (`technical supervisor
/// for Licadho`, `a spokesman for the ministry`, `55`) rather than a clause
/// (`who has made …`, `adding that …`).
pub(crate) fn is_role(text: &str, tokens: &TokenList, i: usize) -> bool {
    // (Past `now`: `Ez Eldin, now a filmmaker,`.)
    let i = i + usize::from(word_is(text, tokens, i, "now"));
    let c = class(tokens, i);
    // (A word in -ing or -ed before a lowercase noun of a person qualifies
    // it: `acting president of the union`, `retired teacher`; not `pulled
    // Rep. King aside`.)
    let qualifies = || {
        let next = class(tokens, i + 1);
        next.names_person() && !next.capitalized()
    };
    word(text, tokens, i).is_some_and(|w| {
        let lower = !c.capitalized();
        let verb = lower && (w.ends_with("ing") || w.ends_with("ed"));
        !(c.stop() || c.pronoun().is_some() || verb && !qualifies())
    })
}

/// The token range of the noun phrase that ends just before token `i`,
/// reaching back no further than `lo`.
fn core_before(text: &str, tokens: &TokenList, lo: usize, i: usize) -> Option<(usize, usize)> {
    if i > lo && class_inlined(tokens, i - 1).pronoun().is_some() {
        return Some((i - 1, i));
    }
    // The writer speaking outside quotes: `“Okay,” I said`.
    if i > lo && word(text, tokens, i - 1) == Some("I") {
        return Some((i - 1, i));
    }
    // A quantifier standing for people: `Another said`, `Several said`.
    if i > lo
        && quantifier_at(text, tokens, i - 1)
        && (i - 1 == lo || !class(tokens, i - 2).determiner())
    {
        return Some((i - 1, i));
    }
    // A group by its number: `the two wrote`, `all three said`.
    if i > lo + 1
        && group_number_at(text, tokens, i - 1)
        && word(text, tokens, i - 2).is_some_and(is_group_opener)
    {
        return Some((i - 2, i));
    }
    let mut start = i;
    while start > lo && i - start < MAX_WORDS {
        let t = start - 1;
        if start < i && joins_name(text, tokens, t) {
            start = t;
            continue;
        }
        let c = class_inlined(tokens, t);
        if !c.is_word() {
            break;
        }
        if c.determiner() {
            // `Premier the Hon. Ruth Baptiste`: an honour's `the` goes on.
            if start < i
                && t > lo
                && class(tokens, t - 1).capitalized()
                && honours_ahead(text, tokens, t)
            {
                start = t;
                continue;
            }
            start = t;
            // `the head of the agency`, `a staffer in the room`: a
            // determiner after `of` or a preposition of place goes on.
            let after_of = |p: Class| p.connector() || p.place_preposition();
            if t > lo && after_of(class(tokens, t - 1)) && t - 1 > lo && {
                let n = class(tokens, t - 2);
                n.is_word() && !n.stop() && !n.determiner() && !n.skippable()
            } {
                start = t - 1;
                continue;
            }
            // `One of the officials`, `Some of the protesters`: the part
            // of a group that speaks.
            if t > lo + 1
                && word_is(text, tokens, t - 1, "of")
                && (quantifier_at(text, tokens, t - 2) || group_number_at(text, tokens, t - 2))
            {
                start = t - 2;
            }
            // `Sources close to the chancellor`, `aides loyal to the
            // president`: the people are described by whom they are near.
            if t > lo + 1 && near_to(text, tokens, t - 1) {
                start = t - 2;
                continue;
            }
            break;
        }
        if c.connector() {
            if start == i {
                break;
            }
            start = t;
            continue;
        }
        // `A source close to Swift`: a name after `close to` too.
        if start < i && t > lo + 1 && near_to(text, tokens, t) {
            start = t - 1;
            continue;
        }
        // `people with knowledge of the talks`: people described by what
        // they know.
        if start < i && t > lo && knows_with(text, tokens, t) {
            start = t - 1;
            continue;
        }
        // `A teacher in Hull said`, `John Smith of Capital Economics in
        // London said`: a place after `in`, `at` or `from` ends a phrase
        // that goes on before it, when a name or a noun of a person is
        // there.
        if start < i && t > lo && place_after(text, tokens, t, start..i) {
            start = t;
            continue;
        }
        if c.stop() || c.pronoun().is_some() {
            break;
        }
        // A reporting verb ends the phrase before it: `Mr. Ray said voters
        // will say`.
        if !c.capitalized() && cue_at(text, tokens, t).is_some_and(|c| c.kind == CueKind::Verb) {
            break;
        }
        start = t;
    }
    while start < i && class_inlined(tokens, start).connector() {
        start += 1;
    }
    let ends_in_noun = i > 0 && {
        let c = class_inlined(tokens, i - 1);
        c.is_word() && !c.determiner()
    };
    (start < i && ends_in_noun).then_some((start, i))
}

/// Whether token `t` is `in`, `at` or `from` between a name, a noun of a
/// person or of an organisation and the name of a place (tokens `place`):
/// `a nurse from Leeds`, `Capital Economics in London`, `the weather
/// service office in Little Rock`.
fn place_after(text: &str, tokens: &TokenList, t: usize, place: std::ops::Range<usize>) -> bool {
    t > 0
        && in_at_from(text, tokens, t)
        && place.clone().all(|k| class(tokens, k).capitalized())
        && (class(tokens, t - 1).capitalized()
            || class(tokens, t - 1).org()
            || word(text, tokens, t - 1)
                .is_some_and(|w| is_person_noun_in_any_number(strip_possessive(w))))
}

/// A noun cue before the quote at token `qi`, in tokens `lo..qi`: a
/// possessive (`his`, `her`, `their`, `Trump’s`), at most three modifiers, a
/// noun of saying, then what it reports opening within a few words (`her
/// March comment that, “…”`, `Trump’s controversial pledge to be “neutral”`,
/// `his call for “a total ban”`). Returns the possessive as the speaker and
/// the noun as the cue.
pub(crate) fn noun_cue_before(
    text: &str,
    tokens: &TokenList,
    lo: usize,
    qi: usize,
) -> Option<(Np, Span)> {
    // The noun stands at most 12 tokens before the quote, so the walk is local.
    for n in (lo.max(qi.saturating_sub(12)) + 1..qi).rev() {
        let Some(noun) = word(text, tokens, n) else {
            continue;
        };
        if !is_saying_noun(noun) {
            continue;
        }
        // What it reports opens right after it: `that`, `for`, `of`, a
        // comma or a colon, and `to` after a pledge (`her comments to the
        // FBI were “truthful”` reports the FBI's view, not hers). A noun
        // right before the quote is its subject (`Trump’s remarks “have
        // had …”`, someone else's words), as is one the quote completes
        // (`Lee’s claim that … is “simply not true”`).
        let remark = listed_any_case("comment comments remark remarks", noun);
        // (Past a day: `a statement on Monday that`.)
        let on_day = word_is(text, tokens, n + 1, "on")
            && class(tokens, n + 2).capitalized()
            && word_is(text, tokens, n + 3, "that");
        let opens = on_day
            || match tokens[n + 1].tok() {
                Tok::Punct(',' | ':') => true,
                Tok::Word => {
                    let w = &text[tokens[n + 1].span];
                    listed_any_case("that for of", w) || !remark && eq_any_case(w, "to")
                }
                _ => false,
            };
        let quoted = tokens[n + 1..qi]
            .iter()
            .any(|t| t.is_quote() || t.is_punct('(') || t.is_punct(')') || t.is_punct(';'));
        let predicate =
            word(text, tokens, qi - 1).is_some_and(|w| listed_any_case("is are was were", w));
        if !opens || quoted || predicate {
            return None;
        }
        let owner = possessor(text, tokens, lo, n).or_else(|| issuer(text, tokens, lo, n));
        return owner.map(|np| (np, tokens[n].span));
    }
    None
}

/// `The shire issued a statement that …`: the subject of a verb issuing
/// the noun at token `n`, as the one whose words it reports.
fn issuer(text: &str, tokens: &TokenList, lo: usize, n: usize) -> Option<Np> {
    let verb = n.checked_sub(2).filter(|&v| v > lo)?;
    let issued = word_in(text, tokens, n - 1, "a an the")
        && word_in(text, tokens, verb, "issued released published");
    issued
        .then(|| subject_before(text, tokens, lo, verb))
        .flatten()
        .filter(|np| np.kind != NpKind::Pronoun(Pronoun::It))
}

/// The possessive before the noun at token `n`, at most four words back and
/// no further than `lo`, as the phrase naming its owner: `his`, `her`,
/// `their`, or a name in `’s` (`Trump’s controversial pledge`).
fn possessor(text: &str, tokens: &TokenList, lo: usize, n: usize) -> Option<Np> {
    for p in (lo.max(n.saturating_sub(4))..n).rev() {
        let w = word(text, tokens, p)?;
        // Compared in place: a lowercased copy was a heap string per word.
        let possessive = [
            ("his", Pronoun::He),
            ("her", Pronoun::She),
            ("their", Pronoun::They),
        ]
        .into_iter()
        .find_map(|(form, p)| eq_any_case(w, form).then_some(p));
        if let Some(possessive) = possessive {
            let mut np = build(text, tokens, p, p + 1);
            np.kind = NpKind::Pronoun(possessive);
            return Some(np);
        }
        let name = strip_possessive(w);
        if name != w {
            if !is_capitalized(name) || is_determiner(name) {
                return None;
            }
            let mut first = p;
            while first > lo && first + 4 > p && proper(tokens, first - 1) {
                first -= 1;
            }
            let np = build(text, tokens, first, p + 1);
            return (np.kind == NpKind::Name).then_some(np);
        }
        // `with his ally Trump calls for`, `he claims that`: a verb.
        let c = class(tokens, p);
        if c.determiner() || c.stop() || c.capitalized() || c.pronoun().is_some() {
            return None;
        }
    }
    None
}

/// The words of [`is_quantifier`].
const QUANTIFIERS: &str = "another several some many both others one each";

/// The words of [`is_group_number`].
const GROUP_NUMBERS: &str = "two three four five";

/// Quantifiers that stand alone for people as a subject (`Another said`).
pub(crate) fn is_quantifier(w: &str) -> bool {
    listed_any_case(QUANTIFIERS, w)
}

/// [`is_quantifier`] of token `k`, read from the list only when its class
/// allows one: every quantifier but `others` (6 bytes) is a determiner
/// (see the test `quantifiers_and_group_numbers_are_determiners`). The
/// walks before cues ask it of most words they pass (~0.5M instructions
/// on 1 MB of news for the list alone).
pub(crate) fn quantifier_at(text: &str, tokens: &TokenList, k: usize) -> bool {
    word(text, tokens, k).is_some_and(|w| {
        (class_inlined(tokens, k).determiner() || w.len() == 6) && is_quantifier(w)
    })
}

/// [`is_group_number`] of token `k`: every group number is a determiner,
/// so the list is read only for one (see [`quantifier_at`]).
pub(crate) fn group_number_at(text: &str, tokens: &TokenList, k: usize) -> bool {
    class_inlined(tokens, k).determiner() && word(text, tokens, k).is_some_and(is_group_number)
}

/// A small number that names a group of people after [`is_group_opener`]
/// (`the two`, `all three`).
pub(crate) fn is_group_number(w: &str) -> bool {
    listed_any_case(GROUP_NUMBERS, w)
}

/// The words before a number that make it a group (`the two`, `all three`).
pub(crate) fn is_group_opener(w: &str) -> bool {
    listed_any_case("the all both", w)
}

/// Reads the words of tokens `first..end` as a pronoun, a name with the
/// words before it as its role, or a description.
fn build(text: &str, tokens: &TokenList, first: usize, end: usize) -> Np {
    let span = |a: usize, b: usize| Span::new(tokens[a].span.start, tokens[b - 1].span.end);
    let mut np = Np {
        kind: NpKind::Nominal,
        span: span(first, end),
        first,
        end,
        outer_first: first,
        outer_end: end,
        role: None,
    };
    let w = |i: usize| word(text, tokens, i).unwrap_or("");
    if end - first == 1 {
        if let Some(p) = class_inlined(tokens, first).pronoun() {
            np.kind = NpKind::Pronoun(p);
            return np;
        }
    }
    // `Stephen Vlad of the University of Iowa`, `Sen. Sherrod Brown of
    // Ohio`: a person's name (capitalised words ending in no title nor
    // institution) before `of` or `from` is the name; the rest places the
    // person. (`the University of Iowa`, `Bank of America`, `Former
    // Secretary of State Ann Lee` hold no such name before `of`.)
    // (After a lowercase calling, which stays the role: `lead researcher
    // Anna Nilsen of Lund University`.)
    let lead = (first..end)
        .take_while(|&j| !class_inlined(tokens, j).capitalized())
        .count();
    let called = lead > 0 && class_inlined(tokens, first + lead - 1).person_noun();
    let names_from = if called { first + lead } else { first };
    let cut = (names_from + 2..end.saturating_sub(1)).find(|&k| {
        let x = w(k);
        matches!(x, "of" | "from" | "in" | "at")
            && (class(tokens, k + 1).capitalized() || class(tokens, k + 1).determiner())
            && (names_from..k).all(|j| {
                let y = strip_possessive(w(j));
                is_capitalized(y) && !is_determiner(y) && !is_stop_word(y)
            })
            && !class(tokens, k - 1).org()
            && (!class(tokens, k - 1).opens_title() || title(&[w(k - 1)]).is_none())
    });
    if let Some(cut) = cut {
        let mut np = build(text, tokens, first, cut);
        if np.kind == NpKind::Name {
            np.outer_end = end;
            if !called || np.role.is_none() {
                np.role = Some(span(cut + 1, end));
            }
            return np;
        }
    }
    let last = strip_possessive(w(end - 1));
    // `a senior Tory MP`, `the White House Press Secretary`: a title with
    // no name after it, after a determiner, heads a description.
    if class_inlined(tokens, first).determiner()
        && class_inlined(tokens, end - 1).opens_title()
        && title(&[last]).is_some()
    {
        return np;
    }
    // A capitalised word that is no determiner nor stop word, or an
    // honorific (`Mr.`), its possessive dropped: a name word as
    // `is_name_word` tells (its capitalised titles are among the first).
    let name_word = |i: usize| class_inlined(tokens, i).name_word();
    if !name_word(end - 1) || is_determiner(last) {
        return np;
    }
    // The name: capitalised words back from the end, with the titles and
    // honorifics before them, even in lowercase (`prime minister Hun Sen`).
    let mut start = end - 1;
    while start > first
        && (name_word(start - 1)
            || joins_name(text, tokens, start - 1)
            || of_in_name(tokens, first, start - 1)
            || of_the_in_name(text, tokens, first, start - 1)
            || start - 1 > first && of_after_the(text, tokens, start - 1)
            || name_particle(text, tokens, first, start - 1)
            || honours_ahead(text, tokens, start - 1))
    {
        start -= 1;
    }
    // `A teacher in Hull`: a description placed by the name after it.
    if start > first && in_at_from(text, tokens, start - 1) {
        return np;
    }
    loop {
        // A title starts at a word that opens one: most names have none
        // before them, and skip the list of words.
        let from = start.saturating_sub(3).max(first);
        if !(from..start).any(|k| class_inlined(tokens, k).opens_title()) {
            break;
        }
        let words: Vec<&str> = (from..start).map(w).collect();
        // The longest title: `press secretary`, not `secretary`.
        let found = (1..=words.len())
            .rev()
            .find(|&k| title(&words[words.len() - k..]).is_some_and(|(n, _, _)| n == k));
        // `area manager Priya Shah`: a lowercase title after a lowercase
        // noun is part of a longer role that no list holds; the name
        // stands without it.
        let compound = |k: usize| {
            let at = start - k;
            !class(tokens, at).capitalized() && at > first && {
                let c = class(tokens, at - 1);
                c.is_word()
                    && !c.capitalized()
                    && !c.stop()
                    && !c.determiner()
                    && !c.skippable()
                    && !c.opens_title()
            }
        };
        match found {
            Some(k) if !compound(k) => start -= k,
            _ => break,
        }
    }
    // `Shadow chancellor Jeremy Hunt`, `Judicial Watch president Tom
    // Fitton`: capitalised words right before a lowercase title qualify it
    // (a description in the mention, as `Labour MP Jess Phillips`).
    if !class_inlined(tokens, start).capitalized() {
        while start > first && {
            let c = class(tokens, start - 1);
            c.capitalized() && !c.determiner() && !c.stop() && !lede_word(text, tokens, start - 1)
        } {
            start -= 1;
        }
    }
    // `A spokesman for Mr. Johnson`, `attorneys for Clinton`: a name after
    // a noun of a person and `for` or `of` completes a description; the
    // description names the speaker (not `cheered for Mia Torres`).
    // `The president of the United States`: a title too, with `the`.
    let of = if word_is(text, tokens, start.saturating_sub(1), "the") {
        start.saturating_sub(2)
    } else {
        start.saturating_sub(1)
    };
    // `A source close to Swift`: a description by whom the people are near.
    let near = near_to(text, tokens, of);
    let noun_at = if near {
        of.saturating_sub(2)
    } else {
        of.saturating_sub(1)
    };
    if of > first && noun_at >= first && (class(tokens, of).connector() || near) && {
        let noun = strip_possessive(w(noun_at));
        is_person_noun_in_any_number(noun) || title(&[noun]).is_some()
    } {
        return np;
    }
    // A lone capitalised word opening the sentence is a description when it
    // names a kind of person (`Officials said`, `Police said`).
    let sentence_start = starts_sentence(tokens, first);
    if start == first && end - first == 1 && sentence_start && is_person_noun_in_any_number(last) {
        return np;
    }
    // `Neighbour Tom Briggs`: a noun of a person before a known given name,
    // opening the sentence (`Economist Nouriel Roubini`) or after other
    // capitalised words (`Shadow Treasurer Angus Taylor`), is the person's
    // role, not part of the name (two words at least after it).
    // A word ending a title is no such noun (`Chief Executive Officer`,
    // `Senate Majority Leader`): titles stay in the mention.
    let ends_title = |k: usize| {
        (k.saturating_sub(2).max(start)..k).any(|j| {
            let words: Vec<&str> = (j..=k).map(w).collect();
            title(&words).is_some_and(|(n, _, _)| n == words.len())
        })
    };
    // A word of an agent (`Criminologist`, `Pharmacist`, `Fisherman`)
    // opening the sentence before a known given name is a role too.
    let agent = |k: usize| {
        let x = w(k);
        ["ist", "er", "or", "man", "woman", "ian", "ent"]
            .iter()
            .any(|e| x.ends_with(e))
    };
    let role = (start..end.saturating_sub(2)).rev().find(|&k| {
        let c = class(tokens, k);
        let opens = starts_sentence(tokens, k);
        let given = || class(tokens, k + 1).gender().is_some();
        (c.person_noun() || opens && agent(k) && given())
            && !c.opens_title()
            && !w(k).ends_with('s')
            && (k > start || opens || given())
            && !ends_title(k)
    });
    if let Some(k) = role {
        start = k + 1;
    }
    np.kind = NpKind::Name;
    np.first = start;
    np.span = span(start, end);
    // Words before the name are its role when they describe a person
    // (`Republican strategist Ryan Williams`), or end in a title left out
    // of the name (`hospital board chair Marjory Pulvino`, see `compound`).
    let title_before = || {
        class(tokens, start - 1).opens_title()
            && title(&[w(start - 1)]).is_some()
            && !class(tokens, start).opens_title()
    };
    if start > first
        && ((first..start).any(|i| class_inlined(tokens, i).person_noun()) || title_before())
    {
        np.role = Some(span(first, start));
    }
    np
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_words_asked_after_a_class_have_it() {
        // `in_at_from`, `is_cue_here` and `subject_before` ask the word
        // lists only of a word with the class.
        use crate::speakers::words::Class;
        for w in ["in", "at", "from"] {
            assert!(Class::of(w).place_preposition(), "{w}");
        }
        for w in ["would", "could", "might", "should", "who", "or"] {
            assert!(Class::of(w).stop(), "{w}");
        }
    }

    #[test]
    fn quantifiers_and_group_numbers_are_determiners() {
        // `quantifier_at` and `group_number_at` read their lists only for a
        // determiner (or, for `others`, a word of 6 bytes), in any case.
        use crate::speakers::words::Class;
        let words = QUANTIFIERS.split(' ').chain(GROUP_NUMBERS.split(' '));
        for w in words {
            let capital = w[..1].to_ascii_uppercase() + &w[1..];
            for v in [w.to_string(), capital, w.to_ascii_uppercase()] {
                assert!(
                    Class::of(&v).determiner() || v.len() == 6 && w == "others",
                    "{v}"
                );
            }
        }
    }

    use super::*;
    use crate::speakers::tokens::tokenize;

    fn before(text: &str, cue: &str) -> (String, Option<String>) {
        let (tokens, _) = tokenize(text, &[]);
        let i = tokens.iter().position(|t| &text[t.span] == cue).unwrap();
        let np = subject_before(text, &tokens, 0, i).unwrap();
        (
            text[np.span].to_string(),
            np.role.map(|r| text[r].to_string()),
        )
    }

    #[test]
    fn every_word_of_time_is_read() {
        for w in TIME_UNITS.split(' ').chain(DAYS.split(' ')) {
            assert!((4..=9).contains(&w.len()), "{w}");
            assert!(TIME_ENDS.contains(&w.as_bytes()[w.len() - 1]), "{w}");
        }
    }

    #[test]
    fn subject_with_title_and_apposition() {
        assert_eq!(
            before("At the event, Prime Minister Hun Sen also warned", "warned").0,
            "Prime Minister Hun Sen"
        );
        assert_eq!(
            before(
                "Am Sam Ath, technical supervisor for rights group Licadho, said",
                "said"
            ),
            (
                "Am Sam Ath".into(),
                Some("technical supervisor for rights group Licadho".into())
            )
        );
        assert_eq!(
            before("In his speech, the prime minister said", "said").0,
            "the prime minister"
        );
        assert_eq!(
            before("the head of the agency said", "said").0,
            "the head of the agency"
        );
        // `for his part` set off by commas is no role.
        assert_eq!(
            before("Okafor, for his part, said", "said"),
            ("Okafor".into(), None)
        );
    }

    #[test]
    fn apposition_the_cue_closes_is_the_role() {
        assert_eq!(
            before("Mark Ellison, president of the tenants union says", "says"),
            (
                "Mark Ellison".into(),
                Some("president of the tenants union".into())
            )
        );
        // Not someone else speaking of the person, nor a place before the
        // subject, nor a list.
        assert_eq!(
            before("Clinton, a top aide said", "said"),
            ("a top aide".into(), None)
        );
        assert_eq!(
            before("The hospital's finance director, Colin Markey said", "said"),
            (
                "Colin Markey".into(),
                Some("The hospital's finance director".into())
            )
        );
        assert_eq!(
            before(
                "Sara Lind, Managing Director, Monetary Authority of Lumaria, said",
                "said"
            ),
            (
                "Sara Lind".into(),
                Some("Managing Director, Monetary Authority of Lumaria".into())
            )
        );
        assert_eq!(
            before("Democrats, Frank notes", "notes"),
            ("Frank".into(), None)
        );
        assert_eq!(
            before("Speaking to reporters, Colin Markey said", "said"),
            ("Colin Markey".into(), None)
        );
        assert_eq!(before("In Leeds, the mayor said", "said").0, "the mayor");
        assert_eq!(
            before("Ann Lee, the teachers and the head said", "said").0,
            "the head"
        );
    }

    #[test]
    fn relative_clause_the_cue_closes_is_read_past() {
        assert_eq!(
            before(
                "Lena Okafor, who has coached the club as a player and captain says",
                "says"
            )
            .0,
            "Lena Okafor"
        );
        assert_eq!(before("Ann Lee, who the mayor says", "says").0, "the mayor");
    }

    #[test]
    fn name_after_a_description_is_the_name() {
        assert_eq!(
            before("The harbour spokeswoman, Ines Caro, said", "said"),
            ("Ines Caro".into(), Some("The harbour spokeswoman".into()))
        );
        let text = "said the airline's chief executive, Tomas Berg.";
        let (tokens, _) = tokenize(text, &[]);
        let np = phrase_after(text, &tokens, 1, tokens.len()).unwrap();
        assert_eq!(&text[np.span], "Tomas Berg");
        assert_eq!(&text[np.role.unwrap()], "the airline's chief executive");
        // Any other description opens the sentence.
        assert_eq!(
            before(
                "After winning Ohio in the primary, Gov. Ann Lee (R-OH), said",
                "said"
            ),
            ("Gov. Ann Lee".into(), None)
        );
    }

    #[test]
    fn phrase_after_an_inverted_cue() {
        let text = "said Ann Lee, a spokeswoman for the ministry, on Monday";
        let (tokens, _) = tokenize(text, &[]);
        let np = phrase_after(text, &tokens, 1, tokens.len()).unwrap();
        assert_eq!(&text[np.span], "Ann Lee");
        assert_eq!(&text[np.role.unwrap()], "a spokeswoman for the ministry");
    }
}
