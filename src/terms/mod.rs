//! Telling a quote of a speaker from a quoted *term*: a scare quote, a
//! title, a nickname, a word under discussion.
//!
//! A long quoted span is someone's words unless it is a title. A short one
//! (three words or fewer) is someone's words only on evidence, because most
//! short quoted spans in news are scare quotes, titles and names. The
//! evidence, strongest first:
//!
//! 1. Words before that announce a term: `so-called “reforms”`, `dubbed
//!    “Shorty”`, `who goes by “Vito”`, `the charged term, “unity”`,
//!    `titled “Scam.”`.
//! 2. A title in its setting: every main word capitalised, and a possessive,
//!    a preposition or a medium around it (`on NBC’s “Meet the Press,”`, `the
//!    TV show “Shark Tank.”`, `“Daily Show” host`), or a title used as a
//!    modifier (`the “Choose Life” plates`).
//! 3. The attribution the speakers module found ([`Link`]): a cue that
//!    governs the span directly (`he called it “disgraceful,” she said`)
//!    makes it a quote, even of one word.
//! 4. The span's own voice: an outcry or question (`“Yes!”`), a full
//!    sentence, a first- or second-person phrase (`a brief “I’m sorry”`), a
//!    word said twice running (`“bu, bu, bu”`), an editor's `[insertion]`,
//!    a colon, a dash or a paragraph leading into it, or a sentence of its
//!    own (`Would she do it again? “Yes.”`).
//! 5. A cue in the span's own sentence ([`clause`]): a reporting or
//!    characterising verb before it, outside other quotes (`she said the
//!    plan was “unworkable”`, `portrayed him as “a fighter”`), a verb of
//!    regarding with `as` ([`regard`]: `casting Lee as an “honest
//!    choice”`), the speakers' cue in the sentence, or a cue right after it (`“Okay,” I said`). A
//!    looser link (a speaker in the paragraph, a cue in the sentence
//!    before) is not enough: in `He spoke at length. The “gun violence”
//!    narrative grew.` nobody is quoted. A short title needs its cue right
//!    before it (`called Rubio “Little Marco”`); a nickname inside a name
//!    (`George “Jay” Keyworth`) stays a term.
//!
//! Each check looks at a bounded window around the span and at most
//! [`MAX_TERM_WORDS`] words inside, so the cost per span is constant.

mod clause;
mod cues;
/// The terms' cue words, which the speakers' lexicon flags (see
/// `clause::is_cue`).
pub(crate) use cues::CUES;
mod lexicon;
mod regard;
mod shape;
mod usage;

use crate::chars::{
    Decode, contains_any, ends_with_any, eq_any_case, is_space, last_line_break, listed,
    listed_any_case, starts_with_any, trim_end_any, trim_start_any,
};
use crate::span::Span;
use lexicon::{CLAUSE_OPENERS, LEAD_INS, MEDIA, NAMED, SETTINGS, TITLE_HEADS};
use shape::{closes_phrase, determined, is_head_noun, is_title_case, next_word};

/// How the speakers module tied a quoted span to a speaker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Link {
    /// No cue or speaker was found for it.
    None,
    /// A speaker was found through a looser link (the sentence before or
    /// after, a cue further off), with the cue it used, if any, and the
    /// words that name the speaker.
    Loose(Option<Span>, Span),
    /// A cue governs it directly (`“…,” she said`, `she said: “…”`), with
    /// that cue.
    Direct(Option<Span>),
}

/// A span with more words than this is a quote unless it is a title with
/// no attribution.
const SHORT_WORDS: usize = 3;

/// The longest title considered, in words (`“Dateline on Assignment”`).
const MAX_TERM_WORDS: usize = 12;

/// How many words may stand between a cue and a short title for the title
/// to be what the cue reports (`called Rubio “Little Marco”`).
const TITLE_CUE_REACH: usize = 2;

/// How many words after a span may come before a cue that governs it
/// (`“Okay,” I said`, `“Fine,” Mr. Lee added`).
const CUE_AFTER_REACH: usize = 3;

/// Whether the quoted `span` of `text` reads as a term rather than someone's
/// words, given how the speakers module linked it (`link`).
pub(crate) fn is_term(text: &str, span: Span, link: Link) -> bool {
    decide(text, span, link, true)
}

