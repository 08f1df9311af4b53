//! The lower-cased word at a token, the one lookup every rule of roles reads text by.

use super::super::Para;

/// The lower-cased word at token `i`; `None` for punctuation or past the paragraph's end.
pub(in crate::extract) fn word(p: &Para<'_>, i: usize) -> Option<String> {
    p.toks
        .get(i)
        .filter(|t| t.is_word())
        .map(|t| t.text(p.text).to_lowercase())
}

/// The lower-cased word `k` tokens before token `i` (none before the paragraph starts), for
/// the rules that read back from a name.
pub(in crate::extract) fn word_back(p: &Para<'_>, i: usize, k: usize) -> Option<String> {
    i.checked_sub(k).and_then(|j| word(p, j))
}
