//! Roles a speaker gives themself in their own words: "it has been very frustrating for us as
//! mediators" says its speaker mediates. Only first-person phrases count; "Egypt, as a
//! mediator, …" in someone's quotation is about another.

use super::FoundEntity;
use super::attribution::{Attributed, Who};
use super::evidence::RoleEvidence;
use crate::entity::Role;

/// First-person phrases that say the speaker mediates or negotiates.
const MEDIATING: &[&str] = &[
    "us as mediators",
    "we as mediators",
    "we, as mediators",
    "us as mediator",
    "our mediation",
    "our role as mediator",
    "as a mediator, i",
    "as mediators, we",
    "us as negotiators",
    "we as negotiators",
];

/// Adds negotiator, with the quotation as evidence, to each person whose attributed quotation
/// (at `min` confidence or more) uses one of the phrases. Registry-given roles stay as given.
pub(super) fn from_quotes(
    attributed: &[Attributed],
    paragraphs: &[String],
    entities: &mut [FoundEntity],
    min: f32,
) {
    for a in attributed {
        let Some(pick) = a.who.as_ref().filter(|p| p.confidence >= min) else {
            continue;
        };
        let Who::Entity(e) = pick.who else { continue };
        let text = paragraphs[a.para][a.span.start..a.span.end].to_lowercase();
        let ent = &mut entities[e];
        if ent.known
            || ent.kind != crate::entity::EntityKind::Person
            || ent.roles.contains(&Role::Negotiator)
            || !MEDIATING.iter().any(|m| text.contains(m))
        {
            continue;
        }
        ent.roles.push(Role::Negotiator);
        ent.roles.sort();
        ent.evidence.push(RoleEvidence {
            role: Role::Negotiator,
            paragraph: a.para,
            start: a.span.start,
            end: a.span.end,
            rule: "own words",
            strong: false,
        });
    }
}
