//! The cue lexicon: the reporting verbs and phrases that tie a quote to its
//! speaker, kept as data.
//!
//! Each entry is a row of [`VERBS`] or [`PHRASES`]; the matcher never names a
//! word. Adding a cue is adding a row.

use super::tokens::TokenList;
use super::words::{Class, MAX_CUE};
use crate::chars::{eq_any_case, listed};
use crate::items::Items;
use crate::span::{Span, cut};
use std::sync::LazyLock;

/// How a cue finds its speaker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CueKind {
    /// A reporting verb: the speaker is its subject (`she said`) or, right
    /// after a quote, follows it (`“…,” said Ann`).
    Verb,
    /// A verb that also reads as a noun (`notes`, `claims`): a cue only when
    /// no determiner or possessive stands before it (`his claims` is none).
    AmbiguousVerb,
    /// The speaker follows the phrase: `according to the report, “…”`.
    Source,
    /// A setting that names no speaker itself: `in a statement, the ministry
    /// called it “…”`; the speaker is the subject after it, and a verb cue of
    /// the same sentence wins over it.
    Setting,
}

/// Reporting verbs, every inflection written out, one verb a row.
/// Inflections that double as nouns go in [`AMBIGUOUS`]. One string, the
/// forms separated by single spaces: an array of rows cost 8 bytes of
/// pointer and length per row in the .wasm.
const VERBS: &str = concat!(
    "say says said saying ",
    "add adds added adding ",
    "tell tells told telling ",
    "ask asks asked asking ",
    "warn warns warned warning ",
    "explain explains explained explaining ",
    "noted noting ",
    "write writes wrote written writing ",
    "argue argues argued arguing ",
    "insist insists insisted insisting ",
    "recall recalls recalled recalling ",
    "acknowledge acknowledges acknowledged acknowledging ",
    "tweeted tweeting ",
    "posted posting ",
    "claimed claiming ",
    "declare declares declared declaring ",
    "announce announces announced announcing ",
    "stated stating ",
    "assert asserts asserted asserting ",
    "contend contends contended contending ",
    "observe observes observed observing ",
    "remarked remarking ",
    "commented commenting ",
    "replies replied replying ",
    "respond responds responded responding ",
    "answered answering ",
    "continue continues continued continuing ",
    "admit admits admitted admitting ",
    "concede concedes conceded conceding ",
    "confirm confirms confirmed confirming ",
    "deny denies denied denying ",
    "suggest suggests suggested suggesting ",
    "indicate indicates indicated indicating ",
    "predict predicts predicted predicting ",
    "projected projecting ",
    "promised promising ",
    "vowed vowing ",
    "pledged pledging ",
    "boasted boasting ",
    "complain complains complained complaining ",
    "laments lamented lamenting ",
    "joked joking ",
    "quipped quipping ",
    "shouted shouting ",
    "cried crying ",
    "interject interjects interjected interjecting ",
    "yell yelled yelling ",
    "scream screamed screaming ",
    "exclaim exclaims exclaimed exclaiming ",
    "whispered whispering ",
    "mutter muttered muttering ",
    "chanted chanting ",
    "urge urges urged urging ",
    "pleads pleaded pleading ",
    "implore implores implored imploring ",
    "demanded demanding ",
    "cautioned cautioning ",
    "stressed stressing ",
    "emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised emphasising ",
    "reiterate reiterates reiterated reiterating ",
    "repeated repeating ",
    "countered countering ",
    "retorted retorting ",
    "testify testifies testified testifying ",
    "recount recounts recounted recounting ",
    "describe describes described describing ",
    "called calling ",
    "dubs dubbed dubbing ",
    "labeled labelled labeling labelling ",
    "blogged blogging ",
    "texted ",
    "emailed e-mailed ",
    "reported ",
    "agree agrees agreed agreeing ",
    "disagree disagrees disagreed disagreeing ",
    "objected ",
    "protested ",
    "accuse accuses accused accusing ",
    "charged charging ",
    "allege alleges alleged alleging ",
    "praised praising ",
    "criticize criticizes criticized criticizing criticise criticised ",
    "slams slammed slamming ",
    "blasted blasting ",
    "mocks mocked mocking ",
    "wonder wondered wondering ",
    "mused musing ",
    "opine opined opining ",
    "estimated estimating ",
    "conclude concludes concluded concluding ",
    "proclaim proclaims proclaimed proclaiming ",
    "maintain maintains maintained ",
    "recommend recommends recommended recommending ",
    "advise advises advised advising ",
    "assure assures assured assuring ",
    "inform informs informed informing ",
    "read reads ",
    "react reacts reacted reacting ",
    "remember remembers remembered remembering ",
    "confess confesses confessed confessing ",
    "retaliated ",
    "echoed echoing ",
    "exhort exhorts exhorted exhorting ",
    "chide chides chided chiding ",
    // Headline verbs of rebuking (`‘Reckless’: Mayor Dana Holt rebukes
    // councillor`). (`condemned`, `hailed`, `dismissed`, `defended` were
    // tried: on PolNeAR they took quotes from other speakers.)
    "rebuked rebuking ",
    "lambasts lambasted lambasting ",
    "sings sang ",
    // Tabloid and feature verbs of speaking (`‘It was a disgrace,’ fumed
    // one fan`).
    "fume fumes fumed fuming ",
    "raged raging ",
    "gushed gushing ",
    "beamed ",
    "sobbed ",
    "reveal reveals revealed revealing ",
    "raved ",
    "laughed laughing smiled smiling shrugged sighing ",
    "sighed ",
    "snapped ",
    "hissed ",
    "ranted ",
    "stormed ",
    "bragged bragging ",
    "grumbled grumbling ",
    "moaned ",
    "scoffed scoffing ",
    "chuckled ",
    "mumbled ",
    "blurted ",
    "hinted hinting ",
    "speculated speculating ",
    "reckons reckoned ",
    "confided confiding ",
    "disclosed ",
    "threatened threatening ",
    "interrupted",
);

