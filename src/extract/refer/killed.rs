//! "he said" after a name the narration reports killed ("The army blew up the convoy,
//! killing many, including the group's leader, A B. '…,' he said"): the dead do not speak
//! after their death is told, so the pronoun means whom it meant before that name.

use super::super::attribution::Ctx;
use super::super::gender::Gender;
use super::Ref;

/// Words that tell a death and take the victim after them.
const KILLING: &[&str] = &["killing", "killed"];

/// How many tokens either side of a name its sentence is read for a death told of it.
const REACH: usize = 40;

impl Ctx<'_, '_> {
    /// When the last person named before token `tok` of `para` was told killed there or
    /// earlier, the reading of the pronoun right before that name, never the dead person.
    pub(super) fn past_the_dead(&self, para: usize, tok: usize, gender: Gender) -> Option<Ref> {
        let e = self.last_person(para, tok)?;
        if self.told_killed_at(e).is_none_or(|at| at >= (para, tok)) {
            return None;
        }
        let end = self.narrated.partition_point(|x| (x.0, x.1) < (para, tok));
        let last = self.narrated[..end].iter().rev().find(|x| x.2 == e)?;
        Some(
            self.pronoun(last.0, last.1, gender)
                .map_or((super::Who::Unnamed, 1.0), |(w, s)| (w, s.min(0.8))),
        )
    }

    /// The name at token `t0` of `para` is the object of "killing" or "killed" earlier in
    /// its sentence ("killing many, including X"), with no reporting verb in that sentence
    /// after the kill word (", X said" speaks) and no "by" after it ("killed by X" kills).
    pub(in crate::extract) fn told_killed(&self, para: usize, t0: usize) -> bool {
        let p = &self.paras[para];
        // The kill word stands within a few words before the name; a sentence is read no
        // further than `REACH` tokens either side, so a long one costs no more per name.
        let mut s = t0;
        while s > 0 && !p.starts[s] && t0 - s < REACH {
            s -= 1;
        }
        let mut e = t0 + 1;
        while e < p.toks.len() && !p.starts[e] && e - t0 < REACH {
            e += 1;
        }
        let Some(k) = (s..t0)
            .rev()
            .find(|&i| !p.in_quote[i] && KILLING.contains(&self.word(para, i).as_str()))
        else {
            return self.died_after(para, t0, e);
        };
        self.word(para, k + 1) != "by"
            && self.word(para, t0.saturating_sub(1)) != "by"
            && (k + 1..e).all(|i| p.in_quote[i] || !self.reports(para, i))
    }
}

impl Ctx<'_, '_> {
    /// "X, his brother, was also taken hostage but later died in captivity": the sentence of
    /// the name at `t0` (ending before `e`) tells its death as the name's own predicate —
    /// "died", or "was killed" / "was murdered" — with no other person named before it.
    fn died_after(&self, para: usize, t0: usize, e: usize) -> bool {
        let p = &self.paras[para];
        let Some(m) = self.at[para][t0] else {
            return false;
        };
        let t1 = self.mentions[m].t1;
        (t1..e)
            .take_while(|&i| self.at[para][i].is_none())
            .any(|i| {
                let w = self.word(para, i);
                let passive = i > 0 && matches!(self.word(para, i - 1).as_str(), "was" | "been");
                !p.in_quote[i]
                    && (w == "died" || passive && matches!(w.as_str(), "killed" | "murdered"))
            })
    }
}
