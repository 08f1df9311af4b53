//! The place or body after an office and "of": "the mayor of Grand Forks", "the Governor of
//! Zamfara", "the chairman of Zamfaratech" name no person, while "an aide of Netanyahu" does.

use super::Ctx;
use super::descriptor::office_noun;
use crate::entity::EntityKind;
use crate::extract::lexicon::LEX;
use crate::extract::text::is_capitalised;

/// "archbishop of Buenos Aires", "the mayor of Grand Forks": after an office and "of" comes
/// the place or body it serves: two words or more, none a given name, are no person.
/// One word may be a surname after an office held for someone ("an aide of Netanyahu", "the
/// envoy of Trump"), but not after a seat, capitalised or not: "the Governor of Zamfara",
/// "the chairman of Tesla" name a state and a company (`Some` of the kind they are).
pub(super) fn after_office_of(cx: &Ctx<'_, '_>, words: &[&str]) -> Option<EntityKind> {
    let p = cx.p;
    let office = (cx.r0 >= 2 && p.word_at(cx.r0 - 1) == Some("of"))
        .then(|| p.word_at(cx.r0 - 2))
        .flatten()
        .filter(|w| office_noun(w))?;
    let lower = office.to_lowercase();
    let given = |w: &&str| LEX.given_names.contains_key(w.to_lowercase().as_str());
    if words.iter().any(given) {
        return None;
    }
    let seat = !SERVING.contains(&lower.as_str());
    match words.len() {
        1 if seat && TERRITORIAL.contains(&lower.as_str()) => Some(EntityKind::Place),
        1 if seat => Some(EntityKind::Organization),
        n if n >= 2 && !is_capitalised(office) => Some(EntityKind::Place),
        _ => None,
    }
}

/// Offices held for a person rather than a place or body: "an aide of Netanyahu".
const SERVING: &[&str] = &[
    "aide",
    "adviser",
    "advisor",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "envoy",
    "assistant",
    "deputy",
    "staff",
    "secretary",
    "lawyer",
    "attorney",
    "doctor",
    "negotiator",
];

/// Seats whose "of" is a territory: "the Emir of Katsina", "the mayor of Ashdod".
const TERRITORIAL: &[&str] = &[
    "governor",
    "mayor",
    "bishop",
    "archbishop",
    "emir",
    "amir",
    "sultan",
    "king",
    "queen",
    "prince",
    "princess",
    "premier",
    "prefect",
    "duke",
    "duchess",
    "oba",
    "governor-general",
];
