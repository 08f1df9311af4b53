//! Marks written inside a name: where a person stands in a photo ("A (left) B") and the name
//! someone goes by ("Barry \"Butch\" Wilmore", "Ahmed (Avera) Mengistu"). A run of name words
//! goes on past them, past an editorial bracket that opens with a title in lower case, and
//! past an editor's round bracket completing a name inside a quotation ("Vernon (Parker)").

use super::super::Para;
use super::super::lexicon::LEX;
use super::super::text::{Tok, is_all_caps, is_capitalised, is_double_quote, lower};

/// "(R)", "(L-R)", "(left)", "(2nd L)", "(3rdR)": where a person stands in a photo, written
/// after the name in a caption. Returns how many tokens the marker takes, brackets included.
/// Asked at every token of every run, so the bracket is looked at before the word.
pub(in crate::extract) fn position_marker(p: &Para<'_>, i: usize) -> Option<usize> {
    if !p.toks.get(i).is_some_and(|t| t.is_punct('(')) {
        return None;
    }
    let side = |w: &str| {
        matches!(
            w,
            "l" | "r" | "c" | "l-r" | "r-l" | "left" | "right" | "center" | "centre"
        )
    };
    let word = p.toks.get(i + 1).filter(|t| t.is_word())?.text(p.text);
    let word = lower(word);
    if p.toks.get(i + 2).is_some_and(|t| t.is_punct(')')) {
        // "(2ndL)": the ordinal and the side written as one word.
        let joined = ordinal_prefix(&word).is_some_and(|n| side(&word[n..]));
        return (side(&word) || joined).then_some(3);
    }
    // "(2nd L)", "(second left)".
    let ordinal = ordinal_prefix(&word) == Some(word.len())
        || matches!(&*word, "second" | "third" | "fourth" | "fifth");
    let next = p.toks.get(i + 2).filter(|t| t.is_word())?.text(p.text);
    let closed = p.toks.get(i + 3).is_some_and(|t| t.is_punct(')'));
    (ordinal && side(&lower(next)) && closed).then_some(4)
}

/// The length of a leading "2nd", "3rd", "4th" in `w`, if it opens with one.
fn ordinal_prefix(w: &str) -> Option<usize> {
    let digits = w.bytes().take_while(u8::is_ascii_digit).count();
    let suffix = w.get(digits..digits + 2)?;
    (digits > 0 && matches!(suffix, "st" | "nd" | "rd" | "th")).then_some(digits + 2)
}

/// "(Avera)" or "\"Butch\"" at token `i`, after a common given name and before a capitalised word: the
/// name someone goes by, written inside their full name. The full name is the given name
/// and the surname; an acronym in brackets ("Ministry (MoFA) Director") is not a nickname.
pub(super) fn nickname(p: &Para<'_>, i: usize) -> bool {
    let word = |j: usize| p.word_at(j);
    let given = i > 0
        && word(i - 1).is_some_and(|w| LEX.given_names.contains_key(w.to_lowercase().as_str()));
    let inner = word(i + 1).is_some_and(|w| {
        is_capitalised(w) && w.chars().skip(1).all(|c| c.is_lowercase()) && w.chars().count() > 1
    });
    // "Barry "Butch" Wilmore": a nickname may stand in quotation marks instead.
    let quote = |j: usize| {
        p.toks
            .get(j)
            .is_some_and(|t| matches!(t.kind, Tok::Punct(q) if is_double_quote(q)))
    };
    let quoted = quote(i) && quote(i + 2);
    let marks =
        p.toks[i].is_punct('(') && p.toks.get(i + 2).is_some_and(|t| t.is_punct(')')) || quoted;
    // "Gelienor "Jimmy" Pacheco": a known given name in quotation marks between two
    // capitalised words is the name a person goes by, whatever their own given name.
    let goes_by = quoted
        && i > 0
        && word(i - 1).is_some_and(|w| is_capitalised(w) && !LEX.is_title(w))
        && word(i + 1).is_some_and(|w| LEX.given_names.contains_key(w.to_lowercase().as_str()));
    (given || goes_by) && marks && inner && word(i + 3).is_some_and(is_capitalised)
}

