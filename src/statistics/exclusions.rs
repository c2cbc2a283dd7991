//! Numbers that carry no claim, found before any statistic is read so that
//! they win over the numbers inside them: dates and years, clock times,
//! phone numbers, identifiers (`Boeing 737`, `COVID-19`, `G7`, `Room
//! 101`), ordinals, list numbering and street addresses.
//!
//! Each rule blocks tokens ([`Tokens::block`]); a blocked token is never part
//! of a statistic. Every rule looks at a few neighbouring tokens only, so
//! the whole pass is linear in the text.

use super::ages::ages;
use super::clocks::{clocks, hour_like, is_meridiem, time_range_back, time_range_forward};
use super::identifiers::identifiers;
use super::keys::tags;
use super::numbers::{self, NumWord};
use super::tokens::{Class, Tokens};
use super::units;
use super::words;
use crate::Span;

/// Blocks every token of `t` that belongs to a date, a time, a phone
/// number, an identifier, an ordinal, a list number or an address.
pub(crate) fn mark(t: &mut Tokens) {
    glued(t);
    clocks(t);
    dates(t);
    chains(t);
    identifiers(t);
    ages(t);
}

/// Whether token `j` is a word that says what a number measures or counts:
/// a unit, a currency, a scale word or `%`.
pub(super) fn quantity_follows(t: &Tokens, j: usize) -> bool {
    let glued_scale = t.attached(j) && matches!(t.str(j), "k" | "K" | "M" | "m" | "b" | "B" | "bn");
    // The scale word, stored by the scan, before the search of the units.
    glued_scale
        || matches!(
            numbers::word_at(t, j),
            Some(NumWord::Scale(_) | NumWord::Plural(_) | NumWord::Hundred)
        )
        || units::unit_after(t, j).is_some()
}

/// Whether token `j` could be the counted noun after a number: a lowercase
/// word that is no function word (`3 sites` but not `3 in the morning`).
pub(super) fn noun_follows(t: &Tokens, j: usize) -> bool {
    t.class(j, Class::Word)
        && !t.capitalized(j)
        // `the only one strong enough`: an adjective before `enough`.
        && !t.is(j + 1, "enough")
        && t.lower(j).is_some_and(|w| {
            let w = w.as_str();
            // The tag says what `words::month` would.
            !t.tagged(j, tags::MONTH) && !words::stop(w) && !is_meridiem(w) && !words::weekday(w)
        })
}

