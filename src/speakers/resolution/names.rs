//! The entity of a name mention: the name split into its titles and core
//! words, then joined to the most recent entity whose name it shortens or
//! extends, or whose title it bears, or made a new entity.

use super::pronouns::named_person;
use super::{Entity, EntityList, Mention, Sort};
use crate::chars::{Decode, eq_any_case, holds_byte, listed, listed_any_case, trim_end_any};
use crate::items::Items;
use crate::span::Span;
use crate::speakers::cues::{class, class_inlined, word};
use crate::speakers::phrases::{honours_ahead, organisation_after};
use crate::speakers::recency::{NameIndex, Window, WordMap};
use crate::speakers::tokens::{TokenList, starts_sentence};
use crate::speakers::words::{
    Gender, given_name_gender, is_capitalized, is_determiner, is_institution_head, is_org_word,
    is_stop_word, is_time_span, key, key_apart, strip_possessive, title, without_article,
};
use crate::swar::HIGH;

/// The analysed parts of a name mention. One is filled again for each
/// mention (see [`name_parts`]): its lists are kept, not allocated anew.
#[derive(Default)]
pub(super) struct NameParts {
    core: Items<u32>,
    /// The token of the run's first word, and the place of its first core
    /// word among its words: what is asked of the core words only for a
    /// name that makes or grows an entity (about a quarter) is found from
    /// them then (see [`NameParts::org`], [`NameParts::core_span`]).
    first: usize,
    from: usize,
    /// The gender of the first core word as a given name (`Ann`).
    given: Option<Gender>,
    /// Whether some core word is a known given name (`Hillary Clinton`),
    /// a word of the lexicon (`Trump Supporter Screams`, `Paulson Partners`)
    /// or an acronym (`CIA Benghazi`): a name with none may put the family
    /// name first (`Yoon Suk Yeol`, see [`NameParts::family_first`]).
    known_word: bool,
    titles: Vec<&'static str>,
    gender: Option<Gender>,
    person: bool,
    /// The words before a title inside the run, with the title (`Texas
    /// Sen.` of `Texas Sen. Ted Cruz`), or a title with the office after it
    /// (`Secretary of Housing and Urban Development`): the person's role.
    described: Option<Span>,
    /// Whether the name ends in a generation (`Jr.`), after two words.
    suffixed: bool,
}

/// Lowercased name words as numbers: each mention is compared with up to
/// [`WINDOW`](crate::speakers::recency::WINDOW) earlier entities, and
/// comparing numbers instead of strings made resolution several times
/// faster on 1 MB of news.
#[derive(Default)]
pub(super) struct Words {
    /// Words of at most 16 bytes (nearly all) by their [`key`]: the word
    /// lowercased and packed in a number, with no copy and no string hash.
    /// (The number is the first of the value; see [`WordMap`].) The other
    /// words are chains of pieces here too (see [`piece_key`]): a table of
    /// strings for them was a hash table type of its own in the .wasm
    /// (~700 bytes gzipped) for a rare word.
    short: WordMap,
    /// How many words are numbered.
    count: u32,
    /// The longer word last numbered, lowercased (reused: no heap copy per
    /// word).
    lower: String,
}

/// How many mentions there are to a distinct name word, at most, in news
/// (1 MB of it: 17,001 mentions, 4,561 words and pieces of long words).
const MENTIONS_A_WORD: usize = 4;

/// How many mentions there are to a key of the names of two words or more
/// in [`Cores`], at most, in news (1 MB: 2,351 keys).
const MENTIONS_A_CORE_KEY: usize = 8;

impl Words {
    /// The table for the name words of `mentions` mentions, sized once
    /// (grown from 16 slots, it was copied ten times on 1 MB of news).
    pub(super) fn for_mentions(mentions: usize) -> Words {
        Words {
            short: WordMap::with_capacity(mentions / MENTIONS_A_WORD),
            count: 0,
            lower: String::new(),
        }
    }

    /// The number of `word` in ASCII lowercase: the words are numbered from
    /// 0 as they first come. A word has a key or not by its lowercased
    /// bytes, and equal keys are equal lowercased words, so a word is never
    /// numbered twice.
    pub(super) fn id(&mut self, word: &str) -> u32 {
        // `al-Ansari`, `Al-Ansari` and `Ansari` are one name word. (Only a
        // word with a hyphen for its third byte may open with an article:
        // most words are passed with one test.)
        let word = if word.as_bytes().get(2) == Some(&b'-') {
            without_article(word)
        } else {
            word
        };
        // `O’Neill` and `O'Neill` are one name word: a curly apostrophe
        // (E2 80 99) is keyed as a straight one. Most words have no byte
        // beyond ASCII, told by their key, with no walk over their bytes
        // (~0.5M instructions on 1 MB of news).
        let straight;
        let (word, key) = match key(word.as_bytes()).filter(|&k| k & NON_ASCII == 0) {
            Some(k) => (word, Some(k)),
            None => {
                let word = if word.bytes().any(|b| b == 0xE2) {
                    straight = word
                        .decoded()
                        .map(|c| if c == '’' { '\'' } else { c })
                        .collect::<String>();
                    straight.as_str()
                } else {
                    word
                };
                (word, key_apart(word.as_bytes()))
            }
        };
        let next = self.count;
        if let Some(k) = key {
            // Most name words were seen before: a lookup, cheaper than the
            // entry API's, which is left for a new word.
            if let Some((id, _)) = self.short.find(k) {
                return id as u32;
            }
            self.count += 1;
            return self.short.or_insert(k, (next as usize, 0)).0 as u32;
        }
        self.lower.clear();
        self.lower.push_str(word);
        self.lower.make_ascii_lowercase();
        // The pieces of the word, each keyed by the node of the pieces
        // before it (0 before the first; a new node is numbered by the
        // table's size, which only grows). The last node holds the word's
        // number plus one in the second of its value.
        let (mut node, mut rest) = (0, self.lower.as_bytes());
        let last = loop {
            let (piece, more) = rest.split_at(rest.len().min(PIECE));
            let k = piece_key(node, piece);
            let fresh = self.short.len() + 1;
            node = self.short.or_insert(k, (fresh, 0)).0;
            rest = more;
            if rest.is_empty() {
                break k;
            }
        };
        let value = self.short.or_insert(last, (0, 0));
        if value.1 == 0 {
            value.1 = next as usize + 1;
            self.count += 1;
        }
        (value.1 - 1) as u32
    }
}

