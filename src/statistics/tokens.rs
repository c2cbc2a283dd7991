//! Splitting text into the tokens the statistics grammar reads: digit runs,
//! words and single punctuation marks, each with its byte span and whether
//! whitespace (or a line break) came before it.
//!
//! The grammar needs to tell `3km` from `3 km` and `5,000-6,000` from
//! `5,000 - 6,000`, so tokens keep what separated them instead of dropping
//! it. One pass over the bytes, no allocation per token beyond the `Vec`.

use crate::chars::{Decode, eq_any_case, listed_any_case};
use crate::items::Items;
use crate::span::cut;

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Class {
    /// A number written in digits: `42`, `3,000,000`, `4.5`, `.77`.
    Num,
    /// Digits with two or more dots, `4.8.6.6` or `10.31.1974`: a version,
    /// an address, a date or a phone number, never a quantity.
    Code,
    /// A run of letters, apostrophes inside it included (`o'clock`).
    Word,
    /// Any other single character: `$`, `%`, `-`, `/`, `:`, `“`.
    Punct,
}

/// One token of the text.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Token<'a> {
    /// Its text, a slice of the whole text: kept so that the rules, which
    /// read tokens many times over, never slice (and check char boundaries)
    /// again. Its offsets are not stored beside it ([`Tokens::start`]): a
    /// smaller token is written faster, and only a statistic's bounds need
    /// them.
    pub text: &'a str,
    /// What it is made of.
    pub class: Class,
    /// What came before it and what it is, as bits of [`flags`] (one byte,
    /// written at once, for the scan's sake): read through [`Token::space`],
    /// [`Token::newline`], [`Token::blocked`], [`Token::in_quote`].
    flags: u8,
    /// For a word or mark, the rules it starts (bits of `keys::tags`: a
    /// number word, a month, `at`, `am`, a unit, a currency, the end of a
    /// qualifier); 0 for most words, which rules skip without looking at
    /// them. That keeps the scan fast on prose.
    pub tag: u16,
    /// The value of a plain integer of at most 9 digits, else [`NO_INT`].
    pub int: u32,
    /// For a number word, its index in the table of [`super::numbers`]
    /// (looked up here once, read by `numbers::word_at`), else [`NO_NUM`].
    pub num: u8,
}

/// Bits of [`Token::flags`].
mod flags {
    /// Whitespace came between the previous token and this one.
    pub const SPACE: u8 = 1;
    /// A line break came between the previous token and this one (or it is
    /// the first token of its chunk).
    pub const NEWLINE: u8 = 2;
    /// An odd number of straight double quotes came before it in the
    /// chunk: it is inside a quotation (or closes one).
    pub const IN_QUOTE: u8 = 4;
    /// Part of a date, a clock time, a phone number or an identifier: set by
    /// `exclusions`, and never part of a statistic.
    pub const BLOCKED: u8 = 8;
    /// A plain integer in digits (no comma, no decimal point).
    pub const PLAIN: u8 = 16;
}

impl Token<'_> {
    /// Whitespace came between the previous token and this one.
    pub fn space(&self) -> bool {
        self.flags & flags::SPACE != 0
    }

    /// A line break came between the previous token and this one (or it is
    /// the first token of its chunk).
    pub fn newline(&self) -> bool {
        self.flags & flags::NEWLINE != 0
    }

    /// Part of a date, a clock time, a phone number or an identifier: set by
    /// `exclusions`, and never part of a statistic.
    pub fn blocked(&self) -> bool {
        self.flags & flags::BLOCKED != 0
    }

    /// An odd number of straight double quotes came before it in the chunk:
    /// it is inside a quotation (or closes one).
    pub fn in_quote(&self) -> bool {
        self.flags & flags::IN_QUOTE != 0
    }
}

/// [`Token::int`] of a token that is no plain integer of at most 9 digits.
pub(crate) const NO_INT: u32 = u32::MAX;

/// [`Token::num`] of a token that is no number word.
pub(crate) const NO_NUM: u8 = u8::MAX;

