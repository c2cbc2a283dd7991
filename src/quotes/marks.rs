//! What one quotation mark does where it stands: opens, closes, or nothing
//! (an apostrophe, a prime, a stray).
//!
//! Marks are read by their role, never by counting: the characters around a
//! mark and the quote left open so far decide. This file knows characters;
//! pairing them is the scanner's job (`super`).

use crate::Span;
use crate::chars::{Decode, is_space, listed_any_case};

/// Families of marks: a closing mark pairs only with an opener of its family.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Family {
    /// “…”, "…", «…», „…“, ''…''
    Double = 0,
    /// ‘…’, '…', ‹…›, ‚…‘
    Single = 1,
    /// 「…」
    Corner = 2,
    /// 『…』
    WhiteCorner = 3,
}

/// What a mark does where it stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Role {
    /// Opens a quote of this family.
    Open(Family),
    /// Closes the innermost open quote of this family.
    Close(Family),
}

/// The characters around a mark, and the quote open where it stands.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Around {
    /// The character before the mark (`None` at the paragraph's start).
    pub prev: Option<char>,
    /// The one before that.
    pub prev2: Option<char>,
    /// The character after the mark (`None` at the paragraph's end).
    pub next: Option<char>,
    /// The one after that.
    pub next2: Option<char>,
    /// The family of the innermost open quote.
    pub innermost: Option<Family>,
    /// Whether a `'` or `’` comes later in the paragraph (a closer for a
    /// single quote still to come).
    pub later_single: bool,
}

impl Around {
    fn inside(&self, family: Family) -> bool {
        self.innermost == Some(family)
    }
}

/// Whether `c` can be a quotation mark at all (the scanner's fast filter).
pub(crate) fn is_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '“'
            | '”'
            | '„'
            | '‘'
            | '’'
            | '‚'
            | '«'
            | '»'
            | '‹'
            | '›'
            | '「'
            | '」'
            | '『'
            | '』'
            | '″'
    )
}

/// Before a mark: nothing, a space or an opening bracket or dash, so the mark
/// starts something.
fn space_before(prev: Option<char>) -> bool {
    // A `matches!`, not `"…".contains(p)`: that is a substring search per
    // mark, and this runs for most marks of the text.
    prev.is_none_or(|p| {
        p.is_whitespace() || matches!(p, '(' | '[' | '{' | '<' | '—' | '–' | '-' | '/')
    })
}

/// After a mark: nothing, a space, or punctuation that follows a quote.
fn space_after(next: Option<char>) -> bool {
    // A `matches!` for the same reason as in `space_before`.
    next.is_none_or(|n| {
        n.is_whitespace()
            || matches!(
                n,
                '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '}' | '>' | '—' | '–' | '-'
            )
    })
}

fn letter(c: Option<char>) -> bool {
    c.is_some_and(char::is_alphanumeric)
}

fn digit(c: Option<char>) -> bool {
    c.is_some_and(|c| c.is_ascii_digit())
}

/// Words spelt with a leading apostrophe: `rock ’n’ roll`, `’em`, `’til`.
/// An apostrophe before them opens nothing.
const ELISIONS: &str = "n em til tis twas cause bout round cept nuff ol t";

/// The run of letters that `rest` starts with.
fn leading_word(rest: &str) -> &str {
    let end = rest.find_char(|c| !c.is_alphabetic()).unwrap_or(rest.len());
    &rest[Span::new(0, end)]
}

/// Whether the word at the start of `rest` is one spelt with a leading
/// apostrophe.
fn is_elision(rest: &str) -> bool {
    let word = leading_word(rest);
    listed_any_case(ELISIONS, word)
}

/// Words that never follow a plural possessive (`the students’ union`):
/// after `s’` one of them shows the mark closes a quote (`called it
/// ‘reckless’ and ‘shameful’`, `the ‘reforms’ would hurt`).
const NO_POSSESSED: &str = concat!(
    "in on at to from by with as than and or but nor because while if when which ",
    "that is are was were has have had will would it we he she they for of said says",
);

/// Whether the word after the whitespace `rest` starts with is one of
/// [`NO_POSSESSED`].
fn no_possessed_follows(rest: &str) -> bool {
    let word = leading_word(rest.trim_start());
    listed_any_case(NO_POSSESSED, word)
}