/// Only one or two lower-case words between the bracket at `o` and the run at `start`, the
/// last of them an office or a calling ("[goalkeeper X] Y", "[former minister X] Y").
pub(super) fn lower_title_between(p: &Para<'_>, o: usize, start: usize) -> bool {
    let lower = |k: usize| {
        p.word_at(k)
            .is_some_and(|w| w.chars().next().is_some_and(char::is_lowercase))
    };
    (o + 2..=o + 3).contains(&start)
        && (o + 1..start).all(lower)
        && p.word_at(start - 1).is_some_and(|w| {
            LEX.is_title(w) || LEX.role_nouns.contains(w) || LEX.offices.contains(w)
        })
}

/// "Rushern Baker III", "Pope Leo XIV", "Henry VIII": a numeral of generation or reign, in
/// capitals from II to XXXIX. One letter ("I", "V", "X") is no numeral here: "I" is a word.
pub(in crate::extract) fn numeral(w: &str) -> bool {
    let tens = w.len() - w.trim_start_matches('X').len();
    let units = &w[tens..];
    tens <= 3
        && w.len() >= 2
        && matches!(
            units,
            "" | "I" | "II" | "III" | "IV" | "V" | "VI" | "VII" | "VIII" | "IX"
        )
}

/// "Robert F. Kennedy, Jr.", "Harold Finch, III": a generational suffix set off by a comma
/// after a full name (two name words or more) still closes that name, as it does written
/// without the comma. True when the comma at `i` is followed by such a suffix that no
/// capitalised word goes on from ("Finch, Sr. Manager" is a list).
pub(in crate::extract) fn comma_suffix(p: &Para<'_>, i: usize, name_words: usize) -> bool {
    let suffix = p
        .word_at(i + 1)
        .is_some_and(|w| matches!(w, "Jr." | "Jr" | "Sr." | "Sr") || numeral(w));
    let goes_on = p.word_at(i + 2).is_some_and(is_capitalised);
    name_words >= 2 && p.toks[i].is_punct(',') && suffix && !goes_on
}

/// "Copyright Jane Roe", "… - Copyright Ritzau Scanpix/AFP/File Bo Amstrup": the words a
/// photo credit writes around its names are none of them. "Copyright" opening a credit (not
/// after a capitalised word, as in "the U.S. Copyright Office"), and "File" right after a
/// credit's slash (the wire's mark that the picture is from its archive), end the run.
/// So does a byline's time stamp after the writer's name ("Jane Roe Published March 3,
/// 2025", "… Updated 06:50 PM"): "Published", "Updated" or "Posted" before a date, a time,
/// a mark or the line's end. And a second credit run on after the writer's name ("Published
/// by Jane Roe Verified by …", "… Edited by …"): see [`second_credit`].
pub(in crate::extract) fn credit_marker(p: &Para<'_>, i: usize, w: &str) -> bool {
    let prev = i.checked_sub(1).map(|k| p.toks[k]);
    if second_credit(p, i, w) || licensing(p, i, w) {
        return true;
    }
    match w {
        "Copyright" => !prev.is_some_and(|t| t.is_word() && is_capitalised(t.text(p.text))),
        "File" => prev.is_some_and(|t| t.is_punct('/')),
        "Published" | "Updated" | "Posted" => p.toks.get(i + 1).is_none_or(|t| {
            let next = t.text(p.text);
            !t.is_word()
                || LEX.is_calendar(next)
                || next.starts_with(|c: char| c.is_ascii_digit())
                || matches!(next, "on" | "at")
        }),
        _ => false,
    }
}

