//! Units and currencies as data: what may follow a number (`%`, `per cent`,
//! `km/h`, `dollars`, `°C`) or come before it (`$`, `US$`, `£`, `EUR`, `Rs`),
//! with the unit reported and how it scales the value (`cents` are hundredths
//! of a dollar).

pub(crate) use super::currency::currency_before;
use super::currency::{CODES, money};
use super::keys::shape;
use super::tokens::{Class, Tokens};
use crate::Span;
use crate::chars::listed;
use std::sync::LazyLock;

/// What a unit measures; decides the statistic's kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Dim {
    /// `%`, percentage points, basis points.
    Percent,
    /// A currency.
    Money,
    /// Seconds to centuries: a duration, unless it sits in a time frame.
    Time,
    /// An age: `45-year-old`.
    Age,
    /// Any other unit: length, mass, volume, temperature, speed, area,
    /// energy, data, magnitude, points.
    Measure,
}

/// A unit as reported.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Unit {
    /// The name reported in `unit`: `%`, `USD`, `km`, `°C`.
    pub name: &'static str,
    /// What it measures.
    pub dim: Dim,
    /// What one of it is worth in `name` units (`cents`: 0.01 USD).
    pub factor: f64,
}

impl Unit {
    /// `value` of this unit in `name` units. A fraction divides by its
    /// whole inverse: `452p` is 4.52 GBP, where `452.0 * 0.01` is
    /// 4.5200000000000005.
    pub(crate) fn worth(&self, value: f64) -> f64 {
        if self.factor < 1.0 {
            value / (1.0 / self.factor).round()
        } else {
            value * self.factor
        }
    }
}

/// The form must match case exactly (`C` for Celsius, ISO codes).
const CASE: u8 = 1;
/// Only glued to the number: `20C`, `5'`.
const GLUED: u8 = 2;
/// Spaced from the number only at the end of a phrase (`100 l`, `5 in.`),
/// since `m`, `g`, `l` and `in` are ordinary words or letters too.
const END: u8 = 4;
/// The last token may take a plural `s` or `es`.
const PL: u8 = 8;

/// One way of writing a unit: its tokens, the unit, and flags. 20 bytes:
/// the forms are strings rather than arrays of token strings, and the
/// factor an index (the 250 entries were 40 bytes each, with an array of
/// pointers per form: ~1.3 KB of the .wasm gzipped).
struct Entry {
    /// The tokens, separated by single spaces (no token holds a space).
    form: &'static str,
    /// The length of the first token.
    first_len: u8,
    name: &'static str,
    dim: Dim,
    /// What one of the unit is worth, as an index in [`FACTORS`].
    factor: u8,
    flags: u8,
}

/// Every factor of a unit.
const FACTORS: [f64; 5] = [1.0, 0.01, 0.05, 0.1, 1000.0];

impl Entry {
    /// The unit as reported.
    fn unit(&self) -> Unit {
        Unit {
            name: self.name,
            dim: self.dim,
            factor: FACTORS[usize::from(self.factor)],
        }
    }

    /// Whether the form is one token.
    fn single(&self) -> bool {
        usize::from(self.first_len) == self.form.len()
    }
}

const fn e(form: &'static str, name: &'static str, dim: Dim, flags: u8) -> Entry {
    f(form, name, dim, 1.0, flags)
}

const fn f(form: &'static str, name: &'static str, dim: Dim, factor: f64, flags: u8) -> Entry {
    let b = form.as_bytes();
    let mut first_len = 0;
    while first_len < b.len() && b[first_len] != b' ' {
        first_len += 1;
    }
    assert!(first_len < 256, "a unit's first token is under 256 bytes");
    // A factor missing from FACTORS indexes past its end: a compile error.
    let mut index = 0;
    while FACTORS[index] != factor {
        index += 1;
    }
    Entry {
        form,
        first_len: first_len as u8,
        name,
        dim,
        factor: index as u8,
        flags,
    }
}

use crate::chars::eq_any_case;
use Dim::{Age, Measure as M, Money as C, Percent as P, Time as T};

