//! The sides of talks named after "between": "discussions between Strategic Affairs Minister
//! A and White House envoy B", "talks between C and Hamas". Each person so named is a side
//! of the talks, so a negotiator, as the one named after "talks with" is (`talks::talks_with`).
//! A head of state is neither: "During talks with el-Sisi, who hosted the summit" is a
//! meeting of rulers, not a seat at the table (as in `talks::meeting_on_talks`). Nor is a
//! name inside a quotation: "we will hold talks with A and B" is the speaker's plan, told in
//! their words, and says nothing the reporter vouches for about who sat at a table.

use super::super::Para;
use super::super::lexicon::LEX;
use super::super::taking_part::ruler;
use super::super::talks::{owns_noun, talks_with};
use super::super::text::Tok;
use super::word;
use crate::entity::Role;

/// The role of a side of talks for the name from `l0` to `t1`, with its title `left` and
/// the description given it earlier, if any: named after "talks with" or "talks between",
/// and no head of state by either ([`ruler`]).
pub(super) fn talks_side(
    p: &Para<'_>,
    (l0, t1): (usize, usize),
    left: &str,
    described: Option<&str>,
) -> Vec<Role> {
    if ruler(left) || described.is_some_and(ruler) || p.in_quote.get(l0).copied().unwrap_or(true) {
        return Vec::new();
    }
    let mut roles = talks_with(p, l0, t1);
    if roles.is_empty() && talks_between(p, l0, t1) {
        roles.push(Role::Negotiator);
    }
    roles
}

/// Nouns of talks that name their sides after "between".
const NOUNS: &[&str] = &["talks", "negotiations", "discussions"];

/// Whether the name from `l0` (where its title begins) to `t1` is one of the two sides after
/// "talks between": read back within its sentence over at most one "and" and the words of a
/// name or a title (capitalised words, "the", a title's word), never over punctuation or a
/// word that opens another phrase ("talks between Israel and Hamas over the release of A"
/// names A as no side). Not when the name only owns a noun ("between A's envoy and …") nor
/// when the talks are denied ("refused talks between …"), nor inside a quotation.
fn talks_between(p: &Para<'_>, l0: usize, t1: usize) -> bool {
    if p.in_quote.get(l0).copied().unwrap_or(true) || owns_noun(p, t1) {
        return false;
    }
    let mut ands = 0;
    let mut i = l0;
    while i > 0 && l0 - i < 14 && !p.starts[i] {
        let t = &p.toks[i - 1];
        if t.kind == Tok::Possessive {
            i -= 1;
            continue;
        }
        let Some(w) = word(p, i - 1) else {
            return false;
        };
        match w.as_str() {
            "between" => return i >= 2 && of_talks(p, i - 2),
            "and" => ands += 1,
            "the" => {}
            _ => {
                let raw = t.text(p.text);
                let name_like = raw.chars().next().is_some_and(char::is_uppercase);
                if !(name_like || LEX.is_title(raw)) {
                    return false;
                }
            }
        }
        if ands > 1 {
            return false;
        }
        i -= 1;
    }
    false
}

/// Whether token `k` is a noun of talks ([`NOUNS`]) that no word shortly before denies.
fn of_talks(p: &Para<'_>, k: usize) -> bool {
    let denied = (k.saturating_sub(4)..k).any(|j| {
        word(p, j).is_some_and(|x| {
            matches!(
                x.as_str(),
                "no" | "not" | "never" | "refused" | "rejected" | "without" | "against"
            ) || x.ends_with("n't")
        })
    });
    word(p, k).is_some_and(|w| NOUNS.contains(&w.as_str())) && !denied
}
