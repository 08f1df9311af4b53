//! A name in a list that only owns the next item's title: in "A, Mr Trump's special envoy
//! B and C", Trump is no item of the list but the one B serves, so the list goes on past him;
//! in "A, Turkey's intelligence chief B", the place that owns B's title is no gap either.

use super::super::Para;
use super::super::lexicon::LEX;
use super::super::text::{Tok, is_capitalised};

/// The name ending at `t1` is followed by a possessive and a run of title words (capitalised
/// or lexicon titles and modifiers, at most six) that runs into the next name.
pub(in crate::extract) fn owns_next(
    p: &Para<'_>,
    t1: usize,
    person_at: &dyn Fn(usize) -> bool,
) -> bool {
    if !p.toks.get(t1).is_some_and(|t| t.kind == Tok::Possessive) {
        return false;
    }
    let title = |i: usize| {
        p.toks.get(i).is_some_and(|t| {
            let w = t.text(p.text);
            let l = w.to_lowercase();
            t.is_word()
                && !person_at(i)
                && (is_capitalised(w)
                    || LEX.titles.contains(l.as_str())
                    || LEX.premodifiers.contains(l.as_str()))
        })
    };
    let mut k = t1 + 1;
    while k < t1 + 7 && title(k) {
        k += 1;
    }
    k > t1 + 1 && person_at(k) && !p.starts[k]
}

/// Between the end of one item (`end`) and the title of the next (`start`): a comma or
/// "and", then a capitalised owner with a possessive and at most four lower-case words of
/// the next item's title ("…, Turkey's intelligence chief B").
pub(in crate::extract) fn owner_gap(p: &Para<'_>, end: usize, start: usize) -> bool {
    if start <= end + 2 || start - end > 10 || (end + 1..start).any(|i| p.starts[i]) {
        return false;
    }
    let Some(poss) = (end..start).find(|&i| p.toks[i].kind == Tok::Possessive) else {
        return false;
    };
    let filler = |i: usize| p.toks[i].is_punct(',') || p.toks[i].text(p.text) == "and";
    let owner = (end..poss).skip_while(|&i| filler(i)).collect::<Vec<_>>();
    !owner.is_empty()
        && owner.len() < poss - end
        && owner
            .iter()
            .all(|&i| p.toks[i].is_word() && is_capitalised(p.toks[i].text(p.text)))
        && start - poss <= 5
        && (poss + 1..start).all(|i| p.toks[i].is_word())
}