/// [`Token::num`] of a word with the tags `tag`: every number word is
/// tagged as one (a test checks the key table), and only those are looked
/// up.
// The test inlined into the scan, once a word; the look-up not.
#[inline(always)]
fn num_of(text: &str, tag: u16) -> u8 {
    if tag & super::keys::tags::NUMBER != 0 {
        super::keys::number_index(text)
    } else {
        NO_NUM
    }
}

/// The tokens of one chunk of text, with the text they point into.
pub(crate) struct Tokens<'a> {
    /// The whole text (token offsets are offsets into it).
    pub text: &'a str,
    /// The tokens, in text order.
    pub list: Items<Token<'a>>,
    /// The indexes of the tokens a rule may start at, in text order: numbers,
    /// codes and words and marks tagged as starting a rule. On prose they are a few in a
    /// hundred, and the passes over the tokens read only them.
    pub candidates: Items<usize>,
    /// The candidates that are numbers, codes, number words or marks that
    /// may open a phone number (`(`, `+`), in text order: the passes whose
    /// rules start at a number only read these, not the `to`, `a` and `at`
    /// that are most candidates.
    pub numbers: Items<usize>,
}

impl<'a> Tokens<'a> {
    /// An empty token list over `text`, to be filled by [`Tokens::scan`].
    pub fn new(text: &'a str) -> Tokens<'a> {
        Tokens {
            text,
            list: Items::new(),
            candidates: Items::new(),
            numbers: Items::new(),
        }
    }

    /// Replaces the tokens with those of `text[start..end]` (both on char
    /// boundaries).
    // A function of its own in the .wasm (see `statistics::find`).
    #[inline(never)]
    pub fn scan(&mut self, start: usize, end: usize) {
        self.list.clear();
        self.candidates.clear();
        self.numbers.clear();
        // The chunk's bytes only: reads past it need no test against `end`
        // besides the slice's own bound.
        // The text in a local: the compiler then knows that a push to the
        // list changes neither it nor its length, and keeps them in
        // registers.
        let whole = self.text;
        let bytes = &whole.as_bytes()[..end];
        let mut i = start;
        // The flags of the next token: what came before it (bits of
        // [`flags`]: space, line break, inside a quotation).
        let mut gap = flags::SPACE | flags::NEWLINE;
        while i < end {
            let b = bytes[i];
            // Letters first: most tokens of prose are words, and a word
            // starting with an ASCII letter is pushed here, without the tests
            // of numbers and marks below (the same token as they would give).
            if b.is_ascii_alphabetic() {
                // The run of ASCII letters and the byte that ends it, read
                // 8 bytes at a time: most words end there, at an ASCII
                // space or mark (`stop`, 0 at the end of the chunk).
                let (mut next, mut stop) = letter_run(bytes, i);
                if may_go_on(stop) {
                    // A letter beyond ASCII or an apostrophe may go on with
                    // the word (`café`, `don’t`): the slow way, rarely.
                    next = word(whole, i, next, end);
                    stop = bytes.get(next).copied().unwrap_or(0);
                }
                let text = cut(whole, i, next);
                let tag = super::keys::tag_of(text);
                if tag & !super::keys::tags::QUALIFIER != 0 {
                    self.candidate(tag, false);
                }
                self.list.push(Token {
                    text,
                    class: Class::Word,
                    flags: gap,
                    tag,
                    int: NO_INT,
                    num: num_of(text, tag),
                });
                // Most words are followed by one space: it is passed here,
                // without a turn of the loop.
                let space = stop == b' ';
                gap = (gap & flags::IN_QUOTE) | if space { flags::SPACE } else { 0 };
                i = next + usize::from(space);
                continue;
            }
            let (class, next) = match b {
                b' ' => {
                    gap |= flags::SPACE;
                    i += 1;
                    continue;
                }
                b'\t' | b'\n' | b'\x0C' | b'\r' => {
                    gap |= flags::SPACE;
                    if b == b'\n' {
                        gap |= flags::NEWLINE;
                    }
                    i += 1;
                    continue;
                }
                b'0'..=b'9' => number(bytes, i, end),
                b'.' if bytes.get(i + 1).is_some_and(u8::is_ascii_digit)
                    && !(i > start && bytes[i - 1].is_ascii_alphanumeric()) =>
                {
                    number(bytes, i, end)
                }
                0..0x80 => (Class::Punct, i + 1),
                _ => {
                    let c = cut(whole, i, end).decoded().next().unwrap_or(' ');
                    if c.is_whitespace() {
                        gap |= flags::SPACE;
                        if matches!(c, '\u{2028}' | '\u{2029}' | '\u{85}') {
                            gap |= flags::NEWLINE;
                        }
                        i += c.len_utf8();
                        continue;
                    } else if is_letter(c) {
                        (Class::Word, word(whole, i, i, end))
                    } else {
                        (Class::Punct, i + c.len_utf8())
                    }
                }
            };
            let text = cut(whole, i, next);
            let tag = match class {
                Class::Word => super::keys::tag_of(text),
                Class::Punct => super::keys::mark_tag(text),
                _ => 0,
            };
            let plain = class == Class::Num && text.bytes().all(|b| b.is_ascii_digit());
            let int = if plain && text.len() <= 9 {
                text.bytes().fold(0u32, |n, b| n * 10 + u32::from(b - b'0'))
            } else {
                NO_INT
            };
            // A qualifier (`of`, `than`) is read only from the number after it.
            let digits = matches!(class, Class::Num | Class::Code);
            if tag & !super::keys::tags::QUALIFIER != 0 || digits {
                self.candidate(tag, digits);
            }
            self.list.push(Token {
                text,
                class,
                flags: gap | if plain { flags::PLAIN } else { 0 },
                tag,
                int,
                num: num_of(text, tag),
            });
            // The next token has no space before it (yet), and is inside a
            // quotation when this one opens it.
            gap &= flags::IN_QUOTE;
            if b == b'"' {
                gap ^= flags::IN_QUOTE;
            }
            i = next;
        }
    }

    /// Records the token about to be pushed as a candidate, with its tags,
    /// among [`Tokens::numbers`] too when it is `digits` or tagged so.
    // Out of the scan's loop, which it would lengthen for a few tokens in ten.
    #[inline(never)]
    fn candidate(&mut self, tag: u16, digits: bool) {
        use super::keys::tags::{NUMBER, OPEN};
        let i = self.list.len();
        self.candidates.push(i);
        if digits || tag & (NUMBER | OPEN) != 0 {
            self.numbers.push(i);
        }
    }

    /// The byte offset in the whole text where token `i` starts (`i` in
    /// bounds).
    pub fn start(&self, i: usize) -> usize {
        // A token's text is a slice of `self.text`: the distance of their
        // first bytes is its offset.
        self.list[i].text.as_ptr() as usize - self.text.as_ptr() as usize
    }

    /// The byte offset in the whole text one past the end of token `i` (`i`
    /// in bounds).
    pub fn end(&self, i: usize) -> usize {
        self.start(i) + self.list[i].text.len()
    }

    /// The token at `i`; `None` past either end.
    pub fn get(&self, i: usize) -> Option<&Token<'a>> {
        self.list.get(i)
    }

