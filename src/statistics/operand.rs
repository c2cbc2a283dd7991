//! One number with what makes it a quantity: its sign, its currency before
//! or its unit after (`$1.2 billion`, `10 km`, `2 degrees below zero`),
//! cents (`$20 and 43c`), a rate (`$2 a day`) and units that add up (`7
//! feet 10 inches`).

use super::numbers::{self, Form, Numeral};
use super::tokens::{Class, Tokens};
use super::units::{self, Dim, Unit};
use super::words;

/// One number with its currency or unit: `$1.2 billion`, `10 km`, `48%`.
#[derive(Clone, Copy, Debug)]
pub(super) struct Operand {
    /// Index of its first token (the sign or currency included).
    pub first: usize,
    /// Index of its last token (the unit included).
    pub last: usize,
    /// Its value in its unit.
    pub value: f64,
    /// Its currency or unit.
    pub unit: Option<Unit>,
    /// The number itself.
    pub num: Numeral,
}

/// A number with its sign, its currency before or its unit after.
pub(super) fn operand(t: &Tokens, i: usize, floor: usize) -> Option<Operand> {
    let currency = units::currency_before(t, i, floor).filter(|(c, _)| !t.blocked(*c));
    let num = numbers::parse(t, i, floor, currency.is_some())?;
    if (num.first..=num.last).any(|k| t.blocked(k)) {
        return None;
    }
    let mut first = currency.map_or(num.first, |(c, _)| c.min(num.first));
    let mut last = num.last;
    let mut value = num.value;
    let mut unit = currency.map(|(_, u)| u);
    // `of magnitude 7.1`, `a magnitude-6.4 quake`: the scale named before.
    if unit.is_none() {
        let dash = num.first > floor && t.is_byte(num.first - 1, b'-');
        let k = num.first - usize::from(dash);
        if k > floor && t.is(k - 1, "magnitude") {
            first = k - 1;
            // The unit the table gives `6.2-magnitude`.
            unit = units::suffix_word("magnitude");
        }
    }
    if unit.is_none() {
        let mut j = last + 1;
        // `half a liter`, `a tenth of a gallon`, `fourth of liter`
        if num.form == Form::Fraction {
            if t.is(j, "of") {
                j += 1;
            }
            if t.article(j) {
                j += 1;
            }
        }
        // `2 more minutes`, `two additional minutes`
        if (t.is(j, "more") || t.is(j, "extra") || t.is(j, "additional") || t.is(j, "further"))
            && matches!(units::unit_after(t, j + 1), Some((u, _)) if u.dim == Dim::Time)
        {
            j += 1;
        }
        if let Some((u, end)) = units::unit_after(t, j).filter(|_| unit_allowed(t, j)) {
            // `50 million pounds` is money; `6 pounds` weighs.
            let u = if u.name == "lb" && num.scaled && t.is_any(end, "pound pounds") {
                Unit {
                    name: "GBP",
                    dim: Dim::Money,
                    factor: 1.0,
                }
            } else {
                u
            };
            value = u.worth(value);
            unit = Some(u);
            last = end;
        } else if t.class(j, Class::Word)
            && t.lower(j)
                .is_some_and(|w| w.as_str().ends_with('s') && words::weekday(w.as_str()))
        {
            // `3 fridays from now`
            unit = Some(Unit {
                name: "weekday",
                dim: Dim::Time,
                factor: 1.0,
            });
            last = j;
        } else if (t.is(last + 1, "upcoming")
            || t.is(last + 1, "coming")
            || (t.str(last + 2).ends_with('s') && t.is_any(last + 1, "next last past")))
            && matches!(units::unit_after(t, last + 2), Some((u, _)) if u.dim == Dim::Time)
        {
            // `2 upcoming weeks` is a window of time (but `1,000 last year`
            // is a count and a time).
            return None;
        }
    } else if let Some((u, end)) =
        units::unit_after(t, last + 1).filter(|(u, _)| u.dim == Dim::Money)
    {
        // `$10 dollars`, `US$ 3.14 USD`: the same currency written twice.
        if u.factor == 1.0 {
            last = end;
        }
    }
    // `2 degrees below zero`, `2 below zero`
    if t.is(last + 1, "below") && t.is(last + 2, "zero") {
        value = -value;
        last += 2;
        if unit.is_none() {
            unit = Some(Unit {
                name: "°",
                dim: Dim::Measure,
                factor: 1.0,
            });
        }
    }
    // Sign: `-504`, `- 1,200,000`, `minus 1,200,000`, `negative five`;
    // `plus or minus 2%` is a margin, no sign.
    if first > floor + 2
        && t.is(first - 1, "minus")
        && t.is(first - 2, "or")
        && t.is(first - 3, "plus")
    {
        first -= 3;
    } else if first > floor {
        let p = first - 1;
        let sign_word = t.is(p, "minus") || t.is(p, "negative");
        // (Spaced on both sides after a word it is a dash: `the other two
        // companies - 65,000 screens`.)
        let sign_mark = matches!(t.str(p), "-" | "−")
            && (p == 0
                || t.get(p).is_some_and(|k| k.space() || k.newline())
                || matches!(t.str(p - 1), "(" | "," | ":" | "~"))
            && !t.class(p.wrapping_sub(1), Class::Num)
            && (t.attached(first) || !t.class(p.wrapping_sub(1), Class::Word));
        if (sign_word || sign_mark) && !t.blocked(p) {
            value = -value;
            first = p;
        }
    }
    // Money with cents: `$20 and 43c`, `20 dollars 43 cents`, `twenty
    // dollar and 43`.
    if unit.is_some_and(|u| u.dim == Dim::Money && u.factor == 1.0) {
        if let Some((cents, end)) = cents_after(t, last + 1) {
            value += cents / 100.0;
            last = end;
        }
    }
    // Rates: `$2 a day`, `5% a year`, `$4 per gallon`.
    if unit.is_some_and(|u| u.dim != Dim::Time && u.dim != Dim::Age) {
        if let Some(end) = rate_after(t, last + 1) {
            last = end;
        }
    }
    // `7 feet 10 inches`, `2 km and 1 meter`, `2 years, 3 months`.
    if let Some(u) = unit.filter(|u| units::family(u.name).is_some()) {
        let mut j = last + 1;
        loop {
            let mut k = j;
            if t.is_byte(k, b',') {
                k += 1;
            }
            if t.is(k, "and") {
                k += 1;
            }
            let Some(next) = numbers::parse(t, k, k, false).filter(|n| n.form != Form::Fraction)
            else {
                break;
            };
            match units::unit_after(t, next.last + 1) {
                Some((u2, end))
                    if units::family(u2.name) == units::family(u.name) && u2.name != u.name =>
                {
                    last = end;
                    j = end + 1;
                }
                _ => break,
            }
        }
    }
    Some(Operand {
        first,
        last,
        value,
        unit,
        num,
    })
}

