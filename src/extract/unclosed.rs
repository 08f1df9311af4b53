//! An apposition whose closing comma is missing before the reporting verb: "…, A, a
//! spokesperson for the Prime Minister's Office said Sunday." Read strictly, the noun phrase
//! runs into "said" and is its subject ("in exchange for A, the Israeli official said"); but
//! where the name itself stands after a comma, as the attribution of a paraphrase does, and
//! the noun phrase introduces someone ("a spokesperson for …", "an adviser to …", "President
//! B's envoy for …"), it is the name's apposition and the name is the one who said it. So
//! is it where the name opens its sentence ("A, commander of the task force said:").

use super::Para;
use super::roles::word;

/// The noun phrase from `s` to `e` (right after the comma that follows the name ending at
/// `t1`) is the name's apposition though it runs into a reporting verb at `e`.
pub(super) fn apposition_before_verb(
    p: &Para<'_>,
    t1: usize,
    (s, e): (usize, usize),
    person_at: &dyn Fn(usize) -> bool,
) -> bool {
    let mut t0 = t1;
    while t0 > 0 && person_at(t0 - 1) {
        t0 -= 1;
    }
    let after_comma = t0 > 0 && p.toks[t0 - 1].is_punct(',');
    let indefinite = word(p, s).is_some_and(|w| matches!(w.as_str(), "a" | "an"));
    // "…, A, President B's envoy for special missions announced …": a noun phrase owned by a
    // capitalised name introduces someone as "a" does.
    let owned = p.word_at(s).is_some_and(super::text::is_capitalised)
        && (s + 1..e).any(|i| p.toks[i].kind == super::text::Tok::Possessive);
    let indefinite = indefinite || owned;
    let qualified = (s + 2..e)
        .any(|i| word(p, i).is_some_and(|w| matches!(w.as_str(), "for" | "of" | "at" | "to")));
    // "Brigadier General A, commander of Joint Task Force B said:": a name that opens its
    // sentence leaves the noun phrase after its comma no other reading than its apposition.
    let opens = super::refer::opens_sentence(p, t0)
        && (s + 1..e).any(|i| word(p, i).is_some_and(|w| matches!(w.as_str(), "of" | "for")));
    after_comma && indefinite && qualified || opens
}
