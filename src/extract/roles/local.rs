//! The cues read around one mention in its own sentence, after its title and the list it
//! may open: an apposition set before the name, the delegation or talks it takes part in,
//! its release or captivity, an office it holds. Each cue is a function of the paragraph
//! and the mention's span; the story-wide flags that gate some of them come in `Story`.

use super::super::Para;
use super::super::delegation::{led_by, member};
use super::super::evidence::RoleEvidence;
use super::super::freed::{
    and_others, held_abroad_before, held_for_span, kin_of_release, own_body_held, own_release,
    own_side_prison, participle_before, possessive_body_held, released, state_held,
};
use super::super::fronted::{fronted_captive, pre_apposition};
use super::super::homecoming::brought_home;
use super::super::lists::{colon_list, named_remains, taken_along};
use super::super::office::office_holder;
use super::super::pronoun_clause::pronoun_clause_before;
use super::super::taking_part as part;
use super::super::talks::included_in_meeting;
use super::office_team::office_team;
use super::title::{left_window, title_start};
use super::{
    Found, attended_by, go_between, mediator, own_talks_with, partitive, pictured, succeeded,
};
use crate::entity::Role;

/// What the whole article is about, read once before its mentions.
pub(super) struct Story {
    /// It is about captives (`kin_of::about_captives`).
    pub(super) captives: bool,
    /// It reports the return of remains.
    pub(super) remains: bool,
    /// It is about a kidnapping.
    pub(super) kidnap: bool,
    /// A release there is a captive's (a kidnapping, not a jail story).
    pub(super) release_is_captive: bool,
    /// It is about an exchange of captives for prisoners.
    pub(super) swap: bool,
    /// It is about talks (`taking_part::talks_story`).
    pub(super) talks: bool,
    /// What its delegation is said to be made of, if captives or relatives
    /// (`delegation::made_of`).
    pub(super) delegation_of: Option<Vec<Role>>,
}

/// Adds to `f` the roles of the mention at `span` (title start, name start, name end) read
/// from its own sentence in paragraph `para` (`p`; `prev` is the paragraph before); `left`
/// is the title before the name and `titled` says whether it gave a role.
pub(super) fn read(
    f: &mut Found,
    (p, prev, para): (&Para<'_>, Option<&Para<'_>>, usize),
    (l0, t0, t1): (usize, usize, usize),
    (left, titled): (&str, bool),
    person_at: &dyn Fn(usize) -> bool,
    s: &Story,
    mediators: &[(String, RoleEvidence)],
) {
    let add = |f: &mut Found, roles: &[Role], rule| f.add(p, para, t0, roles, rule);
    super::super::standing::read(f, (p, para, t0), (l0, t1), left, person_at);
    add(f, &colon_list(p, prev, t0, person_at), "list");
    let at = l0.min(title_start(p, t0));
    let pre = pre_apposition(p, at, person_at);
    add(f, &pre, "apposition");
    if held_abroad_before(p, at, person_at) {
        add(f, &[Role::Hostage], "apposition");
    }
    // "Qatari Prime Minister, A": the office before the comma is the name's own.
    if pre.contains(&Role::Official) && !titled {
        let (pl0, run) = left_window(p, at - 1, person_at);
        mediator::office(f, (p, para, t0), pl0, &run, mediators);
    }
    add(f, &fronted_captive(p, at, t1, person_at), "apposition");
    let given = p.word_at(t0).unwrap_or_default();
    add(f, &pronoun_clause_before(p, l0, given), "predicate");
    let first = part::paired_with(p, l0, person_at);
    let led = first.unwrap_or(t0);
    add(
        f,
        &office_team(p, led).unwrap_or_else(|| led_by(p, led)),
        "led",
    );
    add(f, &succeeded::succeeded_as(p, l0), "title");
    add(f, &succeeded::replaced_with(p, l0), "title");
    // "The delegation included A and B" where the delegation is one of freed hostages.
    let members = member(p, t0, t1);
    match &s.delegation_of {
        Some(roles) if !members.is_empty() => add(f, roles, "delegation"),
        _ => add(f, &members, "delegation"),
    }
    let sent = part::sent_for_talks(p, t0, t1);
    for r in [
        part::attended(p, prev, t0),
        part::team_member(p, t0, s.talks),
        sent,
    ] {
        add(f, &r, "delegation");
    }
    add(f, &part::and_other_officials(p, t1), "list");
    let sides = super::super::sides::sat_for_a_side(p, (l0, t0, t1), person_at);
    add(f, &sides, "sides");
    add(f, &own_talks_with(p, t1), "predicate");
    add(
        f,
        &super::own_talks::subject_talks_with(p, (l0, t1), person_at),
        "predicate",
    );
    add(f, &go_between::through_go_between(p, l0), "predicate");
    add(f, &attended_by::attended_by(p, l0, s.talks), "delegation");
    add(f, &included_in_meeting(p, l0), "predicate");
    add(f, &released(p, l0), "released");
    add(f, &named_remains(p, l0, person_at, s.remains), "list");
    add(f, &partitive::partitive_captive(p, l0, t0, t1), "list");
    add(f, &partitive::one_of_captives(p, l0, t0, t1), "apposition");
    if s.captives {
        add(f, &brought_home(p, l0, t1), "released");
    }
    add(f, &participle_before(p, l0), "title");
    add(f, &kin_of_release(p, l0, t1, person_at), "predicate");
    add(f, &own_release(p, t1, s.release_is_captive), "released");
    add(
        f,
        &state_held(p, (l0, t0, t1), person_at, s.swap),
        "released",
    );
    add(f, &held_for_span(p, l0, t1, s.kidnap), "predicate");
    add(
        f,
        &own_body_held(p, (l0, t1), person_at, s.captives),
        "predicate",
    );
    add(f, &possessive_body_held(p, t1, s.captives), "predicate");
    add(
        f,
        &pictured::pictured_captive(p, l0, t1, person_at),
        "predicate",
    );
    f.convict |= own_side_prison(p, (t0, t1), person_at);
    add(f, &and_others(p, t1), "released");
    add(f, &taken_along(p, t0, person_at), "released");
    add(f, &office_holder(p, t0, t1), "office");
    if s.talks {
        add(
            f,
            &super::delegate::side_delegate(p, t1, left),
            "delegation",
        );
    }
}
