//! Writes the generated benchmark texts (`corpus::SIZES`) into a folder, so
//! that the Node benchmark (`bench/node.mjs`) measures the very same texts
//! as the criterion benchmark.
//!
//! `cargo bench --bench write_corpus -- <dir>`: one `<name>.txt` per size
//! (`1KB.txt` … `10MB.txt`).

mod corpus;

fn main() {
    // `cargo bench` adds `--bench`; the folder is the one other argument.
    let dir = std::env::args()
        .skip(1)
        .find(|a| !a.starts_with("--"))
        .unwrap_or_else(|| "target/bench-corpus".to_string());
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("cannot create {dir}: {e}"));
    for &(name, size) in corpus::SIZES {
        let path = format!("{dir}/{name}.txt");
        let text = corpus::article(size);
        std::fs::write(&path, &text).unwrap_or_else(|e| panic!("cannot write {path}: {e}"));
        println!("{path}: {} bytes", text.len());
    }
}
