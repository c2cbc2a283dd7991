//! Telling a quote of a speaker from a quoted term (a scare quote, a title,
//! a nickname).

use crate::span::Span;

/// Whether the quoted span reads as a term rather than someone's words: a
/// few words with no sentence punctuation inside (`so-called “reforms”`,
/// `“Saturday Night Live”`).
pub(crate) fn is_term(text: &str, span: Span) -> bool {
    let inner = &text[span];
    let words = inner.split_whitespace().count();
    let sentence_like = inner.chars().any(|c| ".,!?;:".contains(c));
    words <= 3 && !sentence_like
}
