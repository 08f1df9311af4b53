//! A person a foreign state jailed, named with the words of that jailing in the clause that
//! follows the name: "A was wrongfully detained in Russia for three years", "B came home
//! after being in a Russian prison", "the return of C from a Venezuelan jail". News of a
//! state's captive calls the detention wrongful or names the state that holds them; crime
//! news names a charge, the police or a prison of the reader's own country.
//!
//! Read conservatively: the clause is cut at the next name, a semicolon, the sentence's end
//! or a reporting verb; a charge of an ordinary crime or the police in it, a title that makes
//! the person a convict ("convicted smuggler D"), or a prison of the side that trades such
//! convicts ("E spent 17 years in an American prison") and the person takes nothing here.

use super::super::Para;
use super::super::lexicon::LEX;
use super::super::roles::word;
use super::detained::{CRIMINAL, HELD};
use super::held::{CASE_WORDS, convict_title};

/// Nouns of a place of detention.
const PRISONS: &[&str] = &[
    "prison",
    "prisons",
    "jail",
    "jails",
    "detention",
    "custody",
    "gulag",
];

/// Adverbs that make a detention a state's wrong, not a sentence served.
const WRONGFUL: &[&str] = &["wrongfully", "unjustly", "unlawfully", "arbitrarily"];

/// Adjectives before a prison noun that make it the reader's own side's prison, where the
/// convicts traded for captives are held ("an American prison", "a federal jail").
const OWN_SIDE: &[&str] = &[
    "american", "u.s.", "us", "federal", "israeli", "county", "state",
];

/// How far past the name its clause is read.
const REACH: usize = 16;

/// Hostage when the clause after the name (title run from `t0`, ending at `t1`) says a
/// foreign state holds or held the person.
pub(super) fn foreign_prison(
    p: &Para<'_>,
    t0: usize,
    t1: usize,
    person_at: &dyn Fn(usize) -> bool,
) -> bool {
    let w = |i: usize| word(p, i).unwrap_or_default();
    if p.in_quote[t0] || convict_title(p, t0) {
        return false;
    }
    let end = p.sentence_end(t0).min(t1 + REACH);
    let clause: Vec<usize> = (t1..end)
        .take_while(|&i| {
            !person_at(i)
                && !p.toks[i].is_punct(';')
                && !LEX.reporting_verbs.contains(w(i).as_str())
        })
        .collect();
    // "custody" is a police word in a crime story, and a state's in "Russian custody".
    let criminal = clause.iter().any(|&i| {
        let x = w(i);
        CRIMINAL.contains(&x.as_str()) || x != "custody" && CASE_WORDS.contains(&x.as_str())
    });
    if criminal {
        return false;
    }
    let wrongful = clause
        .iter()
        .any(|&i| WRONGFUL.contains(&w(i).as_str()) && HELD.contains(&w(i + 1).as_str()));
    // "a Russian prison", "Venezuelan custody": the state's adjective right before the noun.
    let foreign = clause.iter().any(|&i| {
        PRISONS.contains(&w(i).as_str())
            && i > 0
            && p.word_at(i - 1).is_some_and(|a| {
                LEX.is_demonym(a) && !OWN_SIDE.contains(&a.to_lowercase().as_str())
            })
    });
    wrongful || foreign
}

/// The clause after the name says it was held in a prison of the reader's own side ("who
/// spent 17 years in an American prison"): a convict traded for a captive, no captive.
pub(in crate::extract) fn own_side_prison(
    p: &Para<'_>,
    t1: usize,
    person_at: &dyn Fn(usize) -> bool,
) -> bool {
    let w = |i: usize| word(p, i).unwrap_or_default();
    let end = p.sentence_end(t1.saturating_sub(1)).min(t1 + REACH);
    (t1..end)
        .take_while(|&i| !person_at(i) && !p.toks[i].is_punct(';'))
        .any(|i| PRISONS.contains(&w(i).as_str()) && i > 0 && OWN_SIDE.contains(&w(i - 1).as_str()))
}
