//! Word lists that tell the parts of a speaker's name and description apart:
//! determiners, honorifics and titles (with the gender they imply), given
//! names, words of organisations, nouns that head a description.
//!
//! All lists hold lowercase words and are looked up case-insensitively.

use std::sync::LazyLock;

/// A grammatical gender, as pronouns show it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Gender {
    /// he, Mr., a given name like John.
    Male,
    /// she, Mrs., Ms., a given name like Mary.
    Female,
}

/// A word list: its lowercase words as [`key`]s, sorted, looked up by
/// binary search on integers. A hash set hashed every token with SipHash
/// and lowercased it on the heap (10% of the time on 1 MB of news); a
/// sorted `&str` slice still spent 12% in `memcmp`.
struct List {
    keys: Vec<u128>,
}

impl List {
    /// Whether `word` (any case, a final period dropped) is in the list.
    fn contains(&self, word: &str) -> bool {
        key(word.trim_end_matches('.')).is_some_and(|k| self.keys.binary_search(&k).is_ok())
    }
}

/// A word list, from words separated by spaces.
fn set(words: &'static str) -> List {
    let mut keys: Vec<u128> = words
        .split_whitespace()
        .map(|w| key(w).expect("list words are at most 16 bytes"))
        .collect();
    keys.sort_unstable();
    keys.dedup();
    List { keys }
}

/// A word of at most 16 bytes, ASCII-lowercased, packed in an integer
/// (zero bytes after its end); `None` for longer words and words holding a
/// zero byte, and for the empty word: no list word is any of these.
fn key(word: &str) -> Option<u128> {
    let bytes = word.as_bytes();
    // Empty: the final shift would be by 128 bits, which overflows.
    if bytes.is_empty() || bytes.len() > 16 {
        return None;
    }
    let mut k = 0u128;
    for &b in bytes {
        if b == 0 {
            return None;
        }
        k = k << 8 | u128::from(b.to_ascii_lowercase());
    }
    Some(k << (8 * (16 - bytes.len())))
}

/// Calls `f` with `word` in ASCII lowercase, on the stack for the short
/// words of news (a heap copy only for longer ones).
fn with_lower<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    if !word.bytes().any(|b| b.is_ascii_uppercase()) {
        return f(word);
    }
    let mut buf = [0u8; 32];
    match buf.get_mut(..word.len()) {
        Some(dst) => {
            dst.copy_from_slice(word.as_bytes());
            dst.make_ascii_lowercase();
            // ASCII lowercasing keeps UTF-8 valid.
            f(std::str::from_utf8(dst).unwrap_or_default())
        }
        None => f(&word.to_ascii_lowercase()),
    }
}

/// Whether `word` (lowercased, a final period dropped) is in `list`.
fn has(list: &List, word: &str) -> bool {
    list.contains(word)
}

static IS_DETERMINER: LazyLock<List> = LazyLock::new(|| {
    set(
        "the a an his her their its our my your this these those some several many another each every \
     both one two three four five other such",
    )
});

static IS_STOP: LazyLock<List> = LazyLock::new(|| {
    set(
        "in on at to from by with about after before during since until into onto over under as than \
     like without through against among between across around near per via upon within toward \
     towards amid despite and or but nor so yet because although though while whereas if unless \
     whether when where why how whom who whose which what that is are was were be been being am \
     has have had having do does did will would shall should can could may might must not there \
     here him them us me it i we you he she they also then now just only even very too once again \
     still however meanwhile yesterday today tonight monday tuesday wednesday thursday friday \
     saturday sunday later earlier last next ago",
    )
});

static IS_STOP_WORD: LazyLock<List> =
    LazyLock::new(|| set("am may will us it can long hope rich young"));

static IS_CONNECTOR: LazyLock<List> = LazyLock::new(|| set("of for"));

static IS_PLACE_PREPOSITION: LazyLock<List> = LazyLock::new(|| set("in at from with on"));

