//! The span's own sentence: where it starts and ends, and the narrator's
//! words in it (words inside other quotes are someone else's).
//!
//! A cue counts for a short span only inside its sentence: `Trump called
//! the deal “a disaster”` is a partial quote, while in `He said so. The
//! “gun violence” narrative grew` the cue of the sentence before says
//! nothing about the span. Every look is bounded ([`REACH_BEFORE`],
//! [`REACH_AFTER`] bytes), so the cost per span is constant.

use super::cues::SAYING_NOUNS;
use super::lexicon::{ABBREVIATIONS, CLAUSE_OPENERS};
use crate::Span;
use crate::chars::{
    Decode, contains_any, ends_with_any, eq_any_case, holds_byte, is_space, listed, trim_end_any,
    trim_start_any, trim_where,
};
use crate::speakers::words::is_term_cue;
use crate::swar::{each, has_byte, word};

/// How far back a sentence is followed, in bytes (a long news sentence).
const REACH_BEFORE: usize = 400;

/// How far forward a sentence is followed, in bytes.
const REACH_AFTER: usize = 200;

/// Marks that may close a quote or a bracket right after a full stop.
const CLOSERS: &[char] = &['"', '”', '’', '\'', ')', ']'];

/// The start of the window `[from, at)`, on a char boundary.
fn floor(text: &str, at: usize, reach: usize) -> usize {
    let mut from = at.saturating_sub(reach);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    from
}

/// Whether the `.`, `!` or `?` at byte `i` ends a sentence: closing marks,
/// then a line end, or a space and no lower-case word; a full stop after an
/// abbreviation or an initial ends none (`Sen. Ted Cruz`, `George W. Bush`).
fn ends_sentence(text: &str, i: usize) -> bool {
    // A few closing marks and spaces at most: a bounded look, whatever the
    // text holds (a million `”` in a row).
    let mut to = (i + 1 + 24).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    let rest = trim_start_any(&text[Span::new(i + 1, to)], CLOSERS);
    let Some(next) = rest.decoded().next() else {
        return true;
    };
    if !is_space(next) {
        return false;
    }
    let after = trim_start_any(rest, &[' ', '\u{a0}', '\t']);
    match after.decoded().next() {
        None | Some('\n') | Some('\r') => return true,
        Some(c) if c.is_lowercase() => return false,
        _ => {}
    }
    if text.as_bytes()[i] != b'.' {
        return true;
    }
    let before = &text[Span::new(floor(text, i, 12), i)];
    let word_start = before
        .rfind_char(|c| !(c.is_alphabetic() || c == '.'))
        .map_or(0, |j| {
            j + before[Span::new(j, before.len())]
                .decoded()
                .next()
                .map_or(1, char::len_utf8)
        });
    // In any case (the abbreviations are lowercase), not lowercased: a
    // `String` per full stop read was an allocation and a free.
    let word = trim_where(&before[Span::new(word_start, before.len())], |c| c == '.');
    !(word.decoded().take(2).count() == 1 || super::listed_any_case(ABBREVIATIONS, word))
}

/// The part of `at`'s sentence before it: from the last sentence end or
/// line start (at most [`REACH_BEFORE`] bytes back). The closing marks
/// right after a stop end the sentence before (`… feelings." Some`), so
/// they are left out.
pub(super) fn before(text: &str, at: usize) -> &str {
    let from = floor(text, at, REACH_BEFORE);
    let window = &text[Span::new(from, at)];
    // Bytes, not chars: the stops and the line end are ASCII, and an ASCII
    // byte never occurs inside a longer UTF-8 sequence, so no decoding is
    // needed to find them.
    for (i, &b) in window.as_bytes().iter().enumerate().rev() {
        if b == b'\n' {
            return &window[Span::new(i + 1, window.len())];
        }
        if matches!(b, b'.' | b'!' | b'?') && ends_sentence(text, from + i) {
            return trim_start_any(&window[Span::new(i + 1, window.len())], CLOSERS);
        }
    }
    window
}

/// The part of `at`'s sentence after it, up to and with its end (at most
/// [`REACH_AFTER`] bytes on).
pub(super) fn after(text: &str, at: usize) -> &str {
    let mut to = (at + REACH_AFTER).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    let window = &text[Span::new(at, to)];
    // Bytes, not chars, as in `before`: the stops and the line end are
    // ASCII (this read up to 200 bytes char by char for every span).
    for (i, &b) in window.as_bytes().iter().enumerate() {
        if b == b'\n' {
            return &window[Span::new(0, i)];
        }
        if matches!(b, b'.' | b'!' | b'?') && ends_sentence(text, at + i) {
            return &window[Span::new(0, i + 1)];
        }
    }
    window
}

