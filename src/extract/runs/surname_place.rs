//! Words that spell something else standing where a surname stands: the pronoun "He", a
//! common Chinese surname, after a title or before a given name inside a sentence ("Vice
//! Premier He Lifeng", "met He Lifeng"); and, in a name an honorific opens ("Mr. A B Lao",
//! "Mr. A DonSokri"), a nationality's word or a word with an inner capital, which the
//! honorific says is that person's surname, not a people or a brand.

use super::super::Para;
use super::super::lexicon::LEX;
use super::super::para::HONORIFICS;
use super::super::text::{is_all_caps, is_capitalised};

/// The capitalised "He" at token `i` is a surname: a title stands right before it ("Vice
/// Premier He said"), or, away from a sentence's opening and outside a heading, a
/// capitalised word follows that is no title ("talks with He Lifeng"). Opening a sentence
/// it is the pronoun, as a name never follows one.
pub(super) fn pronoun_surname(p: &Para<'_>, i: usize) -> bool {
    if p.toks[i].text(p.text) != "He" || p.headline {
        return false;
    }
    let titled = i > 0
        && p.word_at(i - 1)
            .is_some_and(|t| is_capitalised(t) && LEX.is_title(t));
    let named = !p.starts[i]
        && p.word_at(i + 1).is_some_and(|n| {
            is_capitalised(n)
                && !is_all_caps(n)
                && !LEX.is_title(n)
                && !LEX.stopwords.contains(n.to_lowercase().as_str())
        });
    titled || named
}

/// Token `i` closes a name an honorific opens: the honorific ("Mr", "Mrs.", "Dr"), then up to
/// three capitalised words that are no titles, then the word at `i`, and no capitalised word
/// after it.
pub(super) fn after_honorific(p: &Para<'_>, i: usize) -> bool {
    let next_cap = p.word_at(i + 1).is_some_and(is_capitalised);
    let honorific = |j: usize| {
        p.word_at(j)
            .is_some_and(|w| HONORIFICS.contains(&w.trim_end_matches('.')))
    };
    let mut k = i;
    for _ in 0..4 {
        let Some(j) = k.checked_sub(1) else {
            return false;
        };
        if p.toks[j].is_punct('.') {
            return j > 0 && honorific(j - 1) && !next_cap;
        }
        if honorific(j) {
            return !next_cap;
        }
        if !p
            .word_at(j)
            .is_some_and(|w| is_capitalised(w) && !LEX.is_title(w))
        {
            return false;
        }
        k = j;
    }
    false
}
