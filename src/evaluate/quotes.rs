//! Scoring quotes and speakers against PolNeAR-style records.
//!
//! A record holds `text`, gold `quotes` (`start`, `end`, and the speaker's
//! `speaker_start`/`speaker_end`) and `unattributed_quoted_spans` (quoted
//! spans no attribution covers: scare quotes, titles, nicknames, a few
//! skipped quotes). Offsets count Unicode scalars unless the record's
//! `offsets` says `utf16` or `bytes`.
//!
//! The measures, as the data's README suggests:
//!
//! - Predicted and gold quotes are matched one to one, best overlap first,
//!   when they share at least 0.3 of their union (in characters).
//! - An unmatched predicted quote on an unattributed span (same 0.3 rule) is
//!   neither right nor wrong; when that span is short (three words or fewer)
//!   it counts towards "short unattributed spans marked as quotes", the
//!   measure of scare quotes and titles taken for quotes.
//! - Exact: matched quotes whose spans are identical.
//! - Speaker accuracy: on matched quotes with a gold speaker, the share whose
//!   predicted `mention` overlaps the gold speaker span; and by entity, the
//!   share whose predicted speaker has any mention overlapping it (`he
//!   said` for a gold speaker marked on `Ann Lee`, the name `he` stands
//!   for: annotations that resolve pronouns).

use crate::offsets;
use crate::quotes::is_mark;
use crate::{Options, Span, highlight};
use serde::Deserialize;
use serde_json::Value;
use std::collections::BTreeMap;
use std::io::{self, Write};

/// A short quoted span has at most this many words.
const SHORT_WORDS: usize = 3;

/// Overlap needed to match two spans: intersection over union.
const MIN_OVERLAP: f64 = 0.3;

/// Counts over every quotes record scored.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    /// Records scored.
    pub records: usize,
    /// Gold quotes.
    pub gold: usize,
    /// Predicted quotes (including those on unattributed spans).
    pub predicted: usize,
    /// Predicted quotes matched to a gold quote.
    pub matched: usize,
    /// Matched quotes with exactly the gold span.
    pub exact: usize,
    /// Predicted quotes on an unattributed span: neither right nor wrong.
    pub neutral: usize,
    /// Unattributed quoted spans of at most three words.
    pub short_unattributed: usize,
    /// Of those, how many a predicted quote took for a quote.
    pub short_unattributed_marked: usize,
    /// Matched quotes whose gold quote names a speaker span.
    pub with_speaker: usize,
    /// Of those, how many have a predicted mention overlapping it.
    pub speaker_right: usize,
    /// Of those, how many have a predicted speaker with any mention
    /// overlapping it.
    pub speaker_entity_right: usize,
    /// Spurious quotes by their opening mark (`“`, `"`, `‘`, `''`), to
    /// show marks that a gold file does not annotate.
    pub spurious_by_mark: BTreeMap<String, usize>,
}

impl Tally {
    /// Predicted quotes that are neither matched nor neutral.
    pub fn spurious(&self) -> usize {
        self.predicted - self.matched - self.neutral
    }

    /// Matched over matched plus spurious.
    pub fn precision(&self) -> f64 {
        ratio(self.matched, self.matched + self.spurious())
    }

    /// Matched over gold.
    pub fn recall(&self) -> f64 {
        ratio(self.matched, self.gold)
    }

    /// Harmonic mean of precision and recall.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }

