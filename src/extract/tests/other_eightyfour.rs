//! A union branch's number inside a speaker's title ("says UAW Local 512 President A") and a
//! sentence about someone's answer announcing their words ("Brandt's response? '…'"), stop
//! 54 (lead), from labour and local copy. The cases are made-up prose in
//! `other_eightyfour.txt`; this runs them with the checks of `held_out_six` and names each
//! that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_stop_fifty_four_branches_and_answers_holds() {
    let failures = failures(include_str!("other_eightyfour.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
