//! Which words attribute each quote: the news patterns, from the tightest
//! (a cue right beside the quote) to the loosest (the sentence before).
//!
//! Every search stays in the quote's sentence or its neighbours, so the
//! whole pass is linear in the text.

use super::cues::{Cue, CueKind, class, class_inlined, cue_at, word};
use super::phrases::{
    Np, NpKind, group_number_at, is_group_opener, is_pair, noun_cue_before, passive, phrase_after,
    quantifier_at, subject_before, word_in, word_is,
};
use super::read_ahead;
use super::tokens::{Layout, Tok, TokenList, is_alnum, starts_sentence};
use super::words::{
    Pronoun, is_capitalized, is_determiner, is_person_noun_in_any_number, is_skippable,
    is_stop_word, looks_finite, pronoun, strip_possessive,
};
use crate::chars::{ends_with_any, eq_any_case, trim_end_where};
use crate::chars::{listed, listed_any_case};
use crate::items::Items;
use crate::quotes::Quoted;
use crate::span::Span;
use neighbours::{frame_end, from_neighbours};
use sides::{closing, is_coordinator, is_subordinator, left_of, passive_agent, right_of};
use sources::{according_after, relays};
use subject::sentence_subject;

// The sentences around a quote with no attribution of its own.
mod neighbours;
// The searches to either side of a quote.
mod sides;
// The report or outlet a sentence cites after the quote.
mod sources;
// The subject opening a sentence.
mod subject;

/// The words that attribute one quote.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Found {
    /// The phrase naming the speaker.
    pub np: Np,
    /// The cue, when there is one.
    pub cue: Option<Span>,
    /// Whether the cue governs the quote directly (`“…,” she said`, `she
    /// said: “…”`, `according to X, “…”`), not through a looser link.
    pub direct: bool,
}

/// The text as tokens, with sentences and cues indexed.
pub(crate) struct Context<'t> {
    pub text: &'t str,
    pub tokens: TokenList,
    /// First token of each sentence.
    pub sentence_start: Items<usize>,
    /// The cues, in text order.
    pub cues: Items<Cue>,
    /// For each sentence, the range of its cues in `cues`.
    pub sentence_cues: Items<(usize, usize)>,
    /// For each piece, its token index.
    pub piece_token: Items<Option<usize>>,
    /// For each sentence, whether it holds a quote.
    pub sentence_quoted: Items<bool>,
    /// For each sentence, its paragraph.
    pub paragraphs: Items<u32>,
    /// For each cue, its subject looking back to its sentence's start
    /// (empty until [`Context::find_subjects`]).
    subjects: Items<Option<Np>>,
}

/// How many tokens before a quote a cue of its main clause may stand.
const OUTER_REACH: usize = 60;

/// How many words before a coordinated cue its pronoun subject may stand.
const NEAR_PRONOUN: usize = 14;

/// How many earlier pieces a quote looks back through for one to follow.
const LOOK_BACK: usize = 64;

impl<'t> Context<'t> {
    /// The tokens and the paragraph of each sentence; the rest is freed.
    pub(crate) fn into_tokens(self) -> (TokenList, Vec<u32>) {
        (self.tokens, self.paragraphs.into())
    }

