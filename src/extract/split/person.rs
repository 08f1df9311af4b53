//! The name after a run's titles: its title, and what says it is no one ("Human Rights", a
//! headline's verb, a show's title), an outlet ("the Washington Examiner"), a town ("Grand
//! Rapids, Michigan") or a person, with the local cues the later stages weigh.

use super::super::groups;
use super::super::lexicon::LEX;
use super::super::names::Candidate;
use super::super::person_cues::{is_credit, kin_apposed, kin_aside, kin_object, local_person_cue};
use super::super::runs::{MONTH_NAMES, U};
use super::super::text::{is_all_caps, is_capitalised};
use super::Ctx;
use super::around::{OUTLET_NOUNS, described_by_nationality, in_place, set_in_region};
use super::caps::title_case;
use super::descriptor::{office_noun, office_without_name};
use super::name::{Start, name_end};
use super::seat::{after_office_of, named_body_before_comma, remit_before_field};
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
    let end = name_end(cx, l);
    let words: Vec<&str> = (l..end).map(|k| cx.unit(k)).collect();
    let mut c = cx.mk(u[l].1, u[end - 1].2, None, words.join(" "));
    if let Some(e) = title_end {
        c.title = Some(plural.map_or_else(|| cx.text_of(0, e), str::to_string));
        c.person_cue = true;
    }
    if names_no_one(cx, &words, title_end.is_some()) || remit_before_field(cx, c.t0, c.t1) {
        return;
    }
    let n_names = end - l;
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
    // body — unless a noun follows that it only modifies ("the Ben Gvir camp"), or it is a
    // person described by nationality (`described_by_nationality`).
    let described = described_by_nationality(&words, l, |k| cx.unit(k));
    let after_the = title_end.is_none()
        && !described
        && u[..l].iter().all(|x| x.0 == U::Modifier)
        && cx.r0 > 0
        && p.toks[cx.r0 - 1].text(p.text).eq_ignore_ascii_case("the");
    // "Crews at the Hoover Dam Bypass worked": a verb after the run is no noun it modifies
    // ("the Joe Smith appointed judge" opens with a given name, and stays a person).
    let modifies_noun = p.toks.get(cx.r1).filter(|t| t.is_word()).is_some_and(|t| {
        let w = t.text(p.text);
        let given = LEX
            .given_names
            .contains_key(words[0].to_lowercase().as_str());
        let verb =
            !given && (crate::extract::text::is_regular_past(w) || LEX.reporting_verbs.contains(w));
        !LEX.stopwords.contains(w) && !OUTLET_NOUNS.contains(&w) && !verb
    });
    if after_the && n_names >= 2 && !modifies_noun {
        c.kind = Some(EntityKind::Organization);
    }
    // "written by Oyintari Ben, Nigeria Health Watch": after "by", a name and a comma open a
    // byline (the writer, then the outlet), not a town and its country.
    let by = cx.r0 > 0 && matches!(p.word_at(cx.r0 - 1), Some("by" | "By"));
    let placed = !by && in_place(p, c.t1, atoms) || set_in_region(p, c.t0, c.t1);
    if title_end.is_none() && placed {
        let first = words[0].to_lowercase();
        if !LEX.given_names.contains_key(first.as_str()) {
            c.kind = Some(EntityKind::Place);
        }
    }
    if after_body_of(cx, c.t0, &words) {
        return;
    }
    if title_end.is_none()
        && let Some(kind) = after_office_of(cx, &words)
    {
        c.kind = Some(kind);
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
    // "director for Supermajority, a group that organises women": a name set off by an
    // apposition whose head noun is a body's names that body, and so does its bare repeat
    // ("Supermajority says …"), which would otherwise pass for a person's surname.
    if title_end.is_none() && (apposed_body(p, c.t1) || headed_by_body(cx, &words)) {
        c.kind = Some(EntityKind::Organization);
        c.body_named = true;
    }
    // "Iran's Nournews reported", "Ynetnews said": one word that closes on "news" is an
    // outlet's name; no one's given name or surname is made so.
    if n_names == 1 && words[0].len() > 6 && words[0].ends_with("news") {
        c.kind = Some(EntityKind::Organization);
    }
    add_cues(cx, &mut c);
    out.push(c);
}

