//! Names taken with the subject of a verb of captivity: "A was abducted along with his mother,
//! B", "held hostage with his brother C". They share what was done to the subject.

use super::super::Para;
use super::super::lexicon::LEX;
use super::super::roles::word;
use super::super::text::Tok;
use super::{GROUPS, UNDERGONE};
use crate::entity::Role;

/// "A was abducted along with his mother, B, and grandmother C": names after "along with" or
/// "together with" share what was done to the subject, so are hostages when the verb before is
/// one of [`UNDERGONE`] or "taken"/"held"/"handed over". Only family words, "his"/"her"/"their",
/// a word of age or a number ("younger", "two"), an owner's name ("A's younger children, B"),
/// a group ("Thai citizens"), ages, commas, "and" and earlier names may lie between. A bare
/// "with" does the same when a relative follows it ("was kidnapped with his wife, B", "held
/// hostage with his brother C"): one's own family taken with one was taken too, while "with"
/// before anyone else may be a mere companion ("was released with the help of B").
/// "Alongside" is "along with" ("was abducted alongside his son B"); and a companion phrase
/// set off after the subject shares the verb that follows it ("A, along with B and C, was
/// handed over"; "A, together with her daughters B and C, were freed"), and one set off
/// after a passive of captivity shares that ("being taken from the festival, alongside B").
pub(in super::super) fn taken_along(
    p: &Para<'_>,
    t0: usize,
    person_at: &dyn Fn(usize) -> bool,
) -> Vec<Role> {
    let mut i = t0;
    let mut kin = false;
    // A capital after a bracket opens a run of capitals, not a sentence ("A (Sasha) B").
    let opens =
        |i: usize| p.starts[i] && !(p.toks[i - 1].is_punct('(') || p.toks[i - 1].is_punct(')'));
    while i >= 3 && t0 - i < 40 && !opens(i) {
        let w = word(p, i - 1).unwrap_or_default();
        if w == "with" || w == "alongside" {
            let along =
                w == "alongside" || matches!(word(p, i - 2).as_deref(), Some("along" | "together"));
            let before = i - 1 - usize::from(w == "with" && along);
            if along && before >= 1 && p.toks[before - 1].is_punct(',') {
                // "being taken from the festival, alongside his friend B": a passive of
                // captivity before the comma is B's too, as it is without one.
                if freed_captives_before(p, before - 1)
                    || super::along_adjunct::passive_before(p, before - 1, person_at)
                    || super::along_adjunct::passive_before_clause(p, before - 1, person_at)
                {
                    return vec![Role::Hostage];
                }
                return fronted(p, t0, person_at);
            }
            if along && release_of_before(p, before, person_at) {
                return vec![Role::Hostage];
            }
            let i = i + usize::from(w == "alongside");
            // "were handed over along with": the verb before a particle; "held hostage
            // with": the verb before its complement.
            let skip = matches!(
                word(p, i - 2 - usize::from(along)).as_deref(),
                Some("over" | "hostage" | "captive")
            );
            let verb = (i - 2)
                .checked_sub(usize::from(along) + usize::from(skip))
                .and_then(|at| word(p, at))
                .unwrap_or_default();
            let own_family = kin && matches!(word(p, i).as_deref(), Some("his" | "her" | "their"));
            // "was taken from their kibbutz with her two young children": a place the
            // family was taken from may stand between the verb and "with".
            let done = captive_verb(&verb)
                || own_family && !along && verb_before(p, i - 1)
                || along && super::along_adjunct::passive_before(p, before, person_at);
            return [Role::Hostage]
                .into_iter()
                .filter(|_| (along || own_family) && done)
                .collect();
        }
        let family = LEX.kin.contains(w.as_str());
        kin |= family;
        // "A (Sasha) B": a nickname in brackets inside a name of the list.
        let bracket = |k: usize| p.toks[k].is_punct('(') || p.toks[k].is_punct(')');
        let nickname = i >= 2 && p.toks[i - 2].is_punct('(') && p.toks[i].is_punct(')');
        let between = p.toks[i - 1].is_punct(',')
            || bracket(i - 1)
            || nickname
            || person_at(i - 1)
            || family
            || COMPANIONS.contains(&w.as_str())
            || super::super::taking_part::kin_modifiers(std::slice::from_ref(&w))
            // "along with A's younger children, B and C": the owner's name and its "'s".
            || p.toks[i - 1].kind == Tok::Possessive && i >= 2 && person_at(i - 2)
            || GROUPS.contains(&w.as_str())
            || LEX.is_demonym(p.toks[i - 1].text(p.text))
            || (!w.is_empty() && w.chars().all(|c| c.is_ascii_digit()))
            || matches!(w.as_str(), "and" | "his" | "her" | "their");
        if !between {
            break;
        }
        i -= 1;
    }
    Vec::new()
}

/// Nouns of those one goes about with, who may stand between "alongside" and a name as
/// family words do ("alongside his friend B").
const COMPANIONS: &[&str] = &["friend", "friends", "colleague", "colleagues", "comrade"];

