//! Roles from the words around each mention of a person, never from a list of names.
//!
//! Three windows are read: the title and modifiers right before the name ("Trump's hostage
//! envoy Adam Boehler"), an apposition after it (", a senior Hamas official in Qatar,"), and
//! the predicate that follows it ("was released from captivity", "held talks with Hamas").
//! A relative described by a family word ("Edan's father") takes no role from that window,
//! and names in a list share the window before the list ("hostages Itay Chen, Gad Haggai
//! and Omer Neutra"; "four hostages are believed dead: …").

use super::Para;
use super::context::right_window;
use super::evidence::RoleEvidence;
use super::former::Offices;
use super::freed::{
    jail_story, kin_pair_predicate, others_before, released_list, reunited, semicolon_item,
};
use super::intermediaries::{may_negotiate, with_mediators};
use super::lexicon::LEX;
use super::lists::{
    Heads, apposed, clause_intro, colon_list, freed_by_state, group_roles, held_fronted,
    item_roles, kidnap_story, list_intro, remains_story,
};
use super::people::{Entity, Mention};
use super::taking_part as part;
use super::talks::{agreed_truce, meeting_on_talks};
use super::undergone::{abducted_object, plural_verb_after, plural_verb_after_list};
use crate::entity::{EntityKind, Role};

mod as_did;
mod attended_by;
mod by_agent;
mod captive_object;
mod counted;
mod counterpart;
mod delegate;
mod fellow;
mod found;
mod go_between;
mod invited;
mod joint;
mod kin_of;
mod list;
mod list_mates;
mod local;
mod nested;
mod office_team;
mod own_talks;
mod partitive;
mod pictured;
mod spoke_for;
mod succeeded;
mod talks_between;
use own_talks::own_talks_with;
pub(crate) mod mediator;
mod title;
mod words;
pub(crate) use found::Found;
use list::{List, Next};
pub(super) use title::left_window;
use title::{own_title, title_roles};
pub(super) use words::{word, word_back};

