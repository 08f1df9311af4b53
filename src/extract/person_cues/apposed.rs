//! A person named by the surname alone, described in an apposition by an office or a party:
//! "voters will pick a successor to Murphy, a two-term Democrat", "Kelly, the outgoing
//! governor, signed it". News names a well-known official so once the full name is taken
//! as known; a place or a body is never described by an office or a party's member.

use super::super::Para;
use super::super::lexicon::LEX;

/// Whether the lone word at `t0..t1` is set off by a comma before "a", "an" or "the", at
/// most three lower-case modifiers, and a title, an office (`data/offices.txt`) or a party's
/// member (`data/party_members.txt`) that ends the apposition (a comma, a stop, "who").
pub(super) fn described_by_office(p: &Para<'_>, t0: usize, t1: usize) -> bool {
    let comma = |i: usize| p.toks.get(i).is_some_and(|t| t.is_punct(','));
    if t1 != t0 + 1 || !comma(t1) || !matches!(p.word_at(t1 + 1), Some("a" | "an" | "the")) {
        return false;
    }
    for i in t1 + 2..t1 + 6 {
        let Some(w) = p.word_at(i) else { return false };
        let l = w.to_lowercase();
        let head = LEX.party_members.contains(l.as_str())
            || w.starts_with(char::is_lowercase)
                && (LEX.is_title(w) || LEX.offices.contains(l.as_str()));
        if head {
            let ends = p.toks.get(i + 1).is_none_or(|t| {
                t.is_punct(',') || t.is_punct('.') || t.is_punct(';') || t.is_punct('—')
            }) || p.word_at(i + 1) == Some("who");
            return ends;
        }
        if !w.starts_with(char::is_lowercase) {
            return false;
        }
    }
    false
}
