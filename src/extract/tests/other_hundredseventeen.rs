//! Person names (pe70): the words a photo credit writes around its names, a wire's byline
//! with the surname in capitals, an outlet named "… Online" and a country's adjective. The
//! cases are made-up prose in `other_hundredseventeen.txt`; this runs them with the checks of
//! `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_other_hundredseventeen_holds() {
    let failures = failures(include_str!("other_hundredseventeen.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
