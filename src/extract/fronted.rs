//! A noun phrase that opens the sentence and stands before a name with a comma between:
//! "Another hostage, Keith Siegel, is expected …", "A second captive, A, was freed …". The
//! phrase is the name's apposition put first, so the captive noun is the person's own.
//! `roles::pre_apposition` reads offices there but no hostage words, because a clause before
//! the comma ("after meeting the hostages, Witkoff said") is about others; here the phrase
//! must open the sentence with a determiner and end in a singular captive noun.

use super::Para;
use super::roles::word;
use crate::entity::Role;

/// Words that open such a noun phrase.
const OPENERS: &[&str] = &["another", "a", "an", "one", "the", "this", "that"];

/// Nouns of one captive.
const CAPTIVE: &[&str] = &["hostage", "captive", "abductee"];

/// Hostage for the name whose title run starts at `l0` when the sentence opens with
/// "Another hostage, " (or "A third freed captive, ") right before it.
pub(super) fn fronted_captive(p: &Para<'_>, l0: usize) -> Vec<Role> {
    if l0 < 3 || !p.toks[l0 - 1].is_punct(',') {
        return Vec::new();
    }
    let head = l0 - 2;
    if !word(p, head).is_some_and(|w| CAPTIVE.contains(&w.as_str())) {
        return Vec::new();
    }
    // Back to the sentence start across lower-case words only ("a second freed hostage").
    let mut s = head;
    while s > 0 && head - s < 5 && !p.starts[s] {
        s -= 1;
        let lower = p.toks[s].is_word()
            && p.toks[s]
                .text(p.text)
                .chars()
                .next()
                .is_some_and(|c| c.is_lowercase() || s == 0 || p.starts[s]);
        if !lower {
            return Vec::new();
        }
    }
    if !p.starts[s] || p.in_quote.get(head).copied().unwrap_or(false) {
        return Vec::new();
    }
    if word(p, s).is_some_and(|w| OPENERS.contains(&w.as_str())) {
        vec![Role::Hostage]
    } else {
        Vec::new()
    }
}
