//! Inputs built to break a scanner: a million quote marks, a million digits,
//! 10 MB on one line, deep nesting, nothing but apostrophes, control
//! characters, right-to-left text. Each must give a result that keeps every
//! invariant, in time that grows linearly with the input.
//!
//! Linearity is checked by timing the same pattern at two sizes, `n` and
//! `8n`, the larger about a megabyte: linear work takes about 8 times as
//! long, quadratic work 64 times. A case fails above 24 times (slope 1.5 on
//! a log-log plot), or when the large input takes longer than `LIMIT`,
//! which a quadratic scan over a megabyte always does. The small input is
//! timed 8 times in a row (as much text as the large one), twice, and the
//! large one twice; the fastest counts. Time is the thread's CPU time,
//! which other processes do not inflate.
//! Both are analysed once before timing, and the result checked.
//! The small input is at least 100 KB or so where the work is cheap, so
//! that both sizes are out of the caches: at 30 KB against 1 MB, allocation
//! and cache misses alone made linear work look 3 times super-linear. The cases run one at a
//! time (a lock), so that they do not time each other's work.
//!
//! `cargo test` builds these with `opt-level = 1` (`[profile.test]` in
//! Cargo.toml): unoptimised, the core's own per-byte work is so slow that
//! it hides a quadratic search done by an optimised `std` routine (a
//! `memrchr` back to the line start) until inputs take minutes.
//!
//! (Lone surrogates cannot be in a Rust `str`: they come from JS, and
//! `tests/wasm/robustness.test.mjs` checks them on the built module.)

use article_highlighter::invariants::check_invariants;
use article_highlighter::{Options, highlight};
use std::sync::Mutex;
use std::time::{Duration, Instant};

#[path = "../benches/corpus/mod.rs"]
#[allow(dead_code)]
mod corpus;

/// How much larger the large input is than the small one.
const FACTOR: usize = 8;
/// The ratio of times, large to small, above which growth is not linear.
const MAX_RATIO: f64 = 24.0;
/// The most any single large input may take, even in a debug build.
const LIMIT: Duration = Duration::from_secs(5);
/// Below this, a small input's time is mostly noise: it is raised to it.
/// The thread's CPU clock ticks every few milliseconds (4 ms seen), so a
/// large input measured at one tick against a small one at a fraction of a
/// tick gave a ratio of 40 for linear work ("dotted digits", CI); with the
/// floor at 1 ms, one tick of the large input stays within the bound.
const FLOOR: Duration = Duration::from_millis(1);

static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

/// Time this thread has spent on a CPU, from Linux's
/// `/proc/thread-self/schedstat` (nanoseconds): unlike wall time, it does
/// not count the time other processes had the CPU, so a busy machine does
/// not make a linear case look quadratic. `None` elsewhere.
fn cpu_time() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let nanos = stat.split_whitespace().next()?.parse().ok()?;
    Some(Duration::from_nanos(nanos))
}

/// Checks the result on `text`, then returns a function that times `runs`
/// analyses of it in a row (CPU time where the system tells it, else wall
/// time).
fn timer(text: &str) -> impl Fn(usize) -> Duration + '_ {
    let analysis = highlight(text, &Options::default());
    if let Err(broken) = check_invariants(text, &analysis) {
        panic!("invariant broken on {} bytes: {broken}", text.len());
    }
    move |runs| {
        let (cpu, wall) = (cpu_time(), Instant::now());
        for _ in 0..runs {
            std::hint::black_box(highlight(std::hint::black_box(text), &Options::default()));
        }
        match (cpu, cpu_time()) {
            (Some(before), Some(after)) => after.saturating_sub(before),
            _ => wall.elapsed(),
        }
    }
}

/// Times `make(n)` and `make(FACTOR * n)`; fails when the larger does not
/// take about `FACTOR` times as long as the smaller, or longer than `LIMIT`.
fn assert_linear(name: &str, n: usize, make: impl Fn(usize) -> String) {
    let _turn = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let (small, large) = (make(n), make(FACTOR * n));
    let (time_small, time_large) = (timer(&small), timer(&large));
    // The small input FACTOR times in a row is as much text as the large
    // one once: the two times are alike for linear work, and long enough
    // for a clock that ticks every few milliseconds.
    let t_small = (0..2).map(|_| time_small(FACTOR)).min().unwrap_or_default() / FACTOR as u32;
    let mut t_large = time_large(1);
    if t_large <= LIMIT {
        t_large = t_large.min(time_large(1));
    }
    let t_small = t_small.max(FLOOR);
    let ratio = t_large.as_secs_f64() / t_small.as_secs_f64();
    eprintln!(
        "{name}: {} bytes in {t_small:.2?}, {} bytes in {t_large:.2?}: ratio {ratio:.1}",
        small.len(),
        large.len()
    );
    assert!(
        ratio <= MAX_RATIO,
        "{name}: {FACTOR} times the input took {ratio:.1} times as long ({t_small:?} → {t_large:?}): not linear"
    );
    assert!(
        t_large <= LIMIT,
        "{name}: {} bytes took {t_large:?}",
        large.len()
    );
}

fn repeat(unit: &str, times: usize) -> String {
    unit.repeat(times)
}