/// The words of `s` (letters, inner apostrophes and hyphens), with their
/// byte ranges.
pub(super) fn words(s: &str) -> impl Iterator<Item = (usize, &str)> + '_ {
    let mut rest = s.char_indices().peekable();
    std::iter::from_fn(move || {
        let (start, _) = rest.by_ref().find(|&(_, c)| c.is_alphabetic())?;
        let mut end = s.len();
        while let Some(&(i, c)) = rest.peek() {
            if c.is_alphabetic() || matches!(c, '\'' | '’' | '-') {
                rest.next();
            } else {
                end = i;
                break;
            }
        }
        Some((start, &s[Span::new(start, end)]))
    })
}

/// Whether `word` (any case, edge punctuation ignored) is a reporting or
/// characterising verb.
pub(super) fn is_cue(word: &str) -> bool {
    // Most words start and end on an ASCII letter, with nothing to trim.
    let edges = (word.as_bytes().first(), word.as_bytes().last());
    let w = match edges {
        (Some(a), Some(z)) if a.is_ascii_alphabetic() && z.is_ascii_alphabetic() => word,
        _ => trim_where(word, |c| !c.is_alphabetic()),
    };
    // `a`, `of`, `to`, `he`: the words of one or two letters, a third of
    // news, are no cue (a test checks every cue's length).
    if w.len() < MIN_CUE_LEN {
        return false;
    }
    is_term_cue(w)
}

/// The length of the shortest cue (`say`, `ask`).
const MIN_CUE_LEN: usize = 3;

/// Whether the text before a cue ends a quote that the cue attributes
/// (`“…,” said Ann`, `“…,” Mr. Lee said`): such a cue is the earlier
/// quote's, not the narrator's lead into a later span.
pub(super) fn attributes_earlier_quote(before_cue: &str) -> bool {
    let mut s = before_cue.trim_end();
    // Up to three words of a name or a pronoun between the mark and the cue.
    for _ in 0..3 {
        let Some(last) = s.rsplit(char::is_whitespace).next() else {
            break;
        };
        let pronoun = listed("he she they we i it", last);
        if !(pronoun || last.starts_with(char::is_uppercase)) {
            break;
        }
        s = s[Span::new(0, s.len() - last.len())].trim_end();
    }
    let Some(mark) = s.decoded().next_back() else {
        return false;
    };
    if mark != '”' && mark != '"' {
        return false;
    }
    let inside = &s[Span::new(0, s.len() - mark.len_utf8())];
    ends_with_any(inside, &[',', '!', '?', '—', '–', '-']) && !names_a_programme(inside)
}

/// Whether the quoted span ending `inside` (its text up to the closing
/// mark) is a title set on a programme (`on Fox News channel’s “Sunday
/// Futures,” Rep. Issa said …`): a possessive or `on` before its opening
/// mark and every main word capitalised. The cue after it is then the
/// guest's, for what follows, not the title's.
fn names_a_programme(inside: &str) -> bool {
    let Some(open) = inside.rfind_char(|c| matches!(c, '“' | '"')) else {
        return false;
    };
    let mut buf = [""; 7];
    let quoted = super::first_words(
        trim_start_any(&inside[Span::new(open, inside.len())], &['“', '"']),
        &mut buf,
    );
    if quoted.is_empty() || quoted.len() > 6 || !super::shape::is_title_case(quoted) {
        return false;
    }
    let lead = inside[Span::new(0, open)].trim_end();
    let last = lead.rsplit(char::is_whitespace).next().unwrap_or("");
    ["’s", "'s", "s’", "s'"].iter().any(|p| last.ends_with(p)) || eq_any_case(last, "on")
}

/// The number of narrator words between the nearest cue before the span
/// and the span, in the span's sentence (`sentence` is [`before`]).
pub(super) fn cue_distance(sentence: &str) -> Option<usize> {
    nearest_cue(sentence).map(|cue| cue.distance)
}

/// The nearest cue before the span in its sentence, from [`nearest_cue`].
#[derive(Clone, Copy)]
pub(super) struct Cue {
    /// How many narrator words stand between it and the span.
    pub(super) distance: usize,
    /// Where its word starts in the sentence.
    pub(super) at: usize,
}

