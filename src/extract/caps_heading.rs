//! Headings in capitals that name a section's speaker. "World reacts" roundups from wire
//! services and broadcasters set each reaction under a heading such as `US PRESIDENT JOE
//! BIDEN` or `UN SECRETARY-GENERAL ANTONIO GUTERRES`; the quotations below it say only "he
//! said", or nothing. Names in capitals are no names to the name finder (an all-caps word
//! reads as an organisation's initials), so such a heading is written in proper case before
//! extraction reads it ("US President Joe Biden"): the title and the name are then found as
//! in any sentence, and the section's pronouns and bare quotations go to that person as
//! they go to one named in the paragraph before. Only a heading with a title and a name
//! after it is recased: a country or an organisation alone (`QATAR`) names no one and is
//! left as it is. Each character keeps its byte length, so every span stays where it was.

use super::lexicon::LEX;
use std::collections::HashMap;
use std::sync::LazyLock;

/// Particles inside a name, lower-case key → how the name writes them
/// (`data/name_particles.txt`).
static PARTICLES: LazyLock<HashMap<String, &'static str>> = LazyLock::new(|| {
    include_str!("data/name_particles.txt")
        .lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .flat_map(str::split_whitespace)
        .map(|w| (w.to_lowercase(), w))
        .collect()
});

/// Words of a title that stay in lower case ("MINISTER OF STATE").
const SMALL: &[&str] = &["of", "the", "for", "and", "to", "on", "at", "in"];

/// The most words a heading has.
const MOST_WORDS: usize = 12;
/// The most words of the name after the title.
const NAME_WORDS: usize = 5;

/// The paragraphs with each capitals heading that names a person in proper case, or `None`
/// when there is no such heading (the common case: nothing is copied).
pub(super) fn recase(paragraphs: &[String]) -> Option<Vec<String>> {
    let mut out: Option<Vec<String>> = None;
    for (i, p) in paragraphs.iter().enumerate() {
        if let Some(r) = recased(p) {
            out.get_or_insert_with(|| paragraphs.to_vec())[i] = r;
        }
    }
    out
}

/// One heading in proper case, if `p` is a capitals heading of a title and a name.
fn recased(p: &str) -> Option<String> {
    let words: Vec<&str> = p.split_whitespace().collect();
    let letters = || p.chars().filter(|c| c.is_alphabetic());
    let heading = (2..=MOST_WORDS).contains(&words.len())
        && letters().count() >= 4
        && letters().all(char::is_uppercase)
        && p.chars()
            .all(|c| c.is_alphabetic() || c.is_whitespace() || matches!(c, '-' | '.' | '\''));
    if !heading {
        return None;
    }
    let key = |w: &str| w.trim_end_matches('.').to_lowercase();
    let last_title = words.iter().rposition(|w| title_word(w))?;
    let name = &words[last_title + 1..];
    // A headline in capitals ("SENATOR WARNS TRUMP", "MINISTER RESIGNS") goes on with a
    // verb after the title: what the holder did, no name.
    let plain = |w: &&str| {
        let k = key(w);
        !SMALL.contains(&k.as_str())
            && !w.contains('\'')
            && !LEX.gazetteer_folded.contains_key(&k)
            && !LEX.stopwords.contains(k.as_str())
            && !LEX.headline_verbs.contains(k.as_str())
            && !LEX.reporting_verbs.contains(k.as_str())
    };
    if name.is_empty() || name.len() > NAME_WORDS || !name.iter().all(plain) {
        return None;
    }
    let mut out = String::with_capacity(p.len());
    let mut rest = p;
    for (k, w) in words.iter().enumerate() {
        let at = rest.find(w)?;
        out.push_str(&rest[..at]);
        out.push_str(&if k <= last_title {
            title_case(w)
        } else {
            name_case(w, k == last_title + 1)
        });
        rest = &rest[at + w.len()..];
    }
    out.push_str(rest);
    (out.len() == p.len()).then_some(out)
}

/// Whether a word in capitals is a title ("PRESIDENT", "SECRETARY-GENERAL", "SEN.").
fn title_word(w: &str) -> bool {
    let l = w.to_lowercase();
    LEX.is_title(&l) || l.split('-').any(|part| LEX.titles.contains(part))
}

