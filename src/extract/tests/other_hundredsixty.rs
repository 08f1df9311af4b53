//! Officials under local election titles, an office named as not held, and a former office
//! restated in an apposition (ro102). The cases are made-up prose in `other_hundredsixty.txt`;
//! this runs them with the checks of `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_other_hundredsixty_holds() {
    let failures = failures(include_str!("other_hundredsixty.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
