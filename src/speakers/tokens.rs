//! Words, punctuation and whole quotes as tokens, grouped in sentences and
//! paragraphs.
//!
//! A quoted piece is one opaque token: its words are the speaker's, not the
//! narrator's, so nothing inside it can be a cue or a mention (`“I warned
//! them,” she said` has one cue, `said`, and its speaker is `she`, never
//! `I`). Sentences are split outside quotes only, so `“We lost. It hurts,”
//! he said.` is one sentence holding one quote token and its attribution.

use super::words::{Abbreviation, Class, PlainWords, abbreviation};
use crate::bugs::token_past_the_end;
use crate::chars::{Decode, is_space, listed};
use crate::lines::{self, Wrapping};
use crate::quotes::Quoted;
use crate::span::{Span, cut};
use crate::swar::{self, HIGH, each};
use std::ops::{Deref, Index, Range, RangeFrom};

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Tok {
    /// A word: letters and digits, with inner `.`, `'`, `’`, `-`, `&`
    /// (`U.S.`, `Trump’s`, `al-Assad`) and the period of an abbreviation.
    Word,
    /// One punctuation character.
    Punct(char),
    /// The quoted piece with this index in the pieces given to [`tokenize`]
    /// (a piece past index [`MAX_QUOTE`] is read as text: the index shares
    /// 32 bits with the token's kind, see [`Token`]).
    Quote(u32),
}

/// The largest index of a piece that becomes a [`Tok::Quote`]: 30 bits.
const MAX_QUOTE: usize = (1 << 30) - 1;

/// One token with its place in the text: 16 bytes in wasm32, 24 natively.
/// The token list is the largest allocation of the analysis (a token every
/// 7 bytes of news); the paragraph is kept per sentence (see
/// [`tokenize`]), not per token.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Token {
    /// Where it is.
    pub span: Span,
    /// Index of its sentence (counted over the whole text).
    pub sentence: u32,
    /// What it is and, for a word, its classes, in one number: a word has
    /// classes and no other payload, punctuation and quotes the reverse.
    /// A word's [`Class`] bits, whose lowest bit (`Class::is_word`) is
    /// always set; else a [`Tok::Punct`]'s character shifted left by 2
    /// with `0b10`, a [`Tok::Quote`]'s index shifted left by 2 with `0b00`.
    /// As an enum and a class apart the token took 24 bytes in wasm32: 1 MB
    /// of news has 140,000 tokens.
    kind: u32,
}

/// The low bits of [`Token::kind`] that mark punctuation (a word has bit 0).
const PUNCT: u32 = 0b10;

/// The [`Token::kind`] of a token `tok` with the classes `class` (a word's;
/// empty for the others).
#[inline(always)]
fn kind_of(tok: Tok, class: Class) -> u32 {
    match tok {
        Tok::Word => {
            debug_assert!(class.is_word());
            class.bits()
        }
        Tok::Punct(c) => u32::from(c) << 2 | PUNCT,
        Tok::Quote(q) => q << 2,
    }
}

/// The token that a [`Token::kind`] tells.
#[inline(always)]
fn tok_of(kind: u32) -> Tok {
    match kind & 0b11 {
        0 => Tok::Quote(kind >> 2),
        PUNCT => Tok::Punct(char::from_u32(kind >> 2).unwrap_or_default()),
        _ => Tok::Word,
    }
}

impl Token {
    #[cfg(test)]
    fn new(span: Span, tok: Tok, sentence: u32, class: Class) -> Token {
        Token {
            span,
            sentence,
            kind: kind_of(tok, class),
        }
    }

    /// What it is.
    #[inline(always)]
    pub(crate) fn tok(&self) -> Tok {
        tok_of(self.kind)
    }

    /// Whether it is a word: `tok() == Tok::Word` in one bit test.
    #[inline(always)]
    pub(crate) fn is_word(&self) -> bool {
        self.kind & 1 != 0
    }

    /// Whether it is the punctuation `c`: `tok() == Tok::Punct(c)` in one
    /// comparison.
    #[inline(always)]
    pub(crate) fn is_punct(&self, c: char) -> bool {
        self.kind == u32::from(c) << 2 | PUNCT
    }

    /// Whether it is a quote.
    #[inline(always)]
    pub(crate) fn is_quote(&self) -> bool {
        self.kind & 0b11 == 0
    }

