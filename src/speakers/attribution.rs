//! Which words attribute each quote: the news patterns, from the tightest
//! (a cue right beside the quote) to the loosest (the sentence before).
//!
//! Every search stays in the quote's sentence or its neighbours, so the
//! whole pass is linear in the text.

use super::cues::{Cue, CueKind, cue_at, word};
use super::phrases::{Np, NpKind, is_quantifier, noun_cue_before, phrase_after, subject_before};
use super::tokens::{Tok, Token};
use super::words::{
    Pronoun, is_capitalized, is_connector, is_determiner, is_person_noun, is_stop_word, pronoun,
    strip_possessive,
};
use crate::quotes::Quoted;
use crate::span::Span;

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
    pub tokens: Vec<Token>,
    /// First token of each sentence.
    pub sentence_start: Vec<usize>,
    /// The cues, in text order.
    pub cues: Vec<Cue>,
    /// For each sentence, the range of its cues in `cues`.
    pub sentence_cues: Vec<(usize, usize)>,
    /// For each piece, its token index.
    pub piece_token: Vec<Option<usize>>,
    /// For each sentence, whether it holds a quote.
    pub sentence_quoted: Vec<bool>,
}

/// How many tokens before a quote a cue of its main clause may stand.
const OUTER_REACH: usize = 60;

/// How many earlier pieces a quote looks back through for one to follow.
const LOOK_BACK: usize = 64;

