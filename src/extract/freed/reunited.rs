//! Captives named in the prose of their homecoming: "A is reunited with his wife", "the
//! twins A and B were finally reunited", and a name paired with family that a predicate of
//! captivity covers ("whose wife, A, and two daughters were abducted"). Read conservatively:
//! the family who welcome a captive home are named in the same sentences.

use crate::entity::Role;
use crate::extract::Para;
use crate::extract::lexicon::LEX;
use crate::extract::roles::word;
use crate::extract::text::Tok;

/// Family a returning captive is reunited with. A son, a daughter, children or a husband
/// are left out: those are most often the captive a parent or a wife welcomes home.
const WELCOMING: &[&str] = &[
    "family",
    "families",
    "loved",
    "wife",
    "mother",
    "father",
    "parents",
    "mom",
    "mum",
    "dad",
    "brother",
    "brothers",
    "sister",
    "sisters",
    "siblings",
    "girlfriend",
    "fiancee",
    "fiancée",
    "grandparents",
];

/// "A is reunited with his wife and daughters", "A and B, who were kept apart, embraced as
/// they were finally reunited": the name ending at `t1` (opening at `l0`) is the subject of a
/// passive "reunited", after at most a relative clause between commas. With "with", only a
/// possessive and a welcoming family word may follow; without it the subject must be a
/// list (`plural`), reunited with each other. Not for a name that a family word before it
/// makes someone's relative ("his mother A").
pub(in crate::extract) fn reunited(p: &Para<'_>, l0: usize, t1: usize, plural: bool) -> Vec<Role> {
    let kin_before = (l0.saturating_sub(3)..l0).any(|i| {
        word(p, i).is_some_and(|w| LEX.kin.contains(w.as_str()))
            && i >= 1
            && (matches!(word(p, i - 1).as_deref(), Some("his" | "her" | "their"))
                || p.toks[i - 1].kind == Tok::Possessive)
    });
    if kin_before {
        return Vec::new();
    }
    let mut s = t1;
    if p.toks.get(s).is_some_and(|t| t.is_punct(',')) {
        if word(p, s + 1).as_deref() != Some("who") {
            return Vec::new();
        }
        let close = (s + 1..p.toks.len().min(s + 16)).find(|&i| p.toks[i].is_punct(','));
        let Some(close) = close else {
            return Vec::new();
        };
        s = close + 1;
    }
    let mut r = None;
    for i in s..p.toks.len().min(s + 10) {
        if i > s && p.starts[i] || !p.toks[i].is_word() {
            break;
        }
        let w = word(p, i).unwrap_or_default();
        if w == "reunited" {
            r = Some(i);
            break;
        }
        let allowed = matches!(
            w.as_str(),
            "is" | "are"
                | "was"
                | "were"
                | "been"
                | "being"
                | "has"
                | "have"
                | "had"
                | "finally"
                | "now"
                | "later"
                | "then"
                | "also"
                | "embraced"
                | "hugged"
                | "wept"
                | "cried"
                | "as"
                | "when"
                | "they"
                | "both"
        );
        if !allowed {
            break;
        }
    }
    let Some(r) = r else {
        return Vec::new();
    };
    let passive = (s..r).any(|i| {
        matches!(
            word(p, i).as_deref(),
            Some("is" | "are" | "was" | "were" | "been" | "being")
        )
    });
    if !passive || p.in_quote[r] {
        return Vec::new();
    }
    let ok = if word(p, r + 1).as_deref() == Some("with") {
        matches!(word(p, r + 2).as_deref(), Some("his" | "her" | "their"))
            && word(p, r + 3).is_some_and(|w| WELCOMING.contains(&w.as_str()))
    } else {
        plural && word(p, r + 1).as_deref() != Some("by")
    };
    if ok { vec![Role::Hostage] } else { Vec::new() }
}

/// "whose wife, Doron, and two daughters were abducted", "his son, A, and their three
/// grandchildren remain in captivity": the name ending at `t1`, set off by commas, is joined
/// to a family noun phrase that is the plural subject of a predicate of captivity. The
/// name shares what that predicate says, though a family word introduces it. The family
/// noun may carry its own set-off names or ages ("his wife, A, and his two young children,
/// B, 4, and C, 2, remained in captivity"; "…, and the couple's three children, ages 9, 11
/// and 17, were among those kidnapped"): the plural verb after its closing comma is still
/// the pair's.
///
/// With no comma the name is the head of the pair ("A and her daughter were freed"), so
/// the family word must be owned ("his", "her", "their"): the relative is the name's own.
pub(in crate::extract) fn kin_pair_predicate(p: &Para<'_>, t1: usize) -> Vec<Role> {
    let w = |i: usize| word(p, i).unwrap_or_default();
    let comma = p.toks.get(t1).is_some_and(|t| t.is_punct(','));
    let and = if comma { t1 + 1 } else { t1 };
    if w(and) != "and" {
        return Vec::new();
    }
    if !comma && !matches!(w(and + 1).as_str(), "his" | "her" | "their") {
        return Vec::new();
    }
    let mut i = and + 1;
    while i < p.toks.len() && i - t1 < 8 && !LEX.kin.contains(w(i).as_str()) {
        let x = w(i);
        // "the couple's": the owner of the family noun, a possessive after a word for them.
        let owner = matches!(x.as_str(), "couple" | "family")
            && p.toks.get(i + 1).is_some_and(|t| t.kind == Tok::Possessive);
        let filler = matches!(
            x.as_str(),
            "his" | "her" | "their" | "the" | "young" | "little" | "youngest" | "eldest"
        ) || LEX.is_number_word(&x)
            || x.chars().all(|c| c.is_ascii_digit()) && !x.is_empty();
        if owner {
            i += 2;
            continue;
        }
        if !filler {
            return Vec::new();
        }
        i += 1;
    }
    if !LEX.kin.contains(w(i).as_str()) {
        return Vec::new();
    }
    let verb = |x: &str| matches!(x, "were" | "are" | "remain" | "remained");
    // Past the family noun's own set-off names or ages, to the comma that closes them.
    let mut v = i + 1;
    if comma && p.toks.get(v).is_some_and(|t| t.is_punct(',')) {
        let close = (v + 1..p.toks.len().min(v + 16))
            .take_while(|&k| !p.starts[k] && !p.in_quote[k])
            .find(|&k| p.toks[k].is_punct(',') && verb(&w(k + 1)));
        match close {
            Some(k) => v = k + 1,
            None => return Vec::new(),
        }
    }
    if !verb(&w(v)) {
        return Vec::new();
    }
    let s = v;
    let mut e = s;
    while e < p.toks.len() && e - s < 10 && p.toks[e].is_word() && !p.starts[e] {
        e += 1;
    }
    let hostage = LEX.verbal_cue(&p.text[p.toks[s].start..p.toks[e - 1].end], Role::Hostage);
    if hostage && !p.in_quote[s] {
        vec![Role::Hostage]
    } else {
        Vec::new()
    }
}
