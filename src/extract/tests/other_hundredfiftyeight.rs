//! Roles kept from a captive named as a captor verb's object and from a head of state met
//! for talks (ro98). The cases are made-up prose in `other_hundredfiftyeight.txt`; this runs
//! them with the checks of `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_other_hundredfiftyeight_holds() {
    let failures = failures(include_str!("other_hundredfiftyeight.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
