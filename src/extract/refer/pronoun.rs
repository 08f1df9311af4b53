//! Who "he" or "she" is: the person last named in narration (a subject over a later
//! object), never one of the other gender. "She" skips back over men to the last woman named;
//! a person whose gender nothing tells is taken only when no one of the other gender was named
//! after them, and is unclear when one of the pronoun's gender was named just before.

use super::super::attribution::{Ctx, Who};
use super::super::gender::Gender;
use super::Ref;

impl Ctx<'_, '_> {
    /// "he said", "she added": see the module's comment.
    pub(in crate::extract) fn pronoun(
        &self,
        para: usize,
        tok: usize,
        gender: Gender,
    ) -> Option<Ref> {
        if let Some(r) = self.past_the_dead(para, tok, gender) {
            return Some(r);
        }
        if let Some(r) = self.past_companions(para, tok, gender) {
            return Some(r);
        }
        if let Some(r) = self.speech_giver(para, tok, gender) {
            return Some(r);
        }
        if let Some(r) = self.described_sayer(para, tok, gender) {
            return Some(r);
        }
        if let Some(r) = self.subject_owner(para, tok, gender) {
            return Some(r);
        }
        let recent = self.recent(para, tok);
        let first = self.last_person(para, tok);
        // An unnamed source introduced after the last person named, in this paragraph or
        // the one before, is who "he" or "she" is.
        // Where that person was last named as a subject (else at all): "Founder of a group
        // named for Obama was upbeat. '…,' he said" is the founder, Obama only an object.
        let last_named = first
            .and_then(|e| {
                let mut of_e = recent.iter().rev().filter(|x| x.2 == e);
                of_e.clone().find(|x| x.3).or_else(|| of_e.next())
            })
            .map_or((0, 0), |x| (x.0, x.1));
        // Not one the article described so before: "spokesperson Majed al-Ansari … '…,' the
        // spokesperson stated. He added …" is al-Ansari. Nor one who posts in public ("He
        // tweeted: '…'"): a post carries its writer's name, so no unnamed source wrote it.
        let posted =
            (1..=2).any(|k| matches!(self.word(para, tok + k).as_str(), "tweeted" | "posted"));
        if let Some(&(up, ut, ref desc)) = (self.unnamed.iter().rev())
            .filter(|_| !posted)
            .find(|&&(p, t, _)| (p, t) < (para, tok) && (p, t) > last_named && p + 1 >= para)
        {
            let head = desc.rsplit(' ').next().unwrap_or("").to_lowercase();
            // "The Hamas official emphasized that … He added …": a definite description
            // points back as it did where it spoke, so the pronoun goes where it went.
            let as_spoken = || {
                let the = (ut.saturating_sub(4)..ut).find(|&j| self.word(up, j) == "the")?;
                crate::extract::candidate::candidate(self, up, the, ut + 1, ut + 1)
            };
            return Some(match self.described(up, ut, &head).or_else(as_spoken) {
                Some((Who::Entity(e), sure)) if sure >= crate::extract::SPEAKER_THRESHOLD => {
                    (Who::Entity(e), sure)
                }
                _ => (Who::Anonymous(desc.clone()), 0.8),
            });
        }
        if let Some(r) = self.before_list(para, tok, gender) {
            return Some(r);
        }
        if let Some(r) = self.past_roster(para, tok, gender) {
            return Some(r);
        }
        if let Some(r) = self.continued(para, tok, gender) {
            return Some(r);
        }
        if let Some(r) = self.sentence_opener(para, tok, gender) {
            return Some(r);
        }
        if let Some(r) = self.quoted_before(para, tok, gender) {
            return Some(r);
        }
        let first = first?;
        let of = |e: usize| self.genders[e];
        // Where the chosen one was last named: people after that were named in between.
        let at = recent.iter().rposition(|x| x.2 == first).unwrap_or(0);
        if let Some(r) = recent
            .get(at)
            .and_then(|x| self.pronoun_for_shared_surname(x.0, x.1, gender))
        {
            return Some(r);
        }
        let between_other = recent[at..]
            .iter()
            .any(|x| of(x.2).is_some_and(|g| g != gender));
        match of(first) {
            Some(g) if g == gender => Some((Who::Entity(first), 0.95)),
            Some(_) => {
                // Back over the other gender to the last person who may be meant. Over one
                // named only as an object, one the story follows, of this paragraph or the
                // two before: a subject who opens a sentence or has been quoted ("Trump
                // accused … Biden … the speeches by Obama and Michelle Obama. '…,' he said"
                // is Trump, not Obama).
                let may = |x: &&(usize, usize, usize, bool)| of(x.2).is_none_or(|g| g == gender);
                let nearest = recent.iter().rev().find(may)?;
                // Further back too the one who spoke the quotation before: a run of her
                // quotations with only objects named in between still follows her.
                let last_said = self.spoken.borrow().last().copied();
                let followed = |x: &&(usize, usize, usize, bool)| {
                    x.3 && (x.0 + 2 >= para || last_said == Some(x.2))
                        && of(x.2).is_some()
                        && (self.spoken.borrow().contains(&x.2)
                            || super::clause::opens_sentence(&self.paras[x.0], x.1))
                };
                let next = if nearest.3 {
                    nearest
                } else {
                    let spoken = recent
                        .iter()
                        .rev()
                        .filter(may)
                        .find(|x| followed(x) && self.spoken.borrow().contains(&x.2));
                    spoken
                        .or_else(|| recent.iter().rev().filter(may).find(followed))
                        .unwrap_or(nearest)
                };
                // "…speeches by Obama and Michelle Obama. '…,' he said": a man named only as
                // an object beside the woman skipped is a guess, not a reading.
                // "Ortagus met President Aoun. … He also urged …" (`only`).
                let only = super::only::only_of_gender(self, recent, next.2, gender, (para, tok));
                let sure = match of(next.2) {
                    Some(_) if next.3 => 0.85,
                    Some(_) if only => 0.8,
                    Some(_) => 0.5,
                    None => 0.4,
                };
                Some((Who::Entity(next.2), sure))
            }
            // "Gonen said: '…' Turning to Trump, she said": the one named in between is of
            // the other gender and only an object, so the subject before is still the one
            // speaking.
            None if between_other
                && recent[at].3
                && recent[at + 1..].iter().all(|x| !x.3 && of(x.2).is_some()) =>
            {
                Some((Who::Entity(first), 0.7))
            }
            // "'…,' Merz stated. '…' He added …": one whose gender nothing tells, the last named,
            // as the subject of a quotation of this paragraph, goes on speaking. So does one
            // who opened the paragraph in indirect speech ("X, head nurse of the ward, said
            // the patients were resting. '…,' she said").
            None if recent[at].0 == para
                && recent[at].3
                && at + 1 == recent.len()
                && (self.spoken.borrow().contains(&first)
                    || self.says_in_narration(para, recent[at].1)) =>
            {
                Some((Who::Entity(first), 0.7))
            }
            // "Karoline Leavitt briefed reporters. Trump called the emir. '…,' she said": one
            // whose gender nothing tells, named after a person of the pronoun's gender in this
            // paragraph or the one before, may be meant or may not: unclear, not a guess.
            None if recent[..at]
                .iter()
                .any(|x| x.2 != first && x.0 + 1 >= para && of(x.2) == Some(gender)) =>
            {
                Some((Who::Entity(first), 0.45))
            }
            None => Some((Who::Entity(first), if between_other { 0.4 } else { 0.8 })),
        }
    }

