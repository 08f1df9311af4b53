//! A person a foreign state jailed, named with the words of that jailing in the clause that
//! follows the name: "A was wrongfully detained in Russia for three years", "B came home
//! after being in a Russian prison", "the return of C from a Venezuelan jail". News of a
//! state's captive calls the detention wrongful or names the state that holds them; crime
//! news names a charge, the police or a prison of the reader's own country.
//!
//! Read conservatively: the clause is cut at the next name, a semicolon, the sentence's end
//! or a reporting verb; a charge of an ordinary crime or the police in it, a title that makes
//! the person a convict ("convicted smuggler D"), or a prison of the side that trades such
//! convicts ("E spent 17 years in an American prison") and the person takes nothing here;
//! nor does one whose own apposition or relative clause tells of time served in a bare jail
//! ("F, who had spent 30 years in jail,"): a prisoner freed in the exchange, no captive.
//!
//! The same detention may come before the name, as a noun phrase it is set off from:
//! "working to free another American held in Russia, A", "a British citizen detained in
//! Iran, B" ([`held_abroad_before`]). Then the person must be of a side that trades for its
//! citizens (`data/reader_side.txt`) and the place not that side's own.

use super::super::Para;
use super::super::lexicon::LEX;
use super::super::roles::word;
use super::super::text::is_capitalised;
use super::detained::{CRIMINAL, HELD};
use super::held::{CASE_WORDS, convict_title};

/// Nouns of a place of detention.
const PRISONS: &[&str] = &[
    "prison",
    "prisons",
    "jail",
    "jails",
    "detention",
    "custody",
    "gulag",
];

/// Adverbs that make a detention a state's wrong, not a sentence served.
const WRONGFUL: &[&str] = &["wrongfully", "unjustly", "unlawfully", "arbitrarily"];

/// Adjectives before a prison noun that make it the reader's own side's prison, where the
/// convicts traded for captives are held ("an American prison", "a federal jail").
const OWN_SIDE: &[&str] = &[
    "american", "u.s.", "us", "federal", "israeli", "county", "state",
];

/// How far past the name its clause is read.
const REACH: usize = 16;

/// Hostage when the clause after the name (title run from `t0`, ending at `t1`) says a
/// foreign state holds or held the person.
pub(super) fn foreign_prison(
    p: &Para<'_>,
    t0: usize,
    t1: usize,
    person_at: &dyn Fn(usize) -> bool,
) -> bool {
    let w = |i: usize| word(p, i).unwrap_or_default();
    if p.in_quote[t0] || convict_title(p, t0) {
        return false;
    }
    let end = p.sentence_end(t0).min(t1 + REACH);
    let clause: Vec<usize> = (t1..end)
        .take_while(|&i| {
            !person_at(i)
                && !p.toks[i].is_punct(';')
                && !LEX.reporting_verbs.contains(w(i).as_str())
        })
        .collect();
    // "custody" is a police word in a crime story, and a state's in "Russian custody".
    let criminal = clause.iter().any(|&i| {
        let x = w(i);
        CRIMINAL.contains(&x.as_str()) || x != "custody" && CASE_WORDS.contains(&x.as_str())
    });
    if criminal {
        return false;
    }
    let wrongful = clause
        .iter()
        .any(|&i| WRONGFUL.contains(&w(i).as_str()) && HELD.contains(&w(i + 1).as_str()));
    // "a Russian prison", "Venezuelan custody": the state's adjective right before the noun.
    let foreign = clause.iter().any(|&i| {
        PRISONS.contains(&w(i).as_str())
            && i > 0
            && p.word_at(i - 1).is_some_and(|a| {
                LEX.is_demonym(a) && !OWN_SIDE.contains(&a.to_lowercase().as_str())
            })
    });
    wrongful || foreign
}

/// The clause after the name says it was held in a prison of the reader's own side ("who
/// spent 17 years in an American prison"), or freed with other prisoners
/// ([`freed_with_prisoners`]), or the reader's own side frees the name right after its verb
/// ("In return, Washington freed A"): a convict traded for a captive, no captive, though
/// the article later says "after he was freed". The name runs from `t0` to `t1`.
pub(in crate::extract) fn own_side_prison(
    p: &Para<'_>,
    (t0, t1): (usize, usize),
    person_at: &dyn Fn(usize) -> bool,
) -> bool {
    let w = |i: usize| word(p, i).unwrap_or_default();
    // Up to four words of title between the verb and the name ("freed Russian national A").
    let own_freed = (t0.saturating_sub(5)..t0)
        .rev()
        .take_while(|&v| p.toks[v].is_word())
        .any(|v| {
            !p.in_quote[v]
                && matches!(w(v).as_str(), "released" | "freed")
                && super::swap::own_side_freer(p, v)
        });
    let end = p.sentence_end(t1.saturating_sub(1)).min(t1 + REACH);
    let clause: Vec<usize> = (t1..end)
        .take_while(|&i| !person_at(i) && !p.toks[i].is_punct(';'))
        .collect();
    clause.iter().any(|&i| {
        PRISONS.contains(&w(i).as_str()) && i > 0 && OWN_SIDE.contains(&w(i - 1).as_str())
    }) || time_served(p, &clause) && !foreign_prison(p, t0, t1, person_at)
        || freed_with_prisoners(p, t1, person_at)
        || own_freed
}

