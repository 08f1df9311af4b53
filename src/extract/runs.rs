//! Runs of name-like words in a paragraph: which words can be part of a name (particles,
//! titles, modifiers, initials; not pronouns, calendar words or shouting), the maximal runs
//! they form between punctuation; `join` says which runs "of", "for" or "and" join into one
//! name ("Secretary of State Marco Rubio", "Hostages and Missing Families Forum").
//!
//! `names` splits each run into its candidates; `split` parses a run's units.

use super::Para;
use super::lexicon::{LEX, Lexicon};
use super::names::Atom;
use super::para::plural_of_lower;
use super::text::{Tok, is_all_caps, is_capitalised};
use crate::extract::text::is_hyphen;
use rustc_hash::FxHashSet as HashSet;

mod common_noun;
mod doubled;
mod form;
mod initials;
mod join;
mod marks;
mod member;
mod middle;
mod month;
mod surname_place;
use common_noun::{people_plural_subject, plural_subject, service_noun, taught_language};
pub(super) use form::surname_after_given;
use form::{
    address_word, amir_given, brand, chamber_side, clergy_father, compound_particle,
    given_after_title, given_name_first, honorific_chain, office_before_portfolio,
    premodifier_opening, pronoun_i, role_noun_opening, shouting, suffix_follows,
    syllable_given_name,
};
use initials::initials;
pub(in crate::extract) use initials::initials_after_title;
pub(in crate::extract) use join::{gap_is_comma, is_coordinated, merge};
use marks::{comma_suffix, credit_marker, lower_title_between, nickname};
pub(in crate::extract) use marks::{in_credit_list, numeral, position_marker};
use member::{body_member, chamber_of_office};
use middle::{arabic_middle, before_who};
pub(in crate::extract) use month::MONTH_NAMES;
use month::month_as_name;
use surname_place::{after_honorific, pronoun_surname};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum U {
    Atom(usize),
    Title,
    Modifier,
    Acronym,
    Name,
    Connector,
}

#[derive(Debug, Clone)]
pub(super) struct Run {
    /// (unit, first token, end token)
    pub units: Vec<(U, usize, usize)>,
}

const CONNECTORS: &[&str] = &["of", "for", "the", "and", "on"];

