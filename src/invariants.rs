//! The promises every result keeps, whatever the text: checked in one place
//! by the property tests (`tests/properties.rs`), the pathological inputs
//! (`tests/pathological.rs`) and the fuzz target (`fuzz/`).
//!
//! Not part of the API: hidden from the docs, free to change.

use crate::analysis::Analysis;
use crate::offsets::{self, Encoding};
use crate::span::Span;

/// Checks that `analysis`, computed on `text` with byte offsets, keeps the
/// result's invariants; the error says which one broke and where.
///
/// - every span (quotes, their mention and cue, speakers' mentions,
///   statistics, terms) lies in the text, on `char` boundaries, start ≤ end;
/// - quotes and terms are non-empty, sorted, and do not overlap one another;
///   statistics are sorted by start and have finite values;
/// - every `speaker` indexes `speakers`; a quote's `mention` is one of its
///   speaker's mentions; `continues` points to an earlier quote;
/// - each speaker has a name and at least one mention, sorted;
/// - converting every offset to UTF-16 units and to chars agrees with a
///   count done independently, and converting back gives the byte offsets.
///
/// Linear in the text and the result, so it can run on megabytes.
#[doc(hidden)]
pub fn check_invariants(text: &str, analysis: &Analysis) -> Result<(), String> {
    if analysis.offsets != Encoding::Bytes {
        return Err(format!("offsets are {}, expected bytes", analysis.offsets));
    }
    let span_ok = |what: &str, span: Span| -> Result<(), String> {
        if span.start > span.end || span.end > text.len() {
            return Err(format!(
                "{what} {span:?} out of bounds (text is {} bytes)",
                text.len()
            ));
        }
        for at in [span.start, span.end] {
            if !text.is_char_boundary(at) {
                return Err(format!("{what} {span:?}: {at} is inside a character"));
            }
        }
        Ok(())
    };

    let mut previous: Option<Span> = None;
    for (i, q) in analysis.quotes.iter().enumerate() {
        let what = format!("quote {i}");
        span_ok(&what, q.span())?;
        if q.start == q.end {
            return Err(format!("{what} {:?} is empty", q.span()));
        }
        if let Some(p) = previous {
            if q.start < p.end {
                return Err(format!(
                    "{what} {:?} overlaps or precedes the quote before it {p:?}",
                    q.span()
                ));
            }
        }
        previous = Some(q.span());
        if let Some(m) = q.mention {
            span_ok(&format!("{what} mention"), m)?;
        }
        if let Some(c) = q.cue {
            span_ok(&format!("{what} cue"), c)?;
        }
        if let Some(s) = q.speaker {
            let Some(speaker) = analysis.speakers.get(s) else {
                return Err(format!(
                    "{what} speaker {s} but there are {} speakers",
                    analysis.speakers.len()
                ));
            };
            if let Some(m) = q.mention {
                if !speaker.mentions.contains(&m) {
                    return Err(format!(
                        "{what} mention {m:?} is not among the mentions of speaker {s} ({:?})",
                        speaker.name
                    ));
                }
            }
        }
        if let Some(c) = q.continues {
            if c >= i {
                return Err(format!(
                    "{what} continues quote {c}, which is not before it"
                ));
            }
        }
    }

    for (i, s) in analysis.speakers.iter().enumerate() {
        if s.name.trim().is_empty() {
            return Err(format!("speaker {i} has an empty name"));
        }
        if s.mentions.is_empty() {
            return Err(format!("speaker {i} ({:?}) has no mention", s.name));
        }
        for (j, &m) in s.mentions.iter().enumerate() {
            span_ok(&format!("speaker {i} mention {j}"), m)?;
            if j > 0 && m.start < s.mentions[j - 1].start {
                return Err(format!("speaker {i} mentions are not sorted at {j}"));
            }
        }
    }

    let mut previous = 0;
    for (i, s) in analysis.statistics.iter().enumerate() {
        let what = format!("statistic {i}");
        span_ok(&what, s.span())?;
        if s.start < previous {
            return Err(format!("{what} {:?} is not in text order", s.span()));
        }
        previous = s.start;
        if s.value.is_some_and(|v| !v.is_finite()) {
            return Err(format!("{what} {:?} has value {:?}", s.span(), s.value));
        }
    }

    let mut previous: Option<Span> = None;
    for (i, t) in analysis.terms.iter().enumerate() {
        let what = format!("term {i}");
        span_ok(&what, t.span())?;
        if t.start == t.end {
            return Err(format!("{what} {:?} is empty", t.span()));
        }
        if previous.is_some_and(|p| t.start < p.end) {
            return Err(format!("{what} {:?} overlaps the term before it", t.span()));
        }
        previous = Some(t.span());
    }

    check_conversions(text, analysis)
}

