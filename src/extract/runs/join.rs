//! Which runs of name-like words join into one name ("Secretary of State Marco Rubio",
//! "Ministry of Foreign Affairs", "Hostages and Missing Families Forum", "Tiki Bar and
//! Grill"), and how two runs stand to each other: only a comma between them, or one given
//! name coordinated with a full name ("Adi and Yael Alexander").
//!
//! The parent module finds the runs; `names` joins them here before splitting each into
//! candidates.

use super::{Run, U, position_marker, unit_text};
use crate::extract::Para;
use crate::extract::lexicon::LEX;
use crate::extract::text::lower;
use std::borrow::Cow;

/// Joins runs split by "of", "for" or "and" when they form one name: "Secretary of State
/// Marco Rubio", "Ministry of Foreign Affairs", "Hostages and Missing Families Forum".
pub(in crate::extract) fn merge(p: &Para<'_>, runs: Vec<Run>) -> Vec<Run> {
    let mut out: Vec<Run> = Vec::new();
    for run in runs {
        if let Some(prev) = out.last_mut()
            && let Some(gap) = gap_words(p, prev, &run)
            && !gap.is_empty()
        {
            let gap: Vec<&str> = gap.iter().map(|w| &**w).collect();
            let last = prev.units.last().map(|u| unit_text(p, u)).unwrap_or("");
            let first_word = run.units.first().map(|u| unit_text(p, u)).unwrap_or("");
            // "Superintendent of Public Instruction": an office noun that is no title alone
            // (`data/offices.txt`) heads a title with its portfolio as a title word does.
            let office = || LEX.offices.contains(last.to_lowercase().as_str());
            let head_ends = LEX.is_title(last) || office() || LEX.org_cues.contains(last);
            // "Presidential Adviser on the Peace Process A B", "Special Rapporteur on Torture":
            // after a title word, "on" opens its portfolio as "of" and "for" do.
            let on_title = matches!(gap.as_slice(), ["on"] | ["on", "the"]) && LEX.is_title(last);
            let of_like = on_title
                || matches!(
                    gap.as_slice(),
                    ["of"] | ["for"] | ["of", "the"] | ["for", "the"]
                );
            let tail_is_org = run
                .units
                .last()
                .is_some_and(|u| LEX.org_cues.contains(unit_text(p, u)));
            // "Minister of Foreign Affairs and Expatriates Ayman Safadi": a portfolio after
            // "and" goes on with the title's portfolio before it.
            let portfolio_and = gap == ["and"]
                && prev.units.last().is_some_and(|u| u.0 == U::Title)
                && LEX.portfolio.contains(first_word.to_lowercase().as_str());
            // "Ministry of Foreign Affairs and East African Cooperation": a body named by its
            // portfolio goes on past "and" with a second portfolio.
            let in_portfolio = |w: &str| LEX.portfolio.contains(w.to_lowercase().as_str());
            let body_portfolio_and = gap == ["and"]
                && prev.units.len() >= 2
                && prev
                    .units
                    .first()
                    .is_some_and(|u| LEX.org_cues.contains(unit_text(p, u)))
                && in_portfolio(last)
                && run
                    .units
                    .last()
                    .is_some_and(|u| in_portfolio(unit_text(p, u)))
                && !run.units.iter().any(|u| matches!(u.0, U::Atom(_)));
            let joins = portfolio_and
                || body_portfolio_and
                || (of_like
                    && head_ends
                    && LEX.portfolio.contains(first_word.to_lowercase().as_str()))
                || ((of_like || gap == ["on"]) && LEX.org_cues.contains(last))
                || (gap == ["and"]
                    && (tail_is_org || venue_tail(p, &run))
                    && !prev.units.iter().any(|u| matches!(u.0, U::Atom(_)))
                    && !full_name(p, prev));
            if joins {
                let (gs, ge) = (prev.units.last().map_or(0, |u| u.2), run.units[0].1);
                prev.units.push((U::Connector, gs, ge));
                let mut in_title = portfolio_and || of_like && (LEX.is_title(last) || office());
                for u in run.units {
                    let portfolio = LEX
                        .portfolio
                        .contains(unit_text(p, &u).to_lowercase().as_str());
                    in_title = in_title && portfolio;
                    prev.units
                        .push(if in_title { (U::Title, u.1, u.2) } else { u });
                }
                continue;
            }
        }
        out.push(run);
    }
    out
}

