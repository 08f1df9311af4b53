//! Two judgements about the head word of a speaking phrase: whether an anonymous source's
//! head ("official") heads a source here, and whether a bare title ("Spokesman") is named at
//! the start of the next paragraph.

use super::super::attribution::Ctx;
use super::super::text::{Tok, is_capitalised};
use crate::entity::EntityKind;

/// "… as a foreign ministry spokesman said '…'. ¶ Spokesman Majed Al-Ansari said …": the
/// next paragraph opens on the bare title and a person's name, the spokesman named.
pub(super) fn named_next(cx: &Ctx<'_, '_>, pi: usize, head: &str) -> Option<usize> {
    let p = cx.paras.get(pi + 1)?;
    let m = cx.mentions[cx.at[pi + 1].get(1).copied().flatten()?];
    let person = cx.ents[m.entity].kind == EntityKind::Person;
    (person && m.t0 == 1 && p.starts[0] && cx.word(pi + 1, 0) == head).then_some(m.entity)
}

/// "official" heads a source when a verb, a comma or a post-modifier follows it, not in
/// "its official stance".
pub(super) fn anon_head_ok(cx: &Ctx<'_, '_>, pi: usize, i: usize, b: usize) -> bool {
    if i + 1 >= b {
        return true;
    }
    let next = cx.word(pi, i + 1);
    matches!(
        next.as_str(),
        "familiar"
            | "close"
            | "with"
            | "briefed"
            | "involved"
            | "knowledgeable"
            | "aware"
            | "privy"
            | "speaking"
            | "who"
            | "in"
            | "from"
            | "at"
            | "for"
            | "of"
            | "on"
            | "said"
            | "told"
            | "says"
            | "added"
            | "involved,"
            | "directly"
            | "present"
            | "according"
    ) || cx.paras[pi].toks[i + 1].kind == Tok::Punct(',')
        || acts(cx, pi, i + 1)
}

/// "Senior officials accused Hamas of …, saying", "one of the freed individuals shared his
/// joy with …": a verb in the past right after the head makes it the clause's subject, so
/// the name after the verb is its object, never the speaker. Not a participle that names
/// or places the source ("an aide named …", "officials based in …").
fn acts(cx: &Ctx<'_, '_>, pi: usize, i: usize) -> bool {
    let p = &cx.paras[pi];
    let w = cx.word(pi, i);
    let lower = p.toks[i].is_word() && !is_capitalised(p.toks[i].text(p.text)) && !p.in_quote[i];
    lower
        && (cx.reports(pi, i) || w.len() > 4 && w.ends_with("ed"))
        && !matches!(
            w.as_str(),
            "named" | "identified" | "known" | "based" | "listed" | "stationed" | "quoted"
        )
}
