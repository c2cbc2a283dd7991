//! Word lists that tell the parts of a speaker's name and description apart:
//! determiners, honorifics and titles (with the gender they imply), given
//! names, words of organisations, nouns that head a description.
//!
//! All lists hold lowercase words and are looked up case-insensitively.

use super::shape::Shapes;
use std::collections::HashMap;
use std::sync::LazyLock;

/// A grammatical gender, as pronouns show it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Gender {
    /// he, Mr., a given name like John.
    Male,
    /// she, Mrs., Ms., a given name like Mary.
    Female,
}

/// What the lexicon knows of a word: bits for each list it is in, the
/// honorific it is, the pronoun it is and the titles it opens. One lookup
/// answers every question asked of a word: `scan_names` asked five lists of
/// each capitalised word, and each binary search cost ~250 instructions
/// (about a quarter of the speakers stage on 1 MB of news).
#[derive(Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Lex(u32);

impl Lex {
    const DETERMINER: u32 = 1;
    const STOP: u32 = 1 << 1;
    const STOP_WORD: u32 = 1 << 2;
    const CONNECTOR: u32 = 1 << 3;
    const PLACE_PREPOSITION: u32 = 1 << 4;
    const SKIPPABLE: u32 = 1 << 5;
    const ORG: u32 = 1 << 6;
    const PERSON_NOUN: u32 = 1 << 7;
    const PLURAL_NOUN: u32 = 1 << 8;
    const MALE: u32 = 1 << 9;
    const FEMALE: u32 = 1 << 10;
    /// A title of one word starts here (`senator`, `Sen.`).
    const TITLE1: u32 = 1 << 11;
    /// The honorific: 0 none, 1 male, 2 female, 3 no gender (bits 12-13).
    const HONORIFIC_SHIFT: u32 = 12;
    /// The pronoun, without a trailing period: 0 none, 1-4 (bits 14-16).
    const PRONOUN_SHIFT: u32 = 14;
    /// One more than the index in [`TitleIndex::by_first`] (bits 17-23).
    const TITLE_SHIFT: u32 = 17;

    fn has(self, bit: u32) -> bool {
        self.0 & bit != 0
    }

    fn honorific(self) -> Option<Option<Gender>> {
        match (self.0 >> Self::HONORIFIC_SHIFT) & 3 {
            1 => Some(Some(Gender::Male)),
            2 => Some(Some(Gender::Female)),
            3 => Some(None),
            _ => None,
        }
    }

    fn title_group(self) -> Option<usize> {
        ((self.0 >> Self::TITLE_SHIFT) as usize).checked_sub(1)
    }
}

/// The lexicon entry of `word` (any case, final periods dropped).
fn lex(word: &str) -> Lex {
    let (table, shapes) = &*LEXICON;
    let w = trim_periods(word.as_bytes());
    // Most words asked about are in no list: the shape test answers for
    // them without packing a key and probing (lex was 9% of the stage).
    if !shapes.may_hold(w) {
        return Lex::default();
    }
    key(w).map_or(Lex::default(), |k| table.get(k))
}

/// `word` without its final periods (`Sen.` → `Sen`).
// Inlined: called for most words of the text, several times each.
#[inline(always)]
fn trim_periods(mut word: &[u8]) -> &[u8] {
    while let [rest @ .., b'.'] = word {
        word = rest;
    }
    word
}

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
    let lo = if lo.is_empty() { 0 } else { load(lo) };
    Some(u128::from(lower8(load(hi))) << 64 | u128::from(lower8(lo)))
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
/// list took seven comparisons of 128-bit keys.
pub(crate) struct KeyMap<V> {
    keys: Vec<u128>,
    values: Vec<V>,
    shift: u32,
}

impl<V: Copy + Default> KeyMap<V> {
    /// A table for `entries` (key, value); later values for the same key
    /// replace earlier ones.
    pub(crate) fn new(entries: impl IntoIterator<Item = (u128, V)>) -> KeyMap<V> {
        let entries: Vec<(u128, V)> = entries.into_iter().collect();
        // At most a quarter full: probes stay short.
        let bits = (entries.len() * 4)
            .max(16)
            .next_power_of_two()
            .trailing_zeros();
        let mut map = KeyMap {
            keys: vec![0; 1 << bits],
            values: vec![V::default(); 1 << bits],
            shift: 64 - bits,
        };
        for (k, v) in entries {
            let slot = map.slot(k);
            map.keys[slot] = k;
            map.values[slot] = v;
        }
        map
    }