/// The nearest cue before the span, in the span's sentence (`sentence` is
/// [`before`]). Words inside other quotes are skipped, and so is a cue
/// attributing an earlier quote.
pub(super) fn nearest_cue(sentence: &str) -> Option<Cue> {
    if may_hold_marks(sentence) {
        cue_reading_forward(sentence)
    } else {
        last_cue(sentence)
    }
}

/// [`nearest_cue`] read from the sentence start, following its quotes.
fn cue_reading_forward(sentence: &str) -> Option<Cue> {
    let mut nearest = None;
    let mut words_since = 0;
    let mut quoted = false;
    // Where the words after the last opening mark start.
    let mut opened_at = 0;
    let mut word_start = None;
    // One pass: quote marks switch `quoted`; a closing mark with no opening
    // in this sentence means everything before it was quoted.
    let check = |start: usize, end: usize, nearest: &mut Option<usize>, since: &mut usize| {
        let word = &sentence[Span::new(start, end)];
        let cue = is_cue(word) || made_clear(&sentence[Span::new(0, start)], word);
        if cue && !attributes_earlier_quote(&sentence[Span::new(0, start)]) {
            *nearest = Some(start);
            *since = 0;
        } else if nearest.is_some() {
            *since += 1;
        }
    };
    for (i, c) in sentence.char_indices() {
        let in_word = c.is_alphabetic() || (word_start.is_some() && matches!(c, '\'' | '’' | '-'));
        if let Some(start) = word_start {
            if !in_word {
                word_start = None;
                if !quoted {
                    check(start, i, &mut nearest, &mut words_since);
                }
            }
        } else if in_word && c.is_alphabetic() {
            word_start = Some(i);
        }
        match c {
            '“' => {
                quoted = true;
                opened_at = i + c.len_utf8();
            }
            '”' => {
                if !quoted {
                    nearest = None; // the sentence began inside a quote
                }
                quoted = false;
            }
            '"' => {
                let opening = sentence[Span::new(0, i)]
                    .decoded()
                    .next_back()
                    .is_none_or(|p| p.is_whitespace() || opens_quote_after(p));
                if !opening && !quoted {
                    nearest = None;
                }
                quoted = opening;
                opened_at = i + c.len_utf8();
            }
            _ => {}
        }
    }
    if quoted {
        // A mark opened in the sentence and not closed before the span
        // holds the span (`"Lee tried to laugh it off by interjecting,
        // “Only Ames.”`, an excerpt whose mark the scanner left open): the
        // words after that mark lead into the span. They hold no mark, so
        // this goes one level deep.
        return cue_reading_forward(&sentence[Span::new(opened_at, sentence.len())]).map(|cue| {
            Cue {
                at: opened_at + cue.at,
                ..cue
            }
        });
    }
    if let Some(start) = word_start {
        check(start, sentence.len(), &mut nearest, &mut words_since);
    }
    nearest.map(|at| Cue {
        distance: words_since,
        at,
    })
}

/// Whether `s` holds a `“` (E2 80 9C), `”` (E2 80 9D) or `"`, read 8 bytes
/// at a time: only a word holding a `"`, a 9C or a 9D byte is looked at
/// closer. The standard search by a set of chars decoded every char (~10
/// instructions a byte: `agentless` asks it of most sentences before a
/// short quote, 0.9M instructions on 1 MB of news), and one for `“` alone
/// is a search for a `&str` (3 KB of the .wasm).
fn holds_quote_mark(s: &str) -> bool {
    let b = s.as_bytes();
    // A mark's last byte at `i` (`w & !each(1)` below folds 9D onto 9C).
    let mark_ends_at =
        |i: usize| matches!(b[i], 0x9C | 0x9D) && i >= 2 && b[i - 2] == 0xE2 && b[i - 1] == 0x80;
    let mut at = 0;
    for chunk in b.chunks_exact(8) {
        let w = word(chunk);
        if has_byte(w, b'"') || has_byte(w & !each(1), 0x9C) && (at..at + 8).any(mark_ends_at) {
            return true;
        }
        at += 8;
    }
    holds_byte(&b[at..], b'"') || (at..b.len()).any(mark_ends_at)
}

/// Whether `sentence` may hold a quote mark: a `"`, or a byte that ends
/// `“` or `”` (and some other characters, which only send a sentence the
/// longer way).
fn may_hold_marks(sentence: &str) -> bool {
    sentence.bytes().any(|b| matches!(b, b'"' | 0x9c | 0x9d))
}