/// [`is_term`], looking at a title coordinated before the span when
/// `coordinate` is set (once: the title before is decided without it).
fn decide(text: &str, span: Span, link: Link, coordinate: bool) -> bool {
    let quoted = &text[span];
    let inner = strip_marks(quoted);
    let mut buf = [""; MAX_TERM_WORDS + 1];
    // Most spans are long quotes whose first words already make them no
    // title: for them only the `called` check below can make a term, and
    // it needs a `called` before the span. Settled on their first words,
    // without splitting up to thirteen (same answer: more than twelve
    // words are a quote too).
    let head = first_words(inner, &mut buf[..=SHORT_WORDS]);
    if head.is_empty() {
        return true; // `“ ”`: marks around nothing are nobody's words
    }
    if head.len() > SHORT_WORDS
        && shape::breaks_title_case(head)
        && !may_be_called(text, span.start)
    {
        return false;
    }
    let words = first_words(inner, &mut buf);
    if words.len() > MAX_TERM_WORDS {
        return false;
    }
    let mut before_buf = [0u8; BEFORE_REACH];
    let short = words.len() <= SHORT_WORDS;
    // Most spans are long quotes that are not title-cased: for them no
    // check below but the `called` one can make a term (a long span is
    // someone's words under every link unless it is a title), so the
    // answer is known without reading what follows the span. Same answer
    // as the full path, cheapest test first.
    if !short && !is_title_case(words) {
        return may_be_called(text, span.start)
            && called_by_name(words_before(text, span.start, &mut before_buf).as_slice())
            && !usage::spoken_before(text, span.start)
            && !what_someone_called(clause::before(text, span.start));
    }
    let before = words_before(text, span.start, &mut before_buf);
    let before = before.as_slice();
    // What follows the span, as far as any check here looks.
    let rest = clause::after(text, span.end);
    // In a headline every word is capitalised, so capitals tell nothing; a
    // cue before the span does (`Singer Explained Why She Felt
    // “Unseen”`). Read only for a title-cased span: most are not.
    let capitals_tell_nothing = || {
        shape::is_utterance(inner)
            || stands_alone(text, span.start, inner, rest)
            || shape::in_headline(text, span.start, span.end)
                && clause::cue_distance(clause::before(text, span.start)).is_some()
    };
    let title = is_title_case(words) && !capitals_tell_nothing();

    // `chants of “Go Home Now”`: an outcry, however it is capitalised;
    // `a sign that read “Farmers 4 Ames”`: the writing on it, likewise;
    // `he coined a new phrase, “…”`: a lead-in given a user is a cue, and
    // before a title-cased span too (`Lee’s signature slogan, “Build …”`).
    if usage::spoken_before(text, span.start) {
        return false;
    }
    // `starred in “Night Shift” and “Harbour Lights,”`: a title joined to a
    // title term is one too, whatever attribution the sentence carries.
    if title && coordinate {
        if let Some(earlier) = coordinated_before(text, span.start) {
            let mut buf = [""; MAX_TERM_WORDS + 1];
            let words = first_words(strip_marks(&text[earlier]), &mut buf);
            if !words.is_empty()
                && words.len() <= MAX_TERM_WORDS
                && is_title_case(words)
                && decide(text, earlier, Link::None, false)
            {
                return true;
            }
        }
    }
    // (A title after a lead-in, however long: `designated as ‘Ready to Go
    // Home’ units`.)
    if (short || title) && lead_in(before)
        || called_by_name(before) && !what_someone_called(clause::before(text, span.start))
    {
        return true;
    }
    if title && title_setting(before, word_after(rest), text, span.start) {
        return true;
    }
    // A title used as a modifier names a thing, whoever is near: `the
    // “Choose Life” license plates`, `his “Miss Universe” pageant`.
    if title
        && short
        && determined(&text[Span::new(0, span.start)])
        && !closes_phrase(inner)
        && next_word(rest).is_some_and(is_head_noun)
    {
        return true;
    }
    // `“Living in a Ghost Town” was done in ten minutes`: a title that is
    // the subject of the verb after it names a work, whoever speaks.
    if title
        && next_word(rest).is_some_and(|w| listed("is was has had", w))
        && !shape::in_headline(text, span.start, span.end)
    {
        return true;
    }
    match link {
        // `“tax reform,” which he described as …`: a cue after the span,
        // across a clause opener, governs the clause, not the span.
        Link::Direct(Some(cue))
            if short && cue.start >= span.end && !open_to_cue_after(inner, rest) =>
        {
            !short_quote(text, span, inner, words, rest, Link::None, title)
        }
        Link::Direct(_) => false,
        // `The bestseller “The Body Keeps the Score” has sold millions`: a
        // title linked only to a speaker of another sentence names a work
        // (capitals in a headline tell nothing: `Ryan: ‘Images’ Have ‘No
        // Place In A Campaign’` quotes Ryan).
        Link::Loose(_, mention) if !short => {
            let sentence = clause::before(text, span.start).len();
            let elsewhere =
                mention.end + sentence <= span.start || mention.start >= span.end + rest.len();
            title && elsewhere && !shape::in_headline(text, span.start, span.end)
        }
        Link::None if !short => title,
        _ => !short_quote(text, span, inner, words, rest, link, title),
    }
}

