//! `api/people.json`: every person of the dossier with their roles and page, the short list a
//! newsroom's other tools want (who is in the story, and where to link) without reading the
//! whole of `api/entities.json`.

use super::{array, entity_id};
use crate::entity::EntityKind;
use crate::link::{EntityId, Site};
use crate::render::url::{Urls, paths};
use crate::write::{OutputError, Sink};
use serde::Serialize;

#[derive(Serialize)]
struct PersonOut<'a> {
    id: String,
    name: &'a str,
    roles: Vec<&'static str>,
    url: String,
}

/// Writes `api/people.json`: the people in the order of `api/entities.json` (by name).
pub(crate) fn write_into(site: &Site, urls: &Urls, sink: &dyn Sink) -> Result<(), OutputError> {
    let people = site
        .entities
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind == EntityKind::Person)
        .map(|(i, e)| PersonOut {
            id: entity_id(site, EntityId(i as u32)),
            name: &e.name,
            roles: e.roles.iter().map(|r| r.as_str()).collect(),
            url: urls.absolute(&paths::entity(e.kind, &e.slug)),
        });
    array(sink, "api/people.json", people)
}
