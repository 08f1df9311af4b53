//! Marks written inside a name: where a person stands in a photo ("A (left) B") and the name
//! someone goes by ("Barry \"Butch\" Wilmore", "Ahmed (Avera) Mengistu"). A run of name words
//! goes on past them.

use super::super::Para;
use super::super::lexicon::LEX;
use super::super::text::{Tok, is_capitalised, is_double_quote, lower};

/// "(R)", "(L-R)", "(left)": where a person stands in a photo, written after the name in a
/// caption. Returns how many tokens the marker takes, brackets included.
/// Asked at every token of every run, so the bracket is looked at before the word.
pub(super) fn position_marker(p: &Para<'_>, i: usize) -> Option<usize> {
    if !p.toks.get(i).is_some_and(|t| t.is_punct('('))
        || !p.toks.get(i + 2).is_some_and(|t| t.is_punct(')'))
    {
        return None;
    }
    let word = p.toks.get(i + 1).filter(|t| t.is_word())?.text(p.text);
    let marker = matches!(
        &*lower(word),
        "l" | "r" | "c" | "l-r" | "r-l" | "left" | "right" | "center" | "centre"
    );
    marker.then_some(3)
}

/// "(Avera)" or "\"Butch\"" at token `i`, after a common given name and before a capitalised word: the
/// name someone goes by, written inside their full name. The full name is the given name
/// and the surname; an acronym in brackets ("Ministry (MoFA) Director") is not a nickname.
pub(super) fn nickname(p: &Para<'_>, i: usize) -> bool {
    let word = |j: usize| p.word_at(j);
    let given = i > 0
        && word(i - 1).is_some_and(|w| LEX.given_names.contains_key(w.to_lowercase().as_str()));
    let inner = word(i + 1).is_some_and(|w| {
        is_capitalised(w) && w.chars().skip(1).all(|c| c.is_lowercase()) && w.chars().count() > 1
    });
    // "Barry "Butch" Wilmore": a nickname may stand in quotation marks instead.
    let quote = |j: usize| {
        p.toks
            .get(j)
            .is_some_and(|t| matches!(t.kind, Tok::Punct(q) if is_double_quote(q)))
    };
    let marks = p.toks[i].is_punct('(') && p.toks.get(i + 2).is_some_and(|t| t.is_punct(')'))
        || quote(i) && quote(i + 2);
    given && marks && inner && word(i + 3).is_some_and(is_capitalised)
}
