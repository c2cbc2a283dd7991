//! Speakers: who said each quote.
//!
//! [`attribute`] reads the text around each quoted piece the way a careful
//! reader does, in four steps, each in its own module:
//!
//! 1. [`tokens`]: words and punctuation, each quote one opaque token, split
//!    into sentences and paragraphs;
//! 2. [`cues`]: the reporting verbs and phrases of the lexicon (`said`,
//!    `according to`, `in a statement`, …);
//! 3. [`attribution`] with [`phrases`]: the news patterns tying a quote to a
//!    cue and to the words naming its speaker (`“…,” Mr. Hun Sen said`,
//!    `said Ann Lee, a spokeswoman`, `Ann said: “…”`, the sentence before,
//!    a continued quote);
//! 4. [`resolution`]: pronouns, titles and short names resolved to one
//!    entity per person or source (`he`, `the prime minister`, `Mr. Hun Sen`
//!    → `Hun Sen`).

mod attribution;
mod cues;
mod phrases;
mod recency;
mod resolution;
mod shape;
mod tokens;
// The word lists: statistics asks them whether a word names a person.
pub(crate) mod words;

use crate::analysis::Speaker;
use crate::items::Items;
use crate::quotes::Quoted;
use crate::sort::{pair, sort_by_key};
use crate::span::Span;
use phrases::{NpKind, word_in};
use resolution::one_line;

/// The attribution of one quoted piece.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Attribution {
    /// The words that name the speaker for this quote (`he`, `Mr. Hun Sen`).
    pub mention: Span,
    /// The reporting cue (`said`, `according to`, a dash), if any.
    pub cue: Option<Span>,
    /// Index into the speakers returned with it; `None` for a pronoun that
    /// resolves to nobody named in the text.
    pub speaker: Option<usize>,
    /// Whether the cue governs the quote directly (`“…,” she said`, `she
    /// said: “…”`, `according to X, “…”`) rather than through a looser link
    /// (the sentence before or after, a continued quote, a cue further off).
    pub direct: bool,
}