/// The high bit of each byte of a [`key`]: none is set in the key of an
/// ASCII word.
const NON_ASCII: u128 = (HIGH as u128) << 64 | HIGH as u128;

/// The bytes of a word in one piece of a chain in [`Words::short`].
const PIECE: usize = 10;

/// The key of a piece of at most [`PIECE`] bytes after the node `before`:
/// a byte 0xFF (in no [`key`], as no byte of a str is 0xFF), the piece's
/// length, the node's number in 32 bits, then the piece, so that different
/// (node, piece) pairs have different keys.
fn piece_key(before: usize, piece: &[u8]) -> u128 {
    let mut k =
        0xFF_u128 << 120 | (piece.len() as u128) << 112 | (before as u128 & 0xFFFF_FFFF) << 80;
    for (i, &b) in piece.iter().enumerate() {
        k |= u128::from(b) << (72 - 8 * i);
    }
    k
}

/// An entity's name words as a number of [`Cores`] (0: none) and their
/// count.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct Core {
    id: u32,
    pub len: u32,
}

/// No entity: a name no entity has had.
const NONE: usize = usize::MAX;

/// The distinct name words of entities (sequences of [`Words`] numbers),
/// each numbered once and kept once, with the entity last resolved with
/// it. An entity's name was a vector of its own, cloned into a hash table
/// keyed by it at each new name and hashed at each mention (~10% of
/// resolution on 1 MB of news, with the frees).
pub(super) struct Cores {
    /// Per word number: the number of that word alone (0 before). Most
    /// names of one word: no hash for them.
    single: Items<u32>,
    /// For names of two words or more: (the number of the words before,
    /// the next one to three words plus one, in 32 bits each) → (the number
    /// of the words so far, unused). Exact keys, as numbers of words are
    /// below `u32::MAX`.
    ids: WordMap,
    /// Per number: where its words are in `words`, and the entity last
    /// resolved with these words ([`NONE`] before).
    cores: Vec<(usize, usize)>,
    words: Vec<u32>,
}

impl Cores {
    /// The names of `mentions` mentions, their table sized once (see
    /// [`Words::for_mentions`]).
    pub(super) fn for_mentions(mentions: usize) -> Cores {
        Cores {
            single: Items::new(),
            ids: WordMap::with_capacity(mentions / MENTIONS_A_CORE_KEY),
            // Number 0: no words.
            cores: vec![(0, NONE)],
            words: Vec::new(),
        }
    }

    /// The [`Core`] of `words`, numbered now if new.
    fn core(&mut self, words: &[u32]) -> Core {
        let mut id = 0;
        if let &[w] = words {
            let w = w as usize;
            if w >= self.single.len() {
                self.single.resize(w + 1, 0);
            }
            if self.single[w] == 0 {
                self.single[w] = self.cores.len() as u32;
                self.add(words);
            }
            id = self.single[w] as usize;
        } else {
            for (k, chunk) in words.chunks(3).enumerate() {
                let next = self.cores.len();
                id = self.ids.or_insert(chunk_key(id, chunk), (next, 0)).0;
                if id == next {
                    // The words so far.
                    self.add(&words[..3 * k + chunk.len()]);
                }
            }
        }
        Core {
            id: id as u32,
            len: words.len() as u32,
        }
    }

    /// Numbers `words`, the next number.
    fn add(&mut self, words: &[u32]) {
        self.cores.push((self.words.len(), NONE));
        self.words.extend_from_slice(words);
    }

    /// The words of `core`.
    #[inline]
    pub(super) fn words(&self, core: Core) -> &[u32] {
        let at = self.cores[core.id as usize].0;
        &self.words[at..at + core.len as usize]
    }

    /// Records that entity `e` was last resolved with name words `core`.
    pub(super) fn seen(&mut self, core: Core, e: usize) {
        if core.len > 0 {
            self.cores[core.id as usize].1 = e;
        }
    }

    /// The entity last resolved with name words `core`, if any.
    fn latest(&self, core: Core) -> Option<usize> {
        Some(self.cores[core.id as usize].1).filter(|&e| e != NONE)
    }
}

/// The key in [`Cores::ids`] of up to three words after the words numbered
/// `before`.
fn chunk_key(before: usize, chunk: &[u32]) -> u128 {
    chunk
        .iter()
        .fold(before as u128, |key, &w| key << 32 | u128::from(w + 1))
        << (32 * (3 - chunk.len()))
}

/// The last title among `words[from..]` (at word `k`) with a name of one or
/// more words after it (from word `start`) that names no organisation: `MP`
/// of `Labour MP Jess Phillips`.
fn inner_title(
    text: &str,
    tokens: &TokenList,
    first: usize,
    words: &[&str],
    from: usize,
) -> Option<(usize, usize, &'static str, Option<Gender>)> {
    (from + 1..words.len().saturating_sub(1))
        .rev()
        .find_map(|k| {
            if !class_inlined(tokens, first + k).opens_title() {
                return None;
            }
            let (n, key, g) = title(&words[k..])?;
            let start = office_end(text, tokens, first, words, k + n).unwrap_or(k + n);
            let next = words.get(start)?;
            let suffix = listed("Jr Jr. Sr Sr. II III IV", next);
            // `Burger King Corp.`: an organisation's name goes on after it.
            let org = (start..words.len()).any(|j| class(tokens, first + j).org());
            // (Or an honour: `Foreign Secretary the Rt Hon Ruth Baptiste`.)
            let named =
                next.starts_with(char::is_uppercase) || honours_ahead(text, tokens, first + start);
            (named && !suffix && !org).then_some((k, start, key, g))
        })
}

