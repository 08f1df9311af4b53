//! "Biden identified the Americans as A, B and C": a list named by the object of
//! "identified" or "named" takes the role of that object, and an object that is only "the"
//! and a plural noun ("the Americans") points back to an earlier phrase with the same noun
//! ("The freed Americans …", "the Americans were freed"), whose words say what was done to
//! them. The object alone says nothing of it.
//!
//! Read as `introducing` reads a list subject: family words or prisoners in the earlier
//! phrase give nothing, so "the two Venezuelans, who are nephews of …" lends no role.

use super::super::Para;
use super::super::roles::word;
use super::{UNDERGONE, introducing};
use crate::entity::Role;

/// How many words after the noun its clause is read.
const REACH: usize = 10;

/// Words that end the clause of the earlier noun: another clause or a reporting verb.
const ENDS: &[&str] = &[
    "and", "but", "said", "says", "after", "while", "because", "as",
];

/// The roles of the list named by the object between the naming verb at `verb` and "as" at
/// `v`, when that object is "the" and a plural noun with no role of its own: those of the
/// latest earlier phrase with that noun, in `p` before the verb or else in `prev`, that has
/// any.
pub(super) fn object_antecedent(
    p: &Para<'_>,
    prev: Option<&Para<'_>>,
    verb: usize,
    v: usize,
) -> Vec<Role> {
    if v != verb + 3 || word(p, verb + 1).as_deref() != Some("the") {
        return Vec::new();
    }
    let Some(noun) = word(p, verb + 2).filter(|w| w.ends_with('s') && !w.ends_with("ss")) else {
        return Vec::new();
    };
    // "named the hostages as A and B": an object with a role of its own is `clause_intro`'s.
    if !introducing(&p.text[p.toks[verb + 1].start..p.toks[verb + 2].end]).is_empty() {
        return Vec::new();
    }
    let found = |q: &Para<'_>, end: usize| {
        (0..end)
            .rev()
            .filter(|&i| !q.in_quote[i] && word(q, i).as_deref() == Some(noun.as_str()))
            .map(|at| clause_roles(q, at))
            .find(|r| !r.is_empty())
    };
    found(p, verb)
        .or_else(|| prev.and_then(|q| found(q, q.toks.len())))
        .unwrap_or_default()
}

/// The roles of the noun at `at` with a participle of release right before it ("freed
/// Americans") and its own clause after it ("Americans who were detained", "Americans were
/// freed"), to a punctuation mark, a sentence start or a word of [`ENDS`].
fn clause_roles(q: &Para<'_>, at: usize) -> Vec<Role> {
    let undergone = |i: usize| word(q, i).is_some_and(|w| UNDERGONE.contains(&w.as_str()));
    let s = if at > 0 && !q.starts[at] && undergone(at - 1) {
        at - 1
    } else {
        at
    };
    let mut e = at + 1;
    while e < q.toks.len()
        && e - at <= REACH
        && !q.starts[e]
        && word(q, e).is_some_and(|w| !ENDS.contains(&w.as_str()))
    {
        e += 1;
    }
    introducing(&q.text[q.toks[s].start..q.toks[e - 1].end])
}
