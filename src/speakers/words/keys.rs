//! A word packed into an integer, and a hash table keyed by such integers:
//! the lookup every word list of the speakers stage goes through (the
//! [`super::lexicon`], which holds the cue words too), once per word of the
//! text.

/// A word of at most 16 bytes, ASCII-lowercased, packed in an integer
/// (zero bytes after its end); `None` for the empty word, longer words and
/// words ending in a zero byte (`bank\0` would pack as `bank`). A word
/// holding a zero byte elsewhere packs to no list word's key, since none
/// holds one.
#[inline(always)]
pub(crate) fn key(bytes: &[u8]) -> Option<u128> {
    let n = bytes.len();
    if n == 0 || n > 16 || bytes[n - 1] == 0 {
        return None;
    }
    let (hi, lo) = bytes.split_at(n.min(8));
    // Most words fit in the high half: no load and no lowercasing of the
    // empty low half (lower8 of 0 is 0).
    let lo = if lo.is_empty() { 0 } else { lower8(load(lo)) };
    Some(u128::from(lower8(load(hi))) << 64 | u128::from(lo))
}

/// [`key`] of `bytes[start..end]`, a word of 1 to 16 ASCII letters and
/// digits (see [`super::PlainWords::class`]), from whole 8-byte loads of the
/// text where it goes on past the word, the bytes after the word masked
/// off: a few instructions where [`key`] takes ~35 (it is asked of most
/// words of the text).
#[inline(always)]
pub(crate) fn key_plain(bytes: &[u8], start: usize, end: usize) -> Option<u128> {
    // ASCII-lowercasing a letter sets its 0x20 bit, which digits have.
    const LOWER: u64 = 0x2020_2020_2020_2020;
    // The `n` bytes (1 to 8) from `at`, as `load` would give them.
    let eight = |at: usize, n: usize| {
        let b: [u8; 8] = bytes.get(at..at + 8)?.try_into().ok()?;
        let mask = u64::MAX << (8 * (8 - n));
        Some((u64::from_be_bytes(b) | LOWER) & mask)
    };
    let whole = match end - start {
        n @ 1..=8 => eight(start, n).map(|hi| u128::from(hi) << 64),
        n @ 9..=16 => eight(start, 8)
            .zip(eight(start + 8, n - 8))
            .map(|(hi, lo)| u128::from(hi) << 64 | u128::from(lo)),
        _ => return None,
    };
    // Near the end of the text: byte by byte.
    whole.or_else(|| key_apart(&bytes[start..end]))
}

/// [`key`] of the first `n` bytes (1 to 7) of `w`, 8 bytes of the text
/// loaded little-endian (the first byte lowest), all of them ASCII letters
/// and digits: the tokenizer has the load at hand for the commonest word
/// (see `tokens::tokenize`), and the key is then a byte swap and a mask.
#[inline(always)]
pub(crate) fn key_loaded(w: u64, n: usize) -> u128 {
    debug_assert!((1..8).contains(&n));
    // ASCII-lowercasing a letter sets its 0x20 bit, which digits have.
    let hi = (w.swap_bytes() | 0x2020_2020_2020_2020) & u64::MAX << (64 - 8 * n);
    u128::from(hi) << 64
}

/// [`key`], in a function of its own: [`key_plain`] needs it only at the
/// end of a text, the name words only for a word with a curly apostrophe,
/// and it is inlined where it is needed at every word.
#[inline(never)]
pub(crate) fn key_apart(bytes: &[u8]) -> Option<u128> {
    key(bytes)
}

/// One to eight bytes as the high bytes of an integer, big-endian, in a
/// few overlapping loads (a copy into a buffer called `memcpy` per word).
#[inline(always)]
fn load(h: &[u8]) -> u64 {
    let n = h.len();
    let four = |at: usize| {
        let b: [u8; 4] = h[at..at + 4].try_into().unwrap_or_default();
        u64::from(u32::from_be_bytes(b))
    };
    if n >= 4 {
        // Bytes 0-3 and n-4..n; the overlap ORs each byte with itself.
        four(0) << 32 | four(n - 4) << (8 * (8 - n))
    } else {
        let byte = |at: usize| u64::from(h[at]) << (56 - 8 * at);
        byte(0) | byte(n / 2) | byte(n - 1)
    }
}

