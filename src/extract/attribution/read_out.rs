//! The `read out` sieve: words another wrote, read aloud by the one the attribution names
//! ("'…,' A reads from his daughter's statement", "'…,' A read out B's letter", "'…,' A
//! quotes his son's words"). They are the writer's: the owner of the thing read, named
//! ("B's letter") or a relative of the reader's ("his daughter's"), who is the one other
//! person of the article that bears the reader's surname. A writer who cannot be placed
//! leaves the words unnamed, never the reader's.

use super::super::lexicon::LEX;
use super::super::quotes::QuoteSpan;
use super::super::refer::Ref;
use super::super::text::Tok;
use super::{Ctx, Who, tok_at};
use crate::entity::EntityKind;

/// Verbs of reading another's words aloud.
const READS: &[&str] = &["reads", "read", "reading", "quotes", "quoted", "quoting"];

/// The writer of quotation `q` of paragraph `pi`, when the words after its closing mark are
/// a person, a verb of reading, and another's thing written in the possessive.
pub(super) fn read_out(cx: &Ctx<'_, '_>, pi: usize, q: &QuoteSpan) -> Option<Ref> {
    let p = &cx.paras[pi];
    q.close?;
    let mut i = tok_at(p, q.outer_end(p.text));
    while p.toks.get(i).is_some_and(|t| !t.is_word()) {
        i += 1;
    }
    let reader = cx.mentions[cx.at[pi].get(i).copied().flatten()?];
    if cx.ents[reader.entity].kind != EntityKind::Person || reader.t0 != i {
        return None;
    }
    let mut k = reader.t1;
    if !READS.contains(&cx.word(pi, k).as_str()) {
        return None;
    }
    k += 1;
    while matches!(cx.word(pi, k).as_str(), "aloud" | "out" | "from") {
        k += 1;
    }
    // The owner, then its possessive, then the thing written.
    let (owner, mark) = match cx.at[pi].get(k).copied().flatten() {
        Some(m) if cx.mentions[m].t0 == k => (Some(cx.mentions[m].entity), cx.mentions[m].t1),
        _ if matches!(cx.word(pi, k).as_str(), "his" | "her" | "their")
            && LEX.kin.contains(cx.word(pi, k + 1).as_str()) =>
        {
            (kin_of_reader(cx, reader.entity), k + 2)
        }
        _ => return None,
    };
    let owned = p.toks.get(mark).is_some_and(|t| t.kind == Tok::Possessive);
    let thing = cx.word(pi, mark + 1);
    let written = LEX.written_messages.contains(thing.as_str())
        || LEX.signed_messages.contains(thing.as_str())
        || thing == "words";
    if !owned || !written {
        return None;
    }
    Some(match owner.filter(|&e| e != reader.entity) {
        Some(e) if cx.ents[e].kind == EntityKind::Person => (Who::Entity(e), 0.9),
        _ => (Who::Unnamed, 1.0),
    })
}

/// The one person of the article, other than the reader, whose name ends in the reader's
/// surname.
fn kin_of_reader(cx: &Ctx<'_, '_>, reader: usize) -> Option<usize> {
    let surname = |e: usize| {
        let name = &cx.ents[e].name;
        name.contains(' ')
            .then(|| name.rsplit(' ').next().unwrap_or("").to_lowercase())
    };
    let theirs = surname(reader)?;
    let mut bearers = (0..cx.ents.len()).filter(|&e| {
        e != reader && cx.ents[e].kind == EntityKind::Person && surname(e).as_ref() == Some(&theirs)
    });
    let one = bearers.next()?;
    bearers.next().is_none().then_some(one)
}