/// Units written after the number. Longer forms win over their prefixes.
const SUFFIXES: &[Entry] = &[
    // Shares
    e("%", "%", P, 0),
    e("percent", "%", P, 0),
    e("per cent", "%", P, 0),
    e("per centum", "%", P, 0),
    e("pct", "%", P, 0),
    // British newspapers: `rose 5.6pc`.
    e("pc", "%", P, CASE | GLUED),
    e("percentage point", "pp", P, PL),
    e("percentage pt", "pp", P, PL),
    e("pp", "pp", P, CASE),
    e("basis point", "bp", P, PL),
    e("bps", "bp", P, 0),
    e("bp", "bp", P, 0),
    // Money
    e("dollar", "USD", C, PL),
    e("U . S . dollar", "USD", C, PL),
    e("US dollar", "USD", C, PL),
    e("buck", "USD", C, PL),
    e("$", "USD", C, GLUED),
    e("US $", "USD", C, CASE),
    f("cent", "USD", C, 0.01, PL),
    f("¢", "USD", C, 0.01, 0),
    f("c", "USD", C, 0.01, GLUED | CASE),
    f("p", "GBP", C, 0.01, GLUED | CASE),
    f("penny", "USD", C, 0.01, 0),
    f("pennies", "USD", C, 0.01, 0),
    f("nickel", "USD", C, 0.05, PL),
    f("dime", "USD", C, 0.1, PL),
    f("grand", "USD", C, 1000.0, 0),
    e("euro", "EUR", C, PL),
    e("€ ur", "EUR", C, 0),
    e("€", "EUR", C, 0),
    e("£", "GBP", C, GLUED),
    e("pound sterling", "GBP", C, PL),
    e("sterling", "GBP", C, 0),
    f("pence", "GBP", C, 0.01, 0),
    e("quid", "GBP", C, 0),
    e("yen", "JPY", C, 0),
    e("yuan", "CNY", C, 0),
    e("renminbi", "CNY", C, 0),
    e("rupee", "INR", C, PL),
    e("Rs", "INR", C, CASE),
    e("rupiah", "IDR", C, 0),
    e("ringgit", "MYR", C, PL),
    e("RM", "MYR", C, CASE),
    f("sen", "MYR", C, 0.01, PL),
    e("peso", "peso", C, PL),
    e("reais", "BRL", C, 0),
    e("rand", "ZAR", C, 0),
    e("franc", "CHF", C, PL),
    e("krona", "SEK", C, 0),
    e("kronor", "SEK", C, 0),
    e("krone", "krone", C, 0),
    e("kroner", "krone", C, 0),
    e("lira", "TRY", C, PL),
    e("lire", "TRY", C, 0),
    e("ruble", "RUB", C, PL),
    e("rouble", "RUB", C, PL),
    e("dinar", "dinar", C, PL),
    e("dirham", "AED", C, PL),
    e("riyal", "riyal", C, PL),
    e("rial", "riyal", C, PL),
    e("shekel", "ILS", C, PL),
    e("naira", "NGN", C, 0),
    e("shilling", "shilling", C, PL),
    e("baht", "THB", C, 0),
    e("dong", "VND", C, 0),
    // `1.2 trillion won`, `9,000 won`; not `12 won and four lost` (see
    // `unit_after`).
    e("won", "KRW", C, 0),
    e("hryvnia", "UAH", C, PL),
    f("kopiyka", "UAH", C, 0.01, PL),
    f("kopeck", "RUB", C, 0.01, PL),
    e("zloty", "PLN", C, PL),
    e("zlotys", "PLN", C, 0),
    e("forint", "HUF", C, PL),
    e("taka", "BDT", C, 0),
    e("tugrik", "MNT", C, PL),
    e("lev", "BGN", C, 0),
    e("leva", "BGN", C, 0),
    e("cedi", "GHS", C, PL),
    e("riel", "KHR", C, PL),
    e("kyat", "MMK", C, PL),
    e("bitcoin", "BTC", C, PL),
    e("L . E .", "EGP", C, 0),
    e("L . E", "EGP", C, 0),
    e("LE", "EGP", C, CASE),
    // Length
    e("km", "km", M, PL),
    e("kilometre", "km", M, PL),
    e("kilometer", "km", M, PL),
    e("m", "m", M, END | CASE),
    e("metre", "m", M, PL),
    e("meter", "m", M, PL),
    e("cm", "cm", M, PL),
    e("centimetre", "cm", M, PL),
    e("centimeter", "cm", M, PL),
    e("mm", "mm", M, 0),
    e("millimetre", "mm", M, PL),
    e("millimeter", "mm", M, PL),
    e("nautical mile", "nmi", M, PL),
    e("mile", "mi", M, PL),
    e("mi", "mi", M, END),
    e("ft", "ft", M, 0),
    e("foot", "ft", M, 0),
    e("feet", "ft", M, 0),
    e("' '", "in", M, GLUED),
    e("'", "ft", M, GLUED),
    e("\"", "in", M, GLUED),
    e("inch", "in", M, PL),
    e("in", "in", M, END),
    e("yard", "yd", M, PL),
    e("yd", "yd", M, PL),
    e("light - year", "ly", M, PL),
    e("light year", "ly", M, PL),
    // Mass
    e("kg", "kg", M, PL),
    e("k . g .", "kg", M, 0),
    e("k . gs", "kg", M, 0),
    e("kilogram", "kg", M, PL),
    e("kilo", "kg", M, PL),
    e("g .", "g", M, END),
    e("g", "g", M, END | CASE),
    e("gs", "g", M, 0),
    e("gram", "g", M, PL),
    e("gramme", "g", M, PL),
    e("mg", "mg", M, PL),
    e("milligram", "mg", M, PL),
    e("lb", "lb", M, PL),
    e("pound", "lb", M, PL),
    e("oz", "oz", M, 0),
    e("ounce", "oz", M, PL),
    e("metric ton", "t", M, PL),
    e("tonne", "t", M, PL),
    e("ton", "t", M, PL),
    e("carat", "ct", M, PL),
    // Volume
    e("l", "L", M, END),
    e("litre", "L", M, PL),
    e("liter", "L", M, PL),
    e("ml", "mL", M, PL),
    e("millilitre", "mL", M, PL),
    e("milliliter", "mL", M, PL),
    e("hectolitre", "hL", M, PL),
    e("hectoliter", "hL", M, PL),
    e("gallon", "gal", M, PL),
    e("gal", "gal", M, PL),
    e("cup", "cup", M, PL),
    e("pint", "pt", M, PL),
    e("quart", "qt", M, PL),
    e("barrel", "bbl", M, PL),
    e("bbl", "bbl", M, 0),
    e("cubic metre", "m³", M, PL),
    e("cubic meter", "m³", M, PL),
    e("cubic feet", "ft³", M, 0),
    // Temperature
    e("° celsius", "°C", M, 0),
    e("° fahrenheit", "°F", M, 0),
    e("° C", "°C", M, CASE),
    e("° F", "°F", M, CASE),
    e("°", "°", M, 0),
    e("degree celsius", "°C", M, 0),
    e("degrees celsius", "°C", M, 0),
    e("degree centigrade", "°C", M, 0),
    e("degrees centigrade", "°C", M, 0),
    e("degree fahrenheit", "°F", M, 0),
    e("degrees fahrenheit", "°F", M, 0),
    e("degrees C", "°C", M, CASE),
    e("degrees F", "°F", M, CASE),
    e("degree", "°", M, PL),
    e("deg .", "°", M, 0),
    e("deg", "°", M, 0),
    e("celsius", "°C", M, 0),
    e("centigrade", "°C", M, 0),
    e("fahrenheit", "°F", M, 0),
    e("C", "°C", M, GLUED | CASE),
    e("F", "°F", M, GLUED | CASE),
    // Speed
    e("km / h", "km/h", M, 0),
    e("km / hr", "km/h", M, 0),
    e("kmh", "km/h", M, 0),
    e("kph", "km/h", M, 0),
    e("mph", "mph", M, 0),
    e("m / s", "m/s", M, 0),
    e("miles per hour", "mph", M, 0),
    e("miles an hour", "mph", M, 0),
    e("kilometres per hour", "km/h", M, 0),
    e("kilometers per hour", "km/h", M, 0),
    e("kilometres an hour", "km/h", M, 0),
    e("kilometers an hour", "km/h", M, 0),
    e("knot", "kn", M, PL),
    // Area
    e("sq km", "km²", M, 0),
    e("square kilometre", "km²", M, PL),
    e("square kilometer", "km²", M, PL),
    e("km²", "km²", M, 0),
    e("km ²", "km²", M, 0),
    e("sq mi", "mi²", M, 0),
    e("square mile", "mi²", M, PL),
    e("sq m", "m²", M, 0),
    e("square metre", "m²", M, PL),
    e("square meter", "m²", M, PL),
    e("m ²", "m²", M, 0),
    e("sq ft", "ft²", M, 0),
    e("square feet", "ft²", M, 0),
    e("square foot", "ft²", M, 0),
    e("hectare", "ha", M, PL),
    e("ha", "ha", M, 0),
    e("acre", "acre", M, PL),
    // Energy, power, data, other measures
    e("kW", "kW", M, CASE),
    e("MW", "MW", M, CASE),
    e("GW", "GW", M, CASE),
    e("kWh", "kWh", M, CASE),
    e("MWh", "MWh", M, CASE),
    e("GWh", "GWh", M, CASE),
    e("TWh", "TWh", M, CASE),
    e("watt", "W", M, PL),
    e("kilowatt", "kW", M, PL),
    e("megawatt", "MW", M, PL),
    e("gigawatt", "GW", M, PL),
    e("kilowatt - hour", "kWh", M, PL),
    e("calorie", "kcal", M, PL),
    e("kcal", "kcal", M, 0),
    e("KB", "KB", M, CASE),
    e("MB", "MB", M, CASE),
    e("GB", "GB", M, CASE),
    e("TB", "TB", M, CASE),
    e("megabyte", "MB", M, PL),
    e("gigabyte", "GB", M, PL),
    e("terabyte", "TB", M, PL),
    e("Mbps", "Mbps", M, 0),
    e("Gbps", "Gbps", M, 0),
    e("ppm", "ppm", M, 0),
    e("parts per million", "ppm", M, 0),
    e("decibel", "dB", M, PL),
    e("dB", "dB", M, CASE),
    e("magnitude", "magnitude", M, 0),
    e("point", "points", M, PL),
    e("pts", "points", M, 0),
    e("megaton", "Mt", M, PL),
    // Durations
    e("second", "s", T, PL),
    e("sec", "s", T, PL),
    e("minute", "min", T, PL),
    e("min", "min", T, PL),
    e("hour", "h", T, PL),
    e("h", "h", T, END | CASE),
    e("quarter", "quarter", T, PL),
    e("hr", "h", T, PL),
    e("hrs", "h", T, 0),
    e("day", "day", T, PL),
    e("week", "week", T, PL),
    e("wk", "week", T, PL),
    e("fortnight", "fortnight", T, PL),
    e("month", "month", T, PL),
    e("year - old", "years old", Age, PL),
    e("year old", "years old", Age, PL),
    // `19 years old`: PL lets only the last token take its `s`.
    e("years - old", "years old", Age, 0),
    e("years old", "years old", Age, 0),
    e("year", "year", T, PL),
    e("yr", "year", T, PL),
    e("decade", "decade", T, PL),
    e("century", "century", T, 0),
    e("centuries", "century", T, 0),
];

