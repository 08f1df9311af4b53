//! A bare surname as the speaker when two people of the article share it ("Alexander" for
//! Yael and Edan Alexander): the one the story follows as a subject, or the one already
//! quoted, if only one is; never one first named as another's relative over one named in
//! their own right.

use crate::entity::EntityKind;
use crate::extract::attribution::{Ctx, Who};
use crate::extract::lexicon::LEX;
use crate::extract::refer::Ref;
use crate::extract::text::{Tok, lower};

/// A name as the speaker. A bare surname that two people of the article share ("Alexander"
/// for Yael and Edan Alexander) goes to the one of them the story follows (`the_one_meant`);
/// else to the person `people` resolved it to, less surely.
pub(super) fn shared_surname(cx: &Ctx<'_, '_>, pi: usize, mi: usize) -> Ref {
    let m = cx.mentions[mi];
    let bearers = surname_bearers(cx, pi, mi);
    if bearers.len() < 2 {
        return (Who::Entity(m.entity), 1.0);
    }
    if let Some(other) = other_honorific(cx, pi, mi, &bearers) {
        return (Who::Entity(other), 0.85);
    }
    if let Some(one) = fronted_gender(cx, pi, mi, &bearers) {
        return (Who::Entity(one), 0.85);
    }
    if let Some(one) = the_one_meant(cx, &bearers, (pi, m.t0)) {
        return (Who::Entity(one), 0.85);
    }
    // "A Reed … His son B Reed was detained … Reed said": a bearer introduced as another's
    // relative does not take the bare surname from one named in their own right; with
    // nothing to decide between them, no one does.
    let (kin, own): (Vec<usize>, Vec<usize>) =
        bearers.iter().partition(|&&e| introduced_as_kin(cx, e));
    match (kin.is_empty(), own.as_slice()) {
        (true, _) => (Who::Entity(m.entity), 0.7),
        (false, [one]) => (Who::Entity(*one), 0.85),
        (false, _) => (Who::Unnamed, 1.0),
    }
}

/// Whether the article first names `e` as someone's relative ("his son Kevin Reed", "her
/// husband, Peter Lind", "Reed's daughter Ana Reed": `data/kin.txt`) to tell what was done
/// to them or what they are.
fn introduced_as_kin(cx: &Ctx<'_, '_>, e: usize) -> bool {
    let Some((pi, t0)) = cx.first_named(e) else {
        return false;
    };
    let p = &cx.paras[pi];
    let comma = t0 >= 1 && p.toks[t0 - 1].is_punct(',');
    let Some(k) = t0.checked_sub(1 + usize::from(comma)) else {
        return false;
    };
    // "His father, Adi Alexander, said …": a relative who speaks there may be the one the
    // surname means later; only one something is told of ("was detained") is set aside.
    let t1 = cx.at[pi][t0].map_or(t0 + 1, |mi| cx.mentions[mi].t1);
    let after = t1 + usize::from(p.toks.get(t1).is_some_and(|t| t.is_punct(',')));
    k >= 1
        && LEX.kin.contains(cx.word(pi, k).as_str())
        && (matches!(cx.word(pi, k - 1).as_str(), "his" | "her" | "their")
            || p.toks[k - 1].kind == Tok::Possessive)
        && matches!(
            cx.word(pi, after).as_str(),
            "was" | "were" | "is" | "are" | "has" | "had" | "remains" | "remained"
        )
}

/// "Speaking to CBS a year after her release, Seigel said": a phrase fronted before the
/// subject (the sentence's first words, up to a comma right before the surname) is about the
/// subject, so its pronouns ("he", "her", …) give the subject's gender. The one bearer of
/// that gender, if the pronouns agree and only one bearer is known to have it.
fn fronted_gender(cx: &Ctx<'_, '_>, pi: usize, mi: usize, bearers: &[usize]) -> Option<usize> {
    use crate::extract::gender::Gender;
    let m = cx.mentions[mi];
    let p = &cx.paras[pi];
    if m.t0 < 2 || !p.toks[m.t0 - 1].is_punct(',') {
        return None;
    }
    let start = (0..m.t0).rev().find(|&j| p.starts[j])?;
    let mut gender = None;
    for j in (start..m.t0 - 1).filter(|&j| !p.in_quote[j]) {
        let g = match cx.word(pi, j).as_str() {
            "he" | "his" | "him" => Gender::Male,
            "she" | "her" | "hers" => Gender::Female,
            _ => continue,
        };
        if gender.is_some_and(|x| x != g) {
            return None;
        }
        gender = Some(g);
    }
    let gender = gender?;
    let mut fit = bearers
        .iter()
        .copied()
        .filter(|&e| cx.genders[e] == Some(gender));
    match (fit.next(), fit.next()) {
        (Some(one), None) => Some(one),
        _ => None,
    }
}

/// The honorific right before token `t0` of paragraph `pi` ("Mrs", "Ms.", "Mr"), if any.
fn honorific(cx: &Ctx<'_, '_>, pi: usize, t0: usize) -> Option<String> {
    let p = &cx.paras[pi];
    let k = if t0 > 0 && p.toks[t0 - 1].is_punct('.') {
        t0 - 1
    } else {
        t0
    };
    let w = k.checked_sub(1).map(|k| cx.word(pi, k))?;
    matches!(w.as_str(), "mr" | "mrs" | "ms" | "miss").then_some(w)
}

