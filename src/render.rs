//! Rendering an analysis over its text: bracketed marks for a terminal and
//! for fixtures, or a standalone HTML page.

use crate::analysis::{Analysis, StatisticKind};
use crate::sort::{pair, sort_by_key};
use crate::span::Span;
use std::fmt::Write;

/// One mark to paint over the text.
#[derive(Clone, Debug, PartialEq)]
pub struct Mark<'a> {
    /// Where it goes (byte offsets).
    pub span: Span,
    /// `quote`, `speaker`, `statistic` or `term`.
    pub kind: &'static str,
    /// For a quote or mention, the speaker's name; for a statistic, its kind.
    pub label: Option<&'a str>,
}

/// Every mark of `analysis` (which must hold byte offsets), sorted so that
/// an enclosing mark comes before the marks inside it.
pub fn marks(analysis: &Analysis) -> Vec<Mark<'_>> {
    let name = |i: Option<usize>| {
        i.and_then(|i| analysis.speakers.get(i))
            .map(|s| s.name.as_str())
    };
    let mut marks: Vec<Mark> = Vec::new();
    marks.extend(analysis.quotes.iter().map(|q| Mark {
        span: q.span(),
        kind: "quote",
        label: name(q.speaker),
    }));
    for (i, speaker) in analysis.speakers.iter().enumerate() {
        let label = name(Some(i));
        marks.extend(speaker.mentions.iter().map(|&span| Mark {
            span,
            kind: "speaker",
            label,
        }));
    }
    marks.extend(analysis.statistics.iter().map(|s| Mark {
        span: s.span(),
        kind: "statistic",
        label: Some(kind_name(s.kind)),
    }));
    marks.extend(analysis.terms.iter().map(|t| Mark {
        span: t.span(),
        kind: "term",
        label: None,
    }));
    // Longest first among marks that start together: the enclosing one opens first.
    sort_by_key(&mut marks, |m| pair(m.span.start, usize::MAX - m.span.end));
    marks
}

/// The name of a statistic kind, as serialized.
pub fn kind_name(kind: StatisticKind) -> &'static str {
    match kind {
        StatisticKind::Count => "count",
        StatisticKind::Percent => "percent",
        StatisticKind::Money => "money",
        StatisticKind::Measure => "measure",
        StatisticKind::Range => "range",
        StatisticKind::Ratio => "ratio",
        StatisticKind::Change => "change",
    }
}

/// The text with marks in brackets: `[quote=Hun Sen|“…”] [speaker|Mr. Hun
/// Sen] said`, statistics as `[percent|4.5 percent]`, terms as `[term|“…”]`.
/// Fixtures are written in this form.
pub fn to_text(text: &str, analysis: &Analysis) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 4);
    paint(
        text,
        &marks(analysis),
        &mut out,
        |m, out| {
            let tag = if m.kind == "statistic" {
                m.label.unwrap_or("statistic")
            } else {
                m.kind
            };
            out.push('[');
            out.push_str(tag);
            if let (Some(name), "quote") = (m.label, m.kind) {
                out.push('=');
                out.push_str(name);
            }
            out.push('|');
        },
        |_, out| out.push(']'),
        |s, out| out.push_str(s),
    );
    out
}

/// A standalone HTML page of the text with `<mark data-kind=…>` elements.
/// Every character of the text and of every label is escaped.
pub fn to_html(title: &str, text: &str, analysis: &Analysis) -> String {
    let mut out = String::with_capacity(text.len() * 2 + 1024);
    out.push_str("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>");
    escape_html(title, &mut out);
    out.push_str("</title>\n<style>\n");
    out.push_str(HTML_STYLE);
    out.push_str("</style>\n</head>\n<body>\n<article>");
    paint(
        text,
        &marks(analysis),
        &mut out,
        |m, out| {
            let _ = write!(out, "<mark data-kind=\"{}\"", m.kind);
            if let Some(label) = m.label {
                out.push_str(" title=\"");
                escape_html(label, out);
                out.push('"');
            }
            out.push('>');
        },
        |_, out| out.push_str("</mark>"),
        escape_html,
    );
    out.push_str("</article>\n</body>\n</html>\n");
    out
}

