//! A cleft sentence: "it was the forum that confirmed the names" puts its subject in focus
//! after "it was", and "it" is no one.

use crate::extract::attribution::Ctx;

/// Whether "it" at `i` opens a cleft: "it was" or "it is", then within a few words a name
/// and "that" or "who" ("it was the Hostages Forum that confirmed …"). The speaker is the
/// name in focus, read on from after "it".
pub(super) fn focus(cx: &Ctx<'_, '_>, pi: usize, i: usize, b: usize) -> bool {
    if !matches!(cx.word(pi, i + 1).as_str(), "was" | "is") {
        return false;
    }
    let end = b.min(i + 12);
    let rel = (i + 3..end).find(|&j| matches!(cx.word(pi, j).as_str(), "that" | "who"));
    rel.is_some_and(|r| cx.at[pi][r - 1].is_some() && (i + 2..r).all(|j| !cx.reports(pi, j)))
}
