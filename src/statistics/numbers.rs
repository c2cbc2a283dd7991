//! Reading one number from the tokens: digits with scale words (`3.2
//! million`, `$5bn`, `100k`), spelled-out cardinals (`forty-two`, `seven
//! hundred twenty-one thousand and twelve`, `three crore twelve lakh`),
//! decimals (`two point two`), fractions (`1/5`, `two-thirds`, `a third`),
//! dozens (`two dozen`) and vague plurals (`hundreds`, `tens of
//! thousands`).
//!
//! Our own small grammar rather than the `text2num` crate: `text2num` (with
//! English only) adds 16 KB gzipped to the `.wasm` (measured: 44,024 →
//! 60,188 bytes), works on whitespace tokens of its own, and knows none of
//! dozens, fractions, lakh/crore or vague plurals, which news needs.

use super::tokens::{Class, Tokens};
use super::words;

/// What a number word contributes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum NumWord {
    /// `zero`, `nought`, `nil`.
    Zero,
    /// `one` to `nine`.
    Unit(f64),
    /// `ten` to `nineteen`.
    Teen(f64),
    /// `twenty` to `ninety`.
    Tens(f64),
    /// `hundred`.
    Hundred,
    /// `thousand`, `million`, `lakh`, `crore`, `bn`, `dozen`: multiplies.
    Scale(f64),
    /// `hundreds`, `thousands`, `dozens`: a scale on its own is a vague
    /// count (`hundreds of officials`), after a number it multiplies.
    Plural(f64),
    /// `half`, `third(s)`, `quarter(s)`, `fifth(s)`: the denominator.
    Fraction(f64),
}

/// Every number word, for the key table of [`super::keys`].
#[cfg(test)]
pub(crate) fn words() -> impl Iterator<Item = &'static str> {
    NUMBER_WORDS.iter().map(|p| p.0)
}

