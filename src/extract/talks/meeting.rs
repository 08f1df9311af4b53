//! Meeting about the talks: one who meets the other side, or stays somewhere, for the talks
//! ("met with Hamas leaders in Doha to discuss the ceasefire talks", "had been in Cairo for
//! high-level talks"), or whom such a meeting included, takes part in them.

use super::past_auxiliaries;
use crate::entity::Role;
use crate::extract::Para;
use crate::extract::roles::{word, word_back};

/// Words of meeting someone: the verb, or the noun after "held" ("held separate meetings").
fn meets(w: &str) -> bool {
    matches!(w, "met" | "meets" | "meet" | "meeting" | "meetings")
}

/// Whether the sentence of token `from` goes on (within 30 tokens) to say what a meeting or a
/// visit was for: "to discuss", "to address", "focused on", "for", then within eight words
/// "talks", "negotiations" or a deal sought ("to discuss progress in the ceasefire talks",
/// "to discuss efforts to reach a deal").
fn about_talks(p: &Para<'_>, from: usize) -> bool {
    let end = (from + 1..p.toks.len().min(from + 30))
        .find(|&i| p.starts[i])
        .unwrap_or(p.toks.len().min(from + 30));
    if meetings_on_release(p, from, end) {
        return true;
    }
    (from..end).any(|i| {
        let marker = match word(p, i).as_deref() {
            Some("discuss" | "address") => word_back(p, i, 1).as_deref() == Some("to"),
            Some("discussed" | "discussing" | "addressed") => true,
            Some("focused" | "focusing" | "centred" | "centered") => {
                word(p, i + 1).as_deref() == Some("on")
            }
            _ => false,
        };
        marker
            && (i + 1..end.min(i + 10)).any(|k| {
                matches!(word(p, k).as_deref(), Some("talks" | "negotiations")) || sought_deal(p, k)
            })
    })
}

/// "efforts to reach a hostage deal", "securing a ceasefire deal": a deal sought is the
/// talks' aim, so a meeting to discuss it is about the talks. `k` is the word "deal".
fn sought_deal(p: &Para<'_>, k: usize) -> bool {
    word(p, k).as_deref() == Some("deal")
        && (2..5).any(|b| {
            word_back(p, k, b).is_some_and(|w| {
                matches!(
                    w.as_str(),
                    "reach" | "reaching" | "secure" | "securing" | "clinch" | "clinching"
                )
            })
        })
}

/// "A met with Hamas leaders in Doha to discuss progress in the ceasefire talks", "A held
/// separate meetings with B and C to address the negotiations", "A had been in Cairo for
/// high-level talks": the subject whose predicate (from token `t1`) is a meeting or a stay
/// said to be about the talks takes part in them. Read as a predicate, so a name after a
/// preposition or a verb (the one met) gets nothing here, and as weak evidence, since a
/// leader meeting families "to discuss the negotiations" is no negotiator.
pub(in crate::extract) fn meeting_on_talks(p: &Para<'_>, t1: usize) -> Vec<Role> {
    if p.in_quote.get(t1).copied().unwrap_or(true) {
        return Vec::new();
    }
    let verb = |i: usize| word(p, i).unwrap_or_default();
    // Up to two auxiliaries or adverbs first: "also met", "had been".
    let i = past_auxiliaries(p, t1, 2);
    let meeting = meets(&verb(i))
        || matches!(verb(i).as_str(), "held" | "holds" | "hosted")
            && (i + 1..i + 5).any(|k| matches!(verb(k).as_str(), "meeting" | "meetings"));
    if meeting && about_talks(p, i) {
        return vec![Role::Negotiator];
    }
    // "had been in Sharm el-Sheikh, Egypt, earlier in the week for high-level talks".
    let stay = verb(i) == "been" && verb(i + 1) == "in"
        || matches!(verb(i).as_str(), "was" | "were") && verb(i + 1) == "in";
    let end = (i + 1..p.toks.len().min(i + 24))
        .find(|&k| p.starts[k])
        .unwrap_or(p.toks.len().min(i + 24));
    // "for high-level talks": up to five tokens (a hyphen is one) between.
    let for_talks = (i..end).any(|k| {
        verb(k) == "for"
            && (k + 1..(k + 6).min(end))
                .any(|j| matches!(verb(j).as_str(), "talks" | "negotiations"))
    });
    if stay && for_talks {
        vec![Role::Negotiator]
    } else {
        Vec::new()
    }
}

/// "The meeting, which included A, focused on the ceasefire talks": one a meeting about the
/// talks included takes part in them. `l0` is where the name's own title begins.
pub(in crate::extract) fn included_in_meeting(p: &Para<'_>, l0: usize) -> Vec<Role> {
    let included = matches!(
        word_back(p, l0, 1).as_deref(),
        Some("included" | "including" | "includes")
    );
    let meeting = (2..7).any(|k| word_back(p, l0, k).is_some_and(|w| meets(&w)));
    if included && meeting && !p.in_quote[l0] && about_talks(p, l0) {
        vec![Role::Negotiator]
    } else {
        Vec::new()
    }
}

/// "held a series of meetings in Qatar on the issue of the release of hostages": "on" within
/// four words after the noun of meeting (a place may stand between), and within eight words
/// after it "the release of" captives ("hostages", "captives"). Meeting on their release is
/// meeting on the terms of it.
fn meetings_on_release(p: &Para<'_>, from: usize, end: usize) -> bool {
    let w = |i: usize| word(p, i).unwrap_or_default();
    (from..end).any(|m| {
        matches!(w(m).as_str(), "meeting" | "meetings")
            && (m + 1..(m + 5).min(end)).any(|on| {
                w(on) == "on"
                    && (on + 1..(on + 9).min(end)).any(|r| {
                        w(r) == "release"
                            && w(r + 1) == "of"
                            && matches!(w(r + 2).as_str(), "hostages" | "captives")
                    })
            })
    })
}
