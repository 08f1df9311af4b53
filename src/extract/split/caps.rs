//! Runs written in capitals: a known name in capitals ("THE JERUSALEM POST"), a
//! photographer's credit beside a slash ("KEVIN LAMARQUE/REUTERS") or after an agency and a
//! dash, a byline in capitals or with its outlet in capitals ("Jane Roe NCA NewsWire"), a
//! transcript's speaker label ("DAVID MUIR:", "MUIR:"), a byline in capitals before its
//! outlet ("By JANE ROE Associated Press"); and the outlet a photographer's
//! name and a slash credit in any case ("Jane Roe/CQ Roll Call").

use super::super::lexicon::LEX;
use super::super::names::{Candidate, Source};
use super::super::runs::U;
use super::Ctx;
use crate::entity::EntityKind;
use crate::extract::text::{Tok, is_hyphen};

/// Settles a run in capitals that is one known name, a credit or a speaker label.
pub(super) fn in_capitals(cx: &Ctx<'_, '_>, out: &mut Vec<Candidate>) -> bool {
    let (p, u, r0, r1) = (cx.p, cx.u, cx.r0, cx.r1);
    if outlet_after_photographer(cx) {
        out.push(cx.mk(r0, r1, Some(EntityKind::Organization), cx.whole()));
        return true;
    }
    if let Some(c) = after_credit_label(cx) {
        out.push(c);
        return true;
    }
    // "THE JERUSALEM POST": a known name in capitals is one mention.
    let caps = u.len() >= 2 && cx.all_caps();
    let known = || {
        LEX.gazetteer_folded
            .get(&cx.whole().to_lowercase())
            .copied()
    };
    if caps && let Some(gi) = known() {
        let k = &LEX.gazetteer_entries[gi];
        let mut c = cx.mk(r0, r1, Some(k.kind), k.canonical.to_string());
        c.source = Some(Source::Gazetteer(gi));
        out.push(c);
        return true;
    }
    // "Jane Roe/TASNIM NEWS AGENCY/AFP", "HANDOUT/GOVERNMENT PRESS OFFICE/AFP": capitals
    // beside a slash that end in a body's word (`data/org_cues.txt`: "Agency", "News",
    // "Office") are an agency or a body that gave the picture, not its photographer.
    let beside_slash = cx.is_slash(r1) || (r0 > 0 && cx.is_slash(r0 - 1));
    if caps && beside_slash && LEX.org_cues.contains(title_case(cx.last()).as_str()) {
        out.push(cx.mk(r0, r1, Some(EntityKind::Organization), cx.whole()));
        return true;
    }
    // "KEVIN LAMARQUE/REUTERS": a photographer's name in capitals beside a slash.
    if (caps || with_initials(cx))
        && (cx.is_slash(r1) || (r0 > 0 && cx.is_slash(r0 - 1)))
        && known().is_none()
    {
        let mut c = cx.mk(r0, r1, Some(EntityKind::Person), title_case(&cx.whole()));
        c.credit = true;
        out.push(c);
        return true;
    }
    if caps_byline_list(cx) {
        let name = title_case(&cx.whole());
        let mut c = cx.mk(r0, r1, Some(EntityKind::Person), name);
        c.credit = true;
        out.push(c);
        return true;
    }
    if (caps || with_initials(cx))
        && let Some(k) = credited_in_capitals(cx)
    {
        let (t1, name) = (cx.u[k - 1].2, cx.text_of(0, k - 1));
        let mut c = cx.mk(r0, t1, Some(EntityKind::Person), title_case(&name));
        c.credit = true;
        out.push(c);
        return true;
    }
    // "DAVID MUIR:", "JASON MILLER, CAMPAIGN SPOKESMAN:": a transcript's speaker label, a
    // known given name and a surname in capitals opening the paragraph, is that person.
    let label = r0 == 0
        && p.toks
            .get(r1)
            .is_some_and(|t| t.is_punct(':') || t.is_punct(','))
        && (2..=3).contains(&u.len())
        && cx.all_caps()
        && LEX
            .given_names
            .contains_key(cx.text_of(0, 0).to_lowercase().as_str());
    if label {
        out.push(cx.mk(r0, r1, Some(EntityKind::Person), title_case(&cx.whole())));
        return true;
    }
    if byline_with_outlet(cx, out) || byline_before_outlet(cx, out) {
        return true;
    }
    if surname_in_capitals(cx) || surname_in_capitals_alone(cx) {
        let mut c = cx.mk(r0, r1, Some(EntityKind::Person), cx.whole());
        c.credit = true;
        out.push(c);
        return true;
    }
    // "MUIR:" alone: a surname in the label, a person only if the article names one so.
    if r0 == 0
        && u.len() == 1
        && u[0].0 == U::Acronym
        && p.toks.get(r1).is_some_and(|t| t.is_punct(':'))
    {
        out.push(cx.mk(r0, r1, None, title_case(&cx.text_of(0, 0))));
        return true;
    }
    false
}

