//! Reporting verbs that are not verbs: "the newly announced ceasefire", "an announced deal".
//! A participle before a noun modifies it, so in "A, the group's chief negotiator in the newly
//! announced ceasefire," the apposition goes on to the comma and says what A is; it is not a
//! clause whose subject is the noun phrase before the verb.

use super::Para;
use super::roles::word;

/// The verb at `i` is a participle that modifies the noun after it ("the newly announced
/// ceasefire", "an announced deal", "the widely reported offer"): it reports nothing, so it
/// neither ends an apposition nor makes the noun phrase before it a subject.
pub(super) fn attributive(p: &Para<'_>, i: usize) -> bool {
    let det = |k: usize| {
        word(p, k).is_some_and(|w| matches!(w.as_str(), "the" | "a" | "an" | "its" | "their"))
    };
    let Some(prev) = i.checked_sub(1) else {
        return false;
    };
    det(prev)
        || word(p, prev).is_some_and(|w| {
            w == "newly" || w.ends_with("ly") && prev.checked_sub(1).is_some_and(det)
        })
}
