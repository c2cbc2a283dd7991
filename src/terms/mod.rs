//! Telling a quote of a speaker from a quoted *term*: a scare quote, a
//! title, a nickname, a word under discussion.
//!
//! A quoted span is someone's words unless the evidence says it names or
//! flags something. The evidence, strongest first:
//!
//! 1. Words before that announce a term: `so-called “reforms”`, `dubbed
//!    “Shorty”`, `who goes by “Vito”`, `the word “unity”`, `titled “Scam.”`.
//! 2. A title in its setting: every main word capitalised, and a possessive,
//!    a preposition or a medium around it (`on NBC’s “Meet the Press,”`, `the
//!    TV show “Shark Tank.”`, `“Daily Show” host`).
//! 3. The attribution that the speakers module found ([`Link`]): a quote that
//!    a cue governs directly (`he called it “disgraceful,” she said`) is a
//!    quote, even of one word.
//! 4. Shape: more than three words read as speech; a short span with no
//!    attribution at all is a term, unless it reads as an utterance (`“Yes!”`,
//!    a full sentence, a colon or a paragraph leading into it).
//!
//! Each check looks at a few words on either side and at most
//! [`MAX_TERM_WORDS`] words inside, so the cost per span is bounded.

use crate::span::Span;

/// How the speakers module tied a quoted span to a speaker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Link {
    /// No cue or speaker was found for it.
    None,
    /// A speaker was found through a looser link: the sentence before or
    /// after, a cue further off.
    Loose,
    /// A cue governs it directly: `“…,” she said`, `she said: “…”`.
    Direct,
}

/// A span with more words than this is a quote unless it is a title with
/// no attribution.
const SHORT_WORDS: usize = 3;

/// The longest title considered, in words (`“Dateline on Assignment”`).
const MAX_TERM_WORDS: usize = 12;

/// Words right before a span that announce it as a term, lower case, last
/// word last: `so-called “reforms”`, `known as “the Donald”`.
const LEAD_INS: &[&[&str]] = &[
    &["so-called"],
    &["so", "called"],
    &["dubbed"],
    &["nicknamed"],
    &["nickname"],
    &["known", "as"],
    &["goes", "by"],
    &["go", "by"],
    &["went", "by"],
    &["the", "word"],
    &["the", "words"],
    &["the", "term"],
    &["the", "terms"],
    &["the", "phrase"],
    &["the", "label"],
    &["the", "slogan"],
    &["the", "moniker"],
    &["the", "hashtag"],
    &["titled"],
    &["entitled"],
    &["headlined"],
    &["such", "as"],
    &["words", "like"],
    &["terms", "like"],
];

/// Media and works: a title sits next to one (`the TV show “Shark Tank,”`,
/// `“Squawk Box” program`).
const MEDIA: &[&str] = &[
    "ad",
    "album",
    "article",
    "book",
    "campaign",
    "column",
    "documentary",
    "drama",
    "episode",
    "essay",
    "film",
    "hashtag",
    "hat",
    "hats",
    "headline",
    "memoir",
    "movie",
    "musical",
    "novel",
    "op-ed",
    "opera",
    "play",
    "podcast",
    "poem",
    "program",
    "programme",
    "segment",
    "series",
    "shirt",
    "show",
    "sitcom",
    "sketch",
    "slogan",
    "song",
    "t-shirt",
    "t-shirts",
    "tour",
    "video",
];

/// Prepositions that set a title in its place (`on “Meet the Press,”`,
/// `the co-author of “Going Viral,”`).
const SETTINGS: &[&str] = &[
    "on", "in", "for", "from", "at", "during", "with", "via", "of",
];

/// Nouns that a title names the thing of when they follow it (`the
/// “Fantastic Four” reboot`, `“Daily Show” host`).
const TITLE_HEADS: &[&str] = &[
    "act",
    "actor",
    "actress",
    "anchor",
    "bill",
    "cast",
    "coalition",
    "contestant",
    "creator",
    "debate",
    "fans",
    "finale",
    "host",
    "initiative",
    "law",
    "movement",
    "plan",
    "premiere",
    "rally",
    "reboot",
    "season",
    "sequel",
    "spinoff",
    "star",
    "summit",
    "winner",
];

