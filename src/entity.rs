//! The vocabulary every stage shares: what kind of thing an entity is, the roles a person can
//! play, a hostage's status, and `EntitySpec`, the registry-shaped description of an entity
//! that both `content/entities.yaml` and an article's `entities:` front matter are made of.
//!
//! These are plain data with no behaviour beyond parsing and naming, so that `load`,
//! `extract`, `link` and `render` can all speak of entities without depending on each other.

use serde::{Deserialize, Serialize};
use std::fmt;

/// What an entity is. Extraction guesses it from cue words and gazetteers; the registry and
/// front matter can correct it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Person,
    #[serde(alias = "organisation")]
    Organization,
    Place,
}

impl EntityKind {
    /// All kinds, in the order pages list them.
    pub const ALL: [EntityKind; 3] = [Self::Person, Self::Organization, Self::Place];

    /// The lower-case name used in JSON and YAML (`person`, `organization`, `place`).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Person => "person",
            Self::Organization => "organization",
            Self::Place => "place",
        }
    }

    /// The output folder for entities of this kind (`people`, `organizations`, `places`).
    pub fn section(self) -> &'static str {
        match self {
            Self::Person => "people",
            Self::Organization => "organizations",
            Self::Place => "places",
        }
    }
}

impl fmt::Display for EntityKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A role a person plays in the story; a person may have several. Three are built in, with
/// extraction rules of their own; a dossier declares others (`candidate`) under `roles:` in
/// `site.yaml`, with the cue words that give them. A role is its name: a lower-case word.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Role(&'static str);

#[allow(non_upper_case_globals)]
impl Role {
    /// Held captive in the conflict: alive, dead or released.
    pub const Hostage: Role = Role("hostage");
    /// Conducts or mediates talks: envoys, mediators, heads of negotiating teams.
    pub const Negotiator: Role = Role("negotiator");
    /// Holds, or speaks for, an office of a government, party or armed group.
    pub const Official: Role = Role("official");

    /// The roles built in, which extraction's own rules read.
    pub const ALL: [Role; 3] = [Self::Hostage, Self::Negotiator, Self::Official];

    pub fn as_str(self) -> &'static str {
        self.0
    }

    /// The role called `name`: lower-case ASCII letters, digits and hyphens, starting with a
    /// letter, at most 40 bytes. Names beyond the three built in are kept once per process
    /// (a dossier declares a handful), so a role stays a small `Copy` value.
    pub fn named(name: &str) -> Option<Role> {
        let well_formed = name.len() <= 40
            && name.starts_with(|c: char| c.is_ascii_lowercase())
            && name
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !well_formed {
            return None;
        }
        if let Some(r) = Self::ALL.iter().find(|r| r.0 == name) {
            return Some(*r);
        }
        static NAMES: std::sync::Mutex<Vec<&'static str>> = std::sync::Mutex::new(Vec::new());
        let mut names = NAMES.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(n) = names.iter().find(|n| **n == name) {
            return Some(Role(n));
        }
        let kept: &'static str = Box::leak(name.to_string().into_boxed_str());
        names.push(kept);
        Some(Role(kept))
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Role {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.0)
    }
}

impl<'de> Deserialize<'de> for Role {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let name = String::deserialize(deserializer)?;
        Role::named(&name).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "role `{name}` must be a lower-case word (letters, digits and hyphens), such as hostage or candidate"
            ))
        })
    }
}

/// A hostage's status, as the registry records it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Alive,
    Deceased,
    Released,
    Unknown,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Alive => "alive",
            Self::Deceased => "deceased",
            Self::Released => "released",
            Self::Unknown => "unknown",
        }
    }
}

/// One entity as a person writes it down: an entry of `content/entities.yaml`, or an item of
/// an article's `entities:` front matter. Only `name` is required.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EntitySpec {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<EntityKind>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<Role>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Status>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub affiliation: Option<String>,
    /// One country or several; `nationality: Israel` and `nationality: [US, Israel]` both work.
    #[serde(
        default,
        deserialize_with = "one_or_many",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub nationality: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The line in its file where this entry starts (1-based), for error messages; 0 if unknown.
    #[serde(skip)]
    pub line: usize,
}

/// Accepts a single string or a list of strings.
fn one_or_many<'de, D>(deserializer: D) -> Result<Vec<String>, D::Error>
where
    D: serde::Deserializer<'de>,
{
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum OneOrMany {
        One(String),
        Many(Vec<String>),
    }
    Ok(match OneOrMany::deserialize(deserializer)? {
        OneOrMany::One(s) => vec![s],
        OneOrMany::Many(v) => v,
    })
}