/// Letters glued to digits: ordinals (`3rd`), decades (`1990s`), times
/// (`3pm`, `15h00`), identifiers (`G7`, `A320`, `5G`, `18q4`), and digits
/// that cannot be quantities: leading zeros (`007`) and long runs (phone
/// numbers, account numbers).
fn glued(t: &mut Tokens) {
    // Only numbers start a rule: the rest is never looked at.
    for n in 0..t.numbers.len() {
        let i = t.numbers[n];
        match t.get(i).map(|k| k.class) {
            Some(Class::Code) => t.block(i, i),
            Some(Class::Num) => {}
            _ => continue,
        }
        let s = t.str(i);
        let plain = t.plain_int(i);
        if plain && ((s.len() >= 2 && s.starts_with('0')) || s.len() >= 8) {
            t.block(i, i);
        }
        // Five to seven digits with no comma are a count like any number
        // (`10000 people`, `about 15000`, `reached 250000`): a code only
        // when what comes before says so. Postal codes after a state (`IL
        // 62701`) and heads (`box 12345`) are identifiers below.
        if plain && s.len() >= 5 && code_before(t, i) {
            t.block(i, i);
        }
        // Letters glued before: `G7`, `FY2020`, `COVID19`, but `USD3.14`,
        // `Rs20`, `RM42` are amounts.
        if i > 0 && t.attached(i) && t.class(i - 1, Class::Word) {
            let currency = units::currency_before(t, i, 0).is_some();
            let month = t.tagged(i - 1, tags::MONTH);
            if !currency && !month && numbers::word_at(t, i - 1).is_none() {
                t.block(i - 1, i);
            }
        }
        // `COVID-19`, `F-16`, `I-95`, `SARS-CoV-2`: a word, a hyphen, digits.
        if i > 1
            && t.is_byte(i - 1, b'-')
            && t.attached(i)
            && t.attached(i - 1)
            && t.class(i - 2, Class::Word)
            && numbers::word_at(t, i - 2).is_none()
            && !t.is_any(i - 2, "minus negative magnitude")
        {
            t.block(i - 2, i);
        }
        if !(t.attached(i + 1) && t.class(i + 1, Class::Word)) {
            continue;
        }
        let Some(lower) = t.lower(i + 1) else {
            t.block(i, i + 1);
            continue;
        };
        let w = lower.as_str();
        let n = t.int(i);
        match w {
            "st" | "nd" | "rd" | "th" | "s" => t.block(i, i + 1),
            // A lone `p` is pence (`452p`, `20p`) unless a clock's period
            // or time zone follows (`3p.m.`, `7p ET`).
            "am" | "pm" | "a" | "p"
                if plain && hour_like(t, i) && (w != "p" || clock_p(t, i + 1)) =>
            {
                t.block(i, i + 1);
                time_range_back(t, i);
                time_range_forward(t, i + 1);
            }
            // `15h00`, `3h18`, `16h`
            "h" if n.is_some_and(|n| n <= 24)
                && !(i > 1 && t.is_byte(i - 1, b'/') && t.plain_int(i - 2)) =>
            {
                let end = if t.attached(i + 2) && t.plain_int(i + 2) {
                    i + 2
                } else {
                    i + 1
                };
                t.block(i, end);
                time_range_back(t, i);
                time_range_forward(t, end);
            }
            "ish" => {}
            _ if t.tagged(i + 1, tags::MONTH) => {}
            _ if quantity_follows(t, i + 1)
                || matches!(t.str(i + 1), "k" | "K" | "M" | "m" | "b" | "B") => {}
            _ => t.block(i, i + 1),
        }
    }
}

/// Whether the `p` at token `p` is a clock's: a period follows it
/// (`3p.m.`), a time zone (`7p ET`, `9p GMT`), or it follows an hour of
/// the clock after `at` (`at 3p`; `at 452p` is a share price).
fn clock_p(t: &Tokens, p: usize) -> bool {
    let zone = t.str(p + 1);
    p >= 2 && t.is(p - 2, "at") && t.int(p - 1).is_some_and(|n| (1..=12).contains(&n))
        || t.is_byte(p + 1, b'.') && t.attached(p + 2) && t.is(p + 2, "m")
        || (2..=4).contains(&zone.len())
            && zone.ends_with('T')
            && zone.bytes().all(|b| b.is_ascii_uppercase())
}

