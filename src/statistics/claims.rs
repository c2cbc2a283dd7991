//! Reading a whole claim around one number: its currency or unit, its
//! qualifier (`about`, `more than`), a second bound (`between 200 and 300`,
//! `5,000-6,000`), a ratio (`one in five`), the counted noun (`3.2 million
//! people`, `hundreds of officials`) and the change it measures (`rose 4.5
//! percent`).

use super::change::{change_around, factor_change, fold_change};
use super::keys::tags;
use super::numbers::{self, Form, NumWord};
use super::operand::{Operand, operand, rate_after};
use super::tokens::{Class, Tokens};
use super::units::{self, Dim};
use super::words::{self, Direction};
use crate::analysis::StatisticKind;
use crate::chars::eq_any_case;
use crate::speakers::words::is_irregular_past;

/// A claim read from the tokens, with token indexes for its span.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Claim {
    /// Index of the first token.
    pub first: usize,
    /// Index of the last token (inclusive).
    pub last: usize,
    /// What it counts or measures.
    pub kind: StatisticKind,
    /// Value with scale words applied; for a range, the lower bound; for a
    /// ratio, the quotient; for a change without a number, the factor.
    pub value: Option<f64>,
    /// For a range, the upper bound.
    pub upper: Option<f64>,
    /// Unit or currency.
    pub unit: Option<&'static str>,
    /// Approximation or bound.
    pub qualifier: Option<&'static str>,
    /// Direction of the change the number measures.
    pub change: Option<Direction>,
}

/// What reading at one token gives.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Found {
    /// A statistic.
    Claim(Claim),
    /// Numbers that are no claim (`in 1/2 hour`, `two thousand ten` as a
    /// year), up to this token: reading resumes after it, so that no part
    /// of them is taken for a claim of its own.
    Skip(usize),
}

/// What the number that starts at token `i` is, reading back no further
/// than `floor` (the end of the previous claim).
// A function of its own in the .wasm (see `statistics::find`).
#[inline(never)]
pub(crate) fn at(t: &Tokens, i: usize, floor: usize) -> Option<Found> {
    if t.blocked(i) {
        return None;
    }
    match t.get(i)?.class {
        Class::Num => {}
        Class::Word => {
            if !t.starts(i, tags::NUMBER | tags::CHANGE | tags::LEAD) {
                return None;
            }
            let lower = t.lower(i)?;
            let w = lower.as_str();
            if t.starts(i, tags::CHANGE) {
                if let Some(claim) = factor_change(t, i, w) {
                    return Some(Found::Claim(claim));
                }
            }
            if matches!(w, "a" | "an") {
                return article_unit(t, i).map(Found::Claim);
            }
            if !t.starts(i, tags::NUMBER) && w != "point" {
                return None;
            }
        }
        _ => return None,
    }
    let op = operand(t, i, floor)?;
    // A number right next to another with only a space between is a code
    // or a time read out (`3 30`, `one twenty two`), not a quantity.
    if op.unit.is_none()
        && (numberish(t, op.first.wrapping_sub(1), op.first)
            || numberish(t, op.last + 1, op.last + 1))
    {
        return None;
    }
    if let Some(claim) = fold_change(t, &op) {
        return Some(Found::Claim(claim));
    }
    let (opener, opener_at) = opener(t, op.first, floor);
    let mut claim = ratio(t, &op)
        .or_else(|| range(t, &op, opener))
        .unwrap_or_else(|| single(t, &op));
    // `between` and `from` belong to a range only.
    if claim.kind == StatisticKind::Range && opener.is_some() {
        claim.first = opener_at;
    }
    // `$250,000 over three years`: after a number, `over` a period is
    // across it, no bound (`took over three years` is one).
    let across = |q: usize| {
        op.unit.is_some_and(|u| u.dim == Dim::Time)
            && t.is(q, "over")
            && q > 0
            && (t.class(q - 1, Class::Num) || t.is_any(q - 1, "% percent cents"))
    };
    let (q_first, qualifier) = match words::qualifier_before(t, claim.first, floor) {
        Some((q, canonical)) if !t.blocked(q) && !across(q) => (q, Some(canonical)),
        _ => (claim.first, None),
    };
    if qualifier.is_some() {
        claim.qualifier = qualifier;
    }
    claim.first = q_first;
    if !keep(t, &op, &claim, floor) {
        return Some(Found::Skip(claim.last));
    }
    claim.change = claim.change.or_else(|| change_around(t, &claim, floor));
    Some(Found::Claim(claim))
}

