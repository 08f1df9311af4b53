//! Roles read from words around a name that point at another: "A and fellow hostage B", a
//! party chairman set off after "while the …", and a relative's lone surname before the
//! relative is named in full with an owner's family word (ro58a). The cases are made-up prose
//! in `other_ninetynine.txt`; this runs them with the checks of `held_out_six` and names each
//! that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_other_ninetynine_holds() {
    let failures = failures(include_str!("other_ninetynine.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