static IS_SKIPPABLE: LazyLock<List> = LazyLock::new(|| {
    set(
        "also later then again once previously recently earlier further still too has have had was is \
     were are would will did does do had never always often long already first last has been just \
     once even not",
    )
});

static IS_ORG_WORD: LazyLock<List> = LazyLock::new(|| {
    set(
        "ministry department party committee council commission court agency office bureau group \
     association union institute university college school company corp inc co ltd times post \
     news journal report campaign foundation organization organisation center centre bank \
     government administration house senate congress parliament police army force network service \
     services theater theatre day street city county state states republic kingdom church \
     hospital club fund watch reuters press cnn nbc abc cbs fox msnbc twitter facebook google \
     tribune herald magazine daily network coalition alliance federation board council authority \
     nations forces guard navy airlines motors group international media america american \
     americans democrats republicans gop dnc rnc fbi cia nsa epa un eu nato who imf u.s. uk usa \
     county province district white pentagon kremlin capitol",
    )
});

static IS_PERSON_NOUN: LazyLock<List> = LazyLock::new(|| {
    set(
        "spokesman spokeswoman spokesperson official officer minister lawyer attorney aide adviser \
     advisor analyst expert source resident witness man woman person doctor economist researcher \
     professor leader chief director president governor senator candidate voter supporter critic \
     activist member worker employee manager owner friend mother father son daughter wife husband \
     teacher student strategist consultant representative secretary mayor judge chairman \
     chairwoman ceo nominee congressman congresswoman lawmaker diplomat pollster operative donor \
     veteran victim farmer founder executive commander prosecutor investigator scientist \
     historian author writer reporter journalist editor host actor actress singer player coach \
     businessman businesswoman billionaire mogul",
    )
});

static IS_PLURAL_NOUN: LazyLock<List> =
    LazyLock::new(|| set("people police staff children men women folks"));

/// Words that open a noun phrase (`the report`, `his lawyer`).
pub(crate) fn is_determiner(word: &str) -> bool {
    has(&IS_DETERMINER, word)
}

/// Function words that never sit inside a speaker's name or description;
/// a backward walk from a cue stops at them (`officials who collude said`).
pub(crate) fn is_stop(word: &str) -> bool {
    has(&IS_STOP, word)
}

/// Like [`is_stop`], but a capitalised word that is also a name is no stop
/// (`Am Sam Ath`, `Theresa May`, `Will Hurd`).
pub(crate) fn is_stop_word(word: &str) -> bool {
    is_stop(word) && !(is_capitalized(word) && has(&IS_STOP_WORD, word))
}

/// Words that link two parts of one description (`head of the agency`,
/// `spokesman for the ministry`).
pub(crate) fn is_connector(word: &str) -> bool {
    has(&IS_CONNECTOR, word)
}

/// Prepositions that may sit inside a description before a determiner
/// (`a staffer in the room`, `a spokesman at the embassy`).
pub(crate) fn is_place_preposition(word: &str) -> bool {
    has(&IS_PLACE_PREPOSITION, word) && !is_capitalized(word)
}

/// Words that may stand between a subject and its cue (`he also said`,
/// `she has repeatedly warned`).
pub(crate) fn is_skippable(word: &str) -> bool {
    // Only in lowercase: `Will` is a name, `will` an auxiliary.
    let lower = word.chars().next().is_some_and(char::is_lowercase);
    lower && (word.len() > 4 && word.ends_with("ly") && word != "only" || has(&IS_SKIPPABLE, word))
}

