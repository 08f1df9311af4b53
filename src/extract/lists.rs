//! Names in a list take the role of the noun that introduces the list: "The seven freed in
//! the first group were A, B and C", "Among those rescued was A", "the hostages were
//! identified as A and B", and a heading or a line
//! ending in a colon ("Hostages released today:") over one name per line.
//!
//! Only the words that introduce the list are read, and not when they speak of someone's
//! family ("Among the hostages' relatives were …").

use super::Para;
use super::lexicon::LEX;
use super::people::Mention;
use super::roles::word;
use crate::entity::Role;

/// Verbs that link a subject to the list that follows them.
const LINKS: &[&str] = &[
    "included",
    "include",
    "includes",
    "were",
    "was",
    "are",
    "is",
    "comprised",
];

/// What was done to hostages, as the participle of a list's subject ("the seven freed in the
/// first group were …").
const UNDERGONE: &[&str] = &[
    "freed",
    "released",
    "rescued",
    "returned",
    "abducted",
    "kidnapped",
    "captured",
];

/// Roles in the words that introduce a list, or none if they speak of family.
pub(super) fn introducing(text: &str) -> Vec<Role> {
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .collect();
    if words.iter().any(|w| LEX.kin.contains(w)) {
        return Vec::new();
    }
    let mut roles = LEX.roles_in(text);
    if words.iter().any(|w| UNDERGONE.contains(w)) && !roles.contains(&Role::Hostage) {
        roles.push(Role::Hostage);
    }
    roles
}

/// What earlier list subjects said, by their head noun: "The first group of those released
/// included …" lets "The second group included …" mean released hostages too.
pub(super) type Heads = rustc_hash::FxHashMap<String, Vec<Role>>;

/// "The first group of those released included A, …", "Among those rescued was A": the
/// roles of the clause before a linking verb right before the list's first name at `l0`, or
/// those an earlier list subject with the same head noun had.
pub(super) fn clause_intro(
    p: &Para<'_>,
    l0: usize,
    t1: usize,
    person_at: &dyn Fn(usize) -> bool,
    heads: &mut Heads,
) -> Vec<Role> {
    let Some(v) = l0.checked_sub(1) else {
        return Vec::new();
    };
    // "… included Marco Rubio's adviser": the name owns what follows; it is no list item.
    if p.toks
        .get(t1)
        .is_some_and(|t| t.kind == super::text::Tok::Possessive)
    {
        return Vec::new();
    }
    // "The released hostages were identified as A, B and C": "named as" links the same way.
    let named_as = word(p, v).as_deref() == Some("as")
        && v >= 1
        && word(p, v - 1).is_some_and(|w| matches!(w.as_str(), "identified" | "named" | "listed"));
    let v = if named_as { v - 1 } else { v };
    if !named_as && !word(p, v).is_some_and(|w| LINKS.contains(&w.as_str())) {
        return Vec::new();
    }
    let mut s = v;
    while s > 0 && !p.starts[s] {
        s -= 1;
    }
    // A title in the clause belongs to the person it names ("led by envoy Steve Witkoff and
    // included …"), not to the list.
    if s == v || p.in_quote[v] || (s..v).any(person_at) {
        return Vec::new();
    }
    let roles = introducing(&p.text[p.toks[s].start..p.toks[v - 1].end]);
    // The head noun: the last word before "of" or the verb ("group" in "the first group of …").
    let of = (s..v)
        .find(|&i| word(p, i).as_deref() == Some("of"))
        .unwrap_or(v);
    let Some(head) = of.checked_sub(1).and_then(|i| word(p, i)) else {
        return roles;
    };
    if roles.is_empty() {
        return heads.get(&head).cloned().unwrap_or_default();
    }
    heads.insert(head, roles.clone());
    roles
}

/// Per paragraph, the roles a heading or a line ending in a colon gives the names listed one
/// per paragraph under it ("Hostages released on Monday:" then "Alon Ohel, 24"). A list item
/// is a short paragraph that opens with a person's name.
pub(super) fn item_roles(
    paras: &[Para<'_>],
    mentions: &[Mention],
    is_person: &dyn Fn(usize) -> bool,
) -> Vec<Vec<Role>> {
    let mut opens_with_person = vec![false; paras.len()];
    for m in mentions {
        // "Trump: 'Never again'" is a speaker's label, not a list item.
        let label = paras[m.para]
            .toks
            .get(m.t1)
            .is_some_and(|t| t.is_punct(':'));
        if m.t0 == 0 && is_person(m.entity) && !label {
            opens_with_person[m.para] = true;
        }
    }
    let mut out = vec![Vec::new(); paras.len()];
    let mut pending: Vec<Role> = Vec::new();
    for (i, p) in paras.iter().enumerate() {
        let item = opens_with_person[i] && p.toks.len() <= 30;
        if item && !pending.is_empty() {
            out[i] = pending.clone();
            continue;
        }
        pending.clear();
        let Some(last) = p.toks.last() else { continue };
        let colon = last.is_punct(':');
        let heading = p.toks.len() <= 10 && !p.toks.iter().any(|t| t.is_punct('.'));
        if colon || heading {
            pending = introducing(p.text);
        }
    }
    out
}

/// "A and her two children, B and C": a family word joining names of one list.
pub(super) fn kin_bridge(p: &Para<'_>, end: usize, start: usize) -> bool {
    if start <= end || start > p.toks.len() {
        return false;
    }
    let words: Vec<String> = (end..start).filter_map(|i| word(p, i)).collect();
    let fillers = (end..start).all(|i| p.toks[i].is_word() || p.toks[i].is_punct(','));
    fillers
        && words.len() <= 4
        && words.first().is_some_and(|w| w == "and")
        && words.last().is_some_and(|w| LEX.kin.contains(w.as_str()))
        && words
            .iter()
            .any(|w| matches!(w.as_str(), "his" | "her" | "their"))
}

#[cfg(test)]
mod tests {
    use crate::entity::Role;
    use crate::extract::tests::{roles, run};

    #[test]
    fn names_after_a_linking_verb_take_the_role_of_its_subject() {
        let x = run(&[
            "The first group of those released included Alon Ohel, Matan Angrest and Gali and Ziv Berman. Among those rescued was Maksim Kharkin.",
        ]);
        for n in [
            "Alon Ohel",
            "Matan Angrest",
            "Gali Berman",
            "Ziv Berman",
            "Maksim Kharkin",
        ] {
            assert_eq!(roles(&x, n), [Role::Hostage], "{n}");
        }
    }

    #[test]
    fn a_later_list_with_the_same_head_noun_takes_the_same_role() {
        let x = run(&[
            "The first group of those freed included Alon Ohel. The second group included Bar Kuperstein and Evyatar David.",
        ]);
        assert_eq!(roles(&x, "Evyatar David"), [Role::Hostage]);
    }

    #[test]
    fn relatives_in_the_subject_give_no_role() {
        let x =
            run(&["Among the hostages' relatives at the rally were Yael Alexander and Ruby Chen."]);
        assert!(roles(&x, "Yael Alexander").is_empty());
    }

    #[test]
    fn names_listed_under_a_heading_take_its_role() {
        let x = run(&[
            "Hostages released on Monday:",
            "Alon Ohel, 24, from Lavon",
            "Eitan Mor, 25",
            "The army said all were in good condition. Yosef Levi, a doctor, examined them.",
        ]);
        assert_eq!(roles(&x, "Alon Ohel"), [Role::Hostage]);
        assert_eq!(roles(&x, "Eitan Mor"), [Role::Hostage]);
        assert!(roles(&x, "Yosef Levi").is_empty());
    }
}
