//! The subject that opens a sentence, for a quote whose cue has no subject
//! of its own or that has no cue at all: past opening phrases and a
//! dateline, cut at the verb after a name.

use super::*;
use crate::chars::trim_where;
use crate::chars::{Decode, eq_any_case, listed, listed_any_case};
use crate::speakers::words::is_time_span;

/// The subject opening a sentence (after an opening phrase ending in a
/// comma: `Early in his campaign, Trump attacked …`), when it names a person
/// or, with `any_noun`, anything (`Hoff’s letter makes the case: “…”`).
///
/// `strict` is for a quote with no cue at all, where a looser reading
/// would take titles for quotes (`Harry Hurt had hoped to republish
/// ''Lost Tycoon''`); a participle cue (`saying`) has a subject for sure.
pub(super) fn sentence_subject(
    ctx: &Context,
    lo: usize,
    qi: usize,
    any_noun: bool,
    strict: bool,
) -> Option<Np> {
    // Whether the quote reads as a title, asked only with `strict`: a walk
    // over all its words, asked up to twice for each of the three tries, so
    // answered once, and only when asked (most tries never ask).
    let known = std::cell::Cell::new(None);
    let title = || {
        let title = known
            .get()
            .unwrap_or_else(|| strict && quote_is_title(ctx, qi));
        known.set(Some(title));
        title
    };
    let try_at = |at: usize| {
        let mut np = phrase_after(ctx.text, &ctx.tokens, at, qi)?;
        // `Donald Trump quickly took to Twitter`: a name followed by
        // lowercase words ends at the name; the verb comes next.
        // With no cue at all the cut needs a verb after it (`Ramos believes
        // in journalism that “takes sides”`, `Pew found that “…”`), the
        // phrase no opening one set off by a comma (`Thirteen years
        // earlier, she …`), and the quote no title (`Melville House plans
        // to release “The Making of a Mogul”`).
        let may_cut = !strict
            || !(np.outer_end..qi.min(np.outer_end + 3)).any(|k| ctx.punct(k) == Some(','))
                && !title();
        if np.kind == NpKind::Nominal && may_cut {
            // The words' classes, not the word lists: asked at each word.
            let class = |k: usize| class(&ctx.tokens, k);
            let capital = |k: usize| class(k).capitalized() && !class(k).determiner();
            // A plural noun ends in -s too (`Legal observers note`, `Local
            // news affiliate`): a verb in -s takes a small word after it
            // (`refers to`, `forwards an email`, `lists “…”`).
            let verb_after = |at_cut: &usize| {
                // `Trump further summed up …`: adverbs before the verb.
                let mut k = *at_cut;
                while k < qi && class(k).skippable() {
                    k += 1;
                }
                let Some(w) = word(ctx.text, &ctx.tokens, k) else {
                    return false;
                };
                // After an adverb a word in -s is a verb (`routinely
                // characterizes herself`).
                // Before an auxiliary it is a plural subject (`children of
                // Muslim immigrants would sidle up`).
                let plural = k == *at_cut
                    && w.ends_with('s')
                    && word(ctx.text, &ctx.tokens, k + 1).is_some_and(|n| {
                        let c = class(k + 1);
                        !c.stop() && !c.determiner()
                            || c.skippable()
                            || listed("can could should may might must", n)
                    });
                !strict || looks_finite(w) && !plural
            };
            // `The billionaire businessman began by …`: a description ends
            // at its head noun of a person (not `the secretary of state`).
            let person = |k: usize| {
                word(ctx.text, &ctx.tokens, k)
                    .is_some_and(|w| is_person_noun_in_any_number(strip_possessive(w)))
            };
            // With no cue, the first such place before a verb (`Former
            // Republican presidential candidate Jeb Bush broke down …`).
            // A noun of a person after the name is the head the name
            // modifies (`A Treasury source took …`), not the verb.
            let lower = |k: usize| {
                let c = class(k);
                c.is_word() && !c.capitalized() && !c.connector()
            };
            let cut = (np.first + 1..np.end)
                .find(|&k| capital(k - 1) && !person(k) && lower(k) && verb_after(&k));
            let head = || {
                (np.first + 1..np.end)
                    .find(|&k| person(k - 1) && !person(k) && lower(k) && verb_after(&k))
            };
            // `The server brings a plate and says`: after a determiner and
            // a noun, a word in -s or -ed before an object is the verb.
            let object_verb = || {
                (np.first + 2..np.end).find(|&k| {
                    class(np.first).determiner()
                        && lower(k - 1)
                        && lower(k)
                        && word(ctx.text, &ctx.tokens, k).is_some_and(looks_finite)
                        && (class(k + 1).determiner() || class(k + 1).pronoun().is_some())
                })
            };
            if let Some(cut) = cut.or_else(head).or_else(object_verb) {
                np = phrase_after(ctx.text, &ctx.tokens, at, cut)?;
            }
        }
        let next = np.outer_end;
        if passive_after(ctx, next, qi) {
            return None;
        }
        // `Michael Pratt, president of the institute, tied the scores to …`:
        // a name with its apposition, then the verb.
        let apposed = np.kind == NpKind::Name
            && np.outer_end > np.end
            && ctx.punct(next) == Some(',')
            && word(ctx.text, &ctx.tokens, next + 1).is_some_and(|w| {
                // Not `Salem, New Hampshire, Trump went after Bush, calling …`.
                !is_capitalized(w) && !w.ends_with("ing") && (!is_stop_word(w) || is_skippable(w))
            });
        // (Spoken to, not speaking, in the passive after either: `Cllr
        // Dan Fox, who represents Hillside, was warned that his remark
        // was “…”`.)
        if apposed {
            return (!passive_after(ctx, next + 1, qi)).then_some(np);
        }
        // `Khan, who is a lawyer, also decried …`: a name with a relative
        // clause set off by commas, then the verb.
        if np.kind == NpKind::Name
            && ctx.punct(next) == Some(',')
            && word(ctx.text, &ctx.tokens, next + 1).is_some_and(|w| w == "who")
        {
            let close = (next + 2..qi.min(next + 25)).find(|&k| ctx.punct(k) == Some(','));
            let verb = close.and_then(|k| word(ctx.text, &ctx.tokens, k + 1));
            if verb.is_some_and(|w| {
                !is_capitalized(w) && !w.ends_with("ing") && (!is_stop_word(w) || is_skippable(w))
            }) {
                return close
                    .filter(|&k| passive_after(ctx, k + 1, qi))
                    .map_or(Some(np), |_| None);
            }
        }
        // An opening phrase set off by a comma is no subject: `Moreover,`,
        // `Early in his campaign,`, `Tuesday in Iowa,`; a pronoun always
        // is one (`He also spoke about the wall, saying …`).
        let span = if np.kind == NpKind::Name && !strict {
            4
        } else {
            12
        };
        let person = matches!(
            np.kind,
            NpKind::Pronoun(Pronoun::He | Pronoun::She | Pronoun::They)
        );
        let reach = if matches!(np.kind, NpKind::Pronoun(_)) && (!strict || person) {
            next
        } else {
            (next + span).min(qi)
        };
        let comma_soon = next <= reach && ctx.tokens[next..reach].iter().any(|t| t.is_punct(','));
        // `Gorka also made the point that …`: an adverb and a verb after a
        // name are its predicate, whatever commas follow; `Bush, however,
        // interjected`: an adverb set off by commas sits in it.
        let lower_word = |k: usize| {
            word(ctx.text, &ctx.tokens, k).is_some_and(|w| {
                w.starts_with(char::is_lowercase) && !is_stop_word(w) && !is_determiner(w)
            })
        };
        // `The publication has been outspoken …, arguing`: auxiliaries too.
        let skipped = (next..qi.min(next + 3))
            .take_while(|&k| class(&ctx.tokens, k).skippable())
            .count();
        // With no cue only after a name: a description with a verb may
        // open a clause before the one holding the quote (`The results were
        // allowed to stand, as …, it included a clause “…”`).
        let adverb_verb =
            skipped > 0 && lower_word(next + skipped) && (np.kind == NpKind::Name || !strict);
        let set_off = np.kind == NpKind::Name
            && ctx.punct(next) == Some(',')
            && word(ctx.text, &ctx.tokens, next + 1)
                .is_some_and(|w| w.starts_with(char::is_lowercase) && is_stop_word(w))
            && ctx.punct(next + 2) == Some(',')
            && lower_word(next + 3);
        // With no cue, a title stays a title (`Harry Hurt had hoped to
        // republish “Lost Tycoon”`).
        if (set_off || adverb_verb) && !title() {
            return Some(np);
        }
        if ctx.punct(next) == Some(',') || class(&ctx.tokens, next).stop() && comma_soon {
            return None;
        }
        // `Adding, “…”`, `Written “…”`: a participle, not a name (a
        // reporting verb's irregular one too: `written`, `spoken`). So is
        // a participle with its object right before the quote (`Sanders
        // went further, endorsing candidates “who embody …”`); one with a
        // verb after it may be a subject (`In Ohio, elected officials
        // called it “a disaster”`).
        let first = word(ctx.text, &ctx.tokens, np.first).unwrap_or("");
        let verb = first.ends_with("ing")
            || first.ends_with("ed")
            || ctx.tokens[np.first].class().cue() != 0;
        let participle_object = np.kind == NpKind::Nominal
            && next == qi
            && first.as_bytes().first().is_some_and(u8::is_ascii_lowercase);
        if verb && (np.end - np.first == 1 || participle_object) {
            return None;
        }
        // With no cue, a quote right after its subject that opens in
        // lowercase is said of the subject, its predicate (`Board “ignored
        // warnings about flooding”`), by someone the text leaves unnamed.
        if strict && next == qi && predicate_quote(ctx, qi) {
            return None;
        }
        let fits = match np.kind {
            NpKind::Name | NpKind::Pronoun(_) => true,
            NpKind::Nominal => {
                any_noun
                    || (np.first..np.end)
                        .filter_map(|k| word(ctx.text, &ctx.tokens, k))
                        .take_while(|w| !eq_any_case(w, "of"))
                        .last()
                        .is_some_and(|w| is_person_noun_in_any_number(strip_possessive(w)))
            }
        };
        // With no cue, a title after a description is a title too
        // (`Readers of Mark Kurlansky's bestseller “Salt: A World History”
        // will find`); not after a colon (`Mayor: ‘We Will Rebuild’`).
        (fits && !(np.kind == NpKind::Nominal && !any_noun && title())).then_some(np)
    };
    // The subject, after at most two opening phrases; a sentence opening
    // with a participle, an adverb or a preposition opens with such a phrase
    // (`Reprising one of her lines, the former secretary …`).
    // `And then he promised …`, `But he laid off …`: a word joining the
    // sentence to the one before is no opening phrase.
    let mut lo = dateline_end(ctx, lo, qi).unwrap_or(lo);
    while lo + 1 < qi
        && word(ctx.text, &ctx.tokens, lo)
            .is_some_and(|w| listed_any_case("and but then so yet", w))
    {
        lo += 1;
    }
    let mut at = lo;
    // `First, Trump identified …`: an adverb that may stand before a verb,
    // set off by a comma.
    let set_off = ctx.punct(lo + 1) == Some(',');
    // (Not a name in -ly or -ing before the rest of it: `Kelly Smith
    // shared a post, saying …`, `Manning Lee said`.)
    let name = !set_off && class(&ctx.tokens, lo + 1).capitalized();
    let opener = word(ctx.text, &ctx.tokens, lo).is_some_and(|w| {
        let w = w.to_ascii_lowercase();
        // `Hours before the vote, a senator …`: a span of time opens one.
        pronoun(&w).is_none()
            && ((w.ends_with("ing") || w.ends_with("ly")) && !name
                || is_stop_word(&w)
                || set_off && is_skippable(&w)
                || is_time_span(&w))
    });
    if opener {
        if let Some(comma) = (lo..qi.min(lo + 25)).find(|&i| ctx.punct(i) == Some(',')) {
            at = comma + 1;
        }
    }
    for _ in 0..3 {
        if let Some(np) = try_at(at) {
            return Some(np);
        }
        let comma = (at..qi.min(at + 15)).find(|&i| ctx.punct(i) == Some(','))?;
        at = comma + 1;
    }
    None
}

