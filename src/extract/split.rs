//! One capitalised run, split into what it names: known places and organisations, a title
//! ("White House Press Secretary"), and the name after the last title. Also the local
//! evidence that a bare word is a person, and photo credits and bylines.
//!
//! `parse` tries, in order, readings that settle the whole run: a run in capitals (`caps`),
//! one known kind of thing (a dateline's agency, a platform, "North Gaza"), a phrase that is
//! no name (a slogan, a title), an event or a body named by its common noun or cue word. A run
//! none of them settles is a title followed by a name (`name` finds where the name starts,
//! `person` judges what the name is).

use super::Para;
mod around;
mod bodies;
mod byline;
mod caps;
pub(super) mod descriptor;
mod figures;
mod house;
mod name;
mod person;
mod seat;
mod works;
use super::institution::by_common_noun;
use super::lexicon::LEX;
use super::names::{Atom, Candidate};
use super::person_cues::{is_bare_byline, is_byline};
use super::runs::{Run, U, unit_text};
use super::text::{Tok, is_capitalised, is_double_quote};
use crate::entity::EntityKind;
use around::quoted_title;
use bodies::{armed_unit_in_lower, body_named_from_known, body_of_place, body_with_remit};
use figures::{figure_before_office, figure_in_compound};
use house::house_of_no_one;

/// One unit of a run: (kind, first token, end token).
type Unit = (U, usize, usize);

/// What every step reads: the run's units and where they stand in the paragraph.
struct Ctx<'a, 'p> {
    p: &'a Para<'p>,
    para: usize,
    u: &'a [Unit],
    atoms: &'a [Atom],
    /// The run's first token and the token after its last.
    r0: usize,
    r1: usize,
    in_quote: bool,
    byline: bool,
}

impl Ctx<'_, '_> {
    /// The text from unit `a` to unit `b`, both included.
    fn text_of(&self, a: usize, b: usize) -> String {
        let (p, u) = (self.p, self.u);
        p.text[p.toks[u[a].1].start..p.toks[u[b].2 - 1].end].to_string()
    }

    /// The text of the whole run.
    fn whole(&self) -> String {
        self.text_of(0, self.u.len() - 1)
    }

    fn unit(&self, k: usize) -> &str {
        unit_text(self.p, &self.u[k])
    }

    fn first(&self) -> &str {
        self.unit(0)
    }

    fn last(&self) -> &str {
        self.unit(self.u.len() - 1)
    }

    fn has_atom(&self) -> bool {
        self.u.iter().any(|x| matches!(x.0, U::Atom(_)))
    }

    fn all_caps(&self) -> bool {
        self.u.iter().all(|x| x.0 == U::Acronym)
    }

    fn is_slash(&self, i: usize) -> bool {
        self.p.toks.get(i).is_some_and(|t| t.is_punct('/'))
    }

    /// A candidate over tokens `t0..t1` of this run's paragraph.
    fn mk(&self, t0: usize, t1: usize, kind: Option<EntityKind>, name: String) -> Candidate {
        Candidate {
            para: self.para,
            t0,
            t1,
            kind,
            name,
            source: None,
            title: None,
            person_cue: false,
            shared_surname: None,
            in_quote: self.in_quote,
            kin_intro: false,
            kin_apposed: false,
            kin_aside: false,
            listed_given: false,
            common_head: false,
            credit: self.byline,
            office: false,
            body_named: false,
        }
    }

    /// The known name (place, organisation, person) atom `ai` as a mention of its own.
    fn atom(&self, ai: usize) -> Candidate {
        let a = self.atoms[ai];
        let mut c = self.mk(a.t0, a.t1, Some(a.kind), String::new());
        c.source = Some(a.source);
        c
    }

    /// The known names inside a run that names nothing else.
    fn push_atoms(&self, out: &mut Vec<Candidate>) {
        for x in self.u {
            if let U::Atom(ai) = x.0 {
                out.push(self.atom(ai));
            }
        }
    }
}

