//! A county's own officers and a state court's judges as officials (ro94). The cases are
//! made-up prose in `other_hundredfortyone.txt`; this runs them with the checks of
//! `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_other_hundredfortyone_holds() {
    let failures = failures(include_str!("other_hundredfortyone.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