/// Attributes each of `pieces` (from [`crate::quotes::scan`] on `text`) to
/// its speaker. Returns one entry per piece and the speakers they name, each
/// with every mention of it outside quotes, in order of first mention.
///
/// ```
/// use article_highlighter::{quotes, speakers};
///
/// let text = "Mr. Hun Sen spoke. “We will act,” he said.";
/// let pieces = quotes::scan(text);
/// let (attributions, people) = speakers::attribute(text, &pieces);
/// let a = attributions[0].unwrap();
/// assert_eq!(&text[a.mention], "he");
/// assert_eq!(people[a.speaker.unwrap()].name, "Hun Sen");
/// assert!(a.direct);
/// ```
pub fn attribute(text: &str, pieces: &[Quoted]) -> (Vec<Option<Attribution>>, Vec<Speaker>) {
    // Each stage is a function of its own in the .wasm (#[inline(never)]):
    // inlined into this one, they made a 36 KB function that V8 recompiled
    // whole with TurboFan during the first large call, in a compiler zone of
    // over 10 MB; split, the first call on 1 MB of news peaks lower.
    let (toks, layout) = tokens::tokenize(text, pieces);
    let mut ctx = attribution::Context::new(text, toks, layout, pieces);
    ctx.find_subjects();
    let found = attribution::attribute_all(&ctx, pieces);

    // Every phrase seen beside a cue or attributing a quote, and every name
    // in running text, as mentions in text order (the cue phrase wins where
    // both cover the same words: a cue's replaces any, a quote's is added
    // only where none is).
    // At most one per cue, so reserved at once: grown by doubling, the list
    // was copied, and the copy left a hole as large as the list.
    // (Not a name after a preposition, which the verb's subject holds:
    // `other places in India have reported cases` is no one speaking.)
    let governed = |np: &phrases::Np| {
        np.outer_first > 0 && word_in(text, &ctx.tokens, np.outer_first - 1, "in at from of on")
    };
    let mut subjects: Vec<phrases::Np> = Vec::with_capacity(ctx.cues.len());
    subjects.extend(ctx.subjects().iter().flatten().filter(|np| !governed(np)));
    // Only the tokens and the paragraphs are read from here on: the cues and
    // the indexes of sentences and quotes are freed for what follows to use
    // (wasm memory never shrinks, its peak is what a page keeps).
    let (tokens, paragraphs) = ctx.into_tokens();
    // The phrases, each with whether it is a cue's, in order of their spans
    // (equal spans in the order met), then one mention per span: the last
    // cue phrase's, else the first. (A hash table of the spans was random
    // writes over a table as large as the text's: a cache miss each on
    // 10 MB.)
    let mut nps: Vec<(&phrases::Np, bool)> = Vec::with_capacity(subjects.len() + found.len());
    // The two lists merged by where their phrases start, so that the list
    // comes out nearly in order and its sort has little to move (a table's
    // order was random, and its sort a tenth of the stage on the bench).
    let mut quoted_nps = found.iter().flatten().map(|f| (&f.np, false)).peekable();
    for np in &subjects {
        while let Some(q) = quoted_nps.next_if(|(q, _)| q.span.start < np.span.start) {
            nps.push(q);
        }
        nps.push((np, true));
    }
    nps.extend(quoted_nps);
    sort_by_span(&mut nps, |(np, _)| np.span);
    nps.dedup_by(|later, kept| {
        let same = later.0.span == kept.0.span;
        if same && later.1 {
            *kept = *later;
        }
        same
    });
    let mentions = nps.iter().map(|(np, _)| resolution::from_np(np, true));
    let names = resolution::scan_names(text, &tokens);
    let mut merged = Vec::with_capacity(nps.len() + names.len());
    let mut it = mentions.peekable();
    // `Trump and Ryan said`: the names inside two joined ones are
    // mentioned too, each of its own entity (before the pair, by span).
    let joined = |m: &resolution::Mention| {
        m.np == NpKind::Nominal && phrases::is_pair(text, &tokens, m.first, m.end)
    };
    for n in names {
        while let Some(m) = it.next_if(|m| m.span.start < n.span.end) {
            merged.push(m);
        }
        match merged.last_mut() {
            Some(m) if m.span.overlaps(n.span) && !joined(m) => {
                // The speaker's name, its role found by the scan when the
                // phrase gave none (`Wilfred Machage, who briefed …, said`):
                // one set off from it, not the words right before it, which
                // the phrase reads as titles.
                if m.span == n.span && m.role.is_none() {
                    m.role = n
                        .role
                        .filter(|r| r.start >= n.span.end || r.end + 1 < n.span.start);
                }
            }
            _ => merged.push(n),
        }
    }
    merged.extend(it);
    sort_by_span(&mut merged, mention_span);
    // The phrases are in `merged` now: their memory is free for the
    // resolution's (wasm memory never shrinks, its peak is what a page keeps).
    drop(nps);
    drop(subjects);
    // Pronouns matter only where they attribute a quote: resolving the rest
    // would only spread a wrong guess.
    let (entity_of, entities) = resolution::resolve(text, &tokens, &paragraphs, &merged);
    let (merged, entity_of) = (Items::from(merged), Items::from(entity_of));
    // The entity of the mention at `span`: `merged` is sorted by span (the
    // last of equal spans counts). A search, not a map: one hash table type
    // fewer in the .wasm. The quotes' phrases come nearly in text order:
    // each is searched from where the last was found.
    let mut near = 0;
    let mut entity_at = |span: Span| {
        let after = partition_near(&merged, near, |m| {
            (m.span.start, m.span.end) <= (span.start, span.end)
        });
        near = after;
        let i = after.checked_sub(1).filter(|&i| merged[i].span == span)?;
        entity_of[i]
    };

    // Speakers: the entities some quote names, in order of first mention.
    let mut quoted: Vec<Option<usize>> = found
        .iter()
        .map(|f| f.and_then(|f| entity_at(f.np.span)))
        .collect();
    // `“… the economy.”` closing a run of quote paragraphs, then `He added:
    // “…”`: a pronoun left with no one, when nothing but the paragraph
    // break stands between the two quotes, stands for the speaker of the
    // quote before (beyond the paragraphs a pronoun looks back over).
    // (Zipped, not indexed, and the gap read as bytes: indexing the four
    // lists and searching a str for its line breaks cost 230 bytes more of
    // the gzipped .wasm.)
    // So does the pronoun of a paragraph continuing a quote, which goes on
    // with its speaker: `Ruiz said Acme would not cut. ¶ “We will not get
    // there. ¶ “If it happens, it will rotate,” she said.`
    let (mut before, mut before_end): (Option<usize>, usize) = (None, 0);
    for ((piece, f), e) in pieces.iter().zip(&found).zip(quoted.iter_mut()) {
        let pronoun = f.and_then(|f| match f.np.kind {
            NpKind::Pronoun(p) => Some(p),
            _ => None,
        });
        if let (Some(p), Some(b)) = (pronoun, before) {
            // Only white space up to the last line break.
            let next_paragraph = || {
                let gap = text
                    .as_bytes()
                    .get(before_end..piece.span.start)
                    .unwrap_or_default();
                gap.iter()
                    .rposition(|&c| c == b'\n')
                    .is_some_and(|n| gap.iter().take(n).all(u8::is_ascii_whitespace))
            };
            let goes_on = piece.continues || e.is_none() && next_paragraph();
            if goes_on && entities.get(b).is_some_and(|x| x.may_be(p)) {
                *e = Some(b);
            }
        }
        (before, before_end) = (*e, piece.span.end);
    }
    let mut used: Vec<usize> = quoted.iter().flatten().copied().collect();
    // One more than the start of each entity's first mention: its mentions
    // are those of `merged` that resolved to it, in text order.
    let mut first = Items::from(vec![0; entities.len()]);
    for (m, e) in merged.iter().zip(&entity_of) {
        if let Some(e) = *e {
            if first[e] == 0 {
                first[e] = m.span.start + 1;
            }
        }
    }
    // Each entity once before the sort, not after: one per speaker to sort
    // rather than one per quote, in quote order and so far from the order
    // of first mentions (a full sort, growing faster than the text). The
    // keys differ by entity, so the order is the same.
    let mut seen = Items::from(vec![false; entities.len()]);
    used.retain(|&e| !std::mem::replace(&mut seen[e], true));
    // Entities with no mention (none here in practice) first.
    sort_by_key(&mut used, |&e| pair(first[e], e));
    // The speaker index of each entity some quote names.
    let mut index = Items::from(vec![usize::MAX; entities.len()]);
    for (i, &e) in used.iter().enumerate() {
        index[e] = i;
    }
    let pronoun_mentions: Vec<(usize, Span)> = found
        .iter()
        .zip(&quoted)
        .filter_map(|(f, e)| {
            let f = (*f)?;
            matches!(f.np.kind, NpKind::Pronoun(_)).then_some((index[(*e)?], f.np.span))
        })
        .collect();
    let mut speakers: Items<Speaker> = used
        .iter()
        .map(|&e| {
            let entity = &entities[e];
            Speaker {
                name: entity.name(text),
                mentions: Vec::new(),
                role: entity.role.map(|r| one_line(text[r].to_string())),
            }
        })
        .collect();
    // Each speaker's mentions, gathered in one pass over all of them (only
    // speakers keep a list). Pronouns count as mentions only where they
    // attribute a quote: those (in quote order, so nearly in text order)
    // go in among the others by where they start, not after them all, so
    // that each list comes out nearly in order and its sort stays on the
    // linear path. Appended, they sent most lists to the full sort, whose
    // cost grows faster than the text (a speaker of 10 MB of the bench
    // has five times the mentions of one of 1 MB): `sort_pairs` under
    // `attribute` 6.5M -> 90.5M instructions from 1 MB to 10 MB, 13.9x.
    let mut pronoun_mentions = pronoun_mentions.into_iter().peekable();
    for (m, e) in merged.iter().zip(&entity_of) {
        while let Some((i, span)) = pronoun_mentions.next_if(|(_, s)| s.start < m.span.start) {
            speakers[i].mentions.push(span);
        }
        let Some(&i) = e.map(|e| &index[e]) else {
            continue;
        };
        if i != usize::MAX && !is_pronoun(text, &tokens, m) {
            speakers[i].mentions.push(m.span);
        }
    }
    for (i, span) in pronoun_mentions {
        speakers[i].mentions.push(span);
    }
    for s in &mut speakers {
        sort_by_span(&mut s.mentions, |&s| s);
        s.mentions.dedup();
    }
    let attributions = found
        .iter()
        .zip(&quoted)
        .map(|(f, e)| {
            f.map(|f| Attribution {
                mention: f.np.span,
                cue: f.cue,
                speaker: e.map(|e| index[e]),
                direct: f.direct,
            })
        })
        .collect();
    (attributions, speakers.into())
}

