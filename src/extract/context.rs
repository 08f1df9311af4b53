//! The words after a mention that give a role: an apposition (", a senior Hamas official,")
//! and a predicate ("was released from captivity", "held talks"). The bodies only an
//! office-holder has ("Netanyahu's office") are `office`'s; leading a delegation is
//! `delegation`'s.
//!
//! A noun says something about a person only in an apposition or after "is"/"was"; what a
//! person did or underwent ("held talks", "was freed") counts in any predicate. A window
//! with a family word ("Edan's father") gives no role.

use super::Para;
use super::lexicon::LEX;
use super::roles::word;
use super::text::{Tok, Token, hyphenated_words, is_capitalised, is_hyphen, lower};
use super::unclosed;
use crate::entity::Role;

mod as_office;
mod words;
use words::{
    SEEKING, acted_part, captives_clause, circumstance, closed_term, drop_relative,
    have_not_linking, head_before_of, held_before, hostage_noun_ok, kin_of_named, object_of_deed,
    objects_clause, opens_description, own_before_kin, own_subject_clause, past_owner,
    relative_says, says_at, second_deed,
};

/// What follows a name: an apposition (", a senior Hamas official,") and a predicate
/// ("was released from captivity"), which may follow the apposition.
#[derive(Default)]
pub(super) struct Right {
    pub apposition: Option<String>,
    pub apposition_roles: Vec<Role>,
    pub predicate_roles: Vec<Role>,
    /// The predicate is a relative clause about the name (", who was killed …"), true of it
    /// even when the name is an object.
    pub relative: bool,
}