/// Whether a short span, not tied directly to a cue, is someone's words:
/// its own voice, or a cue in its sentence. `rest` is the rest of its
/// sentence ([`clause::after`]), read once by the caller.
fn short_quote(
    text: &str,
    span: Span,
    inner: &str,
    words: &[&str],
    rest: &str,
    link: Link,
    title: bool,
) -> bool {
    let sentence = clause::before(text, span.start);
    if shape::is_utterance(inner)
        || (shape::is_personal(words) && !shape::narrator_in_person(sentence, rest))
        || (!title && shape::is_repeated(words))
        || shape::has_insertion(inner)
    {
        return true;
    }
    // `Would she do it again? “Yes.”`: a span standing as a sentence of
    // its own, a stop inside, is what someone said.
    if (shape::is_sentence(words)
        || led_in(text, span.start)
        || stands_alone(text, span.start, inner, rest))
        && !title
    {
        return true;
    }
    // `what has been described as a “…”`: a passive cue with no agent
    // attributes the words to nobody.
    let distance = clause::nearest_cue(sentence)
        .filter(|cue| !clause::agentless(sentence, cue.at) && !clause::in_source(sentence))
        .map(|cue| cue.distance);
    let direct_after = cue_right_after(inner, rest);
    if title && words.len() >= 2 {
        // `named “Madam Secretary” as her favourite show` names a work.
        let lead = sentence.trim_end();
        let named = ends_with_any_case(lead, "named");
        // `referring to the US as the “Great Satan.”`: the `as` of a cue
        // before it (`refer to … as`, `hailed … as`) reports what someone
        // calls a thing, however far the cue.
        let as_cue = [" as", " as the", " as a", " as an"]
            .iter()
            .any(|a| ends_with_any_case(lead, a));
        // `identified the judge as “Spanish,”`: a verb of regarding.
        let regarded = regard::presented_as(sentence);
        return !named && (distance.is_some_and(|d| d <= TITLE_CUE_REACH || as_cue) || regarded)
            || direct_after;
    }
    let linked_cue = match link {
        Link::Loose(Some(cue), _) => {
            cue_in_sentence(text, span, cue, sentence.len(), rest.len(), inner)
        }
        _ => false,
    };
    let reported = distance.is_some()
        || clause::reported_by_noun(sentence)
        || clause::in_someones_words(sentence)
        || regard::presented_as(sentence);
    // Whether `rest` stops at the end of the line (`clause::after`).
    let line_ended = text
        .as_bytes()
        .get(span.end + rest.len())
        .is_none_or(|&b| b == b'\n');
    (reported || linked_cue || direct_after || clause::framed_by_cue(rest, line_ended))
        // Capitals around a span in a headline make no name of it.
        && (shape::in_headline(text, span.start, span.end)
            || !shape::is_nickname(words, &text[Span::new(0, span.start)], rest))
}

