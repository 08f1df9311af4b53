//! Places told by the person or the list they stand beside: the town a named person comes
//! from ("A B from C", "Sen. A B of C"), and the names of a list that a plural of a
//! division closes ("C, D and E counties") or that one opens ("the cities of C, D and E").

use super::super::Para;
use super::super::lexicon::LEX;
use super::super::names::Candidate;
use super::super::text::{Tok, is_capitalised};

/// "freed were Noam Peretz from Or Akiva, and Lior Adler": a run right after "from" that
/// itself follows a person's full name (two capitalised words) is where that person comes
/// from, as in a list of the freed, the wounded or the candidates with their towns. Not
/// before a possessive ("Dana Levi from Ronen Bar's office") or another capitalised word, nor
/// where a known given name opens the run ("a message to A B from Steve C" is C's).
/// "Republican Sen. Ann Ray of Cedar Falls, who retired": "of" does the same after a full
/// name that a known given name or a title opens, whatever word opens the town's name, as news writes a lawmaker's home town;
/// elsewhere two capitalised words before "of" are as often an office or a body ("Prime
/// Minister of …", "Bank of …").
pub(super) fn home_town(p: &Para<'_>, c: &Candidate) -> bool {
    let given = LEX
        .given_names
        .contains_key(p.toks[c.t0].text(p.text).to_lowercase().as_str());
    let cap = |i: usize| p.toks[i].is_word() && is_capitalised(p.toks[i].text(p.text));
    // "Arnold Meshkov from Abington told reporters": the person's own reporting verb may
    // follow the town as well as a stop.
    let ends = p
        .toks
        .get(c.t1)
        .is_none_or(|t| matches!(t.kind, Tok::Punct(',' | '.' | ';')))
        || p.word_at(c.t1)
            .is_some_and(|w| LEX.reporting_verbs.contains(w));
    let person_before = |i: usize| {
        p.word_at(i)
            .is_some_and(|w| LEX.is_given(&w.to_lowercase()))
            || (i.saturating_sub(2)..i).any(|k| {
                p.word_at(k)
                    .is_some_and(|w| LEX.titles.contains(w.to_lowercase().as_str()))
            })
    };
    let from = c.t0 >= 3 && p.word_at(c.t0 - 1) == Some("from");
    let of = c.t0 >= 3 && p.word_at(c.t0 - 1) == Some("of") && person_before(c.t0 - 3);
    (from && !given || of) && cap(c.t0 - 2) && cap(c.t0 - 3) && ends
}

/// "Cedar Hollow, Marsh and Oakley townships", "Redfield and Stone Gap boroughs", "Borno
/// and Yobe states": a list of capitalised names closed by a lower-case plural of a division
/// names that many divisions, each of its names a place. People are never counted so.
pub(super) fn listed_division(p: &Para<'_>, c: &Candidate) -> bool {
    let mut i = c.t1;
    // A list of places runs to a few dozen names; stop looking past that.
    while i < p.toks.len() && i < c.t1 + 120 {
        let t = &p.toks[i];
        let w = t.text(p.text);
        if t.is_punct(',') || t.is_word() && matches!(w, "and" | "or") {
            i += 1;
            continue;
        }
        if !t.is_word() {
            return false;
        }
        if is_capitalised(w) {
            i += 1;
            continue;
        }
        return matches!(
            w,
            "townships"
                | "boroughs"
                | "counties"
                | "parishes"
                | "municipalities"
                | "provinces"
                | "governorates"
                | "districts"
                | "states"
                | "villages"
                | "towns"
        );
    }
    false
}

/// "the cities of Bremerton, Port Orchard and Gig Harbor", "the towns of C and D": a
/// lower-case plural of a settlement or a division, then "of", opens a list whose every
/// capitalised name is a place, as "the town of C" names one.
pub(super) fn listed_settlement(p: &Para<'_>, c: &Candidate) -> bool {
    let mut i = c.t0;
    // Back over the names, commas and "and" of the list to the "of" that opens it.
    while i > 0 && i + 120 > c.t0 {
        i -= 1;
        let t = &p.toks[i];
        let w = t.text(p.text);
        if t.is_punct(',') || t.is_word() && (matches!(w, "and" | "or") || is_capitalised(w)) {
            continue;
        }
        return w == "of"
            && i >= 1
            && p.word_at(i - 1).is_some_and(|w| {
                matches!(
                    w,
                    "cities"
                        | "towns"
                        | "villages"
                        | "communities"
                        | "municipalities"
                        | "suburbs"
                        | "neighborhoods"
                        | "neighbourhoods"
                        | "counties"
                        | "provinces"
                        | "districts"
                        | "regions"
                        | "states"
                )
            });
    }
    false
}
