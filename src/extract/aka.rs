//! A second name given after the full one ("Israel Ramírez, also known as Pablo Beltrán",
//! "Ali Saleh, aka Abu Omar"): a commander's nom de guerre, a singer's stage name, a name
//! of war the press goes on using. Reporting writes the person by either name from then on;
//! both are one person, filed under the name given first.

use super::Para;
use super::names::Candidate;
use super::text::{Tok, is_double_quote};
use crate::entity::EntityKind;

/// Renames every candidate written with a name given as another's "also known as" to that
/// other's name. Both names have two words or more, or the second is one capitalised word
/// closed by a mark (a nickname: "also known as Barbecue,"); "known as the Butcher" opens
/// with a lower-case word and is a title, no name.
pub(super) fn fold(paras: &[Para<'_>], cands: &mut [Candidate]) {
    // A candidate that may be a person, and one with a name of two words or more.
    let named =
        |c: &Candidate| c.source.is_none() && matches!(c.kind, None | Some(EntityKind::Person));
    let person = |c: &Candidate| named(c) && c.name.split_whitespace().nth(1).is_some();
    // (the second name, the first)
    let mut known: Vec<(String, String)> = Vec::new();
    for c in cands.iter().filter(|c| person(c)) {
        let Some(at) = paras.get(c.para).and_then(|p| second_name_at(p, c.t1)) else {
            continue;
        };
        let p = &paras[c.para];
        // "Jimmy Doe, also known as Barbecue,": a nickname of one word, in quotation marks or
        // not, closed by a mark, is the name the press goes on using.
        let at = at + usize::from(p.toks.get(at).is_some_and(|t| opening_quote(t.kind)));
        let nickname = |d: &Candidate| {
            named(d)
                && d.t1 == d.t0 + 1
                && !d.name.contains(' ')
                && p.toks.get(d.t1).is_some_and(|t| !t.is_word())
        };
        if let Some(d) = cands.iter().find(|d| {
            d.para == c.para && d.t0 == at && (person(d) || nickname(d)) && d.name != c.name
        }) {
            known.push((d.name.clone(), c.name.clone()));
        }
    }
    for c in cands.iter_mut().filter(|c| named(c)) {
        if let Some((_, first)) = known.iter().find(|(second, _)| *second == c.name) {
            c.name.clone_from(first);
        }
    }
}

/// Whether a token is a quotation mark that may open a nickname.
fn opening_quote(t: Tok) -> bool {
    matches!(t, Tok::Punct(q) if is_double_quote(q))
}

/// The token where a second name starts after a name ending at `t1`: ", also known as",
/// ", known as" or ", aka".
fn second_name_at(p: &Para<'_>, t1: usize) -> Option<usize> {
    if !p.toks.get(t1)?.is_punct(',') {
        return None;
    }
    let mut i = t1 + 1;
    if p.word_at(i) == Some("also") {
        i += 1;
    }
    match p.word_at(i)? {
        "aka" => Some(i + 1),
        "known" if p.word_at(i + 1) == Some("as") => Some(i + 2),
        _ => None,
    }
}
