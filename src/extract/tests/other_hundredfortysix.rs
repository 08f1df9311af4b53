//! Roles in reporting on captives (ro95): a person "seized" somewhere, a company's officer,
//! an office "from" another person's party, British detainees listed between dashes, and a
//! relative joined to a family noun with its own ages. The cases are made-up prose in
//! `other_hundredfortysix.txt`; this runs them with the checks of `held_out_six` and names
//! each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_other_hundredfortysix_holds() {
    let failures = failures(include_str!("other_hundredfortysix.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