const HTML_STYLE: &str =
    "body { font: 17px/1.6 Georgia, serif; max-width: 42rem; margin: 2rem auto; padding: 0 1rem; }
article { white-space: pre-wrap; }
mark { background: none; color: inherit; }
mark[data-kind=quote] { background: #fff1b8; border-bottom: 2px solid #d4a200; }
mark[data-kind=speaker] { font-weight: bold; text-decoration: underline; }
mark[data-kind=statistic] { background: #d9f0ff; outline: 1px dashed #2a7ab0; }
mark[data-kind=term] { font-style: italic; border-bottom: 1px dotted #888; }
";

/// Escapes `&`, `<`, `>`, `"` and `'` so that any string is inert in HTML
/// text and in quoted attribute values.
pub fn escape_html(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

/// Writes `text` with `marks` (sorted as [`marks`] sorts them) opened and
/// closed around it, properly nested: a mark that starts inside another and
/// runs past its end is cut at that end.
fn paint(
    text: &str,
    marks: &[Mark],
    out: &mut String,
    open: impl Fn(&Mark, &mut String),
    close: impl Fn(&Mark, &mut String),
    plain: impl Fn(&str, &mut String),
) {
    let mut stack: Vec<(usize, &Mark)> = Vec::new();
    let mut pos = 0;
    for mark in marks {
        let span = mark.span;
        while let Some(&(end, top)) = stack.last().filter(|(end, _)| *end <= span.start) {
            plain(&text[Span::new(pos, end)], out);
            pos = end;
            close(top, out);
            stack.pop();
        }
        let end = stack
            .last()
            .map_or(span.end, |&(outer, _)| span.end.min(outer));
        if span.start >= end || span.start < pos {
            continue;
        }
        plain(&text[Span::new(pos, span.start)], out);
        pos = span.start;
        open(mark, out);
        stack.push((end, mark));
    }
    while let Some((end, top)) = stack.pop() {
        plain(&text[Span::new(pos, end)], out);
        pos = end;
        close(top, out);
    }
    plain(&text[Span::new(pos, text.len())], out);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{Quote, Speaker, Statistic};

    fn sample() -> (&'static str, Analysis) {
        let text = "“<b>4%</b>,” Ann said.";
        let analysis = Analysis {
            quotes: vec![Quote {
                start: 0,
                end: 16,
                speaker: Some(0),
                ..Quote::default()
            }],
            speakers: vec![Speaker {
                name: "Ann <i>".into(),
                mentions: vec![Span::new(17, 20)],
                role: None,
            }],
            statistics: vec![Statistic {
                start: 6,
                end: 8,
                kind: StatisticKind::Percent,
                value: Some(4.0),
                upper: None,
                unit: None,
                qualifier: None,
                change: None,
            }],
            ..Analysis::default()
        };
        (text, analysis)
    }

    #[test]
    fn brackets_nest() {
        let (text, analysis) = sample();
        assert_eq!(
            to_text(text, &analysis),
            "[quote=Ann <i>|“<b>[percent|4%]</b>,”] [speaker|Ann] said."
        );
    }

    #[test]
    fn html_escapes_text_and_labels() {
        let (text, analysis) = sample();
        let html = to_html("<t>", text, &analysis);
        assert!(html.contains("<title>&lt;t&gt;</title>"));
        assert!(html.contains("<mark data-kind=\"quote\" title=\"Ann &lt;i&gt;\">“&lt;b&gt;<mark data-kind=\"statistic\" title=\"percent\">4%</mark>&lt;/b&gt;,”</mark>"));
        assert!(!html.contains("<b>") && !html.contains("<i>"));
    }
}
