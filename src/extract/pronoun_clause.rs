//! A fronted clause whose subject is a pronoun for the name right after it: "When she was
//! freed in November, Dana Levi said …", "Speaking by phone, months after he was released
//! by his captors, Tom Adler recalled …". News opens a sentence with what happened to its
//! subject and names the subject only after the comma, so the pronoun points forward to
//! that name, and a hostage cue the clause gives its pronoun is the name's.
//!
//! Read narrowly, as a wrong hostage role spreads to every page of the person: the clause
//! opens with a conjunction of time and ends at the comma right before the name, holds no
//! capitalised word of its own (no other person it could be about), and the pronoun's
//! gender is the gender of the name's given name, known from the given-name list.

use super::Para;
use super::gender::Gender;
use super::lexicon::LEX;
use super::roles::word;
use crate::entity::Role;

/// Conjunctions of time that open such a clause.
const OPENERS: &[&str] = &["when", "while", "after", "since", "once", "before", "until"];

/// How many tokens the clause may hold, from its conjunction to the comma.
const LONGEST: usize = 16;

/// Hostage for the name whose title run starts at `l0` and whose given name is `given`, when
/// the clause right before its comma is "when she was released …" or another of [`OPENERS`]
/// with "he" or "she" and a verbal hostage cue after it.
pub(super) fn pronoun_clause_before(p: &Para<'_>, l0: usize, given: &str) -> Vec<Role> {
    if l0 < 4 || !p.toks[l0 - 1].is_punct(',') || p.in_quote[l0 - 1] {
        return Vec::new();
    }
    let end = l0 - 1;
    // Back from the comma to the conjunction, over words only and within the sentence.
    let mut c = end;
    while c > 0 && end - c < LONGEST && !p.starts[c] {
        c -= 1;
        let lower = p.word_at(c).is_some_and(|w| {
            w.chars()
                .next()
                .is_some_and(|ch| ch.is_lowercase() || ch.is_ascii_digit())
        });
        // A comma, a quotation or a capital ends the search: the clause is not one of words
        // about its pronoun alone.
        if !(lower || p.starts[c] && p.toks[c].is_word()) {
            return Vec::new();
        }
        if word(p, c).is_some_and(|w| OPENERS.contains(&w.as_str())) {
            break;
        }
    }
    if !word(p, c).is_some_and(|w| OPENERS.contains(&w.as_str())) || c + 3 > end {
        return Vec::new();
    }
    let pronoun = match word(p, c + 1).as_deref() {
        Some("she") => Gender::Female,
        Some("he") => Gender::Male,
        _ => return Vec::new(),
    };
    if LEX.given_names.get(given.to_lowercase().as_str()) != Some(&pronoun) {
        return Vec::new();
    }
    let clause = &p.text[p.toks[c + 2].start..p.toks[end - 1].end];
    if LEX.verbal_cue(clause, Role::Hostage) {
        vec![Role::Hostage]
    } else {
        Vec::new()
    }
}
