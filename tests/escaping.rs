//! Whatever the CLI renders as HTML is inert: markup inside quotes, inside
//! speaker names and around them comes out as text. Checked through the
//! whole pipeline (the real speakers module picks the names), by reading
//! the page back: every tag is one the renderer writes, and removing the
//! marks and decoding the entities gives the input again, character for
//! character.

use article_highlighter::{Options, highlight, render};
use std::io::Write;
use std::process::{Command, Stdio};

/// Texts with payloads in the quote, in and around the speaker's name, in
/// a role, and in numbers.
const PAYLOADS: &[&str] = &[
    "“Hi,” said <img src=x onerror=alert(1)> Smith.",
    "“Hi,” said Smith<script>alert(1)</script>.",
    "“<script>alert(1)</script> is fine,” Ann Lee said.",
    "“Hi,” said Anna \"<b>\" Smith.",
    "“Hi,” said J&amp;J Smith & Co.",
    "“Hi,” Ann Lee<svg/onload=alert(1)> said.",
    "“Hi,” said Ann \"Lee' onmouseover=alert(1) x\".",
    "“Hi,” said Ann Lee, head of <script>alert(1)</script> at the bank.",
    "Ann <b>Lee</b>, an aide, said: “<iframe src=javascript:alert(1)>.”",
    "“It rose 45% to $<i>3</i> million,” said \"><a href=javascript:alert(1)>Bob</a> Jones.",
    "“Quote ‘<style>*{display:none}</style>’ inside,” she said. <!-- comment --> ]]> &#60;b&#62;",
];

/// Tags the renderer itself writes; anything else is injected markup.
const OWN_TAGS: &[&str] = &[
    "!doctype", "html", "/html", "head", "/head", "meta", "title", "/title", "style", "/style",
    "body", "/body", "article", "/article", "mark", "/mark",
];

/// The article's text as a browser would read it: marks removed, entities
/// decoded. Panics on a tag the renderer does not write.
fn read_back(html: &str) -> String {
    let body = html
        .split_once("<article>")
        .and_then(|(_, rest)| rest.split_once("</article>"))
        .map(|(body, _)| body)
        .expect("an <article> element");
    let mut text = String::new();
    let mut rest = body;
    while let Some(open) = rest.find('<') {
        text.push_str(&rest[..open]);
        let close = rest[open..].find('>').expect("a closed tag") + open;
        let tag = &rest[open + 1..close];
        let name = tag.split_whitespace().next().unwrap_or("");
        assert!(
            name == "mark" || name == "/mark",
            "unexpected tag <{tag}> in {body}"
        );
        // Attribute values are quoted and hold no raw markup.
        assert!(
            !tag.contains(['<', '\'']) && tag.matches('"').count() % 2 == 0,
            "attribute quoting broken in <{tag}>"
        );
        rest = &rest[close + 1..];
    }
    text.push_str(rest);
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

fn check_page(input: &str, html: &str) {
    let mut at = 0;
    while let Some(open) = html[at..].find('<') {
        let tag = &html[at + open + 1..];
        let name: String = tag
            .chars()
            .take_while(|c| !c.is_whitespace() && *c != '>')
            .collect();
        assert!(
            OWN_TAGS.contains(&name.to_ascii_lowercase().as_str()),
            "injected <{name}> for {input:?}"
        );
        at += open + 1;
    }
    assert_eq!(read_back(html), input, "the text is not kept as text");
}

#[test]
fn payloads_in_quotes_and_speaker_names_render_as_text() {
    let mut named = 0;
    for &text in PAYLOADS {
        let analysis = highlight(text, &Options::default());
        named += analysis.speakers.len();
        let html = render::to_html("<title>&", text, &analysis);
        check_page(text, &html);
        assert!(html.contains("<title>&lt;title&gt;&amp;</title>"));
        // Each speaker's name is in a title attribute, escaped.
        for speaker in &analysis.speakers {
            let mut escaped = String::new();
            render::escape_html(&speaker.name, &mut escaped);
            assert!(
                html.contains(&format!("title=\"{escaped}\"")),
                "{:?} not in a title in {html}",
                speaker.name
            );
        }
    }
    // The payloads really reach the speaker code path.
    assert!(named >= PAYLOADS.len() / 2, "only {named} speakers found");
}

#[test]
fn the_cli_html_format_escapes_payloads() {
    for &text in PAYLOADS {
        let mut child = Command::new(env!("CARGO_BIN_EXE_article-highlighter"))
            .args(["--format", "html"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("the CLI starts");
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(text.as_bytes())
            .expect("write stdin");
        let output = child.wait_with_output().expect("the CLI ends");
        assert!(output.status.success());
        let html = String::from_utf8(output.stdout).expect("UTF-8");
        check_page(text, &html);
    }
}
