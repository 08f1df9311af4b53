//! A country or place as the whole subject of a reporting verb: a state speaking.

use crate::entity::EntityKind;
use crate::extract::attribution::Ctx;

/// "The US called his trial a '…'", "Qatar said": a country or place that is the whole
/// subject right before the verb speaks as a state, through no one named; its statement has
/// no person for a speaker, never one a word after the verb points to ("his trial").
pub(super) fn country_speaks(cx: &Ctx<'_, '_>, pi: usize, a: usize, b: usize, mi: usize) -> bool {
    let m = cx.mentions[mi];
    cx.ents[m.entity].kind == EntityKind::Place
        && m.t1 == b
        && (a..m.t0).all(|i| matches!(cx.word(pi, i).as_str(), "the"))
}