    /// What the word lists say of a word, looked up once at the split
    /// (empty for punctuation and quotes).
    #[inline(always)]
    pub(crate) fn class(&self) -> Class {
        Class::from_bits(if self.is_word() { self.kind } else { 0 })
    }
}

/// The tokens of a text, read as a slice of [`Token`]s. Indexing it
/// (`tokens[k]`, `tokens[a..b]`) checks the bounds at one place of this
/// file: an index of a slice panics with the location of each indexing
/// expression, a 16-byte record and a call of its own for each of the ~100
/// places the speakers stage indexes its tokens (about 1 KB of the .wasm
/// gzipped).
pub(crate) struct TokenList(Vec<Token>);

impl Deref for TokenList {
    type Target = [Token];

    fn deref(&self) -> &[Token] {
        &self.0
    }
}

impl Index<usize> for TokenList {
    type Output = Token;

    #[inline(always)]
    fn index(&self, k: usize) -> &Token {
        match self.0.get(k) {
            Some(token) => token,
            None => token_past_the_end(),
        }
    }
}

/// The ranges the stage slices its tokens by (each form an impl: with one
/// generic impl, the index would be the slice's, located at each place).
macro_rules! index_by_range {
    ($($range:ty),*) => {$(
        impl Index<$range> for TokenList {
            type Output = [Token];

            #[inline(always)]
            fn index(&self, range: $range) -> &[Token] {
                match self.0.get(range) {
                    Some(tokens) => tokens,
                    None => token_past_the_end(),
                }
            }
        }
    )*};
}

index_by_range!(Range<usize>, RangeFrom<usize>);

/// Where the sentences and the quotes of a tokenized text are, found as
/// the tokens are made: the attribution needs them, and walks over all
/// the tokens to find them again cost ~25 instructions a token.
pub(crate) struct Layout {
    /// The paragraph (a line of text) of each sentence.
    pub paragraphs: Vec<u32>,
    /// The first token of each sentence, then the number of tokens.
    pub sentence_start: Vec<usize>,
    /// For each piece, its token (none for a piece read as text).
    pub piece_token: Vec<Option<usize>>,
}

