//! Roles of other stories and election reporting (ro58b): an office after "then-", the
//! incumbent in a race, a clause opened by "with" or "whom" after a name, the victim of a
//! kidnapping, entering into talks, a quoted kidnapping "of" a name, a list written without
//! "and", and a name freed along with captives. The cases are made-up prose in
//! `other_hundredone.txt`; this runs them with the checks of `held_out_six` and names each
//! that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_other_hundredone_holds() {
    let failures = failures(include_str!("other_hundredone.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