/// The unit written after a number, starting at token `j`: the unit and
/// its last token. `{5}-magnitude`, `{45}-year-old` and `{10}-km` take the
/// hyphen glued between.
pub(crate) fn unit_after(t: &Tokens, j: usize) -> Option<(Unit, usize)> {
    let start = if t.is_byte(j, b'-')
        && t.attached(j)
        && t.attached(j + 1)
        && t.class(j + 1, Class::Word)
    {
        j + 1
    } else {
        j
    };
    if !may_start_unit(t.str(start)) {
        return None;
    }
    let mut best: Option<(Unit, usize)> = None;
    let n = t.str(start).len();
    let first = t
        .str(start)
        .as_bytes()
        .first()
        .map_or(0, u8::to_ascii_lowercase);
    for &k in &BY_FIRST_BYTE[usize::from(first)] {
        let entry = &SUFFIXES[usize::from(k)];
        // The token is the entry's first form, or a plural of a one-token
        // form: of another length it is neither, and the entry (one of
        // dozens with the same first byte) is passed over without a look
        // at the tokens.
        let len = usize::from(entry.first_len);
        let plural = entry.single() && entry.flags & PL != 0;
        if len != n && !(plural && (len + 1 == n || len + 2 == n)) {
            continue;
        }
        if let Some(last) = matches(t, start, entry) {
            if best.is_none_or(|(_, b)| last > b) {
                best = Some((entry.unit(), last));
            }
        }
    }
    // `won` is money after a scale or a written-out amount (`5.3 trillion
    // won`, `9,000 won`), the verb after a bare count (`of 30 races, 22 won`).
    if best.is_some_and(|(u, _)| u.name == "KRW") && start > 0 && {
        let before = t.str(start - 1);
        // (Bytes, not `str::contains` of chars: no searcher in the .wasm.)
        let written = before.bytes().any(|b| b == b',' || b == b'.');
        !(written || ["million", "billion", "trillion"].contains(&before))
    } {
        return None;
    }
    // `BBC Radio 4's`: a mark before a word glued to it is an apostrophe,
    // no foot.
    if best.is_some_and(|(u, last)| {
        u.name == "ft" && t.attached(last + 1) && t.class(last + 1, Class::Word)
    }) {
        return None;
    }
    if best.is_none() {
        let s = t.str(start);
        // Every code is three capitals (a test checks): most words are not
        // compared with all of them.
        if s.len() == 3 && CODES.contains(&s) {
            best = Some((money(CODES.iter().find(|c| **c == s)?), start));
        }
    }
    best
}