/// [`nearest_cue`] for a sentence with no quote mark: every word is the
/// narrator's and no cue attributes an earlier quote, so the nearest cue is
/// the last one, found reading back from the span. This stops at that cue,
/// where the forward reading looked up every word of a sentence of up to
/// 400 bytes.
fn last_cue(sentence: &str) -> Option<Cue> {
    let cue = |&(_, (at, word)): &(usize, (usize, &str))| {
        is_cue(word) || made_clear(&sentence[Span::new(0, at)], word)
    };
    // Most sentences are ASCII: their words read back as bytes (the chars
    // decoded backwards cost ~250 instructions a word).
    let found = if sentence.is_ascii() {
        ascii_words_rev(sentence).enumerate().find(cue)
    } else {
        words_rev(sentence).enumerate().find(cue)
    };
    found.map(|(distance, (at, _))| Cue { distance, at })
}

/// [`words_rev`] of an ASCII `s`: the same words, read as bytes.
fn ascii_words_rev(s: &str) -> impl Iterator<Item = (usize, &str)> + '_ {
    let bytes = s.as_bytes();
    let in_run = |b: &u8| b.is_ascii_alphabetic() || matches!(b, b'\'' | b'-');
    let mut end = bytes.len();
    std::iter::from_fn(move || {
        loop {
            let run_end = bytes[..end].iter().rposition(in_run)? + 1;
            let run_start = bytes[..run_end]
                .iter()
                .rposition(|b| !in_run(b))
                .map_or(0, |i| i + 1);
            end = run_start;
            let first = bytes[run_start..run_end]
                .iter()
                .position(u8::is_ascii_alphabetic);
            if let Some(first) = first {
                let at = run_start + first;
                return Some((at, &s[Span::new(at, run_end)]));
            }
        }
    })
}

/// `made clear`, `made it clear`: a statement, as a verb of saying is
/// (`she made it clear that she has “serious concerns”`). `word` is the word
/// after `before`.
fn made_clear(before: &str, word: &str) -> bool {
    if !eq_any_case(word, "clear") {
        return false;
    }
    let make = |w: Option<&str>| w.is_some_and(|w| super::is_in("made make makes making", w));
    let mut previous = before.split_whitespace().rev();
    let last = previous.next();
    make(last) || last.is_some_and(|w| eq_any_case(w, "it")) && make(previous.next())
}

/// Whether the span sits in the source named by `according to` rather
/// than in what it reports: `according to the “Medicare for all”
/// document` (no comma yet after `according to`), unlike `According to
/// aides, she was “incognito”`.
pub(super) fn in_source(sentence: &str) -> bool {
    // The last `according to` in any ASCII case, found on the bytes from
    // the end (each `a` or `A` tried): no lowercased copy of the sentence.
    let bytes = sentence.as_bytes();
    let phrase = b"according to";
    let mut end = bytes.len();
    while let Some(i) = bytes[..end]
        .iter()
        .rposition(|b| b.eq_ignore_ascii_case(&b'a'))
    {
        if bytes[i..].len() >= phrase.len() && eq_any_case(&bytes[i..i + phrase.len()], phrase) {
            return !contains_any(&sentence[Span::new(i, sentence.len())], &[',', '—', '–']);
        }
        end = i;
    }
    false
}

/// How many words may stand between a noun of saying and its `that`
/// (`the contention of the former secretary of state that`).
const SAYING_REACH: usize = 8;

/// Whether the span's sentence before it (`sentence`, from [`before`])
/// reports words through a noun of saying and `that`: `Lee’s assertion that
/// “thousands” cheered`. Words inside other quotes are not read.
pub(super) fn reported_by_noun(sentence: &str) -> bool {
    if holds_quote_mark(sentence) {
        return false; // which words are quoted is then a guess
    }
    // Most sentences hold no `that`: settled without reading their words
    // (~200 instructions a word) and looking each up in the nouns.
    if !may_hold_word(sentence, "that") {
        return false;
    }
    let mut since_noun: Option<usize> = None;
    // Compared in any case (the nouns are lowercase), not lowercased: a
    // `String` per word was an allocation and a free each.
    for (_, w) in words(sentence) {
        if super::is_in(SAYING_NOUNS, w) {
            since_noun = Some(0);
        } else if let Some(n) = since_noun {
            if eq_any_case(w, "that") {
                return true;
            }
            since_noun = (n < SAYING_REACH).then_some(n + 1);
        }
    }
    false
}

/// Possessives that give a phrase of voice its owner (`in her words`).
const OWNERS: &[&str] = &["his", "her", "their", "its", "my", "our", "your"];

