//! The cue on either side of a quote: after it in its sentence (`“…,” Ann
//! said`, `said Ann`, a dash), closing its sentence, before it (`Ann said:
//! “…”`), and the main clause's frame over a loose quote (`According to X,
//! Y said … “…”`), with the clause words that bound those searches.

use super::*;
use crate::chars::{
    ends_with_any, eq_any_case, listed, listed_any_case, trim_end_any, trim_end_where,
};
use crate::speakers::words::is_saying_noun;

/// The attribution after a quote in its sentence: `“…,” Ann said`, `“…,”
/// said Ann`, `“…” — Ann`, `“…” the case, Ann said`.
// A function of its own in the .wasm (see `speakers::attribute`).
#[inline(never)]
pub(super) fn right_of(ctx: &Context, qi: usize) -> Option<Found> {
    let (_, hi) = ctx.bounds(ctx.sentence_of(qi));
    if let Some(f) = headline_speaker(ctx, qi, hi) {
        return Some(f);
    }
    let mut j = qi + 1;
    if ctx.punct(j) == Some(',') {
        j += 1;
    }
    if j >= hi {
        return after_question(ctx, qi);
    }
    // `The reply — “…” — angered them`: a quote set off by dashes on both
    // sides is an aside in its sentence; no name follows it.
    let aside = qi > 0 && is_dash(ctx.punct(qi - 1));
    let hyphen = ctx.punct(j) == Some('-');
    let dash = !aside && (is_dash(ctx.punct(j)) || hyphen && ctx.punct(j + 1) == Some('-'));
    let at = if dash && hyphen { j + 2 } else { j + 1 };
    // `“…,” — said Petrenko`, `"…," - said Petrenko`: a verb after a dash
    // (or a hyphen standing for one) is inverted as after a comma (read
    // below).
    let verb_after = (dash || hyphen && !aside)
        && ctx
            .cues_in(ctx.sentence_of(qi))
            .iter()
            .any(|c| c.first == at);
    if verb_after {
        j = at;
    } else if dash {
        // `“…” — that’s how one aide described it`: the speaker and its cue
        // past the frame's words.
        let frame = frame_end(ctx, at);
        if frame > at {
            let cues = ctx.cues_in(ctx.sentence_of(qi));
            let c = cues.iter().find(|c| c.first > frame)?;
            let np = ctx.subject(c, frame).filter(|np| np.outer_first == frame)?;
            return Some(Found {
                np,
                cue: Some(c.span),
                direct: false,
            });
        }
        // A name, a description or a pronoun follows, not a verb; in
        // lowercase, words describing a name (`— former official Mick
        // McKeown`), not a verb in -ing (`— including Ann Lee`).
        let opener = class(&ctx.tokens, at);
        let np = phrase_after(ctx.text, &ctx.tokens, at, hi)?;
        let described = np.kind == NpKind::Name
            && !opener.stop()
            && opener.cue() == 0
            && !ctx.tokens[at].span.bytes(ctx.text).ends_with(b"ing");
        if !(opener.capitalized() || opener.determiner() || opener.pronoun().is_some() || described)
        {
            return None;
        }
        // `“…” — Ann Lee.` names the speaker; `— “…” — the balloons
        // cascaded` goes on as a sentence and names nobody. A name may go on
        // with what it was about, its verb of saying or its noun of saying,
        // as in a round-up of quotes (`— coach Tom Price on the win over
        // Fiji`, `— Sam Rua admits his side never got going`, `— Ian Webb’s
        // reaction to the crowd`).
        let end = np.outer_end;
        let goes_on = || {
            let about = word_in(ctx.text, &ctx.tokens, end, "on about after following");
            let says = ctx
                .cues_in(ctx.sentence_of(qi))
                .iter()
                .any(|c| c.first == end);
            let owned_saying = word(ctx.text, &ctx.tokens, end - 1)
                .is_some_and(|w| strip_possessive(w) != w)
                && word(ctx.text, &ctx.tokens, end).is_some_and(is_saying_noun);
            np.kind == NpKind::Name && (about || says || owned_saying)
        };
        if end < hi && !matches!(ctx.punct(end), Some(',' | '.' | ')')) && !goes_on() {
            return None;
        }
        let cue = Span::new(ctx.tokens[j].span.start, ctx.tokens[at - 1].span.end);
        return Some(Found {
            np,
            cue: Some(cue),
            direct: true,
        });
    }
    let cues = ctx.cues_in(ctx.sentence_of(qi));
    let Some(c) = cues.get(cues.partition_point(|c| c.first < j)) else {
        return unlisted_verb(ctx, qi, j, hi);
    };
    if c.first > j + 40 || ctx.quoted_between(j, c.first) {
        return None;
    }
    // Far off, the cue attributes the quote only through a subject right
    // after it with a long apposition (`“…,” Ann Lee, who served as chief
    // of staff during the first term of the governor, told CBS.`).
    if c.first > j + 15 {
        let np = ctx.subject(c, j).filter(|np| {
            np.outer_first == j
                && np.kind == NpKind::Name
                && matches!(c.kind, CueKind::Verb | CueKind::AmbiguousVerb)
        })?;
        return Some(Found {
            np,
            cue: Some(c.span),
            direct: true,
        });
    }
    let verb = matches!(c.kind, CueKind::Verb | CueKind::AmbiguousVerb);
    // Inverted: `“…,” said Ann Lee`, never `“…,” adding …`.
    if verb && c.first == j && !ctx.text[c.span].ends_with("ing") {
        let np =
            phrase_after(ctx.text, &ctx.tokens, c.end, hi).filter(|np| !opens_clause(ctx, np))?;
        return Some(Found {
            np,
            cue: Some(c.span),
            direct: true,
        });
    }
    // `“…” in the 2008 primary, said Ann Lee`.
    let inverted = || {
        let after_comma = c.first > j && ctx.punct(c.first - 1) == Some(',');
        (verb && after_comma && !ctx.text[c.span].ends_with("ing"))
            .then(|| phrase_after(ctx.text, &ctx.tokens, c.end, hi))
            .flatten()
            .filter(|np| !opens_clause(ctx, np))
            .map(|np| Found {
                np,
                cue: Some(c.span),
                direct: false,
            })
    };
    if verb && agent_follows(ctx, c) {
        return None;
    }
    let Some(np) = ctx.subject(c, j) else {
        return inverted();
    };
    // `read, “Any hope”, to which Tim Reid replied, “…”`: a relative
    // clause after the quote, opened by a preposition, is about it, and
    // its cue is another's (not `which is what Comey described`).
    let answer = |k: usize| {
        word_in(ctx.text, &ctx.tokens, k, "which whom")
            && word_in(ctx.text, &ctx.tokens, k - 1, "to after at upon")
    };
    if (j + 1..np.outer_first).any(answer) {
        return None;
    }
    let direct = match c.kind {
        CueKind::Verb | CueKind::AmbiguousVerb => np.outer_first == j,
        _ => c.first == j,
    };
    Some(Found {
        np,
        cue: Some(c.span),
        direct,
    })
}