    /// Indexes the tokens of `text` (with `pieces` as quote tokens), with
    /// `layout` where their sentences and quotes are.
    // A function of its own in the .wasm (see `speakers::attribute`).
    #[inline(never)]
    pub(crate) fn new(
        text: &'t str,
        tokens: TokenList,
        layout: Layout,
        pieces: &[Quoted],
    ) -> Context<'t> {
        let Layout {
            paragraphs,
            sentence_start,
            piece_token,
        } = layout;
        debug_assert_eq!(piece_token.len(), pieces.len());
        let sentences = paragraphs.len();
        let mut sentence_quoted = Items::from(vec![false; sentences + 1]);
        for &i in piece_token.iter().flatten() {
            sentence_quoted[tokens[i].sentence as usize] = true;
        }
        // Each cue, with its sentence's range of cues, taken as it is found
        // (its tokens at hand: a pass over the cues after the scan read
        // each cue's token again, a cache miss each on 10 MB). A setting
        // (`in a statement`) right after a verb cue is part of it.
        let mut cues: Vec<Cue> = Vec::new();
        let mut sentence_cues = Items::from(vec![(0, 0); sentences]);
        let mut keep = |c: Cue| {
            let s = tokens[c.first].sentence as usize;
            // `The Herald reported Mayor Ruth Kane as saying …`: the verb
            // of the outlet before `as saying` reports no words itself.
            let as_saying = c.first > 0
                && word_is(text, &tokens, c.first - 1, "as")
                && word_is(text, &tokens, c.first, "saying");
            if as_saying
                && cues.last().is_some_and(|p: &Cue| {
                    tokens[p.first].sentence as usize == s
                        && c.first - p.end <= QUOTED_AS_REACH
                        && word_is(text, &tokens, p.first, "reported")
                })
            {
                cues.pop();
                let range = &mut sentence_cues[s];
                range.1 -= 1;
                if range.0 == range.1 {
                    *range = (0, 0);
                }
            }
            let after_verb = cues.last().is_some_and(|p: &Cue| {
                c.kind == CueKind::Setting
                    && matches!(p.kind, CueKind::Verb | CueKind::AmbiguousVerb)
                    && tokens[p.first].sentence as usize == s
                    && c.first - p.end <= 3
            });
            if !after_verb {
                let n = cues.len();
                cues.push(c);
                let range = &mut sentence_cues[s];
                if *range == (0, 0) {
                    *range = (n, n + 1);
                } else {
                    range.1 = n + 1;
                }
            }
        };
        let mut i = 0;
        // Only a word opening a cue entry may start a cue (one token in 40
        // of news): the next one found by its class alone, in a tight loop.
        while let Some(k) = tokens[i..].iter().position(|t| t.class().cue() != 0) {
            match cue_at(text, &tokens, i + k).filter(|c| is_cue_here(text, &tokens, c)) {
                Some(c) => {
                    i = c.end;
                    keep(c);
                }
                None => i += k + 1,
            }
        }
        Context {
            text,
            tokens,
            sentence_start: sentence_start.into(),
            cues: cues.into(),
            sentence_cues,
            piece_token: piece_token.into(),
            sentence_quoted,
            paragraphs: paragraphs.into(),
            subjects: Items::new(),
        }
    }

    /// Finds the subject of every cue, looking back to its sentence's
    /// start, once: the speakers stage takes each as a mention, and the
    /// quotes' attribution asks most of the same again (`left_of`: 2.5M
    /// instructions on 1 MB of news). (Each cue's sentence read a block
    /// ahead: see `read_ahead`.)
    pub(crate) fn find_subjects(&mut self) {
        let mut subjects = Vec::with_capacity(self.cues.len());
        read_ahead(
            &self.cues,
            |_, c| self.sentence_start[self.sentence_of(c.first)],
            |_, c, lo| subjects.push(self.subject(c, lo)),
        );
        self.subjects = subjects.into();
    }

    /// The subjects of the cues, in the order of the cues (see
    /// [`Context::find_subjects`]).
    pub(crate) fn subjects(&self) -> &[Option<Np>] {
        &self.subjects
    }

    /// The paragraph of token `i`.
    fn paragraph_of(&self, i: usize) -> u32 {
        self.paragraphs[self.sentence_of(i)]
    }

    fn sentence_of(&self, i: usize) -> usize {
        self.tokens[i].sentence as usize
    }

    /// Whether a quote token lies among tokens `from..to`.
    fn quoted_between(&self, from: usize, to: usize) -> bool {
        self.tokens[from..to].iter().any(|t| t.is_quote())
    }

    fn bounds(&self, s: usize) -> (usize, usize) {
        (self.sentence_start[s], self.sentence_start[s + 1])
    }

    fn cues_in(&self, s: usize) -> &[Cue] {
        let (a, b) = self.sentence_cues.get(s).copied().unwrap_or((0, 0));
        &self.cues[a..b]
    }

    // Asked from some forty places, per cue rather than per token: one copy
    // of the decoding of a token's kind, not forty (~1.5 KB of the .wasm).
    #[inline(never)]
    fn punct(&self, i: usize) -> Option<char> {
        match self.tokens.get(i)?.tok() {
            Tok::Punct(c) => Some(c),
            _ => None,
        }
    }

    /// Whether the verb at token `first` is joined to an earlier verb of its
    /// sentence by `and` or `but` (adverbs between: `and then said`), with
    /// no subject of its own.
    fn coordinated(&self, first: usize, lo: usize) -> bool {
        // Only a search over the whole sentence: after a quote (`“…” an
        // annual ritual … and tells them`) the sentence's subject is
        // out of reach.
        let start = self.sentence_start[self.sentence_of(first)];
        if lo > start {
            return false;
        }
        let mut i = first;
        while i > lo && class_inlined(&self.tokens, i - 1).skippable() {
            i -= 1;
        }
        i > lo
            && i > start + 2
            && word(self.text, &self.tokens, i - 1).is_some_and(|w| w == "and" || w == "but")
    }

    /// The pronoun subject of the clause a coordinated verb cue at `first`
    /// joins: `…, he laughed and said`, `Eight years ago, he backed Obama
    /// and said` (the nearest `he`, `she` or `they` with no comma, quote
    /// or `that` between it and the cue). A pronoun right after `that` or a
    /// verb is inside a reported clause (`Ann said that he left and …`).
    fn near_pronoun(&self, lo: usize, first: usize) -> Option<Np> {
        let from = lo.max(first.saturating_sub(NEAR_PRONOUN));
        let k = (from..first)
            .rev()
            .take_while(|&k| {
                self.tokens[k].is_word()
                    && !eq_any_case(self.tokens[k].span.bytes(self.text), b"that")
            })
            .find(|&k| {
                matches!(
                    class(&self.tokens, k).pronoun(),
                    Some(Pronoun::He | Pronoun::She | Pronoun::They)
                )
            })?;
        let inner = k > lo
            && (word(self.text, &self.tokens, k - 1).is_some_and(|w| w == "that")
                || self.cue_ends_at(k));
        if inner {
            return None;
        }
        phrase_after(self.text, &self.tokens, k, k + 1)
    }

    /// The agent of a source that relays someone's work: `according to
    /// calculations by Amy Glasmeier`, `audio provided by Wyoming Public
    /// Radio`, `a court document filed by state attorney Dave Aronberg`.
    /// The agent is the source the sentence cites.
    fn by_agent(&self, np: &Np, hi: usize) -> Option<Np> {
        let mut k = np.outer_end;
        // A participle and a day between (`released Friday by`).
        for _ in 0..2 {
            let w = word(self.text, &self.tokens, k)?;
            if w == "by" {
                return phrase_after(self.text, &self.tokens, k + 1, hi);
            }
            // `a memo obtained by the Post`: who got hold of a document
            // did not write it; the document is the source.
            let received = listed("obtained reviewed received acquired viewed", w);
            if received {
                return None;
            }
            let participle = w.ends_with("ed") || w == "made";
            let day = is_capitalized(w) && w.ends_with("day");
            if !(participle || day) {
                return None;
            }
            k += 1;
        }
        (word(self.text, &self.tokens, k) == Some("by"))
            .then(|| phrase_after(self.text, &self.tokens, k + 1, hi))
            .flatten()
    }

    /// Whether a cue ends right before token `k` (the cues are in text
    /// order and never overlap, so their ends are sorted too).
    fn cue_ends_at(&self, k: usize) -> bool {
        let at = self.cues.partition_point(|c| c.end < k);
        self.cues.get(at).is_some_and(|c| c.end == k)
    }

    /// Whether only punctuation and a joining word (`But,`) stand before
    /// token `first` in its sentence.
    fn opens_sentence(&self, first: usize) -> bool {
        let lo = self.sentence_start[self.sentence_of(first)];
        self.tokens[lo..first].iter().all(|t| match t.tok() {
            Tok::Punct(_) => true,
            Tok::Word => [&b"but"[..], b"and", b"so", b"yet"]
                .iter()
                .any(|w| eq_any_case(t.span.bytes(self.text), w)),
            Tok::Quote(_) => false,
        })
    }

    /// The finite verb cue that ends right before the comma before cue `c`
    /// in its sentence (`Ann Lee said` in `…, Ann Lee said, adding`).
    fn cue_before_comma(&self, c: &Cue) -> Option<&Cue> {
        if c.first < 2 || self.punct(c.first - 1) != Some(',') {
            return None;
        }
        let at = self.cues.partition_point(|p| p.end < c.first - 1);
        self.cues.get(at).filter(|p| {
            p.end == c.first - 1
                && matches!(p.kind, CueKind::Verb | CueKind::AmbiguousVerb)
                && !self.text[p.span].ends_with("ing")
                && self.sentence_of(p.first) == self.sentence_of(c.first)
        })
    }

    /// The participle cue joined to cue `c` by an `and` right before it,
    /// within a few words of its sentence (`tweeting that … and asking`).
    fn participle_before_and(&self, c: &Cue) -> Option<&Cue> {
        if c.first == 0 || word(self.text, &self.tokens, c.first - 1) != Some("and") {
            return None;
        }
        let at = self.cues.partition_point(|p| p.first < c.first);
        let p = self.cues[..at].last()?;
        (p.end + 12 >= c.first
            && self.text[p.span].ends_with("ing")
            && self.sentence_of(p.first) == self.sentence_of(c.first))
        .then_some(p)
    }

    /// The subject of the participle cue `c` in an absolute phrase after a
    /// comma or opening the sentence: `, with NP [adverbs] V-ing`.
    fn with_subject(&self, c: &Cue, lo: usize) -> Option<Np> {
        let lo = lo.max(self.sentence_start[self.sentence_of(c.first)]);
        let from = lo.max(c.first.saturating_sub(10));
        let with = (from..c.first)
            .rev()
            .take_while(|&k| self.tokens[k].is_word())
            .find(|&k| eq_any_case(self.tokens[k].span.bytes(self.text), b"with"))?;
        if with > lo && self.punct(with - 1) != Some(',') {
            return None;
        }
        phrase_after(self.text, &self.tokens, with + 1, c.first)
            .filter(|np| !matches!(np.kind, NpKind::Pronoun(_)))
    }

    /// The subject of the clause that the participle cue `c` closes after
    /// a comma, opened by a subordinator: in `The trouble started when
    /// local farmers blocked the road, chanting “…”` the farmers chant.
    /// (Asked only when the sentence's subject is no person.)
    fn clause_subject(&self, c: &Cue, lo: usize) -> Option<Np> {
        let comma = c
            .first
            .checked_sub(1)
            .filter(|&k| self.punct(k) == Some(','))?;
        self.subordinate_subject(lo, comma)
    }

    /// The subject of a subordinate clause running up to token `end`, a
    /// person followed by a verb, within a few words with no punctuation:
    /// `when local farmers blocked the road` before `, chanting`, `when Cruz
    /// knocked Rubio` before `and called him a “moderate”`. (`and`, `but`
    /// and `yet` open no such clause: `Cruz and Rubio argued and called`.)
    fn subordinate_subject(&self, lo: usize, end: usize) -> Option<Np> {
        let opener = (lo.max(end.saturating_sub(12))..end)
            .rev()
            .take_while(|&k| self.tokens[k].is_word())
            .find(|&k| {
                word(self.text, &self.tokens, k)
                    .is_some_and(|w| is_subordinator(w) && !is_coordinator(w))
            })?;
        let np = phrase_after(self.text, &self.tokens, opener + 1, end)?;
        let verb = word(self.text, &self.tokens, np.outer_end).is_some_and(looks_finite);
        (verb && self.is_person(&np)).then_some(np)
    }

    /// Whether a phrase names a person or people: a name, `he`, `she` or
    /// `they`, or a description headed by a noun of a person (`local
    /// farmers`, not `the trouble`).
    fn is_person(&self, np: &Np) -> bool {
        match np.kind {
            NpKind::Name => true,
            NpKind::Pronoun(p) => p != Pronoun::It,
            NpKind::Nominal => word(self.text, &self.tokens, np.end - 1)
                .is_some_and(|w| is_person_noun_in_any_number(strip_possessive(w))),
        }
    }

    /// The speaker of an inverted cue set off by commas inside its
    /// sentence: `The trouble, says Carl Moss, an expert, is that …`; or
    /// ending it: `…, the protest would still go ahead, said Reddy.`
    fn aside(&self, c: &Cue, hi: usize) -> Option<Np> {
        let verb = c.span.bytes(self.text);
        if c.first == 0
            || self.punct(c.first - 1) != Some(',')
            || verb.ends_with(b"ing")
            || takes_listener(verb)
        {
            return None;
        }
        let np = phrase_after(self.text, &self.tokens, c.end, hi)?;
        // (Or by the colon before the quote: `…, says Parth Vaishnav, a
        // professor: “…”`.)
        let closed =
            np.outer_end >= hi || matches!(self.punct(np.outer_end), Some(',' | ':' | '.'));
        (closed && np.kind == NpKind::Name).then_some(np)
    }

    /// `Reuters quoted a military spokesman as saying`, `The paper quoted
    /// Ann Lee as saying`, `The Herald reported Mayor Ruth Kane as saying`:
    /// before `as saying`, the one quoted speaks, not the one quoting.
    fn quoted_as_saying(&self, c: &Cue) -> Option<Np> {
        let at = c.first.checked_sub(1)?;
        if !word_is(self.text, &self.tokens, at, "as") {
            return None;
        }
        let verb = (at.saturating_sub(QUOTED_AS_REACH)..at).rev().find(|&k| {
            word_in(
                self.text,
                &self.tokens,
                k,
                "quoted quotes quoting cited reported",
            )
        })?;
        phrase_after(self.text, &self.tokens, verb + 1, at).filter(|np| np.outer_end == at)
    }

    /// The speaker phrase of a cue, looking back no further than `lo`.
    pub(crate) fn subject(&self, c: &Cue, lo: usize) -> Option<Np> {
        let (start, hi) = self.bounds(self.sentence_of(c.first));
        // Found already (the cues do not overlap: one starts at a token).
        if lo == start && !self.subjects.is_empty() {
            let k = self.cues.partition_point(|d| d.first < c.first);
            if self
                .cues
                .get(k)
                .is_some_and(|d| d.first == c.first && d.end == c.end)
            {
                return self.subjects[k];
            }
        }
        if let Some(np) = self.quoted_as_saying(c) {
            return Some(np);
        }
        // Asked by two arms: the bytes, not a str slice checked for
        // character boundaries at each.
        let participle = c.span.bytes(self.text).ends_with(b"ing");
        match c.kind {
            // A participle speaks for the subject of its clause: `Trump
            // attacked Romney, calling him “a failed candidate”` is Trump's.
            // But a name right before it is its own subject: `with Trump
            // reportedly yelling: “…”`.
            CueKind::Verb | CueKind::AmbiguousVerb if participle => {
                // `…, Ann Lee said, adding, “…”`: a participle right after a
                // verb cue and its comma goes on with that cue's subject.
                if let Some(np) = self.cue_before_comma(c).and_then(|p| self.subject(p, lo)) {
                    return Some(np);
                }
                // `…, with Ann Lee tweeting that it was “a mess” and asking,
                // “…”`: a participle joined by `and` to an earlier one goes
                // on with its subject.
                if let Some(np) = self
                    .participle_before_and(c)
                    .and_then(|p| self.subject(p, lo))
                {
                    return Some(np);
                }
                // `He began by saying, “…”`, `responded by tweeting`: the
                // subject of the verb before `by`.
                let by = c.first.checked_sub(2).filter(|&v| {
                    v >= lo
                        && word_is(self.text, &self.tokens, v + 1, "by")
                        && word(self.text, &self.tokens, v)
                            .is_some_and(|w| w.ends_with("ed") || w == "began")
                });
                if let Some(np) = by.and_then(|v| subject_before(self.text, &self.tokens, lo, v)) {
                    return Some(np);
                }
                // `the case against Vella Foods for claiming its bread was
                // “…”`: the one blamed for saying it, named before `for`.
                let blamed = c
                    .first
                    .checked_sub(1)
                    .filter(|&f| f > lo && word_is(self.text, &self.tokens, f, "for"))
                    .and_then(|f| subject_before(self.text, &self.tokens, lo, f))
                    .filter(|np| np.kind == NpKind::Name);
                if blamed.is_some() {
                    return blamed;
                }
                // (Not the object of a preposition: `responded on Facebook
                // writing, “…”`; but `footage of Trump saying` is his.)
                let object = |np: &Np| {
                    np.first > lo
                        && word_in(
                            self.text,
                            &self.tokens,
                            np.first - 1,
                            "on in at to from for via",
                        )
                };
                // (People after a relative pronoun too, with their
                // auxiliary: `a result which engineers are calling “…”`.)
                let relative = |np: &Np| {
                    np.first > lo
                        && word_in(self.text, &self.tokens, np.first - 1, "which that")
                        && word_in(self.text, &self.tokens, np.end, "are were is was")
                        && self.is_person(np)
                };
                let own = subject_before(self.text, &self.tokens, lo, c.first)
                    .filter(|_| self.punct(c.first - 1) != Some(','))
                    .filter(|np| {
                        matches!(np.kind, NpKind::Name | NpKind::Pronoun(_)) || relative(np)
                    })
                    .filter(|np| !object(np));
                let lo = lo.max(self.sentence_start[self.sentence_of(c.first)]);
                // `…, with many marchers chanting “…”`: after a comma, `with`
                // and a phrase make the participle's own subject.
                own.or_else(|| self.with_subject(c, lo)).or_else(|| {
                    let main = sentence_subject(self, lo, c.first, true, false);
                    // (Not a person's possessive before the subject: `Ms
                    // Perry's comments came as Laura Pidcock raised it,
                    // arguing …` is Pidcock's.)
                    let owner = |np: &Np| {
                        let name = &self.text[np.span];
                        strip_possessive(name).len() < name.len()
                    };
                    if main
                        .as_ref()
                        .is_some_and(|np| self.is_person(np) && !owner(np))
                    {
                        return main;
                    }
                    self.clause_subject(c, lo).or(main)
                })
            }
            // `Trump was quick to add that …`: the subject of the sentence.
            CueKind::Verb | CueKind::AmbiguousVerb
                if c.first > lo
                    && word(self.text, &self.tokens, c.first - 1)
                        .is_some_and(|w| eq_any_case(w, "to")) =>
            {
                let lo = lo.max(self.sentence_start[self.sentence_of(c.first)]);
                sentence_subject(self, lo, c.first, true, false)
            }
            // `Sam Ode took the stage and called the system “broken”`, `Ruth
            // Kane did not name her, but told the crowd, “…”`: a verb joined
            // to another has no subject of its own; the sentence's speaks.
            // In a clause opened by a subordinator, the clause's subject
            // speaks (`It came out last week, when Cruz knocked Rubio and
            // called him a “moderate”`).
            CueKind::Verb | CueKind::AmbiguousVerb if self.coordinated(c.first, lo) => {
                let lo = lo.max(self.sentence_start[self.sentence_of(c.first)]);
                let and = (lo..c.first)
                    .rev()
                    .find(|&k| word_in(self.text, &self.tokens, k, "and but"))
                    .unwrap_or(c.first);
                self.near_pronoun(lo, c.first)
                    .or_else(|| self.subordinate_subject(lo, and))
                    .or_else(|| sentence_subject(self, lo, c.first, true, false))
            }
            // `Said Tom Berg, “…”`, `But, said Ann, “…”`: a verb opening its
            // sentence is inverted; the speaker follows it.
            CueKind::Verb | CueKind::AmbiguousVerb if self.opens_sentence(c.first) => (!participle)
                .then(|| phrase_after(self.text, &self.tokens, c.end, hi))
                .flatten(),
            // `The firm was accused by regulators of “…”`, `Critics were
            // told the plan was “final”`: the subject of a passive verb is
            // spoken of or to; the speaker is the agent after `by`, if any.
            CueKind::Verb | CueKind::AmbiguousVerb
                if passive(self.text, &self.tokens, lo, c.first) =>
            {
                (word(self.text, &self.tokens, c.end) == Some("by"))
                    .then(|| phrase_after(self.text, &self.tokens, c.end + 1, hi))
                    .flatten()
            }
            CueKind::Verb | CueKind::AmbiguousVerb => self
                .aside(c, hi)
                .or_else(|| subject_before(self.text, &self.tokens, lo, c.first)),
            CueKind::Source => {
                let np = phrase_after(self.text, &self.tokens, c.end, hi)?;
                Some(self.by_agent(&np, hi).unwrap_or(np))
            }
            // `In a statement, the ministry …`; without the comma the
            // setting belongs to a verb further on.
            CueKind::Setting => (self.punct(c.end) == Some(','))
                .then(|| phrase_after(self.text, &self.tokens, c.end + 1, hi))
                .flatten(),
        }
    }
}