/// Whether the span's sentence before it (`sentence`, from [`before`])
/// hands what follows to someone's voice through a phrase, with no verb of
/// saying: `by her own admission`, `by his own account`, `in their words`,
/// `in the words of an aide`, `as she put it`. Words inside other quotes are
/// not read.
pub(super) fn in_someones_words(sentence: &str) -> bool {
    // Every phrase ends on one of these words: most sentences have none,
    // and are settled without copying and splitting them. (Flattening
    // only drops words and writes `Q`, so it makes none of them.)
    if !["words", "put", "admission", "account"]
        .iter()
        .any(|w| may_hold_word(sentence, w))
    {
        return false;
    }
    // Lowercased whole, the words borrowed from it: a `String` per word
    // was an allocation and a free each (slow in the .wasm). ASCII
    // lowercasing moves no word boundary.
    let mut flat = flatten_quotes(sentence);
    flat.make_ascii_lowercase();
    let words: Vec<&str> = words(&flat).map(|(_, w)| w).collect();
    let owner = |w: &str| OWNERS.contains(&w);
    // `in Reeves’s words`, `in Ms Reeves’s words`: a name's possessive.
    let possessive = |w: &str| w.ends_with("’s") || w.ends_with("'s");
    let three = words.windows(3).any(|w| match (w[0], w[1], w[2]) {
        ("in", whose, "words") => owner(whose) || whose == "the" || possessive(whose),
        ("as", who, "put") => listed("he she they i we", who),
        _ => false,
    });
    three
        || words.windows(4).any(|w| match (w[0], w[1], w[2], w[3]) {
            ("by", whose, "own", "admission" | "account") => owner(whose),
            ("in", whose, "own", "words") => owner(whose),
            ("in", _, whose, "words") => possessive(whose),
            _ => false,
        })
}

/// Whether `s` may hold the word `word` (ASCII, lowercase) of [`words`], in
/// any case: its bytes with no ASCII letter on either side. A scan of the
/// bytes: the tests looking for a word mostly find none, and then need
/// not collect the words of the sentence.
#[inline(never)] // one copy for its three callers
pub(super) fn may_hold_word(s: &str, word: &str) -> bool {
    let (s, w) = (s.as_bytes(), word.as_bytes());
    let letter = |i: usize| s.get(i).is_some_and(u8::is_ascii_alphabetic);
    // `| 0x20` lowercases an ASCII letter: the first byte tested at once.
    (0..s.len()).any(|i| {
        s[i] | 0x20 == w[0]
            && s.get(i..i + w.len())
                .is_some_and(|here| eq_any_case(here, w))
            && !letter(i + w.len())
            && (i == 0 || !letter(i - 1))
    })
}

/// Participles of naming and describing verbs, which in the passive with no
/// agent name a thing the way `so-called` does.
const NAMING_PARTICIPLES: &str = "called described dubbed labeled labelled branded deemed termed named characterized \
    characterised";

/// Forms of `be` that make a participle after them passive.
pub(super) const BE: &str = "is are was were be been being";

/// Whether a word is a form of `be`, also contracted after a pronoun of a
/// thing (`what’s called`, `it’s called`; `she’s called` is often `she
/// has called`).
fn is_be(w: &str) -> bool {
    let contracted = ["’s", "'s"].iter().any(|s| {
        w.strip_suffix(s)
            .is_some_and(|p| super::is_in("what it that", p))
    });
    contracted || super::is_in(BE, w)
}

/// Whether the cue of `sentence` starting at byte `at` (from
/// [`nearest_cue`]) is a passive with no agent: `what has been described
/// as a`, `is widely called a`, but not `was called by aides a`. A quote
/// in the sentence makes whose words follow the cue a guess, so only a
/// sentence with no quote mark is read.
pub(super) fn agentless(sentence: &str, at: usize) -> bool {
    if holds_quote_mark(sentence) {
        return false;
    }
    // Only the cue, the two words before it and the words after it are
    // read, from where the cue starts: reading the words back from the
    // sentence end to find the cue cost more than all the rest.
    let Some((_, cue)) = words(&sentence[Span::new(at, sentence.len())]).next() else {
        return false;
    };
    // `Councillor told off over ‘rude’ parking comment`, `Council
    // criticised over …`: a headline's passive, the one reproached its
    // subject.
    // (Not `suggested over the summer`.)
    let mut after = words(&sentence[Span::new(at + cue.len(), sentence.len())]).map(|(_, w)| w);
    let next = after.next();
    let reproached = (cue.ends_with("ed") || cue == "told")
        && (next == Some("off") || next == Some("over") && after.next() != Some("the"));
    if reproached {
        return true;
    }
    // Naming verbs only: `what is called a “debate”` is a `so-called`,
    // while `are expected to` or `was told` say nothing of a name.
    if !super::listed_any_case(NAMING_PARTICIPLES, cue) {
        return false;
    }
    let passive = words_rev(&sentence[Span::new(0, at)])
        .take(2) // `been described`, `is widely described`
        .any(|(_, w)| is_be(w));
    let by = words(&sentence[Span::new(at + cue.len(), sentence.len())])
        .any(|(_, w)| eq_any_case(w, "by"));
    passive && !by
}

