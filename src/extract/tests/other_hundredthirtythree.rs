//! Speakers of sp91: a written thing's words after a participle, a name that is the object
//! of a first predicate joined to the reporting verb by "and", a relative clause opened by
//! "in which", and a closing ", he told reporters in …" after a quotation that opens its
//! sentence. The cases are made-up prose in `other_hundredthirtythree.txt`; this runs them
//! with the checks of `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_other_hundredthirtythree_holds() {
    let failures = failures(include_str!("other_hundredthirtythree.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