/// `Secretary of Housing and Urban Development Mary Fudge`, `Chief of
/// Staff Ann Walsh`: when the word at `at`, after a title, is `of` or `for`,
/// the capitalised words after it name the office, up to a known given name
/// with a word after it, where the person's name starts.
#[inline(never)]
fn office_end(
    text: &str,
    tokens: &TokenList,
    first: usize,
    words: &[&str],
    at: usize,
) -> Option<usize> {
    if !matches!(words.get(at), Some(&("of" | "for"))) {
        return None;
    }
    for j in at + 2..words.len().min(at + 8) - 1 {
        let c = class(tokens, first + j - 1);
        if !(c.capitalized() || c.connector() || !c.is_word() || words[j - 1] == "and") {
            return None;
        }
        // (Or an honorific: `Minister for Home Affairs Mr K Tan`; or the
        // office's acronym in brackets, read past by the tokens:
        // `Minister of Science (Mosti) Chang Lih Kang`.)
        let c = class(tokens, first + j);
        let gap = &text.as_bytes()[tokens[first + j - 1].span.end..tokens[first + j].span.start];
        if c.gender().is_some() || c.honorific().is_some() || holds_byte(gap, b')') {
            return Some(j);
        }
    }
    // With no known given name, the last two words name the person (three
    // with an initial between: `Secretary of State Antony J. Blinken`),
    // after an office of capitalised words (`Mayor of London Sadiq Khan`,
    // `Minister for Climate Change Musadik Malik`, `Minister for
    // Information and Broadcasting Marriyum Aurangzeb`).
    // (An initial opening the name after an organisation's word stays:
    // `Deputy Commissioner of Police H. Jayalakshmi`.)
    let initial = |w: &str| w.len() <= 3 && w.ends_with('.');
    let start = words.len().checked_sub(2)?;
    let start = start
        - usize::from(
            start > 0 && initial(words[start]) && !class(tokens, first + start - 1).org(),
        );
    let office = (at + 1..words.len()).all(|j| {
        let c = class(tokens, first + j);
        c.capitalized() || !c.is_word() || matches!(words[j], "and" | "&")
    });
    (office && start >= at + 2).then_some(start)
}

impl NameParts {
    /// Whether the name may put the family name first: two or three words,
    /// none a known given name nor other known word (`Xi Jinping`, `Tan Wei
    /// Ming`; not `Hillary Clinton`, nor a longer name, mostly an
    /// organisation's).
    fn family_first(&self) -> bool {
        matches!(self.core.len(), 2 | 3) && !self.known_word
    }

    /// Whether a core word (among the run's `words`) names an organisation
    /// or is an acronym (`Interior Ministry`, `FBI`).
    fn org(&self, tokens: &TokenList, words: &[&str]) -> bool {
        // `MICHAEL PENIX JR. knew`: a name in capitals opening a story,
        // its first word a known given name, is a person's, not acronyms.
        if self.given.is_some() && words[self.from..].iter().all(|w| capitals_only(w)) {
            return false;
        }
        (self.from..words.len()).any(|k| {
            let w = words[k];
            let bare = strip_possessive(w);
            // Without a possessive, the token's class tells (one lookup less).
            let org = if bare.len() == w.len() {
                class_inlined(tokens, self.first + k).org()
            } else {
                is_org_word(bare)
            };
            // `P.J. Akeeagok`, `J.K. Rowling`: initials opening a name are
            // no acronym (`U.S. Customs` is one); nor are two capitals
            // after a title (`Health Minister KK Shailaja`).
            // (Asked of an acronym only: most words are none.)
            let initials = || {
                k == self.from
                    && k + 1 < words.len()
                    && (bare.bytes().any(|b| b == b'.')
                        || bare.len() <= 2 && !self.titles.is_empty())
                    && !matches!(
                        bare,
                        "U.S." | "U.K." | "U.N." | "E.U." | "US" | "UK" | "UN" | "EU"
                    )
            };
            // (Nor is a generation: `Luther Pate IV`.)
            let generation = || self.suffixed && k + 1 == words.len();
            org || is_acronym(bare) && !initials() && !generation()
        })
    }

    /// The name as written, without its titles nor a final possessive (an
    /// empty span for none, which reads as an empty name).
    fn core_span(&self, tokens: &TokenList, words: &[&str]) -> Span {
        let Some(last) = words.len().checked_sub(1).filter(|&k| k >= self.from) else {
            return Span::default();
        };
        let start = tokens[self.first + self.from].span.start;
        let end = tokens[self.first + last].span.start + strip_possessive(words[last]).len();
        Span::new(start, end)
    }
}

