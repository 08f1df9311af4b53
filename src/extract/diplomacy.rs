//! Talks between peers are diplomacy, not negotiation: "A held talks with his Haitian
//! counterpart about the kidnapping" says that one minister spoke to another, not that A
//! bargains for the captives' release with those who hold them. A role of negotiator read
//! from such a predicate is dropped; the office that makes A an official stays.

use super::Para;
use super::roles::word;
use crate::entity::Role;

/// Nouns and verbs of talking whose object may be a counterpart.
const TALKS: &[&str] = &[
    "talks",
    "discussions",
    "call",
    "spoke",
    "speaks",
    "met",
    "meeting",
];

/// How far after the name the talks may be read, in tokens.
const REACH: usize = 12;

/// Drops the negotiator role from `roles`, the predicate of the name ending at `t1`, when
/// that predicate is a talk "with his (Haitian) counterpart(s)".
pub(super) fn peers_only(p: &Para<'_>, t1: usize, roles: &mut Vec<Role>) {
    if roles.contains(&Role::Negotiator) && with_counterpart(p, t1) {
        roles.retain(|&r| r != Role::Negotiator);
    }
}

/// The sentence after token `t1` talks "with his/her/their [one or two words] counterpart".
fn with_counterpart(p: &Para<'_>, t1: usize) -> bool {
    let end = (t1 + 1..p.toks.len().min(t1 + REACH))
        .find(|&i| p.starts[i])
        .unwrap_or(p.toks.len().min(t1 + REACH));
    let at = |i: usize| word(p, i).unwrap_or_default();
    (t1..end).any(|i| {
        TALKS.contains(&at(i).as_str())
            && at(i + 1) == "with"
            && matches!(at(i + 2).as_str(), "his" | "her" | "their")
            && (i + 3..i + 6).any(|k| matches!(at(k).as_str(), "counterpart" | "counterparts"))
    })
}