/// Whether the quote at token `qi` reads as a title: its first word and
/// every word of four letters or more capitalised (`“The Making of a
/// Mogul”`).
// Not inlined into its one caller: the .wasm is smaller so.
#[inline(never)]
fn quote_is_title(ctx: &Context, qi: usize) -> bool {
    if !ctx.tokens[qi].is_quote() {
        return false;
    }
    let mut words = ctx.text[ctx.tokens[qi].span]
        .split_whitespace()
        .map(|w| trim_where(w, |c| !is_alnum(c)))
        .filter(|w| !w.is_empty());
    let Some(first) = words.next() else {
        return false;
    };
    let mut more = false;
    let title = is_capitalized(first)
        && words.all(|w| {
            more = true;
            w.decoded().filter(|c| c.is_alphabetic()).count() < 4 || is_capitalized(w)
        });
    title && more
}

/// The token after a dateline opening the paragraph at token `lo`, before
/// token `qi`: capitalised words, a date and an agency, then a dash
/// (`WASHINGTON, Dec. 8 (UPI) —`, `Washington (AFP) –`, `PARIS —`), or a
/// label in capitals before a colon (`READ MORE: Sunak hits back at …`).
/// The place or the label is no subject.
fn dateline_end(ctx: &Context, lo: usize, qi: usize) -> Option<usize> {
    if lo > 0 && ctx.paragraph_of(lo - 1) == ctx.paragraph_of(lo) {
        return None;
    }
    // A place in capitals, a date or an agency tells a dateline from a
    // name set off by a dash (`Newt Gingrich — mentioned by … — told`).
    let mut marked = false;
    let mut all_capitals = true;
    for k in lo..qi.min(lo + 12) {
        let t = ctx.tokens[k];
        match t.tok() {
            Tok::Punct(c) if k > lo && (is_dash(Some(c)) || c == '-') => {
                return marked.then_some(k + 1);
            }
            // Not right before the quote: `TRUMP: “…”` names its speaker.
            Tok::Punct(':') if k > lo => return (all_capitals && k + 1 < qi).then_some(k + 1),
            Tok::Punct('(') if k > lo => marked = true,
            Tok::Punct(',' | '.' | ')') if k > lo => {}
            Tok::Word => {
                let w = &ctx.text[t.span];
                let digits = w.as_bytes().first().is_some_and(u8::is_ascii_digit);
                let capitals = w.len() > 1 && w.decoded().all(|c| c.is_uppercase() || c == '.');
                marked |= digits || capitals;
                all_capitals &= capitals;
                if !(is_capitalized(w) || digits) {
                    return None;
                }
            }
            _ => return None,
        }
    }
    None
}

