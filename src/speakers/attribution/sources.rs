//! The report or outlet that a sentence cites for a quote after a comma
//! (`…, according to the Daily Star.`, `…, the Daily Star reported.`). Its
//! caller asks only when the quote has no cue of its own in the sentence:
//! a person quoted through the report (`Ann Lee said, according to …`)
//! speaks, the report relays.

use super::*;

/// The source that a sentence credits after a comma, past the quote at
/// `qi`: `… became “agitated” once the cameras were off, according to a
/// source at the station.`
pub(super) fn according_after(ctx: &Context, qi: usize) -> Option<Found> {
    let (_, hi) = ctx.bounds(ctx.sentence_of(qi));
    let cues = ctx.cues_in(ctx.sentence_of(qi));
    let after = &cues[cues.partition_point(|c| c.first <= qi)..];
    let Some(c) = after.iter().find(|c| c.kind == CueKind::Source) else {
        return reported_after(ctx, qi, after, hi);
    };
    if ctx.quoted_between(qi + 1, c.first) || ctx.punct(c.first - 1) != Some(',') {
        return None;
    }
    let np = ctx.subject(c, qi)?;
    Some(Found {
        np,
        cue: Some(c.span),
        direct: true,
    })
}

/// The verbs of a news outlet reporting what others said.
const REPORTING: [&str; 2] = ["reported", "reports"];

/// Whether the cue `cue` relays what others said: `according to`,
/// `reported`.
pub(super) fn relays(text: &str, cue: Span) -> bool {
    let w = &text[cue];
    w.starts_with("according") || w.starts_with("According") || REPORTING.contains(&w)
}

/// The news outlet that closes the quote's sentence after a comma, as
/// `according to` would: `…, reports the Daily Star.`, `…, the Daily Star
/// reported.` (`cues` are those after the quote, `hi` the sentence's end).
fn reported_after(ctx: &Context, qi: usize, cues: &[Cue], hi: usize) -> Option<Found> {
    let c = cues.last()?;
    let verb = &ctx.text[c.span];
    if !REPORTING.contains(&verb) {
        return None;
    }
    if ctx.quoted_between(qi + 1, c.first) {
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