/// The first words of `s` (split at whitespace), as many as `buf` holds:
/// a buffer one longer than the most a caller reads tells it that `s` has
/// more. On the stack: a Vec cost an allocation per span.
fn first_words<'a, 'b>(s: &'a str, buf: &'b mut [&'a str]) -> &'b [&'a str] {
    let mut len = 0;
    for (slot, word) in buf.iter_mut().zip(s.split_whitespace()) {
        *slot = word;
        len += 1;
    }
    &buf[..len]
}

/// Whether the span can be governed by a cue after it: it closes on a
/// comma, `!` or `?`, and no clause opener follows (`“tax reform,” which he
/// described as …` is governed by nothing after it).
fn open_to_cue_after(inner: &str, rest: &str) -> bool {
    // A quote inside the marks ends on its own mark (`“’House of Cards,’”
    // she said`): the comma before it is what counts.
    ends_with_any(
        trim_end_any(inner, &['’', '\'', '”', '"']),
        &[',', '!', '?'],
    ) && !clause::words(rest)
        .next()
        .is_some_and(|(_, w)| is_in(CLAUSE_OPENERS, w))
        && !reports_clause_after(rest)
}

/// Subject pronouns: after a cue that follows a span, one that a word
/// follows opens the clause the cue reports.
const SUBJECT_PRONOUNS: &str = "he she they we i";

/// Whether the cue right after a span reports a clause of its own: `Iowa’s
/// “gold standard,” says she warned of …`, `who calls it “silly,” said he
/// would …`. An inverted attribution puts its pronoun last (`“No,” said
/// he.`); a pronoun with more words after it is the subject of the
/// reported clause, so the cue is the predicate of a subject before the
/// span, not its attribution.
fn reports_clause_after(rest: &str) -> bool {
    let mut words = clause::words(rest);
    let (Some((cue_at, cue)), Some((at, pronoun))) = (words.next(), words.next()) else {
        return false;
    };
    let gap = |from: usize, to: usize| {
        rest[Span::new(from, to)]
            .decoded()
            .all(|c| c == ' ' || c == '\u{a0}')
    };
    clause::is_cue(cue)
        && !cue.ends_with("ing")
        && trim_start_any(&rest[Span::new(0, cue_at)], &[' ', '\u{a0}']).is_empty()
        && gap(cue_at + cue.len(), at)
        && is_in(SUBJECT_PRONOUNS, pronoun)
        && words
            .next()
            .is_some_and(|(next, _)| next > at + pronoun.len() && gap(at + pronoun.len(), next))
}

/// `“Okay,” I said`: a cue (not an `-ing` form, which adds a later clause:
/// `“reporter,” saying …`) within a few words after a span open to it.
fn cue_right_after(inner: &str, rest: &str) -> bool {
    open_to_cue_after(inner, rest)
        && clause::words(rest)
            .take(CUE_AFTER_REACH)
            .any(|(_, w)| clause::is_cue(w) && !w.ends_with("ing"))
}

/// Whether the speakers' cue stands in the span's sentence (`before_len`
/// bytes of it before the span, `after_len` after): before the span and not
/// attributing an earlier quote, or after it when the span closes on a
/// comma, `!` or `?` (`“fine,” the aide later said`).
fn cue_in_sentence(
    text: &str,
    span: Span,
    cue: Span,
    before_len: usize,
    after_len: usize,
    inner: &str,
) -> bool {
    if cue.end <= span.start {
        let mut from = cue.start.saturating_sub(60);
        while !text.is_char_boundary(from) {
            from += 1;
        }
        cue.start >= span.start - before_len
            && !clause::attributes_earlier_quote(&text[Span::new(from, cue.start)])
    } else {
        cue.start >= span.end
            && cue.end <= span.end + after_len
            && open_to_cue_after(inner, &text[Span::new(span.end, text.len())])
    }
}

/// A span closing on a stop that stands as a sentence of its own: after a
/// colon, a dash, a line start or a sentence end, and before a line end or a
/// new sentence (`had one message: “Dump Lee.”`, `Ames told the crowd.
/// “Ann Ortiz.”`). Capitals there make no title: titles sit inside
/// sentences.
fn stands_alone(text: &str, start: usize, inner: &str, rest: &str) -> bool {
    if !ends_with_any(inner, &['.', '!', '?']) {
        return false;
    }
    let mut from = start.saturating_sub(8);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let lead = trim_end_any(&text[Span::new(from, start)], &[' ', '\u{a0}']);
    let opens = (from == 0 && lead.is_empty())
        || ends_with_any(lead, &['\n', ':', '—', '–', '.', '!', '?', '”', '"']);
    let next = trim_start_any(rest, &[' ', '\u{a0}']).decoded().next();
    let closes = rest.is_empty()
        || rest.starts_with('\n')
        || (starts_with_any(rest, &[' ', '\u{a0}'])
            && next.is_none_or(|c| c.is_uppercase() || matches!(c, '“' | '"' | '‘')));
    opens && closes
}

/// How far back a quoted span joined to this one is looked for, in bytes.
const COORDINATION_REACH: usize = 160;

/// The quoted span that this one is joined to by `and`, `or` or a comma
/// (`“Night Shift” and “…”`, `“R,” or “…”`, `“Veep,” “…”`), on the same
/// line and with double marks.
fn coordinated_before(text: &str, start: usize) -> Option<Span> {
    let mut from = start.saturating_sub(COORDINATION_REACH);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let window = &text[Span::new(from, start)];
    let mut lead = trim_end_any(window, &[' ', '\u{a0}']);
    for joint in [" and", " or"] {
        if let Some(rest) = lead.strip_suffix(joint) {
            lead = trim_end_any(rest, &[' ', '\u{a0}']);
            break;
        }
    }
    let mut lead = trim_end_any(lead, &[',']);
    // (Past a short note in brackets: `“That’s So True” (No. 3) and`.)
    if let Some(inside) = lead.strip_suffix(')') {
        if let Some(open) = inside.bytes().rev().take(16).position(|b| b == b'(') {
            lead = trim_end_any(
                &inside[Span::new(0, inside.len() - open - 1)],
                &[' ', '\u{a0}'],
            );
        }
    }
    let (close, open) = if lead.ends_with('”') {
        ('”', '“')
    } else if lead.ends_with('"') {
        ('"', '"')
    } else {
        return None;
    };
    let inside = &lead[Span::new(0, lead.len() - close.len_utf8())];
    // Not `rfind`: its char search backwards is the only user of `memrchr`
    // in the .wasm.
    let opening = inside.decoded_indices().rfind(|&(_, c)| c == open)?.0;
    if contains_any(
        &inside[Span::new(opening + open.len_utf8(), inside.len())],
        &['\n', '“', '”', '"'],
    ) {
        return None; // not one clean span on this line
    }
    Some(Span::new(from + opening, from + lead.len()))
}

/// Whether `w`, in any ASCII case, is in `list` (of lower-case words): the
/// same answer as looking up `w.to_ascii_lowercase()`, without a heap
/// string per look-up.
fn is_in(list: &str, w: &str) -> bool {
    listed_any_case(list, w)
}

/// Whether `s` ends with `suffix` (lower case) in any ASCII case: no
/// lowercased copy of `s` on the heap.
fn ends_with_any_case(s: &str, suffix: &str) -> bool {
    let (s, suffix) = (s.as_bytes(), suffix.as_bytes());
    s.len() >= suffix.len() && eq_any_case(&s[s.len() - suffix.len()..], suffix)
}

/// The text between the marks, trimmed.
fn strip_marks(quoted: &str) -> &str {
    let mut chars = quoted.chars();
    let open = chars.next();
    chars.next_back();
    let inner = chars.as_str();
    // Two apostrophes for a double mark (`''On espère,''`), or two grave
    // accents (``` ``On espère,'' ```): both are marks.
    let doubled = |c: char| open == Some(c) && inner.starts_with(c);
    let inner = if doubled('\'') || doubled('`') {
        inner
            .get(1..)
            .unwrap_or(inner)
            .strip_suffix('\'')
            .unwrap_or(inner)
    } else {
        inner
    };
    inner.trim()
}

/// Up to three words (lower case, trailing commas and dashes dropped)
/// before `at` in its line, nearest last.
fn words_before<'b>(text: &str, at: usize, buf: &'b mut [u8; BEFORE_REACH]) -> Before<'b> {
    // Three words rarely take more than 60 bytes; stay on a char boundary,
    // and look for the line start inside that window only (a text with no
    // line break must not be searched to its start for every span).
    let mut from = at.saturating_sub(BEFORE_REACH);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let line_start = last_line_break(&text[Span::new(from, at)]).map_or(0, |i| from + i + 1);
    let from = from.max(line_start);
    // The window is lowercased once into a buffer on the stack and the
    // words borrowed from it: a String per word and a growing Vec cost
    // ~8M instructions on 1 MB of news. ASCII lowercasing keeps UTF-8 valid.
    let window = &text.as_bytes()[from..at];
    let lowered = &mut buf[..window.len()];
    lowered.copy_from_slice(window);
    lowered.make_ascii_lowercase();
    let lowered = std::str::from_utf8(lowered).unwrap_or("");
    // Read from the end, one word more than kept: the words further back
    // are never used, and the extra one tells whether the window's first
    // word, cut mid-word when the window starts inside the line, is among
    // those read.
    let mut last_first = [""; BEFORE_WORDS + 1];
    let mut read = 0;
    let found = lowered
        .split_whitespace()
        .rev()
        .map(|word| trim_end_any(word, &[',', '—', '–']))
        .filter(|word| !word.is_empty());
    for (slot, word) in last_first.iter_mut().zip(found) {
        *slot = word;
        read += 1;
    }
    let mut len = read.min(BEFORE_WORDS);
    if read <= BEFORE_WORDS && from > line_start {
        len = len.saturating_sub(1); // the window's first word, cut
    }
    let mut words = [""; BEFORE_WORDS];
    for (slot, word) in words[..len].iter_mut().zip(last_first[..len].iter().rev()) {
        *slot = word;
    }
    Before { words, len }
}

