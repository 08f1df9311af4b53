//! A thing written as the subject of a reporting verb: "'…,' the message read", "the note
//! on the door said", "a note found in his coat read". With an article and no writer named
//! in the sentence, no person speaks there, least of all the last one named. A writer who
//! owns it ("her note said", "Pike's post read") is read by the other rules, as before.

use crate::extract::attribution::Ctx;
use crate::extract::lexicon::LEX;
use crate::extract::text::is_regular_past;

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
