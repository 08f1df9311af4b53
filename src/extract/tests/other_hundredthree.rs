//! Remains said to be "those of" named captives, an aid society's official, a seat sought
//! through a nomination, a crowd's clipped-name chant and a county's officer (ro59b). The cases are made-up prose in `other_hundredthree.txt`; this runs
//! them with the checks of `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_other_hundredthree_holds() {
    let failures = failures(include_str!("other_hundredthree.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
