//! The sentences around a quote that its own sentence does not attribute:
//! an earlier quote of its paragraph, a lead-in closing the sentence before
//! (`He said:`), a name on the line after (`— Ann Lee.`), the next
//! sentence's speaker, the sentence before's quote, cue or subject.

use super::*;
use crate::chars::Decode;
use crate::speakers::words::is_saying_noun;

/// The attribution of the quote at token `qi` (piece `k`, with `done` the
/// attributions of the pieces before it) from the sentences around it.
// A function of its own in the .wasm (see `speakers::attribute`).
#[inline(never)]
pub(super) fn from_neighbours(
    ctx: &Context,
    done: &Items<Option<Found>>,
    k: usize,
    qi: usize,
) -> Option<Found> {
    let s = ctx.sentence_of(qi);
    let (lo, hi) = ctx.bounds(s);
    // `“…,” he said. “…”`: an earlier quote of the same paragraph, unless
    // a sentence of its own cue comes between (`“…,” Ann said. Bob
    // reacted with disbelief. “…”`).
    let paragraph = ctx.paragraph_of(qi);
    // Bounded, so that a paragraph of a million quotes stays linear.
    for j in (0..k).rev().take(LOOK_BACK) {
        let Some(t) = ctx.piece_token[j] else {
            continue;
        };
        if ctx.paragraph_of(t) != paragraph {
            break;
        }
        if let Some(f) = done[j] {
            let between = ctx.sentence_of(t) + 1 < s && !ctx.sentence_quoted[s - 1];
            return between
                .then(|| cue_before(ctx, s))
                .flatten()
                .or(loose(Some(f)));
        }
    }
    // `'Having a drink'` alone on a line, four words at most with no stop
    // inside its marks: a crosshead of the article, quoting words the text
    // gives later.
    let whole = |k: usize| ctx.paragraphs.get(k) != Some(&paragraph);
    let unstopped = || {
        let quoted = &ctx.text[ctx.tokens[qi].span];
        let short = quoted.bytes().filter(|&b| b == b' ').count() < 4;
        let mut end = quoted.decoded().rev();
        let closed = end
            .next()
            .is_some_and(|c| matches!(c, '”' | '’' | '"' | '\'' | '»'));
        short && closed && end.next().is_some_and(is_alnum)
    };
    if qi == lo && hi == qi + 1 && s > 0 && whole(s - 1) && whole(s + 1) && unstopped() {
        return None;
    }
    if s > 0 {
        let (plo, phi) = ctx.bounds(s - 1);
        // `He said:` closing the paragraph before.
        if let Some(found) = lead_in(ctx, s - 1) {
            return Some(found);
        }
        // `Here's a sample of her comments:⏎On the election night:⏎“…”`:
        // the topics an interview's excerpts are set under, each alone on
        // its line, are read past: the lead-in or the quote before them
        // speaks.
        if let Some(t) = past_topics(ctx, s) {
            let (tlo, thi) = ctx.bounds(t);
            let quoted = (0..k).rev().take(LOOK_BACK).find(|&j| {
                ctx.piece_token[j].is_some_and(|q| q >= tlo && q < thi) && done[j].is_some()
            });
            if let Some(j) = quoted {
                return loose(done[j]);
            }
            if let Some(found) = lead_in(ctx, t) {
                return Some(found);
            }
        }
        // `Arsene Wenger (Arsenal)` on a line of its own, then the quote
        // opening the next: a label naming who speaks, as in a round-up of
        // what the managers said. (Not a headline in capitals: a name
        // and its side in parentheses.)
        let alone = s == 1 || ctx.paragraphs[s - 2] != ctx.paragraphs[s - 1];
        if qi == lo && alone && ctx.paragraphs[s - 1] + 1 == paragraph {
            let label = phrase_after(ctx.text, &ctx.tokens, plo, phi).filter(|np| {
                np.kind == NpKind::Name
                    && ctx.punct(np.outer_end) == Some('(')
                    && ctx.punct(phi - 1) == Some(')')
            });
            if let Some(np) = label {
                return Some(Found {
                    np,
                    cue: None,
                    direct: true,
                });
            }
        }
    }
    // `“…”` then a line `- Bernie Sanders.`, or an embedded post's `— Jane
    // Doe (@janedoe) March 3, 2024`.
    if hi < ctx.tokens.len() && (is_dash(ctx.punct(hi)) || ctx.punct(hi) == Some('-')) {
        let (_, nhi) = ctx.bounds(s + 1);
        if let Some(np) = phrase_after(ctx.text, &ctx.tokens, hi + 1, nhi) {
            let handle = ctx.punct(np.outer_end) == Some('(')
                && ctx
                    .tokens
                    .get(np.outer_end + 1)
                    .is_some_and(|t| ctx.text[t.span].starts_with('@'));
            // (On a line of its own, a signature may go on: `– Lena Marsh,
            // port director, at the reopening.`)
            let signature = ctx.paragraph_of(hi) != paragraph;
            if np.kind == NpKind::Name && (np.outer_end + 1 >= nhi || handle || signature) {
                return Some(Found {
                    np,
                    cue: Some(ctx.tokens[hi].span),
                    direct: true,
                });
            }
        }
    }
    // The next sentence of the paragraph opening with its speaker and cue
    // (`“…” Ann Lee said this on Monday.`).
    if hi < ctx.tokens.len() && ctx.paragraph_of(hi) == paragraph {
        let ns = s + 1;
        let (nlo, _) = ctx.bounds(ns);
        let quoted = ctx.sentence_quoted[ns];
        if !quoted {
            // `“…” That is how Ann Lee describes it.`: the frame's words
            // come before the speaker.
            let frame = frame_end(ctx, nlo);
            // The cue right after its subject, but for adverbs (not `“…”
            // Fire crews were going door to door urging residents to leave`).
            let next_to = |np: &Np, c: &Cue| {
                (np.outer_end..c.first).all(|k| class(&ctx.tokens, k).skippable())
            };
            if let Some(c) = ctx.cues_in(ns).first() {
                if let Some(np) = ctx
                    .subject(c, frame)
                    .filter(|np| np.outer_first == frame && next_to(np, c))
                {
                    return Some(Found {
                        np,
                        cue: Some(c.span),
                        direct: false,
                    });
                }
            }
            if let Some(np) = words_from(ctx, nlo) {
                return Some(Found {
                    np,
                    cue: None,
                    direct: false,
                });
            }
        }
    }
    // The sentence before: its last attributed quote, or its last cue.
    if s > 0 {
        let (plo, phi) = ctx.bounds(s - 1);
        if ctx.paragraphs[s - 1] + 1 >= paragraph {
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
            if let Some(found) = cue_before(ctx, s) {
                return Some(found);
            }
            // `Clinton touted her record on jobs. “We need …”`: a quote
            // standing as its own sentence after a sentence of its paragraph
            // with no cue and no quote speaks for that sentence's subject,
            // when it is a person.
            let alone = qi == lo && hi == qi + 1;
            if alone && !ctx.sentence_quoted[s - 1] {
                let person = |np: &Np| match np.kind {
                    NpKind::Name => true,
                    NpKind::Pronoun(p) => matches!(p, Pronoun::He | Pronoun::She | Pronoun::They),
                    NpKind::Nominal => true,
                };
                // A verb follows the subject (not `Ft. Worth, Texas.`, nor
                // `Voices like those … proved`), or an auxiliary or adverb
                // (`He then had a question`).
                let verb = |np: &Np| {
                    let at = np.outer_end;
                    class(&ctx.tokens, at).skippable()
                        || word(ctx.text, &ctx.tokens, at)
                            .is_some_and(|w| w.starts_with(char::is_lowercase) && looks_finite(w))
                };
                // (Not a subject that said nothing: see [`denies`].)
                let silent = |np: &Np| denies(ctx, np.outer_end, (np.outer_end + 3).min(phi));
                let subject = sentence_subject(ctx, plo, phi, false, true);
                let speaks = |np: &Np| person(np) && verb(np) && !silent(np) && !narrator(ctx, np);
                if let Some(np) = subject.filter(speaks) {
                    return Some(Found {
                        np,
                        cue: None,
                        direct: false,
                    });
                }
            }
            // `Berg said the team has to cut its turnovers. It lost the
            // ball 20 times. ¶ “…”`: a paragraph opening with a quote goes
            // on with the last cue of the paragraph before, a few sentences
            // back (none quoted between).
            if qi == lo && ctx.paragraphs[s - 1] + 1 == paragraph {
                for t in (s.saturating_sub(PARAGRAPH_REACH)..s - 1).rev() {
                    if ctx.paragraphs[t] + 1 != paragraph || ctx.sentence_quoted[t] {
                        break;
                    }
                    if let Some(found) = cue_before(ctx, t + 1) {
                        return Some(found);
                    }
                }
            }
        }
    }
    None
}

