//! Roles on stories of captives other than Gaza's (ro56): a leader whose office has ended
//! ("late", "the fall of"), a description that names someone else in apposition, and
//! captives named without a cue right next to the name. The cases are made-up prose in
//! `other_ninetytwo.txt`; this runs them with the checks of `held_out_six` and names each
//! that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_other_ninetytwo_holds() {
    let failures = failures(include_str!("other_ninetytwo.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
