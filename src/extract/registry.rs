//! The registry, `content/entities.yaml`: canonical names, aliases, kinds, roles and facts that
//! the text alone cannot give.
//!
//! Every name and alias goes into one aho-corasick automaton, built when the registry is
//! loaded, so each paragraph is searched in one pass. A match counts only on word boundaries
//! ("Edan" never matches inside "Edana"); a possessive after it is fine ("Edan's").

use crate::entity::{EntityKind, EntitySpec};
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use serde_saphyr::Spanned;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

/// A malformed registry, with the file and line.
#[derive(Debug, thiserror::Error)]
pub enum RegistryError {
    #[error("{}:{line}: {message}", path.display())]
    Invalid {
        path: PathBuf,
        line: usize,
        message: String,
    },
    #[error("{}: cannot read the registry: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// The known entities of a dossier.
#[derive(Debug, Clone, Default)]
pub struct Registry {
    pub entries: Vec<EntitySpec>,
    /// All names and aliases; pattern `i` names entry `owner[i]`.
    automaton: Option<AhoCorasick>,
    owner: Vec<usize>,
}

impl Registry {
    /// A registry that knows nobody.
    pub fn empty() -> Self {
        Self::default()
    }

    /// Reads and checks a registry file. An empty file is an empty registry.
    pub fn load(path: &Path) -> Result<Self, RegistryError> {
        let text = std::fs::read_to_string(path).map_err(|source| RegistryError::Io {
            path: path.to_path_buf(),
            source,
        })?;
        Self::parse(&text).map_err(|(line, message)| RegistryError::Invalid {
            path: path.to_path_buf(),
            line,
            message,
        })
    }

    /// Parses registry YAML; errors are (line, message).
    pub fn parse(text: &str) -> Result<Self, (usize, String)> {
        if text.trim().is_empty() {
            return Ok(Self::empty());
        }
        let spanned: Vec<Spanned<EntitySpec>> =
            crate::load::yaml::parse(text, 1).map_err(|e| (e.line, e.message))?;
        let entries = spanned
            .into_iter()
            .map(|s| {
                let mut e = s.value;
                e.line = s.referenced.line() as usize;
                e
            })
            .collect();
        Self::from_entries(entries)
    }

    /// A registry of these entries; errors are (line, message) for an empty name or a name
    /// or alias given to two entries.
    pub fn from_entries(entries: Vec<EntitySpec>) -> Result<Self, (usize, String)> {
        let mut seen: HashMap<String, usize> = HashMap::new();
        // Each name by its folded form, with its entry, to find two that look alike.
        let mut folded: HashMap<String, (usize, &str)> = HashMap::new();
        let mut patterns: Vec<String> = Vec::new();
        let mut known: HashSet<String> = HashSet::new();
        let mut owner = Vec::new();
        for (i, e) in entries.iter().enumerate() {
            if e.name.trim().is_empty() {
                return Err((e.line, "an entry has an empty `name`".into()));
            }
            for n in std::iter::once(&e.name).chain(&e.aliases) {
                let n = n.trim();
                if n.is_empty() {
                    return Err((e.line, format!("`{}` has an empty alias", e.name)));
                }
                if let Some(&j) = seen.get(n)
                    && j != i
                {
                    return Err((
                        e.line,
                        format!(
                            "`{n}` already names `{}` (line {}); give each name or alias to one entry",
                            entries[j].name, entries[j].line
                        ),
                    ));
                }
                seen.insert(n.to_string(), i);
                if let Some(&(j, other)) = folded.get(&fold(n))
                    && j != i
                {
                    return Err((
                        e.line,
                        format!(
                            "`{}` and `{}` (line {}) differ only by case, a hyphen, a space or an invisible character, so they would be one page; make one an alias of the other, or remove one",
                            n.escape_debug(),
                            other.escape_debug(),
                            entries[j].line
                        ),
                    ));
                }
                folded.insert(fold(n), (i, n));
                for form in [n.to_string(), n.replace('\'', "’")] {
                    if known.insert(form.clone()) {
                        patterns.push(form);
                        owner.push(i);
                    }
                }
            }
        }
        let automaton = if patterns.is_empty() {
            None
        } else {
            let ac = AhoCorasickBuilder::new()
                .match_kind(MatchKind::LeftmostLongest)
                .build(&patterns)
                .map_err(|e| (1, format!("cannot index the registry's names: {e}")))?;
            Some(ac)
        };
        Ok(Registry {
            entries,
            automaton,
            owner,
        })
    }