/// The role of the mark `c` in its surroundings, or `None` when it is no
/// quotation mark here.
pub(super) fn role(c: char, at: &Around, rest: &str) -> Option<Role> {
    use Family::*;
    match c {
        '“' => Some(double_left(at)),
        '„' => Some(Role::Open(Double)),
        '”' => Some(double_right(at)),
        // Danish and German reverse guillemets (»…«): read them by position.
        '«' if !space_before(at.prev) && space_after(at.next) && at.inside(Double) => {
            Some(Role::Close(Double))
        }
        '«' => Some(Role::Open(Double)),
        '»' if space_before(at.prev) && !space_after(at.next) && !at.inside(Double) => {
            Some(Role::Open(Double))
        }
        '»' => Some(Role::Close(Double)),
        '「' => Some(Role::Open(Corner)),
        '」' => Some(Role::Close(Corner)),
        '『' => Some(Role::Open(WhiteCorner)),
        '』' => Some(Role::Close(WhiteCorner)),
        '‹' | '‚' => Some(Role::Open(Single)),
        '›' => Some(Role::Close(Single)),
        '"' => straight_double(at),
        '‘' => left_single(at, rest),
        '’' | '\'' => right_single(c, at, rest),
        '″' => double_prime(at),
        _ => None,
    }
}

/// `″` is a double prime (`5′10″`, `a 12″ record`), but some sites type it
/// for a quotation mark: opening a word after a space or at the
/// paragraph's start (`″Clearly this is …`), or closing a double quote
/// after anything but a digit.
fn double_prime(at: &Around) -> Option<Role> {
    if space_before(at.prev) && letter(at.next) && !digit(at.next) {
        Some(Role::Open(Family::Double))
    } else if at.inside(Family::Double) && !digit(at.prev) && space_after(at.next) {
        Some(Role::Close(Family::Double))
    } else {
        None
    }
}

/// `“` opens, except in closing position inside a double quote: the close
/// of German `„…“`, or a mis-typed close (`“They see that. “`).
fn double_left(at: &Around) -> Role {
    let closing_position = at
        .next
        .is_none_or(|n| is_space(n) || matches!(n, ',' | '.' | ';' | ':' | '!' | '?' | ')'))
        && at.prev.is_some();
    if at.inside(Family::Double) && closing_position {
        Role::Close(Family::Double)
    } else {
        Role::Open(Family::Double)
    }
}

/// `”` closes, except where only an opener can stand: at the paragraph's
/// start (`” … they are gone,” she said`) or after a space and before a word
/// (`aides would not let them ”get close to him.”`), a mis-typed opener.
fn double_right(at: &Around) -> Role {
    let opening = match at.prev {
        None => at.next.is_some(),
        Some(_) => space_before(at.prev) && !space_after(at.next),
    };
    if opening {
        Role::Open(Family::Double)
    } else {
        Role::Close(Family::Double)
    }
}

/// A straight `"`: its direction from the characters around it.
fn straight_double(at: &Around) -> Option<Role> {
    let open = at.inside(Family::Double);
    // 5'10", a 12" record: an inch mark after a digit. `date="May 2"`: an
    // attribute value of markup (even one a line break cut from its tag).
    if digit(at.prev) && !open || at.prev == Some('=') {
        return None;
    }
    straight(at, open).map(|opens| {
        if opens {
            Role::Open(Family::Double)
        } else {
            Role::Close(Family::Double)
        }
    })
}

/// For a straight mark: `Some(true)` opening, `Some(false)` closing, from the
/// flanking characters; when they do not tell, it closes an open quote of
/// its family (`open`) and otherwise opens one.
fn straight(at: &Around, open: bool) -> Option<bool> {
    match (space_before(at.prev), space_after(at.next)) {
        (true, false) => Some(true),
        (false, true) => Some(false),
        (true, true) if open => Some(false),
        // `". . . I just want`, `".@Bernie prioritized`: punctuation after a
        // mark that nothing precedes opens a quote.
        (true, true) if at.next.is_some_and(|n| !is_space(n)) => Some(true),
        (true, true) => None,
        (false, false) => Some(!open),
    }
}

/// The direction of a run of straight marks (`''`): `Some(true)` opening.
pub(super) fn straight_run(at: &Around, open: bool) -> Option<bool> {
    straight(at, open)
}

/// `‘` opens, except as a mis-typed apostrophe: inside a word, before a
/// year (`‘90s`), or after a word inside a single quote.
fn left_single(at: &Around, rest: &str) -> Option<Role> {
    if letter(at.prev) && letter(at.next) || digit(at.next) && !letter(at.prev) {
        return None;
    }
    // `how ‘bout that`: an elision curled the wrong way.
    if space_before(at.prev) && is_elision(rest) {
        return None;
    }
    if letter(at.prev) && at.inside(Family::Single) {
        return None;
    }
    // `a ‘D-‘ rating`, `‘We will.‘`: after punctuation and before a space
    // inside a single quote, a mis-typed close.
    let after_punctuation = at
        .prev
        .is_some_and(|p| !p.is_alphanumeric() && !is_space(p));
    if at.inside(Family::Single) && after_punctuation && space_after(at.next) {
        return Some(Role::Close(Family::Single));
    }
    Some(Role::Open(Family::Single))
}

