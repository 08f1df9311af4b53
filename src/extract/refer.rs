//! Who a pronoun or a description points back to: "she said", "the prime minister said",
//! "the father told reporters". Each answer carries a confidence, so that a speaker found
//! only by a guess can be published as "speaker unclear" instead of as a name.
//!
//! - A pronoun goes to the person last named in narration (`pronoun`),
//!   never to one of the other gender: "she" skips back over men to the last woman named.
//!   A person whose gender nothing tells is taken only when no one of the other gender was
//!   named after them, and is unclear when one of the pronoun's gender was named just before.
//! - A description goes to the one person named before whom the article described with that
//!   word ("Prime Minister Benjamin Netanyahu", "Adi, Edan's father"); when two fit, it goes
//!   to the one named in this paragraph or the one before if every other was last named in
//!   an earlier paragraph, else it is left unclear.

use super::attribution::{Ctx, Who};
use super::lexicon::LEX;
pub(crate) use super::unnamed::unnamed_sources;
use crate::entity::EntityKind;

mod clause;
mod companions;
mod descriptors;
mod gendered;
mod killed;
mod leader;
pub(in crate::extract) use clause::{in_main_clause, opens_sentence};
pub(in crate::extract) use gendered::head_gender;
mod listed;
mod offices;
mod only;
mod owner;
mod party;
mod pronoun;
mod relatives;
mod speech;
mod subject_said;
pub(crate) use descriptors::descriptors;
pub(in crate::extract) use descriptors::{DIPLOMATIC, PRESS, party_at};
pub(in crate::extract) use offices::{
    OFFICE_MODIFIERS, demonym_in, office_at, office_initials, offices,
};
pub(in crate::extract) use relatives::object_relative;
pub(crate) use relatives::relatives;

/// An answer and how sure the rule is of it (0 to 1).
pub(crate) type Ref = (Who, f32);

/// How many person mentions back a pronoun or description looks.
pub(in crate::extract) const WINDOW: usize = 6;

impl Ctx<'_, '_> {
    /// Narrated person mentions before token `tok` of paragraph `para`, most recent last.
    fn recent(&self, para: usize, tok: usize) -> &[(usize, usize, usize, bool)] {
        let end = self
            .narrated
            .partition_point(|&(p, t, _, _)| (p, t) < (para, tok));
        &self.narrated[end.saturating_sub(WINDOW)..end]
    }

    /// The last person named outside quotation marks before token `tok` of `para`. A name
    /// read as a subject wins over a later one read as an object ("Zangauker recalled her
    /// talk with Netanyahu. '…,' she said").
    /// Further back, a subject still wins when everyone named after it was only an object
    /// ("Warnock took the stage to celebrate his win over Walker. The Democrat's victory over
    /// Walker … He noted …": the one the story follows is the subject, not the one beaten).
    pub(super) fn last_person(&self, para: usize, tok: usize) -> Option<usize> {
        let recent = self.recent(para, tok);
        let near = &recent[recent.len().saturating_sub(4)..];
        let subject = near
            .iter()
            .rev()
            .take_while(|&&(p, _, _, _)| p + 1 >= para)
            .find(|x| x.3);
        let earlier = || {
            let at = near.iter().rposition(|x| x.3)?;
            near[at + 1..].iter().all(|x| !x.3).then(|| &near[at])
        };
        // "The report has not satisfied X, who lost his brother Y …": a relative named
        // through a possessive inside what is said of another is not the one followed.
        let through_kin = |x: &(usize, usize, usize, bool)| {
            let w = |k: usize| x.1.checked_sub(k).map(|i| self.word(x.0, i));
            LEX.kin.contains(w(1).unwrap_or_default().as_str())
                && (1..=3).any(|k| matches!(w(k + 1).as_deref(), Some("his" | "her" | "their")))
        };
        let last = || {
            let at = near.len().checked_sub(1)?;
            let before = at.checked_sub(1).filter(|&b| near[b].0 == near[at].0);
            match before {
                Some(b) if through_kin(&near[at]) && !through_kin(&near[b]) => Some(&near[b]),
                _ => Some(&near[at]),
            }
        };
        subject.or_else(earlier).or_else(last).map(|x| x.2)
    }

