//! The name after a run's titles: its title, and what says it is no one ("Human Rights", a
//! headline's verb, a show's title), an outlet ("the Washington Examiner"), a town ("Grand
//! Rapids, Michigan") or a person, with the local cues the later stages weigh.

use super::super::groups;
use super::super::lexicon::LEX;
use super::super::names::Candidate;
use super::super::person_cues::{is_credit, kin_apposed, kin_object, local_person_cue};
use super::super::runs::{MONTH_NAMES, U};
use super::super::text::{is_all_caps, is_capitalised};
use super::Ctx;
use super::around::{OUTLET_NOUNS, in_place, set_in_region};
use super::caps::title_case;
use super::descriptor::{office_noun, office_without_name};
use super::name::Start;
use crate::entity::EntityKind;
use crate::extract::text::is_hyphen;

/// Pushes the candidate for the name that starts at unit `l`, unless it names no one.
pub(super) fn name_after_title(cx: &Ctx<'_, '_>, start: Start, out: &mut Vec<Candidate>) {
    let (p, u, atoms) = (cx.p, cx.u, cx.atoms);
    let mut l = start.l;
    let named_person_atom = u[l.min(u.len() - 1)..].len() == 1
        && matches!(u[u.len() - 1].0, U::Atom(ai) if atoms[ai].kind == EntityKind::Person);
    let plural = (l + 2 < u.len() && u[l].0 == U::Name)
        .then(|| groups::plural_title(cx.unit(l)))
        .flatten();
    l += usize::from(plural.is_some());
    // "Frontrunners Andrew Yang and Eric Adams": a capitalised plural for people by what they
    // seek or do, before a given name, describes the names after it and is no part of them.
    let described = plural.is_none()
        && l + 2 < u.len()
        && u[l].0 == U::Name
        && u[l + 1].0 == U::Name
        && is_capitalised(cx.unit(l))
        && people_plural(cx.unit(l))
        && LEX
            .given_names
            .contains_key(cx.unit(l + 1).to_lowercase().as_str());
    l += usize::from(described);
    let title_end = match plural {
        Some(_) => Some(l - 1),
        None if start.descriptor => Some(l - 1),
        None => u[..l].iter().rposition(|x| x.0 == U::Title),
    };
    if l >= u.len() {
        // No plain name: a person atom at the end still names a person.
        if named_person_atom && let Some(c) = out.last_mut() {
            c.title = title_end.map(|e| cx.text_of(0, e));
        }
        return;
    }
    let words: Vec<&str> = (l..u.len()).map(|k| cx.unit(k)).collect();
    let mut c = cx.mk(u[l].1, u[u.len() - 1].2, None, words.join(" "));
    if let Some(e) = title_end {
        c.title = Some(plural.map_or_else(|| cx.text_of(0, e), str::to_string));
        c.person_cue = true;
    }
    if names_no_one(cx, &words, title_end.is_some()) {
        return;
    }
    let n_names = u.len() - l;
    if n_names >= 2 {
        c.kind = Some(EntityKind::Person);
    }
    // "Lady Gaga", "Prince Harry", "King Charles": a royal word alone before one name is
    // part of how the person is known; news never writes the name without it.
    if n_names == 1
        && l == 1
        && matches!(
            cx.unit(0),
            "King" | "Queen" | "Prince" | "Princess" | "Lady"
        )
    {
        c.t0 = u[0].1;
        c.name = cx.text_of(0, l);
        c.kind = Some(EntityKind::Person);
    }
    // "told the Washington Examiner", "the Qatari-based Al Araby channel": a person's name
    // takes no article, so a name right after "the" (modifiers aside) is an outlet or another
    // body — unless a noun follows that it only modifies ("the Ben Gvir camp").
    let after_the = title_end.is_none()
        && u[..l].iter().all(|x| x.0 == U::Modifier)
        && cx.r0 > 0
        && p.toks[cx.r0 - 1].text(p.text).eq_ignore_ascii_case("the");
    let modifies_noun = p.toks.get(cx.r1).filter(|t| t.is_word()).is_some_and(|t| {
        let w = t.text(p.text);
        !LEX.stopwords.contains(w) && !OUTLET_NOUNS.contains(&w)
    });
    if after_the && n_names >= 2 && !modifies_noun {
        c.kind = Some(EntityKind::Organization);
    }
    if title_end.is_none() && (in_place(p, c.t1, atoms) || set_in_region(p, c.t0, c.t1)) {
        let first = words[0].to_lowercase();
        if !LEX.given_names.contains_key(first.as_str()) {
            c.kind = Some(EntityKind::Place);
        }
    }
    if after_body_of(cx, c.t0, &words) {
        return;
    }
    if title_end.is_none() && after_office_of(cx, &words) {
        c.kind = Some(EntityKind::Place);
    }
    if is_all_caps(&c.name) && n_names >= 2 {
        // "JACK GUEZ/AFP": a credit in capitals.
        if cx.is_slash(c.t1) || (c.t0 > 0 && cx.is_slash(c.t0 - 1)) {
            c.name = title_case(&c.name);
            c.credit = true;
        } else {
            return;
        }
    }
    // "told Face the Nation", "Meet the Press": a run before "the" and a capitalised word is
    // the title of a show or a work, not a person.
    let word_at = |i: usize| p.word_at(i);
    if title_end.is_none()
        && word_at(c.t1) == Some("the")
        && word_at(c.t1 + 1).is_some_and(is_capitalised)
    {
        return;
    }
    add_cues(cx, &mut c);
    out.push(c);
}
