//! Roles of other stories' captives and rulers (ro61): a list that goes on past an age said
//! once of its names, a service noun inside the title run after "the release of", an
//! apposition counting the person among nationals a foreign captor freed, and a state's
//! ruler. The cases are made-up prose in `other_hundredten.txt`; this runs them with the
//! checks of `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_other_hundredten_holds() {
    let failures = failures(include_str!("other_hundredten.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