/// Splits one run into its candidates.
pub(super) fn parse(
    p: &Para<'_>,
    para: usize,
    run: &Run,
    atoms: &[Atom],
    out: &mut Vec<Candidate>,
) {
    let u = &run.units;
    let cx = Ctx {
        p,
        para,
        u,
        atoms,
        r0: u[0].1,
        r1: u[u.len() - 1].2,
        in_quote: p.in_quote[u[0].1],
        byline: is_byline(p) || is_bare_byline(p, para),
    };
    figure_in_compound(&cx, out);
    let settled = caps::in_capitals(&cx, out)
        || byline::writer_before_outlet(&cx, out)
        || byline::writers_run_together(&cx, out)
        || one_known_kind(&cx, out)
        || outlet_programme(&cx, out)
        || no_name_phrase(&cx, out)
        || event_or_body(&cx, out);
    if !settled {
        let start = name::mentions_before_name(&cx, out);
        person::name_after_title(&cx, start, out);
    }
}

/// A broadcaster's programme after "told" (`around::outlet_programme`): the broadcaster only.
fn outlet_programme(cx: &Ctx<'_, '_>, out: &mut Vec<Candidate>) -> bool {
    let hit = around::outlet_programme(cx.p, cx.u, cx.atoms);
    if hit {
        cx.push_atoms(out);
    }
    hit
}

/// A run that is one known kind of thing as a whole: the agency in a dateline, a social
/// platform (nothing here), a compass word before a known place.
fn one_known_kind(cx: &Ctx<'_, '_>, out: &mut Vec<Candidate>) -> bool {
    let (p, u, r0, r1) = (cx.p, cx.u, cx.r0, cx.r1);
    // "BEIRUT (Example Wire) —": the agency in a dateline.
    let dateline = (2..=4).contains(&r0)
        && p.toks[r0 - 1].is_punct('(')
        && p.toks.get(r1).is_some_and(|t| t.is_punct(')'))
        && super::text::is_all_caps(p.toks[r0 - 2].text(p.text));
    if dateline && !cx.has_atom() {
        out.push(cx.mk(r0, r1, Some(EntityKind::Organization), cx.whole()));
        return true;
    }
    // Social platforms ("Truth Social") are neither people nor organisations here.
    if LEX.platforms.contains(cx.whole().as_str()) {
        return true;
    }
    // "North Gaza", "Southern Lebanon": a compass word before a known place names a part of
    // that place, never a person (though "North" and "West" are also given names).
    if u.len() == 2
        && u.iter().all(|x| x.0 == U::Name)
        && super::placelike::compass_district(p, r0, r1, cx.first())
        || u.len() == 2
            && matches!(
                cx.first(),
                "North"
                    | "South"
                    | "East"
                    | "West"
                    | "Northern"
                    | "Southern"
                    | "Eastern"
                    | "Western"
            )
            && LEX.is_known_place(cx.unit(1))
    {
        out.push(cx.mk(r0, r1, Some(EntityKind::Place), cx.whole()));
        return true;
    }
    false
}

/// A title-case phrase is no name: a slogan that fills a quotation ("Bring Them Home Now"), a
/// run with a common word after its first, the title of a work in quotation marks or in
/// running text (`works`). Only the known names inside it count.
fn no_name_phrase(cx: &Ctx<'_, '_>, out: &mut Vec<Candidate>) -> bool {
    let (p, u, r0, r1) = (cx.p, cx.u, cx.r0, cx.r1);
    let mark = |t: &super::text::Token| matches!(t.kind, Tok::Punct(c) if is_double_quote(c));
    let quoted_whole = r0 > 0 && mark(&p.toks[r0 - 1]) && p.toks.get(r1).is_some_and(mark);
    // A short surname that is also a common word ends a name ("Avinatan Or").
    let common_inside = u[1..].iter().enumerate().any(|(k, x)| {
        let w = unit_text(p, x);
        let short_surname = k + 2 == u.len() && w.chars().count() <= 2;
        // "Prime Minister Theresa May said": a month that is also a family name, right after
        // a given name and closing the run in running text, is that person's family name
        // ("the Alexander Family" is not: only months are read so).
        let after_given = k + 2 == u.len()
            && !p.headline
            && super::runs::MONTH_NAMES.contains(&w)
            && u[k].0 == U::Name
            && LEX
                .given_names
                .contains_key(unit_text(p, &u[k]).to_lowercase().as_str());
        // "Welsh First Minister Eluned Morgan", "the Second Lady": an ordinal right before a
        // title is part of that title.
        let ordinal_title =
            matches!(w, "First" | "Second") && u.get(k + 2).is_some_and(|n| n.0 == U::Title);
        // "US Hostage Envoy Adam Boehler", "UK Police Chief Jane Roe": a common noun right
        // before a title, with a name after the title, says what the office is for; the run
        // is a title and a name, not a phrase.
        let title_remit = u.get(k + 2).is_some_and(|n| n.0 == U::Title) && k + 3 < u.len();
        // "Air Marshal A K Bharti": an initial that spells a common word is still an initial.
        x.0 == U::Name
            && !short_surname
            && !after_given
            && !super::runs::initials_after_title(p, x.1)
            && !ordinal_title
            && !title_remit
            // "He" is a unit of a name only where `runs` read it as a surname.
            && w != "He"
            // "Marta Ribeiro do Vale": a particle in lower case is part of the name.
            && !LEX.particles.contains(w)
            && LEX.stopwords.contains(w.to_lowercase().as_str())
    });
    // "(It's) Not Easy": no name holds a word of denial; such a run is a slogan or a title.
    // ("No Labels" stays whole: a body named by one speaks as that body.)
    let denial = u[..u.len() - 1]
        .iter()
        .any(|x| x.0 == U::Name && unit_text(p, x) == "Not");
    let work = works::title_of_work(p, r0, r1, cx.first());
    if quoted_whole || common_inside || denial || quoted_title(p, r0, r1) || work || abbreviated(cx)
    {
        cx.push_atoms(out);
        return true;
    }
    false
}