/// Whether `s` may be the first token of a unit or a currency code: its
/// shape, or that of its stem without a plural `s` or `es`, is one of theirs.
/// Most words after a number (`people`, `in`, `said`) are ruled out here,
/// before any entry is tried.
fn may_start_unit(s: &str) -> bool {
    let b = s.as_bytes();
    let hit = |w: &[u8]| {
        let k = shape(w);
        UNIT_SHAPES[k / 64] & (1 << (k % 64)) != 0
    };
    let n = b.len();
    hit(b)
        || (n > 1
            && b[n - 1] | 0x20 == b's'
            && (hit(&b[..n - 1]) || (n > 2 && b[n - 2] | 0x20 == b'e' && hit(&b[..n - 2]))))
}

/// The shapes of the first token of every unit and currency code, computed
/// at compile time.
static UNIT_SHAPES: [u64; 128] = {
    let mut bits = [0u64; 128];
    let mut k = 0;
    while k < SUFFIXES.len() {
        let entry = &SUFFIXES[k];
        let (first, _) = entry.form.as_bytes().split_at(entry.first_len as usize);
        let bit = shape(first);
        bits[bit / 64] |= 1 << (bit % 64);
        k += 1;
    }
    let mut k = 0;
    while k < CODES.len() {
        let bit = shape(CODES[k].as_bytes());
        bits[bit / 64] |= 1 << (bit % 64);
        k += 1;
    }
    bits
};