/// `’` and `'`: most are apostrophes (`don’t`, `’90s`, `students’`,
/// `rock ’n’ roll`) or primes (`5'10"`); the rest open or close a single
/// quote.
fn right_single(c: char, at: &Around, rest: &str) -> Option<Role> {
    if letter(at.prev) && letter(at.next) || digit(at.prev) || digit(at.next) && !letter(at.prev) {
        return None;
    }
    // `Jr.'s`, `”’s`: after anything but a space and before a letter, an
    // apostrophe inside a word.
    if at.prev.is_some_and(|p| !space_before(Some(p))) && letter(at.next) {
        return None;
    }
    // The second mark of rock ’n’ roll: after a lone `n` that follows a mark.
    if at.prev == Some('n') && matches!(at.prev2, Some('’' | '\'')) {
        return None;
    }
    let opening = space_before(at.prev) && letter(at.next);
    if opening {
        return (!is_elision(rest)).then_some(Role::Open(Family::Single));
    }
    let inside = at.inside(Family::Single);
    if letter(at.prev) {
        // A possessive (`the students’ union`) when no single quote is open,
        // or when one is, the sentence goes on in lower case with a word a
        // possessive can take, and a later mark can close it (`‘the
        // students’ union,’ he said`; but `the ‘boots’ are ruled out` and
        // `‘reckless’ and ‘shameful’` close).
        let goes_on = at.next.is_some_and(is_space)
            && at.next2.is_some_and(char::is_lowercase)
            && at.later_single
            && !no_possessed_follows(rest);
        // `‘… not the owners’.’`: a closing mark right after the stop
        // that follows leaves this one the possessive's.
        let closed_after = matches!(at.next, Some('.' | ',' | ';' | ':' | '!' | '?'))
            && matches!(at.next2, Some('’' | '\''));
        if !inside || at.prev == Some('s') && (goes_on || closed_after) {
            return None;
        }
        return Some(Role::Close(Family::Single));
    }
    if c == '’' {
        return inside.then_some(Role::Close(Family::Single));
    }
    straight(at, inside).map(|opens| {
        if opens {
            Role::Open(Family::Single)
        } else {
            Role::Close(Family::Single)
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn role_in(before: &str, c: char, after: &str, innermost: Option<Family>) -> Option<Role> {
        let mut b = before.chars().rev();
        let mut a = after.chars();
        let at = Around {
            prev: b.next(),
            prev2: b.next(),
            next: a.next(),
            next2: a.next(),
            innermost,
            later_single: after.contains(['’', '\'']),
        };
        role(c, &at, after)
    }

    #[test]
    fn apostrophes_and_primes_open_and_close_nothing() {
        use Family::Single;
        for (before, c, after, open) in [
            ("don", '’', "t", None),
            ("in the ", '’', "90s", None),
            ("rock ", '’', "n’ roll", None),
            ("rock ’n", '’', " roll", Some(Single)),
            ("the students", '’', " union", None),
            ("the students", '’', " union is here,’ he", Some(Single)),
            (
                "‘the fans’ game, not the owners",
                '’',
                ".’ He",
                Some(Single),
            ),
            ("how ", '‘', "bout that", None),
            ("Biden Jr.", '\'', "s plan", None),
            ("5", '\'', "10\"", None),
            ("get ", '\'', "em", None),
        ] {
            assert_eq!(role_in(before, c, after, open), None, "{before}{c}{after}");
        }
    }

    #[test]
    fn straight_marks_take_their_direction_from_their_neighbours() {
        use Family::Double;
        assert_eq!(role_in("said ", '"', "No", None), Some(Role::Open(Double)));
        assert_eq!(
            role_in("no,", '"', " he", Some(Double)),
            Some(Role::Close(Double))
        );
        assert_eq!(role_in("", '"', ". . . I", None), Some(Role::Open(Double)));
        assert_eq!(role_in("a 12", '"', " record", None), None);
        // The `boots’` of `the ‘boots’ are gone`: no later mark, so it closes.
        assert_eq!(
            role_in("the ‘boots", '’', " are gone", Some(Family::Single)),
            Some(Role::Close(Family::Single))
        );
    }

    #[test]
    fn mistyped_left_single_after_punctuation_closes() {
        assert_eq!(
            role_in("a ‘D-", '‘', " rating", Some(Family::Single)),
            Some(Role::Close(Family::Single))
        );
        // Outside a single quote it opens; after a letter it is an apostrophe.
        assert_eq!(
            role_in("a -", '‘', " x", None),
            Some(Role::Open(Family::Single))
        );
        assert_eq!(
            role_in("‘the workers", '‘', " rights", Some(Family::Single)),
            None
        );
    }

    #[test]
    fn mistyped_curly_marks_are_read_by_position() {
        use Family::Double;
        assert_eq!(
            role_in("let them ", '”', "get", None),
            Some(Role::Open(Double))
        );
        assert_eq!(role_in("", '”', " … so", None), Some(Role::Open(Double)));
        assert_eq!(
            role_in("that. ", '“', "", Some(Double)),
            Some(Role::Close(Double))
        );
    }
}
