//! The `evaluate` command, run as a researcher runs it on their own gold file.

use std::path::PathBuf;
use std::process::{Command, Output};

fn evaluate(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_article-highlighter"))
        .arg("evaluate")
        .args(args)
        .output()
        .expect("the CLI runs")
}

/// Writes `lines` as a JSONL file of its own for this test.
fn gold_file(name: &str, lines: &[serde_json::Value]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("article-highlighter-eval-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    let body: String = lines.iter().map(|l| format!("{l}\n")).collect();
    std::fs::write(&path, body).expect("write gold file");
    path
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("UTF-8")
}

/// A record with one quote the analysis finds, one it cannot (no closing
/// mark anywhere, so no quote), and a scare quote left unattributed.
fn record() -> serde_json::Value {
    // Offsets in Unicode scalars: the emoji is one.
    let t = "😀 “We are ready,” she said.\nHe praised the “reforms” again.\nShe said it was over.";
    serde_json::json!({
        "id": "one",
        "text": t,
        "quotes": [
            {"start": 2, "end": 17, "text": "“We are ready,”", "speaker_start": 18, "speaker_end": 21},
            {"start": 69, "end": 81, "text": "it was over."},
        ],
        "unattributed_quoted_spans": [{"start": 43, "end": 52, "text": "“reforms”", "words": 1}],
    })
}

#[test]
fn prints_precision_recall_exact_share_and_the_short_span_rate() {
    let gold = gold_file("one.jsonl", &[record()]);
    let output = evaluate(&[gold.to_str().unwrap()]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    let report = text(&output.stdout);
    // One of two gold quotes found, nothing spurious, found exactly.
    assert!(
        report.contains("precision 1.0000  recall 0.5000"),
        "{report}"
    );
    assert!(
        report.contains("exact spans 1.0000  (1 of 1 matched)"),
        "{report}"
    );
    // The scare quote is either a term (0 of 1) or neutral (1 of 1): either
    // way it is not a spurious quote.
    assert!(
        report.contains("1 matched, 0 spurious, 1 missed"),
        "{report}"
    );
    assert!(report.contains("marked as quotes"), "{report}");
    assert!(report.contains("speaker accuracy"), "{report}");
    assert!(report.contains("speaker accuracy by entity"), "{report}");
}

#[test]
fn misses_are_listed_in_context() {
    let gold = gold_file("misses.jsonl", &[record()]);
    let output = evaluate(&["--misses", gold.to_str().unwrap()]);
    let report = text(&output.stdout);
    assert!(
        report.contains("misses.jsonl:1 (one): missed quote: …")
            && report.contains("⟦it was over.⟧"),
        "{report}"
    );
}

#[test]
fn malformed_lines_are_named_and_the_rest_scored() {
    let gold = gold_file(
        "bad.jsonl",
        &[
            serde_json::json!({"text": "no annotations"}),
            record(),
            serde_json::json!({"text": "“a”", "quotes": [{"start": 0, "end": 99}]}),
            serde_json::json!({"text": "“a”", "quotes": [{"start": 0, "end": 3, "text": "“b”"}]}),
        ],
    );
    let mut bytes = std::fs::read(&gold).unwrap();
    bytes.extend_from_slice(b"{not json\n");
    std::fs::write(&gold, bytes).unwrap();
    let output = evaluate(&[gold.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let errors = text(&output.stderr);
    for expected in [
        "bad.jsonl:1: no \"quotes\" or \"spans\" field",
        "bad.jsonl:3: offset 99 is past the end",
        "bad.jsonl:4: quote 0 at 0..3 covers \"“a”\" but its \"text\" is \"“b”\"",
        "bad.jsonl:5: not JSON",
    ] {
        assert!(errors.contains(expected), "{expected}\n{errors}");
    }
    let report = text(&output.stdout);
    assert!(
        report.contains("records: 1  malformed lines: 4"),
        "{report}"
    );
    assert!(report.contains("2 gold"), "{report}");
}

#[test]
fn usage_errors() {
    assert_eq!(evaluate(&[]).status.code(), Some(2));
    assert_eq!(evaluate(&["--frobnicate"]).status.code(), Some(2));
    assert!(text(&evaluate(&["--help"]).stdout).contains("--misses"));
    let output = evaluate(&["/nonexistent/gold.jsonl"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(text(&output.stderr).contains("/nonexistent/gold.jsonl"));
}