/// Fills `parts` with the parts of the name in tokens `first..end`;
/// `words` is room for its words.
fn name_parts<'t>(
    text: &'t str,
    tokens: &TokenList,
    (first, end): (usize, usize),
    ids: &mut Words,
    words: &mut Items<&'t str>,
    parts: &mut NameParts,
) {
    words.clear();
    words.extend((first..end).map(|i| word(text, tokens, i).unwrap_or("")));
    // `Mark Ellis KC`, `Jess Phillips MP`: letters after a name are no part
    // of it (an acronym would make the name an organisation's). `Jr.` is:
    // `Donald Trump Jr.` is not his father.
    // Nor is a Cantonese given name after an English one and the surname:
    // `John Lee Ka-chiu` is `John Lee`.
    // A judge's letters follow a surname alone: `Okafor J`, `Cash DCJ`.
    while words.len() > 2
        && words
            .last()
            .is_some_and(|w| capitals_only(w) && listed(POST_NOMINALS, w) || cantonese_given(w))
        || words.len() == 2 && words.last().is_some_and(|w| listed(JUDICIAL, w))
    {
        words.pop();
    }
    parts.core.clear();
    parts.titles.clear();
    parts.given = None;
    parts.known_word = false;
    parts.described = None;
    parts.gender = None;
    parts.person = false;
    // Where the first title is, if any (after the honorifics).
    let mut titled_from = None;
    let mut i = 0;
    // `Le Bernardin’s Eric Ripert`, `Security Dynamics' Stuckey`: a
    // possessive before a name or a title says whose the person is; the name starts after it, and the owner is
    // the role (with the titles after it: `Acme’s Chief Executive Ann
    // Lee`). Not `Boston Children’s Hospital`, `St. Mary’s Medical Center`.
    if let Some(p) = (0..words.len().saturating_sub(1)).rev().find(|&k| {
        strip_possessive(words[k]).len() < words[k].len()
            && (class(tokens, first + k + 1).opens_title()
                || (first + k + 1..first + words.len()).all(|t| !class(tokens, t).org()))
    }) {
        (i, titled_from) = (p + 1, Some(0));
    }
    while i < words.len() {
        let c = class_inlined(tokens, first + i);
        if let Some(g) = c.honorific() {
            parts.gender = parts.gender.or(g);
            parts.person = true;
            i += 1;
        } else if honours_ahead(text, tokens, first + i) {
            i += 1;
        } else if let Some((n, key, g)) = c.opens_title().then(|| title(&words[i..])).flatten() {
            // A title word inside a name (`Sen` of `Hun Sen`) is a name word,
            // and one before the name of an institution too (`Justice
            // Department`, `Speaker's Office`).
            let institution = i + n < words.len()
                && (first + i + n..first + words.len()).all(|k| class(tokens, k).org());
            // `Secretary of Housing and Urban Development Mary Fudge`: the
            // office after the title is the role when a known given name
            // tells where the person's name starts; otherwise it stays in
            // the name, rather than leave a name `of Housing …`.
            let office = office_end(text, tokens, first, words, i + n);
            let unknown_office =
                office.is_none() && matches!(words.get(i + n), Some(&("of" | "for")));
            // `the former Attorney General of Delaware`, `Secretary of
            // Defense`: a title and its office with no name after name
            // only the title.
            if unknown_office && words.len() - (i + n) <= 3 {
                parts.titles.push(key);
                parts.gender = parts.gender.or(g);
                parts.person = true;
                i = words.len();
                break;
            }
            if i + n >= words.len() && !parts.core.is_empty() || institution || unknown_office {
                break;
            }
            parts.titles.push(key);
            parts.gender = parts.gender.or(g);
            parts.person = true;
            titled_from = titled_from.or(Some(i));
            i += n;
            if let Some(start) = office {
                i = start;
                parts.described = Some(Span::new(
                    tokens[first].span.start,
                    tokens[first + i - 1].span.end,
                ));
            }
        } else {
            break;
        }
    }
    // `Labour MP Jess Phillips`, `White House Press Secretary Sean Spicer`:
    // a title inside the run with a name after it ends a description of the
    // person, the role (see below); the name is what follows (not `Martin
    // Luther King Jr.`).
    if let Some((_, start, key, g)) = inner_title(text, tokens, first, words, i) {
        parts.titles.push(key);
        parts.gender = parts.gender.or(g);
        parts.person = true;
        (i, titled_from) = (start, Some(0));
        // (And the honorifics after it: `Pendang MP Datuk Awang Hashim`.)
        while i + 2 < words.len() {
            if honours_ahead(text, tokens, first + i) {
                i += 1;
                continue;
            }
            let Some(g) = class(tokens, first + i).honorific() else {
                break;
            };
            parts.gender = parts.gender.or(g);
            i += 1;
        }
    }
    // `the chairman of the National Grain Council Otieno Marwa`: an
    // institution's name right before a person's (two words or more, none
    // an organisation's) is where the person works, the role.
    if titled_from.is_none() && parts.described.is_none() && words.len() >= i + 3 {
        let head = (i..words.len() - 2)
            .rev()
            .find(|&j| is_institution_head(strip_possessive(words[j])));
        let person = |j: usize| {
            (j + 1..words.len()).all(|k| {
                let c = class(tokens, first + k);
                c.capitalized() && !c.org() && !c.opens_title()
            })
        };
        if let Some(j) = head.filter(|&j| j > i && person(j)) {
            parts.described = Some(Span::new(
                tokens[first + i].span.start,
                tokens[first + j].span.end,
            ));
            i = j + 1;
        }
    }
    // `Striker Dom Okoro took to X`, `Actress Sophie Tran wrote`: a noun of
    // a person opening a name of two words or more after it is the role.
    if words.len() >= i + 3
        && class(tokens, first + i).person_noun()
        && !class(tokens, first + i).opens_title()
    {
        parts.described = Some(tokens[first + i].span);
        parts.person = true;
        i += 1;
    }
    // `Mayor Sal Torres`, `Chief Executive Vincent Roche`: the titles alone
    // before the name are the role too, without an honorific after them
    // (`Prime Minister Sheikh Mohammed`, `Foreign Secretary Lord Cameron`).
    if let Some(t) = titled_from.filter(|_| parts.described.is_none() && i < words.len()) {
        let mut end = i;
        while end > t + 1
            && (class(tokens, first + end - 1).honorific().is_some()
                || honours_ahead(text, tokens, first + end - 1))
        {
            end -= 1;
        }
        parts.described = Some(Span::new(
            tokens[first + t].span.start,
            tokens[first + end - 1].span.end,
        ));
    }
    (parts.first, parts.from) = (first, i);
    for (k, w) in words.iter().enumerate().skip(i) {
        let bare = strip_possessive(w);
        parts.core.push(ids.id(bare));
        // Without a possessive, the token's class tells.
        let c = class_inlined(tokens, first + k);
        let given = if bare.len() == w.len() {
            c.gender()
        } else {
            given_name_gender(bare)
        };
        if k == i {
            parts.given = given;
        }
        parts.known_word |= given.is_some()
            || c.org()
            || c.person_noun()
            || c.opens_title()
            || c.cue() != 0
            || is_acronym(bare);
    }
    // (Its first letter first: asked of every name of three words.)
    parts.suffixed = parts.core.len() > 2
        && words.last().is_some_and(|w| {
            matches!(w.as_bytes().first(), Some(b'J' | b'S' | b'I'))
                && listed("Jr Jr. Sr Sr. II III IV", w)
        });
    if let Some(g) = parts.given {
        if parts.core.len() > 1 {
            parts.gender = parts.gender.or(Some(g));
            parts.person = true;
        }
    }
}

/// The title of mention `m`, set off after a name, with the place after it
/// up to the comma or stop that closes the apposition (`Chief Operating
/// Officer of Brightwater Foods`), when `of`, `for` or `at` follows it.
fn apposed_title(text: &str, tokens: &TokenList, m: &Mention) -> Span {
    let placed = tokens
        .get(m.end)
        .is_some_and(|t| t.is_word() && matches!(t.span.bytes(text), b"of" | b"for" | b"at"));
    let sentence = tokens[m.first].sentence;
    let end = if placed {
        (m.end + 1..tokens.len().min(m.end + 10))
            .take_while(|&k| tokens[k].is_word() && tokens[k].sentence == sentence)
            .last()
            .map_or(m.end, |k| k + 1)
    } else {
        organisation_after(text, tokens, m.end).unwrap_or(m.end)
    };
    Span::new(m.span.start, tokens[end - 1].span.end)
}

