//! Election prose (sp94): a title joined by a hyphen to a rank, a demonym that is also a
//! surname, a "-man" office held by a woman, a rival in a race as the object of a verb, a
//! mood taken up from another before a colon, and venues and buses by their last word. The
//! cases are made-up prose in `other_hundredthirtyeight.txt`; this runs them with the checks
//! of `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_other_hundredthirtyeight_holds() {
    let failures = failures(include_str!("other_hundredthirtyeight.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
