//! Talks held by a pair one of whom is named only as a noun: "CIA Director A and a senior
//! Russian intelligence official conducted talks", "Foreign Minister A and his Japanese
//! counterpart, B, have held talks". The predicate after "and" and that noun phrase belongs to
//! both, so the first name takes part in the talks too. The window reader stops at "and" (it
//! may open another clause), so this reads past it only when a determiner opens the noun
//! phrase, and only for talks.

use super::super::Para;
use super::super::context::right_window;
use super::word;
use crate::entity::Role;

/// Words that open the noun phrase joined to the name.
const OPENERS: &[&str] = &[
    "a", "an", "the", "his", "her", "their", "its", "two", "several", "other",
];

/// Words where the noun phrase ends and its predicate begins: a verb of talks, or an
/// auxiliary before one ("have held talks").
const VERBS: &[&str] = &[
    "held", "hold", "holds", "holding", "have", "has", "had", "will", "were", "are",
];

/// Negotiator for the name ending at `t1` when "and", a noun phrase opened by a determiner
/// (with at most a name in commas after it: "his counterpart, B,"), then a predicate of talks
/// follow it. A relative or reporting word inside the phrase ("the mediators who held talks",
/// "an aide said") makes the predicate someone else's.
pub(super) fn joint_talks(p: &Para<'_>, t1: usize, person_at: &dyn Fn(usize) -> bool) -> Vec<Role> {
    if word(p, t1).as_deref() != Some("and")
        || !word(p, t1 + 1).is_some_and(|w| OPENERS.contains(&w.as_str()))
    {
        return Vec::new();
    }
    let end = p.sentence_end(t1).min(t1 + 14);
    let mut k = t1 + 2;
    while k < end {
        let Some(w) = word(p, k) else {
            // "his Japanese counterpart, B,": a name set off by commas is the noun's.
            let apposed = p.toks[k].is_punct(',') && person_at(k + 1);
            let Some(close) = (k + 1..end).find(|&i| !person_at(i)).filter(|_| apposed) else {
                return Vec::new();
            };
            if !p.toks[close].is_punct(',') {
                return Vec::new();
            }
            k = close + 1;
            break;
        };
        if person_at(k) || matches!(w.as_str(), "who" | "whom" | "whose" | "which" | "that") {
            return Vec::new();
        }
        if VERBS.contains(&w.as_str()) || super::super::lexicon::LEX.talks_lead_verbs.contains(&*w)
        {
            break;
        }
        k += 1;
    }
    if k >= end || !p.toks[k].is_word() {
        return Vec::new();
    }
    let w = right_window(p, k, person_at);
    if w.predicate_roles.contains(&Role::Negotiator) {
        vec![Role::Negotiator]
    } else {
        Vec::new()
    }
}