/// Splits `text` into tokens; each of `pieces` (sorted, disjoint) becomes
/// one [`Tok::Quote`]. Returns the tokens and where the sentences and
/// quotes are. Linear in the length of the text.
// A function of its own in the .wasm (see `speakers::attribute`).
#[inline(never)]
pub(crate) fn tokenize(text: &str, pieces: &[Quoted]) -> (TokenList, Layout) {
    let mut out = Tokens {
        text,
        pieces,
        list: Vec::with_capacity(first_capacity(text.len())),
        layout: Layout {
            paragraphs: Vec::new(),
            sentence_start: Vec::new(),
            piece_token: vec![None; pieces.len()],
        },
        sentence: 0,
        newline: false,
        // So that the first token asks too (and opens the first sentence).
        may_end: true,
    };
    let mut next_piece = 0;
    // By byte offset, a character decoded only where the byte is not ASCII:
    // `char_indices().peekable()` cost ~18 instructions a byte.
    let bytes = text.as_bytes();
    let len = text.len();
    let mut i = 0;
    // Where the next piece starts (past the text when none is left): asked
    // at every character.
    let start_of = |piece: usize| pieces.get(piece).map_or(usize::MAX, |p| p.span.start);
    let mut next_start = start_of(0);
    // Which newlines end a paragraph, as the quotes read them.
    let wrapping = Wrapping::of(text);
    let plain_words = PlainWords::new();
    let mut line_start = 0;
    'text: while i < len {
        // The next token (its place and its kind: see `Token::kind`) and
        // where to go on after it, pushed in one place (`push` is inlined:
        // one copy in the .wasm).
        let (span, kind, may_end, next) = 'token: {
            // Pieces that the scanner gave out of order or overlapping are skipped.
            if next_start <= i {
                while next_piece < pieces.len() && pieces[next_piece].span.start < i {
                    next_piece += 1;
                }
                let index = (next_piece <= MAX_QUOTE).then_some(next_piece as u32);
                if let (Some(piece), Some(index)) =
                    (pieces.get(next_piece).filter(|p| p.span.start == i), index)
                {
                    // The token it becomes, pushed below.
                    out.layout.piece_token[next_piece] = Some(out.list.len());
                    next_piece += 1;
                    next_start = start_of(next_piece);
                    // On at the first character starting at or after its end.
                    let mut j = (i + char_at(text, i).1).max(piece.span.end).min(len);
                    while !text.is_char_boundary(j) {
                        j += 1;
                    }
                    let kind = kind_of(Tok::Quote(index), Class::default());
                    break 'token (piece.span, kind, true, j);
                }
                next_start = start_of(next_piece);
            }
            // The most frequent byte, one in six of news, at once.
            if bytes[i] == b' ' {
                i += 1;
                continue 'text;
            }
            // Words first: most tokens are. (An ASCII byte by a table: its
            // two range tests cost ~9 instructions a token.)
            let ascii_alnum_first = ASCII_ALNUM.get(usize::from(bytes[i])) == Some(&true);
            // For a word, the run of ASCII letters and digits opening the 8
            // bytes from `i` (none near the text's end).
            let mut run = 0;
            if let Some(eight) = bytes.get(i..i + 8).filter(|_| ascii_alnum_first) {
                let head = swar::word(eight);
                // The run of letters: most words hold no digit, and their
                // letters are found in half the operations of letters and
                // digits (a word with a digit goes on below; on 1 MB of
                // news 0.9M instructions fewer).
                run = (!ascii_letters(head) & HIGH).trailing_zeros() as usize / 8;
                // The commonest token, a word of 1 to 7 ASCII letters
                // before a space (most of the 120,000 words of 1 MB of
                // news), classed from that one load: its end, key, case and
                // ending are not read from the text again.
                if run < 8 && (head >> (8 * run)) as u8 == b' ' {
                    let end = i + run;
                    let class = plain_words.class_loaded(head, run);
                    // (Unless a piece starts at the space: see below.)
                    let next = end + usize::from(next_start > end);
                    break 'token (Span::new(i, end), class.bits(), false, next);
                }
            }
            let (c, n) = char_at(text, i);
            if ascii_alnum_first || !c.is_ascii() && is_alnum(c) {
                // A run of ASCII letters and digits at once (known when a
                // run of letters ends within the 8 bytes loaded, at no
                // digit).
                let mut end = match run {
                    1..8 if !bytes[i + run].is_ascii_digit() => i + run,
                    0 => alnum_run_end(bytes, i + n),
                    _ => alnum_run_end(bytes, i + run),
                };
                // Only ASCII letters and digits (most words): see `PlainWords::class`.
                let mut plain = c.is_ascii();
                let mut period = false;
                // Most words end at a space: no mark joins another run, no
                // possessive apostrophe, no period (one byte test for the
                // three).
                let mut space = bytes.get(end) == Some(&b' ');
                if !space {
                    (end, plain, period) = word_end(text, i, end, plain, next_start, || {
                        // `posted on X.`: a letter after `on` is a name (the
                        // platform), not an initial.
                        out.list
                            .last()
                            .is_some_and(|t| t.span.end + 1 == i && t.span.bytes(text) == b"on")
                    });
                    space = bytes.get(end) == Some(&b' ');
                }
                let class = if plain {
                    plain_words.class(bytes, i, end)
                } else {
                    Class::of(cut(text, i, end))
                };
                // The space after a word (most words have one) at once,
                // not in a turn of the loop of its own, unless a piece
                // starts there.
                let space = space && next_start > end;
                (
                    Span::new(i, end),
                    class.bits(),
                    period,
                    end + usize::from(space),
                )
            } else if c == '\n' {
                let start = line_start;
                line_start = i + n;
                // A line goes on, unless its sentence is already longer
                // than any real one: the stages look back within a
                // sentence, and a text of lines with no stop would make one
                // sentence of all (see `MAX_SENTENCE`).
                if wrapping.goes_on_at(text, start, i) && !out.long_sentence() {
                    i += n;
                    continue 'text;
                }
                out.newline = true;
                out.may_end = true;
                i += n;
                // `Advertisement` between paragraphs: no words of the text.
                if let Some(end) = lines::boilerplate_end(text, i).filter(|&e| e < next_start) {
                    i = end;
                }
                continue 'text;
            } else if c == '('
                && let Some(end) = aside_in_name(text, i, out.list.last())
            {
                // `Luis (Lou) Serrano`, `Minister of Energy (Moe) Dan Osei`:
                // a nickname or an acronym between the words of a name or
                // a title is no token, so the name reads as one.
                i = end;
                continue 'text;
            } else if !is_space(c) {
                // A run of one control character is one token: one token each made
                // 16 MB of NULs take 643 MB of tokens.
                let mut end = i + n;
                if c.is_control() {
                    while end < len && char_at(text, end).0 == c {
                        end += n;
                    }
                }
                let may_end = matches!(c, '.' | '!' | '?');
                let kind = kind_of(Tok::Punct(c), Class::default());
                (Span::new(i, end), kind, may_end, end)
            } else {
                i += n;
                continue 'text;
            }
        };
        out.push(span, kind, may_end);
        i = next;
    }
    // The slack goes back to the allocator for the stages after this one
    // (a shrink stays in place: it copies nothing).
    out.list.shrink_to_fit();
    out.layout.sentence_start.push(out.list.len());
    (TokenList(out.list), out.layout)
}

