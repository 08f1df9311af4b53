//! A captive seen in captivity later in his own sentence: "A went missing off the coast
//! eight years ago; his family later received images of him in captivity". The pronoun
//! after "images of" points back to the sentence's subject when no one else is named
//! between and every pronoun on the way agrees with it in gender.

use super::super::Para;
use super::word;
use crate::entity::Role;

/// Nouns of what shows a person: "images of him", "a video of her".
const SHOWING: &[&str] = &[
    "image",
    "images",
    "video",
    "videos",
    "footage",
    "photo",
    "photos",
    "photograph",
    "photographs",
    "picture",
    "pictures",
];

/// The name whose title starts at `l0` and which ends at `t1` opens its sentence, and later in
/// it, outside quotations, "images of him in captivity" (a noun of `SHOWING`, "of", "him" or
/// "her", "in captivity") follows with no person named between and no pronoun of the other
/// gender ("her son … him" is someone else). The name is the one seen as a captive.
pub(super) fn pictured_captive(
    p: &Para<'_>,
    l0: usize,
    t1: usize,
    person_at: &dyn Fn(usize) -> bool,
) -> Vec<Role> {
    if p.sentence_start(l0) != l0 {
        return Vec::new();
    }
    let end = p.sentence_end(l0).min(p.toks.len());
    let w = |i: usize| word(p, i).unwrap_or_default();
    let mut other: Option<&str> = None;
    for i in t1..end {
        if person_at(i) || p.in_quote[i] {
            return Vec::new();
        }
        let x = w(i);
        if let Some(o) = other
            && matches!(x.as_str(), "him" | "her")
            && x != o
            && w(i + 1) == "in"
            && w(i + 2) == "captivity"
            && i >= 2
            && w(i - 1) == "of"
            && SHOWING.contains(&w(i - 2).as_str())
        {
            return vec![Role::Hostage];
        }
        // The pronouns of the other gender than the subject's: once one is seen, the
        // subject's own gender is known ("his family" makes "him" the subject).
        let gender = match x.as_str() {
            "he" | "his" | "him" | "himself" => Some("her"),
            "she" | "her" | "hers" | "herself" => Some("him"),
            _ => None,
        };
        if let Some(g) = gender {
            if other.is_some_and(|o| o != g) {
                return Vec::new();
            }
            other = Some(g);
        }
    }
    Vec::new()
}