/// "(credit: MARC ISRAEL SELLEM)", "Photo: DANA LEV": after a label of a credit and its
/// colon, a known given name and the rest of a name in capitals, closing the line or the
/// bracket, are the photographer; a word that would name a place ("ISRAEL") is one of
/// their names there, for nothing but a name stands in a credit.
fn after_credit_label(cx: &Ctx<'_, '_>) -> Option<Candidate> {
    let (p, u, r0, r1) = (cx.p, cx.u, cx.r0, cx.r1);
    let label = r0 >= 2
        && p.toks[r0 - 1].is_punct(':')
        && p.word_at(r0 - 2)
            .is_some_and(|w| matches!(w.to_lowercase().as_str(), "credit" | "photo"));
    let capitals = (r0..r1).all(|i| {
        p.word_at(i).is_some_and(|w| {
            w.chars().any(char::is_alphabetic) && !w.chars().any(char::is_lowercase)
        })
    });
    if !(label && capitals && (2..=4).contains(&u.len())) {
        return None;
    }
    // A body in capitals before the dash ("GOVERNMENT PRESS OFFICE - AFP") gave the picture.
    let body = LEX.org_cues.contains(title_case(cx.last()).as_str())
        || LEX
            .gazetteer_folded
            .contains_key(&cx.whole().to_lowercase());
    let agency = dash_then_agency(cx) && !body;
    let closes = agency || p.toks.get(r1).is_none_or(|t| t.is_punct(')'));
    let given = agency
        || LEX
            .given_names
            .contains_key(cx.first().to_lowercase().as_str());
    if !(closes && given) {
        return None;
    }
    let mut c = cx.mk(r0, r1, Some(EntityKind::Person), title_case(&cx.whole()));
    c.credit = true;
    Some(c)
}

/// "Photo: JANE ROE - AFP/File": after the name, a dash and an agency's name in capitals
/// (the agency that sent the picture) close a credit as a slash does ("JANE ROE/AFP"); so
/// the name before is the photographer's, whether or not its given name is a known one.
fn dash_then_agency(cx: &Ctx<'_, '_>) -> bool {
    let (p, r1) = (cx.p, cx.r1);
    let dash = p
        .toks
        .get(r1)
        .is_some_and(|t| matches!(t.kind, Tok::Punct('-' | '–' | '—')));
    let agency = p.toks.get(r1 + 1).is_some_and(|t| {
        let w = t.text(p.text);
        t.is_word() && w.chars().count() >= 2 && !w.chars().any(char::is_lowercase)
    });
    dash && agency
}

/// "(Jane Roe/CQ Roll Call)", "Photo: Jane Roe/Daily Sun": a credit that names the
/// photographer first, by a known given name and a surname, names their outlet after the
/// slash. The other order ("REUTERS/Kevin Lamarque") has no full name before the slash; a
/// second full name after it ("Jane Roe/John Doe") is a second photographer.
fn outlet_after_photographer(cx: &Ctx<'_, '_>) -> bool {
    let (p, u, r0) = (cx.p, cx.u, cx.r0);
    if r0 < 3 || !cx.is_slash(r0 - 1) {
        return false;
    }
    let given = |w: &str| LEX.given_names.contains_key(w.to_lowercase().as_str());
    let word = |i: usize| {
        p.word_at(i)
            .filter(|w| super::super::text::is_capitalised(w))
    };
    let photographer = word(r0 - 3).is_some_and(given) && word(r0 - 2).is_some();
    // The name opens the credit: at the paragraph's start, after a mark or after "by".
    let opens = r0 == 3
        || !p.toks[r0 - 4].is_word()
        || p.word_at(r0 - 4)
            .is_some_and(|w| w.eq_ignore_ascii_case("by"));
    let person_after = u.len() == 2 && u.iter().all(|x| x.0 == U::Name) && given(cx.first());
    photographer && opens && !person_after && !cx.has_atom()
}

