//! Remains named by a longer object of "identified" or "named": "Israel identified two of the
//! bodies returned by the militants on Thursday as A and B". The object between the verb and
//! "as" says what the names are, however long, when it holds remains or captives and what
//! was done to them.

use super::super::Para;
use super::super::roles::word;
use super::introducing;
use crate::entity::Role;

/// Nouns of captives or their remains, the object "identified … as" names.
const REMAINS: &[&str] = &[
    "body", "bodies", "remains", "coffin", "coffins", "hostage", "hostages", "captive", "captives",
];

/// "Israel identified two of the bodies returned by Hamas on Thursday as A and B": a longer
/// object of "identified" or "named", up to fourteen words with no punctuation, no name and no
/// "and" between the verb and the "as" at `v`, that holds a noun of captives or their remains
/// and says what was done to them (`introducing`: "returned", "handed over"). The roles of
/// that object. (An object of six words or fewer is `clause_intro`'s own reading.)
pub(super) fn identified_remains(
    p: &Para<'_>,
    v: usize,
    person_at: &dyn Fn(usize) -> bool,
) -> Vec<Role> {
    let verb = (v.saturating_sub(15)..v).rev().take_while(|&i| {
        !p.starts[i + 1]
            && !person_at(i)
            && p.toks[i].is_word()
            && word(p, i).as_deref() != Some("and")
    });
    let Some(nv) = verb
        .into_iter()
        .find(|&i| matches!(word(p, i).as_deref(), Some("identified" | "named")))
    else {
        return Vec::new();
    };
    if nv + 1 >= v || p.in_quote[v] {
        return Vec::new();
    }
    let remains = (nv + 1..v).any(|i| word(p, i).is_some_and(|w| REMAINS.contains(&w.as_str())));
    let roles = introducing(&p.text[p.toks[nv + 1].start..p.toks[v - 1].end]);
    if remains && roles.contains(&Role::Hostage) {
        vec![Role::Hostage]
    } else {
        Vec::new()
    }
}
