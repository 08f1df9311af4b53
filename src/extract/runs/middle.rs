//! A word of faith or origin written as a middle name: "Mohammed Shia al-Sudani".

use super::super::Para;
use super::super::lexicon::LEX;
use super::super::text::{is_capitalised, is_hyphen};

/// "Mohammed Shia al-Sudani", "Ali Sunni al-Hakim": a demonym between a known given name and
/// a surname joined to its Arabic article ("al-", "el-", "as-") is a middle name. An
/// adjective of faith or origin never stands there: "Shia militias", "the Shia cleric A".
pub(super) fn arabic_middle(p: &Para<'_>, i: usize) -> bool {
    let given = i > 0
        && p.word_at(i - 1).is_some_and(|w| {
            is_capitalised(w) && LEX.given_names.contains_key(w.to_lowercase().as_str())
        });
    let surname = p
        .word_at(i + 1)
        .and_then(|w| w.split_once(is_hyphen))
        .is_some_and(|(a, b)| {
            let a = a.to_lowercase();
            (matches!(a.as_str(), "al" | "el") || LEX.hyphen_particles.contains(a.as_str()))
                && is_capitalised(b)
        });
    given && surname
}
