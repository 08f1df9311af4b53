//! A thing written as the subject of a reporting verb: "'…,' the message read", "the note
//! on the door said", "a note found in his coat read". With an article and no writer named
//! in the sentence, no person speaks there, least of all the last one named. A person who
//! owns it and heads the subject ("Pike's post read", "her statement said") wrote it, and
//! speaks there (`owner`).

use super::phrase::heads_subject;
use crate::entity::EntityKind;
use crate::extract::attribution::{Ctx, Who};
use crate::extract::lexicon::LEX;
use crate::extract::people::Mention;
use crate::extract::refer::Ref;
use crate::extract::text::{Tok, is_regular_past};

/// A thing written or a statement (`data/written_messages.txt`, `data/signed_messages.txt`).
pub(super) fn document(w: &str) -> bool {
    LEX.written_messages.contains(w) || LEX.signed_messages.contains(w)
}

/// "Chavez's statement stopped short of …, but did say, '…'", "'…,' Pike's post read": a
/// person's name that heads the subject (clause opening at `a`) and owns, by its
/// possessive, the thing written right after it: those are that person's words. An
/// organisation's statement stays the organisation's, and a statement owned by two ("A and
/// B's joint statement") heads no one's subject here.
pub(super) fn owner(cx: &Ctx<'_, '_>, pi: usize, m: &Mention, a: usize) -> Option<Ref> {
    let p = &cx.paras[pi];
    let owned = p.toks.get(m.t1).is_some_and(|t| t.kind == Tok::Possessive);
    (owned
        && document(&cx.word(pi, m.t1 + 1))
        && cx.ents[m.entity].kind == EntityKind::Person
        && heads_subject(cx, pi, a, m.t0))
    .then_some((Who::Entity(m.entity), 0.9))
}

/// Whether the word at `i` (the clause opening at `a`) is a thing written
/// (`data/written_messages.txt`) after "the", "a" or "an", and either ends the subject or
/// goes on only to say where it was or what was done with it.
pub(super) fn unsigned(cx: &Ctx<'_, '_>, pi: usize, a: usize, i: usize, ends_phrase: bool) -> bool {
    i > a
        && LEX.written_messages.contains(cx.word(pi, i).as_str())
        && matches!(cx.word(pi, i - 1).as_str(), "the" | "a" | "an")
        && (ends_phrase || described(&cx.word(pi, i + 1)))
}

/// "'…,' the official statement declared": a title word ("official") between the article
/// and a thing written that ends the subject is an adjective of the thing, not a person the
/// article described so; no one speaks there.
pub(super) fn titled_thing(cx: &Ctx<'_, '_>, pi: usize, a: usize, i: usize, b: usize) -> bool {
    let p = &cx.paras[pi];
    i > a
        && i + 2 == b
        && matches!(cx.word(pi, i - 1).as_str(), "the" | "a" | "an")
        && p.toks[i].is_word()
        && p.toks[i].text(p.text).starts_with(char::is_lowercase)
        && LEX.titles.contains(cx.word(pi, i).as_str())
        && {
            let thing = cx.word(pi, i + 1);
            LEX.written_messages.contains(thing.as_str())
                || LEX.signed_messages.contains(thing.as_str())
        }
}

/// A word after a thing written that goes on describing the thing, not naming its writer:
/// where it was ("on the door") or a participle ("shared with the Post", "found in his
/// coat").
fn described(next: &str) -> bool {
    matches!(
        next,
        "on" | "in" | "at" | "sent" | "left" | "found" | "seen" | "written"
    ) || is_regular_past(next)
}
