//! The one who comes along with an envoy: "Special Envoy A and B took part in the
//! government's meeting", "envoy C and D flew to Cairo". A pair that an envoy opens and that
//! goes on to take part in, attend or travel to the talks or meetings is a team, so B is one
//! of the negotiators though B has no title. Only an untitled second name, only after a
//! title that itself makes a negotiator, and only with a verb of taking part or travelling:
//! "Envoy A and President B met" gives B nothing.
//!
//! So is the one named after "together with" or "along with" that closes a clause of leading
//! the talks or a delegation ("who led the delegation together with Trade Representative B"):
//! B led them too (`led_together_with`).

use super::Para;
use super::delegation::VISITING;
use super::lexicon::LEX;
use super::roles::{left_window, word};
use super::taking_part::paired_with;
use crate::entity::Role;

/// Verbs of a team taking part or travelling, read right after the pair, each with the
/// word that must follow it ("" for none).
const ALONG: &[(&str, &str)] = &[
    ("took", "part"),
    ("take", "part"),
    ("joined", ""),
    ("attended", ""),
    ("travelled", "to"),
    ("traveled", "to"),
    ("flew", "to"),
    ("arrived", "in"),
];

/// Negotiator for the untitled name at `t0..t1` (title from `l0`) that follows an envoy and
/// "and" and is, with the envoy, the subject of a verb of [`ALONG`].
pub(super) fn along_with_envoy(
    p: &Para<'_>,
    (l0, t0, t1): (usize, usize, usize),
    person_at: &dyn Fn(usize) -> bool,
) -> Vec<Role> {
    if l0 != t0 {
        return Vec::new();
    }
    let Some(first) = paired_with(p, l0, person_at) else {
        return Vec::new();
    };
    let (_, title) = left_window(p, first, person_at);
    if !LEX.roles_in(&title).contains(&Role::Negotiator) {
        return Vec::new();
    }
    let at = |i: usize| word(p, i).unwrap_or_default();
    let mut i = t1;
    if matches!(at(i).as_str(), "also" | "then" | "later") {
        i += 1;
    }
    let (verb, next) = (at(i), at(i + 1));
    if ALONG
        .iter()
        .any(|(v, n)| *v == verb && (n.is_empty() || *n == next))
    {
        vec![Role::Negotiator]
    } else {
        Vec::new()
    }
}

/// Negotiator for the name whose title starts at `l0` when "together with", "along with" or
/// "alongside" stands right before it and, earlier in its clause (no comma, no other name
/// between), a verb of leading takes "talks", "negotiations" or a delegation as its object:
/// "who led the US delegation together with B", "headed the talks alongside B". Not a
/// visit's delegation ("led a trade delegation along with B").
pub(super) fn led_together_with(
    p: &Para<'_>,
    l0: usize,
    person_at: &dyn Fn(usize) -> bool,
) -> Vec<Role> {
    let at = |i: usize| word(p, i).unwrap_or_default();
    let with = match (l0.checked_sub(2).map(at), l0.checked_sub(1).map(at)) {
        (Some(a), Some(w)) if w == "with" && matches!(a.as_str(), "together" | "along") => l0 - 2,
        (_, Some(w)) if w == "alongside" => l0 - 1,
        _ => return Vec::new(),
    };
    let mut object = None;
    let mut k = with;
    while k > 0 && with - k < 10 {
        k -= 1;
        if p.starts[k + 1] || !p.toks[k].is_word() || person_at(k) {
            break;
        }
        let w = at(k);
        if VISITING.contains(&w.as_str()) {
            return Vec::new();
        }
        if matches!(
            w.as_str(),
            "talks" | "negotiations" | "delegation" | "delegations" | "team"
        ) {
            object = Some(k);
        }
        let leads = matches!(
            w.as_str(),
            "lead" | "leads" | "led" | "leading" | "head" | "heads" | "headed" | "heading"
        );
        if leads {
            return if object.is_some() {
                vec![Role::Negotiator]
            } else {
                Vec::new()
            };
        }
    }
    Vec::new()
}