/// For each first byte (ASCII lowercased), the indexes of the entries of
/// [`SUFFIXES`] whose form starts with it: a look-up after a number tries a
/// handful of entries, not all of them.
static BY_FIRST_BYTE: LazyLock<Vec<Vec<u16>>> = LazyLock::new(|| {
    let mut index = vec![Vec::new(); 256];
    for (k, entry) in SUFFIXES.iter().enumerate() {
        let first = entry.form.as_bytes()[0].to_ascii_lowercase();
        index[usize::from(first)].push(k as u16);
    }
    index
});

/// The last token of `entry` when it is written at `j`.
fn matches(t: &Tokens, j: usize, entry: &Entry) -> Option<usize> {
    let first = entry.form.as_bytes()[0];
    let s = t.str(j);
    if !s
        .as_bytes()
        .first()
        .is_some_and(|b| b.eq_ignore_ascii_case(&first))
    {
        return None;
    }
    if entry.flags & GLUED != 0 && !t.attached(j) {
        return None;
    }
    // The form's tokens, walked by byte from the stored length of the
    // first (a `split(' ')`, a char searcher, cost ~2.5% more instructions
    // of the statistics stage on the bench text).
    let form = entry.form;
    let (mut start, mut end) = (0, usize::from(entry.first_len));
    let mut k = 0;
    loop {
        let token = &form[Span::new(start, end)];
        let s = t.str(j + k);
        let plural = entry.flags & PL != 0 && end == form.len();
        let eq = |a: &str| {
            if entry.flags & CASE != 0 {
                a == token
            } else {
                eq_any_case(a, token)
            }
        };
        let ok = eq(s)
            || (plural
                && (s.strip_suffix('s').is_some_and(eq) || s.strip_suffix("es").is_some_and(eq)));
        if !ok || (k > 0 && t.get(j + k).is_some_and(|tok| tok.newline())) {
            return None;
        }
        if end == form.len() {
            break;
        }
        start = end + 1;
        end = form[Span::new(start, form.len())]
            .bytes()
            .position(|b| b == b' ')
            .map_or(form.len(), |n| start + n);
        k += 1;
    }
    let last = j + k;
    // `m`, `g`, `l`, `in` spaced from the number only at the end of a
    // phrase: `100 l` and `5 in` but not `5 in the morning`.
    if entry.flags & END != 0 && !t.attached(j) {
        let next_word = t.class(last + 1, Class::Word) || t.class(last + 1, Class::Num);
        if next_word && !t.is(last + 1, "of") {
            return None;
        }
    }
    // A letter glued to more letters is another word: `5 km` but not `5 kmart`.
    if t.attached(last + 1) && t.class(last + 1, Class::Word) && t.class(last, Class::Word) {
        return None;
    }
    Some(last)
}