/// "By YUVAL BARNEA FEBRUARY 23", "… in Tel Aviv. AFP - JACK GUEZ", a line that is only
/// "DAVID GAUTHIER-VILLARS", "… on the steps. |JANE ROE TDN": a known given name and a surname
/// in capitals where a byline or a credit stands (after "By", after a dash or a bar at the end
/// of a caption, or alone on its line) are the writer or the photographer. The number of
/// units of the name (two or three), with a date after it left out, and after a bar the
/// outlet's letters too (a last word with no vowel: "TDN", "CNN"), after "By" a known
/// outlet's ("AP").
fn credited_in_capitals(cx: &Ctx<'_, '_>) -> Option<usize> {
    let (p, u, r0, r1) = (cx.p, cx.u, cx.r0, cx.r1);
    let given = LEX
        .given_names
        .contains_key(cx.text_of(0, 0).to_lowercase().as_str());
    let k = (1..u.len())
        .find(|&k| LEX.is_calendar(&title_case(cx.unit(k))))
        .unwrap_or(u.len());
    let by = r0 == 1 && p.toks[0].text(p.text).eq_ignore_ascii_case("by");
    let alone = r0 == 0 && r1 == p.toks.len();
    let dash = |t: &super::super::text::Token| {
        matches!(t.kind, super::super::text::Tok::Punct('-' | '–' | '—'))
    };
    let after_dash = r0 > 0 && dash(&p.toks[r0 - 1]) && k == u.len() && r1 == p.toks.len();
    let after_bar = r0 > 0 && p.toks[r0 - 1].is_punct('|') && k == u.len() && r1 == p.toks.len();
    let vowelless = |s: &str| !s.chars().any(|c| "AEIOUY".contains(c));
    // "By JANE ROE AP": after "By", a last word in capitals that is a known outlet's letters.
    let outlet = |w: &str| LEX.gazetteer_folded.contains_key(&w.to_lowercase());
    let k = if (after_bar && vowelless(cx.unit(k - 1)) || by && outlet(cx.unit(k - 1))) && k > 2 {
        k - 1
    } else {
        k
    };
    (given && (2..=3).contains(&k) && (by || alone || after_dash || after_bar)).then_some(k)
}

/// "By JANE ROE, JOHN DOE and ANN POE": a byline of several writers in capitals, a line
/// that is "By" and then only words in capitals, commas and "and". Every name of two to four
/// words in it is a writer, the later ones as much as the first, whose given name need not be
/// a known one: nothing else is written so.
fn caps_byline_list(cx: &Ctx<'_, '_>) -> bool {
    let (p, u, r0, r1) = (cx.p, cx.u, cx.r0, cx.r1);
    let by = p.toks.first().is_some_and(|t| t.text(p.text) == "By");
    let listed = |t: &super::super::text::Token| {
        let w = t.text(p.text);
        t.is_punct(',')
            || t.is_punct('.')
            || w == "and"
            || t.is_word()
                && w.chars().any(char::is_alphabetic)
                && !w.chars().any(char::is_lowercase)
    };
    // Looked at only for a run of a "By" line: these scan the whole paragraph, and every run
    // of a long paragraph of quotations would otherwise pay for it (quadratic time).
    let several = || {
        p.toks
            .iter()
            .any(|t| t.is_punct(',') || t.text(p.text) == "and")
    };
    let set_off = |i: usize| p.toks[i].is_punct(',') || p.word_at(i) == Some("and");
    let ends = r1 == p.toks.len() || set_off(r1);
    by && r0 > 0
        && (r0 == 1 || set_off(r0 - 1))
        && ends
        && (2..=4).contains(&u.len())
        && !cx.has_atom()
        && several()
        && p.toks[1..].iter().all(listed)
}

