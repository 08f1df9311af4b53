//! "Sydney woman Dana Roe … '…,' the Israeli woman says": a description whose head noun tells
//! a gender ("woman", "man", "girl", "father") points back only to a person of that gender,
//! as "she" and "he" do. A man named last is never "the woman"; when two people lately named
//! may be meant, or none, no one is (a wrong speaker is worse than none).

use super::super::attribution::{Ctx, Who};
use super::super::gender::Gender;
use super::super::lexicon::LEX;
use super::Ref;

/// The gender a description's head noun tells (`data/gendered_heads.txt`, then the family
/// words and gendered titles of `data/gender_words.txt`), if any.
pub(in crate::extract) fn head_gender(head: &str) -> Option<Gender> {
    LEX.gendered_heads
        .get(head)
        .or_else(|| LEX.gender_words.get(head))
        .copied()
}

impl Ctx<'_, '_> {
    /// Whether `r` may be a person of gender `g`: not one the article gives the other.
    pub(in crate::extract) fn agrees(&self, r: &Ref, g: Gender) -> bool {
        match r.0 {
            Who::Entity(e) => self.genders[e] != Some(g.opposite()),
            _ => true,
        }
    }

    /// The one person lately named before token `tok` of `para` (the pronoun's window) who
    /// may be of gender `g`: only when that person's gender is known to be `g` and no one
    /// else named there is of `g` or of no known gender.
    pub(in crate::extract) fn only_one_of(
        &self,
        para: usize,
        tok: usize,
        g: Gender,
    ) -> Option<Ref> {
        let mut may: Vec<usize> = Vec::new();
        for x in self.recent(para, tok).iter().rev() {
            if self.genders[x.2] != Some(g.opposite()) && !may.contains(&x.2) {
                may.push(x.2);
            }
        }
        match may.as_slice() {
            [e] if self.genders[*e] == Some(g) => Some((Who::Entity(*e), 0.8)),
            _ => None,
        }
    }
}
