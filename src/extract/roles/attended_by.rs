//! The passive of attending talks: "the meeting was also attended by former envoy A", "the
//! talks were attended by B and C". Attending the talks makes a negotiator
//! (`talks::led_talks`); said in the passive, the attendee follows "attended by". A meeting
//! counts only in a story about talks (`taking_part::talks_story`), where it is one of them.

use super::super::Para;
use super::word;
use crate::entity::Role;

/// Negotiator for the name whose title run starts at `l0` after "was/were (also) attended
/// by", when the sentence's subject before it names talks, or a meeting in a talks story.
pub(super) fn attended_by(p: &Para<'_>, l0: usize, story: bool) -> Vec<Role> {
    let w = |k: usize| l0.checked_sub(k).and_then(|i| word(p, i));
    if w(1).as_deref() != Some("by") || w(2).as_deref() != Some("attended") {
        return Vec::new();
    }
    let gap = usize::from(w(3).as_deref() == Some("also"));
    if !matches!(w(3 + gap).as_deref(), Some("was" | "were")) {
        return Vec::new();
    }
    let verb = l0 - 3 - gap;
    let s = p.sentence_start(verb);
    let subject: Vec<String> = (s..verb).filter_map(|i| word(p, i)).collect();
    let talks = subject
        .iter()
        .any(|x| matches!(x.as_str(), "talks" | "negotiations" | "round"));
    let meeting = subject
        .iter()
        .any(|x| matches!(x.as_str(), "meeting" | "meetings"));
    if talks || meeting && story {
        vec![Role::Negotiator]
    } else {
        Vec::new()
    }
}
