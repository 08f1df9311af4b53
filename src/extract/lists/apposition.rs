//! A plural apposition after a list is the whole list's: in "A and B, key negotiators in the
//! talks," both are negotiators, though the apposition stands after B alone.

use super::super::lexicon::LEX;
use super::group_roles;
use crate::entity::Role;
use crate::extract::text::is_hyphen;

/// The roles an apposition after the last name of a list gives every name of the list: only
/// when its first role word is a plural ("negotiators", "envoys", "hostages"), and never when
/// it speaks of family ("the hostages' parents"). A singular head ("A and B, a negotiator")
/// is the last name's own.
pub(in crate::extract) fn shared(apposition: Option<&str>) -> Vec<Role> {
    let Some(text) = apposition else {
        return Vec::new();
    };
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric() && !is_hyphen(c) && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .collect();
    if words
        .iter()
        .any(|w| LEX.kin.contains(w.trim_end_matches(['\'', '’', 's'])) || LEX.kin.contains(w))
    {
        return Vec::new();
    }
    let Some(head) = words.iter().find(|w| !LEX.roles_in(w).is_empty()) else {
        return Vec::new();
    };
    // "hostages'" is a possessive, the start of someone else's noun phrase.
    if head.ends_with(['\'', '’']) {
        return Vec::new();
    }
    group_roles(head, &LEX.roles_in(head))
}

/// "A, 20, and B, 36, both held in Gaza", "C, D and E, all freed last week": an apposition
/// that opens with "both" or "all" speaks of every name of the list before it, whatever its
/// head, so the roles read from it are the list's.
pub(in crate::extract) fn opens_plural(apposition: Option<&str>) -> bool {
    // "A and B, 45 and 35 respectively at the time of their kidnapping,": told of each.
    let respectively = |a: &str| a.split_whitespace().any(|w| w == "respectively");
    apposition.is_some_and(respectively)
        || apposition
            .and_then(|a| a.split_whitespace().next())
            .is_some_and(|w| matches!(w.to_lowercase().as_str(), "both" | "all"))
}
