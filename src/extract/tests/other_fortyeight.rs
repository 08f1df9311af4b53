//! Negotiators and officials on real reporting, stop 46 (ex46c): who was represented at
//! talks, who signed a deal with the other side, the third party "with A mediating" or "with
//! B as a witness", a member of a party's governing body, and a clause before a colon whose
//! title is a name's own. The cases are
//! made-up prose in `other_fortyeight.txt`; this runs them with the checks of `held_out_six`
//! and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_stop_forty_six_negotiators_and_officials_holds() {
    let failures = failures(include_str!("other_fortyeight.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
