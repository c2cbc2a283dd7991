//! What the lexicon says of one word of the text, looked up once when the
//! text is split into tokens and kept on the token: the phrase walks then
//! ask each question of a token as a load and a bit test.
//!
//! The walks around each cue and quote asked 4–5 lists of every word they
//! passed (`is_determiner`, `is_stop_word`, `pronoun`, …), each a hash
//! lookup of the word as a string: on 1 MB of news about 240,000 lookups
//! per call, the largest cost of the speakers stage. Each answer here is
//! the answer of the function of [`super`] of the same name, computed from
//! one lookup (a test compares them word by word).

use super::keys::key_loaded;
use super::lexicon::{Lex, Table, entry, entry_plain, table};
use super::{
    Gender, Pronoun, gender_of, is_capitalized, is_name_word, name_word, pronoun_of, skippable,
    stop_word, strip_possessive,
};

/// The word classes of one token, as bits; empty (no [`Class::is_word`])
/// for punctuation and quotes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Class(u32);

/// The bits of [`Class`].
const WORD: u32 = 1;
const CAPITALIZED: u32 = 1 << 1;
const DETERMINER: u32 = 1 << 2;
const STOP: u32 = 1 << 3;
const NAME_WORD: u32 = 1 << 4;
const CONNECTOR: u32 = 1 << 5;
const PLACE_PREPOSITION: u32 = 1 << 6;
const SKIPPABLE: u32 = 1 << 7;
const ORG: u32 = 1 << 8;
const PERSON_NOUN: u32 = 1 << 9;
/// A title starts with this word (`senator`, `vice`).
const TITLE: u32 = 1 << 10;
/// The gender of a given name: 0 none, 1 male, 2 female (bits 12-13).
const GENDER_SHIFT: u32 = 12;
/// The honorific: 0 none, 1 male, 2 female, 3 no gender (bits 14-15).
const HONORIFIC_SHIFT: u32 = 14;
/// The pronoun: 0 none, 1-4 as [`pronoun_code`] (bits 16-18).
const PRONOUN_SHIFT: u32 = 16;
/// One more than the index of the cue entries starting with this word
/// (bits 20-31; see [`crate::speakers::cues`]).
const CUE_SHIFT: u32 = 20;
/// The largest cue index the bits above hold.
pub(crate) const MAX_CUE: u32 = (1 << (32 - CUE_SHIFT)) - 1;

impl Class {
    /// The classes of `word` (a word token's text), with the cue entries it
    /// opens.
    pub(crate) fn of(word: &str) -> Class {
        let entry = entry(word);
        let lex = entry.lex;
        // `al-Ansari` is a name, as `Al-Ansari`.
        let cap = is_capitalized(super::without_article(word));
        // A possessive is a name word by the word without it (`Trump’s`).
        let name = if strip_possessive(word).len() == word.len() {
            name_word(lex, cap)
        } else {
            is_name_word(word)
        };
        // The lexicon drops final periods; no cue word has one (`said.`).
        let cue = if word.ends_with('.') { 0 } else { entry.cue() };
        let skippable = skippable(word, || lex);
        Class::new(lex, cap, name, skippable, pronoun_of(word, || lex), cue)
    }

    /// The classes of a plain word (see [`PlainWords::class`]) with the entry
    /// `lex`, capitalised or not, but for the `-ly` adverbs; `cue` as in
    /// [`Class::new`]. Not capitalised, a word in a list is lowercase (every
    /// list word starts with a letter), and a pronoun of the lexicon is
    /// the plain word itself, no longer than 4 bytes (see `pronoun_of`).
    pub(super) fn plain(lex: Lex, cap: bool, cue: u32) -> Class {
        let skippable = !cap && lex.has(Lex::SKIPPABLE);
        Class::new(lex, cap, name_word(lex, cap), skippable, lex.pronoun(), cue)
    }

