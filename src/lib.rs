//! Marks the **quotes**, the **speakers** of those quotes and the
//! **statistics** in news text.
//!
//! The main entry point is [`highlight`], which takes any text and returns an
//! [`Analysis`]: quotes (marks included) with the index of their speaker,
//! the speakers with every mention, the statistics, and the quoted *terms*
//! (scare quotes, titles) that are nobody's words. Every offset is a UTF-8
//! byte offset ([`Span`]); [`offsets::convert`] rewrites them all for callers
//! that count in UTF-16 code units (JavaScript) or Unicode scalars (Python).
//!
//! ```
//! use article_highlighter::{highlight, Options};
//!
//! let text = "“We will win,” she said, calling it “a big day.”";
//! let analysis = highlight(text, &Options::default());
//! let quote = &analysis.quotes[0];
//! assert_eq!(&text[quote.span()], "“We will win,”");
//! assert_eq!((quote.start, quote.end), (0, 18));
//! ```
//!
//! The same core is compiled to WebAssembly (`src/wasm.rs`, UTF-16 offsets)
//! and runs the command-line tool (`src/main.rs`).

#![deny(missing_docs)]

pub mod analysis;
mod bugs;
mod chars;
#[cfg(not(target_arch = "wasm32"))]
pub mod evaluate;
#[doc(hidden)]
pub mod invariants;
mod items;
mod lines;
pub mod offsets;
pub mod options;
pub mod quotes;
pub mod render;
mod sort;
pub mod span;
pub mod speakers;
pub mod statistics;
mod swar;
mod terms;

#[cfg(target_arch = "wasm32")]
mod wasm;

pub use analysis::{Analysis, Change, Quote, Speaker, Statistic, StatisticKind, Term};
pub use offsets::Encoding;
pub use options::{Kind, Options};
pub use span::Span;

/// Analyses `text` and returns its quotes, speakers, statistics and terms,
/// with UTF-8 byte offsets.
///
/// Any text gives a result; nothing here fails or panics on input.
pub fn highlight(text: &str, options: &Options) -> Analysis {
    let mut analysis = Analysis::default();
    // Statistics alone read no quote at all (19 ms instead of 47 for all
    // four kinds on 1 MB in Node).
    let quoted = [Kind::Quotes, Kind::Speakers, Kind::Terms];
    if quoted.into_iter().any(|kind| options.wants(kind)) {
        quotes_and_terms(text, options, &mut analysis);
    }
    if options.wants(Kind::Statistics) {
        analysis.statistics = statistics::find(text);
    }
    analysis
}

/// Fills the quotes, their speakers and the terms of `analysis`, each only
/// when `options` wants it.
fn quotes_and_terms(text: &str, options: &Options, analysis: &mut Analysis) {
    let pieces = quotes::scan(text);
    // Attribution runs whatever the kinds asked for, so that a quote is told
    // from a term the same way every time.
    let (attributions, speakers) = speakers::attribute(text, &pieces);
    for (piece, attribution) in pieces.iter().zip(&attributions) {
        let link = match attribution {
            None => terms::Link::None,
            Some(a) if a.direct => terms::Link::Direct(a.cue),
            Some(a) => terms::Link::Loose(a.cue, a.mention),
        };
        if !piece.continues && !piece.open_ended && terms::is_term(text, piece.span, link) {
            analysis.terms.push(Term {
                start: piece.span.start,
                end: piece.span.end,
            });
        } else {
            let continues = piece
                .continues
                .then(|| analysis.quotes.len().checked_sub(1))
                .flatten();
            analysis.quotes.push(Quote {
                start: piece.span.start,
                end: piece.span.end,
                speaker: attribution.and_then(|a| a.speaker),
                mention: attribution.map(|a| a.mention),
                cue: attribution.and_then(|a| a.cue),
                continues,
            });
        }
    }
    // Their contents are in `analysis` now: freed before the next stages
    // allocate (wasm memory never shrinks, its peak is what a page keeps).
    drop((pieces, attributions));
    if options.wants(Kind::Speakers) {
        analysis.speakers = speakers::keep_quoted(speakers, &mut analysis.quotes);
    } else {
        for quote in &mut analysis.quotes {
            (quote.speaker, quote.mention, quote.cue) = (None, None, None);
        }
    }
    if !options.wants(Kind::Quotes) {
        analysis.quotes.clear();
    }
    if !options.wants(Kind::Terms) {
        analysis.terms.clear();
    }
}