/// How many sentences of the paragraph before a quote opening its own
/// paragraph are read back for a cue.
const PARAGRAPH_REACH: usize = 3;

/// The speaker a sentence closed by a colon gives the quote after it:
/// its cue's subject (`He said:`); with no cue, the owner of a noun of
/// saying (`Here's a sample of her comments:`), its subject (`He then
/// listed the qualities:`) or the name opening it (`Guard Ben Mathurin,
/// after the final:`).
fn lead_in(ctx: &Context, s: usize) -> Option<Found> {
    let (lo, hi) = ctx.bounds(s);
    if ctx.punct(hi - 1) != Some(':') {
        return None;
    }
    if let Some(c) = ctx.cues_in(s).last() {
        if let Some(np) = ctx.subject(c, lo) {
            return Some(Found {
                np,
                cue: Some(c.span),
                direct: true,
            });
        }
    }
    // (The owner first: `Here's a sample of her comments:` is hers.)
    let owner = noun_cue_before(ctx.text, &ctx.tokens, lo, hi - 1).map(|(np, _)| np);
    let np = owner
        .or_else(|| sentence_subject(ctx, lo, hi - 1, true, true))
        .or_else(|| opening_name(ctx, lo, hi))?;
    Some(Found {
        np,
        cue: None,
        direct: false,
    })
}

