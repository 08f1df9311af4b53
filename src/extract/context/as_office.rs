//! An office named after "as" that a verb puts the person in: "A took over as chair of the
//! state party", "B will serve as chair", "the committee recognized C as the new chair of the
//! state party". News reports a party's or a body's choice of its officer this way, and the
//! noun after "as" is the person's office as it would be after "was".

use super::super::Para;
use super::super::roles::word;
use super::super::text::is_capitalised;

/// Verbs of choosing someone for an office, in the past, whose object the office after "as"
/// is said of ("elected A as chair"). A choice still to be made ("plans to elect A as
/// chair") is no office held.
const CHOSE: &[&str] = &[
    "elected",
    "named",
    "appointed",
    "recognized",
    "recognised",
    "chose",
    "picked",
    "selected",
    "installed",
    "tapped",
];

/// Whether the "as" at token `i` is linked by a verb of taking or holding an office right
/// before it: "took over as", "will take over as", "serves as".
pub(super) fn linked(p: &Para<'_>, i: usize) -> bool {
    if i == 0 || word(p, i).as_deref() != Some("as") {
        return false;
    }
    match word(p, i - 1).as_deref() {
        Some("serve" | "serves" | "served" | "serving") => true,
        Some("over") => {
            i >= 2
                && word(p, i - 2)
                    .is_some_and(|w| matches!(w.as_str(), "take" | "takes" | "took" | "taking"))
        }
        _ => false,
    }
}

/// Whether the predicate opening at token `s` with "as" follows a name that is the object of
/// a verb of choosing ([`CHOSE`]): "recognized A as the new chair". The name's words are
/// read back over (capitalised, at most five), then the verb must stand right before them.
pub(super) fn chosen_as(p: &Para<'_>, s: usize) -> bool {
    if word(p, s).as_deref() != Some("as") {
        return false;
    }
    let mut k = s;
    while k > 0
        && s - k < 5
        && p.toks[k - 1].is_word()
        && is_capitalised(p.toks[k - 1].text(p.text))
    {
        k -= 1;
    }
    k < s && k > 0 && word(p, k - 1).is_some_and(|w| CHOSE.contains(&w.as_str()))
}
