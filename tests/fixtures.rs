//! Fixture tests: articles with the expected marks written inline.
//!
//! Each `tests/fixtures/*.txt` file starts with a line `% kinds: …` naming
//! the kinds it pins (quotes, speakers, statistics, terms); the other kinds
//! are left out of the comparison. Cases are separated by a line `---`; lines
//! of a case that start with `#` are comments (what the case shows, where it
//! came from). A case is the text as `render::to_text` writes it:
//! `[quote=Hun Sen|“…”] [speaker|Mr. Hun Sen] said`, `[percent|4.5 percent]`,
//! `[term|“reforms”]`. The input is the case with its marks removed; the
//! test analyses it and compares the rendering with the case, as strings.
//! A line `@ Name: role` pins the role of the speaker of that name (`@
//! Name: -` for none); it is not part of the text.

use article_highlighter::{Kind, Options, Speaker, highlight, render};
use std::fs;

/// Tags that open a mark: `[tag|` or `[quote=Name|`.
const TAGS: &[&str] = &[
    "quote", "speaker", "term", "count", "percent", "money", "measure", "range", "ratio", "change",
];

/// Removes the marks from a marked case, keeping brackets of the text itself
/// (`[some cases of]`) as they are.
fn strip(marked: &str) -> String {
    let mut out = String::with_capacity(marked.len());
    // For each `[` seen: whether it opened a mark (true) or is text (false).
    let mut open: Vec<bool> = Vec::new();
    let mut rest = marked;
    while let Some(c) = rest.chars().next() {
        if c == '[' {
            if let Some(bar) = mark_tag_len(&rest[1..]) {
                open.push(true);
                rest = &rest[1 + bar + 1..];
                continue;
            }
            open.push(false);
        } else if c == ']' && open.pop() == Some(true) {
            rest = &rest[1..];
            continue;
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    out
}

/// When `s` starts with `tag|` or `quote=Name|`, the length of the tag.
fn mark_tag_len(s: &str) -> Option<usize> {
    let bar = s.find('|')?;
    let tag = &s[..bar];
    let known = TAGS.contains(&tag)
        || tag
            .strip_prefix("quote=")
            .is_some_and(|name| !name.contains(['[', ']', '\n']));
    known.then_some(bar)
}

/// The kinds named by a fixture's `% kinds:` header.
fn kinds(header: &str, file: &str) -> Vec<Kind> {
    let list = header
        .strip_prefix("% kinds:")
        .unwrap_or_else(|| panic!("{file}: first line must be `% kinds: …`"));
    list.split_whitespace()
        .map(|k| match k {
            "quotes" => Kind::Quotes,
            "speakers" => Kind::Speakers,
            "statistics" => Kind::Statistics,
            "terms" => Kind::Terms,
            other => panic!("{file}: unknown kind {other}"),
        })
        .collect()
}

#[test]
fn fixtures() {
    let mut files: Vec<_> = fs::read_dir("tests/fixtures")
        .expect("tests/fixtures")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no fixtures found");
    let mut failures = Vec::new();
    let mut cases = 0;
    for path in &files {
        let file = path.display().to_string();
        let content = fs::read_to_string(path).expect("fixture is UTF-8");
        let (header, body) = content.split_once('\n').unwrap_or((&content, ""));
        let options = Options {
            kinds: kinds(header, &file),
        };
        for (n, case) in body.split("\n---\n").enumerate() {
            let roles: Vec<&str> = case.lines().filter_map(|l| l.strip_prefix("@ ")).collect();
            let marked: String = case
                .lines()
                .filter(|l| !l.starts_with('#') && !l.starts_with("@ "))
                .collect::<Vec<_>>()
                .join("\n")
                .trim()
                .to_string();
            if marked.is_empty() {
                continue;
            }
            cases += 1;
            let input = strip(&marked);
            let analysis = highlight(&input, &options);
            let got = render::to_text(&input, &analysis);
            if got != marked {
                failures.push(format!(
                    "{file} case {}:\n  expected: {marked}\n       got: {got}\n",
                    n + 1
                ));
            }
            for pin in roles {
                if let Some(wrong) = role_differs(pin, &analysis.speakers) {
                    failures.push(format!("{file} case {}: {wrong}\n", n + 1));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {cases} fixture cases differ:\n\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// How the speakers differ from a role pin `Name: role` (`Name: -` for
/// no role), if they do.
fn role_differs(pin: &str, speakers: &[Speaker]) -> Option<String> {
    let (name, role) = pin.split_once(": ").expect("a role pin is `@ Name: role`");
    let want = (role != "-").then_some(role);
    let Some(speaker) = speakers.iter().find(|s| s.name == name) else {
        return Some(format!("no speaker named {name} for the pin `{pin}`"));
    };
    let got = speaker.role.as_deref();
    (got != want).then(|| format!("role of {name}: expected {want:?}, got {got:?}"))
}

#[test]
fn strip_keeps_brackets_of_the_text() {
    assert_eq!(
        strip("[quote=Ann|“We know [some] of it,”] [speaker|she] said [percent|4%]."),
        "“We know [some] of it,” she said 4%."
    );
}