/// Verbs whose object is the listener (`Ann Lee, a delegate, told
/// POLITICO, “…”`): the phrase after them never speaks.
fn takes_listener(v: &[u8]) -> bool {
    // Each stem compared in place, in any ASCII case: a lowercased copy was
    // a heap string per verb asked about.
    [
        "tell", "told", "ask", "inform", "assure", "urge", "advise", "remind", "warn",
    ]
    .iter()
    .any(|s| {
        v.get(..s.len())
            .is_some_and(|p| eq_any_case(p, s.as_bytes()))
    })
}

/// Whether a lexicon match is a cue where it stands: a capitalised cue word
/// inside a sentence is part of a name (`the Washington Post`), and a verb
/// that doubles as a noun is no cue after a determiner (`his claims`).
fn is_cue_here(text: &str, tokens: &TokenList, c: &Cue) -> bool {
    let first = starts_sentence(tokens, c.first);
    // The words' classes, not the word lists: asked at every cue word.
    let before = |k: usize| class_inlined(tokens, c.first - k);
    if tokens[c.first].class().capitalized() && !first {
        return false;
    }
    // `READ MORE: …`, `WATCH: …`: a label in capitals before a colon.
    let capitals = |k: usize| {
        word(text, tokens, k)
            .is_some_and(|w| w.len() > 1 && !w.bytes().any(|b| b.is_ascii_lowercase()))
    };
    if first && capitals(c.first) {
        // A few words at most: a text all in capitals stays linear.
        let after = (c.first + 1..tokens.len().min(c.first + 5)).find(|&k| !capitals(k));
        if after.is_some_and(|k| tokens[k].is_punct(':')) {
            return false;
        }
    }
    // A verb that doubles as a noun is a cue after a name or a pronoun, or
    // before what it reports: `Trump tweets that`, but not `over-the-top
    // comments make`.
    if c.kind == CueKind::AmbiguousVerb {
        // `Yang Shu, director of the institute, calls it “a mistake”`.
        let after_apposition = c.first > 0 && tokens[c.first - 1].is_punct(',');
        // `A shop owner claims`: after a noun of a person too; `Milei, who
        // calls himself`: after a relative pronoun.
        let by_name = after_apposition
            || c.first > 0
                && (before(1).pronoun().is_some()
                    || before(1).person_noun()
                    || word(text, tokens, c.first - 1) == Some("who")
                    || before(1).capitalized()
                        && tokens[c.first - 1].sentence == tokens[c.first].sentence
                        && c.first >= 2
                        && tokens[c.first - 2].sentence == tokens[c.first].sentence);
        // `many Asian states, and`, `the Gulf states`: after a determiner a
        // capitalised word is an adjective of the noun, not a name.
        let adjective = c.first >= 2
            && before(1).capitalized()
            && (before(2).determiner() || quantifier_at(text, tokens, c.first - 2));
        // `a bill that had sparked protests, saying`: after a verb in -ed
        // the word is its object, a noun.
        let object = c.first > 0
            && before(1).is_word()
            && !before(1).capitalized()
            && word(text, tokens, c.first - 1).is_some_and(|w| w.ends_with("ed"));
        if adjective || object {
            return false;
        }
        let leads = match tokens.get(c.end).map(|t| t.tok()) {
            Some(Tok::Punct(',' | ':') | Tok::Quote(_)) => true,
            Some(Tok::Word) => eq_any_case(tokens[c.end].span.bytes(text), b"that"),
            _ => false,
        };
        // `“…,” a voice-over in the ad states.`: the verb closing a
        // phrase right after a quote reports it.
        let trails_quote = matches!(
            tokens.get(c.end).map(|t| t.tok()),
            None | Some(Tok::Punct('.' | ','))
        ) && (c.first.saturating_sub(8)..c.first)
            .rev()
            .find(|&k| !tokens[k].is_word())
            .is_some_and(|k| {
                tokens[k].is_quote() && tokens[k].sentence == tokens[c.first].sentence
            });
        // `“…,” remarks the judge`: right after a quote closed by a comma,
        // a question or an exclamation mark (not `the “reform” claims`).
        let inverted = c.first > 0 && tokens[c.first - 1].is_quote() && {
            let quoted = &text[tokens[c.first - 1].span];
            let inner = trim_end_where(quoted, |c| !is_alnum(c) && !matches!(c, ',' | '?' | '!'));
            ends_with_any(inner, &[',', '?', '!'])
        };
        if !(by_name || leads || trails_quote || inverted) {
            return false;
        }
    }
    // `the country would respond “at a time of its choosing”`: a verb after
    // a modal tells what someone may do, not what was said; but `“No
    // comment,” was all the lawyer would say` reports what was said.
    if c.first > 0
        && class_inlined(tokens, c.first - 1).stop()
        && word_in(text, tokens, c.first - 1, "would could might should")
        && !(c.first.saturating_sub(6)..c.first - 1)
            .any(|k| word_in(text, tokens, k, "was is") && word_is(text, tokens, k + 1, "all"))
    {
        return false;
    }
    // `a neighbour, who asked not to be named, told …`: asking for
    // something (`asked to remain anonymous`) reports no words.
    if c.end - c.first == 1
        && c.span
            .bytes(text)
            .get(..3)
            .is_some_and(|v| eq_any_case(v, b"ask"))
        && word_in(text, tokens, c.end, "not to")
    {
        return false;
    }
    // `Rand had agreed to open the accounts`, `agreed to the terms`:
    // agreeing to do something is consent, not words; `Vantage maintained
    // its grip`: keeping something is no claim (`maintained that` is).
    let verb = c.span.bytes(text);
    if c.end - c.first == 1
        && (verb.starts_with(b"agree")
            && word_is(text, tokens, c.end, "to")
            && tokens.get(c.end + 1).is_some_and(|t| t.is_word())
            || verb.starts_with(b"maintain") && class(tokens, c.end).determiner())
    {
        return false;
    }
    // `with the council accused of a “…”`, `Council warned over damp
    // homes`: a participle in the passive, its subject the one accused or
    // warned, not who speaks (`warned of` is active: `Experts warned of`).
    // `Councillor criticised over …`, `told off over …`: reproached,
    // likewise (not `explained over the phone`, `suggested over the
    // summer`).
    let over = || {
        word_is(text, tokens, c.end, "over")
            && !(word_is(text, tokens, c.end + 1, "the")
                && word_in(
                    text,
                    tokens,
                    c.end + 2,
                    "phone weekend summer winter past years months",
                ))
    };
    if c.end - c.first == 1
        && (verb.ends_with(b"ed") && over()
            || verb == b"accused" && word_is(text, tokens, c.end, "of")
            || verb == b"told" && word_is(text, tokens, c.end, "off"))
    {
        return false;
    }
    // `Other steps announced include:`, `The figures reported were`: a
    // participle describing the noun before it, the sentence's verb after
    // (not after its subject: `which some have argued was`, `who he noted
    // was`).
    if c.end - c.first == 1
        && c.span.bytes(text).ends_with(b"ed")
        && c.first > 0
        && before(1).pronoun().is_none()
        && word_in(
            text,
            tokens,
            c.end,
            "include includes included are were is was",
        )
        && !word_in(text, tokens, c.first - 1, "have has had some")
    {
        return false;
    }
    // No verb follows a determiner (`the report says`: `report` is no cue).
    if c.first > 0 && matches!(c.kind, CueKind::Verb | CueKind::AmbiguousVerb) {
        if let Some(prev) = word(text, tokens, c.first - 1) {
            let possessive = strip_possessive(prev) != prev;
            // Nor a quantifier: `fewer pledged delegates`, `all noted`.
            // (Compared in place: a lowercased copy was a heap string per
            // cue; asked last, as the word lists are the dearest tests.)
            let quantifier = || listed_any_case("fewer more most less few all any no", prev);
            // But a quantifier opening a clause stands for people:
            // `Residents were split. Some said …`, `Another tweeted`.
            // `Yet another said`, `and some added`: after a joining word.
            let opens = || {
                c.first == 1
                    || !tokens[c.first - 2].is_word()
                    || tokens[c.first - 2].sentence != tokens[c.first].sentence
                    || word(text, tokens, c.first - 2)
                        .is_some_and(|w| listed_any_case("yet and but while", w))
            };
            if quantifier_at(text, tokens, c.first - 1) && opens() {
                return true;
            }
            // `the two write`: a group by its number.
            if group_number_at(text, tokens, c.first - 1)
                && c.first >= 2
                && word(text, tokens, c.first - 2).is_some_and(is_group_opener)
            {
                return true;
            }
            // After a possessive a participle is an adjective too: `the
            // congressman’s alleged “paramours”`.
            let participle = c.span.bytes(text).ends_with(b"ed");
            return !(before(1).determiner()
                || quantifier()
                || possessive && (c.kind == CueKind::AmbiguousVerb || participle));
        }
    }
    true
}

