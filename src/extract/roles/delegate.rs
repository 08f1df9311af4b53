//! One named as an armed group's representative in a story of talks: "ELN representative A
//! told a meeting", "A, head of the government delegation, and B, representing the Gulf
//! Clan, signed". Where talks are the story, one who represents a party to them speaks for
//! it across the table, so conducts the talks (negotiator), and speaks for the group (official). Only a named armed group
//! (`data/captor_groups.txt`) counts as the side: a congress member's title ("Representative
//! C") or one representing families at a meeting is no delegate to talks.

use super::super::Para;
use super::title::names_armed_group;
use super::word;
use crate::entity::Role;

/// Negotiator and official when the title run `left` ends in a lower-case "representative" after an armed
/// group's name ("ELN representative"), or the name ending at `t1` is followed by ",
/// representing" and an armed group's name.
pub(super) fn side_delegate(p: &Para<'_>, t1: usize, left: &str) -> Vec<Role> {
    let titled = matches!(
        left.split_whitespace().last(),
        Some("representative" | "delegate")
    ) && names_armed_group(left);
    let representing = p.toks.get(t1).is_some_and(|t| t.is_punct(','))
        && !p.in_quote.get(t1).copied().unwrap_or(true)
        && word(p, t1 + 1).as_deref() == Some("representing")
        && names_armed_group(&side_after(p, t1 + 2));
    if titled || representing {
        vec![Role::Negotiator, Role::Official]
    } else {
        Vec::new()
    }
}

/// Up to four words from token `k` (past a leading "the"), up to a punctuation mark: the side
/// one represents.
fn side_after(p: &Para<'_>, k: usize) -> String {
    let k = if word(p, k).as_deref() == Some("the") {
        k + 1
    } else {
        k
    };
    (k..k + 4)
        .map_while(|i| p.word_at(i))
        .collect::<Vec<_>>()
        .join(" ")
}
