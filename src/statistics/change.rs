//! The change a claim measures: a verb before it (`rose 4.5 percent`), a
//! noun after it (`a 5% rise`) or before `of` (`an increase of 5%`); and
//! changes with no number of their own (`doubled`, `fell by half`, `a
//! 3-fold increase`).

use super::claims::Claim;
use super::keys::tags;
use super::numbers::{self, NumWord};
use super::operand::Operand;
use super::tokens::{Class, Tokens};
use super::words::{self, Direction};
use crate::analysis::StatisticKind;

/// The change a claim measures, from a verb before it (`rose 4.5
/// percent`, `fell by 3`, `up 12%`), a noun after it (`a 5% rise`) or a
/// noun before `of` (`an increase of 5%`).
pub(super) fn change_around(t: &Tokens, claim: &Claim, floor: usize) -> Option<Direction> {
    let before = |k: usize| k.checked_sub(1).filter(|&p| p >= floor);
    let mut p = before(claim.first);
    if let Some(by) = p.filter(|&b| t.is(b, "by")) {
        p = before(by);
    }
    if let Some(p) = p {
        // Every change verb is tagged as one (a test checks the key table):
        // any other word needs no look-up.
        if let Some(w) = t.lower(p).filter(|_| t.tagged(p, tags::CHANGE)) {
            let w = w.as_str();
            if let Some(d) = words::change_verb(t, p) {
                let directional = matches!(w, "up" | "down" | "higher" | "lower");
                if !directional || claim.unit.is_some() {
                    return Some(d);
                }
            }
        }
        if t.is(p, "of") {
            if let Some(d) = before(p)
                .and_then(|q| t.lower(q))
                .and_then(|w| words::change_noun(w.as_str()))
            {
                return Some(d);
            }
        }
    }
    let mut n = claim.last + 1;
    if t.is_byte(n, b'-') && t.attached(n) {
        n += 1;
    }
    t.lower(n).and_then(|w| words::change_noun(w.as_str()))
}

/// `doubled`, `tripled`, `halved`; `fell by half`, `cut in half`, `rose by
/// a third`, `a threefold increase`: a change with no number of its own.
pub(super) fn factor_change(t: &Tokens, i: usize, w: &str) -> Option<Claim> {
    let claim = |first: usize, last: usize, value: f64, d: Direction| Claim {
        first,
        last,
        kind: StatisticKind::Change,
        value: Some(value),
        upper: None,
        unit: None,
        qualifier: None,
        change: Some(d),
    };
    if let Some((factor, d)) = words::change_factor_verb(w) {
        // `doubling down on a claim`, `doubled over in pain`: idioms, no
        // change in any quantity.
        if t.is_any(i + 1, "down over") {
            return None;
        }
        // `a twofold decrease`: the noun after tells the direction of a
        // `-fold`; the factor of a fall is the share left (0.5).
        let fall =
            || t.lower(i + 1).and_then(|n| words::change_noun(n.as_str())) == Some(Direction::Fall);
        if w.ends_with("fold") && fall() {
            return Some(claim(i, i, 1.0 / factor, Direction::Fall));
        }
        return Some(claim(i, i, factor, d));
    }
    // `fell by half`, `cut in half`, `rose by a third`
    let d =
        words::change_verb(t, i).filter(|_| !matches!(w, "up" | "down" | "higher" | "lower"))?;
    if !t.is_any(i + 1, "by in") {
        return None;
    }
    let k = i + 2;
    let (fraction, last) = if t.is(k, "half") {
        (0.5, k)
    } else if t.is_any(k, "a one") {
        match numbers::word_at(t, k + 1) {
            Some(NumWord::Fraction(d)) if !t.str(k + 1).ends_with('s') => (1.0 / d, k + 1),
            _ => return None,
        }
    } else {
        return None;
    };
    // A fraction of something else (`by half the amount`) is not the change.
    if t.class(last + 1, Class::Word)
        && !t.is_any(last + 1, "and or but since from in to over after")
    {
        return None;
    }
    let factor = match d {
        Direction::Rise => 1.0 + fraction,
        Direction::Fall => 1.0 - fraction,
    };
    Some(claim(i, last, factor, d))
}

/// `a 3-fold increase`, `grew 10-fold`: a change by a factor written in
/// digits.
pub(super) fn fold_change(t: &Tokens, op: &Operand) -> Option<Claim> {
    let j = op.last + 1;
    if op.unit.is_some() || !(t.is_byte(j, b'-') && t.attached(j) && t.is(j + 1, "fold")) {
        return None;
    }
    let after = t.lower(j + 2).and_then(|w| words::change_noun(w.as_str()));
    Some(Claim {
        first: op.first,
        last: j + 1,
        kind: StatisticKind::Change,
        value: Some(op.value),
        upper: None,
        unit: None,
        qualifier: None,
        change: Some(after.unwrap_or(Direction::Rise)),
    })
}
