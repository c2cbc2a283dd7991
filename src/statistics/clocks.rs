//! Clock times (`15:15`, `3 pm`, `ten thirty am`, `3 o'clock`, `at 3`, `8
//! tonight`, `half three`) and the hour ranges around them (`3-4pm`): they
//! block their tokens before any statistic is read.

use super::exclusions::{noun_follows, quantity_follows};
use super::keys::tags;
use super::numbers::{self, NumWord};
use super::tokens::{Class, Tokens};
use super::words;

pub(super) fn is_meridiem(w: &str) -> bool {
    matches!(w, "am" | "pm") || timezone(w)
}

/// Time zones written after a clock time: `8 GMT`, `9:30 CET`.
pub(super) fn timezone(w: &str) -> bool {
    // Every zone is three or four letters (a test checks): most words after
    // an hour are not searched for.
    matches!(w.len(), 3 | 4) && words::listed(TIMEZONES, w)
}

/// Sorted, for [`words::listed`].
#[rustfmt::skip]
const TIMEZONES: &str =
    "aest bst cdt cest cet cst edt eet est gmt hkt ist jst mdt mst pdt pst sgt utc";

/// An integer that can be an hour: `3`, `15`, or `1030` read as 10:30.
pub(super) fn hour_like(t: &Tokens, i: usize) -> bool {
    match t.int(i) {
        Some(n) if n <= 24 && t.str(i).len() <= 2 => true,
        Some(n) if (100..=2400).contains(&n) => n % 100 < 60,
        _ => false,
    }
}

/// A spelled number of at most twelve: `three`, `ten`.
pub(super) fn spelled_hour(t: &Tokens, i: usize) -> bool {
    matches!(
        numbers::word_at(t, i),
        Some(NumWord::Unit(_) | NumWord::Teen(_) | NumWord::Tens(_))
    )
}

/// The first token of the run of number words ending at `i`: `nine fifty
/// nine` before `a m`.
pub(super) fn spelled_run_start(t: &Tokens, i: usize) -> usize {
    let mut k = i;
    while k > 0
        && (spelled_hour(t, k - 1) || (t.is_byte(k - 1, b'-') && k > 1 && spelled_hour(t, k - 2)))
    {
        k -= 1;
    }
    k
}

/// Blocks a time that starts at `first`, and the hour before it when they
/// form a time range: `3-4pm`, `9-11am`, `from 3 to 4 in the PM`.
pub(super) fn time_range_back(t: &mut Tokens, first: usize) {
    if first >= 2
        && (t.is_any(first - 1, "- – to till until and"))
        && (hour_like(t, first - 2) || spelled_hour(t, first - 2))
    {
        t.block(first - 2, first - 1);
    }
}

/// Blocks the hour after a time that ends at `last`: `8am until 6`,
/// `9:30 - 11`.
pub(super) fn time_range_forward(t: &mut Tokens, last: usize) {
    if t.is_any(last + 1, "- – to till until untill")
        && hour_like(t, last + 2)
        && !quantity_follows(t, last + 3)
    {
        t.block(last + 1, last + 2);
    }
}

