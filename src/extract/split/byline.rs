//! A byline's last writer run together with the outlet ("By Jane Roe Reuters", "By A B, C D
//! & Jane Roe The Washington Post"): the outlet is a known organisation, so the run is read
//! as the writer's name and the outlet, not as an outlet after a title with no name left.
//! And two writers' names run together on one line ("Jane Roe John Doe"): two persons.

use super::super::lexicon::LEX;
use super::super::names::Candidate;
use super::super::runs::U;
use super::Ctx;
use crate::entity::EntityKind;

/// In a byline, two to four plain name words opening with a known given name, then only
/// known organisations to the end of the run, are a writer and the outlet. Pushes both and
/// says whether it did.
pub(super) fn writer_before_outlet(cx: &Ctx<'_, '_>, out: &mut Vec<Candidate>) -> bool {
    let u = cx.u;
    let n = u.iter().take_while(|x| x.0 == U::Name).count();
    let outlets = u[n..].iter().all(|x| {
        matches!(x.0, U::Atom(ai)
            if cx.atoms.get(ai).is_some_and(|a| a.kind == EntityKind::Organization))
    });
    let given = LEX
        .given_names
        .contains_key(cx.first().to_lowercase().as_str());
    if !((cx.byline || listed_writers(cx))
        && given
        && (2..=4).contains(&n)
        && n < u.len()
        && outlets)
    {
        return false;
    }
    let mut c = cx.mk(
        u[0].1,
        u[n - 1].2,
        Some(EntityKind::Person),
        cx.text_of(0, n - 1),
    );
    c.credit = true;
    out.push(c);
    for x in &u[n..] {
        if let U::Atom(ai) = x.0 {
            out.push(cx.atom(ai));
        }
    }
    true
}

/// "Jane Roe John Doe" on a byline's line: two writers' names with nothing between them, as
/// a page's byline reads when its separate lines are copied as one. Four to six plain name
/// words, each name two or three words long and opening with a known given name, are that
/// many writers; a name of four words with no given name after its second ("Mary Ann Roe
/// Doe") stays whole. Pushes each writer and says whether it did.
pub(super) fn writers_run_together(cx: &Ctx<'_, '_>, out: &mut Vec<Candidate>) -> bool {
    let u = cx.u;
    let n = u.len();
    if !cx.byline || !(4..=6).contains(&n) || u.iter().any(|x| x.0 != U::Name) {
        return false;
    }
    let given = |k: usize| {
        LEX.given_names
            .contains_key(cx.unit(k).to_lowercase().as_str())
    };
    let mut names = Vec::new();
    let mut s = 0;
    while s < n {
        if !given(s) {
            return false;
        }
        let Some(e) = (s + 2..=(s + 3).min(n)).find(|&k| k == n || given(k)) else {
            return false;
        };
        names.push((s, e));
        s = e;
    }
    if names.len() < 2 {
        return false;
    }
    for (a, b) in names {
        let mut c = cx.mk(
            u[a].1,
            u[b - 1].2,
            Some(EntityKind::Person),
            cx.text_of(a, b - 1),
        );
        c.credit = true;
        out.push(c);
    }
    true
}

/// "By A B, C D & E F The Washington Post": a line opening with "By" whose words before the
/// run are only capitalised names, commas, "and" or "&": a list of writers, however long.
fn listed_writers(cx: &Ctx<'_, '_>) -> bool {
    let p = cx.p;
    let listed = |t: &super::super::text::Token| {
        let w = t.text(p.text);
        t.is_punct(',')
            || t.is_punct('&')
            || w == "and"
            || t.is_word() && super::super::text::is_capitalised(w)
    };
    cx.r0 >= 1 && p.toks[0].text(p.text) == "By" && p.toks[1..cx.r0].iter().all(listed)
}
