//! Title runs that name no public office though an office word ends them: the head of a
//! college, a club or a company, of a union or an association, the leader of a cause, a film's
//! director. Each takes "official" back from the roles its words give.

use super::super::super::Para;
use super::super::super::lexicon::LEX;
use super::super::word;
use crate::entity::Role;
use crate::extract::text::hyphenated_words;

/// A title run whose head office ("President", "Chairman") comes after an institution word
/// ("College Democrats President", "Harbor Rowing Club President"): the head of a club, a
/// college or a company, no public office. A school board or district governs, so an
/// institution word before "board" or "district" names a public body.
pub(super) fn heads_institution(left: &str) -> bool {
    let words: Vec<String> = hyphenated_words(left).map(str::to_lowercase).collect();
    let Some(head) = words
        .iter()
        .rposition(|w| LEX.institution_heads.contains(w.as_str()))
    else {
        return false;
    };
    (0..head).any(|i| {
        LEX.institutions.contains(words[i].as_str())
            && !matches!(
                words.get(i + 1).map(String::as_str),
                Some("board" | "boards" | "district")
            )
    })
}

/// "Education Association President A", "slain conservative leader B": the title heads a body
/// outside government or leads a cause (read with the word before the run, in its case).
pub(super) fn civil_or_cause(p: &Para<'_>, l0: usize, left: &str) -> bool {
    let lead = l0
        .checked_sub(1)
        .and_then(|i| p.toks.get(i))
        .filter(|t| t.is_word())
        .map_or("", |t| t.text(p.text));
    let institution = super::super::super::institution::heads_civil_body;
    institution(left) || super::super::super::institution::leads_movement(&format!("{lead} {left}"))
}

/// "Acme Rail CEO and President A": a head office ("President", "Chairman") joined by "and"
/// to an office only a company or a club has (a CEO, a founder) is held in the same body, no
/// public office. The run stops at the lower-case "and", so the words before it are read.
pub(super) fn joined_to_company_head(two: Option<&str>, one: Option<&str>, left: &str) -> bool {
    let head = left
        .split_whitespace()
        .next()
        .is_some_and(|w| LEX.institution_heads.contains(w.to_lowercase().as_str()));
    let private = two.is_some_and(|w| {
        LEX.institution_heads.contains(w) && !LEX.roles_in(w).contains(&Role::Official)
    });
    head && one == Some("and") && private
}

/// "actor A and director B": "director" alone, in lower case, with no body before it (no
/// "FBI", no "the agency's", no "elections") directs a film or a play, no public office.
pub(super) fn bare_director(p: &Para<'_>, l0: usize, left: &str) -> bool {
    let open = l0 == 0
        || !p.toks[l0 - 1].is_word()
        || word(p, l0 - 1).is_some_and(|w| matches!(w.as_str(), "and" | "the" | "by" | "with"));
    left == "director" && open
}