/// Whether the honorific before token `t0` follows another joined by "and" ("Ms and Mrs
/// Damari", "Mr. and Mrs. Lind"): the surname there is a couple's or a pair's.
fn paired_honorific(cx: &Ctx<'_, '_>, pi: usize, t0: usize) -> bool {
    let p = &cx.paras[pi];
    // As `honorific` reads it: the honorific's word stands right before `k`.
    let k = if t0 > 0 && p.toks[t0 - 1].is_punct('.') {
        t0 - 1
    } else {
        t0
    };
    let Some(and) = k.checked_sub(2) else {
        return false;
    };
    matches!(cx.word(pi, and).as_str(), "and" | "&") && honorific(cx, pi, and).is_some()
}

/// How many mentions back `other_honorific` reads for the same surname with an honorific.
const HONORIFIC_LOOK_BACK: usize = 400;

/// "Ms Damari, 28, was held … Mrs Damari said": news gives two people who share a surname
/// each their own honorific, so the first "Mrs" after a narrated "Ms" (or "Mr") with the
/// same surname is the other bearer, not the one the earlier form named. Only when one
/// other bearer fits the honorific ("Mr" a man, the others a woman).
fn other_honorific(cx: &Ctx<'_, '_>, pi: usize, mi: usize, bearers: &[usize]) -> Option<usize> {
    let m = cx.mentions[mi];
    let own = honorific(cx, pi, m.t0)?;
    let span = |x: &crate::extract::people::Mention| {
        let p = &cx.paras[x.para];
        &p.text[p.toks[x.t0].start..p.toks[x.t1 - 1].end]
    };
    let surname = lower(span(&m));
    let words = m.t1 - m.t0;
    let mut named: Vec<usize> = Vec::new();
    // Only mentions of as many tokens are lowered, and only so far back: asked of every
    // honorific's surname, a pass over the whole article each time would be quadratic.
    for x in cx.mentions[mi.saturating_sub(HONORIFIC_LOOK_BACK)..mi]
        .iter()
        .filter(|x| !x.in_quote && x.t1 - x.t0 == words && lower(span(x)) == surname)
    {
        match honorific(cx, x.para, x.t0) {
            // "Ms and Mrs Damari spoke": a pair of honorifics names both bearers at once.
            Some(_) if paired_honorific(cx, x.para, x.t0) => {}
            Some(h) if h == own => return None,
            Some(_) => named.push(x.entity),
            None => {}
        }
    }
    if named.is_empty() {
        return None;
    }
    let fits = |e: usize| match cx.genders[e] {
        Some(g) => (g == crate::extract::gender::Gender::Male) == (own == "mr"),
        None => true,
    };
    let mut others = bearers
        .iter()
        .copied()
        .filter(|e| !named.contains(e) && fits(*e));
    match (others.next(), others.next()) {
        (Some(one), None) => Some(one),
        _ => None,
    }
}

/// Of `among`, the one a bare surname before position `at` means: the only one named so far
/// as a subject (`the_one_subject`), else, of those, the one already quoted, if only one
/// has been.
pub(in crate::extract) fn the_one_meant(
    cx: &Ctx<'_, '_>,
    among: &[usize],
    at: (usize, usize),
) -> Option<usize> {
    let subjects = subjects_among(cx, among, at);
    match subjects.as_slice() {
        [one] => Some(*one),
        [] => the_one_quoted(cx, among),
        more => the_one_quoted(cx, more),
    }
}

/// Of `among`, the only one named before position `at` as a subject, if only one was:
/// "Horn spoke about his brother, Eitan Horn, …" names the brother only as an object.
pub(in crate::extract) fn the_one_subject(
    cx: &Ctx<'_, '_>,
    among: &[usize],
    at: (usize, usize),
) -> Option<usize> {
    match subjects_among(cx, among, at).as_slice() {
        [one] => Some(*one),
        _ => None,
    }
}

/// Those of `among` named before position `at` as a subject (`salience`).
fn subjects_among(cx: &Ctx<'_, '_>, among: &[usize], at: (usize, usize)) -> Vec<usize> {
    let end = cx.narrated.partition_point(|x| (x.0, x.1) < at);
    among
        .iter()
        .copied()
        .filter(|&e| cx.narrated[..end].iter().any(|x| x.2 == e && x.3))
        .collect()
}

/// Of `among`, the one already quoted in the article, if only one has been.
fn the_one_quoted(cx: &Ctx<'_, '_>, among: &[usize]) -> Option<usize> {
    let spoken = cx.spoken.borrow();
    let mut quoted = among.iter().copied().filter(|e| spoken.contains(e));
    match (quoted.next(), quoted.next()) {
        (Some(one), None) => Some(one),
        _ => None,
    }
}

/// The people of the article whose surname mention `mi` (of paragraph `pi`) is, when it is a
/// bare surname two or more of them share; else nothing.
pub(in crate::extract) fn surname_bearers(cx: &Ctx<'_, '_>, pi: usize, mi: usize) -> Vec<usize> {
    let m = cx.mentions[mi];
    let p = &cx.paras[pi];
    let form = p.text[p.toks[m.t0].start..p.toks[m.t1 - 1].end].to_lowercase();
    let person = |e: usize| cx.ents[e].kind == EntityKind::Person;
    if form.contains(' ') || !person(m.entity) {
        return Vec::new();
    }
    let mut bearers: Vec<usize> = (0..cx.ents.len())
        .filter(|&e| person(e))
        .filter(|&e| {
            let name = cx.ents[e].name.to_lowercase();
            name.contains(' ') && name.rsplit(' ').next() == Some(form.as_str())
        })
        .collect();
    if !bearers.contains(&m.entity) {
        bearers.push(m.entity);
    }
    if bearers.len() < 2 {
        bearers.clear();
    }
    bearers
}
