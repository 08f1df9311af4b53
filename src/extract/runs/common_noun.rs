//! Common nouns that news writes before a name and that are no part of it: a member of a
//! service capitalised as the branch's own word ("former US Marine A B"), a noun for a person
//! by their role in a caption's title case ("Israeli Hostage C D"), and a language taught to
//! a person named before it ("taught Eliya English").

use super::super::Para;
use super::super::lexicon::LEX;
use super::super::text::is_capitalised;
use crate::extract::text::is_hyphen;

/// "former US Marine Paul Whelan", "ex-Marine Jo Park", "retired Navy SEAL Kai Moreno": a
/// member of a service (`data/service_nouns.txt`), capitalised as the branch's own word,
/// after a word that qualifies such a member (`data/service_qualifiers.txt`) or a demonym,
/// before a capitalised word. It says what the person is or was and is no part of the name.
/// Without the qualifier it is left alone, as "Marine" is also a given name ("Marine Le Pen").
/// With the qualifier and no name after it ("a former US Marine detained in 2018") it is the
/// common noun alone, and names no one.
pub(super) fn service_noun(p: &Para<'_>, i: usize, w: &str) -> bool {
    let service = |w: &str| {
        let l = w.to_lowercase();
        let singular = l.strip_suffix('s').unwrap_or(&l);
        LEX.service_nouns.contains(l.as_str()) || LEX.service_nouns.contains(singular)
    };
    if i > 0 && p.toks[i - 1].is_punct('.') {
        return false;
    }
    // "ex-Marine", "Ex-Ranger": the qualifier written on to the word.
    if let Some((head, tail)) = w.split_once(is_hyphen) {
        return head.eq_ignore_ascii_case("ex") && service(tail);
    }
    let before = p.word_at(i.wrapping_sub(1));
    let demonym = before.is_some_and(|b| LEX.is_demonym(b));
    let qualified = demonym
        || before.is_some_and(|b| LEX.service_qualifiers.contains(b.to_lowercase().as_str()));
    // "a poster of Israeli Hostage A B": a caption's title case also capitalises a noun for
    // a person by their role (`data/role_nouns.txt`) after a demonym and before the name; it
    // is no part of the name ("the Palestinian Prisoner Society" is a body's).
    let name_after = p
        .word_at(i + 1)
        .is_some_and(|n| is_capitalised(n) && !LEX.org_cues.contains(n));
    let role = demonym && name_after && LEX.role_nouns.contains(w.to_lowercase().as_str());
    service(w) && qualified || role
}

/// "we taught Eliya English", "teaching Sam French": after a verb of teaching and the
/// given name it takes, a language's word is what was taught, no surname.
pub(super) fn taught_language(p: &Para<'_>, i: usize) -> bool {
    i >= 2
        && p.word_at(i - 2).is_some_and(|v| {
            matches!(
                v.to_lowercase().as_str(),
                "teach" | "teaches" | "taught" | "teaching" | "tutored" | "tutoring"
            )
        })
}

/// "People tell me …", "Children were playing": an irregular plural for people opening a
/// sentence (or a quotation) before a lower-case word is the subject, a common noun.
pub(super) fn people_plural_subject(p: &Para<'_>, i: usize, w: &str) -> bool {
    matches!(w, "People" | "Children" | "Women" | "Men")
        && p.word_at(i + 1)
            .is_some_and(|v| v.chars().next().is_some_and(char::is_lowercase))
}

/// "Investigators say the theft took minutes", "Analysts believe …": a capitalised plural
/// opening a sentence alone before a verb in the plural present is a common noun; one
/// person named alone takes "says" or "said".
pub(super) fn plural_subject(p: &Para<'_>, i: usize, lower: &str) -> bool {
    lower.chars().count() > 4
        && lower.ends_with('s')
        && !lower.ends_with("ss")
        && p.word_at(i + 1).is_some_and(|v| {
            matches!(
                v,
                "say" | "believe" | "think" | "suspect" | "fear" | "estimate" | "allege" | "warn"
            )
        })
}
