//! Scoring the analysis against annotated JSONL: the `evaluate` command.
//!
//! Each line of a gold file is one JSON object with the annotated `text` and
//! the annotations. The *shape* of a record says what it annotates, and the
//! record goes to the scorer of that shape:
//!
//! - `"quotes"` (PolNeAR-style, see `shared/eval/README.md`): [`quotes`].
//! - `"spans"` (Duckling-style statistics): [`statistics`].
//!
//! A malformed line is reported as `file:line: what is wrong` and skipped;
//! the rest of the file is still scored. Only native builds have this module
//! (it reads files).

pub mod quotes;
pub mod statistics;

use crate::offsets::Encoding;
use serde_json::Value;
use std::io::{self, BufRead, Write};
use std::path::Path;

/// What the command was asked to do.
#[derive(Clone, Copy, Debug, Default)]
pub struct Settings {
    /// List each error (missed, spurious, inexact, wrong speaker) in its
    /// context before the scores.
    pub misses: bool,
}

/// The running totals over every file and record read.
#[derive(Clone, Debug, Default)]
pub struct Evaluation {
    /// Records scored, of any shape.
    pub records: usize,
    /// Lines that could not be scored (reported on the error stream).
    pub malformed: usize,
    /// Quote scores, over every `"quotes"` record.
    pub quotes: quotes::Tally,
    /// Statistics scores, over every `"spans"` record.
    pub statistics: statistics::Tally,
}

/// The kinds of annotated record, told apart by the fields they hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// `{"text", "quotes": [...], "unattributed_quoted_spans": [...]}`.
    Quotes,
    /// `{"text", "spans": [{"start", "end", "type"}]}`: statistics.
    Spans,
}

impl Shape {
    /// The shape of a record, or `None` when it has no field this command
    /// scores.
    pub fn of(record: &Value) -> Option<Shape> {
        if record.get("quotes").is_some() {
            Some(Shape::Quotes)
        } else if record.get("spans").is_some() {
            Some(Shape::Spans)
        } else {
            None
        }
    }
}

/// Where a record came from, for messages: `file:line` and its `id`.
#[derive(Clone, Copy, Debug)]
pub struct Origin<'a> {
    /// The file's display name.
    pub file: &'a str,
    /// 1-based line number.
    pub line: usize,
    /// The record's `id`, when it has one.
    pub id: Option<&'a Value>,
}

impl std::fmt::Display for Origin<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.file, self.line)?;
        match self.id {
            Some(Value::String(id)) => write!(f, " ({id})"),
            Some(id) => write!(f, " ({id})"),
            None => Ok(()),
        }
    }
}

