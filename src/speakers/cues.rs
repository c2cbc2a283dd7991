//! The cue lexicon: the reporting verbs and phrases that tie a quote to its
//! speaker, kept as data.
//!
//! Each entry is a row of [`VERBS`] or [`PHRASES`]; the matcher never names a
//! word. Adding a cue is adding a row.

use super::tokens::{Tok, Token};
use crate::span::Span;
use std::collections::HashMap;
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
/// Inflections that double as nouns go in [`AMBIGUOUS`].
const VERBS: &[&str] = &[
    "say says said saying",
    "add adds added adding",
    "tell tells told telling",
    "ask asks asked asking",
    "warn warns warned warning",
    "explain explains explained explaining",
    "noted noting",
    "write writes wrote written writing",
    "argue argues argued arguing",
    "insist insists insisted insisting",
    "recall recalls recalled recalling",
    "acknowledge acknowledges acknowledged acknowledging",
    "tweeted tweeting",
    "posted posting",
    "claimed claiming",
    "declare declares declared declaring",
    "announce announces announced announcing",
    "stated stating",
    "assert asserts asserted asserting",
    "contend contends contended contending",
    "observe observes observed observing",
    "remarked remarking",
    "commented commenting",
    "replies replied replying",
    "respond responds responded responding",
    "answered answering",
    "continue continued continuing",
    "admit admits admitted admitting",
    "concede concedes conceded conceding",
    "confirm confirms confirmed confirming",
    "deny denies denied denying",
    "suggest suggests suggested suggesting",
    "predict predicts predicted predicting",
    "promised promising",
    "vowed vowing",
    "pledged pledging",
    "boasted boasting",
    "complain complains complained complaining",
    "laments lamented lamenting",
    "joked joking",
    "quipped quipping",
    "shouted shouting",
    "yell yelled yelling",
    "scream screamed screaming",
    "exclaim exclaims exclaimed exclaiming",
    "whispered whispering",
    "mutter muttered muttering",
    "chanted chanting",
    "urge urges urged urging",
    "pleads pleaded pleading",
    "demanded demanding",
    "cautioned cautioning",
    "stressed stressing",
    "emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised emphasising",
    "reiterate reiterates reiterated reiterating",
    "repeated repeating",
    "countered countering",
    "retorted retorting",
    "testify testifies testified testifying",
    "recount recounts recounted recounting",
    "describe describes described describing",
    "called calling",
    "dubs dubbed dubbing",
    "labeled labelled labeling labelling",
    "blogged blogging",
    "texted",
    "emailed e-mailed",
    "reported",
    "agree agrees agreed agreeing",
    "disagree disagrees disagreed disagreeing",
    "objected",
    "protested",
    "accuse accuses accused accusing",
    "charged charging",
    "allege alleges alleged alleging",
    "praised praising",
    "criticize criticizes criticized criticizing criticise criticised",
    "slams slammed slamming",
    "blasted blasting",
    "mocks mocked mocking",
    "wonder wondered wondering",
    "mused musing",
    "opine opined opining",
    "estimated estimating",
    "conclude concludes concluded concluding",
    "proclaim proclaims proclaimed proclaiming",
    "maintain maintains maintained",
    "recommend recommends recommended recommending",
    "advise advises advised advising",
    "assure assures assured assuring",
    "inform informs informed informing",
];

/// Inflections that are also nouns (`the notes`, `his claims`, `a post`).
/// The base form of a verb that is mostly a noun (`call`, `post`) is left
/// out of [`VERBS`] altogether: `a wake-up call` is no cue.
const AMBIGUOUS: &[&str] = &[
    "notes",
    "tweets",
    "tweet",
    "posts",
    "claims",
    "states",
    "remarks",
    "comments",
    "promises",
    "vows",
    "pledges",
    "jokes",
    "quips",
    "demands",
    "cautions",
    "answers",
    "counters",
    "retorts",
    "protests",
    "charges",
    "praises",
    "reports",
    "estimates",
    "texts",
    "emails",
    "calls",
    "labels",
    "objects",
    "wonders",
    "muses",
    "repeats",
    "shouts",
    "whispers",
    "blasts",
    "slams",
    "replies",
];

/// Multi-word cues, as (kind, words).
const PHRASES: &[(CueKind, &str)] = &[
    (CueKind::Source, "according to"),
    (CueKind::Verb, "pointed out"),
    (CueKind::Verb, "points out"),
    (CueKind::Verb, "went on"),
    (CueKind::Verb, "goes on"),
    (CueKind::Verb, "put it"),
    (CueKind::Verb, "puts it"),
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

/// Lowercased first word → the entries starting with it: (kind, the words).
/// Entries of the lexicon that start with one word: (kind, all the words).
type Entries = Vec<(CueKind, Vec<&'static str>)>;

static INDEX: LazyLock<HashMap<String, Entries>> = LazyLock::new(|| {
    let mut index: HashMap<String, Entries> = HashMap::new();
    let rows = VERBS.iter().flat_map(|row| row.split(' ')).map(|form| {
        let kind = if AMBIGUOUS.contains(&form) {
            CueKind::AmbiguousVerb
        } else {
            CueKind::Verb
        };
        (kind, vec![form])
    });
    let ambiguous = AMBIGUOUS
        .iter()
        .map(|&form| (CueKind::AmbiguousVerb, vec![form]));
    let phrases = PHRASES
        .iter()
        .map(|&(kind, words)| (kind, words.split(' ').collect()));
    for (kind, words) in rows.chain(ambiguous).chain(phrases) {
        let entries = index.entry(words[0].to_string()).or_default();
        if !entries.iter().any(|(_, w)| *w == words) {
            entries.push((kind, words));
        }
    }
    index
});

/// The cue that starts at token `i`, if any (the longest entry wins).
pub(crate) fn cue_at(text: &str, tokens: &[Token], i: usize) -> Option<Cue> {
    let first = word(text, tokens, i)?;
    let entries = INDEX.get(&first.to_ascii_lowercase())?;
    let mut best: Option<Cue> = None;
    for (kind, words) in entries {
        let n = words.len();
        let fits = (1..n).all(|k| {
            word(text, tokens, i + k).is_some_and(|w| w.eq_ignore_ascii_case(words[k]))
                && tokens[i + k].sentence == tokens[i].sentence
        });
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

/// The text of token `i` when it is a word.
pub(crate) fn word<'t>(text: &'t str, tokens: &[Token], i: usize) -> Option<&'t str> {
    tokens
        .get(i)
        .filter(|t| t.tok == Tok::Word)
        .map(|t| &text[t.span])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::speakers::tokens::tokenize;

    fn cues(text: &str) -> Vec<&str> {
        let tokens = tokenize(text, &[]);
        (0..tokens.len())
            .filter_map(|i| cue_at(text, &tokens, i))
            .map(|c| &text[c.span])
            .collect()
    }

    #[test]
    fn finds_verbs_in_every_inflection_and_phrases() {
        assert_eq!(
            cues("She Says it, he told us, they insisted, according to them"),
            ["Says", "told", "insisted", "according to"]
        );
    }
}