/// Whether token `j` is a number (digits or a number word) separated from
/// token `edge` by a space only.
fn numberish(t: &Tokens, j: usize, edge: usize) -> bool {
    let Some(tok) = t.get(edge) else { return false };
    let spaced = tok.space() && !tok.newline();
    spaced
        && (t.plain_int(j)
            || matches!(
                numbers::word_at(t, j),
                Some(NumWord::Unit(_) | NumWord::Teen(_) | NumWord::Tens(_) | NumWord::Zero)
            ))
}

/// `between` or `from` before a first bound: the word and its index.
fn opener(t: &Tokens, first: usize, floor: usize) -> (Option<&'static str>, usize) {
    match first.checked_sub(1) {
        Some(p) if p >= floor && t.is(p, "between") => (Some("between"), p),
        Some(p) if p >= floor && t.is(p, "from") => (Some("from"), p),
        _ => (None, first),
    }
}

/// `one in five`, `3 out of 10`, `2:1`, `3-to-1`, a score or vote `52-48`.
fn ratio(t: &Tokens, op: &Operand) -> Option<Claim> {
    if op.unit.is_some() || matches!(op.num.form, Form::Fraction | Form::Vague) {
        return None;
    }
    let j = op.last + 1;
    // `2.5 times more likely`, `three times higher`, `four times as many`:
    // a multiple of what it is compared with, the value the multiple.
    if t.is(j, "times") && t.is_any(j + 1, COMPARATIVES) && op.value > 0.0 {
        return Some(Claim {
            first: op.first,
            last: j,
            kind: StatisticKind::Ratio,
            value: Some(op.value),
            upper: None,
            unit: None,
            qualifier: None,
            change: None,
        });
    }
    let (second_at, glued) = if t.is(j, "in") {
        (if t.is(j + 1, "every") { j + 2 } else { j + 1 }, false)
    } else if t.is(j, "out") && t.is(j + 1, "of") {
        (j + 2, false)
    } else if t.is_byte(j, b':') && t.attached(j) && t.attached(j + 1) {
        (j + 1, true)
    } else if t.is_byte(j, b'-') && t.is(j + 1, "to") && t.is_byte(j + 2, b'-') && t.attached(j + 1)
    {
        (j + 3, true)
    } else if matches!(t.str(j), "-" | "–") && t.attached(j) && t.attached(j + 1) {
        (j + 1, true)
    } else {
        return None;
    };
    let second = numbers::parse(t, second_at, second_at, false)?;
    if (second.first..=second.last).any(|k| t.blocked(k))
        || units::unit_after(t, second.last + 1).is_some()
    {
        return None;
    }
    let (a, b) = (op.value, second.value);
    let score = matches!(t.str(j), "-" | "–") && !t.is(j + 1, "to");
    let ok = if score {
        // `52-48`, `3-2`, `2-nil`: the larger first; `5-6` is a range.
        // A byte test: `str::contains` would pull the two-way substring
        // searcher into the .wasm.
        a >= b && op.num.form == Form::Digits && !t.str(op.first).as_bytes().contains(&b',')
            || (b == 0.0 && a > 0.0)
    } else if glued {
        b > 0.0
    } else {
        // `one in five`, `3 out of 10`: a part of a larger whole.
        a > 0.0 && b > a && a <= 100.0
    };
    if !ok || b == 0.0 && !score {
        return None;
    }
    Some(Claim {
        first: op.first,
        last: second.last,
        kind: StatisticKind::Ratio,
        value: (b != 0.0).then(|| a / b),
        upper: None,
        unit: None,
        qualifier: None,
        change: None,
    })
}

/// The words after `N times` that make it a multiple (`three times
/// higher`), not a count of occasions (`three times a week`).
#[rustfmt::skip]
const COMPARATIVES: &str =
    "more less fewer higher lower larger bigger greater smaller as faster slower longer \
    cheaper likelier";

