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
    /// The names of the fields, as JSON and JS spell them.
    pub const FIELDS: &'static [&'static str] = &["kinds"];

    /// Whether `kind` is to be reported.
    pub fn wants(&self, kind: Kind) -> bool {
        self.kinds.contains(&kind)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_lists_every_field() {
        let every: serde_json::Map<String, serde_json::Value> = Options::FIELDS
            .iter()
            .map(|f| (f.to_string(), serde_json::json!([])))
            .collect();
        let options: Options =
            serde_json::from_value(every.into()).expect("every listed field is known");
        assert_eq!(options.kinds, []);
        let err = serde_json::from_str::<Options>(r#"{"kind": []}"#)
            .unwrap_err()
            .to_string();
        assert!(err.contains("unknown field `kind`"), "{err}");
    }

    #[test]
    fn defaults_to_every_kind() {
        let options: Options = serde_json::from_str("{}").expect("empty options");
        assert_eq!(options, Options::default());
        assert!(Kind::ALL.iter().all(|&k| options.wants(k)));
    }
}