/// Whether mention `m` is a pronoun (`he`): for one whole word, its
/// token's class tells (the answer of [`words::pronoun`]), with no lookup
/// of the word.
fn is_pronoun(text: &str, tokens: &tokens::TokenList, m: &resolution::Mention) -> bool {
    match tokens.get(m.first) {
        Some(t) if t.is_word() && t.span == m.span => t.class().pronoun().is_some(),
        _ => words::pronoun(&text[m.span]).is_some(),
    }
}

/// A mention's span: one function for both lists of mentions sorted by
/// [`sort_by_span`], so one instance of it in the .wasm.
fn mention_span(m: &resolution::Mention) -> Span {
    m.span
}

/// Sorts `items` by their span, stably. The lists sorted here mostly come
/// out of their merge in order already: a check, and then no sort (whose
/// key list and permutation cost more).
fn sort_by_span<T>(items: &mut [T], span: impl Fn(&T) -> Span) {
    let key = |t: &T| {
        let s = span(t);
        pair(s.start, s.end)
    };
    if !items.is_sorted_by_key(key) {
        sort_by_key(items, key);
    }
}

/// Calls `each` on `items` in order, with what `ahead` reads for each,
/// read for a block of items before the first of them is handled.
///
/// The items this is for point far apart into a large table (the tokens of
/// the mentions, of the cues): on a text of megabytes, the first read of
/// each misses the cache. One at a time, between long stretches of other
/// work, the misses come one after another; in a loop that does nothing
/// else they are all in flight at once, and the lines they bring are still
/// at hand for the work on the block.
pub(crate) fn read_ahead<T, A: Copy + Default>(
    items: &[T],
    ahead: impl Fn(usize, &T) -> A,
    mut each: impl FnMut(usize, &T, A),
) {
    const BLOCK: usize = 16;
    for (b, block) in items.chunks(BLOCK).enumerate() {
        let at = b * BLOCK;
        let mut read = [A::default(); BLOCK];
        for (k, (r, t)) in read.iter_mut().zip(block).enumerate() {
            *r = ahead(at + k, t);
        }
        for (k, (t, &r)) in block.iter().zip(&read).enumerate() {
            each(at + k, t, r);
        }
    }
}

