//! A chant of one name ("Corey! Corey! Corey!", "Kamala, Kamala!") is the crowd's cry for
//! that person: whichever sieve found a speaker, the person the chant names never said it.
//! News writes the chant after the crowd or the scene ("as supporters cheered, '…'"), so
//! the name next to it is the one cheered, and null is better than that guess.

use super::{Attributed, Ctx, Pick, Who};

/// Takes the speaker off each quotation that only chants its own speaker's name.
pub(super) fn unsaid_names(cx: &Ctx<'_, '_>, out: &mut [Attributed]) {
    for a in out.iter_mut() {
        let Some(Pick {
            who: Who::Entity(e),
            ..
        }) = &a.who
        else {
            continue;
        };
        let text = cx.paras[a.para]
            .text
            .get(a.span.start..a.span.end)
            .unwrap_or("");
        if chanted(text).is_some_and(|unit| names(&cx.ents[*e].name, &unit)) {
            a.who = Some(Pick {
                who: Who::Unnamed,
                rule: "chant",
                confidence: 1.0,
            });
        }
    }
}

/// "to cheers and chants of '…'", "broke into a cheer of '…'": the quotation opening at token
/// `open` is a crowd's cry, whoever the sentence is about or names after it ("…chants of
/// '…!' The former president responded").
pub(super) fn crowd_cry(cx: &Ctx<'_, '_>, pi: usize, open: usize) -> bool {
    open >= 2
        && cx.word(pi, open - 1) == "of"
        && matches!(
            cx.word(pi, open - 2).as_str(),
            "chants"
                | "chant"
                | "cheer"
                | "cheers"
                | "cries"
                | "shouts"
                | "chorus"
                | "choruses"
                | "roars"
        )
}

/// Whether `text` is one capitalised word or phrase said over and over ("Rick, Rick,").
pub(super) fn is_chant(text: &str) -> bool {
    chanted(text).is_some()
}

/// The words said over and over, if the whole text is one capitalised unit repeated at
/// least twice ("Corey! Corey! Corey!" → ["Corey"]).
fn chanted(text: &str) -> Option<Vec<String>> {
    let words: Vec<&str> = text
        .split(|c: char| !(c.is_alphanumeric() || matches!(c, '\'' | '’' | '-')))
        .filter(|w| !w.is_empty())
        .collect();
    let n = words.len();
    let same = |a: &str, b: &str| a.to_lowercase() == b.to_lowercase();
    let k = (1..=n / 2)
        .find(|&k| n.is_multiple_of(k) && (k..n).all(|i| same(words[i], words[i % k])))?;
    let unit = &words[..k];
    unit.iter()
        .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        .then(|| unit.iter().map(|w| w.to_lowercase()).collect())
}

/// Whether every word of the chant is a word of the person's name or its clipped short form
/// of three letters or more ("Fitz! Fitz!" for Fitzpatrick), as crowds shorten a name.
fn names(name: &str, unit: &[String]) -> bool {
    let own: Vec<String> = name.split_whitespace().map(str::to_lowercase).collect();
    unit.iter().all(|w| {
        own.iter()
            .any(|o| o == w || w.chars().count() >= 3 && o.starts_with(w.as_str()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_said_over_and_over_is_a_chant() {
        assert_eq!(
            chanted("Corey! Corey! Corey!"),
            Some(vec!["corey".to_string()])
        );
        assert_eq!(
            chanted("Four more years! Four more years!").map(|u| u.len()),
            None
        );
        assert_eq!(chanted("We will win."), None);
        assert!(names("Corey O’Connor", &["corey".to_string()]));
        assert!(names("Brian Fitzgerald", &["fitz".to_string()]));
        assert!(!names("Brian Fitzgerald", &["fi".to_string()]));
    }
}
