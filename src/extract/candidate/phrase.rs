//! Where a noun stands in its phrase: with no determiner before it ("a woman", "rescuers"),
//! or heading the first noun phrase of a clause ("Siegel's family", "his lawyers").

use crate::extract::attribution::Ctx;
use crate::extract::text::Tok;

/// No "the", no possessive and no name before the noun at `i` in `a..i`: "a woman", "one
/// resident", "rescuers", not "the father" or "his neighbour".
pub(super) fn indefinite(cx: &Ctx<'_, '_>, pi: usize, a: usize, i: usize) -> bool {
    let p = &cx.paras[pi];
    (a..i).all(|j| {
        let w = cx.word(pi, j);
        !matches!(
            w.as_str(),
            "the" | "his" | "her" | "their" | "its" | "this" | "that" | "these" | "those"
        ) && p.toks[j].kind != Tok::Possessive
            && cx.at[pi][j].is_none()
    })
}

/// The word at `i` heads the first noun phrase of `a..`: only a determiner, a possessive or
/// a name comes before it ("Siegel's family", "the Levy family", "his lawyers").
pub(super) fn heads_subject(cx: &Ctx<'_, '_>, pi: usize, a: usize, i: usize) -> bool {
    let p = &cx.paras[pi];
    (a..i).all(|j| {
        p.toks[j].kind == Tok::Possessive
            || cx.at[pi][j].is_some()
            || matches!(
                cx.word(pi, j).as_str(),
                "the" | "his" | "her" | "their" | "a"
            )
    })
}
