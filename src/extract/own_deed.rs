//! An official who reports what his side did: "Ambassador A said that they arranged for the
//! release", "Minister B said he had negotiated the swap". The deed's subject is a pronoun, so
//! the predicate read after the name (`context`) stops at the reporting verb; but an
//! office-holder speaking of "we", "they" or himself speaks for the team that did it, and
//! is one of the negotiators. Only the negotiator's deeds count ("they were freed" makes
//! no one a hostage), and only for a name with a title of office.

use super::Para;
use super::lexicon::LEX;
use super::roles::word;
use crate::entity::Role;

/// How many words of the reported clause are read.
const CLAUSE: usize = 10;

/// Negotiator when the name ending at `t1`, titled `left`, holds an office and goes on
/// "said (that) he/she/we/they [had] …" with a deed of negotiating in the next words.
pub(super) fn reported(p: &Para<'_>, t1: usize, left: &str) -> Vec<Role> {
    if !LEX.roles_in(left).contains(&Role::Official) {
        return Vec::new();
    }
    let at = |i: usize| word(p, i).unwrap_or_default();
    let mut i = t1;
    if matches!(at(i).as_str(), "has" | "had") {
        i += 1;
    }
    if !LEX.reporting_verbs.contains(at(i).as_str()) {
        return Vec::new();
    }
    i += 1;
    if at(i) == "that" {
        i += 1;
    }
    if !matches!(at(i).as_str(), "he" | "she" | "we" | "they") {
        return Vec::new();
    }
    let s = i + 1;
    let e = (s..p.toks.len().min(s + CLAUSE))
        .find(|&k| p.starts[k] || p.in_quote[k])
        .unwrap_or(p.toks.len().min(s + CLAUSE));
    if e <= s {
        return Vec::new();
    }
    let text = &p.text[p.toks[s].start..p.toks[e - 1].end];
    if LEX.verbal_cue(text, Role::Negotiator) {
        vec![Role::Negotiator]
    } else {
        Vec::new()
    }
}
