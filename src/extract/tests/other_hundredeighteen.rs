//! Person names (pe71): an office and its portfolio before a name (the office opening its
//! sentence, or a parliament's opposition as the remit). The cases are made-up prose in
//! `other_hundredeighteen.txt`; this runs them with the checks of `held_out_six` and names each
//! that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_other_hundredeighteen_holds() {
    let failures = failures(include_str!("other_hundredeighteen.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
