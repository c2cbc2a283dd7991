use super::*;
use std::time::{Duration, Instant};

fn quoted(text: &str) -> Vec<&str> {
    scan(text).iter().map(|q| &text[q.span]).collect()
}

#[test]
fn pairs_curly_and_straight_marks() {
    assert_eq!(quoted("“A,” he said. \"B\" too."), ["“A,”", "\"B\""]);
}

#[test]
fn apostrophes_and_primes_are_not_marks() {
    assert_eq!(
        quoted("“Don’t go in the ’90s,” she said of the 5'10\" man."),
        ["“Don’t go in the ’90s,”"]
    );
    assert_eq!(
        quoted("It's a 12\" record. \"Yes,\" he said."),
        ["\"Yes,\""]
    );
}

#[test]
fn nested_quote_stays_inside() {
    assert_eq!(
        quoted("“He said ‘no’ twice,” she said."),
        ["“He said ‘no’ twice,”"]
    );
}

#[test]
fn stray_mark_costs_only_its_paragraph() {
    let text = "A stray “ mark and “a quote.”\n“Next,” he said.";
    assert_eq!(quoted(text), ["“a quote.”", "“Next,”"]);
}

#[test]
fn missing_close_runs_to_the_paragraph_end() {
    let text = "He said “we will win the vote.\nThe vote was held.";
    assert_eq!(quoted(text), ["“we will win the vote."]);
    assert!(!scan(text)[0].open_ended);
}

#[test]
fn multi_paragraph_quote_gives_linked_pieces() {
    let text = "“First part.\n\n“Second part,” he said.";
    let found = scan(text);
    assert_eq!(quoted(text), ["“First part.", "“Second part,”"]);
    assert!(found[0].open_ended && !found[0].continues);
    assert!(found[1].continues && !found[1].open_ended);
}

#[test]
fn guillemets_and_low_high_marks() {
    assert_eq!(quoted("Il a dit «non». Er sagte „ja“."), ["«non»", "„ja“"]);
    assert_eq!(quoted("Han sagde »nej« i går."), ["»nej«"]);
}

#[test]
fn doubled_apostrophes_are_double_marks() {
    assert_eq!(
        quoted("''I said, 'No,''' he recalled. ''Fine.''"),
        ["''I said, 'No,'''", "''Fine.''"]
    );
}

#[test]
fn marks_inside_markup_tags_are_not_quotes() {
    assert_eq!(
        quoted("<tweet author=\"@ann\" date=\"May 2\">\"We won,\" she wrote.</tweet>"),
        ["\"We won,\""]
    );
}

#[test]
fn any_text_gives_a_result() {
    for text in [
        "",
        "\"",
        "'",
        "''",
        "'''",
        "<",
        "<a",
        "”",
        "“\n”",
        "\u{0}“\u{7}",
        "a\u{2028}“b",
        "「『」』",
    ] {
        for q in scan(text) {
            assert!(q.span.start <= q.span.end && q.span.end <= text.len());
            let _ = &text[q.span];
        }
    }
}

/// A million marks in one paragraph must not go quadratic.
#[test]
fn a_million_marks_in_one_paragraph_scan_in_linear_time() {
    let n = if cfg!(debug_assertions) {
        200_000
    } else {
        1_000_000
    };
    let limit = Duration::from_secs(if cfg!(debug_assertions) { 20 } else { 2 });
    for text in [
        "“".repeat(n),
        "”".repeat(n),
        "“‘".repeat(n / 2) + &"’".repeat(n / 2),
        "‘".repeat(n / 2) + &"”".repeat(n / 2),
        "“a” ".repeat(n / 2),
        "\"".repeat(n),
        "'".repeat(n),
        "<a".repeat(n / 2) + ">",
        "“".repeat(n / 2) + &"‘a’".repeat(n / 4),
    ] {
        let started = Instant::now();
        let found = scan(&text);
        let took = started.elapsed();
        assert!(took < limit, "{} marks took {took:?}", text.chars().count());
        assert!(found.len() <= text.len());
    }
}

#[test]
fn last_single_mark_found_on_bytes_as_on_chars() {
    for body in [
        "",
        "no mark",
        "it's",
        "don’t stop",
        "a ’ b ' c",
        "' at the start",
        "ends ’",
        "\u{99} alone, ™ (E2 84 A2) and ♙ (E2 99 99)",
        "♙",
        "x’♙",
        "'rights' crowd doesn't",
        "a ’b’ c’d",
    ] {
        // The last mark not between two letters, found on chars.
        let chars: Vec<(usize, char)> = body.char_indices().collect();
        let letter = |k: Option<&(usize, char)>| k.is_some_and(|(_, c)| c.is_ascii_alphabetic());
        let want = (0..chars.len()).rev().find(|&k| {
            matches!(chars[k].1, '\'' | '’')
                && !(k > 0 && letter(chars.get(k - 1)) && letter(chars.get(k + 1)))
        });
        assert_eq!(
            last_single(body.as_bytes()),
            want.map(|k| chars[k].0),
            "{body}"
        );
    }
}

#[test]
fn next_mark_found_by_words_as_by_bytes() {
    let text = "plain words, then “curly” and \"straight\" and 'single' <b>tag</b> «guillemets» 「corner」 é ü #hash & more words, `tick`";
    let bytes = text.as_bytes();
    for from in 0..bytes.len() {
        for to in from..bytes.len().min(from + 40) {
            let run = &bytes[from..to];
            let want = run.iter().position(|&b| MARK_START[usize::from(b)]);
            assert_eq!(next_mark(run), want, "{run:?}");
        }
    }
}

#[test]
fn grave_accents_open_a_double_quote() {
    // The TeX and Penn Treebank convention: ``…'', and a lone ` is no mark.
    assert_eq!(
        quoted("``We are ready,'' he said. Use `x` here. He said ``no.''"),
        ["``We are ready,''", "``no.''"]
    );
}