    /// The text of token `i` (empty past the end).
    pub fn str(&self, i: usize) -> &'a str {
        self.list.get(i).map_or("", |t| t.text)
    }

    /// Whether token `i` is the single byte `b` (an ASCII mark).
    // Called from hundreds of places: one copy of the code, not hundreds
    // (it keeps the `.wasm` small).
    #[inline(never)]
    pub fn is_byte(&self, i: usize, b: u8) -> bool {
        self.list
            .get(i)
            .is_some_and(|t| t.text.len() == 1 && t.text.as_bytes()[0] == b)
    }

    /// Whether token `i` is a word equal to `word`, ignoring ASCII case.
    // Called from hundreds of places: one copy of the code, not hundreds
    // (it keeps the `.wasm` small).
    #[inline(never)]
    pub fn is(&self, i: usize, word: &str) -> bool {
        eq_any_case(self.str(i), word)
    }

    /// Whether token `i` is one of `words` (separated by spaces), ignoring
    /// ASCII case. (A search of the list costs ~90 instructions, two calls
    /// of [`Tokens::is`] a length test each for most words: the rules asked
    /// of every number or `to` ask two words that way.)
    // Called from hundreds of places: one copy of the code, not hundreds
    // (it keeps the `.wasm` small).
    #[inline(never)]
    pub fn is_any(&self, i: usize, words: &str) -> bool {
        listed_any_case(words, self.str(i))
    }

    /// Whether token `i` is the article `a` or `an`, in any case: of the
    /// words tagged as leading a number (`a`, `an`, `point`), the short
    /// ones. Asked of the word after many numbers: no search of a list.
    pub fn article(&self, i: usize) -> bool {
        use super::keys::tags::LEAD;
        self.list
            .get(i)
            .is_some_and(|t| t.tag & LEAD != 0 && t.text.len() < 3)
    }

    /// Whether token `i` has class `class`.
    pub fn class(&self, i: usize, class: Class) -> bool {
        self.list.get(i).is_some_and(|t| t.class == class)
    }

    /// Whether token `i` directly follows the previous one, with no space.
    pub fn attached(&self, i: usize) -> bool {
        self.list.get(i).is_some_and(|t| !t.space())
    }

    /// Whether token `i` is digits, or a word that starts one of the rules
    /// of `tags` (bits of `keys::tags`).
    pub fn starts(&self, i: usize, tags: u16) -> bool {
        self.list
            .get(i)
            .is_some_and(|t| t.class == Class::Num || t.tag & tags != 0)
    }

    /// Whether token `i` is a word or mark tagged with one of `tags` (bits
    /// of `keys::tags`): rules call this before any look-up in a word list.
    pub fn tagged(&self, i: usize, tags: u16) -> bool {
        self.list.get(i).is_some_and(|t| t.tag & tags != 0)
    }

    /// Whether token `i` is blocked by an exclusion.
    pub fn blocked(&self, i: usize) -> bool {
        self.list.get(i).is_some_and(Token::blocked)
    }

    /// Marks tokens `from..=to` as excluded.
    pub fn block(&mut self, from: usize, to: usize) {
        let to = to.min(self.list.len().saturating_sub(1));
        for t in self.list.iter_mut().take(to + 1).skip(from) {
            t.flags |= flags::BLOCKED;
        }
    }

    /// Token `i` lowercased, for table look-ups; `None` for a token too long
    /// to be in any table or not ASCII.
    // Called from hundreds of places: one copy of the code, not hundreds
    // (it keeps the `.wasm` small).
    #[inline(never)]
    pub fn lower(&self, i: usize) -> Option<Lower<'a>> {
        let s = self.str(i);
        // Most words rules lowercase are short: their bytes and those after
        // them, read at once from the text, are tested together.
        let at = self.list.get(i).map(|_| self.start(i));
        let chunk = at.and_then(|at| self.text.as_bytes().get(at..at + 8));
        match chunk.map(<[u8; 8]>::try_from) {
            Some(Ok(chunk)) if s.len() <= 8 => Lower::of_short(s, u64::from_le_bytes(chunk)),
            _ => Lower::of(s),
        }
    }

    /// Whether token `i` is a word that starts with an uppercase letter.
    pub fn capitalized(&self, i: usize) -> bool {
        // Asked of a few tokens only: not stored by the scan. A word is
        // never empty.
        self.list.get(i).is_some_and(|t| {
            t.class == Class::Word
                && match t.text.as_bytes()[0] {
                    b if b.is_ascii() => b.is_ascii_uppercase(),
                    _ => t.text.decoded().next().is_some_and(char::is_uppercase),
                }
        })
    }

    /// Whether token `i` is a plain integer in digits: no comma, no decimal
    /// point.
    pub fn plain_int(&self, i: usize) -> bool {
        self.list
            .get(i)
            .is_some_and(|t| t.flags & flags::PLAIN != 0)
    }

    /// The value of a plain integer token of at most 9 digits.
    pub fn int(&self, i: usize) -> Option<u32> {
        self.list.get(i).map(|t| t.int).filter(|&n| n != NO_INT)
    }
}

