//! A list that a counted noun announced in the sentence before: "Three hostages were released
//! on Saturday." then "A, 52, B, 34, and C, 56, looked frail." News names the people a lead
//! sentence counts in the sentence right after it, so a list of names opening a sentence
//! takes the roles of a plural noun counted just before it when the count matches the
//! list's length; so does a list that a noun of homecoming introduces later in its sentence
//! ("named the four hostages to be freed." then "welcomes the return of A, B, C and D"). The
//! count is what ties the two: without it, the next sentence may be about anyone. A
//! nationality before a name ("Israeli-Russian A") is no word between the items. Nationals
//! counted as held abroad ("Three Americans held in China were released.") or as hostages
//! ("Two Austrians freed after being held hostage") are captives too, and a list may open
//! what a body reports ("The ministry said A and B arrived").

use super::super::Para;
use super::super::freed::detained::{CRIMINAL, held_away};
use super::super::lexicon::LEX;
use super::super::lists::list_gap;
use super::super::people::Mention;
use super::word;
use crate::entity::Role;
use std::ops::Range;

/// How many words may stand between the count and its noun ("three more Israeli hostages").
const BETWEEN: usize = 2;

/// Per mention (in the order of `mentions`), the roles of a counted noun in the sentence
/// before the list of names the mention belongs to, or none.
pub(in crate::extract) fn counted_roles(
    paras: &[Para<'_>],
    mentions: &[Mention],
    is_person: &dyn Fn(usize) -> bool,
    release_is_captive: bool,
) -> Vec<Vec<Role>> {
    let mut out = vec![Vec::new(); mentions.len()];
    // Per paragraph, the spans of its person mentions in order: a sentence's people are
    // found by a search, not by reading the whole article again for each name.
    let mut people: Vec<Vec<(usize, usize)>> = vec![Vec::new(); paras.len()];
    for m in mentions.iter().filter(|m| is_person(m.entity)) {
        people[m.para].push((m.t0, m.t1));
    }
    for spans in &mut people {
        spans.sort_unstable();
    }
    let mut k = 0;
    while k < mentions.len() {
        let m = &mentions[k];
        let p = &paras[m.para];
        // "Israeli-American A, Israeli-Russian B and C were paraded": a nationality before a
        // name says where the item is from; the list still opens the sentence.
        let t0 = demonyms_before(p, m.t0, 0);
        let opens = (p.starts[t0] || reported_list(p, t0, &people[m.para])) && !p.in_quote[t0];
        if !is_person(m.entity) || !opens && !after_event_of(p, m.t0) {
            k += 1;
            continue;
        }
        // The names of the list: each after the last with only commas, "and" and ages
        // between.
        let mut end = k + 1;
        while end < mentions.len() {
            let (a, b) = (&mentions[end - 1], &mentions[end]);
            if b.para != m.para || !is_person(b.entity) {
                break;
            }
            if !list_gap(p, a.t1, demonyms_before(p, b.t0, a.t1 + 1)) {
                break;
            }
            end += 1;
        }
        // A list alone on its line is a byline or a caption credit, not a sentence's subject.
        let last = mentions[end - 1].t1;
        let goes_on = last < p.toks.len() && !p.starts[last];
        if end - k >= 2 && goes_on {
            let prev = m.para.checked_sub(1).map(|i| &paras[i]);
            // A sentence opened by a quotation mark opens at the mark.
            let start = (0..=t0).rev().find(|&i| p.starts[i]).unwrap_or(0);
            let start = if p.toks[..start].iter().all(|t| !t.is_word()) {
                0
            } else {
                start
            };
            let roles = noun_counting(p, start, prev, end - k, release_is_captive);
            for slot in &mut out[k..end] {
                slot.clone_from(&roles);
            }
        }
        k = end;
    }
    out
}

/// Where the name at `t0` starts with the nationalities and the age right before it
/// ("Israeli-Russian A", "51-year-old B"), none before token `floor`.
fn demonyms_before(p: &Para<'_>, t0: usize, floor: usize) -> usize {
    let mut s = t0;
    let before = |w: &str| LEX.is_demonym(w) || w.ends_with("-year-old");
    while s > floor && !p.starts[s] && p.word_at(s - 1).is_some_and(before) {
        s -= 1;
    }
    s
}

/// "… the return of A, B, C and D": the name at `t0` is the object of a noun of homecoming
/// or release, what the count before announced ("named the four hostages to be freed on
/// Saturday." then "welcomes the return of A, B, C and D"), in the narration or a quotation.
fn after_event_of(p: &Para<'_>, t0: usize) -> bool {
    t0 >= 2
        && word(p, t0 - 1).as_deref() == Some("of")
        && word(p, t0 - 2).is_some_and(|w| {
            matches!(
                w.as_str(),
                "return" | "homecoming" | "release" | "names" | "freeing" | "arrival"
            )
        })
}

/// The roles of a plural noun counted `n` in the sentence right before the one opening at
/// token `t0` (in the paragraph `p`, or the last sentence of `prev` when `t0` opens the
/// paragraph). `release_is_captive`: a release the article tells of is a captive's.
fn noun_counting(
    p: &Para<'_>,
    t0: usize,
    prev: Option<&Para<'_>>,
    n: usize,
    release_is_captive: bool,
) -> Vec<Role> {
    let (q, end) = if t0 == 0 {
        match prev {
            Some(q) => (q, q.toks.len()),
            None => return Vec::new(),
        }
    } else {
        (p, t0)
    };
    // A headline over the article ends with no full stop; a lead sentence does.
    let stop = end > 0 && q.toks[end - 1].is_punct('.');
    let Some(start) = (0..end).rev().find(|&i| q.starts[i]).filter(|_| stop) else {
        return Vec::new();
    };
    for i in start..end {
        if q.in_quote[i] || word(q, i).and_then(|w| count(&w)) != Some(n) {
            continue;
        }
        for j in i + 1..(i + 2 + BETWEEN).min(end) {
            let Some(noun) = word(q, j) else { break };
            let roles = LEX.roles_in(&noun);
            if !roles.is_empty() {
                // Only a plural noun counts people; a family noun counts relatives.
                return if noun.ends_with('s') {
                    roles
                } else {
                    Vec::new()
                };
            }
            if nationals_held(q, j, start..end)
                || nationals_captive(q, j, start..end)
                || release_is_captive && nationals_freed(q, j, start..end)
            {
                return vec![Role::Hostage];
            }
        }
    }
    Vec::new()
}

/// "Three Americans held in China were released": the plural demonym at `j` (or "citizens",
/// "nationals") is held abroad or by a named captor, said by a participle right after it (an
/// adverb of wrongful or lasting detention aside), in a `sentence` with no word of a
/// criminal case. The count then names captives, as [`held_away`] does for one name.
fn nationals_held(q: &Para<'_>, j: usize, sentence: Range<usize>) -> bool {
    let text = q.toks[j].text(q.text);
    let nationals =
        text.ends_with('s') && LEX.is_demonym(text) || matches!(text, "citizens" | "nationals");
    if !nationals {
        return false;
    }
    let adverb = word(q, j + 1).is_some_and(|w| {
        matches!(
            w.as_str(),
            "wrongfully" | "unjustly" | "unlawfully" | "arbitrarily" | "still" | "long"
        )
    });
    let held = j + 1 + usize::from(adverb);
    let criminal = sentence
        .clone()
        .any(|i| word(q, i).is_some_and(|w| CRIMINAL.contains(&w.as_str())));
    held < sentence.end && held_away(q, held, sentence.end) && !criminal
}

/// The number a count word or figure says, from two to twelve.
fn count(w: &str) -> Option<usize> {
    const WORDS: &[&str] = &[
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    ];
    if let Some(i) = WORDS.iter().position(|x| *x == w) {
        return Some(i + 2);
    }
    w.parse::<usize>().ok().filter(|n| (2..=12).contains(n))
}

/// "The ministry said A and B arrived safely": the list at `t0` follows a reporting verb that
/// its sentence opens with a body, not a person ("Austria's Foreign Ministry said"), within
/// eight tokens, so the list still opens what is reported. `people` are the spans of the
/// paragraph's person mentions, sorted.
fn reported_list(p: &Para<'_>, t0: usize, people: &[(usize, usize)]) -> bool {
    let start = p.sentence_start(t0);
    let said = t0 >= 1
        && t0 - start <= 8
        && word(p, t0 - 1).is_some_and(|w| matches!(w.as_str(), "said" | "says" | "confirmed"));
    let first = people.partition_point(|&(a, _)| a < start);
    let person_before = people[first..]
        .iter()
        .take_while(|&&(a, _)| a < t0)
        .any(|&(_, b)| b <= t0);
    said && !person_before
}

/// "Two Austrians freed after being held hostage in the Sahara": the plural demonym at `j`
/// (or "citizens", "nationals") is said to be captives within eight words after it in its
/// `sentence` ("hostage", "captivity", "kidnapped", "abducted"), outside quotations and with
/// no word of a criminal case.
fn nationals_captive(q: &Para<'_>, j: usize, sentence: Range<usize>) -> bool {
    let text = q.toks[j].text(q.text);
    let nationals =
        text.ends_with('s') && LEX.is_demonym(text) || matches!(text, "citizens" | "nationals");
    let captive = (j + 1..sentence.end.min(j + 9)).any(|i| {
        !q.in_quote[i]
            && word(q, i).is_some_and(|w| {
                matches!(
                    w.as_str(),
                    "hostage" | "captivity" | "kidnapped" | "abducted"
                )
            })
    });
    let criminal = sentence
        .clone()
        .any(|i| word(q, i).is_some_and(|w| CRIMINAL.contains(&w.as_str())));
    nationals && captive && !criminal
}

/// "The five Thais smiled in the arrivals hall after being freed last week": the plural
/// demonym at `j` is said later in its `sentence` to have been freed or released, outside
/// quotations and with no word of a criminal case or of prisoners. The caller asks this only
/// where a release the article tells of is a captive's, not a convict's in a swap.
fn nationals_freed(q: &Para<'_>, j: usize, sentence: Range<usize>) -> bool {
    let text = q.toks[j].text(q.text);
    let nationals = text.ends_with('s') && LEX.is_demonym(text);
    let freed = (j + 1..sentence.end).any(|i| {
        !q.in_quote[i] && word(q, i).is_some_and(|w| matches!(w.as_str(), "freed" | "released"))
    });
    let criminal = sentence.clone().any(|i| {
        word(q, i).is_some_and(|w| {
            CRIMINAL.contains(&w.as_str())
                || matches!(
                    w.as_str(),
                    "prisoner" | "prisoners" | "detainee" | "detainees"
                )
        })
    });
    nationals && freed && !criminal
}
