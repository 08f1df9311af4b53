//! Whether a reporting verb before a quotation may have its subject after it. News inverts
//! only a verb that opens its clause ("Said Witkoff: '…'", "…, wrote Dana Roe: '…'"); a verb
//! with a noun phrase before it has its subject there, and a name after it is its object or
//! sits in a phrase of its object ("Relatives demanded answers from Prime Minister Roe on
//! the '…'"), never the one who spoke — even when the subject itself names no one.

use super::Ctx;
use crate::extract::text::Tok;

/// Adverbs and auxiliaries that may stand between a clause's start and an inverted verb.
const BEFORE_INVERTED: &[&str] = &[
    "also", "then", "later", "again", "and", "but", "so", "as", "once", "further", "earlier",
];

/// Whether the verb at `v` opens its clause (back to `lo`): only a comma, colon, semicolon,
/// dash or quotation, or a few adverbs, stand between the clause's start and the verb.
pub(super) fn opens_clause(cx: &Ctx<'_, '_>, pi: usize, lo: usize, v: usize) -> bool {
    let p = &cx.paras[pi];
    for i in (lo..v).rev() {
        let t = &p.toks[i];
        if p.in_quote[i] || matches!(t.kind, Tok::Punct(',' | ':' | ';' | '—' | '–')) {
            return true;
        }
        let w = cx.word(pi, i);
        if !t.is_word() || !(BEFORE_INVERTED.contains(&w.as_str()) || w.ends_with("ly")) {
            return false;
        }
    }
    true
}