/// `between 200 and 300`, `5,000-6,000`, `from 10 to 15 degrees`, `$10-$20`,
/// `7-9 lakh rupees`, `two or three`.
fn range(t: &Tokens, op: &Operand, opener: Option<&str>) -> Option<Claim> {
    if op.num.form == Form::Vague {
        return None;
    }
    let j = op.last + 1;
    let link = t.str(j);
    let ok_link = match link {
        "-" | "–" | "—" => true,
        _ if t.is(j, "to") || t.is(j, "or") => true,
        _ if t.is(j, "through") || t.is(j, "thru") => opener.is_some(),
        _ if t.is(j, "and") => opener.is_some(),
        _ => false,
    };
    if !ok_link || t.blocked(j) {
        return None;
    }
    // `2 - ~7 grams`, `between 2.0 g and about 7.0 g`
    let mut k = j + 1;
    if t.is_byte(k, b'~') || t.is_any(k, "about around approximately nearly") {
        k += 1;
    }
    // The second bound may open with its own currency: `$10-$20`, `US$ 5`.
    let start = (k..k + 3).find(|&s| t.class(s, Class::Num) || numbers::word_at(t, s).is_some())?;
    let second = operand(t, start, k)?;
    if second.first != k {
        return None;
    }
    let mut low = op.value;
    let high = second.value;
    // `5-6 million`, `7-9 lakh rupees`: the scale of the second bound
    // applies to a first bound written without one.
    if second.num.scaled && !op.num.scaled && op.value < second.num.value / second.num.scale {
        low *= second.num.scale;
    }
    let unit = match (op.unit, second.unit) {
        (Some(a), Some(b)) if a.dim == b.dim => {
            // `5% to 10%` with no `from`: two levels, not one range.
            if opener.is_none() && !matches!(link, "-" | "–" | "—") {
                return None;
            }
            Some(b)
        }
        (Some(_), Some(_)) => return None,
        // `10-20 dollars`: the unit of the second bound applies to both.
        (None, Some(b)) => {
            low = b.worth(low);
            Some(b)
        }
        (Some(a), None) => Some(a),
        (None, None) => None,
    };
    // `or` joins small alternatives (`two or three`) only.
    if t.is(j, "or") && !(high > low && op.unit.is_none()) {
        return None;
    }
    if opener != Some("from") && low > high {
        return None;
    }
    if opener.is_none() && t.is(j, "to") && op.unit.is_some() {
        return None;
    }
    Some(Claim {
        first: op.first,
        last: second.last,
        kind: StatisticKind::Range,
        value: Some(low),
        upper: Some(high),
        unit: unit.map(|u| u.name),
        qualifier: None,
        change: None,
    })
}

/// A single number: count, percent, money or measure.
fn single(t: &Tokens, op: &Operand) -> Claim {
    let (kind, unit) = match op.unit {
        Some(u) => (
            match u.dim {
                Dim::Percent => StatisticKind::Percent,
                Dim::Money => StatisticKind::Money,
                _ => StatisticKind::Measure,
            },
            Some(u.name),
        ),
        None if op.num.form == Form::Fraction => (StatisticKind::Ratio, None),
        None => (StatisticKind::Count, None),
    };
    let mut claim = Claim {
        first: op.first,
        last: op.last,
        kind,
        value: Some(op.value),
        upper: None,
        unit,
        qualifier: (op.num.form == Form::Vague).then_some("at least"),
        change: None,
    };
    if kind == StatisticKind::Count {
        // `millions of dollars`, `thousands of miles`
        if op.num.form == Form::Vague && t.is(op.last + 1, "of") {
            if let Some((u, end)) = units::unit_after(t, op.last + 2) {
                claim.kind = match u.dim {
                    Dim::Money => StatisticKind::Money,
                    Dim::Percent => StatisticKind::Percent,
                    _ => StatisticKind::Measure,
                };
                claim.unit = Some(u.name);
                claim.last = end;
                return claim;
            }
        }
        // `7,000 steps a day`, `20 cigarettes per day`: a rate.
        if let Some(end) = counted_noun(t, op) {
            claim.last = rate_after(t, end + 1).unwrap_or(end);
        }
    }
    claim
}