fn word_unit(p: &Para<'_>, i: usize, lowercase_words: &HashSet<String>) -> Option<U> {
    let w = p.toks[i].text(p.text);
    let lex: &Lexicon = &LEX;
    if (lex.is_calendar(w) && !month_as_name(p, i))
        || lex.platforms.contains(w)
        || w.chars().any(|c| c.is_numeric())
    {
        return None;
    }
    if form::party_and_state(w) {
        return None;
    }
    if CONNECTORS.contains(&w) {
        return Some(U::Connector);
    }
    // "… of Israel He told": a pronoun is never part of a name; nor is a byline's "By",
    // capitalised wherever it stands ("By contributor By Jane Roe"). "He" after a title or
    // before a given name is a surname (`surname_place`).
    if matches!(
        w,
        "He" | "She" | "They" | "We" | "It" | "His" | "Her" | "By"
    ) && !pronoun_surname(p, i)
    {
        return None;
    }
    if pronoun_i(p, i) || credit_marker(p, i, w) {
        return None;
    }
    // "We’re", "It’s", "Don’t": a contraction of a common word is never a name; nor is the
    // Hebrew memorial "H’yd" written after a name of the dead ("his father A, H’yd, was").
    if let Some((head, tail)) = w.split_once(['’', '\'']) {
        let l = head.to_lowercase();
        if lex.stopwords.contains(l.as_str())
            || matches!(l.as_str(), "don" | "can" | "won")
            || matches!((l.as_str(), tail), ("h", "yd") | ("hy", "d"))
        {
            return None;
        }
    }
    if lex.particles.contains(w) || compound_particle(p, i) {
        return Some(U::Name);
    }
    // "What Was Different?", "Why Is the Vote Late": a verb of being or having, capitalised
    // in a title-case heading, is no word of a name.
    if matches!(
        w,
        "Was" | "Were" | "Is" | "Are" | "Has" | "Had" | "Have" | "Does" | "Did"
    ) {
        return None;
    }
    // "Schneider Children's Medical Center", "the Women's March": a plural noun for people in
    // the possessive is a common noun in a body's or an event's name, no word of a person's.
    if matches!(w, "Children" | "Women" | "Men" | "People")
        && p.toks.get(i + 1).is_some_and(|t| t.kind == Tok::Possessive)
    {
        return None;
    }
    let name_like = is_capitalised(w)
        || w.split_once(is_hyphen).is_some_and(|(a, b)| {
            let a = a.to_lowercase();
            (lex.particles.contains(a.as_str()) || lex.hyphen_particles.contains(a.as_str()))
                && is_capitalised(b)
        });
    if !name_like {
        return None;
    }
    // "YNet", "WeWork": a capital after the first letter, then lower case, spells a brand;
    // names put theirs after a prefix ("McCarthy", "DeSantis"), never second.
    let mut chars = w.chars().skip(1);
    // After an honorific the word is a surname whatever its shape ("Mr. A DonSokri").
    if (chars.next().is_some_and(char::is_uppercase)
        && chars.next().is_some_and(char::is_lowercase)
        || brand(w))
        && !after_honorific(p, i)
    {
        return Some(U::Acronym);
    }
    // "Should CEOs be Treated Differently?": an adverb is no name, in a heading or not.
    if ADVERB_ENDINGS.iter().any(|e| w.ends_with(e)) && w.chars().count() > 6 {
        return None;
    }
    if form::verb_opening(p, i, w) {
        return None;
    }
    if address_word(p, i, w)
        || honorific_chain(p, i)
        || body_member(p, i, w)
        || chamber_of_office(p, i, w)
        || clergy_father(p, i, w)
        || chamber_side(p, i, w)
    {
        return Some(U::Title);
    }
    // In a headline every capitalised word is as if it opened a sentence; so does the word
    // after a bar that sets a dateline off from a byline ("May 4, 1999 | By …").
    // A word in a credit's list of names ("Photo credits: Or Hadar, …") is a name's, whatever
    // it would be opening a sentence.
    let opening = p.starts[i] || p.headline || (i > 0 && p.toks[i - 1].is_punct('|'));
    if opening && !in_credit_list(p, i, i + 1) {
        let l = w.to_lowercase();
        let lowered = (lowercase_words.contains(&l)
            || p.headline && plural_of_lower(lowercase_words, &l))
            && !before_who(p, i, &l);
        // "Former President A rallied …": a word of tenure opening the sentence before a
        // title stays in the title, as it would inside a sentence.
        let tenure = matches!(l.as_str(), "former" | "acting" | "outgoing" | "incoming")
            && p.toks
                .get(i + 1)
                .is_some_and(|t| t.is_word() && lex.is_title(t.text(p.text)));
        if !tenure && lex.stopwords.contains(l.as_str())
            || (lowered && !tenure && !lex.is_title(w) && !office_before_portfolio(p, i, &l))
        {
            return None;
        }
        // "Twins Gali and Ziv Berman", "Brothers A and B": a family word in the plural opening
        // a sentence introduces the names; it is none of them. So does a noun for people by
        // their role or group ("Skipper A B", "Civilians A B and C D").
        if l.ends_with('s') && lex.kin.contains(l.as_str())
            || role_noun_opening(p, i, &l) && !lex.is_title(w)
            || plural_subject(p, i, &l)
            || people_plural_subject(p, i, w)
            || premodifier_opening(p, i, &l)
        {
            return None;
        }
    }
    if w == "The" {
        return None;
    }
    // "Israeli-born", "Hamas-run", "U.S.-brokered": a compound ending in a lower-case word
    // modifies the name after it and is no part of it.
    let lower_tail = w
        .rsplit_once(is_hyphen)
        .is_some_and(|(_, t)| t.chars().next().is_some_and(char::is_lowercase))
        && !syllable_given_name(p, i);
    // "Ann English", later "English said": a demonym that is also a surname, after a given
    // name or where the article wrote it so (`para::title_surname`), is that surname.
    // So is any such word closing a name an honorific opens ("Mr. A B Lao").
    let surname = lex.demonym_surnames.contains(w)
        && (p.title_surname.get(i).copied().unwrap_or(false)
            || surname_after_given(p, i, lowercase_words) && !taught_language(p, i))
        || after_honorific(p, i);
    if (lex.is_demonym(w) && !given_name_first(p, i) && !surname && !arabic_middle(p, i))
        || lower_tail
        || service_noun(p, i, w)
    {
        return Some(U::Modifier);
    }
    // "Martin Luther King Jr.": the word before a generational suffix is a surname, even one
    // that is also a title.
    // "Amir Levy" alone on its line (a photo credit): a title that is also a given name,
    // with one word after it and nothing else, opens the name.
    // So does one in capitals right after an agency's slash ("REUTERS/AMIR COHEN").
    let given = lex.given_names.contains_key(w.to_lowercase().as_str());
    let after_slash = i > 0 && p.toks[i - 1].is_punct('/') && is_all_caps(w);
    let credit_line = given && (i == 0 && p.toks.len() == 2 || after_slash);
    // "EPA-EFE/ABIR SULTAN": a title in capitals closing a credit of two words in capitals
    // after an agency's slash is the photographer's surname.
    let credit_surname = is_all_caps(w)
        && i >= 2
        && p.toks[i - 2].is_punct('/')
        && p.toks[i - 1].is_word()
        && is_all_caps(p.toks[i - 1].text(p.text))
        && p.toks
            .get(i + 1)
            .is_none_or(|t| t.is_punct(')') || t.is_punct('.'));
    // "Senatorial Candidate Chris McDaniel": capitalised, a candidacy is a title before a
    // name. Not in the title list, whose lower-case words also make descriptions ("the
    // Republican nominee said").
    let candidacy = matches!(w, "Candidate" | "Nominee" | "Challenger" | "Hopeful");
    // "Senators say …", "Board of Supervisors": a title in the plural names a group, and
    // like a title it is no one's name.
    let plural_title = w.chars().count() >= 6
        && !given
        && w.strip_suffix('s')
            .is_some_and(|s| lex.is_title(s) || lex.offices.contains(s.to_lowercase().as_str()));
    if (lex.is_title(w) || candidacy || plural_title)
        && !credit_line
        && !credit_surname
        && !suffix_follows(p, i)
        && !surname_after_given(p, i, lowercase_words)
        && !p.title_surname.get(i).copied().unwrap_or(false)
        && !given_after_title(p, i)
        && !amir_given(p, i)
    {
        return Some(U::Title);
    }
    // "Rushern Baker III", "Pope Leo XIV": a numeral of generation or reign after a name
    // closes that name.
    if marks::numeral(w) && i > 0 && is_capitalised(p.toks[i - 1].text(p.text)) {
        return Some(U::Name);
    }
    if initials_after_title(p, i) {
        return Some(U::Name);
    }
    if is_all_caps(w) && shouting(p, i, w, lowercase_words) {
        return None;
    }
    if is_all_caps(w) {
        // "JD Vance", "J.D. Vance", "J.R. Ross": two capitals before a name are initials,
        // with or without their points, unless known or a state's postal letters ("N.J.
        // Transit"). Three are an outlet's or a body's letters ("CTV Edmonton", "ABC News"):
        // people go by two. A body's word after them ("N.Y. Times") makes them a body's.
        let next_is_name = initials::name_at(p, i + 1);
        let known = lex.gazetteer_folded.contains_key(&w.to_lowercase());
        if next_is_name && !known && initials(w) {
            return Some(U::Name);
        }
        return Some(U::Acronym);
    }
    Some(U::Name)
}

