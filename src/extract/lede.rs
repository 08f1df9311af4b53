//! An unnamed source in the lede named further down: "A representative of the rebels says
//! the group will free him 'as soon as possible'." then "'… as soon as possible,' rebel
//! representative X told a meeting". Wire copy opens on a description and names the speaker
//! later, quoting the same words again; when the later speaker is described by a word of the
//! lede's description ("representative"), the lede's quotation is theirs too. A source left
//! unnamed on purpose ("a source familiar with the talks") is described by no word a named
//! speaker's title carries, and stays anonymous.

use super::attribution::{Attributed, Ctx, Who};
use super::pull::{one_repeats_other, words_of};

/// How many quotations ahead the named repetition is looked for.
const WINDOW: usize = 12;

/// Gives each anonymous quotation the named speaker of a later quotation that repeats its
/// words, when that speaker is described by a word of the source's description.
pub(super) fn named_later(cx: &Ctx<'_, '_>, out: &mut [Attributed]) {
    let words: Vec<Vec<String>> = out
        .iter()
        .map(|a| words_of(&cx.paras[a.para].text[a.span.start..a.span.end]))
        .collect();
    for k in 0..out.len() {
        let Some(Who::Anonymous(desc)) = out[k].who.as_ref().map(|w| &w.who) else {
            continue;
        };
        let desc: Vec<String> = words_of(desc).into_iter().filter(|w| w.len() > 3).collect();
        let found = (k + 1..out.len().min(k + WINDOW + 1)).find_map(|j| {
            let pick = out[j].who.as_ref()?;
            let Who::Entity(e) = pick.who else {
                return None;
            };
            let same = one_repeats_other(&words[k], &words[j]);
            let described = desc.iter().any(|w| cx.descriptors[e].contains(w));
            (same && described).then(|| pick.carried("named later", 0.9))
        });
        if found.is_some() {
            out[k].who = found;
        }
    }
}
