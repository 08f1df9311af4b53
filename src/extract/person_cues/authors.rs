//! The authors of a bill, named by surname in brackets after its number, as legislative
//! reporting lists them: "Senate Bill 12 (Ortiz, Lamb)", "AB 40 (Haddad and Quinn)".

use super::super::Para;
use super::super::text::is_capitalised;

/// Words for a bill that take a number and then, in brackets, the surnames of its authors.
const BILL_WORDS: &[&str] = &[
    "Bill",
    "Amendment",
    "Resolution",
    "AB",
    "SB",
    "HB",
    "ACA",
    "SCA",
];

/// How many tokens a bracket of authors may run on either side of one name.
const REACH: usize = 24;

/// "Senate Bill 12 (Ortiz, Lamb)": a capitalised word in brackets right after a bill's
/// number, in a list of such words only, names one of the bill's authors.
pub(super) fn bill_author(p: &Para<'_>, t0: usize, t1: usize) -> bool {
    let lister = |k: usize| {
        p.toks[k].is_punct(',')
            || matches!(p.word_at(k), Some("and" | "&"))
            || p.word_at(k).is_some_and(is_capitalised)
    };
    // Back to the opening bracket over names, commas and "and": a bill has a few authors, so
    // the walk is bounded, and a paragraph that is one long list of names stays linear.
    let Some(open) = (t0.saturating_sub(REACH)..t0).rev().find(|&k| !lister(k)) else {
        return false;
    };
    let numbered = open >= 2
        && p.toks[open].is_punct('(')
        && p.word_at(open - 1)
            .is_some_and(|n| n.chars().all(|c| c.is_ascii_digit()))
        && p.word_at(open - 2).is_some_and(|b| BILL_WORDS.contains(&b));
    // On to the closing bracket over the same.
    let closed = (t1..p.toks.len().min(t1 + REACH))
        .find(|&k| !lister(k))
        .is_some_and(|k| p.toks[k].is_punct(')'));
    numbered && closed
}
