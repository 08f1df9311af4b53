//! The `remarks by` sieve: "A criticized remarks made by B at a rally that he would act
//! '…'". Words quoted inside a noun of voice ("remarks", "comments", "claim") whose maker is
//! named after "by" are the maker's, not those of the sentence's subject, who only speaks
//! about them.

use super::super::before::VOICE;
use super::super::quotes::QuoteSpan;
use super::super::refer::Ref;
use super::super::text::{Tok, is_capitalised};
use super::{Ctx, Who, tok_at};
use crate::entity::EntityKind;

/// How many tokens back from the quotation the maker's name may stand.
const REACH: usize = 20;

/// How many words of title may stand between "by" and the name.
const TITLE: usize = 3;

/// Participles between a noun of voice and "by" ("remarks made by", "a pledge given by").
const MADE: &[&str] = &["made", "given", "delivered", "uttered", "voiced", "issued"];

/// The person named right after "by" (or "made by", "given by") after a noun of voice, when
/// the clause runs on from the name to the quotation with no comma, sentence break,
/// reporting verb, other person or quotation between them. Any of those would let the words
/// belong to someone else, so the sieve then finds no one and the later sieves decide.
pub(super) fn remarks_by(cx: &Ctx<'_, '_>, pi: usize, q: &QuoteSpan) -> Option<Ref> {
    let p = &cx.paras[pi];
    let open = tok_at(p, q.open);
    for k in (open.saturating_sub(REACH)..open).rev() {
        let t = &p.toks[k];
        if let Some(mi) = cx.at[pi][k] {
            let m = cx.mentions[mi];
            if m.in_quote || cx.ents[m.entity].kind != EntityKind::Person {
                return None;
            }
            return made_by(cx, pi, m.t0).then_some((Who::Entity(m.entity), 0.8));
        }
        let mark = matches!(t.kind, Tok::Punct('“' | '"' | '‘' | '\''));
        let inside = p.in_quote[k] && t.is_word();
        let breaks = matches!(t.kind, Tok::Punct(',' | ';' | '(' | ')' | '—' | '–'));
        if inside || breaks || (p.starts[k] && !mark) || cx.reports(pi, k) {
            return None;
        }
    }
    None
}

/// "remarks by", "comments made by": a noun of voice (and a participle) right before the
/// "by" that precedes the name starting at token `t0`, past a title or two ("by Governor A",
/// "by former President B").
fn made_by(cx: &Ctx<'_, '_>, pi: usize, t0: usize) -> bool {
    let p = &cx.paras[pi];
    let title = |i: usize| {
        p.toks[i].is_word()
            && (is_capitalised(p.toks[i].text(p.text)) || cx.word(pi, i) == "former")
    };
    let start = (t0.saturating_sub(TITLE)..t0)
        .rev()
        .take_while(|&i| title(i))
        .last()
        .unwrap_or(t0);
    let word = |back: usize| start.checked_sub(back).map(|i| cx.word(pi, i));
    let voice = |w: Option<String>| w.is_some_and(|w| VOICE.contains(&w.as_str()));
    word(1).as_deref() == Some("by")
        && (voice(word(2)) || word(2).is_some_and(|w| MADE.contains(&w.as_str())) && voice(word(3)))
}
