//! Names, roles and speakers met in fresh real reporting scored before any rule was fitted
//! to it (stop 38): abbreviated titles of local councillors and police, and the rest listed
//! in `other_twentyseven.txt`. Each case is made-up prose with its rule; this runs them all
//! with the checks of `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_the_unfitted_reporting_of_stop_38_holds() {
    let failures = failures(include_str!("other_twentyseven.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