/// Inflections that are also nouns (`the notes`, `his claims`, `a post`).
/// The base form of a verb that is mostly a noun (`call`, `post`) is left
/// out of [`VERBS`] altogether: `a wake-up call` is no cue. One string, as
/// [`VERBS`].
const AMBIGUOUS: &str = concat!(
    "notes tweets tweet posts claims states remarks comments promises vows pledges ",
    "jokes quips quip boast boasts joke reply shout whisper demands cautions ",
    "answers counters retorts protests charges praises reports estimates projects ",
    "texts emails calls labels objects wonders muses repeats shouts whispers blasts ",
    "slams replies laughs smiles shrugs sighs rebukes",
);

/// Multi-word cues, as (kind, words).
const PHRASES: &[(CueKind, &str)] = &[
    (CueKind::Source, "according to"),
    (CueKind::Source, "in the words of"),
    (CueKind::Source, "came the reply from"),
    (CueKind::Source, "came the response from"),
    (CueKind::Verb, "pointed out"),
    (CueKind::Verb, "points out"),
    (CueKind::Verb, "went on"),
    (CueKind::Verb, "goes on"),
    (CueKind::Verb, "put it"),
    (CueKind::Verb, "pointing out"),
    (CueKind::Verb, "shot back"),
    (CueKind::Verb, "fired back"),
    (CueKind::Verb, "hit back"),
    (CueKind::Verb, "hit out"),
    (CueKind::Verb, "hits out"),
    (CueKind::Verb, "lashed out"),
    (CueKind::Verb, "lashes out"),
    (CueKind::Verb, "wrote back"),
    (CueKind::Verb, "tweeted back"),
    (CueKind::Verb, "puts it"),
    (CueKind::Verb, "chimed in"),
    (CueKind::Verb, "spoke out"),
    (CueKind::Verb, "speaks out"),
    (CueKind::Verb, "speaking out"),
    (CueKind::Verb, "paid tribute"),
    (CueKind::Verb, "pays tribute"),
    (CueKind::Verb, "weighed in"),
    // Court reports: `Two relatives give evidence that …`.
    (CueKind::Verb, "give evidence"),
    (CueKind::Verb, "gives evidence"),
    (CueKind::Verb, "gave evidence"),
    (CueKind::Verb, "giving evidence"),
    (CueKind::Setting, "in a statement"),
    (CueKind::Setting, "in an interview"),
    (CueKind::Setting, "in a tweet"),
    (CueKind::Setting, "in a post"),
    (CueKind::Setting, "in a letter"),
    (CueKind::Setting, "in a speech"),
    (CueKind::Setting, "in remarks"),
    (CueKind::Setting, "in his speech"),
    (CueKind::Setting, "in her speech"),
    (CueKind::Setting, "in a blog post"),
    (CueKind::Setting, "in a message"),
];

