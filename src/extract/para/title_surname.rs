//! A title word that is someone's surname in this article ("Foreign Minister Julie Bishop",
//! later "Ms Bishop said" or "Bishop said"): once the article writes it after a given name as
//! that name's surname, the same capitalised word standing alone is that surname again, not
//! the office ("bishop", "judge", "king").

use super::Para;
use crate::extract::lexicon::LEX;
use crate::extract::runs::surname_after_given;
use crate::extract::text::is_capitalised;
use rustc_hash::FxHashSet as HashSet;

/// Honorifics before a surname ("Ms Bishop", "Mr. King").
pub(in crate::extract) const HONORIFICS: &[&str] = &["Mr", "Mrs", "Ms", "Miss", "Dr", "Mx"];

/// Whether the demonym at token `i` reads as a person acting, not as a language or an
/// adjective ("in English", "English teachers"): nothing before it but a clause's opening
/// or a verb of saying, and after it a comma, a full stop or a verb in the past tense or of
/// saying ("English, the lone Democrat, voted", "said English.", "English noted").
fn acts(p: &Para<'_>, i: usize) -> bool {
    let before = i
        .checked_sub(1)
        .and_then(|k| p.word_at(k))
        .map(str::to_lowercase);
    let opens = before
        .as_deref()
        .is_none_or(|b| LEX.reporting_verbs.contains(b) || matches!(b, "and" | "but"));
    let after = p.toks.get(i + 1);
    let acting = after.is_none_or(|t| {
        let n = t.text(p.text);
        t.is_punct(',')
            || t.is_punct('.')
            || t.is_word()
                && (n.ends_with("ed")
                    || LEX.reporting_verbs.contains(n)
                    || n == "has"
                    || n == "was")
    });
    opens && acting
}

/// Marks, per paragraph and token, each lone title word that the article elsewhere writes as
/// a surname after a given name (`Para::title_surname`). A title still opens a name after it
/// ("Bishop Matthew Kukah"), heads an office "of" a place ("the Bishop of Sokoto") and is the
/// office after an article ("the bishop"): those stay titles.
pub(super) fn mark(paras: &mut [Para<'_>], lowercase_words: &HashSet<String>) {
    let mut surnames: HashSet<String> = HashSet::default();
    for p in paras.iter() {
        for (i, t) in p.toks.iter().enumerate() {
            let w = t.text(p.text);
            if t.is_word()
                && is_capitalised(w)
                && (LEX.is_title(w) || LEX.demonym_surnames.contains(w))
                && surname_after_given(p, i, lowercase_words)
            {
                surnames.insert(w.to_string());
            }
        }
    }
    if surnames.is_empty() {
        return;
    }
    for p in paras.iter_mut() {
        let marks: Vec<bool> = (0..p.toks.len())
            .map(|i| {
                let w = p.toks[i].text(p.text);
                let before = i.checked_sub(1).and_then(|k| p.word_at(k));
                let after = p.toks.get(i + 1);
                // Alone, or after an honorific ("Ms Bishop"); after any other capitalised
                // word it belongs to that run ("San Jose Mayor" is an office of a place).
                let alone = before.is_none_or(|b| {
                    !is_capitalised(b) || HONORIFICS.contains(&b.trim_end_matches('.'))
                });
                p.toks[i].is_word()
                    && surnames.contains(w)
                    && (!LEX.demonym_surnames.contains(w) || acts(p, i))
                    && alone
                    && !before.is_some_and(|b| matches!(b, "the" | "The" | "a" | "A" | "an"))
                    && !after.is_some_and(|t| {
                        let n = t.text(p.text);
                        t.is_word() && (is_capitalised(n) || n == "of")
                    })
            })
            .collect();
        p.title_surname = marks;
    }
}