/// The speaker a headline names after its quote and a colon or a comma:
/// `‘It was chaos’: Priya Nair on the day the river rose`, `‘New products
/// are our lifeblood’, Apple CEO Tim Cook on upcoming launches`, `‘We are
/// exhausted’: nurses on the NHS crisis`, `‘…’: an interview with Ana
/// Ramírez`.
fn headline_speaker(ctx: &Context, qi: usize, hi: usize) -> Option<Found> {
    let opens = qi == 0 || ctx.paragraph_of(qi - 1) != ctx.paragraph_of(qi);
    if !opens || !matches!(ctx.punct(qi + 1), Some(':' | ',')) {
        return headline_tail_speaker(ctx, qi, hi);
    }
    let mut at = qi + 2;
    // `an interview with`, `interview with`.
    let interview = (at..at + 2).find(|&k| {
        word_in(ctx.text, &ctx.tokens, k, "interview conversation")
            && word_is(ctx.text, &ctx.tokens, k + 1, "with")
    });
    if let Some(k) = interview {
        at = k + 2;
    }
    let np = phrase_after(ctx.text, &ctx.tokens, at, hi)?;
    // The speaker, then what about or the headline's end.
    let next_ok = np.outer_end >= hi
        || ctx.paragraph_of(np.outer_end) != ctx.paragraph_of(qi)
        || word_is(ctx.text, &ctx.tokens, np.outer_end, "on");
    (next_ok && ctx.is_person(&np)).then_some(Found {
        np,
        cue: None,
        direct: true,
    })
}

