//! Spelled-out numbers: cardinals (`forty-two`, `seven hundred twenty-one
//! thousand and twelve`, `three crore twelve lakh`), decimals (`two point
//! two`), fractions (`two-thirds`, `a third`, `half a dozen`) and vague
//! plurals (`hundreds`, `tens of thousands`).

use super::numbers::{Form, NumWord, Numeral, and_a_half, decimal_part, word_at};
use super::tokens::Tokens;
use super::words;
use crate::chars::eq_any_case;

/// Where the cardinal grammar is in a spelled-out number.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Last {
    Nothing,
    Unit,
    Teen,
    Tens,
    Hundred,
    Scale,
}

/// A number that starts with a word.
pub(super) fn spelled(t: &Tokens, i: usize, floor: usize) -> Option<Numeral> {
    let first_word = word_at(t, i)?;
    // A leading `a`/`an` stands for one before a scale or a fraction:
    // `a dozen`, `a million`, `a third`; `half a` for half: `half a dozen`.
    let mut lead = None;
    if matches!(
        first_word,
        NumWord::Hundred | NumWord::Scale(_) | NumWord::Fraction(_)
    ) && i > floor
        && t.article(i - 1)
    {
        lead = Some((i - 1, 1.0));
        if i - 1 > floor && t.is(i - 2, "half") && !matches!(first_word, NumWord::Fraction(_)) {
            lead = Some((i - 2, 0.5));
        }
    }
    // `a couple of dozen`, `a couple hundred` are two of the scale; `a few
    // thousand` at least two. Alone, `a couple` and `a few` are vague and
    // no claim (`a few days`), but before a scale they give its size.
    let mut few = false;
    if matches!(first_word, NumWord::Hundred | NumWord::Scale(_)) && lead.is_none() {
        let of = usize::from(i > floor && t.is(i - 1, "of"));
        let word = i.wrapping_sub(1 + of);
        let article = word.wrapping_sub(1);
        if i >= floor + 2 + of
            && t.is_any(word, "couple few")
            && t.is(article, "a")
            && (of == 0 || t.is(word, "couple"))
        {
            few = t.is(word, "few");
            lead = Some((article, 2.0));
        }
    }
    let first = lead.map_or(i, |(k, _)| k);
    match first_word {
        NumWord::Plural(scale) => return vague(t, i, scale),
        NumWord::Fraction(d) => {
            // Alone, only `half` is a fraction: `third` and `quarter` are
            // ordinals or periods (`third quarter`, `the third of March`).
            // Before a unit they are fractions again: `quarter-litre`,
            // `tenth of a gallon`.
            if lead.is_none() && !t.is_any(i, "half halves") && !fraction_of_unit(t, i + 1) {
                return None;
            }
            // `half a dozen`, `half a million`: read from the scale word.
            if lead.is_none()
                && t.article(i + 1)
                && matches!(
                    word_at(t, i + 2),
                    Some(NumWord::Scale(_) | NumWord::Hundred)
                )
            {
                return None;
            }
            let n = lead.map_or(1.0, |(_, v)| v);
            return Some(Numeral {
                first,
                last: i,
                value: n / d,
                form: Form::Fraction,
                scaled: false,
                scale: 1.0,
            });
        }
        _ => {}
    }
    let mut total = 0.0;
    let mut current = lead.map_or(0.0, |(_, v)| v);
    let mut last_kind = if lead.is_some() {
        Last::Unit
    } else {
        Last::Nothing
    };
    let mut last_scale = f64::INFINITY;
    let mut last = None;
    let mut j = i;
    loop {
        let Some(w) = word_at(t, j) else {
            // `and` inside a cardinal: `seven hundred and twelve`.
            if t.is(j, "and")
                && matches!(last_kind, Last::Hundred | Last::Scale)
                && matches!(
                    word_at(t, j + 1),
                    Some(NumWord::Unit(_) | NumWord::Teen(_) | NumWord::Tens(_))
                )
            {
                j += 1;
                continue;
            }
            break;
        };
        let ok = match w {
            NumWord::Zero if last.is_none() => {
                last = Some(j);
                break;
            }
            NumWord::Unit(v)
                if matches!(
                    last_kind,
                    Last::Nothing | Last::Tens | Last::Hundred | Last::Scale
                ) =>
            {
                current += v;
                last_kind = Last::Unit;
                true
            }
            NumWord::Teen(v) | NumWord::Tens(v)
                if matches!(last_kind, Last::Nothing | Last::Hundred | Last::Scale) =>
            {
                current += v;
                last_kind = if matches!(w, NumWord::Tens(_)) {
                    Last::Tens
                } else {
                    Last::Teen
                };
                true
            }
            NumWord::Hundred
                if matches!(last_kind, Last::Unit | Last::Teen | Last::Tens) && current < 100.0 =>
            {
                current *= 100.0;
                last_kind = Last::Hundred;
                true
            }
            NumWord::Scale(s) | NumWord::Plural(s)
                if last_kind != Last::Nothing
                    && (current > 0.0 || total > 0.0)
                    && !t.is(j, "tens") =>
            {
                if s < last_scale && s != 12.0 {
                    total += current * s;
                    last_scale = s;
                } else {
                    // `three thousand millions`, `two hundred dozens`
                    total = (total + current) * s;
                    last_scale = if last_scale.is_finite() {
                        last_scale.max(s)
                    } else {
                        s
                    };
                }
                current = 0.0;
                last_kind = Last::Scale;
                true
            }
            _ => false,
        };
        if !ok {
            break;
        }
        last = Some(j);
        // `forty-two`, `twenty—fifth`: a hyphen glued on both sides joins.
        if matches!(t.str(j + 1), "-" | "‐")
            && t.attached(j + 1)
            && t.attached(j + 2)
            && word_at(t, j + 2).is_some()
        {
            j += 2;
        } else {
            j += 1;
        }
    }
    let mut last = last?;
    // `twenty-fifth`, `thirty first`: an ordinal, not a number.
    let mut k = last + 1;
    if matches!(t.str(k), "-" | "‐" | "—" | "–") && t.attached(k) && t.attached(k + 1) {
        k += 1;
    }
    if t.lower(k).is_some_and(|w| ordinal_word(w.as_str())) {
        // Unless it is the denominator of a fraction: `one fifth`,
        // `two-thirds`.
        let plural = t.str(k).ends_with('s');
        let fraction = matches!(word_at(t, k), Some(NumWord::Fraction(_)))
            && (plural || total + current == 1.0);
        if !fraction {
            return None;
        }
    }
    let mut value = total + current;
    let mut form = Form::Spelled;
    let mut scaled = last_scale.is_finite();
    // `three million` ends in its scale; `three million and five` does not.
    let mut scale = if scaled && current == 0.0 && last_kind == Last::Scale {
        last_scale
    } else {
        1.0
    };
    // `two point two million`, `three point one four`
    if t.is(last + 1, "point") && total == 0.0 {
        let mut k = last + 2;
        let mut frac = None;
        if t.plain_int(k) {
            frac = decimal_part(t.str(k));
            k += 1;
        } else {
            // Digit words one by one: `three point one four`.
            let mut place = 0.1;
            let mut sum = 0.0;
            while let Some(d) = match word_at(t, k) {
                Some(NumWord::Unit(d)) => Some(d),
                Some(NumWord::Zero) => Some(0.0),
                _ => None,
            } {
                sum += d * place;
                place /= 10.0;
                k += 1;
                frac = Some(sum);
            }
        }
        if let Some(frac) = frac {
            value += frac;
            last = k - 1;
            if let Some(NumWord::Scale(s)) = word_at(t, k) {
                value *= s;
                scale = s;
                last = k;
                scaled = true;
            }
        }
    }
    if let Some(end) = and_a_half(t, last + 1) {
        value += 0.5;
        last = end;
        if let Some(NumWord::Scale(s)) = word_at(t, end + 1) {
            value *= s;
            scale = s;
            last = end + 1;
            scaled = true;
        }
    }
    // `two-thirds`, `three quarters`, `one fifth`: a small cardinal and a
    // fraction word.
    if (1.0..100.0).contains(&value) && !scaled {
        let mut k = last + 1;
        if t.is_byte(k, b'-') && t.attached(k) && t.attached(k + 1) {
            k += 1;
        }
        if let Some(NumWord::Fraction(d)) = word_at(t, k) {
            let plural = t.str(k).ends_with('s');
            // `three quarters` alone may be nine months; `three quarters
            // of` and `three-quarters` are shares.
            let quarters = eq_any_case(t.str(k), "quarters") && k == last + 1 && !t.is(k + 1, "of");
            if (plural || value == 1.0) && !quarters {
                value /= d;
                last = k;
                form = Form::Fraction;
            }
        }
    }
    if few {
        form = Form::Vague;
    }
    Some(Numeral {
        first,
        last,
        value,
        form,
        scaled,
        scale,
    })
}

