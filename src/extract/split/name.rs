//! Where the name starts in a run of titles, known names and name words ("Defense Minister
//! Israel Katz"), and the mentions of their own before it: known names, acronyms, an
//! organisation inside the title ("European Council President Antonio Costa"); and where a
//! known body's name ends before its "Headquarters".

use super::super::lexicon::LEX;
use super::super::names::{Candidate, Source};
use super::super::runs::U;
use super::{Ctx, descriptor};
use crate::entity::EntityKind;

/// Where the name starts, and whether a descriptor word right before it ends the title.
pub(super) struct Start {
    /// The index of the name's first unit (the run's length when no plain name follows).
    pub l: usize,
    /// "Sheriff" in "DeKalb County Sheriff Melody Maddox": the unit before `l` is an office
    /// or occupation word that closes the title.
    pub descriptor: bool,
}

/// Pushes the mentions before the name and says where the name starts.
pub(super) fn mentions_before_name(cx: &Ctx<'_, '_>, out: &mut Vec<Candidate>) -> Start {
    let mut l = name_start(cx);
    let name_len = descriptor_before(cx, l);
    let descriptor = name_len.is_some();
    if let Some(k) = name_len {
        l = cx.u.len() - k;
    }
    known_before(cx, l, out);
    org_in_title(cx, l, out);
    Start { l, descriptor }
}

/// "DeKalb County Sheriff Melody Maddox", "Reporter Jane Roe": when the name would open with
/// a word that is no given name, an office or occupation, before a given name and a surname
/// that end the run, that word describes the person and the name is the last two
/// (`descriptor::before_full_name`).
fn descriptor_before(cx: &Ctx<'_, '_>, l: usize) -> Option<usize> {
    let u = cx.u;
    let n = u.len();
    // "Pic Daragh Mc Sweeney": a Gaelic surname written apart from its prefix is one surname
    // of two words.
    let gaelic = n >= 3
        && matches!(
            cx.unit(n - 2),
            "Mc" | "Mac" | "Ó" | "O" | "Ní" | "Nic" | "Ua"
        );
    // "Public Advocate Bill de Blasio", "Judge Anna van Dijk": a surname written with a
    // lower-case particle before it is one surname of two words too.
    let particle = n >= 3 && LEX.particles.contains(cx.unit(n - 2));
    let k = if gaelic || particle { 3 } else { 2 };
    (n > l + k
        && u[n - k - 1..].iter().all(|x| x.0 == U::Name)
        && (descriptor::before_full_name(cx.unit(n - k - 1), cx.unit(n - k))
            || body_member(cx, n - k - 1))
        && (l == n - k - 1 || {
            // Words before it belong to the title too ("DeKalb County"): they hold no given
            // name that would make the descriptor a middle name. A word news writes before
            // titles is none, though a given name too ("UN Special Rapporteur Jane Roe").
            let w = cx.unit(n - k - 2).to_lowercase();
            !LEX.given_names.contains_key(w.as_str()) || LEX.premodifiers.contains(w.as_str())
        }))
    .then_some(k)
}

/// "Council Member Robin Wonsley", "School Board Member Ana Ruiz": "Member" after a body's
/// word (`data/org_cues.txt`) is the office of sitting on that body, the end of the title and
/// no part of the name after it.
fn body_member(cx: &Ctx<'_, '_>, k: usize) -> bool {
    k > 0 && cx.unit(k) == "Member" && LEX.org_cues.contains(cx.unit(k - 1))
}

/// The name is what follows the last title, known name, modifier or acronym.
fn name_start(cx: &Ctx<'_, '_>) -> usize {
    let u = cx.u;
    let mut l = u
        .iter()
        .rposition(|x| !matches!(x.0, U::Name))
        .map_or(0, |i| i + 1);
    l = place_as_given_name(cx, l);
    // "Chairman of the Hamas Leadership Council Muhammad Darwish": a word that ends an
    // organisation's name ends it inside the run too; the name is the two words or more after.
    if let Some(j) = (l..u.len().saturating_sub(2))
        .rev()
        .find(|&k| u[k].0 == U::Name && LEX.org_cues.contains(cx.unit(k)))
    {
        l = j + 1;
    }
    l
}

