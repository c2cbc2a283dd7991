//! A fast hash for the speakers' own small keys (spans, interned word
//! numbers, short words): the standard SipHash resists hash flooding, which
//! these maps, keyed by positions and words of one text, do not need, and it
//! cost ~8% of the speakers stage on 1 MB of news.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// A `HashMap` with [`FastHasher`].
pub(crate) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FastHasher>>;

/// The multiply-and-rotate hash of the Rust compiler's own tables (FxHash):
/// a rotate, a xor and a multiply per word of input.
#[derive(Clone, Copy, Default)]
pub(crate) struct FastHasher(u64);

impl FastHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for FastHasher {
    fn write(&mut self, bytes: &[u8]) {
        // Each chunk read as a little-endian number, the last one padded
        // with zeros. Built byte by byte rather than copied into a padded
        // array: the copy of a chunk of unknown length was a `memcpy` call
        // per 8 bytes of every name word and name looked up.
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let word = rest
                .iter()
                .rev()
                .fold(0u64, |word, &b| word << 8 | u64::from(b));
            self.add(word);
        }
    }

    fn write_u8(&mut self, n: u8) {
        self.add(u64::from(n));
    }

    fn write_u32(&mut self, n: u32) {
        self.add(u64::from(n));
    }

    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }

    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }

    /// The two halves, low first: the hash [`Hasher::write`] gives of the
    /// 16 bytes (the default `write_u128`), without its byte loop, for the
    /// speakers' word and name keys.
    fn write_u128(&mut self, n: u128) {
        self.add(n as u64);
        self.add((n >> 64) as u64);
    }

    fn finish(&self) -> u64 {
        // The multiply mixes upwards: the well-mixed high bits are moved
        // down, where the table takes its bucket index from.
        self.0.rotate_left(26)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_keep_every_key_apart() {
        let mut map: FastMap<(usize, usize), usize> = FastMap::default();
        for i in 0..10_000 {
            map.insert((i, i + 3), i);
        }
        assert_eq!(map.len(), 10_000);
        assert!((0..10_000).all(|i| map[&(i, i + 3)] == i));
        let mut words: FastMap<String, u32> = FastMap::default();
        for w in ["a", "ab", "abcdefgh", "abcdefghi", ""] {
            let n = words.len() as u32;
            words.insert(w.to_string(), n);
        }
        assert_eq!(words.len(), 5);
        // The chunks are the zero-padded little-endian numbers.
        for n in 0..20u8 {
            let bytes: Vec<u8> = (1..=n).collect();
            let mut ours = FastHasher::default();
            ours.write(&bytes);
            let mut padded = FastHasher::default();
            for chunk in bytes.chunks(8) {
                let mut word = [0u8; 8];
                word[..chunk.len()].copy_from_slice(chunk);
                padded.add(u64::from_le_bytes(word));
            }
            assert_eq!(ours.finish(), padded.finish(), "{n} bytes");
        }
        assert_eq!(words["abcdefghi"], 3);
        // A number's hash is that of its little-endian bytes.
        for n in [0, 1, u128::MAX, 0x0123_4567_89ab_cdef_fedc_ba98_7654_3210] {
            let mut ours = FastHasher::default();
            ours.write_u128(n);
            let mut bytes = FastHasher::default();
            bytes.write(&n.to_le_bytes());
            assert_eq!(ours.finish(), bytes.finish());
        }
    }
}
