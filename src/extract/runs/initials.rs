//! Initials before a surname: "JD Vance", "J.D. Vance", and after a rank "Air Marshal A K
//! Bharti", "Vice Admiral AN Pramod".

use super::super::Para;
use super::super::lexicon::LEX;
use super::super::text::{is_all_caps, is_capitalised};

/// Two initials, "JD" or "J.D.", that are no US state's postal letters ("NJ", "N.Y.").
pub(super) fn initials(w: &str) -> bool {
    let letters: String = w.chars().filter(|c| *c != '.').collect();
    let dotted = w.len() == 4 && w.chars().skip(1).step_by(2).all(|c| c == '.');
    (w.len() == 2 || dotted)
        && letters.chars().count() == 2
        && letters.chars().all(|c| c.is_ascii_alphabetic())
        && !STATE_POSTAL.split(' ').any(|s| s == letters)
}

/// "Air Marshal A K Bharti", "Vice Admiral AN Pramod": given names cut to initials, written
/// apart or run together without points, as South Asian names often are. After a capitalised
/// title and before a capitalised surname, up to three capitals (alone or in pairs) are those
/// initials, even where one spells a common word ("A", "AN") or a state's letters ("AK").
/// Not a known body's letters ("UN"), nor before a body's word ("General AI Systems").
pub(in crate::extract) fn initials_after_title(p: &Para<'_>, i: usize) -> bool {
    let lex = &*LEX;
    let initial = |k: usize| {
        p.toks.get(k).is_some_and(|t| {
            let w = t.text(p.text);
            t.is_word()
                && (1..=2).contains(&w.chars().count())
                && w.chars().all(|c| c.is_ascii_uppercase())
                && !lex.gazetteer_folded.contains_key(&w.to_lowercase())
        })
    };
    if !initial(i) {
        return false;
    }
    let mut a = i;
    while a > 0 && initial(a - 1) {
        a -= 1;
    }
    let mut b = i + 1;
    while initial(b) {
        b += 1;
    }
    let letters: usize = (a..b).map(|k| p.toks[k].text(p.text).chars().count()).sum();
    let title_before = a > 0
        && p.toks[a - 1].is_word()
        && p.word_at(a - 1)
            .is_some_and(|t| is_capitalised(t) && lex.is_title(t));
    letters <= 3 && title_before && name_at(p, b)
}

/// Whether token `i` may be the name after initials: a capitalised word, not all capitals,
/// no title and no body's word ("N.Y. Times").
pub(super) fn name_at(p: &Para<'_>, i: usize) -> bool {
    p.toks.get(i).is_some_and(|t| {
        let n = t.text(p.text);
        t.is_word()
            && is_capitalised(n)
            && !is_all_caps(n)
            && !LEX.is_title(n)
            && !LEX.org_cues.contains(n)
    })
}

/// The postal letters of the US states and capital, which news writes before a body's name.
const STATE_POSTAL: &str = "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI \
    MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY";
