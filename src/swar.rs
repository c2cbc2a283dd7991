//! Reading text 8 bytes at a time in a `u64` ("SIMD within a register"):
//! the scans over every byte of a text (quote marks, letters, UTF-16
//! counts) test a word of ASCII at once instead of byte by byte. Plain
//! integer code, so it is as fast in WebAssembly as natively.

/// The high bit of every byte of a word: set in a byte that is no ASCII.
pub(crate) const HIGH: u64 = 0x8080_8080_8080_8080;

/// A word with every byte set to `b`.
pub(crate) const fn each(b: u8) -> u64 {
    (b as u64) * 0x0101_0101_0101_0101
}

/// The 8 bytes of `chunk` (of `chunks_exact(8)`) as a word, the first byte
/// lowest. (An array conversion, not `copy_from_slice`: in the .wasm that
/// stays a call, which was a tenth of the statistics-only call in Node.)
pub(crate) fn word(chunk: &[u8]) -> u64 {
    u64::from_le_bytes(<[u8; 8]>::try_from(chunk).unwrap_or([0; 8]))
}

/// Whether some byte of `w` is `b`.
pub(crate) fn has_byte(w: u64, b: u8) -> bool {
    // A zero byte of `x` is the only one that borrows into its high bit
    // without having had it set; bytes above a borrow may be flagged too,
    // but only when there is a zero byte below them.
    let x = w ^ each(b);
    x.wrapping_sub(each(1)) & !x & HIGH != 0
}

/// The high bit of each zero byte of `x`, and of no other (the carries
/// stay within each byte's low seven bits; unlike [`has_byte`]'s borrow,
/// no byte above a zero one is flagged).
pub(crate) fn zero_bytes(x: u64) -> u64 {
    !(((x & !HIGH) + !HIGH) | x) & HIGH
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_a_byte_in_any_position() {
        for b in [0u8, 1, b'"', 0x7F, 0x80, 0xE2, 0xFF] {
            for at in 0..8 {
                let mut bytes = [b.wrapping_add(1); 8];
                assert!(!has_byte(word(&bytes), b), "{b} absent");
                bytes[at] = b;
                assert!(has_byte(word(&bytes), b), "{b} at {at}");
            }
        }
    }
}
