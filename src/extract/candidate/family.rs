//! A family by its plural surname as a speaker ("the Alexanders said", "the Alexanders
//! emphasized that …"): the one member of that family who has already spoken in the article
//! reads its statement; with none or several, no one.

use crate::entity::EntityKind;
use crate::extract::attribution::{Ctx, Who};
use crate::extract::refer::Ref;
use crate::extract::text::is_capitalised;

/// How sure the family's one speaker so far is to read its words too.
const SURE: f32 = 0.8;

/// Token `i` (before `b`) is "the" and the next a capitalised plural whose singular is the
/// last word of a person's name in the article ("the Alexanders" after "Adi Alexander"): the
/// family speaks. Its speaker is the one member who has spoken before (`Ctx::spoken`), else
/// no one. None when the tokens are no such family.
pub(super) fn family_speaks(cx: &Ctx<'_, '_>, pi: usize, i: usize, b: usize) -> Option<Ref> {
    let p = &cx.paras[pi];
    if i + 1 >= b || cx.word(pi, i) != "the" {
        return None;
    }
    let plural = p.word_at(i + 1).filter(|w| is_capitalised(w))?;
    let surname = plural
        .strip_suffix("es")
        .filter(|s| s.ends_with(['s', 'z', 'x']));
    let surname = surname.or_else(|| plural.strip_suffix('s'))?;
    let of_family = |e: usize| {
        cx.ents[e].kind == EntityKind::Person
            && cx.ents[e].name.contains(' ')
            && cx.ents[e].name.rsplit(' ').next() == Some(surname)
    };
    if !cx.ents.iter().enumerate().any(|(e, _)| of_family(e)) {
        return None;
    }
    let spoken = cx.spoken.borrow();
    let mut members = spoken.iter().copied().filter(|&e| of_family(e));
    let first = members.next();
    let one = first.filter(|&f| members.all(|e| e == f));
    Some(one.map_or((Who::Unnamed, 1.0), |e| (Who::Entity(e), SURE)))
}
