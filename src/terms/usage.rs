//! Whose words a quoted term is. A lead-in such as `the phrase` or
//! `dubbed` usually announces a term nobody is quoted for (`a play on words
//! with the phrase “anchor baby”`, `a trader dubbed “Shorty”`), but when the
//! words before give the phrase a user, it is that person's words: `he
//! coined a new phrase, “undocumented Democrats,”`, `refused to say the
//! words “radical Islam,”`, `Romney’s phrase “self-deportation”`, `Rubio,
//! who he dubbed “the little senator.”`. An outcry noun does the same for
//! a crowd: `chants of “Lock Them Up”` is what was shouted, and a written
//! surface for its bearer: `a shirt that read “Settle for Ames”`.

use super::{ends_with_any_case, is_in, listed, listed_any_case};
use crate::Span;
use crate::chars::{Decode, eq_any_case, last_line_break, trim_end_any};

/// Nouns for words as words: after a verb of using or a possessive they are
/// someone's words (`used the term “…”`, `Romney’s phrase “…”`).
const WORD_NOUNS: &str = "word words term terms phrase phrases slogan label moniker nickname catchphrase mantra \
    motto";

/// Verbs (and the noun `use`) that give words a user: `coined a new
/// phrase`, `refused to say the words`, `his use of the term`.
const USE_VERBS: &str = concat!(
    "use uses used using say says said saying coin coins coined coining repeat ",
    "repeats repeated repeating adopt adopted adopting utter uttered uttering ",
    "invoke invoked invoking embrace embraced embracing popularized chant chanted ",
    "chanting ",
    // `those who prefer the term “…”`: a preference is a use.
    "prefer prefers preferred preferring ",
    // `ran on the slogan “…”`, `campaigned on the phrase “…”` (`on` and
    // `the` are the two lower-case words allowed between).
    "run runs ran running campaigned campaigning",
);

/// Words that may stand between a user and a word noun (`coined a new
/// phrase`, `use of the term`), or between a subject and its verb (`he
/// once dubbed`).
#[rustfmt::skip]
const FILLERS: &str =
    "the a an this that of new same exact once later also then even has had have";

/// Naming verbs that lead in a term when nobody is named as their subject
/// (`a trader dubbed “Shorty”`).
const NAMERS: &str = "dubbed dubs nicknamed nicknames labeled labelled labels branded brands";

/// Subjects that make a naming verb someone's act (`who he dubbed “…”`).
const SUBJECTS: &str = "he she they we i you has have had";

/// How far back the words before a span are read, in bytes (six words of
/// news rarely take more).
const REACH: usize = 80;

/// [`spoken_lead_in`] for the words before `at` ([`words_before`]).
pub(super) fn spoken_before(text: &str, at: usize) -> bool {
    // Every test of `spoken_lead_in` needs a listed last word (`of`, a verb
    // of writing, a word noun, a naming verb): most spans have none, and
    // they are settled without collecting the words. The last word is read
    // as `words_before` reads it (if that word is one cut mid-word, it is
    // dropped there and the answer is no either way).
    let last = text[Span::new(line_start(text, at), at)]
        .split_whitespace()
        .rev()
        .map(|w| trim_end_any(w, &[',', ':', '—', '–']))
        .find(|w| !w.is_empty());
    let listed = last.is_some_and(|w| {
        eq_any_case(w, "of")
            || listed_any_case(WRITING_VERBS, w)
            || listed(WRITING_PARTICIPLES, w)
            || listed_any_case(WORD_NOUNS, w)
            || listed_any_case(NAMERS, w)
    });
    listed && spoken_lead_in(&words_before(text, at))
}

/// Where [`words_before`] starts reading: the line start, or [`REACH`]
/// bytes back.
fn line_start(text: &str, at: usize) -> usize {
    let mut from = at.saturating_sub(REACH);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    last_line_break(&text[Span::new(from, at)]).map_or(from, |i| from + i + 1)
}

/// Up to six words before `at` in its line, as written, with trailing
/// commas, colons and dashes dropped; nearest last. Read once per span and
/// given to [`spoken_lead_in`].
pub(super) fn words_before(text: &str, at: usize) -> Vec<&str> {
    let mut from = at.saturating_sub(REACH);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let line_start = last_line_break(&text[Span::new(from, at)]).map_or(from, |i| from + i + 1);
    // From the end, seven words at most: the six kept and one to tell
    // whether the line's first word (cut mid-word) is among them.
    let mut words: Vec<&str> = Vec::with_capacity(7);
    words.extend(
        text[Span::new(line_start, at)]
            .split_whitespace()
            .rev()
            .map(|w| trim_end_any(w, &[',', ':', '—', '–']))
            .filter(|w| !w.is_empty())
            .take(7),
    );
    if words.len() < 7 && line_start == from && from > 0 {
        words.pop(); // cut mid-word
    }
    words.truncate(6);
    words.reverse();
    words
}

/// A possessive that names a user of words: a capitalised name's (`Romney’s`)
/// or a personal one (`his`, `their`).
fn possessor(w: &str) -> bool {
    let named = w.starts_with(char::is_uppercase)
        && ["’s", "'s", "s’", "s'"].iter().any(|p| w.ends_with(p));
    named || is_in("his her their its my our", w)
}

