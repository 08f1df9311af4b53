//! Roles (ro70): a courtesy title after "a spokeswoman for" opens the named person's own
//! noun phrase, a "both …" apposition after a list is the whole list's, "who helped
//! negotiate" makes a negotiator, and a plural noun of the names' kind after "were" keeps a
//! freed list's role. The cases are made-up prose in `other_hundredfifteen.txt`; this runs
//! them with the checks of `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_other_hundredfifteen_holds() {
    let failures = failures(include_str!("other_hundredfifteen.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