    /// Whole-word matches of names and aliases in `text`: (start, end, entry index).
    pub(crate) fn find(&self, text: &str) -> Vec<(usize, usize, usize)> {
        let Some(ac) = &self.automaton else {
            return Vec::new();
        };
        ac.find_iter(text)
            .filter(|m| on_word_boundaries(text, m.start(), m.end()))
            .map(|m| (m.start(), m.end(), self.owner[m.pattern().as_usize()]))
            .collect()
    }

    /// The entry's kind, or a guess from its name when the entry gives none.
    pub fn kind_of(&self, entry: usize) -> EntityKind {
        self.entries.get(entry).map_or(EntityKind::Person, |e| {
            e.kind.unwrap_or_else(|| super::guess_kind(&e.name))
        })
    }
}

/// A name as a reader sees it: lower case, without hyphens, dashes, spaces and the characters
/// that print as nothing (zero-width space, soft hyphen, joiners, byte-order mark). Two names
/// of different entries with the same folded form are almost surely one person typed twice.
fn fold(name: &str) -> String {
    name.chars()
        .flat_map(char::to_lowercase)
        .filter(|&c| {
            !(c.is_whitespace()
                || matches!(
                    c,
                    '-' | '\u{00AD}'
                        | '\u{2010}'..='\u{2015}'
                        | '\u{200B}'..='\u{200F}'
                        | '\u{2060}'..='\u{2064}'
                        | '\u{FEFF}'
                        | '\u{180E}'
                ))
        })
        .collect()
}

/// True when the bytes before `start` and after `end` are not letters or digits.
pub(crate) fn on_word_boundaries(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;

    const YAML: &str = "- name: Edan Alexander\n  kind: person\n  aliases: [Edan]\n  roles: [hostage]\n- name: Hamas\n  kind: organization\n";

    #[test]
    fn an_alias_never_matches_inside_a_longer_word() {
        let r = Registry::parse(YAML).unwrap();
        let found = r.find("Edana met Edan's father and Edan.");
        let names: Vec<&str> = found
            .iter()
            .map(|&(s, e, _)| &"Edana met Edan's father and Edan."[s..e])
            .collect();
        assert_eq!(names, ["Edan", "Edan"]);
    }

    #[test]
    fn entries_know_their_line() {
        let r = Registry::parse(YAML).unwrap();
        assert_eq!(r.entries[0].line, 1);
        assert_eq!(r.entries[1].line, 5);
    }

    #[test]
    fn an_unknown_field_is_an_error_with_its_line() {
        let err = Registry::parse("- name: A\n- name: B\n  rank: 3\n").unwrap_err();
        assert_eq!(err.0, 3);
        assert!(err.1.contains("rank"), "{}", err.1);
    }

    #[test]
    fn a_name_given_twice_is_an_error() {
        let err = Registry::parse("- name: A B\n- name: C\n  aliases: [A B]\n").unwrap_err();
        assert!(err.1.contains("already names"), "{}", err.1);
    }

    #[test]
    fn names_that_differ_only_in_what_a_reader_cannot_see_are_reported_with_both() {
        for (a, b) in [
            ("Mohammed Al-Thani", "Mohammed Al Thani"),
            ("Adam Boehler", "Adam\u{200b}Boehler"),
            ("Basem Naim", "Basem Na\u{ad}im"),
            ("Hamas", "HAMAS"),
        ] {
            let yaml = format!("- name: \"{a}\"\n- name: Other\n  aliases: [\"{b}\"]\n");
            let err = Registry::parse(&yaml).unwrap_err();
            assert_eq!(err.0, 2, "{a} / {b}: {}", err.1);
            assert!(
                err.1.contains("line 1") && err.1.contains("differ only"),
                "{}",
                err.1
            );
        }
        assert!(Registry::parse("- name: Hamas\n  aliases: [HAMAS]\n").is_ok());
    }

    #[test]
    fn loading_names_the_file_and_line() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("entities.yaml");
        std::fs::write(&path, "- name: A\n  kind: robot\n").unwrap();
        let msg = Registry::load(&path).unwrap_err().to_string();
        assert!(msg.contains("entities.yaml:2:"), "{msg}");
    }
}