/// `Prices will stay ‘higher for longer’: Mensah`: a name after a colon
/// ending a headline (a line with no stop) is the speaker of a quote in it.
fn headline_tail_speaker(ctx: &Context, qi: usize, hi: usize) -> Option<Found> {
    let paragraph = ctx.paragraph_of(qi);
    let colon = (qi + 1..hi.min(qi + 12))
        .take_while(|&k| ctx.paragraph_of(k) == paragraph && !ctx.tokens[k].is_quote())
        .find(|&k| ctx.punct(k) == Some(':'))?;
    let np = phrase_after(ctx.text, &ctx.tokens, colon + 1, hi)?;
    let ends_line = ctx
        .tokens
        .get(np.outer_end)
        .is_none_or(|_| ctx.paragraph_of(np.outer_end) != paragraph);
    let stop = (0..qi)
        .rev()
        .take_while(|&k| ctx.paragraph_of(k) == paragraph)
        .any(|k| matches!(ctx.punct(k), Some('.' | '!' | '?')));
    (ends_line && !stop && np.kind == NpKind::Name).then_some(Found {
        np,
        cue: None,
        direct: true,
    })
}

/// Whether the phrase after an inverted verb is the subject of a clause
/// the verb reports, not its speaker: an auxiliary follows it (`Milei, who
/// calls himself an “anarcho-capitalist,” said inflation had fallen`).
/// (Not a verb in -ed: `said one Republican involved in the planning`.)
fn opens_clause(ctx: &Context, np: &Np) -> bool {
    word(ctx.text, &ctx.tokens, np.outer_end).is_some_and(|w| {
        listed(
            "had has have was were is are would will should could can may might must did does",
            w,
        )
    })
}

/// `“Would it be negotiable?” Hannity pressed.`, `“Too forced?” He
/// tweeted`: a question or exclamation closes the quote's sentence before a
/// capital, and the next sentence of the paragraph opens with its speaker
/// and verb (a cue, or for a name or pronoun a past tense in -ed).
fn after_question(ctx: &Context, qi: usize) -> Option<Found> {
    if !ctx.tokens[qi].is_quote() {
        return None;
    }
    let s = ctx.sentence_of(qi);
    let (_, hi) = ctx.bounds(s);
    if hi != qi + 1 || hi >= ctx.tokens.len() || ctx.paragraph_of(hi) != ctx.paragraph_of(qi) {
        return None;
    }
    let quoted = &ctx.text[ctx.tokens[qi].span];
    // `is_alnum`: the closing marks answered without the Unicode tables.
    let inner = trim_end_where(quoted, |c| !is_alnum(c) && !matches!(c, '?' | '!'));
    if !ends_with_any(inner, &['?', '!']) {
        return None;
    }
    let (_, nhi) = ctx.bounds(s + 1);
    let np = phrase_after(ctx.text, &ctx.tokens, hi, nhi.min(hi + 6))?;
    if np.first != hi && np.outer_first != hi {
        return None;
    }
    let at = np.outer_end;
    let cues = ctx.cues_in(s + 1);
    let cue = cues
        .iter()
        .find(|c| c.first == at)
        .filter(|c| {
            matches!(c.kind, CueKind::Verb | CueKind::AmbiguousVerb)
                && !ctx.text[c.span].ends_with("ing")
        })
        .map(|c| c.span);
    let person = matches!(np.kind, NpKind::Name | NpKind::Pronoun(_));
    let past = || {
        word(ctx.text, &ctx.tokens, at)
            .filter(|w| w.len() > 3 && w.ends_with("ed") && !is_capitalized(w))
            .map(|_| ctx.tokens[at].span)
    };
    let cue = cue.or_else(|| person.then(past).flatten())?;
    // Across a sentence break, a lead-in before the quote (`telling her,
    // “…!” She replied`) governs it more closely.
    Some(Found {
        np,
        cue: Some(cue),
        direct: false,
    })
}

