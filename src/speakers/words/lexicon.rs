//! The lexicon: every list of [`super::lists`] in one table from a word to
//! the bits of the lists it is in, its honorific, its pronoun and the titles
//! it opens; and the titles indexed by their first word.

use super::keys::{KeyMap, key, key_apart, key_plain};
use super::lists::*;
use super::{Class, Gender, Pronoun};
use crate::items::Items;
use crate::sort::sort_by_key;
use crate::speakers::cues::first_words;
use crate::speakers::recency::WordMap;
use crate::speakers::shape::Shapes;
use std::sync::LazyLock;

/// What the lexicon knows of a word: bits for each list it is in, the
/// honorific it is, the pronoun it is and the titles it opens. One lookup
/// answers every question asked of a word: `scan_names` asked five lists of
/// each capitalised word, and each binary search cost ~250 instructions
/// (about a quarter of the speakers stage on 1 MB of news).
#[derive(Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Lex(u32);

impl Lex {
    pub(super) const DETERMINER: u32 = 1;
    pub(super) const STOP: u32 = 1 << 1;
    pub(super) const STOP_WORD: u32 = 1 << 2;
    pub(super) const CONNECTOR: u32 = 1 << 3;
    pub(super) const PLACE_PREPOSITION: u32 = 1 << 4;
    pub(super) const SKIPPABLE: u32 = 1 << 5;
    pub(super) const ORG: u32 = 1 << 6;
    pub(super) const PERSON_NOUN: u32 = 1 << 7;
    pub(super) const PLURAL_NOUN: u32 = 1 << 8;
    pub(super) const MALE: u32 = 1 << 9;
    pub(super) const FEMALE: u32 = 1 << 10;
    /// A title of one word starts here (`senator`, `Sen.`).
    pub(super) const TITLE1: u32 = 1 << 11;
    /// A noun of saying or opinion (`remark`, `view`).
    pub(super) const SAYING_NOUN: u32 = 1 << 24;
    /// A noun ending an institution's name (`Commission`).
    pub(super) const INSTITUTION_HEAD: u32 = 1 << 25;
    /// The past of an irregular verb (`thought`, `lost`).
    pub(super) const IRREGULAR_PAST: u32 = 1 << 26;
    /// A verb that makes a short quoted span someone's words
    /// ([`crate::terms::CUES`]).
    pub(super) const TERM_CUE: u32 = 1 << 27;
    /// An abbreviation whose period does not end a sentence (`Inc`).
    pub(super) const ABBREVIATION: u32 = 1 << 28;
    /// A title's abbreviation, whose period is its own before a name (`Sen`).
    pub(super) const TITLE_ABBREVIATION: u32 = 1 << 29;
    /// A noun of a man (`husband`; see [`super::noun_gender`]).
    pub(super) const MALE_NOUN: u32 = 1 << 30;
    /// A noun of a woman (`widow`).
    pub(super) const FEMALE_NOUN: u32 = 1 << 31;
    /// The honorific: 0 none, 1 male, 2 female, 3 no gender (bits 12-13).
    const HONORIFIC_SHIFT: u32 = 12;
    /// The pronoun, without a trailing period: 0 none, 1-4 (bits 14-16).
    const PRONOUN_SHIFT: u32 = 14;
    /// One more than the index in [`TitleIndex::by_first`] (bits 17-23).
    const TITLE_SHIFT: u32 = 17;

    pub(super) fn has(self, bit: u32) -> bool {
        self.0 & bit != 0
    }

    pub(super) fn honorific(self) -> Option<Option<Gender>> {
        match (self.0 >> Self::HONORIFIC_SHIFT) & 3 {
            1 => Some(Some(Gender::Male)),
            2 => Some(Some(Gender::Female)),
            3 => Some(None),
            _ => None,
        }
    }

    /// The pronoun, from the code [`LEXICON`] gives `he`, `she`, `they`, `it`.
    pub(super) fn pronoun(self) -> Option<Pronoun> {
        match (self.0 >> Self::PRONOUN_SHIFT) & 7 {
            1 => Some(Pronoun::He),
            2 => Some(Pronoun::She),
            3 => Some(Pronoun::They),
            4 => Some(Pronoun::It),
            _ => None,
        }
    }

    pub(super) fn title_group(self) -> Option<usize> {
        (((self.0 >> Self::TITLE_SHIFT) & 0x7f) as usize).checked_sub(1)
    }
}

/// A word's entry in the lexicon: what the lists say of it, and the
/// classes of a plain word (see [`super::PlainWords::class`]) with this entry, in
/// lowercase and capitalised, worked out once as the table is built: most
/// words of a text are plain, and putting a class together from the bits
/// of the lists cost ~30 instructions a word. The classes hold the cue
/// entries the word opens.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) struct Entry {
    pub(super) lex: Lex,
    /// Lowercase (or a digit first), then capitalised.
    pub(super) plain: [Class; 2],
}

