//! The names and descriptions of running text outside quotes, found by a
//! scan of the tokens: the mentions no cue gives, which pronouns and later
//! mentions may take up.

use super::Mention;
use crate::chars::{eq_any_case, listed};
use crate::span::Span;
use crate::speakers::cues::{CueKind, class, class_inlined, cue_at, word};
use crate::speakers::phrases::{
    NpKind, ends_institution, honours_ahead, is_be, is_role, joins_office, joins_portfolio,
    name_particle, of_after_the, of_in_name, phrase_after, word_in, word_is,
};
use crate::speakers::tokens::{Token, TokenList};
use crate::speakers::words::{
    is_irregular_past, is_person_noun_in_any_number, looks_finite, strip_possessive, title,
};

/// Names in running text outside quotes: runs of capitalised words with
/// their titles (`Prime Minister Hun Sen`), and titles after `the` (`the
/// prime minister`). They give pronouns and later mentions their antecedents.
// A function of its own in the .wasm (see `speakers::attribute`).
#[inline(never)]
pub(crate) fn scan_names(text: &str, tokens: &TokenList) -> Vec<Mention> {
    let mut out = Vec::new();
    let mut i = 0;
    let name_word = |i: usize| class_inlined(tokens, i).name_word();
    // `the` is a determiner: most words are none, and skip the comparison.
    let the = |i: usize| {
        class_inlined(tokens, i).determiner() && eq_any_case(tokens[i].span.bytes(text), b"the")
    };
    loop {
        i = next_start(tokens, i);
        if i >= tokens.len() {
            break;
        }
        // A description opening a clause may be taken up by a pronoun:
        // `Local farmers gathered … “…,” they said`.
        // (Not at a known given name: `Mary handles the finances`.)
        if opens_clause(text, tokens, i)
            && may_open_description(text, tokens, i)
            && class_inlined(tokens, i).gender().is_none()
        {
            let hi = (i + 8).min(tokens.len());
            if let Some(np) = phrase_after(text, tokens, i, hi).and_then(|np| {
                // `The minister spoke`: the phrase ends at its noun of a person.
                match person_head(text, tokens, np.first + 1, np.end) {
                    Some(head) => phrase_after(text, tokens, i, head + 1),
                    None => Some(np),
                }
            }) {
                // Only plain descriptions: `Mr. Hun Sen spoke` is a name and
                // a verb. Past `for`, `of` or `at`, a name may complete one;
                // the description then ends before it, and the name is a
                // mention of its own (`A spokesman for Sen. Marco Rubio`).
                let lowercase = |k: usize| {
                    let c = class_inlined(tokens, k);
                    c.is_word() && !c.capitalized()
                };
                // (No `for`, `of` or `at` before the first capital: no
                // plain description, `end` left at its start.)
                let end = match (np.first + 1..np.end).find(|&k| !lowercase(k)) {
                    Some(k) => (np.first + 1..k)
                        .find(|&j| word_in(text, tokens, j, "for of at"))
                        .unwrap_or(np.first),
                    None => np.end,
                };
                if np.kind == NpKind::Nominal && end - np.first > 1 {
                    out.push(Mention {
                        span: Span::new(np.span.start, tokens[end - 1].span.end),
                        np: NpKind::Nominal,
                        first: np.first,
                        end,
                        subject: true,
                        speaks: false,
                        role: None,
                    });
                    i = end;
                    continue;
                }
            }
        }
        // `Saying Nairobi residents were paying heavily, he urged`,
        // `Speaking to BBC Breakfast, the MP said`: a participle opening the
        // sentence (of a cue, or before a function word) is no name word.
        // (Its place first: a load where the ending reads the text.)
        let participle = || {
            (i == 0 || tokens[i - 1].sentence != tokens[i].sentence)
                && tokens[i].span.bytes(text).ends_with(b"ing")
                && (class(tokens, i).cue() != 0 || class(tokens, i + 1).stop())
        };
        if name_word(i) && !participle() {
            let start = i;
            // `Alexandre de Moraes`, `Ludwig van der Rohe`: a lowercase
            // particle between name words is one of them.
            // `Secretary of State Antony Blinken`, `Bank of America`: `of`
            // after a title or an organisation's word too, in lowercase
            // (not a headline's `Campaign Of`) and before no given name
            // (`the campaign of Paul Manafort`).
            let joins = |k: usize| {
                // `Premier the Hon. Ruth Baptiste`.
                if k > start && honours_ahead(text, tokens, k) {
                    return true;
                }
                if name_word(k + 1) {
                    // `Customs and Border Protection`; an office after a
                    // title (`Minister for Information and Broadcasting`).
                    let office =
                        || (k.saturating_sub(3)..k - 1).any(|j| of_in_name(tokens, start, j));
                    k > start
                        && is_and(text, tokens[k])
                        && (ends_institution(text, tokens, k) || office())
                        || name_particle(text, tokens, start, k)
                        || (of_in_name(tokens, start, k) || of_after_the(text, tokens, k))
                            && !class(tokens, k).capitalized()
                            && class(tokens, k + 1).gender().is_none()
                        // (`Minister of Water, Energy and Mines Dan Osei`.)
                        || k > start
                            && (joins_office(text, tokens, k) || joins_portfolio(text, tokens, k))
                } else {
                    name_particle(text, tokens, start, k)
                        && name_particle(text, tokens, start, k + 1)
                }
            };
            while i < tokens.len()
                && (name_word(i) || joins(i))
                && tokens[i].sentence == tokens[start].sentence
                && i - start < 10
            {
                i += 1;
                // A possessive ends the name: `Trump’s campaign`.
                if possessive(text, tokens[i - 1]) {
                    break;
                }
            }
            // (Not `questioned Trump’s logic`.)
            let asked = asked(text, tokens, start) && !possessive(text, tokens[i - 1]);
            // `Prices will stay high, said Ann Lee, owner of Lee Farms.`:
            // the subject of an inverted verb, for a pronoun after it.
            let inverted = start >= 2
                && (tokens[start - 2].is_punct(',') || tokens[start - 2].is_quote())
                && says(text, tokens, start - 1)
                // (Not the subject of what is said: `…, said Ann Lee had`.)
                && tokens.get(i).is_none_or(|t| !t.is_word());
            // The words describing the person before the name, found once
            // for the subject test and the role.
            let described = description_before(text, tokens, start);
            let apposed = subject_apposition(tokens, start, i);
            out.push(Mention {
                span: Span::new(tokens[start].span.start, tokens[i - 1].span.end),
                np: NpKind::Name,
                first: start,
                end: i,
                subject: opens_clause(text, tokens, start)
                    || apposed.is_some()
                    || described_subject(text, tokens, start, described)
                    || asked
                    || inverted,
                speaks: asked || says(text, tokens, i),
                role: role_before(text, tokens, start, described)
                    .or_else(|| role_after(text, tokens, i))
                    .or_else(|| description_set_off(text, tokens, start, i))
                    .or_else(|| role_fronted(text, tokens, apposed, start))
                    .or_else(|| title_set_off(text, tokens, start)),
            });
            continue;
        }
        // `the prime minister`: a lowercase title after `the`.
        // `the` is the commonest word: the title lookup is only for a word
        // after it that may open a title (by its class, which is of the word
        // as written: a possessive is looked up), and no heap list per `the`.
        if the(i) && !name_word(i + 1) && may_open_title(text, tokens, i + 1) {
            // `the prime minister’s call` names him too.
            let mut words = [""; 3];
            let mut n = 0;
            for k in i + 1..(i + 4).min(tokens.len()) {
                let Some(w) = word(text, tokens, k) else {
                    break;
                };
                words[n] = strip_possessive(w);
                n += 1;
            }
            // (Not after `was`: `He was formerly the chief whip` says what
            // the subject was; as a mention of its own it drew `he` after.)
            let mut v = i;
            while v > 0
                && i - v < 3
                && class(tokens, v - 1).skippable()
                && !is_be(text, tokens, v - 1)
            {
                v -= 1;
            }
            let predicate = v > 0 && is_be(text, tokens, v - 1);
            if let Some((n, _, _)) = title(&words[..n]).filter(|_| !predicate) {
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

/// The first token from token `from` on that may start what [`scan_names`]
/// finds (`tokens.len()` for none). Each of its tests asks for a word: a
/// description's first word opens a clause (see [`opens_clause`]), a
/// name's is a name word, a title's `the` a determiner. Most tokens are
/// none (punctuation and quotes, words inside a clause): passed in a
/// loop of its own, with few registers to keep (in the scan's loop, a
/// token cost ~47 instructions).
#[inline(never)]
fn next_start(tokens: &TokenList, from: usize) -> usize {
    // The first token, a word, opens a clause; each after it is asked of
    // the one before, both read as a pair (no bounds test for the one
    // before, and the two classes asked in one test of their bits: ~0.6M
    // instructions on 1 MB of news).
    if from == 0 && tokens.first().is_some_and(Token::is_word) {
        return 0;
    }
    let starts = |before: &Token, t: &Token| {
        let c = t.class();
        t.is_word()
            && (c.name_word() | c.determiner()
                || before.sentence != t.sentence
                || before.is_punct(','))
    };
    let lo = from.max(1);
    tokens[lo - 1..]
        .windows(2)
        .position(|pair| starts(&pair[0], &pair[1]))
        .map_or(tokens.len(), |k| lo + k)
}

/// Whether a token is `and` or `&`, joining two names into one (asked
/// after every name word followed by another): its bytes compared, not
/// `word_in`'s walk of a list.
fn is_and(text: &str, token: Token) -> bool {
    matches!(token.span.bytes(text), b"and" | b"&")
}

/// Whether a name word ends in a possessive: what [`strip_possessive`]
/// removes (`’s`, `'s`, `’`, `'`). Asked of every name word, most of which end in neither `s` nor
/// the last byte of `’`: the last byte tells, and the bytes before it the
/// rest (a slice of the text and a call of `strip_possessive` cost more).
#[inline]
fn possessive(text: &str, token: Token) -> bool {
    let bytes = token.span.bytes(text);
    match bytes.last() {
        Some(b's') => bytes.ends_with("’s".as_bytes()) || bytes.ends_with(b"'s"),
        Some(0x99) => bytes.ends_with("’".as_bytes()),
        Some(b'\'') => true,
        _ => false,
    }
}

/// Whether [`title`] of the words from token `i` may find one: the token's
/// class says whether its word opens a title, except for a possessive,
/// which `title` sees without its ending.
fn may_open_title(text: &str, tokens: &TokenList, i: usize) -> bool {
    class_inlined(tokens, i).opens_title()
        || word(text, tokens, i).is_some_and(|w| strip_possessive(w).len() != w.len())
}

/// The head of a description among tokens `from..end` when a verb follows
/// it that [`phrase_after`] could not tell from a noun: a noun of a person
/// or a title (`The prime minister set out`, `Local farmers gathered`)
/// before a word that reads as a finite verb (not `the official party
/// line`).
fn person_head(text: &str, tokens: &TokenList, from: usize, end: usize) -> Option<usize> {
    let person = |k: usize| {
        let c = class_inlined(tokens, k);
        c.person_noun()
            || c.opens_title() && word(text, tokens, k).is_some_and(|w| title(&[w]).is_some())
            || word(text, tokens, k).is_some_and(is_person_noun_in_any_number)
    };
    (from..end.saturating_sub(1)).find(|&k| {
        person(k)
            && word(text, tokens, k + 1)
                .is_some_and(|w| !class(tokens, k + 1).capitalized() && looks_finite(w))
    })
}

/// Whether [`phrase_after`] at token `i` may give what
/// [`scan_names`] keeps of it: a description of two words or more, the
/// words after the first in lowercase. Each test is one that phrase_after
/// ends the phrase on before its second word (`He said`, `But the …`, `In
/// 2016 …`, `Trump said`), so the answer is the same; the full walk was 6%
/// of the stage on 1 MB of news, for few descriptions.
fn may_open_description(text: &str, tokens: &TokenList, i: usize) -> bool {
    let (first, second) = (class_inlined(tokens, i), class_inlined(tokens, i + 1));
    if !first.is_word() || !second.is_word() {
        return false;
    }
    // A phrase opens with a determiner, or with a word that is no stop word,
    // connector or pronoun (on those it ends before it starts).
    // `Naming a third justice`: a verb and its object, no description.
    let gerund = || second.determiner() && text[tokens[i].span].ends_with("ing");
    let opens = first.determiner()
        || !(first.connector() || first.stop() || first.pronoun().is_some() || gerund());
    // Its second word goes on it only when no stop word, pronoun, verb or cue
    // (a connector may: `head of the agency`).
    let verb = || {
        let second = &text[tokens[i + 1].span];
        second.ends_with("ing") || second.ends_with("ed")
    };
    let goes_on = !second.capitalized()
        && (second.connector()
            || !(second.stop() || verb())
                && second.pronoun().is_none()
                && cue_at(text, tokens, i + 1).is_none());
    opens && goes_on
}

/// Whether the name at token `start` is the one asked (`A reporter asked
/// Adeyemi whether …`): a person, the one who answers next, whom a pronoun
/// after it takes up as it would a subject's (`She paused. “…,” she
/// said`).
fn asked(text: &str, tokens: &TokenList, start: usize) -> bool {
    const ASKING: &str = "asked pressed questioned";
    // (Each ends in `ed`: one test before the list, asked at every name.)
    start > 0
        && tokens[start - 1].span.bytes(text).ends_with(b"ed")
        && word_in(text, tokens, start - 1, ASKING)
}

/// Whether the verb at token `i`, right after a name, is a reporting verb
/// (`Goldsmith said the Crown …`): the name is someone who speaks, whom
/// `he` or `she` may take up, even with no quote of its own.
fn says(text: &str, tokens: &TokenList, i: usize) -> bool {
    tokens.get(i).is_some_and(|t| t.class().cue() != 0)
        && cue_at(text, tokens, i).is_some_and(|c| c.kind == CueKind::Verb)
}

/// Whether token `i` opens its sentence, or the clause after an opening
/// phrase (`In his speech, the prime minister …`): the place of a subject.
// Inlined: asked at every token, and most answer at the first tests; the
// rest, after a comma, is a function of its own (inlined too at the four
// places that ask, it was ~1.3 KB of the .wasm).
#[inline(always)]
fn opens_clause(text: &str, tokens: &TokenList, i: usize) -> bool {
    let sentence = tokens[i].sentence;
    i == 0
        || tokens[i - 1].sentence != sentence
        || tokens[i - 1].is_punct(',') && opens_after_comma(text, tokens, i)
}

/// [`opens_clause`] for token `i` after a comma in its sentence.
#[inline(never)]
fn opens_after_comma(text: &str, tokens: &TokenList, i: usize) -> bool {
    let sentence = tokens[i].sentence;
    let starts = |k: usize| k == 0 || tokens[k - 1].sentence != sentence;
    // `Meanwhile, John Smith welcomed`: one adverb opening the sentence.
    if i >= 2 && starts(i - 2) {
        let c = class(tokens, i - 2);
        let adverb = word(text, tokens, i - 2).is_some_and(|w| {
            w.ends_with("ly") || listed("Meanwhile However Yesterday Today Later", w)
        });
        if c.skippable() || adverb {
            return true;
        }
    }
    // The sentence opens with a function word (`After a moment,`) and
    // reaches `i` within a few words, with no other comma. (Its first
    // token in the window, which must open it: every token of the sentence
    // before would seem to.)
    let first = (i.saturating_sub(10)..i).find(|&k| tokens[k].sentence == sentence);
    first.is_some_and(|f| {
        starts(f)
            && class_inlined(tokens, f).stop()
            && !tokens[f..i - 1].iter().any(|t| t.is_punct(','))
    })
}

/// Whether the name at token `start` heads the phrase opening its clause
/// after words that describe the person (`described`, their first token:
/// see [`description_before`]), which a pronoun after it may take up as
/// the subject.
fn described_subject(
    text: &str,
    tokens: &TokenList,
    start: usize,
    described: Option<usize>,
) -> bool {
    described.is_some_and(|k| {
        tokens[k].sentence == tokens[start].sentence && opens_clause(text, tokens, k)
    })
}

/// The role that the words right before the name at token `start` give
/// (`described`, their first token: see [`description_before`]): `the
/// border minister Hinds`, `Lib Dem leader Willie Rennie`. Not the words
/// before a verb (`praised coach Andy Reid`, `Trump threw reporter Jorge
/// Ramos`), `of` or `for` (`a vote for nominee Hillary Clinton`), nor a
/// name and `and` (`Bush and candidate Hillary Clinton`).
fn role_before(
    text: &str,
    tokens: &TokenList,
    start: usize,
    described: Option<usize>,
) -> Option<Span> {
    let first = described?;
    let ends_role = |k: usize| {
        let c = class(tokens, k);
        let w = word(text, tokens, k).unwrap_or("");
        c.cue() != 0
            || c.connector()
            || w.ends_with("ed")
            || is_irregular_past(w)
            || w == "and" && (k == first || class(tokens, k - 1).capitalized())
    };
    let first = (first..start - 1)
        .rev()
        .find(|&k| ends_role(k))
        .map_or(first, |k| k + 1);
    (first < start && tokens[first].sentence == tokens[start].sentence)
        .then(|| Span::new(tokens[first].span.start, tokens[start - 1].span.end))
}

/// The role that an apposition after the name ending before token `end`
/// gives, up to its closing comma or stop, a function word (`who`, `at`)
/// or a cue: `said Bruce Bebo, executive vice president of the society.`,
/// `Dr. Ann Lee, a CDC epidemiologist who …`; or what the name is said to
/// be (`Ann Lee is the head of operations at …`). It opens in lowercase, with
/// no adverb (not a list of names, not `Lee, however, said`), and holds a
/// noun of a person or a title; the name is no organisation's (`released by
/// the State Department, the candidate …`).
fn role_after(text: &str, tokens: &TokenList, end: usize) -> Option<Span> {
    let opening = class_inlined(tokens, end + 1);
    // (`Ann Lee is a former army captain`: after a copula and an article
    // too, where the role must end in its noun of a person, and not before
    // another: not `is the first woman elected`, `was the nominee this
    // year`, `is the President and CEO of …`.)
    // (The verb's bytes compared, not `word_in`, which walks its list:
    // this is asked after every name, and most are followed by neither.)
    let after = tokens.get(end)?;
    let copula = matches!(after.span.bytes(text), b"is" | b"was")
        && word_in(text, tokens, end + 1, "a an the");
    // (In capitals only for an outlet or a place before a noun of a person
    // closing it: `George Gross, Toronto Sun sports editor,`; not a list
    // of names, nor `Ted Cruz, Republican of Texas,`.)
    if !(after.is_punct(',') || copula)
        || opening.capitalized() && (copula || opening.gender().is_some() || opening.opens_title())
        || opening.skippable()
        || class_inlined(tokens, end - 1).org()
    {
        return None;
    }
    // (An `and` inside a name goes on: `chairman of the Sandwell and West
    // Birmingham Hospitals NHS Trust`.)
    let inner_and = |k: usize| {
        class_inlined(tokens, k - 1).capitalized()
            && class(tokens, k + 1).capitalized()
            && word_is(text, tokens, k, "and")
    };
    let close = (end + 1..tokens.len().min(end + 14)).find(|&k| {
        let c = class_inlined(tokens, k);
        (!c.is_word() || c.stop() || c.cue() != 0) && !inner_and(k)
    })?;
    // `Jane Morris, Green MP for Northfield,`: words in capitals closed by
    // a capitalised title, then its seat or office in capitals up to the
    // comma or stop.
    let capital = |k: usize| class(tokens, k).capitalized();
    let seat = opening.capitalized()
        && !copula
        && (tokens[close].is_punct(',') || tokens[close].is_punct('.'))
        && (end + 2..close).any(|t| {
            capital(t)
                && word_in(text, tokens, t + 1, "for of")
                && is_person_word(text, tokens, t)
                && (end + 1..t).all(capital)
                && t + 2 < close
                && (t + 2..close).all(|k| capital(k) || word_is(text, tokens, k, "and"))
        });
    let person = if seat {
        true
    } else if copula {
        is_person_word(text, tokens, close - 1)
            && !(word_in(text, tokens, close, "and of") && is_person_word(text, tokens, close + 1))
    } else if opening.capitalized() {
        !class(tokens, close - 1).capitalized() && is_person_word(text, tokens, close - 1)
    } else {
        (end + 1..close).any(|k| class_inlined(tokens, k).names_person())
    };
    (person && is_role(text, tokens, end + 1))
        .then(|| Span::new(tokens[end + 1].span.start, tokens[close - 1].span.end))
}

/// The first of the words that describe the person named at token `start`
/// right before the name: a lowercase noun of a person or a title last,
/// and the words before it (`Brentford boss Thomas Frank`, `Republican
/// strategist Ryan Williams`, `Upper Hunter cattle and sheep farmer Bev
/// Hicks`).
fn description_before(text: &str, tokens: &TokenList, start: usize) -> Option<usize> {
    let lower = |k: usize| {
        let c = class_inlined(tokens, k);
        c.is_word() && !c.capitalized() && !c.stop() && !c.determiner()
    };
    if start == 0 || !lower(start - 1) || !class_inlined(tokens, start - 1).names_person() {
        return None;
    }
    let mut k = start - 1;
    // (`Upper Hunter cattle and sheep farmer Bev Hicks`: `and` too.)
    let and = |k: usize| word_is(text, tokens, k, "and");
    // (Within the sentence: a headline's last name is no part of it.)
    let sentence = tokens[start].sentence;
    while k > 0
        && start - k < 7
        && tokens[k - 1].sentence == sentence
        && (lower(k - 1) || and(k - 1) || class(tokens, k - 1).name_word())
    {
        k -= 1;
    }
    Some(k)
}

/// The first token of the short phrase opening its sentence (up to six
/// words) that the name in tokens `start..end` is set off after by commas:
/// the subject's apposition (`His lawyer, Ruth Moss, disputes that`,
/// `Hale's mother, Brenda Hale, wept`), which a pronoun after it may take
/// up as the subject.
fn subject_apposition(tokens: &TokenList, start: usize, end: usize) -> Option<usize> {
    let comma = |k: usize| tokens.get(k).is_some_and(|t| t.is_punct(','));
    if start < 2 || !comma(start - 1) || !comma(end) {
        return None;
    }
    let sentence = tokens[start].sentence;
    (start.saturating_sub(7)..start - 1)
        .find(|&k| tokens[k].sentence == sentence)
        .filter(|&k| {
            (k == 0 || tokens[k - 1].sentence != sentence)
                && tokens[k..start - 1].iter().all(|t| t.is_word())
        })
}

/// The role that the phrase opening the sentence gives the name set off
/// after it by commas (`apposed`, its first token: see
/// [`subject_apposition`]) when it names a person (`Kenya's High
/// Commissioner to Nigeria, Wilfred Machage, said`, `His lawyer, Ruth Moss,
/// disputes that`).
fn role_fronted(
    text: &str,
    tokens: &TokenList,
    apposed: Option<usize>,
    start: usize,
) -> Option<Span> {
    let first = apposed?;
    // Not a phrase opening with a function word (`On the Republican side,`,
    // `But his wife,`) nor a lone adverb (`First,`).
    // Nor one ending in a person's name: `Former superintendent Dan Moss,
    // Sergeant Lisa Hart and …` is a list of people.
    let named = start >= first + 3 && {
        let (given, last) = (class(tokens, start - 3), class(tokens, start - 2));
        given.gender().is_some() && given.capitalized() && last.capitalized()
    };
    let person = !class(tokens, first).stop()
        && !named
        && (first..start - 1).any(|k| is_person_word(text, tokens, k));
    person.then(|| Span::new(tokens[first].span.start, tokens[start - 2].span.end))
}

/// The title set off by a comma right before the name at token `start`,
/// alone between it and its sentence's start or a comma: `In a statement,
/// Police Commissioner, Andrew Coster said`.
fn title_set_off(text: &str, tokens: &TokenList, start: usize) -> Option<Span> {
    if start < 2 || !tokens[start - 1].is_punct(',') {
        return None;
    }
    // (Not `First,`: a word only opening a title.)
    let last = start - 2;
    if !(class(tokens, last).capitalized() && is_person_word(text, tokens, last)) {
        return None;
    }
    let sentence = tokens[start].sentence;
    let mut first = last;
    while first > 0 && last - first < 3 && tokens[first - 1].sentence == sentence {
        let c = class(tokens, first - 1);
        if !(c.capitalized() && c.is_word()) {
            break;
        }
        first -= 1;
    }
    let bounded =
        first == 0 || tokens[first - 1].sentence != sentence || tokens[first - 1].is_punct(',');
    bounded.then(|| Span::new(tokens[first].span.start, tokens[last].span.end))
}

/// The description of one person set off before the name in tokens
/// `start..end`, the name closed by a comma or a stop: `The plant has a
/// new director, Priya Nair, who took over`, `the view of the new head of
/// the water board, Helen Moss,`. It opens with an article and its head is
/// a noun of a person, last or before `of`, `for` or `at`.
fn description_set_off(text: &str, tokens: &TokenList, start: usize, end: usize) -> Option<Span> {
    let closed = tokens
        .get(end)
        .is_some_and(|t| t.is_punct(',') || t.is_punct('.'));
    if start < 3 || !tokens[start - 1].is_punct(',') || !closed {
        return None;
    }
    let last = start - 2;
    // The nearest article whose phrase has such a head (`the water board`
    // has none; `the new head of the water board` has).
    let described = |article: usize| {
        let head = (article + 1..=last)
            .find(|&k| k == last || word_in(text, tokens, k + 1, "of for at"))?;
        let lower = (article + 1..=head).all(|k| !class(tokens, k).capitalized());
        // After a place (`an executive at Carrier's parent company, United
        // Technologies,`) the name may be the place's: a person's given
        // name tells.
        let placed = head < last && class(tokens, start).gender().is_none();
        (is_person_word(text, tokens, head) && lower && !placed)
            .then(|| Span::new(tokens[article].span.start, tokens[last].span.end))
    };
    (last.saturating_sub(8)..last)
        .rev()
        .take_while(|&k| tokens[k].is_word() && tokens[k].sentence == tokens[start].sentence)
        .filter(|&k| word_in(text, tokens, k, "a an the The A An"))
        .find_map(described)
}

/// Whether token `k` is a noun of a person or a title of its own (`first`
/// opens `first lady` only).
fn is_person_word(text: &str, tokens: &TokenList, k: usize) -> bool {
    let c = class(tokens, k);
    c.person_noun()
        || c.opens_title() && word(text, tokens, k).is_some_and(|w| title(&[w]).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quotes::scan;
    use crate::speakers::tokens::tokenize;

    #[test]
    fn next_start_is_the_first_token_that_may_start() {
        let text = "Officials said, “we lost.” The minister, Mr. Lee and others left.\n\
                    the report found, and Senator Ann Ray said so. “Yes.” Then";
        let (tokens, _) = tokenize(text, &scan(text));
        let starts = |i: usize| {
            let c = tokens[i].class();
            c.is_word()
                && (c.name_word()
                    || c.determiner()
                    || i == 0
                    || tokens[i - 1].sentence != tokens[i].sentence
                    || tokens[i - 1].is_punct(','))
        };
        for from in 0..=tokens.len() {
            let want = (from..tokens.len()).find(|&i| starts(i));
            assert_eq!(
                next_start(&tokens, from),
                want.unwrap_or(tokens.len()),
                "{from}"
            );
        }
        let (none, _) = tokenize("", &[]);
        assert_eq!(next_start(&none, 0), 0);
    }
}