/// Every offset of `analysis`, converted with [`offsets::to_units`] and
/// [`offsets::convert`], against an independent count, and back again with
/// [`offsets::to_bytes`].
fn check_conversions(text: &str, analysis: &Analysis) -> Result<(), String> {
    let mut bytes = Vec::new();
    analysis.clone().for_each_offset(|o| bytes.push(*o));
    let mut sorted = bytes.clone();
    sorted.sort_unstable();
    sorted.dedup();

    for encoding in [Encoding::Utf16, Encoding::Chars] {
        // The independent count: the units of each stretch between two
        // consecutive offsets, added up (one pass over the text).
        let mut expected = Vec::with_capacity(sorted.len());
        let (mut at, mut units) = (0, 0);
        for &b in &sorted {
            let stretch = &text[Span::new(at, b)];
            units += match encoding {
                Encoding::Utf16 => stretch.encode_utf16().count(),
                _ => stretch.chars().count(),
            };
            expected.push(units);
            at = b;
        }
        let converted = offsets::to_units(text, &sorted, encoding);
        if converted != expected {
            let i = (0..expected.len())
                .find(|&i| converted.get(i) != Some(&expected[i]))
                .unwrap_or(0);
            return Err(format!(
                "to_units({encoding}) of byte {} gives {:?}, counted {}",
                sorted[i],
                converted.get(i),
                expected[i]
            ));
        }
        let back = offsets::to_bytes(text, &converted, encoding);
        if back != sorted {
            let i = (0..sorted.len())
                .find(|&i| back[i] != sorted[i])
                .unwrap_or(0);
            return Err(format!(
                "to_bytes({encoding}) of {} gives byte {}, expected {}",
                converted[i], back[i], sorted[i]
            ));
        }

        // `convert` rewrites each field to the same unit, field by field.
        let mut whole = analysis.clone();
        offsets::convert(&mut whole, text, encoding);
        let mut got = Vec::new();
        whole.for_each_offset(|o| got.push(*o));
        for (b, g) in bytes.iter().zip(&got) {
            let want = expected[sorted.binary_search(b).unwrap_or(0)];
            if *g != want {
                return Err(format!(
                    "convert({encoding}) turned byte {b} into {g}, expected {want}"
                ));
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{Quote, Speaker};

    #[test]
    fn a_real_result_passes() {
        let text = "😀 “We won,” she said. “Again,” he said.";
        let analysis = crate::highlight(text, &crate::Options::default());
        assert_eq!(check_invariants(text, &analysis), Ok(()));
    }

    #[test]
    fn each_broken_promise_is_named() {
        let text = "“Ab” “cd” x";
        let quote = |start, end| Quote {
            start,
            end,
            ..Quote::default()
        };
        let broken = |analysis: Analysis| check_invariants(text, &analysis).unwrap_err();
        let with_quotes = |quotes| Analysis {
            quotes,
            ..Analysis::default()
        };
        assert!(broken(with_quotes(vec![quote(0, 99)])).contains("out of bounds"));
        assert!(broken(with_quotes(vec![quote(1, 8)])).contains("inside a character"));
        assert!(broken(with_quotes(vec![quote(9, 17), quote(0, 8)])).contains("overlaps"));
        assert!(broken(with_quotes(vec![quote(0, 0)])).contains("empty"));
        let mut q = quote(0, 8);
        q.speaker = Some(0);
        assert!(broken(with_quotes(vec![q.clone()])).contains("0 speakers"));
        q.mention = Some(Span::new(18, 19));
        let analysis = Analysis {
            quotes: vec![q],
            speakers: vec![Speaker {
                name: "X".into(),
                mentions: vec![Span::new(17, 18)],
                role: None,
            }],
            ..Analysis::default()
        };
        assert!(broken(analysis).contains("not among the mentions"));
    }
}