/// Number words, sorted for [`super::words::lookup`].
pub(super) const NUMBER_WORDS: &[(&str, NumWord)] = &[
    ("billion", NumWord::Scale(1e9)),
    ("billions", NumWord::Plural(1e9)),
    ("bn", NumWord::Scale(1e9)),
    ("cr", NumWord::Scale(1e7)),
    ("crore", NumWord::Scale(1e7)),
    ("crores", NumWord::Plural(1e7)),
    ("dozen", NumWord::Scale(12.0)),
    ("dozens", NumWord::Plural(12.0)),
    ("eight", NumWord::Unit(8.0)),
    ("eighteen", NumWord::Teen(18.0)),
    ("eighth", NumWord::Fraction(8.0)),
    ("eighths", NumWord::Fraction(8.0)),
    ("eighty", NumWord::Tens(80.0)),
    ("eleven", NumWord::Teen(11.0)),
    ("fifteen", NumWord::Teen(15.0)),
    ("fifth", NumWord::Fraction(5.0)),
    ("fifths", NumWord::Fraction(5.0)),
    ("fifty", NumWord::Tens(50.0)),
    ("five", NumWord::Unit(5.0)),
    ("forty", NumWord::Tens(40.0)),
    ("four", NumWord::Unit(4.0)),
    ("fourteen", NumWord::Teen(14.0)),
    ("fourth", NumWord::Fraction(4.0)),
    ("fourths", NumWord::Fraction(4.0)),
    ("fourty", NumWord::Tens(40.0)),
    ("half", NumWord::Fraction(2.0)),
    ("halves", NumWord::Fraction(2.0)),
    ("hundred", NumWord::Hundred),
    ("hundreds", NumWord::Plural(100.0)),
    ("hundredth", NumWord::Fraction(100.0)),
    ("hundredths", NumWord::Fraction(100.0)),
    ("koti", NumWord::Scale(1e7)),
    ("kr", NumWord::Scale(1e7)),
    ("krore", NumWord::Scale(1e7)),
    ("krores", NumWord::Plural(1e7)),
    ("lac", NumWord::Scale(1e5)),
    ("lacs", NumWord::Plural(1e5)),
    ("lakh", NumWord::Scale(1e5)),
    ("lakhs", NumWord::Plural(1e5)),
    ("lkh", NumWord::Scale(1e5)),
    ("lkhs", NumWord::Plural(1e5)),
    ("million", NumWord::Scale(1e6)),
    ("millions", NumWord::Plural(1e6)),
    ("mln", NumWord::Scale(1e6)),
    ("mn", NumWord::Scale(1e6)),
    ("naught", NumWord::Zero),
    ("nil", NumWord::Zero),
    ("nine", NumWord::Unit(9.0)),
    ("nineteen", NumWord::Teen(19.0)),
    ("ninety", NumWord::Tens(90.0)),
    ("ninth", NumWord::Fraction(9.0)),
    ("ninths", NumWord::Fraction(9.0)),
    ("nought", NumWord::Zero),
    ("one", NumWord::Unit(1.0)),
    ("quarter", NumWord::Fraction(4.0)),
    ("quarters", NumWord::Fraction(4.0)),
    ("scores", NumWord::Plural(20.0)),
    ("seven", NumWord::Unit(7.0)),
    ("seventeen", NumWord::Teen(17.0)),
    ("seventh", NumWord::Fraction(7.0)),
    ("sevenths", NumWord::Fraction(7.0)),
    ("seventy", NumWord::Tens(70.0)),
    ("six", NumWord::Unit(6.0)),
    ("sixteen", NumWord::Teen(16.0)),
    ("sixth", NumWord::Fraction(6.0)),
    ("sixths", NumWord::Fraction(6.0)),
    ("sixty", NumWord::Tens(60.0)),
    ("ten", NumWord::Teen(10.0)),
    ("tens", NumWord::Plural(10.0)),
    ("tenth", NumWord::Fraction(10.0)),
    ("tenths", NumWord::Fraction(10.0)),
    ("third", NumWord::Fraction(3.0)),
    ("thirds", NumWord::Fraction(3.0)),
    ("thirteen", NumWord::Teen(13.0)),
    ("thirty", NumWord::Tens(30.0)),
    ("thousand", NumWord::Scale(1e3)),
    ("thousands", NumWord::Plural(1e3)),
    ("thousandth", NumWord::Fraction(1000.0)),
    ("thousandths", NumWord::Fraction(1000.0)),
    ("three", NumWord::Unit(3.0)),
    ("tn", NumWord::Scale(1e12)),
    ("trillion", NumWord::Scale(1e12)),
    ("trillions", NumWord::Plural(1e12)),
    ("trn", NumWord::Scale(1e12)),
    ("twelve", NumWord::Teen(12.0)),
    ("twenty", NumWord::Tens(20.0)),
    ("two", NumWord::Unit(2.0)),
    ("zero", NumWord::Zero),
];

/// The number word of token `i`.
// Called from dozens of rules: one copy of the code (it keeps the
// `.wasm` small).
#[inline(never)]
pub(crate) fn word_at(t: &Tokens, i: usize) -> Option<NumWord> {
    // Looked up once, when the text was split (`Token::num`): rules ask
    // this of the same few words many times.
    let k = t.get(i)?.num;
    NUMBER_WORDS.get(usize::from(k)).map(|p| p.1)
}

/// One number read from the tokens.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Numeral {
    /// Index of its first token.
    pub first: usize,
    /// Index of its last token (inclusive).
    pub last: usize,
    /// Its value, scale words applied.
    pub value: f64,
    /// How it is written.
    pub form: Form,
    /// A scale word or letter was applied (`million`, `bn`, `k`).
    pub scaled: bool,
    /// The product of the scale words that end it (1 when none): 1e6 for
    /// `3.2 million`, so that `5-6 million` can scale its first bound.
    pub scale: f64,
}

