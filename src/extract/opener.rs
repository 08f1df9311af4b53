//! Two readings of "he said" that go before the last person named (`refer`): the person
//! who opens the sentence, and the speaker that "he continued" goes on from.
//!
//! News opens a sentence with the one it is about and then names others in an apposition,
//! a relative clause or a reported clause: "Ilan Dalal, the father of hostage Guy, said he
//! hoped … But he also said …"; "Anat Angrest, Matan's mother, recalled that Alon Gat had
//! warned about his sister. '…,' she said". The pronoun means the one the sentence opened
//! with, not the last name in it. Only the plain shape is read: the opener stands first in
//! its sentence (after title words, or after a quotation it reports), is not one of two
//! joined by "and", and is the first person of the last sentence of the paragraph that
//! names anyone. An opener of the other gender says nothing here; one whose gender nothing
//! tells, with someone of the pronoun's gender named after it, is only a guess.

use super::attribution::{Ctx, Who};
use super::gender::Gender;
use super::lexicon::LEX;
use super::refer::Ref;
use super::subject::INTRO;
use super::text::{Tok, is_capitalised};

impl Ctx<'_, '_> {
    /// The person who opens the last sentence naming anyone in paragraph `para` before token
    /// `tok`, when a pronoun of `gender` there may mean them (see the module's comment).
    pub(super) fn sentence_opener(&self, para: usize, tok: usize, gender: Gender) -> Option<Ref> {
        let p = &self.paras[para];
        // The narrated mentions are in reading order: this paragraph's before `tok` are one
        // slice, found by two binary searches rather than a scan of the whole article.
        let from = self.narrated.partition_point(|x| x.0 < para);
        let to = self.narrated.partition_point(|x| (x.0, x.1) < (para, tok));
        let named: Vec<_> = self.narrated[from..to].iter().collect();
        let last = named.last()?;
        let start = (0..=last.1)
            .rev()
            .find(|&i| opens_sentence(p, i))
            .unwrap_or(0);
        let first = named.iter().find(|x| x.1 >= start)?;
        let others: Vec<usize> = named
            .iter()
            .filter(|x| x.1 > first.1 && x.2 != first.2)
            .map(|x| x.2)
            .collect();
        let end = self.mentions[self.at[para][first.1]?].t1;
        let joined = matches!(self.word(para, end).as_str(), "and" | "or" | "&");
        let opens = (start..first.1).all(|i| {
            p.in_quote[i] || !p.toks[i].is_word() || {
                let w = p.toks[i].text(p.text);
                is_capitalised(w) || LEX.is_title(w) || w.eq_ignore_ascii_case("former")
            }
        });
        // "Addressing the crowd, X 'thanked the mediators' A, B and C. '…,' he said": a
        // scene-setting phrase before the opener leaves it the one the sentence is about.
        let scene = first.1 > start + 1
            && p.toks[first.1 - 1].is_punct(',')
            && (start..first.1).all(|i| !p.in_quote[i])
            && {
                let w = self.word(para, start);
                INTRO.contains(&w.as_str()) || w.ends_with("ing")
            };
        if others.is_empty() || !first.3 || joined || !(opens || scene) {
            return None;
        }
        if let Some(r) = self.pronoun_for_shared_surname(first.0, first.1, gender) {
            return Some(r);
        }
        match self.genders[first.2] {
            Some(g) if g == gender => Some((Who::Entity(first.2), 0.9)),
            Some(_) => None,
            None if others
                .iter()
                .any(|&e| self.genders[e] != Some(gender.opposite())) =>
            {
                Some((Who::Entity(first.2), 0.4))
            }
            None => Some((Who::Entity(first.2), 0.8)),
        }
    }

    /// "'…,' he continued": the last speaker named so far, when the pronoun fits them and
    /// they were named in this paragraph or one of the two before.
    pub(super) fn continued(&self, para: usize, tok: usize, gender: Gender) -> Option<Ref> {
        let verb = self.word(para, tok + 1);
        let on = verb == "continued" || (verb == "went" && self.word(para, tok + 2) == "on");
        if !on {
            return None;
        }
        let e = *self.spoken.borrow().last()?;
        let recent = self
            .narrated
            .iter()
            .any(|x| x.2 == e && x.0 + 2 >= para && (x.0, x.1) < (para, tok));
        match self.genders[e] {
            _ if !recent => None,
            Some(g) if g == gender => Some((Who::Entity(e), 0.9)),
            Some(_) => None,
            None => Some((Who::Entity(e), 0.75)),
        }
    }
}

/// A sentence opens at token `i`: after a full stop, not after a colon, bracket or dash, and
/// not inside a quotation unless `i` is the mark that opens one.
fn opens_sentence(p: &super::Para<'_>, i: usize) -> bool {
    i == 0
        || (p.starts[i]
            && (!p.in_quote[i] || !p.in_quote[i - 1])
            && !matches!(p.toks[i - 1].kind, Tok::Punct(':' | '(' | '—' | '–')))
}