/// "A, who had spent 30 years in jail,", "B, a doctor freed from prison,": a bare jail or
/// prison (no article, no state's adjective, no place after it) that the person spent years
/// in or was freed from is a sentence served, the words of a convict, not of a captive.
fn time_served(p: &Para<'_>, clause: &[usize]) -> bool {
    let w = |i: usize| word(p, i).unwrap_or_default();
    // Only in an apposition or a relative clause set off after the name: a predicate ("was
    // freed from prison as part of a deal") tells of any detainee's release.
    let set_off = clause.first().is_some_and(|&c| {
        p.toks[c].is_punct(',') && matches!(w(c + 1).as_str(), "who" | "a" | "an")
    });
    set_off
        && clause.iter().any(|&i| {
            let spent = clause.iter().any(|&k| k < i && w(k) == "spent");
            let bare = matches!(w(i).as_str(), "jail" | "prison")
                && (w(i - 1) == "from" || w(i - 1) == "in" && spent);
            // "in prison in (military-ruled) Russia": a place after it may be a foreign state's.
            let placed = w(i + 1) == "in"
                && (i + 2..i + 5)
                    .any(|k| clause.contains(&k) && p.word_at(k).is_some_and(is_capitalised));
            bare && !placed
        })
}

/// "A … was released with 109 other Palestinian prisoners", "B was freed along with fellow
/// detainees": a release shared with "other" or "fellow" prisoners makes the person one of
/// them, a convict, not a captive. Read from the name ending at `t1` to its sentence's end
/// or the next name; "political prisoners" are captives and count not.
fn freed_with_prisoners(p: &Para<'_>, t1: usize, person_at: &dyn Fn(usize) -> bool) -> bool {
    let w = |i: usize| word(p, i).unwrap_or_default();
    let end = p.sentence_end(t1.saturating_sub(1));
    let clause: Vec<usize> = (t1..end)
        .take_while(|&i| !person_at(i) && !p.toks[i].is_punct(';'))
        .collect();
    clause.iter().any(|&v| {
        matches!(w(v).as_str(), "released" | "freed")
            && (v + 1..v + 8).any(|k| {
                matches!(w(k).as_str(), "prisoners" | "detainees" | "inmates")
                    && (v + 1..k).any(|o| matches!(w(o).as_str(), "other" | "fellow"))
                    && (v + 1..k).all(|o| w(o) != "political" && clause.contains(&o))
            })
    })
}

/// Nouns of citizenship: with a national of the reader's side (`data/reader_side.txt`),
/// the person a fronted detention describes.
const CITIZENSHIP: &[&str] = &["dual", "citizen", "citizens", "national", "nationals"];

/// Where a person held is in no foreign hands, besides the reader's side's own places.
const NOT_ABROAD: &[&str] = &["custody", "prison", "jail"];

