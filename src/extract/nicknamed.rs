//! The name a person goes by, given once in brackets or quotation marks inside the full name
//! ("Eliyahu (Eli) Sharabi", "Barry \"Butch\" Wilmore"): elsewhere in the article, headlines
//! and captions above all, the same person is written with that short name and the surname
//! ("Eli Sharabi"). Both writings are one person, filed under the full name; without this the
//! two differ in their given name and read as two people who share a surname.

use super::Para;
use super::names::Candidate;
use super::text::{Tok, is_double_quote};
use crate::entity::EntityKind;

/// Renames every candidate written as "NICKNAME SURNAME…" to the full name written with that
/// nickname inside it in the same article.
pub(super) fn fold(paras: &[Para<'_>], cands: &mut [Candidate]) {
    let person =
        |c: &Candidate| c.source.is_none() && matches!(c.kind, None | Some(EntityKind::Person));
    // (nickname, the words after the given name, the full name)
    let mut known: Vec<(String, Vec<String>, String)> = Vec::new();
    for c in cands.iter().filter(|c| person(c)) {
        let p = &paras[c.para];
        if c.t1 < c.t0 + 5 {
            continue;
        }
        let mark = |i: usize| matches!(p.toks[i].kind, Tok::Punct(m) if m == '(' || m == ')' || is_double_quote(m));
        let (open, close) = (c.t0 + 1, c.t0 + 3);
        if !(mark(open) && mark(close) && p.toks[open + 1].is_word()) {
            continue;
        }
        let words: Vec<String> = c.name.split_whitespace().map(str::to_lowercase).collect();
        if words.len() < 2 {
            continue;
        }
        let nick = p.toks[open + 1].text(p.text).to_lowercase();
        known.push((nick, words[1..].to_vec(), c.name.clone()));
    }
    if known.is_empty() {
        return;
    }
    for c in cands.iter_mut().filter(|c| person(c)) {
        let words: Vec<String> = c.name.split_whitespace().map(str::to_lowercase).collect();
        let Some((first, rest)) = words.split_first() else {
            continue;
        };
        if let Some((_, _, full)) = known
            .iter()
            .find(|(nick, after, _)| nick == first && after.as_slice() == rest)
        {
            c.name.clone_from(full);
        }
    }
}
