//! Lone given names that share the surname of the full name a list of them closes on
//! ("Adi and Yael Alexander", "Shiri, Ariel and Kfir Bibas"), and a lone word in a list of
//! full names that shares nothing ("Agam Berger, Yehud, and Gadi Moses").

use super::super::Para;
use super::super::lexicon::LEX;
use super::super::runs::{Run, U, gap_is_comma, is_coordinated};

/// What the run at `ri` takes from the runs around it.
pub(super) enum Shared {
    /// A given name in a list that closes on this surname.
    Surname(String),
    /// A person known by one name, set off in a list of full names.
    OneName,
    Nothing,
}

// "Adi and Yael Alexander", "Shiri, Ariel and Kfir Bibas": lone first names joined by
// commas and a final "and" to a two-word name share its surname.
pub(super) fn shared_surname(p: &Para<'_>, runs: &[Run], ri: usize) -> Shared {
    let run = &runs[ri];
    let mut k = ri + 1;
    while k + 1 < runs.len()
        && runs[k].units.len() == 1
        && runs[k].units[0].0 == U::Name
        && gap_is_comma(p, &runs[k - 1], &runs[k])
    {
        k += 1;
    }
    // A list of three or more ("Ilan, Merav, and Gal Dalal") may close with a serial
    // comma, and must hold a given name the data knows: "Biden, Obama and Kamala Harris"
    // lists surnames, which share nothing.
    let lone = |r: &Run| r.units.len() == 1 && r.units[0].0 == U::Name;
    let mut first = ri;
    while first > 0
        && lone(&runs[first])
        && lone(&runs[first - 1])
        && gap_is_comma(p, &runs[first - 1], &runs[first])
    {
        first -= 1;
    }
    let list = k > first + 1;
    // "Eitan Horn, Matan Zangauker, Ariel, and David Cuneo": a lone given name after a
    // comma that closes a full name stands in a list too, which may close with a serial
    // comma.
    let serial = list || (first > 0 && gap_is_comma(p, &runs[first - 1], &runs[first]));
    let firsts = |upto: usize| {
        runs[first..upto.min(runs.len())].iter().filter_map(|r| {
            r.units
                .first()
                .map(|u| p.text[p.toks[u.1].start..p.toks[u.2 - 1].end].to_lowercase())
        })
    };
    let given = |upto: usize| firsts(upto).any(|w| LEX.given_names.contains_key(w.as_str()));
    // A pair of unknown names shares its surname unless one of them is a common noun by
    // its ending and neither a known given name: "the Independence and Working Families
    // lines" coordinates two parties, "Gali and Zivi Berman" two people.
    let nounish = || {
        firsts(k + 1).any(|w| {
            w.chars().count() >= 6
                && ["ing", "tion", "ment", "ness", "ism", "ence", "ance", "ity"]
                    .iter()
                    .any(|e| w.ends_with(e))
        })
    };
    // "Sens. Steve Daines, R-Montana, and Tom Cotton": a party tag is no given name.
    let tagged = || firsts(k).any(|w| matches!(w.split_once('-'), Some(("r" | "d" | "i", _))));
    let comma_after = run
        .units
        .last()
        .is_some_and(|x| p.toks.get(x.2).is_some_and(|t| t.is_punct(',')));
    let shares = || {
        if tagged() {
            false
        } else if list {
            given(k)
        } else if serial && comma_after {
            // Set off by commas after a full name, the lone word must itself be a given
            // name: "Agam Berger, Yehud, and Gadi Moses" lists a surname, "Yehud" (but
            // "Eitan Mor, Gali and Ziv Berman" names two Bermans).
            given(k)
        } else {
            given(k + 1) || !nounish()
        }
    };
    // "her children Kfir and Ariel and Oded Lifshitz": a lone name that "and" also joins to
    // a lone name before it stands in a chain of "and"s, which names people one by one; the
    // full name that closes the chain lends no surname.
    let chained = ri > 0
        && lone(run)
        && lone(&runs[ri - 1])
        && runs[ri - 1].units.last().is_some_and(|x| {
            run.units[0].1 == x.2 + 1 && p.toks[x.2].text(p.text).eq_ignore_ascii_case("and")
        });
    if let Some(next) = runs.get(k)
        && !chained
        && is_coordinated(p, &runs[k - 1], next, serial)
        && (k == ri + 1 || (run.units.len() == 1 && run.units[0].0 == U::Name))
        && shares()
        && let Some(&(_, a, b)) = next.units.last()
    {
        // "Scott and Patti St. Clair", "Jan and Anna van Dijk": a particle before the last
        // word is part of the surname they share.
        // "Raz and Ohad Ben Ami": in a name of three words the middle one may be a particle
        // written capitalised, and the surname they share is both words.
        let a = match next.units.len().checked_sub(2).map(|u| next.units[u]) {
            Some((_, pa, pb))
                if particle(&p.text[p.toks[pa].start..p.toks[pb - 1].end])
                    || next.units.len() >= 3
                        && capital_particle(&p.text[p.toks[pa].start..p.toks[pb - 1].end]) =>
            {
                pa
            }
            _ => a,
        };
        let surname = &p.text[p.toks[a].start..p.toks[b - 1].end];
        // "Durable and Everlasting Peace" shares no surname: the last word names a thing.
        if !LEX.nonentity_cues.contains(surname) {
            return Shared::Surname(surname.to_string());
        }
    }
    // "Agam Berger, Yehud, and Gadi Moses": a lone word that shares no surname between a
    // full name and the list's closing full name is a person known by one name.
    if !list
        && serial
        && comma_after
        && k == ri + 1
        && lone(run)
        && runs[first - 1].units.len() > 1
        && runs.get(k).is_some_and(|next| {
            next.units.len() > 1 && is_coordinated(p, &runs[k - 1], next, serial)
        })
    {
        return Shared::OneName;
    }
    Shared::Nothing
}

/// A surname's particle: "St." or "Saint", or a lower-case one of `data/particles.txt`
/// ("van", "de", "al").
fn particle(w: &str) -> bool {
    matches!(w.trim_end_matches('.'), "St" | "Ste" | "Saint") || LEX.particles.contains(w)
}

/// "Ben" in "Ohad Ben Ami", "Al" in "Omar Al Thani": a particle of `data/particles.txt`
/// written capitalised. Standing second in a name of three words after a given name, it opens
/// the surname rather than being a middle name, as Hebrew and Arabic names write it.
fn capital_particle(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
        && LEX.particles.contains(w.to_lowercase().as_str())
}