/// How a number is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Form {
    /// One token of digits and nothing else: `42`, `3,000`, `4.5`.
    Digits,
    /// Digits with words or letters: `3.2 million`, `100k`, `1 point 1`.
    Mixed,
    /// Words only: `forty-two`, `a dozen`.
    Spelled,
    /// A fraction: `1/5`, `two-thirds`, `a third`, `half`.
    Fraction,
    /// A plural scale: `hundreds`, `tens of thousands`, `dozens`; the value
    /// is the least it can mean (two hundred).
    Vague,
}

/// Reads the number that starts at token `i` (a digit token or a number
/// word), looking back no further than `floor` for a leading `a`/`an`
/// (`a dozen`, `a third`) or `half a` (`half a million`). `money` says a
/// currency came before, so that a bare `m` or `b` is a scale (`$5m`).
pub(crate) fn parse(t: &Tokens, i: usize, floor: usize, money: bool) -> Option<Numeral> {
    if t.blocked(i) {
        return None;
    }
    if t.class(i, Class::Num) {
        digits(t, i, money)
    } else if t.is(i, "point") && t.class(i + 1, Class::Num) && !t.blocked(i + 1) {
        // `point 77`
        let value = decimal_part(t.str(i + 1))?;
        Some(Numeral {
            first: i,
            last: i + 1,
            value,
            form: Form::Spelled,
            scaled: false,
            scale: 1.0,
        })
    } else {
        super::spelled::spelled(t, i, floor)
    }
}

/// A number that starts with a digit token.
fn digits(t: &Tokens, i: usize, money: bool) -> Option<Numeral> {
    let s = t.str(i);
    let mut value = parse_digits(s)?;
    let mut last = i;
    let mut form = Form::Digits;
    let mut scaled = false;
    let mut scale = 1.0;
    // `1/5`, `3/4 cup`: a fraction when the exclusions left it alone (they
    // take `2/15` as a date).
    if t.is_byte(i + 1, b'/') && t.plain_int(i) && t.plain_int(i + 2) && !t.blocked(i + 2) {
        let (a, b) = (t.int(i)?, t.int(i + 2)?);
        if b > 0 && t.is_byte(i + 1, b'/') {
            return Some(Numeral {
                first: i,
                last: i + 2,
                value: f64::from(a) / f64::from(b),
                form: Form::Fraction,
                scaled: false,
                scale: 1.0,
            });
        }
    }
    // `1 point 1`
    if t.is(i + 1, "point") && t.class(i + 2, Class::Num) && t.plain_int(i) {
        value += decimal_part(t.str(i + 2))?;
        last = i + 2;
        form = Form::Mixed;
    }
    // Scale letters glued to the digits: `100k`, `3M`, `$5m`, `£3.4bn`.
    if t.attached(last + 1) && t.class(last + 1, Class::Word) {
        let glued = t.str(last + 1);
        let factor = match glued {
            "k" | "K" => Some(1e3),
            "M" => Some(1e6),
            "m" if money || counted_after(t, last + 2) => Some(1e6),
            "b" | "B" if money => Some(1e9),
            _ => match word_at(t, last + 1) {
                Some(NumWord::Scale(f)) => Some(f),
                _ => None,
            },
        };
        if let Some(f) = factor {
            value *= f;
            scale *= f;
            last += 1;
            form = Form::Mixed;
            scaled = true;
        }
    }
    // `and a half` before a scale: `2 and a half million`
    if let Some(end) = and_a_half(t, last + 1) {
        value += 0.5;
        last = end;
        form = Form::Mixed;
    }
    // Scale words: `3.2 million`, `5 thousand`, `3 hundred thousand`,
    // `2 dozens`, `$5-billion`.
    loop {
        let mut j = last + 1;
        if t.is_byte(j, b'-') && t.attached(j) && t.attached(j + 1) {
            j += 1;
        }
        let factor = match word_at(t, j) {
            Some(NumWord::Scale(f) | NumWord::Plural(f)) if !t.is(j, "tens") => f,
            Some(NumWord::Hundred) => 100.0,
            _ => break,
        };
        if t.is(j, "scores") {
            break;
        }
        value *= factor;
        scale *= factor;
        last = j;
        form = Form::Mixed;
        scaled = true;
    }
    // `$16.4 billion` is 16,400,000,000, not 16.4 × 1e9 in binary
    // (16,399,999,999.999998): the digits times the scale, to a millionth
    // of it, rounded once.
    if scaled {
        value = (value / scale * 1e6).round_ties_even() * scale / 1e6;
    }
    Some(Numeral {
        first: i,
        last,
        value,
        form,
        scaled,
        scale,
    })
}

