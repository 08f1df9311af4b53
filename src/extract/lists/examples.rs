//! "like" as a list's opener: "Americans still held hostage abroad, like A and B" names
//! examples of the noun before it, just as "such as" does, so `list_intro` reads that noun for
//! the names' role. "like" is also a verb ("he would like A to visit") and a preposition of
//! comparison ("looks like A"), so only a comma or a plural noun right before it counts.

use super::super::Para;
use super::super::roles::word;

/// "Americans still held hostage abroad, like A and B", "hostages like C": "like" before the
/// name at `i` introduces examples of the noun before it, as "such as" does, when a comma or
/// a plural noun stands right before it; "he would like A to visit" is a verb.
pub(super) fn examples(p: &Para<'_>, i: usize) -> bool {
    let w = |k: usize| word(p, k).unwrap_or_default();
    if i < 2 || w(i - 1) != "like" {
        return false;
    }
    let before = w(i - 2);
    let verb = matches!(
        before.as_str(),
        "looks" | "seems" | "feels" | "sounds" | "is" | "was" | "as"
    );
    p.toks[i - 2].is_punct(',') || before.ends_with('s') && !before.ends_with("ss") && !verb
}