/// Nouns that, before `called`, make what follows a name (`an account
/// called “Hypo-Cruz”`), unlike a person calling someone something (`Trump
/// called Rubio “Little Marco”`, a quote).
const NAMED: &[&str] = &[
    "account",
    "app",
    "band",
    "company",
    "firm",
    "group",
    "initiative",
    "organization",
    "organisation",
    "page",
    "pac",
    "party",
    "project",
    "site",
    "website",
];

/// Whether the quoted `span` of `text` reads as a term rather than someone's
/// words, given how the speakers module linked it (`link`).
pub(crate) fn is_term(text: &str, span: Span, link: Link) -> bool {
    let quoted = &text[span];
    let inner = strip_marks(quoted);
    let words: Vec<&str> = inner.split_whitespace().take(MAX_TERM_WORDS + 1).collect();
    if words.is_empty() {
        return true; // `“ ”`: marks around nothing are nobody's words
    }
    if words.len() > MAX_TERM_WORDS {
        return false;
    }
    let before = words_before(text, span.start);
    let after = word_after(text, span.end);
    let short = words.len() <= SHORT_WORDS;
    let utterance = inner.ends_with(['!', '?']);

    if short && lead_in(&before) || called_by_name(&before) {
        return true;
    }
    let title = is_title_case(&words) && !utterance;
    if title && title_setting(&before, after, text, span.start) {
        return true;
    }
    match link {
        Link::Direct => false,
        Link::Loose => false,
        Link::None if !short => title,
        Link::None => {
            !(utterance
                || is_sentence(&words)
                || led_in(text, span.start)
                || cue_before(text, span.start))
        }
    }
}

/// Verbs that report or characterise words (`calling him “a feminist,”`,
/// `saying she was “appalled”`): one of them shortly before a short span, in
/// its sentence, makes it a partial quote even when no speaker was linked.
const CUES: &[&str] = &[
    "said",
    "says",
    "say",
    "saying",
    "told",
    "tells",
    "telling",
    "called",
    "calls",
    "call",
    "calling",
    "described",
    "describes",
    "describing",
    "labeled",
    "labelled",
    "labeling",
    "branded",
    "deemed",
    "wrote",
    "writes",
    "argued",
    "argues",
    "warned",
    "warns",
    "insisted",
    "insists",
    "claimed",
    "claims",
    "accused",
    "accusing",
    "urged",
    "tweeted",
    "promised",
    "vowed",
    "vows",
    "pledged",
    "added",
    "declared",
    "complained",
    "boasted",
    "praised",
];

/// How many words back [`cue_before`] looks.
const CUE_REACH: usize = 8;

/// Whether a reporting verb stands within a few words before `at`, in the
/// same sentence and line.
fn cue_before(text: &str, at: usize) -> bool {
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let mut from = at.saturating_sub(100).max(line_start);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let window = &text[from..at];
    // Only this sentence: after the last sentence end before the span.
    let sentence = window
        .char_indices()
        .rev()
        .find(|&(_, c)| ".!?”\"".contains(c))
        .map_or(window, |(i, c)| &window[i + c.len_utf8()..]);
    sentence.split_whitespace().rev().take(CUE_REACH).any(|w| {
        CUES.contains(
            &w.trim_matches(|c: char| !c.is_alphabetic())
                .to_lowercase()
                .as_str(),
        )
    })
}

/// The text between the marks, trimmed.
fn strip_marks(quoted: &str) -> &str {
    let mut chars = quoted.chars();
    chars.next();
    chars.next_back();
    chars.as_str().trim()
}

/// Up to three words (lower case, punctuation kept apart) before `at` in its
/// line, nearest last.
fn words_before(text: &str, at: usize) -> Vec<String> {
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    // Three words rarely take more than 60 bytes; stay on a char boundary.
    let mut from = at.saturating_sub(60).max(line_start);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let mut words: Vec<String> = text[from..at]
        .split_whitespace()
        .map(|w| w.trim_end_matches([',', '—', '–']).to_lowercase())
        .filter(|w| !w.is_empty())
        .collect();
    if from > line_start && !words.is_empty() {
        words.remove(0); // cut mid-word
    }
    let keep = words.len().saturating_sub(3);
    words.split_off(keep)
}

/// The word right after `at` (after spaces), when one follows on the line.
fn word_after(text: &str, at: usize) -> Option<&str> {
    let rest = text[at..].trim_start_matches([' ', '\u{a0}']);
    let end = rest
        .find(|c: char| c.is_whitespace() || ",.;:!?)”\"".contains(c))
        .unwrap_or(rest.len());
    let word = &rest[..end];
    (!word.is_empty()).then_some(word)
}