/// `items.partition_point(before)`, walked to from `near`: a quote's
/// phrase lies near the quote, so the walk from the last one found is
/// mostly short, and reads the items next to each other. A binary search
/// read a line far from the last at each step, a cache miss each on 10 MB;
/// it is left for a walk that does not end within a few steps.
fn partition_near<T>(items: &[T], near: usize, before: impl Fn(&T) -> bool) -> usize {
    let mut i = near.min(items.len());
    for _ in 0..32 {
        if items.get(i).is_some_and(&before) {
            i += 1;
        } else if i
            .checked_sub(1)
            .and_then(|j| items.get(j))
            .is_some_and(|m| !before(m))
        {
            i -= 1;
        } else {
            return i;
        }
    }
    items.partition_point(before)
}

/// Keeps the speakers that some of `quotes` still names (a piece read as a
/// term names nobody), renumbering `quotes[].speaker` to match.
pub fn keep_quoted(speakers: Vec<Speaker>, quotes: &mut [crate::analysis::Quote]) -> Vec<Speaker> {
    let mut new_index = vec![None; speakers.len()];
    for q in quotes.iter() {
        if let Some(slot) = q.speaker.and_then(|s| new_index.get_mut(s)) {
            *slot = Some(());
        }
    }
    let mut kept = Vec::new();
    let mut renumber = Items::from(vec![None; speakers.len()]);
    for (i, (speaker, used)) in speakers.into_iter().zip(&new_index).enumerate() {
        if used.is_some() {
            renumber[i] = Some(kept.len());
            kept.push(speaker);
        }
    }
    for q in quotes.iter_mut() {
        q.speaker = q.speaker.and_then(|s| renumber.get(s).copied().flatten());
    }
    kept
}

#[cfg(test)]
mod tests {
    use crate::{Kind, Options, highlight};

