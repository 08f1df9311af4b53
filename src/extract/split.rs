//! One capitalised run, split into what it names: known places and organisations, a title
//! ("White House Press Secretary"), and the name after the last title. Also the local
//! evidence that a bare word is a person, and photo credits and bylines.

use super::Para;
mod around;
use super::groups;
use super::institution::by_common_noun;
use super::lexicon::LEX;
use super::names::{Atom, Candidate, Source};
use super::person_cues::{is_byline, is_credit, kin_apposed, kin_object, local_person_cue};
use super::runs::{Run, U, unit_text};
use super::text::{Tok, is_all_caps, is_capitalised, is_double_quote};
use crate::entity::EntityKind;
use around::{OUTLET_NOUNS, in_place, quoted_title};

/// Splits one run into its candidates.
pub(super) fn parse(
    p: &Para<'_>,
    para: usize,
    run: &Run,
    atoms: &[Atom],
    out: &mut Vec<Candidate>,
) {
    let u = &run.units;
    let text_of =
        |a: usize, b: usize| p.text[p.toks[u[a].1].start..p.toks[u[b].2 - 1].end].to_string();
    let first = unit_text(p, &u[0]);
    let last = unit_text(p, &u[u.len() - 1]);
    let in_quote = p.in_quote[u[0].1];
    let has_atom = u.iter().any(|x| matches!(x.0, U::Atom(_)));
    let byline = is_byline(p);
    let mk = |t0: usize, t1: usize, kind: Option<EntityKind>, name: String| Candidate {
        para,
        t0,
        t1,
        kind,
        name,
        source: None,
        title: None,
        person_cue: false,
        shared_surname: None,
        in_quote,
        kin_intro: false,
        kin_apposed: false,
        credit: byline,
        office: false,
    };
    // "KEVIN LAMARQUE/REUTERS": a photographer's name in capitals beside a slash.
    let slash = |i: usize| p.toks.get(i).is_some_and(|t| t.is_punct('/'));
    let (r0, r1) = (u[0].1, u[u.len() - 1].2);
    // "THE JERUSALEM POST": a known name in capitals is one mention.
    let caps = u.len() >= 2 && u.iter().all(|x| x.0 == U::Acronym);
    if caps
        && let Some(&gi) = LEX
            .gazetteer_folded
            .get(&text_of(0, u.len() - 1).to_lowercase())
    {
        let k = &LEX.gazetteer_entries[gi];
        let mut c = mk(r0, r1, Some(k.kind), k.canonical.to_string());
        c.source = Some(Source::Gazetteer(gi));
        out.push(c);
        return;
    }
    if u.len() >= 2
        && u.iter().all(|x| x.0 == U::Acronym)
        && (slash(r1) || (r0 > 0 && slash(r0 - 1)))
        && !LEX
            .gazetteer_folded
            .contains_key(&text_of(0, u.len() - 1).to_lowercase())
    {
        let mut c = mk(
            r0,
            r1,
            Some(EntityKind::Person),
            title_case(&text_of(0, u.len() - 1)),
        );
        c.credit = true;
        out.push(c);
        return;
    }
    // "DAVID MUIR:", "JASON MILLER, CAMPAIGN SPOKESMAN:": a transcript's speaker label, a
    // known given name and a surname in capitals opening the paragraph, is that person.
    let label = r0 == 0
        && p.toks
            .get(r1)
            .is_some_and(|t| t.is_punct(':') || t.is_punct(','))
        && (2..=3).contains(&u.len())
        && u.iter().all(|x| x.0 == U::Acronym)
        && LEX
            .given_names
            .contains_key(text_of(0, 0).to_lowercase().as_str());
    if label {
        let name = title_case(&text_of(0, u.len() - 1));
        out.push(mk(r0, r1, Some(EntityKind::Person), name));
        return;
    }
    // "MUIR:" alone: a surname in the label, a person only if the article names one so.
    if r0 == 0
        && u.len() == 1
        && u[0].0 == U::Acronym
        && p.toks.get(r1).is_some_and(|t| t.is_punct(':'))
    {
        out.push(mk(r0, r1, None, title_case(&text_of(0, 0))));
        return;
    }
    // "BEIRUT (Example Wire) —": the agency in a dateline.
    let dateline = (2..=4).contains(&r0)
        && p.toks[r0 - 1].is_punct('(')
        && p.toks.get(r1).is_some_and(|t| t.is_punct(')'))
        && is_all_caps(p.toks[r0 - 2].text(p.text));
    if dateline && !has_atom_in(u) {
        out.push(mk(
            r0,
            r1,
            Some(EntityKind::Organization),
            text_of(0, u.len() - 1),
        ));
        return;
    }
    // Social platforms ("Truth Social") are neither people nor organisations here.
    if LEX.platforms.contains(text_of(0, u.len() - 1).as_str()) {
        return;
    }
    // "North Gaza", "Southern Lebanon": a compass word before a known place names a part of
    // that place, never a person (though "North" and "West" are also given names).
    if u.len() == 2
        && matches!(
            first,
            "North" | "South" | "East" | "West" | "Northern" | "Southern" | "Eastern" | "Western"
        )
        && LEX.is_known_place(unit_text(p, &u[1]))
    {
        out.push(mk(r0, r1, Some(EntityKind::Place), text_of(0, u.len() - 1)));
        return;
    }
    // A title-case phrase is no name: a slogan that fills a quotation ("Bring Them Home
    // Now"), or a run with a common word after its first ("Iron Swords war" is caught below).
    let quoted_whole = r0 > 0
        && matches!(p.toks[r0 - 1].kind, Tok::Punct(c) if is_double_quote(c))
        && p.toks
            .get(r1)
            .is_some_and(|t| matches!(t.kind, Tok::Punct(c) if is_double_quote(c)));
    // A short surname that is also a common word ends a name ("Avinatan Or").
    let common_inside = u[1..].iter().enumerate().any(|(k, x)| {
        let w = unit_text(p, x);
        let short_surname = k + 2 == u.len() && w.chars().count() <= 2;
        x.0 == U::Name && !short_surname && LEX.stopwords.contains(w.to_lowercase().as_str())
    });
    if quoted_whole || common_inside || quoted_title(p, r0, r1) {
        push_atoms(u, atoms, &mk, out);
        return;
    }
    // A run right before "war", "operation", "festival": the name of an event.
    let next_lower = p.toks.get(r1).map(|t| t.text(p.text)).unwrap_or("");
    if !has_atom && !next_lower.is_empty() && !is_capitalised(next_lower) {
        let cap = |w: &str| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect::<String>())
                .unwrap_or_default()
        };
        if LEX.nonentity_cues.contains(cap(next_lower).as_str()) {
            return;
        }
    }
    // "state news agency Xinhua", "the Chongqing Xinqiao hospital" (`institution`).
    let plain = u.iter().all(|x| x.0 == U::Name);
    let whole = text_of(0, u.len() - 1);
    if let Some((t0, t1, name)) = by_common_noun(p, r0, r1, &whole, plain, has_atom) {
        out.push(mk(t0, t1, Some(EntityKind::Organization), name));
        return;
    }
    // Events, documents, operations: nothing to link but the places and bodies they name
    // ("the Iowa Caucuses" names Iowa, no one).
    let event = LEX.nonentity_cues.contains(last) || LEX.contests.contains(last);
    if u.len() > 1 && (event || first == "Operation") {
        push_atoms(u, atoms, &mk, out);
        return;
    }
    // Organisations and places named by their last (or first) word.
    let plain_tail = matches!(u[u.len() - 1].0, U::Name | U::Title | U::Acronym);
    // "Photo by Debbie Hill/UPI": a credit is a person's name whatever its last word.
    let credited = u.len() == 2
        && LEX.given_names.contains_key(first.to_lowercase().as_str())
        && is_credit(p, r0, r1);
    if u.len() > 1
        && plain_tail
        && !credited
        && !super::placelike::surname_not_place(p, r0, u.len(), first, last)
        && (LEX.org_cues.contains(last) || LEX.place_cues.contains(last))
        || (u.len() > 1 && matches!(first, "Kibbutz" | "Moshav" | "Mount"))
    {
        let kind = if LEX.org_cues.contains(last) {
            EntityKind::Organization
        } else {
            EntityKind::Place
        };
        // "the Qatari Foreign Ministry" is not Iran's: a demonym names whose body it is, so
        // it stays; "Hamas-run" only describes it.
        let keeps = |x: &(U, usize, usize)| {
            kind == EntityKind::Organization && LEX.is_demonym(unit_text(p, x))
        };
        let s = u
            .iter()
            .position(|x| x.0 != U::Modifier || keeps(x))
            .unwrap_or(0);
        out.push(mk(
            u[s].1,
            u[u.len() - 1].2,
            Some(kind),
            text_of(s, u.len() - 1),
        ));
        return;
    }
    // The name is what follows the last title, known name, modifier or acronym.
    let mut l = u
        .iter()
        .rposition(|x| !matches!(x.0, U::Name))
        .map_or(0, |i| i + 1);
    // "Defense Minister Israel Katz", "Marc Israel Sellem": a one-word place inside a name,
    // as its first or middle name.
    if l > 0
        && l < u.len()
        && let U::Atom(ai) = u[l - 1].0
        && atoms[ai].kind == EntityKind::Place
        && atoms[ai].t1 - atoms[ai].t0 == 1
    {
        let middle = l >= 2 && u[l - 2].0 == U::Name;
        // Opening the run, only a place that is also a given name ("Israel Katz"; not "on
        // post-war Gaza al-Ansari said").
        let given = || {
            LEX.given_names
                .contains_key(unit_text(p, &u[l - 1]).to_lowercase().as_str())
        };
        // "Sydney van Hooijdonk": a European particle may stand between it and the surname.
        let particle_next = l + 2 == u.len()
            && matches!(
                unit_text(p, &u[l]),
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
    // "Chairman of the Hamas Leadership Council Muhammad Darwish": a word that ends an
    // organisation's name ends it inside the run too; the name is the two words or more after.
    if let Some(j) = (l..u.len().saturating_sub(2))
        .rev()
        .find(|&k| u[k].0 == U::Name && LEX.org_cues.contains(unit_text(p, &u[k])))
    {
        l = j + 1;
    }
    let named_person_atom = u[l.min(u.len() - 1)..].len() == 1
        && matches!(u[u.len() - 1].0, U::Atom(ai) if atoms[ai].kind == EntityKind::Person);
    // Known names and acronyms before the name are mentions of their own.
    for (k, x) in u[..l].iter().enumerate() {
        match x.0 {
            U::Atom(ai) => {
                let a = atoms[ai];
                let mut c = mk(a.t0, a.t1, Some(a.kind), String::new());
                c.source = Some(a.source);
                out.push(c);
            }
            U::Acronym if !(k + 1 < l && matches!(u[k + 1].0, U::Name | U::Acronym)) => {
                // "REUTERS": a known name in capitals, else an organisation's initials.
                let w = unit_text(p, x);
                let known = LEX.gazetteer_folded.get(&w.to_lowercase()).copied();
                let mut c = match known {
                    Some(gi) => {
                        let k = &LEX.gazetteer_entries[gi];
                        mk(x.1, x.2, Some(k.kind), k.canonical.to_string())
                    }
                    None => mk(x.1, x.2, Some(EntityKind::Organization), w.to_string()),
                };
                c.source = known.map(Source::Gazetteer);
                out.push(c);
            }
            _ => {}
        }
    }
    // "European Council President Antonio Costa": an organisation named inside the title is
    // a mention of its own, the whole of it.
    if let Some(j) = u[..l]
        .iter()
        .position(|x| matches!(x.0, U::Name | U::Title) && LEX.org_cues.contains(unit_text(p, x)))
    {
        let s0 = u[..j]
            .iter()
            .rposition(|x| !matches!(x.0, U::Name | U::Modifier))
            .map_or(0, |i| i + 1);
        if s0 < j {
            out.push(mk(
                u[s0].1,
                u[j].2,
                Some(EntityKind::Organization),
                text_of(s0, j),
            ));
        }
    }
    let plural = (l + 2 < u.len() && u[l].0 == U::Name)
        .then(|| groups::plural_title(unit_text(p, &u[l])))
        .flatten();
    l += usize::from(plural.is_some());
    let title_end = match plural {
        Some(_) => Some(l - 1),
        None => u[..l].iter().rposition(|x| x.0 == U::Title),
    };
    if l >= u.len() {
        // No plain name: a person atom at the end still names a person.
        if named_person_atom && let Some(c) = out.last_mut() {
            c.title = title_end.map(|e| text_of(0, e));
        }
        return;
    }
    let words: Vec<&str> = u[l..].iter().map(|x| unit_text(p, x)).collect();
    let mut c = mk(u[l].1, u[u.len() - 1].2, None, words.join(" "));
    if let Some(e) = title_end {
        c.title = Some(plural.map_or_else(|| text_of(0, e), str::to_string));
        c.person_cue = true;
    }
    let n_names = u.len() - l;
    // "Foreign Relations", "Human Rights": ordinary words in capitals name no one.
    let ordinary = words.iter().all(|w| {
        let l = w.to_lowercase();
        LEX.portfolio.contains(l.as_str())
            || LEX.stopwords.contains(l.as_str())
            || LEX.org_cues.contains(w)
    });
    // "Qatar PM Calls on Hamas …", "FM Urges Calm": in a headline's capitals, a verb of
    // speech after a title is what the holder did, not the holder's name.
    let headline_verb = p.headline
        && title_end.is_some()
        && LEX
            .reporting_verbs
            .contains(words[0].to_lowercase().as_str());
    if ordinary || headline_verb || groups::names_no_one(&words) {
        return;
    }
    if n_names >= 2 {
        c.kind = Some(EntityKind::Person);
    }
    // "told the Washington Examiner", "the Qatari-based Al Araby channel": a person's name
    // takes no article, so a name right after "the" (modifiers aside) is an outlet or another
    // body — unless a noun follows that it only modifies ("the Ben Gvir camp").
    let after_the = title_end.is_none()
        && u[..l].iter().all(|x| x.0 == U::Modifier)
        && r0 > 0
        && p.toks[r0 - 1].text(p.text).eq_ignore_ascii_case("the");
    let modifies_noun = p.toks.get(r1).filter(|t| t.is_word()).is_some_and(|t| {
        let w = t.text(p.text);
        !LEX.stopwords.contains(w) && !OUTLET_NOUNS.contains(&w)
    });
    if after_the && n_names >= 2 && !modifies_noun {
        c.kind = Some(EntityKind::Organization);
    }
    if title_end.is_none() && in_place(p, c.t1, atoms) {
        let first = words[0].to_lowercase();
        if !LEX.given_names.contains_key(first.as_str()) {
            c.kind = Some(EntityKind::Place);
        }
    }
    if is_all_caps(&c.name) && n_names >= 2 {
        // "JACK GUEZ/AFP": a credit in capitals.
        let slash = |i: usize| p.toks.get(i).is_some_and(|t| t.is_punct('/'));
        if slash(c.t1) || (c.t0 > 0 && slash(c.t0 - 1)) {
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
    c.credit |= is_credit(p, c.t0, c.t1);
    c.office = word_at(c.t1).is_some_and(|w| {
        matches!(
            w,
            "administration" | "government" | "cabinet" | "presidency"
        )
    });
    c.kin_intro = kin_object(p, c.t0, c.t1);
    c.kin_apposed = !p.headline && kin_apposed(p, c.t0);
    // A headline's verbs are no evidence ("Tearful Calls"): a bare word there is a person only
    // if the article names that person in full.
    c.person_cue |= !p.headline && local_person_cue(p, c.t0, c.t1);
    out.push(c);
}

/// The known names (places, organisations) inside a run that names nothing else.
fn push_atoms(
    u: &[(U, usize, usize)],
    atoms: &[Atom],
    mk: &dyn Fn(usize, usize, Option<EntityKind>, String) -> Candidate,
    out: &mut Vec<Candidate>,
) {
    for x in u {
        if let U::Atom(ai) = x.0 {
            let a = atoms[ai];
            let mut c = mk(a.t0, a.t1, Some(a.kind), String::new());
            c.source = Some(a.source);
            out.push(c);
        }
    }
}

fn has_atom_in(u: &[(U, usize, usize)]) -> bool {
    u.iter().any(|x| matches!(x.0, U::Atom(_)))
}

fn title_case(s: &str) -> String {
    s.split(' ')
        .map(|w| {
            let mut cs = w.chars();
            match cs.next() {
                Some(f) => f
                    .to_uppercase()
                    .chain(cs.flat_map(char::to_lowercase))
                    .collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<String>>()
        .join(" ")
}