    /// The slot holding `k`, or the empty one where it would go (a key is
    /// never 0: it packs a word ending in a byte that is not zero).
    #[inline(always)]
    fn slot(&self, k: u128) -> usize {
        let mask = self.keys.len() - 1;
        let folded = (k >> 64) as u64 ^ k as u64;
        let mut slot = (folded.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize;
        while self.keys[slot] != k && self.keys[slot] != 0 {
            slot = (slot + 1) & mask;
        }
        slot
    }

    /// The value of `k`, the default value when absent.
    pub(crate) fn get(&self, k: u128) -> V {
        self.values[self.slot(k)]
    }
}

/// The words of `words` (separated by spaces) as keys.
fn keys_of(words: &'static str) -> impl Iterator<Item = u128> {
    words
        .split_whitespace()
        .map(|w| key(w.as_bytes()).expect("list words are at most 16 bytes"))
}

/// Every list, honorific, pronoun and title word, in one table, with the
/// shapes of its words.
static LEXICON: LazyLock<(KeyMap<Lex>, Shapes)> = LazyLock::new(|| {
    let mut all: HashMap<u128, u32> = HashMap::new();
    let lists: [(&str, u32); 11] = [
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
    ];
    for (words, bit) in lists {
        for k in keys_of(words) {
            *all.entry(k).or_default() |= bit;
        }
    }
    for &(words, gender) in HONORIFICS {
        let code = match gender {
            Some(Gender::Male) => 1,
            Some(Gender::Female) => 2,
            None => 3,
        };
        for k in keys_of(words) {
            *all.entry(k).or_default() |= code << Lex::HONORIFIC_SHIFT;
        }
    }
    for (code, word) in (1u32..).zip(["he", "she", "they", "it"]) {
        let k = key(word.as_bytes()).expect("a short word");
        *all.entry(k).or_default() |= code << Lex::PRONOUN_SHIFT;
    }
    for (group, (first, titles)) in (1u32..).zip(&TITLE_INDEX.by_first) {
        let one_word = titles.iter().any(|&t| TITLE_INDEX.titles[t].0.len() == 1);
        let bits = group << Lex::TITLE_SHIFT | if one_word { Lex::TITLE1 } else { 0 };
        *all.entry(*first).or_default() |= bits;
    }
    // A key holds its word's bytes, then zero bytes.
    let words: Vec<[u8; 16]> = all.keys().map(|k| k.to_be_bytes()).collect();
    let shapes = Shapes::new(words.iter().map(|w| {
        let n = w.iter().rposition(|&b| b != 0).map_or(0, |last| last + 1);
        &w[..n]
    }));
    let table = KeyMap::new(all.into_iter().map(|(k, v)| (k, Lex(v))));
    (table, shapes)
});

/// The shapes of the honorifics (see [`is_name_word`]).
static HONORIFIC_SHAPES: LazyLock<Shapes> = LazyLock::new(|| {
    Shapes::new(
        HONORIFICS
            .iter()
            .flat_map(|(words, _)| words.split_whitespace())
            .map(str::as_bytes),
    )
});

/// Honorifics by the gender they imply.
const HONORIFICS: &[(&str, Option<Gender>)] = &[
    ("mr mister sir lord fr", Some(Gender::Male)),
    ("mrs ms miss madam dame lady", Some(Gender::Female)),
    ("dr prof rev", None),
];

const DETERMINERS: &str = "the a an his her their its our my your this these those some several many another each every \
     both one two three four five other such";

const STOPS: &str = "in on at to from by with about after before during since until into onto over under as than \
     like without through against among between across around near per via upon within toward \
     towards amid despite and or but nor so yet because although though while whereas if unless \
     whether when where why how whom who whose which what that is are was were be been being am \
     has have had having do does did will would shall should can could may might must not there \
     here him them us me it i we you he she they also then now just only even very too once again \
     still however meanwhile yesterday today tonight monday tuesday wednesday thursday friday \
     saturday sunday later earlier last next ago";

const STOP_NAMES: &str = "am may will us it can long hope rich young";

const CONNECTORS: &str = "of for";

const PLACE_PREPOSITIONS: &str = "in at from with on";

const SKIPPABLE: &str = "also later then again once previously recently earlier further still too has have had was is \
     were are would will did does do had never always often long already first last has been just \
     once even not";

const ORG_WORDS: &str = "ministry department party committee council commission court agency office bureau group \
     association union institute university college school company corp inc co ltd times post \
     news journal report campaign foundation organization organisation center centre bank \
     government administration house senate congress parliament police army force network service \
     services theater theatre day street city county state states republic kingdom church \
     hospital club fund watch reuters press cnn nbc abc cbs fox msnbc twitter facebook google \
     tribune herald magazine daily network coalition alliance federation board council authority \
     nations forces guard navy airlines motors group international media america american \
     americans democrats republicans gop dnc rnc fbi cia nsa epa un eu nato who imf u.s. uk usa \
     county province district white pentagon kremlin capitol";

const PERSON_NOUNS: &str = "spokesman spokeswoman spokesperson official officer minister lawyer attorney aide adviser \
     advisor analyst expert source resident witness man woman person doctor economist researcher \
     professor leader chief director president governor senator candidate voter supporter critic \
     activist member worker employee manager owner friend mother father son daughter wife husband \
     teacher student strategist consultant representative secretary mayor judge chairman \
     chairwoman ceo nominee congressman congresswoman lawmaker diplomat pollster operative donor \
     veteran victim farmer founder executive commander prosecutor investigator scientist \
     historian author writer reporter journalist editor host actor actress singer player coach \
     businessman businesswoman billionaire mogul";

const PLURAL_NOUNS: &str = "people police staff children men women folks";

/// Words that open a noun phrase (`the report`, `his lawyer`).
pub(crate) fn is_determiner(word: &str) -> bool {
    lex(word).has(Lex::DETERMINER)
}

/// Function words that never sit inside a speaker's name or description;
/// a backward walk from a cue stops at them (`officials who collude said`).
/// A capitalised word that is also a name is no stop (`Am Sam Ath`,
/// `Theresa May`, `Will Hurd`).
pub(crate) fn is_stop_word(word: &str) -> bool {
    stop_word(lex(word), word)
}

/// [`is_stop_word`] of `word` with its entry `lex`.
fn stop_word(lex: Lex, word: &str) -> bool {
    lex.has(Lex::STOP) && !(lex.has(Lex::STOP_WORD) && is_capitalized(word))
}

/// Whether a word of running text may be part of a name (its possessive
/// dropped): a capitalised word that is no stop word nor determiner, an
/// honorific in any case (`Mr.`), a capitalised title (`Senator`). One
/// lookup for the four questions, asked of every word of the text.
pub(crate) fn is_name_word(word: &str) -> bool {
    let w = strip_possessive(word);
    let capitalized = is_capitalized(w);
    // Lowercase, only an honorific is one (`mr.`): most words of the text
    // are lowercase, and most fail the shape test without a lookup.
    if !capitalized && !HONORIFIC_SHAPES.may_hold(trim_periods(w.as_bytes())) {
        return false;
    }
    let lex = lex(w);
    (capitalized && !stop_word(lex, w) && !lex.has(Lex::DETERMINER))
        || lex.honorific().is_some()
        || lex.has(Lex::TITLE1) && capitalized
}

/// Words that link two parts of one description (`head of the agency`,
/// `spokesman for the ministry`).
pub(crate) fn is_connector(word: &str) -> bool {
    lex(word).has(Lex::CONNECTOR)
}

/// Prepositions that may sit inside a description before a determiner
/// (`a staffer in the room`, `a spokesman at the embassy`).
pub(crate) fn is_place_preposition(word: &str) -> bool {
    lex(word).has(Lex::PLACE_PREPOSITION) && !is_capitalized(word)
}

/// Words that may stand between a subject and its cue (`he also said`,
/// `she has repeatedly warned`).
pub(crate) fn is_skippable(word: &str) -> bool {
    // Only in lowercase: `Will` is a name, `will` an auxiliary.
    let lower = word.chars().next().is_some_and(char::is_lowercase);
    lower
        && (word.len() > 4 && word.ends_with("ly") && word != "only"
            || lex(word).has(Lex::SKIPPABLE))
}

/// A subject pronoun that can name a speaker outside a quote. `I` and `we`
/// are left out: outside a quote they are the writer's.
pub(crate) fn pronoun(word: &str) -> Option<Pronoun> {
    // The lexicon drops final periods; a pronoun has none (`he.` is none).
    if word.ends_with('.') {
        return None;
    }
    if word.len() > 4 || word.contains('\'') {
        return contracted(word);
    }
    match (lex(word).0 >> Lex::PRONOUN_SHIFT) & 7 {
        1 => Some(Pronoun::He),
        2 => Some(Pronoun::She),
        3 => Some(Pronoun::They),
        4 => Some(Pronoun::It),
        _ => None,
    }
}

/// A pronoun with a verb contracted onto it keeps its subject (`he’d told
/// reporters`, `she’s said`, `they’re saying`); `it’s` is left out, mostly
/// an empty subject (`it’s been common to …`).
fn contracted(word: &str) -> Option<Pronoun> {
    if word.len() > 9 {
        return None;
    }
    let (base, rest) = word.split_once(['’', '\''])?;
    let verb = ["s", "d", "re", "ll", "ve"]
        .iter()
        .any(|v| rest.eq_ignore_ascii_case(v));
    match pronoun(base) {
        Some(Pronoun::It) | None => None,
        p if verb && !base.contains('\'') => p,
        _ => None,
    }
}

/// The pronouns that can name a speaker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Pronoun {
    /// A man.
    He,
    /// A woman.
    She,
    /// People, a group, an organisation.
    They,
    /// A document, an organisation.
    It,
}