/// Dates: month names with their days and years (`March 3rd, 2015`, `from
/// 13 to 15 July`, `31-Oct-74`), weekdays with a day (`Thu 15th`), numeric
/// dates (`10/31/1974`, `2015-03-03`, `2/15`, `2/2013`), years (`2015`, `the
/// 2015 report`, `in 2014 AD`) and `20 of next month`.
fn dates(t: &mut Tokens) {
    // Only numbers and key words start a rule: the rest is never looked at.
    for n in 0..t.candidates.len() {
        let i = t.candidates[n];
        if !t.starts(i, tags::MONTH | tags::WEEKDAY | tags::DATE) {
            continue;
        }
        // `a`, the most frequent date word, starts `a.d.` only: an article
        // is passed over unlowercased.
        if matches!(t.str(i), "a" | "A") && !t.is_byte(i + 1, b'.') {
            continue;
        }
        if t.class(i, Class::Word) {
            let Some(lower) = t.lower(i) else { continue };
            let w = lower.as_str();
            // The tags say what `words::month` and `words::weekday` would.
            if t.tagged(i, tags::MONTH) && month_here(t, i, w) {
                month_cluster(t, i);
            } else if t.tagged(i, tags::WEEKDAY) && (w.len() <= 5 || !w.ends_with('s')) {
                let mut k = i + 1;
                if t.is_byte(k, b',') {
                    k += 1;
                }
                if t.is(k, "the") {
                    k += 1;
                }
                if day_like(t, k) {
                    t.block(k, k);
                }
            } else if matches!(w, "ad" | "bc" | "bce" | "ce")
                && t.str(i) != w
                && i > 0
                && t.class(i - 1, Class::Num)
            {
                t.block(i - 1, i);
            } else if (w == "a" || w == "b")
                && t.is_byte(i + 1, b'.')
                && t.is_any(i + 2, "d c")
                && i > 0
                && t.class(i - 1, Class::Num)
            {
                t.block(i - 1, i + 2);
            } else if w == "month" && i >= 3 {
                // `20 of next month`, `20 of the current month`
                let of = if t.is(i - 2, "of") { i - 2 } else { i - 3 };
                if t.is(of, "of") && of > 0 && day_like(t, of - 1) {
                    t.block(of - 1, i);
                }
            }
            continue;
        }
        if !t.plain_int(i) || t.blocked(i) {
            continue;
        }
        // A month glued to the word before it, as scraped pages run a
        // label into a date: `FeaturedFebruary 6, 2016`.
        if i > 0 && day_like(t, i) && glued_month(t.str(i - 1)) {
            month_cluster(t, i - 1);
            continue;
        }
        let sep = t.str(i + 1);
        // a/b/c, a-b-c: `10/31/1974`, `2015-03-03`, `10-31-74`, `650-701-8887`.
        if matches!(sep, "/" | "-")
            && t.plain_int(i + 2)
            && t.str(i + 3) == sep
            && t.plain_int(i + 4)
            && [i, i + 2, i + 4].iter().all(|&k| t.str(k).len() <= 4)
        {
            t.block(i, i + 4);
            continue;
        }
        let n = t.int(i).unwrap_or(u32::MAX);
        let year = t.str(i).len() == 4 && (1000..=2099).contains(&n);
        if matches!(sep, "/" | "-" | "–") && t.plain_int(i + 2) {
            let m = t.int(i + 2).unwrap_or(u32::MAX);
            let m_len = t.str(i + 2).len();
            // `2014-10`, `2014/10`, `2015-16`, `2015–2016`, but not
            // `1000-2000 people`.
            let counted = quantity_follows(t, i + 3);
            if year
                && !counted
                && ((m_len == 2 && (m <= 12 || sep != "/"))
                    || (m_len == 4 && (1000..=2099).contains(&m)))
            {
                t.block(i, i + 2);
                continue;
            }
            // `2/2013`
            if sep == "/" && n <= 12 && m_len == 4 && (1900..=2099).contains(&m) {
                t.block(i, i + 2);
                continue;
            }
            // `2/15`, `9/11`, `24/7`, but `1/5` and `3/4` are fractions.
            if sep == "/"
                && ((1..=12).contains(&n)
                    && (1..=31).contains(&m)
                    && !matches!(m, 2 | 3 | 4 | 5 | 6 | 8 | 10)
                    || (n, m) == (24, 7))
            {
                t.block(i, i + 2);
                continue;
            }
        }
        // Years: `in 2014`, `the 2015 report`, `thanksgiving 2013`; not
        // `$2000`, `2000 km`, `1500 percent`.
        if year && units::currency_before(t, i, 0).is_none() && !quantity_follows(t, i + 1) {
            t.block(i, i);
        }
    }
}

