//! A passive verb of captivity some words before "alongside", past the adjuncts news puts
//! between: "He was handed over to the Red Cross on Saturday alongside A and B", "she was
//! freed in Khan Younis along with C". Those named after "alongside" went through what the
//! subject went through (`along::taken_along` reads the names, this reads the verb).
//!
//! Only a passive counts ("was/were/been/being" right before the participle): the subject
//! then is the one released or taken, and the names after are its companions. An active verb
//! ("Hamas freed the captives alongside the Red Cross") has an agent that could be the one the
//! companions stand with, and a comma, a name or a sentence start between ends the search.
//! A prisoner's release reads the same ("the prisoner was freed from Ofer prison on Monday
//! alongside B"), so a sentence that speaks of prisoners or a prison gives nothing here.

use super::super::Para;
use super::super::roles::word;
use super::super::text::Tok;
use super::UNDERGONE;
use crate::extract::freed::jailed;

/// How many tokens back from the companion word the verb may stand: enough for a handover
/// and its place and time ("handed over to the Red Cross in Gaza last week").
const REACH: usize = 14;

/// A passive participle of captivity or release ([`UNDERGONE`], "taken", "held", "handed
/// over") stands within [`REACH`] tokens before `along` (the index of "alongside", "along"
/// or "together"), in its clause, with no one named between; after "was" or "were", or
/// opening the sentence.
pub(super) fn passive_before(
    p: &Para<'_>,
    along: usize,
    person_at: &dyn Fn(usize) -> bool,
) -> bool {
    let mut k = along;
    while k > 0 && along - k < REACH {
        k -= 1;
        // "freed in Gaza's Khan Younis along with C": an owner's "'s" in a place is no break.
        let owner = p.toks[k].kind == Tok::Possessive;
        if p.starts[k + 1] || !(p.toks[k].is_word() || owner) || person_at(k) {
            return false;
        }
        if owner {
            continue;
        }
        let Some(v) = word(p, k) else { return false };
        let done = UNDERGONE.contains(&v.as_str())
            || matches!(v.as_str(), "taken" | "held")
            || v == "handed" && word(p, k + 1).as_deref() == Some("over");
        if done {
            if jailed_clause(p, along) {
                return false;
            }
            // "Taken hostage at the festival, along with B, A was …": a participle that
            // opens its sentence is a passive by its form.
            if p.starts[k] {
                return matches!(v.as_str(), "taken" | "held") || UNDERGONE.contains(&v.as_str());
            }
            let Some(mut a) = k.checked_sub(1) else {
                return false;
            };
            if word(p, a).as_deref() == Some("also") && a > 0 {
                a -= 1;
            }
            return matches!(
                word(p, a).as_deref(),
                Some("was" | "were" | "been" | "being")
            );
        }
    }
    false
}

/// "were abducted from the kibbutz, where they worked, along with B": a clause set off by
/// commas ("where", "when", "while", "who", "which") between the passive and the comma at
/// `comma` before "along with" is an aside; the passive before its opening comma counts.
pub(super) fn passive_before_clause(
    p: &Para<'_>,
    comma: usize,
    person_at: &dyn Fn(usize) -> bool,
) -> bool {
    let mut k = comma;
    while k > 0 && comma - k < REACH {
        k -= 1;
        if p.starts[k + 1] || person_at(k) {
            return false;
        }
        if p.toks[k].is_punct(',') {
            let aside = word(p, k + 1).is_some_and(|w| {
                matches!(w.as_str(), "where" | "when" | "while" | "who" | "which")
            });
            return aside && passive_before(p, k, person_at);
        }
    }
    false
}

/// The sentence up to `along` speaks of prisoners or a prison ("Palestinian prisoner A was
/// released from Ofer prison alongside B"): those released with them are prisoners too.
fn jailed_clause(p: &Para<'_>, along: usize) -> bool {
    (p.sentence_start(along)..along).any(|i| {
        word(p, i).is_some_and(|w| {
            jailed(&w)
                || matches!(
                    w.as_str(),
                    "prison" | "prisons" | "jail" | "jails" | "custody"
                )
        })
    })
}