/// Where the word from `start` ends, its first run of ASCII letters and
/// digits ending at `end` before no space, whether it is still `plain`
/// (ASCII letters and digits only) and whether it keeps a period after it:
/// inner marks join runs (`U.S`, `don’t`, `al-Assad`, `4,000`), then a
/// plural possessive's apostrophe and an abbreviation's period may follow.
/// `after_on` tells whether the word follows `on` (`posted on X.`: a letter
/// after `on` is a name, the platform, not an initial).
#[inline(always)]
fn word_end(
    text: &str,
    start: usize,
    mut end: usize,
    mut plain: bool,
    next_start: usize,
    after_on: impl FnOnce() -> bool,
) -> (usize, bool, bool) {
    let bytes = text.as_bytes();
    let len = text.len();
    loop {
        // Most words end at a mark that joins nothing: one byte test,
        // before decoding and classing a character.
        match bytes.get(end) {
            None => break,
            Some(b) if b.is_ascii() && !matches!(b, b'.' | b'\'' | b'-' | b'&' | b',') => {
                break;
            }
            // A comma joins digits only (`4,000`): most follow a letter.
            Some(b',') if !bytes[end - 1].is_ascii_digit() => break,
            _ => {}
        }
        let (d, m) = char_at(text, end);
        // An inner mark joins two runs of letters: U.S, don’t, al-Assad.
        // `4,000`: a thousands comma joins digits. Not a period
        // between a lowercase letter and a capital: a sentence
        // ends there, the space missing (`said Lt. Sid Allen.The
        // damage`).
        let after = |k: usize| char_at(text, k).0;
        let joins = is_alnum(d)
            || matches!(d, '.' | '\'' | '’' | '-' | '&')
                && end + m < len
                && is_alnum(after(end + m))
                && !(d == '.'
                    && bytes[end - 1].is_ascii_lowercase()
                    && after(end + m).is_uppercase())
            || d == ','
                && bytes[end - 1].is_ascii_digit()
                && bytes.get(end + 1).is_some_and(u8::is_ascii_digit);
        if !joins {
            break;
        }
        plain = false;
        // The next run of ASCII letters and digits at once.
        end = alnum_run_end(bytes, end + m);
    }
    // `the players’ union`: the apostrophe of a plural possessive
    // belongs to the word (the quote scanner left it outside
    // every quote: no piece starts there).
    // (0xE2 opens `’`.)
    if matches!(bytes.get(end), Some(b'\'' | 0xE2)) && bytes[end - 1] == b's' && next_start > end {
        let (d, m) = char_at(text, end);
        if matches!(d, '\'' | '’') && bytes.get(end + m) == Some(&b' ') {
            end += m;
            plain = false;
        }
    }
    // The period of `Mr.`, `U.S.` or an initial belongs to the word
    // (the only way a word ends in a period: an inner mark
    // joins letters).
    let mut period = false;
    if bytes.get(end) == Some(&b'.') {
        let before_name_or_number = || {
            cut(text, end + 1, text.len())
                .trim_start()
                .decoded()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        };
        if !(end - start == 1 && after_on())
            && takes_period(cut(text, start, end), before_name_or_number)
        {
            end += 1;
            plain = false;
            period = true;
        }
    }
    (end, plain, period)
}

/// The tokens of a text as they are made, each numbered with its sentence
/// as it comes (a second pass over the list to split the sentences cost
/// ~40 instructions a token).
struct Tokens<'t> {
    text: &'t str,
    pieces: &'t [Quoted],
    list: Vec<Token>,
    /// The sentences and quotes so far.
    layout: Layout,
    /// The sentence of the last token.
    sentence: u32,
    /// Whether a line ended since the last token. Blank lines between
    /// paragraphs count once: paragraph numbers go up by one from a
    /// paragraph to the next.
    newline: bool,
    /// Whether a sentence may end after the last token: after a `.`, `!`
    /// or `?`, a word keeping its period or a quote (see [`ends_sentence`]),
    /// and where a line ended since it, or before the first token. Most
    /// tokens end none: the next one asks about a boundary only after these.
    may_end: bool,
}

