//! "The special counsel team led by A", "the district attorney team headed by B": a team
//! named by an office is that office's staff, not a side's negotiating team, so its leader
//! holds the office rather than negotiating. `delegation::led_by` reads any "team led by" as
//! talks.

use super::super::Para;
use super::super::lexicon::LEX;
use super::word;
use crate::entity::Role;

/// The roles of the office that names the team led by the name at `t0` ("special counsel" in
/// "the special counsel team led by A"): the one to three words right before "team" or
/// "teams", read as a phrase, when they name a state's office and no talks. None when no such
/// team stands right before "led by" or "headed by".
pub(super) fn office_team(p: &Para<'_>, t0: usize) -> Option<Vec<Role>> {
    let back = |k: usize| {
        t0.checked_sub(k)
            .and_then(|i| word(p, i))
            .unwrap_or_default()
    };
    if back(1) != "by" || !matches!(back(2).as_str(), "led" | "headed") {
        return None;
    }
    if !matches!(back(3).as_str(), "team" | "teams") {
        return None;
    }
    let team = t0 - 3;
    (1..=3).rev().find_map(|n| {
        let from = team.checked_sub(n)?;
        if (from..team).any(|i| !p.toks[i].is_word()) {
            return None;
        }
        let phrase = p.text[p.toks[from].start..p.toks[team - 1].end].to_lowercase();
        let roles = LEX.roles_in(&phrase);
        (roles.contains(&Role::Official) && !roles.contains(&Role::Negotiator)).then_some(roles)
    })
}
