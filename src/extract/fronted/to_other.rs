//! An office phrase put before the name of another person's aide: "a senior spokesman for
//! Prime Minister A, B, said" gives B the phrase, not A.

use super::super::Para;
use super::super::lexicon::LEX;
use super::super::roles::word;
use super::super::text::is_capitalised;
use crate::entity::Role;

/// "lead negotiator and Media Consultant to Sheikh A, B, said", "a senior spokesman for
/// Prime Minister A, B": the name right before the comma at `t0 - 1` is the object of "to"
/// or "for" after an office word (a title, or a capitalised word inside the sentence), so
/// the phrase before the preposition is B's apposition put first. Only that phrase is read
/// (A's own title after the preposition is A's), back to the sentence start or a comma, when
/// it names no one and has no verb of being.
pub(super) fn title_to_other(
    p: &Para<'_>,
    t0: usize,
    person_at: &dyn Fn(usize) -> bool,
) -> Vec<Role> {
    let mut k = t0 - 2;
    while k > 0 && person_at(k - 1) {
        k -= 1;
    }
    // The other name's own title run: "Sheikh", "Prime Minister".
    let mut n = 0;
    while k > 0
        && n < 4
        && p.toks[k - 1].is_word()
        && (is_capitalised(p.toks[k - 1].text(p.text))
            || word(p, k - 1).is_some_and(|w| LEX.titles.contains(w.as_str())))
    {
        k -= 1;
        n += 1;
    }
    let Some(prep) = k.checked_sub(1) else {
        return Vec::new();
    };
    if prep < 2
        || p.starts[prep - 1]
        || !word(p, prep).is_some_and(|w| matches!(w.as_str(), "to" | "for"))
    {
        return Vec::new();
    }
    let office = |i: usize| {
        word(p, i).is_some_and(|w| LEX.titles.contains(w.as_str()))
            || p.toks[i].is_word() && is_capitalised(p.toks[i].text(p.text))
    };
    if !office(prep - 1) {
        return Vec::new();
    }
    let mut s = prep - 1;
    while s > 0 && prep - s < 10 && !p.starts[s] && !p.toks[s - 1].is_punct(',') {
        s -= 1;
    }
    let clause = (s..prep).any(|i| {
        person_at(i)
            || !p.toks[i].is_word()
            || word(p, i).is_some_and(|w| {
                matches!(
                    w.as_str(),
                    "is" | "was" | "are" | "were" | "be" | "said" | "told"
                )
            })
    });
    if clause || p.in_quote[s] || !(p.starts[s] || p.toks[s - 1].is_punct(',')) {
        return Vec::new();
    }
    let mut r = LEX.roles_in(&p.text[p.toks[s].start..p.toks[prep - 1].end]);
    r.retain(|&x| x != Role::Hostage);
    r
}
