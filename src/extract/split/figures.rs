//! Public figures named by their surname inside a run that names something else: the office
//! or campaign they led ("the Obama White House"), or a compound the surname opens
//! ("a Reagan-style Republican"). News counts a name used as a modifier as naming that person.

use super::super::lexicon::LEX;
use super::super::names::Candidate;
use super::super::runs::U;
use super::Ctx;
use crate::extract::text::is_hyphen;

/// "The Biden Administration", "the Obama White House", "the Trump Campaign": a surname
/// before a capitalised noun of the office or campaign its bearer led names that person
/// (news counts a name used as a modifier), and makes no body of its own. Only a public
/// figure's surname (`data/public_figures.txt`): "the Federal Government" and "the Maritime
/// Administration" stay bodies.
pub(super) fn figure_before_office(cx: &Ctx<'_, '_>, out: &mut Vec<Candidate>) -> bool {
    let u = cx.u;
    let office = u.len() >= 2
        && matches!(
            cx.text_of(1, u.len() - 1).as_str(),
            "Administration"
                | "Government"
                | "Campaign"
                | "Presidency"
                | "Cabinet"
                | "Era"
                | "White House"
        );
    let folded = deunicode::deunicode(cx.first()).to_lowercase();
    let surname = u[0].0 == U::Name && LEX.public_figures.contains_key(folded.as_str());
    if !(office && surname) {
        return false;
    }
    let mut c = cx.mk(u[0].1, u[0].2, None, cx.first().to_string());
    c.office = true;
    out.push(c);
    cx.push_atoms(out);
    true
}

/// "a Reagan-style Republican", "the Obama-era rules", "a Trump-backed challenger": a public
/// figure's surname (`data/public_figures.txt`) joined by a hyphen to a lower-case word
/// names that person, though the compound only modifies the noun after it. Only a public
/// figure's surname: "Hamas-run" and "Israeli-born" name no one, and an unknown word before
/// "-style" may be a place or a brand.
pub(super) fn figure_in_compound(cx: &Ctx<'_, '_>, out: &mut Vec<Candidate>) {
    for x in cx.u.iter().filter(|x| x.0 == U::Modifier && x.2 == x.1 + 1) {
        let w = cx.p.toks[x.1].text(cx.p.text);
        let Some((head, tail)) = w.split_once(is_hyphen) else {
            continue;
        };
        let lower_tail = tail.chars().next().is_some_and(char::is_lowercase);
        let folded = deunicode::deunicode(head).to_lowercase();
        if lower_tail && LEX.public_figures.contains_key(folded.as_str()) {
            out.push(cx.mk(x.1, x.2, None, head.to_string()));
        }
    }
}