/// A word of the title: initials and short known names keep their capitals ("US", "UN",
/// "NATO"), small words go to lower case, every other word is capitalised.
fn title_case(w: &str) -> String {
    let k = w.trim_end_matches('.').to_lowercase();
    let letters = k.chars().filter(|c| c.is_alphabetic()).count();
    if SMALL.contains(&k.as_str()) {
        return lower(w);
    }
    if letters <= 2 || (letters <= 4 && LEX.gazetteer_folded.contains_key(&k)) {
        return w.to_string();
    }
    hyphened(w, |part, _| capitalised(part))
}

/// A word of the name: a particle as `data/name_particles.txt` writes it (in lower case
/// before a hyphen), every other part capitalised; the name's first word always capitalised.
fn name_case(w: &str, first: bool) -> String {
    let parts = w.split('-').count();
    hyphened(w, |part, i| match PARTICLES.get(&part.to_lowercase()) {
        Some(_) if i + 1 < parts => lower(part),
        Some(form) if !first && form.len() == part.len() => (*form).to_string(),
        _ => capitalised(part),
    })
}

/// Each hyphen-joined part of `w` through `f` (with its index), joined again.
fn hyphened(w: &str, f: impl Fn(&str, usize) -> String) -> String {
    w.split('-')
        .enumerate()
        .map(|(i, part)| f(part, i))
        .collect::<Vec<_>>()
        .join("-")
}

/// First letter kept, the rest in lower case; a letter after an apostrophe that follows one
/// letter stays a capital ("O'BRIEN" is "O'Brien"), as does the letter after "Mc".
fn capitalised(part: &str) -> String {
    let chars: Vec<char> = part.chars().collect();
    let mut out = String::with_capacity(part.len());
    for (i, &c) in chars.iter().enumerate() {
        let keep = i == 0
            || (i == 2 && chars[0] == 'M' && chars[1] == 'C')
            || (i == 2 && chars[1] == '\'');
        if keep {
            out.push(c);
        } else {
            out.push(lower_char(c));
        }
    }
    out
}

fn lower(w: &str) -> String {
    w.chars().map(lower_char).collect()
}

/// A character in lower case when that keeps its byte length, else as it is.
fn lower_char(c: char) -> char {
    let mut l = c.to_lowercase();
    match (l.next(), l.next()) {
        (Some(x), None) if x.len_utf8() == c.len_utf8() => x,
        _ => c,
    }
}

#[cfg(test)]
mod tests {
    use super::recased;

    #[test]
    fn a_heading_of_a_title_and_a_name_is_written_in_proper_case() {
        let r = |s: &str| recased(s).unwrap_or_default();
        assert_eq!(r("US PRESIDENT JOE BIDEN"), "US President Joe Biden");
        assert_eq!(
            r("UN SECRETARY-GENERAL ANTONIO GUTERRES"),
            "UN Secretary-General Antonio Guterres"
        );
        assert_eq!(
            r("QATARI PRIME MINISTER MOHAMMED BIN ABDULRAHMAN AL THANI"),
            "Qatari Prime Minister Mohammed bin Abdulrahman Al Thani"
        );
        assert_eq!(
            r("HAMAS OFFICIAL KHALIL AL-HAYYA"),
            "Hamas Official Khalil al-Hayya"
        );
        assert_eq!(
            r("EUROPEAN COMMISSION PRESIDENT URSULA VON DER LEYEN"),
            "European Commission President Ursula von der Leyen"
        );
    }

    #[test]
    fn a_country_an_office_or_a_body_alone_is_left_as_it_is() {
        for h in [
            "QATAR",
            "UNITED NATIONS",
            "FOREIGN MINISTER",
            "PRIME MINISTER'S OFFICE",
            "CHIEF OF STAFF",
            "Hamas official Basem Naim",
            "THE WAR IN GAZA",
            "SENATOR WARNS TRUMP",
            "DEFENCE MINISTER RESIGNS",
        ] {
            assert_eq!(recased(h), None, "{h}");
        }
    }
}