/// Events and bodies: a run right before "war" or "festival" (nothing), a body named by its
/// common noun (`institution`), an event or operation (its known names only), and an
/// organisation or place named by its last word ("… Ministry", "… County").
fn event_or_body(cx: &Ctx<'_, '_>, out: &mut Vec<Candidate>) -> bool {
    let (p, u, r0, r1) = (cx.p, cx.u, cx.r0, cx.r1);
    let has_atom = cx.has_atom();
    // A run right before "war", "operation", "festival": the name of an event.
    let next_lower = p.toks.get(r1).map(|t| t.text(p.text)).unwrap_or("");
    if !has_atom && !next_lower.is_empty() && !is_capitalised(next_lower) {
        let mut c = next_lower.chars();
        let cap = c
            .next()
            .map(|f| f.to_uppercase().chain(c).collect::<String>())
            .unwrap_or_default();
        if LEX.nonentity_cues.contains(cap.as_str()) {
            return true;
        }
    }
    // "state news agency Xinhua", "the Chongqing Xinqiao hospital" (`institution`).
    let plain = u.iter().all(|x| x.0 == U::Name);
    if let Some((t0, t1, name)) = by_common_noun(p, r0, r1, &cx.whole(), plain, has_atom) {
        out.push(cx.mk(t0, t1, Some(EntityKind::Organization), name));
        return true;
    }
    // Events, documents, operations, storms: nothing to link but the places and bodies they
    // name ("the Iowa Caucuses" names Iowa, no one; "Typhoon Mara" no one).
    let (first, last) = (cx.first(), cx.last());
    // "Protest calling for a deal", a caption's opening word alone: a gathering of a crowd
    // is an event, never a person.
    if u.len() == 1
        && matches!(
            first,
            "Protest" | "Protests" | "Rally" | "Rallies" | "Demonstration" | "Demonstrations"
        )
    {
        return true;
    }
    // "Hepatitis B", "Vitamin D", "Type A": a word and a bare capital letter (no full stop
    // after it, as an initial has) name a kind of a thing; news ends no person's name on an
    // initial, and "Malcolm X" opens with a given name.
    let lettered = u.len() == 2
        && last.len() == 1
        && last.chars().all(|c| c.is_ascii_uppercase())
        && !p.toks.get(r1).is_some_and(|t| t.is_punct('.'))
        && !LEX.given_names.contains_key(first.to_lowercase().as_str());
    if lettered && !has_atom {
        return true;
    }
    // "World War II", "Vatican II": an event's numeral after its cue word.
    let cue = if u.len() > 2 && super::runs::numeral(last) {
        cx.unit(u.len() - 2)
    } else {
        last
    };
    let event = LEX.nonentity_cues.contains(cue) || LEX.contests.contains(cue);
    if u.len() > 1 && (event || LEX.event_openers.contains(first)) {
        cx.push_atoms(out);
        return true;
    }
    figure_before_office(cx, out) || body_named_from_known(cx, out) || by_cue_word(cx, out)
}

/// "County Clerk Michael Roe", "County Executive Jane Roe": the word after a run's opening
/// "County" at `r0` is an office, so the run is an officer's title and name, not a county.
fn county_office(p: &Para<'_>, r0: usize) -> bool {
    p.toks.get(r0 + 1).is_some_and(|t| {
        let w = t.text(p.text);
        t.is_word() && (LEX.is_title(w) || LEX.offices.contains(w.to_lowercase().as_str()))
    })
}

