//! A reply that announces the quotation after it: "Kelly responded by recalling McSally's
//! attack on Sinema. McSally accused Sinema of treason." then a paragraph of quotation alone
//! in the first person ("It didn't take long for the senator to attack my patriotism"). The
//! one who responded speaks it, though the ones he answers are named after him.

use crate::entity::EntityKind;
use crate::extract::attribution::{Ctx, Who, quotation_only};
use crate::extract::refer::Ref;

/// How sure a responder is of the quotation after his paragraph.
const SURE: f32 = 0.8;

/// Verbs of reply, and the particle a phrasal one needs ("shot back").
const REPLIES: &[(&str, Option<&str>)] = &[
    ("responded", None),
    ("replied", None),
    ("retorted", None),
    ("shot", Some("back")),
    ("fired", Some("back")),
    ("hit", Some("back")),
];

/// Paragraph `pi` opens with a person's name and a verb of reply right after it, and the
/// paragraph after it is quotation alone that speaks in the first person: that person speaks
/// it. Anything less (another word before the name, no first person) is no reply.
pub(in crate::extract) fn responder(cx: &Ctx<'_, '_>, pi: usize) -> Option<Ref> {
    let p = &cx.paras[pi];
    let mi = cx.at[pi].first().copied().flatten()?;
    let m = cx.mentions[mi];
    if m.t0 != 0 || cx.ents[m.entity].kind != EntityKind::Person {
        return None;
    }
    let verb = cx.word(pi, m.t1);
    let replies = REPLIES
        .iter()
        .any(|(v, particle)| *v == verb && particle.is_none_or(|b| cx.word(pi, m.t1 + 1) == b));
    let next = cx.paras.get(pi + 1)?;
    let first_person = next.toks.iter().enumerate().any(|(i, t)| {
        next.in_quote[i]
            && t.is_word()
            && matches!(t.text(next.text), "I" | "my" | "My" | "me" | "I'm" | "I’m")
    });
    let quotation_only = quotation_only(next);
    (replies && p.toks.len() > m.t1 && first_person && quotation_only)
        .then_some((Who::Entity(m.entity), SURE))
}
