//! The result of an analysis: one shape for Rust, JS and the CLI.
//!
//! Field names serialize in camelCase (see `DESIGN.md`). Every offset is a
//! UTF-8 byte offset until [`crate::offsets::convert`] rewrites them all in
//! one pass into the encoding named by [`Analysis::offsets`].

use crate::offsets::Encoding;
use crate::span::Span;
use serde::Serialize;

/// Everything found in one text.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Analysis {
    /// The unit of every offset in this result.
    pub offsets: Encoding,
    /// Direct quotes of a speaker, in text order, marks included.
    pub quotes: Vec<Quote>,
    /// The people and sources quoted, each once, with all their mentions.
    pub speakers: Vec<Speaker>,
    /// Numbers that carry a claim, in text order.
    pub statistics: Vec<Statistic>,
    /// Quoted spans that are nobody's words: scare quotes, titles, nicknames.
    pub terms: Vec<Term>,
}

/// One direct quote (one paragraph piece of it), quotation marks included.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Quote {
    /// Offset of the opening mark.
    pub start: usize,
    /// Offset just past the closing mark (or the end of the paragraph piece).
    pub end: usize,
    /// Index into [`Analysis::speakers`], or `None` when no speaker is found.
    pub speaker: Option<usize>,
    /// The words that name the speaker for this quote ("he", "Mr. Hun Sen").
    pub mention: Option<Span>,
    /// The reporting cue ("said", "according to").
    pub cue: Option<Span>,
    /// For a piece of a quote that runs over several paragraphs: the index in
    /// [`Analysis::quotes`] of the piece it continues.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub continues: Option<usize>,
}

impl Quote {
    /// The quote's span, marks included.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// A person or source quoted in the text.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Speaker {
    /// The fullest form of the name ("Prime Minister Hun Sen", "the report").
    pub name: String,
    /// Every span that refers to this speaker, in text order.
    pub mentions: Vec<Span>,
    /// What describes the person: an apposition ("technical supervisor for
    /// …"), a description set off before the name ("the Labour leader"), the
    /// words before a title inside it ("Texas Sen."), or an office named
    /// with the title ("Secretary of Housing and Urban Development").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
}

/// What a statistic counts or measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum StatisticKind {
    /// A number of things: "3.2 million people", "hundreds of officials".
    Count,
    /// A share: "48%", "4.5 percent", "3 percentage points".
    Percent,
    /// An amount of money: "$1.2 billion", "£3.4bn".
    Money,
    /// A quantity with a unit: "10 km", "20C".
    Measure,
    /// Two bounds as one claim: "between 200 and 300", "5,000-6,000".
    Range,
    /// A proportion: "one in five", "3 out of 10", "2:1".
    Ratio,
    /// A change without a number of its own: "doubled", "fell by half".
    /// Its value is the factor (2 for "doubled", 0.5 for "fell by half").
    Change,
}

/// The direction of a change a statistic measures: "rose 4.5 percent" is a
/// percent statistic with `change: "rise"`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Change {
    /// Up: "rose", "increased", "a 5% jump".
    Rise,
    /// Down: "fell", "dropped", "a 3% decline".
    Fall,
}

/// A number that carries a claim.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Statistic {
    /// Offset of the first byte of the claim.
    pub start: usize,
    /// Offset one past its last byte.
    pub end: usize,
    /// What it counts or measures.
    pub kind: StatisticKind,
    /// The numeric value with scale words applied (3.2 million = 3200000);
    /// for a range, its lower bound; for a ratio, the quotient (0.2 for "one
    /// in five").
    pub value: Option<f64>,
    /// For a range, its upper bound.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub upper: Option<f64>,
    /// The unit or currency ("%", "USD", "km").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// An approximation or bound ("about", "more than").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<String>,
    /// When the number is the size of a change: its direction ("rose 4.5
    /// percent" is a rise). The change word is not part of the span.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub change: Option<Change>,
}

impl Statistic {
    /// The statistic's span.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// A quoted span that is not anyone's words: a scare quote, a title, a
/// nickname, a word under discussion.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Term {
    /// Offset of the opening mark.
    pub start: usize,
    /// Offset just past the closing mark.
    pub end: usize,
}

impl Term {
    /// The term's span, marks included.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

impl Analysis {
    /// Calls `visit` on every offset held in the result, in no fixed order.
    pub(crate) fn for_each_offset(&mut self, mut visit: impl FnMut(&mut usize)) {
        let mut pair = |start: &mut usize, end: &mut usize| {
            visit(start);
            visit(end);
        };
        for q in &mut self.quotes {
            pair(&mut q.start, &mut q.end);
            for s in q.mention.iter_mut().chain(q.cue.iter_mut()) {
                pair(&mut s.start, &mut s.end);
            }
        }
        for s in self.speakers.iter_mut().flat_map(|s| &mut s.mentions) {
            pair(&mut s.start, &mut s.end);
        }
        for s in &mut self.statistics {
            pair(&mut s.start, &mut s.end);
        }
        for t in &mut self.terms {
            pair(&mut t.start, &mut t.end);
        }
    }
}
