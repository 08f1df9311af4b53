//! "'…,' A said in a statement. ¶ '…,' the statement says.": a statement the article has
//! already put to a person, quoted again under "the statement" a paragraph later, is still
//! that person's. The sieves leave "the statement said" unnamed (no person heads it), and
//! rightly so when no one was said to have issued one; here the article has said who did.

use super::{Attributed, Ctx, Pick, Who, tok_at};
use crate::entity::EntityKind;

/// How many paragraphs back the statement's signer may stand.
const REACH: usize = 2;

/// Gives each quotation attributed to "the statement" the person who "said in a statement"
/// the nearest quotation before it with a speaker, within `REACH` paragraphs; spans of its
/// paragraph carried from it follow. Only a person: an organisation's statement stays as
/// the sieves left it, and so does any quotation whose nearest speaker before it made no
/// statement.
pub(super) fn statement_signer(cx: &Ctx<'_, '_>, out: &mut [Attributed]) {
    for k in 0..out.len() {
        if !unnamed_statement(cx, &out[k]) {
            continue;
        }
        let pi = out[k].para;
        let Some(j) = (0..k)
            .rev()
            .find(|&j| matches!(&out[j].who, Some(w) if w.who != Who::Unnamed))
        else {
            continue;
        };
        let Some(Pick {
            who: Who::Entity(e),
            confidence,
            ..
        }) = out[j].who.clone()
        else {
            continue;
        };
        let near = pi >= out[j].para && pi - out[j].para <= REACH;
        if !near || cx.ents[e].kind != EntityKind::Person || !issued_statement(cx, &out[j]) {
            continue;
        }
        let pick = Pick {
            who: Who::Entity(e),
            rule: "statement signer",
            confidence: confidence * 0.9,
        };
        out[k].who = Some(pick.clone());
        for a in out[k + 1..].iter_mut().take_while(|a| a.para == pi) {
            if a.who
                .as_ref()
                .is_some_and(|w| w.who == Who::Unnamed && w.rule == "same paragraph")
            {
                a.who = Some(pick.carried("same paragraph", 0.95));
            }
        }
    }
}

/// Whether the quotation was left unnamed by "the statement" and a reporting verb right
/// after its closing mark ("'…,' the statement says").
fn unnamed_statement(cx: &Ctx<'_, '_>, a: &Attributed) -> bool {
    let unnamed = a
        .who
        .as_ref()
        .is_some_and(|w| w.who == Who::Unnamed && w.rule == "trailing");
    let Some(close) = a.span.close.filter(|_| unnamed) else {
        return false;
    };
    let p = &cx.paras[a.para];
    let mut i = tok_at(p, close) + 1;
    if p.toks.get(i).is_some_and(|t| t.is_punct(',')) {
        i += 1;
    }
    i + 2 < p.toks.len()
        && cx.word(a.para, i) == "the"
        && cx.word(a.para, i + 1) == "statement"
        && cx.reports(a.para, i + 2)
}

/// Whether the narration of the quotation's paragraph puts words to a statement: "said in
/// a statement", "said in a written statement".
fn issued_statement(cx: &Ctx<'_, '_>, a: &Attributed) -> bool {
    let p = &cx.paras[a.para];
    (0..p.toks.len()).any(|i| {
        !p.in_quote[i]
            && cx.word(a.para, i) == "statement"
            && (i.saturating_sub(3)..i).any(|h| cx.word(a.para, h) == "in")
    })
}
