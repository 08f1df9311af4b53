//! Evidence: where in an article a role or a speaker came from, so that every role the site
//! shows and every attribution it prints can be traced back to the sentence that gave it.
//!
//! A role's evidence names the rule that read it and whether that rule is *strong* (a title or
//! an apposition that names the office outright: "envoy Steve Witkoff", "Itay Chen, a
//! hostage,") or *weak* (an inference from what someone did or from the body they lead: "held
//! talks", "Netanyahu's office"). The cross-article merge (`corpus`) keeps a weak role only
//! when enough of the person's articles support it.

use super::Para;
use super::text::{Tok, is_double_quote};
use crate::entity::Role;
use serde::Serialize;

/// One sentence that gave a person a role.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct RoleEvidence {
    pub role: Role,
    pub paragraph: usize,
    /// Byte range of the sentence in the paragraph's plain text.
    pub start: usize,
    pub end: usize,
    /// The rule that read it: `title`, `apposition`, `predicate`, `list`, `office`, `led`,
    /// `released`, `description` (a "the Ohio senator" after the name), `own words` (the
    /// person's quotation says it), `office holder` (a known term of office on the article's
    /// date, `holders`), `known go-between` or `known captive` (a part a reader of the time
    /// knows, `renown`), or `registry` for a role the registry or front matter gives.
    pub rule: &'static str,
    /// Names the role outright (a title, an apposition, a list's noun) rather than
    /// inferring it.
    pub strong: bool,
}

impl RoleEvidence {
    /// Evidence for `role` read by `rule` in the sentence of paragraph `para` (`p`) that
    /// holds token `t`.
    pub(crate) fn in_sentence(
        p: &Para<'_>,
        para: usize,
        t: usize,
        role: Role,
        rule: &'static str,
        strong: bool,
    ) -> RoleEvidence {
        let (start, end) = sentence_of(p, t);
        RoleEvidence {
            role,
            paragraph: para,
            start,
            end,
            rule,
            strong,
        }
    }
}

/// The byte range of the sentence of paragraph `p` that holds token `t`.
pub(crate) fn sentence_of(p: &Para<'_>, t: usize) -> (usize, usize) {
    if p.toks.is_empty() {
        return (0, p.text.len());
    }
    // A sentence starts outside quotations, or at the mark that opens one; a sentence inside
    // a quotation is part of the sentence that quotes it. The word after a bracket, a colon,
    // a dash or a bar is read as sentence-initial for its capitals (`Para::starts`), but it
    // opens no sentence: "A (25), B (27) and C (28) were abducted" is one.
    let set_off =
        |i: usize| i > 0 && matches!(p.toks[i - 1].kind, Tok::Punct('(' | ':' | '—' | '–' | '|'));
    let opens = |i: usize| {
        p.starts[i]
            && !set_off(i)
            && (!p.in_quote[i] || matches!(p.toks[i].kind, Tok::Punct(c) if is_double_quote(c)))
    };
    let t = t.min(p.toks.len() - 1);
    let mut a = t;
    while a > 0 && !opens(a) {
        a -= 1;
    }
    let mut b = t + 1;
    while b < p.toks.len() && !opens(b) {
        b += 1;
    }
    (p.toks[a].start, p.toks[b - 1].end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sentence_of_a_token_stops_at_full_stops_outside_quotations() {
        let text = "Talks began. The envoy Steve Witkoff met Hamas. Nothing came of it.";
        let p = Para::new(text, &[]);
        let i = p
            .toks
            .iter()
            .position(|t| t.text(text) == "Witkoff")
            .unwrap();
        let (a, b) = sentence_of(&p, i);
        assert_eq!(&text[a..b], "The envoy Steve Witkoff met Hamas.");
    }

    #[test]
    fn a_bracket_a_colon_or_a_dash_opens_no_sentence() {
        let text = "Talks began. The three youths, A Roe (25) and B Doe (27), were abducted \
                    — Police Chief C Poe said — by gunmen: D Loe, a farmer, saw it. Then rain.";
        let p = Para::new(text, &[]);
        for name in ["Doe", "Poe", "Loe"] {
            let i = p.toks.iter().position(|t| t.text(text) == name).unwrap();
            let (a, b) = sentence_of(&p, i);
            assert!(
                text[a..b].starts_with("The three youths"),
                "{name}: {}",
                &text[a..b]
            );
            assert!(text[a..b].ends_with("saw it."), "{name}: {}", &text[a..b]);
        }
    }
}