/// ", a group that …", ", an advocacy group founded in 2019", ", a Denver company,": an
/// apposition opened by "a" or "an" at `t1`, whose head noun (its last word before a
/// relative word, a participle, a preposition or a mark) is a body's (`data/org_heads.txt`).
/// "Frans Barnard, an employee at a UK-based charity": the head is "employee", and the body
/// after "at" is where the person works.
fn apposed_body(p: &super::super::Para<'_>, t1: usize) -> bool {
    const ENDS: &[&str] = &[
        "that", "which", "who", "whose", "with", "of", "in", "for", "from", "and", "at", "on",
        "to", "by", "near", "inside", "within", "under", "founded", "based", "led", "run",
        "backed", "funded", "formed", "created", "started", "owned",
    ];
    let comma = p.toks.get(t1).is_some_and(|t| t.is_punct(','));
    if !comma || !matches!(p.word_at(t1 + 1), Some("a" | "an")) {
        return false;
    }
    let head = (t1 + 2..p.toks.len().min(t1 + 8))
        .map_while(|i| p.word_at(i).filter(|w| !ENDS.contains(w)))
        .last();
    head.is_some_and(|h| LEX.org_heads.contains(h.to_lowercase().as_str()))
}

/// "the U.S. company Maersk Line", "a Danish shipping firm, Acme Freight": a name right after
/// a body's head noun in lower case (`data/org_heads.txt`), which an article or "its" opens
/// a few words before, is that body's; so is one after a person's own body ("members of his
/// grassroots group, Vote Forward", "her party, Likud"). Not one that opens with a given name
/// ("the campaign Joe Lee ran" has a person after the noun), unless that name is also a plain
/// word ("her group, Will Count Action"), nor one word that a verb follows ("the
/// coalition Netanyahu leads" names who leads it).
fn headed_by_body(cx: &Ctx<'_, '_>, words: &[&str]) -> bool {
    let p = cx.p;
    let verb_after = p
        .word_at(cx.r1)
        .is_some_and(|w| w.starts_with(char::is_lowercase) && !matches!(w, "which" | "that"));
    if words.is_empty() || words.len() == 1 && verb_after {
        return false;
    }
    let Some(head) = cx.r0.checked_sub(1) else {
        return false;
    };
    let head = head.checked_sub(usize::from(p.toks[head].is_punct(',')));
    let Some(head) = head.filter(|&h| p.toks[h].is_word()) else {
        return false;
    };
    let w = p.toks[head].text(p.text);
    // A given name that is also a plain word ("Will", "Even") opens a body's name as well.
    let first = words[0].to_lowercase();
    LEX.org_heads.contains(w)
        && !named_body_before_comma(p, cx.r0, head)
        && (!LEX.given_names.contains_key(first.as_str()) || LEX.stopwords.contains(first.as_str()))
        && (head.saturating_sub(4)..head).any(|j| {
            matches!(
                p.word_at(j),
                Some(
                    "the"
                        | "The"
                        | "a"
                        | "A"
                        | "an"
                        | "An"
                        | "its"
                        | "his"
                        | "His"
                        | "her"
                        | "Her"
                        | "their"
                        | "Their"
                )
            )
        })
}