/// The words of [`words`], last first, with their starts. A run of
/// letters, apostrophes and hyphens holds one word, from its first letter
/// to the run's end, which is what [`words`] reads forward.
pub(super) fn words_rev(s: &str) -> impl Iterator<Item = (usize, &str)> + '_ {
    let in_run = |c: char| c.is_alphabetic() || matches!(c, '\'' | '’' | '-');
    let mut end = s.len();
    std::iter::from_fn(move || {
        loop {
            let head = &s[Span::new(0, end)];
            let (i, c) = head.char_indices().rev().find(|&(_, c)| in_run(c))?;
            let run_end = i + c.len_utf8();
            let run_start = head[Span::new(0, run_end)]
                .char_indices()
                .rev()
                .find(|&(_, c)| !in_run(c))
                .map_or(0, |(j, c)| j + c.len_utf8());
            end = run_start;
            let run = &s[Span::new(run_start, run_end)];
            if let Some(first) = run.find_char(char::is_alphabetic) {
                return Some((run_start + first, &run[Span::new(first, run.len())]));
            }
        }
    })
}

/// Whether a straight `"` after `p` opens a quote. A `matches!` rather than
/// `"([—–-".contains(p)`: `str::contains` of a char that may be non-ASCII
/// pulls the two-way substring searcher (~3 KB) into the .wasm.
fn opens_quote_after(p: char) -> bool {
    matches!(p, '(' | '[' | '—' | '–' | '-')
}

/// `rest` with each quote that opens and closes in it written as `Q`
/// followed by the punctuation closing its inside (`yielded “good
/// information,” he said.` becomes `yielded Q, he said.`): a later partial
/// quote in the same sentence leaves its cue to the whole sentence.
pub(super) fn flatten_quotes(rest: &str) -> String {
    let mut out = String::with_capacity(rest.len());
    let mut inside: Option<usize> = None;
    // The text outside quotes is copied a run at a time, from `copied` on:
    // a push per character was a `reserve` call each in the .wasm (~1% of
    // the whole call in Node).
    let mut copied = 0;
    for (i, c) in rest.decoded_indices() {
        match (inside, c) {
            (None, '“') => inside = Some(i),
            (None, '"')
                if rest[Span::new(0, i)]
                    .decoded()
                    .next_back()
                    .is_none_or(|p| is_space(p) || opens_quote_after(p)) =>
            {
                inside = Some(i)
            }
            (Some(open), '”' | '"') => {
                out.push_str(&rest[Span::new(copied, open)]);
                out.push('Q');
                // A quote nested at its end closes first (`“… 'not what we
                // want,'” Lee said`): the comma before that mark counts.
                let inner = trim_end_any(rest[Span::new(open, i)].trim_end(), &['’', '\'']);
                if let Some(p) = inner
                    .decoded()
                    .next_back()
                    .filter(|p| matches!(p, ',' | '.' | '!' | '?'))
                {
                    out.push(p);
                }
                inside = None;
                copied = i + c.len_utf8();
            }
            _ => {}
        }
    }
    // The rest, an unclosed quote with it.
    out.push_str(&rest[Span::new(copied, rest.len())]);
    out
}

/// How many words an attribution that closes a sentence may take around
/// its cue (`, Hollande said Tuesday in Paris.`).
const FRAME_WORDS: usize = 6;

