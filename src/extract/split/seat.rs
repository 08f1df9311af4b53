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

/// "Minister of Popular Power for Interior, Justice and Peace", "Minister of State for
/// Trade": words between an office's "of" and a second "for" that names its field are the
/// first part of the office's remit, however they are spelled; a person's name never
/// stands between the two. Not after an office held for someone ("the envoy of A B for
/// Hostage Affairs"), whose "of" names the person. `t0..t1` are the words' tokens.
pub(super) fn remit_before_field(cx: &Ctx<'_, '_>, t0: usize, t1: usize) -> bool {
    let p = cx.p;
    let office = t0 >= 2
        && p.word_at(t0 - 1) == Some("of")
        && p.word_at(t0 - 2)
            .is_some_and(|w| office_noun(w) && !SERVING.contains(&w.to_lowercase().as_str()));
    let field = p.word_at(t1) == Some("for") && p.word_at(t1 + 1).is_some_and(is_capitalised);
    office && field
}

/// "figures in the Chavismo movement, A B,": a body's noun at `head` whose phrase already
/// holds the body's own name (a capitalised word after its determiner that is no people's
/// adjective and no place) has been named, so a name at `r0` set off by a comma after it is
/// a person's in apposition to what came before, not the body's ("her party, Likud" and "a
/// Danish firm, Acme" name the body there).
pub(super) fn named_body_before_comma(
    p: &crate::extract::Para<'_>,
    r0: usize,
    head: usize,
) -> bool {
    if !(r0 > 0 && p.toks[r0 - 1].is_punct(',')) {
        return false;
    }
    for k in (head.saturating_sub(4)..head).rev() {
        let Some(w) = p.word_at(k) else {
            return false;
        };
        if matches!(w, "the" | "The" | "a" | "A" | "an" | "An") {
            return false;
        }
        let own_name =
            !p.starts[k] && is_capitalised(w) && !LEX.is_demonym(w) && !LEX.is_known_place(w);
        if own_name {
            return true;
        }
    }
    false
}