/// "Defense Minister Israel Katz", "Marc Israel Sellem": a one-word place inside a name, as
/// its first or middle name, moves the name's start `l` back over it.
fn place_as_given_name(cx: &Ctx<'_, '_>, mut l: usize) -> usize {
    let (u, atoms) = (cx.u, cx.atoms);
    if l > 0
        && l < u.len()
        && let U::Atom(ai) = u[l - 1].0
        && atoms[ai].kind == EntityKind::Place
        && atoms[ai].t1 - atoms[ai].t0 == 1
    {
        let middle = l >= 2 && u[l - 2].0 == U::Name;
        // Opening the run, only a place that is also a given name ("Israel Katz"; not "on
        // post-war Gaza al-Ansari said").
        let given = || LEX.is_given(&cx.unit(l - 1).to_lowercase());
        // "Sydney van Hooijdonk": a European particle may stand between it and the surname.
        let particle_next = l + 2 == u.len()
            && matches!(
                cx.unit(l),
                "van" | "von" | "de" | "da" | "di" | "du" | "der" | "del"
            );
        let first = (l == u.len() - 1 || particle_next)
            && ((l == 1 && given()) || (l >= 2 && matches!(u[l - 2].0, U::Title | U::Modifier)));
        if middle || first {
            l -= 1;
            while middle && l > 0 && u[l - 1].0 == U::Name {
                l -= 1;
            }
        }
    }
    l
}

/// Known names and acronyms before the name are mentions of their own.
fn known_before(cx: &Ctx<'_, '_>, l: usize, out: &mut Vec<Candidate>) {
    let u = cx.u;
    for (k, x) in u[..l].iter().enumerate() {
        match x.0 {
            U::Atom(ai) => out.push(cx.atom(ai)),
            U::Acronym if !(k + 1 < l && matches!(u[k + 1].0, U::Name | U::Acronym)) => {
                // "REUTERS": a known name in capitals, else an organisation's initials.
                let w = cx.unit(k);
                let known = LEX.gazetteer_folded.get(&w.to_lowercase()).copied();
                let mut c = match known {
                    Some(gi) => {
                        let k = &LEX.gazetteer_entries[gi];
                        cx.mk(x.1, x.2, Some(k.kind), k.canonical.to_string())
                    }
                    None => cx.mk(x.1, x.2, Some(EntityKind::Organization), w.to_string()),
                };
                c.source = known.map(Source::Gazetteer);
                out.push(c);
            }
            _ => {}
        }
    }
}

/// "European Council President Antonio Costa": an organisation named inside the title is a
/// mention of its own, the whole of it.
fn org_in_title(cx: &Ctx<'_, '_>, l: usize, out: &mut Vec<Candidate>) {
    let u = cx.u;
    let Some(j) = u[..l]
        .iter()
        .enumerate()
        .position(|(k, x)| matches!(x.0, U::Name | U::Title) && LEX.org_cues.contains(cx.unit(k)))
    else {
        return;
    };
    let s0 = u[..j]
        .iter()
        .rposition(|x| !matches!(x.0, U::Name | U::Modifier))
        .map_or(0, |i| i + 1);
    if s0 < j {
        out.push(cx.mk(
            u[s0].1,
            u[j].2,
            Some(EntityKind::Organization),
            cx.text_of(s0, j),
        ));
    }
}

/// "the Families Forum Headquarters released a statement": a body the gazetteer knows, then
/// "Headquarters", is the body speaking from its office; the body is the name without it, as
/// the rest of the article calls it ("the forum stated"). Another cue word before it ("Police
/// Headquarters") may name the building, so only a known body is read so.
pub(super) fn headquarters_of_body(cx: &Ctx<'_, '_>) -> bool {
    let u = cx.u;
    let known_body = |x: &super::Unit| matches!(x.0, U::Atom(ai) if cx.atoms.get(ai).is_some_and(|a| a.kind == EntityKind::Organization));
    u.len() == 2 && cx.unit(1) == "Headquarters" && known_body(&u[0])
}

/// "the film Home: Dana Roe Speaks", "a series called Omer Levi Returns": a name of a given
/// name and more, closed by a capitalised verb of speech or of a headline in the present
/// tense, is the title of a work about that person; the verb is no word of the name (prose
/// never capitalises one there). The index where the name ends, before that verb.
pub(super) fn name_end(cx: &Ctx<'_, '_>, l: usize) -> usize {
    let n = cx.u.len();
    let verb = |w: &str| {
        let w = w.to_lowercase();
        w.ends_with('s')
            && (LEX.headline_verbs.contains(w.as_str())
                || LEX.reporting_verbs.contains(w.as_str())
                || LEX.person_subject_verbs.contains(w.as_str()))
    };
    let closes = n >= l + 2
        && cx.u[n - 1].0 == U::Name
        && verb(cx.unit(n - 1))
        && LEX.is_given(&cx.unit(l).to_lowercase());
    if closes { n - 1 } else { n }
}