    /// The classes of a word with the lexicon entry `lex`, from what the
    /// word's own letters say of it (the rest is the entry's): whether it
    /// is capitalised, a name word, skippable, a pronoun, and the cue
    /// entries it opens (at most [`MAX_CUE`]; larger is taken as none).
    fn new(
        lex: Lex,
        cap: bool,
        name: bool,
        skippable: bool,
        pronoun: Option<Pronoun>,
        cue: u32,
    ) -> Class {
        let mut bits = WORD;
        let mut set = |yes: bool, bit: u32| {
            if yes {
                bits |= bit;
            }
        };
        set(cap, CAPITALIZED);
        set(lex.has(Lex::DETERMINER), DETERMINER);
        set(stop_word(lex, cap), STOP);
        set(name, NAME_WORD);
        set(lex.has(Lex::CONNECTOR), CONNECTOR);
        set(lex.has(Lex::PLACE_PREPOSITION) && !cap, PLACE_PREPOSITION);
        set(skippable, SKIPPABLE);
        set(lex.has(Lex::ORG), ORG);
        set(lex.has(Lex::PERSON_NOUN), PERSON_NOUN);
        set(lex.title_group().is_some(), TITLE);
        let gender = match gender_of(lex) {
            Some(Gender::Male) => 1,
            Some(Gender::Female) => 2,
            None => 0,
        };
        let honorific = match lex.honorific() {
            Some(Some(Gender::Male)) => 1,
            Some(Some(Gender::Female)) => 2,
            Some(None) => 3,
            None => 0,
        };
        let pronoun = pronoun.map_or(0, pronoun_code);
        let cue = if cue <= MAX_CUE { cue } else { 0 };
        Class(
            bits | gender << GENDER_SHIFT
                | honorific << HONORIFIC_SHIFT
                | pronoun << PRONOUN_SHIFT
                | cue << CUE_SHIFT,
        )
    }

    /// The bits, for a token to keep with its kind (see
    /// `tokens::Token`); [`Class::is_word`] is the lowest.
    pub(crate) fn bits(self) -> u32 {
        self.0
    }

    /// The class of [`Class::bits`] `bits`.
    pub(crate) fn from_bits(bits: u32) -> Class {
        Class(bits)
    }

    fn has(self, bit: u32) -> bool {
        self.0 & bit != 0
    }

    /// Whether the token is a word (every other question is false of
    /// punctuation and quotes).
    pub(crate) fn is_word(self) -> bool {
        self.has(WORD)
    }

    /// [`super::is_capitalized`].
    pub(crate) fn capitalized(self) -> bool {
        self.has(CAPITALIZED)
    }

    /// [`super::is_determiner`].
    pub(crate) fn determiner(self) -> bool {
        self.has(DETERMINER)
    }

    /// [`super::is_stop_word`].
    pub(crate) fn stop(self) -> bool {
        self.has(STOP)
    }

    /// [`super::is_name_word`].
    pub(crate) fn name_word(self) -> bool {
        self.has(NAME_WORD)
    }

    /// [`super::is_connector`].
    pub(crate) fn connector(self) -> bool {
        self.has(CONNECTOR)
    }

    /// Prepositions that may sit inside a description before a determiner
    /// (`a staffer in the room`, `a spokesman at the embassy`), in lowercase.
    pub(crate) fn place_preposition(self) -> bool {
        self.has(PLACE_PREPOSITION)
    }

    /// [`super::is_skippable`].
    pub(crate) fn skippable(self) -> bool {
        self.has(SKIPPABLE)
    }

    /// [`super::is_org_word`].
    pub(crate) fn org(self) -> bool {
        self.has(ORG)
    }

    /// [`super::is_person_noun`].
    pub(crate) fn person_noun(self) -> bool {
        self.has(PERSON_NOUN)
    }

    /// Whether some title starts with this word ([`super::title`] of words
    /// starting with it may find one).
    pub(crate) fn opens_title(self) -> bool {
        self.has(TITLE)
    }

    /// Whether the word may name a person's part: a noun of a person or a
    /// word opening a title (`spokesman`, `minister`, `chief`).
    pub(crate) fn names_person(self) -> bool {
        self.person_noun() || self.opens_title()
    }

    /// [`super::given_name_gender`].
    pub(crate) fn gender(self) -> Option<Gender> {
        match (self.0 >> GENDER_SHIFT) & 3 {
            1 => Some(Gender::Male),
            2 => Some(Gender::Female),
            _ => None,
        }
    }

    /// [`super::honorific`].
    pub(crate) fn honorific(self) -> Option<Option<Gender>> {
        match (self.0 >> HONORIFIC_SHIFT) & 3 {
            1 => Some(Some(Gender::Male)),
            2 => Some(Some(Gender::Female)),
            3 => Some(None),
            _ => None,
        }
    }

