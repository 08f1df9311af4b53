//! An unnamed source in the lede named further down: "A representative of the rebels says
//! the group will free him 'as soon as possible'." then "'… as soon as possible,' rebel
//! representative X told a meeting". Wire copy opens on a description and names the speaker
//! later, quoting the same words again; when the later speaker is described by a word of the
//! lede's description ("representative"), the lede's quotation is theirs too. A source left
//! unnamed on purpose ("a source familiar with the talks") is described by no word a named
//! speaker's title carries, and stays anonymous.
//! A lede that gives its speaker by one office ("Qatar's prime minister says …") names them in
//! the next paragraph, whose new subject then speaks (`office_named_next`).

use super::attribution::{Attributed, Ctx, Who};
use super::lexicon::LEX;
use super::pull::{one_repeats_other, words_of};
use super::refer::offices;

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

/// How many paragraphs before the lede may open the article (a standfirst, a caption).
const LEDE_AT_MOST: usize = 2;

/// "Qatar's prime minister says a truce 'should not be conditioned' …" ¶ "'…,' Mohammed
/// Al-Thani tells the conference": a lede that gives its speaker by a single office alone
/// ("the prime minister of Qatar", "Qatar's prime minister") names them in the paragraph
/// right after. The first person the narration brings in after the lede, as a subject, who
/// then speaks in the next named quotation, holds that office — unless the article titles
/// them with another one. A source left unnamed on purpose ("an official said") is no single
/// office's holder and stays anonymous.
pub(super) fn office_named_next(cx: &Ctx<'_, '_>, out: &mut [Attributed]) {
    let Some(k) = out.iter().position(|a| a.who.is_some()) else {
        return;
    };
    let Some(Who::Anonymous(desc)) = out[k].who.as_ref().map(|w| &w.who) else {
        return;
    };
    let lede = out[k].para;
    let before = (0..lede).filter(|&q| !cx.paras[q].caption).count();
    let Some(office) = held_office(desc).filter(|_| before <= LEDE_AT_MOST) else {
        return;
    };
    // The first person the narration names after the lede who was not named in it or
    // before it, as the subject of a clause, in the next paragraph or the one after.
    let named_before = |e: usize| cx.narrated.iter().any(|&(q, _, f, _)| f == e && q <= lede);
    let Some(e) = cx
        .narrated
        .iter()
        .find(|&&(q, _, e, _)| q > lede && !named_before(e))
        .filter(|&&(q, _, _, subject)| subject && q <= lede + 2)
        .map(|&(_, _, e, _)| e)
    else {
        return;
    };
    let titles: Vec<&String> = cx.descriptors[e]
        .iter()
        .filter(|w| {
            w.split(' ')
                .next_back()
                .is_some_and(|h| LEX.titles.contains(h))
        })
        .collect();
    if !titles.is_empty() && !titles.iter().any(|w| **w == office) {
        return;
    }
    let found = out[k + 1..out.len().min(k + WINDOW + 1)]
        .iter()
        .find_map(|a| match &a.who {
            Some(w) if matches!(w.who, Who::Entity(_)) => Some(w),
            _ => None,
        })
        .filter(|w| matches!(w.who, Who::Entity(f) if f == e))
        .map(|w| w.carried("office named next", 0.85));
    if found.is_some() {
        out[k].who = found;
    }
}

/// The office a lede's description names its one holder by: a title, not an unnamed
/// source's head ("official", "minister") unless a modifier makes it one office ("prime
/// minister"), made definite by "the", a possessive or a nationality ("the prime minister
/// of Qatar", "Qatar's prime minister", "the Qatari president").
fn held_office(desc: &str) -> Option<String> {
    let words = offices(&words_of(desc));
    let at = words.iter().position(|w| {
        let (modified, head) = w
            .rsplit_once(' ')
            .map_or((false, w.as_str()), |(_, h)| (true, h));
        LEX.titles.contains(head) && (modified || !LEX.anon_heads.contains(head))
    })?;
    let definite = at > 0
        && (words[0] == "the"
            || words[at - 1].ends_with("'s")
            || words[at - 1].ends_with("’s")
            || LEX.is_demonym(&words[at - 1]));
    // "the prime minister and his aides": the description goes on to more than the holder.
    let goes_on = words
        .get(at + 1)
        .is_some_and(|w| !matches!(w.as_str(), "of" | "for"));
    (definite && !goes_on).then(|| words[at].clone())
}