/// A judge's letters after a surname, in Australian and British courts:
/// Justice, Chief Justice, District Court Judge, Judge of Appeal.
const JUDICIAL: &str = "J CJ DCJ JA AJ";

/// Letters after a name, of an honour, an office or a fellowship (`Sir
/// Roger Hale KCB CBE`, `Ann Lee MSP`).
const POST_NOMINALS: &str = "KC QC MP MSP MLA MEP MS AM TD JP DL PC OBE MBE CBE KBE DBE GBE KCB GCB CH OM CMG KCMG GCMG CVO LVO MVO KCVO GCVO BEM QPM KPM FRS";

/// The entity of the name `m` (with its titles); `None` when it holds no
/// name word nor title, or is a lone capitalised word opening a sentence
/// that is no subject (`Asked`).
// A function of its own in the .wasm (see `speakers::attribute`).
#[inline(never)]
pub(super) fn name<'t>(
    text: &'t str,
    tokens: &TokenList,
    (m, apposed): (&Mention, Option<usize>),
    entities: &mut EntityList,
    (window, history, paragraph): (&Window, &[(usize, u32, bool)], u32),
    (cores, index): (&mut Cores, &NameIndex),
    (ids, (words, parts)): (&mut Words, &mut (Items<&'t str>, NameParts)),
) -> Option<usize> {
    name_parts(text, tokens, (m.first, m.end), ids, words, parts);
    let parts = &*parts;
    // `Senate Democratic Leader Chuck Schumer of New York said`: the titles
    // before the name are the role, not the place after it.
    // Nor a party's or a state's label after it (`House Speaker Paul Ryan,
    // R-Wis.,`, `Sen. Pat Toomey, Pa.,`).
    // (Set off by a comma too: `Detective Sergeant Maria Lopez, of
    // Westshire Constabulary,`.)
    let placed = m.role.is_some_and(|r| {
        let before = text.as_bytes()[..r.start].trim_ascii_end();
        let after = |p: &[u8]| before.ends_with(p);
        let role = text[r].as_bytes();
        parts.described.is_some()
            && (after(b" of")
                || after(b" in")
                || after(b" from")
                || role.starts_with(b"of ")
                || role.starts_with(b"from ")
                || is_label(&text[r]))
    });
    let own;
    let m = if placed {
        own = Mention {
            role: None,
            ..m.clone()
        };
        &own
    } else {
        m
    };
    // `Jane Dlamini, CEO of Business Unity South Africa,`: a title and its
    // office set off after a name are that person's role, whatever the
    // office's words (unless a given name starts a name of its own: `the
    // Star of David, Speaker of the House Paul Ryan`).
    let office =
        !parts.titles.is_empty() && parts.given.is_none() && words[..parts.from].contains(&"of");
    if let Some(e) = apposed.filter(|&e| office && entities[e].core.len > 0) {
        merge_facts(&mut entities[e], parts, m);
        return Some(e);
    }
    // `Haaland … the Norwegian added`: a people's name after `the` stands
    // for the person just named.
    // (A subject or a speaker: not `on the Billboard 200`.)
    let subject = m.subject || m.speaks;
    if subject && parts.core.len() == 1 && parts.titles.is_empty() && demonym(text, tokens, m.first)
    {
        if let Some(e) = named_person(entities, history, None, paragraph) {
            return Some(e);
        }
    }
    if parts.core.is_empty() {
        // Only titles: `the prime minister`, `PM`; after a name and a
        // comma, that person's (`Beau Biden, the former Attorney General`).
        let key = *parts.titles.first()?;
        if let Some(e) = apposed.filter(|&e| entities[e].core.len > 0) {
            merge_facts(&mut entities[e], parts, m);
            // `Rosa Delgado, Chief Operating Officer of Brightwater Foods,`:
            // the title set off after the name, with its place, is the role.
            if entities[e].role.is_none() {
                entities[e].role = Some(apposed_title(text, tokens, m));
            }
            return Some(e);
        }
        let known = window
            .entities()
            .find(|&e| entities[e].titles.contains(&key) && !entities[e].owned_apart(text, m.span));
        if let Some(e) = known {
            return Some(e);
        }
        return Some(new_entity(
            entities,
            (m.span, true),
            (Core::default(), false),
            parts,
            m,
        ));
    }
    let compatible = |e: &Entity| {
        let core = cores.words(e.core);
        // (`Quintero` for `Jorge Quintero Jr.`.)
        let cut = usize::from(e.suffixed && parts.core.len() == 1 && core.len() > 2);
        let core = &core[..core.len() - cut];
        !core.is_empty()
            && parts.gender.is_none_or(|g| e.gender.is_none_or(|x| x == g))
            && (ends_with(core, &parts.core)
                || ends_with(&parts.core, core)
                || parts.core.len() == 1 && core[0] == parts.core[0] && parts.given.is_some())
    };
    // Only an entity whose name ends like this one, or starts like this
    // lone given name, is compatible: those listed under these words.
    let last = index.with(true, *parts.core.last()?);
    let given = parts.core.len() == 1 && parts.given.is_some();
    let first = if given {
        index.with(false, parts.core[0])
    } else {
        Some(index.none())
    };
    // `Daniel Hale … Hale's mother, Brenda Hale … Hale said`: a surname
    // alone goes on naming whom it named alone before, however recent the
    // other bearer.
    let surname = parts.core.len() == 1 && !given;
    let named_so = surname
        .then(|| index.with(true, parts.core[0]))
        .flatten()
        .and_then(|list| window.newest(list, |e| entities[e].surname && compatible(&entities[e])));
    // `Sergeant Mary Flynn … hurler Pat Flynn … Sgt Flynn`: a titled name
    // is first the one of that name bearing its title.
    let title_bearer = || {
        let list = index.with(true, *parts.core.last()?)?;
        let bears = |e: &Entity| parts.titles.iter().any(|t| e.titles.contains(t));
        window.newest(list, |e| bears(&entities[e]) && compatible(&entities[e]))
    };
    let named_so = named_so.or_else(|| (!parts.titles.is_empty()).then(title_bearer).flatten());
    // (The newest that fits, whatever the order of the candidates.)
    let known = named_so.or_else(|| match (last, first) {
        (Some(last), Some(first)) => window.newest(last.chain(first), |e| compatible(&entities[e])),
        _ => window.entities().find(|&e| compatible(&entities[e])),
    });
    // `President Yoon Suk Yeol … Yoon said`, `Mr Tan Wei Ming … Mr Tan`: a
    // surname that ends no name may start one put family name first; as a
    // speaker, a person's name of two words or more (`Pakistan captain
    // Azhar Ali … an elated Azhar told`: the given name alone, as South
    // Asian news often writes; not a place: `Kerala Health Minister`).
    let known = known.or_else(|| {
        let list = index.with(false, parts.core[0]).filter(|_| surname)?;
        window.newest(list, |e| {
            let e = &entities[e];
            (e.family_first || m.speaks && e.core.len > 1)
                && e.sort == Sort::Person
                && parts.gender.is_none_or(|g| e.gender.is_none_or(|x| x == g))
        })
    });
    // The number of these name words, taken once when needed.
    let mut core = None;
    let known = known.or_else(|| {
        // Not seen lately: any earlier entity with this very name.
        let c = *core.insert(cores.core(&parts.core));
        cores.latest(c)
    });
    let mut core = || core.unwrap_or_else(|| cores.core(&parts.core));
    let core_text = || parts.core_span(tokens, words);
    if let Some(e) = known {
        let entity = &mut entities[e];
        if parts.core.len() > entity.core.len as usize {
            entity.core = core();
            (entity.name, entity.described) = (core_text(), false);
            entity.family_first = parts.family_first();
            entity.suffixed = parts.suffixed;
            entity.suffixed = parts.suffixed;
        }
        entity.surname |= surname;
        merge_facts(entity, parts, m);
        return Some(e);
    }
    // A name after a bare title: `PM` then `Prime Minister Hun Sen`. Most
    // names bear no title, and then no entity can match: the walk over the
    // whole window is skipped (18M of 61M instructions in `name` on 1 MB of news).
    // And a name set off by commas after a bare title: `The chancellor,
    // Rachel Reeves, sat down`.
    let bare_title = |e: &Entity| e.core.len == 0 && !e.titles.is_empty();
    let titled = (!parts.titles.is_empty())
        .then(|| {
            window.entities().find(|&e| {
                entities[e].core.len == 0
                    && parts.titles.iter().any(|t| entities[e].titles.contains(t))
                    && !parts
                        .described
                        .is_some_and(|d| entities[e].owned_apart(text, d))
            })
        })
        .flatten()
        .or_else(|| apposed.filter(|&e| parts.titles.is_empty() && bare_title(&entities[e])));
    // A person first named in full near the top, as a speaker with no
    // title or role, may be the description before (see `described_before`).
    let lede = || {
        // (Not an owner: `Hillary Clinton's top staffer Jake Sullivan`.)
        let owner = strip_possessive(&text[m.span]).len() < m.span.len();
        let unplaced = m.role.is_none()
            && subject
            && parts.core.len() > 1
            && paragraph <= LEDE_PARAGRAPHS
            && !owner;
        let has_title = !parts.titles.is_empty();
        unplaced
            .then(|| described_before(text, entities, window, (paragraph, parts.gender, has_title)))
            .flatten()
    };
    let described = titled.is_none().then(lede).flatten();
    if let Some(e) = titled.or(described.map(|(e, _)| e)) {
        let entity = &mut entities[e];
        if let Some((_, role)) = described.filter(|_| entity.role.is_none()) {
            entity.role = Some(role);
            entity.role_described = true;
        }
        entity.core = core();
        (entity.name, entity.described) = (core_text(), false);
        entity.family_first = parts.family_first();
        entity.suffixed = parts.suffixed;
        merge_facts(entity, parts, m);
        return Some(e);
    }
    // A lone capitalised word opening a sentence may be any word (`Asked`,
    // `Critics`): it names someone only as the subject of a cue, and never
    // when it counts time (`Days after the report, the museum said`).
    let sentence_start = starts_sentence(tokens, m.first);
    if parts.core.len() == 1
        && sentence_start
        && (!m.subject || words.last().is_some_and(|w| is_time_span(w)))
        && parts.titles.is_empty()
    {
        return None;
    }
    // `asked by the Hollywood Reporter`: no person's name follows `the`
    // (but a title may: `the Rev. Al Sharpton`), unless it names what
    // the noun after it is (`the Bernie Sanders campaign`).
    let modifier = || {
        let c = class(tokens, m.end);
        c.is_word() && !c.capitalized() && !c.stop()
    };
    let after_the = m.first > 0 && word(text, tokens, m.first - 1) == Some("the") && !modifier();
    // `in the Upper Tweed region`: a name before a noun of a place is the
    // place's, which no `she` stands for.
    let place = || {
        word(text, tokens, m.end).is_some_and(|w| {
            listed(
                "region area district county province valley state city town village suburb",
                w,
            )
        })
    };
    let org = parts.org(tokens, words) || after_the && parts.titles.is_empty() || place();
    Some(new_entity(
        entities,
        (core_text(), false),
        (core(), org),
        parts,
        m,
    ))
}

/// Whether a word reads as a Cantonese given name of two syllables joined
/// by a hyphen, the second in lowercase (`Ka-chiu`, `Wing-kit`; not
/// `Smith-Jones`, `Jean-Pierre`), each of six letters at most.
fn cantonese_given(w: &str) -> bool {
    let Some((a, b)) = w.split_once('-') else {
        return false;
    };
    let syllable = |s: &str, capital: bool| {
        (2..=6).contains(&s.len())
            && s.bytes().enumerate().all(|(k, c)| {
                if k == 0 && capital {
                    c.is_ascii_uppercase()
                } else {
                    c.is_ascii_lowercase()
                }
            })
    };
    // (Not a compound: `Wall Street-style`, `Moscow-based`.)
    syllable(a, true) && syllable(b, false) && !listed("style based led born like era owned run", b)
}

/// The paragraphs (after a headline) where a description may stand for a
/// person named after it: further down, a description names someone the
/// story has met (`the candidate`, `the senator`).
const LEDE_PARAGRAPHS: u32 = 3;

/// `Saudi Arabia’s foreign minister said … Speaking in Washington, Adel
/// Jubeir said`: a lede or standfirst often describes the person of the
/// story before it names them. The person last met, in this paragraph or
/// the one before, is that description, when it spoke, is definite (`the`
/// or an owner's name) and no name is its own: a person first named in full
/// as a speaker near the top, with no title or role of their own, is it
/// (not after `A police officer said`: someone else, nor `Her landlord
/// said`).
fn described_before(
    text: &str,
    entities: &EntityList,
    window: &Window,
    (paragraph, gender, has_title): (u32, Option<Gender>, bool),
) -> Option<(usize, Span)> {
    // The latest person, and the one met before that.
    let mut found: Option<usize> = None;
    for o in window.entities() {
        let other = &entities[o];
        if other.sort != Sort::Person && !other.speaks {
            continue;
        }
        let Some(e) = found else {
            found = Some(o);
            continue;
        };
        // `… calling for Donald Trump to be banned after the U.S.
        // presidential candidate suggested`: after a name in its
        // paragraph, the description may stand for that one.
        if other.last_paragraph == entities[e].last_paragraph && other.core.len > 0 {
            return None;
        }
        break;
    }
    let e = found?;
    let entity = &entities[e];
    let span = entity.name;
    let description = &text.as_bytes()[span.start..span.end];
    // Opened by `the`, or naming an owner (`Chile’s finance minister`:
    // the last byte of `’` or an apostrophe before `s`).
    let the = description
        .get(..4)
        .is_some_and(|w| eq_any_case(w, b"the "));
    let owner = description
        .windows(3)
        .any(|w| matches!(w, [b'\'' | 0x99, b's', b' ']));
    // A headline's description has no article (`‘Reckless’: city leader
    // rebukes councillor`): it may stand for a person named with a title
    // (`Mayor Dana Holt said`), which a description in the text may not.
    let first = description.split(|&b| b == b' ').next().unwrap_or_default();
    let headline = entity.last_paragraph == 0
        && !owner
        && !is_determiner(std::str::from_utf8(first).unwrap_or("the"));
    // (A description is of no name; `Her landlord` is neither.)
    (entity.last_paragraph + 1 >= paragraph
        && entity.sort == Sort::Person
        && entity.described
        && entity.speaks
        && gender.is_none_or(|g| entity.gender.is_none_or(|x| x == g))
        && (headline || !has_title && (the || owner)))
        .then(|| (e, Span::new(span.start + if the { 4 } else { 0 }, span.end)))
}

/// Whether two descriptions of the bearers of one title name different
/// owners or places, so that they are two people: `Johnson’s spokesman`
/// and `the Kremlin’s spokesman Dmitry Peskov`, `the Asda chief executive`
/// and `Tesco chief executive Ken Murphy`, `the New Jersey governor` and
/// `Ohio Gov. John Kasich`. Each names its own, and they share none (see
/// [`Owners`]). (`The spokesman` names none, and stays open to any.)
pub(super) fn owned_apart(one: &str, other: &str) -> bool {
    // Most descriptions have no capital (`the official`): settled without
    // reading their words.
    let capitals = |s: &str| s.bytes().any(|b| b.is_ascii_uppercase() || b >= 0x80);
    if !capitals(one) || !capitals(other) {
        return false;
    }
    let (a, b) = (Owners::of(one), Owners::of(other));
    !a.words.is_empty() && !b.words.is_empty() && !a.shares(&b) && !b.shares(&a)
}

/// The owners or places a description names: its capitalised words that
/// are no determiner, title nor common modifier (`Former`), lowercased.
/// A party or a people (`Democratic`, `Mexican`, `Labour`) is left out:
/// it says something else than a place (`the Vermont senator` is the
/// `Democratic candidate`). Rare: asked of descriptions that could stand
/// for someone with a role.
struct Owners<'t> {
    words: Vec<&'t str>,
    /// The first letters of all its capitalised words (`RNC` of
    /// `Republican National Committee`).
    initials: Vec<u8>,
}