/// The last token of the noun a count counts: `3.2 million {people}`,
/// `hundreds {of officials}`, `a dozen {eggs}`, `five {confirmed cases}`.
fn counted_noun(t: &Tokens, op: &Operand) -> Option<usize> {
    let mut j = op.last + 1;
    // `hundreds of officials`; `thousands gathered` counts no noun; `a few
    // thousand people` does.
    if op.num.form == Form::Vague && t.str(op.num.last).ends_with('s') {
        if !t.is(j, "of") {
            return None;
        }
        j += 1;
    }
    let mut last = None;
    let mut words_taken = 0;
    while words_taken < 3 {
        let Some(tok) = t.get(j) else { break };
        if tok.class != Class::Word || !tok.space() || tok.newline() || tok.blocked() {
            break;
        }
        let Some(lower) = t.lower(j) else { break };
        let w = lower.as_str();
        // The month tag and the number word the scan looked up say what a
        // search of the month and number-word lists would (a test checks
        // the key table): cheap tests first, searches last.
        if w.ends_with("ly")
            || t.tagged(j, tags::MONTH)
            || numbers::word_at(t, j).is_some()
            || words::stop(w)
            || words::weekday(w)
        {
            break;
        }
        // `3,000 Americans`: a capitalized plural ends the phrase.
        if t.capitalized(j) {
            if w.ends_with('s') && w.len() > 3 {
                last = Some(j);
            }
            break;
        }
        // `full-time jobs`
        let mut end = j;
        if t.is_byte(j + 1, b'-')
            && t.attached(j + 1)
            && t.attached(j + 2)
            && t.class(j + 2, Class::Word)
        {
            end = j + 2;
        }
        words_taken += 1;
        // A participle modifies a noun after it (`five confirmed cases`);
        // before anything else it is the verb (`300 died`, `3 watched
        // online`).
        // (Irregular pasts too: `his crew of 12 lost`.)
        let verb_like = w.ends_with("ed") || w.ends_with("ing") || is_irregular_past(w);
        if verb_like && !noun_next(t, end + 1) {
            break;
        }
        if !verb_like {
            let plural =
                w.ends_with('s') || w == "people" || w == "children" || w == "men" || w == "women";
            // `a town of 3,000 loses its pharmacy`, `the iPhone 16 costs
            // $799`: a word in -s before such an object is the verb.
            if plural && end == j && object_next(t, j + 1) {
                break;
            }
            last = Some(end);
            // A plural ends the phrase: `5 cases` and not `5 cases rise`.
            if plural {
                break;
            }
        }
        j = end + 1;
    }
    last
}

/// Whether token `j` opens the object of a verb: a possessive that opens
/// no relative clause nor second object (`loses its`; not `two ways the
/// government can`, `cost 1,000 people their jobs`) or an amount (`costs
/// $799`).
fn object_next(t: &Tokens, j: usize) -> bool {
    t.class(j, Class::Num) || t.is_byte(j, b'$') || t.is_any(j, "its his our my your")
}

/// Whether token `j` is a plural noun a participle can modify: `cases`,
/// `people`.
fn noun_next(t: &Tokens, j: usize) -> bool {
    t.class(j, Class::Word)
        && t.lower(j).is_some_and(|w| {
            let w = w.as_str();
            (w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !words::stop(w))
                || matches!(w, "people" | "children" | "men" | "women" | "police")
        })
}

