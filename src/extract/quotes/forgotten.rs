//! A closing mark the copy forgot before its attribution: "“I voted for her, but I am
//! still a Republican, Ann Reyes said. “It is a hard year.”" The quotation opened first
//! is not left open to the next opening mark: its last sentence is only the speech tag
//! that should have stood outside it, so the quotation ends at the comma before the tag.

use crate::extract::lexicon::LEX;
use crate::extract::text::is_capitalised;

/// The longest name a speech tag carries before or after its verb.
const NAME_WORDS: usize = 4;

/// Where the quotation opened at `open` and left open until a new opening mark at `next`
/// really closes: the byte index of the comma before a last sentence that is only a speech
/// tag (`is_tag`), when one ends the words on a full stop. `None` when the words end
/// otherwise, so a quotation truly left open keeps running to the next mark.
pub(super) fn closed_before_tag(text: &str, open: usize, next: usize) -> Option<usize> {
    let words = text.get(open..next)?.trim_end();
    let body = words.strip_suffix('.')?;
    let comma = body.rfind(", ")?;
    let tag = &body[comma + 1..];
    // The tag is plain narration: no mark, stop or bracket of its own.
    if tag.contains(['.', '!', '?', ';', ':', '"', '“', '”', '(', ')']) {
        return None;
    }
    let tag: Vec<&str> = tag.split_whitespace().collect();
    is_tag(&tag).then_some(open + comma)
}

/// "Ann Reyes said", "she said", "said Ann Reyes", "Reyes said Tuesday": a name of up to
/// four capitalised words (or "he", "she", "they") and a reporting verb in either order,
/// and at most one word of when after the verb. First-person words ("I said") are the
/// speaker's own narration inside the quotation, never a tag.
fn is_tag(words: &[&str]) -> bool {
    let reports = |w: &str| LEX.reporting_verbs.contains(w);
    let named = |ws: &[&str]| {
        (1..=NAME_WORDS).contains(&ws.len()) && ws.iter().all(|w| is_capitalised(w) && *w != "I")
    };
    let pronoun = |ws: &[&str]| matches!(ws, ["he" | "she" | "they"]);
    // "said Ann Reyes"
    if let Some((first, rest)) = words.split_first()
        && reports(first)
        && named(rest)
    {
        return true;
    }
    // "Ann Reyes said", "she said Tuesday"
    let Some(v) = words.iter().position(|w| reports(w)) else {
        return false;
    };
    let subject = &words[..v];
    (named(subject) || pronoun(subject)) && words.len() - v <= 2
}

#[cfg(test)]
mod tests {
    use super::closed_before_tag;

    fn closed(text: &str) -> Option<&str> {
        let next = text.rfind('“')?;
        closed_before_tag(text, 0, next).map(|c| &text[..=c])
    }

    #[test]
    fn a_name_and_verb_after_the_last_comma_close_the_words_before_them() {
        let text = "“We had no choice, Ann Reyes said. “It is a hard year.”";
        assert_eq!(closed(text), Some("“We had no choice,"));
    }

    #[test]
    fn a_quotation_truly_left_open_runs_to_the_next_mark() {
        let text = "“We had no choice, and the town knew it. “It is a hard year.”";
        assert_eq!(closed(text), None);
    }

    #[test]
    fn the_speakers_own_i_said_is_no_tag() {
        let text = "“We had no choice, I said. “It is a hard year.”";
        assert_eq!(closed(text), None);
    }
}