/// Words after a title that name no one: ordinary words in capitals, a headline's verb, a
/// group's plural (`groups`).
fn names_no_one(cx: &Ctx<'_, '_>, words: &[&str], titled: bool) -> bool {
    // "Foreign Relations", "Human Rights": ordinary words in capitals name no one.
    // A month here passed `runs::month_as_name`: "May told MPs" is the family name.
    let month_name = matches!(words, [w] if MONTH_NAMES.contains(w));
    // "His mother, On, told …": one word set off by commas after a family word inside a
    // sentence is the relative's name, whatever plain word it also spells.
    let (p, r0) = (cx.p, cx.r0);
    let kin_named = matches!(words, [_])
        && !p.starts[r0]
        && r0 >= 2
        && p.toks[r0 - 1].is_punct(',')
        && kin_apposed(p, r0)
        && p.toks.get(cx.r1).is_some_and(|t| t.is_punct(','));
    let ordinary = !month_name
        && !kin_named
        && words.iter().all(|w| {
            let l = w.to_lowercase();
            LEX.portfolio.contains(l.as_str())
                || LEX.stopwords.contains(l.as_str()) && *w != "He"
                || LEX.org_cues.contains(w)
        });
    // "Qatar PM Calls on Hamas …", "FM Urges Calm", "Mayor Faces Recall": in a headline's
    // capitals, a verb of speech or a headline's verb after a title is what the holder did,
    // not the holder's name. A headline's verb says so on any line that does not end like a
    // sentence (a heading the article's other words did not mark): prose never capitalises
    // one after a title.
    let first = words[0].to_lowercase();
    let unended = || {
        let sentence_end = |t: &&super::super::text::Token| {
            t.is_word() || t.is_punct('.') || t.is_punct('?') || t.is_punct('!')
        };
        cx.p.toks
            .iter()
            .rev()
            .find(sentence_end)
            .is_none_or(|t| t.is_word())
    };
    let headline_verb = titled
        && (cx.p.headline && LEX.reporting_verbs.contains(first.as_str())
            || (cx.p.headline || unended()) && LEX.headline_verbs.contains(first.as_str()));
    // "Mom is on her way", "Dad says hello": a family word of address standing alone
    // (`data/address_words.txt`) is how a relative is called, not a name of anyone.
    let kin_address = matches!(words, [w] if LEX.address_words.contains(w.to_lowercase().as_str()));
    // "Sr. Manager with the agency": an office and its rank, no name.
    ordinary
        || kin_address
        || headline_verb
        || groups::names_no_one(words)
        || groups::residents_of_place(capitalised_before(cx), words)
        || office_without_name(words)
        || lone_office(cx, words, titled)
        || plural_of_people(words)
        || opens_no_name(words)
}

/// The capitalised word right before the run, if any ("New" of "New Yorkers", which opening
/// a sentence is read as a common word).
fn capitalised_before<'p>(cx: &Ctx<'_, 'p>) -> Option<&'p str> {
    let w = cx.p.word_at(cx.r0.checked_sub(1)?)?;
    is_capitalised(w).then_some(w)
}

/// "called it New Jim Crow", "the New Democrats": an adjective that opens the names of places,
/// eras and movements opens no person's name. Nor does a word said twice ("the Samba Samba
/// squad"): a team's, a band's or a dance's name doubles a word; a person's given name is not
/// their surname. Nor a possessive determiner ("the launch of Our Neighbours Hall", "My Town
/// Fund"): it opens the name of a project, a venue or a campaign. Nor "Daily" ("the Dakota
/// Daily Sun"), which opens the names of newspapers.
fn opens_no_name(words: &[&str]) -> bool {
    let doubled = matches!(words, [a, b] if a == b);
    doubled
        || words.len() >= 2
            && matches!(
                words[0],
                "New"
                    | "Old"
                    | "Great"
                    | "Greater"
                    | "Upper"
                    | "Lower"
                    | "Our"
                    | "My"
                    | "Your"
                    | "Their"
                    | "Daily"
            )
}

/// "Herald Staff Writer", "the Vice-Rector said": one word that is an office or occupation
/// (or its last hyphened part is), after a title or "the", is that office and no one's name.
/// Alone elsewhere it may be a surname ("Bishop", "Player").
fn lone_office(cx: &Ctx<'_, '_>, words: &[&str], titled: bool) -> bool {
    let [w] = words else {
        return false;
    };
    let after_the = cx.r0 > 0 && matches!(cx.p.word_at(cx.r0 - 1), Some("the" | "The"));
    // "the race for San Diego Mayor": after a known place or body in its own run, the word is
    // the office of that place, with no holder named.
    let after_known = cx.u.len() >= 2 && matches!(cx.u[cx.u.len() - 2].0, U::Atom(_));
    let last = w.rsplit(is_hyphen).next().unwrap_or(w);
    // "Ms Bishop" after "Julie Bishop": the article's own surname (`para::title_surname`).
    let surname = (cx.r0..cx.r1).any(|k| {
        cx.p.title_surname.get(k).copied().unwrap_or(false) && cx.p.word_at(k) == Some(*w)
    });
    (titled || after_the || after_known) && !surname && (office_noun(w) || office_noun(last))
}