/// "another American held in Russia, A", "a U.S. citizen detained in Venezuela, B": the noun
/// phrase right before the comma before the title or name at `at` (back to the sentence
/// start, a comma or a name, at most ten words) names a national of the reader's side,
/// then a participle of holding, "in" or "by", and a capitalised place or group that is not
/// the side's own. No charge of a crime in it ("an American jailed in Thailand on drug
/// charges, C" is a convict), and nothing inside a quotation.
pub(in crate::extract) fn held_abroad_before(
    p: &Para<'_>,
    at: usize,
    person_at: &dyn Fn(usize) -> bool,
) -> bool {
    if at < 4 || !p.toks[at - 1].is_punct(',') || p.in_quote[at - 1] {
        return false;
    }
    let mut s = at - 1;
    while s > 0
        && at - s < 12
        && !p.starts[s]
        && !person_at(s - 1)
        && !matches!(
            p.toks[s - 1].kind,
            super::super::text::Tok::Punct(',' | ';' | ':')
        )
    {
        s -= 1;
    }
    let w = |i: usize| word(p, i).unwrap_or_default();
    let phrase: Vec<usize> = (s..at - 1).filter(|&i| p.toks[i].is_word()).collect();
    let crime = phrase.iter().any(|&i| {
        let x = w(i);
        CRIMINAL.contains(&x.as_str()) || CASE_WORDS.contains(&x.as_str())
    });
    let Some(h) = phrase.iter().position(|&i| HELD.contains(&w(i).as_str())) else {
        return false;
    };
    let national = phrase[..h].iter().any(|&i| {
        let x = w(i);
        LEX.reader_nationals.contains(x.as_str()) || CITIZENSHIP.contains(&x.as_str())
    });
    let (Some(&prep), Some(&place)) = (phrase.get(h + 1), phrase.get(h + 2)) else {
        return false;
    };
    let place = if w(place) == "the" {
        phrase.get(h + 3).copied().unwrap_or(place)
    } else {
        place
    };
    let foreign = p
        .word_at(place)
        .is_some_and(super::super::text::is_capitalised)
        && !LEX.reader_places.contains(w(place).as_str())
        && !NOT_ABROAD.contains(&w(place).as_str());
    national && !crime && matches!(w(prep).as_str(), "in" | "by") && foreign
}

/// "A, another American prisoner,", "B, a British detainee,": an apposition that opens with
/// an article and calls the person a prisoner by a nationality of the reader's side
/// (`data/reader_side.txt`) speaks of a citizen held abroad; a convict at home is an
/// "inmate", and a charge or a title of crime in it makes no captive.
pub(in crate::extract) fn national_prisoner(text: &str) -> bool {
    let words = lower_words(text);
    let opens = words
        .first()
        .is_some_and(|w| matches!(w.as_str(), "a" | "an" | "another"));
    let crime = names_crime(&words);
    let prisoner = words.windows(2).any(|w| {
        LEX.reader_nationals.contains(w[0].as_str())
            && matches!(w[1].as_str(), "prisoner" | "detainee")
    });
    opens && prisoner && !crime && words.len() <= 6
}

/// "the ordeal of British-Iranian prisoners A and B", "American detainee C": the title before
/// a name calls the person a prisoner by a nationality of the reader's side, a citizen held
/// abroad as in [`national_prisoner`]; either half of a dual nationality counts, and a
/// charge or a title of crime in it makes no captive.
pub(in crate::extract) fn national_prisoner_title(title: &str) -> bool {
    let words = lower_words(title);
    let crime = names_crime(&words);
    let national = |w: &str| w.split('-').any(|part| LEX.reader_nationals.contains(part));
    // The noun ends the title: "prisoners" is what the named are, not a word before them.
    let n = words.len();
    let prisoner = n >= 2
        && national(&words[n - 2])
        && matches!(
            words[n - 1].as_str(),
            "prisoner" | "prisoners" | "detainee" | "detainees"
        );
    prisoner && !crime
}

/// The words of an apposition or a title in lower case (points and hyphens kept inside).
fn lower_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric() && c != '.' && c != '-')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Whether the words name a charge or a title of crime: then no captive.
fn names_crime(words: &[String]) -> bool {
    words
        .iter()
        .any(|w| CRIMINAL.contains(&w.as_str()) || CASE_WORDS.contains(&w.as_str()))
}

/// "A, one of five Americans released by Iran,": an apposition that counts the person among
/// nationals of the reader's side (`data/reader_side.txt`) whom a foreign captor freed. The
/// passive of "Iran released A" (`freed_by`): a state of the reader's side frees
/// convicts, not captives, so the freer must be another ("Americans freed by Washington" is
/// none), and a charge or a title of crime in it makes no captive.
pub(in crate::extract) fn freed_nationals(text: &str) -> bool {
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric() && c != '.' && c != '-')
        .filter(|w| !w.is_empty())
        .collect();
    let low = |i: usize| words.get(i).map(|w| w.to_lowercase()).unwrap_or_default();
    let crime = (0..words.len()).any(|i| {
        let w = low(i);
        CRIMINAL.contains(&w.as_str()) || CASE_WORDS.contains(&w.as_str())
    });
    let freed = (1..words.len()).any(|v| {
        let by = if low(v + 2) == "the" { v + 3 } else { v + 2 };
        matches!(low(v).as_str(), "released" | "freed")
            && LEX.reader_nationals.contains(low(v - 1).as_str())
            && low(v + 1) == "by"
            && words
                .get(by)
                .is_some_and(|w| super::super::text::is_capitalised(w))
            && !LEX.reader_places.contains(low(by).as_str())
    });
    freed && !crime && words.len() <= 10
}