/// Whether a passive verb follows a subject ending before token `next`,
/// before the quote at `qi`: `Ministers were accused of “…”`, `Critics were
/// told the plan was “final”`. Its subject is spoken of or to, not the
/// speaker. Not `is expected to call`, `was heard saying`: there the subject
/// speaks.
/// Whether the quote at token `qi` opens with a lowercase verb: `“ignored
/// warnings”`, `‘will not back down’` (not a noun phrase: `“bias”`).
fn predicate_quote(ctx: &Context, qi: usize) -> bool {
    let quoted = &ctx.text[ctx.tokens[qi].span];
    let first = quoted
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .find(|w| !w.is_empty())
        .unwrap_or("");
    first.starts_with(|c: char| c.is_ascii_lowercase())
        && (looks_finite(first)
            || listed(
                "will would can could should must may might is are was were has have had",
                first,
            ))
}

fn passive_after(ctx: &Context, next: usize, qi: usize) -> bool {
    let mut verb = next;
    while verb < qi && verb < next + 3 && ctx.tokens[verb].class().skippable() {
        verb += 1;
    }
    if verb == next || verb + 1 >= qi || qi - verb > 7 {
        return false;
    }
    // The quote must hang on the passive verb, close after it; another
    // verb between has the subject as its own (`Silverman was booed …
    // after telling them they were “…”`, `was joined on stage and joked`,
    // `is expected to call it “…”`).
    for t in &ctx.tokens[verb + 1..qi] {
        let w = t.span.bytes(ctx.text);
        if w.ends_with(b"ing") || w == b"and" || w == b"to" {
            return false;
        }
    }
    passive(ctx.text, &ctx.tokens, next, verb)
}