/// Whether a unit follows at `j`, after a glued hyphen or `of (a)`.
fn fraction_of_unit(t: &Tokens, j: usize) -> bool {
    // A measure, not a period: `third-quarter` and `second-half` are
    // ordinals.
    let measure = |k: usize| {
        super::units::unit_after(t, k).is_some_and(|(u, _)| u.dim == super::units::Dim::Measure)
    };
    let mut k = j;
    if t.is_byte(k, b'-') && t.attached(k) && t.attached(k + 1) {
        return measure(k);
    }
    if t.is(k, "of") {
        k += 1;
        if t.article(k) {
            k += 1;
        }
        return measure(k);
    }
    false
}

/// Ordinal words: `first`, `second`, `third`, `fifth`, `twentieth`, and
/// their plurals (the denominators of fractions).
fn ordinal_word(w: &str) -> bool {
    let w = w.strip_suffix('s').unwrap_or(w);
    // Every ordinal but three ends in `th` (a test checks): most words
    // asked (the one after each number word) are not searched for.
    (w.ends_with("th") || matches!(w, "first" | "second" | "third")) && words::listed(ORDINALS, w)
}

/// Sorted, for [`super::words::listed`].
#[rustfmt::skip]
const ORDINALS: &str =
    "eighteenth eighth eightieth eleventh fifteenth fifth fiftieth first fortieth fourteenth \
    fourth hundredth millionth nineteenth ninetieth ninth second seventeenth seventh \
    seventieth sixteenth sixth sixtieth tenth third thirteenth thirtieth thousandth twelfth \
    twentieth";

/// `hundreds`, `dozens`, `tens of thousands`, `hundreds of millions`: the
/// least the plural can mean (two of the scale).
fn vague(t: &Tokens, i: usize, scale: f64) -> Option<Numeral> {
    let mut value = 2.0 * scale;
    let mut last = i;
    if t.is(i + 1, "of") {
        if let Some(NumWord::Plural(bigger)) = word_at(t, i + 2) {
            if bigger > scale && !t.is(i + 2, "scores") && !t.is(i + 2, "tens") {
                value = 2.0 * scale * bigger;
                last = i + 2;
            }
        }
    }
    if t.is(i, "tens") && last == i {
        return None;
    }
    Some(Numeral {
        first: i,
        last,
        value,
        form: Form::Vague,
        scaled: true,
        scale: 1.0,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinals_are_sorted_for_binary_search() {
        let words: Vec<&str> = ORDINALS.split(' ').collect();
        assert!(words.windows(2).all(|w| w[0] < w[1]));
        // What `ordinal_word` asks before its search.
        for w in words {
            assert!(
                w.ends_with("th") || matches!(w, "first" | "second" | "third"),
                "{w}"
            );
            assert!(ordinal_word(w) && ordinal_word(&format!("{w}s")), "{w}");
        }
    }
}
