//! "The Foreign Ministry, in a post on Telegram from spokeswoman A B, announced that '…'":
//! a body's words put out in a message that an aside says one named person wrote or posted
//! are that person's. News names the spokesperson who posted a ministry's statement so the
//! reader knows whose words they are; the body is only who the person speaks for.

use crate::entity::EntityKind;
use crate::extract::attribution::Ctx;
use crate::extract::lexicon::LEX;
use crate::extract::text::Tok;

/// How many title words may stand between "from" and the name ("from spokeswoman", "from
/// the ministry's spokesman").
const TITLE_WORDS: usize = 4;

/// The one person an aside `hs..he` ("in a post on Telegram from spokeswoman A B minutes
/// earlier", "in a statement by its spokesman A B") names as the writer of the message, if
/// one.
pub(super) fn posted_by(cx: &Ctx<'_, '_>, pi: usize, hs: usize, he: usize) -> Option<usize> {
    let p = &cx.paras[pi];
    if cx.word(pi, hs) != "in" || he <= hs + 2 {
        return None;
    }
    let noun = (hs + 1..he.min(hs + 4)).find(|&i| {
        let w = cx.word(pi, i);
        LEX.written_messages.contains(w.as_str()) || LEX.signed_messages.contains(w.as_str())
    })?;
    if (hs..he).any(|i| p.in_quote[i]) {
        return None;
    }
    let from = (noun + 1..he).find(|&i| matches!(cx.word(pi, i).as_str(), "from" | "by"))?;
    // The persons named after "from", none only as an owner ("from A's office").
    let mut people = (from + 1..he)
        .filter_map(|i| cx.at[pi][i])
        .map(|mi| cx.mentions[mi])
        .filter(|m| cx.ents[m.entity].kind == EntityKind::Person);
    let m = people.next()?;
    if p.toks.get(m.t1).is_some_and(|t| t.kind == Tok::Possessive)
        || m.t0 > from + 1 + TITLE_WORDS
        || (from + 1..m.t0).any(|i| !p.toks[i].is_word() && p.toks[i].kind != Tok::Possessive)
        || people.any(|n| n.entity != m.entity)
    {
        return None;
    }
    Some(m.entity)
}
