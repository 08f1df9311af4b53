//! Who a claim is sourced to in narration ("according to Witkoff", "according to a
//! statement from A B"): that person is the claim's speaker, so a later "he said" reads them
//! as it would a sentence's subject, not as a name mentioned only in passing.

use super::super::Para;
use super::super::lexicon::LEX;
use super::super::people::Mention;

/// "The strike hurt the talks, according to Witkoff. '…,' he explained": the person a claim
/// is attributed to is its speaker, so a pronoun after it reads them as it would a subject.
/// So is the one a statement the claim is sourced to came from ("…, according to a statement
/// from the group's spokesman, A B. '…,' he said"): the statement's words are theirs.
pub(super) fn sourced(p: &Para<'_>, m: &Mention) -> bool {
    let word = |i: usize| {
        p.toks[i]
            .is_word()
            .then(|| p.toks[i].text(p.text).to_lowercase())
    };
    let is = |i: usize, w: &str| word(i).as_deref() == Some(w);
    // Back over a title before the name ("according to envoy Steve Witkoff").
    let mut t = m.t0;
    while t > 0 && m.t0 - t < 4 && word(t - 1).is_some_and(|w| LEX.titles.contains(w.as_str())) {
        t -= 1;
    }
    // "according to a statement from", "according to the letter by": back over the message
    // and its article to "according to".
    if t >= 4
        && (is(t - 1, "from") || is(t - 1, "by"))
        && word(t - 2).is_some_and(|w| LEX.signed_messages.contains(w.as_str()))
        && (is(t - 3, "a") || is(t - 3, "the") || is(t - 3, "an"))
    {
        t -= 3;
    }
    t >= 2 && is(t - 2, "according") && is(t - 1, "to")
}
