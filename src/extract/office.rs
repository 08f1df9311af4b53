//! The bodies only an office-holder has, read around a person's name: "Netanyahu's office
//! said", "the Trump administration", "Netanyahu convened his security cabinet". Such a body
//! makes its holder an official even where no title is written, but an office not yet held
//! ("the incoming Trump administration") or one served from outside ("a spokesperson for
//! Moore", "an aide to Trump": candidates and companies have those too) gives nothing.

use super::Para;
use super::lexicon::LEX;
use super::roles::word;
use super::text::{Tok, is_capitalised};
use crate::entity::Role;

/// Bodies that only an office-holder has: "Netanyahu's office said", "the Trump
/// administration", "Netanyahu convened his security cabinet".
pub(super) fn office_holder(p: &Para<'_>, t0: usize, t1: usize) -> Vec<Role> {
    const OFFICE: &[&str] = &[
        "office",
        "government",
        "administration",
        "cabinet",
        "coalition",
        "ministry",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "aides",
        "presidency",
    ];
    const ADJ: &[&str] = &["security", "own", "new", "press", "far-right", "right-wing"];
    let at = |i: usize| word(p, i).unwrap_or_default();
    let office_from = |mut i: usize| {
        while ADJ.contains(&at(i).as_str()) {
            i += 1;
        }
        OFFICE.contains(&at(i).as_str())
    };
    let possessive = p.toks.get(t1).is_some_and(|t| t.kind == Tok::Possessive);
    // "the office of Netanyahu"; not "a spokesperson for Moore" or "an aide to Trump":
    // candidates, companies and campaigns have spokespeople and aides too.
    let served = t0 >= 2
        && matches!(at(t0 - 1).as_str(), "for" | "to" | "of")
        && matches!(
            at(t0 - 2).as_str(),
            "office" | "cabinet" | "government" | "administration"
        );
    // "the incoming Trump administration", "once the Trump administration takes office":
    // an office not yet held.
    let after = if possessive { t1 + 1 } else { t1 };
    let to_come = (t0 >= 1 && matches!(at(t0 - 1).as_str(), "incoming" | "future" | "next"))
        || (after..after + 4).any(|i| {
            matches!(at(i).as_str(), "takes" | "take") && matches!(at(i + 1).as_str(), "office")
        });
    let direct = !to_come
        && (served
            || if possessive {
                office_from(t1 + 1)
            } else {
                matches!(
                    at(t1).as_str(),
                    "administration" | "administrations" | "government" | "cabinet"
                ) || super::person_cues::coordinated_office(p, t1)
            });
    // A predicate that ends at the next punctuation: "convened his security cabinet".
    let predicate = !possessive
        && (t1..(t1 + 6).min(p.toks.len()))
            .take_while(|&i| p.toks[i].is_word())
            .any(|i| matches!(at(i).as_str(), "his" | "her") && office_from(i + 1));
    if direct || predicate || (!possessive && chairs_body(p, t1)) {
        vec![Role::Official]
    } else {
        Vec::new()
    }
}

/// "A chairs the Clark County Commission", "B heads the City Council": a verb of holding a
/// chair right after the name, then "the" and a capitalised name that ends in a government
/// body's head (`data/body_heads.txt`). A board, a council or a committee needs a word of
/// government in its name (`data/body_scopes.txt`), as companies, charities and campaigns
/// have those too; a name that goes on past the head ("the Commission on Presidential
/// Debates") is not read as ending there.
fn chairs_body(p: &Para<'_>, t1: usize) -> bool {
    let at = |i: usize| word(p, i).unwrap_or_default();
    if !matches!(at(t1).as_str(), "chairs" | "heads" | "leads") || at(t1 + 1) != "the" {
        return false;
    }
    let mut name = Vec::new();
    let mut i = t1 + 2;
    while let Some(t) = p.toks.get(i).filter(|t| t.is_word()) {
        let w = t.text(p.text);
        if is_capitalised(w) {
            name.push(w.to_lowercase());
        } else if !matches!(w, "of" | "and" | "on" | "for") {
            break;
        } else {
            name.push(w.to_string());
        }
        i += 1;
    }
    let Some(last) = name.last() else {
        return false;
    };
    match LEX.body_heads.iter().position(|h| h == last) {
        Some(k) if k < 4 => true,
        Some(_) => name.iter().any(|w| LEX.body_scopes.contains(w.as_str())),
        None => false,
    }
}