    /// "the prime minister said", "the father told reporters": the one person named before
    /// token `tok` whom the article described with `word`, if any.
    pub(super) fn described(&self, para: usize, tok: usize, word: &str) -> Option<Ref> {
        self.described_of(para, tok, word, None)
    }

    /// The people named before token `tok` of `para` whom the article described with
    /// `word`, the latest named first (of the last 60 mentions).
    pub(super) fn described_people(&self, para: usize, tok: usize, word: &str) -> Vec<usize> {
        let end = self
            .mentions
            .partition_point(|m| (m.para, m.t0) < (para, tok));
        let mut found: Vec<usize> = Vec::new();
        for m in self.told(end).take(60) {
            let e = m.entity;
            if self.ents[e].kind == EntityKind::Person
                && self.descriptors[e].iter().any(|w| {
                    // "Ambassador A … According to the Israeli diplomat, …": news calls an
                    // office abroad a diplomat when it does not repeat the title.
                    // So is a reporter "the journalist" (`PRESS`).
                    w == word
                        || word == "diplomat" && DIPLOMATIC.contains(&w.as_str())
                        || word == "journalist" && PRESS.contains(&w.as_str())
                })
                && !found.contains(&e)
            {
                found.push(e);
            }
        }
        found
    }

    /// [`Ctx::described`] for a description that names a nationality ("the Cambodian prime
    /// minister"): of the people with that title, only those whose own title carries the
    /// same demonym, else those whose title carries none (`demonym_fits`).
    pub(super) fn described_of(
        &self,
        para: usize,
        tok: usize,
        word: &str,
        demonym: Option<&str>,
    ) -> Option<Ref> {
        let end = self
            .mentions
            .partition_point(|m| (m.para, m.t0) < (para, tok));
        let mut found = self.described_people(para, tok, word);
        if let Some(d) = demonym {
            found.retain(|&e| self.demonym_fits(e, d) != Some(false));
            if found.iter().any(|&e| self.demonym_fits(e, d) == Some(true)) {
                found.retain(|&e| self.demonym_fits(e, d) == Some(true));
            }
        }
        // Where each candidate was last named before the description.
        let last_para = |e: usize| self.told(end).find(|m| m.entity == e).map_or(0, |m| m.para);
        let pick = match found.as_slice() {
            [] => return None,
            [one] => (*one, 0.9),
            // "Finance Minister B … Ben Gvir's demands … '…,' the minister says": the one
            // named in this paragraph or the one before, after every other candidate was
            // last named, is the one the story is following.
            // So is one named in a later sentence of the same paragraph than all the others
            // ("'…,' said A, father of X. … '…,' said B, father of Y. ¶ The father said …").
            [latest, rest @ ..]
                if last_para(*latest) + 1 >= para
                    && rest.iter().all(|&o| self.sentence_before(o, *latest, end)) =>
            {
                (*latest, 0.7)
            }
            [latest, ..] => (*latest, 0.4),
        };
        // "A senior Hamas official … said. '…,' the official said": an unnamed source
        // introduced since the person was last named is the one meant.
        let last = self.told(end).find(|m| m.entity == pick.0)?;
        if self.introduced_since((last.para, last.t1), (para, tok), word) {
            return None;
        }
        Some((Who::Entity(pick.0), pick.1))
    }

    /// Whether person `e`'s title carries the demonym `d` ("Cambodian Prime Minister Hun
    /// Manet" for "Cambodian"): `Some(true)`; another one ("Acting Thai Prime Minister"):
    /// `Some(false)`; none: `None`.
    pub(in crate::extract) fn demonym_fits(&self, e: usize, d: &str) -> Option<bool> {
        let title = self.ents[e].title.as_deref().unwrap_or("");
        let mut own = title
            .split_whitespace()
            .map(|w| w.trim_end_matches(['.', ',']))
            .filter(|w| LEX.demonyms.contains(w))
            .peekable();
        own.peek()?;
        Some(own.any(|w| w.eq_ignore_ascii_case(d)))
    }

    /// `r`, unless a description naming the nationality `d` ("the Thai prime minister")
    /// would go to a person whose title names another.
    pub(in crate::extract) fn of_demonym(&self, r: Option<Ref>, d: Option<&str>) -> Option<Ref> {
        r.filter(|r| match (&r.0, d) {
            (Who::Entity(e), Some(d)) => self.demonym_fits(*e, d) != Some(false),
            _ => true,
        })
    }