/// A subject pronoun that can name a speaker outside a quote. `I` and `we`
/// are left out: outside a quote they are the writer's.
pub(crate) fn pronoun(word: &str) -> Option<Pronoun> {
    if word.len() > 4 {
        return None;
    }
    with_lower(word, |w| match w {
        "he" => Some(Pronoun::He),
        "she" => Some(Pronoun::She),
        "they" => Some(Pronoun::They),
        "it" => Some(Pronoun::It),
        _ => None,
    })
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
    let w = word.trim_end_matches('.');
    if w.len() > 6 {
        return None;
    }
    with_lower(w, |w| match w {
        "mr" | "mister" | "sir" | "lord" | "fr" => Some(Some(Gender::Male)),
        "mrs" | "ms" | "miss" | "madam" | "dame" | "lady" => Some(Some(Gender::Female)),
        "dr" | "prof" | "rev" => Some(None),
        _ => None,
    })
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
    let first = key(words.first()?.trim_end_matches('.'))?;
    let at = TITLE_INDEX
        .by_first
        .binary_search_by_key(&first, |(f, _)| *f);
    let entries = &TITLE_INDEX.by_first[at.ok()?].1;
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
        let first = key(parts[0]).expect("title words are at most 16 bytes");
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
    if has(&MALE, word) && !has(&FEMALE, word) {
        Some(Gender::Male)
    } else if has(&FEMALE, word) {
        Some(Gender::Female)
    } else {
        None
    }
}

/// Capitalised words that make a name an organisation or a place, not a
/// person (`Interior Ministry`, `Koh Pich Theater`).
pub(crate) fn is_org_word(word: &str) -> bool {
    has(&IS_ORG_WORD, word)
}

/// Nouns that head a description of a person (`a police spokesperson`,
/// `the lawyer`): such a description may be `he` or `she` later.
pub(crate) fn is_person_noun(word: &str) -> bool {
    has(&IS_PERSON_NOUN, word)
}

/// Whether a head noun is plural (`officials`, `police`, `people`).
pub(crate) fn is_plural_noun(word: &str) -> bool {
    with_lower(word, |w| {
        has(&IS_PLURAL_NOUN, w)
            || (w.len() > 3
                && w.ends_with('s')
                && !w.ends_with("ss")
                && !w.ends_with("us")
                && !w.ends_with("is")
                && !w.ends_with("’s")
                && !w.ends_with("'s"))
    })
}

/// Strips a possessive ending: `Trump’s` → `Trump`.
pub(crate) fn strip_possessive(word: &str) -> &str {
    word.strip_suffix("’s")
        .or_else(|| word.strip_suffix("'s"))
        .or_else(|| word.strip_suffix('’'))
        .unwrap_or(word)
}

/// Whether a word is capitalised (a name, a title, a sentence's first word).
pub(crate) fn is_capitalized(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

static MALE: LazyLock<List> = LazyLock::new(|| {
    set(
        "james john robert michael william david richard joseph thomas charles christopher daniel \
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
     abraham ulysses jimmy gordon tony nigel",
    )
});

static FEMALE: LazyLock<List> = LazyLock::new(|| {
    set(
        "mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty \
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
     loretta nancy maxine tammy kirsten amy susana cecile donna",
    )
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_build_and_match_in_any_case() {
        // Builds every list (each word must fit a key) and looks words up.
        assert!(is_determiner("The") && !is_determiner("Theresa"));
        assert!(is_stop("WHILE") && is_stop("yesterday") && !is_stop("said"));
        assert!(is_connector("of") && is_place_preposition("at"));
        assert!(is_skippable("also") && is_org_word("Ministry") && is_org_word("NATO"));
        assert!(is_person_noun("Spokeswoman") && is_plural_noun("Officials"));
        assert_eq!(given_name_gender("Mary"), Some(Gender::Female));
        assert_eq!(given_name_gender("JOHN"), Some(Gender::Male));
        // Too long for a key, or holding a zero byte: in no list.
        assert!(!is_org_word("organisationorganisation") && !is_org_word("bank\0"));
        // Empty (found by proptest: the packing shifted by 128 bits).
        assert!(!is_org_word("") && !is_stop("") && given_name_gender("").is_none());
        assert_eq!(title(&["Vice", "President", "Pence"]).map(|t| t.0), Some(2));
        assert_eq!(title(&["Sen.", "Lee"]).map(|t| t.1), Some("senator"));
        assert_eq!(title(&["Secretary", "of"]).map(|t| t.1), Some("secretary"));
        assert_eq!(title(&[]), None);
    }
}