/// The tokens of the longest sentence a wrapped line goes on into; past
/// it a line break ends the sentence (a sentence of news rarely holds 80
/// words).
const MAX_SENTENCE: usize = 150;

impl Tokens<'_> {
    /// Whether the sentence of the last token holds more than
    /// [`MAX_SENTENCE`] tokens.
    fn long_sentence(&self) -> bool {
        let start = self.layout.sentence_start.last().copied().unwrap_or(0);
        self.list.len() - start > MAX_SENTENCE
    }

    /// Adds a token of the kind `kind` (see [`Token::kind`]), in the
    /// sentence of the one before or the next one; `may_end` tells whether
    /// a sentence may end after it. Its kind is made by the tokenizer's
    /// branch that found it: a match on a [`Tok`] here cost ~10
    /// instructions a token.
    #[inline(always)]
    fn push(&mut self, span: Span, kind: u32, may_end: bool) {
        let ends = std::mem::replace(&mut self.may_end, may_end);
        // Most tokens go on with the sentence of the one before.
        if ends {
            self.boundary(span, tok_of(kind), ends);
        }
        if self.list.len() == self.list.capacity() {
            let more = more_capacity(self.list.len(), span.start, self.text.len());
            self.list.reserve_exact(more);
        }
        self.list.push(Token {
            span,
            sentence: self.sentence,
            kind,
        })
    }

    /// Before the token `tok` at `span`: starts the first sentence, or the
    /// next one where a line or a sentence ends (`ends`: the last token may
    /// end one). Out of line: asked at few tokens.
    #[inline(never)]
    fn boundary(&mut self, span: Span, tok: Tok, ends: bool) {
        let new_paragraph = std::mem::take(&mut self.newline);
        let layout = &mut self.layout;
        match self.list.last() {
            None => {
                layout.paragraphs.push(0);
                layout.sentence_start.push(0);
            }
            Some(prev) => {
                if new_paragraph || ends && ends_sentence(self.text, self.pieces, prev, tok, span) {
                    self.sentence += 1;
                    let paragraph = layout
                        .paragraphs
                        .last()
                        .map_or(0, |&p| p + u32::from(new_paragraph));
                    layout.paragraphs.push(paragraph);
                    layout.sentence_start.push(self.list.len());
                }
            }
        }
    }
}

/// The end of a parenthesis at byte `open` holding one or two capitalised
/// words (`(Lou)`, `(Mosti)`, `(Big Joe)`) between a capitalised word, the
/// token `before` (not a dateline in capitals: `WASHINGTON (AP)`), and
/// another after a space: a nickname or an acronym inside a name or a
/// title.
fn aside_in_name(text: &str, open: usize, before: Option<&Token>) -> Option<usize> {
    let before = before?.span.bytes(text);
    let starts_upper = |w: &[u8]| w.first().is_some_and(u8::is_ascii_uppercase);
    if !(starts_upper(before) && before.iter().any(u8::is_ascii_lowercase)) {
        return None;
    }
    let bytes = text.as_bytes();
    let close = open
        + 1
        + bytes
            .get(open + 1..)?
            .iter()
            .take(24)
            .position(|&b| b == b')')?;
    let inner = &bytes[open + 1..close];
    let words = inner.split(|&b| b == b' ');
    let named = words.clone().count() <= 2
        && words
            .into_iter()
            .all(|w| starts_upper(w) && w.iter().all(|&b| b.is_ascii_alphabetic() || b == b'.'));
    let after = bytes.get(close + 1..close + 3)?;
    (named && after[0] == b' ' && after[1].is_ascii_uppercase()).then_some(close + 2)
}

/// Whether token `k` opens its sentence.
pub(crate) fn starts_sentence(tokens: &TokenList, k: usize) -> bool {
    k == 0 || tokens[k - 1].sentence != tokens[k].sentence
}

