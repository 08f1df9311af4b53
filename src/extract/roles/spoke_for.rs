//! A spokesperson named right after the person spoken for ("Smith spokeswoman B said"): the
//! title is an office only when that person holds one. One who speaks for a challenger or a
//! candidate speaks for a campaign, no government, as a "campaign spokeswoman" does; so where
//! the article calls the person spoken for a contestant ("Republican challenger C") and gives
//! that person no office, the spokesperson's title gives none either.

use super::super::Para;
use super::super::lexicon::LEX;
use super::super::people::Mention;
use super::{Found, word_back};
use crate::entity::Role;

/// The entity whose name stands right before the title run `left` (opening at `l0`) of the
/// mention `k`, when the run is a spokesperson's word alone: "Smith spokeswoman B".
pub(super) fn spoken_for(mentions: &[Mention], k: usize, l0: usize, left: &str) -> Option<usize> {
    let m = &mentions[k];
    let spokes = matches!(
        left.trim().to_lowercase().as_str(),
        "spokesman" | "spokeswoman" | "spokesperson"
    );
    let prev = k.checked_sub(1).map(|j| &mentions[j])?;
    (spokes && prev.para == m.para && prev.t1 == l0 && prev.entity != m.entity)
        .then_some(prev.entity)
}

/// The mention at `t0` is named after a contestant's noun: "Republican challenger A",
/// "nominee B".
pub(super) fn contestant(p: &Para<'_>, t0: usize) -> bool {
    word_back(p, t0, 1).is_some_and(|w| LEX.candidacy.contains(w.as_str()))
}

/// Takes the office from each spokesperson (entity, owner, paragraph) whose owner is a
/// contestant holding no office in the article.
pub(super) fn campaign_voices(
    found: &mut [Found],
    spoke: &[(usize, usize, usize)],
    contender: &[bool],
) {
    for &(e, owner, para) in spoke {
        let holds = found[owner]
            .evidence
            .iter()
            .any(|v| v.role == Role::Official);
        if contender[owner] && !holds && e != owner {
            found[e].evidence.retain(|v| {
                !(v.role == Role::Official && v.paragraph == para && v.rule == "title")
            });
        }
    }
}