/// Whether the words before end with one that announces a term.
fn lead_in(before: &[String]) -> bool {
    LEAD_INS.iter().any(|lead| {
        before.len() >= lead.len()
            && before[before.len() - lead.len()..]
                .iter()
                .zip(lead.iter())
                .all(|(w, l)| w.trim_end_matches(':') == *l)
    })
}

/// `a play called “Brokers”`: `called` after a medium or an organisation.
fn called_by_name(before: &[String]) -> bool {
    match before {
        [.., noun, called] if called == "called" || called == "named" => {
            MEDIA.contains(&noun.as_str()) || NAMED.contains(&noun.as_str())
        }
        _ => false,
    }
}

/// The first word and every word of four letters or more capitalised, with
/// at least one such word after the first: `Meet the Press`, `Gang of
/// Eight`, `Today`; not `The way I see it` (a sentence of short words).
fn is_title_case(words: &[&str]) -> bool {
    let capital = |w: &str| {
        w.trim_start_matches(|c: char| !c.is_alphanumeric())
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
    };
    let long = |w: &str| w.chars().filter(|c| c.is_alphabetic()).count() >= 4;
    capital(words[0])
        && words[1..].iter().filter(|w| long(w)).all(|w| capital(w))
        && (words.len() == 1 || words[1..].iter().any(|w| long(w) && capital(w)))
}

/// A title's setting: `NBC’s “Today”`, `on “Meet the Press”`, `the show
/// “Cake Boss”`, `“Daily Show” host`.
fn title_setting(before: &[String], after: Option<&str>, text: &str, start: usize) -> bool {
    let lead = text[..start].trim_end();
    let possessive = ["’s", "'s", "s’", "s'"].iter().any(|p| lead.ends_with(p));
    let last = before.last().map(String::as_str);
    let setting = last.is_some_and(|w| SETTINGS.contains(&w));
    let medium_before = last.is_some_and(|w| MEDIA.contains(&w));
    let medium_after = after.is_some_and(|w| {
        let w = w.to_lowercase();
        MEDIA.contains(&w.as_str()) || TITLE_HEADS.contains(&w.as_str())
    });
    possessive || setting || medium_before || medium_after
}

/// A full sentence: a capital first, sentence punctuation last, two words
/// or more (`“We won.”`).
fn is_sentence(words: &[&str]) -> bool {
    // Chinese and Japanese write no spaces: a full stop of their own tells.
    if words.len() == 1 && words[0].ends_with(['。', '！', '？']) {
        return true;
    }
    words.len() >= 2
        && words[0]
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .starts_with(char::is_uppercase)
        && words[words.len() - 1].ends_with(['.', '!', '?'])
}

/// Whether a colon or a dash leads into the span, or it opens its
/// paragraph: `His answer: “Never.”`.
fn led_in(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end_matches([' ', '\u{a0}']);
    before.is_empty() || before.ends_with(['\n', ':', '—', '–'])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn term(text: &str, link: Link) -> bool {
        let (start, open) = text
            .char_indices()
            .find(|&(_, c)| c == '“' || c == '"')
            .expect("an opening mark");
        let from = start + open.len_utf8();
        let (end, close) = text[from..]
            .char_indices()
            .find(|&(_, c)| c == '”' || c == '"')
            .expect("a closing mark");
        is_term(text, Span::new(start, from + end + close.len_utf8()), link)
    }

    #[test]
    fn lead_ins_mark_terms() {
        assert!(term("The so-called “reforms” failed.", Link::Loose));
        assert!(term("A man who goes by “Shorty” came.", Link::Loose));
        assert!(term(
            "She avoided the term “radical Islam,” which",
            Link::Loose
        ));
    }

    #[test]
    fn titles_in_their_setting_are_terms() {
        assert!(term("He said on NBC’s “Meet the Press.”", Link::Direct));
        assert!(term(
            "a star of the TV show “Shark Tank,” said",
            Link::Loose
        ));
        assert!(term("the “Daily Show” host", Link::Loose));
    }

    #[test]
    fn attributed_words_are_quotes() {
        assert!(!term("He called it “disgraceful,” she said.", Link::Direct));
        assert!(!term("She said the plan was “a mess.”", Link::Loose));
        assert!(!term("“Yes!” came the answer.", Link::None));
        assert!(term("It was a “surprise” to many.", Link::None));
    }
}
