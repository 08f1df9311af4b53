//! Roles read from an apposition cut by a relative clause, a company's vice-presidential
//! rank, and talks named as the subject of "were led by" (ro91). The cases are made-up prose
//! in `other_hundredthirtyfive.txt`; this runs them with the checks of `held_out_six` and
//! names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_other_hundredthirtyfive_holds() {
    let failures = failures(include_str!("other_hundredthirtyfive.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
