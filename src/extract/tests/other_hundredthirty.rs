//! Roles of captives and talks (ro84): a family apposition's relative keeps the description
//! after it, a subject seen "in captivity" in his own sentence, a list named by "the four"
//! captives of the paragraph, and meetings on the release of hostages. The cases are made-up
//! prose in `other_hundredthirty.txt`; this runs them with the checks of `held_out_six` and
//! names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_other_hundredthirty_holds() {
    let failures = failures(include_str!("other_hundredthirty.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
