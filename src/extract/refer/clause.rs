//! Whether a name stands in the main clause of its sentence, where the person a story follows
//! is named: not the subject of a clause opened inside it ("Winston entered politics after
//! Keith Scott was shot"), nor the object of a verb or a preposition ("a sign supporting
//! Alexander", "continued to trail Wu", "accused the president Joe Biden"). A later "he" or
//! "she" goes back to the main clause's subject over such a name (`Ctx::last_person`).

use super::super::Para;
use super::super::lexicon::LEX;
use super::super::people::Mention;
use super::super::text::{is_capitalised, lower};

/// How far back the words before a name that belong to its noun phrase are read ("after
/// the former Governor Pat McCrory").
const PHRASE_RUN: usize = 7;

/// How far back before a name a relative pronoun is looked for ("in which Nigerian
/// substitute Uche Nwafor").
const RELATIVE_RUN: usize = 4;

/// Lower-case words of a name's noun phrase before its title: a determiner, or a word that
/// dates or qualifies the title.
const IN_PHRASE: &[&str] = &[
    "the", "a", "an", "former", "late", "then", "acting", "outgoing", "current", "fellow",
];

/// See the module's comment: false when the name's noun phrase (its title, a determiner)
/// follows a word that opens an inner clause, a participle, a verb after "to", or a past
/// tense before the phrase's determiner.
pub(in crate::extract) fn in_main_clause(p: &Para<'_>, m: &Mention) -> bool {
    let word = |k: usize| p.toks[k].is_word().then(|| lower(p.toks[k].text(p.text)));
    // "the game, in which Nigerian substitute Uche Nwafor scored twice": a relative pronoun
    // a few words before the name, with nothing but words between, opens the clause it is in.
    let relative = (m.t0.saturating_sub(RELATIVE_RUN)..m.t0)
        .rev()
        .map_while(|k| (!p.starts[k + 1]).then(|| word(k)).flatten())
        .any(|w| matches!(&*w, "which" | "whom" | "whose"))
        || quoted_relative(p, m);
    if relative {
        return false;
    }
    let mut i = m.t0;
    while i > 0 && m.t0 - i < PHRASE_RUN && !p.starts[i] {
        let Some(w) = word(i - 1) else { break };
        let in_phrase = is_capitalised(p.toks[i - 1].text(p.text))
            || LEX.is_title(&w)
            || IN_PHRASE.contains(&&*w);
        if !in_phrase || LEX.subordinators.contains(&*w) {
            break;
        }
        i -= 1;
    }
    if i == 0 || p.starts[i] {
        return true;
    }
    let Some(prev) = word(i - 1) else {
        return true;
    };
    // Also the word that opens the sentence: "When Trump landed, …".
    if LEX.subordinators.contains(&*prev) {
        return false;
    }
    if is_capitalised(p.toks[i - 1].text(p.text)) {
        return true;
    }
    // "accused the president Joe Biden": a past tense before the phrase's determiner.
    let determined = i < m.t0 && matches!(word(i).as_deref(), Some("the" | "a" | "an"));
    let infinitive = i >= 2 && word(i - 2).as_deref() == Some("to") && prev != "according";
    !(prev.ends_with("ing") || infinitive || (determined && prev.ends_with("ed")))
}

/// "… the release was "a convergence of efforts" that President A initiated": "that" right
/// after a quoted phrase opens a relative clause on it (a reporting verb's "that" follows
/// the verb, not a quotation), and a name a few words after it is that clause's subject.
fn quoted_relative(p: &Para<'_>, m: &Mention) -> bool {
    (m.t0.saturating_sub(RELATIVE_RUN)..m.t0).rev().any(|k| {
        k > 0
            && p.toks[k].is_word()
            && !p.in_quote[k]
            && p.in_quote[k - 1]
            && p.toks[k].text(p.text) == "that"
            && (k + 1..m.t0).all(|j| p.toks[j].is_word() && !p.in_quote[j])
    })
}

/// Whether the name at token `t0` opens its sentence, past a title before it ("Former
/// Governor Pat McCrory said"): the plainest main-clause subject.
pub(in crate::extract) fn opens_sentence(p: &Para<'_>, t0: usize) -> bool {
    let mut i = t0;
    while i > 0 && t0 - i < PHRASE_RUN && !p.starts[i] {
        let t = &p.toks[i - 1];
        let w = t.text(p.text);
        if !t.is_word() || !(is_capitalised(w) || LEX.is_title(&lower(w)) || IN_PHRASE.contains(&w))
        {
            break;
        }
        i -= 1;
    }
    i == 0 || p.starts[i]
}