pub(super) fn right_window(p: &Para<'_>, t1: usize, person_at: &dyn Fn(usize) -> bool) -> Right {
    let mut out = Right::default();
    // "A (54) was released", "B (R), head of …", "C, 40, a trader,": an age or a photo
    // position is neither apposition nor predicate; what follows it is.
    let t1 = super::set_off::past_set_off(p, t1);
    let Some(next) = p.toks.get(t1) else {
        return out;
    };
    let mut s = t1;
    if next.is_punct(',') || next.is_punct('(') || next.is_punct('—') || next.is_punct('–') {
        // "… for the pilot A, according to a spokesperson for the ministry": a source set
        // off after the name is who reported the sentence, never the name's apposition.
        if matches!(
            word(p, t1 + 1).as_deref(),
            Some("according" | "citing" | "per")
        ) {
            return out;
        }
        // "A, Trump's special envoy,": past another's possessive the noun is A's own.
        let from = past_owner(p, t1 + 1, person_at);
        let (mut e, mut text, mut roles, nominal) =
            read_window(p, from, usize::MAX, true, person_at);
        if from > t1 + 1 && e > from {
            text = Some(p.text[p.toks[t1 + 1].start..p.toks[e - 1].end].to_string());
        }
        // "A, Florida Gov. B, and C": words running into the next name are its title. But
        // "A, the deputy of Hamas leader B,": after a determiner the noun before "of" is
        // A's own, and only what follows it is B's title.
        // "A, the head of the Russian delegation and Putin's aide,": "and" before the name
        // closes A's own noun phrase, all of it.
        if nominal && next.is_punct(',') && person_at(e) {
            // "A, a state representative who was endorsed by former Gov. B, won": a relative
            // clause set the name inside it, so the noun phrase before "who" is A's own.
            let relative =
                (t1 + 2..e).find(|&i| matches!(word(p, i).as_deref(), Some("who" | "whose")));
            let end = if let Some(who) = relative {
                who
            } else if word(p, e - 1).as_deref() == Some("and") {
                e - 1
            } else {
                let Some(of) = head_before_of(p, t1 + 1, e) else {
                    return out;
                };
                of
            };
            (_, text, roles, _) = read_window(p, t1 + 1, end, true, person_at);
            e = end;
        }
        // "… in exchange for A, the Israeli official said": a noun phrase that runs straight
        // into a reporting verb is that verb's subject, someone else, not an apposition.
        let relative_verb = relative_says(p, t1 + 2, e);
        if nominal
            && next.is_punct(',')
            && says_at(p, e)
            && !relative_verb
            && !unclosed::apposition_before_verb(p, t1, (t1 + 1, e), person_at)
        {
            return out;
        }
        // "… within a few points of A, with the national party chair flying in": a phrase
        // opened by "with" or "following" tells the clause's circumstances, not who A is; a
        // predicate after its closing comma is still A's ("A, with his brother, was freed").
        if nominal && word(p, t1 + 1).as_deref().is_some_and(circumstance) {
            text = None;
            roles.clear();
        }
        // "…, director at Rabin Medical Centre,", "…, director of a think tank,": who runs
        // a hospital, a school or a body outside government holds no public office.
        let institution = text.as_deref().is_some_and(|t| {
            super::institution::outside_government(t) || super::institution::leads_movement(t)
        });
        if nominal && institution {
            roles.retain(|&r| r != Role::Official);
            // "…, head of the ICRC delegation in Colombia,": an aid body's delegation is its
            // standing mission in a country, not a team at the talks.
            if text.as_deref().is_some_and(|t| t.contains("delegation")) {
                roles.retain(|&r| r != Role::Negotiator);
            }
        }
        let freed =
            |t: &str| super::freed::national_prisoner(t) || super::freed::freed_nationals(t);
        if nominal && text.as_deref().is_some_and(freed) {
            roles.push(Role::Hostage);
        }
        if nominal {
            let text = text.map(|t| t.trim_end_matches([',', ' ']).to_string());
            out.apposition = text.map(|t| drop_relative(t, relative_verb));
            out.apposition_roles = roles;
        } else {
            out.predicate_roles = roles;
            // "…, who was killed": about the name even when it is an object; ", will join
            // the talks" after "a confidant of B" is the main clause's, not B's.
            out.relative = matches!(word(p, from).as_deref(), Some("who" | "whose" | "which"));
            return out;
        }
        // "Itay Chen, a soldier, was killed …"; "A, 28 – who was held by Hamas –": a dash
        // may set off the relative clause.
        // "Dan, father of Tomer, one of the soldiers taken hostage,": after a family
        // apposition that ends in the relative's name, a noun phrase or a relative clause is
        // that relative's description, not the name's.
        if kin_of_named(p, t1 + 1, e, person_at) && opens_description(p, e + 1) {
            return out;
        }
        let dash = |t: &Token| t.is_punct('–') || t.is_punct('—');
        let dash_who = p.toks.get(e).is_some_and(dash) && word(p, e + 1).as_deref() == Some("who");
        if !p.toks.get(e).is_some_and(|t| t.is_punct(',')) && !dash_who {
            return out;
        }
        s = e + 1;
    }
    if p.toks.get(s).is_some_and(|t| t.is_word()) && !person_at(s) {
        out.predicate_roles = read_window(p, s, usize::MAX, false, person_at).2;
        // "a cousin of Tal Haimi who was abducted": a relative clause, comma or not, is
        // about the name even when the name is an object.
        // "the family of A, a citizen killed on Oct. 7, whose body was taken to Gaza": a
        // relative clause right after the name's apposition is about the apposition's head,
        // the name, so it is too.
        out.relative |= (s == t1 || out.apposition.is_some())
            && matches!(word(p, s).as_deref(), Some("who" | "whose"));
    }
    out
}