/// `used the term “…”`, `coined a new phrase, “…”`, `his use of the word
/// “…”`, `Romney’s phrase “…”`: a word noun right before the span, after at
/// most two lower-case words (a determiner, an adjective, `of`), given a
/// user by a verb of using or saying or by a possessive.
fn used_words(words: &[&str]) -> bool {
    let Some((noun, rest)) = words.split_last() else {
        return false;
    };
    if !listed_any_case(WORD_NOUNS, noun) {
        return false;
    }
    // `her nickname “Ung Ing”`: the possessive right before a name bears
    // it, not uses it.
    let borne = is_in("nickname moniker", noun);
    let mut rest = rest;
    for k in 0..=2 {
        let Some((last, before)) = rest.split_last() else {
            return false;
        };
        if listed_any_case(USE_VERBS, last) || possessor(last) && !(borne && k == 0) {
            return true;
        }
        // A determiner or an adjective: `a new`, `a fresh`, `the same`.
        if !last.decoded().all(|c| c.is_lowercase() || c == '-') {
            return false;
        }
        rest = before;
    }
    false
}

/// `who he dubbed “…”`, `she has labeled “…”`: a naming verb with its
/// subject right before it (a pronoun or an auxiliary, past one adverb),
/// unlike the participle of `a trader dubbed “Shorty”`.
fn active_naming(words: &[&str]) -> bool {
    let Some((verb, rest)) = words.split_last() else {
        return false;
    };
    if !listed_any_case(NAMERS, verb) {
        return false;
    }
    let mut rest = rest.iter().rev();
    let mut subject = rest.next();
    if subject.is_some_and(|w| ends_with_any_case(w, "ly") || is_in(FILLERS, w)) {
        subject = rest.next();
    }
    subject.is_some_and(|w| listed_any_case(SUBJECTS, w))
}

/// Nouns of a crowd's outcry: what follows `chants of` was shouted, even
/// when it reads like a title (`chants of “Go Home Now”`).
const OUTCRIES: &str = "chant chants cry cries shout shouts calls chorus choruses roar roars cheers boos jeers \
    screams yells";

/// `chants of “…”`, `loud cries of “…”`: an outcry noun and `of` right
/// before the span.
fn outcry(words: &[&str]) -> bool {
    match words {
        [.., noun, of] => eq_any_case(of, "of") && listed_any_case(OUTCRIES, noun),
        _ => false,
    }
}

/// Verbs that give a written surface its words: after `that` or `which`
/// (`shirts that read “…”`, `a hat that says “…”`) the span is the writing
/// on a sign, a shirt or a banner, someone's words however it is
/// capitalised.
const WRITING_VERBS: &str = "read reads say says said";

/// The participles that give a surface its words after its noun (`a hat
/// reading “…”`).
const WRITING_PARTICIPLES: &str = "reading saying";

/// Things that carry writing: `a hat reading “…”`.
const SURFACES: &str = "sign signs placard placards banner banners shirt shirts t-shirt \
     t-shirts hat hats cap caps poster posters billboard billboards sticker stickers badge badges";

/// `a shirt that read “…”`, `the sign — which read “…”`: a relative
/// pronoun and a verb of writing right before the span; `a hat reading
/// “…”`, `signs saying “…”`: a thing that carries writing and the
/// participle.
fn writing(words: &[&str]) -> bool {
    match words {
        [.., which, verb] => {
            (eq_any_case(which, "that") || eq_any_case(which, "which"))
                && listed_any_case(WRITING_VERBS, verb)
                || listed_any_case(SURFACES, which) && listed(WRITING_PARTICIPLES, verb)
        }
        _ => false,
    }
}

/// Whether `words` (from [`words_before`] a span) make the span someone's
/// words however it is capitalised: an outcry (`chants of “…”`, what the
/// crowd shouted), a written surface (`a sign that read “…”`, the writing
/// on it), or a term lead-in given a user (see the module docs).
pub(super) fn spoken_lead_in(words: &[&str]) -> bool {
    outcry(words) || writing(words) || someones(words)
}

/// A term lead-in given a user: `coined a new phrase,`, `who he dubbed`.
fn someones(words: &[&str]) -> bool {
    used_words(words) || active_naming(words)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn someones_words(text: &str, start: usize) -> bool {
        someones(&words_before(text, start))
    }

    fn outcry_before(text: &str, start: usize) -> bool {
        outcry(&words_before(text, start))
    }

    fn writing_before(text: &str, start: usize) -> bool {
        writing(&words_before(text, start))
    }

    fn check(before: &str) -> bool {
        let text = format!("{before}“x”");
        someones_words(&text, before.len())
    }

    #[test]
    fn a_user_makes_a_phrase_someones_words() {
        assert!(check("She coined a new phrase, "));
        assert!(check("they refused to say the words "));
        assert!(check("his use of the term "));
        assert!(check("about Lee’s phrase "));
        assert!(check("a mayor who he dubbed "));
        assert!(check("She has labeled "));
        assert!(check("immigrants who prefer the term "));
        assert!(check("Nixon ran on the slogan "));
    }

    #[test]
    fn an_outcry_is_someones_words() {
        let text = "the crowd met him with loud chants of “x”";
        assert!(outcry_before(text, text.find('“').unwrap()));
        let text = "the rules of “x”";
        assert!(!outcry_before(text, text.find('“').unwrap()));
    }

    #[test]
    fn writing_on_a_sign_is_someones_words() {
        let text = "the men wore shirts that read “x”";
        assert!(writing_before(text, text.find('“').unwrap()));
        let text = "a hat which says: “x”";
        assert!(writing_before(text, text.find('“').unwrap()));
        let text = "she read “x”";
        assert!(!writing_before(text, text.find('“').unwrap()));
        let text = "wore a campaign hat reading, “x”";
        assert!(writing_before(text, text.find('“').unwrap()));
        let text = "after reading “x”";
        assert!(!writing_before(text, text.find('“').unwrap()));
    }

    #[test]
    fn a_phrase_without_a_user_stays_a_term() {
        assert!(!check("She avoided the word "));
        assert!(!check("a play on words with the phrase "));
        assert!(!check("a trader dubbed "));
        assert!(!check("the so-called "));
        assert!(!check("the word "));
    }
}
