//! A list's last name after a lower-case field of office ("and Jordanian intelligence chief
//! X") and a photo caption inside a quotation that runs over paragraphs (sp95): made-up
//! prose in `other_hundredfortythree.txt`, run with the checks of `held_out_six`, naming
//! each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_other_hundredfortythree_holds() {
    let failures = failures(include_str!("other_hundredfortythree.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
