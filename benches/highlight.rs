//! Criterion benchmarks of the core on generated news text, 1 KB to 10 MB:
//! `highlight` alone (UTF-8 byte offsets), and with the conversion to UTF-16
//! offsets that the JS boundary adds.
//!
//! `cargo bench --bench highlight` (or `make bench`, which also runs the Node
//! comparison). Throughput is reported in bytes of UTF-8 text.

// `criterion_group!` defines an undocumented `pub fn benches`.
#![allow(missing_docs)]

use article_highlighter::{Encoding, Options, highlight, offsets};
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use std::time::Duration;

mod corpus;

fn bench_highlight(c: &mut Criterion) {
    let options = Options::default();
    let mut group = c.benchmark_group("highlight");
    for &(name, size) in corpus::SIZES {
        let text = corpus::article(size);
        group.throughput(Throughput::Bytes(text.len() as u64));
        // Large inputs take long per iteration: fewer samples keep the run
        // within a minute while the spread stays visible.
        if size >= 1_000_000 {
            group.sample_size(10);
            group.measurement_time(Duration::from_secs(if size >= 10_000_000 { 20 } else { 5 }));
        } else {
            group.sample_size(50);
            group.measurement_time(Duration::from_secs(3));
        }
        group.bench_with_input(BenchmarkId::new("bytes", name), &text, |b, text| {
            b.iter(|| highlight(black_box(text), &options))
        });
        group.bench_with_input(BenchmarkId::new("utf16", name), &text, |b, text| {
            b.iter(|| {
                let mut analysis = highlight(black_box(text), &options);
                offsets::convert(&mut analysis, text, Encoding::Utf16);
                analysis
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench_highlight);
criterion_main!(benches);