fn is_dash(c: Option<char>) -> bool {
    matches!(c, Some('—' | '–' | '―'))
}

/// Attributes every piece, in order; a piece may take the attribution of
/// one before it.
// A function of its own in the .wasm (see `speakers::attribute`).
#[inline(never)]
pub(crate) fn attribute_all(ctx: &Context, pieces: &[Quoted]) -> Vec<Option<Found>> {
    let mut out: Items<Option<Found>> = Vec::with_capacity(pieces.len()).into();
    // The token of each quote read a block ahead (see `read_ahead`): only
    // read, that the searches on either side find it at hand.
    let token = |k, _: &Quoted| {
        let qi = ctx.piece_token[k]?;
        std::hint::black_box(ctx.sentence_of(qi));
        Some(qi)
    };
    read_ahead(pieces, token, |k, piece, qi| {
        let found = qi.and_then(|qi| attribute_one(ctx, &out, k, qi, piece));
        out.push(found);
    });
    // A quote run over paragraphs and attributed only at a later one (`“…
    // ¶ “…,” said Bryan Stewart`): the paragraphs before with no speaker
    // are the same speaker's. (Not over a guess from the paragraph before:
    // an excerpt quoted from another paper, `Ann Lee, writing in the Post:
    // ¶ “… ¶ “…,” Kelly said`, holds attributions of its own.)
    for k in (1..out.len()).rev() {
        if pieces[k].continues && out[k - 1].is_none() {
            out[k - 1] = loose(out[k]);
        }
    }
    out.into()
}