/// The gender an honorific implies, `Some(None)` for one that implies none
/// (`Dr.`), `None` for a word that is no honorific.
pub(crate) fn honorific(word: &str) -> Option<Option<Gender>> {
    lex(word).honorific()
}

/// Titles as (words, the title they stand for, implied gender). Longer ones
/// first, so `vice president` wins over `president`.
const TITLES: &[(&str, &str, Option<Gender>)] = &[
    ("secretary of state", "secretary of state", None),
    ("attorney general", "attorney general", None),
    ("prime minister", "prime minister", None),
    ("vice president", "vice president", None),
    ("foreign minister", "foreign minister", None),
    ("first lady", "first lady", Some(Gender::Female)),
    ("pm", "prime minister", None),
    ("police chief", "police chief", None),
    ("premier", "premier", None),
    ("president", "president", None),
    ("minister", "minister", None),
    ("senator", "senator", None),
    ("sen", "senator", None),
    ("rep", "representative", None),
    ("representative", "representative", None),
    ("congressman", "representative", Some(Gender::Male)),
    ("congresswoman", "representative", Some(Gender::Female)),
    ("gov", "governor", None),
    ("governor", "governor", None),
    ("mayor", "mayor", None),
    ("secretary", "secretary", None),
    ("judge", "judge", None),
    ("justice", "justice", None),
    ("chairman", "chairman", Some(Gender::Male)),
    ("chairwoman", "chairwoman", Some(Gender::Female)),
    ("director", "director", None),
    ("general", "general", None),
    ("gen", "general", None),
    ("king", "king", Some(Gender::Male)),
    ("queen", "queen", Some(Gender::Female)),
    ("prince", "prince", Some(Gender::Male)),
    ("princess", "princess", Some(Gender::Female)),
    ("pope", "pope", Some(Gender::Male)),
    ("ambassador", "ambassador", None),
    ("chancellor", "chancellor", None),
    ("commissioner", "commissioner", None),
    ("sheriff", "sheriff", None),
    ("lt", "lieutenant", None),
    ("col", "colonel", None),
    ("sgt", "sergeant", None),
    ("capt", "captain", None),
    ("adm", "admiral", None),
    ("maj", "major", None),
    ("detective", "detective", None),
    ("spokesman", "spokesman", Some(Gender::Male)),
    ("spokeswoman", "spokeswoman", Some(Gender::Female)),
    ("spokesperson", "spokesperson", None),
    ("chief", "chief", None),
];