impl<'t> Context<'t> {
    /// Indexes the tokens of `text` (with `pieces` as quote tokens).
    pub(crate) fn new(text: &'t str, tokens: Vec<Token>, pieces: &[Quoted]) -> Context<'t> {
        let sentences = tokens.last().map_or(0, |t| t.sentence as usize + 1);
        let mut sentence_start = vec![0; sentences + 1];
        for (i, t) in tokens.iter().enumerate().rev() {
            sentence_start[t.sentence as usize] = i;
        }
        sentence_start[sentences] = tokens.len();
        let mut piece_token = vec![None; pieces.len()];
        let mut sentence_quoted = vec![false; sentences + 1];
        for (i, t) in tokens.iter().enumerate() {
            if let Tok::Quote(q) = t.tok {
                piece_token[q] = Some(i);
                sentence_quoted[t.sentence as usize] = true;
            }
        }
        let mut cues = Vec::new();
        let mut sentence_cues = vec![(0, 0); sentences];
        let mut i = 0;
        while i < tokens.len() {
            match cue_at(text, &tokens, i).filter(|c| is_cue_here(text, &tokens, c)) {
                Some(c) => {
                    cues.push(c);
                    i = c.end;
                }
                None => i += 1,
            }
        }
        // A setting (`in a statement`) right after a verb cue is part of it.
        let mut kept: Vec<Cue> = Vec::with_capacity(cues.len());
        for c in cues {
            let after_verb = kept.last().is_some_and(|p: &Cue| {
                c.kind == CueKind::Setting
                    && matches!(p.kind, CueKind::Verb | CueKind::AmbiguousVerb)
                    && tokens[p.first].sentence == tokens[c.first].sentence
                    && c.first - p.end <= 3
            });
            if !after_verb {
                kept.push(c);
            }
        }
        for (n, c) in kept.iter().enumerate() {
            let s = tokens[c.first].sentence as usize;
            if sentence_cues[s] == (0, 0) {
                sentence_cues[s] = (n, n + 1);
            } else {
                sentence_cues[s].1 = n + 1;
            }
        }
        Context {
            text,
            tokens,
            sentence_start,
            cues: kept,
            sentence_cues,
            piece_token,
            sentence_quoted,
        }
    }

    fn sentence_of(&self, i: usize) -> usize {
        self.tokens[i].sentence as usize
    }

    fn bounds(&self, s: usize) -> (usize, usize) {
        (self.sentence_start[s], self.sentence_start[s + 1])
    }

    fn cues_in(&self, s: usize) -> &[Cue] {
        let (a, b) = self.sentence_cues.get(s).copied().unwrap_or((0, 0));
        &self.cues[a..b]
    }

    fn punct(&self, i: usize) -> Option<char> {
        match self.tokens.get(i)?.tok {
            Tok::Punct(c) => Some(c),
            _ => None,
        }
    }

    /// The speaker phrase of a cue, looking back no further than `lo`.
    pub(crate) fn subject(&self, c: &Cue, lo: usize) -> Option<Np> {
        let (_, hi) = self.bounds(self.sentence_of(c.first));
        match c.kind {
            // A participle speaks for the subject of its clause: `Trump
            // attacked Romney, calling him “a failed candidate”` is Trump's.
            // But a name right before it is its own subject: `with Trump
            // reportedly yelling: “…”`.
            CueKind::Verb | CueKind::AmbiguousVerb if self.text[c.span].ends_with("ing") => {
                let own = subject_before(self.text, &self.tokens, lo, c.first)
                    .filter(|np| np.outer_end == c.first || self.punct(c.first - 1) != Some(','))
                    .filter(|np| matches!(np.kind, NpKind::Name | NpKind::Pronoun(_)));
                let lo = lo.max(self.sentence_start[self.sentence_of(c.first)]);
                own.or_else(|| sentence_subject(self, lo, c.first, true, false))
            }
            // `Trump was quick to add that …`: the subject of the sentence.
            CueKind::Verb | CueKind::AmbiguousVerb
                if c.first > lo
                    && word(self.text, &self.tokens, c.first - 1)
                        .is_some_and(|w| w.eq_ignore_ascii_case("to")) =>
            {
                let lo = lo.max(self.sentence_start[self.sentence_of(c.first)]);
                sentence_subject(self, lo, c.first, true, false)
            }
            CueKind::Verb | CueKind::AmbiguousVerb => {
                subject_before(self.text, &self.tokens, lo, c.first)
            }
            CueKind::Source => phrase_after(self.text, &self.tokens, c.end, hi),
            // `In a statement, the ministry …`; without the comma the
            // setting belongs to a verb further on.
            CueKind::Setting => (self.punct(c.end) == Some(','))
                .then(|| phrase_after(self.text, &self.tokens, c.end + 1, hi))
                .flatten(),
        }
    }
}

/// Whether a lexicon match is a cue where it stands: a capitalised cue word
/// inside a sentence is part of a name (`the Washington Post`), and a verb
/// that doubles as a noun is no cue after a determiner (`his claims`).
fn is_cue_here(text: &str, tokens: &[Token], c: &Cue) -> bool {
    let first = c.first == 0 || tokens[c.first - 1].sentence != tokens[c.first].sentence;
    let w = &text[tokens[c.first].span];
    if is_capitalized(w) && !first {
        return false;
    }
    // A verb that doubles as a noun is a cue after a name or a pronoun, or
    // before what it reports: `Trump tweets that`, but not `over-the-top
    // comments make`.
    if c.kind == CueKind::AmbiguousVerb {
        // `Yang Shu, director of the institute, calls it “a mistake”`.
        let after_apposition = c.first > 0 && tokens[c.first - 1].tok == Tok::Punct(',');
        let by_name = after_apposition
            || c.first > 0
                && word(text, tokens, c.first - 1).is_some_and(|p| {
                    pronoun(p).is_some()
                        || is_capitalized(p)
                            && tokens[c.first - 1].sentence == tokens[c.first].sentence
                            && c.first >= 2
                            && tokens[c.first - 2].sentence == tokens[c.first].sentence
                });
        let leads = match tokens.get(c.end).map(|t| t.tok) {
            Some(Tok::Punct(',' | ':') | Tok::Quote(_)) => true,
            Some(Tok::Word) => text[tokens[c.end].span].eq_ignore_ascii_case("that"),
            _ => false,
        };
        if !(by_name || leads) {
            return false;
        }
    }
    // No verb follows a determiner (`the report says`: `report` is no cue).
    if c.first > 0 && matches!(c.kind, CueKind::Verb | CueKind::AmbiguousVerb) {
        if let Some(prev) = word(text, tokens, c.first - 1) {
            let possessive = strip_possessive(prev) != prev;
            // Nor a quantifier: `fewer pledged delegates`, `all noted`.
            let quantifier = ["fewer", "more", "most", "less", "few", "all", "any", "no"]
                .contains(&prev.to_ascii_lowercase().as_str());
            // But a quantifier opening a clause stands for people:
            // `Residents were split. Some said …`, `Another tweeted`.
            let opens = c.first == 1
                || tokens[c.first - 2].tok != Tok::Word
                || tokens[c.first - 2].sentence != tokens[c.first].sentence;
            if opens && is_quantifier(prev) {
                return true;
            }
            return !(is_determiner(prev)
                || quantifier
                || c.kind == CueKind::AmbiguousVerb && possessive);
        }
    }
    true
}

fn is_dash(c: Option<char>) -> bool {
    matches!(c, Some('—' | '–' | '―'))
}

/// Attributes every piece, in order; a piece may take the attribution of
/// one before it.
pub(crate) fn attribute_all(ctx: &Context, pieces: &[Quoted]) -> Vec<Option<Found>> {
    let mut out: Vec<Option<Found>> = Vec::with_capacity(pieces.len());
    for (k, piece) in pieces.iter().enumerate() {
        let found =
            ctx.piece_token[k].and_then(|qi| attribute_one(ctx, pieces, &out, k, qi, piece));
        out.push(found);
    }
    out
}

fn loose(found: Option<Found>) -> Option<Found> {
    found.map(|f| Found { direct: false, ..f })
}

fn attribute_one(
    ctx: &Context,
    pieces: &[Quoted],
    done: &[Option<Found>],
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
    if let Some(f) = right.filter(|f| f.direct) {
        return Some(f);
    }
    let left = left_of(ctx, qi);
    if let Some(f) = left.filter(|f| f.direct) {
        return Some(f);
    }
    // `… will carry “a great deal of weight” and help, Neil Sroka said.`:
    // an attribution closing the sentence after a comma reports all of it.
    if right.is_none() {
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
    let s = ctx.sentence_of(qi);
    let (lo, _) = ctx.bounds(s);
    // A quote inside a sentence with no cue: its subject speaks
    // (`Trump blasted her, calling her a “horrible witness”`).
    if qi > lo {
        let colon = ctx.punct(qi - 1) == Some(':');
        // `… doesn’t surprise pollster Daron Shaw: “…”`: the name before it.
        let before = colon
            .then(|| subject_before(ctx.text, &ctx.tokens, lo, qi - 1))
            .flatten()
            .filter(|np| np.kind == NpKind::Name && np.end == qi - 1);
        if let Some(np) = before.or_else(|| sentence_subject(ctx, lo, qi, colon, true)) {
            return Some(Found {
                np,
                cue: None,
                direct: false,
            });
        }
    }
    // `“…,” he said. “…”`: an earlier quote of the same paragraph.
    let paragraph = ctx.tokens[qi].paragraph;
    // Bounded, so that a paragraph of a million quotes stays linear.
    for j in (0..k).rev().take(LOOK_BACK) {
        let Some(t) = ctx.piece_token[j] else {
            continue;
        };
        if ctx.tokens[t].paragraph != paragraph {
            break;
        }
        if let Some(f) = done[j] {
            return loose(Some(f));
        }
    }
    if s > 0 {
        let (plo, phi) = ctx.bounds(s - 1);
        // `He said:` closing the paragraph before.
        if ctx.punct(phi - 1) == Some(':') {
            if let Some(c) = ctx.cues_in(s - 1).last() {
                if let Some(np) = ctx.subject(c, plo) {
                    return Some(Found {
                        np,
                        cue: Some(c.span),
                        direct: true,
                    });
                }
            }
            // `He then listed the qualities:` with no cue: its subject.
            if let Some(np) = sentence_subject(ctx, plo, phi - 1, true, true) {
                return Some(Found {
                    np,
                    cue: None,
                    direct: false,
                });
            }
        }
    }
    // `“…”` then a line `- Bernie Sanders.`
    let (_, hi0) = ctx.bounds(s);
    if hi0 < ctx.tokens.len() && (is_dash(ctx.punct(hi0)) || ctx.punct(hi0) == Some('-')) {
        let (_, nhi) = ctx.bounds(s + 1);
        if let Some(np) = phrase_after(ctx.text, &ctx.tokens, hi0 + 1, nhi) {
            if np.kind == NpKind::Name && np.outer_end + 1 >= nhi {
                return Some(Found {
                    np,
                    cue: Some(ctx.tokens[hi0].span),
                    direct: true,
                });
            }
        }
    }
    // The next sentence of the paragraph opening with its speaker and cue
    // (`“…” Ann Lee said this on Monday.`).
    let (_, hi) = ctx.bounds(s);
    if hi < ctx.tokens.len() && ctx.tokens[hi].paragraph == paragraph {
        let ns = s + 1;
        let (nlo, nhi) = ctx.bounds(ns);
        let _ = nhi;
        let quoted = ctx.sentence_quoted[ns];
        if !quoted {
            if let Some(c) = ctx.cues_in(ns).first() {
                if let Some(np) = ctx.subject(c, nlo).filter(|np| np.outer_first == nlo) {
                    return Some(Found {
                        np,
                        cue: Some(c.span),
                        direct: false,
                    });
                }
            }
        }
    }
    // The sentence before: its last attributed quote, or its last cue.
    if s > 0 {
        let (plo, phi) = ctx.bounds(s - 1);
        if ctx.tokens[plo].paragraph + 1 >= paragraph {
            let prev_piece = (0..k)
                .rev()
                .take(LOOK_BACK)
                .take_while(|&j| ctx.piece_token[j].is_none_or(|t| t >= plo))
                .find(|&j| {
                    ctx.piece_token[j].is_some_and(|t| t >= plo && t < phi) && done[j].is_some()
                });
            if let Some(j) = prev_piece {
                return loose(done[j]);
            }
            for c in ctx.cues_in(s - 1).iter().rev() {
                if let Some(np) = ctx.subject(c, plo) {
                    return Some(Found {
                        np,
                        cue: Some(c.span),
                        direct: false,
                    });
                }
            }
        }
    }
    let _ = pieces;
    None
}

/// The attribution after a quote in its sentence: `“…,” Ann said`, `“…,”
/// said Ann`, `“…” — Ann`, `“…” the case, Ann said`.
fn right_of(ctx: &Context, qi: usize) -> Option<Found> {
    let (_, hi) = ctx.bounds(ctx.sentence_of(qi));
    let mut j = qi + 1;
    if ctx.punct(j) == Some(',') {
        j += 1;
    }
    if j >= hi {
        return None;
    }
    if is_dash(ctx.punct(j)) || ctx.punct(j) == Some('-') && ctx.punct(j + 1) == Some('-') {
        let at = if ctx.punct(j) == Some('-') {
            j + 2
        } else {
            j + 1
        };
        let np = phrase_after(ctx.text, &ctx.tokens, at, hi)?;
        // `“…” — Ann Lee.` names the speaker; `— “…” — the balloons
        // cascaded` goes on as a sentence and names nobody.
        if np.outer_end < hi && !matches!(ctx.punct(np.outer_end), Some(',' | '.' | ')')) {
            return None;
        }
        let cue = Span::new(ctx.tokens[j].span.start, ctx.tokens[at - 1].span.end);
        return Some(Found {
            np,
            cue: Some(cue),
            direct: true,
        });
    }
    let cues = ctx.cues_in(ctx.sentence_of(qi));
    let Some(c) = cues.get(cues.partition_point(|c| c.first < j)) else {
        return unlisted_verb(ctx, qi, j, hi);
    };
    if c.first > j + 40
        || ctx.tokens[j..c.first]
            .iter()
            .any(|t| matches!(t.tok, Tok::Quote(_)))
    {
        return None;
    }
    // Far off, the cue attributes the quote only through a subject right
    // after it with a long apposition (`“…,” Ann Lee, who served as chief
    // of staff during the first term of the governor, told CBS.`).
    if c.first > j + 15 {
        let np = ctx.subject(c, j).filter(|np| {
            np.outer_first == j
                && np.kind == NpKind::Name
                && matches!(c.kind, CueKind::Verb | CueKind::AmbiguousVerb)
        })?;
        return Some(Found {
            np,
            cue: Some(c.span),
            direct: true,
        });
    }
    let verb = matches!(c.kind, CueKind::Verb | CueKind::AmbiguousVerb);
    // Inverted: `“…,” said Ann Lee`, never `“…,” adding …`.
    if verb && c.first == j && !ctx.text[c.span].ends_with("ing") {
        let np = phrase_after(ctx.text, &ctx.tokens, c.end, hi)?;
        return Some(Found {
            np,
            cue: Some(c.span),
            direct: true,
        });
    }
    // `“…” in the 2008 primary, said Ann Lee`.
    let inverted = || {
        let after_comma = c.first > j && ctx.punct(c.first - 1) == Some(',');
        (verb && after_comma && !ctx.text[c.span].ends_with("ing"))
            .then(|| phrase_after(ctx.text, &ctx.tokens, c.end, hi))
            .flatten()
            .map(|np| Found {
                np,
                cue: Some(c.span),
                direct: false,
            })
    };
    let Some(np) = ctx.subject(c, j) else {
        return inverted();
    };
    let direct = match c.kind {
        CueKind::Verb | CueKind::AmbiguousVerb => np.outer_first == j,
        _ => c.first == j,
    };
    Some(Found {
        np,
        cue: Some(c.span),
        direct,
    })
}

/// The attribution that closes the sentence of the quote at `qi` after a
/// comma, with at most a few words after it (`…, said Ann Lee, a
/// historian, on Monday.`, `…, the ministry said in a statement.`).
fn closing(ctx: &Context, qi: usize) -> Option<Found> {
    let (_, hi) = ctx.bounds(ctx.sentence_of(qi));
    let cues = ctx.cues_in(ctx.sentence_of(qi));
    let c = cues.last().filter(|c| c.first > qi)?;
    if !matches!(c.kind, CueKind::Verb) || ctx.text[c.span].ends_with("ing") {
        return None;
    }
    let tail_ok = |end: usize| {
        hi.saturating_sub(end) <= 5
            && ctx.tokens[end..hi]
                .iter()
                .all(|t| !matches!(t.tok, Tok::Quote(_)))
    };
    let found = |np: Np| Found {
        np,
        cue: Some(c.span),
        direct: false,
    };
    // `…, said Ann Lee.`
    if ctx.punct(c.first - 1) == Some(',') {
        let np = phrase_after(ctx.text, &ctx.tokens, c.end, hi)?;
        return tail_ok(np.outer_end).then(|| found(np));
    }
    // `…, Ann Lee said.`
    let np = ctx.subject(c, qi + 1)?;
    let after_comma = np.outer_first > 0 && ctx.punct(np.outer_first - 1) == Some(',');
    (after_comma && tail_ok(c.end)).then(|| found(np))
}

/// `“Go back to Univision,” Trump barked`: a quote closed by a comma, a
/// question or an exclamation, then a name or pronoun and a past-tense verb
/// that the lexicon does not list.
fn unlisted_verb(ctx: &Context, qi: usize, j: usize, hi: usize) -> Option<Found> {
    let Tok::Quote(_) = ctx.tokens[qi].tok else {
        return None;
    };
    let quoted = &ctx.text[ctx.tokens[qi].span];
    let inner = quoted.trim_end_matches(|c: char| !c.is_alphanumeric() && !",?!.".contains(c));
    if !inner.ends_with([',', '?', '!']) {
        return None;
    }
    let np = phrase_after(ctx.text, &ctx.tokens, j, hi.min(j + 6))?;
    if !matches!(np.kind, NpKind::Name | NpKind::Pronoun(_)) || np.first != j {
        return None;
    }
    let verb = word(ctx.text, &ctx.tokens, np.outer_end)?;
    let past = verb.len() > 3 && verb.ends_with("ed") && !is_capitalized(verb);
    past.then(|| Found {
        np,
        cue: Some(ctx.tokens[np.outer_end].span),
        direct: true,
    })
}

/// The attribution before a quote in its sentence: `Ann said: “…”`, `Ann
/// told reporters that “…”`, `according to Ann, “…”`, and looser, a cue
/// anywhere before it (`Ann argued that being American “is an idea”`).
fn left_of(ctx: &Context, qi: usize) -> Option<Found> {
    let s = ctx.sentence_of(qi);
    let (lo, _) = ctx.bounds(s);
    let cues = ctx.cues_in(s);
    let before = &cues[..cues.partition_point(|c| c.end <= qi)];
    let c = before.last()?;
    let np = ctx.subject(c, lo)?;
    let from = match c.kind {
        CueKind::Verb | CueKind::AmbiguousVerb => c.end,
        _ => np.outer_end.max(c.end),
    };
    let between = &ctx.tokens[from.min(qi)..qi];
    let quoted = between.iter().any(|t| matches!(t.tok, Tok::Quote(_)));
    let lead_in = match between.last().map(|t| t.tok) {
        None => true,
        Some(Tok::Punct(':' | ',')) => true,
        Some(Tok::Word) => ctx.text[between[between.len() - 1].span].eq_ignore_ascii_case("that"),
        _ => false,
    };
    let direct = lead_in && !quoted && between.len() <= 6;
    if !direct {
        // `When Ann suggested a delay, Bob fired back: “…”`: the cue sits
        // in an opening clause; the main clause's subject speaks.
        let opening = np.outer_first > lo
            && word(ctx.text, &ctx.tokens, np.outer_first - 1).is_some_and(|w| {
                // `As Ann puts it, …` is Ann's frame.
                is_subordinator(w) && !is_coordinator(w) && !w.eq_ignore_ascii_case("as")
            });
        let colon = matches!(ctx.punct(qi - 1), Some(':' | ','));
        if opening && !quoted && colon {
            let from = c.end.max(qi.saturating_sub(OUTER_REACH));
            let comma = (from..qi).find(|&i| ctx.punct(i) == Some(','));
            if let Some(np) = comma.and_then(|k| sentence_subject(ctx, k + 1, qi, false, true)) {
                return Some(Found {
                    np,
                    cue: None,
                    direct: false,
                });
            }
        }
        if let Some(outer) = outer_cue(ctx, before, &np, lo, qi) {
            return Some(outer);
        }
    }
    Some(Found {
        np,
        cue: Some(c.span),
        direct,
    })
}

/// The cue of the main clause when a quote sits loosely after several cues
/// of its sentence: the reporting frame that opens the sentence speaks for
/// what it reports, not the clause nested in it (`Rubio said that Trump,
/// whom he called a “con artist,” …`, `According to the paper, Obama said
/// “there is love”`, `Obama said he expected that voters will say “no”`).
/// A cue of a clause opened by `when`, `after`, `if` … is no main clause
/// (`When Trump suggested it, Rubio fired back`), nor is one before another
/// quote (that quote is its own).
///
/// The nearest cue keeps the quote when its own clause is a relative or a
/// coordinated one (`Sanders blasted Trump, whom he called a “bully”`,
/// `Rubio objected, while Cruz said that the “stakes” …`).
fn outer_cue(ctx: &Context, before: &[Cue], last: &Np, lo: usize, qi: usize) -> Option<Found> {
    // Only cues near the quote, so that a sentence of a million cues and
    // quotes stays linear.
    let before = &before[before.partition_point(|c| c.first + OUTER_REACH < qi)..];
    if before.len() < 2 {
        return None;
    }
    let word_before = |np: &Np| {
        (np.outer_first > lo)
            .then(|| word(ctx.text, &ctx.tokens, np.outer_first - 1))
            .flatten()
    };
    // A relative clause closed by a comma before the quote does not hold
    // it: `the engineers, who say the dam is safe, had ignored “…”`.
    let last_cue = before[before.len() - 1];
    let closed = (last_cue.end..qi).any(|i| ctx.punct(i) == Some(','));
    let relative = word_before(last).is_some_and(is_relative);
    let own_clause = relative && !closed || word_before(last).is_some_and(is_subordinator);
    if own_clause {
        return None;
    }
    for c in before[..before.len() - 1].iter().take(8) {
        let quote_between = ctx.tokens[c.end..qi]
            .iter()
            .any(|t| matches!(t.tok, Tok::Quote(_)));
        if quote_between {
            return None;
        }
        let Some(np) = ctx.subject(c, lo) else {
            continue;
        };
        // `In somber comments, Trump …`: a noun after a preposition.
        let framed = c.kind != CueKind::Source
            && word_before(&np)
                .is_some_and(|w| is_subordinator(w) || is_relative(w) || is_preposition(w));
        // `Graham, who says …, tweeted that`: the relative clause is his
        // aside; `Trump’s repeated calls` is a noun.
        let garbage = np.kind == NpKind::Nominal && np.end - np.first == 1
            || ctx.text[np.span].eq_ignore_ascii_case("who")
            || c.kind == CueKind::AmbiguousVerb;
        // `Despite what he wrote, Cross said he …`: a clause set off by a
        // comma before the nearer cue's subject frames it.
        let set_off = c.kind != CueKind::Source
            && !relative
            && !ctx.text[last.span].eq_ignore_ascii_case("who")
            && last.outer_first > c.end
            && ctx.punct(last.outer_first - 1) == Some(',');
        // `The plan was praised by Nora Quist, who said …`: a passive cue's
        // subject is spoken of, not speaking.
        let passive = c.first > 0
            && word(ctx.text, &ctx.tokens, c.first - 1).is_some_and(|w| {
                ["was", "were", "is", "are", "be", "been", "being"]
                    .iter()
                    .any(|b| w.eq_ignore_ascii_case(b))
            });
        if framed || garbage || set_off || passive {
            continue;
        }
        return Some(Found {
            np,
            cue: Some(c.span),
            direct: false,
        });
    }
    None
}

/// Words opening a clause that frames or joins the main one (`when`,
/// `after`, `but`).
fn is_subordinator(w: &str) -> bool {
    [
        "when", "after", "as", "while", "if", "because", "since", "before", "though", "although",
        "once", "until", "unless", "whereas", "whether", "but", "and", "yet",
    ]
    .iter()
    .any(|s| w.eq_ignore_ascii_case(s))
}

/// Words joining two main clauses (`but Cruz said`).
fn is_coordinator(w: &str) -> bool {
    ["but", "and", "yet"]
        .iter()
        .any(|s| w.eq_ignore_ascii_case(s))
}

/// Relative pronouns: the clause they open is about the noun before them.
fn is_relative(w: &str) -> bool {
    [
        "who", "whom", "which", "that", "whose", "how", "what", "where", "why",
    ]
    .iter()
    .any(|s| w.eq_ignore_ascii_case(s))
}

/// Prepositions before a noun that is no subject (`in somber comments`).
fn is_preposition(w: &str) -> bool {
    [
        "in", "on", "of", "with", "by", "for", "from", "at", "to", "about",
    ]
    .iter()
    .any(|s| w.eq_ignore_ascii_case(s))
}

/// The subject opening a sentence (after an opening phrase ending in a
/// comma: `Early in his campaign, Trump attacked …`), when it names a person
/// or, with `any_noun`, anything (`Hoff’s letter makes the case: “…”`).
///
/// `strict` is for a quote with no cue at all, where a looser reading
/// would take titles for quotes (`Harry Hurt had hoped to republish
/// ''Lost Tycoon''`); a participle cue (`saying`) has a subject for sure.
fn sentence_subject(
    ctx: &Context,
    lo: usize,
    qi: usize,
    any_noun: bool,
    strict: bool,
) -> Option<Np> {
    let try_at = |at: usize| {
        let mut np = phrase_after(ctx.text, &ctx.tokens, at, qi)?;
        // `Donald Trump quickly took to Twitter`: a name followed by
        // lowercase words ends at the name; the verb comes next.
        if np.kind == NpKind::Nominal && !strict {
            let capital = |k: usize| word(ctx.text, &ctx.tokens, k).is_some_and(is_capitalized);
            let cut = (np.first + 1..np.end).find(|&k| {
                capital(k - 1)
                    && word(ctx.text, &ctx.tokens, k)
                        .is_some_and(|w| !is_capitalized(w) && !is_connector(w))
            });
            if let Some(cut) = cut {
                np = phrase_after(ctx.text, &ctx.tokens, at, cut)?;
            }
        }
        let next = np.outer_end;
        // An opening phrase set off by a comma is no subject: `Moreover,`,
        // `Early in his campaign,`, `Tuesday in Iowa,`; a pronoun always
        // is one (`He also spoke about the wall, saying …`).
        let span = if np.kind == NpKind::Name && !strict {
            4
        } else {
            12
        };
        let person = matches!(
            np.kind,
            NpKind::Pronoun(Pronoun::He | Pronoun::She | Pronoun::They)
        );
        let reach = if matches!(np.kind, NpKind::Pronoun(_)) && (!strict || person) {
            next
        } else {
            (next + span).min(qi)
        };
        let comma_soon = next <= reach
            && ctx.tokens[next..reach]
                .iter()
                .any(|t| t.tok == Tok::Punct(','));
        if ctx.punct(next) == Some(',')
            || word(ctx.text, &ctx.tokens, next).is_some_and(is_stop_word) && comma_soon
        {
            return None;
        }
        // `Adding, “…”`, `Written “…”`: a participle, not a name.
        let first = word(ctx.text, &ctx.tokens, np.first).unwrap_or("");
        if np.end - np.first == 1 && (first.ends_with("ing") || first.ends_with("ed")) {
            return None;
        }
        let fits = match np.kind {
            NpKind::Name | NpKind::Pronoun(_) => true,
            NpKind::Nominal => {
                any_noun
                    || (np.first..np.end)
                        .filter_map(|k| word(ctx.text, &ctx.tokens, k))
                        .take_while(|w| !w.eq_ignore_ascii_case("of"))
                        .last()
                        .is_some_and(|w| is_person_noun(strip_possessive(w).trim_end_matches('s')))
            }
        };
        fits.then_some(np)
    };
    // The subject, after at most two opening phrases; a sentence opening
    // with a participle, an adverb or a preposition opens with such a phrase
    // (`Reprising one of her lines, the former secretary …`).
    let mut at = lo;
    let opener = word(ctx.text, &ctx.tokens, lo).is_some_and(|w| {
        let w = w.to_ascii_lowercase();
        pronoun(&w).is_none() && (w.ends_with("ing") || w.ends_with("ly") || is_stop_word(&w))
    });
    if opener {
        if let Some(comma) = (lo..qi.min(lo + 25)).find(|&i| ctx.punct(i) == Some(',')) {
            at = comma + 1;
        }
    }
    for _ in 0..3 {
        if let Some(np) = try_at(at) {
            return Some(np);
        }
        let comma = (at..qi.min(at + 15)).find(|&i| ctx.punct(i) == Some(','))?;
        at = comma + 1;
    }
    None
}
