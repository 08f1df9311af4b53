//! A run ending in "House" that names a body or its building rather than a person who bears
//! "House" as a surname ("Chatham House", "the Keter Publishing House").

use super::super::lexicon::LEX;
use super::super::runs::{U, unit_text};
use super::Ctx;
use crate::entity::EntityKind;

/// "the think tank Chatham House", "talks at Lancaster House": two words ending in "House"
/// and opening with no given name the data knows name a body or its building, and so do they
/// after a known place or a demonym ("the Ohio State House", "the Texas State House"). "House"
/// is no cue word of its own: a person may bear it as a surname ("Edward House").
pub(super) fn house_of_no_one(cx: &Ctx<'_, '_>) -> bool {
    let s =
        cx.u.iter()
            .position(|x| match x.0 {
                U::Atom(ai) => cx.atoms[ai].kind != EntityKind::Place,
                U::Modifier => false,
                _ => true,
            })
            .unwrap_or(cx.u.len());
    let rest = &cx.u[s..];
    let house = cx.last() == "House" && rest.len() >= 2;
    // "the Keter Publishing House": after a body's own word it closes a body's name.
    house
        && LEX
            .org_cues
            .contains(unit_text(cx.p, &rest[rest.len() - 2]))
        || house
            && rest.len() == 2
            && rest.iter().all(|x| x.0 == U::Name)
            && !LEX
                .given_names
                .contains_key(unit_text(cx.p, &rest[0]).to_lowercase().as_str())
}
