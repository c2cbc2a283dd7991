//! The reporting and characterising verbs that make a short quoted span
//! someone's words when they stand in its sentence, every inflection
//! written out, lower case, kept as data: adding a verb is adding a word.

/// Verbs that report or characterise someone's words, every inflection
/// written out. One of them in the span's own sentence, before it, makes a
/// short span a partial quote (`she said the plan was “unworkable”`, `he
/// called the deal “a disaster”`, `portrayed him as “the people’s
/// champion”`). One string, the words separated by single spaces, which
/// the speakers' lexicon flags (see `clause::is_cue`): an array of `&str`
/// costs 8 bytes of pointer and length per word in the .wasm. The words it shares with the speakers' reporting
/// verbs come first and in their order, so that the .wasm's compression
/// finds long runs repeated (-38 bytes gzipped).
pub(crate) const CUES: &str = concat!(
    "say says said saying add adds added adding tell tells told telling ask asks asked ",
    "asking warn warns warned warning explain explains explained explaining noted ",
    "noting write writes wrote written writing argue argues argued arguing insist ",
    "insists insisted insisting recall recalls recalled recalling acknowledge ",
    "acknowledges acknowledged acknowledging tweeted tweeting posted claimed claiming ",
    "declare declares declared declaring announce announces announced announcing ",
    "stated stating assert asserts asserted asserting contend contends contended ",
    "contending observed remarked commented replied replying respond responded ",
    "answered admit admits admitted admitting concede concedes conceded conceding ",
    "confirm confirmed deny denies denied suggest suggests suggested suggesting ",
    "predict predicts predicted predicting promised promising vowed vowing pledged ",
    "pledging boasted boasting complain complains complained complaining laments ",
    "lamented lamenting joked quipped shouted interjected interjecting yelled screamed ",
    "exclaimed whispered muttered chanted chanting urge urges urged urging pleaded ",
    "demanded cautioned stressed emphasized reiterated repeated repeating countered ",
    "retorted testified recounted describe describes described describing called ",
    "calling dubs dubbed labeled labelled labeling agree agrees agreed accuse accuses ",
    "accused accusing charged allege alleges alleged alleging praised praising ",
    "criticize criticized criticizing slams slammed slamming blasted mocks mocked ",
    "mocking mused opined estimated concluded proclaimed maintain maintains maintained ",
    "recommended advised assured echoed echoing promise vow pledge lament repeat ",
    "repeats call calls termed dub branded deemed praise slam mock believes believe ",
    "believed thinks think thought portray portrays portrayed portraying hail hails ",
    "hailed hailing cite cites cited citing blame blames blamed blaming decry decries ",
    "decried denounce denounced denounces refer refers referred referring summed sums ",
    "named naming characterize characterized characterizes characterizing talk talks ",
    "talked talking vent vents vented label labels present presents presented ",
    "presenting frame frames framed framing propose proposes proposed proposing ",
    "pledges dismiss dismissed dismisses dismissing defend defends defended defending ",
    "questioned questioning tweet expects expected hopes hoped ",
    // `heralded the deal as a “breakthrough”`, `derided “the professional
    // left”`, `implied the judge was “hostile”`, `coined a phrase`.
    "herald heralds heralded heralding deride derides derided deriding insult ",
    "insults insulted imply implies implied implying assume assumes assumed ",
    "pronounce pronounces pronounced coin coins coined coining hint hints hinted ",
    "hinting intimated chide chides chided tout touts touted touting ",
    // `According to some on Twitter, she was “incognito,”`.
    "according ",
    // `The memo indicated the crew was the “minimum”`, `She referenced
    // the “harbour loophole”`, `Another notes her job “gutting” fish`.
    "note notes indicate indicates indicated indicating conclude concludes ",
    "reference references referenced referencing ",
    // Rulings, findings and stances report words too: `ruling that it could
    // not accept “public safety”`, `the judge determined there was a “fair
    // doubt”`, `she supports “modest raises”`.
    "ruled ruling determined supports discussing discussed ",
    // Outcries, attacks, memories and pointers report words as well:
    // `supporters are crying “fraud”`, `attacked Lee for being a “failed
    // candidate”`, `I remember wanting my vote to “mean” something`, `pointed
    // to the case as the “rigged system”`. Not `states`, which in news is
    // nearly always the noun (`the United States`, `swing states`).
    "cried crying attacked attacking remember remembers remembered pointed pointing",
);

/// Nouns of saying that report words in a `that` clause after them
/// (`Lee’s assertion that “thousands” cheered`, `the contention of the
/// mayor that …`, `his most explosive claim is that …`), and nouns of
/// reporting and finding that do the same (`a report by the paper that he
/// “invented” it`, `the panel's finding that …`).
#[rustfmt::skip]
pub(super) const SAYING_NOUNS: &str =
    "claim claims assertion assertions contention accusation accusations allegation \
    allegations argument insistence dictum charge warning promise pledge vow suggestion \
    statement remark remarks comment comments report reports admission conclusion finding findings \
    assessment belief";
