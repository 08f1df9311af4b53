//! A relative clause that tells a person's whole captivity, from being held to the release:
//! "A, who was held with B underground for 250 days before being released,", "C, who had
//! been held in Gaza for months before being freed,". News of freed captives names one this
//! way when it brings them in to speak, and the clause alone makes them a hostage.
//!
//! Read narrowly, as "held … before being released" is also a police station's story: the
//! clause must follow the name right after its comma and open "who was/had been held", the
//! words right after "held" must say captivity (captive, hostage, underground, with a named
//! fellow captive, or a foreign place or captor as [`held_away`] reads them), the release
//! must come in the same clause, and no word of a criminal case may stand in it.

use super::super::Para;
use super::super::roles::word;
use super::super::text::is_capitalised;
use super::detained::{CRIMINAL, held_away, who_clause_close};
use super::held::CASE_WORDS;

/// Words of a jail or a charge, besides [`CRIMINAL`]'s and [`CASE_WORDS`]', that make the
/// clause a criminal case ("held in jail overnight before being released without charge").
const JAIL: &[&str] = &[
    "charge",
    "charges",
    "charged",
    "jail",
    "prison",
    "cell",
    "cells",
    "detention",
    "arrested",
    "arrest",
];

/// Whether the relative clause right after the name ending at `t1` says the name was held
/// captive and then released in the same clause.
pub(super) fn held_until_freed(p: &Para<'_>, t1: usize) -> bool {
    let w = |i: usize| word(p, i).unwrap_or_default();
    if p.in_quote.get(t1 + 1).copied().unwrap_or(true) {
        return false;
    }
    // "who was held", "who had been held", "who were held".
    let mut held = t1 + 2;
    while matches!(w(held).as_str(), "was" | "were" | "had" | "has" | "been") {
        held += 1;
    }
    if held == t1 + 2
        || w(held) != "held"
        || !matches!(w(held - 1).as_str(), "was" | "were" | "been")
    {
        return false;
    }
    let Some(close) = who_clause_close(p, t1, held + 20) else {
        return false;
    };
    let named_with = |k: usize| {
        p.toks
            .get(k)
            .is_some_and(|t| t.is_word() && is_capitalised(t.text(p.text)))
    };
    let captive = match w(held + 1).as_str() {
        "captive" | "hostage" | "underground" => true,
        "with" => named_with(held + 2),
        _ => held_away(p, held, close),
    };
    let freed = (held + 1..close).any(|k| {
        w(k) == "before" && w(k + 1) == "being" && matches!(w(k + 2).as_str(), "released" | "freed")
    });
    let criminal = (held + 1..close).any(|k| {
        let x = w(k);
        CRIMINAL.contains(&x.as_str())
            || CASE_WORDS.contains(&x.as_str())
            || JAIL.contains(&x.as_str())
    });
    captive && freed && !criminal
}