/// The last token of a rate after a quantity: `a day`, `an hour`, `per
/// gallon`, `per capita`, `per square foot`.
pub(super) fn rate_after(t: &Tokens, j: usize) -> Option<usize> {
    const PERIODS: &str = "second minute hour day week month year night head person share";
    if t.article(j) {
        // `$2 a day`, `$78.50 a barrel`; not `£980m a year earlier`, a
        // time before now.
        if t.is_any(j + 1, PERIODS) {
            let when = t.is_any(j + 2, "earlier ago later before after on");
            return (!when).then_some(j + 1);
        }
        return units::unit_after_article(t, j + 1).map(|(_, last)| last);
    }
    if !t.is(j, "per") {
        return None;
    }
    // `per square foot`: a unit of several words whole.
    if let Some((_, last)) = units::unit_after(t, j + 1) {
        return Some(last);
    }
    let word = t.class(j + 1, Class::Word)
        && !t.capitalized(j + 1)
        && t.lower(j + 1).is_some_and(|w| !words::stop(w.as_str()));
    word.then_some(j + 1)
}

/// Whether a unit read at `j` may stand here: `"` is inches only outside a
/// quotation, and a bare `in` is not `in` the preposition.
fn unit_allowed(t: &Tokens, j: usize) -> bool {
    // Inside a quotation, a straight quote after a number closes it: `"We
    // want 5" he said`.
    !(t.is_byte(j, b'"') && t.get(j).is_some_and(|k| k.in_quote()))
}

/// The cents after an amount of money, and their last token.
fn cents_after(t: &Tokens, j: usize) -> Option<(f64, usize)> {
    let and = t.is(j, "and");
    let k = if and { j + 1 } else { j };
    let n = numbers::parse(t, k, k, false)?;
    if n.value >= 100.0 || n.value < 1.0 || n.form == Form::Fraction {
        return None;
    }
    let after = n.last + 1;
    if t.is_any(after, "cents cent c pence p sen sens kopiykas kopiyka") {
        return Some((n.value, after));
    }
    // `twenty dollar and 43`: cents with no word, at the end of a phrase.
    let ends = !t.class(after, Class::Word) && !t.class(after, Class::Num);
    (and && ends).then_some((n.value, n.last))
}