/// "REUTERS/Jane Roe/File Photo Purchase Licensing Rights": the link a wire's caption ends
/// with, to buy the picture ("Purchase" or "Acquire", then "Licensing Rights", the word
/// "Photo" before it) is the page's furniture; none of its words is a name's.
fn licensing(p: &Para<'_>, i: usize, w: &str) -> bool {
    // Asked at every word of every run: only the link's own words go on.
    if !matches!(w, "Purchase" | "Acquire" | "Licensing" | "Rights" | "Photo") {
        return false;
    }
    let at = |k: usize, words: &[&str]| p.word_at(k).is_some_and(|w| words.contains(&w));
    let link = |k: usize| {
        at(k, &["Purchase", "Acquire"]) && at(k + 1, &["Licensing"]) && at(k + 2, &["Rights"])
    };
    let back = |n: usize| i.checked_sub(n).is_some_and(link);
    link(i) || back(1) || back(2) || at(i, &["Photo"]) && link(i + 1)
}

/// "Published by Jane Roe Verified by Ann Lee", "By Jane Roe Edited by …": a web page's
/// byline runs its credits together on one line, each a capitalised participle of
/// checking or editing before "by"; right after a capitalised word (the last writer's name)
/// the participle opens the next credit and is no word of that name. So does a caption's
/// photo credit run on after the name it shows ("Minister Jane Roe Photo by John Doe/AFP").
fn second_credit(p: &Para<'_>, i: usize, w: &str) -> bool {
    matches!(
        w,
        "Verified"
            | "Edited"
            | "Reviewed"
            | "Fact-checked"
            | "Fact-Checked"
            | "Translated"
            | "Photo"
            | "Photos"
            | "Photograph"
            | "Picture"
            | "Video"
    ) && p.word_at(i + 1) == Some("by")
        && i.checked_sub(1)
            .and_then(|k| p.word_at(k))
            .is_some_and(is_capitalised)
}

/// "You don't have Vernon (Parker) saying …", "Same with (Jim) Waring": inside a quotation,
/// one capitalised word in round brackets right after a name (`after_name`) or right before
/// one is the editor's, completing the name the speaker used, as square brackets do; the
/// brackets are no break in the run. Outside quotations round brackets gloss ("the Herald
/// (Reuters)", "Sun (Nigeria)"), and a nickname between names is [`nickname`]'s.
pub(super) fn quoted_insert(p: &Para<'_>, i: usize, after_name: bool) -> bool {
    let cap = |j: usize| {
        p.toks
            .get(j)
            .is_some_and(|n| n.is_word() && is_capitalised(n.text(p.text)))
    };
    p.toks[i].is_punct('(')
        && p.in_quote.get(i).copied().unwrap_or(false)
        && cap(i + 1)
        && !is_all_caps(p.toks[i + 1].text(p.text))
        && p.toks.get(i + 2).is_some_and(|t| t.is_punct(')'))
        && (after_name || cap(i + 3))
}

/// "Photo credits: A B, C D Communications, E F": tokens `t0..t1` lie in one item of a list
/// of names after a credit's label ("Photo credits:", "Credit:"), the items set off by
/// commas, this one two or three capitalised words. Every item there names a photographer,
/// or a company by its cue, so a word that elsewhere is a place ("Eilat") or a conjunction
/// ("Or") is a word of a name there.
pub(in crate::extract) fn in_credit_list(p: &Para<'_>, t0: usize, t1: usize) -> bool {
    let cap = |k: usize| p.word_at(k).is_some_and(is_capitalised);
    if t1 <= t0 || !(t0..t1).all(cap) {
        return false;
    }
    let (mut a, mut b) = (t0, t1);
    while a > 0 && cap(a - 1) {
        a -= 1;
    }
    while cap(b) {
        b += 1;
    }
    let closes = p
        .toks
        .get(b)
        .is_none_or(|t| t.is_punct(',') || t.is_punct(')'));
    if !(2..=3).contains(&(b - a)) || !closes {
        return false;
    }
    // Back over the items before this one to the label's colon.
    let mut k = a;
    while k > 0 {
        let t = &p.toks[k - 1];
        if t.is_punct(':') {
            let label = k.checked_sub(2).and_then(|j| p.word_at(j)).map(lower);
            return matches!(
                label.as_deref(),
                Some("credit" | "credits" | "photo" | "photos")
            );
        }
        if !t.is_punct(',') {
            return false;
        }
        k -= 1;
        let end = k;
        while k > 0 && cap(k - 1) {
            k -= 1;
        }
        if k == end {
            return false;
        }
    }
    false
}
