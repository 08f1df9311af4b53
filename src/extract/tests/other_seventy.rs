//! Kidnappings outside Gaza, stop 51 (ro51): captives named after an age or a photo position
//! and an apposition ("A (25), B (27) and C (28), all residents of X, were abducted"), or
//! after the noun phrase an abduction verb takes ("gunmen abducted two teachers – A and B –");
//! captives a group says it freed; the officers and heads of armed groups and councils; a
//! negotiator from meeting the captors; a deal "brokered by" someone, which names no
//! negotiator in the sentence's subject; and "the senior Hamas official" referring back to
//! the one person named before. The cases are made-up prose in `other_seventy.txt`;
//! this runs them with the checks of `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_stop_fifty_one_kidnappings_elsewhere_holds() {
    let failures = failures(include_str!("other_seventy.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