#[test]
fn a_million_quote_marks() {
    for mark in ["\"", "“"] {
        assert_linear(&format!("{mark} × n"), 125_000, |n| repeat(mark, n));
    }
    for mark in ["”", "‘", "«", "„", "「"] {
        assert_linear(&format!("{mark} × n"), 16_000, |n| repeat(mark, n));
    }
    assert_linear("“” × n", 16_000, |n| repeat("“”", n));
}

/// Many short quotes on one line: each is weighed as a quote or a term from
/// the words before it. A search for its line's start that was not bounded
/// (`text[..at].rfind('\n')` in the terms module) made this quadratic:
/// 512 KB of `"a" ` took 9.3 s in a release build, 128 KB 1.1 s. Bounded
/// since; this keeps it so.
#[test]
fn many_short_quotes_on_one_line() {
    assert_linear("\"a\" × n", 8_000, |n| repeat("\"a\" ", n));
    assert_linear("“a ” × n", 8_000, |n| repeat("“a ” ", n));
}

#[test]
fn unclosed_openers_then_closers_of_another_family() {
    // Every closer looks for an opener of its own family among many open
    // ones of another: a search down the whole stack per mark is quadratic.
    assert_linear("“a × n then ’ × n", 8_000, |n| {
        repeat("“a ", n) + &repeat(" ’ ", n)
    });
    assert_linear("‘a × n then b” × n", 8_000, |n| {
        repeat("‘a ", n) + &repeat("b” ", n)
    });
}

#[test]
fn deeply_nested_quotes() {
    // “‘“‘…’”’” nested n deep, closed and left open.
    assert_linear("nested n deep, closed", 1_000, |n| {
        repeat("“a ‘b ", n) + &repeat("c’ d” ", n)
    });
    assert_linear("nested n deep, never closed", 2_000, |n| {
        repeat("“a ‘b ", n)
    });
    // Pairs inside a chain of n openers that never close: each pair is
    // top-level only if every opener around it is a stray.
    assert_linear("pairs inside n strays", 4_000, |n| {
        repeat("“a ", n) + &repeat("‘b’ ", n)
    });
}

#[test]
fn a_million_digits() {
    assert_linear("digits", 125_000, |n| repeat("7", n));
    assert_linear("1,0,000,…", 4_000, |n| repeat("1,000", n));
    assert_linear("numbers with units", 1_000, |n| {
        repeat("3.2 million people rose 4.5% to $1.2bn, ", n)
    });
    assert_linear("dotted digits", 16_000, |n| repeat("1.", n));
}

#[test]
fn ten_megabytes_without_a_newline() {
    // News text with its paragraph breaks turned into spaces: one paragraph
    // of a megabyte, where any search back to the line's start adds up.
    assert_linear("news on one line", 125_000, |n| {
        corpus::article(n).replace('\n', " ")
    });
    assert_linear("10 MB of words on one line", 125_000, |n| {
        repeat("abcdefghijklmnop ", n * 10 / 17)
    });
}

#[test]
fn nothing_but_apostrophes() {
    assert_linear("' × n", 125_000, |n| repeat("'", n));
    assert_linear("’ × n", 32_000, |n| repeat("’", n));
    assert_linear("‘’ × n", 16_000, |n| repeat("‘’", n));
    assert_linear("don't × n", 8_000, |n| repeat("don't ", n));
    assert_linear("’90s × n", 8_000, |n| repeat("the ’90s ", n));
    assert_linear("students’ × n", 8_000, |n| repeat("students’ ", n));
}

#[test]
fn nul_and_control_characters() {
    let controls: String = (0u32..0x20)
        .chain(0x7f..0xa0)
        .filter_map(char::from_u32)
        .collect();
    assert_linear("NUL × n", 125_000, |n| repeat("\0", n));
    assert_linear("control characters", 500, |n| repeat(&controls, n));
    assert_linear("controls around quotes", 2_000, |n| {
        repeat("\0“\u{7}a\u{1b}[0m,”\r said\u{8} \u{c}x\r\n", n)
    });
}

#[test]
fn right_to_left_text() {
    // Hebrew with „…” and straight marks, Arabic with «…», bidi controls
    // (RLM, RLO … PDF) around them; one line each.
    let hebrew = "„אנחנו נמשיך,” אמר ראש העיר. \"זה לא נגמר\", הוסיפה. ";
    let arabic = "«سنواصل العمل» قال الوزير، وارتفعت الأسعار 4.5%. ";
    let bidi = "\u{200f}“\u{202e}reversed\u{202c},” \u{200e}she said.\u{2067}x\u{2069} ";
    assert_linear("Hebrew", 500, |n| repeat(hebrew, n));
    assert_linear("Arabic", 500, |n| repeat(arabic, n));
    assert_linear("bidi controls", 500, |n| repeat(bidi, n));
}

#[test]
fn paragraph_breaks_only() {
    assert_linear("newlines", 125_000, |n| repeat("\n", n));
    assert_linear("quote per paragraph", 16_000, |n| repeat("“a\n", n));
    assert_linear("CR only", 125_000, |n| repeat("\r", n));
}

#[test]
fn empty_and_tiny_texts() {
    for text in [
        "", " ", "\n", "“", "”", "\"", "'", "“”", "\"\"", "1", "%", "$", "€1",
    ] {
        let analysis = highlight(text, &Options::default());
        assert_eq!(check_invariants(text, &analysis), Ok(()), "{text:?}");
    }
}
