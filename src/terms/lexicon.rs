//! Word lists for telling quotes from terms, lower case, kept as data: adding
//! a word is adding a row. Each list says what it is for and carries the
//! example that motivated it.

/// Words right before a span that announce it as a term, separated by
/// commas, last word last: `so-called “reforms”`, `known as “the Donald”`,
/// `the charged term, “radical Islam”`.
#[rustfmt::skip]
pub(super) const LEAD_INS: &str =
    "so-called,so called,dubbed,nicknamed,nickname,known as,otherwise called,also called,\
    goes by,go by,went by,designated as,classified as,referred to as,rebranded as,renamed,\
    word,words,term,terms,phrase,label,slogan,catchphrase,tagline,motto,\
    trademark,moniker,hashtag,pseudonym,titled,entitled,headlined,captioned,\
    such as,words like,terms like,idea of,idea of a,idea of an,notion of,notion of a,concept of,\
    concept of a";

/// Media and works: a title sits next to one (`the TV show “Shark Tank,”`,
/// `“Squawk Box” program`).
pub(super) const MEDIA: &str = "ad album anthem article ballad blog book campaign column documentary drama episode essay \
    exhibit exhibition film hashtag hat hats headline hit memoir movie mural musical newsletter \
    novel op-ed opera painting photograph play podcast poem portrait program programme sculpture \
    segment series shirt shirts show single sitcom sketch slogan smash song t-shirt t-shirts \
    tour video";

/// Words before a title that set it in its place (`on “Meet the Press,”`,
/// `the co-author of “Going Viral,”`, `she told “Good Morning America”`).
pub(super) const SETTINGS: &str = "on in for from at during with via of told to sang sing sings performed performs played \
    plays recited";

/// Nouns that a title names the thing of when they follow it (`the
/// “Fantastic Four” reboot`, `“Daily Show” host`).
pub(super) const TITLE_HEADS: &str = "act actor actress anchor bill cast coalition contestant creator debate fans finale host \
    initiative law movement plan premiere rally reboot season sequel spinoff star summit \
    winner";

/// Nouns that, before `called`, make what follows a name (`an account
/// called “Hypo-Cruz”`), unlike a person calling someone something (`Trump
/// called Rubio “Little Marco”`, a quote).
pub(super) const NAMED: &str = "account app band company firm group initiative organization organisation page pac party \
    project site website";

/// Words that cannot be the head noun after a quoted modifier (`the
/// “gun violence” narrative` has one; `“illegal” and` does not): function
/// words and the commonest auxiliaries.
pub(super) const FUNCTION_WORDS: &str = concat!(
    "the a an his her their its our my your this these those in on at to from by ",
    "with about after before during since until into over under as than like without ",
    "through against among between across around upon within toward towards despite ",
    "and or but nor so yet because while if when where whom who whose which what ",
    "that is are was were be been being has have had do does did will would shall ",
    "should can could may might must not him them us me it i we you he she they also ",
    "then just only even very too again still of for no ever never more most less ",
    "regarding",
);

/// Determiners and possessives that open a noun phrase (`the “Choose Life”
/// plates`, `his “Second Amendment people” remark`).
pub(super) const DETERMINERS: &str = concat!(
    "the a an his her their its our my your this these those some another each every ",
    "such that any",
);

/// First- and second-person words: inside a quoted span of two words or
/// more they are someone's own voice (`a brief “I’m sorry”`, `“Let me
/// talk.”`).
pub(super) const PERSONAL: &str = "i i'm i’m i've i’ve i'll i’ll i'd i’d we we're we’re we've we’ve we'll we’ll us me my \
    our you your you're you’re";

/// Abbreviations whose full stop ends no sentence (`Sen. Cruz said`, `the
/// U.S. plan`).
pub(super) const ABBREVIATIONS: &str = "mr mrs ms dr sen rep gov gen lt col sgt st jr sr no vs u.s u.n inc corp co ft mt rev \
    prof pres capt cmdr adm maj supt atty dept jan feb aug sept sep oct nov dec d.c n.y n.h \
    calif fla mich mass va wash wis ariz ore ky tenn ala ga ill ind pa";

/// Words that stand right after a quote and before its cue when the cue
/// belongs to a later clause, not to the quote (`“tax reform,” which he
/// described as …`).
pub(super) const CLAUSE_OPENERS: &str = "which who that and or when while";