/// A short ASCII word in lowercase, for matching against tables without
/// allocating: the text itself when it has no capital (most words), else a
/// lowercased copy on the stack.
#[derive(Clone, Copy)]
pub(crate) enum Lower<'a> {
    /// The word was lowercase already.
    Same(&'a str),
    /// A lowercased copy.
    Copy([u8; LOWER_MAX], u8),
}

/// The longest word any table holds.
const LOWER_MAX: usize = 16;

impl<'a> Lower<'a> {
    /// `s` lowercased, when it is ASCII and at most 16 bytes.
    pub fn of(s: &'a str) -> Option<Lower<'a>> {
        if s.len() > LOWER_MAX {
            return None;
        }
        // One pass over the bytes for both questions: no byte above ASCII
        // (none has its high bit in the OR of all), and some capital.
        let (mut all, mut upper) = (0, false);
        for b in s.bytes() {
            all |= b;
            upper |= b.is_ascii_uppercase();
        }
        if !all.is_ascii() {
            return None;
        }
        if !upper {
            return Some(Lower::Same(s));
        }
        let mut buf = [0; LOWER_MAX];
        for (d, b) in buf.iter_mut().zip(s.bytes()) {
            *d = b.to_ascii_lowercase();
        }
        Some(Lower::Copy(buf, s.len() as u8))
    }

    /// [`Lower::of`] `s`, of at most 8 bytes, which are the first of
    /// `bytes` (little-endian): no loop over them.
    fn of_short(s: &'a str, bytes: u64) -> Option<Lower<'a>> {
        use crate::swar::{HIGH, each};
        let n = s.len();
        let w = if n >= 8 {
            bytes
        } else {
            bytes & ((1u64 << (8 * n)) - 1)
        };
        if w & HIGH != 0 {
            return None;
        }
        // Bit 7 of each byte from `A` to `Z` (the bytes are below 0x80, so
        // the sums carry nothing into the next byte; zeros past `s` are no
        // capital).
        let upper = (w + each(0x80 - b'A')) & !(w + each(0x80 - b'Z' - 1)) & HIGH;
        if upper == 0 {
            return Some(Lower::Same(s));
        }
        let mut buf = [0; LOWER_MAX];
        // A capital's bit 7 moved to bit 5 is its lowercase bit.
        for (d, b) in buf.iter_mut().zip((w | upper >> 2).to_le_bytes()) {
            *d = b;
        }
        Some(Lower::Copy(buf, n as u8))
    }

    /// The lowercased text.
    pub fn as_str(&self) -> &str {
        match self {
            Lower::Same(s) => s,
            // Lowercasing ASCII keeps it ASCII, hence UTF-8.
            Lower::Copy(buf, len) => std::str::from_utf8(&buf[..usize::from(*len)]).unwrap_or(""),
        }
    }
}

/// Lexes a number starting at `i`: digits with comma groups of three, an
/// optional decimal part, or a dotted code (`1.2.3`). Returns its class and
/// end.
fn number(bytes: &[u8], i: usize, end: usize) -> (Class, usize) {
    // (`get`: an index would be a panic of its own at each of the
    // closure's nine inlined uses.)
    let digit = |j: usize| j < end && bytes.get(j).is_some_and(u8::is_ascii_digit);
    let mut j = i;
    while digit(j) {
        j += 1;
    }
    // Thousands separators: `3,000,000` but not `1,2` or `12,3456`, and only
    // after a first group of one to three digits.
    if j - i <= 3 && j > i {
        while bytes.get(j) == Some(&b',')
            && digit(j + 1)
            && digit(j + 2)
            && digit(j + 3)
            && !digit(j + 4)
        {
            j += 4;
        }
    }
    if j < end && bytes[j] == b'.' && digit(j + 1) {
        j += 1;
        while digit(j) {
            j += 1;
        }
        // A second dot followed by a digit: a code, not a quantity.
        if j < end && bytes[j] == b'.' && digit(j + 1) {
            while j < end && (digit(j) || (bytes[j] == b'.' && digit(j + 1))) {
                j += 1;
            }
            return (Class::Code, j);
        }
    }
    (Class::Num, j)
}

/// Lexes the rest of a word starting at `i`, whose ASCII letters run to
/// `j`: letters, with an apostrophe inside it (`o'clock`, `don’t`) kept
/// when a letter follows. Returns its end.
// Only for words with a byte above ASCII or an apostrophe: a function of its
// own, out of the scan's loop.
#[inline(never)]
fn word(text: &str, i: usize, mut j: usize, end: usize) -> usize {
    let bytes = &text.as_bytes()[..end];
    loop {
        if j >= end {
            return j;
        }
        // Most words end at an ASCII space or mark: no char to decode.
        if bytes[j] < 0x80 && bytes[j] != b'\'' {
            return j;
        }
        // Most of the rest are an apostrophe before an ASCII letter
        // (`don't`, `Trump’s`): read by their bytes, no char decoded.
        let quote = match bytes[j] {
            b'\'' => 1,
            0xE2 if bytes.get(j + 1..j + 3) == Some(&[0x80, 0x99]) => 3,
            _ => 0,
        };
        if quote > 0 && j > i && bytes.get(j + quote).is_some_and(u8::is_ascii_alphabetic) {
            j = letter_run(bytes, j + quote).0;
            continue;
        }
        let c = cut(text, j, end).decoded().next().unwrap_or(' ');
        // A letter, or an apostrophe with a letter after it (`o'clock`).
        let apostrophe = matches!(c, '\'' | '’')
            && j > i
            && cut(text, j + c.len_utf8(), end)
                .decoded()
                .next()
                .is_some_and(is_letter);
        if !(apostrophe || is_letter(c)) {
            return j;
        }
        // ASCII letters 8 at a time again.
        j = letter_run(bytes, j + c.len_utf8()).0;
    }
}

/// The end of the run of ASCII letters of `bytes` from `j`, and the byte
/// there (0 at the end of `bytes`), read 8 bytes at a time: most words of
/// prose end in the first 8 bytes, so one test finds their end, and the
/// byte after it comes out of the same word (the scan asks whether it is a
/// space), instead of a loop over their letters.
// Called once per word: inlined into the scan's loop.
#[inline(always)]
fn letter_run(bytes: &[u8], mut j: usize) -> (usize, u8) {
    use crate::swar::{HIGH, each};
    // An array of 8 bytes: one 8-byte load, where `swar::word`'s
    // `copy_from_slice` stays a call in the .wasm (a tenth of the stage's
    // time in Node).
    while let Some(Ok(chunk)) = bytes.get(j..j + 8).map(<[u8; 8]>::try_from) {
        let w = u64::from_le_bytes(chunk);
        // Each byte lowercased (`| 0x20`) and kept below 0x80, so that the
        // sums below carry no bit into the next byte: bit 7 of a byte of
        // `from_a` is set when it is `a` or above, of `past_z` when it is
        // above `z`; a byte with bit 7 set in `w` is no ASCII.
        let lower = (w | each(0x20)) & !HIGH;
        let from_a = lower + each(0x80 - b'a');
        let past_z = lower + each(0x80 - b'z' - 1);
        let letter = from_a & !past_z & !w & HIGH;
        if letter != HIGH {
            // Little-endian: the first byte is the lowest. The high bit of
            // the first byte that is no letter is bit 8n + 7 for byte n.
            let high = (!letter & HIGH).trailing_zeros();
            return (j + (high / 8) as usize, (w >> (high - 7)) as u8);
        }
        j += 8;
    }
    // Fewer than 8 bytes left in the chunk.
    while j < bytes.len() && bytes[j].is_ascii_alphabetic() {
        j += 1;
    }
    (j, bytes.get(j).copied().unwrap_or(0))
}

/// Whether a word of ASCII letters before the byte `stop` may go on past
/// it: `stop >= 0x80 || stop == b'\''` in one comparison (the XOR keeps bit
/// 7 and makes `'` 0, which the subtraction wraps to 0xFF), asked at every
/// word (~0.7M instructions fewer on 1 MB of news).
#[inline(always)]
fn may_go_on(stop: u8) -> bool {
    (stop ^ b'\'').wrapping_sub(1) >= 0x7F
}

/// `char::is_alphabetic`, answered at once for the general punctuation
/// block (curly quotes, dashes, ellipses: the non-ASCII characters news has
/// most), which holds no letter: the Unicode table look-up is slow.
fn is_letter(c: char) -> bool {
    !('\u{2000}'..='\u{206F}').contains(&c) && c.is_alphabetic()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lex(text: &str) -> Vec<(&str, Class, bool)> {
        let mut t = Tokens::new(text);
        t.scan(0, text.len());
        (0..t.list.len())
            .map(|i| {
                let k = &t.list[i];
                (&text[t.start(i)..t.end(i)], k.class, k.space())
            })
            .collect()
    }

    #[test]
    fn numbers_words_and_marks() {
        use Class::*;
        assert_eq!(
            lex("$1.2bn, 5,000-6,000 o'clock .77 1,2 4.8.6.6 3km"),
            vec![
                ("$", Punct, true),
                ("1.2", Num, false),
                ("bn", Word, false),
                (",", Punct, false),
                ("5,000", Num, true),
                ("-", Punct, false),
                ("6,000", Num, false),
                ("o'clock", Word, true),
                (".77", Num, true),
                ("1", Num, true),
                (",", Punct, false),
                ("2", Num, false),
                ("4.8.6.6", Code, true),
                ("3", Num, true),
                ("km", Word, false),
            ]
        );
    }

    #[test]
    fn apostrophes_join_letters_only() {
        let words: Vec<&str> = lex("don’t Trump’s rock’n’roll it’ ’x o''k café’s")
            .into_iter()
            .map(|(s, _, _)| s)
            .collect();
        assert_eq!(
            words,
            [
                "don’t",
                "Trump’s",
                "rock’n’roll",
                "it",
                "’",
                "’",
                "x",
                "o",
                "'",
                "'",
                "k",
                "café’s"
            ]
        );
    }

    #[test]
    fn letter_runs_read_by_words_as_by_bytes() {
        let mut bytes: Vec<u8> = (0..=255).collect();
        bytes.extend(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ@[`{");
        for from in 0..bytes.len() {
            for to in from..bytes.len().min(from + 20) {
                let run = &bytes[from..to];
                let want = run.iter().take_while(|b| b.is_ascii_alphabetic()).count();
                let stop = run.get(want).copied().unwrap_or(0);
                assert_eq!(letter_run(run, 0), (want, stop), "{run:?}");
            }
        }
        // No letter among the general punctuation.
        for c in '\u{2000}'..='\u{206F}' {
            assert!(!c.is_alphabetic(), "{c:?}");
        }
    }

    #[test]
    fn a_word_may_go_on_past_an_apostrophe_or_a_byte_beyond_ascii() {
        for b in 0..=255u8 {
            assert_eq!(may_go_on(b), b >= 0x80 || b == b'\'', "{b}");
        }
    }

    #[test]
    fn short_words_lower_as_by_bytes() {
        let text = "A word ZZ, Été mIxEd @[`{ o'Clock x";
        let mut t = Tokens::new(text);
        t.scan(0, text.len());
        for i in 0..t.list.len() + 1 {
            let (a, b) = (t.lower(i), Lower::of(t.str(i)));
            assert_eq!(
                a.map(|l| l.as_str().to_string()),
                b.map(|l| l.as_str().to_string())
            );
        }
    }

    #[test]
    fn any_text_gives_tokens_on_char_boundaries() {
        for text in [
            "",
            "“",
            "€20",
            "a\u{0}b",
            "ü12😀x",
            "1,",
            "1.",
            ".",
            "12,345,67",
        ] {
            for (s, _, _) in lex(text) {
                assert!(!s.is_empty());
            }
        }
    }
}