/// Before sentence `s`, past the topics of an interview's excerpts (`On
/// watching the results with her family:`): sentences alone in their
/// paragraph, opening with `On`, with no cue and no quote. The sentence
/// before them, if any topic stands there.
fn past_topics(ctx: &Context, s: usize) -> Option<usize> {
    let alone = |t: usize| {
        (t == 0 || ctx.paragraphs[t - 1] != ctx.paragraphs[t])
            && ctx.paragraphs.get(t + 1) != Some(&ctx.paragraphs[t])
    };
    let topic = |t: usize| {
        let (lo, _) = ctx.bounds(t);
        alone(t)
            && word(ctx.text, &ctx.tokens, lo) == Some("On")
            && ctx.cues_in(t).is_empty()
            && !ctx.sentence_quoted[t]
    };
    let mut t = s.checked_sub(1)?;
    if !topic(t) {
        return None;
    }
    while topic(t) {
        t = t.checked_sub(1)?;
    }
    Some(t)
}

/// The subject of the last cue of the sentence before sentence `s`, but
/// not the writer nor one asking: `When I asked him about it, he
/// shrugged.`, `Callers asked how much he was paid.` is answered by the
/// quote after (`“…,” I said.` is attributed in its own sentence).
fn cue_before(ctx: &Context, s: usize) -> Option<Found> {
    let (plo, _) = ctx.bounds(s - 1);
    ctx.cues_in(s - 1).iter().rev().find_map(|c| {
        let asking = word_in(ctx.text, &ctx.tokens, c.first, "asked asks ask");
        if denies(ctx, c.first.saturating_sub(2).max(plo), c.first) {
            return None;
        }
        let np = ctx
            .subject(c, plo)
            .filter(|np| !narrator(ctx, np) && !asking)?;
        Some(Found {
            np,
            cue: Some(c.span),
            direct: false,
        })
    })
}