    #[test]
    fn a_search_from_near_finds_what_one_from_the_middle_finds() {
        let items = [1, 3, 3, 5, 8, 8, 8, 9, 12, 15, 15, 20];
        for key in 0..22 {
            let expected = items.partition_point(|&x| x <= key);
            for near in 0..=items.len() + 1 {
                assert_eq!(super::partition_near(&items, near, |&x| x <= key), expected);
            }
        }
        assert_eq!(super::partition_near(&[] as &[u32], 3, |_| true), 0);
        // Far from `near`: the search after a short walk.
        let many: Vec<usize> = (0..1000).collect();
        for (near, key) in [(0, 700), (900, 10), (500, 540), (999, 2000)] {
            let expected = many.partition_point(|&x| x <= key);
            assert_eq!(super::partition_near(&many, near, |&x| x <= key), expected);
        }
    }

    #[test]
    fn a_speaker_has_its_name_and_its_role() {
        let roles = |text: &str| {
            highlight(text, &Options::default())
                .speakers
                .into_iter()
                .map(|s| (s.name, s.role))
                .collect::<Vec<_>>()
        };
        let role = |name: &str, role: &str| vec![(name.to_string(), Some(role.to_string()))];
        // An apposition after the name, a description before it, the
        // words before a title inside the name.
        assert_eq!(
            roles("Ann Lee, a nurse, said: “Enough.”"),
            role("Ann Lee", "a nurse")
        );
        assert_eq!(
            roles("The union's leader, Ann Lee, said: “Enough.”"),
            role("Ann Lee", "The union's leader")
        );
        assert_eq!(
            roles("Texas Sen. Ted Cruz said: “No.” Cruz added: “Never.”"),
            role("Ted Cruz", "Texas Sen.")
        );
        // Titles alone before the name; an honorific is none.
        assert_eq!(
            roles("Mayor Sal Torres spoke. “We are ready,” Torres said."),
            role("Sal Torres", "Mayor")
        );
        assert_eq!(
            roles("Chief Executive Vincent Roche said: “Revenue rose.”"),
            role("Vincent Roche", "Chief Executive")
        );
        // A title's office of several words, with `and` or `&` too; the
        // last two words (or three, with an initial) name the person.
        assert_eq!(
            roles("Minister of Economic Revitalization Toshimitsu Motegi said: “It did.”"),
            role("Toshimitsu Motegi", "Minister of Economic Revitalization")
        );
        assert_eq!(
            roles("Minister for Information and Broadcasting Marriyum Aurangzeb said: “No.”"),
            role(
                "Marriyum Aurangzeb",
                "Minister for Information and Broadcasting"
            )
        );
        assert_eq!(
            roles("Secretary of State Antony J. Blinken said: “No.”"),
            role("Antony J. Blinken", "Secretary of State")
        );
        assert_eq!(
            roles("Washington Solicitor General Noah Purcell added: “No.”"),
            role("Noah Purcell", "Washington Solicitor General")
        );
        assert_eq!(
            roles("Ald. Ann Lee, 17th, said: “No.”"),
            role("Ann Lee", "Ald.")
        );
        assert_eq!(
            roles("Whole Foods Co-CEO Ann Lee said: “No.”"),
            role("Ann Lee", "Whole Foods Co-CEO")
        );
        // Honorifics after a title inside the run stay out of the name.
        assert_eq!(
            roles("Pendang MP Datuk Awang Hashim led the call. “No,” Awang said."),
            role("Awang Hashim", "Pendang MP")
        );
        assert_eq!(
            roles("President-elect Ann Lee said: “No.”"),
            role("Ann Lee", "President-elect")
        );
        assert_eq!(
            roles("Vice Admiral Giovanni Bacordo said: “It is unfortunate.”"),
            role("Giovanni Bacordo", "Vice Admiral")
        );
        // A possessive before a name of two words or a title: whose the
        // person is.
        assert_eq!(
            roles("Harbour Grill’s Nadia Osei said: “We are full.”"),
            role("Nadia Osei", "Harbour Grill’s")
        );
        assert_eq!(
            roles("Acme’s Chief Executive Ann Lee said: “Revenue rose.”"),
            role("Ann Lee", "Acme’s Chief Executive")
        );
        // Before a surname alone too, the possessive of a plural.
        assert_eq!(
            roles("Chuck Stuckey spoke. Security Dynamics' Stuckey told Reuters: “No.”"),
            role("Chuck Stuckey", "Security Dynamics'")
        );
        // A role saying only whose the person is gives way to one saying
        // what the person is.
        assert_eq!(
            roles("Labour's Ann Lee spoke. Ms Lee, the shadow housing minister, said: “No.”"),
            role("Ann Lee", "the shadow housing minister")
        );
        // The description right before a name in running text.
        assert_eq!(
            roles("Lib Dem leader Willie Rennie spoke. “No,” Mr Rennie said."),
            role("Willie Rennie", "Lib Dem leader")
        );
        assert_eq!(
            roles("He met the border minister Tom Hinds. “No,” Hinds replied."),
            role("Tom Hinds", "border minister")
        );
        // An apposition in running text, up to a function word or a cue;
        // not an adverb set off by commas.
        assert_eq!(
            roles(
                "Ms Ruth Maclean, a junior home office minister, was criticised. “No,” she said."
            ),
            role("Ruth Maclean", "a junior home office minister")
        );
        assert_eq!(
            roles("Dr. Ann Lee, a nurse at Mercy Hospital, left. “Fine,” Lee said."),
            role("Ann Lee", "a nurse")
        );
        assert_eq!(
            roles("Ann Lee, however, left. “Fine,” Lee said."),
            vec![("Ann Lee".to_string(), None)]
        );
        // Or a title after lowercase words, which no list holds whole.
        assert_eq!(
            roles("It was licensed, hospital board chair Ann Lee said. “No,” Lee said."),
            role("Ann Lee", "hospital board chair")
        );
        // Not the words before a verb, `of` or `for`.
        assert_eq!(
            roles("A vote for nominee Ann Lee is wise. “Yes,” Lee said."),
            role("Ann Lee", "nominee")
        );
        // Not an honorific after the titles.
        assert_eq!(
            roles("Oman’s Foreign Minister Sheikh Badr Albusaidi said: “No.”"),
            role("Badr Albusaidi", "Oman’s Foreign Minister")
        );
        assert_eq!(
            roles("Foreign Secretary Lord Cameron said: “No.”"),
            role("Cameron", "Foreign Secretary")
        );
        // The titles, not the place after the name.
        assert_eq!(
            roles("Judge Brian E. Murphy in Boston said: “No.” Murphy left."),
            role("Brian E. Murphy", "Judge")
        );
        // The phrase opening the sentence that the name is set off after,
        // when it names a person; not a phrase of place or time.
        assert_eq!(
            roles("The bank's chief economist, Ann Lee, said: “No.”"),
            role("Ann Lee", "The bank's chief economist")
        );
        assert_eq!(
            roles("High Commissioner to Peru, Ann Lee, who arrived today, said: “No.”"),
            role("Ann Lee", "High Commissioner to Peru")
        );
        assert_eq!(
            roles("On the other side, Ann Lee, a voter, left. “No,” Lee said."),
            role("Ann Lee", "a voter")
        );
        // A player's position before the name.
        assert_eq!(
            roles("Ghana forward Ann Lee scored twice. “I enjoyed it,” Lee said."),
            role("Ann Lee", "Ghana forward")
        );
        // What the name is said to be, ending in a noun of a person.
        assert_eq!(
            roles("Ann Lee is a former army captain. “No,” she said."),
            role("Ann Lee", "a former army captain")
        );
        assert_eq!(
            roles("Ann Lee was the first to leave. “No,” she said."),
            vec![("Ann Lee".to_string(), None)]
        );
        assert_eq!(
            roles("Ann Lee is the President and CEO of Acme. “No,” she said."),
            vec![("Ann Lee".to_string(), None)]
        );
        assert_eq!(
            roles("“No,” said Assemblymember Ann Lee (D-Salinas)."),
            role("Ann Lee", "Assemblymember")
        );
        assert_eq!(
            roles("The head of Asio, Ann Lee, said: “No.”"),
            role("Ann Lee", "The head of Asio")
        );
        assert_eq!(
            roles("Area coroner Ann Lee said: “No.”"),
            role("Ann Lee", "Area coroner")
        );
        // A party's or a state's label after a titled name is no role: the
        // titles are.
        assert_eq!(
            roles("House Speaker Ann Lee, R-Wis., said: “No.”"),
            role("Ann Lee", "House Speaker")
        );
        assert_eq!(
            roles("Sen. Ann Lee, Pa., said: “No.”"),
            role("Ann Lee", "Sen.")
        );
        assert_eq!(
            roles("Mr. Vincent Roche said: “Revenue rose.”"),
            vec![("Vincent Roche".to_string(), None)]
        );
        // An age alone is no role, before or after the quote; the words
        // after it set off by a comma may be.
        assert_eq!(
            roles("Faith Wanjiru, 26, said: “We cannot afford rent.”"),
            vec![("Faith Wanjiru".to_string(), None)]
        );
        assert_eq!(
            roles("“It was the worst idea ever,” said Maya, 14."),
            vec![("Maya".to_string(), None)]
        );
        assert_eq!(
            roles("“We will rebuild,” said Tan Siew Lian, 67, a retiree."),
            role("Tan Siew Lian", "a retiree")
        );
        assert_eq!(
            roles("“No,” said Ann Lee, CEO of the Organization of Rural & Community Hospitals."),
            role(
                "Ann Lee",
                "CEO of the Organization of Rural & Community Hospitals"
            )
        );
        // A phrase of his naming no person is no role; one that names one is.
        assert_eq!(
            roles("“It was bad,” said Wade Pruitt, his boots caked with silt."),
            vec![("Wade Pruitt".to_string(), None)]
        );
        assert_eq!(
            roles("“It was fine,” said Rahm Emanuel, his chief of staff."),
            role("Rahm Emanuel", "his chief of staff")
        );
        // A description standing for a person named with no role gives
        // it, up to its head; a role set off beside the name replaces it.
        assert_eq!(
            roles("“No,” Ford said.\n\nThe premier also defended his decision."),
            role("Ford", "premier")
        );
        assert_eq!(
            roles("Mr Ann Lee left.\n\nThe Sherwood MP said: “No.”"),
            role("Ann Lee", "Sherwood MP")
        );
        assert_eq!(
            roles("Ann Lee left. The singer said: “No.” Lee, a cellist, said: “Yes.”"),
            role("Ann Lee", "a cellist")
        );
        assert_eq!(
            roles("Ann Lee said so. “No,” the statement from the spokesperson reads."),
            vec![("Ann Lee".to_string(), None)]
        );
    }