/// The eight bytes of `x` ASCII-lowercased at once (bytes of 0x80 and up,
/// the pieces of other letters, untouched).
#[inline(always)]
fn lower8(x: u64) -> u64 {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const ONES: u64 = 0x0101_0101_0101_0101;
    // Per byte, on its low seven bits (no carry crosses a byte): the high
    // bit says `>= 'A'`, then `> 'Z'`.
    let low = x & !HIGH;
    let from_a = low + ONES * (0x80 - u64::from(b'A'));
    let past_z = low + ONES * (0x80 - u64::from(b'Z') - 1);
    let upper = from_a & !past_z & !x & HIGH;
    x | upper >> 2
}

/// A hash table from [`key`]s to small values, open addressing with linear
/// probing: one multiply and usually one probe per lookup, where a sorted
/// list took seven comparisons of 128-bit keys. Any key but 0 will do: the
/// name resolution numbers its words and names in one too
/// ([`crate::speakers::recency::WordMap`]), which grows as keys come; the
/// standard `HashMap` there was ~2.5 KB of hash table code in the .wasm.
pub(crate) struct KeyMap<V> {
    /// Each key beside its value: one bounds check and one base for both
    /// (the key 0 for an empty slot).
    slots: Vec<(u128, V)>,
    shift: u32,
    /// The value of an absent key, made once (`V::default()` may cost).
    absent: V,
    /// How many keys are in the table.
    len: usize,
}

impl<V: Copy + Default> KeyMap<V> {
    /// A table for `entries` (key, value); later values for the same key
    /// replace earlier ones. At most a quarter full, not half: it is the
    /// lexicon's table, asked of every word of the text, and a word in no
    /// list probes on to an empty slot (half full, 1.4 probes a short word
    /// of 1 MB of news and 0.6M instructions more; the table takes 256 KB
    /// instead of 128 KB).
    pub(crate) fn new(entries: impl IntoIterator<Item = (u128, V)>) -> KeyMap<V> {
        let entries: Vec<(u128, V)> = entries.into_iter().collect();
        let mut map = KeyMap::with_capacity(2 * entries.len());
        // Not through `or_insert`: no instance of it for the lexicon's table,
        // which never grows.
        for (k, v) in entries {
            let slot = map.slot(k);
            map.len += usize::from(map.slots[slot].0 == 0);
            map.slots[slot] = (k, v);
        }
        map
    }

    /// An empty table for `keys` keys, which grows past them: sized once
    /// for a text, it is not copied into a table twice as large again and
    /// again as the keys come.
    pub(crate) fn with_capacity(keys: usize) -> KeyMap<V> {
        // At most half full: probes stay short (a miss, the most frequent
        // lookup, mostly ends at the first slot).
        let bits = (keys * 2).max(16).next_power_of_two().trailing_zeros();
        KeyMap {
            slots: vec![(0, V::default()); 1 << bits],
            shift: 64 - bits,
            absent: V::default(),
            len: 0,
        }
    }

    /// The value of `k`, `v` put in first when `k` is absent; the table
    /// doubles when it would be more than half full.
    pub(crate) fn or_insert(&mut self, k: u128, v: V) -> &mut V {
        let mut slot = self.slot(k);
        if self.slots[slot].0 == 0 {
            if 2 * (self.len + 1) > self.slots.len() {
                let grown = vec![(0, V::default()); 2 * self.slots.len()];
                let old = std::mem::replace(&mut self.slots, grown);
                self.shift -= 1;
                for (key, value) in old.into_iter().filter(|&(key, _)| key != 0) {
                    let at = self.slot(key);
                    self.slots[at] = (key, value);
                }
                slot = self.slot(k);
            }
            self.slots[slot] = (k, v);
            self.len += 1;
        }
        &mut self.slots[slot].1
    }

