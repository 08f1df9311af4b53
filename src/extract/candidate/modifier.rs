//! A name inside the clause that modifies an unnamed subject: "the group representing
//! families of those kidnapped by Hamas said", "a coalition backed by Iran said". The group
//! speaks, unnamed; the name only tells which group it is.

use crate::extract::attribution::Ctx;
use crate::extract::lexicon::LEX;
use crate::extract::text::{Tok, is_capitalised};

/// Participles in -ing that stand before a noun as adjectives ("the ruling party"), not
/// after one as a clause.
const ADJECTIVAL: &[&str] = &[
    "ruling",
    "governing",
    "leading",
    "outgoing",
    "incoming",
    "acting",
    "visiting",
    "sitting",
    "serving",
    "reigning",
    "founding",
    "presiding",
    "opposing",
    "remaining",
    "striking",
    "missing",
    "working",
    "neighbouring",
    "neighboring",
    "ongoing",
    "upcoming",
    "long-standing",
    "longstanding",
];

/// Whether the name at token `t0` sits in a participle clause after the lower-case head of
/// a determiner's noun phrase opening `a..` ("the group representing …", "a militia backed
/// by …"): that head is the subject, and names no one.
pub(super) fn in_postmodifier(cx: &Ctx<'_, '_>, pi: usize, a: usize, t0: usize) -> bool {
    let p = &cx.paras[pi];
    if !matches!(cx.word(pi, a).as_str(), "the" | "a" | "an") || t0 < a + 3 {
        return false;
    }
    let lower = |j: usize| p.toks[j].is_word() && !is_capitalised(p.toks[j].text(p.text));
    // The head and at most one word before it: lower-case, no title ("the prime minister
    // visiting …" is a person described), no possessive.
    let head_ok = |j: usize| lower(j) && !LEX.titles.contains(cx.word(pi, j).as_str());
    (a + 2..(a + 4).min(t0)).any(|j| {
        let w = cx.word(pi, j);
        let participle = w.ends_with("ing") && !ADJECTIVAL.contains(&w.as_str())
            || w.ends_with("ed") && cx.word(pi, j + 1) == "by";
        lower(j)
            && participle
            && (a + 1..j).all(|k| head_ok(k) && p.toks[k].kind != Tok::Possessive)
    })
}