/// The attribution that closes the sentence of the quote at `qi` after a
/// comma, with at most a few words after it (`…, said Ann Lee, a
/// historian, on Monday.`, `…, the ministry said in a statement.`).
// A function of its own in the .wasm (see `speakers::attribute`).
#[inline(never)]
pub(super) fn closing(ctx: &Context, qi: usize) -> Option<Found> {
    let (_, hi) = ctx.bounds(ctx.sentence_of(qi));
    let cues = ctx.cues_in(ctx.sentence_of(qi));
    let c = cues.last().filter(|c| c.first > qi)?;
    if !matches!(c.kind, CueKind::Verb)
        || ctx.text[c.span].ends_with("ing")
        || agent_follows(ctx, c)
    {
        return None;
    }
    // `…, Ann Lee proclaimed to a cheering crowd at the convention.`: a
    // phrase of place or listener after the cue may run longer.
    let setting = |end: usize| {
        word(ctx.text, &ctx.tokens, end).is_some_and(|w| ["to", "at", "in", "on"].contains(&w))
    };
    let tail_ok = |end: usize| {
        let reach = if setting(end) { 12 } else { 5 };
        hi.saturating_sub(end) <= reach && ctx.tokens[end..hi].iter().all(|t| !t.is_quote())
    };
    let found = |np: Np| Found {
        np,
        cue: Some(c.span),
        direct: false,
    };
    // `…, said Ann Lee.`
    if ctx.punct(c.first - 1) == Some(',') {
        if let Some(np) = phrase_after(ctx.text, &ctx.tokens, c.end, hi) {
            return tail_ok(np.outer_end).then(|| found(np));
        }
    }
    // `…, Ann Lee said.`, `…, Ann Lee, a former governor, said to …` (the
    // comma before the cue closes the apposition).
    let np = ctx.subject(c, qi + 1)?;
    // The comma may close a quote of the same sentence (`“…” and “…,” Ann
    // Lee said.`).
    let after_comma = np.outer_first > 0
        && match ctx.tokens[np.outer_first - 1].tok() {
            Tok::Punct(',') => true,
            Tok::Quote(_) => trim_end_any(
                &ctx.text[ctx.tokens[np.outer_first - 1].span],
                &['”', '"', '’', '\''],
            )
            .ends_with(','),
            _ => false,
        };
    (after_comma && tail_ok(c.end)).then(|| found(np))
}

/// Whether an agent after `by` follows the verb cue `c`: `“…,” a sentiment
/// echoed by many residents` is a participle with its agent, describing the
/// phrase before it, and reports no quote after it. (`said by phone` is a
/// means, no agent.)
fn agent_follows(ctx: &Context, c: &Cue) -> bool {
    let means = "phone telephone email e-mail text video";
    word_is(ctx.text, &ctx.tokens, c.end, "by") && !word_in(ctx.text, &ctx.tokens, c.end + 1, means)
}