/// Clock times: `15:15`, `9:01:10 AM`, `3 pm`, `330 p.m.`, `ten thirty am`,
/// `3 o'clock`, `at 3`, `8 tonight`, `3 in the morning`, `half three`.
pub(super) fn clocks(t: &mut Tokens) {
    // Only numbers and key words start a rule: the rest is never looked at.
    for n in 0..t.candidates.len() {
        let i = t.candidates[n];
        if !t.starts(i, tags::NUMBER | tags::CLOCK) {
            continue;
        }
        // `a`, the most frequent clock word, starts a spaced meridiem only
        // (`9 a.m.`, `9 a m`): an article is passed over unlowercased.
        if matches!(t.str(i), "a" | "A") && !(t.is_byte(i + 1, b'.') || t.is(i + 1, "m")) {
            continue;
        }
        // The word's rules below are all rules of clock words (`at`, `to`,
        // `past`, `o'clock`, `am`; `a` most often): it is lowercased once and
        // matched, instead of compared with a list by each rule in turn.
        let lower = if t.tagged(i, tags::CLOCK) {
            t.lower(i)
        } else {
            None
        };
        let w = lower.as_ref().map_or("", |l| l.as_str());
        // H:MM(:SS)
        if t.plain_int(i)
            && t.int(i).is_some_and(|h| h <= 24)
            && t.is_byte(i + 1, b':')
            && t.attached(i + 1)
            && t.attached(i + 2)
            && t.plain_int(i + 2)
            && t.str(i + 2).len() == 2
            && t.int(i + 2).is_some_and(|m| m < 60)
        {
            let mut last = i + 2;
            if t.is_byte(last + 1, b':') && t.attached(last + 1) && t.plain_int(last + 2) {
                last += 2;
            }
            t.block(i, last);
            time_range_back(t, i);
            time_range_forward(t, last);
            continue;
        }
        // Spaced meridiem: `3 pm`, `330 p.m.`, `ten thirty am`, `nine a m`.
        if let Some(end) = meridiem(t, i, w) {
            let mut before = i.wrapping_sub(1);
            // `3ish pm`
            if t.is(before, "ish") && t.attached(before) {
                before = before.wrapping_sub(1);
            }
            if i > 0 && hour_like(t, before) {
                t.block(before, end);
                time_range_back(t, before);
            } else if i > 0 && spelled_hour(t, before) {
                let first = spelled_run_start(t, before);
                t.block(first, end);
                time_range_back(t, first);
            }
            continue;
        }
        // `3 o'clock`, `dozens o'clock`
        // (`o’clock` is no key word: never a candidate.)
        if matches!(w, "o'clock" | "oclock") && i > 0 {
            let before = i - 1;
            if t.class(before, Class::Num) {
                t.block(before, i);
            } else if numbers::word_at(t, before).is_some() {
                t.block(spelled_run_start(t, before).min(before), i);
            }
            continue;
        }
        // `at 3`, `@ 10`, `at 1030`, `at three twenty`: an hour after `at`
        // with no unit or counted noun after it.
        if matches!(w, "at" | "@") {
            let mut k = i + 1;
            if hour_like(t, k) {
                if t.is(k + 1, "ish") && t.attached(k + 1) {
                    k += 1;
                }
                if !quantity_follows(t, k + 1) && !noun_follows(t, k + 1) && t.str(k + 1) != "-" {
                    t.block(i + 1, k);
                }
            } else if spelled_hour(t, k) {
                while spelled_hour(t, k + 1) || (t.is_byte(k + 1, b'-') && spelled_hour(t, k + 2)) {
                    k += 1;
                }
                if !quantity_follows(t, k + 1) && !noun_follows(t, k + 1) {
                    t.block(i + 1, k);
                }
            }
            continue;
        }
        // `8 tonight`, `9 tomorrow`, `3 in the morning`, `8 this evening`.
        if (hour_like(t, i) || spelled_hour(t, i)) && time_of_day_after(t, i + 1) {
            t.block(i, i);
            time_range_back(t, i);
            continue;
        }
        // `half three` (half past three), `half past 3`, `ten past nine`
        let hour_at =
            |k: usize| t.int(k).is_some_and(|n| (1..=12).contains(&n)) || spelled_hour(t, k);
        if w == "half" && hour_at(i + 1) {
            t.block(i, i + 1);
            continue;
        }
        if w == "past"
            && i > 0
            && hour_at(i + 1)
            && (t.is_any(i - 1, "half quarter") || hour_at(i - 1))
        {
            t.block(i - 1, i + 1);
            continue;
        }
        // `20 past 3pm`, `15 minutes to noon`, `twenty after 3pm`: minutes
        // before a time.
        if matches!(w, "past" | "to" | "after" | "till" | "til" | "before")
            && i > 0
            && (t.blocked(i + 1) || t.is(i + 1, "noon") || t.is(i + 1, "midnight"))
        {
            let mut k = i - 1;
            if t.is_any(k, "minutes mins minute min") && k > 0 {
                k -= 1;
            }
            if t.int(k).is_some_and(|n| n < 60) || spelled_hour(t, k) {
                let first = if t.class(k, Class::Num) {
                    k
                } else {
                    spelled_run_start(t, k)
                };
                t.block(first, i - 1);
            }
        }
    }
}

/// The last token of `am`, `pm`, `a.m.`, `p.m.`, `a m` starting at `i`
/// (`w`, lowercased), spaced from the number before.
fn meridiem(t: &Tokens, i: usize, w: &str) -> Option<usize> {
    if !matches!(w, "am" | "pm" | "a" | "p")
        || !t.class(i, Class::Word)
        || !t.get(i).is_some_and(|k| k.space())
    {
        return None;
    }
    if matches!(w, "am" | "pm") {
        return Some(i);
    }
    // `a.m.`, `p.m`, `a m`
    if t.is_byte(i + 1, b'.') && t.is(i + 2, "m") {
        return Some(if t.is_byte(i + 3, b'.') { i + 3 } else { i + 2 });
    }
    if t.is(i + 1, "m") && !t.class(i + 2, Class::Word) {
        return Some(i + 1);
    }
    None
}

/// Whether a time-of-day phrase starts at `j`: `tonight`, `tomorrow`,
/// `this evening`, `in the morning`, `in the AM`.
fn time_of_day_after(t: &Tokens, j: usize) -> bool {
    const PARTS: &str = "morning afternoon evening night am pm";
    t.is(j, "tonight")
        || t.is(j, "tomorrow")
        || t.lower(j).is_some_and(|w| timezone(w.as_str()))
        || (t.is(j, "this") && t.is_any(j + 1, PARTS))
        || (t.is(j, "in") && t.is(j + 1, "the") && t.is_any(j + 2, PARTS))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timezones_are_sorted_for_binary_search() {
        let zones: Vec<&str> = TIMEZONES.split(' ').collect();
        assert!(zones.windows(2).all(|w| w[0] < w[1]));
        assert!(zones.iter().all(|w| matches!(w.len(), 3 | 4)));
    }
}