/// Whether the month name at `i` is used as a month here: it has a day or
/// year next to it, and `may`/`march` are capitalized (`May 3`, not `may
/// 3 people`).
fn month_here(t: &Tokens, i: usize, w: &str) -> bool {
    if matches!(w, "may" | "mar") && !t.capitalized(i) {
        return false;
    }
    let linked = |k: usize| matches!(t.str(k), "of" | "/" | "-");
    let day_before = i > 0
        && (day_like(t, i - 1)
            || ordinal_suffix(t, i - 1)
            || (i > 1 && linked(i - 1) && day_like(t, i - 2)));
    let after = if matches!(t.str(i + 1), "." | "/" | "-") {
        i + 2
    } else {
        i + 1
    };
    let day_after = (day_like(t, after) || year_like(t, after) || t.is(after, "the"))
        && !quantity_follows(t, after + 1);
    day_before || day_after || t.capitalized(i) && w.len() > 3
}

/// Whether the word `w` ends in a full month name glued after a lowercase
/// letter: `FeaturedFebruary`, `postedMarch` (not `Hmay`, `Mayday`).
fn glued_month(w: &str) -> bool {
    let b = w.as_bytes();
    let Some(p) = b.iter().rposition(u8::is_ascii_uppercase) else {
        return false;
    };
    p > 0
        && b[p - 1].is_ascii_lowercase()
        && b.len() - p >= 3
        && words::month(&w[Span::new(p, w.len())].to_ascii_lowercase())
}

/// The blocked `th` of `18th`.
fn ordinal_suffix(t: &Tokens, k: usize) -> bool {
    k > 0 && t.blocked(k) && t.attached(k) && t.class(k, Class::Word) && t.class(k - 1, Class::Num)
}

/// An integer from 1 to 31, or a blocked ordinal.
fn day_like(t: &Tokens, k: usize) -> bool {
    t.int(k)
        .is_some_and(|d| (1..=31).contains(&d) && t.str(k).len() <= 2)
        || (t.class(k, Class::Num) && t.blocked(k) && t.attached(k + 1))
}

fn year_like(t: &Tokens, k: usize) -> bool {
    t.plain_int(k) && matches!(t.str(k).len(), 2 | 4)
}

/// Blocks the days, ranges and years around the month name at `i`.
fn month_cluster(t: &mut Tokens, i: usize) {
    const LINKS: &str = "- – / to through thru till until and & the of";
    // Backwards: `from the 13th to the 15th of July`, `1-8 september`.
    let mut k = i;
    let mut first = i;
    while k > 0 {
        let p = k - 1;
        if day_like(t, p) && !t.get(p + 1).is_some_and(|x| x.newline()) {
            first = p;
        } else if !(t.is_any(p, LINKS)
            || (t.blocked(p) && t.attached(p) && p > 0 && t.class(p - 1, Class::Num)))
        {
            break;
        }
        k = p;
    }
    // Forwards: `July 13-15`, `Aug 8 - Aug 12`, `March 3rd, 2015`,
    // `31-Oct-74`, `October 2014`.
    let mut last = i;
    let mut j = i + 1;
    if t.is_byte(j, b'.') {
        j += 1;
    }
    loop {
        if (day_like(t, j) || year_like(t, j)) && !quantity_follows(t, j + 1) {
            last = j;
            j += 1;
            if t.blocked(j) && t.class(j, Class::Word) && t.attached(j) {
                j += 1; // the `rd` of `3rd`
            }
        } else {
            let month_at = |k: usize| t.tagged(k, tags::MONTH);
            let year_after_comma =
                t.is_byte(j, b',') && year_like(t, j + 1) && t.str(j + 1).len() == 4;
            let link = t.is_any(j, LINKS)
                && (day_like(t, j + 1) || year_like(t, j + 1) || month_at(j + 1));
            // `Aug 8 - Aug 12`: a second month name in the range.
            let second_month = j > i + 1 && month_at(j);
            if !(year_after_comma || link || second_month) {
                break;
            }
            j += 1;
        }
    }
    t.block(first, last.max(i));
}

