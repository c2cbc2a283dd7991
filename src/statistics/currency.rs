//! Currencies written before an amount: signs (`$`, `£`, `€`, `₹`), dollars
//! named by letters glued before the sign (`US$`, `HK$`), ISO codes (`EUR
//! 20`, `USD3.14`), `Rs`/`RM`, and letters glued before an amount (`Sh600`,
//! `R1,200`, `P85,000`).

use super::tokens::Tokens;
use super::units::{Dim, Unit};

/// ISO 4217 codes (and a few common unofficial ones) news writes before or
/// after amounts: `EUR 20`, `42 KWD`, `USD3.14`.
pub(super) const CODES: &[&str] = &[
    "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "INR", "CAD", "AUD", "CHF", "HKD", "SGD", "NZD",
    "KRW", "RUB", "BRL", "MXN", "ZAR", "TRY", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "ILS",
    "AED", "SAR", "QAR", "KWD", "BHD", "OMR", "JOD", "EGP", "LBP", "MYR", "IDR", "THB", "PHP",
    "VND", "PKR", "BDT", "LKR", "NGN", "KES", "GHS", "UAH", "BGN", "RON", "MNT", "TWD", "ARS",
    "CLP", "COP", "PEN", "KHR", "MMK", "BTC",
];

/// Currency signs written before the amount, with what may stand glued
/// before the sign (`US$`, `C$`, `HK$`).
const SIGNS: &[(&str, &str)] = &[
    ("$", "USD"),
    ("£", "GBP"),
    ("€", "EUR"),
    ("¥", "JPY"),
    ("₹", "INR"),
    ("₩", "KRW"),
    ("₽", "RUB"),
    ("₺", "TRY"),
    ("₦", "NGN"),
    ("₱", "PHP"),
    ("₴", "UAH"),
    ("₪", "ILS"),
    ("฿", "THB"),
    ("₫", "VND"),
    ("₿", "BTC"),
    // `Sh600`, `KSh1 billion`: the Kenyan shilling.
    ("Sh", "KES"),
    ("KSh", "KES"),
    ("Ksh", "KES"),
];

/// Letters glued before `$` that name the dollar: `C$5`, `HK$10`.
const DOLLARS: &[(&str, &str)] = &[
    ("US", "USD"),
    ("C", "CAD"),
    ("CA", "CAD"),
    ("A", "AUD"),
    ("AU", "AUD"),
    ("NZ", "NZD"),
    ("HK", "HKD"),
    ("S", "SGD"),
    ("R", "BRL"),
    ("NT", "TWD"),
    ("Mex", "MXN"),
];

pub(super) fn money(name: &'static str) -> Unit {
    Unit {
        name,
        dim: Dim::Money,
        factor: 1.0,
    }
}

/// The currency written before the number at token `i`: its first token
/// (not before `floor`) and the unit.
pub(crate) fn currency_before(t: &Tokens, i: usize, floor: usize) -> Option<(usize, Unit)> {
    let prev = i.checked_sub(1).filter(|&p| p >= floor)?;
    let s = t.str(prev);
    // Every sign, code and abbreviation is at most three bytes and none
    // starts with a small letter: most tokens end here.
    if s.len() > 3 || s.as_bytes().first().is_none_or(u8::is_ascii_lowercase) {
        return None;
    }
    if let Some(&(_, code)) = SIGNS.iter().find(|(sign, _)| *sign == s) {
        // `US$ 3.14`, `HK$10`: letters glued before the dollar sign.
        if s == "$" && prev > floor && t.attached(prev) {
            if let Some(&(_, code)) = DOLLARS.iter().find(|(p, _)| *p == t.str(prev - 1)) {
                return Some((prev - 1, money(code)));
            }
        }
        return Some((prev, money(code)));
    }
    // Every code is three capitals: a mark (`,`, `(`) is not compared with
    // them all.
    if s.len() == 3 {
        if let Some(code) = CODES.iter().find(|c| **c == s) {
            return Some((prev, money(code)));
        }
    }
    match s {
        "Rs" => Some((prev, money("INR"))),
        "RM" => Some((prev, money("MYR"))),
        "." if prev > floor && t.str(prev - 1) == "Rs" => Some((prev - 1, money("INR"))),
        // `R1,200`, `R900-million` (South Africa), `P85,000` (the
        // Philippines), `N5,000` (Nigeria): one letter glued before a
        // written-out amount, not a road or a grade (`the R101`, `P5`).
        _ => LETTERS
            .iter()
            .find(|(letter, _)| *letter == s)
            .filter(|_| t.attached(i) && written_out(t, i))
            .map(|&(_, code)| (prev, money(code))),
    }
}

/// Letters that name a currency glued before a written-out amount.
const LETTERS: &[(&str, &str)] = &[("R", "ZAR"), ("P", "PHP"), ("N", "NGN")];

/// Whether the number at token `i` is written as an amount: with a
/// thousands separator (`85,000`) or a scale after it (`900-million`, `1
/// billion`).
fn written_out(t: &Tokens, i: usize) -> bool {
    let scale = |k: usize| t.is_any(k, "million billion trillion bn");
    t.str(i).bytes().any(|b| b == b',') || scale(i + 1) || t.is_byte(i + 1, b'-') && scale(i + 2)
}
