//! A one-word place that stands where a person does: the subject of a sentence's verb, the
//! speaker after a quotation ("…," Sheffield said), or a name with an age set off after it.
//! Where the article names someone in full with that word as surname ("Mary Sheffield"),
//! `people::resolve` makes it that person; a place named nowhere else as a surname stays one.

use super::super::Para;
use super::super::lexicon::LEX;
use super::super::set_off::is_age;
use super::super::text::{Tok, is_double_quote, lower};

/// "Sheffield dedicated the win to …", "Sheffield, 37, will be …", "'…,' Sheffield said",
/// "'…,' said Sheffield": the one word at `t0..t1` opening a sentence of narration with its
/// verb (a lower-case word) or an age set off by commas after it, or a reporting verb's
/// subject right after a quotation's closing mark, on either side of the verb.
pub(in super::super) fn place_as_subject(p: &Para<'_>, t0: usize, t1: usize) -> bool {
    if t1 != t0 + 1 || p.in_quote[t0] || p.headline {
        return false;
    }
    let word = |i: usize| {
        p.toks
            .get(i)
            .filter(|t| t.is_word())
            .map(|t| t.text(p.text))
    };
    let verb_next = word(t1).is_some_and(|w| w.starts_with(char::is_lowercase));
    let aged = p.toks.get(t1).is_some_and(|t| t.is_punct(','))
        && word(t1 + 1).is_some_and(is_age)
        && p.toks.get(t1 + 2).is_some_and(|t| t.is_punct(','));
    if p.starts[t0] && (verb_next || aged) {
        return true;
    }
    let reports = |i: usize| word(i).is_some_and(|w| LEX.reporting_verbs.contains(&*lower(w)));
    let closing = |i: Option<usize>| {
        i.and_then(|i| p.toks.get(i))
            .is_some_and(|t| matches!(t.kind, Tok::Punct(c) if is_double_quote(c)))
    };
    // "in Sheffield said": only a quotation's mark before the name (or before "said") makes
    // it the verb's subject; a preposition keeps it a place.
    closing(t0.checked_sub(1)) && reports(t1)
        || t0 > 0 && reports(t0 - 1) && closing(t0.checked_sub(2))
}
