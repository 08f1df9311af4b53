//! Capitalised runs that look like a person's name but name a group or a count: the people
//! of a place ("New Yorkers", "Rhode Islanders", "Pacific Islander") and a number that opens
//! a title ("Tale of Two Cities", "Seven Pillars"). `split` asks before it makes a person.

use super::lexicon::LEX;

/// Number words that open a title or a count, never a given name.
const NUMBERS: &[&str] = &[
    "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven",
    "Twelve", "Hundred", "Thousand",
];

/// Endings that make the residents of a place from its name: "Yorkers" is "York" + "ers".
/// The singulars too ("a New Yorker").
const RESIDENT_ENDINGS: &[&str] = &["ers", "ians", "ans", "ites", "ns", "er", "ian", "an", "ite"];

/// Whether the words of a would-be person name a group or a count instead.
pub(super) fn names_no_one(words: &[&str]) -> bool {
    words.len() >= 2 && (NUMBERS.contains(&words[0]) || residents(words) || islanders(words))
}

/// The plural endings of `RESIDENT_ENDINGS`: a group of residents, never one person.
const PLURAL_RESIDENT_ENDINGS: &[&str] = &["ers", "ians", "ans", "ites", "ns"];

/// "Londoners", "Gazans", and "New Yorkers" or "South Africans" whose first word opened the
/// sentence (as a common word it is left out of the run, `before` it): the people of a known
/// place in the plural are a group, never one person. Only the plural: a singular "-an"
/// ends given names and surnames ("Jordan", "Morgan").
pub(super) fn residents_of_place(before: Option<&str>, words: &[&str]) -> bool {
    let plural = |w: &str| {
        PLURAL_RESIDENT_ENDINGS.iter().any(|end| {
            w.strip_suffix(end).is_some_and(|stem| {
                ["", "a", "e"]
                    .iter()
                    .any(|back| LEX.is_folded_place(&format!("{stem}{back}").to_lowercase()))
            })
        })
    };
    let with_before = || {
        before.is_some_and(|b| {
            let mut all = vec![b];
            all.extend_from_slice(words);
            residents(&all)
        })
    };
    matches!(words, [w] if plural(w)) || with_before()
}

/// "Pacific Islander", "Gulf Coaster": the people of a kind of place, a word for a place
/// ("Island", `place_cues`) with an agent's "-er", after words that open no given name
/// (a given name first makes "Jane Parker" a person).
fn islanders(words: &[&str]) -> bool {
    let Some(last) = words.last() else {
        return false;
    };
    let stem = last.strip_suffix("ers").or_else(|| last.strip_suffix("er"));
    stem.is_some_and(|s| LEX.place_cues.contains(s))
        && !LEX
            .given_names
            .contains_key(words[0].to_lowercase().as_str())
}

/// "New Yorkers", "South Carolinians": the last word is a plural ending added to the last
/// word of a known place that the other words begin (the place with a final "a" or "e" put
/// back: "Carolin" + "a", "Maine" → "Mainers").
fn residents(words: &[&str]) -> bool {
    let Some((last, head)) = words.split_last() else {
        return false;
    };
    RESIDENT_ENDINGS.iter().any(|end| {
        let Some(stem) = last.strip_suffix(end) else {
            return false;
        };
        ["", "a", "e"].iter().any(|back| {
            let place = format!("{} {stem}{back}", head.join(" ")).to_lowercase();
            LEX.is_folded_place(&place)
        })
    })
}

/// "Presidents Joe Biden and Barack Obama": a plural of a title before a name is that title
/// (singular), not the name's first word.
pub(super) fn plural_title(word: &str) -> Option<&str> {
    let singular = word.strip_suffix('s')?;
    (singular.len() > 2 && LEX.is_title(singular)).then_some(singular)
}