/// Roles and descriptions for every entity (empty for non-persons).
pub(crate) fn assign(
    paras: &[Para<'_>],
    ents: &[Entity],
    mentions: &[Mention],
    mediators: &[(String, RoleEvidence)],
) -> Vec<Found> {
    let mut found = vec![Found::default(); ents.len()];
    let mut person: Vec<Vec<bool>> = paras.iter().map(|p| vec![false; p.toks.len()]).collect();
    for m in mentions {
        if ents[m.entity].kind == EntityKind::Person {
            for slot in person[m.para].iter_mut().take(m.t1).skip(m.t0) {
                *slot = true;
            }
        }
    }
    let is_person = |e: usize| ents[e].kind == EntityKind::Person;
    let items = item_roles(paras, mentions, &is_person);
    let mut list: Option<List> = None;
    // The last list that shared a role: (paragraph, where it ended, the roles).
    let mut held: Option<(usize, usize, Vec<Role>)> = None;
    let mut heads = Heads::default();
    // Every list of two or more names read, each member as (paragraph, name's span, entity).
    let (mut lists, mut cur) = (Vec::new(), Vec::new());
    let mut offices = vec![Offices::default(); ents.len()];
    // Where a person was named after a family word and "of": (paragraph, token).
    let mut kin_named: Vec<Option<(usize, usize)>> = vec![None; ents.len()];
    let mut seen = vec![false; ents.len()];
    let kidnap = kidnap_story(paras);
    let story = local::Story {
        captives: kin_of::about_captives(paras),
        remains: remains_story(paras),
        kidnap,
        release_is_captive: kidnap && !jail_story(paras),
        swap: super::freed::swap_story(paras),
        talks: part::talks_story(paras),
        delegation_of: super::delegation::made_of(paras),
    };
    let counted = counted::counted_roles(paras, mentions, &is_person, story.release_is_captive);
    let kin_surname = kin_of::lone_kin_surnames(paras, ents, mentions);
    // Relatives set off by a family apposition, and the captives inside one (`kin_of`).
    let (mut outer, mut kin_app) = (Vec::new(), vec![false; ents.len()]);
    // Spokespeople named after the one they speak for, and who is called a contestant.
    let (mut spoke, mut contender) = (Vec::new(), vec![false; ents.len()]);
    for (k, m) in mentions.iter().enumerate() {
        // A relative's lone surname that another named person shares may be the other's.
        if ents[m.entity].kind != EntityKind::Person || m.credit || kin_surname[k] {
            continue;
        }
        let p = &paras[m.para];
        let marks = &person[m.para];
        let person_at = |i: usize| marks.get(i).copied().unwrap_or(false);
        let (l0, left) = own_title(p, left_window(p, m.t0, &person_at), m.t0);
        let left_roles = if m.in_quote && title::chanted(p, l0, m.t1) {
            Vec::new()
        } else {
            title_roles(p, l0, &left)
        };
        contender[m.entity] |= spoke_for::contestant(p, m.t0);
        if let Some(o) = spoke_for::spoken_for(mentions, k, l0, &left) {
            spoke.push((m.entity, o, m.para));
        }
        // "Another freed hostage, A, posted …. Fellow survivors B and C also celebrated":
        // "fellow" makes the names of the same kind as the person named just before.
        let (w1, w2) = (word_back(p, m.t0, 1), word_back(p, m.t0, 2));
        // Only a word for the held says so: "fellow officers" are the speaker's colleagues.
        let held_word = |w: &Option<String>| {
            matches!(
                w.as_deref(),
                Some("hostages" | "captives" | "abductees" | "survivors" | "returnees")
            )
        };
        let plural_fellows = w2.as_deref() == Some("fellow") && held_word(&w1);
        let mut fellow = Vec::new();
        if (plural_fellows || w1.as_deref() == Some("fellow"))
            && let Some(prev) = mentions[..k].iter().rev().find(|x| is_person(x.entity))
            && m.para - prev.para <= 1
            && found[prev.entity]
                .evidence
                .iter()
                .any(|e| e.role == Role::Hostage)
        {
            fellow.push(Role::Hostage);
        }
        // "former two-term Gov. A": the words before the title run tell a past office too.
        let lead = if left.is_empty() {
            ""
        } else {
            title::lead_words(p, l0)
        };
        offices[m.entity].note(&format!("{lead}{left}"));
        // "A, B and C" is a list; "the mother of hostage A, B," is an apposition.
        let next = Next {
            p,
            para: m.para,
            l0,
            t0: m.t0,
            t1: m.t1,
        };
        let owner = list.as_ref().is_some_and(|l| l.owned_by(&next, &person_at));
        let continues = owner || list.as_ref().is_some_and(|l| l.goes_on(&next, &person_at));
        if !continues {
            if cur.len() >= 2 {
                lists.push(std::mem::take(&mut cur));
            }
            cur.clear();
            let mut shared = group_roles(&left, &left_roles);
            if plural_fellows {
                shared.extend(fellow.iter().copied());
            }
            // "the relatives of the three released hostages, A, B and C": a list in
            // apposition to the plural noun right before it.
            shared.extend(apposed(&paras[..=m.para], l0, m.t1, &person_at));
            let mut intro = list_intro(p, l0);
            if intro.is_empty() {
                intro = freed_by_state(p, l0);
            }
            let mut linked = !intro.is_empty();
            shared.extend(intro);
            // "The bodies of A and B were returned": what is done to the list's first name.
            let mut done = released_list(p, l0, m.t0);
            done.extend(abducted_object(p, (l0, m.t0, m.t1)));
            // "the ELN kidnapped A and his wife, B": the verb was read as A's title.
            if done.is_empty() && l0 < m.t0 {
                done.extend(abducted_object(p, (m.t0, m.t0, m.t1)));
            }
            let done_to = !done.is_empty();
            shared.extend(done);
            let prev = m.para.checked_sub(1).map(|i| &paras[i]);
            let clause = clause_intro(p, prev, l0, m.t1, &person_at, &mut heads);
            linked |= !clause.is_empty();
            shared.extend(clause);
            shared.extend(colon_list(p, prev, m.t0, &person_at));
            shared.extend(held_fronted(p, l0, kidnap, &person_at));
            let described = found[m.entity].description.as_deref();
            shared.extend(talks_between::talks_side(p, (l0, m.t1), &left, described));
            shared.extend(as_did::as_did(p, l0));
            // "…; and C, whose call …" and "Two others, D and E,": items of a list before.
            if let Some((para, end, roles)) = &held {
                // A nationality before the name is no title of its own.
                let untitled = (l0..m.t0).all(|i| p.word_at(i).is_some_and(|w| LEX.is_demonym(w)));
                let semicolon = *para == m.para && untitled && semicolon_item(p, *end, m.t0);
                let others = m.para - para <= 1 && others_before(p, l0);
                if semicolon || others {
                    shared.extend(roles.iter().copied());
                }
            }
            list = Some(List {
                para: m.para,
                end: m.t1,
                shared,
                members: Vec::new(),
                done_to,
                kin: kin_of::kin_object(p, l0),
                apposed: kin_of::in_kin_apposition(p, l0, &person_at),
                linked,
                size: list::counted_size(p, l0),
            });
        }
        let Some(l) = list.as_mut() else { continue };
        let (t, para) = (m.t0, m.para);
        if !seen[m.entity] {
            seen[m.entity] = true;
            found[m.entity].relative = kin_of::introduced_as_kin(p, l0);
        }
        let add = |f: &mut Found, roles: &[Role], rule| f.add(p, para, t, roles, rule);
        let f = &mut found[m.entity];
        add(f, &left_roles, "title");
        add(f, &fellow, "title");
        if left_roles.contains(&Role::Official) {
            mediator::office(f, (p, para, t), l0, &left, mediators);
        }
        // "A and fellow hostage B": B's kind is A's too.
        if let Some(j) = fellow::joined_before(p, l0, m.t0)
            && let Some(prev) = k.checked_sub(1).map(|i| &mentions[i])
            && prev.para == m.para
            && prev.t1 == j
            && is_person(prev.entity)
        {
            found[prev.entity].add(p, para, prev.t0, &left_roles, "title");
        }
        let f = &mut found[m.entity];
        l.kin &= !(l.apposed && l.members.len() == 1 && kin_of::comma_and(p, l.end, l0));
        if l.kin && kin_named[m.entity].is_none() {
            kin_named[m.entity] = Some((m.para, m.t0));
        }
        if super::lists::opens_item(p, m.t0) {
            add(f, &items[m.para], "list");
        }
        if !owner {
            add(f, &l.shared, "list");
        }
        add(f, &counted[k], "list");
        let prev = m.para.checked_sub(1).map(|i| &paras[i]);
        local::read(
            f,
            (p, prev, para),
            (l0, m.t0, m.t1),
            (&left, !left_roles.is_empty()),
            &person_at,
            &story,
            mediators,
        );
        // After a preposition a name is no subject: "the administration of President
        // Donald Trump has been engaged in talks" says nothing about Trump's role; nor after a
        // verb that holds a captive ("the pirates holding A are planning a mediation mission").
        // "reunited with her mother A after …": so is a name after an owner's family word.
        let h0 = kin_of::kin_phrase_start(p, l0);
        let object = h0 > 0
            && word(p, h0 - 1).is_some_and(|w| {
                matches!(
                    w.as_str(),
                    "of" | "for" | "with" | "by" | "to" | "from" | "about"
                )
            })
            || captive_object::held_by_verb(p, l0)
            || invited::asked_object(p, h0)
            || by_agent::apposed_agent(p, l0);
        let mut w = right_window(p, m.t1, &person_at);
        let inside = kin_of::in_kin_apposition(p, l0, &person_at);
        let set_in = inside || nested::in_apposition_of_other(p, l0, &person_at);
        if set_in && !w.relative && kin_of::apposition_is_outer(w.apposition.as_deref()) {
            w.apposition_roles.clear();
        }
        if kin_of::kin_apposition_after(p, m.t1) {
            kin_app[m.entity] = true;
            outer.push((m.entity, m.para));
            // "A and B, the parents of …": the name joined by "and" right before is one too.
            if let Some(prev) = k.checked_sub(1).map(|j| &mentions[j])
                && prev.para == m.para
                && prev.t1 + 1 == m.t0
                && word(p, prev.t1).as_deref() == Some("and")
            {
                kin_app[prev.entity] = true;
                outer.push((prev.entity, m.para));
            }
        } else if inside {
            outer.push((m.entity, m.para));
        }
        // "the Trump administration has begun negotiating with Hamas": a name that modifies
        // the noun after it is not the subject of the verb that follows the noun.
        if word(p, m.t1).is_some_and(|x| LEX.np_continuations.contains(x.as_str())) {
            w.predicate_roles.clear();
        }
        // "…, and his brother, B, remain in captivity": read as B's apposition, the plural
        // verb is the pair's predicate; so is a participle's phrase set off before one ("A and
        // her sons, B and C, abducted from their home, were buried").
        let pair = (plural_verb_after(p, m.t1)
            || plural_verb_after_list(p, m.t1, &person_at)
            || super::lists::apposition::opens_plural(w.apposition.as_deref()))
            && w.apposition.is_some();
        w.predicate_roles
            .extend(reunited(p, l0, m.t1, !l.members.is_empty()));
        w.predicate_roles.extend(kin_pair_predicate(p, m.t1));
        if !part::ruler(&left) {
            w.predicate_roles.extend(meeting_on_talks(p, m.t1));
            w.predicate_roles.extend(part::discussed_with(p, m.t1));
        }
        w.predicate_roles.extend(part::travels_for_talks(p, m.t1));
        // "Union leader A said his negotiators …": a side of a body outside government.
        if !super::institution::outside_government(&left.to_lowercase()) {
            w.predicate_roles.extend(part::owns_negotiators(p, m.t1));
        }
        w.predicate_roles.extend(agreed_truce(p, m.t1));
        w.predicate_roles
            .extend(joint::joint_talks(p, m.t1, &person_at));
        super::diplomacy::peers_only(p, m.t1, &mut w.predicate_roles);
        // Meeting the mediators, read apart: each one it is shared with must be able to.
        let mut confer = with_mediators(p, m.t1, mediators);
        // Read only where a list has earlier members to share it with.
        let plural = if l.members.is_empty() {
            Vec::new()
        } else {
            super::lists::apposition::shared(w.apposition.as_deref())
        };
        if object && !w.relative {
            w.predicate_roles.clear();
            confer.clear();
            if w.apposition.as_deref().is_some_and(by_agent::time_phrase) {
                w.apposition_roles.clear();
            }
        }
        let f = &mut found[m.entity];
        if may_negotiate(f, &left, Some((p, l0))) {
            add(f, &confer, "predicate");
        }
        add(f, &w.apposition_roles, "apposition");
        // "A, head of the Egyptian intelligence service,": the apposition's office, read from
        // its words alone (token 0: no word before it is the title's).
        if let Some(a) = w.apposition.as_deref()
            && w.apposition_roles.contains(&Role::Official)
            && left_roles.is_empty()
        {
            mediator::office(f, (p, para, t), 0, a, mediators);
        }
        add(f, &w.predicate_roles, "predicate");
        if f.description.is_none() {
            if let Some(a) = w
                .apposition
                .take()
                .filter(|_| !w.apposition_roles.is_empty())
            {
                f.description = Some(a);
            } else if !left_roles.is_empty() && !left.is_empty() {
                f.description = Some(left.trim_start_matches("the ").to_string());
            }
        }
        // "Witkoff and Adam Boehler held talks": a predicate after a list is the list's,
        // and so is a plural apposition ("A and B, key negotiators,").
        // "A and B, who often negotiates for the group,": a singular relative is B's alone.
        let own = w.relative && part::singular_relative(p, m.t1);
        // "A, B and all remaining hostages": the group the list ends in is each member's.
        let joined = super::freed::and_others(p, m.t1);
        // Nothing to share skips the walk: each name of a long list would walk all before it.
        let shares = !(w.predicate_roles.is_empty()
            && confer.is_empty()
            && plural.is_empty()
            && joined.is_empty())
            || pair && !w.apposition_roles.is_empty();
        for &e in l.members.iter().filter(|_| !own && shares) {
            add(&mut found[e], &w.predicate_roles, "list predicate");
            if !confer.is_empty() && may_negotiate(&found[e], "", None) {
                add(&mut found[e], &confer, "list predicate");
            }
            if pair {
                add(&mut found[e], &w.apposition_roles, "list predicate");
            }
            add(&mut found[e], &plural, "list apposition");
            add(&mut found[e], &joined, "list predicate");
        }
        if !owner {
            l.members.push(m.entity);
            l.end = m.t1;
            cur.push((m.para, m.t0, m.t1, m.entity));
        }
        if !l.shared.is_empty() {
            held = Some((m.para, m.t1, l.shared.clone()));
        }
    }
    if cur.len() >= 2 {
        lists.push(cur);
    }
    list_mates::captives_listed(paras, &lists, &mut found);
    list_mates::released_together(paras, &person, &lists, &mut found);
    super::describe::back_references(paras, ents, mentions, &mut found);
    counterpart::counterparts(paras, ents, mentions, &mut found);
    kin_of::drop_outer_roles(&mut found, &outer);
    spoke_for::campaign_voices(&mut found, &spoke, &contender);
    if story.captives {
        kin_of::named_kin_are_captives(paras, &kin_named, &kin_app, &mut found);
    }
    for (f, o) in found.iter_mut().zip(&offices) {
        f.settle(o.only_past());
    }
    found
}