    #[test]
    fn without_the_speakers_kind_quotes_name_nobody() {
        let text = "“We will win,” Ann Lee said.";
        let with = highlight(text, &Options::default());
        assert_eq!(with.speakers[0].name, "Ann Lee");
        assert_eq!(with.quotes[0].speaker, Some(0));
        let without = highlight(
            text,
            &Options {
                kinds: vec![Kind::Quotes],
            },
        );
        assert!(without.speakers.is_empty());
        let q = &without.quotes[0];
        assert_eq!((q.speaker, q.mention, q.cue), (None, None, None));
    }

    #[test]
    fn a_speaker_left_with_only_terms_is_dropped() {
        // The scare quote is a term, so Bob Marsh names no quote; Ann Lee keeps 0.
        let text = "Bob Marsh criticized the so-called “reforms” on Monday. \
                    “We will win,” Ann Lee said.";
        let analysis = highlight(text, &Options::default());
        assert_eq!(analysis.terms.len(), 1);
        let names: Vec<&str> = analysis.speakers.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["Ann Lee"]);
        assert_eq!(analysis.quotes.len(), 1);
        assert_eq!(analysis.quotes[0].speaker, Some(0));
    }

    #[test]
    fn any_text_gives_a_result() {
        // Every mix of the words and marks the patterns look for, from a
        // fixed pseudo-random sequence.
        const PARTS: &[&str] = &[
            "“",
            "”",
            "\"",
            "said",
            "he",
            "she",
            ",",
            ".",
            "Mr.",
            "\n",
            "who",
            "(",
            ")",
            "—",
            "according to",
            "Ann Lee",
            "the report",
            ":",
            "calling",
            "to",
            "in a statement",
            "that",
            "it",
            "they",
            "Sen.",
            "-",
            "!",
            "?",
            "\u{0}",
            "é",
            "told reporters",
        ];
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..3000 {
            let mut text = String::new();
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let len = (seed >> 58) as usize;
            for _ in 0..len {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                text.push_str(PARTS[(seed >> 33) as usize % PARTS.len()]);
                if seed & 1 == 0 {
                    text.push(' ');
                }
            }
            let analysis = highlight(&text, &Options::default());
            for q in &analysis.quotes {
                assert!(
                    q.speaker.is_none_or(|s| s < analysis.speakers.len()),
                    "{text:?}"
                );
                for span in q.mention.iter().chain(&q.cue) {
                    assert!(text.get(span.range()).is_some(), "{text:?}");
                }
            }
        }
    }
}