/// Reads one apposition or predicate from token `s`, stopping by token `limit` at the latest:
/// where it ends, its text, its roles, and whether it is a noun phrase (an apposition not
/// opened by "who").
fn read_window(
    p: &Para<'_>,
    s: usize,
    limit: usize,
    apposition: bool,
    person_at: &dyn Fn(usize) -> bool,
) -> (usize, Option<String>, Vec<Role>, bool) {
    let mut e = s;
    while e < p.toks.len().min(limit) && e - s < 16 {
        let t = p.toks[e];
        // "A, spokesperson for Netanyahu's office,": a name after a preposition is inside
        // the apposition, not the next item of a list; so is a name after "the", which only
        // modifies a noun ("…, the official leading the Biden team's talks,"), or after
        // "from", which says where the person comes from ("…, agriculture minister from
        // Netanyahu's Likud party,").
        let inside = apposition
            && e > s
            && word(p, e - 1)
                .is_some_and(|w| matches!(w.as_str(), "for" | "of" | "to" | "the" | "from"));
        if (person_at(e) && !inside) || (e > s && p.starts[e]) {
            break;
        }
        // "Oct 7, 2023": the comma of a date ends nothing.
        let number = |i: usize| {
            p.toks
                .get(i)
                .is_some_and(|t| t.is_word() && t.text(p.text).chars().all(|c| c.is_ascii_digit()))
        };
        let date_comma = t.is_punct(',') && e > 0 && number(e - 1) && number(e + 1);
        // "would travel on Wednesday (local time) to join the talks", "presented a “bridge
        // proposal”": a short bracket or scare quote inside a predicate ends nothing.
        let set_off = (!apposition && e > s)
            .then(|| super::set_off::past_short_span(p, e))
            .flatten();
        if let Some(after) = set_off {
            e = after;
            continue;
        }
        match t.kind {
            Tok::Punct(_) if date_comma => {}
            Tok::Punct(c) if !is_hyphen(c) && c != '’' => break,
            Tok::Possessive if e == s => break,
            Tok::Word => {
                let w = lower(t.text(p.text));
                // "were taken that day": "that" before a span of time opens no clause.
                let that = w == "that" && !super::taking_part::that_of_time(p, e);
                if says_at(p, e) || that {
                    break;
                }
                // "…, director at a clinic where the freed captives were treated,": the
                // clause is about the place, not the person.
                // So is a "where" clause in a relative clause or predicate ("…, who attends
                // a church where some of the group's leaders meet,").
                let about_place = w == "where"
                    || apposition
                        && w == "when"
                        && !matches!(word(p, s).as_deref(), Some("who" | "whose"));
                if e > s && (about_place || own_subject_clause(p, e, &w)) {
                    break;
                }
                // "…, a freed hostage whose wife and daughters were killed,": a clause about
                // the person's family or state (", whose country …") says nothing of its role.
                let state = |k: &str| matches!(k, "country" | "nation" | "government");
                if apposition
                    && w == "whose"
                    && word(p, e + 1).is_some_and(|k| {
                        e > s && LEX.kin.contains(k.as_str()) || e == s && state(&k)
                    })
                {
                    break;
                }
                // "and" ends a predicate unless a second clause about the same person follows
                // ("was killed on Oct. 7 and whose body is still held"), or about the same
                // people after a list ("all of whom were seized … and have been held since").
                let next = p.toks.get(e + 1).map(|t| lower(t.text(p.text)));
                let same_subject = matches!(
                    next.as_deref(),
                    Some(
                        "who"
                            | "whose"
                            | "was"
                            | "is"
                            | "has"
                            | "had"
                            | "remains"
                            | "his"
                            | "her"
                            | "were"
                            | "are"
                            | "have"
                    )
                ) || next.as_deref().is_some_and(second_deed);
                // "… with his daughters A and B at the hospital after he was released": where
                // no verb of the name's own follows it (a place first), a clause with a subject
                // of its own is about that subject ("A and B were easier to deal with when
                // they were involved in the talks" is about A and B).
                let clause = matches!(
                    &*w,
                    "after" | "before" | "when" | "because" | "since" | "until" | "once"
                ) && matches!(next.as_deref(), Some("he" | "she" | "they"))
                    && matches!(
                        word(p, s).as_deref(),
                        Some("at" | "in" | "on" | "outside" | "inside" | "near")
                    );
                // "to join Hamas and Israeli negotiators": an "and" between two capitalised
                // modifiers joins them before one noun and ends no clause.
                let cap = |i: usize| {
                    p.toks
                        .get(i)
                        .is_some_and(|t| t.is_word() && is_capitalised(t.text(p.text)))
                };
                let modifiers = e > s && cap(e - 1) && cap(e + 1);
                if !apposition
                    && e > s
                    && (clause
                        || matches!(&*w, "but" | "while")
                        || w == "as" && !as_office::linked(p, e)
                        || (w == "and" && !same_subject && !modifiers))
                {
                    break;
                }
            }
            _ => {}
        }
        e += 1;
    }
    if e == s {
        return (e, None, Vec::new(), false);
    }
    let text = &p.text[p.toks[s].start..p.toks[e - 1].end];
    let lower = text.to_lowercase();
    let first = lower.split_whitespace().next().unwrap_or("");
    // "Two Thai workers, A and B, were also freed": a verb after the comma ends a list or
    // an apposition before it, and is the predicate of the name.
    let nominal = apposition
        && !matches!(
            first,
            "who"
                | "whose"
                | "whom"
                | "which"
                | "was"
                | "were"
                | "is"
                | "are"
                | "has"
                | "have"
                | "had"
                | "will"
                | "would"
                | "can"
                | "could"
                | "should"
                | "may"
                | "might"
                | "must"
        );
    if LEX.reporting_verbs.contains(first) || first == "and" {
        return (e, None, Vec::new(), nominal);
    }
    let words: Vec<&str> = hyphenated_words(&lower).collect();
    let own = if super::lists::names_kin(&words) {
        match own_before_kin(p, s, e).filter(|_| nominal) {
            Some(and) => Some(and),
            None => return (e, None, Vec::new(), nominal),
        }
    } else {
        None
    };
    // "…, may have been the victim of a kidnapping": a modal before "have been" links the
    // name to the noun as "was" does.
    let modal_been = words.len() > 3
        && matches!(words[0], "may" | "might" | "could" | "must")
        && words[1] == "have"
        && words[2] == "been";
    let copular = nominal
        || modal_been
        || words.first().is_some_and(|w| LEX.copulas.contains(w))
            && words.len() > 1
            && !have_not_linking(&words)
        || !apposition && ((s..e).any(|k| as_office::linked(p, k)) || as_office::chosen_as(p, s));
    let mut roles = Vec::new();
    // "Trump had directed his peace envoy Steve Witkoff to …": a predicate that runs into a
    // name ends in that name's own title, which says nothing of the subject. So does a
    // relative clause (", who is challenging Ohio's U.S. Sen. B"): only a noun phrase set
    // off by commas is the name's own apposition.
    let cut = if let Some(and) = own {
        and
    } else if !nominal && e < p.toks.len() && person_at(e) {
        super::roles::left_window(p, e, person_at).0.max(s)
    } else {
        e
    };
    if cut == s {
        return (e, Some(text.to_string()), roles, nominal);
    }
    let (norm, cues) = LEX.cues(&p.text[p.toks[s].start..p.toks[cut - 1].end]);
    for (a, b, r, verbal) in cues {
        let phrase = &norm[a..b];
        // "was joined by U.S. Rep. Dan Meuser": after "by" or "with" a title is another's.
        // So is one after "against": "an upset against long-time Mayor A".
        let anothers = [" by ", " with ", " alongside ", " against "]
            .iter()
            .any(|w| norm[..a + 1].contains(w));
        // "who served in the same squad as slain hostages A and B": a noun compared with is
        // another's.
        let compared = norm[..a + 1]
            .rfind(" same ")
            .is_some_and(|k| norm[k..a + 1].contains(" as "));
        // "Fine — whom the president had endorsed —": the noun right after "whom" is the
        // clause's own subject, someone else.
        let whom_subject = {
            let mut back = norm[..a].split_whitespace().rev();
            let last = back.next();
            last == Some("whom")
                || last.is_some_and(|w| matches!(w, "the" | "a" | "an" | "his" | "her" | "their"))
                    && back.next() == Some("whom")
        };
        if !verbal && (!copular || (!nominal && anothers) || compared || whom_subject) {
            continue;
        }
        if super::brokered_by::anothers_deed(&norm, (a, b), r) {
            continue;
        }
        // "who was running to become the city's mayor": an office sought, not held (one
        // resigned "to become attorney general" for was taken up).
        let sought = norm[..a + 1]
            .match_indices(" to become ")
            .any(|(k, _)| SEEKING.iter().any(|w| norm[..k].ends_with(w)));
        // "who served as governor from 1994 to 2001": a term closed in the past is an office
        // held before, as "former" says; "leaders of the protests" lead no public body.
        let closed = closed_term(&norm[b..]) || super::institution::leads_protest(&norm[b..]);
        if r.last() == Some(&Role::Official)
            && (sought || closed || acted_part(&norm[..a]) || held_before(&norm[..a]))
        {
            roles.extend(r[..r.len() - 1].iter().copied());
            continue;
        }
        if matches!(phrase, "hostage" | "hostages") && !hostage_noun_ok(&norm[..a]) {
            continue;
        }
        if !verbal && r.contains(&Role::Hostage) && object_of_deed(&norm[..a]) {
            continue;
        }
        if verbal && matches!(r, [Role::Hostage]) && captives_clause(&norm[..a + 1]) {
            continue;
        }
        if verbal && !nominal && matches!(r, [Role::Hostage]) && objects_clause(&norm[..a + 1]) {
            continue;
        }
        roles.extend(r.iter().copied());
    }
    (e, Some(text.to_string()), roles, nominal)
}
