//! Words a written thing carries, quoted after a participle ("a letter of safe passage
//! promising '…'", "a note warning '…'"), are the writer's; when the clause that holds the
//! thing has no person for its subject ("the kidnappers had sent the family a letter
//! demanding '…'"), no one named speaks, least of all someone whose reporting verb stands
//! before that clause ("…, he said, and the captors had given them a note saying '…'").

use super::{Ctx, Who, tok_at};
use crate::extract::lexicon::LEX;
use crate::extract::quotes::QuoteSpan;
use crate::extract::refer::Ref;
use crate::extract::text::is_capitalised;

/// Someone unnamed speaks quotation `q` of paragraph `pi` when a participle right before it
/// hangs on a written thing (`data/written_messages.txt`) after an article, and the clause
/// holding that thing opens on a common noun phrase, with no person named before the
/// participle. A thing owned ("his letter") or a writer named ("a note from X") is left to
/// the other sieves.
pub(super) fn document_words(cx: &Ctx<'_, '_>, pi: usize, q: &QuoteSpan) -> Option<Ref> {
    let p = &cx.paras[pi];
    let open = tok_at(p, q.open);
    let mut k = open.checked_sub(1)?;
    while k > 0 && (p.toks[k].is_punct(':') || p.toks[k].is_punct(',')) {
        k -= 1;
    }
    let lower_word =
        |i: usize| p.toks[i].is_word() && !p.in_quote[i] && !is_capitalised(p.toks[i].text(p.text));
    if !lower_word(k) || !cx.word(pi, k).ends_with("ing") {
        return None;
    }
    let article = |i: usize| matches!(cx.word(pi, i).as_str(), "a" | "an" | "the");
    // The written thing within eight words before the participle, all of them narration.
    let n = (k.saturating_sub(8)..k).rev().find(|&i| {
        LEX.written_messages.contains(cx.word(pi, i).as_str())
            && (i >= 1 && article(i - 1) || i >= 2 && lower_word(i - 1) && article(i - 2))
    })?;
    let plain = (n..k).all(|i| p.toks[i].is_word() && !p.in_quote[i] && cx.at[pi][i].is_none());
    if !plain {
        return None;
    }
    // Back to the clause's first word: the sentence's start, or the word after ", and",
    // ", but", ";" or "that".
    let mut s = n;
    while s > 0 && (!p.starts[s] || p.in_quote[s]) {
        let w = cx.word(pi, s - 1);
        let joined = s >= 2 && matches!(w.as_str(), "and" | "but") && p.toks[s - 2].is_punct(',');
        if joined || w == "that" || p.toks[s - 1].is_punct(';') {
            break;
        }
        if !p.toks[s - 1].is_word() || p.in_quote[s - 1] || n - s > 12 {
            return None;
        }
        s -= 1;
    }
    let common = article(s) && s + 1 < n && lower_word(s + 1);
    let no_person = (s..n).all(|i| cx.at[pi][i].is_none());
    (common && no_person).then_some((Who::Unnamed, 1.0))
}