impl<'t> Owners<'t> {
    fn of(description: &'t str) -> Owners<'t> {
        let mut owners = Owners {
            words: Vec::new(),
            initials: Vec::new(),
        };
        for w in description.split_whitespace().map(strip_possessive) {
            let common = is_determiner(w) || is_stop_word(w) || title(&[w]).is_some();
            if !is_capitalized(w) || common || listed_any_case(COMMON_MODIFIERS, w) {
                continue;
            }
            owners.initials.push(w.as_bytes()[0]);
            if !is_affiliation(w) {
                owners.words.push(w);
            }
        }
        owners
    }

    /// Whether one of its words is one of `other`'s, or starts one
    /// (`Gawker`, `Gawker.com`), or is their initials (`RNC`), in any
    /// ASCII case. (Compared as bytes: Unicode lowercasing would bring
    /// its tables into the .wasm, 16 KB gzipped.)
    fn shares(&self, other: &Owners) -> bool {
        let same = |a: &[u8], b: &[u8]| eq_any_case(a, b);
        self.words.iter().map(|w| w.as_bytes()).any(|w| {
            other
                .words
                .iter()
                .any(|x| x.len() >= w.len() && same(&x.as_bytes()[..w.len()], w))
                || w.len() > 1 && other.initials.windows(w.len()).any(|i| same(i, w))
        })
    }
}

/// Modifiers of a description that a sentence's start capitalises.
const COMMON_MODIFIERS: &str = "former then late acting interim senior veteran longtime \
     prominent top fellow local new outgoing incoming retired current ex";

/// Whether a capitalised word names a party or a people (`Democratic`,
/// `Republican`, `British`, `Chinese`, `Labour`) rather than an owner or
/// a place: by its ending, or listed.
fn is_affiliation(w: &str) -> bool {
    let lower = |end: &str| {
        w.len() > end.len() && eq_any_case(&w.as_bytes()[w.len() - end.len()..], end.as_bytes())
    };
    ["ic", "an", "ish", "ese"].iter().any(|e| lower(e))
        || listed_any_case(
            "labour tory conservative liberal green gop democrat libertarian independent",
            w,
        )
}

/// Whether a role set off after a name only labels the person's party and
/// state (`R-Wis.`, `D-Peoria`), state (`Pa.`) or ward (`Ald. David Moore,
/// 17th,`). (Not `a New York Democrat`: a test of such phrases took 300
/// bytes of the gzipped .wasm.)
fn is_label(role: &str) -> bool {
    matches!(
        role.as_bytes(),
        [b'R' | b'D' | b'I', b'-', ..] | [b'0'..=b'9', ..]
    ) || matches!(role.as_bytes(), [b'A'..=b'Z', .., b'.'] if role.len() <= 6)
}

fn merge_facts(entity: &mut Entity, parts: &NameParts, m: &Mention) {
    // (A description's words give way: see `Entity::role_described`.)
    if entity.role.is_none() || entity.role_described {
        if let Some(role) = described_role(parts, m) {
            entity.role = Some(role);
            entity.role_described = false;
        }
    }
    for t in &parts.titles {
        if !entity.titles.contains(t) {
            entity.titles.push(t);
        }
    }
    entity.gender = entity.gender.or(parts.gender);
    if parts.person && entity.sort == Sort::Unknown {
        entity.sort = Sort::Person;
    }
    if m.subject && entity.sort == Sort::Unknown && entity.core.len > 1 {
        entity.sort = Sort::Person;
    }
}

/// The words before a title inside the name as the entity's role, unless
/// the mention has an apposition (`m.role`, taken by `resolve`), which says
/// more.
fn described_role(parts: &NameParts, m: &Mention) -> Option<Span> {
    parts.described.filter(|_| m.role.is_none())
}

fn new_entity(
    entities: &mut EntityList,
    (name, described): (Span, bool),
    (core, org): (Core, bool),
    parts: &NameParts,
    m: &Mention,
) -> usize {
    // `Mary handles the finances. “…,” she said`: a known given name
    // alone, as the subject of its clause, is a person of its gender.
    let given = parts.given.filter(|_| m.subject && !org);
    let sort = if org {
        Sort::Thing
    } else if parts.person || (m.subject && core.len > 1) || core.len == 0 || given.is_some() {
        Sort::Person
    } else {
        Sort::Unknown
    };
    entities.push(Entity {
        name,
        described,
        core,
        titles: parts.titles.clone(),
        head: None,
        gender: parts.gender.or(given),
        owner_gender: None,
        sort,
        speaks: false,
        role: described_role(parts, m),
        role_described: false,
        last_paragraph: 0,
        surname: parts.core.len() == 1 && parts.given.is_none(),
        family_first: parts.family_first(),
        suffixed: parts.suffixed,
    });
    entities.len() - 1
}

/// Whether the one-word name at token `at` is a people's name after a
/// lowercase `the`: `the Norwegian`, `the Spaniard`, `the Frenchman`, `the
/// Portuguese` (not `the Guardian`, an organisation's).
fn demonym(text: &str, tokens: &TokenList, at: usize) -> bool {
    // `the` is a determiner: most names follow none, told by the class.
    if at == 0 || !class_inlined(tokens, at - 1).determiner() {
        return false;
    }
    let Some(w) = word(text, tokens, at) else {
        return false;
    };
    word(text, tokens, at - 1) == Some("the")
        && !class(tokens, at).org()
        && w != "Guardian"
        && (w == "Spaniard"
            || ["ian", "ese", "man", "ean"]
                .iter()
                .any(|end| w.len() > end.len() + 2 && w.ends_with(end)))
}

/// Whether a name word is an acronym (`NGOs`, `FBI`): two capitals or
/// more, and no lowercase letter but a plural `s`. (The count of capitals
/// stops at the second.)
// Inlined: asked of every name word, and most answer at the first test.
#[inline(always)]
fn is_acronym(w: &str) -> bool {
    // A second letter in lowercase but `s` (most name words, `Clinton`) is
    // one that stays: none, told without a walk over the letters.
    !matches!(w.as_bytes().get(1), Some(b'a'..=b'r' | b't'..=b'z')) && capitals_only(w)
}

/// Whether `w` has two capitals or more and no lowercase letter but a
/// plural `s`: the walk of [`is_acronym`], out of line.
fn capitals_only(w: &str) -> bool {
    // A capital is an ASCII capital or a char past ASCII, whose first byte
    // is 0xC0 or above: a word without two such bytes (a number, `’s`, most
    // of the ~30,000 words asked on 1 MB of news) is answered from its
    // bytes, without decoding a char.
    let may_start_capital = |b: &&u8| b.is_ascii_uppercase() || **b >= 0xC0;
    let caps = w
        .as_bytes()
        .iter()
        .filter(may_start_capital)
        .nth(1)
        .is_some()
        && w.decoded().filter(|c| c.is_uppercase()).nth(1).is_some();
    caps && trim_end_any(w, &['s']).decoded().all(|c| !c.is_lowercase())
}

/// Whether `long` ends with all of `short`. Word by word: names are a few
/// words, and a slice comparison called `memcmp` (7% of the stage).
fn ends_with(long: &[u32], short: &[u32]) -> bool {
    !short.is_empty()
        && long.len() >= short.len()
        && long
            .iter()
            .rev()
            .zip(short.iter().rev())
            .all(|(a, b)| a == b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_numbered_once_in_any_ascii_case_long_or_short() {
        let mut ids = Words::default();
        let long = "Schwarzenegger-Kennedy-Shriver";
        let words = [
            "Lee",
            long,
            "lee",
            "Schwarzenegger-Kennedy-Shriverx",
            "Schwarzenegger-K",
            "Schwarzenegger-Kennedy-Shriver\0",
            "",
            "Schwarzenegger-Kennedy-SHRIVER",
            "Ann\0",
            "",
        ];
        let got: Vec<u32> = words.iter().map(|w| ids.id(w)).collect();
        assert_eq!(got, [0, 1, 0, 2, 3, 4, 5, 1, 6, 5]);
        assert_eq!(ids.count, 7);
    }
}