/// Whether the claim is kept: years and times written in words, a lone
/// `one`, windows of time (`in 2 minutes`, `7 days ago`) are not claims.
fn keep(t: &Tokens, op: &Operand, claim: &Claim, floor: usize) -> bool {
    // An age describes a person (`the 82-year-old owner`): no claim to check.
    if op.unit.is_some_and(|u| u.dim == Dim::Age) {
        return false;
    }
    // A small number glued by a hyphen to a word that is no unit modifies
    // it: `a two-party system`, `a three-judge panel`, `a 31-page report`.
    // Not a margin (`a 26-delegate lead`, `a 54-seat majority`), a large
    // number (`a 3,000-word article`, `an 11 million-person population`) or
    // a ratio (`3-to-1`).
    if claim.kind == StatisticKind::Count
        && op.unit.is_none()
        && claim.last == op.num.last
        && !op.num.scaled
        && op.value < 1000.0
        && t.is_byte(op.last + 1, b'-')
        && t.attached(op.last + 1)
        && t.attached(op.last + 2)
        && t.class(op.last + 2, Class::Word)
        && !t.capitalized(op.last + 2)
        && numbers::word_at(t, op.last + 2).is_none()
        && !t.is_any(op.last + 2, "to in out of for and or")
        && !t.is_any(
            op.last + 3,
            "advantage lead majority margin edge deficit gap swing",
        )
    {
        return false;
    }
    // A lone `one` is mostly a pronoun or an article (`one of them`, `one
    // day`): a claim only with a qualifier, a unit or a second number.
    let spelled_one =
        op.num.form == Form::Spelled && op.num.first == op.num.last && t.is(op.num.first, "one");
    let time_or_count =
        claim.kind == StatisticKind::Count || op.unit.is_some_and(|u| u.dim == Dim::Time);
    if spelled_one && time_or_count && claim.qualifier.is_none() {
        return false;
    }
    // `at one point` is a moment, not a score.
    if spelled_one
        && op.unit.is_some_and(|u| u.name == "points")
        && op.first > floor
        && t.is(op.first - 1, "at")
    {
        return false;
    }
    // `all for naught`, `came to nought`
    if op.value == 0.0
        && op.num.form == Form::Spelled
        && op.first > 0
        && t.is_any(op.first - 1, "for to")
    {
        return false;
    }
    // `Easter Sunday two thousand ten`: a year in words.
    if op.num.form == Form::Spelled
        && op.unit.is_none()
        && (1000.0..2100.0).contains(&op.value)
        && (op.value as u32) % 100 != 0
        && !t.class(op.last + 1, Class::Word)
    {
        return false;
    }
    // `scores` counts only as `scores of`.
    if t.is(op.num.first, "scores") && !t.is(op.num.last + 1, "of") {
        return false;
    }
    // A bare fraction word needs what it is a fraction of: `half of`,
    // `half the`, `a third of`.
    if op.num.form == Form::Fraction && op.unit.is_none() && claim.kind != StatisticKind::Range {
        let next = op.num.last + 1;
        let of_follows = t.is_any(next, "of the a an");
        let ends = !t.class(next, Class::Word) && !t.class(next, Class::Num);
        let word = t.class(op.num.first, Class::Word);
        // Alone, only `half` is a fraction (`half of`, `half the`): `third`
        // and `quarter` are ordinals or periods (`the third of March`,
        // `next quarter`).
        if word && op.num.first == op.num.last && !(t.is(op.num.first, "half") && of_follows) {
            return false;
        }
        // `the first half of next year`, `the second half of the game`: a
        // period, not a share.
        if word && op.num.first > floor && t.is_any(op.num.first - 1, "first second latter former")
        {
            return false;
        }
        // After `a`: `a third of`, `by a third.`
        if word && t.article(op.num.first) && !(of_follows || (ends && !t.is(op.num.last, "half")))
        {
            return false;
        }
        // `two quarters` is half a year; `three quarters of` a share.
        if word && eq_any_case(t.str(op.num.last), "quarters") && !t.is(next, "of") {
            return false;
        }
    }
    // `in 15'`, `in 1"`: prime marks are minutes and seconds too, and
    // after `in` they are a time.
    if (t.is_byte(op.last, b'\'') || t.is_byte(op.last, b'"'))
        && op.first > floor
        && t.is_any(op.first - 1, "in within")
    {
        return false;
    }
    if op.unit.is_some_and(|u| u.dim == Dim::Time) && claim.kind != StatisticKind::Ratio {
        let before = claim.first.checked_sub(1).filter(|&p| p >= floor);
        let after = claim.last + 1;
        let framed_before =
            before.is_some_and(|p| t.lower(p).is_some_and(|w| words::frame_before(w.as_str())));
        let framed_after = t
            .lower(after)
            .is_some_and(|w| words::frame_after(w.as_str()));
        // `4pm for 30 mins`, `18th Dec for 10 days`: a slot in a schedule.
        let scheduled = before.is_some_and(|p| t.is(p, "for") && p > 0 && t.blocked(p - 1));
        // `20 minutes to 2pm`
        let to_time = t.is_any(after, "to past till until") && t.blocked(after + 1);
        if framed_before || framed_after || scheduled || to_time {
            return false;
        }
    }
    true
}

/// `a dollar`, `a kilogram`, `an ml`: one of a unit.
fn article_unit(t: &Tokens, i: usize) -> Option<Claim> {
    let (unit, last) = units::unit_after_article(t, i + 1)?;
    if (i..=last).any(|k| t.blocked(k)) {
        return None;
    }
    Some(Claim {
        first: i,
        last,
        kind: if unit.dim == Dim::Money {
            StatisticKind::Money
        } else {
            StatisticKind::Measure
        },
        value: Some(unit.factor),
        upper: None,
        unit: Some(unit.name),
        qualifier: None,
        change: None,
    })
}