/// "A, along with B and C, was handed over": the companion phrase set off by commas after
/// the subject shares the verb after its closing comma. From the name at `t0`, past names,
/// family words, ages and "and", to ", was/were [also] VERB".
fn fronted(p: &Para<'_>, t0: usize, person_at: &dyn Fn(usize) -> bool) -> Vec<Role> {
    let mut k = t0;
    while k < p.toks.len() && k - t0 < 40 && !p.starts[k] {
        let w = word(p, k).unwrap_or_default();
        let between = person_at(k)
            || LEX.kin.contains(w.as_str())
            || (!w.is_empty() && w.chars().all(|c| c.is_ascii_digit()))
            || matches!(w.as_str(), "and" | "his" | "her" | "their");
        if p.toks[k].is_punct(',') {
            // The closing comma when a verb group follows; else a comma inside the list.
            let mut v = k + 1;
            if !matches!(word(p, v).as_deref(), Some("was" | "were")) {
                k += 1;
                continue;
            }
            v += 1;
            if matches!(word(p, v).as_deref(), Some("also" | "later" | "then")) {
                v += 1;
            }
            let verb = word(p, v).unwrap_or_default();
            let done = UNDERGONE.contains(&verb.as_str())
                || matches!(verb.as_str(), "taken" | "held" | "handed");
            return [Role::Hostage].into_iter().filter(|_| done).collect();
        }
        if !between {
            break;
        }
        k += 1;
    }
    Vec::new()
}

/// Whether a window's lower-case `words` name someone's family ("Edan's father", ", whose
/// wife …"), which makes the window about a relative. Not family taken along with the
/// window's subject: "who was kidnapped alongside his wife", "taken along with her two
/// daughters" leave the subject's own predicate standing.
pub(in crate::extract) fn names_kin(words: &[&str]) -> bool {
    (0..words.len()).any(|j| LEX.kin.contains(words[j]) && !family_along(words, j))
}

/// The family word at `j` of `words` follows "with"/"alongside", then "his"/"her"/"their" and
/// perhaps a number or up to two words of age ("with her 5-year-old daughter", "with his two
/// young sons"): those taken with the subject.
fn family_along(words: &[&str], j: usize) -> bool {
    let mut k = j;
    if k >= 1 && (words[k - 1].chars().all(|c| c.is_ascii_digit()) || words[k - 1] == "two") {
        k -= 1;
    }
    let mut ages = 0;
    while ages < 2 && k >= 1 && of_age(words[k - 1]) {
        k -= 1;
        ages += 1;
    }
    k >= 2
        && matches!(words[k - 1], "his" | "her" | "their")
        && matches!(words[k - 2], "with" | "alongside")
}

/// A word of age before a family noun: "5-year-old", "five-year-old", "young", "teenage" (the
/// `kin_modifier` words of `taking_part.txt` that are no possessive).
fn of_age(w: &str) -> bool {
    let years = w
        .strip_suffix("-year-old")
        .is_some_and(|n| n.chars().all(|c| c.is_ascii_digit()) || LEX.number_words.contains(n));
    years
        || !matches!(w, "his" | "her" | "their")
            && super::super::taking_part::kin_modifiers(&[w.to_string()])
}

/// One of the verbs that says what was done to a captive.
fn captive_verb(verb: &str) -> bool {
    UNDERGONE.contains(&verb) || matches!(verb, "taken" | "held" | "handed")
}

/// "the group freed three captives, along with Norwegian A": before the comma at `comma`
/// stand captives, the object of a verb of captivity among the four words before them in
/// their clause, so that who goes along with them underwent it too.
fn freed_captives_before(p: &Para<'_>, comma: usize) -> bool {
    let noun = comma.checked_sub(1).and_then(|k| word(p, k));
    if !noun.is_some_and(|w| matches!(w.as_str(), "hostages" | "captives" | "hostage" | "captive"))
    {
        return false;
    }
    (comma.saturating_sub(6)..comma - 1)
        .rev()
        .take_while(|&k| p.toks[k].is_word() && !p.starts[k + 1])
        .any(|k| word(p, k).is_some_and(|w| captive_verb(&w)))
}

/// A verb of captivity stands among the five words before "with" at `with`, in its clause
/// (no comma between): "taken from their home with", "abducted from Nir Oz with".
fn verb_before(p: &Para<'_>, with: usize) -> bool {
    (with.saturating_sub(5)..with)
        .rev()
        .take_while(|&k| p.toks[k].is_word() && !p.starts[k + 1])
        .any(|k| word(p, k).is_some_and(|w| captive_verb(&w)))
}

/// "welcomed the release of A," along with B and C": before "along with" at `along`, past
/// commas and quotation marks, stands a name that follows "the release of" (or "freeing",
/// "return"), so the names after share the release.
fn release_of_before(p: &Para<'_>, along: usize, person_at: &dyn Fn(usize) -> bool) -> bool {
    let mut k = along;
    while k > 0 && along - k < 4 && !p.toks[k - 1].is_word() {
        k -= 1;
    }
    if k == 0 || !person_at(k - 1) {
        return false;
    }
    while k > 0 && person_at(k - 1) {
        k -= 1;
    }
    k >= 2
        && word(p, k - 1).as_deref() == Some("of")
        && word(p, k - 2)
            .is_some_and(|w| matches!(w.as_str(), "release" | "freeing" | "return" | "handover"))
}