impl Entry {
    fn new(lex: Lex, cue: u32) -> Entry {
        let plain = [false, true].map(|cap| Class::plain(lex, cap, cue));
        Entry { lex, plain }
    }

    /// One more than the index of the cue entries that start with the word
    /// as looked up (without its final periods), 0 for none.
    pub(super) fn cue(self) -> u32 {
        self.plain[0].cue()
    }
}

impl Default for Entry {
    /// The entry of a word in no list (the table's empty slots hold it).
    fn default() -> Entry {
        Entry::new(Lex::default(), 0)
    }
}

/// The lexicon entry of `word` (any case, final periods dropped).
pub(super) fn lex(word: &str) -> Lex {
    entry(word).lex
}

/// The whole entry of `word` (any case, final periods dropped).
pub(super) fn entry(word: &str) -> Entry {
    let Lexicon { table, shapes, .. } = &*LEXICON;
    let w = trim_periods(word.as_bytes());
    // Most words asked about are in no list: the shape test answers for
    // them without packing a key and probing (lex was 9% of the stage).
    if !shapes.may_hold(w) {
        return table.absent();
    }
    key(w).map_or_else(|| table.absent(), |k| table.get(k))
}

/// The entry of `bytes[start..end]`, a word of ASCII letters and digits,
/// so with no final period (see [`super::PlainWords::class`]); no shape test,
/// which lets most words of news through anyway (the lexicon holds the
/// frequent function words and the cue verbs).
#[inline(always)]
pub(super) fn entry_plain(table: &Table, bytes: &[u8], start: usize, end: usize) -> Entry {
    key_plain(bytes, start, end).map_or_else(|| table.absent(), |k| table.get(k))
}

/// The table of every word's entry (see [`entry_plain`]).
pub(super) type Table = KeyMap<Entry>;

/// The lexicon's table: fetched once for the words of a text, where each
/// fetch of the lazy static checks that it is built and reloads its
/// fields (~6 instructions a word).
pub(super) fn table() -> &'static Table {
    &LEXICON.table
}

/// `word` without its final periods (`Sen.` → `Sen`).
// Inlined: called for most words of the text, several times each.
#[inline(always)]
pub(super) fn trim_periods(mut word: &[u8]) -> &[u8] {
    while let [rest @ .., b'.'] = word {
        word = rest;
    }
    word
}

/// The words of `words` (separated by spaces) as keys.
fn keys_of(words: &'static str) -> impl Iterator<Item = u128> {
    words.split_whitespace().map(list_key)
}

/// The key of a word of the lists (pronouns, cue and title words too), in
/// one function for the lexicon's build: [`key`], inlined at each of its
/// four places, was ~1.8 KB of the .wasm.
fn list_key(word: &str) -> u128 {
    key_apart(word.as_bytes()).expect("list words are at most 16 bytes")
}

/// The lexicon's tables, built together on first use (one lazy static: each
/// is an instance of its initialisation code in the .wasm).
struct Lexicon {
    /// Every list, honorific, pronoun and title word and the first word of
    /// every cue.
    table: KeyMap<Entry>,
    /// The shapes of the table's words.
    shapes: Shapes,
    /// The shapes of its honorifics (see [`honorific_shapes`]).
    honorifics: Shapes,
    /// The titles (see [`title_index`]).
    titles: TitleIndex,
}

