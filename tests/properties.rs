//! Property tests: on generated text rich in what breaks scanners (quote
//! marks of every family, apostrophes, digits and number punctuation,
//! paragraph breaks, cues and names, multibyte and right-to-left
//! characters, control characters), every result keeps the invariants of
//! `article_highlighter::invariants`, and asking for fewer kinds changes
//! nothing in the kinds still asked for.

use article_highlighter::invariants::check_invariants;
use article_highlighter::{Kind, Options, highlight, render};
use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;

/// Pieces that text is built from, weighted towards the tricky ones.
const PIECES: &[&str] = &[
    // Quotation marks of every family, straight and curly.
    "\"",
    "\"",
    "“",
    "”",
    "“",
    "”",
    "‘",
    "’",
    "’",
    "'",
    "'",
    "«",
    "»",
    "„",
    "‹",
    "›",
    "‚",
    "「",
    "」",
    "『",
    "』", // Apostrophes and primes in their usual places.
    "don't",
    "’90s",
    "students’",
    "rock ’n’ roll",
    "5'10\"",
    "O’Brien", // Numbers.
    "0",
    "1",
    "7",
    "42",
    "3.2",
    "1,000",
    "4.5%",
    "$3",
    "€1.2bn",
    "£",
    "5,000-6,000",
    " percent",
    " million",
    " one in five",
    "2:1",
    "1990",
    "COVID-19", // Words, cues and names.
    "a",
    "the",
    "We",
    "will",
    "win",
    " said",
    " says",
    " added",
    " told",
    " according to",
    "he",
    "she",
    "Mr.",
    "Dr.",
    "Hun Sen",
    "Maria Okafor",
    "the report",
    "so-called", // Spacing.
    " ",
    " ",
    " ",
    " ",
    ",",
    ".",
    ":",
    "?",
    "!",
    "—",
    "-",
    "(",
    ")",
    "[",
    "]",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    "\u{a0}", // Multibyte, right-to-left, emoji, controls.
    "中文",
    "😀",
    "👍🏽",
    "é",
    "שלום",
    "سلام",
    "\u{200f}",
    "\u{202e}",
    "\u{0}",
    "\u{7}",
    "\u{1b}",
    "\u{fffd}",
    "\u{feff}",
];

/// Text made of 0 to 120 pieces.
fn tricky_text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..120).prop_map(|pieces| pieces.concat())
}

/// Text made of pieces without line breaks: one paragraph.
fn one_paragraph() -> impl Strategy<Value = String> {
    let pieces: Vec<&str> = PIECES
        .iter()
        .copied()
        .filter(|p| !p.contains(['\n', '\r']))
        .collect();
    prop::collection::vec(prop::sample::select(pieces), 0..120).prop_map(|pieces| pieces.concat())
}

/// A subset of the kinds.
fn kinds() -> impl Strategy<Value = Vec<Kind>> {
    prop::sample::subsequence(Kind::ALL.to_vec(), 0..=Kind::ALL.len())
}

fn check(text: &str) -> Result<(), TestCaseError> {
    let analysis = highlight(text, &Options::default());
    check_invariants(text, &analysis).map_err(|broken| {
        TestCaseError::fail(format!("{broken}\ntext: {text:?}\nresult: {analysis:#?}"))
    })?;
    // Both renderers accept any result and keep every byte of the text.
    let marked = render::to_text(text, &analysis);
    prop_assert!(marked.len() >= text.len());
    let html = render::to_html("t", text, &analysis);
    prop_assert!(!html.contains("<script"));
    Ok(())
}

proptest! {
    // Failing cases are kept in tests/regressions/properties.txt and run
    // first from then on.
    #![proptest_config(ProptestConfig {
        cases: 512,
        failure_persistence: Some(Box::new(FileFailurePersistence::Direct(
            "tests/regressions/properties.txt"
        ))),
        ..ProptestConfig::default()
    })]

    #[test]
    fn tricky_text_keeps_the_invariants(text in tricky_text()) {
        check(&text)?;
    }

    #[test]
    fn any_text_keeps_the_invariants(text in any::<String>()) {
        check(&text)?;
    }

    #[test]
    fn fewer_kinds_change_nothing_else(text in tricky_text(), kinds in kinds()) {
        let all = highlight(&text, &Options::default());
        let some = highlight(&text, &Options { kinds: kinds.clone() });
        check_invariants(&text, &some).map_err(TestCaseError::fail)?;
        let wants = |k| kinds.contains(&k);
        if wants(Kind::Quotes) {
            let spans = |a: &article_highlighter::Analysis| {
                a.quotes.iter().map(|q| q.span()).collect::<Vec<_>>()
            };
            prop_assert_eq!(spans(&some), spans(&all));
            if wants(Kind::Speakers) {
                prop_assert_eq!(&some.quotes, &all.quotes);
                prop_assert_eq!(&some.speakers, &all.speakers);
            }
        } else {
            prop_assert!(some.quotes.is_empty());
        }
        if wants(Kind::Statistics) {
            prop_assert_eq!(&some.statistics, &all.statistics);
        } else {
            prop_assert!(some.statistics.is_empty());
        }
        if wants(Kind::Terms) {
            prop_assert_eq!(&some.terms, &all.terms);
        } else {
            prop_assert!(some.terms.is_empty());
        }
    }

    #[test]
    fn a_text_and_its_copy_after_a_blank_line_get_the_same_marks(text in one_paragraph()) {
        // Quotation marks are paired within a paragraph: the same paragraph
        // later in the text gets the same quoted spans (quotes and terms
        // together: which is which may depend on what came before),
        // shifted. Not when it opens a quote that the copy would continue.
        let once = highlight(&text, &Options { kinds: vec![Kind::Quotes, Kind::Terms] });
        let doubled = format!("{text}\n\n{text}");
        let twice = highlight(&doubled, &Options { kinds: vec![Kind::Quotes, Kind::Terms] });
        check_invariants(&doubled, &twice).map_err(TestCaseError::fail)?;
        if once.quotes.iter().chain(&twice.quotes).any(|q| q.continues.is_some()) {
            return Ok(()); // the copy continues a quote the text left open
        }
        let shift = text.len() + 2;
        let mut second: Vec<_> = twice
            .quotes
            .iter()
            .map(|q| q.span())
            .chain(twice.terms.iter().map(|t| t.span()))
            .filter(|s| s.start >= shift)
            .map(|s| (s.start - shift, s.end - shift))
            .collect();
        let mut first: Vec<_> = once
            .quotes
            .iter()
            .map(|q| q.span())
            .chain(once.terms.iter().map(|t| t.span()))
            .map(|s| (s.start, s.end))
            .collect();
        second.sort_unstable();
        first.sort_unstable();
        prop_assert_eq!(second, first);
    }
}
