//! Whether a name stands as the object of a preposition ("in response to Trump proclaiming
//! his win", "a reply to Ortiz saying the vote was lost"): such a name is not the subject of
//! the reporting verb after it, so it voices nothing between two quotations of the
//! paragraph's speaker. Owned here so the carrying limits in `before.rs` stay small.
//!
//! "With" is left out on purpose: "…, with Ortiz saying: '…'" makes Ortiz a speaker.

use super::attribution::Ctx;

/// Prepositions that cannot open a clause: the name after them is their object.
const GOVERNING: &[&str] = &[
    "to", "of", "about", "against", "at", "on", "toward", "towards", "from", "by", "for",
];

/// The name starting at token `t0` of paragraph `pi` follows a preposition of `GOVERNING`.
pub(super) fn governed(cx: &Ctx<'_, '_>, pi: usize, t0: usize) -> bool {
    let p = &cx.paras[pi];
    t0.checked_sub(1).is_some_and(|j| {
        !p.in_quote[j] && p.toks[j].is_word() && GOVERNING.contains(&cx.word(pi, j).as_str())
    })
}
