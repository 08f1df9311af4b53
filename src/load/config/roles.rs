//! `roles:` in `site.yaml`: the roles a dossier's people can have. The three built in
//! (hostage, negotiator, official) have extraction rules of their own; any other role names
//! the cue words that give it (`{ name: candidate, cues: [candidate, nominee] }`). A role the
//! dossier does not declare is dropped from the site, and one that the registry or an
//! article's front matter gives is an error naming the file and line.

use crate::entity::Role;
use serde::{Deserialize, Serialize};

/// One declared role.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoleConfig {
    pub name: Role,
    /// Words or phrases that give a person this role when they come just before the name
    /// ("candidate Jane Roe") or in the apposition after it (", the Harbour Party candidate,").
    /// Used alongside the built-in rules for the three built-in roles.
    #[serde(default)]
    pub cues: Vec<String>,
}

/// The three built-in roles, for a `site.yaml` that declares none.
pub fn default_roles() -> Vec<RoleConfig> {
    Role::ALL
        .iter()
        .map(|&name| RoleConfig {
            name,
            cues: Vec::new(),
        })
        .collect()
}

/// The cue words of `roles`, for extraction.
pub fn cue_table(roles: &[RoleConfig]) -> crate::extract::cues::CueTable {
    crate::extract::cues::CueTable::new(roles.iter().map(|r| (r.name, r.cues.as_slice())))
}

/// The declared roles' names, for messages: `hostage, negotiator, official`.
pub fn names(roles: &[RoleConfig]) -> String {
    roles
        .iter()
        .map(|r| r.name.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Why `role`, given at `path:line`, is refused, when the dossier does not declare it.
pub fn undeclared(roles: &[RoleConfig], role: Role) -> Option<String> {
    (!roles.iter().any(|r| r.name == role)).then(|| {
        format!(
            "role `{role}` is not one of this dossier's roles ({}); declare it under `roles:` in site.yaml, with the cue words that give it",
            names(roles)
        )
    })
}
