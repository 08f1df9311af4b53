//! A list whose items news sets apart with semicolons once each carries an age or an
//! apposition: "led A; B, 56; and C, 34, onto a stage". The semicolons are the list's commas,
//! so the items share what the list shares (a predicate after it, a title before it).

use super::super::Para;
use super::list_filler;

/// Between the end of one item (`end`) and the next name (`start`): list fillers and one
/// semicolon ("A; B", "B, 56; and C").
pub(in crate::extract) fn semicolon_gap(p: &Para<'_>, end: usize, start: usize) -> bool {
    if start <= end || start - end >= 8 || (end + 1..start).any(|i| p.starts[i]) {
        return false;
    }
    let semis = (end..start).filter(|&i| p.toks[i].is_punct(';')).count();
    semis == 1 && (end..start).all(|i| p.toks[i].is_punct(';') || list_filler(p, i))
}

/// After the name ending at `t1`, the list goes on past a semicolon to another name (after an
/// age or "and": "B, 56; and C"), so a semicolon before that name joins items, not clauses.
pub(in crate::extract) fn semicolon_goes_on(
    p: &Para<'_>,
    t1: usize,
    person_at: &dyn Fn(usize) -> bool,
) -> bool {
    let mut i = t1;
    let mut semi = false;
    while i < p.toks.len() && i - t1 < 6 && (p.toks[i].is_punct(';') || list_filler(p, i)) {
        semi |= p.toks[i].is_punct(';');
        i += 1;
    }
    semi && i < p.toks.len() && person_at(i) && !p.starts[i]
}