    /// "'…,' he said. ¶ '…,' he said": in a paragraph that opens with a quotation, the one
    /// quoted last in the paragraph before, when no one else has been named in narration
    /// since and the pronoun fits them. A quotation's attribution names its speaker anew, so
    /// a run of quoted paragraphs follows them past a person named earlier or only inside
    /// the quotation marks.
    fn quoted_before(&self, para: usize, tok: usize, gender: Gender) -> Option<Ref> {
        let e = *self.spoken.borrow().last()?;
        let at = *self.spoken_at.borrow().last()?;
        // Only across paragraphs of quotation: within one, a quotation the subject passes on
        // ("X said his son told him, '…' '…,' he added") leaves X the one speaking.
        let quoted = self.paras[para].in_quote.get(1) == Some(&true);
        if at.0 + 1 != para || !quoted || self.genders[e] != Some(gender) {
            return None;
        }
        let mut since =
            (self.narrated.iter()).filter(|x| (x.0, x.1) >= at && (x.0, x.1) < (para, tok));
        since.all(|x| x.2 == e).then_some((Who::Entity(e), 0.9))
    }

    /// "Yael Alexander … Edan Alexander … Alexander was met at the airport. '…,' she said":
    /// when the mention at token `tok` of `para` is a bare surname two people share, the one
    /// of the pronoun's gender if only one is, else no reading worth publishing.
    pub(in crate::extract) fn pronoun_for_shared_surname(
        &self,
        para: usize,
        tok: usize,
        gender: Gender,
    ) -> Option<Ref> {
        let mi = self.at[para][tok]?;
        let bearers = crate::extract::candidate::surname_bearers(self, para, mi);
        if bearers.is_empty() {
            return None;
        }
        // Of those who may be meant, the only one the story follows as a subject: "Adler
        // spoke about his cousin, Ronen Adler, …" is not the cousin, even when only the
        // cousin's name tells a gender.
        let may: Vec<usize> = bearers
            .iter()
            .copied()
            .filter(|&e| self.genders[e].is_none_or(|g| g == gender))
            .collect();
        let fits: Vec<usize> = may
            .iter()
            .copied()
            .filter(|&e| self.genders[e] == Some(gender))
            .collect();
        // Else, of several who fit, the one already quoted, if only one has been.
        let one = crate::extract::candidate::the_one_subject(self, &may, (para, tok)).or(
            match fits.as_slice() {
                [one] => Some(*one),
                _ => crate::extract::candidate::the_one_meant(self, &fits, (para, tok)),
            },
        );
        Some(match one {
            Some(one) => (Who::Entity(one), 0.8),
            None => (Who::Entity(self.mentions[mi].entity), 0.4),
        })
    }
}