/// "Both Ohio Senate Contenders", "Gubernatorial Candidates", "Villagers": a run ending in the
/// capitalised plural of a noun for people by what they do or seek names a group, not a person.
fn plural_of_people(words: &[&str]) -> bool {
    // "Locals said", "Villagers fled": one word alone, only a plural of ordinary people
    // (`data/lay_heads.txt`); an office's plural may be a surname ("Judges", "Masters").
    if let [w] = words {
        let l = w.to_lowercase();
        return l.ends_with('s') && LEX.lay_heads.contains(l.as_str());
    }
    let [first, .., last] = words else {
        return false;
    };
    people_plural(last) && !LEX.given_names.contains_key(first.to_lowercase().as_str())
}

/// "Frontrunners", "CANDIDATES", "Residents", "Ministers": the plural of a noun for people by
/// what they seek (`data/candidacy.txt`), hold (an office) or are (`data/lay_heads.txt`).
fn people_plural(word: &str) -> bool {
    let lower = word.to_lowercase();
    let Some(one) = lower.strip_suffix('s') else {
        return false;
    };
    LEX.lay_heads.contains(lower.as_str()) || office_noun(one) || LEX.candidacy.contains(one)
}

/// The local cues later stages weigh: a credit, an office ("the X administration"), a
/// relative introduced or in apposition, a word around the name that only a person takes.
fn add_cues(cx: &Ctx<'_, '_>, c: &mut Candidate) {
    let p = cx.p;
    c.credit |= is_credit(p, c.t0, c.t1);
    c.office = p.word_at(c.t1).is_some_and(|w| {
        matches!(
            w,
            "administration" | "government" | "cabinet" | "presidency"
        )
    });
    c.kin_intro = kin_object(p, c.t0, c.t1);
    c.kin_apposed = !p.headline && kin_apposed(p, c.t0);
    c.kin_aside = kin_aside(p, c.t0);
    // A headline's verbs are no evidence ("Tearful Calls"): a bare word there is a person only
    // if the article names that person in full.
    c.person_cue |= !p.headline && local_person_cue(p, c.t0, c.t1);
    // A full name with an age or a "who" after it ("Dana Roth, 34, …", "Dana Roth, who …"),
    // or an age before it ("29-year-old Dana Roth"), is a person's: `people` asks a full name
    // whose first word is no given name it knows for some such sign.
    if c.kind == Some(EntityKind::Person) {
        c.person_cue |= aged_or_who(p, c.t0, c.t1);
    }
}

/// ", 34," or ", who" right after a name, or "34-year-old" right before it.
fn aged_or_who(p: &super::super::Para<'_>, t0: usize, t1: usize) -> bool {
    let comma = p.toks.get(t1).is_some_and(|t| t.is_punct(','));
    let after = p.word_at(t1 + usize::from(comma));
    let aged_before = t0 > 0
        && p.word_at(t0 - 1)
            .is_some_and(|w| w.ends_with("-year-old") || w.ends_with("-years-old"));
    aged_before
        || after == Some("who")
        || comma && after.is_some_and(crate::extract::set_off::is_age)
}

/// "the Eastfield University of Mining Ogbomoso", "Institute of Marine Sciences Arlo": after a
/// body's word and "of" the body's name runs on (what it teaches, then often a town), so a run
/// there (the run's own start, or the name's after a title in it) with no given name first is
/// no person. So after a landmark's word ("the Castle of Windward Rock", "the Museum of Fine
/// Arts"): the rest of a building's name.
fn after_body_of(cx: &Ctx<'_, '_>, t0: usize, words: &[&str]) -> bool {
    let p = cx.p;
    let body = t0 >= 2
        && p.word_at(t0 - 1) == Some("of")
        && p.word_at(t0 - 2).is_some_and(|w| {
            matches!(
                w,
                "University"
                    | "College"
                    | "Institute"
                    | "School"
                    | "Academy"
                    | "Polytechnic"
                    | "Castle"
                    | "Palace"
                    | "Museum"
                    | "Fort"
                    | "Cathedral"
            )
        });
    body && !LEX
        .given_names
        .contains_key(words[0].to_lowercase().as_str())
}
