//! Two spellings of one person's name in one article ("Doron Steinbrecher" and, a paragraph
//! later, "Doron Steinbracher"; "Stacy" and "Stacey"): news copy is typed fast, and a slip of
//! one letter should not split a person in two.

use super::gender::Gender;
use super::lexicon::LEX;

/// Whether two full names (lower-cased words, as `people::name_words` gives them) are one
/// name with a slip: the same number of words, all equal but one, and that one a single
/// letter added, dropped, changed or swapped in a word of five letters or more that keeps
/// its first letter. A given name that differs is a slip only when both spellings are not
/// given names of different genders ("Daniel" and "Daniela" Cohen are two people).
pub(super) fn one_slip_apart(a: &[String], b: &[String]) -> bool {
    if a.len() != b.len() || a.len() < 2 {
        return false;
    }
    let mut differ = a.iter().zip(b).enumerate().filter(|(_, (x, y))| x != y);
    let (Some((i, (x, y))), None) = (differ.next(), differ.next()) else {
        return false;
    };
    let long = x.chars().count().min(y.chars().count()) >= 5;
    let same_start = x.chars().next() == y.chars().next();
    let given = |w: &String| LEX.given_names.get(w.as_str()).copied();
    let genders_clash = i == 0
        && matches!(
            (given(x), given(y)),
            (Some(Gender::Female), Some(Gender::Male)) | (Some(Gender::Male), Some(Gender::Female))
        );
    long && same_start && !genders_clash && strsim::osa_distance(x, y) == 1
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<String> {
        s.split(' ').map(str::to_lowercase).collect()
    }

    #[test]
    fn a_slip_of_one_letter_in_a_long_word_is_one_name() {
        assert!(one_slip_apart(
            &words("Doron Steinbrecher"),
            &words("Doron Steinbracher")
        ));
        assert!(one_slip_apart(
            &words("Stacy Garrity"),
            &words("Stacey Garrity")
        ));
        assert!(one_slip_apart(
            &words("Ofer Kalderon"),
            &words("Ofer Kalderno")
        ));
    }

    #[test]
    fn other_names_stay_apart() {
        // Given names of different genders: siblings, not a slip.
        assert!(!one_slip_apart(
            &words("Daniel Cohen"),
            &words("Daniela Cohen")
        ));
        // Short words, a different first letter, two words changed, a different length.
        assert!(!one_slip_apart(&words("Sara Levi"), &words("Dara Levi")));
        assert!(!one_slip_apart(&words("Eli Maron"), &words("Eli Baron")));
        assert!(!one_slip_apart(
            &words("Yosef Kaplan"),
            &words("Yossef Kaplin")
        ));
        assert!(!one_slip_apart(
            &words("Adi Alexander"),
            &words("Adi Edan Alexander")
        ));
    }
}