/// Whether token `j` (after a glued `m`) is a word that a count could be
/// of: `5m people` is five million people, `9m high` is nine metres.
fn counted_after(t: &Tokens, j: usize) -> bool {
    const DIMENSIONS: &[&str] = &[
        "high",
        "tall",
        "deep",
        "long",
        "wide",
        "away",
        "above",
        "below",
        "thick",
        "across",
        "from",
        "up",
        "down",
        "off",
        "under",
        "beneath",
        "underground",
        "offshore",
    ];
    t.class(j, Class::Word)
        && !t.attached(j)
        && !t.capitalized(j)
        && t.lower(j).is_some_and(|w| {
            let w = w.as_str();
            w.len() > 2
                && !words::stop(w)
                && !DIMENSIONS.contains(&w)
                && super::units::suffix_word(w).is_none()
        })
}

/// The end of `and a half` / `and an half` starting at `j`.
pub(super) fn and_a_half(t: &Tokens, j: usize) -> Option<usize> {
    (t.is(j, "and") && t.article(j + 1) && t.is(j + 2, "half")).then_some(j + 2)
}

/// The value of a digit token: `3,000,000`, `4.5`, `.77`.
///
/// Read by hand rather than with `str::parse::<f64>`, whose correctly
/// rounded algorithm costs kilobytes of `.wasm`: up to 19 significant
/// digits the integer and the power of ten are exact, so their quotient is
/// correctly rounded too.
pub(crate) fn parse_digits(s: &str) -> Option<f64> {
    let mut mantissa: u64 = 0;
    let mut scale = 0i32;
    let mut after_point = false;
    for b in s.bytes() {
        match b {
            b'0'..=b'9' if mantissa < u64::MAX / 10 - 9 => {
                mantissa = mantissa * 10 + u64::from(b - b'0');
                scale += i32::from(after_point);
            }
            // Digits past what a u64 holds: only their place counts.
            b'0'..=b'9' => scale -= i32::from(!after_point),
            b'.' if !after_point => after_point = true,
            b',' if !after_point => {}
            _ => return None,
        }
    }
    let value = mantissa as f64;
    Some(if scale >= 0 {
        value / pow10(scale)
    } else {
        value * pow10(-scale)
    })
}

/// Ten to the power `n`, exactly up to 10^22.
fn pow10(n: i32) -> f64 {
    const EXACT: [f64; 23] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];
    let mut n = n.max(0) as usize;
    let mut value = 1.0;
    while n > 22 {
        value *= 1e22;
        n -= 22;
    }
    value * EXACT[n]
}

/// `77` read as the decimals `.77`.
pub(super) fn decimal_part(digits: &str) -> Option<f64> {
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut buf = [0u8; 24];
    let n = digits.len().min(buf.len() - 1);
    buf[0] = b'.';
    buf[1..=n].copy_from_slice(&digits.as_bytes()[..n]);
    parse_digits(std::str::from_utf8(&buf[..=n]).ok()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted_for_binary_search() {
        assert!(NUMBER_WORDS.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn digits_read_exactly() {
        for (s, v) in [
            ("3,000,000", 3e6),
            ("4.5", 4.5),
            (".77", 0.77),
            ("0.1", 0.1),
            ("9.1", 9.1),
            ("100,000.0", 1e5),
        ] {
            assert_eq!(parse_digits(s), Some(v), "{s}");
        }
        // Past f64: infinite, which `statistic` leaves out.
        assert_eq!(
            parse_digits(&"9".repeat(400)).map(f64::is_finite),
            Some(false)
        );
    }
}