/// Whether the rest of the span's sentence (`rest`, from [`after`]) holds
/// an attribution that frames the whole sentence as someone's words:
/// `Trump’s “excesses” are sickening, Hollande said Tuesday.`, `… are
/// sickening, Hollande said in Paris, noting …`, also across a later
/// partial quote (`was a “good thing” that yielded “fresh leads,” he
/// remarked.`). A piece between commas
/// (or between the last comma and the sentence end) of a few words holds a
/// cue (not an `-ing` form, which adds a clause of its own) and no quote
/// mark, and opens with no clause opener (`, which said nothing,`).
pub(super) fn framed_by_cue(rest: &str, line_ended: bool) -> bool {
    // The pieces are after commas, and flattening adds a comma only where
    // a quote held one: with none, nothing is copied.
    if !holds_byte(rest.as_bytes(), b',') {
        return false;
    }
    // (A headline ends at its line with no stop: `Politician ‘sold out’,
    // Asio boss says`.)
    let ended = line_ended || ends_with_any(rest, &['.', '!', '?']);
    let flat = flatten_quotes(rest);
    let rest = flat.as_str();
    let mut pieces = rest.split(',').skip(1).peekable();
    while let Some(piece) = pieces.next() {
        if pieces.peek().is_none() && !ended {
            break; // cut by the window: it may run on
        }
        if holds_quote_mark(piece) {
            continue; // a quote running past the window: whose cue is a guess
        }
        let mut n = 0;
        let mut cue = false;
        let mut opener = false;
        for (_, w) in words(piece) {
            if n == 0 {
                // `…, according to calculations by the state's budget
                // office.`: the source after `according to` may run long
                // when it closes the sentence (mid-sentence it may attribute
                // only the clause after it).
                if eq_any_case(w, "according") && pieces.peek().is_none() {
                    return true;
                }
                opener = super::is_in(CLAUSE_OPENERS, w);
            }
            n += 1;
            cue |= is_cue(w) && !w.ends_with("ing");
        }
        if cue && !opener && n <= FRAME_WORDS {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quote_mark_is_found_like_the_standard_search() {
        let marks = ['“', '”', '"'];
        for s in [
            "",
            "no mark",
            "“",
            "a”",
            "12345678\"",
            "1234567“x",
            "123456”xy",
            "é‘’‛„€",
            "\u{201e}\u{201c}",
        ] {
            for pad in ["", "x", "long enough to fill words", "é"] {
                for t in [
                    format!("{pad}{s}"),
                    format!("{s}{pad}"),
                    format!("{pad}{s}{pad}"),
                ] {
                    assert_eq!(holds_quote_mark(&t), t.contains(marks), "{t:?}");
                }
            }
        }
    }

    #[test]
    fn words_read_backwards_are_the_words_read_forwards() {
        for s in [
            "",
            "'- -'",
            "it has been widely described as a",
            "-'abc d-'e, ’n’ rock ’n’ roll—Lee’s 5-year-old — José’s é-t'é ",
            "'-a",
            "a'-",
            "It's a well-known 'thing' -- isn't it? -'- x",
        ] {
            let mut forward: Vec<(usize, &str)> = words(s).collect();
            forward.reverse();
            assert_eq!(words_rev(s).collect::<Vec<_>>(), forward, "{s:?}");
            if s.is_ascii() {
                assert_eq!(ascii_words_rev(s).collect::<Vec<_>>(), forward, "{s:?}");
            }
        }
    }

    #[test]
    fn sentences_stop_at_their_ends_not_at_abbreviations() {
        let text = "He left. Sen. Ted Cruz said it was “bad” today. Next one.";
        let at = text.find('“').unwrap();
        assert_eq!(before(text, at), " Sen. Ted Cruz said it was ");
        let end = text.find('”').unwrap() + '”'.len_utf8();
        assert_eq!(after(text, end), " today.");
        // The closing mark after a stop belongs to the sentence before.
        let text = "They were told, \"Sell.\" Some said the \"x\"";
        let at = text.rfind(" \"").unwrap() + 1;
        assert_eq!(before(text, at), " Some said the ");
    }

    #[test]
    fn every_cue_is_found_in_the_lexicon_in_any_case() {
        for cue in super::super::CUES.split(' ') {
            assert!(cue.len() >= MIN_CUE_LEN, "{cue}");
            assert!(is_cue(cue), "{cue}");
            assert!(is_cue(&format!("“{},", cue.to_ascii_uppercase())), "{cue}");
        }
        for word in [
            "",
            "the",
            "table",
            "saidx",
            "sai",
            "a-very-long-word-past-any-cue",
        ] {
            assert!(!is_cue(word), "{word}");
        }
    }

    #[test]
    fn cues_inside_other_quotes_or_after_them_do_not_count() {
        assert_eq!(cue_distance("She said the plan was "), Some(3));
        assert_eq!(cue_distance("He made it clear that he has "), Some(3));
        assert_eq!(cue_distance("The air was clear and "), None);
        assert_eq!(cue_distance("“They tell you so,” she wrote, a "), None);
        assert_eq!(cue_distance("“Go,” she said, calling it a "), Some(2));
        assert_eq!(cue_distance("“They tell you so,” one of the "), None);
        assert_eq!(cue_distance("“Go,” said Ann Lee, one of the "), None);
        assert_eq!(cue_distance("and so they tell us.” The "), None);
        // A programme's title before the cue is no quote it attributes.
        assert_eq!(
            cue_distance("On NBC’s “Town Hour,” Ann Lee said the "),
            Some(1)
        );
    }

    #[test]
    fn the_last_cue_read_back_is_the_nearest_read_forward() {
        for s in [
            "She said the plan was ",
            "He made it clear that he has ",
            "The air was clear and ",
            "It sent what has been described as a ",
            "Asked about it, Lee said he told aides he would call it ",
            "",
            "nothing to see here ",
        ] {
            let back = last_cue(s).map(|c| (c.distance, c.at));
            let forward = cue_reading_forward(s).map(|c| (c.distance, c.at));
            assert_eq!(back, forward, "{s:?}");
        }
    }

    #[test]
    fn a_mark_left_open_before_the_span_hides_no_cue() {
        // An excerpt opened by a straight mark at its paragraph start.
        assert_eq!(cue_distance("\"Lee tried it by interjecting, "), Some(0));
        assert_eq!(cue_distance("He wrote “that she said the "), Some(1));
        // Closed, the quote still hides its words.
        assert_eq!(cue_distance("“She said so,” and the "), None);
    }

    #[test]
    fn a_source_after_according_to_reports_nothing() {
        assert!(in_source("It would cost more, according to the "));
        assert!(!in_source("According to aides, she was "));
    }

    #[test]
    fn a_noun_of_saying_with_that_reports_words() {
        assert!(reported_by_noun("Lee’s assertion that the "));
        assert!(reported_by_noun("It was a report by the paper that he "));
        assert!(reported_by_noun(
            "the contention of the mayor of the town that the "
        ));
        assert!(!reported_by_noun("The claim form was so "));
    }

    #[test]
    fn a_word_is_held_only_between_non_letters() {
        assert!(may_hold_word("It was, As he put it, a ", "as"));
        assert!(may_hold_word("as", "as"));
        assert!(may_hold_word("the “x” as", "as"));
        assert!(!may_hold_word("He was asked ", "as"));
        assert!(!may_hold_word("a", "as"));
        assert!(!may_hold_word("", "as"));
    }

    #[test]
    fn a_phrase_of_voice_hands_words_to_someone() {
        assert!(in_someones_words("The delay, by her own admission, was a "));
        assert!(in_someones_words("It was, in the words of an aide, the "));
        assert!(in_someones_words("It was, as he put it, a "));
        assert!(!in_someones_words("In other words, the "));
        assert!(!in_someones_words(
            "He was admitted by his own doctor as a "
        ));
    }

    #[test]
    fn a_passive_cue_without_agent_attributes_nothing() {
        let s = "It sent what has been described as a ";
        assert!(agentless(s, nearest_cue(s).unwrap().at));
        let s = "It sent what was described by aides as a ";
        assert!(!agentless(s, nearest_cue(s).unwrap().at));
        let s = "She described it as a ";
        assert!(!agentless(s, nearest_cue(s).unwrap().at));
    }

    #[test]
    fn an_attribution_closing_the_sentence_frames_it() {
        let framed = |rest: &str| framed_by_cue(rest, false);
        assert!(framed(" are costly, the minister said on Friday."));
        assert!(!framed(" are costly, saying so."));
        assert!(framed(" are costly, the minister said, adding that"));
        assert!(framed(
            " cost more, according to sums by the budget office of the state."
        ));
        assert!(!framed(
            " cost more, according to the budget office of the state, and fell."
        ));
        assert!(!framed(" are costly, and she said it twice."));
        assert!(!framed(
            " grew, and the town, which had said nothing, waited."
        ));
        // A later quote ending on a nested one keeps its comma.
        assert!(framed(" is about “telling us, 'not now,'” Lee said."));
        // A headline's line ends it with no stop; a window cut mid-line
        // may run on.
        assert!(framed_by_cue(" to a regime, Asio boss says", true));
        assert!(!framed(" to a regime, Asio boss says"));
    }
}