/// Whether what comes before the long number at `i` makes it a code: a
/// number to text, call or dial (`text HELP to 741741`, `call 911111`), a
/// postal code after an abbreviation (`Washington, D.C. 20001`), an account
/// or reference number (`account 123456`).
fn code_before(t: &Tokens, i: usize) -> bool {
    const HEADS: &str =
        "account acct call code dial fax id pin ref reference serial ticket tracking zip";
    let Some(p) = i.checked_sub(1) else {
        return false;
    };
    if t.is_any(p, HEADS) {
        return true;
    }
    // `text HELP to 741741`: `to` after `text` a few words back.
    if t.is(p, "to") && (p.saturating_sub(3)..p).any(|k| t.is_any(k, "text txt")) {
        return true;
    }
    // `D.C. 20001`, `Del. 19901`, `Calif. 94103`
    t.is_byte(p, b'.') && p > 0 && t.capitalized(p - 1) && t.str(p - 1).len() <= 5
}

/// Runs of plain integers joined by `-`, `.`, `/`, brackets or bare spaces:
/// phone numbers (`(+1) 650-701-8887`, `06 2070 2220`, `+33 1 46647998`,
/// `555-0121 ext 897`) and numbers read out (`3 30`).
fn chains(t: &mut Tokens) {
    // Only numbers and key marks (`+`, `(`) start a chain; `next` is where
    // the last chain ended.
    let mut next = 0;
    for n in 0..t.numbers.len() {
        let i = t.numbers[n];
        if i < next {
            continue;
        }
        next = i + 1;
        if !matches!(
            t.get(i).map(|k| k.class),
            Some(Class::Num | Class::Code | Class::Punct)
        ) {
            continue;
        }
        let plus = t.is_byte(i, b'+') && t.attached(i + 1) && t.plain_int(i + 1);
        let paren = t.is_byte(i, b'(') && (t.is_byte(i + 1, b'+') || t.plain_int(i + 1));
        if !(plus || paren || t.plain_int(i) || t.class(i, Class::Code)) {
            continue;
        }
        let first = i;
        let mut groups = 0;
        let mut digits = 0;
        let mut bare_join = false;
        let mut hyphen_join = false;
        let mut last_num = None;
        let mut j = i;
        loop {
            if t.plain_int(j) || t.class(j, Class::Code) {
                if let Some(prev) = last_num {
                    if prev + 1 == j && !t.get(j).is_some_and(|k| k.newline()) {
                        bare_join = true;
                    }
                }
                groups += 1;
                digits += t.str(j).bytes().filter(u8::is_ascii_digit).count();
                last_num = Some(j);
                j += 1;
            } else if matches!(t.str(j), "-" | "–" | "." | "/" | "(" | ")" | "+")
                && (t.plain_int(j + 1) || matches!(t.str(j + 1), "(" | "+" | ")" | "-"))
            {
                hyphen_join |= t.is_byte(j, b'-');
                j += 1;
            } else if t.is_byte(j, b')') && last_num == Some(j - 1) {
                j += 1;
            } else {
                break;
            }
        }
        let Some(last) = last_num else {
            continue;
        };
        let two =
            |a: usize, b: usize| groups == 2 && t.str(first).len() == a && t.str(last).len() == b;
        // Two groups may be a range of a counted noun: `100-1000 people`.
        let counted = groups == 2 && noun_follows(t, last + 1);
        let phone = plus
            || groups >= 3
            || (groups >= 2 && digits >= 8 && !counted)
            || (groups == 2 && bare_join)
            || (hyphen_join && two(3, 4) && !counted);
        if phone && !quantity_follows(t, last + 1) {
            let mut end = last;
            // `ext 897`, `x 12`
            let mut k = last + 1;
            if t.is_any(k, "ext extension x") {
                if t.is_byte(k + 1, b'.') {
                    k += 1;
                }
                if t.plain_int(k + 1) {
                    end = k + 1;
                }
            }
            t.block(first, end);
            next = end + 1;
        } else {
            next = last + 1;
        }
    }
}