    /// Writes the quote section of the report.
    pub fn write_report(&self, out: &mut dyn Write) -> io::Result<()> {
        writeln!(
            out,
            "quotes: {} records, {} gold, {} predicted",
            self.records, self.gold, self.predicted
        )?;
        writeln!(
            out,
            "  precision {:.4}  recall {:.4}  F1 {:.4}  ({} matched, {} spurious, {} missed, {} on unattributed spans)",
            self.precision(),
            self.recall(),
            self.f1(),
            self.matched,
            self.spurious(),
            self.gold - self.matched,
            self.neutral,
        )?;
        if !self.spurious_by_mark.is_empty() {
            let mut by: Vec<_> = self.spurious_by_mark.iter().collect();
            by.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
            let by: Vec<String> = by.iter().map(|(m, n)| format!("{m} {n}")).collect();
            writeln!(out, "  spurious by opening mark: {}", by.join(", "))?;
        }
        writeln!(
            out,
            "  exact spans {:.4}  ({} of {} matched)",
            ratio(self.exact, self.matched),
            self.exact,
            self.matched
        )?;
        writeln!(
            out,
            "  short unattributed spans marked as quotes {:.4}  ({} of {})",
            ratio(self.short_unattributed_marked, self.short_unattributed),
            self.short_unattributed_marked,
            self.short_unattributed
        )?;
        writeln!(
            out,
            "  speaker accuracy {:.4}  ({} of {} matched quotes with a gold speaker)",
            ratio(self.speaker_right, self.with_speaker),
            self.speaker_right,
            self.with_speaker
        )?;
        writeln!(
            out,
            "  speaker accuracy by entity {:.4}  ({} of {}: any mention of the predicted \
             speaker overlaps the gold speaker)",
            ratio(self.speaker_entity_right, self.with_speaker),
            self.speaker_entity_right,
            self.with_speaker
        )
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

/// The fields of a record that quote scoring reads.
#[derive(Deserialize)]
struct Record {
    text: String,
    #[serde(default)]
    offsets: Option<String>,
    quotes: Vec<GoldQuote>,
    #[serde(default)]
    unattributed_quoted_spans: Vec<GoldSpan>,
}

#[derive(Deserialize)]
struct GoldQuote {
    start: usize,
    end: usize,
    #[serde(default)]
    text: Option<String>,
    /// The speaker's words, read when no offsets place them.
    #[serde(default)]
    speaker: Option<String>,
    #[serde(default)]
    speaker_start: Option<usize>,
    #[serde(default)]
    speaker_end: Option<usize>,
}

#[derive(Deserialize)]
struct GoldSpan {
    start: usize,
    end: usize,
    #[serde(default)]
    text: Option<String>,
    #[serde(default)]
    words: Option<usize>,
}

/// A span in both units: `units` for scoring (the record's offsets), `bytes`
/// for showing it.
#[derive(Clone, Copy, Debug)]
struct Both {
    units: Span,
    bytes: Span,
}

/// Scores one record into `tally`. With `misses`, returns one line per error
/// in its context. A record that cannot be scored (bad offsets, a quote text
/// that does not match its offsets) is an `Err` with what is wrong, and
/// leaves `tally` untouched.
pub fn score(record: &Value, tally: &mut Tally, misses: bool) -> Result<Vec<String>, String> {
    let record = Record::deserialize(record).map_err(|e| format!("bad quotes record: {e}"))?;
    let encoding = super::gold_encoding(record.offsets.as_deref())?;
    let text = record.text.as_str();

    // Gold offsets, checked and mapped to bytes (for slicing and context).
    let mut wanted: Vec<usize> = Vec::new();
    for q in &record.quotes {
        wanted.extend([q.start, q.end]);
        wanted.extend(q.speaker_start.iter().chain(&q.speaker_end));
    }
    for s in &record.unattributed_quoted_spans {
        wanted.extend([s.start, s.end]);
    }
    let bytes = super::gold_to_bytes(text, &mut wanted, encoding)?;
    let both = |start: usize, end: usize, what: &str| -> Result<Both, String> {
        if start > end {
            return Err(format!("{what} starts at {start}, after its end {end}"));
        }
        let at = |o| bytes[wanted.binary_search(&o).expect("collected above")];
        Ok(Both {
            units: Span::new(start, end),
            bytes: Span::new(at(start), at(end)),
        })
    };
    let mut gold = Vec::with_capacity(record.quotes.len());
    // A gold speaker given by its words alone (no offsets).
    let mut named: Vec<Option<String>> = Vec::with_capacity(record.quotes.len());
    for (i, q) in record.quotes.iter().enumerate() {
        let span = both(q.start, q.end, &format!("quote {i}"))?;
        check_text(text, span, q.text.as_deref(), &format!("quote {i}"))?;
        let speaker = match (q.speaker_start, q.speaker_end) {
            (Some(s), Some(e)) => Some(both(s, e, &format!("speaker of quote {i}"))?),
            _ => None,
        };
        gold.push((span, speaker));
        named.push(q.speaker.clone().filter(|_| speaker.is_none()));
    }
    let mut unattributed = Vec::with_capacity(record.unattributed_quoted_spans.len());
    for (i, s) in record.unattributed_quoted_spans.iter().enumerate() {
        let what = format!("unattributed span {i}");
        let span = both(s.start, s.end, &what)?;
        check_text(text, span, s.text.as_deref(), &what)?;
        let words = s
            .words
            .unwrap_or_else(|| text[span.bytes].split_whitespace().count());
        unattributed.push((span, words <= SHORT_WORDS));
    }

    // The prediction, in bytes and in the record's unit.
    let analysis = highlight(text, &Options::default());
    let mut converted = analysis.clone();
    offsets::convert(&mut converted, text, encoding);
    let mut predicted: Vec<(Both, Option<Span>)> = analysis
        .quotes
        .iter()
        .zip(&converted.quotes)
        .map(|(b, u)| {
            let span = Both {
                units: u.span(),
                bytes: b.span(),
            };
            (span, u.mention)
        })
        .collect();
    // Every mention of the speaker of predicted quote `p`, in the record's unit.
    let mentions = |p: usize| {
        converted.quotes[p]
            .speaker
            .and_then(|s| converted.speakers.get(s))
            .map_or(&[][..], |s| &s.mentions[..])
    };

    let continues: Vec<Option<usize>> = analysis.quotes.iter().map(|q| q.continues).collect();
    let gold_spans: Vec<Span> = gold.iter().map(|g| g.0.units).collect();
    let scored = join_continued(&mut predicted, &continues, &gold_spans);
    let candidates: Vec<usize> = (0..predicted.len()).filter(|&p| scored[p]).collect();
    let mut pairs = vec![None; predicted.len()];
    let found = best_pairs(
        &candidates
            .iter()
            .map(|&p| predicted[p].0.units)
            .collect::<Vec<_>>(),
        &gold_spans,
    );
    for (&p, g) in candidates.iter().zip(found) {
        pairs[p] = g;
    }
    let mut lines = Vec::new();
    let mut gold_matched = vec![false; gold.len()];
    let mut local = Tally {
        records: 1,
        gold: gold.len(),
        predicted: candidates.len(),
        short_unattributed: unattributed.iter().filter(|u| u.1).count(),
        ..Tally::default()
    };
    let mut marked = vec![false; unattributed.len()];
    for &p in &candidates {
        let (span, mention) = predicted[p];
        if let Some(g) = pairs[p] {
            gold_matched[g] = true;
            local.matched += 1;
            let (gold_span, speaker) = gold[g];
            if gold_span.units == span.units || inside_marks(text, span.bytes) == gold_span.bytes {
                local.exact += 1;
            } else if misses {
                lines.push(format!(
                    "inexact span: gold {}\n    predicted {}",
                    context(text, gold_span.bytes),
                    context(text, span.bytes)
                ));
            }
            if let Some(name) = &named[g] {
                // By the words: the mention's, or the speaker's name or any
                // of its mentions for the entity.
                local.with_speaker += 1;
                let quote = &analysis.quotes[p];
                let by_mention = quote.mention.is_some_and(|m| same_name(&text[m], name));
                let entity = quote.speaker.and_then(|s| analysis.speakers.get(s));
                let by_entity = entity.is_some_and(|e| {
                    same_name(&e.name, name)
                        || e.mentions.iter().any(|&m| same_name(&text[m], name))
                });
                local.speaker_right += usize::from(by_mention);
                local.speaker_entity_right += usize::from(by_mention || by_entity);
                if !by_mention && misses {
                    lines.push(format!(
                        "wrong speaker: gold {name:?}, predicted {:?} for {}",
                        quote.mention.map(|m| &text[m]),
                        context(text, span.bytes)
                    ));
                }
            }
            if let Some(speaker) = speaker {
                local.with_speaker += 1;
                if mentions(p).iter().any(|m| m.overlaps(speaker.units)) {
                    local.speaker_entity_right += 1;
                }
                if mention.is_some_and(|m| m.overlaps(speaker.units)) {
                    local.speaker_right += 1;
                } else if misses {
                    let said = analysis.quotes[p]
                        .mention
                        .map_or_else(|| "no mention".into(), |m| format!("{:?}", &text[m]));
                    lines.push(format!(
                        "wrong speaker: gold {:?}, predicted {said} for {}",
                        &text[speaker.bytes],
                        context(text, span.bytes)
                    ));
                }
            }
            continue;
        }
        let on = unattributed
            .iter()
            .position(|(u, _)| overlap(u.units, span.units) >= MIN_OVERLAP);
        match on {
            Some(u) => {
                local.neutral += 1;
                if unattributed[u].1 && !marked[u] {
                    marked[u] = true;
                    local.short_unattributed_marked += 1;
                    if misses {
                        lines.push(format!(
                            "short unattributed span marked as a quote: {}",
                            context(text, span.bytes)
                        ));
                    }
                }
            }
            None => {
                let mark = if text[span.bytes].starts_with("''") {
                    "''".to_string()
                } else {
                    text[span.bytes]
                        .chars()
                        .next()
                        .map(String::from)
                        .unwrap_or_default()
                };
                *local.spurious_by_mark.entry(mark).or_default() += 1;
                if misses {
                    lines.push(format!("spurious quote: {}", context(text, span.bytes)));
                }
            }
        }
    }
    if misses {
        for (g, &(span, _)) in gold.iter().enumerate() {
            if !gold_matched[g] {
                lines.push(format!("missed quote: {}", context(text, span.bytes)));
            }
        }
    }
    add(tally, &local);
    Ok(lines)
}

/// Whether two names are one, given as words: equal but for case and
/// spacing, or one the other's last words (`Clinton`, `Hillary Clinton`).
fn same_name(a: &str, b: &str) -> bool {
    let words = |s: &str| {
        s.split_whitespace()
            .map(str::to_ascii_lowercase)
            .collect::<Vec<_>>()
    };
    let (a, b) = (words(a), words(b));
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    !short.is_empty() && long.ends_with(short)
}

/// A quoted span without its opening and closing marks: an annotation
/// that marks the words alone matches the quote exactly.
fn inside_marks(text: &str, span: Span) -> Span {
    let quoted = &text[span];
    let open = quoted
        .chars()
        .next()
        .filter(|&c| is_mark(c))
        .map_or(0, char::len_utf8);
    let close = quoted[open..]
        .chars()
        .next_back()
        .filter(|&c| is_mark(c))
        .map_or(0, char::len_utf8);
    Span::new(span.start + open, span.end - close)
}

/// A quote run over paragraphs (`“… ¶ “…”`) that the gold marks as one
/// span, from its first opening mark to its last closing one (PolNeAR
/// marks each paragraph piece), is scored against the pieces the
/// prediction links as one quote (`continues`), joined into the first
/// piece. Returns whether each prediction is scored on its own (not a
/// piece joined into an earlier one).
fn join_continued(
    predicted: &mut [(Both, Option<Span>)],
    continues: &[Option<usize>],
    gold: &[Span],
) -> Vec<bool> {
    let mut by_start: Vec<Span> = gold.to_vec();
    by_start.sort_by_key(|g| (g.start, g.end));
    // The gold span starting last at or before `a`, if it reaches `b`.
    let holds = |a: usize, b: usize| {
        let k = by_start.partition_point(|g| g.start <= a);
        k > 0 && by_start[k - 1].end >= b
    };
    let mut first = (0..predicted.len()).collect::<Vec<usize>>();
    let mut scored = vec![true; predicted.len()];
    for p in 0..predicted.len() {
        let Some(q) = continues[p].filter(|&q| q < p) else {
            continue;
        };
        let root = first[q];
        if holds(predicted[root].0.units.start, predicted[p].0.units.end) {
            first[p] = root;
            scored[p] = false;
            let end = predicted[p].0;
            let joined = &mut predicted[root].0;
            joined.units = Span::new(joined.units.start, end.units.end);
            joined.bytes = Span::new(joined.bytes.start, end.bytes.end);
        }
    }
    scored
}

/// Adds the counts of one record to the totals.
fn add(tally: &mut Tally, local: &Tally) {
    tally.records += local.records;
    tally.gold += local.gold;
    tally.predicted += local.predicted;
    tally.matched += local.matched;
    tally.exact += local.exact;
    tally.neutral += local.neutral;
    tally.short_unattributed += local.short_unattributed;
    tally.short_unattributed_marked += local.short_unattributed_marked;
    tally.with_speaker += local.with_speaker;
    tally.speaker_right += local.speaker_right;
    tally.speaker_entity_right += local.speaker_entity_right;
    for (mark, n) in &local.spurious_by_mark {
        *tally.spurious_by_mark.entry(mark.clone()).or_default() += n;
    }
}

/// When the gold gives the quoted text, it must be what its offsets cover.
fn check_text(text: &str, span: Both, expected: Option<&str>, what: &str) -> Result<(), String> {
    match expected {
        Some(expected) if text[span.bytes] != *expected => Err(format!(
            "{what} at {}..{} covers {:?} but its \"text\" is {:?}",
            span.units.start, span.units.end, &text[span.bytes], expected
        )),
        _ => Ok(()),
    }
}

/// Intersection over union of two spans.
fn overlap(a: Span, b: Span) -> f64 {
    let inter = a.end.min(b.end).saturating_sub(a.start.max(b.start));
    let union = a.end.max(b.end) - a.start.min(b.start);
    if union == 0 {
        // Two empty spans at the same place are the same span.
        f64::from(u8::from(a == b))
    } else {
        inter as f64 / union as f64
    }
}

/// One-to-one matching, best overlap first: for each predicted span, the
/// gold span it is matched to. Candidate pairs come from a sweep over both
/// lists sorted by start, so disjoint quotes cost no comparison.
fn best_pairs(predicted: &[Span], gold: &[Span]) -> Vec<Option<usize>> {
    let mut by_start: Vec<usize> = (0..gold.len()).collect();
    by_start.sort_by_key(|&g| gold[g].start);
    // The longest gold span bounds how far back an overlapping one can start.
    let longest = gold.iter().map(|g| g.len()).max().unwrap_or(0);
    let mut candidates: Vec<(f64, usize, usize)> = Vec::new();
    for (p, &span) in predicted.iter().enumerate() {
        let past = by_start.partition_point(|&g| gold[g].start < span.end.max(span.start + 1));
        for &g in by_start[..past].iter().rev() {
            if gold[g].start + longest < span.start {
                break;
            }
            let o = overlap(span, gold[g]);
            if o >= MIN_OVERLAP {
                candidates.push((o, p, g));
            }
        }
    }
    candidates.sort_by(|a, b| b.0.total_cmp(&a.0).then((a.1, a.2).cmp(&(b.1, b.2))));
    let mut pairs = vec![None; predicted.len()];
    let mut taken = vec![false; gold.len()];
    for (_, p, g) in candidates {
        if pairs[p].is_none() && !taken[g] {
            pairs[p] = Some(g);
            taken[g] = true;
        }
    }
    pairs
}

/// The span in up to 60 characters of context each side, the span itself in
/// ⟦ ⟧ and line breaks shown as ⏎.
fn context(text: &str, span: Span) -> String {
    const WIDTH: usize = 60;
    let before_start = text[..span.start]
        .char_indices()
        .rev()
        .nth(WIDTH - 1)
        .map_or(0, |(i, _)| i);
    let after_end = text[span.end..]
        .char_indices()
        .nth(WIDTH)
        .map_or(text.len(), |(i, _)| span.end + i);
    let show = |s: &str| s.replace('\n', "⏎");
    format!(
        "…{}⟦{}⟧{}…",
        show(&text[before_start..span.start]),
        show(&text[span]),
        show(&text[span.end..after_end])
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn overlap_is_intersection_over_union() {
        assert_eq!(overlap(Span::new(0, 10), Span::new(0, 10)), 1.0);
        assert_eq!(overlap(Span::new(0, 10), Span::new(5, 15)), 5.0 / 15.0);
        assert_eq!(overlap(Span::new(0, 5), Span::new(5, 10)), 0.0);
    }

    #[test]
    fn matching_is_one_to_one_best_first() {
        // Both predictions overlap gold 0; the better one takes it.
        let pairs = best_pairs(
            &[Span::new(0, 6), Span::new(0, 10), Span::new(20, 30)],
            &[Span::new(0, 10), Span::new(21, 30)],
        );
        assert_eq!(pairs, [None, Some(0), Some(1)]);
    }

    #[test]
    fn scores_a_record_in_unicode_scalars() {
        // “ is one scalar; the gold quote is chars 2..8, the term 20..26.
        let text = "😀 “Yes,” she said of “spin.”";
        let record = json!({
            "text": text,
            "quotes": [{"start": 2, "end": 8, "text": "“Yes,”",
                        "speaker_start": 9, "speaker_end": 12}],
            "unattributed_quoted_spans": [{"start": 21, "end": 28, "text": "“spin.”"}],
        });
        let mut tally = Tally::default();
        let misses = score(&record, &mut tally, true).expect("valid record");
        assert_eq!((tally.gold, tally.matched, tally.exact), (1, 1, 1));
        assert_eq!(tally.short_unattributed, 1);
        assert_eq!(tally.recall(), 1.0);
        // The speaker is not wired yet in every build: then it is a miss.
        assert_eq!(
            tally.speaker_right == 1,
            misses.iter().all(|m| !m.starts_with("wrong speaker"))
        );
    }

    #[test]
    fn a_gold_speaker_given_by_its_words_is_compared_by_name() {
        let text = "Ann Lee spoke. “We won,” she said.";
        let quoted = "“We won,”";
        let start = text.chars().position(|c| c == '“').unwrap();
        let end = start + quoted.chars().count();
        let scored = |speaker: &str| {
            let record = json!({
                "text": text,
                "quotes": [{"start": start, "end": end, "text": quoted, "speaker": speaker}],
            });
            let mut tally = Tally::default();
            score(&record, &mut tally, false).expect("valid record");
            (
                tally.with_speaker,
                tally.speaker_right,
                tally.speaker_entity_right,
            )
        };
        // `she` is the mention; the entity is named `Ann Lee`.
        assert_eq!(scored("she"), (1, 1, 1));
        assert_eq!(scored("Ann Lee"), (1, 0, 1));
        assert_eq!(scored("lee"), (1, 0, 1));
        assert_eq!(scored("Bob Hart"), (1, 0, 0));
        assert!(same_name("Hillary  Clinton", "clinton"));
        assert!(!same_name("Clinton", "Bill"));
    }

    #[test]
    fn a_gold_span_without_its_marks_is_exact() {
        let text = "“We won,” she said.";
        let record = json!({
            "text": text,
            "quotes": [{"start": 1, "end": 8, "text": "We won,"}],
        });
        let mut tally = Tally::default();
        score(&record, &mut tally, false).expect("valid record");
        assert_eq!((tally.gold, tally.matched, tally.exact), (1, 1, 1));
    }

    #[test]
    fn a_gold_span_over_paragraphs_matches_the_linked_pieces_as_one() {
        // One gold span from the first opening mark to the last closing
        // one; the prediction has two linked pieces.
        let text = "Ann Lee spoke.\n\n“We rebuilt every pier.\n\n“And we will again,” she said.";
        let start = text.chars().position(|c| c == '“').unwrap();
        let end = text.chars().position(|c| c == '”').unwrap() + 1;
        let quoted: String = text.chars().skip(start).take(end - start).collect();
        let record = json!({
            "text": text,
            "quotes": [{"start": start, "end": end, "text": quoted,
                        "speaker_start": 0, "speaker_end": 7}],
        });
        let mut tally = Tally::default();
        score(&record, &mut tally, false).expect("valid record");
        assert_eq!(
            (tally.gold, tally.predicted, tally.matched, tally.exact),
            (1, 1, 1, 1)
        );
        assert_eq!(tally.spurious(), 0);
        // Per paragraph piece (as PolNeAR marks it), both pieces match.
        let pieces: Vec<usize> = text
            .chars()
            .enumerate()
            .filter(|&(_, c)| c == '“')
            .map(|(k, _)| k)
            .collect();
        let piece_end = text
            .chars()
            .skip(pieces[0])
            .position(|c| c == '\n')
            .unwrap()
            + pieces[0];
        let piece = |a: usize, b: usize| text.chars().skip(a).take(b - a).collect::<String>();
        let record = json!({
            "text": text,
            "quotes": [{"start": pieces[0], "end": piece_end, "text": piece(pieces[0], piece_end)},
                       {"start": pieces[1], "end": end, "text": piece(pieces[1], end)}],
        });
        let mut tally = Tally::default();
        score(&record, &mut tally, false).expect("valid record");
        assert_eq!(
            (tally.gold, tally.predicted, tally.matched, tally.exact),
            (2, 2, 2, 2)
        );
    }

    #[test]
    fn a_gold_speaker_on_the_name_a_pronoun_stands_for_counts_by_entity() {
        // Gold marks `Ann Lee` (chars 0..7) as the speaker of the quote
        // that `she` introduces: the mention misses, the entity is right.
        let text = "Ann Lee spoke first. “We won,” she said.";
        let record = json!({
            "text": text,
            "quotes": [{"start": 21, "end": 30, "text": "“We won,”",
                        "speaker_start": 0, "speaker_end": 7}],
        });
        let mut tally = Tally::default();
        score(&record, &mut tally, false).expect("valid record");
        assert_eq!(tally.with_speaker, 1);
        assert_eq!((tally.speaker_right, tally.speaker_entity_right), (0, 1));
        let mut report = Vec::new();
        tally.write_report(&mut report).expect("written");
        let report = String::from_utf8(report).expect("UTF-8");
        assert!(
            report.contains("speaker accuracy by entity 1.0000  (1 of 1"),
            "{report}"
        );
    }

    #[test]
    fn bad_offsets_are_named() {
        let record = json!({"text": "short", "quotes": [{"start": 2, "end": 80}]});
        let err = score(&record, &mut Tally::default(), false).unwrap_err();
        assert!(err.contains("offset 80 is past the end"), "{err}");
        let record = json!({"text": "“a”", "quotes": [{"start": 0, "end": 3, "text": "“b”"}]});
        let err = score(&record, &mut Tally::default(), false).unwrap_err();
        assert!(err.contains("quote 0 at 0..3"), "{err}");
    }
}
