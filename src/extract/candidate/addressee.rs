//! "You" as the speaker: the one person the paragraph addresses by name.

use crate::entity::EntityKind;
use crate::extract::attribution::{Ctx, Who};
use crate::extract::refer::Ref;

/// "And Senator Vance, you have … You said, '…'": "you" is the one person the paragraph
/// addresses by name, a name followed by a comma and "you", before token `tok`. An
/// interviewer's label says who asks, never who is asked; two people addressed, or none,
/// leave it unclear.
pub(super) fn addressee(cx: &Ctx<'_, '_>, para: usize, tok: usize) -> Option<Ref> {
    let p = &cx.paras[para];
    let from = cx.mentions.partition_point(|m| m.para < para);
    let to = cx
        .mentions
        .partition_point(|m| (m.para, m.t0) < (para, tok));
    let mut found = None;
    for m in &cx.mentions[from..to] {
        let vocative = !m.in_quote
            && cx.ents[m.entity].kind == EntityKind::Person
            && p.toks.get(m.t1).is_some_and(|t| t.is_punct(','))
            && cx.word(para, m.t1 + 1).starts_with("you");
        if vocative {
            if found.is_some_and(|e| e != m.entity) {
                return None;
            }
            found = Some(m.entity);
        }
    }
    found.map(|e| (Who::Entity(e), 0.85))
}
