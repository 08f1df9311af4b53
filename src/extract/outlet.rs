//! A news outlet that reports or quotes words is not their speaker: "'…,' CNN quoted a source
//! as saying" is the source's, and "'…,' Ynet reported" is left without a speaker.

use super::attribution::{Ctx, Who, tok_at};
use super::candidate::candidate;
use super::refer::Ref;
use crate::entity::EntityKind;

/// "'…,' CNN quoted a source involved in the talks as saying": when the reporting word `v`
/// is "saying" after "as" and "quoted" or "cited" stands between the quotation (`start`) and
/// it, the phrase between is the speaker (`Some(None)` when it names no one).
pub(super) fn quoted_as(
    cx: &Ctx<'_, '_>,
    pi: usize,
    start: usize,
    v: usize,
    quote_at: usize,
) -> Option<Option<Ref>> {
    if v < start + 2 || cx.word(pi, v - 1) != "as" {
        return None;
    }
    if !matches!(cx.word(pi, v).as_str(), "saying" | "telling" | "stating") {
        return None;
    }
    let k = (start..v - 1).rev().find(|&k| {
        matches!(
            cx.word(pi, k).as_str(),
            "quoted" | "cited" | "quoting" | "citing"
        )
    })?;
    let p = &cx.paras[pi];
    Some(candidate(cx, pi, k + 1, v - 1, tok_at(p, quote_at)))
}

/// "'…,' Ynet reported": an organisation that reported the words after them is the outlet,
/// not the speaker. Who spoke is for the quotation's own sentence to say
/// (`trailing::told_before_outlet`); reading any sentence before it is no safer than leaving
/// the speaker unclear ("X told ministers that Y's position, as conveyed by Z, was '…'").
pub(super) fn outlet_reported(cx: &Ctx<'_, '_>, pi: usize, v: usize, who: &Ref) -> bool {
    matches!(cx.word(pi, v).as_str(), "reported" | "reports")
        && matches!(who.0, Who::Entity(e) if cx.ents[e].kind == EntityKind::Organization)
}