/// Whether the words `from..to` deny the verb after or among them, so
/// that its subject said nothing (`Her landlord did not respond to a
/// request for comment`, `He declined to comment`, `officials wouldn’t
/// say`): the quote after is someone else's. A state denied is no silence
/// (`The coach was not happy after the game. “…”`, `She isn't sure`).
fn denies(ctx: &Context, from: usize, to: usize) -> bool {
    (from..to).any(|k| {
        let be = |k: usize| word_in(ctx.text, &ctx.tokens, k, "is was are were");
        word(ctx.text, &ctx.tokens, k).is_some_and(|w| {
            listed_any_case("not never", w) && !(k > 0 && be(k - 1))
                || listed_any_case("declined refused", w)
                || (w.ends_with("n't") || w.ends_with("n’t")) && !is_be_denied(w)
        })
    })
}

/// `isn't`, `wasn’t`, …: a form of `be` denied.
fn is_be_denied(w: &str) -> bool {
    listed_any_case("isn't wasn't aren't weren't isn’t wasn’t aren’t weren’t", w)
}

/// Whether the phrase is the writer's `I` or `we`.
fn narrator(ctx: &Context, np: &Np) -> bool {
    ctx.text
        .get(np.span.range())
        .is_some_and(|w| matches!(w, "I" | "we" | "We"))
}

/// Where the speaker's phrase starts in a sentence after a quote: past
/// `That is how`, `That was how`, `That's how` opening it (`“…” That is how
/// Ann Lee describes the night`, or after a dash `“…” — that’s how one aide
/// put it`), else at its start `lo`.
pub(super) fn frame_end(ctx: &Context, lo: usize) -> usize {
    let is = |k: usize, w: &str| word_in(ctx.text, &ctx.tokens, k, w);
    if is(lo, "That that") && is(lo + 1, "is was") && is(lo + 2, "how") {
        lo + 3
    } else if is(lo, "That’s That's that’s that's") && is(lo + 1, "how") {
        lo + 2
    } else {
        lo
    }
}
/// `“…” That was the message from Ann Lee.`, `That quote from Ann Lee`,
/// `Those were the words of …`: the sentence at token `lo`, after a quote,
/// names whose words they were by a noun of saying.
fn words_from(ctx: &Context, lo: usize) -> Option<Np> {
    let is = |k: usize, w: &str| word_in(ctx.text, &ctx.tokens, k, w);
    if !is(lo, "That This Those These") {
        return None;
    }
    let mut at = lo + 1;
    if is(at, "was were is") {
        at += 1 + usize::from(is(at + 1, "the"));
    }
    let noun = word(ctx.text, &ctx.tokens, at).is_some_and(is_saying_noun);
    let (_, hi) = ctx.bounds(ctx.sentence_of(lo));
    // A name alone, in capitals (the phrase read on would take in `Ann Lee
    // made the rounds`).
    let named = |np: &Np| {
        np.kind == NpKind::Name && (np.first..np.end).all(|k| class(&ctx.tokens, k).capitalized())
    };
    (noun && is(at + 1, "from of by"))
        .then(|| phrase_after(ctx.text, &ctx.tokens, at + 2, hi))
        .flatten()
        .filter(named)
}

/// The name opening the tokens `lo..hi`, if a name opens them.
// Not inlined into its one caller: the .wasm is smaller so.
#[inline(never)]
fn opening_name(ctx: &Context, lo: usize, hi: usize) -> Option<Np> {
    phrase_after(ctx.text, &ctx.tokens, lo, hi).filter(|np| np.kind == NpKind::Name)
}