/// `“Go back to Univision,” Trump barked`: a quote closed by a comma, a
/// question or an exclamation, then a name or pronoun and a past-tense verb
/// that the lexicon does not list.
fn unlisted_verb(ctx: &Context, qi: usize, j: usize, hi: usize) -> Option<Found> {
    if !ctx.tokens[qi].is_quote() {
        return None;
    }
    let quoted = &ctx.text[ctx.tokens[qi].span];
    let inner = trim_end_where(quoted, |c| {
        !is_alnum(c) && !matches!(c, ',' | '?' | '!' | '.')
    });
    if !ends_with_any(inner, &[',', '?', '!']) {
        return None;
    }
    let past = |w: &str| w.len() > 3 && w.ends_with("ed") && !is_capitalized(w);
    // Inverted: `“This is fantastic!” beamed Tom Ray of Dover`.
    if word(ctx.text, &ctx.tokens, j).is_some_and(past) {
        let np = phrase_after(ctx.text, &ctx.tokens, j + 1, hi)?;
        return (np.kind == NpKind::Name && np.outer_first == j + 1).then(|| Found {
            np,
            cue: Some(ctx.tokens[j].span),
            direct: true,
        });
    }
    let np = phrase_after(ctx.text, &ctx.tokens, j, hi.min(j + 6))?;
    // `“…,” the party’s nominee riffed`: a description of a person too.
    let person = |np: &Np| {
        (np.first..np.end)
            .rev()
            .find_map(|k| word(ctx.text, &ctx.tokens, k))
            .is_some_and(|w| is_person_noun_in_any_number(strip_possessive(w)))
    };
    let speaks = match np.kind {
        NpKind::Name | NpKind::Pronoun(_) => true,
        NpKind::Nominal => person(&np),
    };
    if !speaks || np.first != j && np.outer_first != j {
        return None;
    }
    let verb = word(ctx.text, &ctx.tokens, np.outer_end)?;
    past(verb).then(|| Found {
        np,
        cue: Some(ctx.tokens[np.outer_end].span),
        direct: true,
    })
}

/// The attribution before a quote in its sentence: `Ann said: “…”`, `Ann
/// told reporters that “…”`, `according to Ann, “…”`, and looser, a cue
/// anywhere before it (`Ann argued that being American “is an idea”`).
// A function of its own in the .wasm (see `speakers::attribute`).
#[inline(never)]
pub(super) fn left_of(ctx: &Context, qi: usize) -> Option<Found> {
    let s = ctx.sentence_of(qi);
    let (lo, _) = ctx.bounds(s);
    let cues = ctx.cues_in(s);
    let before = &cues[..cues.partition_point(|c| c.end <= qi)];
    let c = before.last()?;
    let np = ctx.subject(c, lo)?;
    // `Castel, who called the prosecutors to court, scrutinized ICE’s
    // assertion that it “never applied”`: a relative clause closed before
    // the quote does not hold it.
    // (Not the comma or colon that gives the quote the floor: `Sykes, who
    // lamented in an interview, “…”`.)
    let who = eq_any_case(&ctx.text[np.span], "who");
    let floor = matches!(ctx.punct(qi - 1), Some(',' | ':'));
    if who && !floor && (c.end..qi).any(|i| ctx.punct(i) == Some(',')) {
        return None;
    }
    let from = match c.kind {
        CueKind::Verb | CueKind::AmbiguousVerb => c.end,
        _ => np.outer_end.max(c.end),
    };
    let between = &ctx.tokens[from.min(qi)..qi];
    let quoted = between.iter().any(|t| t.is_quote());
    let lead_in = match between.last().map(|t| t.tok()) {
        None => true,
        Some(Tok::Punct(':' | ',')) => true,
        Some(Tok::Word) => eq_any_case(&ctx.text[between[between.len() - 1].span], "that"),
        _ => false,
    };
    let direct = lead_in && !quoted && between.len() <= 6;
    if !direct {
        // `When Ann suggested a delay, Bob fired back: “…”`: the cue sits
        // in an opening clause; the main clause's subject speaks.
        let opening = np.outer_first > lo
            && word(ctx.text, &ctx.tokens, np.outer_first - 1).is_some_and(|w| {
                // `As Ann puts it, …` is Ann's frame.
                is_subordinator(w) && !is_coordinator(w) && !eq_any_case(w, "as")
            });
        let colon = matches!(ctx.punct(qi - 1), Some(':' | ','));
        if opening && !quoted && colon {
            let from = c.end.max(qi.saturating_sub(OUTER_REACH));
            let comma = (from..qi).find(|&i| ctx.punct(i) == Some(','));
            if let Some(np) = comma.and_then(|k| sentence_subject(ctx, k + 1, qi, false, true)) {
                return Some(Found {
                    np,
                    cue: None,
                    direct: false,
                });
            }
        }
    }
    // Right after a nested cue too (`Ann said the couple had complained
    // “dozens of times”`), unless a colon or comma gives it the floor.
    let given_floor = direct && matches!(between.last().map(|t| t.tok()), Some(Tok::Punct(_)));
    if !given_floor {
        if let Some(outer) = outer_cue(ctx, before, &np, lo, qi) {
            return Some(outer);
        }
    }
    Some(Found {
        np,
        cue: Some(c.span),
        direct,
    })
}

