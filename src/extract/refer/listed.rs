//! "he said" after a list of names: news names three or more people in a row as the objects
//! of a sentence ("X praised A, B, C and D, all killed in the war. '…,' he said"), and a
//! singular pronoun later in the paragraph means none of them but the one the sentence was
//! about, named before the list in the same sentence. Only within one paragraph: across a
//! paragraph break the usual reading of `refer` stands, but for a roster paragraph between
//! two quotations (`past_roster`).

use super::super::attribution::{Ctx, Who};
use super::super::gender::Gender;
use super::Ref;

/// How many names in a row make a list.
const LIST: usize = 3;

impl Ctx<'_, '_> {
    /// When the last people named before token `tok` of `para` are a list of three or more
    /// (joined by commas and "and" only), the person named just before the list in the
    /// same sentence, if the pronoun of `gender` may mean them.
    pub(super) fn before_list(&self, para: usize, tok: usize, gender: Gender) -> Option<Ref> {
        let p = &self.paras[para];
        let to = self.narrated.partition_point(|x| (x.0, x.1) < (para, tok));
        let from = self.narrated.partition_point(|x| x.0 < para);
        let here = &self.narrated[from..to];
        let end_of = |t0: usize| self.at[para][t0].map(|mi| self.mentions[mi].t1);
        // Members, back from the last: each joined to the next by commas and "and" only.
        let mut first = here.len().checked_sub(1)?;
        while first > 0 {
            let joined = end_of(here[first - 1].1).is_some_and(|e| {
                e < here[first].1
                    && (e..here[first].1).all(|i| {
                        p.toks[i].is_punct(',') || matches!(self.word(para, i).as_str(), "and")
                    })
            });
            if !joined {
                break;
            }
            first -= 1;
        }
        let before = first.checked_sub(1).map(|k| here[k])?;
        if here.len() - first < LIST || before.2 == here[first].2 {
            return None;
        }
        let same_sentence = (before.1 + 1..=here[first].1).all(|i| !p.starts[i] || p.in_quote[i]);
        if !same_sentence {
            return None;
        }
        match self.genders[before.2] {
            Some(g) if g != gender => None,
            _ => Some((Who::Entity(before.2), 0.8)),
        }
    }

    /// "'…,' Garland said. ¶ Six are named: A; B, the group's chief; and C. ¶ '…,' he said":
    /// a paragraph of narration that names three or more other people, none of them opening
    /// a sentence, and has no reporting verb lists those spoken about, not anyone who speaks;
    /// a pronoun opening the next quotation goes on with the one quoted just before the list,
    /// when the pronoun fits them.
    pub(super) fn past_roster(&self, para: usize, tok: usize, gender: Gender) -> Option<Ref> {
        let e = *self.spoken.borrow().last()?;
        let at = *self.spoken_at.borrow().last()?;
        let quoted = self.paras[para].in_quote.get(1) == Some(&true);
        if at.0 + 2 != para || !quoted || self.genders[e] != Some(gender) {
            return None;
        }
        let since: Vec<_> = (self.narrated.iter())
            .filter(|x| (x.0, x.1) > at && (x.0, x.1) < (para, tok) && x.2 != e)
            .collect();
        let mut others: Vec<usize> = since.iter().map(|x| x.2).collect();
        others.sort_unstable();
        others.dedup();
        let list = &self.paras[para - 1];
        let narration =
            (0..list.toks.len()).all(|i| !list.in_quote[i] && !self.reports(para - 1, i));
        let roster = since
            .iter()
            .all(|x| x.0 + 1 == para && !super::clause::opens_sentence(list, x.1));
        let roster = roster && narration;
        (roster && others.len() >= LIST).then_some((Who::Entity(e), 0.8))
    }
}
