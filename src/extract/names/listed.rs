//! Lone given names listed together ("Sharon, Emma and Yuli"): people each, though no word
//! around them says so.

use super::super::Para;
use super::super::lexicon::LEX;
use super::Candidate;
use rustc_hash::FxHashSet as HashSet;

/// "receive from Roni and Alma", "David hugging Sharon, Emma, and Yuli", "daughters Roni,
/// four and Alma, two": lone given names the data knows, joined only by commas, "and" and
/// ages, are people each. One such word alone may be a word or a place; a list of them is how
/// news names a family's children. Not when a member is no given name ("Orange, Louisa,
/// Hanover" counties) or a plural noun of things heads the list ("clubs Genoa and Verona").
pub(super) fn given_name_list(
    p: &Para<'_>,
    out: &mut [Candidate],
    lowercase_words: &HashSet<String>,
) {
    let given = |c: &Candidate| {
        let w = c.name.to_lowercase();
        c.kind.is_none()
            && c.source.is_none()
            && c.shared_surname.is_none()
            && c.t1 == c.t0 + 1
            && LEX.is_given(w.as_str())
            && !lowercase_words.contains(&w)
    };
    let joined = |a: &Candidate, b: &Candidate| {
        let gap = a.t1..b.t0;
        let age = |w: &str| w.chars().all(|c| c.is_ascii_digit()) || LEX.is_number_word(w);
        a.para == b.para
            && b.t0 > a.t1
            && b.t0 - a.t1 <= 4
            && gap.clone().all(|i| {
                let t = &p.toks[i];
                t.is_punct(',') || t.is_word() && (t.text(p.text) == "and" || age(t.text(p.text)))
            })
            && gap
                .into_iter()
                .any(|i| p.toks[i].is_punct(',') || p.word_at(i) == Some("and"))
    };
    // "clubs Genoa and Verona": a plural of things before the list; a family word is none.
    let things_before = |c: &Candidate| {
        c.t0 > 0
            && p.word_at(c.t0 - 1).is_some_and(|w| {
                w.len() > 3
                    && w.ends_with('s')
                    && w.starts_with(char::is_lowercase)
                    && !LEX.kin.contains(w)
                    && !matches!(w, "boys" | "girls" | "twins" | "babies" | "toddlers")
            })
    };
    let mut i = 0;
    while i < out.len() {
        // The list from `i`: every lone capitalised word joined so, given names or not.
        let mut j = i + 1;
        while j < out.len()
            && out[j].t1 == out[j].t0 + 1
            && out[j].source.is_none()
            && joined(&out[j - 1], &out[j])
        {
            j += 1;
        }
        let list = &out[i..j];
        if j - i >= 2 && list.iter().all(given) && !things_before(&list[0]) {
            for c in &mut out[i..j] {
                c.person_cue = true;
                c.listed_given = true;
            }
        }
        i = j;
    }
}
