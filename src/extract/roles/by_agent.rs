//! A name set off after a passive's agent: "the pupils were received by the governor of
//! Niger state, A, a day after regaining their freedom". The name is the agent's, an object
//! of "by", however long the description before it; what the sentence goes on to say after
//! it (a time phrase, the captives' lot) is the subject's, not the agent's.

use super::super::Para;

/// Whether the name whose title or first word is at `l0` stands in a noun phrase opened by
/// "by" after a participle ("received by the governor of X, A", "greeted by the governor
/// A"), with only words between (at most eight) and a comma closing the description.
pub(super) fn apposed_agent(p: &Para<'_>, l0: usize) -> bool {
    if l0 < 3 {
        return false;
    }
    // Where the name's own title is read with it ("the governor of X state, A"), the scan
    // starts before the title.
    let comma = if p.toks[l0 - 1].is_punct(',') {
        l0 - 1
    } else {
        l0
    };
    (1..=8)
        .map_while(|k| {
            let i = comma.checked_sub(k)?;
            (p.toks[i].is_word() && !p.in_quote[i]).then_some(i)
        })
        .any(|i| {
            p.word_at(i) == Some("by")
                && matches!(p.word_at(i + 1), Some("the" | "a" | "an"))
                && participle_before(p, i)
        })
}

/// A participle ("received", "taken") before "by" at `by`, within ten tokens of its sentence:
/// a date may stand between ("received on Monday, December 8, by the governor").
fn participle_before(p: &Para<'_>, by: usize) -> bool {
    (1..=10)
        .map_while(|k| by.checked_sub(k).filter(|&i| !p.starts[i + 1]))
        .any(|i| {
            p.toks[i].is_word() && {
                let w = p.toks[i].text(p.text);
                w.ends_with("ed") || w.ends_with("en")
            }
        })
}

/// "…, after two weeks in captivity", "…, a day after regaining their freedom": a phrase of
/// time set off after a name tells when the sentence's event happened. After a subject it
/// may tell the name's own lot; after an object (`roles`), it is the subject's.
pub(super) fn time_phrase(apposition: &str) -> bool {
    let time = |w: &str| matches!(w, "after" | "before" | "since" | "following" | "during");
    let measure = |w: &str| {
        matches!(
            w,
            "a" | "an"
                | "one"
                | "two"
                | "three"
                | "four"
                | "five"
                | "several"
                | "hours"
                | "day"
                | "days"
                | "week"
                | "weeks"
                | "month"
                | "months"
                | "hour"
        )
    };
    // Past "a day", "two weeks", "hours" to the word of time.
    let words: Vec<&str> = apposition.split_whitespace().take(3).collect();
    let lead = words.iter().take_while(|w| measure(w)).count();
    lead <= 2 && words.get(lead).is_some_and(|w| time(w))
}