/// Scores every file of `paths` (`-` is standard input). Misses and the
/// final report go to `out`; malformed lines and unreadable files to `err`.
/// Returns whether every line could be scored.
pub fn run(
    paths: &[&Path],
    settings: Settings,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<bool> {
    let mut evaluation = Evaluation::default();
    let mut ok = true;
    for path in paths {
        let shown = if path.as_os_str() == "-" {
            "<stdin>".to_string()
        } else {
            path.display().to_string()
        };
        let reader: Box<dyn BufRead> = if path.as_os_str() == "-" {
            Box::new(io::stdin().lock())
        } else {
            match std::fs::File::open(path) {
                Ok(file) => Box::new(io::BufReader::new(file)),
                Err(e) => {
                    writeln!(err, "article-highlighter: {shown}: {e}")?;
                    ok = false;
                    continue;
                }
            }
        };
        ok &= evaluate(reader, &shown, settings, &mut evaluation, out, err)?;
    }
    evaluation.write_report(out)?;
    Ok(ok && evaluation.malformed == 0)
}

/// Scores one JSONL stream into `evaluation`. Returns whether the stream
/// could be read to its end.
pub fn evaluate(
    mut reader: impl BufRead,
    file: &str,
    settings: Settings,
    evaluation: &mut Evaluation,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<bool> {
    let mut buf = Vec::new();
    let mut line = 0;
    loop {
        buf.clear();
        line += 1;
        match reader.read_until(b'\n', &mut buf) {
            Ok(0) => return Ok(true),
            Ok(_) => {}
            Err(e) => {
                writeln!(err, "article-highlighter: {file}:{line}: {e}")?;
                return Ok(false);
            }
        }
        if buf.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let origin = Origin {
            file,
            line,
            id: None,
        };
        let record = match parse(&buf) {
            Ok(record) => record,
            Err(message) => {
                writeln!(err, "article-highlighter: {origin}: {message}")?;
                evaluation.malformed += 1;
                continue;
            }
        };
        let origin = Origin {
            id: record.get("id"),
            ..origin
        };
        let scored = match Shape::of(&record) {
            Some(Shape::Quotes) => quotes::score(&record, &mut evaluation.quotes, settings.misses),
            Some(Shape::Spans) => {
                statistics::score(&record, &mut evaluation.statistics, settings.misses)
            }
            None => Err("no \"quotes\" or \"spans\" field: nothing to score".to_string()),
        };
        match scored {
            Ok(misses) => {
                evaluation.records += 1;
                for miss in misses {
                    writeln!(out, "{origin}: {miss}")?;
                }
            }
            Err(message) => {
                writeln!(err, "article-highlighter: {origin}: {message}")?;
                evaluation.malformed += 1;
            }
        }
    }
}

/// Parses one line into a JSON object that has a `text` string.
fn parse(bytes: &[u8]) -> Result<Value, String> {
    let line = std::str::from_utf8(bytes)
        .map_err(|e| format!("invalid UTF-8 at byte {} of the line", e.valid_up_to()))?;
    let record: Value = serde_json::from_str(line).map_err(|e| format!("not JSON: {e}"))?;
    match record.get("text") {
        Some(Value::String(_)) => Ok(record),
        Some(_) => Err("\"text\" is not a string".into()),
        None if record.is_object() => Err("no \"text\" field".into()),
        None => Err("not a JSON object".into()),
    }
}

impl Evaluation {
    /// Writes the scores of every shape that was read.
    pub fn write_report(&self, out: &mut dyn Write) -> io::Result<()> {
        writeln!(
            out,
            "records: {}  malformed lines: {}",
            self.records, self.malformed
        )?;
        if self.quotes.records > 0 {
            self.quotes.write_report(out)?;
        }
        if self.statistics.records > 0 {
            self.statistics.write_report(out)?;
        }
        Ok(())
    }
}

/// The unit of a gold record's offsets, from its `"offsets"` field (Unicode
/// scalars when absent, as Python counts).
fn gold_encoding(offsets: Option<&str>) -> Result<Encoding, String> {
    match offsets {
        None | Some("unicode_scalar" | "chars") => Ok(Encoding::Chars),
        Some("utf16") => Ok(Encoding::Utf16),
        Some("bytes" | "utf8") => Ok(Encoding::Bytes),
        Some(other) => Err(format!(
            "unknown \"offsets\": {other:?} (expected unicode_scalar, utf16 or bytes)"
        )),
    }
}

/// Sorts and dedups the gold offsets `wanted` (counted in `encoding`) and
/// returns the byte offset of each; an offset past the end of `text` is an
/// error naming it.
fn gold_to_bytes(
    text: &str,
    wanted: &mut Vec<usize>,
    encoding: Encoding,
) -> Result<Vec<usize>, String> {
    wanted.sort_unstable();
    wanted.dedup();
    let length = crate::offsets::to_units(text, &[text.len()], encoding)[0];
    if let Some(&past) = wanted.last().filter(|&&last| last > length) {
        return Err(format!(
            "offset {past} is past the end of the text ({length} {})",
            encoding.name()
        ));
    }
    Ok(crate::offsets::to_bytes(text, wanted, encoding))
}
