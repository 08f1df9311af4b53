//! Capitalised runs that are no person, stop 51 (th51): a run after a possessive determiner,
//! a Romance article or venue noun, a place after "in", a compass word first or last, the
//! head noun of a utility, a church body, a regiment, schools or a festival, a run after
//! "the" or "a" heading its phrase, a plural of ordinary people, an adjective of government,
//! a dateline's wires, a byline's writer and a word for God. The cases are made-up prose in
//! `other_sixtyeight.txt`; this runs them with the checks of `held_out_six` and names each
//! that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_stop_fifty_one_things_holds() {
    let failures = failures(include_str!("other_sixtyeight.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
