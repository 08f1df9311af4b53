//! "he began" after a sentence whose subject goes on to name the people of his own life
//! ("In his speech, A described the festival, his friend B, and his brother, C"): each name
//! brought in through "his friend" or "her brother" is someone the subject's sentence tells
//! of, so the pronoun after them is still the subject's, not the last of them. So are the
//! subject's counterparts ("A promised to call his Russian and American counterparts B and
//! C. '…,' he said" is A): named as the other side of the subject's own office.

use super::super::attribution::{Ctx, Who};
use super::super::gender::Gender;
use super::super::lexicon::LEX;
use super::super::text::is_capitalised;
use super::Ref;

/// How far back from a name its "his friend" or "her brother" is looked for.
const REACH: usize = 10;

impl Ctx<'_, '_> {
    /// The subject named before people brought in only through a possessive's kin or
    /// friend, when the pronoun at token `tok` of `para` comes right after them.
    pub(super) fn past_companions(&self, para: usize, tok: usize, gender: Gender) -> Option<Ref> {
        let recent = self.recent(para, tok);
        let tail = recent
            .iter()
            .rev()
            .take_while(|x| x.0 + 1 >= para && self.through_possessive(x.0, x.1))
            .count();
        let &(_, _, e, subject) = recent.iter().rev().nth(tail).filter(|_| tail > 0)?;
        let companions = &recent[recent.len() - tail..];
        let fits = self.genders[e].is_none_or(|g| g == gender);
        (subject && fits && companions.iter().all(|x| x.2 != e)).then_some((Who::Entity(e), 0.8))
    }

    /// Whether the name at token `t` of `para` comes after "his friend", "her brother,"
    /// "their friends, A and", "his Russian and American counterparts": a kin, friend or
    /// counterpart word owned by a possessive, then only names, commas and "and" / "or" up
    /// to it.
    fn through_possessive(&self, para: usize, t: usize) -> bool {
        let p = &self.paras[para];
        let Some(k) = (t.saturating_sub(REACH)..t).rev().find(|&i| {
            let w = self.word(para, i);
            !(p.toks[i].is_punct(',')
                || matches!(w.as_str(), "and" | "or")
                || p.toks[i].is_word() && is_capitalised(p.toks[i].text(p.text)))
        }) else {
            return false;
        };
        let w = self.word(para, k);
        // "His sister Noa wept": a possessive that opens its sentence makes the relative
        // that sentence's subject, one the pronoun may well mean.
        let counterpart = matches!(w.as_str(), "counterpart" | "counterparts");
        (LEX.kin.contains(w.as_str()) || matches!(w.as_str(), "friend" | "friends") || counterpart)
            // "his Russian and American counterparts": two nationalities may stand between.
            && (1..=if counterpart { 4 } else { 3 }).any(|j| {
                k.checked_sub(j).is_some_and(|i| {
                    matches!(self.word(para, i).as_str(), "his" | "her" | "their") && !p.starts[i]
                })
            })
    }
}
