//! Scoring statistics against Duckling-style records: `{"text", "spans":
//! [{"start", "end", "type"}]}`, offsets in Unicode scalars unless the
//! record's `offsets` says `utf16` or `bytes`.
//!
//! Each gold span has a type. Money, numerals, distances, volumes,
//! quantities and temperatures are numbers a statistic should cover; times
//! and phone numbers are numbers no statistic may cover. The measures:
//!
//! - recall, per type: the share of gold spans that a predicted statistic
//!   overlaps; and the share whose span it matches exactly;
//! - wrongly marked, for time and phone-number spans: the share that a
//!   predicted statistic overlaps.
//!
//! Durations and ordinals are counted but not scored. The corpus repeats
//! some examples many times, so every measure is given over all records and
//! over distinct texts.

use crate::{Span, statistics};
use serde::Deserialize;
use serde_json::Value;
use std::collections::{BTreeMap, HashSet};
use std::io::{self, Write};

/// Types whose spans a statistic should cover.
pub const POSITIVE: &[&str] = &[
    "amount-of-money",
    "numeral",
    "distance",
    "volume",
    "quantity",
    "temperature",
];

/// Types whose spans no statistic may cover.
pub const NEGATIVE: &[&str] = &["time", "phone-number"];

/// Counts for one gold type.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Gold spans of the type.
    pub gold: usize,
    /// Of those, how many a predicted statistic overlaps.
    pub overlapped: usize,
    /// Of those, how many a predicted statistic matches exactly.
    pub exact: usize,
}

impl Counts {
    fn add(&mut self, overlapped: bool, exact: bool) {
        self.gold += 1;
        self.overlapped += usize::from(overlapped);
        self.exact += usize::from(exact);
    }
}

/// Counts over every statistics record scored.
#[derive(Clone, Debug, Default)]
pub struct Tally {
    /// Records scored.
    pub records: usize,
    /// Per gold type, over all records.
    pub all: BTreeMap<String, Counts>,
    /// Per gold type, over distinct (text, type) pairs.
    pub distinct: BTreeMap<String, Counts>,
    /// The (text, type) pairs seen, for `distinct`.
    seen: HashSet<(String, String)>,
}

/// The fields of a record that statistics scoring reads.
#[derive(Deserialize)]
struct Record {
    text: String,
    #[serde(default)]
    offsets: Option<String>,
    spans: Vec<GoldSpan>,
}

#[derive(Deserialize)]
struct GoldSpan {
    start: usize,
    end: usize,
    #[serde(rename = "type")]
    kind: String,
}