/// The unit a single lowercase word names, if any (`people` names none).
pub(crate) fn suffix_word(w: &str) -> Option<Unit> {
    SUFFIXES
        .iter()
        .filter(|e| e.single() && e.flags & (CASE | GLUED | END) == 0)
        .find(|e| {
            let f = e.form;
            w == f
                || (e.flags & PL != 0
                    && (w.strip_suffix('s') == Some(f) || w.strip_suffix("es") == Some(f)))
        })
        .map(Entry::unit)
}

/// Units that `a`/`an` can stand before as one: `a dollar`, `a kilogram`,
/// `an ml` (durations and degrees are left out: `once a day`, `to a
/// degree`).
pub(crate) fn unit_after_article(t: &Tokens, j: usize) -> Option<(Unit, usize)> {
    // `a` is frequent: a sorted list says first whether the word after it
    // can be a unit at all.
    if !may_start_unit(t.str(j))
        || !t
            .lower(j)
            .is_some_and(|w| super::words::listed(ARTICLE_UNITS, w.as_str()))
    {
        return None;
    }
    let (unit, last) = unit_after(t, j)?;
    let ok = match unit.dim {
        Dim::Money => !t.is(j, "sterling"),
        Dim::Measure => {
            !listed("° °C °F points magnitude ft m", unit.name)
                || t.is(j, "metre")
                || t.is(j, "meter")
        }
        _ => false,
    };
    (ok && t.class(j, Class::Word) && !t.str(j).ends_with('s')).then_some((unit, last))
}

/// The family of units that add up in one measure (`7 feet 10 inches`,
/// `2 years, 3 months`): length, mass, volume or time.
pub(crate) fn family(name: &str) -> Option<u8> {
    Some(match name {
        "km" | "m" | "cm" | "mm" | "mi" | "yd" | "ft" | "in" | "nmi" => 0,
        "t" | "kg" | "g" | "mg" | "lb" | "oz" => 1,
        "L" | "mL" | "hL" | "gal" | "cup" | "pt" | "qt" => 2,
        "century" | "decade" | "year" | "month" | "week" | "day" | "h" | "min" | "s" => 3,
        _ => return None,
    })
}

/// The singular units `a`/`an` can stand before, sorted.
const ARTICLE_UNITS: &str = "acre barrel buck cent cup dime dollar euro gallon gram grand hectare inch kg kilo \
    kilogram kilometer kilometre km lb liter litre meter metre mile milliliter millilitre ml \
    nickel ounce oz penny pint pound ton tonne yard";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn currency_codes_are_three_capitals() {
        for code in CODES {
            assert!(
                code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase()),
                "{code}"
            );
        }
    }

    #[test]
    fn unit_forms_are_tokens_between_single_spaces() {
        for e in SUFFIXES {
            assert!(e.form.split(' ').all(|t| !t.is_empty()), "{}", e.form);
            assert_eq!(
                usize::from(e.first_len),
                e.form.split(' ').next().unwrap().len()
            );
        }
    }

    #[test]
    fn article_units_are_sorted_and_known() {
        let words: Vec<&str> = ARTICLE_UNITS.split(' ').collect();
        assert!(words.windows(2).all(|w| w[0] < w[1]));
        for w in words {
            assert!(
                SUFFIXES.iter().any(|e| e.form.split(' ').next() == Some(w)),
                "{w} is no unit"
            );
        }
    }
}
