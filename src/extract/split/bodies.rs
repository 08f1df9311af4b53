//! Bodies named by a cue word and what follows it: a remit after "for", "of" or "on" ("the
//! Hart Institute for Rural Policy"), or a place closing the run ("Police Scotland"). `by_cue_word`
//! in the parent asks these before it reads the run's last word.

use super::{Candidate, Ctx, U, Unit};
use crate::entity::EntityKind;
use crate::extract::lexicon::LEX;

/// "the Hart Institute for Rural Policy", "Council on Foreign Relations": a word that
/// ends a body's name, then "for", "of" or "on" and plain names to the end of the run, is one
/// body named with its remit; the names after the connector are no person. Only plain names
/// and no title stand anywhere in the run ("Director of the Institute for National Security
/// Studies Tamir Hayman" is read by its title), but for a known place or a modifier before
/// the cue word, whose body it is ("the Ohio Department of Public Safety": "Public Safety" is
/// its remit, no one's name).
pub(super) fn body_with_remit(cx: &Ctx<'_, '_>) -> bool {
    let u = cx.u;
    let plain = |x: &Unit| x.0 == U::Name;
    let whose = |x: &Unit| {
        plain(x)
            || x.0 == U::Modifier
            || matches!(x.0, U::Atom(ai) if cx.atoms.get(ai).is_some_and(|a| a.kind == EntityKind::Place))
    };
    let Some(k) = u.iter().position(|x| x.0 == U::Connector) else {
        return false;
    };
    k > 0
        && k + 1 < u.len()
        && LEX.org_cues.contains(cx.unit(k - 1))
        && matches!(cx.unit(k), "for" | "of" | "on" | "for the" | "of the")
        && u[..k].iter().all(whose)
        && u[k + 1..].iter().enumerate().all(|(j, x)| {
            // "Ministry of Foreign Affairs and East African Cooperation": a second remit
            // after "and" (`runs::join`), a demonym in it.
            plain(x)
                || j > 0 && x.0 == U::Modifier
                || j > 0 && x.0 == U::Connector && cx.unit(k + 1 + j) == "and"
        })
        && u.last().is_some_and(plain)
}

/// "Natural Resources Wales", "Public Health Scotland", "Police Scotland": plain words
/// ending in a body's cue word, then a known place closing the run, name that place's public
/// body; a person's name does not end in a country.
pub(super) fn body_of_place(cx: &Ctx<'_, '_>) -> bool {
    let (u, n) = (cx.u, cx.u.len());
    n >= 2
        && matches!(u[n - 1].0, U::Atom(ai) if cx.atoms.get(ai).is_some_and(|a| a.kind == EntityKind::Place))
        && u[..n - 1].iter().all(|x| x.0 == U::Name)
        && LEX.org_cues.contains(cx.unit(n - 2))
}

/// "the Ezz al-Din Al-Qassam brigades": plain names right before a lower-case noun of an
/// armed unit name that unit, written with its common noun in lower case; they are no
/// person's name. Pushes the body, its noun included, and says whether it did.
pub(super) fn armed_unit_in_lower(cx: &Ctx<'_, '_>, out: &mut Vec<Candidate>) -> bool {
    let (p, r0, r1) = (cx.p, cx.r0, cx.r1);
    let Some(noun) = p.word_at(r1) else {
        return false;
    };
    let unit = matches!(noun, "brigades" | "brigade" | "battalions" | "battalion");
    if !unit || !cx.u.iter().all(|x| x.0 == U::Name) {
        return false;
    }
    let name = format!("{} {noun}", cx.whole());
    out.push(cx.mk(r0, r1 + 1, Some(EntityKind::Organization), name));
    true
}

/// "the Guardian Angels", "the Times Union": after "the", a known organisation's name (an
/// outlet's, a body's) that plain capitalised words carry on to the end of the run is the
/// first word of a longer body's name, not that organisation beside a person: "the" stands
/// before no person's name. Pushes the longer body and says whether it did.
pub(super) fn body_named_from_known(cx: &Ctx<'_, '_>, out: &mut Vec<Candidate>) -> bool {
    let (p, u, r0, r1) = (cx.p, cx.u, cx.r0, cx.r1);
    let the = r0 > 0 && matches!(p.word_at(r0 - 1), Some("the" | "The"));
    // One word only: a known body of several words ("the Hostages and Missing Families Forum
    // Headquarters") is whole already, and what follows it is its place or its office.
    let known_first = matches!(u[0].0, U::Atom(ai)
        if cx.atoms.get(ai).is_some_and(|a| a.kind == EntityKind::Organization))
        && u[0].2 == u[0].1 + 1;
    // "the UN Mike Waltz": a given name after the body opens a person's name, the body's
    // own name closing a title before it.
    let given = u.len() >= 2 && LEX.is_given(&cx.unit(1).to_lowercase());
    if !(the && known_first && u.len() >= 2 && !given && u[1..].iter().all(|x| x.0 == U::Name)) {
        return false;
    }
    out.push(cx.mk(r0, r1, Some(EntityKind::Organization), cx.whole()));
    true
}