/// A cue found in the text.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Cue {
    /// What it is.
    pub kind: CueKind,
    /// Its words.
    pub span: Span,
    /// Index of its first token.
    pub first: usize,
    /// Index one past its last token.
    pub end: usize,
}

/// Entries of the lexicon that start with one word: (kind, the second word
/// or "", all the words). The second word is kept at hand: `in` opens 11
/// entries, and a look through them for the word after `in` read each
/// entry's words (~0.5M instructions on 1 MB of news).
type Entries = Vec<(CueKind, &'static str, Vec<&'static str>)>;

/// The lexicon by first word: the first words, and at the same index the
/// entries that start with each. The word lexicon
/// ([`super::words`]) keeps one more than the index with each first word:
/// the one lookup per word of the text that finds its word classes finds
/// its cue entries too (a table of its own here cost a second key and probe
/// per word).
struct Index {
    firsts: Vec<&'static str>,
    entries: Items<Entries>,
}

static INDEX: LazyLock<Index> = LazyLock::new(|| {
    let mut firsts: Vec<&'static str> = Vec::new();
    let mut entries: Items<Entries> = Items::new();
    // The verb forms are distinct (a test checks): each opens entries of
    // its own, unsought among the first words. A search of them for each
    // form and a split of AMBIGUOUS for each form cost ~4M instructions, on
    // the first call of every process (a page load in the browser).
    for form in VERBS.split(' ') {
        let kind = if listed(AMBIGUOUS, form) {
            CueKind::AmbiguousVerb
        } else {
            CueKind::Verb
        };
        firsts.push(form);
        entries.push(vec![(kind, "", vec![form])]);
    }
    let ambiguous = AMBIGUOUS
        .split(' ')
        .map(|form| (CueKind::AmbiguousVerb, vec![form]));
    let phrases = PHRASES
        .iter()
        .map(|&(kind, words)| (kind, words.split(' ').collect()));
    for (kind, words) in ambiguous.chain(phrases) {
        let at = match firsts.iter().position(|&f| f == words[0]) {
            Some(at) => at,
            None => {
                firsts.push(words[0]);
                entries.push(Vec::new());
                entries.len() - 1
            }
        };
        if !entries[at].iter().any(|(_, _, w)| *w == words) {
            entries[at].push((kind, words.get(1).copied().unwrap_or(""), words));
        }
    }
    // A token's class holds the index of its entries in a few bits.
    assert!(entries.len() <= MAX_CUE as usize, "too many cue words");
    Index { firsts, entries }
});

/// The first words of the lexicon's entries, each with one more than the
/// index of the entries it opens (what a word's [`Class::cue`] holds).
pub(crate) fn first_words() -> impl Iterator<Item = (&'static str, u32)> {
    INDEX.firsts.iter().copied().zip(1u32..)
}

