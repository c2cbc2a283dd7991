//! The shape of a quoted span and of the words around it: what a title, a
//! sentence, an outcry, someone's own voice or a quoted modifier look like.

use super::lexicon::{DETERMINERS, FUNCTION_WORDS, PERSONAL};
use crate::Span;
use crate::chars::{
    Decode, ends_with_any, eq_any_case, last_line_break, trim_end_any, trim_start_any, trim_where,
};

/// The first letter or digit of `w` is a capital or a digit.
fn capital(w: &str) -> bool {
    w.decoded()
        .find(|c| c.is_alphanumeric())
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// Whether `w` has four letters or more, read up to its fourth (a count
/// of all its letters read every char of every word of a span).
fn long(w: &str) -> bool {
    // Four letters take four bytes: shorter words are answered unread, and
    // a word opening with four ASCII letters (most long ones) is long.
    let ascii = |b: &[u8]| b.iter().all(u8::is_ascii_alphabetic);
    w.len() >= 4
        && (w.as_bytes().get(..4).is_some_and(ascii)
            || w.decoded().filter(|c| c.is_alphabetic()).nth(3).is_some())
}

/// The first word capitalised, every word of four letters or more too, and
/// some later word capitalised: `Meet the Press`, `Gang of Eight`, `Morning
/// Joe`, `Today`; not `The way I see it` (a sentence of short words, where
/// only the pronoun `I` is capitalised).
pub(super) fn is_title_case(words: &[&str]) -> bool {
    let pronoun = |w: &str| w == "I" || w.starts_with("I’") || w.starts_with("I'");
    !breaks_title_case(words)
        && (words.len() == 1 || words[1..].iter().any(|w| capital(w) && !pronoun(w)))
}

/// Whether the first of a span's `words` (one or more) already make it no
/// title, whatever words follow: the first word, or a word of four letters
/// or more after it, is not capitalised.
pub(super) fn breaks_title_case(words: &[&str]) -> bool {
    !capital(words[0]) || words[1..].iter().any(|w| long(w) && !capital(w))
}

/// How far around a span its line is read for headline case, in bytes.
const HEADLINE_REACH: usize = 120;

/// Whether the line around `[start, end)` is written in headline case:
/// three or more words of four letters or more outside the span, all
/// capitalised (`Singer Explained Why She Felt “Invisible” As A Child`).
/// There a capitalised span says nothing about being a title.
pub(super) fn in_headline(text: &str, start: usize, end: usize) -> bool {
    let mut from = start.saturating_sub(HEADLINE_REACH);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let mut to = (end + HEADLINE_REACH).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    // No lists collected: a long word in lower case settles it, and most
    // lines have one right next to the span.
    let mut capitals = 0;
    let mut headline = |w: &str| {
        if long(w) {
            if !capital(w) {
                return false;
            }
            capitals += 1;
        }
        true
    };
    let after = &text[Span::new(end, to)];
    let (after_line, cut) = match after.find('\n') {
        Some(i) => (&after[Span::new(0, i)], false),
        None => (after, to < text.len()),
    };
    // A window cut inside the line may start or end inside a word: skip it.
    let mut after_words = after_line.split_whitespace().peekable();
    while let Some(w) = after_words.next() {
        if cut && after_words.peek().is_none() {
            break;
        }
        if !headline(w) {
            return false;
        }
    }
    let before = &text[Span::new(from, start)];
    let (before_line, cut) = match last_line_break(before) {
        Some(i) => (&before[Span::new(i + 1, before.len())], false),
        None => (before, from > 0),
    };
    for w in before_line.split_whitespace().skip(usize::from(cut)) {
        if !headline(w) {
            return false;
        }
    }
    capitals >= 3
}

/// A full sentence: a capital first, sentence punctuation last, two words
/// or more (`“We won.”`).
pub(super) fn is_sentence(words: &[&str]) -> bool {
    // Chinese and Japanese write no spaces: a full stop of their own tells.
    if words.len() == 1 && ends_with_any(words[0], &['。', '！', '？']) {
        return true;
    }
    words.len() >= 2 && capital(words[0]) && ends_with_any(words[words.len() - 1], &['.', '!', '?'])
}

/// An outcry or a question: `“Yes!”`, `“is it over?”`, `“Really?,”`.
pub(super) fn is_utterance(inner: &str) -> bool {
    ends_with_any(trim_end_any(inner, &['.', ',']), &['!', '?'])
}

/// A word said again right after itself (`“bu, bu, bu”`, `“breathe,
/// breathe, breathe.”`): a chant or a stammer, someone's voice. Titles may
/// repeat too (`“Girls, Girls, Girls”`), so the caller leaves them out.
pub(super) fn is_repeated(words: &[&str]) -> bool {
    fn bare(w: &str) -> &str {
        trim_where(w, |c| !c.is_alphabetic())
    }
    words.windows(2).any(|pair| {
        let (a, b) = (bare(pair[0]), bare(pair[1]));
        !a.is_empty() && eq_any_case(a, b)
    })
}

/// An editor's insertion in square brackets (`“turning [Lee] around”`,
/// `“pick[ing] up”`): brackets are put only into someone's quoted words.
pub(super) fn has_insertion(inner: &str) -> bool {
    inner
        .find('[')
        .is_some_and(|open| inner[Span::new(open, inner.len())].contains(']'))
}

/// Someone's own voice: a first- or second-person word in a span of two
/// words or more (`a brief “I’m sorry”`); a lone `“us”` is a word under
/// discussion.
pub(super) fn is_personal(words: &[&str]) -> bool {
    words.len() >= 2
        // In any case (the list is lowercase), not lowercased: a `String`
        // per word was an allocation and a free each.
        && words
            .iter()
            .any(|w| super::listed_any_case(PERSONAL, trim_where(w, |c| !c.is_alphabetic())))
}

/// Whether the narrator's own words around a span (`before` and `after`
/// it in its sentence, other quotes left out) speak in the first or second
/// person: in `if you live in Ohio, feel free to “vote your conscience” or
/// whatever you want to call it` the writer addresses the reader, so a
/// `your` inside the marks tells no other voice, as it does in `after a
/// brief “I’m sorry” to Lee`.
pub(super) fn narrator_in_person(before: &str, after: &str) -> bool {
    [before, after].iter().any(|part| {
        super::clause::words(&super::clause::flatten_quotes(part)).any(|(_, w)| {
            // `the US` is the country: a capitalised `US` is no pronoun.
            let country = w.len() > 1 && w.decoded().all(|c| c.is_uppercase());
            !country && super::listed_any_case(PERSONAL, w)
        })
    })
}

/// Whether the span ends inside its marks with a comma, a stop or a colon
/// (`“reporter,”`): a phrase that closes there modifies no noun after it.
pub(super) fn closes_phrase(inner: &str) -> bool {
    ends_with_any(inner, &[',', '.', ';', ':', '!', '?'])
}

/// The word opening the text after a span (after spaces), as written.
pub(super) fn next_word(after: &str) -> Option<&str> {
    let rest = trim_start_any(after, &[' ', '\u{a0}']);
    let end = rest
        .find_char(|c| !(c.is_alphanumeric() || matches!(c, '-' | '\'' | '’')))
        .unwrap_or(rest.len());
    let word = &rest[Span::new(0, end)];
    (!word.is_empty()).then_some(word)
}

/// Whether `word` can head the noun phrase a quoted modifier sits in: lower
/// case, no function word, no cue (`the “gun violence” narrative`; not
/// `“illegal” and`, not `“fine,” said`).
pub(super) fn is_head_noun(word: &str) -> bool {
    word.starts_with(char::is_lowercase)
        && !super::listed_any_case(FUNCTION_WORDS, word)
        && !super::clause::is_cue(word)
        && !super::ends_with_any_case(word, "ly")
}

/// Whether the last word before the span opens a noun phrase: a determiner
/// or a possessive (`the`, `his`, `NBC’s`).
pub(super) fn determined(lead: &str) -> bool {
    let lead = lead.trim_end();
    if ["’s", "'s", "s’", "s'"].iter().any(|p| lead.ends_with(p)) {
        return true;
    }
    let last = lead.rsplit(char::is_whitespace).next().unwrap_or("");
    super::listed_any_case(DETERMINERS, last)
}

/// A nickname inside a name: a capitalised word right before and right
/// after a span of one or two words (`George “Jay” Keyworth`).
pub(super) fn is_nickname(words: &[&str], lead: &str, after: &str) -> bool {
    let last = lead
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("");
    // Letters only, but a mis-encoded accent (`JesÃºs`) still makes a name.
    let name_before = last.starts_with(char::is_uppercase)
        && !last
            .decoded()
            .any(|c| c.is_ascii_punctuation() || c.is_ascii_digit())
        && !super::listed_any_case(FUNCTION_WORDS, last);
    let name_after = next_word(after).is_some_and(|w| w.starts_with(char::is_uppercase));
    // A span closing on a stop or a comma ends a phrase, not a first name:
    // in `called Trump “unhinged.” Sen. Rubio …` the capitals around it
    // are a name and the next sentence.
    let open = words.last().is_some_and(|w| !closes_phrase(w));
    words.len() <= 2 && open && name_before && name_after
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_and_sentences() {
        assert!(is_title_case(&["Morning", "Joe"]));
        assert!(is_title_case(&["Gang", "of", "Eight"]));
        assert!(!is_title_case(&["The", "way", "I", "see", "it"]));
        assert!(is_sentence(&["We", "won."]));
        assert!(!is_sentence(&["the", "end."]));
        let line = "Singer Explained Why She Felt “Unseen” As A Child\nShe said more.";
        let at = line.find('“').unwrap();
        assert!(in_headline(line, at, at + "“Unseen”".len()));
        let line = "The show “Unseen” won an award.";
        let at = line.find('“').unwrap();
        assert!(!in_headline(line, at, at + "“Unseen”".len()));
    }

    #[test]
    fn voices_and_modifiers() {
        assert!(is_personal(&["I’m", "sorry"]));
        assert!(!is_personal(&["us"]));
        assert!(narrator_in_person(
            "if you live here, feel free to ",
            " or not."
        ));
        assert!(!narrator_in_person(
            "Lee said “you” and then a ",
            " to the US."
        ));
        assert!(is_utterance("Yes!"));
        assert!(is_repeated(&["go,", "go,", "go"]));
        assert!(!is_repeated(&["go", "home"]));
        assert!(has_insertion("turning [Lee] around"));
        assert!(!has_insertion("a [ b"));
        assert!(is_head_noun("narrative"));
        assert!(!is_head_noun("and"));
        assert!(determined("pushed the "));
        assert!(determined("NBC’s "));
        assert!(is_nickname(&["Jay"], "physicist George ", " Keyworth said"));
        assert!(!is_nickname(&["Jay"], "the ", " Keyworth said"));
        assert!(!is_nickname(&["rude."], "called Lee ", " Sen. Ames"));
    }
}