/// The cue of the main clause when a quote sits loosely after several cues
/// of its sentence: the reporting frame that opens the sentence speaks for
/// what it reports, not the clause nested in it (`Rubio said that Trump,
/// whom he called a “con artist,” …`, `According to the paper, Obama said
/// “there is love”`, `Obama said he expected that voters will say “no”`).
/// A cue of a clause opened by `when`, `after`, `if` … is no main clause
/// (`When Trump suggested it, Rubio fired back`), nor is one before another
/// quote (that quote is its own).
///
/// The nearest cue keeps the quote when its own clause is a relative or a
/// coordinated one (`Sanders blasted Trump, whom he called a “bully”`,
/// `Rubio objected, while Cruz said that the “stakes” …`).
fn outer_cue(ctx: &Context, before: &[Cue], last: &Np, lo: usize, qi: usize) -> Option<Found> {
    // Only cues near the quote, so that a sentence of a million cues and
    // quotes stays linear.
    let before = &before[before.partition_point(|c| c.first + OUTER_REACH < qi)..];
    if before.len() < 2 {
        return None;
    }
    let word_before = |np: &Np| {
        (np.outer_first > lo)
            .then(|| word(ctx.text, &ctx.tokens, np.outer_first - 1))
            .flatten()
    };
    // A relative clause closed by a comma before the quote does not hold
    // it: `the engineers, who say the dam is safe, had ignored “…”`.
    let last_cue = before[before.len() - 1];
    let closed = (last_cue.end..qi).any(|i| ctx.punct(i) == Some(','));
    // (Its subject may be the relative pronoun itself: `praised Frank
    // Lowe, who has vowed not to buy them because of the group’s “…”`.)
    let relative =
        word_before(last).is_some_and(is_relative) || eq_any_case(&ctx.text[last.span], "who");
    // Nor does a clause opened by a subordinator or by `with` (`A look at
    // what the managers had to say, with Wenger claiming it was “…”`).
    let opener = |w: &str| is_subordinator(w) || eq_any_case(w, "with");
    let own_clause = relative && !closed || word_before(last).is_some_and(opener);
    if own_clause {
        return None;
    }
    for c in before[..before.len() - 1].iter().take(8) {
        if ctx.quoted_between(c.end, qi) {
            return None;
        }
        let Some(np) = ctx.subject(c, lo) else {
            continue;
        };
        // `In somber comments, Trump …`: a noun after a preposition.
        let framed = c.kind != CueKind::Source
            && word_before(&np)
                .is_some_and(|w| is_subordinator(w) || is_relative(w) || is_preposition(w));
        // `Graham, who says …, tweeted that`: the relative clause is his
        // aside; `Trump’s repeated calls` is a noun.
        let garbage = np.kind == NpKind::Nominal && np.end - np.first == 1
            || eq_any_case(&ctx.text[np.span], "who")
            || c.kind == CueKind::AmbiguousVerb;
        // `Despite what he wrote, Cross said he …`: a clause set off by a
        // comma before the nearer cue's subject frames it.
        let set_off = c.kind != CueKind::Source
            && !relative
            && !eq_any_case(&ctx.text[last.span], "who")
            && last.outer_first > c.end
            && ctx.punct(last.outer_first - 1) == Some(',');
        // `The plan was praised by Nora Quist, who said …`: a passive cue's
        // subject is spoken of, not speaking.
        let passive = c.first > 0
            && word(ctx.text, &ctx.tokens, c.first - 1)
                .is_some_and(|w| listed_any_case("was were is are be been being", w));
        if framed || garbage || set_off || passive {
            continue;
        }
        return Some(Found {
            np,
            cue: Some(c.span),
            direct: false,
        });
    }
    None
}

