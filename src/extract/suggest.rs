//! `dossier entities suggest`: the names extraction found that the registry lacks, as YAML
//! ready to paste into `content/entities.yaml`.
//!
//! Call it with every article's extraction and the dossier's registry:
//!
//! ```
//! use dossier::extract::{self, Registry};
//! let registry = Registry::empty();
//! let paragraphs = vec!["US envoy Adam Boehler held talks in Doha.".to_string()];
//! let found = extract::extract_article(&paragraphs, &[], &registry);
//! let yaml = extract::suggest::suggest(&[found], &registry);
//! assert!(yaml.contains("name: \"Adam Boehler\""));
//! ```

use super::{ArticleExtraction, Registry};
use crate::entity::{EntityKind, Role};
use std::collections::{BTreeSet, HashMap, HashSet};
use std::fmt::Write;

struct Tally {
    name: String,
    kind: EntityKind,
    mentions: usize,
    articles: usize,
    roles: BTreeSet<Role>,
    aliases: BTreeSet<String>,
    description: Option<String>,
}

/// YAML entries for the names in `extractions` that `registry` does not know, most
/// mentioned first, each with its mention count as a comment and the guessed kind and roles.
/// Returns a comment saying so when there is nothing to add.
pub fn suggest(extractions: &[ArticleExtraction], registry: &Registry) -> String {
    let known: HashSet<String> = registry
        .entries
        .iter()
        .flat_map(|e| std::iter::once(&e.name).chain(&e.aliases))
        .map(|n| n.to_lowercase())
        .collect();
    let mut tallies: Vec<Tally> = Vec::new();
    let mut index: HashMap<(EntityKind, String), usize> = HashMap::new();
    for x in extractions {
        for e in x.entities.iter().filter(|e| !e.known) {
            if known.contains(&e.name.to_lowercase()) {
                continue;
            }
            let key = (e.kind, e.name.to_lowercase());
            let i = *index.entry(key).or_insert_with(|| {
                tallies.push(Tally {
                    name: e.name.clone(),
                    kind: e.kind,
                    mentions: 0,
                    articles: 0,
                    roles: BTreeSet::new(),
                    aliases: BTreeSet::new(),
                    description: None,
                });
                tallies.len() - 1
            });
            let t = &mut tallies[i];
            t.mentions += e.mentions.len();
            t.articles += 1;
            t.roles.extend(e.roles.iter().copied());
            t.aliases
                .extend(e.aliases.iter().filter(|a| **a != e.name).cloned());
            if t.description.is_none() {
                t.description.clone_from(&e.description);
            }
        }
    }
    tallies.sort_by(|a, b| {
        b.mentions
            .cmp(&a.mentions)
            .then_with(|| a.name.cmp(&b.name))
    });
    if tallies.is_empty() {
        return "# every name found is already in the registry\n".into();
    }
    let q = |s: &str| serde_json::to_string(s).unwrap_or_else(|_| format!("{s:?}"));
    let mut out = String::new();
    for t in tallies {
        let plural = |n: usize, w: &str| format!("{n} {w}{}", if n == 1 { "" } else { "s" });
        let _ = writeln!(
            out,
            "# {} in {}",
            plural(t.mentions, "mention"),
            plural(t.articles, "article")
        );
        let _ = writeln!(out, "- name: {}", q(&t.name));
        let _ = writeln!(out, "  kind: {}", t.kind);
        if !t.aliases.is_empty() {
            let a: Vec<String> = t.aliases.iter().map(|a| q(a)).collect();
            let _ = writeln!(out, "  aliases: [{}]", a.join(", "));
        }
        if !t.roles.is_empty() {
            let r: Vec<&str> = t.roles.iter().map(|r| r.as_str()).collect();
            let _ = writeln!(out, "  roles: [{}]", r.join(", "));
        }
        if let Some(d) = &t.description {
            let _ = writeln!(out, "  description: {}", q(d));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions_parse_back_as_a_registry() {
        let paragraphs = vec![
            "Hamas official Basem Naim told Reuters that the group was ready.".to_string(),
            "Naim said: “We are ready for a deal today.”".to_string(),
        ];
        let found = crate::extract::extract_article(&paragraphs, &[], &Registry::empty());
        let yaml = suggest(&[found], &Registry::empty());
        assert!(yaml.contains("\"Basem Naim\""), "{yaml}");
        let back = Registry::parse(&yaml).expect("suggested YAML is a valid registry");
        assert!(back.entries.iter().any(|e| e.name == "Basem Naim"));
    }

    #[test]
    fn names_the_registry_knows_are_left_out() {
        let reg = Registry::parse("- name: Basem Naim\n").unwrap();
        let paragraphs = vec!["Hamas official Basem Naim spoke.".to_string()];
        let found = crate::extract::extract_article(&paragraphs, &[], &reg);
        assert!(!suggest(&[found], &reg).contains("Basem Naim"));
    }
}