static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
    // (key, bits) pairs, merged by key below: a word may be in several
    // lists. A sorted Vec rather than a HashMap: no hasher or hash table
    // code in the .wasm for a table built once, and the same order each run.
    // The bits of a `Lex`, and above them the cue entries it opens.
    const CUE_SHIFT: u32 = 32;
    let mut all: Vec<(u128, u64)> = Vec::new();
    let lists: [(&str, u32); 19] = [
        (DETERMINERS, Lex::DETERMINER),
        (STOPS, Lex::STOP),
        (STOP_NAMES, Lex::STOP_WORD),
        (CONNECTORS, Lex::CONNECTOR),
        (PLACE_PREPOSITIONS, Lex::PLACE_PREPOSITION),
        (SKIPPABLE, Lex::SKIPPABLE),
        (ORG_WORDS, Lex::ORG),
        (PERSON_NOUNS, Lex::PERSON_NOUN),
        (PLURAL_NOUNS, Lex::PLURAL_NOUN),
        (MALE, Lex::MALE),
        (FEMALE, Lex::FEMALE),
        (SAYING_NOUNS, Lex::SAYING_NOUN),
        (INSTITUTION_HEADS, Lex::INSTITUTION_HEAD),
        (IRREGULAR_PASTS, Lex::IRREGULAR_PAST),
        (crate::terms::CUES, Lex::TERM_CUE),
        (ABBREVIATIONS, Lex::ABBREVIATION),
        (TITLE_ABBREVIATIONS, Lex::TITLE_ABBREVIATION),
        (MALE_NOUNS, Lex::MALE_NOUN),
        (FEMALE_NOUNS, Lex::FEMALE_NOUN),
    ];
    for (words, bit) in lists {
        for k in keys_of(words) {
            all.push((k, bit.into()));
        }
    }
    for &(words, gender) in HONORIFICS {
        let code = match gender {
            Some(Gender::Male) => 1,
            Some(Gender::Female) => 2,
            None => 3,
        };
        for k in keys_of(words) {
            all.push((k, code << Lex::HONORIFIC_SHIFT));
        }
    }
    for (code, word) in (1u64..).zip(["he", "she", "they", "it"]) {
        let k = list_key(word);
        all.push((k, code << Lex::PRONOUN_SHIFT));
    }
    for (word, n) in first_words() {
        let k = list_key(word);
        all.push((k, u64::from(n) << CUE_SHIFT));
    }
    // The title group takes bits 17-23.
    let index = TitleIndex::new();
    assert!(index.by_first.len() < 0x80, "too many title words");
    for (group, (first, titles)) in (1u32..).zip(&index.by_first) {
        let one_word = titles.iter().any(|&t| index.titles[t].0.len() == 1);
        let bits = group << Lex::TITLE_SHIFT | if one_word { Lex::TITLE1 } else { 0 };
        all.push((*first, bits.into()));
    }
    // Merged by key in a table of the names' type (a sort of the ~1,700
    // pairs was 1.2M instructions, a third of the first call's building of
    // the lexicon): its bits, then its cue entries.
    let mut merged = WordMap::with_capacity(all.len());
    for (k, bits) in all {
        let (lex, cue) = merged.or_insert(k, (0, 0));
        *lex |= bits as u32 as usize;
        *cue |= (bits >> CUE_SHIFT) as usize;
    }
    // A key holds its word's bytes, then zero bytes.
    let (mut shapes, mut honorifics) = (Shapes::empty(), Shapes::empty());
    for (k, (lex, _)) in merged.entries() {
        let w = k.to_be_bytes();
        let w = &w[..w.iter().rposition(|&b| b != 0).map_or(0, |last| last + 1)];
        shapes.add(w);
        if Lex(lex as u32).honorific().is_some() {
            honorifics.add(w);
        }
    }
    let table = KeyMap::new(
        merged
            .entries()
            .map(|(k, (lex, cue))| (k, Entry::new(Lex(lex as u32), cue as u32))),
    );
    Lexicon {
        table,
        shapes,
        honorifics,
        titles: index,
    }
});

/// The shapes of the honorifics (see [`super::is_name_word`]): built with
/// the lexicon, which holds them.
pub(super) fn honorific_shapes() -> &'static Shapes {
    &LEXICON.honorifics
}

/// The titles, indexed (built with the lexicon, which holds their first
/// words).
pub(super) fn title_index() -> &'static TitleIndex {
    &LEXICON.titles
}

/// [`TITLES`] split into words once, and indexed by their first word (in
/// [`TITLES`] order, so the longer title still wins). A linear walk over all
/// titles at every token was 9% of the time on 1 MB of news.
pub(super) struct TitleIndex {
    pub(super) titles: Items<(Vec<&'static str>, &'static str, Option<Gender>)>,
    /// First words as [`key`]s, sorted, with the indices of the titles they open.
    pub(super) by_first: Items<(u128, Vec<usize>)>,
}

impl TitleIndex {
    /// The index of [`TITLES`].
    fn new() -> TitleIndex {
        let titles: Items<_> = titles()
            .map(|(t, key, gender)| (t.split(' ').collect::<Vec<_>>(), key, gender))
            .collect();
        let mut by_first: Items<(u128, Vec<usize>)> = Items::new();
        for (i, (parts, _, _)) in titles.iter().enumerate() {
            let first = list_key(parts[0]);
            match by_first.iter_mut().find(|(f, _)| *f == first) {
                Some((_, list)) => list.push(i),
                None => by_first.push((first, vec![i])),
            }
        }
        sort_by_key(&mut by_first, |&(f, _)| f);
        TitleIndex { titles, by_first }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_honorific_shapes_are_those_of_the_honorifics() {
        let mut want = Shapes::empty();
        for (words, _) in HONORIFICS {
            for w in words.split_whitespace() {
                want.add(w.as_bytes());
            }
        }
        assert_eq!(*honorific_shapes(), want);
    }
}
