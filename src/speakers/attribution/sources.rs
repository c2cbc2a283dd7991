//! The report or outlet that a sentence cites for a quote after a comma
//! (`…, according to the Daily Star.`, `…, the Daily Star reported.`): it
//! speaks for the quote rather than the person quoted through it.

use super::*;

/// The source that a sentence credits after a comma, past the quote at
/// `qi` and its cue: `“…,” Ann Lee said, according to the Daily Star.`,
/// `… once the cameras were off, according to a source at the station.` The
/// report that relays the words is who the sentence cites, not the person
/// it quotes through that report.
pub(super) fn according_after(ctx: &Context, qi: usize) -> Option<Found> {
    let (_, hi) = ctx.bounds(ctx.sentence_of(qi));
    let cues = ctx.cues_in(ctx.sentence_of(qi));
    let after = &cues[cues.partition_point(|c| c.first <= qi)..];
    let Some(c) = after.iter().find(|c| c.kind == CueKind::Source) else {
        return reported_after(ctx, qi, after, hi);
    };
    let quoted = ctx.tokens[qi + 1..c.first]
        .iter()
        .any(|t| matches!(t.tok, Tok::Quote(_)));
    if quoted || ctx.punct(c.first - 1) != Some(',') {
        return None;
    }
    let np = ctx.subject(c, qi)?;
    Some(Found {
        np,
        cue: Some(c.span),
        direct: true,
    })
}

/// The news outlet that closes the quote's sentence after a comma, as
/// `according to` would: `…, said Ann Lee, a director, reports the Daily
/// Star.`, `…, the Daily Star reported.` (`cues` are those after the quote,
/// `hi` the sentence's end).
fn reported_after(ctx: &Context, qi: usize, cues: &[Cue], hi: usize) -> Option<Found> {
    let c = cues.last()?;
    let verb = &ctx.text[c.span];
    if !["reported", "reports"].contains(&verb) {
        return None;
    }
    let quoted = ctx.tokens[qi + 1..c.first]
        .iter()
        .any(|t| matches!(t.tok, Tok::Quote(_)));
    if quoted {
        return None;
    }
    // `…, reports USA Today.`
    let inverted = (ctx.punct(c.first - 1) == Some(','))
        .then(|| phrase_after(ctx.text, &ctx.tokens, c.end, hi))
        .flatten()
        .filter(|np| np.outer_end + 3 >= hi);
    // `…, the Daily Star reported.`
    let np = inverted.or_else(|| {
        subject_before(ctx.text, &ctx.tokens, qi + 1, c.first).filter(|np| {
            np.end == c.first
                && np.outer_first > qi + 1
                && ctx.punct(np.outer_first - 1) == Some(',')
                && c.end + 1 >= hi
        })
    })?;
    Some(Found {
        np,
        cue: Some(c.span),
        direct: true,
    })
}