/// The title that starts at `words[0]`: (number of words, the title, its
/// gender).
pub(crate) fn title(words: &[&str]) -> Option<(usize, &'static str, Option<Gender>)> {
    let group = lex(words.first()?).title_group()?;
    let entries = &TITLE_INDEX.by_first[group].1;
    entries.iter().find_map(|&t| {
        let (parts, key, gender) = &TITLE_INDEX.titles[t];
        let fits = parts.len() <= words.len()
            && parts[1..]
                .iter()
                .zip(&words[1..])
                .all(|(p, w)| p.eq_ignore_ascii_case(w.trim_end_matches('.')));
        fits.then_some((parts.len(), *key, *gender))
    })
}

/// [`TITLES`] split into words once, and indexed by their first word (in
/// [`TITLES`] order, so the longer title still wins). A linear walk over all
/// titles at every token was 9% of the time on 1 MB of news.
struct TitleIndex {
    titles: Vec<(Vec<&'static str>, &'static str, Option<Gender>)>,
    /// First words as [`key`]s, sorted, with the indices of the titles they open.
    by_first: Vec<(u128, Vec<usize>)>,
}

static TITLE_INDEX: LazyLock<TitleIndex> = LazyLock::new(|| {
    let titles: Vec<_> = TITLES
        .iter()
        .map(|&(t, key, gender)| (t.split(' ').collect::<Vec<_>>(), key, gender))
        .collect();
    let mut by_first: Vec<(u128, Vec<usize>)> = Vec::new();
    for (i, (parts, _, _)) in titles.iter().enumerate() {
        let first = key(parts[0].as_bytes()).expect("title words are at most 16 bytes");
        match by_first.iter_mut().find(|(f, _)| *f == first) {
            Some((_, list)) => list.push(i),
            None => by_first.push((first, vec![i])),
        }
    }
    by_first.sort_by_key(|&(f, _)| f);
    TitleIndex { titles, by_first }
});