    /// The first `end` mentions, latest first, without those inside quotation marks: a
    /// description points back through the narration, not to a name a speaker used ("the
    /// God of Abraham, Isaac and Jacob" in one president's words leaves "the president"
    /// his, not the other president's whose given name is Isaac).
    fn told(&self, end: usize) -> impl Iterator<Item = &super::people::Mention> {
        self.mentions[..end].iter().rev().filter(|m| {
            !self.paras[m.para]
                .in_quote
                .get(m.t0)
                .copied()
                .unwrap_or(false)
        })
    }

    /// Whether `o` was last named (among the first `end` mentions) in an earlier sentence
    /// than `e` was.
    fn sentence_before(&self, o: usize, e: usize, end: usize) -> bool {
        let last = |x: usize| self.told(end).find(|m| m.entity == x);
        let (Some(mo), Some(me)) = (last(o), last(e)) else {
            return false;
        };
        mo.para < me.para
            || mo.para == me.para
                && mo.t1 <= me.t0
                && (mo.t1..=me.t0).any(|i| self.paras[me.para].starts[i])
    }

    /// Whether narration between two positions introduces someone unnamed by `word` ("a
    /// senior official", "another source").
    fn introduced_since(&self, from: (usize, usize), to: (usize, usize), word: &str) -> bool {
        (from.0..=to.0).any(|pi| {
            let p = &self.paras[pi];
            let a = if pi == from.0 { from.1 } else { 0 };
            let b = if pi == to.0 { to.1 } else { p.toks.len() };
            (a..b.min(p.toks.len())).any(|i| {
                !p.in_quote[i]
                    && self.word(pi, i) == word
                    && (i.saturating_sub(4)..i).any(|j| {
                        matches!(self.word(pi, j).as_str(), "a" | "an" | "another" | "one")
                    })
            })
        })
    }

    /// The last person, for a description that names no title or relation the article gave
    /// anyone ("the South Carolina Republican said"): sure when no one else was named lately,
    /// fairly sure when that person is the subject of this paragraph or the one before and
    /// everyone named after is an object ("Netanyahu thanked Trump. … the prime minister
    /// said"; "Trump was asked about Harris's crowds." then "'…,' the former president said").
    /// Never one brought in as a relative or friend ("Ruth Cohen, the mother of …",
    /// `refer::relatives`): a description that reaches this far names an office or a side.
    pub(super) fn last_described(&self, para: usize, tok: usize) -> Option<Ref> {
        let e = self.last_person(para, tok)?;
        if self.relatives[e] {
            return None;
        }
        let recent = self.recent(para, tok);
        let near = &recent[recent.len().saturating_sub(3)..];
        let at = recent.iter().rposition(|x| x.2 == e).unwrap_or(0);
        if recent
            .get(at)
            .is_some_and(|x| self.in_reported_speech(x.0, x.1))
        {
            return None;
        }
        let sure = if near.iter().all(|x| x.2 == e) {
            0.75
        } else if recent[at].0 + 1 >= para && recent[at].3 && recent[at + 1..].iter().all(|x| !x.3)
        {
            0.65
        } else if at + 1 == recent.len()
            && recent[at].0 + 3 >= para
            && self.spoken.borrow().contains(&e)
        {
            // "Now more from Trump. … '…,' he says. ¶ The US president says …": the last
            // person named, with no one named since, whose words the story is already
            // quoting, is the one a title then points back to.
            0.65
        } else {
            0.45
        };
        Some((Who::Entity(e), sure))
    }

    /// Whether token `t` of `para` lies in words reported without quotation marks before a
    /// pronoun's reporting verb that closes the sentence ("B is now fully informed, he
    /// added."): the one named there is what the speaker talked about, not who the story
    /// follows, so a later title does not point back to them.
    fn in_reported_speech(&self, para: usize, t: usize) -> bool {
        let p = &self.paras[para];
        let end = (t + 1..p.toks.len())
            .find(|&i| p.starts[i])
            .unwrap_or(p.toks.len());
        (t + 1..end.saturating_sub(2)).any(|i| {
            p.toks[i].is_punct(',')
                && matches!(self.word(para, i + 1).as_str(), "he" | "she")
                && LEX
                    .reporting_verbs
                    .contains(self.word(para, i + 2).as_str())
                && (i + 3..end).all(|k| !p.toks[k].is_word())
        })
    }
}
