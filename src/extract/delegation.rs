//! Members of a negotiating delegation: "The delegation, led by A, included B, C and D",
//! "the Israeli delegation is comprised of minister A, B and C". A delegation goes to talks
//! to negotiate, so each name its membership verb lists negotiates, whatever titles the
//! names carry. Who leads it is `context::led_by`'s.

use super::Para;
use super::roles::word;
use crate::entity::Role;

/// Verbs (or their last word) that say who a delegation is made of.
const MEMBERSHIP: &[&str] = &[
    "included",
    "includes",
    "include",
    "comprised",
    "comprises",
    "composed",
    "consists",
    "consisted",
    "made",
];

/// Words that end the stretch between the membership verb and a name: past them the name
/// stands in a clause of its own ("included A, who met B") and is no member.
const CLAUSE_BREAKS: &[&str] = &[
    "who", "whom", "which", "that", "met", "while", "after", "before", "when", "with", "said",
];

/// Negotiator for a name starting at token `t0` when, in its sentence, a delegation (or
/// negotiating team) is the subject of a membership verb that lists the name. Only list
/// material (other names, their titles, commas, "and", "among them") lies between the verb
/// and the name.
pub(super) fn member(p: &Para<'_>, t0: usize) -> Vec<Role> {
    // A bracket opens a fresh run of capitals, not a sentence ("Brig.-Gen. (Res.) A").
    let mut s = t0;
    while s > 0 && (!p.starts[s] || p.toks[s - 1].is_punct('(')) {
        s -= 1;
    }
    let words: Vec<(usize, String)> = (s..t0).filter_map(|i| word(p, i).map(|w| (i, w))).collect();
    let Some(verb) = words
        .iter()
        .rposition(|(_, w)| MEMBERSHIP.contains(&w.as_str()))
    else {
        return Vec::new();
    };
    let breaks = words[verb + 1..]
        .iter()
        .any(|(_, w)| CLAUSE_BREAKS.contains(&w.as_str()));
    let team = |k: usize| {
        let w = words[k].1.as_str();
        matches!(w, "delegation" | "delegations")
            || (matches!(w, "team" | "teams")
                && k > 0
                && matches!(words[k - 1].1.as_str(), "negotiating" | "negotiation"))
    };
    let subject = (0..verb).any(team);
    let in_quote = p.in_quote.get(words[verb].0).copied().unwrap_or(false);
    if subject && !breaks && !in_quote && t0 - words[verb].0 < 80 {
        vec![Role::Negotiator]
    } else {
        Vec::new()
    }
}
