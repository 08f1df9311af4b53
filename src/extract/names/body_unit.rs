//! "Reuters Graphics compared the images", "Reuters Breakingviews said": one capitalised word
//! written right after a body's known name, with nothing between, names a unit of that body
//! (a desk, a service, a programme), never a person: news puts a person's name after a body
//! only behind a title or a possessive ("CNN anchor Jake Tapper", "the BBC's Lyse Doucet").

use super::super::Para;
use super::super::lexicon::LEX;
use super::super::text::is_capitalised;
use super::{Atom, Candidate};
use crate::entity::EntityKind;

/// True when `c`, one bare word, follows an organisation's known name directly.
pub(super) fn body_unit(p: &Para<'_>, c: &Candidate, atoms: &[Atom]) -> bool {
    let bare = c.kind.is_none() && c.title.is_none() && c.t1 == c.t0 + 1;
    let after_body = atoms
        .iter()
        .any(|a| a.t1 == c.t0 && a.t0 < c.t0 && a.kind == EntityKind::Organization);
    let alone = !p.word_at(c.t1).is_some_and(is_capitalised);
    let given = LEX.is_given(&c.name.to_lowercase());
    bare && after_body && alone && !given
}
