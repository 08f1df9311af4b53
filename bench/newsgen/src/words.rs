//! The word lists and sentence templates the generator draws from, in data files inside the
//! crate (`data/*.txt`): sections headed `[name]`, one item per line, `#` for comments.

use std::collections::BTreeMap;
use std::sync::LazyLock;

/// Names, outlets and weekdays.
pub(crate) static NAMES: LazyLock<Lists> =
    LazyLock::new(|| Lists::parse(include_str!("data/names.txt")));
/// Titles, organisations, places, homes, family relations and tags.
pub(crate) static WORLD: LazyLock<Lists> =
    LazyLock::new(|| Lists::parse(include_str!("data/world.txt")));
/// Headlines, paragraphs and quotations, with slots.
pub(crate) static PROSE: LazyLock<Lists> =
    LazyLock::new(|| Lists::parse(include_str!("data/prose.txt")));

/// Parsed sections of one data file.
pub(crate) struct Lists(BTreeMap<&'static str, Vec<&'static str>>);

impl Lists {
    fn parse(text: &'static str) -> Self {
        let mut map: BTreeMap<&'static str, Vec<&'static str>> = BTreeMap::new();
        let mut current = "";
        for line in text.lines().map(str::trim) {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                current = name;
                map.entry(current).or_default();
            } else {
                map.entry(current).or_default().push(line);
            }
        }
        Lists(map)
    }

    /// The items of a section; empty for a section the file lacks (a test checks that every
    /// section the generator asks for is there).
    pub(crate) fn get(&self, section: &str) -> &[&'static str] {
        self.0.get(section).map_or(&[], Vec::as_slice)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_section_the_generator_reads_has_items() {
        let names = [
            "first.us.m",
            "first.us.f",
            "last.us",
            "first.il.m",
            "first.il.f",
            "last.il",
            "first.ar.m",
            "first.ar.f",
            "last.ar",
            "last.qa",
            "last.eg",
            "photographer",
            "outlet",
            "agency",
            "weekday",
        ];
        let world = [
            "titles",
            "organizations",
            "places",
            "homes",
            "relations",
            "tags",
        ];
        let prose = [
            "headline",
            "caption",
            "subhead",
            "lead",
            "narrative",
            "said",
            "added",
            "multi",
            "according",
            "statement",
            "anonymous",
            "hostage",
            "family",
            "partial",
            "quotes.us",
            "quotes.il",
            "quotes.ps",
            "quotes.mediator",
            "quotes.family",
            "quotes.anon",
            "quotes.forum",
        ];
        for (lists, sections) in [
            (&*NAMES, &names[..]),
            (&*WORLD, &world[..]),
            (&*PROSE, &prose[..]),
        ] {
            for s in sections {
                assert!(
                    !lists.get(s).is_empty(),
                    "section [{s}] is missing or empty"
                );
            }
        }
    }

    #[test]
    fn no_template_line_holds_a_double_quote_that_would_need_yaml_escaping_in_a_title() {
        assert!(PROSE.get("headline").iter().all(|h| !h.contains('"')));
    }
}
