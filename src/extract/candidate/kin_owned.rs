//! "'…,' said Gvili's mother", "A's father told reporters": a relative owned by a name the
//! article has named is the person it described with that family word ("his mother, Talik
//! Gvili"). Of several so described, the one who shares the owner's surname, as families
//! do; else the one `described` settles on. No one so described: the reading stays unnamed.

use super::super::attribution::{Ctx, Who};
use super::super::lexicon::LEX;
use super::super::people::Mention;
use super::super::refer::Ref;
use super::super::text::Tok;

/// The relative the name of mention `m` owns, when a family word that ends the phrase
/// (at `b`) follows its possessive.
pub(super) fn kin_owned(cx: &Ctx<'_, '_>, pi: usize, m: &Mention, b: usize) -> Option<Ref> {
    let p = &cx.paras[pi];
    let owned = p.toks.get(m.t1).is_some_and(|t| t.kind == Tok::Possessive);
    let kin = cx.word(pi, m.t1 + 1);
    let ends = m.t1 + 2 >= b || p.toks.get(m.t1 + 2).is_some_and(|t| !t.is_word());
    if !owned || !ends || !LEX.kin.contains(kin.as_str()) {
        return None;
    }
    let surname = |e: usize| {
        cx.ents[e]
            .name
            .rsplit(' ')
            .next()
            .unwrap_or_default()
            .to_string()
    };
    let owner = m.entity;
    let family: Vec<usize> = cx
        .described_people(pi, m.t0, &kin)
        .into_iter()
        .filter(|&e| e != owner && surname(e) == surname(owner))
        .collect();
    match family.as_slice() {
        [one] => Some((Who::Entity(*one), 0.9)),
        _ => cx
            .described(pi, m.t0, &kin)
            .filter(|r| !matches!(r.0, Who::Entity(e) if e == owner)),
    }
}
