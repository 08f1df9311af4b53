//! Names given in passing, which a later bare surname does not mean when the article gave
//! that surname to someone else first (`people::short`): a relative set off after a family
//! word further into a sentence, and one whose death the story tells.

use super::super::Para;
use super::super::lexicon::LEX;
use super::{kin_apposed, list_start};

/// "…, and his father, Steve Beshear, who served …": a relative set off after a family word
/// further into a sentence, not in the phrase that opens it as its subject ("His father, Adi
/// Alexander, said …"). Named so in passing, the relative leaves a bare surname the article
/// already gave another to that other (`people::short`).
pub(in crate::extract) fn kin_aside(p: &Para<'_>, t0: usize) -> bool {
    let s = p.sentence_start(t0);
    // "His father, NAME", "Her mother NAME", "Father NAME": the family word opens the sentence.
    let opens_subject = t0 <= s + 3
        && p.word_at(s).is_some_and(|w| {
            let w = w.to_lowercase();
            matches!(w.as_str(), "his" | "her" | "their" | "the") || LEX.kin.contains(w.as_str())
        });
    !p.headline && (kin_apposed(p, t0) && !opens_subject || dead_object(p, t0))
}

/// "the shooting deaths of Maggie and Paul Murdaugh", "the bodies of A and B": a name (or a
/// list ending with it) after "of" and a noun of death is someone the story is about the
/// death of, named in passing, who speaks no later bare surname.
fn dead_object(p: &Para<'_>, t0: usize) -> bool {
    const DEATH: &[&str] = &[
        "death", "deaths", "killing", "killings", "murder", "murders", "body", "bodies", "remains",
        "funeral", "funerals", "grave", "graves",
    ];
    let s = list_start(p, t0);
    s >= 2
        && p.word_at(s - 1) == Some("of")
        && p.word_at(s - 2)
            .is_some_and(|w| DEATH.contains(&w.to_lowercase().as_str()))
}
