//! A one-sentence aside between quotations: "'…,' Rohit said. ¶ '…' ¶ From 61 for one
//! overnight, the visitors were bowled out before lunch. ¶ '…'". Sports and match reports
//! break a speaker's run of quotation paragraphs with a line of fact that names no one;
//! the quotation after it goes on with the same speaker. Only the plain shape is read: one
//! sentence, no quotation, no person named, no "he" or "she" that could bring in another
//! and no reporting verb ("The commission wrote in a statement,": a body announcing its own
//! words); anything more is a paragraph with a subject of its own.

use super::attribution::Ctx;
use super::gender::is_pronoun;
use crate::entity::EntityKind;

/// Whether paragraph `pi` is an aside the previous speaker runs on past (see the module's
/// comment).
pub(super) fn aside(cx: &Ctx<'_, '_>, pi: usize) -> bool {
    let p = &cx.paras[pi];
    if p.caption || p.headline || p.in_quote.iter().any(|&q| q) {
        return false;
    }
    let words = p.toks.iter().filter(|t| t.is_word()).count();
    let one_sentence = !p.starts.iter().skip(1).any(|&s| s);
    let person = cx.at[pi]
        .iter()
        .flatten()
        .any(|&m| cx.ents[cx.mentions[m].entity].kind == EntityKind::Person);
    let pronoun = (0..p.toks.len()).any(|i| is_pronoun(p, i));
    // "The Debate Commission wrote in a statement," announces words of its own subject, an
    // organisation or someone unnamed: the quotation after it is theirs, not the speaker's
    // before.
    let reports = (0..p.toks.len()).any(|i| cx.reports(pi, i));
    (4..=40).contains(&words) && one_sentence && !person && !pronoun && !reports
}
