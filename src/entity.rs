//! The vocabulary every stage shares: what kind of thing an entity is, the roles a person can
//! play, a hostage's status, and `EntitySpec`, the registry-shaped description of an entity
//! that both `content/entities.yaml` and an article's `entities:` front matter are made of.
//!
//! These are plain data with no behaviour beyond parsing and naming, so that `content`,
//! `extract`, `site` and `render` can all speak of entities without depending on each other.

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

/// A role a person plays in the story. A person may have several.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Held captive in the conflict: alive, dead or released.
    Hostage,
    /// Conducts or mediates talks: envoys, mediators, heads of negotiating teams.
    Negotiator,
    /// Holds, or speaks for, an office of a government, party or armed group.
    Official,
}

impl Role {
    pub const ALL: [Role; 3] = [Self::Hostage, Self::Negotiator, Self::Official];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Hostage => "hostage",
            Self::Negotiator => "negotiator",
            Self::Official => "official",
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
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
