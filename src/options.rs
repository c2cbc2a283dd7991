//! What a caller may ask of an analysis.

use serde::Deserialize;

/// The kinds of marks an analysis can report.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Kind {
    /// Direct quotes.
    Quotes,
    /// The people and sources quoted, and which quote is whose.
    Speakers,
    /// Numbers that carry a claim.
    Statistics,
    /// Scare quotes, titles and nicknames.
    Terms,
}

impl Kind {
    /// Every kind, in the order results list them.
    pub const ALL: [Kind; 4] = [Kind::Quotes, Kind::Speakers, Kind::Statistics, Kind::Terms];
}

/// Options of [`crate::highlight`]. Unknown fields are an error, so that a
/// misspelt option is reported instead of silently ignored.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct Options {
    /// Which kinds to report; the others come back as empty lists.
    /// Default: all of them.
    pub kinds: Vec<Kind>,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            kinds: Kind::ALL.to_vec(),
        }
    }
}

impl Options {
    /// Whether `kind` is to be reported.
    pub fn wants(&self, kind: Kind) -> bool {
        self.kinds.contains(&kind)
    }
}
