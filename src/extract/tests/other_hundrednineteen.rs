//! Who is a captive (ro71): names after a dash past an honorific, the dead named in the
//! passive in a story of captives' bodies, and a list freed by a named actor. The cases are
//! made-up prose in `other_hundrednineteen.txt`; this runs them with the checks of
//! `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_other_hundrednineteen_holds() {
    let failures = failures(include_str!("other_hundrednineteen.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
