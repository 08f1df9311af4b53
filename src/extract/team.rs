//! The one who comes along with an envoy: "Special Envoy A and B took part in the
//! government's meeting", "envoy C and D flew to Cairo". A pair that an envoy opens and that
//! goes on to take part in, attend or travel to the talks or meetings is a team, so B is one
//! of the negotiators though B has no title. Only an untitled second name, only after a
//! title that itself makes a negotiator, and only with a verb of taking part or travelling:
//! "Envoy A and President B met" gives B nothing.

use super::Para;
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
