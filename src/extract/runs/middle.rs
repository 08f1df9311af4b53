//! Words that read as common ones but stand where only a name does: a word of faith or
//! origin written as a middle name ("Mohammed Shia al-Sudani"), a word opening a sentence
//! before ", who" ("Usher, who is performing on Sunday, told …").

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

/// "Usher, who is performing on Sunday, told attendees …": one word opening a sentence, set
/// off by a comma before "who", is a person, even where the article also writes the word in
/// lower case ("to usher in"): "who" refers to people only. A plural ("Residents, who …")
/// names a group.
pub(super) fn before_who(p: &Para<'_>, i: usize, lower: &str) -> bool {
    p.toks.get(i + 1).is_some_and(|t| t.is_punct(','))
        && p.word_at(i + 2) == Some("who")
        && !lower.ends_with('s')
        && !LEX.stopwords.contains(lower)
}
