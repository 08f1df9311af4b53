//! What holds across a corpus: a role is a fact about a person, not about one article, so a
//! role found for a person in one article holds in the others ("envoy Steve Witkoff" in one,
//! plain "Witkoff" in the next).

use super::ArticleExtraction;
use crate::entity::{EntityKind, Role};
use std::collections::{BTreeSet, HashMap};

fn key(name: &str) -> String {
    super::people::name_words(name).join(" ")
}

/// Gives every person the roles found for the same person anywhere in `extractions`. A full
/// name matches the same full name; a lone surname matches the one full name in the corpus
/// that ends with it, if only one does. Entities the registry knows keep the registry's roles.
pub fn share_roles(extractions: &mut [ArticleExtraction]) {
    let mut roles: HashMap<String, BTreeSet<Role>> = HashMap::new();
    let mut surnames: HashMap<String, BTreeSet<String>> = HashMap::new();
    for x in extractions.iter() {
        for e in x
            .entities
            .iter()
            .filter(|e| e.kind == EntityKind::Person && !e.known)
        {
            let k = key(&e.name);
            roles
                .entry(k.clone())
                .or_default()
                .extend(e.roles.iter().copied());
            if let Some((_, last)) = k.rsplit_once(' ') {
                surnames
                    .entry(last.to_string())
                    .or_default()
                    .insert(k.clone());
            }
        }
    }
    for x in extractions.iter_mut() {
        for e in x
            .entities
            .iter_mut()
            .filter(|e| e.kind == EntityKind::Person && !e.known)
        {
            let k = key(&e.name);
            let full = if k.contains(' ') {
                Some(k)
            } else {
                surnames
                    .get(&k)
                    .filter(|s| s.len() == 1)
                    .and_then(|s| s.iter().next().cloned())
            };
            if let Some(found) = full.and_then(|f| roles.get(&f)) {
                e.roles.extend(found.iter().copied());
                e.roles.sort();
                e.roles.dedup();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{Registry, extract_article};

    #[test]
    fn a_role_found_in_one_article_holds_in_another() {
        let a = vec!["U.S. envoy Steve Witkoff arrived in Doha.".to_string()];
        let b = vec!["Netanyahu met Witkoff on Sunday. Steve Witkoff said little.".to_string()];
        let mut xs = vec![
            extract_article(&a, &[], &Registry::empty()),
            extract_article(&b, &[], &Registry::empty()),
        ];
        share_roles(&mut xs);
        let w = xs[1]
            .entities
            .iter()
            .find(|e| e.name == "Steve Witkoff")
            .expect("found");
        assert!(w.roles.contains(&Role::Negotiator), "{:?}", w.roles);
    }
}
