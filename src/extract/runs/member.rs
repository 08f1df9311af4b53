//! "Council Member", "Assembly Members": the seat on a body, written as two words, is a title.

use super::super::Para;
use super::super::lexicon::LEX;

/// "Assembly Member Ana Ruiz", "former City Council Members A B and C D", "the Queens-based
/// Council Member said": "Member" or "Members" right after a body's word (`data/org_cues.txt`)
/// is the office of sitting on that body, written apart as "Councilmember" is written whole.
/// Like any title it is no word of the name after it, and with no name after it it names no
/// one.
pub(super) fn body_member(p: &Para<'_>, i: usize, w: &str) -> bool {
    matches!(w, "Member" | "Members")
        && i > 0
        && p.toks[i - 1].is_word()
        && LEX.org_cues.contains(p.toks[i - 1].text(p.text))
}