/// "By Jane ROE", "… at the court. By John DOE (POOL/AFP)", "Photo by Jane ROE / AFP": the
/// wire's style of byline and photo credit, a given name and the surname in capitals after a
/// capitalised "By" (prose puts no name in capitals after a sentence's opening "By"), after
/// "photo by" or a "Photo:" label, or before the agency's slash or dash; a known given name
/// there, for the letters of a body follow no given name.
fn surname_in_capitals(cx: &Ctx<'_, '_>) -> bool {
    let (p, u, r0, r1) = (cx.p, cx.u, cx.r0, cx.r1);
    let word = |i: usize| p.word_at(i).map(str::to_lowercase);
    let photo_by = r0 >= 2
        && word(r0 - 1).as_deref() == Some("by")
        && matches!(
            word(r0 - 2).as_deref(),
            Some("photo" | "photograph" | "photos")
        );
    let given = LEX
        .given_names
        .contains_key(crate::extract::identity::fold(cx.unit(0)).as_str());
    if u.len() != 2 {
        return false;
    }
    // A surname has a vowel; an outlet's letters ("Jane Roe CNN/") may not.
    let vowelled = cx.unit(1).chars().any(|c| "AEIOUY".contains(c));
    // "Photo: Jane ROE - AFP": a credit's label before the name, or a dash before the agency.
    let photo_label = r0 >= 2
        && p.toks[r0 - 1].is_punct(':')
        && matches!(
            word(r0 - 2).as_deref(),
            Some("photo" | "photos" | "photograph" | "credit" | "credits")
        );
    let dash_after =
        r1 + 1 < p.toks.len() && matches!(p.toks[r1].kind, Tok::Punct('-' | '–' | '—'));
    let credited = r0 > 0 && p.word_at(r0 - 1) == Some("By")
        || given && vowelled && (photo_by || photo_label || dash_after || cx.is_slash(r1));
    u[0].0 == U::Name
        && u[1].0 == U::Acronym
        && cx.unit(1).chars().count() >= 3
        && cx.unit(1).chars().all(char::is_alphabetic)
        && credited
}

/// "Jane ROE", "Marie LE GALL" alone on its line: a wire's byline, a known given name
/// (accents aside) and then the surname in capitals, one or two words, each with a vowel
/// (no outlet's letters: "Jane Roe CNN" is `byline_with_outlet`'s). Prose never writes a
/// name so, and a line that is nothing else is the writer's.
fn surname_in_capitals_alone(cx: &Ctx<'_, '_>) -> bool {
    let (p, u, r0, r1) = (cx.p, cx.u, cx.r0, cx.r1);
    let vowelled = |s: &str| s.chars().any(|c| "AEIOUY".contains(c)) && s.chars().count() >= 2;
    let given = crate::extract::identity::fold(cx.unit(0));
    r0 == 0
        && r1 == p.toks.len()
        && (2..=3).contains(&u.len())
        && u[0].0 == U::Name
        && LEX.given_names.contains_key(given.as_str())
        && u[1..].iter().all(|x| x.0 == U::Acronym)
        && (1..u.len()).all(|k| vowelled(cx.unit(k)))
        && !cx.has_atom()
}

/// "Jane Roe NCA NewsWire", "Jane Roe CNN": a line that is only a known given name and a
/// surname, then the outlet's name in capitals or a brand's inner capital, is a byline: the
/// writer and the outlet. Read as one run, the outlet's letters would end a title and leave
/// no name at all.
fn byline_with_outlet(cx: &Ctx<'_, '_>, out: &mut Vec<Candidate>) -> bool {
    let (p, u, r0, r1) = (cx.p, cx.u, cx.r0, cx.r1);
    let names = u.iter().take_while(|x| x.0 == U::Name).count();
    let outlet = names < u.len() && u[names..].iter().all(|x| x.0 == U::Acronym);
    let given = LEX
        .given_names
        .contains_key(cx.text_of(0, 0).to_lowercase().as_str());
    if !(r0 == 0 && r1 == p.toks.len() && (2..=3).contains(&names) && outlet && given) {
        return false;
    }
    let mut c = cx.mk(
        r0,
        u[names - 1].2,
        Some(EntityKind::Person),
        cx.text_of(0, names - 1),
    );
    c.credit = true;
    out.push(c);
    let org = cx.text_of(names, u.len() - 1);
    out.push(cx.mk(u[names].1, r1, Some(EntityKind::Organization), org));
    true
}