/// Organisations and places named by their last (or first) word.
fn by_cue_word(cx: &Ctx<'_, '_>, out: &mut Vec<Candidate>) -> bool {
    let (p, u, r0, r1) = (cx.p, cx.u, cx.r0, cx.r1);
    let (first, last) = (cx.first(), cx.last());
    let plain_tail = matches!(u[u.len() - 1].0, U::Name | U::Title | U::Acronym);
    // "Photo by Debbie Hill/UPI", "Mary Jo Fenn/Reuters": a credit is a person's name
    // whatever its last word, but for a division of a state ("Roland/Howard Twp" in a
    // precinct table).
    let credited = (2..=3).contains(&u.len())
        && !super::placelike::division_word(last)
        && LEX.given_names.contains_key(first.to_lowercase().as_str())
        && super::person_cues::is_credit(p, r0, r1);
    // "Radio Liberty", "Radio Free Asia", "Television Suisse": a broadcaster named by what
    // it sends, first; no person's name opens so.
    // So is a body whose name opens with an Arabic word for a front, an army or a party
    // ("Jabhat al-Nusra", `data/org_openers.txt`).
    let broadcaster = u.len() > 1
        && plain_tail
        && (matches!(first, "Radio" | "Television") || LEX.org_openers.contains(first));
    let named = u.len() > 1
        && plain_tail
        && !credited
        && !super::placelike::titled_surname(p, u)
        && (LEX.org_cues.contains(last) || LEX.place_cues.contains(last))
        // "Co Mayo", "County Kerry": an Irish county, its word first; but "County Clerk
        // Jane Roe" is a county's office before a person's name.
        || (u.len() > 1
            && matches!(first, "Kibbutz" | "Moshav" | "Mount" | "Co" | "County")
            && !county_office(p, r0))
        || house_of_no_one(cx)
        || broadcaster;
    if !named && armed_unit_in_lower(cx, out) {
        return true;
    }
    if !named && (body_with_remit(cx) || body_of_place(cx)) {
        out.push(cx.mk(r0, r1, Some(EntityKind::Organization), cx.whole()));
        return true;
    }
    if !named {
        // "the Missouri Constitution", "Carroll Daniel Construction": a noun of action or
        // state by its form ends a document, a firm or a process; no surname ends so.
        if u.len() > 1 && plain_tail && abstract_noun(last) {
            cx.push_atoms(out);
            return true;
        }
        return false;
    }
    let kind = if broadcaster || LEX.org_cues.contains(last) || last == "House" {
        EntityKind::Organization
    } else {
        EntityKind::Place
    };
    // "the Qatari Foreign Ministry" is not Iran's: a demonym names whose body it is, so it
    // stays; "Hamas-run" only describes it.
    let keeps = |x: &Unit| kind == EntityKind::Organization && LEX.is_demonym(unit_text(p, x));
    let s = u
        .iter()
        .position(|x| x.0 != U::Modifier || keeps(x))
        .unwrap_or(0);
    let e = u.len() - 1 - usize::from(name::headquarters_of_body(cx));
    out.push(cx.mk(u[s].1, u[e].2, Some(kind), cx.text_of(s, e)));
    true
}

/// A noun of action or state by its form ("Constitution", "Construction", "Commission").
fn abstract_noun(w: &str) -> bool {
    let n = w.chars().count();
    n >= 7 && ["tion", "sion"].iter().any(|e| w.ends_with(e))
        // "the Ministerial Statement", "the Doha Agreement" (not "Clement").
        || n >= 8 && w.ends_with("ment")
}

/// "Quebrada Blanca (QB)": a run its initials follow in brackets is a body, a site or a
/// programme that the article goes on to abbreviate; news does not abbreviate a person so.
fn abbreviated(cx: &Ctx<'_, '_>) -> bool {
    let (p, r1) = (cx.p, cx.r1);
    let initials: String =
        cx.u.iter()
            .filter_map(|x| unit_text(p, x).chars().next())
            .collect();
    let tok = |i: usize| p.toks.get(i);
    cx.u.len() >= 2
        && tok(r1).is_some_and(|t| t.is_punct('('))
        && tok(r1 + 2).is_some_and(|t| t.is_punct(')'))
        && tok(r1 + 1).is_some_and(|t| t.text(p.text) == initials)
}
