//! The command-line tool, run as a user runs it.

use serde_json::Value;
use std::io::Write;
use std::process::{Command, Output, Stdio};

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_article-highlighter"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the CLI starts");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin)
        .expect("write stdin");
    child.wait_with_output().expect("the CLI ends")
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("UTF-8 output")
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).expect("UTF-8 errors")
}

fn temp_file(name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("article-highlighter-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write temp file");
    path
}

#[test]
fn jsonl_echoes_ids_and_counts_offsets_in_chars() {
    let input = "{\"id\": \"a\", \"text\": \"😀 “Yes,” she said.\"}\n{\"id\": 7, \"text\": \"No quotes.\"}\n";
    let output = run(&["--jsonl", "--offsets", "chars"], input.as_bytes());
    assert!(output.status.success(), "{}", stderr(&output));
    let lines: Vec<Value> = stdout(&output)
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["id"], "a");
    assert_eq!(lines[0]["offsets"], "chars");
    // 😀 is one char: the quote “Yes,” starts at char 2 and ends at 8.
    assert_eq!(
        (
            lines[0]["quotes"][0]["start"].as_u64(),
            lines[0]["quotes"][0]["end"].as_u64()
        ),
        (Some(2), Some(8))
    );
    assert_eq!(lines[1]["id"], 7);
    assert_eq!(lines[1]["quotes"].as_array().map(Vec::len), Some(0));
}

#[test]
fn utf16_is_the_default_unit() {
    let output = run(&[], "😀 “Yes,” she said.".as_bytes());
    let result: Value = serde_json::from_slice(&output.stdout).expect("JSON");
    assert_eq!(result["offsets"], "utf16");
    assert_eq!(result["quotes"][0]["start"], 3);
}

#[test]
fn bad_jsonl_line_is_reported_by_number_and_the_rest_processed() {
    let input = b"{\"id\": 1, \"text\": \"\\u201cOne,\\u201d he said.\"}\n{not json\n{\"id\": 3}\n{\"id\": 4, \"text\": \"\\u201cFour,\\u201d he said.\"}\n";
    let output = run(&["--jsonl"], input);
    assert_eq!(output.status.code(), Some(1));
    let err = stderr(&output);
    assert!(err.contains("<stdin>:2:"), "{err}");
    assert!(err.contains("<stdin>:3:") && err.contains("text"), "{err}");
    let lines: Vec<Value> = stdout(&output)
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect();
    assert_eq!(lines.len(), 4, "one line out per line in");
    assert_eq!(lines[0]["id"], 1);
    assert_eq!(lines[1]["line"], 2);
    assert!(lines[1]["error"].is_string());
    assert_eq!(lines[2]["line"], 3);
    assert_eq!(lines[3]["id"], 4);
    assert_eq!(lines[3]["quotes"].as_array().map(Vec::len), Some(1));
}

#[test]
fn invalid_utf8_names_the_file_and_byte() {
    let bad = temp_file("bad.txt", b"caf\xc3 \xff");
    let good = temp_file("good.txt", "“Fine,” he said.".as_bytes());
    let output = run(&[bad.to_str().unwrap(), good.to_str().unwrap()], b"");
    assert_eq!(output.status.code(), Some(1));
    let err = stderr(&output);
    assert!(err.contains("bad.txt: invalid UTF-8 at byte 3"), "{err}");
    // The good file is still analysed, as a line naming its file.
    let line: Value = serde_json::from_str(stdout(&output).trim()).expect("one JSON line");
    assert!(line["file"].as_str().unwrap().ends_with("good.txt"));
    assert_eq!(line["quotes"].as_array().map(Vec::len), Some(1));
}

#[test]
fn invalid_utf8_in_a_jsonl_line_names_the_line() {
    let output = run(&["--jsonl"], b"{\"text\": \"ok\"}\n{\"text\": \"\xff\"}\n");
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("<stdin>:2: invalid UTF-8 at byte 10"),
        "{}",
        stderr(&output)
    );
    assert_eq!(stdout(&output).lines().count(), 2);
}

#[test]
fn missing_file_is_named() {
    let output = run(&["/nonexistent/article.txt"], b"");
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("/nonexistent/article.txt"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn text_format_brackets_the_marks() {
    let output = run(
        &["--format", "text"],
        "“We will win the vote,” she said.".as_bytes(),
    );
    assert!(stdout(&output).contains("[quote"), "{}", stdout(&output));
    assert!(
        stdout(&output).contains("|“We will win the vote,”]"),
        "{}",
        stdout(&output)
    );
}

#[test]
fn html_format_escapes_every_character_of_the_input() {
    let text = "<script>alert(1)</script> “<img src=x onerror=alert(1)> is here,” he said.";
    let output = run(&["--format", "html"], text.as_bytes());
    let html = stdout(&output);
    assert!(html.starts_with("<!doctype html>"));
    assert!(
        !html.contains("<script>") && !html.contains("<img"),
        "{html}"
    );
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(html.contains("<mark data-kind=\"quote\""));
}

#[test]
fn kinds_choose_what_is_reported() {
    let text = "Sales rose 5%, “a record for us,” Ann Lee said.".as_bytes();
    let all: Value = serde_json::from_str(&stdout(&run(&[], text))).expect("JSON");
    let output = run(&["-k", "statistics"], text);
    assert!(output.status.success(), "{}", stderr(&output));
    let some: Value = serde_json::from_str(&stdout(&output)).expect("JSON");
    assert_eq!(some["statistics"], all["statistics"]);
    assert_eq!(some["statistics"].as_array().map(Vec::len), Some(1));
    assert_eq!(some["quotes"], serde_json::json!([]));
    assert_eq!(some["speakers"], serde_json::json!([]));
    let output = run(&["--kinds", "quotes, speakers"], text);
    let some: Value = serde_json::from_str(&stdout(&output)).expect("JSON");
    assert_eq!(some["quotes"], all["quotes"]);
    assert_eq!(some["speakers"], all["speakers"]);
    assert_eq!(some["statistics"], serde_json::json!([]));
}

#[test]
fn bad_options_are_named() {
    let output = run(&["--offsets", "utf8"], b"");
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("utf16, chars or bytes"),
        "{}",
        stderr(&output)
    );
    let output = run(&["--jsonl", "--format", "html"], b"");
    assert_eq!(output.status.code(), Some(2));
    let output = run(&["--kinds", "quotes,people"], b"");
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("unknown kind \"people\""),
        "{}",
        stderr(&output)
    );
    let output = run(&["--frobnicate"], b"");
    assert!(
        stderr(&output).contains("--frobnicate"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn help_and_version() {
    assert!(stdout(&run(&["--help"], b"")).contains("--jsonl"));
    assert!(stdout(&run(&["--version"], b"")).starts_with("article-highlighter "));
}
