//! Role cases of stop 78 (helper ro158): judges, prosecutors and justice officials quoted by
//! their title. The sentence cases are made-up prose in `other_twohundredthirtyseven.txt`,
//! each with its rule, run with the checks of `held_out_six`.

use super::held_out_six::failures;

#[test]
fn each_role_case_of_stop_seventy_eight_holds() {
    let failures = failures(include_str!("other_twohundredthirtyseven.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