/// The cue that starts at token `i`, if any (the longest entry wins).
// Inlined: asked at every token of the text, and a call cost ~28
// instructions a token where the answer is most often a load and a test
// (only a word's class holds a cue entry).
#[inline(always)]
pub(crate) fn cue_at(text: &str, tokens: &TokenList, i: usize) -> Option<Cue> {
    match tokens.get(i)?.class().cue() {
        0 => None,
        n => longest_at(text, tokens, i, n as usize - 1),
    }
}

/// The longest of the cue entries with index `at` that starts at token `i`.
fn longest_at(text: &str, tokens: &TokenList, i: usize, at: usize) -> Option<Cue> {
    let entries = &INDEX.entries[at];
    // Whether the token `k` after the first is the word `w` of an entry, in
    // its sentence (bytes compared, lengths first: slicing the text as a
    // `str` checked both ends for a character boundary).
    let is = |k: usize, w: &str| {
        tokens.get(i + k).is_some_and(|t| {
            t.is_word()
                && eq_any_case(t.span.bytes(text), w.as_bytes())
                && t.sentence == tokens[i].sentence
        })
    };
    // The word after the first, found once: `in` opens 11 entries, and
    // most words after it (`the`) are the second word of none.
    let second = tokens
        .get(i + 1)
        .filter(|t| t.is_word() && t.sentence == tokens[i].sentence)
        .map(|t| t.span.bytes(text));
    let mut best: Option<Cue> = None;
    for (kind, second_word, words) in entries {
        let n = words.len();
        let fits = n == 1
            || second.is_some_and(|w| eq_any_case(w, second_word.as_bytes()))
                && (2..n).all(|k| is(k, words[k]));
        if fits && best.is_none_or(|b| b.end - b.first < n) {
            best = Some(Cue {
                kind: *kind,
                span: Span::new(tokens[i].span.start, tokens[i + n - 1].span.end),
                first: i,
                end: i + n,
            });
        }
    }
    best
}

/// The word classes of token `i` (empty for punctuation, a quote, or past
/// the end).
// One body for the ~110 places that ask it once a phrase or a cue: inlined
// at each of ~165, it was ~1.6 KB of the gzipped .wasm. The ~55 places
// asking it per token or per name (the name scan, the phrase walks; those
// callgrind counts over ~1,400 calls on 1 MB of news) use
// [`class_inlined`]: a call at every place cost 2.6% of the instructions.
#[inline(never)]
pub(crate) fn class(tokens: &TokenList, i: usize) -> Class {
    class_inlined(tokens, i)
}

/// [`class`], inlined: for the loops that ask it of every token they pass.
#[inline(always)]
pub(crate) fn class_inlined(tokens: &TokenList, i: usize) -> Class {
    tokens.get(i).map_or(Class::default(), |t| t.class())
}

/// The text of token `i` when it is a word.
// One body for the ~120 places that ask it (inlined at each, they were ~4 KB
// of the .wasm, 1.3 KB gzipped); the slice is inlined here instead, so that
// a call costs about what the inlined one with its call of `span::slice` did.
#[inline(never)]
pub(crate) fn word<'t>(text: &'t str, tokens: &TokenList, i: usize) -> Option<&'t str> {
    let t = tokens.get(i).filter(|t| t.is_word())?;
    Some(cut(text, t.span.start, t.span.end))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::speakers::tokens::tokenize;

    fn cues(text: &str) -> Vec<&str> {
        let (tokens, _) = tokenize(text, &[]);
        (0..tokens.len())
            .filter_map(|i| cue_at(text, &tokens, i))
            .map(|c| &text[c.span])
            .collect()
    }

    #[test]
    fn the_verb_forms_are_distinct() {
        // INDEX gives each form entries of its own without a search.
        let forms: Vec<&str> = VERBS.split(' ').collect();
        for (i, form) in forms.iter().enumerate() {
            assert!(!forms[..i].contains(form), "{form} twice in VERBS");
        }
    }

    #[test]
    fn finds_verbs_in_every_inflection_and_phrases() {
        assert_eq!(
            cues("She Says it, he told us, they insisted, according to them"),
            ["Says", "told", "insisted", "according to"]
        );
    }
}
