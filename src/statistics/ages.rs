//! Ages told by the words around a number: `aged 54 to 65`, `between the
//! ages of 18 and 29`, `since the age of 25`, `at age 40`. An age describes
//! a person, it is no claim to check (see the module docs of
//! [`super`]); `19 years old` is an age unit ([`super::units`]) and `Johnson,
//! 58, said` an apposition ([`super::identifiers`]).

use super::numbers::{self, NumWord};
use super::tokens::{Class, Tokens};

/// Blocks the numbers (and the second bound of their range) that follow
/// `aged`, `age` or `ages`, with `of` between or not.
pub(super) fn ages(t: &mut Tokens) {
    // Only numbers start a rule: the rest is never looked at.
    for n in 0..t.numbers.len() {
        let i = t.numbers[n];
        if t.blocked(i) || !age_number(t, i) || !age_before(t, i) {
            continue;
        }
        // `18 and 29`, `54 to 65`, `18-29`: the range is all ages.
        let last = if t.is_any(i + 1, "and to or - –") && age_number(t, i + 2) {
            i + 2
        } else {
            i
        };
        t.block(i, last);
    }
}

/// Whether `aged`, `age of`, `ages of`, `age` or `ages` comes right before
/// token `i`: `aged 54`, `the age of 25`, `ages 18 to 29`, `at age 40`.
fn age_before(t: &Tokens, i: usize) -> bool {
    let age = |k: usize| t.is(k, "aged") || t.is(k, "age") || t.is(k, "ages");
    i > 0 && (age(i - 1) || (i > 1 && t.is(i - 1, "of") && t.is_any(i - 2, "age ages")))
}

/// Whether token `i` is a number a person's age could be: an integer up to
/// 120 in digits, or a number word below a hundred (`eighteen`).
fn age_number(t: &Tokens, i: usize) -> bool {
    if t.class(i, Class::Num) {
        return t.plain_int(i) && t.int(i).is_some_and(|n| n <= 120);
    }
    matches!(
        numbers::word_at(t, i),
        Some(NumWord::Unit(_) | NumWord::Teen(_) | NumWord::Tens(_))
    )
}
