//! Times each stage of the pipeline on one file, for finding where the time
//! goes: `cargo run --release --example stages -- FILE [RUNS]`.
//!
//! Prints, per run, the time of the quote scan, speaker attribution, the
//! statistics, the whole of `highlight` and the UTF-16 offset conversion.

use article_highlighter::{Encoding, Options, highlight, offsets, quotes, speakers, statistics};
use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: stages FILE [RUNS]");
        std::process::exit(2);
    };
    let runs: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(3);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        eprintln!("{path}: {e}");
        std::process::exit(1);
    });
    for _ in 0..runs {
        let t = Instant::now();
        let pieces = quotes::scan(&text);
        let scan = t.elapsed();
        let t = Instant::now();
        let (_, people) = speakers::attribute(&text, &pieces);
        let attribute = t.elapsed();
        let t = Instant::now();
        let numbers = statistics::find(&text);
        let find = t.elapsed();
        let t = Instant::now();
        let mut analysis = highlight(&text, &Options::default());
        let total = t.elapsed();
        let t = Instant::now();
        offsets::convert(&mut analysis, &text, Encoding::Utf16);
        let convert = t.elapsed();
        println!(
            "quotes {scan:.1?}  speakers {attribute:.1?}  statistics {find:.1?}  \
             highlight {total:.1?}  utf16 {convert:.1?}  \
             ({} pieces, {} speakers, {} statistics)",
            pieces.len(),
            people.len(),
            numbers.len()
        );
    }
}