/// How many words before a span [`words_before`] keeps.
const BEFORE_WORDS: usize = 3;

/// How many bytes before a span [`words_before`] reads.
const BEFORE_REACH: usize = 60;

/// The last words before a span, lowercased (at most three).
struct Before<'b> {
    words: [&'b str; BEFORE_WORDS],
    len: usize,
}

impl<'b> Before<'b> {
    /// The words, first to last.
    fn as_slice(&self) -> &[&'b str] {
        &self.words[..self.len]
    }
}

/// The word opening `rest` (after spaces), up to punctuation.
fn word_after(rest: &str) -> Option<&str> {
    let rest = trim_start_any(rest, &[' ', '\u{a0}']);
    let end = rest
        .find_char(|c| {
            is_space(c) || matches!(c, ',' | '.' | ';' | ':' | '!' | '?' | ')' | '”' | '"')
        })
        .unwrap_or(rest.len());
    let word = &rest[Span::new(0, end)];
    (!word.is_empty()).then_some(word)
}

/// Whether the words before end with one that announces a term.
fn lead_in(before: &[&str]) -> bool {
    // Each word trimmed of its colon once, not once per lead-in.
    let mut trimmed = [""; BEFORE_WORDS];
    let mut len = 0;
    for (slot, word) in trimmed.iter_mut().zip(before) {
        *slot = trim_end_any(word, &[':']);
        len += 1;
    }
    let words = &trimmed[..len];
    let Some(last) = words.last() else {
        return false;
    };
    // Each lead-in ending on the last word against as many of the last
    // words as it has. Split as bytes: `str::split` searched each piece by
    // `memchr`, ~10,000 instructions a span for the thirty lead-ins; and
    // only a lead-in ending on the last word is split into its words.
    let space = |b: &u8| *b == b' ';
    LEAD_INS.as_bytes().split(|&b| b == b',').any(|lead| {
        // (The last byte first: most differ there, without a `memcmp`.)
        lead.last() == last.as_bytes().last() && lead.ends_with(last.as_bytes()) && {
            let n = lead.split(space).count();
            n <= len
                && lead
                    .split(space)
                    .zip(&words[len - n..])
                    .all(|(l, w)| w.as_bytes() == l)
        }
    })
}