    /// [`super::pronoun`].
    pub(crate) fn pronoun(self) -> Option<Pronoun> {
        match (self.0 >> PRONOUN_SHIFT) & 7 {
            1 => Some(Pronoun::He),
            2 => Some(Pronoun::She),
            3 => Some(Pronoun::They),
            4 => Some(Pronoun::It),
            _ => None,
        }
    }

    /// One more than the index of the cue entries starting with this word,
    /// 0 for none.
    pub(crate) fn cue(self) -> u32 {
        self.0 >> CUE_SHIFT
    }
}

/// The classes of plain words (see [`PlainWords::class`]), the lexicon
/// fetched once for all the words of a text.
#[derive(Clone, Copy)]
pub(crate) struct PlainWords(&'static Table);

impl PlainWords {
    /// The lexicon, for the words of a text.
    pub(crate) fn new() -> PlainWords {
        PlainWords(table())
    }

    /// [`Class::of`] the word `bytes[start..end]` of ASCII letters and
    /// digits only (most words of news, and the tokenizer knows which): no
    /// possessive, no final period and no apostrophe to look for, the first
    /// byte tells the case, the key is read from the text in whole words,
    /// and the lexicon entry holds the class (see [`super::lexicon::Entry`]).
    /// A test compares the two.
    #[inline(always)]
    pub(crate) fn class(self, bytes: &[u8], start: usize, end: usize) -> Class {
        debug_assert!(bytes[start..end].iter().all(u8::is_ascii_alphanumeric));
        // The first byte and the last two read alone, not through a slice
        // of the word (its bounds checked at each word).
        let first = bytes.get(start).copied().unwrap_or(0);
        let entry = entry_plain(self.0, bytes, start, end);
        let class = entry.plain[usize::from(first.is_ascii_uppercase())];
        // The other half of `skippable`: an adverb (`only` is 4 bytes long).
        let adverb = first.is_ascii_lowercase()
            && end - start > 4
            && bytes.get(end - 2..end) == Some(b"ly".as_slice());
        Class(class.0 | if adverb { SKIPPABLE } else { 0 })
    }

    /// [`PlainWords::class`] of the word of the first `n` bytes (1 to 7) of
    /// `w`, 8 bytes of the text loaded little-endian, all of them ASCII
    /// letters and digits: the commonest word of news, whose load the
    /// tokenizer has at hand (the key, the case and the ending are read
    /// from it, not from the text again).
    #[inline(always)]
    pub(crate) fn class_loaded(self, w: u64, n: usize) -> Class {
        let entry = self.0.get(key_loaded(w, n));
        let first = w as u8;
        let class = entry.plain[usize::from(first.is_ascii_uppercase())];
        // The last two bytes, as in `class`.
        let adverb = first.is_ascii_lowercase()
            && n > 4
            && (w >> (8 * (n - 2))) as u16 == u16::from_le_bytes(*b"ly");
        Class(class.0 | if adverb { SKIPPABLE } else { 0 })
    }
}

/// The code of a pronoun in a [`Class`].
fn pronoun_code(p: Pronoun) -> u32 {
    match p {
        Pronoun::He => 1,
        Pronoun::She => 2,
        Pronoun::They => 3,
        Pronoun::It => 4,
    }
}

#[cfg(test)]
mod tests {
    use super::super::lists;
    use super::super::*;
    use super::*;
    use crate::speakers::cues::first_words;

    /// Every answer of the class is the answer of the function on the word,
    /// and [`PlainWords::class`] is [`Class::of`] where it may be asked.
    fn same(word: &str) {
        let c = Class::of(word);
        let w = word;
        if !w.is_empty() && w.bytes().all(|b| b.is_ascii_alphanumeric()) {
            // Alone, and inside a longer text (read in whole words).
            assert_eq!(PlainWords::new().class(w.as_bytes(), 0, w.len()), c, "{w}");
            let text = format!("{w} and more text");
            assert_eq!(
                PlainWords::new().class(text.as_bytes(), 0, w.len()),
                c,
                "{w}"
            );
            if w.len() < 8 {
                let mut eight = [b' '; 8];
                eight[..w.len()].copy_from_slice(w.as_bytes());
                let loaded = u64::from_le_bytes(eight);
                assert_eq!(PlainWords::new().class_loaded(loaded, w.len()), c, "{w}");
            }
        }
        // The cue entries, found by a plain search of the first words.
        let cue = first_words()
            .find(|(f, _)| f.eq_ignore_ascii_case(w))
            .map_or(0, |(_, n)| n);
        assert!(c.is_word() && c.cue() == cue, "{w}");
        assert_eq!(c.capitalized(), is_capitalized(w), "{w}");
        assert_eq!(c.determiner(), is_determiner(w), "{w}");
        assert_eq!(c.stop(), is_stop_word(w), "{w}");
        assert_eq!(c.name_word(), is_name_word(w), "{w}");
        assert_eq!(c.connector(), is_connector(w), "{w}");
        let place = lex(w).has(Lex::PLACE_PREPOSITION) && !is_capitalized(w);
        assert_eq!(c.place_preposition(), place, "{w}");
        assert_eq!(c.skippable(), is_skippable(w), "{w}");
        assert_eq!(c.org(), is_org_word(w), "{w}");
        assert_eq!(c.person_noun(), is_person_noun(w), "{w}");
        assert_eq!(c.gender(), given_name_gender(w), "{w}");
        assert_eq!(c.pronoun(), pronoun(w), "{w}");
        assert_eq!(c.honorific(), honorific(w), "{w}");
        // A title starts only at a word that opens one.
        assert_eq!(c.opens_title(), lex(w).title_group().is_some(), "{w}");
        if title(&[w, "of", "state"]).is_some() {
            assert!(c.opens_title(), "{w}");
        }
    }

    #[test]
    fn each_answer_is_the_word_functions_answer() {
        let lists = [
            lists::DETERMINERS,
            lists::STOPS,
            lists::STOP_NAMES,
            lists::CONNECTORS,
            lists::PLACE_PREPOSITIONS,
            lists::SKIPPABLE,
            lists::ORG_WORDS,
            lists::PERSON_NOUNS,
            lists::PLURAL_NOUNS,
            lists::MALE,
            lists::FEMALE,
        ];
        let honorifics = lists::HONORIFICS.iter().map(|(w, _)| *w);
        let titles = lists::titles().map(|(w, _, _)| w);
        let others = "he she they it I we he’d she's they’re it’s he'd’s Will will May \
             Trump’s Trump's officials boss us U.S. Sen. Mr. mr. MRS DR. Dr Drs Senator \
             senators quickly only Only really 2016 é Élan élan 北京 hen he. Mary’s \
             spokesman’s The THE whose Who hE sHe quicKLY daiLY dailY reportedLY 4ly x1ly \
             AbCdEfGhIjKlMnOpQ abcdefghijklmnopqly";
        let cues = first_words().map(|(w, _)| w);
        let words = lists
            .into_iter()
            .chain(honorifics)
            .chain(titles)
            .chain([others])
            .flat_map(str::split_whitespace)
            .chain(cues);
        for w in words {
            let upper = w.to_ascii_uppercase();
            let title_case = match w.get(..1) {
                Some(first) if w.is_char_boundary(1) => {
                    format!("{}{}", first.to_ascii_uppercase(), &w[1..])
                }
                _ => w.to_string(),
            };
            for form in [w.to_string(), upper, title_case] {
                for form in [
                    form.clone(),
                    format!("{form}’s"),
                    format!("{form}s"),
                    format!("{form}."),
                ] {
                    same(&form);
                }
            }
        }
        // `build` in phrases.rs takes a name word for a capitalised word that
        // is no determiner nor stop word, or an honorific: the same as
        // [`is_name_word`] while no title opens with a stop word or determiner.
        for (title, _, _) in lists::titles() {
            let first = title.split(' ').next().unwrap_or("");
            for form in [first.to_string(), first.to_ascii_uppercase()] {
                let c = Class::of(&form);
                assert!(!c.stop() && !c.determiner(), "{form}");
            }
        }
        assert!(!Class::default().is_word());
        let with_cue = |cue| Class::new(Lex::default(), false, false, false, None, cue);
        assert_eq!(with_cue(MAX_CUE + 1).cue(), 0);
        assert_eq!(with_cue(MAX_CUE).cue(), MAX_CUE);
    }
}