/// The gender a given name implies, from a short list of common ones.
pub(crate) fn given_name_gender(word: &str) -> Option<Gender> {
    let lex = lex(word);
    if lex.has(Lex::MALE) && !lex.has(Lex::FEMALE) {
        Some(Gender::Male)
    } else if lex.has(Lex::FEMALE) {
        Some(Gender::Female)
    } else {
        None
    }
}

/// Capitalised words that make a name an organisation or a place, not a
/// person (`Interior Ministry`, `Koh Pich Theater`).
pub(crate) fn is_org_word(word: &str) -> bool {
    lex(word).has(Lex::ORG)
}

/// Nouns that head a description of a person (`a police spokesperson`,
/// `the lawyer`): such a description may be `he` or `she` later.
pub(crate) fn is_person_noun(word: &str) -> bool {
    lex(word).has(Lex::PERSON_NOUN)
}

/// Whether a head noun is plural (`officials`, `police`, `people`).
pub(crate) fn is_plural_noun(word: &str) -> bool {
    // The endings in any ASCII case (`OFFICIALS`).
    let ends = |end: &str| {
        let w = word.as_bytes();
        w.len() >= end.len() && w[w.len() - end.len()..].eq_ignore_ascii_case(end.as_bytes())
    };
    lex(word).has(Lex::PLURAL_NOUN)
        || (word.len() > 3
            && ends("s")
            && !ends("ss")
            && !ends("us")
            && !ends("is")
            && !ends("’s")
            && !ends("'s"))
}

/// Strips a possessive ending: `Trump’s` → `Trump`.
pub(crate) fn strip_possessive(word: &str) -> &str {
    // Most words end in neither `s` nor the last byte of `’`: one test.
    if !matches!(word.as_bytes().last(), Some(b's' | 0x99)) {
        return word;
    }
    word.strip_suffix("’s")
        .or_else(|| word.strip_suffix("'s"))
        .or_else(|| word.strip_suffix('’'))
        .unwrap_or(word)
}