/// The end of the run of ASCII letters and digits of `bytes` from `at`:
/// 8 bytes at a time, then byte by byte. The byte loop cost ~11
/// instructions a letter (~5M of the ~19M the tokenizer took on 1 MB of
/// news).
// Inlined: its call cost as much as its loop, at most words of the text.
#[inline(always)]
fn alnum_run_end(bytes: &[u8], mut at: usize) -> usize {
    while let Some(chunk) = bytes.get(at..at + 8) {
        let other = !ascii_alnum(swar::word(chunk)) & HIGH;
        if other != 0 {
            // The first byte is the lowest.
            return at + (other.trailing_zeros() / 8) as usize;
        }
        at += 8;
    }
    while at < bytes.len() && bytes[at].is_ascii_alphanumeric() {
        at += 1;
    }
    at
}

/// The high bit of each byte of `w` that is an ASCII letter or digit, and
/// of no other.
#[inline(always)]
fn ascii_alnum(w: u64) -> u64 {
    // Per byte below 0x80, the high bit set when `lo <= x <= hi` (no carry
    // crosses a byte: each sum stays below 0x100).
    let within = |x: u64, lo: u8, hi: u8| (x + each(0x80 - lo)) & !(x + each(0x7F - hi)) & HIGH;
    let low = w & !HIGH;
    // `| 0x20` folds A-Z onto a-z; the bytes of 0x80 and up are none.
    (within(low | each(0x20), b'a', b'z') | within(low, b'0', b'9')) & !w & HIGH
}

/// The high bit of each byte of `w` that is an ASCII letter, and of no
/// other (see [`ascii_alnum`]).
#[inline(always)]
fn ascii_letters(w: u64) -> u64 {
    // `| 0x20` folds A-Z onto a-z; the high bit cleared so that no sum
    // carries into the next byte, and the bytes of 0x80 and up ruled out by
    // `!w`.
    let low = (w | each(0x20)) & !HIGH;
    (low + each(0x80 - b'a')) & !(low + each(0x7F - b'z')) & !w & HIGH
}

/// For each ASCII byte, whether it is a letter or a digit.
static ASCII_ALNUM: [bool; 128] = {
    let mut table = [false; 128];
    let mut b = 0;
    while b < 128 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

/// [`char::is_alphanumeric`], with the General Punctuation block (U+2000 to
/// U+206F: ’ “ ” — … and the wide spaces, frequent in news) answered
/// without the Unicode table search, which cost ~350 instructions a
/// character (11,306 per call on 1 MB of news); no character of the block
/// is a letter or a digit (a test checks each).
#[inline(always)]
pub(crate) fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    !('\u{2000}'..='\u{206F}').contains(&c) && c.is_alphanumeric()
}

/// The character starting at byte `i` of `text` (a character boundary
/// before its end) and its length in bytes; ASCII without decoding.
#[inline(always)]
fn char_at(text: &str, i: usize) -> (char, usize) {
    match text.as_bytes()[i] {
        b if b.is_ascii() => (char::from(b), 1),
        _ => decode_at(text, i),
    }
}

/// [`char_at`] past ASCII: the decoding in one function, not inlined at
/// each of the seven places of the tokenizer that read a character.
#[inline(never)]
fn decode_at(text: &str, i: usize) -> (char, usize) {
    let c = cut(text, i, text.len())
        .chars()
        .next()
        .unwrap_or(char::REPLACEMENT_CHARACTER);
    (c, c.len_utf8())
}

/// Room for the tokens of a text of `len` bytes before any is read: news
/// runs 7.2 bytes a token (quotes are one token; 1 MB of news 139,394
/// tokens, of the benchmark text 137,090), so one in 6 bytes holds typical
/// text without growing. The old one in 5 left 30% of the list unused, and
/// the token list is the largest allocation of the whole analysis (24 bytes
/// a token in wasm, 32 natively).
fn first_capacity(len: usize) -> usize {
    len / 6 + 16
}

/// How many more tokens to make room for when the list is full after
/// `count` tokens, the last of them starting at byte `at` of `len`: as many
/// as the rest of the text holds at the density seen so far, plus an eighth.
/// Dense text (`a a a …`, a row of punctuation) so grows by a few exact
/// steps instead of doubling, which would leave up to half of the list
/// unused and hold old and new list at once while copying.
fn more_capacity(count: usize, at: usize, len: usize) -> usize {
    let (count, at, len) = (count as u64, at.max(1) as u64, len as u64);
    let rest = count.saturating_mul(len.saturating_sub(at)) / at;
    let more = rest.saturating_add(rest / 8).saturating_add(64);
    usize::try_from(more)
        .unwrap_or(usize::MAX)
        .min(len as usize + 1)
}

