//! `article-highlighter`: marks quotes, speakers and statistics in files,
//! standard input or JSONL streams.

use article_highlighter::{Analysis, Encoding, Kind, Options, highlight, offsets, render};
use serde::{Deserialize, Serialize};
use std::io::{self, BufRead, BufWriter, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

const HELP: &str = "\
article-highlighter: marks the quotes, their speakers and the statistics in news text.

USAGE:
    article-highlighter [OPTIONS] [FILE...]
    article-highlighter --jsonl [OPTIONS] [FILE...]
    article-highlighter evaluate [--misses] GOLD.jsonl...   (see evaluate --help)

Reads each FILE (or standard input when none is given, or for `-`).

OPTIONS:
    -f, --format <FORMAT>    json (default), text (marks in brackets) or html
                             (a standalone page)
        --offsets <UNIT>     utf16 (default), chars or bytes: how JSON offsets count
    -k, --kinds <LIST>       which marks to report, comma-separated: quotes,
                             speakers, statistics, terms (default: all); the
                             others come back empty (statistics alone is faster)
        --jsonl              each input line is {\"text\": ..., \"id\": ...}; writes one
                             JSON result line per input line, with the id echoed
    -h, --help               prints this help
    -V, --version            prints the version

JSON output: one object for a single input; for several files, one line per
file with its name in \"file\". A bad file or JSONL line is reported on
standard error (and, for JSONL, as an {\"error\"} line), the rest is still
processed, and the exit status is 1.
";

#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Json,
    Text,
    Html,
}

struct Args {
    format: Format,
    offsets: Encoding,
    options: Options,
    jsonl: bool,
    inputs: Vec<PathBuf>,
}

fn main() -> ExitCode {
    if std::env::args_os().nth(1).is_some_and(|a| a == "evaluate") {
        return run_evaluate();
    }
    let args = match parse_args() {
        Ok(Some(args)) => args,
        Ok(None) => return ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("article-highlighter: {message}\nTry 'article-highlighter --help'.");
            return ExitCode::from(2);
        }
    };
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let ok = if args.jsonl {
        run_jsonl(&args, &mut out)
    } else {
        run_documents(&args, &mut out)
    };
    match (ok, out.flush()) {
        (_, Err(e)) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        (_, Err(e)) => {
            eprintln!("article-highlighter: cannot write output: {e}");
            ExitCode::FAILURE
        }
        (Ok(true), Ok(())) => ExitCode::SUCCESS,
        (Ok(false), Ok(())) => ExitCode::FAILURE,
        (Err(e), Ok(())) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        (Err(e), Ok(())) => {
            eprintln!("article-highlighter: cannot write output: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Parses the command line; `Ok(None)` when help or the version was printed.
fn parse_args() -> Result<Option<Args>, String> {
    use lexopt::prelude::*;
    let mut args = Args {
        format: Format::Json,
        offsets: Encoding::Utf16,
        options: Options::default(),
        jsonl: false,
        inputs: Vec::new(),
    };
    let mut parser = lexopt::Parser::from_env();
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
            Short('f') | Long("format") => {
                let value = parser.value().map_err(|e| e.to_string())?;
                args.format = match value.to_str() {
                    Some("json") => Format::Json,
                    Some("text") => Format::Text,
                    Some("html") => Format::Html,
                    _ => {
                        return Err(format!(
                            "unknown format {value:?}: expected json, text or html"
                        ));
                    }
                };
            }
            Long("offsets") => {
                let value = parser.value().map_err(|e| e.to_string())?;
                args.offsets = value.to_string_lossy().parse()?;
            }
            Short('k') | Long("kinds") => {
                let value = parser.value().map_err(|e| e.to_string())?;
                args.options.kinds = parse_kinds(&value.to_string_lossy())?;
            }
            Long("jsonl") => args.jsonl = true,
            Short('h') | Long("help") => {
                print!("{HELP}");
                return Ok(None);
            }
            Short('V') | Long("version") => {
                println!("article-highlighter {}", env!("CARGO_PKG_VERSION"));
                return Ok(None);
            }
            Value(path) => args.inputs.push(path.into()),
            _ => return Err(arg.unexpected().to_string()),
        }
    }
    if args.jsonl && args.format != Format::Json {
        return Err(
            "--jsonl writes JSON lines; it cannot be combined with --format text or html".into(),
        );
    }
    if args.inputs.is_empty() {
        args.inputs.push(PathBuf::from("-"));
    }
    Ok(Some(args))
}

/// Reads `quotes,statistics`: each kind named once, at least one.
fn parse_kinds(list: &str) -> Result<Vec<Kind>, String> {
    let mut kinds = Vec::new();
    for name in list.split(',').map(str::trim) {
        let kind = match name {
            "quotes" => Kind::Quotes,
            "speakers" => Kind::Speakers,
            "statistics" => Kind::Statistics,
            "terms" => Kind::Terms,
            _ => {
                return Err(format!(
                    "unknown kind {name:?} in --kinds: expected quotes, speakers, statistics or terms"
                ));
            }
        };
        if !kinds.contains(&kind) {
            kinds.push(kind);
        }
    }
    Ok(kinds)
}

/// The display name of an input.
fn name(path: &std::path::Path) -> String {
    if path.as_os_str() == "-" {
        "<stdin>".into()
    } else {
        path.display().to_string()
    }
}

/// Opens a file, or standard input for `-`.
fn open(path: &std::path::Path) -> io::Result<Box<dyn BufRead>> {
    if path.as_os_str() == "-" {
        Ok(Box::new(io::stdin().lock()))
    } else {
        Ok(Box::new(io::BufReader::new(std::fs::File::open(path)?)))
    }
}

/// Where invalid UTF-8 starts in `bytes`, as a message.
fn utf8(bytes: Vec<u8>) -> Result<String, String> {
    String::from_utf8(bytes)
        .map_err(|e| format!("invalid UTF-8 at byte {}", e.utf8_error().valid_up_to()))
}

/// Analyses whole documents. Returns whether every input could be read.
fn run_documents(args: &Args, out: &mut impl Write) -> io::Result<bool> {
    let several = args.inputs.len() > 1;
    let mut ok = true;
    for path in &args.inputs {
        let shown = name(path);
        let mut bytes = Vec::new();
        let text = match open(path).and_then(|mut r| r.read_to_end(&mut bytes)) {
            Err(e) => Err(e.to_string()),
            Ok(_) => utf8(bytes),
        };
        let text = match text {
            Ok(text) => text,
            Err(message) => {
                eprintln!("article-highlighter: {shown}: {message}");
                ok = false;
                continue;
            }
        };
        let mut analysis = highlight(&text, &args.options);
        match args.format {
            Format::Text => {
                if several {
                    writeln!(out, "==> {shown} <==")?;
                }
                writeln!(out, "{}", render::to_text(&text, &analysis))?;
            }
            Format::Html => out.write_all(render::to_html(&shown, &text, &analysis).as_bytes())?,
            Format::Json => {
                offsets::convert(&mut analysis, &text, args.offsets);
                let file = several.then_some(shown.as_str());
                let record = Record {
                    file,
                    id: None,
                    analysis: &analysis,
                };
                if several {
                    serde_json::to_writer(&mut *out, &record)?;
                } else {
                    serde_json::to_writer_pretty(&mut *out, &record)?;
                }
                writeln!(out)?;
            }
        }
    }
    Ok(ok)
}

/// One JSON result: the analysis with what identifies its input.
#[derive(Serialize)]
struct Record<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    file: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<serde_json::Value>,
    #[serde(flatten)]
    analysis: &'a Analysis,
}

/// One line of JSONL input.
#[derive(Deserialize)]
struct Line {
    text: String,
    #[serde(default)]
    id: Option<serde_json::Value>,
}

/// Analyses JSONL streams line by line, in constant memory. Returns whether
/// every line could be read.
fn run_jsonl(args: &Args, out: &mut impl Write) -> io::Result<bool> {
    let mut ok = true;
    for path in &args.inputs {
        let shown = name(path);
        let mut reader = match open(path) {
            Ok(reader) => reader,
            Err(e) => {
                eprintln!("article-highlighter: {shown}: {e}");
                ok = false;
                continue;
            }
        };
        let mut buf = Vec::new();
        let mut number = 0;
        loop {
            buf.clear();
            number += 1;
            match reader.read_until(b'\n', &mut buf) {
                Ok(0) => break,
                Ok(_) => {}
                Err(e) => {
                    eprintln!("article-highlighter: {shown}:{number}: {e}");
                    ok = false;
                    break;
                }
            }
            if buf.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            match parse_line(&buf) {
                Ok(line) => {
                    let mut analysis = highlight(&line.text, &args.options);
                    offsets::convert(&mut analysis, &line.text, args.offsets);
                    serde_json::to_writer(
                        &mut *out,
                        &Record {
                            file: None,
                            id: line.id,
                            analysis: &analysis,
                        },
                    )?;
                }
                Err(message) => {
                    eprintln!("article-highlighter: {shown}:{number}: {message}");
                    serde_json::to_writer(
                        &mut *out,
                        &serde_json::json!({ "line": number, "error": message }),
                    )?;
                    ok = false;
                }
            }
            writeln!(out)?;
        }
    }
    Ok(ok)
}

/// Parses one JSONL line, with a message that says what is wrong.
fn parse_line(bytes: &[u8]) -> Result<Line, String> {
    let text = std::str::from_utf8(bytes)
        .map_err(|e| format!("invalid UTF-8 at byte {} of the line", e.valid_up_to()))?;
    serde_json::from_str(text).map_err(|e| format!("not a JSON object with a \"text\" string: {e}"))
}

const EVALUATE_HELP: &str = "\
article-highlighter evaluate: scores the analysis against annotated JSONL.

USAGE:
    article-highlighter evaluate [--misses] GOLD.jsonl...

Each line is one annotated record; offsets count Unicode scalars (Python str
indices) unless the record's \"offsets\" says utf16 or bytes. A record with
\"quotes\" (the format of PolNeAR-style data: \"text\", \"quotes\" with
start, end, speaker_start, speaker_end, and \"unattributed_quoted_spans\")
is scored for quotes:

    precision, recall, F1   one-to-one matches, best overlap first, of at
                            least 0.3 of the union
    exact spans             share of matched quotes with the gold span exactly
    short unattributed      unattributed quoted spans of three words or fewer
    spans marked as quotes  that a predicted quote overlaps (such a quote is
                            neither right nor wrong for precision and recall)
    speaker accuracy        matched quotes whose predicted mention overlaps
                            the gold speaker span; by entity, whose predicted
                            speaker has any mention overlapping it (for gold
                            that marks the name a pronoun stands for)

A record with \"spans\" (the format of Duckling-style data: \"text\", \"spans\" with
start, end, type) is scored for statistics: per type, recall (a predicted
statistic overlaps the gold span) and the exact-span share; for time and
phone-number examples, the share wrongly marked as a statistic.

OPTIONS:
        --misses    lists each error (missed, spurious, inexact, wrong speaker)
                    in its context, before the scores
    -h, --help      prints this help

A malformed line is reported on standard error as FILE:LINE, the rest is still
scored, and the exit status is 1.
";

/// The `evaluate` subcommand.
fn run_evaluate() -> ExitCode {
    use lexopt::prelude::*;
    let mut settings = article_highlighter::evaluate::Settings::default();
    let mut inputs: Vec<PathBuf> = Vec::new();
    let mut parser = lexopt::Parser::from_args(std::env::args_os().skip(2));
    let parsed: Result<bool, lexopt::Error> = (|| {
        while let Some(arg) = parser.next()? {
            match arg {
                Long("misses") => settings.misses = true,
                Short('h') | Long("help") => return Ok(false),
                Value(path) => inputs.push(path.into()),
                _ => return Err(arg.unexpected()),
            }
        }
        Ok(true)
    })();
    match parsed {
        Ok(true) if inputs.is_empty() => {
            eprintln!(
                "article-highlighter: evaluate needs a gold JSONL file (or - for standard input)\nTry 'article-highlighter evaluate --help'."
            );
            return ExitCode::from(2);
        }
        Ok(true) => {}
        Ok(false) => {
            print!("{EVALUATE_HELP}");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("article-highlighter: {e}\nTry 'article-highlighter evaluate --help'.");
            return ExitCode::from(2);
        }
    }
    let paths: Vec<&std::path::Path> = inputs.iter().map(PathBuf::as_path).collect();
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let ok = article_highlighter::evaluate::run(&paths, settings, &mut out, &mut io::stderr());
    match (ok, out.flush()) {
        (Ok(true), Ok(())) => ExitCode::SUCCESS,
        (Ok(false), Ok(())) => ExitCode::FAILURE,
        (Err(e), _) | (_, Err(e)) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        (Err(e), _) | (_, Err(e)) => {
            eprintln!("article-highlighter: cannot write output: {e}");
            ExitCode::FAILURE
        }
    }
}