/// Scores one record into `tally`. With `misses`, returns one line per
/// missed positive span and per wrongly marked negative span. A record that
/// cannot be scored is an `Err` with what is wrong, and leaves `tally`
/// untouched.
pub fn score(record: &Value, tally: &mut Tally, misses: bool) -> Result<Vec<String>, String> {
    let record = Record::deserialize(record).map_err(|e| format!("bad spans record: {e}"))?;
    let encoding = super::gold_encoding(record.offsets.as_deref())?;
    let text = record.text.as_str();
    let mut wanted: Vec<usize> = record.spans.iter().flat_map(|s| [s.start, s.end]).collect();
    let bytes = super::gold_to_bytes(text, &mut wanted, encoding)?;
    let at = |o: usize| bytes[wanted.binary_search(&o).unwrap_or(0)];
    let mut gold = Vec::with_capacity(record.spans.len());
    for (i, s) in record.spans.iter().enumerate() {
        if s.start > s.end {
            return Err(format!(
                "span {i} starts at {}, after its end {}",
                s.start, s.end
            ));
        }
        gold.push((Span::new(at(s.start), at(s.end)), s.kind.as_str()));
    }

    let predicted: Vec<Span> = statistics::find(text).iter().map(|s| s.span()).collect();
    let mut lines = Vec::new();
    tally.records += 1;
    for (span, kind) in gold {
        let overlapped = predicted
            .iter()
            .any(|p| p.overlaps(span) || (p.is_empty() && span.contains(*p)));
        let exact = predicted.contains(&span);
        let fresh = tally.seen.insert((text.to_string(), kind.to_string()));
        tally
            .all
            .entry(kind.to_string())
            .or_default()
            .add(overlapped, exact);
        if fresh {
            tally
                .distinct
                .entry(kind.to_string())
                .or_default()
                .add(overlapped, exact);
        }
        if misses && fresh {
            let shown = |s: Span| format!("⟦{}⟧", &text[s]);
            if POSITIVE.contains(&kind) && !overlapped {
                lines.push(format!("missed {kind}: {}", shown(span)));
            } else if NEGATIVE.contains(&kind) && overlapped {
                let marks: Vec<String> = predicted
                    .iter()
                    .filter(|p| p.overlaps(span))
                    .map(|&p| shown(p))
                    .collect();
                lines.push(format!(
                    "marked {kind}: {} as {}",
                    shown(span),
                    marks.join(" ")
                ));
            }
        }
    }
    Ok(lines)
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

impl Tally {
    /// Writes the statistics section of the report.
    pub fn write_report(&self, out: &mut dyn Write) -> io::Result<()> {
        let distinct_texts: HashSet<&str> = self.seen.iter().map(|(t, _)| t.as_str()).collect();
        writeln!(
            out,
            "statistics: {} records ({} distinct texts); each measure over all records | distinct texts",
            self.records,
            distinct_texts.len()
        )?;
        writeln!(
            out,
            "  recall: a predicted statistic overlaps the gold span (exact: same span)"
        )?;
        let line = |out: &mut dyn Write,
                    name: &str,
                    a: &Counts,
                    d: &Counts,
                    hit: fn(&Counts) -> usize| {
            writeln!(
                out,
                "    {name:<16} {:>5} gold  {:.4}  exact {:.4}  | {:>4} gold  {:.4}  exact {:.4}",
                a.gold,
                ratio(hit(a), a.gold),
                ratio(a.exact, a.gold),
                d.gold,
                ratio(hit(d), d.gold),
                ratio(d.exact, d.gold),
            )
        };
        let mut sum_all = Counts::default();
        let mut sum_distinct = Counts::default();
        for kind in POSITIVE {
            let a = self.all.get(*kind).cloned().unwrap_or_default();
            let d = self.distinct.get(*kind).cloned().unwrap_or_default();
            line(out, kind, &a, &d, |c| c.overlapped)?;
            for (sum, c) in [(&mut sum_all, &a), (&mut sum_distinct, &d)] {
                sum.gold += c.gold;
                sum.overlapped += c.overlapped;
                sum.exact += c.exact;
            }
        }
        line(out, "all six types", &sum_all, &sum_distinct, |c| {
            c.overlapped
        })?;
        writeln!(
            out,
            "  wrongly marked: a predicted statistic overlaps the gold span"
        )?;
        for kind in NEGATIVE {
            let a = self.all.get(*kind).cloned().unwrap_or_default();
            let d = self.distinct.get(*kind).cloned().unwrap_or_default();
            writeln!(
                out,
                "    {kind:<16} {:>5} gold  {:.4}  ({} marked)  | {:>4} gold  {:.4}  ({} marked)",
                a.gold,
                ratio(a.overlapped, a.gold),
                a.overlapped,
                d.gold,
                ratio(d.overlapped, d.gold),
                d.overlapped
            )?;
        }
        let others: Vec<String> = self
            .all
            .iter()
            .filter(|(k, _)| !POSITIVE.contains(&k.as_str()) && !NEGATIVE.contains(&k.as_str()))
            .map(|(k, c)| format!("{k} {} of {} overlapped", c.overlapped, c.gold))
            .collect();
        if !others.is_empty() {
            writeln!(out, "  not scored: {}", others.join(", "))?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn scores_recall_and_wrong_marks_in_unicode_scalars() {
        let mut tally = Tally::default();
        let money = json!({"text": "“x” €20", "spans": [{"start": 4, "end": 7, "type": "amount-of-money"}]});
        let time = json!({"text": "at 3pm", "spans": [{"start": 0, "end": 6, "type": "time"}]});
        let missed = json!({"text": "a few", "spans": [{"start": 0, "end": 5, "type": "numeral"}]});
        for record in [&money, &time, &missed, &money] {
            score(record, &mut tally, false).expect("scored");
        }
        let m = &tally.all["amount-of-money"];
        assert_eq!((m.gold, m.overlapped, m.exact), (2, 2, 2));
        assert_eq!(tally.distinct["amount-of-money"].gold, 1);
        assert_eq!(tally.all["time"].overlapped, 0);
        assert_eq!(tally.all["numeral"].overlapped, 0);
        let lines = score(&missed, &mut Tally::default(), true).expect("scored");
        assert_eq!(lines, ["missed numeral: ⟦a few⟧"]);
    }

    #[test]
    fn bad_offsets_are_named() {
        let record = json!({"text": "12", "spans": [{"start": 0, "end": 9, "type": "numeral"}]});
        let err = score(&record, &mut Tally::default(), false).unwrap_err();
        assert!(err.contains("past the end"), "{err}");
    }
}
