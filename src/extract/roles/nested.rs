//! A name inside another person's apposition: "A, a key adviser to Prime Minister B, objected
//! to the talks". The apposition's noun ("adviser") is A's, and the comma after B closes A's
//! apposition, so what follows it is A's predicate, not an apposition of B's: B takes no
//! role from it. [`in_apposition_of_other`] finds such a name; the caller drops what it read
//! after the name unless that opens as B's own noun phrase or relative clause.

use super::super::Para;
use super::word;

/// How many tokens an apposition may run from its opening comma to the name inside it.
const REACH: usize = 10;

/// The name whose title starts at `l0` is the object of a preposition ("to", "of", "for")
/// inside an apposition set off after another person's name: B in "A, a key adviser to
/// Prime Minister B," and in "A, the deputy of Hamas leader B,".
pub(super) fn in_apposition_of_other(
    p: &Para<'_>,
    l0: usize,
    person_at: &dyn Fn(usize) -> bool,
) -> bool {
    if l0 < 4 || p.in_quote[l0] {
        return false;
    }
    if !word(p, l0 - 1).is_some_and(|w| matches!(w.as_str(), "to" | "of" | "for")) {
        return false;
    }
    // Back over the apposition's words to its opening comma: no other punctuation between.
    let mut k = l0 - 1;
    while k > 0 && l0 - k < REACH && p.toks[k - 1].is_word() && !person_at(k - 1) {
        k -= 1;
    }
    let opens = word(p, k).is_some_and(|w| matches!(w.as_str(), "a" | "an" | "the"));
    k >= 2 && opens && p.toks[k - 1].is_punct(',') && person_at(k - 2)
}