/// Whether the quote at token `qi` closes a clause opening its sentence
/// with a subordinator (`When`, `Although`, `After` …) whose subject is
/// `np`: no comma before the quote but a lead-in one, a comma after it.
fn in_opening_clause(ctx: &Context, qi: usize, np: &Np) -> bool {
    let (mut lo, _) = ctx.bounds(ctx.sentence_of(qi));
    // `But even as Trump claimed that “…,” a prosecutor said`: past the
    // words joining the sentence to the one before.
    while lo + 1 < qi && word_in(ctx.text, &ctx.tokens, lo, "But And Yet even") {
        lo += 1;
    }
    // A subordinator, not one joining main clauses nor `whether`.
    let opens = word(ctx.text, &ctx.tokens, lo)
        .is_some_and(|w| is_subordinator(w) && !is_coordinator(w) && !eq_any_case(w, "whether"));
    // Few sentences open so: the quote's end (a Unicode table search for
    // each closing mark) is read only for them.
    let (Tok::Quote(_), true) = (ctx.tokens[qi].tok(), opens) else {
        return false;
    };
    let quoted = trim_end_where(&ctx.text[ctx.tokens[qi].span], |c| !is_alnum(c) && c != ',');
    let closes = quoted.ends_with(',') || ctx.punct(qi + 1) == Some(',');
    let lead_in = qi.saturating_sub(1);
    let comma_before = (lo..lead_in).any(|k| ctx.punct(k) == Some(','));
    closes && !comma_before && np.outer_first == lo + 1
}