/// Whether a word keeps a period after it: an abbreviation, an initial, a
/// word with inner periods (`U.S`), a title before a name (`Mr. Lee`).
/// (`before_name_or_number` tells whether a capitalised word or a number follows,
/// asked last.)
fn takes_period(word: &str, before_name_or_number: impl FnOnce() -> bool) -> bool {
    let mut chars = word.decoded();
    let single = chars.next().is_some_and(char::is_uppercase) && chars.next().is_none();
    // Each abbreviation is at most 5 bytes long (a test checks): most words
    // before a period (a sentence's last) are longer.
    let abbreviation = || match abbreviation(word) {
        Some(Abbreviation::Always) => true,
        Some(Abbreviation::BeforeName) => before_name_or_number(),
        None => false,
    };
    // A byte loop: `contains('.')` called `memchr` for a few bytes.
    single || word.bytes().any(|b| b == b'.') || word.len() <= 5 && abbreviation()
}

/// Whether a sentence ends between the token `prev` and the next one, `tok`
/// at `span` (in one paragraph): at `.`, `!` or `?` outside quotes, and
/// after a quote that ends its own sentence and is followed by a
/// capitalised word or another quote (`“We lost.” He left.`).
#[inline(always)]
fn ends_sentence(text: &str, pieces: &[Quoted], prev: &Token, tok: Tok, span: Span) -> bool {
    match prev.tok() {
        // `(D-Ore.) said`, `Ore., said`, `the U.S. said`: a period
        // before a bracket, a comma or a lowercase word ends nothing.
        Tok::Punct('.') => match tok {
            Tok::Punct(')' | ',') => false,
            Tok::Word => !text[span].starts_with(char::is_lowercase),
            _ => true,
        },
        Tok::Punct('!' | '?') => true,
        // `… attacks in the U.S. He says …`: an abbreviation that
        // keeps its period ends the sentence before a subject
        // pronoun (a name may follow `U.S.` inside a sentence).
        // (The last byte tested without slicing the text: asked of
        // every word.)
        // So does a company's suffix before a quote (`said Kevin Osei, an
        // analyst at Lindell & Co. “Greenleaf has …”`).
        Tok::Word if text.as_bytes()[prev.span.end - 1] == b'.' => match tok {
            Tok::Word => listed("He She They We I", &text[span]),
            Tok::Quote(_) => listed("Co. Corp. Inc. Ltd. Jr. Sr.", &text[prev.span]),
            Tok::Punct(_) => false,
        },
        Tok::Quote(q) => {
            let inner = pieces.get(q as usize).map_or("", |p| &text[p.span]);
            // The last letter, digit or stop is a stop.
            let stop = |c: char| matches!(c, '.' | '!' | '?');
            let closes_sentence = inner
                .decoded()
                .rev()
                .find(|&c| is_alnum(c) || stop(c))
                .is_some_and(stop);
            let next_starts = match tok {
                Tok::Word => text[span].starts_with(char::is_uppercase),
                Tok::Quote(_) => true,
                Tok::Punct(_) => false,
            };
            closes_sentence && next_starts
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quotes::scan;

    fn words(text: &str) -> Vec<(String, u32)> {
        let pieces = scan(text);
        tokenize(text, &pieces)
            .0
            .iter()
            .map(|t| (text[t.span].to_string(), t.sentence))
            .collect()
    }

    #[test]
    fn quotes_are_single_tokens_and_abbreviations_keep_their_period() {
        let got = words("“We lost. Yes,” Mr. Hun Sen said. The U.S. did.");
        let got: Vec<_> = got.iter().map(|(w, s)| format!("{w}/{s}")).collect();
        assert_eq!(
            got,
            [
                "“We lost. Yes,”/0",
                "Mr./0",
                "Hun/0",
                "Sen/0",
                "said/0",
                "./0",
                "The/1",
                "U.S./1",
                "did/1",
                "./1"
            ]
        );
    }

    #[test]
    fn a_token_gives_back_its_kind_and_class() {
        let span = Span::new(0, 1);
        let class = Class::of("said");
        let word = Token::new(span, Tok::Word, 7, class);
        assert_eq!(
            (word.tok(), word.class(), word.sentence),
            (Tok::Word, class, 7)
        );
        for tok in [
            Tok::Punct(','),
            Tok::Punct('—'),
            Tok::Punct(char::MAX),
            Tok::Quote(0),
            Tok::Quote(MAX_QUOTE as u32),
        ] {
            let t = Token::new(span, tok, 0, Class::default());
            assert_eq!((t.tok(), t.class()), (tok, Class::default()));
            assert_eq!(t.is_quote(), matches!(tok, Tok::Quote(_)));
            assert!(!t.is_word());
        }
        assert!(Token::new(span, Tok::Punct(','), 0, Class::default()).is_punct(','));
        assert!(!Token::new(span, Tok::Quote(11), 0, Class::default()).is_punct(','));
    }

    #[test]
    fn a_run_of_control_characters_is_one_token() {
        let text = format!("Ann{}said", "\u{0}".repeat(1000));
        let got = words(&text);
        assert_eq!(got.len(), 3);
        assert_eq!(got[1].0.len(), 1000);
    }

    #[test]
    fn dense_text_grows_the_list_in_exact_steps_not_doubling() {
        // One token every 2 bytes, three times the room reserved first.
        let text = "a ".repeat(30_000);
        let (tokens, _) = tokenize(&text, &[]);
        assert_eq!(tokens.len(), 30_000);
        assert_eq!(tokens.0.capacity(), 30_000);
        // Each step asks for what the rest of the text holds at the density
        // seen so far, plus an eighth: never near double the final count.
        let mut room = first_capacity(text.len());
        while room < 30_000 {
            // The list is full at the token starting at byte 2 * room - 2.
            room += more_capacity(room, 2 * room - 2, text.len());
        }
        assert!(room < 30_000 * 5 / 4, "{room}");
        // Typical news (7 bytes a token) fits the first reservation.
        assert!(first_capacity(7_000_000) >= 1_000_000);
    }

    #[test]
    fn the_growth_estimate_stays_within_the_text() {
        assert_eq!(more_capacity(0, 0, 0), 1);
        assert!(more_capacity(10, 1, 100) <= 101);
        // No overflow on counts near the top of the range (a 32-bit wasm).
        assert!(more_capacity(u32::MAX as usize, 1, u32::MAX as usize) <= u32::MAX as usize + 1);
        assert!(more_capacity(1000, 5000, 6000) >= 200);
    }

    #[test]
    fn an_alphanumeric_run_ends_where_byte_by_byte_it_would() {
        // Every byte value at every place of a run, at every start.
        for b in 0..=255u8 {
            for at in 0..12 {
                let mut bytes = b"abcXYZ0129qQabcdefghijkl".to_vec();
                bytes[at] = b;
                for start in 0..bytes.len() {
                    let plain = (start..bytes.len())
                        .find(|&k| !bytes[k].is_ascii_alphanumeric())
                        .unwrap_or(bytes.len());
                    assert_eq!(alnum_run_end(&bytes, start), plain, "{b} at {at}");
                }
            }
        }
    }

    #[test]
    fn letters_are_flagged_as_byte_by_byte() {
        // Every byte value at every place, among letters and others.
        for b in 0..=255u8 {
            for at in 0..8 {
                let mut bytes = *b"aZ0 \xE2@[`";
                bytes[at] = b;
                let w = swar::word(&bytes);
                for (k, x) in bytes.iter().enumerate() {
                    let flagged = ascii_letters(w) >> (8 * k + 7) & 1 == 1;
                    assert_eq!(flagged, x.is_ascii_alphabetic(), "{bytes:?} at {k}");
                }
            }
        }
    }

    #[test]
    fn is_alnum_is_the_standard_test_for_every_character() {
        for c in (0..=0x3000).filter_map(char::from_u32) {
            assert_eq!(is_alnum(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn each_sentence_keeps_its_paragraph() {
        let (tokens, layout) = tokenize("A b.\nC d. E f.\n\n\nG", &[]);
        assert_eq!(layout.paragraphs, [0, 1, 1, 2]);
        assert_eq!(layout.sentence_start, [0, 3, 6, 9, 10]);
        assert_eq!(tokens.last().map(|t| t.sentence), Some(3));
        let (_, empty) = tokenize("", &[]);
        assert_eq!(empty.paragraphs, [] as [u32; 0]);
        assert_eq!(empty.sentence_start, [0]);
    }

    #[test]
    fn a_quote_ending_its_sentence_splits_before_a_capital() {
        let got = words("“We lost.” He left. “Why?” she asked.");
        let sentences: Vec<u32> = got.iter().map(|(_, s)| *s).collect();
        assert_eq!(sentences, [0, 1, 1, 1, 2, 2, 2, 2]);
    }
}
