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
//! let ids = extract::identity::merge(&[found], &registry);
//! let yaml = extract::suggest::suggest(&ids);
//! assert!(yaml.contains("name: \"Adam Boehler\""));
//! ```

use super::identity::Identities;
use std::fmt::Write;

/// YAML entries for the entities of `ids` (the corpus merged as the build merges it) that the
/// registry does not know, most mentioned first, each with its mention count as a comment and
/// its kind and roles. A short name the build already took for a fuller one ("Witkoff" for
/// "Steve Witkoff") is that entity's alias, not a suggestion of its own. Returns a comment
/// saying so when there is nothing to add.
pub fn suggest(ids: &Identities) -> String {
    let mut tallies: Vec<_> = ids
        .entities
        .iter()
        .filter(|e| e.registry.is_none() && !e.appearances.is_empty())
        .collect();
    tallies.sort_by(|a, b| {
        b.mention_count
            .cmp(&a.mention_count)
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
            plural(t.mention_count, "mention"),
            plural(t.appearances.len(), "article")
        );
        let _ = writeln!(out, "- name: {}", q(&t.name));
        let _ = writeln!(out, "  kind: {}", t.kind);
        let mut aliases: Vec<&String> = t.aliases.iter().filter(|a| **a != t.name).collect();
        aliases.sort();
        aliases.dedup();
        if !aliases.is_empty() {
            let a: Vec<String> = aliases.iter().map(|a| q(a)).collect();
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
    use crate::extract::Registry;
    use crate::extract::identity::merge;

    #[test]
    fn suggestions_parse_back_as_a_registry() {
        let paragraphs = vec![
            "Hamas official Basem Naim told Reuters that the group was ready.".to_string(),
            "Naim said: “We are ready for a deal today.”".to_string(),
        ];
        let found = crate::extract::extract_article(&paragraphs, &[], &Registry::empty());
        let yaml = suggest(&merge(&[found], &Registry::empty()));
        assert!(yaml.contains("\"Basem Naim\""), "{yaml}");
        let back = Registry::parse(&yaml).expect("suggested YAML is a valid registry");
        assert!(back.entries.iter().any(|e| e.name == "Basem Naim"));
    }

    #[test]
    fn names_the_registry_knows_are_left_out() {
        let reg = Registry::parse("- name: Basem Naim\n").unwrap();
        let paragraphs = vec!["Hamas official Basem Naim spoke.".to_string()];
        let found = crate::extract::extract_article(&paragraphs, &[], &reg);
        assert!(!suggest(&merge(&[found], &reg)).contains("Basem Naim"));
    }

    #[test]
    fn a_surname_the_build_merged_is_no_suggestion_of_its_own() {
        let a = vec!["US envoy Steve Witkoff landed in Doha.".to_string()];
        let b = vec!["Netanyahu met Witkoff on Sunday.".to_string()];
        let r = Registry::empty();
        let xs = [
            crate::extract::extract_article(&a, &[], &r),
            crate::extract::extract_article(&b, &[], &r),
        ];
        let yaml = suggest(&merge(&xs, &r));
        assert!(!yaml.contains("name: \"Witkoff\""), "{yaml}");
        assert!(yaml.contains("aliases: [\"Witkoff\"]"), "{yaml}");
    }
}
