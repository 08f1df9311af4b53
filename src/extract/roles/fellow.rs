//! "the video showed A and fellow hostage B", "A and his fellow negotiator B": "fellow"
//! says that B shares a kind with someone, and the name joined to B by "and" or "with" is
//! that someone. So B's title roles are the joined name's too. The other direction
//! ("Fellow survivors B and C" after a hostage named before) is read where the title is.

use super::super::Para;
use super::word;

/// Where the title run of the name at `t0` (starting at `l0`) opens with "fellow", right
/// after "and", "with" or "alongside" (an owner's "his", "her" or "their" may stand
/// between): the token of that joining word, which must follow the other name directly.
pub(super) fn joined_before(p: &Para<'_>, l0: usize, t0: usize) -> Option<usize> {
    let f = (l0.saturating_sub(1)..t0).find(|&i| word(p, i).as_deref() == Some("fellow"))?;
    let mut j = f.checked_sub(1)?;
    if matches!(word(p, j).as_deref(), Some("his" | "her" | "their")) {
        j = j.checked_sub(1)?;
    }
    matches!(word(p, j).as_deref(), Some("and" | "with" | "alongside")).then_some(j)
}
