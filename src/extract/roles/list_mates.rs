//! A list of three or more names with a captive in it is a list of captives: "we are bringing
//! home A, B, C and D" names the freed together, and only one of them may be told to be held
//! anywhere else in the article. Names of a list are of one kind in news writing; a list that
//! mixes kinds sets its items off ("A, mother of B, C, a reservist, and D") and is left alone.
//! A list whose sentence goes on to "their release from captivity" is a list of the freed.

use super::Found;
use crate::entity::Role;
use crate::extract::Para;
use crate::extract::freed::from_captivity;

/// The fewest names that make a list of one kind: a pair ("Ms. A and Mr. B hugged") is as
/// often a captive and the one who met her.
const FEWEST: usize = 3;

/// Gives the captive role to each name of a list (`(paragraph, t0, t1, entity)` per name) that
/// has a captive in it, unless the name is introduced as a relative, or the list is of mixed
/// kinds: an item set off by an apposition, or one with another role.
pub(super) fn captives_listed(
    paras: &[Para<'_>],
    lists: &[Vec<(usize, usize, usize, usize)>],
    found: &mut [Found],
) {
    let captive = |f: &Found| f.evidence.iter().any(|e| e.role == Role::Hostage);
    for list in lists {
        if list.len() < FEWEST
            || !list.iter().any(|&(_, _, _, e)| captive(&found[e]))
            || list
                .iter()
                .any(|&(para, _, t1, _)| set_off(&paras[para], t1))
            || list.iter().any(|&(_, _, _, e)| other_role(&found[e]))
        {
            continue;
        }
        for &(para, t, _, e) in list {
            let f = &mut found[e];
            if !captive(f) && !f.relative {
                f.add(&paras[para], para, t, &[Role::Hostage], "list");
            }
        }
    }
}

/// Whether the person has a role other than captive: an envoy or an official in the list
/// makes it one of mixed kinds ("A, B and envoy C met at the base").
fn other_role(f: &Found) -> bool {
    f.evidence.iter().any(|e| e.role != Role::Hostage)
}

/// Whether the name ending at token `t1` is followed by an apposition: a comma and a
/// lower-case word other than the list's own "and"/"or" ("A, daughter of B,"; "C, a
/// reservist,").
fn set_off(p: &Para<'_>, t1: usize) -> bool {
    p.toks.get(t1).is_some_and(|t| t.is_punct(','))
        && p.word_at(t1 + 1).is_some_and(|w| {
            w.chars().next().is_some_and(char::is_lowercase) && !matches!(w, "and" | "or")
        })
}

/// "The photo shows A (left), B (right), C and others aboard a plane, following their release
/// from captivity": a list of two or more names (`(paragraph, t0, t1, entity)` per name)
/// whose sentence goes on, outside quotation marks and with no one else named or pointed to
/// by a singular pronoun between, to "their" owning a release from captivity
/// ([`from_captivity`]) names the freed. A relative introduced as such is left alone.
pub(super) fn released_together(
    paras: &[Para<'_>],
    person: &[Vec<bool>],
    lists: &[Vec<(usize, usize, usize, usize)>],
    found: &mut [Found],
) {
    for list in lists.iter().filter(|l| l.len() >= 2) {
        let Some(&(para, t0, t1, _)) = list.last() else {
            continue;
        };
        let p = &paras[para];
        // Read from the name: a bracket after it ("C (centre)") may be told apart.
        let end = p.sentence_end(t0).min(p.toks.len()).min(t1 + 30);
        let owner = (t1..end)
            .take_while(|&i| {
                !p.in_quote[i]
                    && !person[para].get(i).copied().unwrap_or(false)
                    && !p.word_at(i).is_some_and(|w| {
                        matches!(
                            w.to_lowercase().as_str(),
                            "he" | "she" | "his" | "her" | "him"
                        )
                    })
            })
            .find(|&i| {
                p.word_at(i)
                    .is_some_and(|w| w.eq_ignore_ascii_case("their"))
            });
        if !owner.is_some_and(|i| from_captivity(p, i + 1)) {
            continue;
        }
        for &(para, t, _, e) in list {
            let f = &mut found[e];
            if !f.relative {
                f.add(&paras[para], para, t, &[Role::Hostage], "list predicate");
            }
        }
    }
}