/// "JANE Q. ROE": capitals with a middle initial, which reads as a name's unit, not an
/// acronym's.
fn with_initials(cx: &Ctx<'_, '_>) -> bool {
    let initial = |w: &str| {
        let mut cs = w.trim_end_matches('.').chars();
        cs.next().is_some_and(char::is_uppercase) && cs.next().is_none()
    };
    cx.u.len() >= 3
        && (0..cx.u.len()).all(|k| cx.u[k].0 == U::Acronym || initial(cx.unit(k)))
        && (0..cx.u.len()).any(|k| cx.u[k].0 == U::Acronym)
}

/// "By JANE Q. ROE Associated Press", "By JANE ROE Reuters", "By JANE Q. ROE CNN": after
/// "By", a known given name and a surname in capitals, then the outlet in ordinary case or
/// a known one in capitals, are the writer and the outlet. Read as one run, the capitals
/// would be taken for an acronym of the outlet. The last of several writers stands so too
/// ("By JANE ROE and JOHN DOE Associated Press"): after "and" or a comma, with only writers
/// in capitals between it and "By".
fn byline_before_outlet(cx: &Ctx<'_, '_>, out: &mut Vec<Candidate>) -> bool {
    let (p, u, r0) = (cx.p, cx.u, cx.r0);
    let by_line = r0 >= 1 && p.toks[0].text(p.text).eq_ignore_ascii_case("by");
    let listed = |t: &super::super::text::Token| {
        let w = t.text(p.text);
        t.is_punct(',')
            || w == "and"
            || t.is_word()
                && w.chars().any(char::is_alphabetic)
                && !w.chars().any(char::is_lowercase)
    };
    let later_writer = r0 >= 4
        && (p.toks[r0 - 1].is_punct(',') || p.word_at(r0 - 1) == Some("and"))
        && p.toks[1..r0].iter().all(listed);
    let by = by_line && (r0 == 1 || later_writer);
    let n = (0..u.len())
        .take_while(|&k| {
            !matches!(u[k].0, U::Atom(_)) && !cx.unit(k).chars().any(char::is_lowercase)
        })
        .count();
    let given = LEX
        .given_names
        .contains_key(cx.text_of(0, 0).to_lowercase().as_str());
    if !(by && given && (2..=4).contains(&n) && n < u.len()) {
        return false;
    }
    let atoms = u[n..].iter().filter(|x| matches!(x.0, U::Atom(_))).count();
    if atoms != 0 && atoms != u.len() - n {
        return false;
    }
    let mut c = cx.mk(
        r0,
        u[n - 1].2,
        Some(EntityKind::Person),
        title_case(&cx.text_of(0, n - 1)),
    );
    c.credit = true;
    out.push(c);
    if atoms == 0 {
        let org = cx.text_of(n, u.len() - 1);
        out.push(cx.mk(u[n].1, cx.r1, Some(EntityKind::Organization), org));
    }
    for x in &u[n..] {
        if let U::Atom(ai) = x.0 {
            out.push(cx.atom(ai));
        }
    }
    true
}

/// "KEVIN LAMARQUE" → "Kevin Lamarque", "GAUTHIER-VILLARS" → "Gauthier-Villars".
pub(super) fn title_case(s: &str) -> String {
    s.split(' ')
        .map(|w| {
            w.split(is_hyphen)
                .map(title_word)
                .collect::<Vec<String>>()
                .join("-")
        })
        .collect::<Vec<String>>()
        .join(" ")
}

/// "LAMARQUE" → "Lamarque".
fn title_word(w: &str) -> String {
    let mut cs = w.chars();
    match cs.next() {
        Some(f) => f
            .to_uppercase()
            .chain(cs.flat_map(char::to_lowercase))
            .collect(),
        None => String::new(),
    }
}