/// Participles that name a thing by someone's words, in the passive: the
/// agent after `by` is who uses the quoted name.
fn is_naming_participle(w: &str) -> bool {
    listed_any_case(
        "called labeled labelled dubbed termed branded nicknamed described \
         characterized derided hailed known seen viewed regarded",
        w,
    )
}

/// A quoted name given in the passive, its agent after `by`: `the town,
/// called the “Gem of the Valley” by its mayor`, or before `as`: `a plan
/// seen by its backers as a “lifeline”`. The agent speaks, not the
/// sentence's subject.
pub(super) fn passive_agent(ctx: &Context, qi: usize) -> Option<Found> {
    let (lo, hi) = ctx.bounds(ctx.sentence_of(qi));
    let is = |i: usize, w: &str| word(ctx.text, &ctx.tokens, i).is_some_and(|x| x == w);
    let participle = |i: usize| word(ctx.text, &ctx.tokens, i).is_some_and(is_naming_participle);
    // The participle is the cue: it tells the quote from a term as a verb
    // of saying would.
    let found = |np: Np, at: usize| Found {
        np,
        cue: Some(ctx.tokens[at].span),
        direct: false,
    };
    // `called [as] [the] “…” by Ann Lee`: the participle at most three
    // words before the quote, words only between.
    if is(qi + 1, "by") {
        let from = qi.saturating_sub(4).max(lo);
        let named = (from..qi)
            .rev()
            .take_while(|&i| ctx.tokens[i].is_word())
            .find(|&i| participle(i));
        if let Some(at) = named {
            return phrase_after(ctx.text, &ctx.tokens, qi + 2, hi).map(|np| found(np, at));
        }
    }
    // `seen by its backers as a “…”`: `as` (and an article) before the
    // quote, the agent between `by` and `as`.
    if qi <= lo {
        return None;
    }
    let article = qi > lo + 1
        && word(ctx.text, &ctx.tokens, qi - 1).is_some_and(|w| listed_any_case("a an the", w));
    let as_at = if article { qi - 2 } else { qi - 1 };
    if as_at <= lo || !is(as_at, "as") {
        return None;
    }
    let from = as_at.saturating_sub(MAX_AGENT + 1).max(lo);
    let by = (from..as_at).rev().find(|&i| is(i, "by"))?;
    if by == lo || !participle(by - 1) {
        return None;
    }
    phrase_after(ctx.text, &ctx.tokens, by + 1, as_at)
        .filter(|np| np.outer_end == as_at)
        .map(|np| found(np, by - 1))
}

/// How many tokens an agent between `by` and `as` may take.
const MAX_AGENT: usize = 8;

/// Words opening a clause that frames or joins the main one (`when`,
/// `after`, `but`).
pub(super) fn is_subordinator(w: &str) -> bool {
    listed_any_case(
        "when after as while if because since before though although once until \
         unless whereas whether but and yet",
        w,
    )
}

/// Words joining two main clauses (`but Cruz said`).
pub(super) fn is_coordinator(w: &str) -> bool {
    listed_any_case("but and yet", w)
}

/// Relative pronouns: the clause they open is about the noun before them.
fn is_relative(w: &str) -> bool {
    listed_any_case("who whom which that whose how what where why", w)
}

/// Prepositions before a noun that is no subject (`in somber comments`).
fn is_preposition(w: &str) -> bool {
    listed_any_case("in on of with by for from at to about", w)
}
