//! Whether a capitalised run the article reads as a full person name shows any sign of a
//! person. "Government Area", "Modern Art", "Second Amendment" and "Marijuana Laws" are two
//! capitalised words like "Dana Roth"; what parts them is the evidence around them. Only a
//! name whose last word the article also writes in lower case ("the area", "new laws") is
//! asked for evidence: many real names are in no list and have none. A name whose first word
//! is a given name the data knows needs none; any other needs, at one of its
//! mentions at least, a title, a person's word or verb around it (`person_cues`), an age or
//! "who" after it, a credit, a family word, a shared surname, a name particle ("bin", "Abu"),
//! or a shorter mention of it later ("Roth said").

use super::super::lexicon::LEX;
use super::super::names::Candidate;
use super::Entity;
use super::keys::{full_form, name_words};
use crate::entity::EntityKind;
use rustc_hash::FxHashSet as HashSet;

/// The entities (by index) built from full names that no mention gives any sign of a person.
pub(super) fn unsupported(
    ents: &[Entity],
    cands: &[Candidate],
    slot: &[Option<usize>],
) -> HashSet<usize> {
    let mut supported: HashSet<usize> = HashSet::default();
    let mut full: HashSet<usize> = HashSet::default();
    for (c, e) in cands.iter().zip(slot) {
        let Some(e) = *e else { continue };
        let ent = &ents[e];
        if ent.kind != EntityKind::Person || ent.source.is_some() {
            continue;
        }
        let words = name_words(&full_form(c));
        if words.len() >= 2 && c.kind == Some(EntityKind::Person) && c.common_head {
            full.insert(e);
        }
        let shorter = words.len() < name_words(&ent.name).len();
        if shorter || signs_of_person(c, &words) {
            supported.insert(e);
        }
    }
    full.retain(|e| !supported.contains(e));
    full
}

/// The signs one mention gives that its name is a person's.
fn signs_of_person(c: &Candidate, words: &[String]) -> bool {
    let given = words
        .first()
        .is_some_and(|w| LEX.given_names.contains_key(w.as_str()));
    let particle = c
        .name
        .split([' ', '-'])
        .any(|w| LEX.particles.contains(w.to_lowercase().as_str()));
    given
        || particle
        || c.title.is_some()
        || c.person_cue
        || c.credit
        || c.kin_intro
        || c.kin_apposed
        || c.shared_surname.is_some()
}

/// The entities less those `gone`, and each candidate's entity renumbered (none for those).
pub(super) fn without(
    ents: Vec<Entity>,
    slot: Vec<Option<usize>>,
    gone: &HashSet<usize>,
) -> (Vec<Entity>, Vec<Option<usize>>) {
    if gone.is_empty() {
        return (ents, slot);
    }
    let mut new_index = vec![None; ents.len()];
    let mut kept = Vec::with_capacity(ents.len());
    for (i, e) in ents.into_iter().enumerate() {
        if !gone.contains(&i) {
            new_index[i] = Some(kept.len());
            kept.push(e);
        }
    }
    let slot = slot
        .into_iter()
        .map(|s| s.and_then(|e| new_index[e]))
        .collect();
    (kept, slot)
}