/// `a play called “Brokers”`, `a blog, called the “Feed,”`: `called` after a
/// medium or an organisation.
fn called_by_name(before: &[&str]) -> bool {
    let name = |noun: &str, called: &str| {
        (called == "called" || called == "named") && (listed(MEDIA, noun) || listed(NAMED, noun))
    };
    match before {
        [.., noun, called, the] if *the == "the" => name(noun, called),
        // `a post captioned “Policeman threatens to …”`: a title, however
        // long and however written.
        [.., last] if listed(TITLED, last) => true,
        [.., noun, called] => name(noun, called),
        _ => false,
    }
}

/// Words that name what follows as a title (see [`called_by_name`]), of
/// any length. They are lead-ins too ([`LEAD_INS`], read for short spans
/// with the other words before them); here the last word alone decides.
const TITLED: &str = "titled entitled headlined captioned";

/// Whether the last word before `at` (as [`words_before`] reads it, in
/// any case) is one [`called_by_name`] can end on: `called`, `named`,
/// `the` or one of [`TITLED`]. Most spans have another, and are settled
/// without lowercasing and splitting the words before. Read in the same window as `words_before`:
/// if that word is the one cut mid-word there, it is dropped and
/// `called_by_name` says no either way.
fn may_be_called(text: &str, at: usize) -> bool {
    let mut from = at.saturating_sub(BEFORE_REACH);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let window = &text[Span::new(from, at)];
    // The last char of that word, past spaces and the trimmed marks, ends
    // all of them in `d` or `e`: most spans are settled on it, without
    // splitting the window (the marks and spaces are those dropped below).
    let end = window
        .decoded()
        .rev()
        .find(|&c| !(is_space(c) || matches!(c, ',' | '—' | '–')));
    if !end.is_some_and(|c| matches!(c, 'd' | 'e' | 'D' | 'E')) {
        return false;
    }
    window
        .split_whitespace()
        .rev()
        .map(|w| trim_end_any(w, &[',', '—', '–']))
        .find(|w| !w.is_empty())
        .is_some_and(|w| {
            ["called", "named", "the"].iter().any(|l| eq_any_case(l, w))
                || listed_any_case(TITLED, w)
        })
}