/// Endings only adverbs have: no name ends so ("Kelly" and "Daly" do not).
const ADVERB_ENDINGS: &[&str] = &[
    "ently", "antly", "ively", "ously", "ably", "ibly", "edly", "ingly", "fully",
];

/// Maximal runs of name-like units, not crossing punctuation or a possessive.
pub(super) fn runs(p: &Para<'_>, atoms: &[Atom], lowercase_words: &HashSet<String>) -> Vec<Run> {
    let mut out = Vec::new();
    let mut cur: Vec<(U, usize, usize)> = Vec::new();
    let mut ai = 0;
    let mut i = 0;
    // The last opening bracket seen.
    let mut opened: Option<usize> = None;
    // The closing round bracket of an editor's insertion inside a quotation (`quoted_insert`).
    let mut insert_close: Option<usize> = None;
    let flush = |cur: &mut Vec<(U, usize, usize)>, out: &mut Vec<Run>| {
        // Connectors and particles only live between names.
        while cur
            .last()
            .is_some_and(|u| u.0 == U::Connector || is_particle(p, u))
        {
            cur.pop();
        }
        while cur
            .first()
            .is_some_and(|u| u.0 == U::Connector || is_particle(p, u))
        {
            cur.remove(0);
        }
        if !cur.is_empty() {
            doubled::push_run(p, std::mem::take(cur), out);
        }
    };
    while i < p.toks.len() {
        while ai < atoms.len() && atoms[ai].t0 < i {
            ai += 1;
        }
        if let Some(a) = atoms.get(ai).filter(|a| a.t0 == i) {
            // A name spanning a quotation mark is not one name.
            cur.push((U::Atom(ai), a.t0, a.t1));
            i = a.t1;
            continue;
        }
        let t = p.toks[i];
        // "Yael (R) and Adi Alexander": a caption's position marker is no name.
        if let Some(n) = position_marker(p, i) {
            flush(&mut cur, &mut out);
            i += n;
            continue;
        }
        // "Avraham (Avera) Mengisto": a nickname between a given name and the surname.
        if cur.last().is_some_and(|u| u.2 == i) && nickname(p, i) {
            i += 3;
            continue;
        }
        if insert_close == Some(i) {
            insert_close = None;
            i += 1;
            continue;
        }
        if marks::quoted_insert(p, i, cur.last().is_some_and(|u| u.2 == i)) {
            insert_close = Some(i + 2);
            i += 1;
            continue;
        }
        // "[Prime Minister Benjamin] Netanyahu", "Steve [Witkoff]": an editor's bracket inside
        // a run of names is no break. A closing one joins only a run that began inside it:
        // in "[US envoy to the Mideast] Steve", the bracket held a title, not a name.
        let bracket = matches!(t.kind, Tok::Punct('[' | ']'));
        let cap = |j: usize| {
            p.toks
                .get(j)
                .is_some_and(|n| n.is_word() && is_capitalised(n.text(p.text)))
        };
        if t.is_punct('[') {
            opened = Some(i);
            // "Mira and Tal [Mira Oz and Tal Ben-Ami, freed with him]": a bracket after a name
            // that holds more than one word glosses it; the run ends before it.
            if !cur.is_empty() && !p.toks.get(i + 2).is_some_and(|n| n.is_punct(']')) {
                flush(&mut cur, &mut out);
                i += 1;
                continue;
            }
        }
        // "[goalkeeper Tomas] Brandt": a title in lower case may open the bracket before
        // the name; "[US envoy to the Mideast] Steve" held no name.
        let inside = opened.is_some_and(|o| {
            cur.first()
                .is_some_and(|u| u.1 <= o + 1 || lower_title_between(p, o, u.1))
        });
        let closes = !cur.is_empty() && cap(i - 1) && (opened.is_none() || inside);
        if bracket && cap(i + 1) && (t.is_punct('[') || closes) {
            i += 1;
            continue;
        }
        let names = cur.iter().rev().take_while(|u| u.0 == U::Name).count();
        if comma_suffix(p, i, names) {
            cur.push((U::Name, i + 1, i + 2));
            i += 2;
            continue;
        }
        let unit = match t.kind {
            Tok::Word => word_unit(p, i, lowercase_words),
            _ => None,
        };
        match unit {
            // "of", "and" join only two halves of a longer name; `merge` decides.
            Some(U::Connector) => {
                flush(&mut cur, &mut out);
            }
            // In a headline each capitalised word stands alone ("Clinton Wins Backing"), a
            // known name too ("Israel Backs …", though Israel is also a given name): `people`
            // keeps only those the article names in full.
            Some(U::Name)
                if p.headline
                    && cur
                        .last()
                        .is_some_and(|u| matches!(u.0, U::Name | U::Atom(_))) =>
            {
                flush(&mut cur, &mut out);
                cur.push((U::Name, i, i + 1));
            }
            Some(u) => cur.push((u, i, i + 1)),
            None => flush(&mut cur, &mut out),
        }
        i += 1;
    }
    flush(&mut cur, &mut out);
    out
}

fn is_particle(p: &Para<'_>, u: &(U, usize, usize)) -> bool {
    u.0 == U::Name && u.2 == u.1 + 1 && LEX.particles.contains(p.toks[u.1].text(p.text))
}

pub(super) fn unit_text<'a>(p: &Para<'a>, u: &(U, usize, usize)) -> &'a str {
    &p.text[p.toks[u.1].start..p.toks[u.2 - 1].end]
}