    /// The value of `k`, if present.
    pub(crate) fn find(&self, k: u128) -> Option<V> {
        let (key, value) = self.slots[self.slot(k)];
        (key != 0).then_some(value)
    }

    /// How many keys are in the table.
    pub(crate) fn len(&self) -> usize {
        self.len
    }

    /// The slot holding `k`, or the empty one where it would go (a key is
    /// never 0: it packs a word ending in a byte that is not zero).
    #[inline(always)]
    fn slot(&self, k: u128) -> usize {
        let mask = self.slots.len() - 1;
        let folded = (k >> 64) as u64 ^ k as u64;
        // The high half of a word into the low one before the multiply,
        // which carries low bits up only: on the words of 1 MB of news 1.23
        // probes a lookup, against 1.51 without.
        let folded = folded ^ folded >> 32;
        let mut slot = (folded.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize;
        while self.slots[slot].0 != k && self.slots[slot].0 != 0 {
            slot = (slot + 1) & mask;
        }
        slot
    }

    /// The value of `k`, the default value when absent.
    #[inline(always)]
    pub(crate) fn get(&self, k: u128) -> V {
        self.slots[self.slot(k)].1
    }

    /// The keys and their values, in the table's order.
    pub(crate) fn entries(&self) -> impl Iterator<Item = (u128, V)> + '_ {
        self.slots.iter().copied().filter(|&(k, _)| k != 0)
    }

    /// The value of a key that is absent, or of none (the default value).
    pub(crate) fn absent(&self) -> V {
        self.absent
    }
}

impl<V: Copy + Default> Default for KeyMap<V> {
    /// An empty table.
    fn default() -> KeyMap<V> {
        KeyMap::new([])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_table_grows_and_keeps_every_key() {
        let mut map = KeyMap::<(usize, usize)>::default();
        let k = |i: usize| (i as u128) << 64 | (i as u128 * 7);
        for i in 1..10_000 {
            assert_eq!(*map.or_insert(k(i), (i, 0)), (i, 0));
        }
        assert_eq!(map.len(), 9_999);
        assert!((1..10_000).all(|i| map.find(k(i)) == Some((i, 0))));
        assert_eq!(map.find(3), None);
        // A key present keeps its value.
        assert_eq!(*map.or_insert(k(1), (5, 5)), (1, 0));
        assert_eq!(map.len(), 9_999);
    }

    #[test]
    fn keys_pack_a_word_byte_by_byte() {
        // The packing written plainly: lowercased bytes, most significant
        // first, zero bytes after the word.
        let plain = |w: &str| {
            let mut k = 0u128;
            for b in w.bytes() {
                k = k << 8 | u128::from(b.to_ascii_lowercase());
            }
            k << (8 * (16 - w.len()))
        };
        let words = [
            "a",
            "Ab",
            "aBc",
            "ABCD",
            "abcdE",
            "Sen.",
            "O'Neil",
            "al-Assad",
            "ABCDEFGHI",
            "Zz@[`{",
            "élan",
            "ÉLAN",
            "0123456789abcdef",
            "AbCdEfGhIjKlMnOp",
        ];
        for w in words {
            assert_eq!(key(w.as_bytes()), Some(plain(w)), "{w}");
        }
        assert_eq!(key(b""), None);
        assert_eq!(key(b"abcdefghijklmnopq"), None);
        assert_eq!(key(b"bank\0"), None);
    }

    #[test]
    fn a_plain_word_packs_as_key_packs_it_anywhere_in_a_text() {
        let text = b"AbCdEfGhIjKlMnOpQrStUvWxYz0123456789 a1Z";
        for start in 0..text.len() {
            for end in start..=text.len() {
                let word = &text[start..end];
                if !word.iter().all(u8::is_ascii_alphanumeric) {
                    continue;
                }
                let plain = key_plain(text, start, end);
                assert_eq!(plain, key(word), "{start}..{end}");
                if let (1..8, Some(eight)) = (end - start, text.get(start..start + 8)) {
                    let w = u64::from_le_bytes(eight.try_into().unwrap_or_default());
                    assert_eq!(Some(key_loaded(w, end - start)), key(word));
                }
            }
        }
    }
}