fn loose(found: Option<Found>) -> Option<Found> {
    found.map(|f| Found { direct: false, ..f })
}

fn attribute_one(
    ctx: &Context,
    done: &Items<Option<Found>>,
    k: usize,
    qi: usize,
    piece: &Quoted,
) -> Option<Found> {
    let right = right_of(ctx, qi);
    // A paragraph that continues an open quote goes on with its speaker,
    // unless it names its own (`“…,” Sexton said.` after an unclosed
    // paragraph of Sexton's is still Sexton's, here by this mention).
    if piece.continues {
        if let Some(found) = done.last().copied().flatten() {
            return right.filter(|f| f.direct).or(loose(Some(found)));
        }
    }
    if let Some(f) = passive_agent(ctx, qi) {
        return Some(f);
    }
    let left = left_of(ctx, qi);
    // `Although Ann Lee told the court that she was “only a clerk,” she
    // signed …`, `When a man in the crowd shouted, “Go home,” Bob joked`: a
    // quote closing an opening clause belongs to that clause's cue, not to
    // the main clause after it.
    if let Some(f) = left.filter(|f| f.cue.is_some() && in_opening_clause(ctx, qi, &f.np)) {
        return Some(f);
    }
    // `Prince Faisal said the kingdom “rejects …,” according to the Saudi
    // Press Agency`, `The minister said exports were “robust,” Xinhua
    // reported`: the outlet relays the words of the cue before the quote.
    let relayed = |f: &Found| f.cue.is_some_and(|c| relays(ctx.text, c));
    if let (Some(r), Some(l)) = (right, left) {
        if relayed(&r) && l.cue.is_some() && !relayed(&l) {
            return left;
        }
    }
    if let Some(f) = right.filter(|f| f.direct) {
        return Some(f);
    }
    if let Some(f) = left.filter(|f| f.direct) {
        return Some(f);
    }
    // `… will carry “a great deal of weight” and help, Neil Sroka said.`:
    // an attribution closing the sentence after a comma reports all of it;
    // so does a name's after a description's cue far before the quote
    // (`Other studies suggest that women face “bias” …, said Dr. Ann Lee`).
    if right.is_none() || left.is_some_and(|f| f.np.kind == NpKind::Nominal) {
        if let Some(f) = closing(ctx, qi) {
            return Some(f);
        }
    }
    // `Trump stood by her remark that “…”`: with no verb cue before it, a
    // noun of saying names the speaker by its possessive. (`Aides suggested
    // Lee’s call for “…”` is the aides' report.) The noun is kept out of
    // `cue`, so that it tells no quote from a term.
    if left.is_none() {
        let (lo, _) = ctx.bounds(ctx.sentence_of(qi));
        if let Some((np, _noun)) = noun_cue_before(ctx.text, &ctx.tokens, lo, qi) {
            return Some(Found {
                np,
                cue: None,
                direct: false,
            });
        }
    }
    // A cue before the quote in its sentence governs it more often than one
    // after it past other words (`Sanders admitted that it would be “very
    // hard” … pledged delegates`).
    if left.is_some() {
        return left;
    }
    if right.is_some() {
        return right;
    }
    // `… became “agitated” once the cameras were off, according to a
    // source`: a quote with no cue of its own in its sentence is the words
    // of the report the sentence cites. Not before this: in `“…,” Ann Lee
    // said, according to the Daily Star` Ann Lee said them, the paper only
    // relays them (PolNeAR marks the paper; a reader asks who spoke).
    if let Some(f) = according_after(ctx, qi) {
        return Some(f);
    }
    let s = ctx.sentence_of(qi);
    let (mut lo, _) = ctx.bounds(s);
    // `14:31 Paul Johnson …: “…”`: a live blog's time stamp opens no
    // subject.
    while lo < qi
        && (ctx.punct(lo) == Some(':')
            || word(ctx.text, &ctx.tokens, lo)
                .is_some_and(|w| w.bytes().all(|b| b.is_ascii_digit())))
    {
        lo += 1;
    }
    // A quote inside a sentence with no cue: its subject speaks
    // (`Trump blasted her, calling her a “horrible witness”`).
    if qi > lo {
        let colon = ctx.punct(qi - 1) == Some(':');
        // `… doesn’t surprise pollster Daron Shaw: “…”`: the name before it.
        // Not the object of a preposition (`delivered a blunt message to
        // Trump: “…”`): the sentence's subject speaks then.
        let object = |np: &Np| {
            np.outer_first > lo
                && word(ctx.text, &ctx.tokens, np.outer_first - 1)
                    .is_some_and(|w| listed("to with at about against of in on", w))
        };
        // (Or two names: `Mark Blumenthal and Jon Cohen: “…”`.)
        let named = |end: usize| {
            subject_before(ctx.text, &ctx.tokens, lo, end).filter(|np| {
                let two =
                    np.kind == NpKind::Nominal && is_pair(ctx.text, &ctx.tokens, np.first, np.end);
                (np.kind == NpKind::Name || two) && np.end == end && !object(np)
            })
        };
        // `CLAIM: “…”`, `Re: “…”`, `The verdict: “…”`, `The bottom line:
        // “…”`, `Quote of the week: “…”`: a label, no one.
        let label = |np: &Np| {
            let is_label = |k: usize| {
                word(ctx.text, &ctx.tokens, k)
                    .is_some_and(|w| listed_any_case(LABELS, strip_possessive(w)))
            };
            let head_of = word_in(ctx.text, &ctx.tokens, np.first + 1, "of") && is_label(np.first);
            np.end - np.first <= 3 && is_label(np.end - 1) || np.end - np.first <= 4 && head_of
        };
        // `From Mary Byrne, of Cork: “…”`: a letters page names the writer
        // after `From` opening the paragraph.
        let writer = || {
            let from =
                (lo..qi.min(lo + 2)).find(|&k| word_in(ctx.text, &ctx.tokens, k, "From from"))?;
            phrase_after(ctx.text, &ctx.tokens, from + 1, qi).filter(|np| np.kind == NpKind::Name)
        };
        // `14:31 Paul Johnson of the IFS, on BBC News: “…”`: a name
        // opening the sentence, then where it spoke, set off by a comma;
        // `Dave Rice, UNLV: “…”`: a full name, then its side, labelling a
        // line of a round-up.
        let opening = || {
            let np =
                phrase_after(ctx.text, &ctx.tokens, lo, qi).filter(|np| np.kind == NpKind::Name)?;
            let at = np.outer_end;
            let medium = ctx.punct(at) == Some(',')
                && word_in(ctx.text, &ctx.tokens, at + 1, "on to in at")
                && qi - at <= 8;
            let side = ctx.punct(np.end) == Some(',')
                && np.end - np.first > 1
                && qi <= np.end + 5
                && (np.end + 1..qi - 1).all(|k| class(&ctx.tokens, k).capitalized());
            (medium || side).then_some(np)
        };
        let before = colon
            .then(|| writer().or_else(opening).or_else(|| named(qi - 1)))
            .flatten();
        // `A mother who “gave her life to her kids” was found dead`: words
        // describing the subject in its relative clause, with no cue, are
        // someone else's.
        let described = |np: &Np| np.end + 1 == qi && word_is(ctx.text, &ctx.tokens, np.end, "who");
        // `Chants of “No farms!” echoed`, `Posters of the “…” kind`: the
        // quote is in the subject's own phrase, the subject a thing said.
        let holds = |np: &Np| {
            word_is(ctx.text, &ctx.tokens, np.end, "of")
                && (np.end + 1..qi).all(|k| class(&ctx.tokens, k).determiner())
        };
        let subject = before.or_else(|| sentence_subject(ctx, lo, qi, colon, true));
        if let Some(np) = subject.filter(|np| !label(np) && !described(np) && !holds(np)) {
            return Some(Found {
                np,
                cue: None,
                direct: false,
            });
        }
    }
    from_neighbours(ctx, done, k, qi)
}

/// Words that label what follows a colon in fact-checks, letters pages and
/// Q&As (`CLAIM: “…”`, `Re: “…”`, `Q: “…”`): no one who speaks.
const LABELS: &str = "re q a claim claims headline verdict rating update correction note context background summary fact facts caption question answer quote quotes line";

/// How many tokens a verb that names the one quoted (`quoted`, `reported`)
/// may stand before `as saying`: `The Herald reported Mayor Ruth Kane as
/// saying`.
const QUOTED_AS_REACH: usize = 8;