/// "Tiki Bar and Grill", "Oak Tavern and Diner": one word after "and" that names a kind of
/// venue or event closes the name of that thing, which takes the run before along.
fn venue_tail(p: &Para<'_>, run: &Run) -> bool {
    matches!(&run.units[..], [u] if u.0 == U::Name && LEX.nonentity_cues.contains(unit_text(p, u)))
}

/// "Ana Ruiz and Senate candidate …": a run of two or more names opening with a known given
/// name is a person, not the first half of an organisation joined by "and" ("Hostages and
/// Missing Families Forum", "Bill and Melinda Gates Foundation"). So is a title and two
/// names ("Deputy Affairs Minister Majid Roshan and Deputy International Minister …"): a
/// titled full name is a person, whatever the run after "and" ends with.
fn full_name(p: &Para<'_>, run: &Run) -> bool {
    let titled = run.units.len() >= 3
        && matches!(
            run.units[..],
            [.., (U::Title, ..), (U::Name, ..), (U::Name, ..)]
        );
    titled
        || run.units.len() >= 2
            && run.units.iter().all(|u| u.0 == U::Name)
            && LEX
                .given_names
                .contains_key(unit_text(p, &run.units[0]).to_lowercase().as_str())
}

/// Only a comma between two runs.
pub(in crate::extract) fn gap_is_comma(p: &Para<'_>, a: &Run, b: &Run) -> bool {
    let (Some(x), Some(y)) = (a.units.last(), b.units.first()) else {
        return false;
    };
    y.1 == x.2 + 1 && p.toks[x.2].is_punct(',')
}

/// One given name and a full name joined by "and" ("Adi and Yael Alexander"): the given name
/// shares the surname, unless the second run ends in a word that makes it an organisation or
/// a place. With `serial`, the "and" may follow a comma ("Ilan, Merav, and Gal Dalal").
pub(in crate::extract) fn is_coordinated(p: &Para<'_>, a: &Run, b: &Run, serial: bool) -> bool {
    let names = |r: &Run| r.units.iter().all(|u| u.0 == U::Name);
    let and = |a: &Run| gap_words(p, a, b).is_some_and(|g| g == ["and"]);
    let comma_and = || {
        a.units.last().is_some_and(|x| {
            p.toks.get(x.2).is_some_and(|t| t.is_punct(','))
                && b.units.first().is_some_and(|y| {
                    y.1 == x.2 + 2 && p.toks[x.2 + 1].text(p.text).eq_ignore_ascii_case("and")
                })
        })
    };
    a.units.len() == 1
        && names(a)
        && b.units.len() >= 2
        && names(b)
        && (and(a) || (serial && comma_and()))
        && b.units.last().is_some_and(|u| {
            let w = unit_text(p, u);
            !LEX.org_cues.contains(w) && !LEX.place_cues.contains(w)
        })
}

/// Words (lower case) between two runs, if only connectors. Every join reads a gap of one
/// or two words ("of", "of the", "and"), so a longer gap is `None` as soon as it is seen:
/// the gap between two runs is often a whole clause, and lower-casing it cost more than the
/// joins that read it.
fn gap_words<'p>(p: &Para<'p>, a: &Run, b: &Run) -> Option<Vec<Cow<'p, str>>> {
    let end = a.units.last()?.2;
    let start = b.units.first()?.1;
    let mut words = Vec::new();
    let mut i = end;
    while i < start {
        if let Some(n) = position_marker(p, i) {
            i += n;
            continue;
        }
        let t = p.toks[i];
        if !t.is_word() || words.len() == 2 {
            return None;
        }
        words.push(lower(t.text(p.text)));
        i += 1;
    }
    Some(words)
}