/// Whether a word is capitalised (a name, a title, a sentence's first word).
pub(crate) fn is_capitalized(word: &str) -> bool {
    // An ASCII first byte without decoding (asked of most words, often).
    match word.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        _ => word.chars().next().is_some_and(char::is_uppercase),
    }
}

const MALE: &str = "james john robert michael william david richard joseph thomas charles christopher daniel \
     matthew anthony donald mark paul steven andrew kenneth joshua kevin brian george edward \
     ronald timothy jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin \
     scott brandon benjamin samuel frank gregory raymond alexander patrick jack dennis jerry \
     tyler aaron jose henry adam douglas nathan peter zachary kyle walter harold jeremy ethan \
     carl keith roger gerald christian terry sean arthur austin noah lawrence jesse joe bryan \
     billy jordan albert dylan bruce willie gabriel alan juan logan wayne ralph roy eugene randy \
     vincent russell louis philip bobby johnny bradley bernie bill mike jim tom ted jeb marco \
     rand newt mitt barack hun vladimir xi boris emmanuel mitch chris ben bob dick rick tim jon \
     dan nick steve tony sam ahmed mohammed muhammad ali hassan omar carlos luis pedro pablo ivan \
     dmitry sergei lindsey reince corey kellyanne newt rudy howard harry al lyndon franklin \
     abraham ulysses jimmy gordon tony nigel";

const FEMALE: &str = "mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty \
     margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah \
     stephanie rebecca sharon laura cynthia kathleen amy shirley angela helen anna brenda pamela \
     nicole emma samantha katherine christine debra rachel catherine carolyn janet ruth maria \
     heather diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith \
     megan cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice \
     jean alice madison doris abigail julia judy grace denise amber marilyn beverly danielle \
     theresa sophia marie diana brittany natalie isabella charlotte rose alexis kayla hillary \
     ivanka melania chelsea huma condoleezza sarah nikki elizabeth michele carly jill debbie \
     dianne kamala theresa angela marine jacinda ruth sonia elena hope kellyanne anne jane kate \
     liz sue meg tina lucy claire fatima aisha yingluck aung benazir indira golda margaret \
     loretta nancy maxine tammy kirsten amy susana cecile donna";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_build_and_match_in_any_case() {
        // Builds every list (each word must fit a key) and looks words up.
        assert!(is_determiner("The") && !is_determiner("Theresa"));
        assert!(is_stop_word("WHILE") && is_stop_word("yesterday") && !is_stop_word("said"));
        assert!(is_stop_word("may") && !is_stop_word("May"));
        assert!(is_connector("of") && is_place_preposition("at"));
        assert!(is_skippable("also") && is_org_word("Ministry") && is_org_word("NATO"));
        assert!(is_person_noun("Spokeswoman") && is_plural_noun("Officials"));
        assert_eq!(given_name_gender("Mary"), Some(Gender::Female));
        assert_eq!(given_name_gender("JOHN"), Some(Gender::Male));
        // Too long for a key, or holding a zero byte: in no list.
        assert!(!is_org_word("organisationorganisation") && !is_org_word("bank\0"));
        // Empty (found by proptest: the packing shifted by 128 bits).
        assert!(!is_org_word("") && !is_stop_word("") && given_name_gender("").is_none());
        assert_eq!(title(&["Vice", "President", "Pence"]).map(|t| t.0), Some(2));
        assert_eq!(title(&["Sen.", "Lee"]).map(|t| t.1), Some("senator"));
        assert_eq!(title(&["Secretary", "of"]).map(|t| t.1), Some("secretary"));
        assert_eq!(title(&[]), None);
        assert_eq!(pronoun("They"), Some(Pronoun::They));
        assert_eq!((pronoun("he."), pronoun("hen")), (None, None));
        assert_eq!(honorific("Mrs."), Some(Some(Gender::Female)));
        assert_eq!(honorific("Dr"), Some(None));
        assert_eq!(honorific("Drs"), None);
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
}
