//! "Council Member", "Assembly Members": the seat on a body, written as two words, is a title;
//! so is the chamber that closes an office written out ("Speaker of the House").

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

/// "Speaker of the House Mike Johnson", "Leader of the House Lucy Powell": a chamber named by
/// its one word after "of the" and an office closes that office's title; the name that
/// follows is the holder's, with no "House" in it.
pub(super) fn chamber_of_office(p: &Para<'_>, i: usize, w: &str) -> bool {
    matches!(
        w,
        "House" | "Senate" | "Assembly" | "Commons" | "Lords" | "Chamber"
    ) && i >= 3
        && p.word_at(i - 1) == Some("the")
        && p.word_at(i - 2) == Some("of")
        && p.word_at(i - 3).is_some_and(|t| LEX.is_title(t))
        && p.word_at(i + 1)
            .is_some_and(|n| n.starts_with(char::is_uppercase))
}
