//! "Ortagus met President Aoun. … He also urged …": when everyone lately named has a gender
//! the article gives, and only one of them has the pronoun's, the pronoun means that one,
//! even one named only as an object. Not when someone unnamed was the subject in between
//! ("The former governor asked about the speeches given by X and Y. '…,' he said" may be the
//! governor): a person the article describes but does not name may be the one meant.

use super::super::attribution::Ctx;
use super::super::gender::Gender;
use super::super::lexicon::LEX;

/// A lately named person, as [`Ctx::recent`] gives them: (paragraph, token, entity,
/// whether read as a subject).
type Named = (usize, usize, usize, bool);

/// Whether `e` is the only one of `recent` with the gender `g`, all of them have a known
/// gender, and no unnamed person opens a sentence from where `e` was last named up to token
/// `tok` of paragraph `para`.
pub(super) fn only_of_gender(
    cx: &Ctx<'_, '_>,
    recent: &[Named],
    e: usize,
    g: Gender,
    (para, tok): (usize, usize),
) -> bool {
    let of = |x: &Named| cx.genders[x.2];
    let only = recent.iter().all(|x| of(x).is_some())
        && recent.iter().all(|x| x.2 == e || of(x) != Some(g));
    let Some(&(ep, et, _, _)) = recent.iter().rev().find(|x| x.2 == e) else {
        return false;
    };
    only && !(ep..=para).any(|pi| {
        let p = &cx.paras[pi];
        let end = if pi == para { tok } else { p.toks.len() };
        // From the start of the sentence that names `e`.
        let from = if pi == ep {
            (0..=et.min(p.toks.len().saturating_sub(1)))
                .rev()
                .find(|&i| p.starts[i])
                .unwrap_or(0)
        } else {
            0
        };
        (from..end).any(|s| p.starts[s] && !p.in_quote[s] && unnamed_opens(cx, pi, s))
    })
}

/// "The former governor asked …", "A senior official said …": a sentence at `s` whose
/// subject is a person the article describes without a name.
fn unnamed_opens(cx: &Ctx<'_, '_>, pi: usize, s: usize) -> bool {
    let p = &cx.paras[pi];
    matches!(cx.word(pi, s).as_str(), "the" | "a" | "an")
        && (s + 1..(s + 4).min(p.toks.len())).any(|i| {
            let w = cx.word(pi, i);
            cx.at[pi][i].is_none()
                && (LEX.titles.contains(w.as_str())
                    || LEX.anon_heads.contains(w.as_str())
                    || LEX.lay_heads.contains(w.as_str())
                    || LEX.kin.contains(w.as_str()))
        })
}
