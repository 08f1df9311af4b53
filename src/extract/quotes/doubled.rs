//! A doubled opening mark ("““I confirm …", "“”I confirm …"): copy pasted from a page or
//! typed twice opens one quotation with two marks.

use super::mark_len;
use crate::extract::text::{is_double_quote, typewriter_mark};

/// "““I confirm …,” she said", "“”I confirm …": two double marks typed in a row where a
/// quotation opens (at the paragraph's start, after a space or right after a colon:
/// "asked the meeting:””Where …”"), the second right before a
/// word, open one quotation; read one at a time, the pair would close an empty span and
/// lose the words after it. Returns where the second mark is.
pub(super) fn doubled_open(text: &str, at: usize) -> Option<usize> {
    let first = mark_len(&text[at..]);
    let second = at + first;
    let prev = text[..at].chars().next_back();
    let rest = &text[second..];
    let width = mark_len(rest);
    let is_mark =
        rest.chars().next().is_some_and(is_double_quote) || typewriter_mark(rest).is_some();
    let word_after = rest[width.min(rest.len())..]
        .chars()
        .next()
        .is_some_and(char::is_alphanumeric);
    (first > 0 && prev.is_none_or(|p| p.is_whitespace() || p == ':') && is_mark && word_after)
        .then_some(second)
}
