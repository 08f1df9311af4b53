//! Words that open a sentence before a comma or an object and are no person's name: an
//! adverb in "-ly" ("Sadly, …") and a participle in "-ing" ("Defending himself, …").

use super::super::Para;
use super::super::lexicon::LEX;
use super::super::text::Tok;

/// "Sadly, we tried everything, said Vance", "“Frankly, …,” said Vance": an adverb in "-ly"
/// that opens a sentence or a quotation before a comma comments on what follows; it is no
/// subject of the reporting verb after the clause. A given name so spelt ("Kelly") is not.
pub(super) fn opening_adverb(p: &Para<'_>, t0: usize, t1: usize) -> bool {
    let w = p.toks[t0].text(p.text).to_lowercase();
    let opens = t0 == 0
        || p.starts[t0]
        || matches!(p.toks[t0 - 1].kind, Tok::Punct(c) if super::super::text::is_double_quote(c));
    t1 == t0 + 1
        && opens
        && w.chars().count() > 4
        && w.ends_with("ly")
        && !LEX.given_names.contains_key(w.as_str())
}

/// "Defending himself against the charges, X argued …": a lone word in "-ing" that opens a
/// sentence is a participle, whose object "himself" is no cue of a person.
pub(super) fn opening_participle(p: &Para<'_>, t0: usize, t1: usize) -> bool {
    let w = p.toks[t0].text(p.text).to_lowercase();
    t1 == t0 + 1
        && p.starts[t0]
        && w.len() > 5
        && w.ends_with("ing")
        && !LEX.given_names.contains_key(w.as_str())
}
