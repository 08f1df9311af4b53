//! Parts a careful reader of the story knows without being told: the go-betweens of its talks
//! (`data/go_betweens.txt`) and its captives (`data/captives.txt`), each with the dates the
//! part was held. "Kushner met the families" in October 2025 names one of the deal's
//! negotiators though the article calls him only Trump's son-in-law; "Keith Siegel thanked
//! the doctors" names a freed hostage though the article never says he was held. The
//! article's date decides, so an article with none gets nothing here.
//!
//! Matched on the name the article gives the person in full, as [`super::holders`] matches
//! office holders (the same file format and reader), never on a surname alone.

use super::Para;
use super::holders::{Terms, give_known, held, read};
use super::people::{Entity, Mention};
use super::roles::Found;
use crate::entity::{EntityKind, Role};
use chrono::NaiveDate;
use std::sync::LazyLock;

/// Envoys, intelligence chiefs and ministers who conducted or mediated the talks, with the
/// time they did.
static GO_BETWEENS: LazyLock<Terms> = LazyLock::new(|| read(include_str!("data/go_betweens.txt")));

/// Those taken captive, from the day they were taken: a hostage stays one once freed or dead.
static CAPTIVES: LazyLock<Terms> = LazyLock::new(|| read(include_str!("data/captives.txt")));

/// Gives each person the article (its paragraphs, entities and mentions) names in full the
/// part a list says they held on `date`, when the article gave them none. The evidence is
/// where the article first names the person, and weak (known, not said).
pub(super) fn add_known(
    found: &mut [Found],
    (paras, ents, mentions): (&[Para<'_>], &[Entity], &[Mention]),
    date: Option<NaiveDate>,
) {
    let Some(date) = date else {
        return;
    };
    let lists: [(&Terms, Role, &'static str); 2] = [
        (&GO_BETWEENS, Role::Negotiator, "known go-between"),
        (&CAPTIVES, Role::Hostage, "known captive"),
    ];
    for (i, (e, f)) in ents.iter().zip(found.iter_mut()).enumerate() {
        if e.kind != EntityKind::Person {
            continue;
        }
        for (list, role, rule) in lists {
            if !f.roles.contains(&role) && held(list, &e.name, date) {
                give_known(f, i, (paras, mentions), role, rule);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::holders::day;
    use super::*;

    #[test]
    fn every_line_of_both_files_reads() {
        for text in [
            include_str!("data/go_betweens.txt"),
            include_str!("data/captives.txt"),
        ] {
            super::super::holders::check_lines(text);
        }
    }

    #[test]
    fn a_part_holds_from_its_day() {
        assert!(held(&GO_BETWEENS, "Jared Kushner", day("2025-10-12")));
        assert!(!held(&GO_BETWEENS, "Jared Kushner", day("2023-06-01")));
        assert!(!held(&GO_BETWEENS, "Kushner", day("2025-10-12")));
        assert!(held(&CAPTIVES, "Keith Siegel", day("2025-02-01")));
        assert!(!held(&CAPTIVES, "Keith Siegel", day("2023-10-06")));
        // Spellings the news uses, folded for case, accents and hyphens.
        assert!(held(&CAPTIVES, "Elkana Buhbut", day("2025-10-13")));
        assert!(held(&CAPTIVES, "Yosef-Chaim Ohana", day("2025-10-13")));
        assert!(!held(&CAPTIVES, "Ohana", day("2025-10-13")));
    }
}