/// How many words a subject may take between `what` and its `called`
/// (`what Ann Lee, head of the party, called`).
const WHAT_REACH: usize = 12;

/// `in what Ann Lee, the party's treasurer, called “…”`: a `called` that
/// closes a `what` clause has a subject calling the span something, even
/// when a noun of an organisation stands right before it.
fn what_someone_called(sentence: &str) -> bool {
    // The words before the last one (`called`), read back from it.
    clause::words_rev(sentence)
        .skip(1)
        .take(WHAT_REACH)
        .any(|(_, w)| eq_any_case(w, "what"))
}

/// A title's setting: `NBC’s “Today”`, `on “Meet the Press”`, `the show
/// “Cake Boss”`, `told “Fox and Friends”`, `“Daily Show” host`.
fn title_setting(before: &[&str], after: Option<&str>, text: &str, start: usize) -> bool {
    let lead = text[Span::new(0, start)].trim_end();
    let possessive = ["’s", "'s", "s’", "s'"].iter().any(|p| lead.ends_with(p));
    let last = before.last().copied();
    let setting = last.is_some_and(|w| listed(SETTINGS, w));
    let medium_before = last.is_some_and(|w| listed(MEDIA, w));
    let medium_after =
        after.is_some_and(|w| listed_any_case(MEDIA, w) || listed_any_case(TITLE_HEADS, w));
    possessive || setting || medium_before || medium_after
}

/// Whether a colon or a dash leads into the span, or it opens its
/// paragraph: `His answer: “Never.”`.
fn led_in(text: &str, start: usize) -> bool {
    let before = trim_end_any(&text[Span::new(0, start)], &[' ', '\u{a0}']);
    before.is_empty() || ends_with_any(before, &['\n', ':', '—', '–'])
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

    const LOOSE: Link = Link::Loose(None, Span { start: 0, end: 0 });

    #[test]
    fn lead_ins_mark_terms() {
        assert!(term("The so-called “reforms” failed.", LOOSE));
        assert!(term("A man who goes by “Shorty” came.", LOOSE));
        assert!(term("She avoided the term “radical Islam,” which", LOOSE));
        assert!(term("She skirted the charged term, “unity,” again", LOOSE));
    }

    #[test]
    fn titles_in_their_setting_are_terms() {
        assert!(term(
            "He said on NBC’s “Meet the Press.”",
            Link::Direct(None)
        ));
        assert!(term("a star of the TV show “Shark Tank,” said", LOOSE));
        assert!(term("the “Daily Show” host", LOOSE));
        assert!(term("she told “Morning Joe” on Monday", Link::Direct(None)));
        assert!(term(
            "they backed the “Choose Life” plates",
            Link::Direct(None)
        ));
    }

    #[test]
    fn attributed_words_are_quotes() {
        assert!(!term(
            "He called it “disgraceful,” she said.",
            Link::Direct(None)
        ));
        assert!(!term("She said the plan was “a mess.”", LOOSE));
        assert!(!term("“Yes!” came the answer.", Link::None));
        assert!(term("It was a “surprise” to many.", Link::None));
    }

    #[test]
    fn a_short_span_needs_a_cue_in_its_own_sentence() {
        assert!(term(
            "He spoke at length. The “gun violence” narrative grew.",
            LOOSE
        ));
        assert!(!term("Later he called the deal “a disaster” again.", LOOSE));
        assert!(!term("“Okay,” I said.", Link::None));
        assert!(term("“Settle For Hillary” shirts, he said.", LOOSE));
        assert!(!term("He called Rubio “Little Marco” again.", LOOSE));
        assert!(term("He later said that Jesús “Chuy” García ran.", LOOSE));
    }
}
