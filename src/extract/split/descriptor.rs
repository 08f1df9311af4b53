//! Words before or in place of a name that describe a person instead of naming one: an office
//! or occupation capitalised before a full name ("DeKalb County Sheriff Melody Maddox",
//! "Reporter Jane Roe"), an office with its rank and no name ("Sr. Manager"). The vocabulary
//! is `data/offices.txt` and `data/office_ranks.txt` (through `LEX`), plus the agent's
//! endings that make occupation nouns.

use super::super::lexicon::LEX;
use super::super::text::is_hyphen;

/// Endings of agent nouns ("Manager", "Novelist", "Superintendent", "Detective", "Rapporteur").
const AGENT_ENDINGS: &[&str] = &[
    "er", "or", "ist", "ian", "ant", "ent", "eer", "eur", "ive", "ee", "ary",
];

fn given(w: &str) -> bool {
    LEX.given_names.contains_key(w.to_lowercase().as_str())
}

/// An office or occupation noun by vocabulary: the office list and the title heads, alone or
/// joined by hyphens.
pub(in crate::extract) fn office_noun(w: &str) -> bool {
    let l = w.to_lowercase();
    one_office(&l) || compound_office(&l)
}

fn one_office(l: &str) -> bool {
    LEX.offices.contains(l) || LEX.titles.contains(l)
}

/// "Clerk-Treasurer", "Sheriff-Elect", "Auditor-Controller-Elect": local offices joined into
/// one, or an office not yet taken up, are written with hyphens; every part an office noun,
/// but that "elect" or "designate" may close it. No surname is made of office nouns only.
fn compound_office(l: &str) -> bool {
    let parts: Vec<&str> = l.split(is_hyphen).collect();
    let offices = match parts.split_last() {
        Some((last, rest)) if matches!(*last, "elect" | "designate") => rest,
        _ => &parts[..],
    };
    parts.len() >= 2 && !offices.is_empty() && offices.iter().all(|w| one_office(w))
}

/// An office, or a noun for ordinary people by what they do ("Resident", "Firefighter"), by
/// vocabulary, in either case. The one test of the job-noun class, with `agent_noun` its
/// reading by form: `institution` asks both of a lower-case word before "at".
pub(in crate::extract) fn occupation(w: &str) -> bool {
    office_noun(w) || LEX.lay_heads.contains(w.to_lowercase().as_str())
}

/// A noun for someone by what they do, by its form: six letters or more, letters only, an
/// agent's ending, and no stopword ("Manager", "educator", "Superintendent").
pub(in crate::extract) fn agent_noun(w: &str) -> bool {
    w.chars().count() >= 6
        && w.chars().all(char::is_alphabetic)
        && AGENT_ENDINGS.iter().any(|e| w.ends_with(e))
        && !LEX.stopwords.contains(w.to_lowercase().as_str())
}

/// A capitalised word right before two name words that describes the person: not itself a
/// given name, and an office or occupation by vocabulary ("Sheriff Dana Whitcombe"), or by
/// an agent's ending before a known given name ("Auctioneer Nadia Brook"). A surname with
/// such an ending ("Miller") never stands before a given name and a surname in one run.
/// An office noun of `data/offices.txt` that some parents also give as a name ("Doctor",
/// "Dean", "Marshal") describes the person when a known given name follows it ("Doctor
/// Lena Hart"): news writes a middle name as an initial, not in full after a rare first.
pub(super) fn before_full_name(word: &str, next: &str) -> bool {
    let office_before_given = LEX.offices.contains(word.to_lowercase().as_str()) && given(next);
    (!given(word) || office_before_given) && (occupation(word) || agent_noun(word) && given(next))
}

/// "Sr. Manager", "Deputy Superintendent": ranks and an office, with no name among them.
pub(super) fn office_without_name(words: &[&str]) -> bool {
    let Some((last, rest)) = words.split_last() else {
        return false;
    };
    // One word alone may be a surname that is also an office ("Player", "Host").
    !rest.is_empty()
        && !given(words[0])
        && occupation(last)
        && rest
            .iter()
            .all(|w| LEX.office_ranks.contains(w.to_lowercase().as_str()) || occupation(w))
}
