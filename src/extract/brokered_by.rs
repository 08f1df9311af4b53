//! A deal "brokered by" someone: "X condemned Hamas for breaking a truce brokered by Egypt",
//! "the talks mediated by Qatar". The participle, with "by" after it, modifies the deal or
//! the talks; whoever brokered them is named after "by", so the words give no negotiator to
//! the subject of the sentence (`context` reads them in the subject's predicate). A
//! captive's passive ("was kidnapped by gunmen") is the subject's own, and stays so.

use crate::entity::Role;

/// Whether the cue at `a..b` of the normalised window `norm`, giving `roles`, is a
/// negotiator's participle followed by "by": another's deed.
pub(super) fn anothers_deed(norm: &str, (a, b): (usize, usize), roles: &[Role]) -> bool {
    let phrase = &norm[a..b];
    roles == [Role::Negotiator] && phrase.ends_with("ed") && norm[b..].starts_with(" by ")
}
